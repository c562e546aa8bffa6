"""tps_kernels.nn.cpu_bf16: Linear / Conv2d / Conv3d are the torch.nn layers, except under CPU bf16
autocast without bf16 GEMMs, where they run the float32 kernel on bf16-rounded operands.
Both branches are tested on any CPU (the CPU capability flag is patched)."""

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

import tiers
from tps_kernels.nn import cpu_bf16
from tps_kernels.nn.cpu_bf16 import Conv2d, Conv3d, Linear

# one bf16 rounding of the output (8 significant bits) apart: relative 2^-7 of the largest
# magnitude (the summation order differs from ATen's bf16 kernels)
BF16_ULP = 2.0**-7
KINDS = ["linear", "conv2d", "conv3d"]


def pair(kind, bias=True):
    """(ours, the torch.nn layer with the same weights, an input)."""
    if kind == "linear":
        ours, ref = Linear(64, 48, bias=bias), torch.nn.Linear(64, 48, bias=bias)
        x = torch.randn(300, 64)
    elif kind == "conv2d":  # a ViT's patch embedding, small
        args = dict(kernel_size=4, stride=4, bias=bias)
        ours, ref = Conv2d(3, 16, **args), torch.nn.Conv2d(3, 16, **args)
        x = torch.randn(2, 3, 16, 16)
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


# ---- eager inference: tps::round_to_bf16 ---------------------------------------------------
needs_kernel = pytest.mark.skipif(
    not cpu_bf16.HAS_ROUND_KERNEL, reason="tps::round_to_bf16 needs the compiled CPU extension"
)


def _from_bits(*bits):
    return torch.tensor([b - (1 << 32) if b >= 1 << 31 else b for b in bits]).to(torch.int32)


# Where rounding goes wrong: ties to even both ways and just past one, the largest float
# (rounds to inf), subnormals, signed zeros, infinities, NaNs with the top mantissa bit set
# (whose + 0x7fff carry would reach the sign).
SPECIAL_BITS = _from_bits(
    0x3F808000, 0x3F818000, 0x3F808001, 0xBF808000, 0x7F7FFFFF, 0x00000001, 0x807FFFFF,
    0x00000000, 0x80000000, 0x7F800000, 0xFF800000, 0x7FFFFFFF, 0xFFFFFFFF, 0x7FC00000,
)  # fmt: skip


def _inputs(n, scale=3.0):
    x = torch.randn(n) * scale
    k = min(n, len(SPECIAL_BITS))
    x[:k] = SPECIAL_BITS[:k].view(torch.float32)
    return x


def assert_same_floats(got, want):
    """Equal elementwise, NaN where want has NaN (any NaN payload)."""
    assert torch.equal(got.isnan(), want.isnan())
    assert torch.equal(got.nan_to_num(0.0), want.nan_to_num(0.0))


@needs_kernel
@pytest.mark.parametrize("isa", tiers.ISAS[:3], indirect=True)  # avx512bf16: same kernel
@pytest.mark.parametrize("n", [1, 5, 8, 9, 14, 31, 33, 100_003])  # vector tails of 4/8/16 lanes
def test_round_to_bf16_equals_the_bf16_cast(isa, n):
    x = _inputs(n)
    want = x.to(torch.bfloat16).float()
    assert_same_floats(torch.ops.tps.round_to_bf16(x), want)
    y = x.clone()
    torch.ops.tps.round_to_bf16_(y)
    assert_same_floats(y, want)


