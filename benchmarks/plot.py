"""Bar chart of a benchmarks/latency.py run: latency with IQR error bars, throughput, peak
memory; GMACs under each model's name; ratios to the first model on the bars."""

from __future__ import annotations

import math
from typing import Optional, Sequence


def _value(v) -> float:
    return 0.0 if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def plot(results: Sequence, path: str, title: str) -> Optional[str]:
    """Writes `path`; returns an error message instead when it cannot."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed (pip install matplotlib): --plot skipped"
    ok = [r for r in results if r.status == "ok"]
    if not ok:
        return "no successful model to plot"
    lat = [_value(r.latency_ms) for r in ok]
    # IQR as asymmetric error bars around the median
    err = [
        [max(0.0, m - _value(r.latency_q1_ms)) for m, r in zip(lat, ok)],
        [max(0.0, _value(r.latency_q3_ms) - m) for m, r in zip(lat, ok)],
    ]
    panels = [
        ("latency (ms, median, IQR bars; lower is better)", lat, err),
        ("throughput (videos/s, higher is better)", [_value(r.throughput) for r in ok], None),
        ("peak memory (MB, lower is better)", [_value(r.peak_mem_mb) for r in ok], None),
    ]
    labels = [r.label + (f"\n{r.gmacs:.1f} GMACs" if _value(r.gmacs) else "") for r in ok]
    fig, axes = plt.subplots(1, 3, figsize=(4.4 * 3, 4.0))
    for ax, (name, vals, yerr) in zip(axes, panels):
        bars = ax.bar(
            range(len(ok)), vals, yerr=yerr, capsize=3, color=[f"C{i}" for i in range(len(ok))]
        )
        ax.set_xticks(range(len(ok)))
        ax.set_xticklabels(labels, rotation=25, ha="right", fontsize=7)
        ax.set_title(name, fontsize=9)
        for bar_, v in zip(bars, vals):
            if vals[0] and v:
                ax.annotate(
                    f"{v / vals[0]:.2f}x",
                    (bar_.get_x() + bar_.get_width() / 2, v),
                    ha="center",
                    va="bottom",
                    fontsize=8,
                )
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return None
