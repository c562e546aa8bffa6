"""Index math of the Triton kernels: csrc/include/tps/index.h formula for formula (pos_mod,
source_row, region_1d / region_label, window_tau, patch_shift_source, row_frame /
row_at_frame / kv_source_row / kv_grad_rows). Every movement step
(roll, partition, temporal patch shift and their inverses) is this arithmetic on loads and
stores; nothing is moved in memory.

`geo` is the tuple (T, H, W, st, sh, sw, n_t, n_s, n_x) a kernel builds once from its
arguments: frames, height, width, the cyclic roll, temporal windows T / wt, spatial windows
per frame group, spatial windows along x (windows layout: H = W = n_x = 1, no roll).
"""

from __future__ import annotations

import triton
import triton.language as tl


@triton.jit
def pos_mod(a, m):
    # `%` truncates in compiled Triton but floors under the interpreter: fix the sign here
    r = a % m
    return tl.where(r < 0, r + m, r)


@triton.jit
def window_tau(w, geo):
    """Temporal window index of window w (selects the bias-index plane when Ti > 1)."""
    return (w // geo[7]) % geo[6]


@triton.jit
def source_row(
    w,
    n,
    valid,
    frame_shift_ptr,
    geo,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    HAS_FRAME_SHIFT: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
):
    """Row of qkv (rows, 3C) / out (rows, C) feeding slot n of window w (index.h source_row)."""
    T, H, W, st, sh, sw, n_t, n_s, n_x = geo
    AREA: tl.constexpr = WH * WW
    dt = n // AREA
    i = (n % AREA) // WW
    j = n % WW
    s = w % n_s
    rest = w // n_s
    tau = rest % n_t
    b = rest // n_t
    t = tau * WT + dt  # frame of the rolled, partitioned video
    if HAS_FRAME_SHIFT:  # temporal patch shift: slot holds t - s(i, j)
        fsv = tl.load(frame_shift_ptr + i * WW + j, mask=valid, other=0)
        t = pos_mod(t - fsv, T)
    if IS_WINDOWS_LAYOUT:
        row = ((b * n_t + t // WT) * n_s + s) * (WT * AREA) + ((t % WT) * WH + i) * WW + j
    else:  # undo the roll
        wy = s // n_x
        wx = s % n_x
        tt = pos_mod(t + st, T)
        y = pos_mod(wy * WH + i + sh, H)
        x = pos_mod(wx * WW + j + sw, W)
        row = ((b * T + tt) * H + y) * W + x
    return tl.where(valid, row, 0).to(tl.int64)


# kv_time_shift_boundary codes (index.h KvTimeShiftBoundary)
KV_TIME_SHIFT_BOUNDARIES = {"zero": 0, "self": 1, "cyclic": 2}
KV_ZERO: tl.constexpr = tl.constexpr(0)
KV_SELF: tl.constexpr = tl.constexpr(1)
KV_CYCLIC: tl.constexpr = tl.constexpr(2)


@triton.jit
def row_frame(
    r, geo, WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr, IS_WINDOWS_LAYOUT: tl.constexpr
):
    """Frame t of row r (index.h row_frame)."""
    T, H, W = geo[0], geo[1], geo[2]
    if IS_WINDOWS_LAYOUT:
        N: tl.constexpr = WT * WH * WW
        return window_tau(r // N, geo) * WT + (r % N) // (WH * WW)
    return (r // (H * W)) % T


@triton.jit
def row_at_frame(
    r,
    f,
    f2,
    geo,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
):
    """The row of the same batch element and position as row r (of frame f) in frame f2
    (index.h row_at_frame); f, f2 in [0, T)."""
    if IS_WINDOWS_LAYOUT:
        N: tl.constexpr = WT * WH * WW
        return r + (f2 // WT - f // WT) * (geo[7] * N) + (f2 % WT - f % WT) * (WH * WW)
    return r + (f2 - f) * (geo[1] * geo[2])


@triton.jit
def kv_source_frame(f, d, T, BOUNDARY: tl.constexpr):
    """(f2, reads): the frame the key / value channel with offset d of frame f comes from,
    and whether it is read at all (False: zeros, the zero boundary); index.h kv_source_row's
    frame step."""
    f2 = f + d
    reads = (f2 >= 0) & (f2 < T)
    if BOUNDARY == KV_CYCLIC:
        f2 = pos_mod(f2, T)
    else:  # self: the frame itself; zero: any frame in range (not read)
        f2 = tl.where(reads, f2, f)
    if BOUNDARY != KV_ZERO:
        reads = f2 >= 0  # always true, of f2's shape
    return f2, reads


@triton.jit
def kv_source_row(
    r,
    d,
    geo,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    BOUNDARY: tl.constexpr,
):
    """Row whose key / value channel (offset d) feeds row r, or -1 for zeros (index.h
    kv_source_row). r and d broadcast: rows (BLOCK_N, 1) x offsets (1, BLOCK_D)."""
    f = row_frame(r, geo, WT, WH, WW, IS_WINDOWS_LAYOUT).to(tl.int32)  # int32 offset math
    f2, reads = kv_source_frame(f, d, geo[0], BOUNDARY)
    src = row_at_frame(r, f, f2, geo, WT, WH, WW, IS_WINDOWS_LAYOUT)
    return tl.where(reads, src, -1)


@triton.jit
def kv_grad_rows(
    r,
    d,
    geo,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    BOUNDARY: tl.constexpr,
):
    """The adjoint (index.h kv_grad_rows): the rows whose shifted key / value channel
    (offset d) reads row r, in index.h's order, as (first, second) with -1 where absent:
    the row of frame t - d, then r itself when the self boundary makes it read itself."""
    T = geo[0]
    f = row_frame(r, geo, WT, WH, WW, IS_WINDOWS_LAYOUT).to(tl.int32)
    back = f - d
    if BOUNDARY == KV_CYCLIC:
        first = row_at_frame(r, f, pos_mod(back, T), geo, WT, WH, WW, IS_WINDOWS_LAYOUT)
        second = tl.full(first.shape, -1, first.dtype)
    else:
        back_inside = (back >= 0) & (back < T)
        first = row_at_frame(
            r, f, tl.where(back_inside, back, f), geo, WT, WH, WW, IS_WINDOWS_LAYOUT
        )
        first = tl.where(back_inside, first, -1)
        if BOUNDARY == KV_SELF:
            second = tl.where((f + d < 0) | (f + d >= T), r, -1)
        else:
            second = tl.full(first.shape, -1, first.dtype)
    return first, second


@triton.jit
def region_1d(c, L, win, s):
    # Swin slices [0, L-win), [L-win, L-s), [L-s, L) -> 0, 1, 2 (index.h region_1d)
    lab = tl.where(c < L - win, 0, tl.where(c < L - s, 1, 2))
    return tl.where(s == 0, 0, lab)


@triton.jit
def region_label(w, n, geo, WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr):
    """Region label of slot n of window w: slot position only, the same for every frame."""
    T, H, W, st, sh, sw, _, n_s, n_x = geo
    AREA: tl.constexpr = WH * WW
    dt = n // AREA
    i = (n % AREA) // WW
    j = n % WW
    s = w % n_s
    tau = window_tau(w, geo)
    wy = s // n_x
    wx = s % n_x
    return (
        region_1d(tau * WT + dt, T, WT, st) * 9
        + region_1d(wy * WH + i, H, WH, sh) * 3
        + region_1d(wx * WW + j, W, WW, sw)
    )


@triton.jit
def patch_shift_source(
    r,
    frame_shift_ptr,
    valid,
    fh,
    fw,
    T,
    H,
    W,
    wt,
    wh,
    ww,
    n_t,
    n_s,
    INVERSE: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
):
    """Input row of output row r (index.h patch_shift_source); frame_shift tiled (fh, fw)."""
    if IS_WINDOWS_LAYOUT:
        n_slots = wt * wh * ww
        n = r % n_slots
        w = r // n_slots
        area = wh * ww
        dt = n // area
        i = (n % area) // ww
        j = n % ww
        s = w % n_s
        rest = w // n_s
        tau = rest % n_t
        b = rest // n_t
        shv = tl.load(frame_shift_ptr + (i % fh) * fw + (j % fw), mask=valid, other=0)
        if INVERSE:
            t = pos_mod(tau * wt + dt + shv, T)
        else:
            t = pos_mod(tau * wt + dt - shv, T)
        src = ((b * n_t + t // wt) * n_s + s) * n_slots + ((t % wt) * wh + i) * ww + j
    else:
        x = r % W
        y = (r // W) % H
        t = (r // (W * H)) % T
        b = r // (W * H * T)
        shv = tl.load(frame_shift_ptr + (y % fh) * fw + (x % fw), mask=valid, other=0)
        if INVERSE:
            src_t = pos_mod(t + shv, T)
        else:
            src_t = pos_mod(t - shv, T)
        src = ((b * T + src_t) * H + y) * W + x
    return tl.where(valid, src, 0).to(tl.int64)


class WindowGeometry:
    """Normalized geometry of one window_attention call (the Python twin of index.h's
    tps::Geometry); `geo()` is the runtime tuple the kernels rebuild as `geo`."""

    def __init__(self, qkv, num_heads, window, shift, batch_size, num_frames):
        self.wt, self.wh, self.ww = (int(v) for v in window)
        self.n = self.wt * self.wh * self.ww  # slots per window
        self.c = qkv.shape[-1] // 3
        self.heads = int(num_heads)
        self.head_dim = self.c // self.heads
        self.is_windows_layout = qkv.dim() == 3
        if self.is_windows_layout:  # (B_, N, 3C) ordered (b, tau, s)
            self.batch, self.frames = int(batch_size), int(num_frames)
            self.height = self.width = 1
            self.n_t = self.frames // self.wt
            self.n_windows = qkv.shape[0]
            self.n_s = self.n_windows // (self.batch * self.n_t)
            self.n_x = 1
            self.shift = (0, 0, 0)
        else:  # (B, T, H, W, 3C)
            self.batch, self.frames, self.height, self.width = (int(v) for v in qkv.shape[:4])
            self.n_t = self.frames // self.wt
            self.n_x = self.width // self.ww
            self.n_s = (self.height // self.wh) * self.n_x
            self.n_windows = self.batch * self.n_t * self.n_s
            self.shift = tuple(int(v) for v in shift)
        self.has_region_mask = not self.is_windows_layout and any(self.shift)

    def geo(self):
        return (self.frames, self.height, self.width, *self.shift, self.n_t, self.n_s, self.n_x)
