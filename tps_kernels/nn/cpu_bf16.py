"""``nn.Linear`` / ``nn.Conv2d`` / ``nn.Conv3d`` whose bfloat16 autocast keeps float32 speed
on CPUs without bf16 GEMMs; ``convert(model)`` makes another model's layers these.

Under ``torch.autocast("cpu", torch.bfloat16)`` a linear or convolution casts its input,
weight and bias to bf16 and multiplies them with float32 accumulation. On a CPU without bf16
dot products (no AVX512-BF16 / AMX: AVX2 CPUs, AVX-512 ones before Cooper Lake / Zen 4)
oneDNN declines and ATen falls back to generic bf16 kernels that are several times slower
than float32 (the 3D convolution to ``slow_conv3d``). There these layers compute the same
thing with the float32 kernels: the operands rounded to bf16 (as autocast does), products
summed in float32, the output rounded to bf16; they match ATen's bf16 results up to the
summation order (tested). Everywhere else (no autocast, another dtype or device, a CPU with
bf16 GEMMs) they are the ``torch.nn`` layers themselves, with the same parameters and
state-dict keys.

In eager inference (grad off, not compiling) the roundings take the compiled kernel
``tps::round_to_bf16`` (one pass, no bf16 copy), and ``gelu_mlp`` fuses the MLP's GELU with
both of its roundings.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .. import _extension
from ..backends import native  # noqa: F401  (fake kernels of tps::round_to_bf16)


def _cpu_has_bf16_gemm() -> bool:
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


# read once: Python constants for torch.compile (no graph break, no guard on a call)
CPU_HAS_BF16_GEMM = _cpu_has_bf16_gemm()
HAS_ROUND_KERNEL = _extension.has_kernel("round_to_bf16", "CPU")


def _emulate(x: torch.Tensor) -> bool:
    """Whether this call is CPU bf16 autocast on a CPU without bf16 GEMMs."""
    return (
        not CPU_HAS_BF16_GEMM
        and x.device.type == "cpu"
        and torch.is_autocast_enabled("cpu")
        and torch.get_autocast_dtype("cpu") == torch.bfloat16
    )


def _fused(x: torch.Tensor) -> bool:
    """Whether this call is eager inference under the emulation, where the rounding kernel
    applies (training keeps the differentiable casts below)."""
    return (
        HAS_ROUND_KERNEL
        and _emulate(x)
        and not torch.is_grad_enabled()
        and not torch.compiler.is_compiling()
    )


def _rounded(x: torch.Tensor) -> torch.Tensor:
    """x's values rounded to bf16, as float32, in one pass (bf16 input: a widening copy)."""
    if x.dtype == torch.bfloat16:
        return x.float()
    if x.dtype != torch.float32:
        return _bf16_float(x)
    return torch.ops.tps.round_to_bf16(x)


def _rounded_params(layer: nn.Module):
    """(weight, bias) of layer rounded to bf16, as float32. Made at every call: a copy kept
    between calls would go stale when code writes a parameter through ``.data``, which moves
    neither its storage nor its version counter (a pass over the weights is ~0.2% of PST-T)."""
    return tuple(None if p is None else _rounded(p.detach()) for p in (layer.weight, layer.bias))


def gelu_mlp(
    x: torch.Tensor, fc1: nn.Linear, fc2: nn.Linear, norm: nn.Module | None = None
) -> torch.Tensor | None:
    """``fc2(GELU(fc1(norm(x))))`` (exact GELU; no norm when None) as bf16 autocast computes
    it, where ``_fused`` holds: the hidden activation is rounded, GELU'd and rounded again in
    place by one kernel instead of a bf16 copy, ATen's bf16 GELU and a float32 copy. None
    where it does not apply (the caller then runs the layers)."""
    if not _fused(x):
        return None
    if norm is not None:
        x = norm(x)
    w1, b1 = _rounded_params(fc1)
    w2, b2 = _rounded_params(fc2)
    with torch.autocast("cpu", enabled=False):
        h = F.linear(_rounded(x), w1, b1)
        torch.ops.tps.round_to_bf16_(h, True)
        return F.linear(h, w2, b2).to(torch.bfloat16)


def _bf16_float(t):
    """t rounded to bf16, as float32 (None stays None)."""
    return None if t is None else t.to(torch.bfloat16).float()


def _float32_kernel(op, layer, x):
    """op(x, weight, bias) by the float32 kernel on bf16-rounded operands, output bf16."""
    if _fused(x):
        operands = (_rounded(x), *_rounded_params(layer))
    else:
        operands = (_bf16_float(x), _bf16_float(layer.weight), _bf16_float(layer.bias))
    with torch.autocast("cpu", enabled=False):
        y = op(*operands)
    return y.to(torch.bfloat16)


class Linear(nn.Linear):
    """``nn.Linear``; float32 GEMM on bf16-rounded operands under CPU bf16 autocast without
    bf16 GEMMs (module docstring)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not _emulate(x):
            return super().forward(x)
        return _float32_kernel(F.linear, self, x)


class _ConvForward:
    """The forward of Conv2d / Conv3d below (mixed in before the torch.nn class)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not _emulate(x):
            return super().forward(x)
        return _float32_kernel(self._conv_forward, self, x)


class Conv2d(_ConvForward, nn.Conv2d):
    """``nn.Conv2d``; float32 convolution on bf16-rounded operands under CPU bf16 autocast
    without bf16 GEMMs (module docstring)."""


class Conv3d(_ConvForward, nn.Conv3d):
    """``nn.Conv3d``; float32 convolution on bf16-rounded operands under CPU bf16 autocast
    without bf16 GEMMs (module docstring)."""


_SUBCLASS = {nn.Linear: Linear, nn.Conv2d: Conv2d, nn.Conv3d: Conv3d}


def convert(model: nn.Module) -> nn.Module:
    """Makes every ``nn.Linear`` / ``nn.Conv2d`` / ``nn.Conv3d`` of ``model`` (those exact
    classes; subclasses are left alone) the layer of this module, in place, and returns
    ``model``. Parameters, state-dict keys and float32 outputs stay the same; under CPU bf16
    autocast without bf16 GEMMs they take the float32 kernels (ATen's fallbacks there run
    several times slower). For models built elsewhere (timm, torchvision), e.g. after
    ``tps_kernels.nn.temporalize``."""
    for m in model.modules():
        cls = _SUBCLASS.get(type(m))
        if cls is not None:
            m.__class__ = cls  # a subclass adding only forward: no state to set up
    return model
