"""The CPU C++ backend (csrc/cpu) against the float64 reference, plus the PyTorch op
conventions (gradcheck on the kernel, opcheck, torch.compile), determinism of the bias-table
gradient and the ISA fallbacks. Outputs are NaN-poisoned by conftest (TPS_POISON_OUTPUTS=1),
so an element the kernel forgets to write fails the comparison."""

import os

import pytest
import torch

import cases
import tiers
from cases import (
    CASE_BY_ID,
    CASES,
    LARGE_CASES,
    TOLERANCES,
    Case,
    assert_close_to_reference,
    make_inputs,
    run_op,
    widen_bf16,
)
from tps_kernels import _flags, ops, patterns

pytestmark = tiers.needs_backend("cpu")

# Tolerances of the low-precision paths (fp32 accumulation in the kernel; the error is the
# rounding of the 16-bit inputs/outputs): the shared TOLERANCES of tests/cases.py.
ALL = CASES + LARGE_CASES


_REF_CACHE = {}


@pytest.fixture(autouse=True)
def _cached_reference(monkeypatch):
    """The float64 reference of a case is the same for every dtype / ISA test: compute it
    once per module (keeps this file well under its CI time budget on 2 cores)."""
    original = cases.reference_result

    def cached(case, seed=0):
        key = (case.id, seed)
        if key not in _REF_CACHE:
            _REF_CACHE[key] = original(case, seed)
        return _REF_CACHE[key]

    monkeypatch.setattr(cases, "reference_result", cached)


# ---- equivalence with the reference ---------------------------------------------------


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.id)
def test_float64_matches_reference(case):
    assert_close_to_reference("cpu", case, torch.float64, **TOLERANCES[torch.float64])


@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.bfloat16, torch.float16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize("case", ALL, ids=lambda c: c.id)
def test_low_precision_matches_reference(case, dtype):
    assert_close_to_reference("cpu", case, dtype, **TOLERANCES[dtype])


@pytest.mark.skipif(
    not _flags.avx512_emulation(),
    reason="TPS_AVX512_EMULATION=1 is not set: the build need not have the emulated AVX-512 kernels",
)
def test_avx512_emulation_is_built():
    """A build asked for the emulation (CI) has it: otherwise the avx512 / avx512bf16 cases
    would skip on a CPU without AVX-512 instead of running emulated."""
    for isa, name in tiers.EMULATED.items():
        if tiers.missing_cpu_flags(isa):
            assert tiers.emulated_isa(isa) == name


# Every ISA build of the kernels this machine can execute: tiers.ISAS with the `isa` fixture
# (tests/conftest.py).

