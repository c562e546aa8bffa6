"""Cost of kv_time_shift in the CPU kernels (issue #13) on the ViT-B/16 shape: B = 1, T = 8,
N = 197 (196 patches + class token: windows layout, window (1, 1, 197)), 12 heads x 64, the
X-ViT map (first C/8 channels d = +1, next C/8 d = -1, rest 0). Methods: the fused op
without kv_time_shift, with it (each boundary), and the published-style chain (shifted
copies of k and v + scaled_dot_product_attention); forward and forward + backward, per ISA.
One intra-op thread, time.process_time medians, methods interleaved round-robin after a
warm-up (on a shared machine wall-clock times measure the contention; see
benchmarks/cpu_time.py). Not part of the library or the tests. From the repository root:

    PYTHONPATH=. python csrc/cpu/microbench/kv_time_shift.py float32 15 avx2,generic
"""

import os
import statistics
import sys
import time

import torch
import torch.nn.functional as F

from tps_kernels import ops

B, T, N, HEADS, HEAD_DIM = 1, 8, 197, 12, 64
C = HEADS * HEAD_DIM
FOLD = C // 8
XVIT = torch.zeros(C, dtype=torch.int32)
XVIT[:FOLD] = 1
XVIT[FOLD : 2 * FOLD] = -1
KW = dict(num_heads=HEADS, window=(1, 1, N), batch_size=B, num_frames=T, backend="cpu")


def fused(boundary=None):
    extra = {} if boundary is None else dict(kv_time_shift=XVIT, kv_time_shift_boundary=boundary)
    return lambda qkv: ops.window_attention(qkv, None, None, **KW, **extra)


def shift_copy(x):
    """x (B, T, N, C) -> the X-ViT shift as the published code does it: a shifted copy."""
    out = torch.zeros_like(x)
    out[:, :-1, :, :FOLD] = x[:, 1:, :, :FOLD]  # d = +1: frame t reads frame t + 1
    out[:, 1:, :, FOLD : 2 * FOLD] = x[:, :-1, :, FOLD : 2 * FOLD]  # d = -1
    out[..., 2 * FOLD :] = x[..., 2 * FOLD :]
    return out


def chain(qkv):
    q, k, v = qkv.view(B, T, N, 3, C).unbind(3)
    k, v = shift_copy(k), shift_copy(v)

    def heads(x):
        return x.reshape(B * T, N, HEADS, HEAD_DIM).transpose(1, 2)

    o = F.scaled_dot_product_attention(heads(q), heads(k), heads(v))
    return o.transpose(1, 2).reshape(B * T, N, C)


METHODS = {
    "fused": fused(),
    "fused kv zero": fused("zero"),
    "fused kv self": fused("self"),
    "fused kv cyclic": fused("cyclic"),
    "chain (copies + SDPA)": chain,
}


def main(dtype, rounds, isas):
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(0)
    qkv = torch.randn(B * T, N, 3 * C, generator=gen)
    grad_out = torch.randn(B * T, N, C, generator=gen).to(dtype)
    with torch.no_grad():  # the chain computes the same thing (zero boundary)
        err = (chain(qkv.double()) - fused("zero")(qkv.double())).abs().max().item()
    assert err < 1e-9, f"chain and fused op disagree: {err}"
    qkv = qkv.to(dtype)

    def run(fn, backward):
        x = qkv.clone().requires_grad_(backward)
        t0 = time.process_time()
        if backward:
            fn(x).backward(grad_out)
        else:
            with torch.no_grad():
                fn(x)
        return time.process_time() - t0

    print(f"# {dtype} 1 thread, process_time medians of {rounds}")
    for backward in (False, True):
        # the chain does not depend on the ISA: timed once, under the first
        items = [(i, m) for i in isas for m in METHODS if i == isas[0] or not m.startswith("chain")]
        samples = {item: [] for item in items}
        for r in range(rounds + 1):  # round 0 warms up
            for isa, m in items if r % 2 else items[::-1]:
                os.environ["TPS_CPU_ISA"] = isa
                t = run(METHODS[m], backward)
                if r:
                    samples[(isa, m)].append(t)
        for isa in isas:
            base = statistics.median(samples[(isa, "fused")])
            for m in METHODS:
                s = samples.get((isa, m)) or samples[(isas[0], m)]
                med = statistics.median(s)
                what = "fwd+bwd" if backward else "fwd"
                print(f"{what:8s} {isa:8s} {m:22s} {med * 1e3:8.2f} ms  x{med / base:.3f} of fused")


if __name__ == "__main__":
    main(
        getattr(torch, sys.argv[1] if len(sys.argv) > 1 else "float32"),
        int(sys.argv[2]) if len(sys.argv) > 2 else 15,
        (sys.argv[3] if len(sys.argv) > 3 else "avx2,generic").split(","),
    )
