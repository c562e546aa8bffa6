"""Seeded random sweep over the whole option space of the ops against the float64 reference,
forward and gradients: layouts, temporal windows 1/2, window sizes, Swin rolls, frame_shift
maps (named patterns, random grids, int64 values far outside [0, T)), bias index planes
Ti = 1 or T / wt (random and structured indices), explicit masks, scale, mask_value and every
float dtype. Each configuration is one test id (its seed), so a failure reproduces alone.

Inputs are rounded to the tested dtype first and the reference runs in float64 on those
same values, so the tolerances of cases.TOLERANCES measure the kernel, not the rounding of
the inputs.
"""

from __future__ import annotations

import random

import pytest
import torch

import tiers
from cases import TOLERANCE_DTYPES, TOLERANCES
from tps_kernels import ops, patterns, rpe

N_CPU = 240  # configurations on the compiled CPU kernels
N_TRITON = 20  # tiny ones on Triton (the interpreter without a GPU)
LOW = (torch.float16, torch.bfloat16)


def draw(seed: int, tiny: bool = False):
    """One random configuration: (args, kwargs, dtype, description) for window_attention,
    args in float64 already rounded to dtype."""
    r = random.Random(seed)
    gen = torch.Generator().manual_seed(seed)
    dtype = r.choice([torch.float64] * 4 + [torch.float32] * 4 + list(LOW))
    layout = r.choice(["video", "windows"])
    wt = r.choice([1, 1, 2])
    wh, ww = r.randint(1, 3 if tiny else 4), r.randint(1, 3 if tiny else 4)
    n = wt * wh * ww
    frames = wt * r.randint(1, 2 if tiny else 3)
    batch = r.randint(1, 2)
    ny, nx = r.randint(1, 2), r.randint(1, 2)
    heads = r.randint(1, 2 if tiny else 3)
    head_dim = r.choice([1, 2, 4] if tiny else [1, 3, 4, 8, 16])
    c3 = 3 * heads * head_dim
    kwargs = dict(num_heads=heads, window=(wt, wh, ww) if wt > 1 or r.random() < 0.5 else (wh, ww))
    desc = [
        layout,
        f"wt{wt}",
        f"win{wh}x{ww}",
        f"B{batch}",
        f"T{frames}",
        f"h{heads}",
        f"d{head_dim}",
        str(dtype).split(".")[1],
    ]

    fs = None
    kind = r.choice(["none", "none", "pattern", "random", "big"])
    if kind == "pattern":
        fs = patterns.frame_shift_map(r.choice(sorted(patterns.PATTERNS)), (wh, ww))
    elif kind != "none":
        span = 2 * frames
        fs = torch.randint(-span, span + 1, (wh, ww), generator=gen, dtype=torch.int64)
        if kind == "big":  # int64 values: act modulo T (never narrowed first)
            fs = fs + frames * torch.randint(-(2**40), 2**40, (wh, ww), generator=gen)
    kwargs["frame_shift"] = fs
    desc.append(f"fs={kind}")

    n_t = frames // wt
    if layout == "video":
        qkv = torch.randn(batch, frames, ny * wh, nx * ww, c3, generator=gen)
        shift = tuple(r.randrange(w) if r.random() < 0.6 else 0 for w in (wt, wh, ww))
        kwargs["shift"] = shift
        desc.append("shift" + "".join(map(str, shift)))
        counts_needed = False
    else:
        rows = batch * n_t * ny * nx
        qkv = torch.randn(rows, n, c3, generator=gen)
        counts_needed = fs is not None

    table = index = None
    bias = r.choice(["none", "random1", "randomT", "structured"])
    if bias != "none":
        if bias == "structured":
            if wt == 1 and r.random() < 0.5:
                index = rpe.official_index(frames, (wh, ww), fs)
            else:
                index = rpe.relative_index(
                    (wt, wh, ww), None if fs is None else torch.remainder(fs, frames)
                )
            rows_r = int(index.max()) + 1
        else:
            rows_r = r.randint(1, 40)
            ti = 1 if bias == "random1" else n_t
            index = torch.randint(0, rows_r, (ti, n, n), generator=gen)
        table = torch.randn(rows_r, heads, generator=gen)
        counts_needed = counts_needed or index.shape[0] > 1
    desc.append(f"bias={bias}")

    if layout == "windows":
        if counts_needed or r.random() < 0.5:
            kwargs.update(batch_size=batch, num_frames=frames)
        if r.random() < 0.5:
            m = r.choice([1, ny * nx, qkv.shape[0]])
            mask = 2 * torch.randn(m, n, n, generator=gen)
            mask = mask.masked_fill(torch.rand(m, n, n, generator=gen) < 0.2, -100.0)
            kwargs["mask"] = mask.to(dtype).double()
            desc.append("mask")
    if r.random() < 0.3:
        kwargs["scale"] = r.uniform(0.05, 1.0)
        desc.append("scale")
    if r.random() < 0.3:
        kwargs["mask_value"] = r.choice([-3.0, -1e4])
        desc.append("mask_value")
    table_dtype = torch.float32 if dtype in LOW and r.random() < 0.5 else dtype
    if table is not None and table_dtype != dtype:
        desc.append("fp32_table")
    qkv = qkv.to(dtype).double()
    if table is not None:
        table = table.to(table_dtype).double()
    return (qkv, table, index), kwargs, dtype, table_dtype, " ".join(desc)


