"""Host-side launch helpers shared by every Triton kernel: output allocation, block sizes,
the launch itself (and the hook tools/triton_aot.py uses to capture launches)."""

from __future__ import annotations

import torch
import triton
from torch._subclasses import fake_tensor
from torch.library import wrap_triton

from ... import _flags
from .index import pos_mod

try:  # the class @triton.jit returns under TRITON_INTERPRET=1
    from triton.runtime.interpreter import InterpretedFunction
except Exception:  # noqa: BLE001
    InterpretedFunction = ()

# TRITON_INTERPRET=1 was set before triton compiled this package: kernels run on CPU tensors
INTERPRETED = bool(InterpretedFunction) and isinstance(pos_mod, InterpretedFunction)

# tools/triton_aot.py sets this to capture (name, kernel, grid, args, kwargs) instead of
# launching; kwargs hold the constexprs and the launch options (num_warps, num_stages)
LAUNCH_HOOK = None


def launch(kernel, grid, options: dict, *args, **constexprs) -> None:
    """kernel[grid](*args, **constexprs, **options) through wrap_triton, so torch.compile
    records compiled launches in its graph. Under the interpreter the ops are opaque custom
    ops whose fake kernel runs the same host code: there the launch is skipped (no data), and
    the kernel is launched as it is (torch < 2.14's wrap_triton rejects interpreted ones)."""
    if LAUNCH_HOOK is not None:
        LAUNCH_HOOK(kernel.__name__, kernel, grid, args, dict(constexprs, **options))
        return
    if INTERPRETED:
        if not any(isinstance(a, torch.Tensor) and fake_tensor.is_fake(a) for a in args):
            kernel[grid](*args, **constexprs, **options)
        return
    wrap_triton(kernel)[grid](*args, **constexprs, **options)


def new_output(shape, like: torch.Tensor, dtype=None) -> torch.Tensor:
    """torch.empty; NaN-filled under TPS_POISON_OUTPUTS=1 (the tests), so an element a kernel
    forgets to write shows up in the comparison."""
    t = torch.empty(shape, dtype=dtype or like.dtype, device=like.device)
    if _flags.poison_outputs():
        t.fill_(float("nan"))
    return t


def pow2(x: int, lo: int = 16) -> int:
    """Block size covering x: a power of two, at least lo (tl.dot needs 16)."""
    return max(lo, triton.next_power_of_2(int(x)))


def accumulator_dtype(dtype: torch.dtype) -> torch.dtype:
    """float32 accumulation; float64 inputs keep float64 (so float64 gradcheck is exact)."""
    return torch.float64 if dtype == torch.float64 else torch.float32
