"""The tiles of a window shared by the forward and backward kernels: the keys / values of a
key block (load_kv) and the scores (scores), and the host builder of the kernel arguments
they need."""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from .index import (
    KV_TIME_SHIFT_BOUNDARIES,
    WindowGeometry,
    kv_source_frame,
    region_label,
    row_at_frame,
    row_frame,
    window_tau,
)
from .launch import INTERPRETED, pow2


@triton.jit
def mma(a, b, ACC: tl.constexpr, DOT_PREC: tl.constexpr, UPCAST: tl.constexpr):
    # UPCAST only under the interpreter with bfloat16: its tl.dot misreads bf16 operands
    # (bf16 x bf16 products are exact in fp32, so the result is what a GPU computes)
    if UPCAST:
        a = a.to(tl.float32)
        b = b.to(tl.float32)
    return tl.dot(a, b, input_precision=DOT_PREC, out_dtype=ACC)


@triton.jit
def load_kv(
    kv_ptr,
    kmask,
    row_k,
    kv_d,
    geo,
    C: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    HAS_KV_TIME_SHIFT: tl.constexpr,
    KV_TIME_SHIFT_BOUNDARY: tl.constexpr,
):
    """(k, v) of a head for the key rows row_k: from kv_ptr (the head's q channels of those
    rows, built by the caller, so the path without a shift stays the caller's own code)
    under kmask. With kv_time_shift (kv_d: the head's offsets), element (n, c) is read
    from row kv_source_row(row_k[n], kv_d[c]): a per-element gather, so any (C,) map works
    and each element is read once (the bytes of the unshifted load; the loads are scalar,
    the compiler cannot prove a run contiguous). The move to that row is an int32 offset
    (row_at_frame of row 0) on kv_ptr (AttentionArgs checks that a batch element's qkv has
    under 2**31 elements)."""
    if HAS_KV_TIME_SHIFT:
        f = row_frame(row_k, geo, WT, WH, WW, IS_WINDOWS_LAYOUT).to(tl.int32)[:, None]
        f2, reads = kv_source_frame(f, kv_d[None, :], geo[0], KV_TIME_SHIFT_BOUNDARY)
        kv_ptr += row_at_frame(0, f, f2, geo, WT, WH, WW, IS_WINDOWS_LAYOUT) * (3 * C)
        kmask = kmask & reads
    k = tl.load(kv_ptr + C, mask=kmask, other=0.0)
    v = tl.load(kv_ptr + 2 * C, mask=kmask, other=0.0)
    return k, v


@triton.jit
def load_kv_time_shift(
    kv_time_shift_ptr, h, offs_d, d_valid, HEAD_DIM: tl.constexpr, HAS_KV_TIME_SHIFT: tl.constexpr
):
    """The kv_time_shift offsets of head h's channels (0 without kv_time_shift)."""
    kv_d = 0
    if HAS_KV_TIME_SHIFT:
        kv_d = tl.load(kv_time_shift_ptr + h * HEAD_DIM + offs_d, mask=d_valid, other=0)
    return kv_d


@triton.jit
def scores(
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
    N: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    HAS_BIAS: tl.constexpr,
    HAS_MASK: tl.constexpr,
    HAS_REGION_MASK: tl.constexpr,
    ACC: tl.constexpr,
    DOT_PREC: tl.constexpr,
    UPCAST: tl.constexpr,
):
    """(q*scale) k^T + bias[index] + mask, padded keys at -inf, in the accumulator type.
    bias = (table_ptr, index_ptr, mask_ptr, heads, num_bias_planes, num_mask_windows)."""
    table_ptr, index_ptr, mask_ptr, heads, num_bias_planes, num_mask_windows = bias
    s = mma(q, tl.trans(k), ACC, DOT_PREC, UPCAST) * scale
    valid2 = m_valid[:, None] & n_valid[None, :]
    pair = offs_m[:, None] * N + offs_n[None, :]
    if HAS_BIAS:
        plane = tl.where(num_bias_planes > 1, window_tau(w, geo), 0)
        idx = tl.load(index_ptr + plane * (N * N) + pair, mask=valid2, other=0)
        s += tl.load(table_ptr + idx * heads + h, mask=valid2, other=0.0).to(ACC)
    if HAS_MASK:
        s += tl.load(mask_ptr + (w % num_mask_windows) * (N * N) + pair, mask=valid2, other=0.0).to(
            ACC
        )
    if HAS_REGION_MASK:
        lab_q = region_label(w, offs_m, geo, WT, WH, WW)
        lab_k = region_label(w, offs_n, geo, WT, WH, WW)
        s += tl.where(lab_q[:, None] != lab_k[None, :], mask_value, 0.0).to(ACC)
    return tl.where(n_valid[None, :], s, float("-inf"))


