"""FLOP counting for the fused tps:: ops (torch.utils.flop_counter and fvcore).

The fused ops are opaque to FLOP counters: without a formula, a model running them would
count only its linears and convs. We count what the published PyTorch chain counts for the
same work, i.e. its two matmuls per window and head:

    forward   q k^T (N x N x d) and attn @ v (N x N x d)  -> 2 N^2 d multiply-adds
    backward  dV, dP, dQ, dK (4 N^2 d multiply-adds, as torch counts the chain's backward and
              scaled_dot_product_attention's backward; the kernel's recompute of q k^T from
              the saved logsumexp is an implementation detail and not counted)

summed over windows and heads: forward = 2 * rows * N * C multiply-adds for qkv with
``rows`` tokens, window size ``N`` and ``C = heads * head_dim`` channels. Softmax, bias, mask
and the data movement (roll, partition, patch shift) count zero, as in the chain.

Units. ``torch.utils.flop_counter`` counts 2 FLOPs per multiply-add, fvcore counts 1. The
paper's "72G" for PST-T (32 x 224 x 224) is in fvcore's unit, i.e. giga multiply-adds:
divide torch's count by 2 to compare (``benchmarks/latency.py`` prints both).

Use::

    import tps_kernels.flops as flops
    flops.register()                       # idempotent; also done on import
    with torch.utils.flop_counter.FlopCounterMode(display=False) as fc:
        model(x)
    gmacs = fc.get_total_flops() / 2e9

    from fvcore.nn import FlopCountAnalysis
    FlopCountAnalysis(model, x).set_op_handle(**flops.fvcore_handles())
"""

from __future__ import annotations

import importlib
import math
import sys
from typing import Callable, Dict, List, Optional, Sequence

import torch

from . import _flags

__all__ = [
    "window_attention_macs",
    "window_attention_fwd_flop",
    "window_attention_bwd_flop",
    "register",
    "register_op",
    "registered_ops",
    "fvcore_handles",
    "count_flops",
]

# Ops with the window_attention_fwd / _bwd schemas of docs/design.md. Other backends that
# register their own ops with the same argument order (e.g. a Triton `triton_op`) can be
# added with ``register_op``.
_FWD_OPS = [("tps", "window_attention_fwd"), ("tps_triton", "window_attention_fwd")]
_BWD_OPS = [("tps", "window_attention_bwd"), ("tps_triton", "window_attention_bwd")]
_REGISTERED: List[str] = []


