"""The benchmark scripts (benchmarks/harness.py, latency.py, ops.py) on tiny configs: what
they measure, print and write, not how fast anything is."""

import io
import json
import math
import os
import platform
import subprocess
import sys

import pytest
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import tiers  # noqa: E402
from benchmarks import harness, latency, report  # noqa: E402

AVX512_FLAGS = {"avx2", "fma", "f16c", "bmi2", "avx512f", "avx512bw", "avx512vl", "avx512dq"}


def _strict_load(text):
    """json.loads that rejects NaN / Infinity (not JSON)."""

    def bad(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=bad)


@pytest.fixture
def keep_threads():
    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)  # --threads sets torch's global thread count


# --- harness ------------------------------------------------------------------------------


def test_stats_and_turns():
    st = harness.stats_ms([0.004, 0.001, 0.002, 0.003, 0.005])
    assert st == {"median": 3.0, "min": 1.0, "q1": 2.0, "q3": 4.0}
    assert harness.stats_ms([])["median"] is None
    assert harness.stats_ms([0.002])["q1"] == harness.stats_ms([0.002])["q3"] == 2.0
    # every name once per round, the first one rotating
    assert list(harness.in_turns("abc", 4)) == list("abcbcacababc")


def test_strict_json_and_csv(tmp_path):
    doc = {"a": float("nan"), "b": [1.5, float("inf")], "c": (1, "x"), "d": torch.float32}
    harness.write_json(tmp_path / "r.json", doc)
    assert _strict_load((tmp_path / "r.json").read_text()) == {
        "a": None,
        "b": [1.5, None],
        "c": [1, "x"],
        "d": "torch.float32",
    }
    harness.write_csv(tmp_path / "r.csv", [{"x": 1.0, "y": float("nan")}, {"x": 2, "z": "q"}])
    assert (tmp_path / "r.csv").read_text().splitlines() == ["x,y,z", "1.0,,", "2,,q"]


def test_isa_detection_and_subprocess_environment(monkeypatch):
    assert harness.supported_isas(AVX512_FLAGS) == ["avx512", "avx2", "generic"]
    assert harness.supported_isas({"avx2", "fma"}) == ["generic"]  # AVX2 needs f16c, bmi2 too
    assert harness.supported_isas(AVX512_FLAGS | {"avx512_bf16"})[0] == "avx512bf16"
    monkeypatch.delenv("TPS_CPU_ISA", raising=False)
    assert harness.cpu_isa_in_use(AVX512_FLAGS) == "avx512"
    monkeypatch.setenv("TPS_CPU_ISA", "generic")
    assert harness.cpu_isa_in_use(AVX512_FLAGS) == "generic"
    # avx2 on AVX-512 hardware: torch, MKL and oneDNN held to AVX2 too; not on an AVX2 CPU
    env = harness.isa_environment("avx2", AVX512_FLAGS)
    assert env == {
        "TPS_CPU_ISA": "avx2",
        "ATEN_CPU_CAPABILITY": "avx2",
        "MKL_ENABLE_INSTRUCTIONS": "AVX2",
        "ONEDNN_MAX_CPU_ISA": "AVX2",
    }
    assert harness.isa_environment("avx2", AVX512_FLAGS - {"avx512f"}) == {"TPS_CPU_ISA": "avx2"}
    assert harness.isa_environment("generic", AVX512_FLAGS) == {"TPS_CPU_ISA": "generic"}


def test_environment_header_names_the_kernel_set():
    env = harness.environment(torch.device("cpu"))
    assert env["tps_cpu_isa"] in harness.CPU_ISAS and env["cpu_isas"][-1] == "generic"
    line = harness.header(env)
    assert f"tps CPU kernels {env['tps_cpu_isa']}" in line and env["torch"] in line
    assert f"malloc {env['malloc']}" in line


def test_floor_dtype_is_float32_where_the_cpu_lacks_that_dot_product(monkeypatch):
    cpu, cuda = torch.device("cpu"), torch.device("cuda")
    assert harness.floor_dtype(torch.float32, cpu) == torch.float32
    assert harness.floor_dtype(torch.bfloat16, cuda) == torch.bfloat16
    for native in (True, False):
        has = lambda native=native: native  # noqa: E731
        monkeypatch.setattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", has)
        monkeypatch.setattr(torch.ops.mkldnn, "_is_mkldnn_fp16_supported", has)
        for dtype in (torch.bfloat16, torch.float16):
            assert harness.floor_dtype(dtype, cpu) == (dtype if native else torch.float32)


