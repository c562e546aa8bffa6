"""pytest-benchmark suite of the fused op, on demand (not part of the default `pytest` run,
whose testpaths is tests/):

    pytest benchmarks/test_ops_bench.py --benchmark-columns=median,iqr,rounds \\
        --benchmark-group-by=param:shape,param:mode --benchmark-sort=name
    TPS_BENCH_FRAMES=4 pytest benchmarks/test_ops_bench.py -k "s1 or swin"   # quicker

Shapes: the attention of the four PST-T stages (odd blocks: SW-MSA roll (0, 3, 3), region
mask, patch shift pattern C, official bias) and the Video-Swin-T stage-1 block (window
(8, 7, 7), shift (4, 3, 3), 3D relative bias), batch 1, T = 16 token frames (env
TPS_BENCH_FRAMES). Every available backend of this install, forward and forward + backward.
The key/value temporal shift (issue #13): ViT-B/16 at 224 frame by frame (windows layout,
window (1, 1, 197), 12 heads x 64, batch 1, T token frames) with the X-ViT and SCT maps.
Each benchmark records its multiply-adds (``gmacs``) and achieved GFLOP/s in extra_info.
The op-level comparison against SDPA / FlexAttention lives in benchmarks/ops.py.
"""

import os

import pytest
import torch

import tps_kernels
from tps_kernels import flops, patterns, rpe

pytest.importorskip("pytest_benchmark", reason="pytest-benchmark not installed")

FRAMES = int(os.environ.get("TPS_BENCH_FRAMES", "16"))
ROUNDS = int(os.environ.get("TPS_BENCH_ROUNDS", "5"))
DTYPE = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[
    os.environ.get("TPS_BENCH_DTYPE", "fp32")
]

# name: (map size, channels, heads, window, shift, patch shift?)
SHAPES = {
    "pst_s1": (56, 96, 3, (1, 7, 7), (0, 3, 3), True),
    "pst_s2": (28, 192, 6, (1, 7, 7), (0, 3, 3), True),
    "pst_s3": (14, 384, 12, (1, 7, 7), (0, 3, 3), True),
    "pst_s4": (7, 768, 24, (1, 7, 7), (0, 0, 0), True),  # map = window: no roll, TPS only
    "videoswin_s1": (56, 96, 3, (8, 7, 7), (4, 3, 3), False),
}


# name: (map helper, its recommended boundary key); ViT-B/16: 197 tokens, 768 channels, 12 heads
KV_SHAPES = {"xvit_vitb16": "xvit", "sct_vitb16": "sct"}


def _device_backends():
    out = []
    for name in tps_kernels._backends.BACKENDS:
        ok, why = tps_kernels._backends.status(name)
        dev = "cuda" if name in ("cuda", "triton") else "cpu"
        if ok and dev == "cuda" and not torch.cuda.is_available():
            ok, why = False, "no CUDA device"
        if name == "reference" and torch.cuda.is_available():
            out.append(pytest.param(("reference", "cuda"), id="reference-cuda"))
        out.append(
            pytest.param(
                (name, dev),
                id=f"{name}-{dev}",
                marks=() if ok else pytest.mark.skip(reason=f"backend {name} unavailable: {why}"),
            )
        )
    return out


def _inputs(shape_name, device):
    size, c, heads, window, shift, tps = SHAPES[shape_name]
    wt = window[0]
    frames = max(FRAMES, wt)
    gen = torch.Generator().manual_seed(0)
    qkv = torch.randn(1, frames, size, size, 3 * c, generator=gen).to(device, DTYPE)
    fs = patterns.frame_shift_map("C", window) if tps else None
    if tps:
        index = rpe.official_index(frames, window, fs)
        table = torch.randn(rpe.official_table_size(frames, window), heads, generator=gen)
    else:
        index = rpe.relative_index(window)
        table = torch.randn(rpe.relative_table_size(window), heads, generator=gen)
    table = (table * 0.02).to(device, DTYPE)
    kwargs = dict(num_heads=heads, window=window, shift=shift, frame_shift=fs)
    return qkv, table, index.to(device), kwargs


@pytest.mark.parametrize("mode", ["fwd", "fwd_bwd"])
@pytest.mark.parametrize("backend", _device_backends())
@pytest.mark.parametrize("shape", list(SHAPES))
def test_window_attention(benchmark, shape, backend, mode):
    name, device = backend
    qkv, table, index, kwargs = _inputs(shape, device)
    train = mode == "fwd_bwd"
    qkv.requires_grad_(train)
    table.requires_grad_(train)
    grad = torch.randn(qkv.shape[:-1] + (qkv.shape[-1] // 3,), device=device, dtype=DTYPE)
    step = _step(qkv, table, index, grad, name, device, train, kwargs)

    macs = flops.window_attention_macs(qkv.shape, kwargs["window"]) * (3 if train else 1)
    benchmark.extra_info.update(
        gmacs=macs / 1e9,
        shape=shape,
        backend=name,
        mode=mode,
        dtype=str(DTYPE),
        frames=qkv.shape[1],
    )
    benchmark.pedantic(step, rounds=ROUNDS, warmup_rounds=1, iterations=1)
    benchmark.extra_info["gflop_per_s"] = 2 * macs / benchmark.stats.stats.median / 1e9


def _step(qkv, table, index, grad, name, device, train, kwargs):
    """One forward (+ backward) of the op, synchronized."""
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)

    def step():
        out = tps_kernels.window_attention(qkv, table, index, backend=name, **kwargs)
        if train:
            qkv.grad = None
            if table is not None:
                table.grad = None
            out.backward(grad)
        sync()

    return step


@pytest.mark.parametrize("mode", ["fwd", "fwd_bwd"])
@pytest.mark.parametrize("backend", _device_backends())
@pytest.mark.parametrize("shape", list(KV_SHAPES))
def test_kv_time_shift(benchmark, shape, backend, mode):
    name, device = backend
    method = KV_SHAPES[shape]
    tokens, c, heads = 197, 768, 12
    gen = torch.Generator().manual_seed(0)
    qkv = torch.randn(FRAMES, tokens, 3 * c, generator=gen).to(device, DTYPE)
    d = patterns.kv_shift_xvit(c, heads) if method == "xvit" else patterns.kv_shift_previous(c)
    kwargs = dict(
        num_heads=heads,
        window=(1, 1, tokens),
        batch_size=1,
        num_frames=FRAMES,
        kv_time_shift=d.to(device),
        kv_time_shift_boundary=patterns.KV_SHIFT_BOUNDARY[method],
    )
    train = mode == "fwd_bwd"
    qkv.requires_grad_(train)
    grad = torch.randn(FRAMES, tokens, c, device=device, dtype=DTYPE)
    step = _step(qkv, None, None, grad, name, device, train, kwargs)
    macs = flops.window_attention_macs(qkv.shape, kwargs["window"]) * (3 if train else 1)
    benchmark.extra_info.update(
        gmacs=macs / 1e9, shape=shape, backend=name, mode=mode, dtype=str(DTYPE), frames=FRAMES
    )
    benchmark.pedantic(step, rounds=ROUNDS, warmup_rounds=1, iterations=1)
    benchmark.extra_info["gflop_per_s"] = 2 * macs / benchmark.stats.stats.median / 1e9