def window_attention_macs(qkv_shape: Sequence[int], window: Sequence[int]) -> int:
    """Forward multiply-adds of window attention for a qkv of this shape (either layout).

    ``qkv_shape`` ends in 3C; every other dim multiplies into the token count, which is the
    same in the video layout (B, T, H, W, 3C) and the windows layout (B_, N, 3C).
    """
    c3 = int(qkv_shape[-1])
    if c3 % 3:
        raise ValueError(f"qkv's last dim must be 3 * C, got shape {tuple(qkv_shape)}")
    n = math.prod(int(w) for w in window)
    rows = math.prod(int(s) for s in qkv_shape[:-1])
    return 2 * rows * n * (c3 // 3)


def window_attention_fwd_flop(
    qkv_shape,
    bias_table,
    bias_index,
    frame_shift,
    mask,
    num_heads,
    window,
    *args,
    out_shape=None,
    **kwargs,
) -> int:
    """torch.utils.flop_counter formula (2 FLOPs per multiply-add) of tps::window_attention_fwd."""
    return 2 * window_attention_macs(qkv_shape, window)


def window_attention_bwd_flop(
    grad_out_shape,
    qkv_shape,
    out_shape_,
    lse_shape,
    bias_table,
    bias_index,
    frame_shift,
    mask,
    num_heads,
    window,
    *args,
    out_shape=None,
    **kwargs,
) -> int:
    """torch.utils.flop_counter formula of tps::window_attention_bwd: twice the forward."""
    return 4 * window_attention_macs(qkv_shape, window)


def _packet(namespace: str, name: str):
    """torch.ops.<namespace>.<name> if that op is registered, else None (never raises)."""
    try:
        return getattr(getattr(torch.ops, namespace), name)
    except (AttributeError, RuntimeError):
        return None


def register_op(namespace: str, name: str, kind: str) -> bool:
    """Register the formula of ``kind`` ("fwd" or "bwd") for torch.ops.<namespace>.<name>.

    Returns whether the op is (now or already) registered; False when the op does not exist
    in this process (e.g. the compiled extension is not built).
    """
    if kind not in ("fwd", "bwd"):
        raise ValueError(f"kind must be 'fwd' or 'bwd', got {kind!r}")
    key = f"{namespace}::{name}"
    if key in _REGISTERED:
        return True
    packet = _packet(namespace, name)
    if packet is None:
        return False
    from torch.utils.flop_counter import flop_registry, register_flop_formula

    if packet not in flop_registry:
        formula = window_attention_fwd_flop if kind == "fwd" else window_attention_bwd_flop
        register_flop_formula(packet)(formula)
    _REGISTERED.append(key)
    lst = _FWD_OPS if kind == "fwd" else _BWD_OPS
    if (namespace, name) not in lst:
        lst.append((namespace, name))
    return True


def _sdpa_cpu_fwd_flop(query_shape, key_shape, value_shape, *args, out_shape=None, **kwargs) -> int:
    from torch.utils.flop_counter import sdpa_flop_count

    return sdpa_flop_count(query_shape, key_shape, value_shape)


def _sdpa_cpu_bwd_flop(
    grad_out_shape, query_shape, key_shape, value_shape, *args, out_shape=None, **kwargs
) -> int:
    from torch.utils.flop_counter import sdpa_backward_flop_count

    return sdpa_backward_flop_count(grad_out_shape, query_shape, key_shape, value_shape)


def _register_sdpa_cpu():
    """torch's counter has formulas for the CUDA SDPA kernels but (in torch 2.14) not for
    the CPU flash kernel, so an SDPA model on CPU (timm's Swin) would count 0 attention
    FLOPs next to our counted op. Added here with torch's own SDPA formulas."""
    from torch.utils.flop_counter import flop_registry, register_flop_formula

    for name, formula in (
        ("_scaled_dot_product_flash_attention_for_cpu", _sdpa_cpu_fwd_flop),
        ("_scaled_dot_product_flash_attention_for_cpu_backward", _sdpa_cpu_bwd_flop),
    ):
        packet = _packet("aten", name)
        if packet is not None and packet not in flop_registry:
            register_flop_formula(packet)(formula)


def register() -> List[str]:
    """Register formulas for every known fused op that exists now; returns their names.

    Safe to call many times (e.g. again after the extension or Triton got loaded).
    """
    try:  # loading the extension is what defines the tps:: ops
        from . import _extension  # noqa: F401
    except Exception:  # noqa: BLE001 - counting must work without the extension
        pass
    if (
        "tps_kernels.backends.triton" in sys.modules
        or torch.cuda.is_available()
        or _flags.triton_interpret()
    ):
        try:  # defines the tps_triton:: ops (only where Triton can run: import is not free)
            importlib.import_module("tps_kernels.backends.triton")
        except Exception:  # noqa: BLE001
            pass
    _register_sdpa_cpu()
    for kind, ops in (("fwd", list(_FWD_OPS)), ("bwd", list(_BWD_OPS))):
        for namespace, name in ops:
            register_op(namespace, name, kind)
    return registered_ops()


def registered_ops() -> List[str]:
    return list(_REGISTERED)


# --- fvcore -----------------------------------------------------------------------------
# fvcore traces with torch.jit; a custom op appears as a node named "tps::window_attention_fwd"
# whose handle gets the jit Values of its inputs and outputs. The window size N is read from
# the shape of the saved logsumexp (num_windows, heads, N), so no constant has to be decoded.


def _jit_shape(value) -> Optional[List[int]]:
    try:
        if value.isCompleteTensor():
            return list(value.type().sizes())
    except AttributeError:
        pass
    return None


def _fvcore_fwd(inputs, outputs) -> int:
    qkv, lse = _jit_shape(inputs[0]), _jit_shape(outputs[1])
    if qkv is None or lse is None:
        return 0
    rows, c = math.prod(qkv[:-1]), qkv[-1] // 3
    return 2 * rows * lse[-1] * c  # multiply-adds (fvcore's unit)


def _fvcore_bwd(inputs, outputs) -> int:
    qkv, lse = _jit_shape(inputs[1]), _jit_shape(inputs[3])
    if qkv is None or lse is None:
        return 0
    rows, c = math.prod(qkv[:-1]), qkv[-1] // 3
    return 4 * rows * lse[-1] * c


def _fvcore_sdpa(inputs, outputs) -> int:
    """aten::scaled_dot_product_attention (fvcore 0.1.5 predates it and would count 0):
    q (..., L, E), k (..., S, E), v (..., S, Ev) -> L*S*E + L*S*Ev multiply-adds per batch."""
    q, k, v = (_jit_shape(x) for x in inputs[:3])
    if q is None or k is None or v is None:
        return 0
    return math.prod(q[:-2]) * q[-2] * k[-2] * (q[-1] + v[-1])


def _zero(inputs, outputs) -> int:
    return 0


def fvcore_handles() -> Dict[str, Callable]:
    """Handles for ``FlopCountAnalysis.set_op_handle(**fvcore_handles())`` (unit: multiply-adds)."""
    handles = {f"{ns}::{name}": _fvcore_fwd for ns, name in _FWD_OPS}
    handles.update({f"{ns}::{name}": _fvcore_bwd for ns, name in _BWD_OPS})
    handles["aten::scaled_dot_product_attention"] = _fvcore_sdpa
    for ns in ("tps", "tps_triton"):  # pure data movement: 0, and no "unsupported" warning
        handles[f"{ns}::patch_shift"] = handles[f"{ns}::channel_shift"] = _zero
    return handles


def count_flops(fn: Callable[[], object]) -> int:
    """Run ``fn()`` under FlopCounterMode and return torch's FLOP count (2 per multiply-add)."""
    from torch.utils.flop_counter import FlopCounterMode

    register()
    with FlopCounterMode(display=False) as counter:
        fn()
    return int(counter.get_total_flops())


register()
