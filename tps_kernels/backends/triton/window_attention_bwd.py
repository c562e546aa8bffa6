"""Backward: one launch for small windows (N <= BLOCK, the PST 7x7 case: dQ, dK, dV and the
per-group bias partials together), two for large windows (Video-Swin N = 392: dK/dV +
partials, then dQ). P is recomputed from the saved lse; every gradient row is written once
(the row maps are permutations): no atomics. The bias partials are then reduced into the
table by table_grad.py in a fixed order, so dTable is deterministic."""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from .index import source_row
from .kv_time_shift_grad import kv_time_shift_grad
from .launch import accumulator_dtype, launch, new_output
from .scores import (
    AttentionArgs,
    block_sizes,
    load_kv,
    load_kv_time_shift,
    mma,
    scores,
    wide_tiles,
)
from .table_grad import bias_table_grad


@triton.jit
def window_attention_bwd_kernel(
    qkv_ptr,
    out_ptr,
    dout_ptr,
    lse_ptr,
    dqkv_ptr,
    dkv_ptr,
    dbias_ptr,
    table_ptr,
    index_ptr,
    frame_shift_ptr,
    mask_ptr,
    kv_time_shift_ptr,
    heads,
    num_bias_planes,
    num_mask_windows,
    T,
    H,
    W,
    st,
    sh,
    sw,
    n_t,
    n_s,
    n_x,
    scale,
    mask_value,
    C: tl.constexpr,
    HEAD_DIM: tl.constexpr,
    N: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    WINDOWS_PER_PROGRAM: tl.constexpr,
    BLOCK_M: tl.constexpr,
    BLOCK_N: tl.constexpr,
    BLOCK_D: tl.constexpr,
    HAS_BIAS: tl.constexpr,
    HAS_FRAME_SHIFT: tl.constexpr,
    HAS_MASK: tl.constexpr,
    HAS_REGION_MASK: tl.constexpr,
    HAS_KV_TIME_SHIFT: tl.constexpr,
    KV_TIME_SHIFT_BOUNDARY: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    IS_F64: tl.constexpr,
    DOT_PREC: tl.constexpr,
    UPCAST: tl.constexpr,
):
    # one program per (group of WINDOWS_PER_PROGRAM windows, key block) x head: dK, dV of
    # its key block for each window, dQ too when one key block covers the window, and the
    # bias gradient of the group summed in a fixed order (registers when one query block
    # covers the window, else read-modify-write of a slice only this program owns).
    NUM_QB: tl.constexpr = (N + BLOCK_M - 1) // BLOCK_M
    NUM_KB: tl.constexpr = (N + BLOCK_N - 1) // BLOCK_N
    ACC: tl.constexpr = tl.float64 if IS_F64 else tl.float32
    geo = (T, H, W, st, sh, sw, n_t, n_s, n_x)
    bias = (table_ptr, index_ptr, mask_ptr, heads, num_bias_planes, num_mask_windows)
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
    kv_d = load_kv_time_shift(kv_time_shift_ptr, h, offs_d, d_valid, HEAD_DIM, HAS_KV_TIME_SHIFT)
    for wi in range(WINDOWS_PER_PROGRAM):
        w = grp * WINDOWS_PER_PROGRAM + wi
        row_k = source_row(
            w, offs_n, n_valid, frame_shift_ptr, geo, WT, WH, WW, HAS_FRAME_SHIFT, IS_WINDOWS_LAYOUT
        )
        kv_off = row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k, v = load_kv(
            qkv_ptr + kv_off,
            kmask,
            row_k,
            kv_d,
            geo,
            C,
            WT,
            WH,
            WW,
            IS_WINDOWS_LAYOUT,
            HAS_KV_TIME_SHIFT,
            KV_TIME_SHIFT_BOUNDARY,
        )
        dk = tl.zeros([BLOCK_N, BLOCK_D], ACC)
        dv = tl.zeros([BLOCK_N, BLOCK_D], ACC)
        for qb in range(NUM_QB):
            offs_m = qb * BLOCK_M + tl.arange(0, BLOCK_M)
            m_valid = offs_m < N
            row_q = source_row(
                w,
                offs_m,
                m_valid,
                frame_shift_ptr,
                geo,
                WT,
                WH,
                WW,
                HAS_FRAME_SHIFT,
                IS_WINDOWS_LAYOUT,
            )
            qmask = m_valid[:, None] & d_valid[None, :]
            q_off = row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
            o_off = row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :]
            q = tl.load(qkv_ptr + q_off, mask=qmask, other=0.0)
            do = tl.load(dout_ptr + o_off, mask=qmask, other=0.0)
            o = tl.load(out_ptr + o_off, mask=qmask, other=0.0)
            lse = tl.load(lse_ptr + (w * heads + h) * N + offs_m, mask=m_valid, other=0.0)
            delta = tl.sum(do.to(ACC) * o.to(ACC), 1)
            s = scores(
                q,
                k,
                w,
                h,
                offs_m,
                offs_n,
                m_valid,
                n_valid,
                bias,
                geo,
                scale,
                mask_value,
                N,
                WT,
                WH,
                WW,
                HAS_BIAS,
                HAS_MASK,
                HAS_REGION_MASK,
                ACC,
                DOT_PREC,
                UPCAST,
            )
            p = tl.exp(s - lse.to(ACC)[:, None])
            p = tl.where(m_valid[:, None] & n_valid[None, :], p, 0.0)
            dv += mma(tl.trans(p.to(do.dtype)), do, ACC, DOT_PREC, UPCAST)
            dp = mma(do, tl.trans(v), ACC, DOT_PREC, UPCAST)
            ds = p * (dp - delta[:, None])
            dk += mma(tl.trans(ds.to(q.dtype)), q, ACC, DOT_PREC, UPCAST)
            if NUM_KB == 1:
                dq = mma(ds.to(k.dtype), k, ACC, DOT_PREC, UPCAST) * scale
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
        if HAS_KV_TIME_SHIFT:  # gradients w.r.t. the shifted k / v: dkv (rows, 2C)
            dkv_off = row_k[:, None] * (2 * C) + h * HEAD_DIM + offs_d[None, :]
            tl.store(dkv_ptr + dkv_off, dk * scale, mask=kmask)
            tl.store(dkv_ptr + dkv_off + C, dv, mask=kmask)
        else:
            tl.store(dqkv_ptr + kv_off + C, dk * scale, mask=kmask)
            tl.store(dqkv_ptr + kv_off + 2 * C, dv, mask=kmask)
    if HAS_BIAS:
        if NUM_QB == 1:
            offs_m = tl.arange(0, BLOCK_M)
            bmask = (offs_m < N)[:, None] & n_valid[None, :]
            tl.store(dbias_base + offs_m[:, None] * N + offs_n[None, :], dbias_acc, mask=bmask)


