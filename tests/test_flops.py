"""FLOP counting of the fused ops (tps_kernels.flops) and an end-to-end run of
benchmarks/latency.py on a tiny config."""
import importlib.util
import json
import math
import os
import sys

import pytest
import torch
from torch.utils.flop_counter import FlopCounterMode

import tps_kernels
import tps_kernels.flops as flops
from cases import CASES, make_inputs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BY_ID = {c.id: c for c in CASES}
# both layouts, temporal window 2, patch shift, mask, Video-Swin 3D
FLOP_CASES = [BY_ID[i] for i in ("video_pst_odd", "windows_pst_odd", "video_wt2_C",
                                 "windows_wt2_A", "video_swin3d")]


def _fused_backends():
    out = []
    for name in ("cpu", "cuda", "triton"):
        ok, why = tps_kernels._backends.status(name)
        if name == "triton" and ok and not torch.cuda.is_available() \
                and os.environ.get("TRITON_INTERPRET") != "1":
            ok, why = False, "no CUDA device and TRITON_INTERPRET is not 1"
        out.append(pytest.param(name, marks=() if ok else pytest.mark.skip(
            reason=f"backend {name} unavailable here: {why}")))
    return out


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
    cases = FLOP_CASES[:1] if backend == "triton" and not torch.cuda.is_available() \
        else FLOP_CASES[:3]
    for case in cases:
        for backward in (False, True):
            assert _counts(backend, case, backward) == _counts("reference", case, backward) > 0


def test_formula_units_and_errors():
    # PST-T stage 1: 16 x 56 x 56 tokens, window 49, C = 96 -> 2 * 50176 * 49 * 96 MACs
    assert flops.window_attention_macs((1, 16, 56, 56, 288), (1, 7, 7)) == 2 * 50176 * 49 * 96
    assert flops.window_attention_fwd_flop((1, 16, 56, 56, 288), None, None, None, None, 3,
                                           [1, 7, 7]) == 4 * 50176 * 49 * 96
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
    assert "tps::window_attention_fwd" in handles and "aten::scaled_dot_product_attention" \
        in handles

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


# --- benchmarks/latency.py ---------------------------------------------------------------

def _latency_module():
    spec = importlib.util.spec_from_file_location("tps_bench_latency",
                                                  os.path.join(ROOT, "benchmarks", "latency.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_latency_end_to_end(tmp_path, monkeypatch, capsys):
    pytest.importorskip("tps_kernels.models", reason="models not available")
    latency = _latency_module()
    # timm blocked: its row must say why it was skipped, the rest must still run
    monkeypatch.setitem(sys.modules, "timm", None)
    out_json = tmp_path / "r.json"
    threads = torch.get_num_threads()
    try:
        rc = latency.main(["--compare", "pst_t:reference,timm_swin_t,swin2d_t:reference",
                           "--smoke", "--frames", "2", "--size", "32", "--no-progress",
                           "--threads", "1", "--json", str(out_json)])
    finally:  # --threads sets torch's global thread count: give the other tests theirs back
        torch.set_num_threads(threads)
    text = capsys.readouterr().out
    assert rc == 0, text
    doc = json.loads(out_json.read_text())
    rows = {r["label"]: r for r in doc["results"]}
    assert rows["timm_swin_t"]["status"] == "skipped"
    assert "timm is not installed" in rows["timm_swin_t"]["reason"]
    for label in ("pst_t[reference]", "swin2d_t[reference]"):
        r = rows[label]
        assert r["status"] == "ok", r
        assert r["latency_ms"] > 0 and r["throughput"] > 0 and r["peak_mem_mb"] > 0
        # one token frame of 32 x 32 (padded to 14 x 14 tokens at stage 1): tiny but not 0
        assert 0 < r["gmacs"] < 5 and 27 < r["params_m"] < 29
        # the peak holds at least the weights and the input
        assert r["peak_mem_mb"] * 2**20 >= r["params_m"] * 1e6 * 4
    assert "pst_t[reference]" in text and "timm is not installed" in text
    targets = {(t["numerator"], t["denominator"]) for t in doc["targets"]}
    assert ("pst_t[reference]", "swin2d_t[reference]") in targets
    assert doc["environment"]["cpu_count"] == os.cpu_count()


def test_latency_table_ratios_and_targets():
    latency = _latency_module()
    R = latency.Result

    def res(label, ms, tp, mem):
        name, _, be = label.partition("[")
        return R(label, label, name, be.rstrip("]") or "n/a", latency_ms=ms,
                 latency_min_ms=ms, throughput=tp, peak_mem_mb=mem, gmacs=72.1, params_m=28.5)

    rows = [res("pst_t[cpu]", 100.0, 8.0, 500.0), res("timm_swin_t", 125.0, 6.0, 1000.0),
            res("pst_t[reference]", 200.0, 4.0, 2000.0), res("swin2d_t[cpu]", 95.0, 8.2, 480.0),
            R("video_swin_t", "video_swin_t[cpu]", "video_swin_t", "cpu", status="skipped",
              reason="RuntimeError: no kernels")]
    args = latency.parse_args(["--compare", "targets"])
    table = latency.render_table(rows, args)
    lines = table.splitlines()
    assert "1.25x" in lines[3] and "0.75x" in lines[3] and "2.00x" in lines[3]  # timm row
    assert "skipped: RuntimeError: no kernels" in lines[-1]
    checks = {(c["numerator"], c["denominator"]): c for c in
              latency.check_targets(rows)}
    assert checks[("pst_t[cpu]", "timm_swin_t")]["met"]               # 0.80 <= 1.0
    assert checks[("pst_t[cpu]", "pst_t[reference]")]["met"]          # 0.50 <= 0.75
    assert not checks[("pst_t[cpu]", "swin2d_t[cpu]")]["met"]         # 1.053 > 1.03
    assert math.isclose(checks[("pst_t[cpu]", "swin2d_t[cpu]")]["ratio"], 100 / 95)


def test_latency_cli_errors():
    latency = _latency_module()
    with pytest.raises(SystemExit, match="unknown model"):
        latency.parse_specs("pst_x", None, "cpu")
    with pytest.raises(SystemExit, match="takes no backend"):
        latency.parse_specs("timm_swin_t:cpu", None, "cpu")
    with pytest.raises(SystemExit):
        latency.parse_args(["--iters", "0"])


def test_noattn_diagnostic_model_restores_the_op():
    """`pst_t_noattn` (the --compare bound preset) swaps the attention core for a copy of v
    only during its own forward."""
    latency = _latency_module()
    from tps_kernels.nn import window_attention as wa
    real = wa.ops.window_attention
    model, shape = latency.build_model(latency.Spec("pst_t_noattn", "pst_t_noattn", "n/a"),
                                       frames=2, size=32, num_classes=5)
    calls = []
    wa.ops.window_attention = lambda *a, **k: calls.append(1) or real(*a, **k)
    try:
        with torch.no_grad():
            out = model.eval()(torch.randn(shape(1)))
        assert out.shape == (1, 5) and not calls         # the attention op was not called
        patched = wa.ops.window_attention
        with torch.no_grad():
            model.model(torch.randn(shape(1)))            # the inner model calls it
        assert calls and wa.ops.window_attention is patched
    finally:
        wa.ops.window_attention = real
