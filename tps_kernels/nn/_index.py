"""Bias-index helpers of the nn modules (built once at construction, stored as buffers).

The indices themselves are ``tps_kernels.rpe``'s (``official_index``: the published PST
index, ``relative_index``: truly relative / Swin / Video-Swin). What this adds: the PST index
for a temporal window ``wt > 1`` (PST-T-dagger), which ``rpe`` does not cover, and
``sub_window``: the index of a window shrunk to a feature map smaller than it, taken from the
full window's index (offsets, hence table rows, are those of the full window).
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import torch

from .. import rpe


def _slots(window: Sequence[int]):
    wt, wh, ww = window
    tt, ii, jj = torch.meshgrid(torch.arange(wt), torch.arange(wh), torch.arange(ww), indexing="ij")
    return tt.reshape(-1), ii.reshape(-1), jj.reshape(-1)


def pst_index(
    num_frames: int, window: Sequence[int], frame_shift: Optional[torch.Tensor]
) -> torch.Tensor:
    """Checkpoint-compatible PST index, (T / wt, N, N), table rows (2T-1)(2wh-1)(2ww-1).

    ``rpe.official_index`` for wt = 1. For wt > 1, window ``tau``, query slot (dt_q, i_q, j_q),
    key slot (dt_k, i_k, j_k): with ``frame_shift`` (TPS blocks) temporal =
    ((tau*wt + dt_q - s_q) mod T) - ((dt_k - s_k) mod T) + T - 1 (the key term uses the first
    temporal window, the published quirk); without it (TCS / unshifted blocks) temporal =
    (tau*wt + dt_q) - dt_k + T - 1.
    """
    T = int(num_frames)
    wt, wh, ww = window
    if T % wt:
        raise ValueError(f"num_frames={T} must be a multiple of the temporal window wt={wt}")
    fs = None if frame_shift is None else torch.as_tensor(frame_shift)[:wh, :ww]
    if wt == 1:
        return rpe.official_index(T, (wh, ww), fs)
    tt, _, _ = _slots(window)
    # spatial offsets in the (2wh-1)(2ww-1) grid: Swin's 2D index, the same in every frame
    spatial = rpe.relative_index((wh, ww))[0].repeat(wt, wt)
    rows = (2 * wh - 1) * (2 * ww - 1)
    tau = torch.arange(T // wt)[:, None, None] * wt
    if fs is None:
        temporal = tau + tt[None, :, None] - tt[None, None, :] + T - 1
    else:
        s = fs.to(torch.int64).reshape(-1).repeat(wt)
        tq = torch.remainder(tau + (tt - s)[None, :, None], T)
        tk = torch.remainder((tt - s)[None, None, :], T)
        temporal = tq - tk + T - 1
    return (temporal * rows + spatial[None]).to(torch.int64).contiguous()


def relative_pst_index(
    window: Sequence[int], frame_shift: Optional[torch.Tensor], extent: int
) -> torch.Tensor:
    """Truly relative (1, N, N) index with temporal offset (dt_q - s_q) - (dt_k - s_k) in
    [-extent, extent]; table rows (2 extent + 1)(2wh-1)(2ww-1). T-independent.
    ``rpe.relative_index``; without ``frame_shift`` a zero map keeps the table's ``extent``
    (TCS blocks of a patch-shift model share its table)."""
    if frame_shift is None:
        frame_shift = torch.zeros(tuple(window[1:]), dtype=torch.int64)
    return rpe.relative_index(window, frame_shift, max_shift=extent)


def sub_window(index: torch.Tensor, window: Sequence[int], sub: Sequence[int]) -> torch.Tensor:
    """(..., N, N) index of ``window`` -> (..., n, n) of the slots (dt, i, j) with dt, i, j
    below ``sub``: the geometric index of the shrunk window, in the full window's table
    (the frame shift of a slot depends on (i, j) only, so it is kept)."""
    tt, ii, jj = _slots(window)
    keep = ((tt < sub[0]) & (ii < sub[1]) & (jj < sub[2])).nonzero().reshape(-1)
    return index[..., keep[:, None], keep[None, :]].contiguous()


def max_shift_extent(window: Sequence[int], frame_shift: Optional[torch.Tensor]) -> int:
    """Largest |(dt_q - s_q) - (dt_k - s_k)| over a window."""
    wt = window[0]
    if frame_shift is None:
        return wt - 1
    s = torch.as_tensor(frame_shift).to(torch.int64)
    return wt - 1 + int(s.max() - s.min())


def effective_window(size: Tuple[int, int, int], window: Sequence[int], shift: Sequence[int]):
    """Published ``get_window_size``: a dim not larger than its window uses the whole dim and
    no shift."""
    win, sh = list(window), list(shift)
    for d in range(3):
        if size[d] <= window[d]:
            win[d] = size[d]
            sh[d] = 0
    return tuple(win), tuple(sh)
