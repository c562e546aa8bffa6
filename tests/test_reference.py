"""The reference backend against an independent, deliberately naive implementation (explicit
loops over windows and slots, written from ../shared/reference/pst-semantics.md) and against
facts from the paper and the published code."""

import itertools

import pytest
import torch

from cases import CASES, TOLERANCES, Case, make_inputs
from tps_kernels import ops, patterns, rpe


def naive_region(c, size, win, s):
    if s == 0:
        return 0
    return 0 if c < size - win else (1 if c < size - s else 2)


def naive_window_attention(
    qkv,
    table,
    index,
    *,
    num_heads,
    window,
    shift=(0, 0, 0),
    frame_shift=None,
    batch_size=None,
    num_frames=None,
    mask=None,
    mask_value=-100.0,
    scale=None,
):
    wt, wh, ww = window
    n = wt * wh * ww
    c = qkv.shape[-1] // 3
    hd = c // num_heads
    scale = hd**-0.5 if scale is None else scale
    video = qkv.dim() == 5
    if video:
        B, T, H, W, _ = qkv.shape
        rows = qkv.reshape(-1, 3 * c)
        windows = list(itertools.product(range(B), range(T // wt), range(H // wh), range(W // ww)))
        n_sp = (H // wh) * (W // ww)
    else:
        rows = qkv.reshape(-1, 3 * c)
        B = batch_size or qkv.shape[0]
        T = num_frames or wt
        n_sp = qkv.shape[0] // (B * (T // wt))
        windows = list(itertools.product(range(B), range(T // wt), range(n_sp)))
    out = torch.full((rows.shape[0], c), float("nan"), dtype=qkv.dtype)
    st, sh, sw = shift
    for w_id, win in enumerate(windows):
        b, tau = win[0], win[1]
        src, labels = [], []
        for dt in range(wt):
            for i in range(wh):
                for j in range(ww):
                    t_slot = tau * wt + dt
                    t_src = t_slot - (int(frame_shift[i, j]) if frame_shift is not None else 0)
                    t_src %= T
                    if video:
                        wy, wx = win[2], win[3]
                        y, x = wy * wh + i, wx * ww + j
                        labels.append(
                            (
                                naive_region(t_slot, T, wt, st),
                                naive_region(y, H, wh, sh),
                                naive_region(x, W, ww, sw),
                            )
                        )
                        src.append(
                            ((b * T + (t_src + st) % T) * H + (y + sh) % H) * W + (x + sw) % W
                        )
                    else:
                        s = win[2]
                        src_win = (b * (T // wt) + t_src // wt) * n_sp + s
                        src.append(src_win * n + ((t_src % wt) * wh + i) * ww + j)
        x = rows[src].reshape(n, 3, num_heads, hd)
        for h in range(num_heads):
            q, k, v = x[:, 0, h], x[:, 1, h], x[:, 2, h]
            scores = (q * scale) @ k.T
            if table is not None:
                plane = index[tau if index.shape[0] > 1 else 0]
                scores = scores + table[plane, h]
            if video and any(shift):
                lab = torch.tensor(labels)
                differs = (lab[:, None, :] != lab[None, :, :]).any(-1)
                scores = scores + torch.where(differs, mask_value, 0.0)
            if mask is not None:
                scores = scores + mask[w_id % mask.shape[0]]
            o = torch.softmax(scores, dim=-1) @ v
            out[src, h * hd : (h + 1) * hd] = o
    return out.reshape(qkv.shape[:-1] + (c,))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_reference_matches_naive_loops(case):
    args, kwargs = make_inputs(case)
    got = ops.window_attention(*args, backend="reference", **kwargs)
    want = naive_window_attention(*args, **kwargs)
    assert not torch.isnan(want).any(), "naive implementation left a slot unwritten"
    torch.testing.assert_close(got, want, **TOLERANCES["reference_vs_loops"])


GRADCHECK_CASES = [  # tiny: gradcheck perturbs every input element
    Case("gc_video", "video", 1, 3, 4, 4, 2, 4, (1, 2, 2), (0, 1, 1), "A", "official"),
    Case(
        "gc_windows_wt2",
        "windows",
        1,
        4,
        4,
        2,
        1,
        4,
        (2, 2, 2),
        (0, 0, 0),
        "C",
        "relative",
        mask=True,
    ),
    Case("gc_swin3d", "video", 1, 4, 4, 4, 1, 4, (2, 2, 2), (1, 1, 1), None, "relative"),
]


@pytest.mark.parametrize("case", GRADCHECK_CASES, ids=lambda c: c.id)
def test_reference_gradcheck(case):
    args, kwargs = make_inputs(case)
    qkv, table, index = args
    qkv = qkv.clone().requires_grad_(True)
    table = table.clone().requires_grad_(True)
    fn = lambda q, t: ops.window_attention(q, t, index, backend="reference", **kwargs)  # noqa
    assert torch.autograd.gradcheck(
        fn, (qkv, table), fast_mode=True, **TOLERANCES["gradcheck_reference"]
    )


def test_pattern_c_t5_grid():
    """Semantics example: at t = 5 (T = 16) the 3x3 class grid holds these frames."""
    fs = patterns.frame_shift_map("C", (7, 7))
    grid = [[(5 - int(fs[i, j])) % 16 for j in range(3)] for i in range(3)]
    assert grid == [[9, 4, 3], [6, 5, 2], [7, 8, 1]]
    # and the operator itself puts those frames there
    x = torch.arange(16, dtype=torch.float64).reshape(1, 16, 1, 1, 1).expand(1, 16, 7, 7, 1)
    shifted = ops.patch_shift(x.contiguous(), fs, backend="reference")
    assert shifted[0, 5, :3, :3, 0].tolist() == [[9, 4, 3], [6, 5, 2], [7, 8, 1]]


def test_pattern_tiling_and_names():
    c = patterns.frame_shift_map("C", (7, 7))
    for i in range(7):
        for j in range(7):
            assert c[i, j] == patterns.PATTERNS["C"][i % 3][j % 3]
    assert patterns.frame_shift_map("A").tolist() == patterns.frame_shift_map("even_3").tolist()
    user = patterns.frame_shift_map([[1, -1]], (2, 3))
    assert user.tolist() == [[1, -1, 1], [1, -1, 1]]
    with pytest.raises(ValueError, match="unknown pattern"):
        patterns.frame_shift_map("Z")


def test_paper_pseudocode_bayer_pattern():
    """Appendix A.1 pseudo-code (rolls on [0::2, 1::2] by +1 and [1::2, 0::2] by -1) is
    pattern A = [[0, 1], [-1, 0]] applied with a full-frame map."""
    x = torch.randn(2, 5, 6, 8, 3, dtype=torch.float64)
    want = x.clone()
    want[:, :, 0::2, 1::2] = torch.roll(x[:, :, 0::2, 1::2], 1, dims=1)
    want[:, :, 1::2, 0::2] = torch.roll(x[:, :, 1::2, 0::2], -1, dims=1)
    local = ops.patch_shift(x, patterns.frame_shift_map("A", (2, 2)), backend="reference")
    full = ops.patch_shift(x, patterns.frame_shift_map("A", (6, 8)), backend="reference")
    torch.testing.assert_close(local, want, atol=0, rtol=0)
    torch.testing.assert_close(full, want, atol=0, rtol=0)


@pytest.mark.parametrize("layout", ["video", "windows"])
def test_patch_shift_inverse_is_identity(layout):
    fs = patterns.frame_shift_map("D", (4, 4))
    if layout == "video":
        x = torch.randn(2, 6, 8, 8, 5, dtype=torch.float64)
        kw = {}
    else:
        x = torch.randn(2 * 6 * 3, 16, 5, dtype=torch.float64)
        kw = dict(batch_size=2, num_frames=6)
    y = ops.patch_shift(x, fs, backend="reference", **kw)
    assert not torch.equal(y, x)
    back = ops.patch_shift(y, fs, inverse=True, backend="reference", **kw)
    torch.testing.assert_close(back, x, atol=0, rtol=0)


def test_patch_shift_windows_matches_video():
    """Partitioning then shifting equals shifting then partitioning (window-local map)."""
    fs = patterns.frame_shift_map("C", (7, 7))
    x = torch.randn(1, 5, 14, 7, 4, dtype=torch.float64)
    video = ops.patch_shift(x, fs, backend="reference")
    part = lambda v: v.reshape(1, 5, 2, 7, 1, 7, 4).permute(0, 1, 2, 4, 3, 5, 6).reshape(-1, 49, 4)  # noqa
    windows = ops.patch_shift(part(x), fs, batch_size=1, num_frames=5, backend="reference")
    torch.testing.assert_close(windows, part(video), atol=0, rtol=0)


def naive_channel_shift(x, num_heads, fold_div):
    B, T = x.shape[:2]
    c = x.shape[-1]
    hd = c // num_heads
    fold = hd // fold_div
    out = x.clone()
    for t in range(T):
        for h in range(num_heads):
            lo = h * hd
            if t > 0:
                out[:, t, ..., lo : lo + fold] = x[:, t - 1, ..., lo : lo + fold]
            if t < T - 1:
                out[:, t, ..., lo + fold : lo + 2 * fold] = x[
                    :, t + 1, ..., lo + fold : lo + 2 * fold
                ]
    return out


def test_channel_shift_semantics():
    x = torch.randn(2, 5, 3, 4, 2 * 16, dtype=torch.float64)
    got = ops.channel_shift(x, num_heads=2, backend="reference")
    torch.testing.assert_close(got, naive_channel_shift(x, 2, 8), atol=0, rtol=0)
    # windows layout (B_, N, C) ordered (b, t, window): nW = 3
    xw = x.reshape(2, 5, 3, 4, 32).reshape(2 * 5 * 3, 4, 32)
    gotw = ops.channel_shift(xw, num_heads=2, batch_size=2, num_frames=5, backend="reference")
    torch.testing.assert_close(gotw, got.reshape(30, 4, 32), atol=0, rtol=0)


def test_official_index_formula():
    """Pattern C at T = 16 reproduces the published index formulas (incl. the frame-0 quirk)."""
    fs = patterns.frame_shift_map("C", (7, 7))
    tps = rpe.official_index(16, (7, 7), fs)
    tcs = rpe.official_index(16, (7, 7), None)
    assert tps.shape == tcs.shape == (16, 49, 49)
    assert rpe.official_table_size(16) == 5239
    assert 0 <= int(tps.min()) and int(tps.max()) < 5239
    for t, q, k in [(0, 0, 0), (5, 10, 33), (15, 48, 0), (7, 24, 24), (3, 1, 47)]:
        iq, jq, ik, jk = q // 7, q % 7, k // 7, k % 7
        sq, sk = int(fs[iq, jq]), int(fs[ik, jk])
        spatial = (iq - ik + 6) * 13 + (jq - jk + 6)
        assert tps[t, q, k] == (((t - sq) % 16) - ((0 - sk) % 16) + 15) * 169 + spatial
        assert tcs[t, q, k] == (t + 15) * 169 + spatial
    # T != 16: same formula with 16 -> T
    assert rpe.official_index(8, (7, 7), fs).max() < rpe.official_table_size(8)


def test_relative_index_swin3d():
    """Without a shift map, relative_index is Video-Swin's 3D index."""
    idx = rpe.relative_index((2, 3, 3))[0]
    coords = torch.stack(
        torch.meshgrid(torch.arange(2), torch.arange(3), torch.arange(3), indexing="ij")
    ).flatten(1)
    rel = (coords[:, :, None] - coords[:, None, :]).permute(1, 2, 0)
    rel[..., 0] += 1
    rel[..., 1] += 2
    rel[..., 2] += 2
    rel[..., 0] *= 5 * 5
    rel[..., 1] *= 5
    torch.testing.assert_close(idx, rel.sum(-1))
    assert rpe.relative_table_size((2, 3, 3)) == 3 * 5 * 5


def test_docstring_examples_run():
    """help(ops.window_attention / patch_shift / channel_shift) documents every argument and
    ends with a runnable example: the examples give what they print."""
    import doctest

    for fn in (ops.window_attention, ops.patch_shift, ops.channel_shift):
        doc = fn.__doc__
        for arg in fn.__code__.co_varnames[
            : fn.__code__.co_argcount + fn.__code__.co_kwonlyargcount
        ]:
            assert f"{arg} (" in doc, (fn.__name__, arg)
        assert "Example::" in doc and "ms" not in doc.split(), fn.__name__
    result = doctest.testmod(ops, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 12 and result.failed == 0, result
