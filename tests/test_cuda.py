"""CUDA C++ backend (csrc/cuda): equivalence with the float64 reference on a CUDA device
(forward, gradients, determinism, poisoned outputs via conftest), plus checks that need no
GPU: the extension registers CUDA kernels for every tps:: op when it was built with CUDA.

Without a CUDA device the device tests skip with the reason. What still runs in CI without
one: the shared index header (CPU backend tests, csrc/cpp_test/main.cpp) and the CUDA
kernels' own source executed on CPU by csrc/cpp_test/cuda_emulation_test.cpp (CMake/ctest),
plus the out-of-place CUDA build check (tools/cuda_build_check.py).
"""

import os
import subprocess
import sys

import pytest
import torch

import tiers
from cases import (
    CASE_BY_ID,
    CASES,
    LARGE_CASES,
    TOLERANCES,
    assert_close_to_reference,
    make_inputs,
    run_op,
)
from tps_kernels import _extension, _flags, ops, patterns

OPS = ("window_attention_fwd", "window_attention_bwd", "patch_shift", "channel_shift")

needs_cuda = tiers.needs_backend("cuda")

DTYPES = [torch.float32, torch.float16, torch.bfloat16, torch.float64]


# ----------------------------------------------------------------------------- no GPU needed


def test_cuda_kernels_registered_for_every_op():
    """If the loaded extension has any CUDA kernel, it must have all four (a partial
    build would silently fall back). TPS_EXPECT_CUDA_KERNELS=1 (CI on a CUDA build)
    makes their presence mandatory."""
    expect = _flags.expect_cuda_kernels()
    if not _extension.loaded():
        if expect:
            pytest.fail(
                f"TPS_EXPECT_CUDA_KERNELS=1 but the extension is not loaded: "
                f"{_extension.LOAD_ERROR}"
            )
        pytest.skip(f"compiled extension not loaded: {_extension.LOAD_ERROR}")
    have = {op: _extension.has_kernel(op, "CUDA") for op in OPS}
    if not any(have.values()) and not expect:
        pytest.skip(
            "extension built without CUDA kernels (CPU-only build); set "
            "TPS_EXPECT_CUDA_KERNELS=1 to require them"
        )
    missing = [op for op, ok in have.items() if not ok]
    assert not missing, f"tps:: ops without a CUDA kernel: {missing}"


_CHECK_SNIPPET = r"""
import sys, torch
torch.ops.load_library(sys.argv[1])
ops = sys.argv[2:]
missing = [op for op in ops
           if not torch._C._dispatch_has_kernel_for_dispatch_key("tps::" + op, "CUDA")]
cpu_missing = [op for op in ops
               if not torch._C._dispatch_has_kernel_for_dispatch_key("tps::" + op, "CPU")]
print("missing CUDA:", missing, "missing CPU:", cpu_missing)
sys.exit(1 if missing or cpu_missing else 0)
"""


def test_out_of_place_cuda_build_registers_every_op():
    """TPS_CUDA_EXT=<path to a CUDA build of _C*.so> (CI builds one out of place, so the
    in-place CPU build stays): load it in a fresh process and check CUDA + CPU kernels."""
    path = _flags.cuda_ext_path()
    if not path:
        pytest.skip(
            "TPS_CUDA_EXT not set (path of an out-of-place CUDA build of _C*.so; "
            "see tools/cuda_build_check.py)"
        )
    assert os.path.isfile(path), f"TPS_CUDA_EXT={path} does not exist"
    res = subprocess.run(
        [sys.executable, "-c", _CHECK_SNIPPET, path, *OPS],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stdout + res.stderr


# ------------------------------------------------------------------------- on a CUDA device


@needs_cuda
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).split(".")[-1])
@pytest.mark.parametrize("case", CASES + LARGE_CASES, ids=lambda c: c.id)
def test_matches_reference(case, dtype):
    assert_close_to_reference("cuda", case, dtype, device="cuda", **TOLERANCES[dtype])


