#!/usr/bin/env python
"""Op-level benchmark of the fused PST window attention (qkv -> pre-proj output), side by
side in one run, against the plain-PyTorch and compiled alternatives:

    python benchmarks/ops.py                               # all shapes, fp32, CPU
    python benchmarks/ops.py --shapes s1 --dtype fp32,bf16 --iters 10 --json r.json
    python benchmarks/ops.py --device cuda                 # fused cuda/triton on a GPU
    python benchmarks/ops.py --isa avx2,generic --shapes s1 --csv r.csv   # CPU kernel sets

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

Key/value temporal shift shapes (issue #13): ViT-B/16 at 224 run frame by frame (batch 1,
T = 8 or 16 frames, N = 197 tokens per frame = one window, 12 heads x 64), keys and values
shifted in time inside the fused op (``kv_time_shift``): ``xvit8``/``xvit16`` (X-ViT maps,
zeros outside the clip), ``sct8``/``sct16`` (SCT: frame t - 1, the first frame its own).
There ``chain`` is the published-style PyTorch chain instead: shifted copies of k and v as
the published X-ViT ``TemporalShift`` makes them (SCT: one concatenation), then
F.scaled_dot_product_attention; gather_sdpa and flex do not apply.

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
threads, same dtype); fwd+bwd 12 N^2 d (the backward's dV, dP, dQ, dK). chain / floor is the
best speedup over the chain any kernel could reach.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from typing import Callable, Dict, List

# read by PyTorch's CPU allocator: set before torch is imported
if __name__ == "__main__" and "--thp" in sys.argv:
    os.environ["THP_MEM_ALLOC_ENABLE"] = "1"

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from benchmarks import harness  # noqa: E402
from benchmarks.harness import gemm_rate  # noqa: E402
from benchmarks.report import fmt  # noqa: E402
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
# name: (method, frames); ViT-B/16 at 224: N = 196 patches + class token, 12 heads x 64
KV_SHAPES = {"xvit8": ("xvit", 8), "xvit16": ("xvit", 16), "sct8": ("sct", 8), "sct16": ("sct", 16)}
VIT_B16 = dict(tokens=197, channels=768, heads=12)
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
        self.scale = self.head_dim**-0.5
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
        self.kwargs = dict(
            num_heads=heads, window=window, shift=shift, frame_shift=self.frame_shift
        )
        self.grad_out = torch.randn(self.qkv.shape[:-1] + (c,), generator=g).to(device, dtype)
        self.n_windows = batch * (frames // wt) * (hw // wh) * (hw // ww)
        self.flops_fwd = 4 * self.n * self.n * self.head_dim * self.n_windows * heads

        # The permutation roll + partition + patch shift, as row indices (one gather).
        b, t, h, w = self.qkv.shape[:4]
        ar = torch.arange(b * t * h * w, device=device).view(b, t, h, w, 1)
        x = torch.roll(ar, shifts=tuple(-s for s in shift), dims=(1, 2, 3)) if any(shift) else ar
        x = reference._partition(x, list(window))
        if self.frame_shift is not None:
            x = reference.patch_shift_windows(
                x, self.frame_shift.to(device), False, b, t, wt, wh, ww
            )
        self.rows = x.reshape(-1)  # (nW * N,)
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
                sl.append(
                    (slice(0, size - wn), slice(size - wn, size - s), slice(size - s, size))
                    if s > 0
                    else (slice(0, size),)
                )
            for a in sl[0]:
                for bb in sl[1]:
                    for cc in sl[2]:
                        lab[:, a, bb, cc, :] = label
                        label += 1
            labels = reference._partition(lab, list(window)).squeeze(-1)  # (nW per b, N)
            self.labels = labels.repeat(b, 1).to(torch.int32)
            self.region = reference.region_mask(
                t, h, w, list(window), list(shift), self.mask_value, dtype=dtype, device=device
            ).repeat(b, 1, 1)
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
        o = F.scaled_dot_product_attention(q, k, v, attn_mask=bias.to(q.dtype), scale=self.scale)
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

            o = flex(
                q.contiguous(),
                k.contiguous(),
                v.contiguous(),
                score_mod=score_mod,
                scale=self.scale,
            )
            return self._scatter(o, qkv)

        return run


class KvShiftProblem:
    """A frame-wise ViT attention with a key/value temporal shift (X-ViT, SCT): qkv
    ``(B * T, N, 3C)``, no bias; the same method interface as :class:`Problem`."""

    def __init__(self, name: str, dtype, device, batch: int = 1):
        method, frames = KV_SHAPES[name]
        n, c, heads = VIT_B16["tokens"], VIT_B16["channels"], VIT_B16["heads"]
        self.name, self.dtype, self.device, self.method = name, dtype, device, method
        self.frames, self.batch, self.heads, self.n = frames, batch, heads, n
        self.head_dim = c // heads
        self.n_windows = batch * frames
        self.flops_fwd = 4 * n * n * self.head_dim * self.n_windows * heads
        g = torch.Generator().manual_seed(0)
        self.qkv = torch.randn(self.n_windows, n, 3 * c, generator=g).to(device, dtype)
        self.grad_out = torch.randn(self.n_windows, n, c, generator=g).to(device, dtype)
        self.table = None
        d = patterns.kv_shift_xvit(c, heads) if method == "xvit" else patterns.kv_shift_previous(c)
        self.kv_time_shift = d.to(device)
        self.boundary = patterns.KV_SHIFT_BOUNDARY[method]

    def fused(self, backend):
        def run(qkv, table):
            return ops.window_attention(
                qkv,
                num_heads=self.heads,
                window=(1, 1, self.n),
                batch_size=self.batch,
                num_frames=self.frames,
                kv_time_shift=self.kv_time_shift,
                kv_time_shift_boundary=self.boundary,
                backend=backend,
            )

        return run

    def _published_shift(self, x):
        """X-ViT's TemporalShift on k or v (B*T, heads, N, d), as the published code: to
        (B, T, heads*d, N), a zero tensor, slice copies of the shifted channels, back."""
        b, t, h, n, d = self.batch, self.frames, self.heads, self.n, self.head_dim
        x = x.view(b, t, h, n, d).permute(0, 1, 2, 4, 3).contiguous().view(b, t, h * d, n)
        fold = h * d // 8
        out = torch.zeros_like(x)
        out[:, :-1, :fold] = x[:, 1:, :fold]
        out[:, 1:, fold : 2 * fold] = x[:, :-1, fold : 2 * fold]
        out[:, :, 2 * fold :] = x[:, :, 2 * fold :]
        return out.view(b, t, h, d, n).permute(0, 1, 2, 4, 3).contiguous().view(b * t, h, n, d)

    def _previous_frame(self, x):
        """SCT: frame t takes frame t - 1's k or v, frame 0 its own (one concatenation)."""
        y = x.view(self.batch, self.frames, *x.shape[1:])
        return torch.cat([y[:, :1], y[:, :-1]], dim=1).view(x.shape)

    def chain(self, qkv, table):
        bt, n, _ = qkv.shape
        q, k, v = qkv.view(bt, n, 3, self.heads, self.head_dim).permute(2, 0, 3, 1, 4)
        shift = self._published_shift if self.method == "xvit" else self._previous_frame
        o = F.scaled_dot_product_attention(q, shift(k), shift(v))
        return o.transpose(1, 2).reshape(bt, n, self.heads * self.head_dim)


