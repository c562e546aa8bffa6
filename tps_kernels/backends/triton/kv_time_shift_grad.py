"""Gradient w.r.t. the input keys / values under kv_time_shift: the backward kernels write
the gradient w.r.t. the SHIFTED k / v of each row; this adjoint gathers, for every row and
channel, the <= 2 rows that read it (index.py kv_grad_rows) and sums them in index.h's
order. Each output element is written once: deterministic, no atomics."""

from __future__ import annotations

import triton
import triton.language as tl

from .index import KV_SELF, kv_grad_rows
from .launch import launch


@triton.jit
def kv_time_shift_grad_kernel(
    dkv_ptr,
    dqkv_ptr,
    kv_time_shift_ptr,
    rows,
    T,
    H,
    W,
    st,
    sh,
    sw,
    n_t,
    n_s,
    n_x,
    C: tl.constexpr,
    WT: tl.constexpr,
    WH: tl.constexpr,
    WW: tl.constexpr,
    IS_WINDOWS_LAYOUT: tl.constexpr,
    KV_TIME_SHIFT_BOUNDARY: tl.constexpr,
    BLOCK_R: tl.constexpr,
    BLOCK_C: tl.constexpr,
):
    # BLOCK_R rows x BLOCK_C channels: dkv (rows, 2C) shifted-k | shifted-v gradients ->
    # the k and v parts of dqkv (rows, 3C)
    geo = (T, H, W, st, sh, sw, n_t, n_s, n_x)
    r = tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R).to(tl.int64)
    c = tl.program_id(1) * BLOCK_C + tl.arange(0, BLOCK_C)
    r_valid = r < rows
    c_valid = c < C
    valid = r_valid[:, None] & c_valid[None, :]
    d = tl.load(kv_time_shift_ptr + c, mask=c_valid, other=0)
    first, second = kv_grad_rows(
        tl.where(r_valid, r, 0)[:, None],
        d[None, :],
        geo,
        WT,
        WH,
        WW,
        IS_WINDOWS_LAYOUT,
        KV_TIME_SHIFT_BOUNDARY,
    )
    # masked-off lanes (no reader: -1) point at row 0: no address outside the buffer. The
    # <= 2 terms are summed in float32 (float64 for float64) and rounded once, as the CPU
    # kernel does (a bf16 sum gave NaN under the interpreter).
    ACC = tl.float64 if dkv_ptr.dtype.element_ty == tl.float64 else tl.float32
    m1 = valid & (first >= 0)
    p1 = dkv_ptr + tl.where(m1, first, 0) * (2 * C) + c[None, :]
    gk = tl.load(p1, mask=m1, other=0.0).to(ACC)
    gv = tl.load(p1 + C, mask=m1, other=0.0).to(ACC)
    if KV_TIME_SHIFT_BOUNDARY == KV_SELF:  # the only boundary with a second row
        m2 = valid & (second >= 0)
        p2 = dkv_ptr + tl.where(m2, second, 0) * (2 * C) + c[None, :]
        gk += tl.load(p2, mask=m2, other=0.0).to(ACC)
        gv += tl.load(p2 + C, mask=m2, other=0.0).to(ACC)
    out = dqkv_ptr + r[:, None] * (3 * C) + C + c[None, :]
    tl.store(out, gk.to(dqkv_ptr.dtype.element_ty), mask=valid)
    tl.store(out + C, gv.to(dqkv_ptr.dtype.element_ty), mask=valid)


_OPTIONS = dict(num_warps=4, num_stages=1)  # launch settings (tools/triton_aot.py too)
_BLOCK_R, _BLOCK_C = 32, 64


def kv_time_shift_grad(dkv, grad_qkv, a) -> None:
    """Writes the k / v channels of grad_qkv (rows, 3C) from dkv (rows, 2C), the gradients
    w.r.t. the shifted k / v; a: the call's AttentionArgs."""
    g = a.geometry
    rows = dkv.shape[0]
    launch(
        kv_time_shift_grad_kernel,
        (triton.cdiv(rows, _BLOCK_R), triton.cdiv(g.c, _BLOCK_C)),
        _OPTIONS,
        dkv,
        grad_qkv,
        a.kv_time_shift,
        rows,
        *g.geo(),
        C=g.c,
        WT=g.wt,
        WH=g.wh,
        WW=g.ww,
        IS_WINDOWS_LAYOUT=g.is_windows_layout,
        KV_TIME_SHIFT_BOUNDARY=a.constexprs["KV_TIME_SHIFT_BOUNDARY"],
        BLOCK_R=_BLOCK_R,
        BLOCK_C=_BLOCK_C,
    )