@triton.jit
def window_attention_bwd_dq_kernel(
    qkv_ptr,
    out_ptr,
    dout_ptr,
    lse_ptr,
    dqkv_ptr,
    table_ptr,
    index_ptr,
    frame_shift_ptr,
    mask_ptr,
    kv_time_shift_ptr,
    heads,
    num_bias_planes,
    num_mask_windows,
    T,
    H,
    W,
    st,
    sh,
    sw,
    n_t,
    n_s,
    n_x,
    scale,
    mask_value,
    C: tl.constexpr,
    HEAD_DIM: tl.constexpr,
    N: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    BLOCK_M: tl.constexpr,
    BLOCK_N: tl.constexpr,
    BLOCK_D: tl.constexpr,
    HAS_BIAS: tl.constexpr,
    HAS_FRAME_SHIFT: tl.constexpr,
    HAS_MASK: tl.constexpr,
    HAS_REGION_MASK: tl.constexpr,
    HAS_KV_TIME_SHIFT: tl.constexpr,
    KV_TIME_SHIFT_BOUNDARY: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    IS_F64: tl.constexpr,
    DOT_PREC: tl.constexpr,
    UPCAST: tl.constexpr,
):
    # large windows only: dQ of one query block, looping over key blocks (no atomics)
    NUM_QB: tl.constexpr = (N + BLOCK_M - 1) // BLOCK_M
    NUM_KB: tl.constexpr = (N + BLOCK_N - 1) // BLOCK_N
    ACC: tl.constexpr = tl.float64 if IS_F64 else tl.float32
    geo = (T, H, W, st, sh, sw, n_t, n_s, n_x)
    bias = (table_ptr, index_ptr, mask_ptr, heads, num_bias_planes, num_mask_windows)
    pid = tl.program_id(0)
    h = tl.program_id(1)
    w = pid // NUM_QB
    qb = pid % NUM_QB
    offs_m = qb * BLOCK_M + tl.arange(0, BLOCK_M)
    m_valid = offs_m < N
    offs_d = tl.arange(0, BLOCK_D)
    d_valid = offs_d < HEAD_DIM
    row_q = source_row(
        w, offs_m, m_valid, frame_shift_ptr, geo, WT, WH, WW, HAS_FRAME_SHIFT, IS_WINDOWS_LAYOUT
    )
    qmask = m_valid[:, None] & d_valid[None, :]
    q_off = row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
    o_off = row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :]
    q = tl.load(qkv_ptr + q_off, mask=qmask, other=0.0)
    do = tl.load(dout_ptr + o_off, mask=qmask, other=0.0)
    o = tl.load(out_ptr + o_off, mask=qmask, other=0.0)
    lse = tl.load(lse_ptr + (w * heads + h) * N + offs_m, mask=m_valid, other=0.0).to(ACC)
    delta = tl.sum(do.to(ACC) * o.to(ACC), 1)
    dq = tl.zeros([BLOCK_M, BLOCK_D], ACC)
    kv_d = load_kv_time_shift(kv_time_shift_ptr, h, offs_d, d_valid, HEAD_DIM, HAS_KV_TIME_SHIFT)
    for kb in range(NUM_KB):
        offs_n = kb * BLOCK_N + tl.arange(0, BLOCK_N)
        n_valid = offs_n < N
        row_k = source_row(
            w, offs_n, n_valid, frame_shift_ptr, geo, WT, WH, WW, HAS_FRAME_SHIFT, IS_WINDOWS_LAYOUT
        )
        kmask = n_valid[:, None] & d_valid[None, :]
        kv_off = row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k, v = load_kv(
            qkv_ptr + kv_off,
            kmask,
            row_k,
            kv_d,
            geo,
            C,
            WT,
            WH,
            WW,
            IS_WINDOWS_LAYOUT,
            HAS_KV_TIME_SHIFT,
            KV_TIME_SHIFT_BOUNDARY,
        )
        s = scores(
            q,
            k,
            w,
            h,
            offs_m,
            offs_n,
            m_valid,
            n_valid,
            bias,
            geo,
            scale,
            mask_value,
            N,
            WT,
            WH,
            WW,
            HAS_BIAS,
            HAS_MASK,
            HAS_REGION_MASK,
            ACC,
            DOT_PREC,
            UPCAST,
        )
        p = tl.exp(s - lse[:, None])
        p = tl.where(m_valid[:, None] & n_valid[None, :], p, 0.0)
        dp = mma(do, tl.trans(v), ACC, DOT_PREC, UPCAST)
        ds = p * (dp - delta[:, None])
        dq += mma(ds.to(k.dtype), k, ACC, DOT_PREC, UPCAST)
    tl.store(dqkv_ptr + q_off, dq * scale, mask=qmask)