def make_problem(name: str, dtype, device, frames: int = 16):
    """The problem of a shape name (``frames`` applies to the PST / Video-Swin shapes)."""
    if name in KV_SHAPES:
        return KvShiftProblem(name, dtype, device)
    return Problem(name, dtype, device, frames=frames)


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
            t = None if table0 is None else table0.detach().requires_grad_(True)
            out = fn(q, t)
            out.backward(p.grad_out)

        return step

    res = {
        "shape": p.name,
        "dtype": str(p.dtype).split(".")[-1],
        "n_windows": p.n_windows,
        "N": p.n,
        "head_dim": p.head_dim,
        "heads": p.heads,
        "flops_fwd": p.flops_fwd,
        "gemm_rate_gflops": rate / 1e9,
        "floor_fwd_ms": p.flops_fwd / rate * 1e3,
        # forward + backward: the backward's dV, dP, dQ, dK are 8 N^2 d (2x the forward's
        # GEMMs; a kernel recomputing q k^T from the logsumexp does 2 N^2 d more)
        "flops_fwd_bwd": 3 * p.flops_fwd,
        "floor_fwd_bwd_ms": 3 * p.flops_fwd / rate * 1e3,
        "methods": {},
    }
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
            r["error"] = _error(exc)
            if args.verbose:
                traceback.print_exc()
            continue
        try:
            for _ in range(args.warmup):
                train(fn)()
            ok_train[name] = fn
        except Exception as exc:  # noqa: BLE001
            r["fwd_bwd_error"] = _error(exc)
    timer = harness.Timer(p.device)
    for phase, make, ok in (("fwd", fwd, ok_fwd), ("fwd_bwd", train, ok_train)):
        steps = {n: make(fn) for n, fn in ok.items()}
        times = {n: [] for n in steps}
        with harness.no_gc():
            for n in harness.in_turns(
                list(steps), args.iters if phase == "fwd" else max(3, args.iters // 2)
            ):
                times[n].append(timer(steps[n]))
        for n, ts in times.items():
            st = harness.stats_ms(ts)
            m = res["methods"][n]
            m[f"{phase}_ms"], m[f"{phase}_q1_ms"], m[f"{phase}_q3_ms"] = (
                st["median"],
                st["q1"],
                st["q3"],
            )
            # the least disturbed run: robust to load spikes on a shared machine
            m[f"{phase}_min_ms"] = st["min"]
    live = harness.tensor_bytes([p.qkv, p.table, p.grad_out])
    for n, fn in ok_train.items():
        try:
            peak, _ = harness.peak_memory(train(fn), live, p.device)
            res["methods"][n]["train_peak_mb"] = peak / 2**20
        except Exception as exc:  # noqa: BLE001
            res["methods"][n]["train_peak_mb_error"] = _error(exc)
    # the best speedup over the chain any kernel could reach: one running at the GEMM floor
    chain = res["methods"].get("chain", {})
    for phase in ("fwd", "fwd_bwd"):
        if f"{phase}_ms" in chain:
            res[f"max_{phase}_speedup_vs_chain"] = chain[f"{phase}_ms"] / res[f"floor_{phase}_ms"]
    return res


def _error(exc: BaseException) -> str:
    """The whole message, on one line."""
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def bf16_vs_fp32(shape: str, backend: str, args, device) -> Dict[str, float]:
    """Fused fp32 and bf16 timed in turns (round robin) on the same shape: their ratio is
    not skewed by load changes between two separate runs."""
    probs = {d: make_problem(shape, DTYPES[d], device, args.frames) for d in ("fp32", "bf16")}
    steps = {}
    for d, p in probs.items():
        fn = p.fused(backend)

        def fwd(p=p, fn=fn):
            with torch.no_grad():
                fn(p.qkv, p.table)

        def train(p=p, fn=fn):
            q = p.qkv.detach().requires_grad_(True)
            t = None if p.table is None else p.table.detach().requires_grad_(True)
            fn(q, t).backward(p.grad_out)

        steps[f"{d}_fwd"], steps[f"{d}_fwd_bwd"] = fwd, train
    for f in steps.values():
        for _ in range(args.warmup):
            f()
    timer = harness.Timer(device)
    times = {k: [] for k in steps}
    with harness.no_gc():
        for k in harness.in_turns(list(steps), args.iters):
            times[k].append(timer(steps[k]))
    med = {k: harness.stats_ms(v)["median"] for k, v in times.items()}
    mn = {k: harness.stats_ms(v)["min"] for k, v in times.items()}
    return {
        **{f"{k}_ms": v for k, v in med.items()},
        **{f"{k}_min_ms": v for k, v in mn.items()},
        "bf16_speedup_fwd": med["fp32_fwd"] / med["bf16_fwd"],
        "bf16_speedup_fwd_bwd": med["fp32_fwd_bwd"] / med["bf16_fwd_bwd"],
        "bf16_speedup_fwd_min": mn["fp32_fwd"] / mn["bf16_fwd"],
        "bf16_speedup_fwd_bwd_min": mn["fp32_fwd_bwd"] / mn["bf16_fwd_bwd"],
    }


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
    if "fwd_bwd_ms" in f:
        out["fwd_bwd_over_floor"] = f["fwd_bwd_ms"] / res["floor_fwd_bwd_ms"]
    out["fwd_gflops"] = res["flops_fwd"] / f["fwd_ms"] / 1e6
    return out


def fused_backends(device: torch.device) -> List[str]:
    """The fused backends (tps_kernels' list but the reference chain) that run on `device`;
    the Triton interpreter (CPU tensors) is not worth timing."""
    out = []
    for b in _backends.BACKENDS:
        if b == "reference" or (b == "triton" and device.type != "cuda"):
            continue
        try:
            _backends._resolve(b, device.type, str(device))
        except (RuntimeError, ValueError):
            continue
        out.append(b)
    return out


def print_shape(res: Dict, p: Problem, fused: List[str]) -> None:
    print(
        f"\n## {res['shape']} {res['dtype']}: nW={p.n_windows} N={p.n} heads={p.heads} "
        f"d={p.head_dim}  fwd FLOPs={p.flops_fwd / 1e9:.2f} G  "
        f"floor={res['floor_fwd_ms']:.2f} ms, fwd+bwd floor={res['floor_fwd_bwd_ms']:.2f} ms"
    )
    if "max_fwd_speedup_vs_chain" in res:
        print(
            f"a kernel at the floor would be chain / floor = "
            f"{res['max_fwd_speedup_vs_chain']:.2f}x faster than the chain fwd"
            + (
                f", {res['max_fwd_bwd_speedup_vs_chain']:.2f}x fwd+bwd"
                if "max_fwd_bwd_speedup_vs_chain" in res
                else ""
            )
        )
    has_chain = any("max_abs_err_vs_chain" in r for r in res["methods"].values())
    head = ["method", "fwd ms", "IQR", "(min)", "fwd+bwd ms", "(min)", "train peak MB"] + (
        ["err vs chain"] if has_chain else []
    )
    rows = []
    for n, r in res["methods"].items():
        if "error" in r:
            rows.append([n, f"ERROR {r['error']}"])
            continue
        rows.append(
            [
                n,
                fmt(r.get("fwd_ms"), ".2f"),
                f"{fmt(r.get('fwd_q1_ms'), '.2f')}-{fmt(r.get('fwd_q3_ms'), '.2f')}",
                fmt(r.get("fwd_min_ms"), ".2f"),
                fmt(r.get("fwd_bwd_ms"), ".2f"),
                fmt(r.get("fwd_bwd_min_ms"), ".2f"),
                fmt(r.get("train_peak_mb"), ".1f"),
            ]
            + ([fmt(r.get("max_abs_err_vs_chain"), ".2e")] if has_chain else [])
        )
        if "fwd_bwd_error" in r:
            rows.append(["", f"no fwd+bwd: {r['fwd_bwd_error']}"])
    widths = [
        max(len(r[i]) for r in [head] + rows if len(r) == len(head) or i == 0)
        for i in range(len(head))
    ]
    for r in [head] + rows:
        if len(r) != len(head):
            print(f"{r[0]:{widths[0]}s}  {r[1]}")
        else:
            print(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))
                )
            )
    for b in fused:
        parts = [f"{k}={v:.2f}" for k, v in res[f"ratios:fused:{b}"].items()]
        print(
            f"ratios fused:{b}: "
            + (", ".join(parts) if parts else "none (the fused forward did not run)")
        )


