"""CPU time of the methods of benchmarks/ops.py (fused, gather_sdpa, chain) on one intra-op
thread: time.process_time medians, methods interleaved round-robin. On a machine shared
with other processes wall-clock medians measure the contention (they varied 2-7x between
runs of the same build); CPU time of a single thread does not, so same-run ratios and
before/after comparisons hold. Run from the repository root:

    TPS_CPU_ISA=avx2 python benchmarks/cpu_time.py s1,s3 fp32 fused,gather_sdpa 5
"""

import os
import statistics
import sys
import time

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, ROOT)

from benchmarks import harness  # noqa: E402
from benchmarks import ops as bench  # noqa: E402


def cpu_time(fn):
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def fwd(p, f):
    def run():
        with torch.no_grad():
            f(p.qkv, p.table)

    return run


def train(p, f):
    def run():
        q = p.qkv.detach().requires_grad_(True)
        t = p.table.detach().requires_grad_(True)
        f(q, t).backward(p.grad_out)

    return run


def main(shapes, dtype, methods, reps):
    malloc = harness.apply_malloc("cache")  # as ops.py and latency.py: every method alike
    torch.set_num_threads(1)
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    rate = max(2 * 1024**3 / cpu_time(lambda: torch.mm(a, b)) for _ in range(7))
    print(
        f"# TPS_CPU_ISA={os.environ.get('TPS_CPU_ISA', 'auto')} {dtype} 1 thread, "
        f"process_time medians of {reps}, malloc {malloc}; fp32 torch.mm rate {rate / 1e9:.1f} GFLOP/s"
    )
    for shape in shapes:
        p = bench.Problem(shape, bench.DTYPES[dtype], "cpu")
        fns = {"fused": p.fused("cpu"), "chain": p.chain, "gather_sdpa": p.gather_sdpa}

        times = {m: ([], []) for m in methods}
        for r in range(reps + 1):  # round 0 warms up
            for m in methods:
                tf, tt = cpu_time(fwd(p, fns[m])), cpu_time(train(p, fns[m]))
                if r:
                    times[m][0].append(tf)
                    times[m][1].append(tt)
        floor = p.flops_fwd / rate * 1e3
        med = {
            m: (statistics.median(f) * 1e3, statistics.median(t) * 1e3)
            for m, (f, t) in times.items()
        }
        print(f"## {shape}: floor {floor:.1f} ms")
        for m, (f, t) in med.items():
            print(f"{m:12s} fwd {f:8.1f} ms  fwd+bwd {t:8.1f} ms  bwd/fwd {(t - f) / f:4.2f}")
        if "fused" in med:
            f, t = med["fused"]
            print(
                f"fused: fwd/floor {f / floor:.2f}"
                + "".join(
                    f"; vs {m}: fwd {med[m][0] / f:.2f}x fwd+bwd {med[m][1] / t:.2f}x"
                    for m in med
                    if m != "fused"
                )
            )


if __name__ == "__main__":
    main(sys.argv[1].split(","), sys.argv[2], sys.argv[3].split(","), int(sys.argv[4]))