_REFAULTS = """
import resource, sys, torch
from benchmarks import harness
mode = harness.apply_malloc(sys.argv[1])
for _ in range(10):  # warm-up: the heap settles (small objects split the first freed blocks)
    torch.empty(1 << 24).fill_(1)  # 64 MB, over glibc's mmap threshold
r0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(5):
    torch.empty(1 << 24).fill_(1)
print(mode, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - r0)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_malloc_cache_reuses_freed_blocks_without_page_faults():
    env = {k: v for k, v in os.environ.items() if k != "THP_MEM_ALLOC_ENABLE"}
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    faults = {}
    for mode in ("cache", "default"):
        out = subprocess.run(
            [sys.executable, "-c", _REFAULTS, mode], capture_output=True, text=True, env=env
        )
        assert out.returncode == 0, out.stderr
        got, n = out.stdout.split()
        assert got == mode
        faults[mode] = int(n)
    # default: each 64 MB block is mapped afresh (16384 small pages, or 32 huge ones where THP
    # is always on); cache: the freed block is reused
    assert faults["cache"] < 32 and faults["default"] >= 10 * max(faults["cache"], 16), faults


def test_progress_is_one_line_per_step_without_a_terminal():
    out = io.StringIO()  # not a tty
    bar = harness.progress(3, file=out)
    for i in range(3):
        bar.set_description(f"step {i}")
        bar.update(1)
    bar.close()
    lines = [ln for ln in out.getvalue().split("\n") if ln.strip()]
    assert "\r" not in out.getvalue()
    assert [ln.split()[-2] for ln in lines] == ["0/3", "1/3", "2/3", "3/3"], lines


def test_cpu_peak_memory_is_quiet_and_counts_the_step(capfd):
    n = 1 << 20  # a 4 MiB float32 temporary inside the step

    def step():
        torch.randn(n).sum()

    peak, how = harness.peak_memory(step, live=1000, device=torch.device("cpu"))
    assert peak >= 1000 + 4 * n and "profiler" in how
    captured = capfd.readouterr()
    assert captured.err == "", captured.err  # Kineto's start/stop lines are silenced


# --- latency.py ---------------------------------------------------------------------------


def test_model_is_shown_beside_its_baselines():
    targets = [s.label for s in latency.parse_specs("targets", None, "cpu")]
    train = [s.label for s in latency.parse_specs("targets", None, "cpu", train=True)]
    assert train == targets[:1] + ["pst_t_recompute_qkv[cpu]"] + targets[1:]
    labels = [s.label for s in latency.parse_specs(None, "pst_t", "cpu")]
    assert labels == ["pst_t[cpu]", "swin2d_t[cpu]", "pst_t[reference]"]
    labels = [s.label for s in latency.parse_specs(None, "pst_t:cpu", "reference")]
    assert labels == ["pst_t[cpu]", "swin2d_t[cpu]", "pst_t[reference]"]
    assert [s.label for s in latency.parse_specs(None, "pst_t", "cpu", alone=True)] == [
        "pst_t[cpu]"
    ]
    # the reference model is its own chain: measured once
    assert [s.label for s in latency.parse_specs(None, "video_swin_t", "reference")] == [
        "video_swin_t[reference]"
    ]
    # backends come from tps_kernels' list
    assert set(latency.BACKENDS) == {"auto", "reference", "cpu", "cuda", "triton"}


def test_latency_cli_errors():
    with pytest.raises(SystemExit, match="unknown model"):
        latency.parse_specs("pst_x", None, "cpu")
    with pytest.raises(SystemExit, match="takes no backend"):
        latency.parse_specs("timm_swin_t:cpu", None, "cpu")
    with pytest.raises(SystemExit, match="unknown backend 'gpu'"):
        latency.parse_specs("pst_t:gpu", None, "cpu")
    with pytest.raises(SystemExit, match="is a preset of --compare"):
        latency.parse_specs(None, "paper", "cpu")
    with pytest.raises(SystemExit) as err:  # --model errors do not offer presets
        latency.parse_specs(None, "pst_x", "cpu")
    assert "preset" not in str(err.value)
    with pytest.raises(SystemExit):
        latency.parse_args(["--iters", "0"])
    with pytest.raises(SystemExit):
        latency.parse_args(["--alone"])


def test_help_prints_each_default_once_and_helps_every_option(capsys):
    with pytest.raises(SystemExit):
        latency.parse_args(["--help"])
    text = capsys.readouterr().out
    assert "(default: None)" not in text and "(default: auto) (default" not in text
    parser_lines = " ".join(text.split())
    for opt in ("--num-classes", "--device", "--frames", "--csv", "--alone"):
        assert opt in parser_lines
    # every option line is followed by help text on the same or the next line
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith("--") and len(s.split("  ")) == 1:
            assert lines[i + 1].startswith(" " * 10), f"no help for {s}"


def _res(label, ms, tp, mem, q=(None, None)):
    name, _, be = label.partition("[")
    return latency.Result(
        label,
        label,
        name,
        be.rstrip("]") or "n/a",
        latency_ms=ms,
        latency_min_ms=ms,
        latency_q1_ms=q[0] or ms,
        latency_q3_ms=q[1] or ms,
        throughput=tp,
        peak_mem_mb=mem,
        gmacs=72.1,
        params_m=28.5,
    )


def test_table_ratios_and_targets():
    rows = [
        _res("pst_t[cpu]", 100.0, 8.0, 500.0, (95.0, 110.0)),
        _res("timm_swin_t", 125.0, 6.0, 1000.0),
        _res("pst_t[reference]", 200.0, 4.0, 2000.0),
        _res("pst_t_noattn", 97.0, 8.1, 480.0),
        latency.Result(
            "video_swin_t",
            "video_swin_t[cpu]",
            "video_swin_t",
            "cpu",
            status="skipped",
            reason="RuntimeError: no kernels",
        ),
    ]
    args = latency.parse_args(["--compare", "targets"])
    lines = report.render_table(rows, args).splitlines()
    assert "95-110" in lines[2]  # IQR of pst_t
    assert "1.25x" in lines[3] and "0.75x" in lines[3] and "2.00x" in lines[3]  # timm row
    assert "skipped: RuntimeError: no kernels" in lines[-1]
    checks = {
        (c["numerator"], c["denominator"], c["metric"]): c
        for c in report.check_targets(rows, train=False)
    }
    assert checks[("pst_t[cpu]", "timm_swin_t", "latency_ms")]["met"]  # 0.80 <= 0.9
    assert math.isclose(checks[("pst_t[cpu]", "timm_swin_t", "throughput")]["ratio"], 0.75)
    noattn = checks[("pst_t[cpu]", "pst_t_noattn", "latency_ms")]
    assert not noattn["met"] and math.isclose(noattn["ratio"], 100 / 97)  # 1.031 > 1.02
    assert not any(c[2] == "peak_mem_mb" for c in checks)  # a training-step target
    train = {(c["denominator"], c["metric"]): c for c in report.check_targets(rows, train=True)}
    assert train[("pst_t[reference]", "peak_mem_mb")]["met"]  # 0.25 <= 0.6
    assert train[("pst_t_noattn", "latency_ms")]["limit"] == 1.03
    # PST-T with qkv recomputed is checked beside it
    lean = _res("pst_t_recompute_qkv[cpu]", 104.0, 7.8, 450.0)
    train = {
        (c["numerator"], c["denominator"], c["metric"]): c
        for c in report.check_targets(rows + [lean], train=True)
    }
    peak = train[("pst_t_recompute_qkv[cpu]", "pst_t[reference]", "peak_mem_mb")]
    assert math.isclose(peak["ratio"], 0.225)
    assert ("pst_t_recompute_qkv[cpu]", "pst_t_noattn", "latency_ms") in train
    # verdicts only where the targets are stated (never for a smoke run)
    assert report.targets_apply(args)
    assert any("MISS" in ln for ln in report.summary_lines(rows, args))
    smoke = latency.parse_args(["--compare", "targets", "--smoke"])
    assert not report.targets_apply(smoke)
    assert not any("MET" in ln or "MISS" in ln for ln in report.summary_lines(rows, smoke))
    assert any(
        ln.startswith("bound: pst_t_noattn / pst_t[reference] = 0.485")
        for ln in report.summary_lines(rows, smoke)
    )


def test_noattn_hook_is_per_module(monkeypatch):
    """`pst_t_noattn` replaces the attention core of its own modules only (no process-wide
    patch of tps_kernels.ops)."""
    from tps_kernels.nn import TPSWindowAttention
    from tps_kernels.nn import window_attention as wa

    model, shape = latency.build_model(
        latency.Spec("pst_t_noattn", "pst_t_noattn", "n/a"), frames=2, size=32, num_classes=5
    )
    attn = [m for m in model.modules() if isinstance(m, TPSWindowAttention)]
    assert attn and all(m.attention_core is latency._copy_of_v for m in attn)
    real, calls = wa.ops.window_attention, []
    monkeypatch.setattr(
        wa.ops, "window_attention", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    x = torch.randn(shape(1))
    with torch.no_grad():
        out = model.eval()(x)
        assert out.shape == (1, 5) and not calls  # the op was not called
        plain, _ = latency.build_model(
            latency.Spec("pst_t", "pst_t", "reference"), frames=2, size=32, num_classes=5
        )
        plain.eval()(x)
    assert calls  # other models still call it
    # the core returns v for every token
    qkv = torch.randn(1, 2, 7, 7, 3 * 96)
    assert torch.equal(latency._copy_of_v(qkv, None, None), qkv[..., 192:])


def test_published_chain_stores_what_the_published_code_stores():
    """The chain row (reference backend) keeps every activation; our rows recompute the
    cheap ones (the models' default)."""
    for backend, want in (("reference", False), ("cpu", True)):
        model, _ = latency.build_model(
            latency.Spec("pst_t", "pst_t", backend), frames=2, size=32, num_classes=5
        )
        flags = {m.recompute_cheap for m in model.modules() if hasattr(m, "recompute_cheap")}
        assert flags == {want}, backend


# The --smoke PST-T (4 frames -> 2 token frames, 64 x 64 -> maps 16, 8, 4, 2): per stage
# (blocks, tokens per block as the op sees them, window tokens N, channels C). Stage 1 pads
# 16 x 16 to 21 x 21 (window 7), stage 2 8 x 8 to 14 x 14; stages 3, 4 shrink the window
# to their 4 x 4, 2 x 2 maps.
SMOKE_STAGES = [(2, 2 * 21 * 21, 49, 96), (2, 2 * 14 * 14, 49, 192), (6, 2 * 16, 16, 384)]
SMOKE_STAGES += [(2, 2 * 4, 4, 768)]


def test_attention_floor_counts_the_smoke_pst_t_by_hand():
    """latency.recorded_attention counts the calls the model makes (padding and shrunk
    windows included) as 4 N C FLOPs per token forward (= 4 N^2 d per window and head),
    2x that backward; bytes 4C per token forward (qkv in, out), 8C backward."""
    from tps_kernels.nn import TPSWindowAttention

    for name in ("pst_t", "pst_t_noattn"):
        model, shape = latency.build_model(
            latency.Spec(name, name, "reference" if name == "pst_t" else "n/a"), 4, 64, 10
        )
        x = torch.randn(shape(1))
        with torch.no_grad(), latency.recorded_attention(model, train=True) as works:
            model.eval()(x)
        assert len(works) == sum(blocks for blocks, *_ in SMOKE_STAGES) == 12
        fwd = sum(blocks * 4 * tokens * n * c for blocks, tokens, n, c in SMOKE_STAGES)
        assert fwd == 67_610_112  # hand sum: 33191424 + 29503488 + 4718592 + 196608
        assert sum(w["fwd_flops"] for w in works) == fwd
        assert sum(w["bwd_flops"] for w in works) == 2 * fwd
        c_tokens = sum(blocks * tokens * c for blocks, tokens, _, c in SMOKE_STAGES)
        assert sum(w["fwd_bytes"] for w in works) == 4 * c_tokens * 4  # float32
        assert sum(w["bwd_bytes"] for w in works) == 8 * c_tokens * 4
        # each module's own core is back: the op (class default) or the noattn copy
        cores = {m.attention_core for m in model.modules() if isinstance(m, TPSWindowAttention)}
        assert cores == ({None} if name == "pst_t" else {latency._copy_of_v})
    assert "bwd_flops" not in latency.attention_work((1, 2, 7, 7, 288), (1, 7, 7), 4, False)


def test_floor_verdict_on_the_overhead_target():
    """A target below the overhead bound is called unreachable; one above it is not."""
    rows = [_res("pst_t[cpu]", 103.0, 8.0, 500.0), _res("pst_t_noattn", 100.0, 8.1, 480.0)]
    args = latency.parse_args(["--compare", "bound"])
    for bound, below in ((1.025, True), (1.015, False)):
        floor = dict(FLOOR, overhead_bound=bound)
        (check,) = report.check_targets(rows, train=False, floor=floor)
        assert check["floor_bound"] == bound and check["below_floor"] is below
        lines = report.summary_lines(rows, args, floor=floor)
        target = next(ln for ln in lines if "pst_t_noattn latency_ms" in ln)
        assert ("below the FLOP floor: unreachable on this machine" in target) is below
        floor_line = next(ln for ln in lines if ln.startswith("attention floor (fwd, fp32)"))
        assert ("target <= 1.02 (below the FLOP floor" in floor_line) is below
    # no target verdict off the stated configuration, but the floor is still shown
    smoke = latency.parse_args(["--compare", "bound", "--smoke"])
    (line,) = [ln for ln in report.summary_lines(rows, smoke, floor=FLOOR) if "floor" in ln]
    assert "overhead bound 1.020" in line and "target" not in line


FLOOR = {
    "phases": "fwd",
    "attention_calls": 12,
    "flops": 4.47e9,
    "bytes": 3.6e8,
    "gemm_rate_gflops": 150.0,
    "bandwidth_gbs": 20.0,
    "gemm_floor_ms": 29.8,
    "bytes_floor_ms": 18.0,
    "floor_ms": 31.0,
    "noattn_copy_floor_ms": 5.0,
    "noattn_ms": 1300.0,
    "overhead_bound": 1.020,
    "overhead_measured": 1.03,
    "fused_label": "pst_t[cpu]",
}


def test_latency_end_to_end(tmp_path, monkeypatch, capsys, keep_threads):
    # timm blocked: its row must say why it was skipped, the rest must still run
    monkeypatch.setitem(sys.modules, "timm", None)
    out_json, out_csv = tmp_path / "r.json", tmp_path / "r.csv"
    rc = latency.main(
        [
            "--compare",
            "pst_t:reference,timm_swin_t,swin2d_t:reference,pst_t_noattn",
            "--smoke",
            "--frames",
            "2",
            "--size",
            "32",
            "--no-progress",
            "--threads",
            "1",
            "--json",
            str(out_json),
            "--csv",
            str(out_csv),
        ]
    )
    text = capsys.readouterr().out
    assert rc == 0, text
    doc = _strict_load(out_json.read_text())
    rows = {r["label"]: r for r in doc["results"]}
    assert rows["timm_swin_t"]["status"] == "skipped"
    assert "timm is not installed" in rows["timm_swin_t"]["reason"]
    assert rows["timm_swin_t"]["latency_ms"] is None  # null, not NaN
    for label in ("pst_t[reference]", "swin2d_t[reference]"):
        r = rows[label]
        assert r["status"] == "ok", r
        assert r["latency_ms"] > 0 and r["throughput"] > 0 and r["peak_mem_mb"] > 0
        assert r["latency_q1_ms"] <= r["latency_ms"] <= r["latency_q3_ms"]
        # one token frame of 32 x 32 (padded to 14 x 14 tokens at stage 1): tiny but not 0
        assert 0 < r["gmacs"] < 5 and 27 < r["params_m"] < 29
        # the peak holds at least the weights and the input
        assert r["peak_mem_mb"] * 2**20 >= r["params_m"] * 1e6 * 4
    assert "pst_t[reference]" in text and "timm is not installed" in text
    assert "MISS" not in text and "MET" not in text and doc["targets"] == []  # smoke run
    assert doc["environment"]["cpu_count"] == os.cpu_count()
    assert "tps CPU kernels" in text.splitlines()[0]
    csv_lines = out_csv.read_text().splitlines()
    assert csv_lines[0].startswith("device,tps_cpu_isa,mode") and len(csv_lines) == 5
    # the attention floor of the noattn row's calls, in the strict JSON and printed
    floor = doc["attention_floor"]
    works = rows["pst_t_noattn"]["attention_work"]
    assert len(works) == floor["attention_calls"] == 12
    assert floor["flops"] == sum(w["fwd_flops"] for w in works) > 0
    assert floor["gemm_rate_gflops"] > 0 and floor["bandwidth_gbs"] > 0
    assert floor["floor_ms"] >= max(floor["gemm_floor_ms"], floor["bytes_floor_ms"]) * 0.999
    noattn_ms = rows["pst_t_noattn"]["latency_ms"]
    assert math.isclose(floor["noattn_copy_floor_ms"], floor["bytes_floor_ms"] / 2)
    bound = 1 + (floor["floor_ms"] - floor["noattn_copy_floor_ms"]) / noattn_ms
    assert math.isclose(floor["overhead_bound"], bound)
    assert "overhead_measured" not in floor  # no fused pst_t row in this run
    assert "attention floor (fwd, fp32): 12 attention calls" in text


def _smoke(tmp_path, *extra):
    """latency.main on the --smoke config, one thread; (exit code, stdout, strict JSON doc)."""
    out_json = tmp_path / "r.json"
    argv = ["--smoke", "--no-progress", "--threads", "1", "--json", str(out_json), *extra]
    rc = latency.main(argv)
    return rc, _strict_load(out_json.read_text())


def test_latency_compile_smoke(tmp_path, capsys, keep_threads):
    """--compile: every model compiled before its warm-up, ours with fullgraph=True (on a
    fused backend), timm's without; compile time reported apart from the timed steps.
    aot_eager here (seconds); the inductor run is the extended tier's."""
    pytest.importorskip("timm")
    rc, doc = _smoke(
        tmp_path, "--compare", "pst_t,timm_swin_t", "--compile", "--compile-backend", "aot_eager"
    )
    text = capsys.readouterr().out
    assert rc == 0, text
    assert "torch.compile aot_eager default" in text.splitlines()[1] and "compile s" in text
    assert doc["config"]["compile"] and doc["config"]["warmup"] == 2  # 1 compiles, 1 runs
    rows = {r["model"]: r for r in doc["results"]}
    pst, timm = rows["pst_t"], rows["timm_swin_t"]
    assert pst["status"] == timm["status"] == "ok", (pst["reason"], timm["reason"])
    assert pst["fullgraph"] is (pst["backend"] != "reference") and timm["fullgraph"] is False
    for r in (pst, timm):
        # first call at batch 1 and at the throughput batch 2: compile + one step each
        assert r["compile_s"] > 2 * r["latency_ms"] / 1e3 > 0 and r["gmacs"] > 0


@tiers.extended  # the chain recompiles its rolls per stage and frame shift: ~1 min on 2 cores
def test_latency_compile_reference_chain_without_fullgraph(tmp_path, capsys, keep_threads):
    """The published chain graph-breaks (frame shift to Python ints): compiled without
    fullgraph, within the raised recompile limit (never a silent eager fall back)."""
    args = ["--model", "pst_t:reference", "--alone", "--compile", "--no-memory"]
    rc, doc = _smoke(tmp_path, *args, "--compile-backend", "aot_eager")
    assert rc == 0, capsys.readouterr().out
    (r,) = doc["results"]
    assert r["status"] == "ok" and r["fullgraph"] is False and r["compile_s"] > 0, r["reason"]


@tiers.extended  # inductor C++ codegen of PST-T at two batches: minutes on 2 cores
def test_latency_compile_inductor_smoke(tmp_path, capsys, keep_threads):
    rc, doc = _smoke(tmp_path, "--model", "pst_t", "--alone", "--compile", "--no-memory")
    assert rc == 0, capsys.readouterr().out
    (r,) = doc["results"]
    assert r["status"] == "ok" and r["compile_s"] > 0 and r["latency_ms"] > 0, r["reason"]


def test_latency_autocast_dtypes_in_turns(tmp_path, capsys, keep_threads):
    """--dtype fp32,bf16: one row per model and dtype, bf16 as autocast (fp32 weights)."""
    out_csv = tmp_path / "r.csv"
    rc, doc = _smoke(
        tmp_path, "--model", "pst_t", "--alone", "--dtype", "fp32,bf16", "--csv", str(out_csv)
    )
    text = capsys.readouterr().out
    assert rc == 0, text
    assert "fp32, bf16 autocast, eager" in text.splitlines()[1]
    rows = doc["results"]
    assert [r["dtype"] for r in rows] == ["fp32", "bf16"]
    assert [r["label"].split(" ")[1] for r in rows] == ["fp32", "bf16"]
    assert all(r["status"] == "ok" and r["latency_ms"] > 0 for r in rows), rows
    assert rows[0]["params_m"] == rows[1]["params_m"]
    assert "precision" in out_csv.read_text().splitlines()[0]


def test_latency_precision_and_compile_options(keep_threads):
    with pytest.raises(SystemExit):
        latency.parse_args(["--dtype", "fp8"])
    with pytest.raises(SystemExit):
        latency.parse_args(["--dtype", "bf16,bf16"])
    with pytest.raises(SystemExit):
        latency.parse_args(["--compile-mode", "max-autotune"])  # needs --compile
    args = latency.parse_args(["--dtype", "bf16", "--cast", "--smoke"])
    assert args.dtypes == ["bf16"] and latency.precision(args) == "bf16 cast"
    # --cast: weights and input in bf16, no autocast; default: fp32 ones under autocast
    spec = latency.Spec("pst_t", "pst_t", "reference")
    for cast, want in ((True, torch.bfloat16), (False, torch.float32)):
        args = latency.parse_args(["--dtype", "bf16", "--smoke"] + ["--cast"] * cast)
        args.n_runs = 1
        run = latency.Run(spec, args, torch.device("cpu"), "bf16", "pst_t")
        run.build()
        assert run.x.dtype == want
        assert {p.dtype for p in run.model.parameters()} == {want}


def test_amp_target_by_kernel_set():
    """PST-T bf16 autocast vs its fp32 row: 1.5x faster with AVX512-BF16, never slower
    elsewhere; the model targets compare fp32 rows only."""
    rows = []
    for dtype, ms in (("fp32", 100.0), ("bf16", 80.0)):
        for label, f in (("pst_t[cpu]", 1.0), ("timm_swin_t", 1.25)):
            r = _res(label, ms * f, 8.0, 500.0)
            r.label, r.dtype = f"{label} {dtype}", dtype
            rows.append(r)
    amp = [c for c in report.check_targets(rows, False, "avx2") if "bf16" in c["what"]]
    assert [(c["numerator"], c["denominator"]) for c in amp] == [
        ("pst_t[cpu] bf16", "pst_t[cpu] fp32")
    ]
    assert amp[0]["met"] and math.isclose(amp[0]["ratio"], 0.8) and amp[0]["limit"] == 1.0
    (amp512,) = [c for c in report.check_targets(rows, False, "avx512bf16") if "bf16" in c["what"]]
    assert not amp512["met"] and math.isclose(amp512["limit"], 1 / 1.5)  # 0.8 > 0.667
    timm = [
        c
        for c in report.check_targets(rows, False, "avx2")
        if c["denominator"] != amp[0]["denominator"]
    ]
    assert {(c["numerator"], c["denominator"]) for c in timm} == {
        ("pst_t[cpu] fp32", "timm_swin_t fp32")
    }


def test_stts_rows_keep_fewer_frames_and_cost_fewer_flops(tmp_path, capsys, keep_threads):
    out_json = tmp_path / "r.json"
    rc = latency.main(
        [
            "--compare",
            "pst_t:reference,pst_t_stts8:reference",
            "--smoke",
            "--frames",
            "4",
            "--size",
            "32",
            "--no-progress",
            "--threads",
            "1",
            "--json",
            str(out_json),
        ]
    )
    assert rc == 0, capsys.readouterr().out
    rows = {r["label"]: r for r in _strict_load(out_json.read_text())["results"]}
    full, stts = rows["pst_t[reference]"], rows["pst_t_stts8[reference]"]
    assert full["status"] == stts["status"] == "ok"
    # 1 of 2 token frames kept: the stages after the selector cost half (+ the scorer)
    assert 0.4 < stts["gmacs"] / full["gmacs"] < 0.6
    model, _ = latency.build_model(
        latency.Spec("pst_t_stts12", "pst_t_stts12", "reference"), 32, 32, 10
    )
    assert model.backbone.time_score_predictor[0].topk.k == 12


# --- ops.py -------------------------------------------------------------------------------
from benchmarks import ops as ops_bench  # noqa: E402

OPS_TINY = ["--shapes", "s4", "--frames", "2", "--iters", "1", "--warmup", "0"]


def test_ops_end_to_end(tmp_path, capfd):
    if not ops_bench.fused_backends(torch.device("cpu")):
        pytest.skip("no fused CPU backend built (the compiled extension is missing)")
    out_json, out_csv = tmp_path / "o.json", tmp_path / "o.csv"
    rc = ops_bench.main(
        OPS_TINY + ["--methods", "fused,chain", "--json", str(out_json), "--csv", str(out_csv)]
    )
    text = capfd.readouterr()
    assert rc == 0, text.out
    assert "err vs chain" in text.out and "tps CPU kernels" in text.out
    assert "USDT" not in text.err and "gpuGetDeviceCount" not in text.err  # profiler quiet
    ratio_line = next(ln for ln in text.out.splitlines() if ln.startswith("ratios fused:cpu"))
    assert "fwd_speedup_vs_chain=" in ratio_line and not ratio_line.rstrip().endswith(",")
    (res,) = _strict_load(out_json.read_text())
    fused = res["methods"]["fused:cpu"]
    assert fused["fwd_q1_ms"] <= fused["fwd_ms"] <= fused["fwd_q3_ms"]
    # the floors: 12 N^2 d fwd+bwd (3x the forward's 4 N^2 d), chain / floor per phase
    assert res["flops_fwd_bwd"] == 3 * res["flops_fwd"]
    assert math.isclose(res["floor_fwd_bwd_ms"], 3 * res["floor_fwd_ms"])
    chain = res["methods"]["chain"]
    for phase in ("fwd", "fwd_bwd"):
        best = chain[f"{phase}_ms"] / res[f"floor_{phase}_ms"]
        assert math.isclose(res[f"max_{phase}_speedup_vs_chain"], best)
    assert "a kernel at the floor would be chain / floor = " in text.out
    assert fused["max_abs_err_vs_chain"] < 1e-3 and fused["train_peak_mb"] > 0
    rows = out_csv.read_text().splitlines()
    assert rows[0].startswith("isa,device,shape,dtype,method") and len(rows) == 3
    # without the chain: no `err vs chain` column
    assert ops_bench.main(OPS_TINY + ["--methods", "fused"]) == 0
    assert "err vs chain" not in capfd.readouterr().out


def test_ops_kv_time_shift_shapes(tmp_path, capfd):
    """X-ViT / SCT shapes: the fused op (reference backend here; the compiled ones where
    their kernels exist) against the published-style chain (shift copies + SDPA)."""
    out_json = tmp_path / "kv.json"
    rc = ops_bench.main(
        ["--shapes", "xvit8,sct8", "--backends", "reference", "--methods", "fused,chain"]
        + ["--iters", "1", "--warmup", "0", "--json", str(out_json)]
    )
    text = capfd.readouterr().out
    assert rc == 0, text
    results = _strict_load(out_json.read_text())
    assert [r["shape"] for r in results] == ["xvit8", "sct8"]
    for res in results:
        assert res["N"] == 197 and res["n_windows"] == 8 and res["heads"] == 12
        fused = res["methods"]["fused:reference"]
        assert fused["max_abs_err_vs_chain"] < 1e-4 and fused["fwd_bwd_ms"] > 0
        assert "fwd_bwd_speedup_vs_chain" in res["ratios:fused:reference"]
        assert set(res["methods"]) == {"fused:reference", "chain"}  # no gather_sdpa / flex


def test_ops_errors_are_whole_and_cli_checks():
    msg = "RuntimeError: " + "a long reason " * 40 + "end of the sentence."
    assert ops_bench._error(RuntimeError(msg[14:] + "\n")).endswith("end of the sentence.")
    for bad in (
        ["--shapes", "s9"],
        ["--backends", "fast"],
        ["--methods", "fast"],
        ["--isa", "sse9"],
        ["--isa", "avx2", "--device", "cuda"],
    ):
        with pytest.raises(SystemExit):
            ops_bench.parse_args(bad)


def test_ops_isa_runs_each_kernel_set_in_a_subprocess(monkeypatch, capfd, tmp_path):
    if not ops_bench.fused_backends(torch.device("cpu")):
        pytest.skip("no fused CPU backend built (the compiled extension is missing)")
    # the parent believes the CPU has no SIMD at all: avx2 is skipped with a clear line;
    # generic runs in a child process with TPS_CPU_ISA=generic
    monkeypatch.setattr(harness, "cpu_flags", lambda: frozenset())
    out = tmp_path / "o.json"
    rc = ops_bench.main(
        OPS_TINY + ["--methods", "fused", "--isa", "avx2,generic", "--json", str(out)]
    )
    text = capfd.readouterr().out
    assert rc == 0, text
    assert "skip --isa avx2: this CPU lacks avx2, fma, f16c, bmi2" in text
    assert "tps CPU kernels generic" in text
    (res,) = _strict_load(out.read_text())
    assert res["isa"] == "generic" and res["env"]["tps_cpu_isa"] == "generic"
    assert res["methods"]["fused:cpu"]["fwd_ms"] > 0


# --- tools/gpu_check.sh (its GPU steps cannot run here: the logic around them can) ------

GPU_CHECK = os.path.join(ROOT, "tools", "gpu_check.sh")


def _gpu_check(*args):
    env = {**os.environ, "PYTHON": sys.executable}
    return subprocess.run(
        ["bash", GPU_CHECK, *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_gpu_check_dry_run_lists_every_tier():
    proc = _gpu_check("--dry-run", "--out", "somewhere")
    assert proc.returncode == 0, proc.stderr
    names = [ln.split()[0] for ln in proc.stdout.splitlines()[1:]]
    assert names == [
        "build",
        "backends",
        "test-cuda",
        "test-triton",
        "test-models-gpu",
        "opcheck-cuda",
        "ops",
        "latency-paper",
        "latency-targets",
        "latency-train",
        "summary",
    ]
    assert "TPS_BUILD_CUDA=1" in proc.stdout and "TPS_EXPECT_CUDA_KERNELS=1" in proc.stdout
    assert "ops.py --device cuda" in proc.stdout
    assert "latency.py --device cuda --compare paper" in proc.stdout
    assert "somewhere/ops.json" in proc.stdout
    assert "build " not in _gpu_check("--dry-run", "--skip-build").stdout
    assert _gpu_check("--no-such-flag").returncode == 2
    # on a lent machine: a wall-clock budget for the steps, and one file to carry back
    timed = _gpu_check("--dry-run", "--out", "o", "--deadline", "540", "--archive", "o.tgz")
    assert timed.returncode == 0 and "tar czf o.tgz o" in timed.stdout
    assert "--deadline 540 s" in timed.stdout
    usage = _gpu_check("--help").stdout  # the header comment, and nothing after it
    assert "--deadline SECONDS" in usage and usage.rstrip().endswith("no CUDA device visible.")
    bad = _gpu_check("--dry-run", "--deadline", "9m")
    assert bad.returncode == 2 and "--deadline takes whole seconds" in bad.stderr


@pytest.mark.skipif(torch.cuda.is_available(), reason="a CUDA device is visible here")
def test_gpu_check_without_a_gpu_says_so(tmp_path):
    proc = _gpu_check("--out", str(tmp_path / "out"))
    assert proc.returncode == 3 and "no CUDA device visible" in proc.stderr
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_gpu_summary_fails_on_any_failed_step_or_test(tmp_path):
    summary = os.path.join(ROOT, "tools", "gpu_summary.py")
    (tmp_path / "steps.tsv").write_text("build\t0\t200\ntest-cuda\t0\t30\nops\t0\t60\n")
    (tmp_path / "test-cuda.xml").write_text(
        '<testsuites><testsuite tests="12" failures="0" errors="0" skipped="1"/></testsuites>'
    )
    ops_doc = [
        {
            "shape": "s1",
            "dtype": "bfloat16",
            "methods": {"fused:cuda": {"fwd_ms": 0.5, "fwd_bwd_ms": 1.5}},
            "ratios:fused:cuda": {"fwd_speedup_vs_chain": 12.0, "fwd_speedup_vs_flex": 1.5},
        }
    ]
    (tmp_path / "ops.json").write_text(json.dumps(ops_doc))

    def run():
        return subprocess.run(
            [sys.executable, summary, str(tmp_path)], capture_output=True, text=True, timeout=60
        )

    ok = run()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    text = (tmp_path / "summary.txt").read_text()
    assert text.startswith("gpu_check: all passed")
    assert "12 tests, 0 failed, 1 skipped" in text and "chain 12.00x, flex 1.50x" in text
    doc = _strict_load((tmp_path / "gpu_check.json").read_text())
    assert doc["failed_steps"] == [] and doc["ops"] == ops_doc
    # a test mismatch (exit 0 is not enough: the JUnit counts are read too) fails the run
    (tmp_path / "test-cuda.xml").write_text(
        '<testsuite tests="12" failures="1" errors="0" skipped="0"/>'
    )
    bad = run()
    assert bad.returncode == 1 and "FAILED: test-cuda" in (tmp_path / "summary.txt").read_text()
    (tmp_path / "steps.tsv").write_text("build\t2\t10\n")
    assert run().returncode == 1
    (tmp_path / "steps.tsv").write_text("build\t0\t10\nops\t124\t0\n")  # --deadline cut ops
    assert run().returncode == 1
    assert "ops              exit 124" in (tmp_path / "summary.txt").read_text()
    assert "(cut or not run: --deadline)" in (tmp_path / "summary.txt").read_text()
