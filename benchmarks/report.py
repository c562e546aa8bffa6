"""Text tables and target checks of benchmarks/latency.py (measurement: harness.py and
latency.py; plots: plot.py)."""

from __future__ import annotations

import math
from typing import Callable, Dict, List, Optional, Sequence

# The model-level targets of issue #12, checked for every fused pst_t fp32 row against its
# denominator (fp32, same run, so both compiled with --compile) when that is in the run,
# and only for the configuration they are stated for (batch 1, 32x224x224 clips): at other
# sizes a verdict means nothing.
# (denominator, metric, limit for inference, limit for --train, what it means); ratios are
# of times (throughput: the inverse ratio of videos/s), lower is better
TARGETS = [
    (
        "pst_t_noattn",
        "latency_ms",
        1.02,
        1.03,
        "attention overhead: PST-T vs PST-T with a zero-cost attention core",
    ),
    (
        "timm_swin_t",
        "latency_ms",
        0.90,
        0.90,
        "PST-T vs timm 2D Swin-T (SDPA) on the same 16 token frames",
    ),
    (
        "timm_swin_t",
        "throughput",
        0.90,
        0.90,
        "PST-T vs timm 2D Swin-T, time per clip at the throughput batch",
    ),
    (
        "pst_t[reference]",
        "peak_mem_mb",
        None,
        0.60,
        "peak memory of a training step vs the published chain",
    ),
]
STATED = dict(batch=1, frames=32, size=224)
# the rows checked: PST-T as built by default, and with qkv recomputed in the backward (the
# same model, a lower training peak for one more GEMM per block)
TARGET_MODELS = ("pst_t", "pst_t_recompute_qkv")
# AMP target (--dtype fp32,bf16, autocast): PST-T bf16 latency / its fp32 latency, by the
# tps CPU kernel set in use: 1.5x faster with AVX512-BF16 dot products, never slower
# elsewhere (AVX2 converts bf16 to fp32 on load)
AMP_LIMIT = {"avx512bf16": 1 / 1.5}
AMP_LIMIT_OTHER = 1.0


def targets_apply(args) -> bool:
    return all(getattr(args, k) == v for k, v in STATED.items()) and not args.smoke


def _base(label: str) -> str:
    """The model label without the dtype a multi-dtype run appends ('pst_t[cpu] bf16')."""
    return label.split(" ")[0]


def fmt(v: Optional[float], spec: str) -> str:
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else format(v, spec)


def ratio(a: Optional[float], b: Optional[float]) -> str:
    if any(v is None or (isinstance(v, float) and math.isnan(v)) or v == 0 for v in (a, b)):
        return "-"
    return f"{a / b:.2f}x"


def _finite(v) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def render_table(results: Sequence, args) -> str:
    """One row per model; x columns: ratio to the first measured row."""
    ok = [r for r in results if r.status == "ok"]
    base = ok[0] if ok else None
    mode = "fwd+bwd" if args.train else "fwd"
    cols: List[tuple] = [
        ("model", lambda r: r.label),
        ("params M", lambda r: fmt(r.params_m, ".1f")),
    ]
    if not args.no_flops:
        cols.append(("GMACs", lambda r: fmt(r.gmacs, ".1f")))
        if args.fvcore:
            cols.append(("fvcore", lambda r: fmt(r.gmacs_fvcore, ".1f")))
    cols += [
        (f"{mode} ms b{args.batch}", lambda r: fmt(r.latency_ms, ".0f")),
        ("IQR", lambda r: f"{fmt(r.latency_q1_ms, '.0f')}-{fmt(r.latency_q3_ms, '.0f')}"),
        ("x", lambda r: ratio(r.latency_ms, base.latency_ms)),
    ]
    if args.throughput_batch > 0 and args.throughput_iters > 0:
        cols += [
            (f"videos/s b{args.throughput_batch}", lambda r: fmt(r.throughput, ".3f")),
            ("x", lambda r: ratio(r.throughput, base.throughput)),
        ]
    if not args.no_memory:
        cols += [
            ("peak MB", lambda r: fmt(r.peak_mem_mb, ".0f")),
            ("x", lambda r: ratio(r.peak_mem_mb, base.peak_mem_mb)),
        ]
    if args.compile:
        cols.append(("compile s", lambda r: fmt(r.compile_s, ".1f")))
    head = [c[0] for c in cols]
    rows = [
        [fn(r) for _, fn in cols] if r.status == "ok" else [r.label, f"{r.status}: {r.reason}"]
        for r in results
    ]
    full = [head] + [r for r in rows if len(r) == len(head)]
    widths = [max(len(row[0]) for row in [head] + rows)] + [
        max(len(row[i]) for row in full) for i in range(1, len(head))
    ]

    def line(cells):
        return "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))
        ).rstrip()

    out = [line(head), line(["-" * w for w in widths])]
    for row in rows:
        out.append(line(row) if len(row) == len(head) else f"{row[0].ljust(widths[0])}  {row[1]}")
    return "\n".join(out)


def noattn_limit(train: bool) -> float:
    """The attention-overhead target: PST-T / pst_t_noattn."""
    _, _, inference, training, _ = next(t for t in TARGETS if t[0] == "pst_t_noattn")
    return training if train else inference


