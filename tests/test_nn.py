"""tps_kernels.nn: drop-in checks against the published computation (test_nn_published.py)
and nn.MultiheadAttention, every available backend against the reference backend."""

from __future__ import annotations

import copy

import pytest
import torch
from torch import nn

import test_nn_published as pub
import tiers
from cases import TOLERANCES, scaled
from tps_kernels.nn import (
    ChannelShift,
    PatchShift,
    TPSMultiheadAttention,
    TPSWindowAttention,
    VideoSwinWindowAttention3D,
)

F64 = torch.float64


def _backends(include_reference=False):
    out = [pytest.param("reference")] if include_reference else []
    return out + [tiers.backend_param("cpu"), tiers.backend_param("triton")]


def _dtype_tol(backend):
    """float64 on the reference backend (the same math: tight), float32 on the fused ones."""
    dtype = F64 if backend == "reference" else torch.float32
    return dtype, TOLERANCES["float64_same" if dtype == F64 else dtype]


def _published_state(dim, heads, T, window=(1, 7, 7), qkv_bias=True, seed=0):
    """State dict of a published PST WindowAttention3D, built from the document."""
    g = torch.Generator().manual_seed(seed)
    wt, wh, ww = window
    return {
        "relative_position_bias_table": torch.randn(
            (2 * T - 1) * (2 * wh - 1) * (2 * ww - 1), heads, generator=g, dtype=F64
        ),
        "relative_position_index": pub.tps_index(T, window),
        "relative_position_index_old": pub.tcs_index(T, window),
        "qkv.weight": torch.randn(3 * dim, dim, generator=g, dtype=F64) * dim**-0.5,
        "qkv.bias": torch.randn(3 * dim, generator=g, dtype=F64),
        "proj.weight": torch.randn(dim, dim, generator=g, dtype=F64) * dim**-0.5,
        "proj.bias": torch.randn(dim, generator=g, dtype=F64),
    }