@needs_cuda
@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16], ids=["float16", "bfloat16"])
@pytest.mark.parametrize("case_id", ["video_pst_odd", "windows_pst_even", "head_dim_64"])
def test_generic_forward_without_tensor_cores(case_id, dtype, monkeypatch):
    """The PST-shaped fp16/bf16 forward normally takes the WMMA kernel; the generic kernel
    must agree with the reference too (TPS_CUDA_TENSOR_CORES=0 is read per call)."""
    monkeypatch.setenv("TPS_CUDA_TENSOR_CORES", "0")
    case = CASE_BY_ID[case_id]
    assert_close_to_reference("cuda", case, dtype, device="cuda", **TOLERANCES[dtype])


@needs_cuda
@pytest.mark.parametrize("case_id", ["video_pst_odd", "windows_wt2_A", "head_dim_64"])
def test_deterministic(case_id):
    """Bitwise-identical outputs and gradients (incl. the bias table) across runs."""
    case = CASE_BY_ID[case_id]
    args, kwargs = make_inputs(case, torch.float32, "cuda")
    g = torch.Generator().manual_seed(3)
    out_shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
    grad_out = torch.randn(out_shape, generator=g).cuda()
    first = run_op("cuda", args, kwargs, grad_out)
    for _ in range(2):
        again = run_op("cuda", args, kwargs, grad_out)
        for a, b in zip(first, again):
            if a is not None:
                assert torch.equal(a, b), f"{case_id}: run-to-run difference"


@needs_cuda
def test_gradcheck_float64():
    case = CASE_BY_ID["pattern_D"]
    (qkv, table, index), kwargs = make_inputs(case, torch.float64, "cuda")
    qkv.requires_grad_(True)
    table.requires_grad_(True)
    fn = lambda q, t: ops.window_attention(q, t, index, backend="cuda", **kwargs)  # noqa: E731
    assert torch.autograd.gradcheck(
        fn, (qkv, table), fast_mode=True, **TOLERANCES["gradcheck_cuda"]
    )


@needs_cuda
@pytest.mark.parametrize("dtype", [torch.float32, torch.float16], ids=["float32", "float16"])
@pytest.mark.parametrize("layout", ["video", "windows"])
def test_shift_ops_match_reference(layout, dtype):
    gen = torch.Generator().manual_seed(0)
    fs = patterns.frame_shift_map("C", (7, 7))
    if layout == "video":
        x = torch.randn(2, 5, 14, 7, 24, generator=gen, dtype=torch.float64)
        kw = {}
    else:
        x = torch.randn(2 * 5 * 2, 49, 24, generator=gen, dtype=torch.float64)
        kw = dict(batch_size=2, num_frames=5)
    for op, extra in (
        (ops.patch_shift, dict(frame_shift=fs)),
        (ops.patch_shift, dict(frame_shift=fs, inverse=True)),
        (ops.channel_shift, dict(num_heads=3)),
    ):
        want_x = x.clone().requires_grad_(True)
        want = op(want_x, backend="reference", **extra, **kw)
        g = torch.randn(want.shape, generator=gen, dtype=torch.float64)
        want.backward(g)
        got_x = x.to("cuda", dtype).requires_grad_(True)
        got = op(got_x, backend="cuda", **extra, **kw)
        got.backward(g.to("cuda", dtype))
        # pure data movement (+ at most two-term sums in channel_shift's backward)
        tol = dict(atol=0, rtol=0) if dtype == torch.float32 else TOLERANCES["shift_float16"]
        torch.testing.assert_close(got.double().cpu(), want.to(dtype).double().detach(), **tol)
        torch.testing.assert_close(got_x.grad.double().cpu(), want_x.grad.to(dtype).double(), **tol)


@needs_cuda
def test_clear_errors():
    case = CASE_BY_ID["video_pst_even"]
    (qkv, table, index), kwargs = make_inputs(case, torch.float32, "cuda")
    with pytest.raises(ValueError, match="backend 'cuda' needs CUDA tensors"):
        ops.window_attention(qkv.cpu(), table.cpu(), index.cpu(), backend="cuda", **kwargs)
    big = torch.randn(1, 2, 7, 7, 3 * 256, device="cuda")
    with pytest.raises(RuntimeError, match="head_dim=256"):
        ops.window_attention(big, num_heads=1, window=(1, 7, 7), backend="cuda")
