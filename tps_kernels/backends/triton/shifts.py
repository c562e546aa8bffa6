"""Temporal patch shift and temporal channel shift alone: row gathers, one program per
(BLOCK_R rows, BLOCK_C channels). Each is its own adjoint with the direction flipped."""

from __future__ import annotations

import triton
import triton.language as tl

from .index import patch_shift_source
from .launch import launch, new_output, pow2

_OPTIONS = dict(num_warps=4, num_stages=1)  # launch settings of both kernels
_BLOCK_R = 16


def _grid(x):
    c = x.shape[-1]
    rows = x.numel() // c
    block_c = min(pow2(c), 128)
    return (triton.cdiv(rows, _BLOCK_R), triton.cdiv(c, block_c)), rows, c, block_c


@triton.jit
def patch_shift_kernel(
    x_ptr,
    out_ptr,
    frame_shift_ptr,
    rows,
    C,
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
    BLOCK_R: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    c = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    r_valid = r < rows
    src = patch_shift_source(
        r,
        frame_shift_ptr,
        r_valid,
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
        INVERSE,
        IS_WINDOWS_LAYOUT,
    )
    m = r_valid[:, None] & (c < C)[None, :]
    val = tl.load(x_ptr + src[:, None] * C + c[None, :], mask=m)
    tl.store(out_ptr + r.to(tl.int64)[:, None] * C + c[None, :], val, mask=m)


def patch_shift(x, frame_shift, inverse, batch_size, num_frames):
    out = new_output(x.shape, x)
    fh, fw = frame_shift.shape
    if x.dim() == 5:
        t, h, w = x.shape[1:4]
        geo = (t, h, w, 1, 1, 1, t, 1)
    else:
        wt = x.shape[1] // (fh * fw)
        n_t = num_frames // wt
        geo = (num_frames, 1, 1, wt, fh, fw, n_t, x.shape[0] // (batch_size * n_t))
    grid, rows, c, block_c = _grid(x)
    launch(
        patch_shift_kernel,
        grid,
        _OPTIONS,
        x,
        out,
        frame_shift,
        rows,
        c,
        fh,
        fw,
        *geo,
        INVERSE=bool(inverse),
        IS_WINDOWS_LAYOUT=x.dim() == 3,
        BLOCK_R=_BLOCK_R,
        BLOCK_C=block_c,
    )
    return out


@triton.jit
def channel_shift_kernel(
    x_ptr,
    out_ptr,
    rows,
    C,
    P,
    T,
    head_dim,
    fold,
    BACKWARD: tl.constexpr,
    BLOCK_R: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    # rows ordered (b, t, p); forward: index.h channel_shift_offset; backward: its adjoint
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    c = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    m = (r < rows)[:, None] & (c < C)[None, :]
    t = ((r // P) % T)[:, None]
    ch = (c % head_dim)[None, :]
    lo = ch < fold  # from t-1 (forward)
    hi = (ch >= fold) & (ch < 2 * fold)  # from t+1 (forward)
    base = x_ptr + r.to(tl.int64)[:, None] * C + c[None, :]
    if BACKWARD:
        # x[t] of `lo` feeds out[t+1] (and out[0] when t == 0); mirror for `hi`
        a_off = tl.where(lo, 1, tl.where(hi, -1, 0))
        a_ok = tl.where(lo, t < T - 1, tl.where(hi, t > 0, True))
        b_ok = (lo & (t == 0)) | (hi & (t == T - 1))
        val = tl.load(base + a_off * P * C, mask=m & a_ok, other=0.0)
        val += tl.load(base, mask=m & b_ok, other=0.0)
    else:
        off = tl.where(lo, tl.where(t > 0, -1, 0), tl.where(hi, tl.where(t < T - 1, 1, 0), 0))
        val = tl.load(base + off * P * C, mask=m)  # one frame = P rows of C
    tl.store(out_ptr + r.to(tl.int64)[:, None] * C + c[None, :], val, mask=m)


def channel_shift(x, num_heads, fold_div, batch_size, num_frames, backward):
    out = new_output(x.shape, x)
    grid, rows, c, block_c = _grid(x)
    head_dim = c // num_heads
    launch(
        channel_shift_kernel,
        grid,
        _OPTIONS,
        x,
        out,
        rows,
        c,
        rows // (batch_size * num_frames),
        num_frames,
        head_dim,
        head_dim // fold_div,
        BACKWARD=bool(backward),
        BLOCK_R=_BLOCK_R,
        BLOCK_C=block_c,
    )
    return out