# The head_dim-32 shapes (fast paths, the 8/16-lane tails): one case per N (49 / 33 / 17:
# one key past a whole number of vectors; 16 and 32: whole vectors) and per way of building
# the scores (region mask, explicit mask, bias rows precomputed or gathered from the table
# when few windows share a plane, no bias), plus head_dim 64 at N = 49.
FAST_CASES = [
    Case(
        "fast_region_bias_rows", "video", 1, 4, 14, 14, 2, 32, (1, 7, 7), (0, 3, 3), "C", "official"
    ),
    Case("fast_table_gather", "video", 1, 4, 7, 14, 2, 32, (1, 7, 7), (0, 0, 0), "C", "official"),
    # heads a multiple of the lanes: the window's bias rows transposed in registers
    Case("fast_table_8heads", "video", 1, 4, 7, 14, 8, 32, (1, 7, 7), (0, 3, 3), "C", "official"),
    # 12 heads: tiles of 4 heads (PST-T stage 3 with one window per bias plane)
    Case("fast_table_12heads", "video", 1, 2, 7, 7, 12, 32, (1, 7, 7), (0, 0, 0), "B", "official"),
    # 6 heads (PST-T stage 2): a tile of 4 heads + 2 left over, in the window's rows and in the
    # gradient fold; then in the rows shared by a plane's 4 windows (bias_rows)
    Case("fast_table_6heads", "video", 1, 2, 7, 7, 6, 32, (1, 7, 7), (0, 0, 0), "C", "official"),
    Case(
        "fast_bias_rows_6heads", "video", 1, 4, 14, 14, 6, 32, (1, 7, 7), (0, 3, 3), "C", "official"
    ),
    Case(
        "fast_explicit_mask",
        "windows",
        1,
        4,
        14,
        14,
        2,
        32,
        (1, 7, 7),
        (0, 3, 3),
        "C",
        "official",
        mask=True,
    ),
    Case(
        "fast_no_bias_mask",
        "windows",
        1,
        2,
        14,
        7,
        1,
        32,
        (1, 7, 7),
        (0, 3, 3),
        None,
        None,
        mask=True,
    ),
    Case(
        "fast_n33_region",
        "video",
        1,
        2,
        6,
        22,
        2,
        32,
        (1, 3, 11),
        (0, 1, 5),
        "center_one",
        "relative",
    ),
    Case("fast_n17", "video", 2, 2, 2, 17, 1, 32, (1, 1, 17), (0, 0, 0), None, "relative"),
    Case("fast_n32_wt2", "video", 1, 4, 8, 8, 2, 32, (2, 4, 4), (1, 2, 2), "A", "relative"),
    Case("fast_n16", "video", 1, 2, 8, 8, 2, 32, (1, 4, 4), (0, 2, 2), None, "official"),
    Case("fast_hd64_region", "video", 1, 2, 14, 7, 1, 64, (1, 7, 7), (0, 3, 3), "C", "official"),
]


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.bfloat16, torch.float16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize("case", FAST_CASES, ids=lambda c: c.id)
def test_fast_shapes_match_reference(case, dtype, isa):
    """Forward and gradients of the head_dim-32/64 window shapes on every ISA."""
    assert_close_to_reference("cpu", case, dtype, **TOLERANCES[dtype])


# AVX-512 without BF16 runs bfloat16 through the float32 head_dim-32 kernel on q, k, v
# widened as they are copied: the same float operations in the same order, so its output is
# the float32 kernel's on the widened inputs, rounded once (far stricter than the bf16
# tolerance against the reference).
@pytest.mark.parametrize("isa", ["avx512"], indirect=True)
@pytest.mark.parametrize("case", [c for c in FAST_CASES if c.head_dim == 32], ids=lambda c: c.id)
def test_avx512_bf16_forward_is_the_float32_kernel_rounded(case, isa):
    args, kwargs = make_inputs(case, torch.bfloat16)

    with torch.no_grad():
        out = ops.window_attention(*args, backend="cpu", **kwargs)
        ref = ops.window_attention(
            *map(widen_bf16, args), backend="cpu", **{k: widen_bf16(v) for k, v in kwargs.items()}
        )
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(out, ref.bfloat16(), atol=0, rtol=0)


FALLBACK_CASES = [
    CASE_BY_ID[i]
    for i in ("video_pst_odd", "windows_pst_odd", "video_wt2_C", "head_dim_64", "pattern_even_2")
] + [Case("odd_head_dim", "video", 1, 2, 14, 7, 2, 5, (1, 7, 7), (0, 3, 3), "C", "official")]