def csv_rows(results: List[Dict]) -> List[Dict[str, object]]:
    """One flat row per (isa, shape, dtype, method) of the per-shape results."""
    rows = []
    for res in results:
        if "methods" not in res:
            continue
        for name, m in res["methods"].items():
            rows.append(
                {
                    "isa": res.get("isa", res["env"]["tps_cpu_isa"]),
                    "device": res["env"]["device"],
                    "shape": res["shape"],
                    "dtype": res["dtype"],
                    "method": name,
                    "floor_fwd_ms": res["floor_fwd_ms"],
                    "floor_fwd_bwd_ms": res["floor_fwd_bwd_ms"],
                    **m,
                }
            )
    return rows


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shapes",
        default=",".join(SHAPES),
        help=f"comma list of {', '.join(ALL_SHAPES)} (default: {', '.join(SHAPES)})",
    )
    ap.add_argument(
        "--dtype",
        default="fp32",
        help="comma list of fp32,bf16,fp16; fp32 and bf16 together also time "
        "the fused bf16 vs fp32 in turns (default: %(default)s)",
    )
    ap.add_argument(
        "--iters",
        type=int,
        default=10,
        help="timed runs per method, forward; fwd+bwd takes half, at least 3 "
        "(default: %(default)s)",
    )
    ap.add_argument(
        "--warmup", type=int, default=2, help="untimed runs per method first (default: %(default)s)"
    )
    ap.add_argument(
        "--methods",
        default="fused,chain,gather_sdpa,flex",
        help="comma list of fused,chain,gather_sdpa,flex (default: all)",
    )
    ap.add_argument(
        "--backends",
        help="comma list of the backends timed as fused:<b> (any of "
        + ", ".join(_backends.BACKENDS)
        + "; reference checks a shape whose compiled kernels are missing) (default: every "
        "compiled backend that runs on the device)",
    )
    harness.add_device_argument(ap, default="cpu")
    ap.add_argument(
        "--isa",
        help="CPU: comma list of "
        + ", ".join(CPU_ISA_CHOICES)
        + ": measure each kernel set in a subprocess (TPS_CPU_ISA=<isa>; avx2 on "
        "an AVX-512 CPU holds torch, MKL and oneDNN to AVX2 too); an ISA this "
        "CPU lacks is skipped (default: the best this CPU has)",
    )
    ap.add_argument(
        "--threads", type=int, default=None, help="torch.set_num_threads (default: torch's)"
    )
    ap.add_argument("--frames", type=int, default=16, help="token frames (default: %(default)s)")
    ap.add_argument("--json", metavar="PATH", help="write all results (strict JSON)")
    ap.add_argument("--csv", metavar="PATH", help="write one row per (isa, shape, dtype, method)")
    ap.add_argument(
        "--thp",
        action="store_true",
        help="THP_MEM_ALLOC_ENABLE=1: PyTorch backs large CPU allocations with "
        "transparent huge pages (fewer first-touch page faults, for every "
        "method alike)",
    )
    harness.add_malloc_argument(ap)
    ap.add_argument("--verbose", action="store_true", help="print tracebacks of failures")
    args = ap.parse_args(argv)
    for what, names, known in (
        ("--shapes", args.shapes, ALL_SHAPES),
        ("--dtype", args.dtype, DTYPES),
        ("--methods", args.methods, METHODS),
        ("--isa", args.isa or "all", CPU_ISA_CHOICES),
        ("--backends", args.backends or "reference", _backends.BACKENDS),
    ):
        bad = [n for n in names.split(",") if n not in known]
        if bad:
            ap.error(
                f"{what}: unknown {', '.join(bad)}; expected a comma list of {', '.join(known)}"
            )
    if args.isa and args.device != "cpu":
        ap.error("--isa picks CPU kernel sets: it needs --device cpu")
    harness.resolve_device(ap, args)
    for name in ("iters", "frames"):
        if getattr(args, name) < 1:
            ap.error(f"--{name} must be >= 1, got {getattr(args, name)}")
    return args