# launch settings (tools/triton_aot.py compiles with the same): the dK/dV kernel needs 8
# warps for its register tiles at every dtype; the dQ kernel 4, 8 for fp32/fp64 tiles
_BWD_OPTIONS = dict(num_warps=8, num_stages=1)


def _dq_launch_options(dtype: torch.dtype) -> dict:
    return dict(num_warps=8 if wide_tiles(dtype) else 4, num_stages=2)


# a group of windows per backward program: at most this many, while at least this many
# programs remain (tests lower the floor to exercise groups of several windows)
MAX_WINDOWS_PER_PROGRAM, MIN_PROGRAMS = 64, 384


def windows_per_program(g, num_kb: int, num_bias_planes: int) -> int:
    """Windows per backward program. It divides the spatial windows of a (b, tau) group when
    num_bias_planes > 1, so a group never mixes bias planes. Bigger groups shrink the fp32
    bias partials (groups x heads x N^2, written then summed, see docs/roofline.md); the
    floor of MIN_PROGRAMS keeps ~3 waves of the 1-CTA-per-SM backward on an H100 (132 SMs)."""
    span = g.n_s if num_bias_planes > 1 else g.n_windows
    best = 1
    for d in range(1, min(MAX_WINDOWS_PER_PROGRAM, span) + 1):
        if span % d == 0 and (g.n_windows // d) * g.heads * num_kb >= MIN_PROGRAMS:
            best = d
    return best


def window_attention_bwd(
    grad_out,
    qkv,
    out,
    lse,
    bias_table,
    bias_index,
    frame_shift,
    mask,
    num_heads,
    window,
    shift,
    batch_size,
    num_frames,
    scale,
    mask_value,
    kv_time_shift=None,
    kv_time_shift_boundary="zero",
):
    """-> (grad_qkv, grad_table): grad_table accumulated in float32 (float64 for float64
    qkv), an empty tensor without a bias table. With kv_time_shift the kernel writes the
    k / v gradients of the shifted k / v, then kv_time_shift_grad applies the adjoint."""
    a = AttentionArgs(
        qkv,
        bias_table,
        bias_index,
        frame_shift,
        mask,
        num_heads,
        window,
        shift,
        batch_size,
        num_frames,
        scale,
        mask_value,
        kv_time_shift,
        kv_time_shift_boundary,
    )
    g = a.geometry
    grad_qkv = new_output(qkv.shape, qkv)
    block_m, block_n = block_sizes(g.n)
    num_qb, num_kb = triton.cdiv(g.n, block_m), triton.cdiv(g.n, block_n)
    # large windows: a 32-query tile in the dK/dV kernel (64 spills on sm_80, AOT report)
    bwd_block_m = 32 if num_kb > 1 else block_m
    per_program = windows_per_program(g, num_kb, a.num_bias_planes)
    n_groups = g.n_windows // per_program
    acc_dtype = accumulator_dtype(qkv.dtype)
    if bias_table is not None:
        # per-group partials; zeroed when several query blocks add into them in place
        shape = (n_groups, g.heads, g.n * g.n)
        dbias = (
            qkv.new_zeros(shape, dtype=acc_dtype)
            if triton.cdiv(g.n, bwd_block_m) > 1
            else new_output(shape, qkv, acc_dtype)
        )
    else:
        dbias = qkv.new_zeros(1, dtype=acc_dtype)
    # gradients w.r.t. the shifted k / v (rows, 2C) in the accumulator type (summed, then
    # rounded once, by kv_time_shift_grad); without a shift they go to grad_qkv (then dkv is
    # an unused placeholder: not grad_qkv, so no launch has aliased outputs)
    if kv_time_shift is not None:
        dkv = new_output((grad_qkv.numel() // (3 * g.c), 2 * g.c), qkv, acc_dtype)
    else:
        dkv = qkv.new_empty(1)
    launch(
        window_attention_bwd_kernel,
        (n_groups * num_kb, g.heads),
        _BWD_OPTIONS,
        qkv,
        out,
        grad_out,
        lse,
        grad_qkv,
        dkv,
        dbias,
        *a.args,
        WINDOWS_PER_PROGRAM=per_program,
        BLOCK_M=bwd_block_m,
        BLOCK_N=block_n,
        **a.constexprs,
    )
    if num_kb > 1:
        launch(
            window_attention_bwd_dq_kernel,
            (g.n_windows * num_qb, g.heads),
            _dq_launch_options(qkv.dtype),
            qkv,
            out,
            grad_out,
            lse,
            grad_qkv,
            *a.args,
            BLOCK_M=block_m,
            BLOCK_N=block_n,
            **a.constexprs,
        )
    if kv_time_shift is not None:
        kv_time_shift_grad(dkv, grad_qkv, a)
    if bias_table is None:
        return grad_qkv, qkv.new_empty((0,), dtype=acc_dtype)
    return grad_qkv, bias_table_grad(dbias, bias_index, bias_table.shape[0], g)
