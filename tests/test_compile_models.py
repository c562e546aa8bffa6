"""The whole PST-T under torch.compile(fullgraph=True) and under CPU autocast, at the size of
`benchmarks/latency.py --smoke` (4 x 64 x 64 clips, 2 token frames, all 4 stages): what
`latency.py --compile` and `--dtype bf16` run (issue #12)."""

from __future__ import annotations

import pytest
import torch
from torch._dynamo.testing import CompileCounterWithBackend

import tiers
from cases import TOLERANCES
from tps_kernels import models, ops
from tps_kernels.nn import TPSWindowAttention

SMOKE_CLIP = (1, 3, 4, 64, 64)  # latency.py --smoke: frames 4, size 64


def _backends():
    return [pytest.param("reference"), tiers.backend_param("cpu")]


def _pst_t(backend, **kwargs):
    torch.manual_seed(0)
    model = models.create_model(
        "pst_t", backend=backend, num_classes=10, num_frames=2, **kwargs
    ).eval()
    x = torch.randn(SMOKE_CLIP, generator=torch.Generator().manual_seed(1))
    return model, x


def _compiled_matches_eager(backend, compiler, dtype=None, **kwargs):
    """One graph (fullgraph=True and one Dynamo frame), forward and input gradient equal to
    eager; under autocast(dtype) when given."""
    model, x = _pst_t(backend, **kwargs)
    counter = CompileCounterWithBackend(compiler)
    compiled = torch.compile(model, backend=counter, fullgraph=True, dynamic=False)
    amp = torch.autocast("cpu", dtype=dtype) if dtype else torch.autocast("cpu", enabled=False)
    outs = []
    for m in (model, compiled):
        xx = x.clone().requires_grad_(True)
        with amp:
            y = m(xx)
        (gx,) = torch.autograd.grad(y.float().square().sum(), xx)
        outs.append((y, gx))
    assert counter.frame_count == 1  # no graph break, no recompile
    (want, gx_want), (got, gx) = outs
    assert got.dtype == want.dtype == (dtype or torch.float32)
    # the same math, fused differently: float32 rounding differences only
    tol = TOLERANCES["float32_same"] if dtype is None else TOLERANCES["autocast_model"][dtype]
    torch.testing.assert_close(got.float(), want.float(), **tol)
    torch.testing.assert_close(
        gx, gx_want, **TOLERANCES["float32_same" if dtype is None else "model_float32_grad"]
    )


@pytest.mark.parametrize("backend", [tiers.backend_param("cpu")])
def test_pst_t_compiles_fullgraph(backend):
    """Dynamo + AOTAutograd (fake tensors, the fused ops' meta functions) over the whole
    model, forward and backward: what inductor is given (the inductor codegen itself is
    the extended test below). The reference backend, the published chain, is no candidate:
    it turns the frame shift into Python ints (torch.unique(...).tolist()), a graph break."""
    _compiled_matches_eager(backend, "aot_eager")


@pytest.mark.parametrize("backend", [tiers.backend_param("cpu")])
def test_pst_t_compiles_fullgraph_under_autocast(backend):
    _compiled_matches_eager(backend, "aot_eager", torch.bfloat16)


@pytest.mark.parametrize("backend", [tiers.backend_param("cpu")])
def test_pst_t_recompute_qkv_compiles_fullgraph(backend):
    """recompute_qkv's selective checkpoint (the fused op's outputs kept) traces as one graph
    too."""
    _compiled_matches_eager(backend, "aot_eager", recompute_qkv=True)


@tiers.extended  # inductor C++ codegen of the whole model, forward + backward: ~2 min on 2 cores
@pytest.mark.parametrize("backend", [tiers.backend_param("cpu")])
def test_pst_t_compiles_fullgraph_inductor(backend):
    _compiled_matches_eager(backend, "inductor")


@pytest.mark.parametrize("backend", _backends())
def test_pst_t_autocast_bf16_close_to_fp32(backend):
    """The published AMP: float32 weights, autocast around the forward. The fused op gets
    the qkv linear's bfloat16 output and the float32 bias table (cast to bfloat16 by the op),
    and returns bfloat16."""
    model, x = _pst_t(backend)
    seen = []

    def core(qkv, table, *args, **kwargs):  # the fused op, recording what it sees
        out = ops.window_attention(qkv, table, *args, **kwargs)
        seen.append((qkv.dtype, table.dtype, out.dtype))
        return out

    for m in model.modules():
        if isinstance(m, TPSWindowAttention):
            m.attention_core = core
    with torch.no_grad():
        want = model.backbone(x)  # LayerNorm-ed features, O(1) values
        seen.clear()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            got = model.backbone(x)
            logits = model(x)
    assert len(seen) == 2 * 12  # 12 blocks, two forwards
    assert set(seen) == {(torch.bfloat16, torch.float32, torch.bfloat16)}
    assert got.dtype == logits.dtype == torch.bfloat16
    assert all(p.dtype == torch.float32 for p in model.parameters())  # weights stay fp32
    tol = TOLERANCES["autocast_model"][torch.bfloat16]
    torch.testing.assert_close(got.float(), want, **tol)
    # bf16 rounding is unbiased: the mean error is far below the worst element's
    assert (got.float() - want).abs().mean() < tol["atol"] / 4
