"""``nn.Linear`` / ``nn.Conv3d`` whose bfloat16 autocast keeps float32 speed on CPUs
without bf16 GEMMs.

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
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def _cpu_has_bf16_gemm() -> bool:
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


# read once: a Python constant for torch.compile (no graph break, no guard on a call)
CPU_HAS_BF16_GEMM = _cpu_has_bf16_gemm()


def _emulate(x: torch.Tensor) -> bool:
    """Whether this call is CPU bf16 autocast on a CPU without bf16 GEMMs."""
    return (
        not CPU_HAS_BF16_GEMM
        and x.device.type == "cpu"
        and torch.is_autocast_enabled("cpu")
        and torch.get_autocast_dtype("cpu") == torch.bfloat16
    )


def _bf16_float(t):
    """t rounded to bf16, as float32 (None stays None)."""
    return None if t is None else t.to(torch.bfloat16).float()


def _float32_kernel(op, x, weight, bias):
    """op(x, weight, bias) by the float32 kernel on bf16-rounded operands, output bf16."""
    with torch.autocast("cpu", enabled=False):
        y = op(_bf16_float(x), _bf16_float(weight), _bf16_float(bias))
    return y.to(torch.bfloat16)


class Linear(nn.Linear):
    """``nn.Linear``; float32 GEMM on bf16-rounded operands under CPU bf16 autocast without
    bf16 GEMMs (module docstring)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not _emulate(x):
            return super().forward(x)
        return _float32_kernel(F.linear, x, self.weight, self.bias)


class Conv3d(nn.Conv3d):
    """``nn.Conv3d``; float32 convolution on bf16-rounded operands under CPU bf16 autocast
    without bf16 GEMMs (module docstring)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not _emulate(x):
            return super().forward(x)
        return _float32_kernel(self._conv_forward, x, self.weight, self.bias)