METHODS = ("fused", "chain", "gather_sdpa", "flex")
ALL_SHAPES = {**SHAPES, **KV_SHAPES}
CPU_ISA_CHOICES = tuple(harness.CPU_ISAS) + ("all",)


def run_isas(args) -> List[Dict]:
    """Each ISA of --isa in its own process (the kernel set and torch's are chosen at
    start-up); the children print their tables, the results are gathered here."""
    isas = list(harness.CPU_ISAS) if args.isa == "all" else args.isa.split(",")
    have = harness.supported_isas()
    child = (
        [
            "--shapes",
            args.shapes,
            "--dtype",
            args.dtype,
            "--iters",
            str(args.iters),
            "--warmup",
            str(args.warmup),
            "--methods",
            args.methods,
            "--frames",
            str(args.frames),
        ]
        + (["--threads", str(args.threads)] if args.threads else [])
        + (["--backends", args.backends] if args.backends else [])
        + (["--thp"] if args.thp else [])
        + ["--malloc", args.malloc]
        + (["--verbose"] if args.verbose else [])
    )
    results = []
    for isa in isas:
        if isa not in have:
            lacks = [f for f in harness.CPU_ISAS[isa] if f not in harness.cpu_flags()]
            print(f"\n# skip --isa {isa}: this CPU lacks {', '.join(lacks)}", flush=True)
            continue
        env = {**os.environ, **harness.isa_environment(isa)}
        print(
            f"\n# --isa {isa}: "
            + " ".join(f"{k}={v}" for k, v in harness.isa_environment(isa).items()),
            flush=True,
        )
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "r.json")
            rc = subprocess.call(
                [sys.executable, os.path.abspath(__file__)] + child + ["--json", out], env=env
            )
            if rc != 0:
                print(f"# --isa {isa}: failed with exit code {rc}", flush=True)
                results.append({"isa": isa, "error": f"exit code {rc}"})
                continue
            with open(out) as f:
                results += [{"isa": isa, **r} for r in json.load(f)]
    fwd = [
        (r["isa"], r["shape"], r["dtype"], n, m)
        for r in results
        if "methods" in r
        for n, m in r["methods"].items()
        if n.startswith("fused:") and "fwd_ms" in m
    ]
    if fwd:
        print("\n## fused forward by ISA (median ms; vs the chain of the same run where it ran)")
        for isa, shape, dtype, name, m in fwd:
            ratio = next(
                (
                    r[f"ratios:{name}"].get("fwd_speedup_vs_chain")
                    for r in results
                    if r.get("isa") == isa and r.get("shape") == shape and r.get("dtype") == dtype
                ),
                None,
            )
            print(
                f"{isa:11s} {shape:6s} {dtype:5s} {name:10s} fwd {m['fwd_ms']:9.2f} ms"
                + (f"  {ratio:.2f}x faster than the chain" if ratio else "")
            )
    return results


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.isa:
        results = run_isas(args)
    else:
        results = measure(args)
    if args.json:
        harness.write_json(args.json, results)
    if args.csv:
        harness.write_csv(args.csv, csv_rows(results))
    return 0 if results and not any("error" in r and "methods" not in r for r in results) else 1