def _dot_precision(dtype: torch.dtype, upcast: bool):
    if upcast or dtype == torch.float64:
        return "ieee"
    if dtype == torch.float32:
        # follow torch's own float32 matmul setting (TF32 only when the user allowed it)
        return "ieee" if torch.get_float32_matmul_precision() == "highest" else "tf32"
    return None


class AttentionArgs:
    """The arguments every window-attention kernel shares, built once per call.

    Each kernel takes its own pointers first, then `args`:
        table_ptr, index_ptr, frame_shift_ptr, mask_ptr, kv_time_shift_ptr, heads, num_bias_planes,
        num_mask_windows, T, H, W, st, sh, sw, n_t, n_s, n_x, scale, mask_value
    and `constexprs` as keywords (its own block sizes added by its launcher)."""

    def __init__(
        self,
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
        g = WindowGeometry(qkv, num_heads, window, shift, batch_size, num_frames)
        self.geometry = g
        self.num_bias_planes = bias_index.shape[0] if bias_index is not None else 1
        num_mask_windows = mask.shape[0] if mask is not None else 1
        # a pointer for every optional input: a 1-element dummy where it is absent
        dummy = qkv.new_zeros(1)
        table = bias_table if bias_table is not None else dummy
        # int32 index (R < 2**31): half the registers and bytes of the int64 the API passes
        index = (bias_index if bias_index is not None else dummy).to(torch.int32)
        fs = frame_shift if frame_shift is not None else dummy.to(torch.int32)
        msk = mask if mask is not None else dummy
        if kv_time_shift is not None and qkv.numel() // g.batch >= 2**31:
            raise ValueError(
                "kv_time_shift with the triton backend: qkv of one batch element must have "
                f"fewer than 2**31 elements (int32 frame offsets), got {qkv.numel() // g.batch}"
            )
        kvs = kv_time_shift if kv_time_shift is not None else dummy.to(torch.int32)
        self.kv_time_shift = kvs
        self.args = (
            table,
            index,
            fs,
            msk,
            kvs,
            g.heads,
            self.num_bias_planes,
            num_mask_windows,
            *g.geo(),
            scale,
            mask_value,
        )
        upcast = INTERPRETED and qkv.dtype == torch.bfloat16
        self.constexprs = dict(
            C=g.c,
            HEAD_DIM=g.head_dim,
            N=g.n,
            WT=g.wt,
            WH=g.wh,
            WW=g.ww,
            BLOCK_D=pow2(g.head_dim),
            HAS_BIAS=bias_table is not None,
            HAS_FRAME_SHIFT=frame_shift is not None,
            HAS_MASK=mask is not None,
            HAS_REGION_MASK=g.has_region_mask,
            HAS_KV_TIME_SHIFT=kv_time_shift is not None,
            # the boundary only matters with a shift: one specialization without
            KV_TIME_SHIFT_BOUNDARY=(
                KV_TIME_SHIFT_BOUNDARIES[kv_time_shift_boundary] if kv_time_shift is not None else 0
            ),
            IS_WINDOWS_LAYOUT=g.is_windows_layout,
            IS_F64=qkv.dtype == torch.float64,
            DOT_PREC=_dot_precision(qkv.dtype, upcast),
            UPCAST=upcast,
        )


def block_sizes(n: int):
    """(BLOCK_M, BLOCK_N): the whole window on chip up to 64 slots (PST 7x7 -> 64); else
    64x64 tiles (Video-Swin 392)."""
    b = pow2(n)
    return (b, b) if b <= 64 else (64, 64)


def wide_tiles(dtype: torch.dtype) -> bool:
    """fp32 ("ieee" dot) and fp64 tiles hold twice the registers of fp16/bf16: such launches
    take 8 warps (4 spill, tools/triton_aot.py)."""
    return dtype in (torch.float32, torch.float64)
