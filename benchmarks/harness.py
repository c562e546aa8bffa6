"""Measurement pieces shared by benchmarks/latency.py and benchmarks/ops.py: the step timer,
peak memory of one step, the environment header (CPU, ISA and kernel set in use, load),
medians / IQR, timing in turns, a tqdm progress bar, strict JSON and CSV output.

Report and plot code lives in benchmarks/report.py and benchmarks/plot.py.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime as _dt
import json
import math
import os
import platform
import statistics
import sys
import time
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import torch
from tqdm import tqdm

from tps_kernels import _flags

# --------------------------------------------------------------------------------------
# CPU ISA: which kernel set csrc/cpu picks (csrc/cpu/window_attention.cpp select_kernels:
# the best one this CPU has, unless TPS_CPU_ISA names a lower one), from best to worst,
# with the /proc/cpuinfo flags each needs.

CPU_ISAS = {
    "avx512bf16": ("avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512_bf16"),
    "avx512": ("avx512f", "avx512bw", "avx512vl", "avx512dq"),
    "avx2": ("avx2", "fma", "f16c", "bmi2"),
    "generic": (),
}


def cpu_flags() -> frozenset:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


def supported_isas(flags: Optional[Iterable[str]] = None) -> List[str]:
    """The ISAs of CPU_ISAS this CPU can run, best first (always ends with 'generic')."""
    flags = cpu_flags() if flags is None else frozenset(flags)
    return [isa for isa, need in CPU_ISAS.items() if all(f in flags for f in need)]


def cpu_isa_in_use(flags: Optional[Iterable[str]] = None) -> str:
    """The tps CPU kernel set this process runs: TPS_CPU_ISA, else the best supported."""
    return _flags.cpu_isa() or supported_isas(flags)[0]


def isa_environment(isa: str, flags: Optional[Iterable[str]] = None) -> Dict[str, str]:
    """Environment for a subprocess measuring with the `isa` kernel set. For avx2 on an
    AVX-512 CPU, PyTorch's own kernels, MKL and oneDNN are held to AVX2 as well, so the
    peers (chain, SDPA) and the GEMM floor run on the same ISA as ours."""
    env = {"TPS_CPU_ISA": isa}
    avx512 = "avx512" in supported_isas(flags)
    if isa == "avx2" and avx512:
        env.update(
            ATEN_CPU_CAPABILITY="avx2", MKL_ENABLE_INSTRUCTIONS="AVX2", ONEDNN_MAX_CPU_ISA="AVX2"
        )
    return env


# --------------------------------------------------------------------------------------
# device


def add_device_argument(parser, default: str = "auto") -> None:
    """--device of every benchmark script."""
    help_ = "default: cuda when visible, else cpu" if default == "auto" else "default: %(default)s"
    choices = ["auto", "cpu", "cuda"] if default == "auto" else ["cpu", "cuda"]
    parser.add_argument("--device", default=default, choices=choices, help=help_)


def resolve_device(parser, args) -> None:
    """args.device: "auto" -> cuda when visible, else cpu; a CUDA request without a visible
    device is a usage error of ``parser``."""
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.device == "cuda" and not torch.cuda.is_available():
        parser.error("--device cuda but no CUDA device is visible")


# --------------------------------------------------------------------------------------
# precision and compilation


def autocast(device: torch.device, dtype: torch.dtype):
    """The published AMP semantics: float32 weights and inputs, torch.autocast around the
    forward (linears and matmuls in `dtype`); no context for float32 / float64."""
    if dtype in (torch.float16, torch.bfloat16):
        return torch.autocast(device.type, dtype=dtype)
    return contextlib.nullcontext()


def compile_model(
    model: torch.nn.Module,
    fullgraph: bool,
    mode: Optional[str] = None,
    backend: str = "inductor",
    runs: int = 1,
) -> torch.nn.Module:
    """torch.compile with static shapes: a new batch compiles its own graph.
    fullgraph=True makes a graph break an error instead of a silent split. Dynamo's
    recompile limit is raised to fit `runs` models x batches x dtypes sharing one forward
    code object (a graph-breaking model recompiles its inner functions per shape and per
    specialized value: the reference chain per frame-shift list), and hitting it is an
    error, never a silent fall back to eager."""
    import torch._dynamo

    cfg = torch._dynamo.config
    cfg.recompile_limit = max(cfg.recompile_limit, 64 * runs)
    cfg.fail_on_recompile_limit_hit = True
    return torch.compile(model, fullgraph=fullgraph, mode=mode, backend=backend, dynamic=False)


# --------------------------------------------------------------------------------------
# timing


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


class Timer:
    """Seconds of one call: CUDA events (+ synchronize) on CUDA, perf_counter on CPU."""

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


def _best_seconds(fn: Callable[[], object], device: torch.device, reps: int) -> float:
    """The fastest of `reps` calls after one warm-up call."""
    ts = []
    for i in range(reps + 1):
        sync(device)
        t0 = time.perf_counter()
        fn()
        sync(device)
        if i:
            ts.append(time.perf_counter() - t0)
    return min(ts)


def gemm_rate(dtype, device, size=2048, reps=7) -> float:
    """FLOP/s of torch.mm at size^3: the best of reps after a warm-up (the machine's
    attainable rate; a median would understate it on a loaded machine and flatter the
    floor ratio)."""
    a = torch.randn(size, size, device=device).to(dtype)
    b = torch.randn(size, size, device=device).to(dtype)
    return 2 * size**3 / _best_seconds(lambda: torch.mm(a, b), device, reps)


def floor_dtype(dtype, device) -> torch.dtype:
    """The dtype whose torch.mm rate bounds a kernel on dtype's data: dtype itself, except
    bf16 / fp16 on a CPU without dot products of that type (oneDNN declines, torch.mm runs
    a generic loop at under 1 GFLOP/s), where the best kernel converts on load and runs
    float32 FMAs."""
    if device.type != "cpu" or dtype not in (torch.bfloat16, torch.float16):
        return dtype
    try:
        mkldnn = torch.ops.mkldnn
        native = (
            mkldnn._is_mkldnn_bf16_supported()
            if dtype == torch.bfloat16
            else mkldnn._is_mkldnn_fp16_supported()
        )
    except (AttributeError, RuntimeError):
        native = False
    return dtype if native else torch.float32


def copy_bandwidth(device, nbytes: int = 256 * 2**20, reps: int = 7) -> float:
    """Bytes/s of a large tensor copy (read + write counted), the best of reps: the memory
    bandwidth an op streaming its operands once could reach."""
    src = torch.randn(nbytes // 4, device=device)
    dst = torch.empty_like(src)
    return 2 * nbytes / _best_seconds(lambda: dst.copy_(src), device, reps)


def in_turns(names: Sequence[str], rounds: int) -> Iterator[str]:
    """Round robin over `names`, the starting point rotating each round, so that a load
    change on a shared machine hits every measured thing alike."""
    names = list(names)
    for i in range(rounds):
        k = i % max(len(names), 1)
        yield from names[k:] + names[:k]


@contextlib.contextmanager
def no_gc():
    """No garbage-collector pauses inside timed steps."""
    import gc

    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def stats_ms(samples_s: Sequence[float]) -> Dict[str, Optional[float]]:
    """median, min and the quartiles (IQR) of samples in seconds, in milliseconds."""
    if not samples_s:
        return {"median": None, "min": None, "q1": None, "q3": None}
    ms = [s * 1e3 for s in samples_s]
    q1, q3 = (
        statistics.quantiles(ms, n=4, method="inclusive") if len(ms) > 1 else (ms[0], None, ms[0])
    )[0::2]
    return {"median": statistics.median(ms), "min": min(ms), "q1": q1, "q3": q3}


# --------------------------------------------------------------------------------------
# peak memory


@contextlib.contextmanager
def native_stderr_silenced():
    """Kineto (torch.profiler) prints start/stop and CUDA probe lines from C++ to fd 2."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def tensor_bytes(tensors: Iterable[Optional[torch.Tensor]]) -> int:
    """Bytes of the distinct storages behind `tensors`."""
    seen, total = set(), 0
    for t in tensors:
        if t is None or t.device.type == "meta":
            continue
        key = (t.untyped_storage().data_ptr(), t.device)
        if key not in seen:
            seen.add(key)
            total += t.untyped_storage().nbytes()
    return total