# AVX512-BF16 runs the bfloat16 backward (even head_dim; with kv_time_shift:
# test_kv_time_shift.py) on bf16 pairs, with P and dS rounded to bf16 for dV, dQ and dK: its
# gradients stay within a hundredth of the largest gradient of the float32 kernel on the
# widened inputs (a wrong operand, scale or padding in any of the five products is an error
# of the gradients' own size).
@pytest.mark.parametrize("isa", ["avx512bf16"], indirect=True)
@pytest.mark.parametrize(
    "case", [c for c in FAST_CASES + FALLBACK_CASES if c.head_dim % 2 == 0], ids=lambda c: c.id
)
def test_avx512bf16_backward_is_close_to_the_float32_kernel(case, isa):
    args, kwargs = make_inputs(case, torch.bfloat16)
    gen = torch.Generator().manual_seed(1)
    grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,), generator=gen)
    grad_out = grad_out.bfloat16()

    got = run_op("cpu", args, kwargs, grad_out)
    want = run_op(
        "cpu",
        [widen_bf16(x) for x in args],
        {k: widen_bf16(v) for k, v in kwargs.items()},
        grad_out.float(),
    )
    tol = TOLERANCES["bf16_backward_vs_float32"]
    for name, g, w in zip(("grad_qkv", "grad_bias_table"), got[1:], want[1:]):
        if w is not None:
            atol = tol["atol"] * float(w.abs().max())
            torch.testing.assert_close(
                g.float(), w, atol=atol, rtol=tol["rtol"], msg=lambda m, name=name: f"{name}: {m}"
            )


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize(
    "dtype",
    [torch.float64, torch.float32, torch.bfloat16, torch.float16],
    ids=lambda d: str(d).split(".")[-1],
)
@pytest.mark.parametrize("case", FALLBACK_CASES, ids=lambda c: c.id)
def test_isa_variants_match_reference(case, dtype, isa):
    """The general kernels (odd head_dim and N, float64) on every ISA."""
    assert_close_to_reference("cpu", case, dtype, **TOLERANCES[dtype])


# ---- gradcheck on the C++ kernel itself (float64) -------------------------------------

GRADCHECK_CASES = [
    Case("gc_video_shift", "video", 1, 2, 4, 4, 2, 4, (1, 2, 2), (0, 1, 1), "even_2", "official"),
    Case("gc_video_wt2", "video", 1, 4, 2, 4, 1, 4, (2, 2, 2), (1, 0, 1), "A", "relative"),
    Case(
        "gc_windows_mask",
        "windows",
        1,
        2,
        4,
        4,
        2,
        4,
        (1, 2, 2),
        (0, 1, 1),
        "B",
        "relative",
        mask=True,
    ),
]


def _gradcheck_cpu(args, kwargs):
    qkv, table, index = args
    qkv.requires_grad_(True)
    table.requires_grad_(True)

    def f(q, t):
        return ops.window_attention(q, t, index, backend="cpu", **kwargs)

    # fast_mode: checks random projections of the Jacobian (a full Jacobian is ~1500 calls)
    assert torch.autograd.gradcheck(
        f, (qkv, table), eps=1e-6, fast_mode=True, **TOLERANCES["gradcheck"]
    )


@pytest.mark.parametrize("case", GRADCHECK_CASES, ids=lambda c: c.id)
def test_gradcheck_float64(case):
    _gradcheck_cpu(*make_inputs(case, torch.float64))


# ---- determinism of the bias-table gradient ---------------------------------------------

DET_CASE = Case("det", "video", 2, 4, 28, 21, 2, 16, (1, 7, 7), (0, 3, 3), "C", "official")


def _grads(dtype, threads):
    old = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        args, kwargs = make_inputs(DET_CASE, dtype, seed=3)
        gen = torch.Generator().manual_seed(7)
        shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
        grad_out = torch.randn(shape, generator=gen).to(dtype)
        return run_op("cpu", args, kwargs, grad_out)
    finally:
        torch.set_num_threads(old)


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.bfloat16], ids=lambda d: str(d).split(".")[-1]
)
def test_bias_grad_bitwise_deterministic(dtype, isa):
    runs = [_grads(dtype, 2), _grads(dtype, 2), _grads(dtype, 1)]
    if torch.get_num_threads() < 2:
        pytest.skip("needs at least 2 intra-op threads to compare thread counts")
    first = runs[0]
    for other in runs[1:]:
        for a, b in zip(first, other):
            assert torch.equal(a, b), "CPU backend is not bitwise deterministic"