def _run(backend, args, kwargs, grad_out, dtype, table_dtype):
    qkv, table, index = args
    qkv = qkv.to(dtype).clone().requires_grad_(True)
    table = None if table is None else table.to(table_dtype).clone().requires_grad_(True)
    kw = dict(kwargs)
    if "mask" in kw:
        kw["mask"] = kw["mask"].to(dtype)
    out = ops.window_attention(qkv, table, index, backend=backend, **kw)
    out.backward(grad_out.to(out.dtype))
    return out, qkv.grad, None if table is None else table.grad


def check_config(backend, seed, tiny=False):
    args, kwargs, dtype, table_dtype, desc = draw(seed, tiny)
    gen = torch.Generator().manual_seed(seed + 10**6)
    out_shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
    grad_out = torch.randn(out_shape, generator=gen, dtype=torch.float64).to(dtype).double()
    want = _run("reference", args, kwargs, grad_out, torch.float64, torch.float64)
    got = _run(backend, args, kwargs, grad_out, dtype, table_dtype)
    tol = TOLERANCES[dtype]
    assert got[0].dtype == dtype and got[0].shape == want[0].shape, desc
    for name, g, w in zip(("out", "grad_qkv", "grad_bias_table"), got, want):
        if w is None:
            continue
        atol = tol["atol"]
        if name == "grad_bias_table":  # a sum over windows: tolerance scales with its size
            atol *= max(1.0, float(w.abs().max()))
            assert g.dtype == table_dtype, desc
        g = g.detach().double()
        assert not torch.isnan(g).any(), f"{desc}: {name} has NaN"
        torch.testing.assert_close(
            g,
            w.detach(),
            atol=atol,
            rtol=tol["rtol"],
            msg=lambda m: f"seed {seed} ({desc}): {name}\n{m}",
        )


def check_shifts(backend, seed):
    """patch_shift / channel_shift are permutations: exact values and gradients."""
    r = random.Random(seed)
    gen = torch.Generator().manual_seed(seed)
    dtype = r.choice(TOLERANCE_DTYPES)
    b, t, wh, ww = r.randint(1, 2), r.randint(1, 4), r.randint(1, 3), r.randint(1, 3)
    heads, hd, fold_div = r.randint(1, 3), r.choice([1, 4, 8]), r.randint(1, 8)
    c = heads * hd
    x = torch.randn(b, t, 2 * wh, ww, c, generator=gen).to(dtype)
    xw = x.reshape(b, t, 2, wh, 1, ww, c).permute(0, 1, 2, 4, 3, 5, 6).reshape(-1, wh * ww, c)
    fs = torch.randint(-3 * t, 3 * t + 1, (wh, ww), generator=gen) + t * 2**33
    inverse = r.random() < 0.5
    calls = {
        "patch_shift video": (x, lambda v, be: ops.patch_shift(v, fs, inverse=inverse, backend=be)),
        "patch_shift windows": (
            xw,
            lambda v, be: ops.patch_shift(
                v, fs, inverse=inverse, batch_size=b, num_frames=t, backend=be
            ),
        ),
        "channel_shift video": (
            x,
            lambda v, be: ops.channel_shift(v, num_heads=heads, fold_div=fold_div, backend=be),
        ),
        "channel_shift windows": (
            xw.reshape(b * t, -1, c),
            lambda v, be: ops.channel_shift(
                v, num_heads=heads, fold_div=fold_div, batch_size=b, num_frames=t, backend=be
            ),
        ),
    }
    for name, (base, fn) in calls.items():
        results = []
        for be in ("reference", backend):
            inp = base.clone().requires_grad_(True)
            out = fn(inp, be)
            out.backward((torch.arange(out.numel()) % 7).to(dtype).reshape(out.shape))
            results.append((out.detach(), inp.grad))
        for got, want in zip(results[1], results[0]):
            torch.testing.assert_close(
                got, want, atol=0, rtol=0, msg=lambda m: f"seed {seed} {name}: {m}"
            )


