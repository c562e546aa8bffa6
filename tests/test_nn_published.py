"""An independent, straightforward implementation of the published PST / Swin / Video-Swin
computation, written from ../shared/reference/pst-semantics.md (not from tps_kernels), used
as the oracle of test_nn.py and test_models.py. Plain float64 PyTorch, explicit index
formulas, the published window chain (pad, roll, partition, shift, attention, shift back,
reverse, roll back, crop). A few self-checks against the numbers printed in the document.
"""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F

PATTERN_C = [[-4, 1, 2], [-1, 0, 3], [-2, -3, 4]]


def roll_amount(i, j):
    return PATTERN_C[i % 3][j % 3]


# ----------------------------------------------------------------------------- indices
@functools.lru_cache(maxsize=None)  # pure function of ints: cache the loops
def tps_index(T, window, table_window=(7, 7)):
    """PST TPS-block index (T / wt, N, N); for wt = 1 the document's formula
    (((t - s_q) mod T) - ((0 - s_k) mod T) + T - 1) * R*R + (iq - ik + 6) * R + (jq - jk + 6);
    wt > 1: the query frame is tau*wt + dt_q, the key frame dt_k (first temporal window)."""
    wt, wh, ww = window
    rh, rw = 2 * table_window[0] - 1, 2 * table_window[1] - 1
    slots = [(dt, i, j) for dt in range(wt) for i in range(wh) for j in range(ww)]
    n = len(slots)
    idx = torch.empty(T // wt, n, n, dtype=torch.int64)
    for tau in range(T // wt):
        for a, (dq, iq, jq) in enumerate(slots):
            tq = (tau * wt + dq - roll_amount(iq, jq)) % T
            for b, (dk, ik, jk) in enumerate(slots):
                tk = (dk - roll_amount(ik, jk)) % T
                idx[tau, a, b] = (
                    (tq - tk + T - 1) * rh * rw
                    + (iq - ik + table_window[0] - 1) * rw
                    + (jq - jk + table_window[1] - 1)
                )
    return idx


@functools.lru_cache(maxsize=None)  # pure function of ints: cache the loops
def tcs_index(T, window, table_window=(7, 7)):
    """(t + T - 1) * R*R + spatial (wt = 1); query frame tau*wt + dt_q minus key dt_k."""
    wt, wh, ww = window
    rh, rw = 2 * table_window[0] - 1, 2 * table_window[1] - 1
    slots = [(dt, i, j) for dt in range(wt) for i in range(wh) for j in range(ww)]
    n = len(slots)
    idx = torch.empty(T // wt, n, n, dtype=torch.int64)
    for tau in range(T // wt):
        for a, (dq, iq, jq) in enumerate(slots):
            for b, (dk, ik, jk) in enumerate(slots):
                idx[tau, a, b] = (
                    (tau * wt + dq - dk + T - 1) * rh * rw
                    + (iq - ik + table_window[0] - 1) * rw
                    + (jq - jk + table_window[1] - 1)
                )
    return idx


@functools.lru_cache(maxsize=None)  # pure function of ints: cache the loops
def swin_index(window, table_window=None):
    """Video-Swin / Swin (N, N) index over window offsets."""
    table_window = table_window or window
    wt, wh, ww = window
    tt, th, tw = table_window
    slots = [(dt, i, j) for dt in range(wt) for i in range(wh) for j in range(ww)]
    idx = torch.empty(len(slots), len(slots), dtype=torch.int64)
    for a, (dq, iq, jq) in enumerate(slots):
        for b, (dk, ik, jk) in enumerate(slots):
            idx[a, b] = (
                ((dq - dk + tt - 1) * (2 * th - 1) + iq - ik + th - 1) * (2 * tw - 1)
                + jq
                - jk
                + tw
                - 1
            )
    return idx


def published_swin_index(window):
    """Video-Swin's WindowAttention3D buffer, built its way (coordinate grid, pairwise
    differences, shifted and flattened); the published forward slices it as [:N, :N] for a
    window shrunk by get_window_size."""
    coords = torch.stack(torch.meshgrid([torch.arange(w) for w in window], indexing="ij"))
    flat = coords.flatten(1)
    rel = (flat[:, :, None] - flat[:, None, :]).permute(1, 2, 0).contiguous()
    for d in range(3):
        rel[:, :, d] += window[d] - 1
    rel[:, :, 0] *= (2 * window[1] - 1) * (2 * window[2] - 1)
    rel[:, :, 1] *= 2 * window[2] - 1
    return rel.sum(-1)


# ----------------------------------------------------------------------------- shifts
@functools.lru_cache(maxsize=None)  # pure function of ints: cache the loops
def _tps_source_rows(batch, T, nW, window):
    """Row (into (B_*N)) each slot of the shifted windows takes its token from."""
    wt, wh, ww = window
    n = wt * wh * ww
    nT = T // wt
    rows = []
    for b in range(batch):
        for tau in range(nT):
            for s in range(nW):
                for dt in range(wt):
                    for i in range(wh):
                        for j in range(ww):
                            g = (tau * wt + dt - roll_amount(i, j)) % T
                            rows.append(
                                ((b * nT + g // wt) * nW + s) * n + ((g % wt) * wh + i) * ww + j
                            )
    return torch.tensor(rows)


def patch_shift(x, batch, T, window, inverse=False):
    """x (B_, N, C) windows ordered (b, t, window): slot (t, i, j) <- frame t - s(i, j)."""
    b_, n, c = x.shape
    nW = b_ // (batch * (T // window[0]))
    src = _tps_source_rows(batch, T, nW, window)
    flat = x.reshape(b_ * n, c)
    if not inverse:
        return flat[src].reshape(b_, n, c)
    out = torch.empty_like(flat)
    out[src] = flat
    return out.reshape(b_, n, c)


def channel_shift(x, heads, fold_div=8):
    """x (B, T, ..., C): per head [0, fold) from t-1, [fold, 2 fold) from t+1, not cyclic."""
    shape = x.shape
    hd = shape[-1] // heads
    fold = hd // fold_div
    y = x.reshape(shape[0], shape[1], -1, heads, hd)
    out = y.clone()
    for t in range(shape[1]):
        if t > 0:
            out[:, t, :, :, :fold] = y[:, t - 1, :, :, :fold]
        if t < shape[1] - 1:
            out[:, t, :, :, fold : 2 * fold] = y[:, t + 1, :, :, fold : 2 * fold]
    return out.reshape(shape)


# ----------------------------------------------------------------------------- windows
def partition(x, window):
    b, t, h, w, c = x.shape
    wt, wh, ww = window
    x = x.reshape(b, t // wt, wt, h // wh, wh, w // ww, ww, c)
    return x.permute(0, 1, 3, 5, 2, 4, 6, 7).reshape(-1, wt * wh * ww, c)


def reverse(x, window, b, t, h, w):
    wt, wh, ww = window
    x = x.reshape(b, t // wt, h // wh, w // ww, wt, wh, ww, -1)
    return x.permute(0, 1, 4, 2, 5, 3, 6, 7).reshape(b, t, h, w, -1)


def region_mask(t, h, w, window, shift):
    """Swin's mask: label slices [0, L-w), [L-w, L-s), [L-s, L); -100 across labels."""
    img = torch.zeros(1, t, h, w, 1)
    cnt = 0
    for ds in (slice(-window[0]), slice(-window[0], -shift[0]), slice(-shift[0], None)):
        for hs in (slice(-window[1]), slice(-window[1], -shift[1]), slice(-shift[1], None)):
            for ws in (slice(-window[2]), slice(-window[2], -shift[2]), slice(-shift[2], None)):
                img[:, ds, hs, ws, :] = cnt
                cnt += 1
    lab = partition(img, window).squeeze(-1)
    m = lab[:, None, :] - lab[:, :, None]
    return m.masked_fill(m != 0, -100.0).masked_fill(m == 0, 0.0).double()


def window_attention(
    xw, p, heads, scale, bias=None, bias_per_frame=None, batch=None, nT=None, mask=None
):
    """Published WindowAttention3D core on partitioned (already shifted) windows xw."""
    b_, n, c = xw.shape
    qkv = F.linear(xw, p["qkv.weight"], p.get("qkv.bias"))
    qkv = qkv.reshape(b_, n, 3, heads, c // heads).permute(2, 0, 3, 1, 4)
    q, k, v = qkv[0] * scale, qkv[1], qkv[2]
    attn = q @ k.transpose(-2, -1)
    if bias_per_frame is not None:  # (nT, heads, N, N)
        attn = attn.reshape(batch, nT, -1, heads, n, n) + bias_per_frame[None, :, None]
        attn = attn.reshape(b_, heads, n, n)
    if bias is not None:  # (heads, N, N)
        attn = attn + bias[None]
    if mask is not None:
        nw = mask.shape[0]
        attn = attn.reshape(b_ // nw, nw, heads, n, n) + mask[None, :, None].to(attn.dtype)
        attn = attn.reshape(b_, heads, n, n)
    attn = attn.softmax(-1)
    return (attn @ v).transpose(1, 2).reshape(b_, n, c)


def window_size_for(size, window, shift):
    win, sh = list(window), list(shift)
    for d in range(3):
        if size[d] <= window[d]:
            win[d], sh[d] = size[d], 0
    return tuple(win), tuple(sh)


def block_attention(
    x, p, heads, window, shift_size, temporal, bias_mode, T_table, shrunk_index="sliced"
):
    """norm1 output x (B, T, H, W, C) -> attention branch output (before drop_path), the
    published SwinTransformerBlock3D.forward_part1 (TCS/TPS inside the attention module).
    bias_mode 'swin' on a shrunk window: shrunk_index 'sliced' (published Video-Swin:
    index[:N, :N] of the full window's index) or 'geometric' (the shrunk window's offsets)."""
    b, t, h, w, c = x.shape
    win, sh = window_size_for((t, h, w), window, shift_size)
    pads = [(win[d] - s % win[d]) % win[d] for d, s in enumerate((t, h, w))]
    x = F.pad(x, (0, 0, 0, pads[2], 0, pads[1], 0, pads[0]))
    _, tp, hp, wp, _ = x.shape
    if temporal == "tsm":
        x = channel_shift(x, heads)
    mask = None
    if any(sh):
        x = torch.roll(x, shifts=tuple(-s for s in sh), dims=(1, 2, 3))
        mask = region_mask(tp, hp, wp, win, sh)
    xw = partition(x, win)
    if temporal == "psm":
        xw = patch_shift(xw, b, tp, win)
    table = p.get("relative_position_bias_table")
    heads_ = heads
    bias = per_frame = None
    if bias_mode == "official":
        idx = tps_index(T_table, win) if temporal == "psm" else tcs_index(T_table, win)
        n = xw.shape[1]
        per_frame = table[idx.reshape(-1)].reshape(-1, n, n, heads_).permute(0, 3, 1, 2)
    elif bias_mode == "swin":
        n = xw.shape[1]
        idx = (
            published_swin_index(window)[:n, :n]
            if shrunk_index == "sliced"
            else swin_index(win, window)
        )
        bias = table[idx.reshape(-1)].reshape(n, n, heads_).permute(2, 0, 1)
    scale = (c // heads) ** -0.5
    out = window_attention(
        xw,
        p,
        heads,
        scale,
        bias=bias,
        bias_per_frame=per_frame,
        batch=b,
        nT=tp // win[0],
        mask=mask,
    )
    if temporal == "psm":
        out = patch_shift(out, b, tp, win, inverse=True)
    out = F.linear(out, p["proj.weight"], p["proj.bias"])
    out = reverse(out, win, b, tp, hp, wp)
    if any(sh):
        out = torch.roll(out, shifts=sh, dims=(1, 2, 3))
    return out[:, :t, :h, :w]


def backbone_forward(
    sd,
    x,
    *,
    heads,
    depths,
    window,
    shift_type,
    bias_mode,
    T_table,
    patch_size=(2, 4, 4),
    shrunk_index="sliced",
):
    """The published backbone on a state dict (keys without 'backbone.'); returns (B, C, T,
    H, W). shift_type 'psm' (PST), None (2D Swin / Video-Swin)."""

    def ln(z, name):
        return F.layer_norm(z, z.shape[-1:], sd[name + ".weight"], sd[name + ".bias"])

    _, _, d, h, w = x.shape
    pt, ph, pw = patch_size
    x = F.pad(x, (0, (pw - w % pw) % pw, 0, (ph - h % ph) % ph, 0, (pt - d % pt) % pt))
    x = F.conv3d(x, sd["patch_embed.proj.weight"], sd["patch_embed.proj.bias"], stride=patch_size)
    x = ln(x.permute(0, 2, 3, 4, 1), "patch_embed.norm")
    shift_size = tuple(v // 2 for v in window)
    for li, depth in enumerate(depths):
        for bi in range(depth):
            pre = f"layers.{li}.blocks.{bi}."
            p = {k[len(pre) + 5 :]: v for k, v in sd.items() if k.startswith(pre + "attn.")}
            temporal = None
            if shift_type == "psm":
                temporal = "tsm" if bi % 2 == 0 else "psm"
            y = block_attention(
                ln(x, pre + "norm1"),
                p,
                heads[li],
                window,
                (0, 0, 0) if bi % 2 == 0 else shift_size,
                temporal,
                bias_mode,
                T_table,
                shrunk_index,
            )
            x = x + y
            z = ln(x, pre + "norm2")
            z = F.linear(
                F.gelu(F.linear(z, sd[pre + "mlp.fc1.weight"], sd[pre + "mlp.fc1.bias"])),
                sd[pre + "mlp.fc2.weight"],
                sd[pre + "mlp.fc2.bias"],
            )
            x = x + z
        if li < len(depths) - 1:
            pre = f"layers.{li}.downsample."
            hh, ww_ = x.shape[2:4]
            x = F.pad(x, (0, 0, 0, ww_ % 2, 0, hh % 2))
            x = torch.cat(
                [
                    x[:, :, 0::2, 0::2],
                    x[:, :, 1::2, 0::2],
                    x[:, :, 0::2, 1::2],
                    x[:, :, 1::2, 1::2],
                ],
                -1,
            )
            x = F.linear(ln(x, pre + "norm"), sd[pre + "reduction.weight"])
    return ln(x, "norm").permute(0, 4, 1, 2, 3)


# ----------------------------------------------------------------------------- self-checks
def test_pattern_example_from_document():
    # "at t = 5 (T = 16) the 3x3 class grid holds frames [[9, 4, 3], [6, 5, 2], [7, 8, 1]]"
    got = [[(5 - roll_amount(i, j)) % 16 for j in range(3)] for i in range(3)]
    assert got == [[9, 4, 3], [6, 5, 2], [7, 8, 1]]


def test_official_index_ranges():
    idx = tps_index(16, (1, 7, 7))
    assert idx.shape == (16, 49, 49)
    assert int(idx.min()) >= 0 and int(idx.max()) < 31 * 169
    old = tcs_index(16, (1, 7, 7))
    assert int(old[0, 0, 0]) == 15 * 169 + 6 * 13 + 6
    assert int(old[15, 0, 48]) == 30 * 169 + 0 * 13 + 0


def test_published_swin_index_is_the_swin_index():
    for window in [(1, 7, 7), (8, 7, 7), (2, 3, 5)]:
        assert torch.equal(published_swin_index(window), swin_index(window))
    # time-only shrink: the slice is the geometric index; spatial shrink: it is not
    full = published_swin_index((8, 7, 7))
    assert torch.equal(full[: 4 * 49, : 4 * 49], swin_index((4, 7, 7), (8, 7, 7)))
    assert not torch.equal(full[: 8 * 16, : 8 * 16], swin_index((8, 4, 4), (8, 7, 7)))


def test_patch_shift_inverse_roundtrip():
    x = torch.randn(2 * 4 * 2, 49, 3, dtype=torch.float64)
    y = patch_shift(x, 2, 4, (1, 7, 7))
    assert not torch.equal(x, y)
    assert torch.equal(patch_shift(y, 2, 4, (1, 7, 7), inverse=True), x)