# ---- patch_shift / channel_shift ---------------------------------------------------------

SHIFT_SHAPES = [
    ("video", (2, 5, 14, 7, 12), None),
    ("windows", (2 * 4 * 6, 49, 8), (2, 4)),  # wt = 1: (b, t, s) windows of 7x7
    ("windows_wt2", (1 * 2 * 4, 98, 8), (1, 4)),  # wt = 2
]


@pytest.mark.parametrize("inverse", [False, True])
@pytest.mark.parametrize(
    "dtype", [torch.float64, torch.float32, torch.bfloat16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize("layout,shape,counts", SHIFT_SHAPES, ids=[s[0] for s in SHIFT_SHAPES])
def test_patch_shift_matches_reference(layout, shape, counts, dtype, inverse):
    fs = patterns.frame_shift_map("C", (7, 7))
    kw = {} if counts is None else {"batch_size": counts[0], "num_frames": counts[1]}
    x = torch.randn(shape, dtype=torch.float64).to(dtype).requires_grad_(True)
    out = ops.patch_shift(x, fs, inverse=inverse, backend="cpu", **kw)
    ref = ops.patch_shift(x, fs, inverse=inverse, backend="reference", **kw)
    assert torch.equal(out, ref)  # a permutation: exact
    g = torch.randn_like(out)
    (gx,) = torch.autograd.grad(out, x, g)
    (gr,) = torch.autograd.grad(ref, x, g)
    assert torch.equal(gx, gr)


@pytest.mark.parametrize(
    "dtype", [torch.float64, torch.float32, torch.bfloat16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize(
    "layout,shape,counts", SHIFT_SHAPES[:2], ids=[s[0] for s in SHIFT_SHAPES[:2]]
)
def test_channel_shift_matches_reference(layout, shape, counts, dtype):
    kw = {} if counts is None else {"batch_size": counts[0], "num_frames": counts[1]}
    x = torch.randn(shape, dtype=torch.float64).to(dtype).requires_grad_(True)
    out = ops.channel_shift(x, num_heads=2, fold_div=3, backend="cpu", **kw)
    ref = ops.channel_shift(x, num_heads=2, fold_div=3, backend="reference", **kw)
    assert torch.equal(out, ref)
    g = torch.randn_like(out)
    (gx,) = torch.autograd.grad(out, x, g)
    (gr,) = torch.autograd.grad(ref, x, g)
    torch.testing.assert_close(gx, gr, atol=0, rtol=0)


def test_shift_gradcheck_float64():
    fs = patterns.frame_shift_map("A", (2, 2))
    x = torch.randn(1, 3, 4, 2, 4, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda t: ops.patch_shift(t, fs, backend="cpu"), (x,))
    assert torch.autograd.gradcheck(
        lambda t: ops.channel_shift(t, num_heads=1, fold_div=4, backend="cpu"), (x,)
    )


# ---- PyTorch op conventions ----------------------------------------------------------------


def _native_args(case, dtype=torch.float64, requires_grad=True):
    (qkv, table, index), kw = make_inputs(case, dtype)
    wt, wh, ww = case.window
    b, t = kw.get("batch_size", case.batch), kw.get("num_frames", case.frames)
    qkv.requires_grad_(requires_grad)
    if table is not None:
        table.requires_grad_(requires_grad)
    fs = kw["frame_shift"]
    fs = None if fs is None else fs.to(torch.int32).contiguous()
    mask = kw.get("mask")
    shift = list(kw.get("shift", (0, 0, 0)))
    if qkv.dim() == 5:
        b, t = qkv.shape[:2]
    head_dim = qkv.shape[-1] // 3 // case.heads
    return (
        qkv,
        table,
        index,
        fs,
        mask,
        case.heads,
        [wt, wh, ww],
        shift,
        b,
        t,
        head_dim**-0.5,
        -100.0,
        None,
        "zero",
    )


OPCHECK_CASES = [
    CASE_BY_ID[i] for i in ("video_pst_odd", "windows_pst_odd", "windows_plain_mask", "no_bias")
]


@pytest.mark.parametrize("case", OPCHECK_CASES, ids=lambda c: c.id)
def test_opcheck_window_attention(case):
    args = _native_args(case)
    torch.library.opcheck(torch.ops.tps.window_attention_fwd.default, args)
    out, lse = torch.ops.tps.window_attention_fwd(
        *[a.detach() if isinstance(a, torch.Tensor) else a for a in args]
    )
    grad_out = torch.randn_like(out)
    qkv, table, index, fs, mask = [
        a.detach() if isinstance(a, torch.Tensor) else a for a in args[:5]
    ]
    torch.library.opcheck(
        torch.ops.tps.window_attention_bwd.default,
        (grad_out, qkv, out, lse, table, index, fs, mask) + tuple(args[5:]),
    )


def test_opcheck_shifts():
    fs = patterns.frame_shift_map("C", (7, 7)).to(torch.int32)
    x = torch.randn(1, 3, 7, 14, 8, dtype=torch.float64, requires_grad=True)
    torch.library.opcheck(torch.ops.tps.patch_shift.default, (x, fs, False, 1, 3))
    xw = torch.randn(2 * 3 * 2, 49, 8, dtype=torch.float64, requires_grad=True)
    torch.library.opcheck(torch.ops.tps.patch_shift.default, (xw, fs, True, 2, 3))
    torch.library.opcheck(torch.ops.tps.channel_shift.default, (x, 2, 4, 1, 3, False))
    torch.library.opcheck(torch.ops.tps.channel_shift.default, (x, 2, 4, 1, 3, True))


def test_torch_compile_fullgraph_matches_eager():
    case = CASE_BY_ID["video_pst_odd"]
    (qkv, table, index), kw = make_inputs(case, torch.float32)
    proj = torch.nn.Linear(qkv.shape[-1] // 3, 8, dtype=torch.float32)

    def branch(q, t):
        return proj(ops.window_attention(q, t, index, backend="cpu", **kw)).sum()

    compiled = torch.compile(branch, fullgraph=True)
    q1, t1 = qkv.clone().requires_grad_(True), table.clone().requires_grad_(True)
    q2, t2 = qkv.clone().requires_grad_(True), table.clone().requires_grad_(True)
    eager = branch(q1, t1)
    eager.backward()
    got = compiled(q2, t2)
    got.backward()
    # inductor's fused proj + sum adds in another order than eager's (found on AVX-512: 2e-6
    # relative); the gradients take no such reduction
    torch.testing.assert_close(got, eager, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(q2.grad, q1.grad)
    torch.testing.assert_close(t2.grad, t1.grad)


# ---- layouts, errors -----------------------------------------------------------------------


def test_non_contiguous_inputs_are_handled():
    case = CASE_BY_ID["video_pst_odd"]
    (qkv, table, index), kw = make_inputs(case, torch.float32)
    # same values, permuted storage: a channels-first buffer viewed back to (B, T, H, W, 3C)
    strided = qkv.permute(0, 4, 1, 2, 3).contiguous().permute(0, 2, 3, 4, 1)
    assert not strided.is_contiguous()
    want = ops.window_attention(qkv, table, index, backend="cpu", **kw)
    got = ops.window_attention(strided, table.t().contiguous().t(), index, backend="cpu", **kw)
    assert torch.equal(got, want)


def test_direct_call_errors_name_the_argument():
    args = list(_native_args(OPCHECK_CASES[0], torch.float32, requires_grad=False))
    bad = list(args)
    bad[0] = args[0].transpose(2, 3)  # non-contiguous qkv
    with pytest.raises(RuntimeError, match="qkv must be contiguous"):
        torch.ops.tps.window_attention_fwd(*bad)
    bad = list(args)
    bad[3] = args[3].to(torch.int64)
    with pytest.raises(RuntimeError, match="frame_shift must be int32"):
        torch.ops.tps.window_attention_fwd(*bad)
    bad = list(args)
    bad[2] = args[2].clone()
    bad[2][0, 0, 0] = args[1].shape[0]
    with pytest.raises(RuntimeError, match="bias_index values must lie in"):
        torch.ops.tps.window_attention_fwd(*bad)
    bad = list(args)
    bad[6] = [1, 7]
    with pytest.raises(RuntimeError, match="window must have 3 entries"):
        torch.ops.tps.window_attention_fwd(*bad)
    out, lse = torch.ops.tps.window_attention_fwd(*args)
    with pytest.raises(RuntimeError, match="lse must be"):
        torch.ops.tps.window_attention_bwd(out, args[0], out, lse.double(), *args[1:])
    with pytest.raises(RuntimeError, match="TPS_CPU_ISA"):
        os.environ["TPS_CPU_ISA"] = "sse9"
        try:
            torch.ops.tps.window_attention_fwd(*args)
        finally:
            del os.environ["TPS_CPU_ISA"]


# ---- kv_time_shift (issue #13): key / value temporal shift inside the fused op -----------

KV_BOUNDARIES = ["zero", "self", "cyclic"]
# ViT-B/16 style: whole frames as one window (196 patches + class token), head_dim 64.
VIT_CASE = Case("vit_197", "windows", 1, 4, 1, 197, 2, 64, (1, 1, 197), (0, 0, 0), None, None)
KV_CASES = [
    CASE_BY_ID[i]
    for i in (
        "video_pst_odd",  # patch shift + official bias (Ti = T) + region mask (roll)
        "windows_pst_odd",  # windows layout, patch shift, explicit mask
        "video_wt2_C",  # wt = 2 with temporal roll, relative bias (Ti = 1)
        "windows_wt2_A",  # windows layout, wt = 2, mask
        "no_bias",
        "nonsquare_odd_batch",
    )
] + [VIT_CASE]


def _kv_map(kind, channels, frames, seed=0):
    """int32 (C,) offsets: "xvit" (first C/8 channels +1, next C/8 -1, rest 0: runs across
    heads) or "mixed" (every channel random in (-T, T): mixed offsets inside each head)."""
    if kind == "xvit":
        d = torch.zeros(channels, dtype=torch.int32)
        d[: channels // 8] = 1
        d[channels // 8 : channels // 4] = -1
        return d
    gen = torch.Generator().manual_seed(seed + 11)
    return torch.randint(1 - frames, frames, (channels,), generator=gen, dtype=torch.int32)


def _kv_inputs(case, dtype, kind, boundary, seed=0):
    args, kw = make_inputs(case, dtype, seed=seed)
    c = args[0].shape[-1] // 3
    kw.update(kv_time_shift=_kv_map(kind, c, case.frames, seed), kv_time_shift_boundary=boundary)
    return args, kw


_KV_REF_CACHE = {}


def _kv_reference(case, kind, boundary):
    """Float64 reference (out, grad_qkv, grad_table) and grad_out for a kv_time_shift case."""
    key = (case.id, kind, boundary)
    if key not in _KV_REF_CACHE:
        args, kw = _kv_inputs(case, torch.float64, kind, boundary)
        gen = torch.Generator().manual_seed(1)
        grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,), generator=gen)
        _KV_REF_CACHE[key] = grad_out.double(), run_op("reference", args, kw, grad_out.double())
    return _KV_REF_CACHE[key]


def _assert_kv_matches_reference(case, dtype, kind, boundary):
    grad_out, want = _kv_reference(case, kind, boundary)
    args, kw = _kv_inputs(case, dtype, kind, boundary)
    got = run_op("cpu", args, kw, grad_out)
    tol = TOLERANCES[dtype]
    for name, g, w in zip(("out", "grad_qkv", "grad_bias_table"), got, want):
        if w is None:
            continue
        scale = max(1.0, float(w.abs().max())) if name == "grad_bias_table" else 1.0
        assert g.dtype == dtype
        cases._assert_close(name, g, w, tol["atol"] * scale, tol["rtol"], f"{case.id}/{boundary}")


@pytest.mark.parametrize(
    "dtype",
    [torch.float64, torch.float32, torch.bfloat16, torch.float16],
    ids=lambda d: str(d).split(".")[-1],
)
@pytest.mark.parametrize("boundary", KV_BOUNDARIES)
@pytest.mark.parametrize("case", KV_CASES, ids=lambda c: c.id)
def test_kv_time_shift_matches_reference(case, boundary, dtype):
    """Forward, grad_qkv and grad_bias_table with a mixed-offset map, every boundary."""
    _assert_kv_matches_reference(case, dtype, "mixed", boundary)


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize(
    "dtype",
    [torch.float64, torch.float32, torch.bfloat16, torch.float16],
    ids=lambda d: str(d).split(".")[-1],
)
@pytest.mark.parametrize(
    "case", [VIT_CASE, CASE_BY_ID["video_pst_odd"], FAST_CASES[0]], ids=lambda c: c.id
)
def test_kv_time_shift_isa_variants(case, dtype, isa):
    """The X-ViT map on every ISA: the ViT shape (N = 197, head_dim 64), the PST block and
    a head_dim-32 shape whose AVX-512 fast paths give way to the general kernel."""
    _assert_kv_matches_reference(case, dtype, "xvit", "zero")


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize(
    "dtype",
    [torch.float64, torch.float32, torch.bfloat16, torch.float16],
    ids=lambda d: str(d).split(".")[-1],
)
def test_vit_shape_isa_variants(dtype, isa):
    """The ViT shape (N = 197, head_dim 64) without kv_time_shift on every ISA."""
    assert_close_to_reference("cpu", VIT_CASE, dtype, **TOLERANCES[dtype])


@pytest.mark.parametrize("boundary", KV_BOUNDARIES)
@pytest.mark.parametrize("case", GRADCHECK_CASES[:2], ids=lambda c: c.id)
def test_kv_time_shift_gradcheck_float64(case, boundary):
    _gradcheck_cpu(*_kv_inputs(case, torch.float64, "mixed", boundary))


@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["float32", "bfloat16"])
def test_kv_time_shift_zero_map_is_no_shift(dtype, isa):
    """d = 0 everywhere goes through the shift's gathers and adjoint and gives bitwise the
    result without kv_time_shift of the same kernel."""
    case = CASE_BY_ID["video_pst_odd"]
    args, kw = make_inputs(case, dtype)
    grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,)).to(dtype)
    plain = run_op("cpu", args, kw, grad_out)
    c = args[0].shape[-1] // 3
    for boundary in KV_BOUNDARIES:
        zero = torch.zeros(c, dtype=torch.int32)
        kw_kv = dict(kw, kv_time_shift=zero, kv_time_shift_boundary=boundary)
        shifted = run_op("cpu", args, kw_kv, grad_out)
        for a, b in zip(plain, shifted):
            assert torch.equal(a, b)


def _kv_grads(dtype, boundary, threads):
    old = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        args, kw = _kv_inputs(DET_CASE, dtype, "mixed", boundary, seed=3)
        gen = torch.Generator().manual_seed(7)
        grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,), generator=gen)
        return run_op("cpu", args, kw, grad_out.to(dtype))
    finally:
        torch.set_num_threads(old)


@pytest.mark.parametrize("boundary", ["zero", "self"])  # scattered / summed adjoint
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["float32", "bfloat16"])
def test_kv_time_shift_bitwise_deterministic(dtype, boundary):
    if torch.get_num_threads() < 2:
        pytest.skip("needs at least 2 intra-op threads to compare thread counts")
    first = _kv_grads(dtype, boundary, 2)
    for other in (_kv_grads(dtype, boundary, 2), _kv_grads(dtype, boundary, 1)):
        for a, b in zip(first, other):
            assert torch.equal(a, b), "kv_time_shift on the CPU is not bitwise deterministic"


