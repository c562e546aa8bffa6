#!/usr/bin/env python
"""Model-level latency, throughput, peak memory, FLOPs and parameters (the paper's Table 6).

    python benchmarks/latency.py                       # pst_t vs swin2d_t vs video_swin_t
    python benchmarks/latency.py --model pst_t
    python benchmarks/latency.py --compare targets     # the issue's targets, checked
    python benchmarks/latency.py --compare pst_t,pst_t:reference,timm_swin_t --json r.json

Protocol (Table 6 of the paper, measured there on a V100): clips of ``--frames`` x
``--size`` x ``--size`` (32 x 224 x 224), latency = median time of one forward at batch
``--batch`` (1) over ``--iters`` timed iterations after ``--warmup`` untimed ones, throughput =
videos/s at batch ``--throughput-batch`` (4), peak memory of one step at batch ``--batch``,
FLOPs of one forward and parameters. ``--train`` times forward + backward instead.

A model spec is ``name[:backend]``: ``pst_t``, ``pst_b``, ``swin2d_t``, ``video_swin_t``
(window (8, 7, 7)), ``video_swin_t16`` (window (16, 7, 7), the Something-Something config
of Table 6) (tps_kernels.models, with ``--backend`` unless the spec names one) or
``timm_swin_t``: timm's
2D Swin-T (its scaled_dot_product_attention path) run on the clip's T/2 frames as a batch of
images, i.e. the same 16 x 224 x 224 token frames PST-T sees after its (2, 4, 4) patch
embedding (timm's ``fused_attn`` switch is turned on in every block). All models are built
first, then timed in turns (round robin, the order rotating each round) so that a change of
load on a shared machine hits every model alike; rows of the final table are medians, and
ratios against the first model.

Peak memory: CUDA: ``torch.cuda.max_memory_allocated`` over one step after
``reset_peak_memory_stats``. CPU: PyTorch has no CPU allocator statistics, so one extra step
runs under ``torch.profiler`` with ``profile_memory=True``; the peak is the parameters,
buffers and input (live when the step starts) plus the highest running sum of the tensor
allocations and frees the profiler recorded during the step. That is the same quantity as
on CUDA (live tensor bytes at the high-water mark); scratch memory a kernel takes outside
the PyTorch allocator (oneDNN/BLAS workspaces, std::vector) is not included.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import gc
import json
import math
import os
import platform
import statistics
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

# PyTorch's CPU allocator backs large tensors with transparent huge pages when this is set
# (read once, before the first allocation): far fewer page faults on the multi-MB
# activations, for every model alike. --no-thp measures with the default allocator.
if "--no-thp" not in sys.argv[1:]:
    os.environ.setdefault("THP_MEM_ALLOC_ENABLE", "1")

import torch  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, ROOT)

OUR_MODELS = ("pst_t", "pst_b", "swin2d_t", "video_swin_t", "video_swin_t16")
# name -> (tps_kernels.models name, extra kwargs): the paper's Table 6 Video-Swin-T on
# Something-Something is the (16, 7, 7) window variant (106G), the Kinetics one (8, 7, 7) (88G)
_MODEL_KWARGS = {"video_swin_t16": ("video_swin_t", {"window": (16, 7, 7)})}
EXTRA_MODELS = ("timm_swin_t", "pst_t_noattn")
PRESETS = {
    # the paper's Table 6 comparison
    "paper": ["pst_t", "swin2d_t", "video_swin_t"],
    # the targets: PST-T fused vs timm 2D Swin-T, vs the published-style chain, vs
    # our own 2D Swin-T (same backend)
    "targets": ["pst_t", "timm_swin_t", "pst_t:reference", "swin2d_t"],
    # how much of the model time attention still is: PST-T vs the same model with a
    # zero-cost attention core, vs the chain (the best ratio any attention could reach)
    "bound": ["pst_t", "pst_t_noattn", "pst_t:reference"],
}
DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}
# Latency targets of the issue, checked for every pst_t row (fused: backend != reference)
# against (denominator, max ratio, what it means) when the denominator is in the run too.
TARGETS = [
    ("timm_swin_t", 1.00, "PST-T fused vs timm 2D Swin-T (SDPA), same 16 token frames"),
    ("pst_t[reference]", 0.75, "PST-T fused vs the published-style PyTorch chain"),
    ("same-backend swin2d_t", 1.03, "PST-T overhead over our 2D Swin-T (paper: 1.07, V100)"),
]


# --------------------------------------------------------------------------------------
# progress bar (tqdm when installed, else a one-line fallback)

class _SimpleBar:
    def __init__(self, total: int, disable: bool = False):
        self.total, self.n, self.disable, self.desc = total, 0, disable, ""
        self.start = time.perf_counter()

    def set_description(self, desc: str):
        self.desc = desc
        self._draw()

    def update(self, k: int = 1):
        self.n += k
        self._draw()

    def _draw(self):
        if self.disable:
            return
        width = 30
        done = int(width * self.n / max(self.total, 1))
        el = time.perf_counter() - self.start
        sys.stderr.write(f"\r{self.desc[:38]:<38} [{'#' * done}{'.' * (width - done)}] "
                         f"{self.n}/{self.total} {el:5.0f}s")
        sys.stderr.flush()

    def refresh(self):
        self._draw()

    def close(self):
        if not self.disable:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _progress(total: int, disable: bool):
    try:
        from tqdm import tqdm
        return tqdm(total=total, disable=disable, unit="step", dynamic_ncols=True,
                    bar_format="{desc:<36} {bar} {n_fmt}/{total_fmt} [{elapsed}<{remaining}]")
    except ImportError:
        return _SimpleBar(total, disable)


# --------------------------------------------------------------------------------------
# models

@dataclass
class Spec:
    text: str       # as given, e.g. "pst_t:reference"
    name: str       # model name
    backend: str    # backend of our models ("n/a" for timm)

    @property
    def label(self) -> str:
        return self.name if self.name in EXTRA_MODELS else f"{self.name}[{self.backend}]"


def parse_specs(compare: Optional[str], model: Optional[str], backend: str) -> List[Spec]:
    if model and compare:
        raise SystemExit("error: give --model or --compare, not both")
    texts = [model] if model else (PRESETS.get(compare or "paper")
                                   or [t.strip() for t in compare.split(",") if t.strip()])
    specs = []
    for text in texts:
        name, _, be = text.partition(":")
        if name not in OUR_MODELS + EXTRA_MODELS:
            raise SystemExit(f"error: unknown model {name!r}; expected one of "
                             f"{OUR_MODELS + EXTRA_MODELS} (optionally name:backend) or a "
                             f"preset {sorted(PRESETS)}")
        if name in EXTRA_MODELS:
            if be:
                raise SystemExit(f"error: {name} takes no backend, got {text!r}")
            be = "n/a"
        be = be or backend
        if be not in ("n/a", "auto", "reference", "cpu", "triton", "cuda"):
            raise SystemExit(f"error: unknown backend {be!r} in {text!r}")
        spec = Spec(text, name, be)
        if any(s.label == spec.label for s in specs):
            print(f"note: {text!r} is the same model as an earlier spec ({spec.label}); "
                  f"measured once", file=sys.stderr)
            continue
        specs.append(spec)
    return specs


def resolve_backend(backend: str, device: torch.device) -> str:
    """What "auto" means for our models on this device (for the table's labels)."""
    if backend != "auto":
        return backend
    try:
        from tps_kernels import _backends
        return _backends._auto(torch.empty(0, device=device))
    except Exception:  # noqa: BLE001
        return "auto"


class _NoAttention(torch.nn.Module):
    """Diagnostic model `pst_t_noattn`: PST-T whose attention core (qkv -> pre-proj output)
    is a copy of v. Same linears, norms, MLPs, channel shift: its latency is the part a
    faster attention cannot remove, so pst_t_noattn / pst_t[reference] bounds the chain
    ratio from below (not a usable model: its output is meaningless)."""

    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    @staticmethod
    def _copy_of_v(qkv, *args, **kwargs):
        c = qkv.shape[-1] // 3
        return qkv[..., 2 * c:].contiguous()

    def forward(self, x):
        from tps_kernels.nn import window_attention as wa
        real = wa.ops.window_attention
        wa.ops.window_attention = self._copy_of_v
        try:
            return self.model(x)
        finally:
            wa.ops.window_attention = real


def build_model(spec: Spec, frames: int, size: int, num_classes: int
                ) -> Tuple[torch.nn.Module, Callable[[int], Tuple[int, ...]]]:
    """(model, batch -> input shape). Raises with a clear reason when it cannot be built."""
    if spec.name == "timm_swin_t":
        try:
            import timm
        except ImportError as exc:
            raise RuntimeError("timm is not installed (pip install timm)") from exc
        if frames % 2:
            raise RuntimeError(f"timm_swin_t runs frames/2 images per clip; --frames={frames} "
                               f"is odd")
        model = timm.create_model("swin_tiny_patch4_window7_224", pretrained=False,
                                  num_classes=num_classes, img_size=size)
        # timm leaves Swin's fused attention off by default ("experimental"); the comparison
        # is against its F.scaled_dot_product_attention path
        n_fused = 0
        for m in model.modules():
            if hasattr(m, "fused_attn"):
                m.fused_attn = True
                n_fused += 1
        if not n_fused:
            raise RuntimeError(f"timm {timm.__version__}: no attention module with a "
                               f"fused_attn switch found")
        return model, lambda b: (b * (frames // 2), 3, size, size)
    if spec.name == "pst_t_noattn":
        inner, shape = build_model(Spec("pst_t", "pst_t", "auto"), frames, size, num_classes)
        return _NoAttention(inner), shape
    from tps_kernels import models
    if frames % 2:
        raise RuntimeError(f"--frames={frames} must be even (patch embedding stride 2 in time)")
    # num_frames = token frames: sizes the published (official) bias table
    name, extra = _MODEL_KWARGS.get(spec.name, (spec.name, {}))
    model = models.create_model(name, backend=spec.backend, num_classes=num_classes,
                                num_frames=frames // 2, **extra)
    return model, lambda b: (b, 3, frames, size, size)


# --------------------------------------------------------------------------------------
# measurement

class Timer:
    """Wall time of one step: perf_counter on CPU; CUDA events (+ synchronize) on CUDA."""

    def __init__(self, device: torch.device):
        self.cuda = device.type == "cuda"

    def __call__(self, fn: Callable[[], object]) -> float:
        if self.cuda:
            start = torch.cuda.Event(enable_timing=True)
            end = torch.cuda.Event(enable_timing=True)
            torch.cuda.synchronize()
            start.record()
            fn()
            end.record()
            torch.cuda.synchronize()
            return start.elapsed_time(end) / 1e3
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0


def _bytes_of(tensors) -> int:
    seen, total = set(), 0
    for t in tensors:
        if t is None or t.device.type == "meta":
            continue
        key = (t.untyped_storage().data_ptr(), t.device)
        if key not in seen:
            seen.add(key)
            total += t.untyped_storage().nbytes()
    return total


@contextlib.contextmanager
def _native_stderr_silenced():
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def peak_memory(step: Callable[[], object], model: torch.nn.Module, x: torch.Tensor,
                device: torch.device) -> Tuple[int, str]:
    """Peak bytes of live tensors during one step, and how it was measured."""
    live = _bytes_of(list(model.parameters()) + list(model.buffers()) + [x])
    if device.type == "cuda":
        torch.cuda.synchronize()
        # the other models of the run are resident too: count only this one's tensors
        others = torch.cuda.memory_allocated(device) - live
        torch.cuda.reset_peak_memory_stats(device)
        step()
        torch.cuda.synchronize()
        return (torch.cuda.max_memory_allocated(device) - others,
                "torch.cuda.max_memory_allocated (minus the other models' resident tensors)")
    from torch.profiler import ProfilerActivity, profile
    with _native_stderr_silenced():  # Kineto prints start/stop lines from C++
        with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
            step()
    cpu = torch._C._autograd.DeviceType.CPU
    events = [e for e in prof.profiler.kineto_results.events()
              if e.name() == "[memory]" and e.device_type() == cpu]
    cur = high = 0  # running sum of allocations (+) and frees (-) during the step
    for e in sorted(events, key=lambda e: e.start_ns()):
        cur += e.nbytes()
        high = max(high, cur)
    return live + high, "torch.profiler allocation events (params+input+step peak)"


def _median(xs: List[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _quartiles(xs: List[float]) -> Tuple[float, float]:
    if len(xs) < 2:
        return (xs[0], xs[0]) if xs else (float("nan"), float("nan"))
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[2]


@dataclass
class Result:
    spec: str
    label: str
    model: str
    backend: str
    status: str = "ok"
    reason: str = ""
    params_m: float = float("nan")
    gmacs: float = float("nan")            # forward, giga multiply-adds (the paper's "GFLOPs")
    gflops_torch: float = float("nan")     # torch.utils.flop_counter (2 per multiply-add)
    gmacs_fvcore: float = float("nan")     # fvcore (with --fvcore; counts LayerNorm too)
    latency_ms: float = float("nan")       # median at batch
    latency_min_ms: float = float("nan")
    latency_iqr_ms: Tuple[float, float] = (float("nan"), float("nan"))
    latency_samples_ms: List[float] = field(default_factory=list)
    throughput: float = float("nan")       # videos/s at throughput batch
    throughput_samples_ms: List[float] = field(default_factory=list)
    peak_mem_mb: float = float("nan")
    peak_mem_method: str = ""
    gmacs_per_s: float = float("nan")      # achieved rate at batch (2 * GMACs = GFLOP)


def _make_step(model, x, train: bool):
    if train:
        def step():
            out = model(x)
            loss = out.float().logsumexp(-1).mean()  # any scalar touching every logit
            loss.backward()
            for p in model.parameters():
                p.grad = None
        return step

    def step():
        with torch.no_grad():
            model(x)
    return step


class Run:
    """One model under test: built once, then stepped in turns with the other models."""

    def __init__(self, spec: Spec, args, device: torch.device, dtype: torch.dtype):
        self.spec, self.args, self.device, self.dtype = spec, args, device, dtype
        self.res = Result(spec.text, spec.label, spec.name, spec.backend)
        self.model = None
        self.step = None
        self.x = None
        self.done = 0  # progress-bar steps taken

    def fail(self, exc: BaseException):
        # "skipped": this install cannot run it (no timm, backend not built); else "failed"
        unavailable = isinstance(exc, ImportError) or any(
            w in str(exc) for w in ("not available", "not installed", "is odd", "must be even"))
        self.res.status = "skipped" if unavailable else "failed"
        self.res.reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
        if os.environ.get("TPS_BENCH_DEBUG"):
            traceback.print_exc()
        self.model = self.step = self.x = None

    @property
    def ok(self) -> bool:
        return self.res.status == "ok"

    def build(self):
        args = self.args
        model, self.shape_of = build_model(self.spec, args.frames, args.size, args.num_classes)
        model = model.to(device=self.device, dtype=self.dtype)
        model.train(args.train)
        if not args.train:
            for p in model.parameters():
                p.requires_grad_(False)
        self.model = model
        self.res.params_m = sum(p.numel() for p in model.parameters()) / 1e6
        self.gen = torch.Generator().manual_seed(0)
        self.set_batch(args.batch)

    def set_batch(self, batch: int):
        self.x = None
        self.step = None
        gc.collect()
        self.x = torch.randn(self.shape_of(batch), generator=self.gen).to(
            device=self.device, dtype=self.dtype)
        self.step = _make_step(self.model, self.x, self.args.train)

    def count_flops(self):
        """FLOPs of one forward per clip: counted during the first warm-up step when that
        is an inference forward, else by one extra forward. Returns whether it used a warm-up."""
        import tps_kernels.flops as flops
        from torch.utils.flop_counter import FlopCounterMode
        flops.register()
        used_warmup = not self.args.train and self.args.warmup > 0
        with FlopCounterMode(display=False) as counter:
            if used_warmup:
                self.step()
            else:
                with torch.no_grad():
                    self.model(self.x)
        total = counter.get_total_flops() / self.args.batch
        self.res.gflops_torch = total / 1e9
        self.res.gmacs = total / 2e9
        if self.args.fvcore:
            self.res.gmacs_fvcore = fvcore_gmacs(self.model, self.x) / self.args.batch
        return used_warmup


def fvcore_gmacs(model: torch.nn.Module, x: torch.Tensor) -> float:
    """fvcore's count (torch.jit trace of one forward), with our ops' handles."""
    try:
        from fvcore.nn import FlopCountAnalysis
    except ImportError:
        return float("nan")
    import tps_kernels.flops as flops
    with torch.no_grad():
        count = FlopCountAnalysis(model, x).set_op_handle(**flops.fvcore_handles())
        count.unsupported_ops_warnings(False)
        count.uncalled_modules_warnings(False)
        return count.total() / 1e9


def measure_all(specs: List[Spec], args, device: torch.device, dtype: torch.dtype,
                bar) -> List[Result]:
    """Build every model, then time them in turns (round robin, rotating the order) so that
    a load change on a shared machine hits every model alike; medians per model."""
    timer = Timer(device)
    runs = [Run(s, args, device, dtype) for s in specs]

    def guarded(run: Run, desc: str, fn: Callable[[], object], steps: int = 1):
        if not run.ok:
            return None
        bar.set_description(f"{run.spec.label}: {desc}")
        try:
            out = fn()
        except Exception as exc:  # noqa: BLE001 - one model failing must not lose the others
            run.fail(exc)
            out = None
        run.done += steps
        bar.update(steps)
        if not run.ok:  # drop its remaining steps from the bar
            bar.total = max(bar.n, bar.total - (steps_per_model(args) - run.done))
            bar.refresh()
        return out

    def rounds(n: int, desc: str, samples: Callable[[Run], List[float]]):
        gc.collect()
        gc_was = gc.isenabled()
        gc.disable()  # no collector pauses inside timed steps
        try:
            for i in range(n):
                live = [r for r in runs if r.ok]
                k = i % max(len(live), 1)
                for run in live[k:] + live[:k]:
                    t = guarded(run, desc, lambda: timer(run.step))
                    if t is not None:
                        samples(run).append(t * 1e3)
        finally:
            if gc_was:
                gc.enable()

    for run in runs:  # build, FLOPs, warm-up
        guarded(run, "build", run.build, 0)
        warmups = args.warmup
        if not args.no_flops:
            if guarded(run, "flops", run.count_flops):
                warmups -= 1
        for _ in range(warmups):
            guarded(run, "warm-up", lambda: run.step())

    rounds(args.iters, f"latency b{args.batch}", lambda r: r.res.latency_samples_ms)
    for run in runs:
        if run.ok:
            lat = run.res.latency_samples_ms
            run.res.latency_ms = _median(lat)
            run.res.latency_min_ms = min(lat)
            run.res.latency_iqr_ms = _quartiles(lat)
            if not math.isnan(run.res.gmacs):
                run.res.gmacs_per_s = run.res.gmacs * args.batch / (run.res.latency_ms / 1e3)

    if not args.no_memory:
        for run in runs:
            peak = guarded(run, "peak memory",
                           lambda: peak_memory(run.step, run.model, run.x, device))
            if peak is not None:
                run.res.peak_mem_mb = peak[0] / 2**20
                run.res.peak_mem_method = peak[1]

    if args.throughput_batch > 0 and args.throughput_iters > 0:
        for run in runs:
            guarded(run, f"throughput b{args.throughput_batch} warm-up",
                    lambda: (run.set_batch(args.throughput_batch), run.step()))
        rounds(args.throughput_iters, f"throughput b{args.throughput_batch}",
               lambda r: r.res.throughput_samples_ms)
        for run in runs:
            if run.ok:
                med = _median(run.res.throughput_samples_ms)
                run.res.throughput = args.throughput_batch / (med / 1e3)
    for run in runs:
        run.model = run.step = run.x = None
    return [r.res for r in runs]


def steps_per_model(args) -> int:
    """Progress-bar steps of one model (build counts 0)."""
    n = args.warmup + args.iters + (0 if args.no_memory else 1)
    if not args.no_flops and (args.train or args.warmup == 0):
        n += 1  # the FLOP count needs its own forward
    if args.throughput_batch > 0 and args.throughput_iters > 0:
        n += 1 + args.throughput_iters
    return n


# --------------------------------------------------------------------------------------
# reporting

def _loadavg() -> Optional[float]:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def environment(device: torch.device) -> Dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    env = {
        "date_utc": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "host_cpu": cpu,
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "thp_mem_alloc": os.environ.get("THP_MEM_ALLOC_ENABLE") == "1",
        "torch": torch.__version__,
        "python": platform.python_version(),
        "device": str(device),
        # other jobs on the machine skew timings: the 1-minute load average says how busy
        "loadavg_1m_start": _loadavg(),
    }
    if device.type == "cuda":
        env["gpu"] = torch.cuda.get_device_name(device)
        env["cuda"] = torch.version.cuda
    try:
        import timm
        env["timm"] = timm.__version__
    except ImportError:
        env["timm"] = None
    try:
        import tps_kernels
        env["tps_backends"] = tps_kernels.available_backends()
    except Exception as exc:  # noqa: BLE001
        env["tps_backends"] = f"tps_kernels failed to import: {exc}"
    return env


def _fmt(v: float, spec: str) -> str:
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else format(v, spec)


def _ratio(a: float, b: float) -> str:
    if any(isinstance(v, float) and (math.isnan(v) or v == 0) for v in (a, b)):
        return "-"
    return f"{a / b:.2f}x"


def render_table(results: List[Result], args) -> str:
    ok = [r for r in results if r.status == "ok"]
    base = ok[0] if ok else None
    mode = "fwd+bwd" if args.train else "fwd"
    # (header, cell of a result); columns of skipped measurements are left out
    cols = [("model", lambda r: r.label),
            ("params M", lambda r: _fmt(r.params_m, ".1f"))]
    if not args.no_flops:
        cols.append(("GMACs", lambda r: _fmt(r.gmacs, ".1f")))
        if args.fvcore:
            cols.append(("fvcore", lambda r: _fmt(r.gmacs_fvcore, ".1f")))
    cols += [(f"{mode} ms b{args.batch}", lambda r: _fmt(r.latency_ms, ".0f")),
             ("(min)", lambda r: _fmt(r.latency_min_ms, ".0f")),
             ("x", lambda r: _ratio(r.latency_ms, base.latency_ms))]
    if args.throughput_batch > 0 and args.throughput_iters > 0:
        cols += [(f"videos/s b{args.throughput_batch}", lambda r: _fmt(r.throughput, ".3f")),
                 ("x", lambda r: _ratio(r.throughput, base.throughput))]
    if not args.no_memory:
        cols += [("peak MB", lambda r: _fmt(r.peak_mem_mb, ".0f")),
                 ("x", lambda r: _ratio(r.peak_mem_mb, base.peak_mem_mb))]
    head = [c[0] for c in cols]
    rows = [[fn(r) for _, fn in cols] if r.status == "ok" else [r.label, f"{r.status}: {r.reason}"]
            for r in results]
    full = [head] + [r for r in rows if len(r) == len(head)]
    widths = [max(len(row[0]) for row in [head] + rows)] + \
        [max(len(row[i]) for row in full) for i in range(1, len(head))]

    def line(cells):
        return "  ".join(c.rjust(w) if i else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    out = [line(head), line(["-" * w for w in widths])]
    for row in rows:
        out.append(line(row) if len(row) == len(head) else
                   f"{row[0].ljust(widths[0])}  {row[1]}")
    return "\n".join(out)


def check_targets(results: List[Result]) -> List[Dict[str, object]]:
    """The issue's latency targets, for every pair of models present in the run."""
    ok = {r.label: r for r in results if r.status == "ok"}
    checks = []
    for r in ok.values():
        if r.model != "pst_t":
            continue
        fused = r.backend != "reference"
        for den, limit, what in TARGETS:
            if den == "same-backend swin2d_t":
                other = ok.get(f"swin2d_t[{r.backend}]")
            elif not fused:  # the first two targets are about the fused kernels
                continue
            else:
                other = ok.get(den)
            if other is None:
                continue
            ratio = r.latency_ms / other.latency_ms
            checks.append({"numerator": r.label, "denominator": other.label, "ratio": ratio,
                           "limit": limit, "met": ratio <= limit, "what": what})
    return checks


def plot(results: List[Result], path: str, title: str) -> Optional[str]:
    """Bar chart of latency, throughput and peak memory; returns an error message if it can't."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed (pip install matplotlib): --plot skipped"
    ok = [r for r in results if r.status == "ok"]
    if not ok:
        return "no successful model to plot"
    panels = [("latency (ms, lower is better)", [r.latency_ms for r in ok]),
              ("throughput (videos/s, higher is better)", [r.throughput for r in ok]),
              ("peak memory (MB, lower is better)", [r.peak_mem_mb for r in ok])]
    fig, axes = plt.subplots(1, 3, figsize=(4.2 * 3, 3.8))
    labels = [r.label for r in ok]
    for ax, (name, vals) in zip(axes, panels):
        vals = [0.0 if math.isnan(v) else v for v in vals]
        bars = ax.bar(range(len(ok)), vals, color=[f"C{i}" for i in range(len(ok))])
        ax.set_xticks(range(len(ok)))
        ax.set_xticklabels(labels, rotation=25, ha="right", fontsize=8)
        ax.set_title(name, fontsize=9)
        for bar_, v in zip(bars, vals):
            if vals[0] and v:
                ax.annotate(f"{v / vals[0]:.2f}x", (bar_.get_x() + bar_.get_width() / 2, v),
                            ha="center", va="bottom", fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return None


# --------------------------------------------------------------------------------------

def parse_args(argv=None):
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + " See the module docstring for the protocol.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    g = p.add_argument_group("what")
    g.add_argument("--model", help=f"one model spec name[:backend], name in "
                                   f"{OUR_MODELS + EXTRA_MODELS}")
    g.add_argument("--compare", help=f"comma-separated model specs, or a preset "
                                     f"{ {k: ','.join(v) for k, v in PRESETS.items()} } "
                                     f"(default: paper)")
    g.add_argument("--backend", default="auto",
                   choices=["auto", "reference", "cpu", "triton", "cuda"],
                   help="backend of our models when the spec names none")
    g.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    g.add_argument("--dtype", default="fp32", choices=list(DTYPES),
                   help="model and input are cast to it")
    g.add_argument("--train", action="store_true",
                   help="time forward+backward (train mode) instead of inference")
    g = p.add_argument_group("shape and protocol (defaults: the paper's Table 6; on CPU fewer "
                             "iterations so that the default run takes about 2 minutes)")
    g.add_argument("--batch", type=int, default=1, help="batch of the latency/memory steps")
    g.add_argument("--throughput-batch", type=int, default=4,
                   help="batch of the throughput steps (0: skip throughput)")
    g.add_argument("--frames", type=int, default=32, help="input frames per clip")
    g.add_argument("--size", type=int, default=224, help="input height and width")
    g.add_argument("--num-classes", type=int, default=400)
    g.add_argument("--iters", type=int, help="timed latency steps (default: cpu 5, cuda 50)")
    g.add_argument("--warmup", type=int, help="untimed steps first (default: cpu 1, cuda 10)")
    g.add_argument("--throughput-iters", type=int,
                   help="timed throughput steps (default: cpu 2, cuda 20)")
    g.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's)")
    g.add_argument("--no-thp", action="store_true",
                   help="CPU: keep PyTorch's default allocator (the default run sets "
                        "THP_MEM_ALLOC_ENABLE=1, huge pages for large tensors, for all models)")
    g.add_argument("--smoke", action="store_true",
                   help="tiny config for a seconds-long check of the harness "
                        "(frames 4, size 64, 1 iteration, batch 1/2, 10 classes)")
    g = p.add_argument_group("output")
    g.add_argument("--json", metavar="PATH", help="write config, environment and results")
    g.add_argument("--plot", metavar="PATH", help="bar chart (needs matplotlib)")
    g.add_argument("--no-flops", action="store_true", help="skip FLOP counting")
    g.add_argument("--fvcore", action="store_true",
                   help="also count with fvcore (one traced forward per model; needs fvcore)")
    g.add_argument("--no-memory", action="store_true", help="skip the peak memory step")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.device == "cuda" and not torch.cuda.is_available():
        p.error("--device cuda but no CUDA device is visible")
    cuda = args.device == "cuda"
    if args.smoke:
        args.frames, args.size, args.num_classes = 4, 64, 10
        args.iters = 1 if args.iters is None else args.iters
        args.warmup = 0 if args.warmup is None else args.warmup
        args.throughput_iters = 1 if args.throughput_iters is None else args.throughput_iters
        args.throughput_batch = min(args.throughput_batch, 2)
    if args.iters is None:
        args.iters = 50 if cuda else 5
    if args.warmup is None:
        args.warmup = 10 if cuda else 1
    if args.throughput_iters is None:
        args.throughput_iters = 20 if cuda else 2
    for name in ("batch", "iters", "frames", "size", "num_classes"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    for name in ("warmup", "throughput_batch", "throughput_iters"):
        if getattr(args, name) < 0:
            p.error(f"--{name.replace('_', '-')} must be >= 0, got {getattr(args, name)}")
    if args.dtype == "fp16" and not cuda:
        print("note: fp16 on CPU is slow in PyTorch (no fp16 GEMM on most CPUs); bf16 is the "
              "CPU half type", file=sys.stderr)
    return args


def _thp_on() -> bool:
    return os.environ.get("THP_MEM_ALLOC_ENABLE") == "1"


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    dtype = DTYPES[args.dtype]
    backend = resolve_backend(args.backend, device)
    specs = parse_specs(args.compare, args.model, backend)
    env = environment(device)
    mode = "train fwd+bwd" if args.train else "inference fwd"
    print(f"# {mode}, {args.frames}x{args.size}x{args.size} clips, {args.dtype}, {device}"
          f" ({env['host_cpu'] if device.type == 'cpu' else env.get('gpu')}, "
          f"{env['cpu_count']} cores, {env['torch_threads']} torch threads), torch "
          f"{env['torch']}, {env['date_utc']}"
          + (f", THP allocator {'on' if _thp_on() else 'off'}" if device.type == "cpu" else ""))
    print(f"# latency: median of {args.iters} steps at batch {args.batch} after {args.warmup} "
          f"warm-up; throughput: batch {args.throughput_batch}, median of "
          f"{args.throughput_iters}; models: {', '.join(s.label for s in specs)}",
          flush=True)

    bar = _progress(len(specs) * steps_per_model(args), args.no_progress)
    results = measure_all(specs, args, device, dtype, bar)
    bar.close()
    env["loadavg_1m_end"] = _loadavg()

    print()
    print(render_table(results, args))
    if device.type == "cpu" and env["loadavg_1m_start"] is not None:
        busy = max(env["loadavg_1m_start"], env["loadavg_1m_end"] or 0) > env["cpu_count"]
        print(f"\nload average (1 min): {env['loadavg_1m_start']} at start, "
              f"{env['loadavg_1m_end']} at end, {env['cpu_count']} cores"
              + (": other jobs shared the CPU; absolute times are inflated, ratios less so "
                 "(models were timed in turns)" if busy else ""))
    methods = sorted({r.peak_mem_method for r in results if r.peak_mem_method})
    print(f"\nGMACs: forward giga multiply-adds per clip (the paper's \"GFLOPs\"; torch's "
          f"flop_counter counts 2x), fused tps ops counted by tps_kernels.flops. "
          f"x: ratio to the first row. peak MB: {'; '.join(methods) or 'not measured'}.")
    checks = check_targets(results)
    if checks:
        stated = not args.train and args.dtype == "fp32" and args.batch == 1
        print("\ntargets (latency ratios" + ("" if stated else "; the targets are stated for "
                                            "fp32 inference at batch 1, shown for information")
              + "):")
        for c in checks:
            print(f"  {'MET ' if c['met'] else 'MISS'} {c['numerator']} / {c['denominator']} = "
                  f"{c['ratio']:.3f} (target <= {c['limit']:.2f}): {c['what']}")
    ok = {r.label: r for r in results if r.status == "ok"}
    if "pst_t_noattn" in ok and "pst_t[reference]" in ok:
        bound = ok["pst_t_noattn"].latency_ms / ok["pst_t[reference]"].latency_ms
        print(f"\nbound: pst_t_noattn / pst_t[reference] = {bound:.3f}: the chain ratio a "
              f"zero-cost attention core would reach (the rest of the model is shared)")
    if args.json:
        given = sys.argv[1:] if argv is None else list(argv)
        doc = {"command": " ".join(["python benchmarks/latency.py"] + given),
               "config": {k: v for k, v in vars(args).items()},
               "environment": env, "results": [asdict(r) for r in results], "targets": checks}
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2, default=str)
        print(f"\nwrote {args.json}")
    if args.plot:
        err = plot(results, args.plot, f"{mode}, {args.frames}x{args.size}^2, {args.dtype}, "
                                       f"{device}, {env['date_utc']}")
        print(f"\n{err}" if err else f"wrote {args.plot}", file=sys.stderr if err else sys.stdout)
    if not any(r.status == "ok" for r in results):
        print("error: no model could be measured (TPS_BENCH_DEBUG=1 prints tracebacks)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
