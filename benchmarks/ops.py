#!/usr/bin/env python
"""Op-level benchmark of the fused PST window attention (qkv -> pre-proj output), side by
side in one run, against the plain-PyTorch and compiled alternatives:

    python benchmarks/ops.py                               # all shapes, fp32, CPU
    python benchmarks/ops.py --shapes s1 --dtype fp32,bf16 --iters 10 --json r.json
    python benchmarks/ops.py --device cuda                 # fused cuda/triton on a GPU

Methods (every one computes the same function of (qkv, bias table), checked against the
chain on the first shape):
  fused:<b>    ops.window_attention(backend=b) for every available fused backend of the
               device (cpu; cuda/triton on a GPU)
  chain        backend="reference": the chain of PyTorch ops the published code runs (roll,
               partition, strided rolls of the patch shift, matmul, bias gather, mask,
               softmax, matmul, everything in reverse)
  gather_sdpa  the best plain-PyTorch alternative: one index gather of the qkv rows
               (roll + partition + patch shift as one precomputed permutation), bias + mask
               materialized as one (nW, heads, N, N) tensor, F.scaled_dot_product_attention,
               one index scatter back
  flex         the same gather/scatter around torch.compile'd FlexAttention with the bias
               gathered from the table inside score_mod and the region mask from region
               labels (nothing N x N materialized)

Shapes: the four PST-T stage shapes (B=1, T=16, maps 56/28/14/7, C 96/192/384/768, heads
3/6/12/24, window (1, 7, 7), pattern C, official bias, shift 3 except on the 7x7 map) and
the Video-Swin-T stage-1 shape (window (8, 7, 7), shift (4, 3, 3), no patch shift, 3D
relative bias).

Protocol: methods are timed in turns (round robin), so that load changes on a shared
machine hit all alike; median of --iters timed runs after --warmup untimed ones. "fwd" runs
under no_grad; "fwd+bwd" is a training step of the branch (forward, backward of a random
grad to qkv and the table). Peak memory (CPU): one extra training step under
torch.profiler(profile_memory=True): inputs (live at the start) plus the high-water mark of
the allocations during the step (scratch outside the PyTorch allocator, e.g. the fused
kernel's per-thread workspaces of ~0.1-4 MB, is not included). Compute floor: 4 N^2 d FLOPs
per window-head (QK^T and PV) over this machine's measured GEMM rate (torch.mm 2048^3, same
threads, same dtype).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import traceback
from typing import Callable, Dict

if "--thp" in sys.argv:  # read by PyTorch's CPU allocator: set before torch is imported
    os.environ["THP_MEM_ALLOC_ENABLE"] = "1"

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from tps_kernels import _backends, ops, patterns, rpe  # noqa: E402
from tps_kernels.backends import reference  # noqa: E402

# name: (map, channels, heads, window, shift, patch shift pattern, bias kind)
SHAPES = {
    "s1": (56, 96, 3, (1, 7, 7), (0, 3, 3), "C", "official"),
    "s2": (28, 192, 6, (1, 7, 7), (0, 3, 3), "C", "official"),
    "s3": (14, 384, 12, (1, 7, 7), (0, 3, 3), "C", "official"),
    "s4": (7, 768, 24, (1, 7, 7), (0, 0, 0), "C", "official"),
    "vswin": (56, 96, 3, (8, 7, 7), (4, 3, 3), None, "relative"),
}
DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


class Problem:
    """One shape's inputs plus the precomputed index maps of the gather baselines."""

    def __init__(self, name: str, dtype, device, frames: int = 16, batch: int = 1):
        hw, c, heads, window, shift, pattern, bias = SHAPES[name]
        self.name, self.dtype, self.device = name, dtype, device
        self.heads, self.window, self.shift = heads, window, shift
        wt, wh, ww = window
        self.n = wt * wh * ww
        self.head_dim = c // heads
        self.scale = self.head_dim ** -0.5
        self.mask_value = -100.0
        g = torch.Generator().manual_seed(0)
        self.qkv = torch.randn(batch, frames, hw, hw, 3 * c, generator=g).to(device, dtype)
        self.frame_shift = None if pattern is None else patterns.frame_shift_map(pattern, (wh, ww))
        if bias == "official":
            self.index = rpe.official_index(frames, window, self.frame_shift)
            rows = rpe.official_table_size(frames, window)
        else:
            self.index = rpe.relative_index(window, self.frame_shift)
            rows = int(self.index.max()) + 1
        self.index = self.index.to(device)
        self.table = (0.02 * torch.randn(rows, heads, generator=g)).to(device, dtype)
        self.kwargs = dict(num_heads=heads, window=window, shift=shift,
                           frame_shift=self.frame_shift)
        self.grad_out = torch.randn(self.qkv.shape[:-1] + (c,), generator=g).to(device, dtype)
        self.n_windows = batch * (frames // wt) * (hw // wh) * (hw // ww)
        self.flops_fwd = 4 * self.n * self.n * self.head_dim * self.n_windows * heads

        # The permutation roll + partition + patch shift, as row indices (one gather).
        b, t, h, w = self.qkv.shape[:4]
        ar = torch.arange(b * t * h * w, device=device).view(b, t, h, w, 1)
        x = torch.roll(ar, shifts=tuple(-s for s in shift), dims=(1, 2, 3)) if any(shift) else ar
        x = reference._partition(x, list(window))
        if self.frame_shift is not None:
            x = reference.patch_shift_windows(x, self.frame_shift.to(device), False, b, t,
                                              wt, wh, ww)
        self.rows = x.reshape(-1)                        # (nW * N,)
        n_t = t // wt
        n_s = self.n_windows // (b * n_t)
        ti = self.index.shape[0]
        win = torch.arange(self.n_windows, device=device)
        self.plane = (win // n_s) % n_t if ti > 1 else torch.zeros_like(win)
        if any(shift):
            lab = torch.zeros(1, t, h, w, 1, device=device)
            label = 0
            sl = []
            for size, wn, s in zip((t, h, w), window, shift):
                sl.append((slice(0, size - wn), slice(size - wn, size - s), slice(size - s, size))
                          if s > 0 else (slice(0, size),))
            for a in sl[0]:
                for bb in sl[1]:
                    for cc in sl[2]:
                        lab[:, a, bb, cc, :] = label
                        label += 1
            labels = reference._partition(lab, list(window)).squeeze(-1)  # (nW per b, N)
            self.labels = labels.repeat(b, 1).to(torch.int32)
            self.region = reference.region_mask(t, h, w, list(window), list(shift),
                                                self.mask_value, dtype=dtype,
                                                device=device).repeat(b, 1, 1)
        else:
            self.labels = None
            self.region = None

    # -- methods: each returns out (B, T, H, W, C) from (qkv, table) ----------------------
    def fused(self, backend):
        def run(qkv, table):
            return ops.window_attention(qkv, table, self.index, backend=backend, **self.kwargs)
        return run

    def chain(self, qkv, table):
        return ops.window_attention(qkv, table, self.index, backend="reference", **self.kwargs)

    def _gather(self, qkv):
        c3 = qkv.shape[-1]
        x = qkv.reshape(-1, c3)[self.rows]  # the one gather
        x = x.view(self.n_windows, self.n, 3, self.heads, self.head_dim)
        return x.permute(2, 0, 3, 1, 4).unbind(0)  # q, k, v: (nW, heads, N, d)

    def _scatter(self, o, qkv):
        o = o.transpose(1, 2).reshape(-1, self.heads * self.head_dim)
        out = o.new_empty(o.shape).index_copy(0, self.rows, o)  # the one scatter
        return out.view(qkv.shape[:-1] + (o.shape[-1],))

    def gather_sdpa(self, qkv, table):
        q, k, v = self._gather(qkv)
        ti = self.index.shape[0]
        bias = table[self.index.reshape(-1)].view(ti, self.n, self.n, self.heads)
        bias = bias.permute(0, 3, 1, 2)[self.plane]  # (nW, heads, N, N), materialized
        if self.region is not None:
            bias = bias + self.region[:, None]
        o = F.scaled_dot_product_attention(q, k, v, attn_mask=bias.to(q.dtype),
                                           scale=self.scale)
        return self._scatter(o, qkv)

    def make_flex(self):
        from torch.nn.attention.flex_attention import flex_attention
        flex = torch.compile(flex_attention, dynamic=False)
        index, plane, labels, mv = self.index, self.plane, self.labels, self.mask_value

        def run(qkv, table):
            q, k, v = self._gather(qkv)

            def score_mod(score, b, h, qi, ki):
                s = score + table[index[plane[b], qi, ki], h].to(score.dtype)
                if labels is not None:
                    s = s + torch.where(labels[b, qi] != labels[b, ki], mv, 0.0)
                return s

            o = flex(q.contiguous(), k.contiguous(), v.contiguous(), score_mod=score_mod,
                     scale=self.scale)
            return self._scatter(o, qkv)
        return run


def gemm_rate(dtype, device, size=2048, reps=7) -> float:
    """FLOP/s of torch.mm at size^3: the best of reps after a warm-up (the machine's
    attainable rate; a median would understate it on a loaded machine and flatter the
    floor ratio)."""
    a = torch.randn(size, size, device=device).to(dtype)
    b = torch.randn(size, size, device=device).to(dtype)
    ts = []
    for i in range(reps + 1):
        _sync(device)
        t0 = time.perf_counter()
        torch.mm(a, b)
        _sync(device)
        if i:
            ts.append(time.perf_counter() - t0)
    return 2 * size ** 3 / min(ts)


def _sync(device):
    if device.type == "cuda":
        torch.cuda.synchronize()


def peak_memory(step: Callable[[], object], live: int, device) -> int:
    if device.type == "cuda":
        torch.cuda.synchronize()
        base = torch.cuda.memory_allocated()
        torch.cuda.reset_peak_memory_stats()
        step()
        torch.cuda.synchronize()
        return torch.cuda.max_memory_allocated() - base + live
    from torch.profiler import ProfilerActivity, profile
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        step()
    cpu = torch._C._autograd.DeviceType.CPU
    events = [e for e in prof.profiler.kineto_results.events()
              if e.name() == "[memory]" and e.device_type() == cpu]
    cur = high = 0
    for e in sorted(events, key=lambda e: e.start_ns()):
        cur += e.nbytes()
        high = max(high, cur)
    return live + high


def bench_shape(p: Problem, methods: Dict[str, Callable], args, rate: float) -> Dict:
    qkv0, table0 = p.qkv, p.table

    def fwd(fn):
        def step():
            with torch.no_grad():
                fn(qkv0, table0)
        return step

    def train(fn):
        def step():
            q = qkv0.detach().requires_grad_(True)
            t = table0.detach().requires_grad_(True)
            out = fn(q, t)
            out.backward(p.grad_out)
        return step

    res = {"shape": p.name, "dtype": str(p.dtype).split(".")[-1], "n_windows": p.n_windows,
           "N": p.n, "head_dim": p.head_dim, "heads": p.heads,
           "flops_fwd": p.flops_fwd, "gemm_rate_gflops": rate / 1e9,
           "floor_fwd_ms": p.flops_fwd / rate * 1e3, "methods": {}}
    ok_fwd, ok_train = {}, {}
    # correctness of every method against the chain (once per shape), warm-up (this also
    # compiles flex); a method that cannot train (FlexAttention has no CPU backward) is
    # still timed forward
    with torch.no_grad():
        want = methods["chain"](qkv0, table0).float() if "chain" in methods else None
    for name, fn in methods.items():
        r = res["methods"].setdefault(name, {})
        try:
            with torch.no_grad():
                got = fn(qkv0, table0).float()
            if want is not None:
                r["max_abs_err_vs_chain"] = float((got - want).abs().max())
            for _ in range(args.warmup):
                fwd(fn)()
            ok_fwd[name] = fn
        except Exception as exc:  # noqa: BLE001 - report, keep the other methods going
            r["error"] = f"{type(exc).__name__}: {exc}"[:300]
            if args.verbose:
                traceback.print_exc()
            continue
        try:
            for _ in range(args.warmup):
                train(fn)()
            ok_train[name] = fn
        except Exception as exc:  # noqa: BLE001
            r["fwd_bwd_error"] = f"{type(exc).__name__}: {exc}"[:300]
    for phase, make, ok in (("fwd", fwd, ok_fwd), ("fwd_bwd", train, ok_train)):
        steps = {n: make(fn) for n, fn in ok.items()}
        iters = args.iters if phase == "fwd" else max(3, args.iters // 2)
        times = {n: [] for n in steps}
        for i in range(iters):
            order = list(steps)
            order = order[i % len(order):] + order[:i % len(order)]
            for n in order:
                _sync(p.device)
                t0 = time.perf_counter()
                steps[n]()
                _sync(p.device)
                times[n].append(time.perf_counter() - t0)
        for n, ts in times.items():
            res["methods"][n][f"{phase}_ms"] = statistics.median(ts) * 1e3
            # the least disturbed run: robust to load spikes on a shared machine
            res["methods"][n][f"{phase}_min_ms"] = min(ts) * 1e3
    live = p.qkv.numel() * p.qkv.element_size() + p.table.numel() * p.table.element_size() \
        + p.grad_out.numel() * p.grad_out.element_size()
    for n, fn in ok_train.items():
        try:
            res["methods"][n]["train_peak_mb"] = peak_memory(train(fn), live, p.device) / 2 ** 20
        except Exception as exc:  # noqa: BLE001
            res["methods"][n]["train_peak_mb_error"] = str(exc)[:200]
    return res


def bf16_vs_fp32(shape: str, backend: str, args, device) -> Dict[str, float]:
    """Fused fp32 and bf16 timed in turns (round robin) on the same shape: their ratio is
    not skewed by load changes between two separate runs."""
    probs = {d: Problem(shape, DTYPES[d], device, frames=args.frames) for d in ("fp32", "bf16")}
    steps = {}
    for d, p in probs.items():
        fn = p.fused(backend)

        def fwd(p=p, fn=fn):
            with torch.no_grad():
                fn(p.qkv, p.table)

        def train(p=p, fn=fn):
            q = p.qkv.detach().requires_grad_(True)
            t = p.table.detach().requires_grad_(True)
            fn(q, t).backward(p.grad_out)

        steps[f"{d}_fwd"], steps[f"{d}_fwd_bwd"] = fwd, train
    for f in steps.values():
        for _ in range(args.warmup):
            f()
    times = {k: [] for k in steps}
    for i in range(args.iters):
        order = list(steps)
        order = order[i % len(order):] + order[:i % len(order)]
        for k in order:
            _sync(device)
            t0 = time.perf_counter()
            steps[k]()
            _sync(device)
            times[k].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) * 1e3 for k, v in times.items()}
    mn = {k: min(v) * 1e3 for k, v in times.items()}
    return {**{f"{k}_ms": v for k, v in med.items()}, **{f"{k}_min_ms": v for k, v in mn.items()},
            "bf16_speedup_fwd": med["fp32_fwd"] / med["bf16_fwd"],
            "bf16_speedup_fwd_bwd": med["fp32_fwd_bwd"] / med["bf16_fwd_bwd"],
            "bf16_speedup_fwd_min": mn["fp32_fwd"] / mn["bf16_fwd"],
            "bf16_speedup_fwd_bwd_min": mn["fp32_fwd_bwd"] / mn["bf16_fwd_bwd"]}


def ratios(res: Dict, fused: str) -> Dict[str, float]:
    m = res["methods"]
    f = m.get(fused, {})
    out = {}
    if "fwd_ms" not in f:
        return out
    for other in ("chain", "gather_sdpa", "flex"):
        o = m.get(other, {})
        if "fwd_ms" in o:
            out[f"fwd_speedup_vs_{other}"] = o["fwd_ms"] / f["fwd_ms"]
            out[f"fwd_speedup_vs_{other}_min"] = o["fwd_min_ms"] / f["fwd_min_ms"]
        if "fwd_bwd_ms" in o and "fwd_bwd_ms" in f:
            out[f"fwd_bwd_speedup_vs_{other}"] = o["fwd_bwd_ms"] / f["fwd_bwd_ms"]
        if "train_peak_mb" in o and "train_peak_mb" in f:
            out[f"train_peak_mem_ratio_vs_{other}"] = f["train_peak_mb"] / o["train_peak_mb"]
    out["fwd_over_floor"] = f["fwd_ms"] / res["floor_fwd_ms"]
    out["fwd_min_over_floor"] = f["fwd_min_ms"] / res["floor_fwd_ms"]
    out["fwd_gflops"] = res["flops_fwd"] / f["fwd_ms"] / 1e6
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"comma list of {list(SHAPES)}")
    ap.add_argument("--dtype", default="fp32", help="comma list of fp32,bf16,fp16")
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--methods", default="fused,chain,gather_sdpa,flex",
                    help="comma list of fused,chain,gather_sdpa,flex")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads")
    ap.add_argument("--frames", type=int, default=16)
    ap.add_argument("--json", default=None, help="write all results here")
    ap.add_argument("--thp", action="store_true",
                    help="THP_MEM_ALLOC_ENABLE=1: PyTorch backs large CPU allocations with "
                         "transparent huge pages (fewer first-touch page faults, for every "
                         "method alike)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    want = args.methods.split(",")
    fused = [b for b in ("cpu", "cuda", "triton")
             if _backends.status(b)[0] and (b == "cpu") == (device.type == "cpu")
             and not (b == "triton" and device.type != "cuda")]
    env = {"torch": torch.__version__, "threads": torch.get_num_threads(), "thp": args.thp,
           "machine": platform.processor() or platform.machine(), "fused_backends": fused,
           "cpu_isa": os.environ.get("TPS_CPU_ISA", "auto")}
    print(f"# {env}")
    results = []
    for dname in args.dtype.split(","):
        dtype = DTYPES[dname]
        rate = gemm_rate(dtype, device)
        print(f"# {dname} GEMM rate: {rate / 1e9:.1f} GFLOP/s (torch.mm 2048^3)")
        for shape in args.shapes.split(","):
            p = Problem(shape, dtype, device, frames=args.frames)
            methods = {}
            if "fused" in want:
                for b in fused:
                    methods[f"fused:{b}"] = p.fused(b)
            if "chain" in want:
                methods["chain"] = p.chain
            if "gather_sdpa" in want:
                methods["gather_sdpa"] = p.gather_sdpa
            if "flex" in want:
                methods["flex"] = p.make_flex()
            res = bench_shape(p, methods, args, rate)
            res["env"] = env
            for b in fused:
                res[f"ratios:fused:{b}"] = ratios(res, f"fused:{b}")
            results.append(res)
            print(f"\n## {shape} {dname}: nW={p.n_windows} N={p.n} heads={p.heads} "
                  f"d={p.head_dim}  fwd FLOPs={p.flops_fwd / 1e9:.2f} G  "
                  f"floor={res['floor_fwd_ms']:.2f} ms")
            print(f"{'method':14s} {'fwd ms':>10s} {'(min)':>8s} {'fwd+bwd ms':>11s} "
                  f"{'(min)':>8s} {'train peak MB':>14s} {'err vs chain':>13s}")
            for n, r in res["methods"].items():
                if "error" in r:
                    print(f"{n:14s} ERROR {r['error']}")
                    continue
                if "fwd_bwd_error" in r:
                    print(f"{n:14s} (no fwd+bwd: {r['fwd_bwd_error'][:90]})")
                print(f"{n:14s} {r.get('fwd_ms', float('nan')):10.2f} "
                      f"{r.get('fwd_min_ms', float('nan')):8.2f} "
                      f"{r.get('fwd_bwd_ms', float('nan')):11.2f} "
                      f"{r.get('fwd_bwd_min_ms', float('nan')):8.2f} "
                      f"{r.get('train_peak_mb', float('nan')):14.1f} "
                      f"{r.get('max_abs_err_vs_chain', 0.0):13.2e}")
            for b in fused:
                print(f"ratios fused:{b}: " + ", ".join(
                    f"{k}={v:.2f}" for k, v in res[f"ratios:fused:{b}"].items()))
            sys.stdout.flush()
    if {"fp32", "bf16"} <= set(args.dtype.split(",")):
        print("\n## fused bf16 vs fp32, timed in turns (median; min in brackets)")
        for shape in args.shapes.split(","):
            for b in fused:
                r = bf16_vs_fp32(shape, b, args, device)
                results.append({"shape": shape, "bf16_vs_fp32": f"fused:{b}", **r})
                print(f"{shape} fused:{b}: fp32 fwd {r['fp32_fwd_ms']:.2f} ms, bf16 fwd "
                      f"{r['bf16_fwd_ms']:.2f} ms -> {r['bf16_speedup_fwd']:.2f}x "
                      f"[{r['bf16_speedup_fwd_min']:.2f}x]; fwd+bwd "
                      f"{r['bf16_speedup_fwd_bwd']:.2f}x [{r['bf16_speedup_fwd_bwd_min']:.2f}x]")
                sys.stdout.flush()
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
