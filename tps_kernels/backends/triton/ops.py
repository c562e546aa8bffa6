"""The Triton ops (namespace ``tps_triton``), their autograd (backends/_autograd.py) and the
backend API tps_kernels.ops calls (normalized arguments).

Compiled Triton (a CUDA device): each op is a torch.library.triton_op whose body launches
through wrap_triton, so torch.compile traces the kernel launches into its graph. Under
TRITON_INTERPRET=1 the interpreter cannot run on fake tensors, so each op is an opaque
torch.library.custom_op instead: compiled graphs call it whole, and its fake kernel is the
same body with the launches skipped (launch.py). Either way the fake kernel allocates
exactly what the real one returns.
"""

from __future__ import annotations

import contextlib
from typing import List, Optional, Tuple

import torch
import triton
from torch import Tensor
from torch.library import custom_op, triton_op

from ... import _flags
from .. import _autograd
from . import shifts
from . import window_attention_bwd as bwd
from . import window_attention_fwd as fwd
from .launch import INTERPRETED


def _define(name: str, body):
    qualname = f"tps_triton::{name}"
    if not INTERPRETED:
        return triton_op(qualname, body, mutates_args=())
    op = custom_op(qualname, body, mutates_args=())
    op.register_fake(body)
    return op


def _window_attention_fwd(
    qkv: Tensor,
    bias_table: Optional[Tensor],
    bias_index: Optional[Tensor],
    frame_shift: Optional[Tensor],
    mask: Optional[Tensor],
    num_heads: int,
    window: List[int],
    shift: List[int],
    batch_size: int,
    num_frames: int,
    scale: float,
    mask_value: float,
    kv_time_shift: Optional[Tensor] = None,
    kv_time_shift_boundary: str = "zero",
) -> Tuple[Tensor, Tensor]:
    return fwd.window_attention_fwd(
        qkv,
        bias_table,
        bias_index,
        frame_shift,
        mask,
        num_heads,
        window,
        shift,
        batch_size,
        num_frames,
        scale,
        mask_value,
        kv_time_shift,
        kv_time_shift_boundary,
    )


def _window_attention_bwd(
    grad_out: Tensor,
    qkv: Tensor,
    out: Tensor,
    lse: Tensor,
    bias_table: Optional[Tensor],
    bias_index: Optional[Tensor],
    frame_shift: Optional[Tensor],
    mask: Optional[Tensor],
    num_heads: int,
    window: List[int],
    shift: List[int],
    batch_size: int,
    num_frames: int,
    scale: float,
    mask_value: float,
    kv_time_shift: Optional[Tensor] = None,
    kv_time_shift_boundary: str = "zero",
) -> Tuple[Tensor, Tensor]:
    return bwd.window_attention_bwd(
        grad_out,
        qkv,
        out,
        lse,
        bias_table,
        bias_index,
        frame_shift,
        mask,
        num_heads,
        window,
        shift,
        batch_size,
        num_frames,
        scale,
        mask_value,
        kv_time_shift,
        kv_time_shift_boundary,
    )


def _patch_shift(
    x: Tensor, frame_shift: Tensor, inverse: bool, batch_size: int, num_frames: int
) -> Tensor:
    return shifts.patch_shift(x, frame_shift, inverse, batch_size, num_frames)


def _channel_shift(
    x: Tensor, num_heads: int, fold_div: int, batch_size: int, num_frames: int, backward: bool
) -> Tensor:
    return shifts.channel_shift(x, num_heads, fold_div, batch_size, num_frames, backward)


window_attention_fwd_op = _define("window_attention_fwd", _window_attention_fwd)
window_attention_bwd_op = _define("window_attention_bwd", _window_attention_bwd)
patch_shift_op = _define("patch_shift", _patch_shift)
channel_shift_op = _define("channel_shift", _channel_shift)
_autograd.register("tps_triton", window_attention_bwd_op, patch_shift_op, channel_shift_op)


# ---- backend API (normalized arguments of tps_kernels.ops) -----------------------------
def status(name: str = "triton") -> Tuple[bool, str]:
    if _flags.triton_interpret() and not INTERPRETED:
        return False, (
            "TRITON_INTERPRET=1 was set after tps_kernels' Triton backend was "
            "imported; set it before importing"
        )
    if INTERPRETED:
        return True, f"triton {triton.__version__} interpreter (TRITON_INTERPRET=1)"
    if torch.cuda.is_available():
        return True, f"triton {triton.__version__} on {torch.cuda.get_device_name()}"
    return False, "no CUDA device visible (set TRITON_INTERPRET=1 to run on CPU tensors)"


def _on_device_of(t: Tensor):
    # Triton launches on the current CUDA device: make it the tensor's (autograd's backward
    # threads already run on the device of their tensors)
    return torch.cuda.device(t.device) if t.is_cuda else contextlib.nullcontext()


def window_attention(
    qkv,
    bias_table,
    bias_index,
    frame_shift,
    mask,
    num_heads,
    window,
    shift,
    batch_size,
    num_frames,
    scale,
    mask_value,
    kv_time_shift,
    kv_time_shift_boundary,
):
    if bias_table is not None:
        bias_table = bias_table.contiguous()
    with _on_device_of(qkv):
        out, _ = window_attention_fwd_op(
            qkv.contiguous(),
            bias_table,
            bias_index,
            frame_shift,
            mask,
            num_heads,
            list(window),
            list(shift),
            batch_size,
            num_frames,
            scale,
            mask_value,
            kv_time_shift,
            kv_time_shift_boundary,
        )
    return out


def patch_shift(x, frame_shift, inverse, batch_size, num_frames):
    with _on_device_of(x):
        return patch_shift_op(x.contiguous(), frame_shift, inverse, batch_size, num_frames)


def channel_shift(x, num_heads, fold_div, batch_size, num_frames):
    with _on_device_of(x):
        return channel_shift_op(x.contiguous(), num_heads, fold_div, batch_size, num_frames, False)
