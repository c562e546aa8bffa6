"""Triton backend: fused PST window attention (forward + backward), patch shift, channel shift.

One launch for the forward; the backward is one launch for small windows (N <= BLOCK, the
PST 7x7 case: dQ, dK, dV and per-group bias partials together) or two for large windows
(Video-Swin N = 392: dK/dV + partials, then dQ). With a bias table, the per-group fp32
partials are summed per bias plane (torch.sum) and reduced into the table rows by one small
kernel walking the sorted index (torch.argsort + searchsorted): a fixed order everywhere,
so dTable is deterministic with no float atomics.

Every movement step (roll, partition, temporal patch shift and their inverses) is index
arithmetic on loads/stores: the @triton.jit helpers below mirror csrc/include/tps/index.h
(pos_mod, source_row, region_1d/region_label, window_tau, patch_shift_source,
channel_shift_offset) formula for formula. The ops are registered with
torch.library.triton_op (namespace ``tps_triton``) + wrap_triton so torch.compile sees the
kernels. Under TRITON_INTERPRET=1 (set before this module is imported) the same code runs
on CPU tensors: that is how CI verifies it.

lse is float32 (N.B. float64 when qkv is float64, so float64 gradcheck is meaningful).
"""
from __future__ import annotations

import contextlib
import os
from typing import List, Optional, Tuple

import torch
import triton
import triton.language as tl
from torch._subclasses import fake_tensor as _fake
from torch.library import triton_op, wrap_triton

try:  # the class @triton.jit returns under TRITON_INTERPRET=1
    from triton.runtime.interpreter import InterpretedFunction as _InterpretedFunction
except Exception:  # noqa: BLE001
    _InterpretedFunction = ()


# --------------------------------------------------------------------------------------
# index math (mirrors csrc/include/tps/index.h)
# --------------------------------------------------------------------------------------
@triton.jit
def _pos_mod(a, m):
    # `%` truncates in compiled Triton but floors under the interpreter: fix the sign here
    r = a % m
    return tl.where(r < 0, r + m, r)