def test_sweep_draws_cover_the_option_space():
    """The sweep is only as good as its draws: every option value occurs."""
    seen = set()
    for seed in range(N_CPU):
        seen.update(draw(seed)[-1].split())
    for word in (
        "video",
        "windows",
        "wt1",
        "wt2",
        "fs=none",
        "fs=pattern",
        "fs=random",
        "fs=big",
        "bias=none",
        "bias=random1",
        "bias=randomT",
        "bias=structured",
        "mask",
        "scale",
        "mask_value",
        "fp32_table",
        "shift000",
        "d1",
        "d16",
        "float64",
        "float32",
        "bfloat16",
        "float16",
    ):
        assert word in seen, word
    assert any(w.startswith("shift") and w != "shift000" for w in seen)


@tiers.needs_backend("cpu")
@pytest.mark.parametrize("seed", range(N_CPU))
def test_cpu_matches_reference(seed):
    check_config("cpu", seed)


@tiers.extended
@tiers.needs_backend("cpu")
@pytest.mark.parametrize("seed", range(N_CPU, 4 * N_CPU))
def test_cpu_matches_reference_extended(seed):
    """More of the same sweep: the extended tier."""
    check_config("cpu", seed)


@tiers.needs_backend("cpu")
@pytest.mark.parametrize("seed", range(0, 40, 2))
def test_cpu_shift_ops_match_reference(seed):
    check_shifts("cpu", seed)


@tiers.needs_backend("triton")
@pytest.mark.parametrize("seed", range(10**4, 10**4 + N_TRITON))
def test_triton_matches_reference(seed):
    check_config("triton", seed, tiny=True)


@tiers.needs_backend("triton")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_triton_shift_ops_match_reference(seed):
    check_shifts("triton", seed)


# ---- torch.compile(dynamic=True): batch and frames stay symbolic ---------------------------


@tiers.needs_backend("cpu")
def test_compile_dynamic_batch_and_frames_one_graph():
    """Three (B, T) compile one graph and match eager, forward and gradients (B and T used
    to be pinned: an `int` schema argument, int() in ops). The sizes avoid 0 and 1 (PyTorch
    always specializes them) and the sizes the op checks against constants (heads 2, window
    3, N 9): with duck sizing an equal size shares that symbol and is pinned with it."""
    backend = "cpu"
    from torch._dynamo.utils import counters

    fs = patterns.frame_shift_map("A", (3, 3))
    index = rpe.relative_index((3, 3), fs)
    table = torch.randn(int(index.max()) + 1, 2, dtype=torch.float64)
    kw = dict(num_heads=2, window=(3, 3), shift=(0, 1, 1), frame_shift=fs, backend=backend)

    def f(q, t):
        out = ops.window_attention(q, t, index, **kw)
        out = ops.channel_shift(out, num_heads=2, fold_div=4, backend=backend)
        return ops.patch_shift(out, fs, inverse=True, backend=backend)

    torch._dynamo.reset()
    counters.clear()
    compiled = torch.compile(f, backend="aot_eager", dynamic=True)
    for b, t in ((4, 5), (5, 4), (7, 8)):
        q = torch.randn(b, t, 6, 12, 24, dtype=torch.float64)
        got_in = q.clone().requires_grad_(True), table.clone().requires_grad_(True)
        want_in = q.clone().requires_grad_(True), table.clone().requires_grad_(True)
        got, want = compiled(*got_in), f(*want_in)
        g = torch.randn_like(want)
        got.backward(g)
        want.backward(g)
        torch.testing.assert_close(got, want, **TOLERANCES[torch.float64])
        for a, e in zip(got_in, want_in):
            torch.testing.assert_close(a.grad, e.grad, **TOLERANCES[torch.float64])
    graphs = counters["stats"]["unique_graphs"]
    assert graphs == 1, f"{graphs} graphs for 3 (B, T) shapes"
