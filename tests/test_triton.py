"""Triton backend vs the float64 reference.

Without a GPU, conftest.py sets TRITON_INTERPRET=1 and every kernel runs under the Triton
interpreter on CPU tensors (slow: the cases are the small shapes of tests/cases.py). With a
CUDA device the same tests run compiled on CUDA tensors. The AOT test compiles the kernels
for sm_80 / sm_90 (no GPU needed) in a subprocess and checks spills and shared memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import triton
import triton.language as tl

import tiers
import tps_kernels
from cases import (
    CASE_BY_ID,
    CASES,
    LARGE_CASES,
    TOLERANCES,
    Case,
    assert_close_to_reference,
    make_inputs,
    run_op,
)
from tps_kernels import ops, patterns
from tps_kernels.backends import reference
from tps_kernels.backends.triton.index import (
    KV_TIME_SHIFT_BOUNDARIES,
    WindowGeometry,
    kv_grad_rows,
    kv_source_row,
)

pytestmark = tiers.needs_backend("triton")

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
ROOT = Path(__file__).resolve().parents[1]

# Multi-block path (N = 98 > 64: online softmax over 2 key blocks, separate dQ kernel,
# in-place bias partials), small enough for the interpreter; Video-Swin N = 392 is the same
# code with more blocks.
MULTI_BLOCK = Case(
    "video_multiblock_wt2", "video", 1, 4, 7, 7, 2, 16, (2, 7, 7), (1, 3, 3), "C", "relative"
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fp32_matches_reference(case):
    assert_close_to_reference(
        "triton", case, torch.float32, device=DEVICE, **TOLERANCES[torch.float32]
    )


@tiers.interpreter  # N = 392: minutes under the interpreter; every run on a GPU
@pytest.mark.parametrize("case", LARGE_CASES, ids=[c.id for c in LARGE_CASES])
def test_large_window_fp32_matches_reference(case):
    assert_close_to_reference(
        "triton", case, torch.float32, device=DEVICE, **TOLERANCES[torch.float32]
    )


def test_multiblock_fp32_matches_reference():
    assert_close_to_reference(
        "triton", MULTI_BLOCK, torch.float32, device=DEVICE, **TOLERANCES[torch.float32]
    )


# float64 end to end (lse and accumulators in float64): gradients equal the autograd of
# the reference to ~1e-10, a stronger check than a numerical gradcheck.
@pytest.mark.parametrize("case_id", ["windows_pst_odd", "video_swin3d", "pattern_D"])
def test_fp64_matches_reference_tightly(case_id):
    case = CASE_BY_ID[case_id]
    assert_close_to_reference(
        "triton", case, torch.float64, device=DEVICE, **TOLERANCES[torch.float64]
    )


# bf16 runs under the interpreter with fp32 dot operands (its tl.dot misreads bf16; see
# mma in backends/triton/scores.py); fp16 runs as is.
@pytest.mark.parametrize(
    "case_id,dtype",
    [
        ("windows_pst_odd", torch.float16),
        ("pattern_D", torch.bfloat16),
        ("video_swin3d", torch.float16),
        ("windows_wt2_A", torch.bfloat16),
    ],
    ids=["windows_pst_odd-fp16", "pattern_D-bf16", "video_swin3d-fp16", "windows_wt2_A-bf16"],
)
def test_half_precision_matches_reference(case_id, dtype):
    case = CASE_BY_ID[case_id]
    assert_close_to_reference("triton", case, dtype, device=DEVICE, **TOLERANCES[dtype])


def test_fp16_activations_with_fp32_table():
    # AMP: qkv in fp16, the bias table stays fp32; its gradient comes back fp32
    case = CASE_BY_ID["windows_pst_even"]
    args, kwargs = make_inputs(case, torch.float16, DEVICE)
    qkv, table, index = args
    table = table.float()
    grad_out = torch.randn(qkv.shape[:-1] + (qkv.shape[-1] // 3,), device=DEVICE)
    out, gq, gt = run_op("triton", (qkv, table, index), kwargs, grad_out)
    r_out, r_gq, r_gt = run_op(
        "reference", (qkv.double(), table.double(), index), kwargs, grad_out.double()
    )
    assert out.dtype == torch.float16 and gt.dtype == torch.float32
    torch.testing.assert_close(out.double(), r_out, **TOLERANCES[torch.float16])
    torch.testing.assert_close(gq.double(), r_gq, **TOLERANCES[torch.float16])
    tol = TOLERANCES["amp_float16_table_grad"]
    torch.testing.assert_close(
        gt.double(), r_gt, atol=tol["atol"] * max(1, r_gt.abs().max()), rtol=tol["rtol"]
    )


@pytest.mark.parametrize("case_id", ["video_pst_odd", "windows_wt2_A", "pattern_B", MULTI_BLOCK.id])
def test_grouped_windows_backward(case_id, monkeypatch):
    # small CI shapes give one window per backward program; force the grouped path (several
    # windows per program summing their bias gradient, one plane per group when Ti > 1)
    from tps_kernels.backends.triton import window_attention_bwd as bwd
    from tps_kernels.backends.triton.index import WindowGeometry

    monkeypatch.setattr(bwd, "MIN_PROGRAMS", 1)
    case = {**CASE_BY_ID, MULTI_BLOCK.id: MULTI_BLOCK}[case_id]
    args, _ = make_inputs(case, torch.float32, DEVICE)
    g = WindowGeometry(args[0], case.heads, case.window, case.shift, case.batch, case.frames)
    assert bwd.windows_per_program(g, 1, args[2].shape[0]) > 1
    assert_close_to_reference(
        "triton", case, torch.float32, device=DEVICE, **TOLERANCES[torch.float32]
    )


def test_bias_table_gradient_is_bitwise_deterministic():
    # fixed-order reduction (per-group partials -> planes -> sorted index), no atomics: two
    # backward passes give identical bits (under the interpreter the AOT test also checks
    # the compiled kernels contain no atomic op)
    case = CASE_BY_ID["pattern_center_one"]
    args, kwargs = make_inputs(case, torch.float32, DEVICE, seed=3)
    grad_out = torch.randn(args[0].shape[:-1] + (args[0].shape[-1] // 3,), device=DEVICE)
    _, gq1, gt1 = run_op("triton", args, kwargs, grad_out)
    _, gq2, gt2 = run_op("triton", args, kwargs, grad_out)
    assert torch.equal(gt1, gt2) and torch.equal(gq1, gq2)


def test_fp64_gradcheck_fast_mode():
    case = Case("tiny", "video", 1, 2, 2, 4, 1, 16, (1, 2, 2), (0, 1, 1), "even_2", "relative")
    (qkv, table, index), kwargs = make_inputs(case, torch.float64, DEVICE)

    def fn(q, t):
        return ops.window_attention(q, t, index, backend="triton", **kwargs)

    assert torch.autograd.gradcheck(
        fn,
        (qkv.requires_grad_(), table.requires_grad_()),
        fast_mode=True,
        **TOLERANCES["gradcheck_triton"],
    )


# ---- kv_time_shift: the key / value of channel c read from frame t + d[c] ---------------
# ViT-B/16 at 224 as X-ViT runs it: the windows layout, one window of 197 tokens per frame
# (class token shifted like any token), head_dim 64; few frames and heads for the interpreter
VIT = Case("vit_b16", "windows", 1, 3, 1, 197, 2, 64, (1, 1, 197), (0, 0, 0), None, None)


def _kv_time_shift(case, kind, seed=0):
    """int32 (C,) map: "xvit" (each head: a third of its channels from frame t + 1, a third
    from t - 1, the rest from t) or "mixed" (any offset in (-T, T), per channel)."""
    if kind == "xvit":
        third = case.head_dim // 3
        per_head = [1] * third + [-1] * third + [0] * (case.head_dim - 2 * third)
        return torch.tensor(per_head * case.heads, dtype=torch.int32)
    gen = torch.Generator().manual_seed(seed + 7)
    c = case.heads * case.head_dim
    return torch.randint(1 - case.frames, case.frames, (c,), generator=gen, dtype=torch.int32)


def _run_kv(backend, case, dtype, kv_time_shift, boundary, grad_out, seed=0):
    args, kwargs = make_inputs(case, dtype, DEVICE if backend == "triton" else "cpu", seed)
    if kv_time_shift is not None:
        kwargs.update(kv_time_shift=kv_time_shift.to(args[0].device))
        kwargs.update(kv_time_shift_boundary=boundary)
    return run_op(backend, args, kwargs, grad_out.to(args[0].device))


def _grad_out(case, seed=0):
    args, _ = make_inputs(case)
    shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
    return torch.randn(shape, generator=torch.Generator().manual_seed(seed + 1)).double()


KV_TIME_SHIFT_CASES = [
    # (case, dtype, boundary, map): every layout / option combined with the three boundaries
    ("video_pst_odd", torch.float32, "zero", "xvit"),  # roll + region mask + patch shift
    ("windows_pst_odd", torch.float64, "self", "mixed"),  # explicit mask + patch shift
    ("video_wt2_C", torch.float32, "cyclic", "mixed"),  # wt = 2, temporal roll
    ("windows_wt2_A", torch.float64, "cyclic", "xvit"),  # windows layout, wt = 2
    ("video_swin3d", torch.float16, "self", "mixed"),
    ("pattern_D", torch.bfloat16, "zero", "mixed"),
    (MULTI_BLOCK.id, torch.float32, "self", "mixed"),  # key blocks + the separate dQ kernel
    (VIT.id, torch.float32, "zero", "xvit"),  # N = 197: padded 256, 4 key blocks
]


@pytest.mark.parametrize(
    "case_id,dtype,boundary,kind",
    KV_TIME_SHIFT_CASES,
    ids=[f"{c}-{str(d)[6:]}-{b}-{k}" for c, d, b, k in KV_TIME_SHIFT_CASES],
)
def test_kv_time_shift_matches_reference(case_id, dtype, boundary, kind):
    case = {**CASE_BY_ID, MULTI_BLOCK.id: MULTI_BLOCK, VIT.id: VIT}[case_id]
    d = _kv_time_shift(case, kind)
    grad_out = _grad_out(case)
    want = _run_kv("reference", case, torch.float64, d, boundary, grad_out)
    unshifted = _run_kv("reference", case, torch.float64, None, boundary, grad_out)
    assert not torch.allclose(want[0], unshifted[0])  # the map changes this case's output
    got = _run_kv("triton", case, dtype, d, boundary, grad_out)
    tol = TOLERANCES[dtype]
    for name, g, w in zip(("out", "grad_qkv", "grad_bias_table"), got, want, strict=True):
        if w is None:
            continue
        g = g.to("cpu", torch.float64)
        assert not torch.isnan(g).any(), f"{name} has NaN (unwritten output?)"
        # the table gradient sums over many windows: its tolerance scales with its size
        scale = max(1.0, float(w.abs().max())) if name == "grad_bias_table" else 1.0
        torch.testing.assert_close(g, w, atol=tol["atol"] * scale, rtol=tol["rtol"], msg=name)


@triton.jit
def _kv_index_kernel(
    src_ptr,
    first_ptr,
    second_ptr,
    kv_time_shift_ptr,
    rows,
    T,
    H,
    W,
    st,
    sh,
    sw,
    n_t,
    n_s,
    n_x,
    C: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    BOUNDARY: tl.constexpr,
    BLOCK_R: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    # index.py's kv_source_row / kv_grad_rows of every (row, channel), one program
    geo = (T, H, W, st, sh, sw, n_t, n_s, n_x)
    r = tl.arange(0, BLOCK_R).to(tl.int64)
    c = tl.arange(0, BLOCK_C)
    valid = (r < rows)[:, None] & (c < C)[None, :]
    d = tl.load(kv_time_shift_ptr + c, mask=c < C, other=0)[None, :]
    rr = tl.where(r < rows, r, 0)[:, None]
    src = kv_source_row(rr, d, geo, WT, WH, WW, IS_WINDOWS_LAYOUT, BOUNDARY)
    first, second = kv_grad_rows(rr, d, geo, WT, WH, WW, IS_WINDOWS_LAYOUT, BOUNDARY)
    off = r[:, None] * C + c[None, :]
    tl.store(src_ptr + off, src, mask=valid)
    tl.store(first_ptr + off, first, mask=valid)
    tl.store(second_ptr + off, second, mask=valid)


@pytest.mark.parametrize("boundary", ["zero", "self", "cyclic"])
@pytest.mark.parametrize("layout", ["video", "windows"])
def test_kv_index_math_matches_reference_shift(layout, boundary):
    # the oracle: the reference's kv_time_shift_frames moves row ids (+1, so the zero
    # boundary reads -1); kv_grad_rows must list exactly the rows that read each row, the
    # row of frame t - d first
    b, t, c, window = 2, 4, 8, (2, 2, 1)
    if layout == "video":
        qkv = torch.zeros(b, t, 2, 3, 3 * c, dtype=torch.float64)
        frames_shape = qkv.shape
    else:
        n_windows = b * (t // window[0]) * 3  # 3 spatial windows of 2 x 1
        qkv = torch.zeros(n_windows, window[0] * window[1] * window[2], 3 * c)
        qkv = qkv.double()
    rows = qkv.numel() // (3 * c)
    ids = torch.arange(rows, dtype=torch.float64).reshape(qkv.shape[:-1] + (1,))
    x = torch.cat((torch.zeros_like(qkv[..., :c]), (ids + 1).expand(qkv.shape[:-1] + (2 * c,))), -1)
    d = torch.randint(1 - t, t, (c,), generator=torch.Generator().manual_seed(5))
    d = d.to(torch.int32)
    if layout == "video":
        shifted = reference.kv_time_shift_frames(x, d, boundary)
        assert shifted.shape == frames_shape
    else:
        frames = reference._windows_to_frames(x, b, t, *window)
        shifted = reference._frames_to_windows(
            reference.kv_time_shift_frames(frames, d, boundary), window[0]
        )
    want_src = (shifted.reshape(rows, 3 * c)[:, c : 2 * c] - 1).long()

    g = WindowGeometry(qkv, 1, window, (0, 0, 0), b, t)
    out = [torch.full((rows, c), -7, dtype=torch.int64, device=DEVICE) for _ in range(3)]
    _kv_index_kernel[(1,)](
        *out,
        d.to(DEVICE),
        rows,
        *g.geo(),
        C=c,
        WT=g.wt,
        WH=g.wh,
        WW=g.ww,
        IS_WINDOWS_LAYOUT=g.is_windows_layout,
        BOUNDARY=KV_TIME_SHIFT_BOUNDARIES[boundary],
        BLOCK_R=triton.next_power_of_2(rows),
        BLOCK_C=c,
    )
    src, first, second = (o.cpu() for o in out)
    assert torch.equal(src, want_src)
    for ch in range(c):
        for r in range(rows):
            readers = (want_src[:, ch] == r).nonzero().flatten().tolist()
            got = [v for v in (int(first[r, ch]), int(second[r, ch])) if v >= 0]
            assert sorted(got) == readers, (r, ch)
            if len(got) == 2:
                assert got[1] == r  # the self row comes second


def test_kv_time_shift_of_zeros_is_no_shift_bitwise():
    # d = 0 everywhere: the gather reads each row's own k / v and the adjoint copies the
    # gradients back: the same bits as the path without kv_time_shift
    case = CASE_BY_ID["windows_wt2_A"]
    grad_out = _grad_out(case)
    zeros = torch.zeros(case.heads * case.head_dim, dtype=torch.int32)
    got = _run_kv("triton", case, torch.float32, zeros, "self", grad_out)
    want = _run_kv("triton", case, torch.float32, None, "zero", grad_out)
    for g, w in zip(got, want, strict=True):
        assert torch.equal(g, w)


def test_kv_time_shift_is_bitwise_deterministic():
    # "self" sums two rows' gradients for boundary frames: in a fixed order, no atomics
    case = CASE_BY_ID["windows_wt2_A"]
    d = _kv_time_shift(case, "mixed")
    grad_out = _grad_out(case)
    first = _run_kv("triton", case, torch.float32, d, "self", grad_out)
    second = _run_kv("triton", case, torch.float32, d, "self", grad_out)
    for a, b in zip(first, second, strict=True):
        assert torch.equal(a, b)


def test_kv_time_shift_fp64_gradcheck_fast_mode():
    case = Case("tiny", "video", 1, 3, 2, 4, 1, 16, (1, 2, 2), (0, 1, 1), "even_2", "relative")
    (qkv, table, index), kwargs = make_inputs(case, torch.float64, DEVICE)
    d = _kv_time_shift(case, "mixed").to(DEVICE)

    def fn(q, t):
        return ops.window_attention(
            q, t, index, backend="triton", kv_time_shift=d, kv_time_shift_boundary="self", **kwargs
        )

    assert torch.autograd.gradcheck(
        fn,
        (qkv.requires_grad_(), table.requires_grad_()),
        fast_mode=True,
        **TOLERANCES["gradcheck_triton"],
    )


# ---- patch shift / channel shift ------------------------------------------------------
SHIFT_LAYOUTS = [
    # (shape, frame_shift pattern + window, batch, frames)
    pytest.param((2, 5, 6, 6, 24), ("C", (3, 3)), None, None, id="video_tiled"),
    pytest.param((1, 4, 4, 6, 16), ("D", (4, 6)), None, None, id="video_full_map"),
    pytest.param((2 * 3 * 4, 9, 8), ("C", (3, 3)), 2, 3, id="windows_wt1"),
    pytest.param((1 * 2 * 2, 32, 8), ("A", (4, 4)), 1, 4, id="windows_wt2"),
]


@pytest.mark.parametrize("inverse", [False, True], ids=["fwd", "inverse"])
@pytest.mark.parametrize("shape,pat,batch,frames", SHIFT_LAYOUTS)
def test_patch_shift_matches_reference(shape, pat, batch, frames, inverse):
    x = torch.randn(shape).double()  # fp32-representable: the shift must be exact
    fs = patterns.frame_shift_map(*pat)
    kw = dict(inverse=inverse, batch_size=batch, num_frames=frames)
    xr = x.clone().requires_grad_(True)
    xt = x.to(DEVICE, torch.float32).requires_grad_(True)
    want = ops.patch_shift(xr, fs, backend="reference", **kw)
    got = ops.patch_shift(xt, fs.to(DEVICE), backend="triton", **kw)
    torch.testing.assert_close(got.double().cpu(), want.detach(), atol=0, rtol=0)
    g = torch.randn(shape).double()
    want.backward(g)
    got.backward(g.to(DEVICE, torch.float32))
    torch.testing.assert_close(xt.grad.double().cpu(), xr.grad, atol=0, rtol=0)


@pytest.mark.parametrize("layout", ["video", "windows"])
@pytest.mark.parametrize("heads,head_dim,fold_div", [(3, 32, 8), (2, 16, 4)])
def test_channel_shift_and_adjoint_match_reference(layout, heads, head_dim, fold_div):
    b, t = 2, 5
    c = heads * head_dim
    shape = (b, t, 3, 4, c) if layout == "video" else (b * t * 2, 6, c)
    kw = dict(num_heads=heads, fold_div=fold_div)
    if layout == "windows":
        kw.update(batch_size=b, num_frames=t)
    x = torch.randn(shape).double()  # fp32-representable: the shift must be exact
    xr = x.clone().requires_grad_(True)
    xt = x.to(DEVICE, torch.float32).requires_grad_(True)
    want = ops.channel_shift(xr, backend="reference", **kw)
    got = ops.channel_shift(xt, backend="triton", **kw)
    torch.testing.assert_close(got.double().cpu(), want.detach(), atol=0, rtol=0)
    # the adjoint is not a permutation (boundary frames are read twice): exact sums anyway
    g = torch.randn(shape).double()
    want.backward(g)
    got.backward(g.to(DEVICE, torch.float32))
    torch.testing.assert_close(xt.grad.double().cpu(), xr.grad, **TOLERANCES["shift_grad_float32"])


# ---- registration ---------------------------------------------------------------------
def test_backend_is_listed_and_routes():
    assert tps_kernels.available_backends()["triton"].startswith("ok")
    if DEVICE == "cuda":
        from tps_kernels import _backends

        x = torch.randn(1, 2, 4, 4, 3 * 16, device="cuda")
        if not _backends.status("cuda")[0]:
            assert _backends._auto(x) == "triton"


# opcheck runs every util on every op, test_aot_dispatch_dynamic included: compiled Triton
# traces the launches into the graph (triton_op + wrap_triton), the interpreter's ops are
# opaque custom ops (backends/triton/ops.py); either way the graph computes the values.
TINY = Case("tiny", "video", 1, 2, 4, 4, 1, 16, (1, 2, 2), (0, 1, 1), "even_2", "relative")
TINY_WINDOWS = Case(
    "tiny_windows", "windows", 1, 2, 4, 4, 2, 16, (1, 2, 2), (0, 1, 1), "B", "official", mask=True
)


def _op_args(case, kv_time_shift_boundary=None):
    """Normalized tps_triton::window_attention_fwd arguments of a case (float32), with a mixed
    kv_time_shift map when a boundary is given."""
    (qkv, table, index), kw = make_inputs(case, torch.float32, DEVICE)
    fs = kw["frame_shift"].to(torch.int32)
    b, t = (qkv.shape[0], qkv.shape[1]) if qkv.dim() == 5 else (kw["batch_size"], kw["num_frames"])
    return (
        qkv.requires_grad_(),
        table.requires_grad_(),
        index,
        fs,
        kw.get("mask"),
        case.heads,
        list(case.window),
        list(kw.get("shift", (0, 0, 0))),
        b,
        t,
        case.head_dim**-0.5,
        -100.0,
        None if kv_time_shift_boundary is None else _kv_time_shift(case, "mixed").to(DEVICE),
        kv_time_shift_boundary or "zero",
    )


@pytest.mark.parametrize(
    "case,kv_time_shift_boundary",
    [(TINY, None), (TINY_WINDOWS, None), (TINY, "self")],
    ids=["tiny", "tiny_windows", "tiny-kv_self"],
)
def test_opcheck_window_attention(case, kv_time_shift_boundary):
    args = _op_args(case, kv_time_shift_boundary)
    torch.library.opcheck(torch.ops.tps_triton.window_attention_fwd.default, args)
    plain = [a.detach() if isinstance(a, torch.Tensor) else a for a in args]
    out, lse = torch.ops.tps_triton.window_attention_fwd(*plain)
    grad_out = torch.randn_like(out)
    torch.library.opcheck(
        torch.ops.tps_triton.window_attention_bwd.default,
        (grad_out, plain[0], out, lse, *plain[1:]),
    )


def test_opcheck_shift_ops():
    x = torch.randn(1, 4, 4, 4, 16, device=DEVICE, requires_grad=True)
    xw = torch.randn(1 * 4 * 2, 8, 16, device=DEVICE, requires_grad=True)  # wt = 2, 2x2 map
    fs = patterns.frame_shift_map("B", (2, 2)).to(DEVICE)
    for inverse in (False, True):
        torch.library.opcheck(torch.ops.tps_triton.patch_shift.default, (x, fs, inverse, 1, 4))
        torch.library.opcheck(torch.ops.tps_triton.patch_shift.default, (xw, fs, inverse, 1, 4))
    for backward in (False, True):
        torch.library.opcheck(torch.ops.tps_triton.channel_shift.default, (x, 2, 4, 1, 4, backward))


# torch.compile(fullgraph) == eager, values and gradients: aot_eager under the interpreter
# (the ops are opaque there), inductor on CUDA (the launches are in the graph)
COMPILE_BACKEND = "inductor" if DEVICE == "cuda" else "aot_eager"
# the PST shape in fp16 (AMP, fp32 table) is too slow for the interpreter
PST_SHAPE = tiers.interpreter()


@pytest.mark.parametrize(
    "case,dtype",
    [
        (TINY, torch.float32),
        (TINY_WINDOWS, torch.float32),
        pytest.param(CASE_BY_ID["video_pst_odd"], torch.float16, marks=PST_SHAPE),
    ],
    ids=["tiny-fp32", "tiny_windows-fp32", "video_pst_odd-fp16"],
)
def test_torch_compile_fullgraph_matches_eager(case, dtype):
    (qkv, table, index), kw = make_inputs(case, dtype, DEVICE)
    table = table.float()  # AMP keeps the table in fp32
    fs = patterns.frame_shift_map("B", (2, 2)).to(DEVICE)
    shift_kw = (
        {} if qkv.dim() == 5 else dict(batch_size=kw["batch_size"], num_frames=kw["num_frames"])
    )

    def branch(q, t):
        # the whole chain of a PST block's attention: shifts around the fused attention
        q = ops.patch_shift(q, fs, backend="triton", **shift_kw)
        out = ops.window_attention(q, t, index, backend="triton", **kw)
        return ops.channel_shift(
            out, num_heads=case.heads, fold_div=4, backend="triton", **shift_kw
        )

    compiled = torch.compile(branch, backend=COMPILE_BACKEND, fullgraph=True)
    q1, t1 = qkv.clone().requires_grad_(), table.clone().requires_grad_()
    q2, t2 = qkv.clone().requires_grad_(), table.clone().requires_grad_()
    eager, got = branch(q1, t1), compiled(q2, t2)
    g = torch.randn_like(eager)
    eager.backward(g)
    got.backward(g)
    tol = TOLERANCES[dtype]
    torch.testing.assert_close(got, eager, **tol)
    torch.testing.assert_close(q2.grad, q1.grad, **tol)
    torch.testing.assert_close(t2.grad, t1.grad, **tol)


def test_poisoned_outputs_are_nan_until_written(monkeypatch):
    # the conftest poison is live in this backend: fresh buffers start as NaN
    from tps_kernels.backends.triton.launch import new_output

    monkeypatch.setenv("TPS_POISON_OUTPUTS", "1")
    assert torch.isnan(new_output((4,), torch.zeros(1))).all()


# ---- AOT compile for real GPUs --------------------------------------------------------
def test_aot_compile_pst_kernels_fit_sm80_sm90():
    """Compiles fwd/bwd for the PST config (fp16/bf16, head_dim 32, N=49), Video-Swin
    (N=392) and ViT-B/16 with X-ViT's kv_time_shift (N=197, head_dim 64) for sm_80 and
    sm_90 in a subprocess without the interpreter; a PST or ViT kernel must not spill;
    every kernel must fit the target's shared memory; no atomics in any kernel."""
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    # pst_even is a subset of pst_odd's specialization: `python tools/triton_aot.py` has it
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "triton_aot.py"),
            "--json",
            "--configs",
            "pst_odd,video_swin,vit_kv",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    rows = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {r["arch"] for r in rows} == {80, 90}
    assert {r["config"] for r in rows} >= {"pst", "video_swin", "vit_kv"}
    for r in rows:
        assert r["error"] is None, r
        assert not r["atomics"], f"atomic op in {r['kernel']} ({r['config']}, sm_{r['arch']})"
        assert r["shared"] <= r["shared_limit"], r
        if r["config"] in ("pst", "vit_kv"):
            assert r["spill_stores"] == 0 and r["spill_loads"] == 0, r
            assert r["registers"] <= 255, r