def _published_forward(sd, x, heads, batch, T, temporal, window=(1, 7, 7), mask=None):
    """Published WindowAttention3D.forward on windows (B_, N, C) ordered (b, t, window)."""
    if temporal == "tsm":
        x = pub.channel_shift(x.reshape(batch, T, -1, x.shape[-1]), heads).reshape(x.shape)
    if temporal == "psm":
        x = pub.patch_shift(x, batch, T, window)
    n = x.shape[1]
    idx = sd["relative_position_index" if temporal == "psm" else "relative_position_index_old"]
    per_frame = (
        sd["relative_position_bias_table"][idx.reshape(-1)]
        .reshape(-1, n, n, heads)
        .permute(0, 3, 1, 2)
    )
    out = pub.window_attention(
        x,
        sd,
        heads,
        (x.shape[-1] // heads) ** -0.5,
        bias_per_frame=per_frame,
        batch=batch,
        nT=T // window[0],
        mask=mask,
    )
    if temporal == "psm":
        out = pub.patch_shift(out, batch, T, window, inverse=True)
    return torch.nn.functional.linear(out, sd["proj.weight"], sd["proj.bias"])


# --------------------------------------------------------------------------- TPSWindowAttention
@pytest.mark.parametrize("backend", _backends(include_reference=True))
@pytest.mark.parametrize(
    "temporal,with_mask", [("psm", True), ("psm", False), ("tsm", False), (None, True)]
)
def test_window_attention_is_a_drop_in_for_published(temporal, with_mask, backend):
    dim, heads, batch, T, nW = 32, 2, 2, 4, 4
    sd = _published_state(dim, heads, T)
    m = TPSWindowAttention(
        dim,
        (1, 7, 7),
        heads,
        qkv_bias=True,
        shift=temporal is not None,
        shift_type=temporal or "psm",
        num_frames=T,
        backend=backend,
    ).double()
    m.load_state_dict(sd, strict=True)  # the published keys and shapes, unchanged
    x = torch.randn(batch * T * nW, 49, dim, dtype=F64)
    mask = pub.region_mask(T, 14, 14, (1, 7, 7), (0, 3, 3)) if with_mask else None
    want = _published_forward(sd, x, heads, batch, T, temporal, mask=mask)
    dtype, tol = _dtype_tol(backend)
    m = m.to(dtype)
    got = m(
        x.to(dtype), mask=None if mask is None else mask.to(dtype), batch_size=batch, frame_len=T
    )
    torch.testing.assert_close(got.double(), want, **tol)


@pytest.mark.parametrize("backend", _backends(include_reference=True))
@pytest.mark.parametrize(
    "temporal,shift,size",
    [
        ("psm", (0, 3, 3), (4, 14, 14)),
        ("tsm", (0, 0, 0), (4, 14, 14)),
        ("psm", (0, 3, 3), (4, 15, 13)),  # padded to 21 x 14
        ("psm", (0, 3, 3), (4, 7, 7)),  # map == window: roll off, TPS on
    ],
)
@tiers.interpreter(when=lambda backend, size: backend == "triton" and size != (4, 14, 14))
def test_forward_video_equals_published_block_chain(temporal, shift, size, backend):
    torch.manual_seed(0)
    dim, heads, batch = 32, 2, 1
    T, h, w = size
    sd = _published_state(dim, heads, T)
    m = TPSWindowAttention(
        dim,
        (1, 7, 7),
        heads,
        qkv_bias=True,
        shift=True,
        shift_type=temporal,
        num_frames=T,
        shift_size=shift,
        backend=backend,
    ).double()
    m.load_state_dict(sd)
    x = torch.randn(batch, T, h, w, dim, dtype=F64)
    p = {k: v for k, v in sd.items()}
    want = pub.block_attention(x, p, heads, (1, 7, 7), shift, temporal, "official", T)
    if backend == "reference":
        torch.testing.assert_close(m.forward_video(x), want, **TOLERANCES["float64_same"])
        return
    m = m.float()
    xf = x.float().requires_grad_(True)
    got = m.forward_video(xf)
    torch.testing.assert_close(got.double(), want, **TOLERANCES[torch.float32])
    # gradients vs the reference backend
    ref = copy.deepcopy(m)
    ref.backend = "reference"
    xr = x.float().requires_grad_(True)
    gout = torch.randn_like(got)
    got.backward(gout)
    ref.forward_video(xr).backward(gout)
    tol = TOLERANCES["module_float32_grad"]
    torch.testing.assert_close(xf.grad, xr.grad, **tol)
    for (n, a), (_, b) in zip(m.named_parameters(), ref.named_parameters()):
        # fp32 parameter gradients sum over every token: tolerance scales with their size
        scale = max(1.0, float(b.grad.abs().max()))
        torch.testing.assert_close(
            a.grad, b.grad, atol=tol["atol"] * scale, rtol=tol["rtol"], msg=n
        )


def test_video_swin_mode():
    """Video-Swin's WindowAttention3D: 3D table, (N, N) index buffer, forward(x, mask)."""
    dim, heads, window = 16, 2, (2, 4, 4)
    m = VideoSwinWindowAttention3D(dim, window, heads, qkv_bias=True).double()
    keys = set(m.state_dict())
    assert keys == {
        "relative_position_bias_table",
        "relative_position_index",
        "qkv.weight",
        "qkv.bias",
        "proj.weight",
        "proj.bias",
    }
    assert m.relative_position_bias_table.shape == (3 * 7 * 7, heads)
    assert torch.equal(m.relative_position_index, pub.swin_index(window))
    x = torch.randn(2 * 2 * 4, 32, dim, dtype=F64)
    mask = pub.region_mask(4, 8, 8, window, (1, 2, 2))
    sd = m.state_dict()
    bias = (
        sd["relative_position_bias_table"][pub.swin_index(window).reshape(-1)]
        .reshape(32, 32, heads)
        .permute(2, 0, 1)
    )
    want = pub.window_attention(x, sd, heads, (dim // heads) ** -0.5, bias=bias, mask=mask)
    want = torch.nn.functional.linear(want, sd["proj.weight"], sd["proj.bias"])
    torch.testing.assert_close(m(x, mask), want, **TOLERANCES["float64_same"])
    # a shorter clip (window (1, 4, 4)): Video-Swin slices index[:N, :N]
    x1 = x[:, :16]
    bias1 = bias[:, :16, :16]
    want1 = torch.nn.functional.linear(
        pub.window_attention(x1, sd, heads, (dim // heads) ** -0.5, bias=bias1),
        sd["proj.weight"],
        sd["proj.bias"],
    )
    torch.testing.assert_close(m(x1), want1, **TOLERANCES["float64_same"])


def test_window_attention_errors():
    m = TPSWindowAttention(32, (1, 7, 7), 2, shift=True, num_frames=4)
    with pytest.raises(ValueError, match="batch_size is required"):
        m(torch.randn(16, 49, 32))
    with pytest.raises(ValueError, match=r"N=36 tokens per window"):
        m(torch.randn(16, 36, 32), batch_size=1, frame_len=4)
    with pytest.raises(ValueError, match=r"\(B, T, H, W, 32\)"):
        m.forward_video(torch.randn(1, 4, 7, 7, 16))
    with pytest.raises(ValueError, match="num_frames=4"):
        m.forward_video(torch.randn(1, 6, 7, 7, 32))
    with pytest.raises(ValueError, match="shift_type"):
        TPSWindowAttention(32, (1, 7, 7), 2, shift=True, shift_type="xyz")
    with pytest.raises(ValueError, match="divisible"):
        TPSWindowAttention(30, (1, 7, 7), 4)
    d = TPSWindowAttention(32, (1, 7, 7), 2, attn_drop=0.1, num_frames=4).train()
    with pytest.raises(NotImplementedError, match="attn_drop"):
        d(torch.randn(16, 49, 32), batch_size=1, frame_len=4)
    d.eval()(torch.randn(16, 49, 32), batch_size=1, frame_len=4)  # eval: dropout is identity
    for make in (
        lambda: TPSWindowAttention(32, (1, 7, 7), 2, backend="gpu"),
        lambda: TPSMultiheadAttention(32, 2, backend="gpu"),
        lambda: PatchShift(backend="gpu"),
        lambda: ChannelShift(backend="gpu"),
    ):
        with pytest.raises(ValueError, match=r"backend must be one of .*'reference'.*got 'gpu'"):
            make()


def test_relative_bias_is_T_independent():
    m = TPSWindowAttention(32, (1, 7, 7), 2, shift=True, bias="relative", num_frames=4)
    assert m.relative_position_bias_table.shape == (17 * 169, 2)  # offsets in [-8, 8]
    for T in (3, 8):
        assert m.forward_video(torch.randn(1, T, 7, 7, 32)).shape == (1, T, 7, 7, 32)


# --------------------------------------------------------------------------- PatchShift / ChannelShift
def test_patch_shift_module():
    x = torch.randn(2 * 4 * 2, 49, 8, dtype=F64)
    ps = PatchShift("C", (7, 7))
    y = ps(x, batch_size=2, num_frames=4)
    torch.testing.assert_close(y, pub.patch_shift(x, 2, 4, (1, 7, 7)))
    back = PatchShift("C", (7, 7), inverse=True)(y, batch_size=2, num_frames=4)
    assert torch.equal(back, x)
    # published 4-D layout (B_, heads, N, c)
    x4 = x.reshape(16, 49, 2, 4).transpose(1, 2)
    y4 = ps(x4, batch_size=2, num_frames=4)
    torch.testing.assert_close(y4.transpose(1, 2).reshape(16, 49, 8), y)
    # video layout: the map tiles over the frame
    v = torch.randn(1, 4, 7, 7, 8, dtype=F64)
    yv = ps(v)
    want = pub.patch_shift(v.reshape(4, 49, 8), 1, 4, (1, 7, 7)).reshape(v.shape)
    torch.testing.assert_close(yv, want)


def test_channel_shift_module():
    v = torch.randn(2, 5, 3, 3, 32, dtype=F64)
    cs = ChannelShift(num_heads=2)
    torch.testing.assert_close(cs(v), pub.channel_shift(v, 2))
    w = v.reshape(2 * 5, 9, 32)
    torch.testing.assert_close(
        cs(w, batch_size=2, num_frames=5).reshape(v.shape), pub.channel_shift(v, 2)
    )
    w4 = w.reshape(10, 9, 2, 16).transpose(1, 2)
    got = cs(w4, batch_size=2, num_frames=5).transpose(1, 2).reshape(v.shape)
    torch.testing.assert_close(got, pub.channel_shift(v, 2))


# --------------------------------------------------------------------------- TPSMultiheadAttention
MHA_CONFIGS = {
    "self_seqfirst": dict(kw=dict(), self_attn=True),
    "self_batchfirst": dict(kw=dict(batch_first=True), self_attn=True),
    "cross_qkv": dict(kw=dict(batch_first=True), self_attn=False),
    "no_bias": dict(kw=dict(bias=False), self_attn=True),
    "kdim_vdim": dict(kw=dict(kdim=12, vdim=12, batch_first=True), self_attn=False),
    "kdim_ne_vdim": dict(kw=dict(kdim=12, vdim=20), self_attn=False),
    "add_bias_kv": dict(kw=dict(add_bias_kv=True), self_attn=True),
    "add_zero_attn": dict(kw=dict(add_zero_attn=True), self_attn=True),
    "one_head": dict(kw=dict(), self_attn=True, heads=1),
}
MASKS = ["none", "bool_LS", "float_LS", "kpm_bool", "kpm_float", "both", "per_head", "causal"]


def _mha_inputs(cfg, L=9, B=3, E=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    kdim = cfg["kw"].get("kdim", E)
    vdim = cfg["kw"].get("vdim", E)
    bf = cfg["kw"].get("batch_first", False)
    shape = (lambda d: (B, L, d)) if bf else (lambda d: (L, B, d))
    q = torch.randn(shape(E), generator=g, dtype=F64)
    if cfg["self_attn"]:
        return q, q, q
    return (
        q,
        torch.randn(shape(kdim), generator=g, dtype=F64),
        torch.randn(shape(vdim), generator=g, dtype=F64),
    )


def _mask(kind, L, B, heads, seed=1):
    g = torch.Generator().manual_seed(seed)
    attn_mask = kpm = None
    causal = False
    blocked = torch.rand(L, L, generator=g) < 0.3
    blocked.fill_diagonal_(False)  # no fully blocked query row
    if kind == "bool_LS":
        attn_mask = blocked
    elif kind == "float_LS":
        attn_mask = torch.randn(L, L, generator=g, dtype=F64).masked_fill(blocked, float("-inf"))
    elif kind in ("kpm_bool", "kpm_float", "both"):
        k = torch.zeros(B, L, dtype=torch.bool)
        k[0, -2:] = True
        k[2, 0] = True
        kpm = k if kind != "kpm_float" else torch.zeros(B, L, dtype=F64).masked_fill(k, -1e4)
        if kind == "both":
            attn_mask = torch.randn(L, L, generator=g, dtype=F64)
    elif kind == "per_head":
        attn_mask = torch.rand(B * heads, L, L, generator=g) < 0.2
        for m in attn_mask:
            m.fill_diagonal_(False)
    elif kind == "causal":
        attn_mask = nn.Transformer.generate_square_subsequent_mask(L, dtype=F64)
        causal = True
    return attn_mask, kpm, causal


def _mha_params():
    """Every config x mask on the reference backend; a subset on the compiled / Triton ones
    (the op-level cases cover them; this checks the module's plumbing) to keep CI time."""
    out = [pytest.param(c, m, "reference") for c in MHA_CONFIGS for m in MASKS]
    subset = {
        "cpu": [
            (c, m)
            for c in ("self_seqfirst", "cross_qkv", "kdim_ne_vdim")
            for m in ("none", "bool_LS", "kpm_bool", "both")
        ]
        + [("one_head", "per_head"), ("self_batchfirst", "causal")],
        "triton": [("self_batchfirst", "both"), ("one_head", "per_head")],
    }
    for bk in _backends():
        for c, m in subset[bk.values[0]]:
            out.append(pytest.param(c, m, bk.values[0], marks=bk.marks))
    return out


@pytest.mark.filterwarnings("ignore:Support for mismatched key_padding_mask")  # torch's own
@pytest.mark.parametrize("cfg_name,mask_kind,backend", _mha_params())
def test_mha_equals_torch(cfg_name, mask_kind, backend):
    cfg = MHA_CONFIGS[cfg_name]
    E, heads, L, B = 16, cfg.get("heads", 2), 9, 3
    torch.manual_seed(0)
    ref = nn.MultiheadAttention(E, heads, dtype=F64, **cfg["kw"])
    ours = TPSMultiheadAttention(E, heads, dtype=F64, backend=backend, **cfg["kw"])
    ours.load_state_dict(ref.state_dict(), strict=True)  # same parameter names
    assert [n for n, _ in ours.named_parameters()] == [n for n, _ in ref.named_parameters()]
    q, k, v = _mha_inputs(cfg, L, B, E)
    attn_mask, kpm, causal = _mask(mask_kind, L, B, heads)
    dtype, tol = _dtype_tol(backend)
    ours, ref = ours.to(dtype), ref.to(dtype)

    def cast(t):
        return None if t is None else (t.to(dtype) if t.is_floating_point() else t)

    q, k, v = cast(q), (cast(k) if k is not q else None), (cast(v) if v is not q else None)
    k = q if k is None else k
    v = q if v is None else v
    attn_mask, kpm = cast(attn_mask), cast(kpm)
    for need_weights in (False, True):
        qq, kk, vv = (
            (t.clone().requires_grad_(True) for t in (q, k, v))
            if k is not q
            else (q.clone().requires_grad_(True),) * 3
        )
        qr, kr, vr = (
            (t.clone().requires_grad_(True) for t in (q, k, v))
            if k is not q
            else (q.clone().requires_grad_(True),) * 3
        )
        got, gw = ours(
            qq,
            kk,
            vv,
            key_padding_mask=kpm,
            need_weights=need_weights,
            attn_mask=attn_mask,
            is_causal=causal,
        )
        want, ww = ref(
            qr,
            kr,
            vr,
            key_padding_mask=kpm,
            need_weights=need_weights,
            attn_mask=attn_mask,
            is_causal=causal,
        )
        torch.testing.assert_close(got, want, **tol)
        if need_weights:
            torch.testing.assert_close(gw, ww, **tol)
        else:
            assert gw is None and ww is None
        gout = torch.randn_like(want)
        got.backward(gout)
        want.backward(gout)
        torch.testing.assert_close(qq.grad, qr.grad, **scaled(tol, 10))
    for (n, a), (_, b) in zip(ours.named_parameters(), ref.named_parameters()):
        torch.testing.assert_close(a.grad, b.grad, **scaled(tol, 10), msg=n)


def test_mha_unbatched_dropout_and_fully_masked_rows():
    E, heads, L = 16, 2, 7
    torch.manual_seed(0)
    ref = nn.MultiheadAttention(E, heads, dropout=0.5, dtype=F64)
    ours = TPSMultiheadAttention(E, heads, dropout=0.5, dtype=F64)
    ours.load_state_dict(ref.state_dict())
    x = torch.randn(L, E, dtype=F64)
    ref.eval()
    ours.eval()
    torch.testing.assert_close(
        ours(x, x, x, need_weights=False)[0], ref(x, x, x, need_weights=False)[0]
    )
    # dropout in training: the exact fallback (same RNG stream as torch)
    ref.train()
    ours.train()
    torch.manual_seed(5)
    a = ours(x, x, x, need_weights=False)[0]
    torch.manual_seed(5)
    b = ref(x, x, x, need_weights=False)[0]
    torch.testing.assert_close(a, b)
    # a fully blocked query row: PyTorch's result (NaN) through the fallback
    ref.eval()
    ours.eval()
    m = torch.zeros(L, L, dtype=torch.bool)
    m[2] = True
    a = ours(x[:, None], x[:, None], x[:, None], attn_mask=m, need_weights=False)[0]
    b = ref(x[:, None], x[:, None], x[:, None], attn_mask=m, need_weights=False)[0]
    torch.testing.assert_close(a, b, equal_nan=True)


def test_mha_is_causal_without_mask_is_rejected_like_torch():
    ours = TPSMultiheadAttention(16, 2)
    x = torch.randn(5, 2, 16)
    with pytest.raises(RuntimeError):
        nn.MultiheadAttention(16, 2)(x, x, x, is_causal=True, need_weights=False)
    with pytest.raises(RuntimeError):
        ours(x, x, x, is_causal=True, need_weights=False)


@pytest.mark.parametrize("backend", _backends(include_reference=True))
@pytest.mark.parametrize("rel", ["official", "relative", None])
@tiers.interpreter(when=lambda backend, rel: backend == "triton" and rel != "official")
def test_mha_patch_shift_and_bias_options(rel, backend):
    """Extras on: fused path == exact fallback (need_weights=True) == the published chain."""
    E, heads, batch, T, nW = 32, 2, 2, 4, 3
    kw = dict(
        num_frames=T,
        window=(7, 7),
        pattern="C",
        rel_pos_bias=rel,
        batch_first=True,
        dtype=F64,
        backend=backend,
    )
    torch.manual_seed(0)
    m = TPSMultiheadAttention(E, heads, **kw)
    x = torch.randn(batch * T * nW, 49, E, dtype=F64)
    fused, _ = m(x, x, x, need_weights=False, batch_size=batch)
    slow, w = m(x, x, x, need_weights=True, batch_size=batch)
    assert w.shape == (batch * T * nW, 49, 49)
    _, tol = _dtype_tol(backend)
    torch.testing.assert_close(fused, slow, **tol)
    # independent: published chain with the in/out projections
    sd = {"qkv.weight": m.in_proj_weight, "qkv.bias": m.in_proj_bias}
    xs = pub.patch_shift(x, batch, T, (1, 7, 7))
    per_frame = bias = None
    if rel == "official":
        idx = pub.tps_index(T, (1, 7, 7))
        per_frame = (
            m.relative_position_bias_table[idx.reshape(-1)]
            .reshape(T, 49, 49, heads)
            .permute(0, 3, 1, 2)
        )
    elif rel == "relative":
        bias = (
            m.relative_position_bias_table[m.relative_position_index.reshape(-1)]
            .reshape(49, 49, heads)
            .permute(2, 0, 1)
        )
    o = pub.window_attention(
        xs, sd, heads, (E // heads) ** -0.5, bias=bias, bias_per_frame=per_frame, batch=batch, nT=T
    )
    want = m.out_proj(pub.patch_shift(o, batch, T, (1, 7, 7), inverse=True))
    torch.testing.assert_close(fused, want, **TOLERANCES["float64_same"])
    # num_windows in the constructor instead of batch_size in forward
    m2 = TPSMultiheadAttention(E, heads, num_windows=nW, **kw)
    m2.load_state_dict(m.state_dict())
    torch.testing.assert_close(m2(x, x, x, need_weights=False)[0], fused)
    with pytest.raises(ValueError, match="batch_size"):
        m(x, x, x, need_weights=False)


@pytest.mark.parametrize(
    "backend", [p for p in _backends(include_reference=True) if p.values[0] != "triton"]
)
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_mha_autocast_heavily_masked(dtype, backend):
    """Under CPU autocast (half qkv, mask cast to qkv's dtype) blocked keys stay blocked:
    the finite blocked value survives float16, no NaN from inf - inf."""
    E, heads, L, B = 32, 2, 49, 4
    torch.manual_seed(0)
    ref = nn.MultiheadAttention(E, heads, batch_first=True)
    ours = TPSMultiheadAttention(E, heads, batch_first=True, backend=backend)
    ours.load_state_dict(ref.state_dict())
    x = torch.randn(B, L, E)
    m = torch.zeros(L, L, dtype=torch.bool)
    m[:, :40] = True  # the first 40 keys blocked for every query
    m.fill_diagonal_(False)
    with torch.no_grad():
        want = ref(x, x, x, attn_mask=m, need_weights=False)[0]
        with torch.autocast("cpu", dtype=dtype):
            got = ours(x, x, x, attn_mask=m, need_weights=False)[0]
    assert got.dtype == dtype
    torch.testing.assert_close(got.float(), want, **TOLERANCES["autocast_mha"][dtype])


@pytest.mark.parametrize(
    "backend", [p for p in _backends(include_reference=True) if p.values[0] != "triton"]
)
def test_mha_options_seq_first_masks_unbatched(backend):
    """Extras with the seq-first layout, both mask kinds, and an unbatched input: fused path ==
    exact fallback."""
    E, heads, b, T, nW = 32, 2, 2, 4, 3
    torch.manual_seed(0)
    m = TPSMultiheadAttention(
        E,
        heads,
        num_frames=T,
        window=(7, 7),
        pattern="C",
        rel_pos_bias="official",
        dtype=F64,
        backend=backend,
    )
    x = torch.randn(49, b * T * nW, E, dtype=F64)
    kpm = torch.zeros(b * T * nW, 49, dtype=torch.bool)
    kpm[:, 5] = True
    am = torch.zeros(49, 49, dtype=torch.bool)
    am[3, 7] = True
    fused, _ = m(x, x, x, need_weights=False, batch_size=b, key_padding_mask=kpm, attn_mask=am)
    slow, w = m(x, x, x, need_weights=True, batch_size=b, key_padding_mask=kpm, attn_mask=am)
    assert fused.shape == x.shape and w.shape == (b * T * nW, 49, 49)
    torch.testing.assert_close(fused, slow, **TOLERANCES["float64_same"])
    m1 = TPSMultiheadAttention(
        E,
        heads,
        num_frames=1,
        window=(7, 7),
        pattern="C",
        rel_pos_bias="relative",
        dtype=F64,
        backend=backend,
    )
    xu = torch.randn(49, E, dtype=F64)
    fused, _ = m1(xu, xu, xu, need_weights=False, batch_size=1)
    slow, _ = m1(xu, xu, xu, need_weights=True, batch_size=1)
    assert fused.shape == xu.shape
    torch.testing.assert_close(fused, slow, **TOLERANCES["float64_same"])
    with pytest.raises(ValueError, match="wt\\*wh\\*ww"):
        m(x[:36], x[:36], x[:36], need_weights=False, batch_size=b)


def test_relative_index_formula():
    """bias='relative': temporal offset (dt_q - s_q) - (dt_k - s_k) in [-E, E] (E = 8 for
    pattern C in a (1, 7, 7) window), written out independently."""
    m = TPSWindowAttention(16, (2, 7, 7), 1, shift=True, bias="relative", num_frames=4)
    slots = [(dt, i, j) for dt in range(2) for i in range(7) for j in range(7)]
    E = 1 + 8  # wt - 1 + (max s - min s)
    assert m.relative_position_bias_table.shape == ((2 * E + 1) * 169, 1)
    want = torch.empty(98, 98, dtype=torch.int64)
    for a, (dq, iq, jq) in enumerate(slots):
        for b, (dk, ik, jk) in enumerate(slots):
            dt = (dq - pub.roll_amount(iq, jq)) - (dk - pub.roll_amount(ik, jk))
            want[a, b] = ((dt + E) * 13 + iq - ik + 6) * 13 + jq - jk + 6
    assert torch.equal(m.relative_position_index, want[None])


def _encoder_layers(E=16, heads=2, T=4, nW=2):
    """nn.TransformerEncoderLayer (float64, eval, no dropout) whose self_attn is a
    TPSMultiheadAttention with patch shift + official bias, a twin with the options off,
    and torch's own layer; all with the same weights."""
    torch.manual_seed(0)
    plain = nn.TransformerEncoderLayer(
        E, heads, dim_feedforward=32, dropout=0.0, batch_first=True, dtype=F64
    ).eval()
    with torch.no_grad():
        for p in plain.parameters():
            p.add_(torch.randn_like(p) * 0.1)  # non-trivial norms / biases
    layers = {"torch": plain}
    for name, kw in (
        (
            "tps",
            dict(num_frames=T, window=(3, 3), pattern="C", rel_pos_bias="official", num_windows=nW),
        ),
        ("off", {}),
    ):
        layer = copy.deepcopy(plain)
        attn = TPSMultiheadAttention(
            E, heads, batch_first=True, dtype=F64, backend="reference", **kw
        )
        attn.load_state_dict(plain.self_attn.state_dict(), strict=False)
        if attn.relative_position_bias_table is not None:
            with torch.no_grad():
                attn.relative_position_bias_table.normal_(0, 0.5)
        layer.self_attn = attn
        layers[name] = layer.eval()
    return layers


def test_transformer_encoder_layer_fast_path_keeps_temporal_options(monkeypatch):
    """#14.5: in eval + no_grad (the fast-path conditions) nn.TransformerEncoderLayer would
    run PyTorch's fused kernel without calling self_attn.forward, dropping the patch shift
    and the bias; with the options on the layer must go through forward."""
    E, heads, batch, T, nW = 16, 2, 2, 4, 2
    layers = _encoder_layers(E, heads, T, nW)
    x = torch.randn(batch * T * nW, 9, E, dtype=F64, generator=torch.Generator().manual_seed(3))
    calls = []
    forward = TPSMultiheadAttention.forward

    def counting(self, *args, **kwargs):
        calls.append(self)
        return forward(self, *args, **kwargs)

    monkeypatch.setattr(TPSMultiheadAttention, "forward", counting)
    tps, off = layers["tps"], layers["off"]
    with torch.no_grad():
        fast = tps(x)  # fast-path conditions met
        assert calls == [tps.self_attn]
        want_off = layers["torch"](x)
        got_off = off(x)  # options off: the fast path stays on
        assert calls == [tps.self_attn]
    torch.testing.assert_close(got_off, want_off, **TOLERANCES["float64_same"])
    # the slow path (grad enabled, parameters requiring grad) gives the same output
    slow = tps(x)
    torch.testing.assert_close(fast, slow.detach(), **TOLERANCES["float64_same"])
    # and the TPS computation, written out: post-norm layer around the published chain
    m = tps.self_attn
    sd = {"qkv.weight": m.in_proj_weight, "qkv.bias": m.in_proj_bias}
    with torch.no_grad():
        idx = pub.tps_index(T, (1, 3, 3), table_window=(3, 3))
        per_frame = (
            m.relative_position_bias_table[idx.reshape(-1)]
            .reshape(T, 9, 9, heads)
            .permute(0, 3, 1, 2)
        )
        o = pub.window_attention(
            pub.patch_shift(x, batch, T, (1, 3, 3)),
            sd,
            heads,
            (E // heads) ** -0.5,
            bias_per_frame=per_frame,
            batch=batch,
            nT=T,
        )
        sa = m.out_proj(pub.patch_shift(o, batch, T, (1, 3, 3), inverse=True))
        h = tps.norm1(x + sa)
        want = tps.norm2(h + tps.linear2(tps.activation(tps.linear1(h))))
    torch.testing.assert_close(fast, want, **TOLERANCES["float64_same"])
    assert (fast - want_off).abs().max() > 1e-3  # the temporal options matter here


def test_transformer_encoder_nested_fast_path_is_refused():
    layers = _encoder_layers()
    x = torch.randn(16, 9, 16, dtype=F64)
    pad = torch.zeros(16, 9, dtype=torch.bool)
    pad[:, -1] = True
    with torch.no_grad():
        nested = nn.TransformerEncoder(layers["tps"], 1, enable_nested_tensor=True).eval()
        with pytest.raises(ValueError, match="enable_nested_tensor=False"):
            nested(x, src_key_padding_mask=pad)
        dense = nn.TransformerEncoder(layers["tps"], 1, enable_nested_tensor=False).eval()
        want = layers["tps"].train()(x, src_key_padding_mask=pad)  # slow path
        torch.testing.assert_close(dense(x, src_key_padding_mask=pad), want)