def check_targets(
    results: Sequence, train: bool, isa: str = "", floor: Optional[Dict] = None
) -> List[Dict[str, object]]:
    """Every target whose two rows are in the run, for each fused TARGET_MODELS row: the model
    targets on fp32 rows, the AMP target (limit by `isa`, the tps CPU kernel set) on
    bf16 rows vs the same model's fp32 row. `floor` (latency.attention_floor) adds its
    overhead bound to the attention-overhead target, and whether the limit lies below it."""
    ok = {(_base(r.label), r.dtype): r for r in results if r.status == "ok"}
    checks = []

    def check(r, other, metric, limit, what):
        if limit is None or other is None:
            return
        a, b = getattr(r, metric), getattr(other, metric)
        if not (_finite(a) and _finite(b)) or b == 0:
            return
        value = b / a if metric == "throughput" else a / b
        checks.append(
            {
                "numerator": r.label,
                "denominator": other.label,
                "metric": metric,
                "ratio": value,
                "limit": limit,
                "met": value <= limit,
                "what": what,
            }
        )
        if floor and other.model == "pst_t_noattn":
            checks[-1]["floor_bound"] = floor["overhead_bound"]
            checks[-1]["below_floor"] = limit < floor["overhead_bound"]

    for (label, dtype), r in ok.items():
        if r.model not in TARGET_MODELS or r.backend == "reference":
            continue
        if dtype == "fp32":
            for den, metric, limit_inf, limit_train, what in TARGETS:
                limit = limit_train if train else limit_inf
                check(r, ok.get((den, "fp32")), metric, limit, what)
        elif dtype == "bf16":
            limit = AMP_LIMIT.get(isa, AMP_LIMIT_OTHER)
            check(
                r,
                ok.get((label, "fp32")),
                "latency_ms",
                limit,
                f"bf16 autocast vs fp32, {isa or 'this'} kernels (limit "
                f"{'1/1.5' if isa in AMP_LIMIT else '1.0'})",
            )
    return checks


def floor_line(floor: Dict, train: bool, stated: bool) -> str:
    """The attention floor of latency.attention_floor, its overhead bound beside the
    measured overhead and (where the targets are stated) the target."""
    line = (
        f"attention floor ({floor['phases']}, fp32): {floor['attention_calls']} attention "
        f"calls, {floor['flops'] / 1e9:.2f} GFLOP at {floor['gemm_rate_gflops']:.1f} GFLOP/s "
        f"(torch.mm 2048^3) = {floor['gemm_floor_ms']:.1f} ms, {floor['bytes'] / 2**20:.0f} "
        f"MiB at {floor['bandwidth_gbs']:.1f} GB/s (tensor copy) = "
        f"{floor['bytes_floor_ms']:.1f} ms; the larger per call: {floor['floor_ms']:.1f} ms; "
        f"minus pst_t_noattn's copy of v at that bandwidth "
        f"({floor['noattn_copy_floor_ms']:.1f} ms): overhead bound {floor['overhead_bound']:.3f}"
    )
    if "overhead_measured" in floor:
        line += f", measured {floor['fused_label']} / pst_t_noattn {floor['overhead_measured']:.3f}"
    if stated:
        limit = noattn_limit(train)
        verdict = (
            "below the FLOP floor: unreachable on this machine"
            if limit < floor["overhead_bound"]
            else "above the floor"
        )
        line += f", target <= {limit:.2f} ({verdict})"
    return line


def summary_lines(
    results: Sequence, args, isa: str = "", floor: Optional[Dict] = None
) -> List[str]:
    """Target verdicts (only where they are stated), the attention floor and the chain
    bound, as text lines."""
    out = []
    if targets_apply(args):
        checks = check_targets(results, args.train, isa, floor)
        if checks:
            out.append("targets (issue #12; ratios in this run):")
            for c in checks:
                below = (
                    f"; the bound is {c['floor_bound']:.3f}: below the FLOP floor: unreachable "
                    f"on this machine"
                    if c.get("below_floor")
                    else ""
                )
                out.append(
                    f"  {'MET ' if c['met'] else 'MISS'} {c['numerator']} / "
                    f"{c['denominator']} {c['metric']} = {c['ratio']:.3f} (target <= "
                    f"{c['limit']:.2f}{below}): {c['what']}"
                )
    if floor:
        out.append(floor_line(floor, args.train, targets_apply(args)))
    ok = {(_base(r.label), r.dtype): r for r in results if r.status == "ok"}
    for dtype in dict.fromkeys(r.dtype for r in results):
        noattn, chain = ok.get(("pst_t_noattn", dtype)), ok.get(("pst_t[reference]", dtype))
        if noattn and chain:
            out.append(
                f"bound{'' if dtype == 'fp32' else ' ' + dtype}: pst_t_noattn / "
                f"pst_t[reference] = {noattn.latency_ms / chain.latency_ms:.3f}: the chain "
                f"ratio a zero-cost attention core would reach (the rest of the model is shared)"
            )
    return out


def csv_rows(results: Sequence, env: Dict[str, object], args) -> List[Dict[str, object]]:
    """One flat row per model for --csv."""
    keep: Callable[[str], bool] = lambda k: not k.endswith("_samples_ms")  # noqa: E731
    return [
        {
            "device": env["device"],
            "tps_cpu_isa": env.get("tps_cpu_isa"),
            "mode": "train" if args.train else "inference",
            "precision": "cast" if args.cast else "autocast",
            "compile": (
                f"{args.compile_backend} {args.compile_mode or 'default'}"
                if args.compile
                else "off"
            ),
            "frames": args.frames,
            "size": args.size,
            **{k: v for k, v in vars(r).items() if keep(k)},
        }
        for r in results
    ]
