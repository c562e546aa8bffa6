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


def _op_args(case):
    """Normalized tps_triton::window_attention_fwd arguments of a case (float32)."""
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
        None,
        "zero",
    )


@pytest.mark.parametrize("case", [TINY, TINY_WINDOWS], ids=lambda c: c.id)
def test_opcheck_window_attention(case):
    args = _op_args(case)
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
    """Compiles fwd/bwd for the PST config (fp16/bf16, head_dim 32, N=49) and Video-Swin
    (N=392) for sm_80 and sm_90 in a subprocess without the interpreter; a PST kernel must
    not spill and must fit the target's shared memory; no atomics in any kernel."""
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    # pst_even is a subset of pst_odd's specialization: `python tools/triton_aot.py` has it
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "triton_aot.py"),
            "--json",
            "--configs",
            "pst_odd,video_swin",
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
    assert {r["config"] for r in rows} >= {"pst", "video_swin"}
    for r in rows:
        assert r["error"] is None, r
        assert not r["atomics"], f"atomic op in {r['kernel']} ({r['config']}, sm_{r['arch']})"
        assert r["shared"] <= r["shared_limit"], r
        if r["config"] == "pst":
            assert r["spill_stores"] == 0 and r["spill_loads"] == 0, r
            assert r["registers"] <= 255, r