@pytest.mark.parametrize("boundary", KV_BOUNDARIES)
def test_kv_time_shift_opcheck(boundary):
    """The registered ops with kv_time_shift: schema, fake tensors, and window_attention_bwd
    returning the true input gradient (compared with autograd through the reference)."""
    case = CASE_BY_ID["windows_pst_odd"]
    args = list(_native_args(case))
    c = args[0].shape[-1] // 3
    args[-2] = _kv_map("mixed", c, case.frames)
    args[-1] = boundary
    torch.library.opcheck(torch.ops.tps.window_attention_fwd.default, tuple(args))
    plain = [a.detach() if isinstance(a, torch.Tensor) else a for a in args]
    out, lse = torch.ops.tps.window_attention_fwd(*plain)
    grad_out = torch.randn_like(out)
    bwd_args = (grad_out, plain[0], out, lse) + tuple(plain[1:])
    torch.library.opcheck(torch.ops.tps.window_attention_bwd.default, bwd_args)
    grad_qkv, grad_table = torch.ops.tps.window_attention_bwd(*bwd_args)
    ref = run_op(
        "reference",
        (plain[0], plain[1], plain[2]),
        dict(
            num_heads=case.heads,
            window=case.window,
            frame_shift=plain[3],
            mask=plain[4],
            batch_size=case.batch,
            num_frames=case.frames,
            kv_time_shift=args[-2],
            kv_time_shift_boundary=boundary,
        ),
        grad_out,
    )
    tol = TOLERANCES[torch.float64]
    torch.testing.assert_close(out, ref[0], **tol)
    torch.testing.assert_close(grad_qkv, ref[1], **tol)
    torch.testing.assert_close(grad_table, ref[2], **tol)


