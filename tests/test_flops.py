"""FLOP counting of the fused ops (tps_kernels.flops). The benchmark scripts' tests are in
tests/test_benchmarks.py."""

import pytest
import torch
from torch.utils.flop_counter import FlopCounterMode

import tiers
import tps_kernels
import tps_kernels.flops as flops
from cases import CASE_BY_ID, make_inputs

# both layouts, temporal window 2, patch shift, mask, Video-Swin 3D
FLOP_CASES = [
    CASE_BY_ID[i]
    for i in ("video_pst_odd", "windows_pst_odd", "video_wt2_C", "windows_wt2_A", "video_swin3d")
]


def _fused_backends():
    return [tiers.backend_param(name) for name in ("cpu", "cuda", "triton")]


def _counts(backend, case, backward):
    """(torch flop count of the op alone, of op + backward) for one contract case."""
    dev = "cuda" if backend == "cuda" else "cpu"
    args, kwargs = make_inputs(case, dtype=torch.float32, device=dev)
    qkv = args[0].detach().requires_grad_(backward)
    with FlopCounterMode(display=False) as counter:
        out = tps_kernels.window_attention(qkv, *args[1:], **{**kwargs, "backend": backend})
        if backward:
            out.backward(torch.ones_like(out))
    return counter.get_total_flops()


@pytest.mark.parametrize("case", FLOP_CASES, ids=lambda c: c.id)
def test_formula_matches_reference_chain(case):
    # the reference chain is counted by torch itself (its matmuls): the formula must agree,
    # forward and forward + backward (backward = 2x forward)
    args, _ = make_inputs(case, dtype=torch.float32)
    fwd = 2 * flops.window_attention_macs(args[0].shape, case.window)
    assert fwd > 0
    assert _counts("reference", case, backward=False) == fwd
    assert _counts("reference", case, backward=True) == 3 * fwd


@pytest.mark.parametrize("backend", _fused_backends())
def test_fused_op_counted_like_reference(backend):
    # without the registered formula a fused op counts 0 FLOPs; the Triton interpreter is
    # slow on CPU, so it gets one case
    assert flops.register(), "no fused op is registered although a backend is available"
    cases = (
        FLOP_CASES[:1] if backend == "triton" and not torch.cuda.is_available() else FLOP_CASES[:3]
    )
    for case in cases:
        for backward in (False, True):
            assert _counts(backend, case, backward) == _counts("reference", case, backward) > 0


def test_formula_units_and_errors():
    # PST-T stage 1: 16 x 56 x 56 tokens, window 49, C = 96 -> 2 * 50176 * 49 * 96 MACs
    assert flops.window_attention_macs((1, 16, 56, 56, 288), (1, 7, 7)) == 2 * 50176 * 49 * 96
    assert (
        flops.window_attention_fwd_flop((1, 16, 56, 56, 288), None, None, None, None, 3, [1, 7, 7])
        == 4 * 50176 * 49 * 96
    )
    with pytest.raises(ValueError, match="3 \\* C"):
        flops.window_attention_macs((4, 49, 100), (1, 7, 7))
    with pytest.raises(ValueError, match="kind"):
        flops.register_op("tps", "window_attention_fwd", "sideways")
    assert not flops.register_op("tps_no_such_namespace", "window_attention_fwd", "fwd")


def test_sdpa_cpu_is_counted():
    # torch counts the CUDA SDPA kernels but not the CPU one; timm's Swin (the comparison
    # model) runs it, so flops.register() adds torch's own SDPA formula for it
    flops.register()
    q = torch.randn(2, 3, 49, 32)
    mask = torch.zeros(49, 49)
    with FlopCounterMode(display=False) as counter:
        torch.nn.functional.scaled_dot_product_attention(q, q, q, attn_mask=mask)
    assert counter.get_total_flops() == 4 * 2 * 3 * 49 * 49 * 32


def test_fvcore_handles():
    fvcore = pytest.importorskip("fvcore.nn", reason="fvcore not installed")
    handles = flops.fvcore_handles()
    assert (
        "tps::window_attention_fwd" in handles and "aten::scaled_dot_product_attention" in handles
    )

    class Attn(torch.nn.Module):
        def forward(self, q, k, v):
            return torch.nn.functional.scaled_dot_product_attention(q, k, v)

    q = torch.randn(2, 3, 49, 32)
    count = fvcore.FlopCountAnalysis(Attn(), (q, q, q)).set_op_handle(**handles)
    count.unsupported_ops_warnings(False)
    assert count.total() == 2 * 3 * 49 * 49 * 64  # multiply-adds: q k^T and p v


@pytest.mark.parametrize("backend", [p for p in _fused_backends() if p.values[0] == "cpu"])
def test_fvcore_counts_fused_model_like_reference(backend):
    # fvcore traces the model with torch.jit: the fused op must count what the chain counts
    fvcore = pytest.importorskip("fvcore.nn", reason="fvcore not installed")
    models = pytest.importorskip("tps_kernels.models", reason="models not available")
    x = torch.randn(1, 3, 2, 32, 32)
    totals = {}
    for be in ("reference", backend):
        torch.manual_seed(0)
        model = models.create_model("pst_t", backend=be, num_frames=1).eval()
        with torch.no_grad():
            count = fvcore.FlopCountAnalysis(model, x).set_op_handle(**flops.fvcore_handles())
            count.unsupported_ops_warnings(False)
            count.uncalled_modules_warnings(False)
            totals[be] = count.total()
            ops_seen = set(count.by_operator())
        if be != "reference":
            assert "window_attention_fwd" in ops_seen, ops_seen
    assert totals[backend] == totals["reference"] > 0


def test_pst_t_one_frame_reproduces_paper_flops():
    # The paper's 72G for PST-T on 32 x 224 x 224 is 16 token frames; every token frame
    # costs the same, so 16 x (one token frame) must give 72.07 giga multiply-adds.
    models = pytest.importorskip("tps_kernels.models", reason="models not available")
    model = models.create_model("pst_t", backend="reference", num_frames=1).eval()
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        model(torch.randn(1, 3, 2, 224, 224))
    gmacs = 16 * counter.get_total_flops() / 2e9
    assert abs(gmacs - 72.07) < 0.05, gmacs