@triton.jit
def _source_row(w, n, valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr,
                HAS_FS: tl.constexpr, WINDOWS: tl.constexpr):
    """Row of qkv (rows, 3C) / out (rows, C) feeding slot n of window w (index.h source_row)."""
    AREA: tl.constexpr = WH * WW
    dt = n // AREA
    i = (n % AREA) // WW
    j = n % WW
    s = w % n_s
    rest = w // n_s
    tau = rest % n_t
    b = rest // n_t
    t = tau * WT + dt                           # frame of the rolled, partitioned video
    if HAS_FS:                                  # temporal patch shift: slot holds t - s(i, j)
        fsv = tl.load(fs_ptr + i * WW + j, mask=valid, other=0)
        t = _pos_mod(t - fsv, T)
    if WINDOWS:
        row = ((b * n_t + t // WT) * n_s + s) * (WT * AREA) + ((t % WT) * WH + i) * WW + j
    else:                                       # undo the roll
        wy = s // n_x
        wx = s % n_x
        tt = _pos_mod(t + st, T)
        y = _pos_mod(wy * WH + i + sh, H)
        x = _pos_mod(wx * WW + j + sw, W)
        row = ((b * T + tt) * H + y) * W + x
    return tl.where(valid, row, 0).to(tl.int64)


@triton.jit
def _region_1d(c, L, win, s):
    # Swin slices [0, L-win), [L-win, L-s), [L-s, L) -> 0, 1, 2 (index.h region_1d)
    lab = tl.where(c < L - win, 0, tl.where(c < L - s, 1, 2))
    return tl.where(s == 0, 0, lab)


@triton.jit
def _region_label(w, n, T, H, W, st, sh, sw, n_t, n_s, n_x,
                  WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr):
    """Region label of slot n of window w: slot position only, the same for every frame."""
    AREA: tl.constexpr = WH * WW
    dt = n // AREA
    i = (n % AREA) // WW
    j = n % WW
    s = w % n_s
    tau = (w // n_s) % n_t                      # index.h window_tau
    wy = s // n_x
    wx = s % n_x
    return (_region_1d(tau * WT + dt, T, WT, st) * 9 + _region_1d(wy * WH + i, H, WH, sh) * 3
            + _region_1d(wx * WW + j, W, WW, sw))


@triton.jit
def _mma(a, b, ACC: tl.constexpr, DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    # UPCAST only under the interpreter with bfloat16: its tl.dot misreads bf16 operands
    # (bf16 x bf16 products are exact in fp32, so the result is what a GPU computes)
    if UPCAST:
        a = a.to(tl.float32)
        b = b.to(tl.float32)
    return tl.dot(a, b, input_precision=DOT_PREC, out_dtype=ACC)


@triton.jit
def _scores(q, k, w, h, offs_m, offs_n, m_valid, n_valid, table_ptr, index_ptr, mask_ptr,
            heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale, mask_value,
            N: tl.constexpr, WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr,
            HAS_BIAS: tl.constexpr, HAS_MASK: tl.constexpr, REGION: tl.constexpr,
            ACC: tl.constexpr, DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    """(q*scale) k^T + bias[index] + mask, padded keys at -inf, in the accumulator type."""
    s = _mma(q, tl.trans(k), ACC, DOT_PREC, UPCAST) * scale
    valid2 = m_valid[:, None] & n_valid[None, :]
    pair = offs_m[:, None] * N + offs_n[None, :]
    if HAS_BIAS:
        tau = (w // n_s) % n_t
        plane = tl.where(ti > 1, tau, 0)
        idx = tl.load(index_ptr + plane * (N * N) + pair, mask=valid2, other=0)
        s += tl.load(table_ptr + idx * heads + h, mask=valid2, other=0.0).to(ACC)
    if HAS_MASK:
        s += tl.load(mask_ptr + (w % n_mask) * (N * N) + pair, mask=valid2, other=0.0).to(ACC)
    if REGION:
        lab_q = _region_label(w, offs_m, T, H, W, st, sh, sw, n_t, n_s, n_x, WT, WH, WW)
        lab_k = _region_label(w, offs_n, T, H, W, st, sh, sw, n_t, n_s, n_x, WT, WH, WW)
        s += tl.where(lab_q[:, None] != lab_k[None, :], mask_value, 0.0).to(ACC)
    return tl.where(n_valid[None, :], s, float("-inf"))


# --------------------------------------------------------------------------------------
# kernels
# --------------------------------------------------------------------------------------
@triton.jit
def _attn_fwd_kernel(qkv_ptr, out_ptr, lse_ptr, table_ptr, index_ptr, fs_ptr, mask_ptr,
                     heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale, mask_value,
                     C: tl.constexpr, HEAD_DIM: tl.constexpr, N: tl.constexpr,
                     WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr,
                     BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr,
                     HAS_BIAS: tl.constexpr, HAS_FS: tl.constexpr, HAS_MASK: tl.constexpr,
                     REGION: tl.constexpr, WINDOWS: tl.constexpr, IS_F64: tl.constexpr,
                     DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    # one program per (window, query block) x head; online softmax over key blocks
    NUM_QB: tl.constexpr = (N + BLOCK_M - 1) // BLOCK_M
    NUM_KB: tl.constexpr = (N + BLOCK_N - 1) // BLOCK_N
    ACC: tl.constexpr = tl.float64 if IS_F64 else tl.float32
    pid = tl.program_id(0)
    h = tl.program_id(1)
    w = pid // NUM_QB
    qb = pid % NUM_QB
    offs_m = qb * BLOCK_M + tl.arange(0, BLOCK_M)
    m_valid = offs_m < N
    offs_d = tl.arange(0, BLOCK_D)
    d_valid = offs_d < HEAD_DIM
    row_q = _source_row(w, offs_m, m_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                        WT, WH, WW, HAS_FS, WINDOWS)
    qmask = m_valid[:, None] & d_valid[None, :]
    q = tl.load(qkv_ptr + row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :],
                mask=qmask, other=0.0)
    m_i = tl.full([BLOCK_M], float("-inf"), ACC)
    l_i = tl.zeros([BLOCK_M], ACC)
    acc = tl.zeros([BLOCK_M, BLOCK_D], ACC)
    for kb in range(NUM_KB):
        offs_n = kb * BLOCK_N + tl.arange(0, BLOCK_N)
        n_valid = offs_n < N
        row_k = _source_row(w, offs_n, n_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                            WT, WH, WW, HAS_FS, WINDOWS)
        kmask = n_valid[:, None] & d_valid[None, :]
        kv_ptr = qkv_ptr + row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k = tl.load(kv_ptr + C, mask=kmask, other=0.0)
        v = tl.load(kv_ptr + 2 * C, mask=kmask, other=0.0)
        s = _scores(q, k, w, h, offs_m, offs_n, m_valid, n_valid, table_ptr, index_ptr,
                    mask_ptr, heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale,
                    mask_value, N, WT, WH, WW, HAS_BIAS, HAS_MASK, REGION, ACC, DOT_PREC,
                    UPCAST)
        m_new = tl.maximum(m_i, tl.max(s, 1))
        alpha = tl.exp(m_i - m_new)
        p = tl.exp(s - m_new[:, None])
        l_i = l_i * alpha + tl.sum(p, 1)
        # p in the input precision for the PV product, as the published AMP code does
        acc = acc * alpha[:, None] + _mma(p.to(v.dtype), v, ACC, DOT_PREC, UPCAST)
        m_i = m_new
    out = acc / l_i[:, None]
    tl.store(out_ptr + row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :], out, mask=qmask)
    tl.store(lse_ptr + (w * heads + h) * N + offs_m, m_i + tl.log(l_i), mask=m_valid)


@triton.jit
def _attn_bwd_kernel(qkv_ptr, out_ptr, dout_ptr, lse_ptr, dqkv_ptr, dbias_ptr,
                     table_ptr, index_ptr, fs_ptr, mask_ptr,
                     heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale, mask_value,
                     C: tl.constexpr, HEAD_DIM: tl.constexpr, N: tl.constexpr,
                     WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr, WPG: tl.constexpr,
                     BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr,
                     HAS_BIAS: tl.constexpr, HAS_FS: tl.constexpr, HAS_MASK: tl.constexpr,
                     REGION: tl.constexpr, WINDOWS: tl.constexpr, IS_F64: tl.constexpr,
                     DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    # one program per (group of WPG windows, key block) x head: dK, dV of its key block for
    # each window, dQ too when one key block covers the window, and the bias gradient of the
    # group summed in a fixed order (registers when one query block covers the window, else
    # read-modify-write of a slice only this program owns).
    NUM_QB: tl.constexpr = (N + BLOCK_M - 1) // BLOCK_M
    NUM_KB: tl.constexpr = (N + BLOCK_N - 1) // BLOCK_N
    ACC: tl.constexpr = tl.float64 if IS_F64 else tl.float32
    pid = tl.program_id(0)
    h = tl.program_id(1)
    grp = pid // NUM_KB
    kb = pid % NUM_KB
    offs_n = kb * BLOCK_N + tl.arange(0, BLOCK_N)
    n_valid = offs_n < N
    offs_d = tl.arange(0, BLOCK_D)
    d_valid = offs_d < HEAD_DIM
    kmask = n_valid[:, None] & d_valid[None, :]
    dbias_base = dbias_ptr + (grp * heads + h).to(tl.int64) * (N * N)  # > 2**31 at N = 392
    if HAS_BIAS:
        if NUM_QB == 1:
            dbias_acc = tl.zeros([BLOCK_M, BLOCK_N], ACC)
    for wi in range(WPG):
        w = grp * WPG + wi
        row_k = _source_row(w, offs_n, n_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                            WT, WH, WW, HAS_FS, WINDOWS)
        kv_off = row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k = tl.load(qkv_ptr + kv_off + C, mask=kmask, other=0.0)
        v = tl.load(qkv_ptr + kv_off + 2 * C, mask=kmask, other=0.0)
        dk = tl.zeros([BLOCK_N, BLOCK_D], ACC)
        dv = tl.zeros([BLOCK_N, BLOCK_D], ACC)
        for qb in range(NUM_QB):
            offs_m = qb * BLOCK_M + tl.arange(0, BLOCK_M)
            m_valid = offs_m < N
            row_q = _source_row(w, offs_m, m_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s,
                                n_x, WT, WH, WW, HAS_FS, WINDOWS)
            qmask = m_valid[:, None] & d_valid[None, :]
            q_off = row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
            o_off = row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :]
            q = tl.load(qkv_ptr + q_off, mask=qmask, other=0.0)
            do = tl.load(dout_ptr + o_off, mask=qmask, other=0.0)
            o = tl.load(out_ptr + o_off, mask=qmask, other=0.0)
            lse = tl.load(lse_ptr + (w * heads + h) * N + offs_m, mask=m_valid, other=0.0)
            delta = tl.sum(do.to(ACC) * o.to(ACC), 1)
            s = _scores(q, k, w, h, offs_m, offs_n, m_valid, n_valid, table_ptr, index_ptr,
                        mask_ptr, heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale,
                        mask_value, N, WT, WH, WW, HAS_BIAS, HAS_MASK, REGION, ACC, DOT_PREC,
                        UPCAST)
            p = tl.exp(s - lse.to(ACC)[:, None])
            p = tl.where(m_valid[:, None] & n_valid[None, :], p, 0.0)
            dv += _mma(tl.trans(p.to(do.dtype)), do, ACC, DOT_PREC, UPCAST)
            dp = _mma(do, tl.trans(v), ACC, DOT_PREC, UPCAST)
            ds = p * (dp - delta[:, None])
            dk += _mma(tl.trans(ds.to(q.dtype)), q, ACC, DOT_PREC, UPCAST)
            if NUM_KB == 1:
                dq = _mma(ds.to(k.dtype), k, ACC, DOT_PREC, UPCAST) * scale
                tl.store(dqkv_ptr + q_off, dq, mask=qmask)
            if HAS_BIAS:
                if NUM_QB == 1:
                    dbias_acc += ds
                else:
                    bmask = m_valid[:, None] & n_valid[None, :]
                    bptr = dbias_base + offs_m[:, None] * N + offs_n[None, :]
                    prev = tl.load(bptr, mask=bmask, other=0.0)
                    tl.store(bptr, prev + ds, mask=bmask)
                    tl.debug_barrier()  # the next window's load must see this store
        tl.store(dqkv_ptr + kv_off + C, dk * scale, mask=kmask)
        tl.store(dqkv_ptr + kv_off + 2 * C, dv, mask=kmask)
    if HAS_BIAS:
        if NUM_QB == 1:
            offs_m = tl.arange(0, BLOCK_M)
            bmask = (offs_m < N)[:, None] & n_valid[None, :]
            tl.store(dbias_base + offs_m[:, None] * N + offs_n[None, :], dbias_acc, mask=bmask)


@triton.jit
def _attn_bwd_dq_kernel(qkv_ptr, out_ptr, dout_ptr, lse_ptr, dqkv_ptr,
                        table_ptr, index_ptr, fs_ptr, mask_ptr,
                        heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale,
                        mask_value,
                        C: tl.constexpr, HEAD_DIM: tl.constexpr, N: tl.constexpr,
                        WT: tl.constexpr, WH: tl.constexpr, WW: tl.constexpr,
                        BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr,
                        HAS_BIAS: tl.constexpr, HAS_FS: tl.constexpr, HAS_MASK: tl.constexpr,
                        REGION: tl.constexpr, WINDOWS: tl.constexpr, IS_F64: tl.constexpr,
                        DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    # large windows only: dQ of one query block, looping over key blocks (no atomics)
    NUM_QB: tl.constexpr = (N + BLOCK_M - 1) // BLOCK_M
    NUM_KB: tl.constexpr = (N + BLOCK_N - 1) // BLOCK_N
    ACC: tl.constexpr = tl.float64 if IS_F64 else tl.float32
    pid = tl.program_id(0)
    h = tl.program_id(1)
    w = pid // NUM_QB
    qb = pid % NUM_QB
    offs_m = qb * BLOCK_M + tl.arange(0, BLOCK_M)
    m_valid = offs_m < N
    offs_d = tl.arange(0, BLOCK_D)
    d_valid = offs_d < HEAD_DIM
    row_q = _source_row(w, offs_m, m_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                        WT, WH, WW, HAS_FS, WINDOWS)
    qmask = m_valid[:, None] & d_valid[None, :]
    q_off = row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
    o_off = row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :]
    q = tl.load(qkv_ptr + q_off, mask=qmask, other=0.0)
    do = tl.load(dout_ptr + o_off, mask=qmask, other=0.0)
    o = tl.load(out_ptr + o_off, mask=qmask, other=0.0)
    lse = tl.load(lse_ptr + (w * heads + h) * N + offs_m, mask=m_valid, other=0.0).to(ACC)
    delta = tl.sum(do.to(ACC) * o.to(ACC), 1)
    dq = tl.zeros([BLOCK_M, BLOCK_D], ACC)
    for kb in range(NUM_KB):
        offs_n = kb * BLOCK_N + tl.arange(0, BLOCK_N)
        n_valid = offs_n < N
        row_k = _source_row(w, offs_n, n_valid, fs_ptr, T, H, W, st, sh, sw, n_t, n_s, n_x,
                            WT, WH, WW, HAS_FS, WINDOWS)
        kmask = n_valid[:, None] & d_valid[None, :]
        kv_off = row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k = tl.load(qkv_ptr + kv_off + C, mask=kmask, other=0.0)
        v = tl.load(qkv_ptr + kv_off + 2 * C, mask=kmask, other=0.0)
        s = _scores(q, k, w, h, offs_m, offs_n, m_valid, n_valid, table_ptr, index_ptr,
                    mask_ptr, heads, ti, n_mask, T, H, W, st, sh, sw, n_t, n_s, n_x, scale,
                    mask_value, N, WT, WH, WW, HAS_BIAS, HAS_MASK, REGION, ACC, DOT_PREC,
                    UPCAST)
        p = tl.exp(s - lse[:, None])
        p = tl.where(m_valid[:, None] & n_valid[None, :], p, 0.0)
        dp = _mma(do, tl.trans(v), ACC, DOT_PREC, UPCAST)
        ds = p * (dp - delta[:, None])
        dq += _mma(ds.to(k.dtype), k, ACC, DOT_PREC, UPCAST)
    tl.store(dqkv_ptr + q_off, dq * scale, mask=qmask)


@triton.jit
def _table_grad_kernel(plane_ptr, perm_ptr, offsets_ptr, max_count_ptr, dtable_ptr, rows, heads,
                       BLOCK_R: tl.constexpr, BLOCK_H: tl.constexpr, IS_F64: tl.constexpr):
    # BLOCK_R table rows: row r sums its (plane, q, k) entries in sorted order (a fixed
    # order, so the result is deterministic); the loop bound is the largest row count,
    # read on device (no host sync), shorter rows are masked.
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    r_valid = r < rows
    offs_h = tl.arange(0, BLOCK_H)
    h_valid = offs_h < heads
    start = tl.load(offsets_ptr + r, mask=r_valid, other=0)
    end = tl.load(offsets_ptr + r + 1, mask=r_valid, other=0)
    max_count = tl.load(max_count_ptr)
    acc = tl.zeros([BLOCK_R, BLOCK_H], tl.float64 if IS_F64 else tl.float32)
    for c in range(0, max_count):
        e = start + c
        e_valid = e < end
        j = tl.load(perm_ptr + e, mask=e_valid, other=0)
        acc += tl.load(plane_ptr + j[:, None] * heads + offs_h[None, :],
                       mask=e_valid[:, None] & h_valid[None, :], other=0.0)
    tl.store(dtable_ptr + r.to(tl.int64)[:, None] * heads + offs_h[None, :], acc,
             mask=r_valid[:, None] & h_valid[None, :])


@triton.jit
def _patch_shift_source(r, fs_ptr, valid, fh, fw, T, H, W, wt, wh, ww, n_t, n_s,
                        INVERSE: tl.constexpr, WINDOWS: tl.constexpr):
    """Input row of output row r (index.h patch_shift_source); frame_shift tiled (fh, fw)."""
    if WINDOWS:
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
        shv = tl.load(fs_ptr + (i % fh) * fw + (j % fw), mask=valid, other=0)
        if INVERSE:
            t = _pos_mod(tau * wt + dt + shv, T)
        else:
            t = _pos_mod(tau * wt + dt - shv, T)
        src = ((b * n_t + t // wt) * n_s + s) * n_slots + ((t % wt) * wh + i) * ww + j
    else:
        x = r % W
        y = (r // W) % H
        t = (r // (W * H)) % T
        b = r // (W * H * T)
        shv = tl.load(fs_ptr + (y % fh) * fw + (x % fw), mask=valid, other=0)
        if INVERSE:
            src_t = _pos_mod(t + shv, T)
        else:
            src_t = _pos_mod(t - shv, T)
        src = ((b * T + src_t) * H + y) * W + x
    return tl.where(valid, src, 0).to(tl.int64)


@triton.jit
def _patch_shift_kernel(x_ptr, out_ptr, fs_ptr, rows, C, fh, fw, T, H, W, wt, wh, ww, n_t, n_s,
                        INVERSE: tl.constexpr, WINDOWS: tl.constexpr,
                        BLOCK_R: tl.constexpr, BLOCK_C: tl.constexpr):
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    c = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    r_valid = r < rows
    src = _patch_shift_source(r, fs_ptr, r_valid, fh, fw, T, H, W, wt, wh, ww, n_t, n_s,
                              INVERSE, WINDOWS)
    m = r_valid[:, None] & (c < C)[None, :]
    val = tl.load(x_ptr + src[:, None] * C + c[None, :], mask=m)
    tl.store(out_ptr + r.to(tl.int64)[:, None] * C + c[None, :], val, mask=m)


@triton.jit
def _channel_shift_kernel(x_ptr, out_ptr, rows, C, P, T, head_dim, fold,
                          BACKWARD: tl.constexpr, BLOCK_R: tl.constexpr, BLOCK_C: tl.constexpr):
    # rows ordered (b, t, p); forward: index.h channel_shift_offset; backward: its adjoint
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)
    c = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    m = (r < rows)[:, None] & (c < C)[None, :]
    t = ((r // P) % T)[:, None]
    ch = (c % head_dim)[None, :]
    lo = ch < fold                       # from t-1 (forward)
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


KERNELS = {
    "attn_fwd": _attn_fwd_kernel,
    "attn_bwd": _attn_bwd_kernel,
    "attn_bwd_dq": _attn_bwd_dq_kernel,
    "table_grad": _table_grad_kernel,
    "patch_shift": _patch_shift_kernel,
    "channel_shift": _channel_shift_kernel,
}
INTERPRETED = bool(_InterpretedFunction) and isinstance(_attn_fwd_kernel, _InterpretedFunction)


# --------------------------------------------------------------------------------------
# host side
# --------------------------------------------------------------------------------------
def status(name: str = "triton") -> Tuple[bool, str]:
    interp = os.environ.get("TRITON_INTERPRET", "0") == "1"
    if interp and not INTERPRETED:
        return False, ("TRITON_INTERPRET=1 was set after tps_kernels' Triton backend was "
                       "imported; set it before importing")
    if INTERPRETED:
        return True, f"triton {triton.__version__} interpreter (TRITON_INTERPRET=1)"
    if torch.cuda.is_available():
        return True, f"triton {triton.__version__} on {torch.cuda.get_device_name()}"
    return False, "no CUDA device visible (set TRITON_INTERPRET=1 to run on CPU tensors)"


def _poison() -> bool:
    return os.environ.get("TPS_POISON_OUTPUTS", "0") == "1"


def _new(shape, like: torch.Tensor, dtype=None) -> torch.Tensor:
    t = torch.empty(shape, dtype=dtype or like.dtype, device=like.device)
    if _poison():  # unwritten elements then show up as NaN in the tests
        t.fill_(float("nan"))
    return t


# Launch options per kernel (tools/triton_aot.py compiles with the same ones).
LAUNCH_OPTIONS = {
    "_attn_fwd_kernel": dict(num_warps=4, num_stages=2),
    "_attn_bwd_kernel": dict(num_warps=8, num_stages=1),
    "_attn_bwd_dq_kernel": dict(num_warps=4, num_stages=2),
    "_table_grad_kernel": dict(num_warps=2, num_stages=1),
    "_patch_shift_kernel": dict(num_warps=4, num_stages=1),
    "_channel_shift_kernel": dict(num_warps=4, num_stages=1),
}

# tools/triton_aot.py sets this to capture (kernel, grid, args, kwargs) instead of launching
_LAUNCH_HOOK = None


def _launch(kernel, grid, *args, **kwargs):
    """wrap_triton(kernel)[grid](...). Under the interpreter, fake/functional tracing (the
    fake kernel of a triton_op is its own body) must not run the kernel on data-less
    tensors: only the output shapes matter there. Compiled Triton records the launch in the
    graph through wrap_triton instead."""
    name = getattr(kernel, "__name__", None) or kernel.fn.__name__
    kwargs = dict(LAUNCH_OPTIONS[name], **kwargs)  # explicit options win
    if _LAUNCH_HOOK is not None:
        _LAUNCH_HOOK(name, kernel, grid, args, kwargs)
        return
    if INTERPRETED and any(isinstance(a, torch.Tensor) and _fake.is_fake(a) for a in args):
        return
    wrap_triton(kernel)[grid](*args, **kwargs)


def _pow2(x: int, lo: int = 16) -> int:
    return max(lo, triton.next_power_of_2(int(x)))


def _blocks(n: int) -> Tuple[int, int]:
    # whole window on chip up to 64 slots (PST 7x7 -> 64); else 64x64 tiles (Video-Swin 392)
    b = _pow2(n)
    return (b, b) if b <= 64 else (64, 64)


def _dot_prec(dtype: torch.dtype):
    if dtype == torch.float32:
        # follow torch's own float32 matmul setting (TF32 only when the user allowed it)
        return "ieee" if torch.get_float32_matmul_precision() == "highest" else "tf32"
    if dtype == torch.float64:
        return "ieee"
    return None


class _Geo:
    """Normalized geometry (the Python twin of index.h's tps::Geometry)."""

    def __init__(self, qkv, num_heads, window, shift, batch_size, num_frames):
        wt, wh, ww = (int(v) for v in window)
        self.wt, self.wh, self.ww = wt, wh, ww
        self.n = wt * wh * ww
        self.c = qkv.shape[-1] // 3
        self.heads = int(num_heads)
        self.head_dim = self.c // self.heads
        self.windows = qkv.dim() == 3
        st, sh, sw = (int(v) for v in shift)
        if self.windows:
            self.b, self.t = int(batch_size), int(num_frames)
            self.h = self.w = 1
            self.n_t = self.t // wt
            self.n_windows = qkv.shape[0]
            self.n_s = self.n_windows // (self.b * self.n_t)
            self.n_x = 1
            self.shift = (0, 0, 0)
        else:
            self.b, self.t, self.h, self.w = (int(v) for v in qkv.shape[:4])
            self.n_t = self.t // wt
            self.n_x = self.w // ww
            self.n_s = (self.h // wh) * self.n_x
            self.n_windows = self.b * self.n_t * self.n_s
            self.shift = (st, sh, sw)
        self.region = (not self.windows) and any(self.shift)

    def args(self):
        st, sh, sw = self.shift
        return (self.t, self.h, self.w, st, sh, sw, self.n_t, self.n_s, self.n_x)


def _wide(dtype):
    # fp32 ("ieee" dot) and fp64 tiles hold twice the registers: 8 warps (4 spill, AOT report)
    return dict(num_warps=8) if dtype in (torch.float32, torch.float64) else {}


def _optional_ptrs(qkv, bias_table, bias_index, frame_shift, mask):
    # kernels take a pointer for every optional input; a 1-element dummy where it is absent
    dummy = qkv.new_zeros(1)
    table = bias_table if bias_table is not None else dummy
    # int32 index (R < 2**31): half the registers and bytes of the int64 the API passes
    index = (bias_index if bias_index is not None else dummy).to(torch.int32)
    fs = frame_shift if frame_shift is not None else dummy.to(torch.int32)
    msk = mask if mask is not None else dummy
    return table, index, fs, msk


_WPG_LIMIT, _WPG_MIN_PROGRAMS = 64, 384  # tests lower the floor to exercise WPG > 1


def _groups_per_frame(g: _Geo, num_kb: int, ti: int) -> int:
    """Windows per backward program (WPG). It divides the spatial windows of a (b, tau) group
    when Ti > 1, so a group never mixes bias planes. Bigger groups shrink the fp32 bias
    partials (groups x heads x N^2, written then summed: ~9% of the minimal backward traffic
    at PST-T stage 1, batch 1, ~1% at batch 8, see docs/roofline.md); the floor of 384
    programs keeps ~3 waves of the 1-CTA-per-SM backward on an H100 (132 SMs)."""
    limit, min_programs = _WPG_LIMIT, _WPG_MIN_PROGRAMS
    span = g.n_s if ti > 1 else g.n_windows
    best = 1
    for d in range(1, min(limit, span) + 1):
        if span % d == 0 and (g.n_windows // d) * g.heads * num_kb >= min_programs:
            best = d
    return best


def _flags(g: _Geo, bias_table, frame_shift, mask, dtype):
    upcast = INTERPRETED and dtype == torch.bfloat16
    return dict(HAS_BIAS=bias_table is not None, HAS_FS=frame_shift is not None,
                HAS_MASK=mask is not None, REGION=g.region, WINDOWS=g.windows,
                IS_F64=dtype == torch.float64,
                DOT_PREC="ieee" if upcast else _dot_prec(dtype), UPCAST=upcast)


def _attn_fwd_impl(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift,
                   batch_size, num_frames, scale, mask_value):
    g = _Geo(qkv, num_heads, window, shift, batch_size, num_frames)
    out = _new(qkv.shape[:-1] + (g.c,), qkv)
    lse_dtype = torch.float64 if qkv.dtype == torch.float64 else torch.float32
    lse = _new((g.n_windows, g.heads, g.n), qkv, lse_dtype)
    table, index, fs, msk = _optional_ptrs(qkv, bias_table, bias_index, frame_shift, mask)
    ti = bias_index.shape[0] if bias_index is not None else 1
    n_mask = mask.shape[0] if mask is not None else 1
    bm, bn = _blocks(g.n)
    num_qb = triton.cdiv(g.n, bm)
    _launch(
        _attn_fwd_kernel, (g.n_windows * num_qb, g.heads),
        qkv, out, lse, table, index, fs, msk, g.heads, ti, n_mask, *g.args(), scale, mask_value,
        C=g.c, HEAD_DIM=g.head_dim, N=g.n, WT=g.wt, WH=g.wh, WW=g.ww, BLOCK_M=bm, BLOCK_N=bn,
        BLOCK_D=_pow2(g.head_dim), **_flags(g, bias_table, frame_shift, mask, qkv.dtype),
        **_wide(qkv.dtype))
    return out, lse


@triton_op("tps_triton::window_attention_fwd", mutates_args={})
def window_attention_fwd(qkv: torch.Tensor, bias_table: Optional[torch.Tensor],
                         bias_index: Optional[torch.Tensor], frame_shift: Optional[torch.Tensor],
                         mask: Optional[torch.Tensor], num_heads: int, window: List[int],
                         shift: List[int], batch_size: int, num_frames: int, scale: float,
                         mask_value: float) -> Tuple[torch.Tensor, torch.Tensor]:
    return _attn_fwd_impl(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
                          shift, batch_size, num_frames, scale, mask_value)


def _attn_bwd_impl(grad_out, qkv, out, lse, bias_table, bias_index, frame_shift, mask,
                   num_heads, window, shift, batch_size, num_frames, scale, mask_value):
    g = _Geo(qkv, num_heads, window, shift, batch_size, num_frames)
    grad_qkv = _new(qkv.shape, qkv)
    table, index, fs, msk = _optional_ptrs(qkv, bias_table, bias_index, frame_shift, mask)
    ti = bias_index.shape[0] if bias_index is not None else 1
    n_mask = mask.shape[0] if mask is not None else 1
    bm, bn = _blocks(g.n)
    num_qb, num_kb = triton.cdiv(g.n, bm), triton.cdiv(g.n, bn)
    # large windows: a 32-query tile in the dK/dV kernel (64 spills on sm_80, AOT report)
    bwd_bm = 32 if num_kb > 1 else bm
    wpg = _groups_per_frame(g, num_kb, ti)
    n_groups = g.n_windows // wpg
    acc_dtype = torch.float64 if qkv.dtype == torch.float64 else torch.float32
    if bias_table is not None:
        # per-group partials; zeroed when several query blocks add into them in place
        shape = (n_groups, g.heads, g.n * g.n)
        dbias = (qkv.new_zeros(shape, dtype=acc_dtype) if triton.cdiv(g.n, bwd_bm) > 1
                 else _new(shape, qkv, acc_dtype))
    else:
        dbias = qkv.new_zeros(1, dtype=acc_dtype)
    flags = _flags(g, bias_table, frame_shift, mask, qkv.dtype)
    common = dict(C=g.c, HEAD_DIM=g.head_dim, N=g.n, WT=g.wt, WH=g.wh, WW=g.ww,
                  BLOCK_N=bn, BLOCK_D=_pow2(g.head_dim), **flags)
    _launch(_attn_bwd_kernel, (n_groups * num_kb, g.heads),
            qkv, out, grad_out, lse, grad_qkv, dbias, table, index, fs, msk, g.heads, ti, n_mask,
            *g.args(), scale, mask_value, WPG=wpg, BLOCK_M=bwd_bm, **common,
            **_wide(qkv.dtype))
    if num_kb > 1:
        _launch(_attn_bwd_dq_kernel, (g.n_windows * num_qb, g.heads),
                qkv, out, grad_out, lse, grad_qkv, table, index, fs, msk, g.heads, ti, n_mask,
                *g.args(), scale, mask_value, BLOCK_M=bm, **common, **_wide(qkv.dtype))
    if bias_table is None:
        return grad_qkv, qkv.new_empty((0,), dtype=torch.float32)
    # fixed-order reduction: groups -> bias planes (torch sum, deterministic), then planes ->
    # table rows through the sorted index (one program per row, entries in sorted order)
    nn_ = g.n * g.n
    if ti > 1:
        plane = dbias.view(g.b, g.n_t, n_groups // (g.b * g.n_t), g.heads, nn_).sum((0, 2))
    else:
        plane = dbias.sum(0, keepdim=True)
    plane = plane.permute(0, 2, 1).contiguous()          # (ti, N*N, heads)
    flat = bias_index.reshape(-1)
    perm = torch.argsort(flat, stable=True)
    rows = bias_table.shape[0]
    offsets = torch.searchsorted(flat[perm], torch.arange(rows + 1, device=qkv.device,
                                                          dtype=flat.dtype))
    max_count = (offsets[1:] - offsets[:-1]).max().reshape(1)
    grad_table = _new(bias_table.shape, qkv, acc_dtype)
    block_r = 64
    _launch(_table_grad_kernel, (triton.cdiv(rows, block_r),),
        plane, perm, offsets, max_count, grad_table, rows, g.heads, BLOCK_R=block_r,
        BLOCK_H=_pow2(g.heads, 2),
        IS_F64=acc_dtype == torch.float64)
    return grad_qkv, grad_table


@triton_op("tps_triton::window_attention_bwd", mutates_args={})
def window_attention_bwd(grad_out: torch.Tensor, qkv: torch.Tensor, out: torch.Tensor,
                         lse: torch.Tensor, bias_table: Optional[torch.Tensor],
                         bias_index: Optional[torch.Tensor], frame_shift: Optional[torch.Tensor],
                         mask: Optional[torch.Tensor], num_heads: int, window: List[int],
                         shift: List[int], batch_size: int, num_frames: int, scale: float,
                         mask_value: float) -> Tuple[torch.Tensor, torch.Tensor]:
    return _attn_bwd_impl(grad_out, qkv, out, lse, bias_table, bias_index, frame_shift, mask,
                          num_heads, window, shift, batch_size, num_frames, scale, mask_value)


def _patch_shift_impl(x, frame_shift, inverse, batch_size, num_frames):
    out = _new(x.shape, x)
    fh, fw = frame_shift.shape
    c = x.shape[-1]
    rows = x.numel() // c
    if x.dim() == 5:
        b, t, h, w = x.shape[:4]
        geo = (t, h, w, 1, 1, 1, t, 1)
    else:
        n = x.shape[1]
        wt = n // (fh * fw)
        n_t = num_frames // wt
        geo = (num_frames, 1, 1, wt, fh, fw, n_t, x.shape[0] // (batch_size * n_t))
    block_r, block_c = 16, min(_pow2(c), 128)
    grid = (triton.cdiv(rows, block_r), triton.cdiv(c, block_c))
    _launch(_patch_shift_kernel, grid, x, out, frame_shift, rows, c, fh, fw, *geo,
            INVERSE=bool(inverse), WINDOWS=x.dim() == 3, BLOCK_R=block_r, BLOCK_C=block_c)
    return out


@triton_op("tps_triton::patch_shift", mutates_args={})
def patch_shift_op(x: torch.Tensor, frame_shift: torch.Tensor, inverse: bool, batch_size: int,
                   num_frames: int) -> torch.Tensor:
    return _patch_shift_impl(x, frame_shift, inverse, batch_size, num_frames)


def _channel_shift_impl(x, num_heads, fold_div, batch_size, num_frames, backward):
    out = _new(x.shape, x)
    c = x.shape[-1]
    rows = x.numel() // c
    per_frame = rows // (batch_size * num_frames)
    head_dim = c // num_heads
    block_r, block_c = 16, min(_pow2(c), 128)
    grid = (triton.cdiv(rows, block_r), triton.cdiv(c, block_c))
    _launch(_channel_shift_kernel, grid, x, out, rows, c, per_frame, num_frames, head_dim,
            head_dim // fold_div, BACKWARD=bool(backward), BLOCK_R=block_r, BLOCK_C=block_c)
    return out


@triton_op("tps_triton::channel_shift", mutates_args={})
def channel_shift_op(x: torch.Tensor, num_heads: int, fold_div: int, batch_size: int,
                     num_frames: int, backward: bool) -> torch.Tensor:
    return _channel_shift_impl(x, num_heads, fold_div, batch_size, num_frames, backward)


# ---- autograd -------------------------------------------------------------------------
def _attn_setup(ctx, inputs, output):
    (qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift, batch_size,
     num_frames, scale, mask_value) = inputs
    out, lse = output
    ctx.mark_non_differentiable(lse)  # saved for backward only; no gradient flows through it
    ctx.save_for_backward(qkv, out, lse, bias_table, bias_index, frame_shift, mask)
    ctx.args = (num_heads, window, shift, batch_size, num_frames, scale, mask_value)
    ctx.table_dtype = None if bias_table is None else bias_table.dtype


def _attn_backward(ctx, grad_out, grad_lse):
    qkv, out, lse, bias_table, bias_index, frame_shift, mask = ctx.saved_tensors
    grad_qkv, grad_table = window_attention_bwd(
        grad_out.contiguous(), qkv, out, lse, bias_table, bias_index, frame_shift, mask,
        *ctx.args)
    grad_table = None if bias_table is None else grad_table.to(ctx.table_dtype)
    return grad_qkv, grad_table, None, None, None, None, None, None, None, None, None, None


window_attention_fwd.register_autograd(_attn_backward, setup_context=_attn_setup)


def _patch_shift_setup(ctx, inputs, output):
    ctx.save_for_backward(inputs[1])
    ctx.args = inputs[2:]


def _patch_shift_backward(ctx, grad):
    (frame_shift,) = ctx.saved_tensors
    inverse, batch_size, num_frames = ctx.args
    return (patch_shift_op(grad.contiguous(), frame_shift, not inverse, batch_size, num_frames),
            None, None, None, None)


patch_shift_op.register_autograd(_patch_shift_backward, setup_context=_patch_shift_setup)


def _channel_setup(ctx, inputs, output):
    ctx.args = inputs[1:]


def _channel_backward(ctx, grad):
    num_heads, fold_div, batch_size, num_frames, backward = ctx.args
    return (channel_shift_op(grad.contiguous(), num_heads, fold_div, batch_size, num_frames,
                             not backward), None, None, None, None, None)


channel_shift_op.register_autograd(_channel_backward, setup_context=_channel_setup)


# ---- backend API (normalized arguments of tps_kernels.ops) -----------------------------
def _on(t: torch.Tensor):
    # Triton launches on the current CUDA device: make it the tensor's (autograd's backward
    # threads already run on the device of their tensors)
    return torch.cuda.device(t.device) if t.is_cuda else contextlib.nullcontext()


def window_attention(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift,
                     batch_size, num_frames, scale, mask_value):
    if bias_table is not None:
        bias_table = bias_table.contiguous()
    with _on(qkv):
        out, _ = window_attention_fwd(qkv.contiguous(), bias_table, bias_index, frame_shift,
                                      mask, num_heads, list(window), list(shift), batch_size,
                                      num_frames, scale, mask_value)
    return out


def patch_shift(x, frame_shift, inverse, batch_size, num_frames):
    with _on(x):
        return patch_shift_op(x.contiguous(), frame_shift, inverse, batch_size, num_frames)


def channel_shift(x, num_heads, fold_div, batch_size, num_frames):
    with _on(x):
        return channel_shift_op(x.contiguous(), num_heads, fold_div, batch_size, num_frames,
                                False)
