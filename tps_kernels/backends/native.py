"""The compiled tps:: ops (csrc/): CPU kernels ("cpu") and CUDA kernels ("cuda").

Schemas live in csrc/ops.cpp; this module adds what PyTorch needs on the Python side:
fake (meta) kernels for torch.compile / opcheck; autograd comes from _autograd.py (shared
with the Triton ops).
"""

from __future__ import annotations

import torch

from .. import _extension
from . import _autograd

_OPS = ("window_attention_fwd", "window_attention_bwd", "patch_shift", "channel_shift")


def status(name: str):
    if not _extension.loaded():
        return False, f"compiled extension not loaded: {_extension.LOAD_ERROR}"
    key = {"cpu": "CPU", "cuda": "CUDA"}[name]
    missing = [op for op in _OPS if not _extension.has_kernel(op, key)]
    if missing:
        return False, f"extension was built without {key} kernels for {', '.join(missing)}"
    if name == "cuda" and not torch.cuda.is_available():
        return False, "CUDA kernels are built but no CUDA device is visible"
    return True, f"compiled {key} kernels"


def _n_windows(qkv, window):
    wt, wh, ww = window
    return qkv.numel() // qkv.shape[-1] // (wt * wh * ww)


if _extension.loaded():

    @torch.library.register_fake("tps::window_attention_fwd")
    def _(
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
        kv_time_shift=None,
        kv_time_shift_boundary="zero",
    ):
        wt, wh, ww = window
        out = qkv.new_empty(qkv.shape[:-1] + (qkv.shape[-1] // 3,))
        lse = qkv.new_empty((_n_windows(qkv, window), num_heads, wt * wh * ww), dtype=torch.float32)
        return out, lse

    @torch.library.register_fake("tps::window_attention_bwd")
    def _(
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
        kv_time_shift=None,
        kv_time_shift_boundary="zero",
    ):
        # float32-accumulated; float64 inputs keep float64 (so gradcheck sees exact grads)
        acc = torch.float64 if qkv.dtype == torch.float64 else torch.float32
        grad_table = (
            torch.empty_like(bias_table, dtype=acc)
            if bias_table is not None
            else qkv.new_empty((0,), dtype=acc)
        )
        return torch.empty_like(qkv), grad_table

    @torch.library.register_fake("tps::round_to_bf16")
    def _(x, gelu=False):
        return torch.empty_like(x)

    @torch.library.register_fake("tps::round_to_bf16_")
    def _(x, gelu=False):
        return None

    @torch.library.register_fake("tps::patch_shift")
    def _(x, frame_shift, inverse, batch_size, num_frames):
        return torch.empty_like(x)

    @torch.library.register_fake("tps::channel_shift")
    def _(x, num_heads, fold_div, batch_size, num_frames, backward):
        return torch.empty_like(x)

    _autograd.register(
        "tps",
        torch.ops.tps.window_attention_bwd,
        torch.ops.tps.patch_shift,
        torch.ops.tps.channel_shift,
    )


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
    out, _ = torch.ops.tps.window_attention_fwd(
        qkv.contiguous(),
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
    return out


def patch_shift(x, frame_shift, inverse, batch_size, num_frames):
    return torch.ops.tps.patch_shift(x.contiguous(), frame_shift, inverse, batch_size, num_frames)


def channel_shift(x, num_heads, fold_div, batch_size, num_frames):
    return torch.ops.tps.channel_shift(
        x.contiguous(), num_heads, fold_div, batch_size, num_frames, False
    )