def peak_memory(step: Callable[[], object], live: int, device: torch.device) -> Tuple[int, str]:
    """(peak bytes of live tensors during one step, how it was measured). `live`: bytes of
    the tensors the step needs that exist before it (weights, inputs).

    CUDA: torch.cuda.max_memory_allocated over the step (minus what other objects hold).
    CPU: PyTorch keeps no CPU allocator statistics, so the step runs under torch.profiler
    with profile_memory=True: live + the highest running sum of the allocations and frees
    it recorded (the same quantity; scratch outside the PyTorch allocator, such as BLAS
    workspaces or a kernel's std::vector, is not included)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
        others = torch.cuda.memory_allocated(device) - live
        torch.cuda.reset_peak_memory_stats(device)
        step()
        torch.cuda.synchronize(device)
        return (torch.cuda.max_memory_allocated(device) - others, "torch.cuda.max_memory_allocated")
    from torch.profiler import ProfilerActivity, profile

    with (
        native_stderr_silenced(),
        profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof,
    ):
        step()
    cpu = torch._C._autograd.DeviceType.CPU
    events = [
        e
        for e in prof.profiler.kineto_results.events()
        if e.name() == "[memory]" and e.device_type() == cpu
    ]
    cur = high = 0
    for e in sorted(events, key=lambda e: e.start_ns()):
        cur += e.nbytes()
        high = max(high, cur)
    return live + high, "torch.profiler allocation events (live tensors + step peak)"


# --------------------------------------------------------------------------------------
# environment header


# glibc mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_MAX = -1, -4


def cache_freed_memory() -> bool:
    """glibc only: serve every allocation from the heap and keep freed memory for reuse
    (M_MMAP_MAX = 0, M_TRIM_THRESHOLD = 2 GB), as jemalloc / tcmalloc or a GPU caching
    allocator do. By default glibc maps blocks over its mmap threshold afresh and gives them
    back on free, so every step faults its multi-MB activations and gradients in again
    (clearing each page), a cost that lands on whichever op allocates. Returns whether it
    took effect (False on other C libraries). Users get the same with
    ``GLIBC_TUNABLES=glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=2147483647``."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_MAX, 0)) and bool(mallopt(_M_TRIM_THRESHOLD, 2**31 - 1))


