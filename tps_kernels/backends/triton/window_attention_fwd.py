"""Forward: one launch, one program per (window, query block) x head, online softmax over
the key blocks of the window. Saves lse (float32; float64 for float64 qkv) for backward."""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from .index import source_row
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


@triton.jit
def window_attention_fwd_kernel(
    qkv_ptr,
    out_ptr,
    lse_ptr,
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
    q = tl.load(
        qkv_ptr + row_q[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :], mask=qmask, other=0.0
    )
    m_i = tl.full([BLOCK_M], float("-inf"), ACC)
    l_i = tl.zeros([BLOCK_M], ACC)
    acc = tl.zeros([BLOCK_M, BLOCK_D], ACC)
    kv_d = load_kv_time_shift(kv_time_shift_ptr, h, offs_d, d_valid, HEAD_DIM, HAS_KV_TIME_SHIFT)
    for kb in range(NUM_KB):
        offs_n = kb * BLOCK_N + tl.arange(0, BLOCK_N)
        n_valid = offs_n < N
        row_k = source_row(
            w, offs_n, n_valid, frame_shift_ptr, geo, WT, WH, WW, HAS_FRAME_SHIFT, IS_WINDOWS_LAYOUT
        )
        kmask = n_valid[:, None] & d_valid[None, :]
        kv_ptr = qkv_ptr + row_k[:, None] * (3 * C) + h * HEAD_DIM + offs_d[None, :]
        k, v = load_kv(
            kv_ptr,
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
        m_new = tl.maximum(m_i, tl.max(s, 1))
        alpha = tl.exp(m_i - m_new)
        p = tl.exp(s - m_new[:, None])
        l_i = l_i * alpha + tl.sum(p, 1)
        # p in the input precision for the PV product, as the published AMP code does
        acc = acc * alpha[:, None] + mma(p.to(v.dtype), v, ACC, DOT_PREC, UPCAST)
        m_i = m_new
    out = acc / l_i[:, None]
    tl.store(out_ptr + row_q[:, None] * C + h * HEAD_DIM + offs_d[None, :], out, mask=qmask)
    tl.store(lse_ptr + (w * heads + h) * N + offs_m, m_i + tl.log(l_i), mask=m_valid)


def _launch_options(dtype: torch.dtype) -> dict:
    return dict(num_warps=8 if wide_tiles(dtype) else 4, num_stages=2)


def window_attention_fwd(
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
    kv_time_shift=None,
    kv_time_shift_boundary="zero",
):
    """-> (out, lse): out like qkv with C channels, lse (windows, heads, N)."""
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
    out = new_output(qkv.shape[:-1] + (g.c,), qkv)
    lse = new_output((g.n_windows, g.heads, g.n), qkv, accumulator_dtype(qkv.dtype))
    block_m, block_n = block_sizes(g.n)
    launch(
        window_attention_fwd_kernel,
        (g.n_windows * triton.cdiv(g.n, block_m), g.heads),
        _launch_options(qkv.dtype),
        qkv,
        out,
        lse,
        *a.args,
        BLOCK_M=block_m,
        BLOCK_N=block_n,
        **a.constexprs,
    )
    return out, lse
