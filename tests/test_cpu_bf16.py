"""tps_kernels.nn.cpu_bf16: Linear / Conv3d are the torch.nn layers, except under CPU bf16
autocast without bf16 GEMMs, where they run the float32 kernel on bf16-rounded operands.
Both branches are tested on any CPU (the CPU capability flag is patched)."""

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

from tps_kernels.nn import cpu_bf16
from tps_kernels.nn.cpu_bf16 import Conv3d, Linear

# one bf16 rounding of the output (8 significant bits) apart: relative 2^-7 of the largest
# magnitude (the summation order differs from ATen's bf16 kernels)
BF16_ULP = 2.0**-7
KINDS = ["linear", "conv3d"]


def pair(kind, bias=True):
    """(ours, the torch.nn layer with the same weights, an input)."""
    if kind == "linear":
        ours, ref = Linear(64, 48, bias=bias), torch.nn.Linear(64, 48, bias=bias)
        x = torch.randn(300, 64)
    else:  # PST's patch embedding, small
        args = dict(kernel_size=(2, 4, 4), stride=(2, 4, 4), bias=bias)
        ours, ref = Conv3d(3, 16, **args), torch.nn.Conv3d(3, 16, **args)
        x = torch.randn(2, 3, 4, 16, 16)
    ref.load_state_dict(ours.state_dict())
    return ours, ref, x


def rel(a, b):
    return ((a.float() - b.float()).abs().max() / b.float().abs().max()).item()


@pytest.mark.parametrize("kind", KINDS)
def test_state_dict_keys_are_torch_nn(kind):
    ours, ref, _ = pair(kind)
    assert list(ours.state_dict()) == list(ref.state_dict()) == ["weight", "bias"]
    assert isinstance(ours, type(ref))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("kind", KINDS)
def test_without_autocast_is_torch_nn(kind, dtype):
    ours, ref, x = pair(kind)
    ours, ref, x = ours.to(dtype), ref.to(dtype), x.to(dtype)
    assert torch.equal(ours(x), ref(x))


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("has_bf16_gemm", [False, True])
@pytest.mark.parametrize("kind", KINDS)
def test_bf16_autocast_matches_aten(monkeypatch, kind, has_bf16_gemm, bias):
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", has_bf16_gemm)
    ours, ref, x = pair(kind, bias)
    x.requires_grad_(True)
    with torch.autocast("cpu", torch.bfloat16):
        y, yr = ours(x), ref(x)
    assert y.dtype == yr.dtype == torch.bfloat16
    if has_bf16_gemm:  # ATen's own bf16 kernel
        assert torch.equal(y, yr)
    assert rel(y, yr) <= BF16_ULP
    g = torch.randn_like(y)
    grads = torch.autograd.grad(y, [x] + list(ours.parameters()), g)
    grads_ref = torch.autograd.grad(yr, [x] + list(ref.parameters()), g)
    for a, b in zip(grads, grads_ref):
        assert a.dtype == b.dtype
        assert rel(a, b) <= 2 * BF16_ULP


@pytest.mark.parametrize("kind", KINDS)
def test_bf16_autocast_rounds_operands_like_autocast(monkeypatch, kind):
    """The operands are bf16-rounded (not the float32 ones): equal to a float64 evaluation
    on the rounded operands within the output's bf16 rounding, and measurably different
    from the float32 layer."""
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", False)
    ours, _, x = pair(kind)
    with torch.autocast("cpu", torch.bfloat16):
        y = ours(x)
    rounded = pair(kind)[0].double()  # the same layer in float64 with bf16-rounded weights
    rounded.load_state_dict(
        {k: v.to(torch.bfloat16).double() for k, v in ours.state_dict().items()}
    )
    want = rounded(x.to(torch.bfloat16).double())
    assert rel(y, want) <= BF16_ULP
    assert rel(ours(x), want) > 1e-4


@pytest.mark.parametrize("kind", KINDS)
def test_other_autocast_dtype_is_torch_nn(monkeypatch, kind):
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", False)
    ours, ref, x = pair(kind)
    with torch.autocast("cpu", torch.float16):
        assert torch.equal(ours(x), ref(x))


@pytest.mark.parametrize("kind", KINDS)
def test_compiles_without_graph_breaks(monkeypatch, kind):
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", False)
    ours, _, x = pair(kind)
    compiled = torch.compile(ours, fullgraph=True, backend="aot_eager")
    with torch.autocast("cpu", torch.bfloat16):
        assert torch.equal(compiled(x), ours(x))
    assert torch.equal(compiled(x), ours(x))


class KernelDtypes(TorchDispatchMode):
    """Records the operand dtypes of the matrix products / convolutions dispatched."""

    OPS = (torch.ops.aten.addmm, torch.ops.aten.mm, torch.ops.aten.convolution)

    def __init__(self):
        super().__init__()
        self.seen = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func.overloadpacket in self.OPS:
            self.seen.append({a.dtype for a in args if isinstance(a, torch.Tensor)})
        return func(*args, **(kwargs or {}))


@pytest.mark.parametrize("kind", KINDS)
def test_bf16_autocast_runs_the_float32_kernel(monkeypatch, kind):
    """What makes it fast: the product itself gets float32 operands (bf16 where the CPU
    has bf16 GEMMs)."""
    ours, _, x = pair(kind)
    for has_bf16_gemm, want in ((False, torch.float32), (True, torch.bfloat16)):
        monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", has_bf16_gemm)
        with torch.autocast("cpu", torch.bfloat16), KernelDtypes() as mode:
            ours(x)
        assert mode.seen == [{want}]
