"""Bias-table gradient: the per-group fp32 partials of the backward kernel are summed per
bias plane (torch.sum), then reduced into the table rows by one small kernel walking the
sorted index (torch.argsort + searchsorted). A fixed order everywhere, so the result is
deterministic with no float atomics."""

from __future__ import annotations

import torch
import triton
import triton.language as tl

from .launch import launch, new_output, pow2


@triton.jit
def bias_table_grad_kernel(
    plane_ptr,
    perm_ptr,
    offsets_ptr,
    max_count_ptr,
    dtable_ptr,
    rows,
    heads,
    BLOCK_R: tl.constexpr,
    BLOCK_H: tl.constexpr,
    IS_F64: tl.constexpr,
):
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
    for c in range(max_count):
        e = start + c
        e_valid = e < end
        j = tl.load(perm_ptr + e, mask=e_valid, other=0)
        acc += tl.load(
            plane_ptr + j[:, None] * heads + offs_h[None, :],
            mask=e_valid[:, None] & h_valid[None, :],
            other=0.0,
        )
    tl.store(
        dtable_ptr + r.to(tl.int64)[:, None] * heads + offs_h[None, :],
        acc,
        mask=r_valid[:, None] & h_valid[None, :],
    )


_OPTIONS = dict(num_warps=2, num_stages=1)  # launch settings (tools/triton_aot.py too)
_BLOCK_R = 64


def bias_table_grad(partials, bias_index, rows: int, g):
    """partials (groups, heads, N*N) of windows grouped per (b, tau) when the index has
    several planes -> the (rows, heads) table gradient, in the partials' dtype."""
    num_bias_planes = bias_index.shape[0]
    n_groups = partials.shape[0]
    nn = g.n * g.n
    if num_bias_planes > 1:
        plane = partials.view(g.batch, g.n_t, n_groups // (g.batch * g.n_t), g.heads, nn)
        plane = plane.sum((0, 2))
    else:
        plane = partials.sum(0, keepdim=True)
    plane = plane.permute(0, 2, 1).contiguous()  # (planes, N*N, heads)
    flat = bias_index.reshape(-1)
    perm = torch.argsort(flat, stable=True)
    offsets = torch.searchsorted(
        flat[perm], torch.arange(rows + 1, device=flat.device, dtype=flat.dtype)
    )
    max_count = (offsets[1:] - offsets[:-1]).max().reshape(1)
    grad_table = new_output((rows, g.heads), partials)
    launch(
        bias_table_grad_kernel,
        (triton.cdiv(rows, _BLOCK_R),),
        _OPTIONS,
        plane,
        perm,
        offsets,
        max_count,
        grad_table,
        rows,
        g.heads,
        BLOCK_R=_BLOCK_R,
        BLOCK_H=pow2(g.heads, 2),
        IS_F64=partials.dtype == torch.float64,
    )
    return grad_table
