#!/usr/bin/env python
"""Model-level latency, throughput, peak memory, FLOPs and parameters (the paper's Table 6).

    python benchmarks/latency.py --model pst_t         # PST-T beside swin2d_t and the chain
    python benchmarks/latency.py                       # the paper: pst_t, swin2d_t, video_swin_t
    python benchmarks/latency.py --compare targets     # the issue's targets, checked
    python benchmarks/latency.py --compare pst_t,pst_t:reference,timm_swin_t --json r.json

Protocol (Table 6 of the paper, measured there on a V100): clips of --frames x --size x
--size (32 x 224 x 224); latency = median time of one forward at --batch (1) over --iters
timed steps after --warmup untimed ones; throughput = videos/s at --throughput-batch (4);
peak memory of one step at --batch (benchmarks/harness.py says how); FLOPs of one forward;
parameters. --train times forward + backward instead.

--dtype bf16 / fp16 is the published AMP (mmaction trains PST with fp16 AMP): float32 weights
and input, torch.autocast around the forward; --cast casts model and input instead (pure
half inference). --dtype fp32,bf16 times both in one run, in turns. --compile wraps every
model in torch.compile (inductor, static shapes) before its warm-up; our models on the
fused backends compile with fullgraph=True (a graph break fails the row); the baselines
without it: timm's Swin, and the published chain (the reference backend turns the frame
shift into Python ints, a data-dependent graph break). The first call at
each batch (compile + one step) is reported as compile_s, apart from the timed steps.
Training steps of our models recompute their LayerNorm / GELU / pad / shift outputs in the
backward (``recompute_cheap``, their default); the published chain (reference backend)
stores them, as the published code does.

A model spec is name[:backend]: a tps_kernels model (pst_t, pst_b, swin2d_t, video_swin_t
with window (8, 7, 7), video_swin_t16 with window (16, 7, 7), the Something-Something
config of Table 6), with --backend unless the spec names one; timm_swin_t: timm's 2D Swin-T
(its scaled_dot_product_attention path, fused_attn on in every block) run on the clip's
T/2 frames as a batch of images, i.e. the same 16 x 224 x 224 token frames PST-T sees after
its (2, 4, 4) patch embedding; pst_t_stts12 / pst_t_stts8: PST-T with STTS temporal token
selection keeping 12 / 8 of 16 token frames (3/4, 1/2 of --frames/2); pst_t_recompute_qkv:
PST-T whose training step recomputes each block's qkv in the backward instead of storing it
(``recompute_qkv``); pst_t_noattn: PST-T whose attention core is a copy of v (a
zero-cost attention; a diagnostic, its output is meaningless). All models are built first,
then timed in turns (round robin, the order rotating each round) so that a change of load
on a shared machine hits every model alike; table rows are medians, ratios are to the
first model.

Attention floor (when an fp32 pst_t_noattn row ran and its FLOPs were counted): the calls
of its attention cores during the counted forward, each at the larger of its GEMM FLOPs (4
N^2 d per window and head forward, 8 N^2 d more backward with --train) at this machine's
torch.mm rate and its bytes (qkv in, out back; backward: qkv, out, dO in, dqkv back) at its
tensor-copy bandwidth, same threads: the least time any attention core could add. The
overhead bound 1 + (floor - noattn's own copy of v at that bandwidth) / noattn is printed
beside the measured PST-T / pst_t_noattn and the target, and stored in the JSON
("attention_floor").
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import os
import sys
import traceback
from dataclasses import asdict, dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

# PyTorch's CPU allocator backs large tensors with transparent huge pages when this is set
# (read once, before the first allocation): far fewer page faults on the multi-MB
# activations, for every model alike. --no-thp measures with the default allocator.
if __name__ == "__main__" and "--no-thp" not in sys.argv[1:]:
    os.environ.setdefault("THP_MEM_ALLOC_ENABLE", "1")

import torch  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, ROOT)

from benchmarks import harness, report  # noqa: E402
from benchmarks.plot import plot  # noqa: E402
from tps_kernels import _backends  # noqa: E402
from tps_kernels import flops as tk_flops  # noqa: E402
from tps_kernels.models import MODELS, model_config  # noqa: E402

# name -> (tps_kernels.models name, extra kwargs): the paper's Table 6 Video-Swin-T on
# Something-Something is the (16, 7, 7) window variant (106G), the Kinetics one (8, 7, 7) (88G)
_MODEL_KWARGS = {
    "video_swin_t16": ("video_swin_t", {"window": (16, 7, 7)}),
    # training: qkv recomputed in the backward instead of stored (a lower peak)
    "pst_t_recompute_qkv": ("pst_t", {"recompute_qkv": True}),
}
# STTS: kept fraction of the token frames (12 / 8 of 16 at the default --frames)
_STTS_KEEP = {"pst_t_stts12": 0.75, "pst_t_stts8": 0.5}
OUR_MODELS = tuple(MODELS) + tuple(_MODEL_KWARGS) + tuple(_STTS_KEEP)
EXTRA_MODELS = ("timm_swin_t", "pst_t_noattn")
BACKENDS = ("auto",) + _backends.BACKENDS
# What `--model X` is shown beside (unless --alone): the paper's 2D baseline of X with the
# same backend, and the published chain of PyTorch ops (X on the reference backend)
BASELINE_2D = {"pst_t": "swin2d_t"}
PRESETS = {
    # the paper's Table 6 comparison
    "paper": ["pst_t", "swin2d_t", "video_swin_t"],
    # the targets of issue #12: PST-T vs its zero-cost-attention bound, vs timm 2D Swin-T,
    # vs the published-style chain (peak memory), vs our 2D Swin-T
    "targets": ["pst_t", "pst_t_noattn", "timm_swin_t", "pst_t:reference", "swin2d_t"],
    # how much of the model time attention still is
    "bound": ["pst_t", "pst_t_noattn", "pst_t:reference"],
    # STTS temporal token selection in front of PST-T (issue #13)
    "stts": ["pst_t", "pst_t_stts12", "pst_t_stts8"],
}
# what a preset adds with --train: PST-T with qkv recomputed (the same as pst_t without
# autograd), for the training-peak target
TRAIN_EXTRA = {"targets": ["pst_t_recompute_qkv"]}
DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}


# --------------------------------------------------------------------------------------
# models


@dataclass
class Spec:
    text: str  # as given, e.g. "pst_t:reference"
    name: str  # model name
    backend: str  # backend of our models ("n/a" for the others)

    @property
    def label(self) -> str:
        return self.name if self.name in EXTRA_MODELS else f"{self.name}[{self.backend}]"


def parse_specs(
    compare: Optional[str],
    model: Optional[str],
    backend: str,
    alone: bool = False,
    train: bool = False,
) -> List[Spec]:
    """Specs to measure: --model (with its baselines unless alone), or --compare (specs or
    a preset, with its TRAIN_EXTRA when train; default the paper's table)."""
    if model and compare:
        raise SystemExit("error: give --model or --compare, not both")
    if model:
        if model in PRESETS:
            raise SystemExit(
                f"error: {model!r} is a preset of --compare (--compare {model}); "
                f"--model takes one model spec"
            )
        texts = [model]
        name, _, be = model.partition(":")
        if not alone and name in OUR_MODELS:
            be = be or backend
            if name in BASELINE_2D:
                texts.append(f"{BASELINE_2D[name]}:{be}")
            texts.append(f"{name}:reference")
    else:
        texts = PRESETS.get(compare or "paper") or [
            t.strip() for t in compare.split(",") if t.strip()
        ]
        if train:
            texts = texts[:1] + TRAIN_EXTRA.get(compare, []) + texts[1:]
    specs = []
    for text in texts:
        name, _, be = text.partition(":")
        if name not in OUR_MODELS + EXTRA_MODELS:
            presets = "" if model else f" or a preset {sorted(PRESETS)}"
            raise SystemExit(
                f"error: unknown model {name!r}; expected one of "
                f"{', '.join(OUR_MODELS + EXTRA_MODELS)} (optionally "
                f"name:backend){presets}"
            )
        if name in EXTRA_MODELS:
            if be:
                raise SystemExit(f"error: {name} takes no backend, got {text!r}")
            be = "n/a"
        be = be or backend
        if be not in ("n/a",) + BACKENDS:
            raise SystemExit(
                f"error: unknown backend {be!r} in {text!r}; expected one of {', '.join(BACKENDS)}"
            )
        spec = Spec(text, name, be)
        if any(s.label == spec.label for s in specs):
            print(
                f"note: {text!r} is the same model as an earlier spec ({spec.label}); "
                f"measured once",
                file=sys.stderr,
            )
            continue
        specs.append(spec)
    return specs


def resolve_backend(backend: str, device: torch.device) -> str:
    """What "auto" means for our models on this device (for the table's labels)."""
    return _backends._auto(device.type) if backend == "auto" else backend


def _copy_of_v(qkv, *args, **kwargs):
    """A zero-cost attention core: out = v (what pst_t_noattn runs instead of the op)."""
    c = qkv.shape[-1] // 3
    return qkv[..., 2 * c :].contiguous()


# --------------------------------------------------------------------------------------
# attention floor: what no attention core can avoid (issue #12's overhead targets)


def attention_work(qkv_shape, window, itemsize: int, train: bool) -> Dict[str, int]:
    """FLOPs and bytes one attention core call cannot avoid, for a qkv of `qkv_shape`
    (..., 3C; padded tokens included, as the op sees them) in windows of N = prod(window)
    tokens. Forward: q k^T and P v, 4 N^2 d per window and head, i.e. 4 N C per token
    whatever the heads (tps_kernels.flops counts the same); it reads qkv (3C per token) and
    writes out (C). Backward (train): dV, dP, dQ, dK, 8 N^2 d (a kernel recomputing q k^T
    from the logsumexp does 2 N^2 d more: not counted); it reads qkv, out and dO (5C) and
    writes dqkv (3C)."""
    fwd = 2 * tk_flops.window_attention_macs(qkv_shape, window)
    c_tokens = math.prod(qkv_shape) // 3  # C per token, times the tokens
    work = {"fwd_flops": fwd, "fwd_bytes": 4 * c_tokens * itemsize}
    if train:
        work.update(bwd_flops=2 * fwd, bwd_bytes=8 * c_tokens * itemsize)
    return work


@contextlib.contextmanager
def recorded_attention(model: torch.nn.Module, train: bool):
    """Yields a list that fills with the attention_work of every attention core call of
    `model`'s TPSWindowAttention modules (the cores still run: the op, or a diagnostic's
    replacement); each module's own core is back in place afterwards."""
    from tps_kernels import ops as tk_ops
    from tps_kernels.nn import TPSWindowAttention

    works: List[Dict[str, object]] = []
    saved = [
        (m, m.__dict__.get("attention_core"))
        for m in model.modules()
        if isinstance(m, TPSWindowAttention)
    ]

    def recorder(core):
        def run(qkv, *args, **kwargs):
            work = attention_work(qkv.shape, kwargs["window"], qkv.element_size(), train)
            works.append({"qkv_shape": list(qkv.shape), "window": list(kwargs["window"]), **work})
            return core(qkv, *args, **kwargs)

        return run

    for m, own in saved:
        m.attention_core = recorder(own or tk_ops.window_attention)
    try:
        yield works
    finally:
        for m, own in saved:
            if own is None:
                del m.attention_core  # back to the class's None
            else:
                m.attention_core = own


def attention_floor(results: Sequence[Result], train: bool, device) -> Optional[Dict]:
    """The least time any attention core could add to PST-T, from the fp32 pst_t_noattn
    row's recorded calls: per call and phase the larger of its GEMM FLOPs at this machine's
    torch.mm rate and its bytes at its copy bandwidth (same threads), summed. The overhead
    bound is PST-T / pst_t_noattn for an attention at that floor: 1 + (floor - the copy
    pst_t_noattn runs instead, at the bandwidth) / pst_t_noattn. Costs both cores share
    (allocating and first touching out, launching) cancel in the ratio and are left out.
    None without such a row."""
    noattn = next(
        (
            r
            for r in results
            if r.model == "pst_t_noattn"
            and r.dtype == "fp32"
            and r.status == "ok"
            and r.attention_work
        ),
        None,
    )
    if noattn is None:
        return None
    # the best of many: on a shared machine the fastest run is the least disturbed one
    rate = harness.gemm_rate(torch.float32, device, reps=15)
    bandwidth = harness.copy_bandwidth(device, reps=15)
    phases = ("fwd", "bwd") if train else ("fwd",)
    works = noattn.attention_work
    flops = sum(w[f"{p}_flops"] for w in works for p in phases)
    nbytes = sum(w[f"{p}_bytes"] for w in works for p in phases)
    floor_s = sum(
        max(w[f"{p}_flops"] / rate, w[f"{p}_bytes"] / bandwidth) for w in works for p in phases
    )
    # pst_t_noattn's copy of v moves half the attention's bytes: v in, out back (2C per
    # token); backward dO in, dqkv back (4C)
    copy_ms = nbytes / 2 / bandwidth * 1e3
    out = {
        "phases": "fwd+bwd" if train else "fwd",
        "attention_calls": len(works),
        "flops": flops,
        "bytes": nbytes,
        "gemm_rate_gflops": rate / 1e9,
        "bandwidth_gbs": bandwidth / 1e9,
        "gemm_floor_ms": flops / rate * 1e3,
        "bytes_floor_ms": nbytes / bandwidth * 1e3,
        "floor_ms": floor_s * 1e3,
        "noattn_copy_floor_ms": copy_ms,
        "noattn_ms": noattn.latency_ms,
        "overhead_bound": 1 + (floor_s * 1e3 - copy_ms) / noattn.latency_ms,
    }
    fused = next(
        (
            r
            for r in results
            if r.model == "pst_t"
            and r.backend != "reference"
            and r.dtype == "fp32"
            and r.status == "ok"
        ),
        None,
    )
    if fused is not None:
        out["overhead_measured"] = fused.latency_ms / noattn.latency_ms
        out["fused_label"] = fused.label
    return out


def build_model(
    spec: Spec, frames: int, size: int, num_classes: int
) -> Tuple[torch.nn.Module, Callable[[int], Tuple[int, ...]]]:
    """(model, batch -> input shape). Raises with a clear reason when it cannot be built."""
    if spec.name == "timm_swin_t":
        try:
            import timm
        except ImportError as exc:
            raise RuntimeError("timm is not installed (pip install timm)") from exc
        if frames % 2:
            raise RuntimeError(
                f"timm_swin_t runs frames/2 images per clip; --frames={frames} is odd"
            )
        # the stochastic depth of our models (published PST-T: 0.1; timm's default is 0), so
        # that --train steps compare like for like
        model = timm.create_model(
            "swin_tiny_patch4_window7_224",
            pretrained=False,
            num_classes=num_classes,
            img_size=size,
            drop_path_rate=model_config("pst_t")["drop_path_rate"],
        )
        # timm leaves Swin's fused attention off by default ("experimental"); the comparison
        # is against its F.scaled_dot_product_attention path
        n_fused = 0
        for m in model.modules():
            if hasattr(m, "fused_attn"):
                m.fused_attn = True
                n_fused += 1
        if not n_fused:
            raise RuntimeError(
                f"timm {timm.__version__}: no attention module with a fused_attn switch found"
            )
        return model, lambda b: (b * (frames // 2), 3, size, size)
    if spec.name == "pst_t_noattn":
        from tps_kernels.nn import TPSWindowAttention

        model, shape = build_model(Spec("pst_t", "pst_t", "auto"), frames, size, num_classes)
        for m in model.modules():
            if isinstance(m, TPSWindowAttention):
                m.attention_core = _copy_of_v
        return model, shape
    from tps_kernels import models

    if frames % 2:
        raise RuntimeError(f"--frames={frames} must be even (patch embedding stride 2 in time)")
    # num_frames = token frames: sizes the published (official) bias table
    name, extra = _MODEL_KWARGS.get(spec.name, (spec.name, {}))
    if spec.name in _STTS_KEEP:
        name, extra = "pst_t", {"select_frames": max(1, int(frames // 2 * _STTS_KEEP[spec.name]))}
    if spec.backend == "reference":
        # the published chain stores what the published code stores for the backward
        extra = dict(extra, recompute_cheap=False)
    model = models.create_model(
        name, backend=spec.backend, num_classes=num_classes, num_frames=frames // 2, **extra
    )
    return model, lambda b: (b, 3, frames, size, size)


# --------------------------------------------------------------------------------------
# measurement


@dataclass
class Result:
    spec: str
    label: str
    model: str
    backend: str
    dtype: str = "fp32"  # autocast dtype (or the cast dtype with --cast)
    status: str = "ok"
    reason: str = ""
    params_m: float = float("nan")
    gmacs: float = float("nan")  # forward, giga multiply-adds (the paper's "GFLOPs")
    gflops_torch: float = float("nan")  # torch.utils.flop_counter (2 per multiply-add)
    gmacs_fvcore: float = float("nan")  # fvcore (with --fvcore; counts LayerNorm too)
    latency_ms: float = float("nan")  # median at batch
    latency_min_ms: float = float("nan")
    latency_q1_ms: float = float("nan")  # quartiles: the IQR of the latency samples
    latency_q3_ms: float = float("nan")
    latency_samples_ms: List[float] = field(default_factory=list)
    throughput: float = float("nan")  # videos/s at throughput batch
    throughput_samples_ms: List[float] = field(default_factory=list)
    peak_mem_mb: float = float("nan")
    peak_mem_method: str = ""
    gmacs_per_s: float = float("nan")  # achieved rate at batch (2 * GMACs = GFLOP)
    fullgraph: Optional[bool] = None  # with --compile: compiled with fullgraph=True
    compile_s: float = float("nan")  # with --compile: first call at each batch, summed
    # attention_work of every attention core call of the counted forward (at batch)
    attention_work: List[Dict[str, object]] = field(default_factory=list)


def _make_step(model, x, train: bool, precision: Callable[[], object]):
    """One timed step; `precision()` is the autocast context (a null one for fp32)."""
    if train:

        def step():
            with precision():
                out = model(x)
            loss = out.float().logsumexp(-1).mean()  # any scalar touching every logit
            loss.backward()
            for p in model.parameters():
                p.grad = None

        return step

    def step():
        with torch.no_grad(), precision():
            model(x)

    return step


class Run:
    """One model under test: built once, then stepped in turns with the other models."""

    def __init__(self, spec: Spec, args, device: torch.device, dtype: str, label: str):
        self.spec, self.args, self.device = spec, args, device
        self.dtype = DTYPES[dtype]
        # --cast: model and input in dtype; else float32 ones under autocast(dtype)
        self.data_dtype = self.dtype if args.cast else torch.float32
        self.amp = None if args.cast else self.dtype
        self.res = Result(spec.text, label, spec.name, spec.backend, dtype)
        self.model = None
        self.eager = None  # the model before torch.compile (FLOP count)
        self.step = None
        self.x = None
        self.done = 0  # progress-bar steps taken

    def fail(self, exc: BaseException):
        # "skipped": this install cannot run it (no timm, backend not built); else "failed"
        unavailable = isinstance(exc, ImportError) or any(
            w in str(exc) for w in ("not available", "not installed", "is odd", "must be even")
        )
        self.res.status = "skipped" if unavailable else "failed"
        self.res.reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        if os.environ.get("TPS_BENCH_DEBUG"):
            traceback.print_exc()
        self.model = self.eager = self.step = self.x = None

    @property
    def ok(self) -> bool:
        return self.res.status == "ok"

    def build(self):
        args = self.args
        model, self.shape_of = build_model(self.spec, args.frames, args.size, args.num_classes)
        model = model.to(device=self.device, dtype=self.data_dtype)
        model.train(args.train)
        if not args.train:
            for p in model.parameters():
                p.requires_grad_(False)
        self.model = self.eager = model
        if args.compile:
            # ours: no graph break allowed; the baselines (timm's Swin, the chain) as they come
            self.res.fullgraph = (
                self.spec.name != "timm_swin_t" and self.spec.backend != "reference"
            )
            self.model = harness.compile_model(
                model, self.res.fullgraph, args.compile_mode, args.compile_backend, args.n_runs
            )
            self.res.compile_s = 0.0
        self.res.params_m = sum(p.numel() for p in model.parameters()) / 1e6
        self.gen = torch.Generator().manual_seed(0)
        self.set_batch(args.batch)

    def set_batch(self, batch: int):
        self.x = None
        self.step = None
        gc.collect()
        self.x = torch.randn(self.shape_of(batch), generator=self.gen).to(
            device=self.device, dtype=self.data_dtype
        )
        self.step = _make_step(
            self.model, self.x, self.args.train, lambda: harness.autocast(self.device, self.amp)
        )

    def first_step(self):
        """The first step at a new batch; compiled: its time (compile + one step) is
        compile time, not a sample."""
        if self.args.compile:
            self.res.compile_s += harness.Timer(self.device)(self.step)
        else:
            self.step()

    def count_flops(self):
        """FLOPs of one forward per clip: counted during the first warm-up step when that
        is an eager inference forward, else by one extra eager forward. Returns whether it
        used a warm-up."""
        from torch.utils.flop_counter import FlopCounterMode

        tk_flops.register()
        used_warmup = not (self.args.train or self.args.compile) and self.args.warmup > 0
        record = recorded_attention(self.eager, self.args.train)
        with FlopCounterMode(display=False) as counter, record as works:
            if used_warmup:
                self.step()
            else:
                with torch.no_grad(), harness.autocast(self.device, self.amp):
                    self.eager(self.x)
        self.res.attention_work = works
        total = counter.get_total_flops() / self.args.batch
        self.res.gflops_torch = total / 1e9
        self.res.gmacs = total / 2e9
        if self.args.fvcore:
            self.res.gmacs_fvcore = fvcore_gmacs(self.eager, self.x) / self.args.batch
        return used_warmup

    def peak_memory(self):
        live = harness.tensor_bytes(
            list(self.model.parameters()) + list(self.model.buffers()) + [self.x]
        )
        return harness.peak_memory(self.step, live, self.device)


def fvcore_gmacs(model: torch.nn.Module, x: torch.Tensor) -> float:
    """fvcore's count (torch.jit trace of one forward), with our ops' handles."""
    try:
        from fvcore.nn import FlopCountAnalysis
    except ImportError:
        return float("nan")
    with torch.no_grad():
        count = FlopCountAnalysis(model, x).set_op_handle(**tk_flops.fvcore_handles())
        count.unsupported_ops_warnings(False)
        count.uncalled_modules_warnings(False)
        return count.total() / 1e9


def measure_all(specs: List[Spec], args, device: torch.device, bar) -> List[Result]:
    """Build every model (in each --dtype), then time them in turns; medians per model."""
    timer = harness.Timer(device)
    many = len(args.dtypes) > 1
    runs = [
        Run(s, args, device, d, f"{s.label} {d}" if many else s.label)
        for s in specs
        for d in args.dtypes
    ]

    def guarded(run: Run, desc: str, fn: Callable[[], object], steps: int = 1):
        if not run.ok:
            return None
        bar.set_description(f"{run.res.label}: {desc}")
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
        by_label = {r.res.label: r for r in runs}
        with harness.no_gc():
            for label in harness.in_turns(list(by_label), n):
                run = by_label[label]
                t = guarded(run, desc, lambda: timer(run.step))
                if t is not None:
                    samples(run).append(t * 1e3)

    for run in runs:  # build, FLOPs, warm-up (the first one compiles with --compile)
        guarded(run, "build", run.build, 0)
        warmups = args.warmup
        if not args.no_flops:
            if guarded(run, "flops", run.count_flops):
                warmups -= 1
        for i in range(warmups):
            first = i == 0 and args.compile
            guarded(run, "compile" if first else "warm-up", run.first_step if first else run.step)

    rounds(args.iters, f"latency b{args.batch}", lambda r: r.res.latency_samples_ms)
    for run in runs:
        if run.ok:
            st = harness.stats_ms([t / 1e3 for t in run.res.latency_samples_ms])
            run.res.latency_ms, run.res.latency_min_ms = st["median"], st["min"]
            run.res.latency_q1_ms, run.res.latency_q3_ms = st["q1"], st["q3"]
            if not math.isnan(run.res.gmacs):
                run.res.gmacs_per_s = run.res.gmacs * args.batch / (run.res.latency_ms / 1e3)

    if not args.no_memory:
        for run in runs:
            peak = guarded(run, "peak memory", run.peak_memory)
            if peak is not None:
                run.res.peak_mem_mb = peak[0] / 2**20
                run.res.peak_mem_method = peak[1]

    if args.throughput_batch > 0 and args.throughput_iters > 0:
        for run in runs:
            guarded(
                run,
                f"throughput b{args.throughput_batch} warm-up",
                lambda: (run.set_batch(args.throughput_batch), run.first_step()),
            )
        rounds(
            args.throughput_iters,
            f"throughput b{args.throughput_batch}",
            lambda r: r.res.throughput_samples_ms,
        )
        for run in runs:
            if run.ok:
                med = harness.stats_ms([t / 1e3 for t in run.res.throughput_samples_ms])
                run.res.throughput = args.throughput_batch / (med["median"] / 1e3)
    for run in runs:
        run.model = run.eager = run.step = run.x = None
    return [r.res for r in runs]


def steps_per_model(args) -> int:
    """Progress-bar steps of one model (build counts 0)."""
    n = args.warmup + args.iters + (0 if args.no_memory else 1)
    if not args.no_flops and (args.train or args.compile or args.warmup == 0):
        n += 1  # the FLOP count needs its own forward
    if args.throughput_batch > 0 and args.throughput_iters > 0:
        n += 1 + args.throughput_iters
    return n


# --------------------------------------------------------------------------------------


def parse_args(argv=None):
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + " See the module docstring for the protocol."
    )
    g = p.add_argument_group("what")
    g.add_argument(
        "--model",
        help=f"one model spec name[:backend], name one of "
        f"{', '.join(OUR_MODELS + EXTRA_MODELS)}; shown beside its "
        f"2D baseline and the published chain unless --alone",
    )
    g.add_argument(
        "--alone",
        action="store_true",
        help="with --model: measure that model only (no baseline rows)",
    )
    g.add_argument(
        "--compare",
        help="comma-separated model specs, or a preset: "
        + "; ".join(f"{k} = {','.join(v)}" for k, v in PRESETS.items())
        + "; with --train, targets adds "
        + ",".join(TRAIN_EXTRA["targets"])
        + " (default: paper)",
    )
    g.add_argument(
        "--backend",
        default="auto",
        choices=BACKENDS,
        help="backend of our models when the spec names none (default: %(default)s)",
    )
    harness.add_device_argument(g)
    g.add_argument(
        "--dtype",
        default="fp32",
        help=f"comma-separated, of {', '.join(DTYPES)}: bf16 / fp16 run the published AMP "
        "(float32 weights and input, torch.autocast around the forward); several are timed "
        "in turns, one row per model and dtype (default: %(default)s)",
    )
    g.add_argument(
        "--cast",
        action="store_true",
        help="cast model and input to --dtype instead of autocast (pure half inference)",
    )
    g.add_argument(
        "--compile",
        action="store_true",
        help="torch.compile every model (inductor, static shapes) before its warm-up; ours "
        "on fused backends with fullgraph=True (a graph break fails the row), timm's and "
        "the reference chain without; the first "
        "call at each batch is reported as compile time",
    )
    g.add_argument(
        "--compile-mode",
        choices=["reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs"],
        help="torch.compile mode (default: torch's default mode)",
    )
    g.add_argument(
        "--compile-backend",
        default="inductor",
        choices=["inductor", "aot_eager"],
        help="torch.compile backend; aot_eager traces (graph breaks, fake tensors) "
        "without code generation, a fast check of the harness (default: %(default)s)",
    )
    g.add_argument(
        "--train",
        action="store_true",
        help="time forward+backward (train mode) instead of inference",
    )
    g = p.add_argument_group(
        "shape and protocol (defaults: the paper's Table 6; on CPU fewer "
        "iterations so that the default run takes a few minutes)"
    )
    g.add_argument(
        "--batch",
        type=int,
        default=1,
        help="batch of the latency/memory steps (default: %(default)s)",
    )
    g.add_argument(
        "--throughput-batch",
        type=int,
        default=4,
        help="batch of the throughput steps, 0 skips throughput (default: %(default)s)",
    )
    g.add_argument(
        "--frames", type=int, default=32, help="input frames per clip (default: %(default)s)"
    )
    g.add_argument(
        "--size", type=int, default=224, help="input height and width (default: %(default)s)"
    )
    g.add_argument(
        "--num-classes", type=int, default=400, help="classifier outputs (default: %(default)s)"
    )
    g.add_argument("--iters", type=int, help="timed latency steps (default: cpu 5, cuda 50)")
    g.add_argument("--warmup", type=int, help="untimed steps first (default: cpu 1, cuda 10)")
    g.add_argument(
        "--throughput-iters", type=int, help="timed throughput steps (default: cpu 2, cuda 20)"
    )
    g.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's)")
    g.add_argument(
        "--no-thp",
        action="store_true",
        help="CPU: keep PyTorch's default allocator (the default run sets "
        "THP_MEM_ALLOC_ENABLE=1, huge pages for large tensors, for all models)",
    )
    harness.add_malloc_argument(g)
    g.add_argument(
        "--smoke",
        action="store_true",
        help="tiny config for a seconds-long check of the harness "
        "(frames 4, size 64, 1 iteration, batch 1/2, 10 classes)",
    )
    g = p.add_argument_group("output")
    g.add_argument(
        "--json",
        metavar="PATH",
        help="write config, environment and results (strict JSON: null for missing values)",
    )
    g.add_argument("--csv", metavar="PATH", help="write one row per model")
    g.add_argument(
        "--plot", metavar="PATH", help="bar chart with IQR error bars and GMACs (needs matplotlib)"
    )
    g.add_argument("--no-flops", action="store_true", help="skip FLOP counting")
    g.add_argument(
        "--fvcore",
        action="store_true",
        help="also count with fvcore (one traced forward per model; needs fvcore)",
    )
    g.add_argument("--no-memory", action="store_true", help="skip the peak memory step")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    if args.alone and not args.model:
        p.error("--alone goes with --model")
    harness.resolve_device(p, args)
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
    if args.compile:  # the first warm-up compiles; one more runs the compiled code
        args.warmup = max(args.warmup, 2)
    if (args.compile_mode or args.compile_backend != "inductor") and not args.compile:
        p.error("--compile-mode and --compile-backend go with --compile")
    args.dtypes = [d.strip() for d in args.dtype.split(",") if d.strip()]
    bad = [d for d in args.dtypes if d not in DTYPES] or (not args.dtypes and [args.dtype])
    if bad or len(set(args.dtypes)) != len(args.dtypes):
        p.error(f"--dtype: expected distinct ones of {', '.join(DTYPES)}, got {args.dtype!r}")
    if args.throughput_iters is None:
        args.throughput_iters = 20 if cuda else 2
    for name in ("batch", "iters", "frames", "size", "num_classes"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    for name in ("warmup", "throughput_batch", "throughput_iters"):
        if getattr(args, name) < 0:
            p.error(f"--{name.replace('_', '-')} must be >= 0, got {getattr(args, name)}")
    if "fp16" in args.dtypes and not cuda:
        print(
            "note: fp16 on CPU is slow in PyTorch (no fp16 GEMM on most CPUs); bf16 is the "
            "CPU half type",
            file=sys.stderr,
        )
    if "bf16" in args.dtypes and not cuda and "avx512bf16" not in harness.supported_isas():
        print(
            "note: this CPU has no bf16 dot products (AVX512-BF16 / AMX): PyTorch's bf16 "
            "linears and convolutions run slower than fp32 ones (timm); our models' layers "
            "take the fp32 kernels on bf16-rounded operands there (tps_kernels.nn.cpu_bf16)",
            file=sys.stderr,
        )
    return args


def precision(args) -> str:
    """How --dtype is applied, for headers: 'fp32', 'bf16 autocast', 'bf16 cast'."""
    how = "cast" if args.cast else "autocast"
    return ", ".join(d if d == "fp32" else f"{d} {how}" for d in args.dtypes)


def compiled(args) -> str:
    if not args.compile:
        return "eager (no torch.compile)"
    mode = args.compile_mode or "default"
    return f"torch.compile {args.compile_backend} {mode} (fused ours fullgraph=True, timm and reference fullgraph=False)"


def main(argv=None) -> int:
    args = parse_args(argv)
    harness.apply_malloc(args.malloc)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    specs = parse_specs(
        args.compare, args.model, resolve_backend(args.backend, device), args.alone, args.train
    )
    args.n_runs = len(specs) * len(args.dtypes)
    env = harness.environment(device)
    mode = "train fwd+bwd" if args.train else "inference fwd"
    print(f"# {harness.header(env)}")
    print(
        f"# {mode}, {args.frames}x{args.size}x{args.size} clips, {precision(args)}, "
        f"{compiled(args)}; latency: "
        f"median of {args.iters} steps at batch {args.batch} after {args.warmup} warm-up; "
        f"throughput: batch {args.throughput_batch}, median of {args.throughput_iters}; "
        f"models: {', '.join(s.label for s in specs)}",
        flush=True,
    )

    bar = harness.progress(args.n_runs * steps_per_model(args), args.no_progress)
    results = measure_all(specs, args, device, bar)
    bar.close()
    env["loadavg_1m_end"] = harness.loadavg()
    floor = attention_floor(results, args.train, device)

    print()
    print(report.render_table(results, args))
    note = harness.load_note(env) if device.type == "cpu" else None
    if note:
        print(f"\n{note}")
    methods = sorted({r.peak_mem_method for r in results if r.peak_mem_method})
    print(
        f"\nGMACs: forward giga multiply-adds per clip (the paper's \"GFLOPs\"; torch's "
        f"flop_counter counts 2x), fused tps ops counted by tps_kernels.flops. IQR: "
        f"quartiles of the latency samples. x: ratio to the first row. peak MB: "
        f"{'; '.join(methods) or 'not measured'}."
    )
    lines = report.summary_lines(results, args, env["tps_cpu_isa"], floor)
    if lines:
        print("\n" + "\n".join(lines))
    checks = (
        report.check_targets(results, args.train, env["tps_cpu_isa"], floor)
        if report.targets_apply(args)
        else []
    )
    if args.json:
        given = sys.argv[1:] if argv is None else list(argv)
        harness.write_json(
            args.json,
            {
                "command": " ".join(["python benchmarks/latency.py"] + given),
                "config": vars(args),
                "environment": env,
                "results": [asdict(r) for r in results],
                "targets": checks,
                "attention_floor": floor,
            },
        )
        print(f"\nwrote {args.json}")
    if args.csv:
        harness.write_csv(args.csv, report.csv_rows(results, env, args))
        print(f"wrote {args.csv}")
    if args.plot:
        where = env["tps_cpu_isa"] if device.type == "cpu" else env.get("gpu")
        err = plot(
            results,
            args.plot,
            f"{mode}, {args.frames}x{args.size}^2, {precision(args)}, {compiled(args)}, "
            f"{device} ({where}), {env['date_utc']}",
        )
        print(f"\n{err}" if err else f"wrote {args.plot}", file=sys.stderr if err else sys.stdout)
    if not any(r.status == "ok" for r in results):
        print(
            "error: no model could be measured (TPS_BENCH_DEBUG=1 prints tracebacks)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