@needs_kernel
@pytest.mark.parametrize("isa", tiers.ISAS[:3], indirect=True)
@pytest.mark.parametrize("n", [1, 9, 33, 100_003])
@pytest.mark.filterwarnings("ignore:TF32 acceleration on top of oneDNN")  # mkldnn.flags' noise
def test_round_to_bf16_gelu_equals_atens_bf16_gelu(isa, n):
    """round(GELU(round(x))): ATen's bf16 GELU of the bf16 cast, up to one bf16 rounding at
    ties (the erf is ATen's formula with another exp); and the float64 GELU within a bf16
    rounding plus the formula's absolute erf error (1.5e-7, times x / 2)."""
    x = _inputs(n)
    got = torch.ops.tps.round_to_bf16(x, True)
    # ATen's own GELU kernel: on Intel CPUs with AVX512-BF16 ATen hands GELU to oneDNN, whose
    # formula gives NaN at +inf and overflows to inf near FLT_MAX
    with torch.backends.mkldnn.flags(enabled=False):
        want = torch.nn.functional.gelu(x.to(torch.bfloat16)).float()
    assert torch.equal(got.isnan(), want.isnan())
    got, want = got.nan_to_num(0.0), want.nan_to_num(0.0)
    ulp = BF16_ULP * want.abs().clamp_min(2.0**-126)
    assert ((got - want).abs() <= ulp).all()
    assert (got != want).sum() <= max(1, n // 1000)  # a rounding at ties: rare, not never
    finite = x.isfinite() & (x.abs() < 1e30)
    exact = torch.nn.functional.gelu(x.to(torch.bfloat16).double())[finite]
    tol = ulp[finite] + 1e-7 * x[finite].abs()
    assert ((got[finite] - exact).abs() <= tol).all()


@needs_kernel
def test_round_to_bf16_memory_formats():
    x = torch.randn(2, 3, 4, 5, 6).contiguous(memory_format=torch.channels_last_3d)
    y = torch.ops.tps.round_to_bf16(x)
    assert y.stride() == x.stride()
    assert torch.equal(y, x.to(torch.bfloat16).float())
    strided = torch.randn(8, 40)[:, ::3]  # not dense: the out-of-place op copies it first
    assert torch.equal(torch.ops.tps.round_to_bf16(strided), strided.to(torch.bfloat16).float())
    with pytest.raises(RuntimeError, match="round_to_bf16_: x must be dense"):
        torch.ops.tps.round_to_bf16_(strided)


@needs_kernel
@pytest.mark.parametrize("dtype", [torch.float64, torch.bfloat16, torch.int32])
def test_round_to_bf16_rejects_other_dtypes(dtype):
    with pytest.raises(RuntimeError, match="round_to_bf16: x must be float32"):
        torch.ops.tps.round_to_bf16(torch.ones(4, dtype=dtype))


@needs_kernel
def test_opcheck_round_to_bf16():
    for gelu in (False, True):
        torch.library.opcheck(torch.ops.tps.round_to_bf16.default, (torch.randn(37), gelu))
        torch.library.opcheck(torch.ops.tps.round_to_bf16_.default, (torch.randn(37), gelu))


class CustomOps(TorchDispatchMode):
    """Records the tps:: ops dispatched."""

    def __init__(self):
        super().__init__()
        self.seen = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func.namespace == "tps":
            self.seen.append(func.overloadpacket.__name__)
        return func(*args, **(kwargs or {}))


def _emulated(fn, fused, monkeypatch):
    """fn() under bf16 autocast and no_grad, as on a CPU without bf16 GEMMs, with (fused)
    or without the rounding kernel; returns (result, tps ops run)."""
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", False)
    monkeypatch.setattr(cpu_bf16, "HAS_ROUND_KERNEL", fused)
    with torch.no_grad(), torch.autocast("cpu", torch.bfloat16), CustomOps() as ops:
        return fn(), ops.seen


@needs_kernel
@pytest.mark.parametrize("kind", KINDS)
def test_inference_path_equals_the_cast_path(monkeypatch, kind):
    """Eager inference rounds with the kernel: the same bits as the differentiable casts
    (same float32 kernel, same rounded operands)."""
    ours, _, x = pair(kind)
    if kind == "conv3d":
        x = x.contiguous(memory_format=torch.channels_last_3d)  # as PST feeds the embedding
    got, seen = _emulated(lambda: ours(x), True, monkeypatch)
    want, seen_cast = _emulated(lambda: ours(x), False, monkeypatch)
    assert got.dtype == torch.bfloat16 and torch.equal(got, want)
    assert "round_to_bf16" in seen and not seen_cast


@needs_kernel
def test_inference_path_follows_parameter_changes(monkeypatch):
    """The rounded weights are never stale: also after writes through ``.data`` (which move
    neither storage nor version counter) and load_state_dict."""
    ours, _, x = pair("linear")
    _emulated(lambda: ours(x), True, monkeypatch)
    for change in (
        lambda: ours.weight.data.mul_(-2),
        lambda: ours.load_state_dict(pair("linear")[0].state_dict()),
    ):
        change()
        got, _ = _emulated(lambda: ours(x), True, monkeypatch)
        assert torch.equal(got, _emulated(lambda: ours(x), False, monkeypatch)[0])


@needs_kernel
def test_fused_mlp_equals_its_layers(monkeypatch):
    """PST's MLP under emulated bf16 inference: fc1, the GELU and both roundings, fc2 in one
    fused pass between the GEMMs; the same bits as the layers one by one with ATen's bf16
    GELU (no rounding tie in this draw)."""
    from tps_kernels.models.pst import Mlp

    torch.manual_seed(0)
    mlp = Mlp(48, 192).eval()
    x = torch.randn(2, 100, 48)
    got, seen = _emulated(lambda: mlp(x), True, monkeypatch)
    want, _ = _emulated(lambda: mlp(x), False, monkeypatch)
    assert got.dtype == torch.bfloat16 and torch.equal(got, want)
    assert "round_to_bf16_" in seen
    with torch.autocast("cpu", torch.bfloat16):  # training (grad on): the layers, differentiable
        assert mlp(x.requires_grad_()).requires_grad


def test_convert_swaps_exactly_the_torch_nn_layers(monkeypatch):
    class MyLinear(torch.nn.Linear):  # a subclass has its own forward: left alone
        pass

    model = torch.nn.Sequential(
        torch.nn.Conv2d(3, 8, 4, stride=4),
        torch.nn.Flatten(),
        torch.nn.Linear(8 * 16, 32),
        torch.nn.GELU(),
        MyLinear(32, 10),
    )
    x = torch.randn(2, 3, 16, 16)
    before, keys = model(x), dict(model.state_dict())
    assert cpu_bf16.convert(model) is model
    assert [type(m) for m in model] == [Conv2d, torch.nn.Flatten, Linear, torch.nn.GELU, MyLinear]
    assert torch.equal(model(x), before)
    assert all(torch.equal(v, keys[k]) for k, v in model.state_dict().items())
    assert list(model.state_dict()) == list(keys)
    monkeypatch.setattr(cpu_bf16, "CPU_HAS_BF16_GEMM", False)
    with torch.autocast("cpu", torch.bfloat16), KernelDtypes() as mode:
        model(x)
    # the two converted layers take the float32 kernels; MyLinear keeps ATen's bf16 one
    assert mode.seen == [{torch.float32}, {torch.float32}, {torch.bfloat16}]