def measure(args) -> List[Dict]:
    harness.apply_malloc(args.malloc)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    want = args.methods.split(",")
    fused = args.backends.split(",") if args.backends else fused_backends(device)
    env = {**harness.environment(device), "thp": args.thp, "fused_backends": fused}
    print(f"# {harness.header(env)}; fused backends: {', '.join(fused) or 'none'}")
    results = []
    for dname in args.dtype.split(","):
        dtype = DTYPES[dname]
        rate_dtype = harness.floor_dtype(dtype, device)
        rate = gemm_rate(rate_dtype, device)
        print(
            f"# {dname} GEMM rate: {rate / 1e9:.1f} GFLOP/s (torch.mm 2048^3"
            + (
                f" in {str(rate_dtype).split('.')[-1]}: this CPU has no {dname} dot products)"
                if rate_dtype != dtype
                else ")"
            )
        )
        for shape in args.shapes.split(","):
            p = make_problem(shape, dtype, device, args.frames)
            methods = {}
            if "fused" in want:
                for b in fused:
                    methods[f"fused:{b}"] = p.fused(b)
            if "chain" in want:
                methods["chain"] = p.chain
            if "gather_sdpa" in want and hasattr(p, "gather_sdpa"):
                methods["gather_sdpa"] = p.gather_sdpa
            if "flex" in want and hasattr(p, "make_flex"):
                methods["flex"] = p.make_flex()
            res = bench_shape(p, methods, args, rate)
            res["env"] = env
            for b in fused:
                res[f"ratios:fused:{b}"] = ratios(res, f"fused:{b}")
            results.append(res)
            print_shape(res, p, fused if "fused" in want else [])
            sys.stdout.flush()
    if {"fp32", "bf16"} <= set(args.dtype.split(",")) and "fused" in want:
        print("\n## fused bf16 vs fp32, timed in turns (median; min in brackets)")
        for shape in args.shapes.split(","):
            for b in fused:
                r = bf16_vs_fp32(shape, b, args, device)
                results.append({"shape": shape, "bf16_vs_fp32": f"fused:{b}", **r})
                print(
                    f"{shape} fused:{b}: fp32 fwd {r['fp32_fwd_ms']:.2f} ms, bf16 fwd "
                    f"{r['bf16_fwd_ms']:.2f} ms -> {r['bf16_speedup_fwd']:.2f}x "
                    f"[{r['bf16_speedup_fwd_min']:.2f}x]; fwd+bwd "
                    f"{r['bf16_speedup_fwd_bwd']:.2f}x [{r['bf16_speedup_fwd_bwd_min']:.2f}x]"
                )
                sys.stdout.flush()
    return results


if __name__ == "__main__":
    sys.exit(main())