def test_kv_time_shift_direct_call_errors():
    args = list(_native_args(OPCHECK_CASES[0], torch.float32, requires_grad=False))
    c = args[0].shape[-1] // 3
    bad = list(args)
    bad[-2] = torch.zeros(c, dtype=torch.int64)
    with pytest.raises(RuntimeError, match="kv_time_shift must be a contiguous int32"):
        torch.ops.tps.window_attention_fwd(*bad)
    bad[-2] = torch.zeros(c + 1, dtype=torch.int32)
    with pytest.raises(RuntimeError, match=r"kv_time_shift must be a contiguous int32 \(C,\)"):
        torch.ops.tps.window_attention_fwd(*bad)
    bad[-2] = torch.zeros(c, dtype=torch.int32)
    bad[-1] = "wrap"
    with pytest.raises(RuntimeError, match="kv_time_shift_boundary must be"):
        torch.ops.tps.window_attention_fwd(*bad)


@pytest.mark.parametrize("caller_flushes", [False, True], ids=["ieee", "flushing"])
def test_denormal_mode_restored_after_the_kernels(caller_flushes):
    """The kernels flush denormals while they run (flush_denormals.h: Intel cores take
    microcode assists on the masked softmax's underflow) and give the calling thread back
    its own mode (one thread: the kernels run on this thread)."""
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    torch.set_flush_denormal(caller_flushes)
    try:
        args, kw = make_inputs(CASE_BY_ID["video_pst_odd"], torch.float32)
        grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,))
        run_op("cpu", args, kw, grad_out)
        tiny = torch.tensor([1e-38]) * torch.tensor([0.5])  # denormal unless flushed
        assert (tiny.item() == 0.0) == caller_flushes
    finally:
        torch.set_flush_denormal(False)
        torch.set_num_threads(old)