def add_malloc_argument(parser) -> None:
    parser.add_argument(
        "--malloc",
        choices=("cache", "default"),
        default="cache",
        help="CPU, every method alike: cache = glibc keeps freed memory for reuse (no page "
        "faults on each step's fresh activations, as jemalloc / tcmalloc); default = glibc's "
        "settings (large blocks mapped afresh per allocation) (default: %(default)s)",
    )


_malloc = "default"  # what apply_malloc set up, for the header


def apply_malloc(mode: str) -> str:
    """Sets up --malloc's mode; returns the one in effect ("default" where mallopt is not)."""
    global _malloc
    _malloc = "cache" if mode == "cache" and cache_freed_memory() else "default"
    return _malloc


def loadavg() -> Optional[float]:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment(device: torch.device) -> Dict[str, object]:
    """What a reader needs to compare figures: hardware, ISA / kernel set, versions, load."""
    env = {
        "date_utc": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "host_cpu": cpu_name(),
        "cpu_isas": supported_isas(),
        "tps_cpu_isa": cpu_isa_in_use(),  # the tps CPU kernel set in use
        "aten_cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "thp_mem_alloc": os.environ.get("THP_MEM_ALLOC_ENABLE") == "1",
        "malloc": _malloc,
        "torch": torch.__version__,
        "python": platform.python_version(),
        "device": str(device),
        # other jobs on the machine skew timings: the 1-minute load average says how busy
        "loadavg_1m_start": loadavg(),
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
    except Exception as exc:  # noqa: BLE001 - the header must print whatever is broken
        env["tps_backends"] = f"tps_kernels failed to import: {exc}"
    return env


def header(env: Dict[str, object]) -> str:
    """One line naming the machine and the kernel set, for the top of every report."""
    if env["device"].startswith("cuda"):
        where = f"{env.get('gpu')}, CUDA {env.get('cuda')}"
    else:
        where = (
            f"{env['host_cpu']}, tps CPU kernels {env['tps_cpu_isa']} (CPU has "
            f"{'/'.join(env['cpu_isas'])}), ATen {env['aten_cpu_capability']}, "
            f"THP allocator {'on' if env['thp_mem_alloc'] else 'off'}, malloc {env['malloc']}"
        )
    return (
        f"{env['device']}: {where}; {env['cpu_count']} cores, {env['torch_threads']} "
        f"torch threads, load {env['loadavg_1m_start']}; torch {env['torch']}, "
        f"{env['date_utc']}"
    )


def load_note(env: Dict[str, object]) -> Optional[str]:
    """A line when other jobs shared the CPU during the run (absolute times inflated)."""
    start, end = env.get("loadavg_1m_start"), env.get("loadavg_1m_end")
    if start is None:
        return None
    busy = max(start, end or 0) > (env["cpu_count"] or 1)
    return f"load average (1 min): {start} at start, {end} at end, {env['cpu_count']} cores" + (
        ": other jobs shared the CPU; absolute times are inflated, ratios less so (timed in turns)"
        if busy
        else ""
    )


# --------------------------------------------------------------------------------------
# progress


class _LinePerStep(tqdm):
    """tqdm writing one line per step instead of carriage-return frames (logs, pipes)."""

    def display(self, msg=None, pos=None):
        if self.n != getattr(self, "_shown_n", -1) or msg is not None:
            self._shown_n = self.n
            self.fp.write((msg or self.__str__()) + "\n")
            self.fp.flush()
        return True


def progress(total: int, disable: bool = False, file=None) -> tqdm:
    """A tqdm bar on stderr; one line per step when stderr is not a terminal."""
    file = file or sys.stderr
    kwargs = dict(
        total=total,
        disable=disable,
        file=file,
        unit="step",
        bar_format=("{desc:<40} {bar} {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]"),
    )
    if hasattr(file, "isatty") and file.isatty():
        return tqdm(dynamic_ncols=True, **kwargs)
    kwargs["bar_format"] = "{desc} {n_fmt}/{total_fmt} [{elapsed}{postfix}]"
    return _LinePerStep(mininterval=0, miniters=1, **kwargs)


# --------------------------------------------------------------------------------------
# output


def strict(obj):
    """`obj` with NaN / inf floats replaced by None (strict JSON has no NaN)."""
    if isinstance(obj, float):
        return None if math.isnan(obj) or math.isinf(obj) else obj
    if isinstance(obj, dict):
        return {str(k): strict(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [strict(v) for v in obj]
    if obj is None or isinstance(obj, (str, int, bool)):
        return obj
    return str(obj)


def write_json(path: str, doc) -> None:
    with open(path, "w") as f:
        json.dump(strict(doc), f, indent=1, allow_nan=False)
        f.write("\n")


def write_csv(path: str, rows: List[Dict[str, object]]) -> None:
    """One row per dict; columns are the union of keys in first-seen order; None -> ''."""
    cols: List[str] = []
    for row in rows:
        cols += [k for k in row if k not in cols]
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, restval="")
        w.writeheader()
        for row in rows:
            w.writerow({k: ("" if v is None else v) for k, v in strict(row).items()})
