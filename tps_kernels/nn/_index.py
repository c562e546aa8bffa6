"""Bias-index helpers of the nn modules (built once at construction, stored as buffers).

``pst_index`` generalizes the published PST index (``tps_kernels.rpe.official_index``) to a
temporal window ``wt >= 1`` and to windows smaller than the table's window (a feature map
smaller than the window shrinks the window, as the published ``get_window_size`` does); for
``wt = 1`` and the table's own window it equals ``rpe.official_index`` bit for bit.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import torch


def _slots(window: Sequence[int]):
    wt, wh, ww = window
    tt, ii, jj = torch.meshgrid(torch.arange(wt), torch.arange(wh), torch.arange(ww),
                                indexing="ij")
    return tt.reshape(-1), ii.reshape(-1), jj.reshape(-1)


def spatial_index(window: Sequence[int], table_window: Sequence[int]) -> torch.Tensor:
    """(N, N) spatial part (di + Th - 1) * Rw + (dj + Tw - 1) in the table's (2Th-1)(2Tw-1) grid."""
    _, ii, jj = _slots(window)
    th, tw = table_window[-2:]
    rw = 2 * tw - 1
    return (ii[:, None] - ii[None, :] + th - 1) * rw + (jj[:, None] - jj[None, :] + tw - 1)


def pst_index(num_frames: int, window: Sequence[int], frame_shift: Optional[torch.Tensor],
              table_window: Optional[Sequence[int]] = None) -> torch.Tensor:
    """Checkpoint-compatible PST index, (T / wt, N, N), table rows (2T-1)(2Th-1)(2Tw-1).

    Window ``tau``, query slot (dt_q, i_q, j_q), key slot (dt_k, i_k, j_k):
    with ``frame_shift`` (TPS blocks): temporal = ((tau*wt + dt_q - s_q) mod T)
    - ((dt_k - s_k) mod T) + T - 1 (the key term uses the first temporal window: the
    published quirk, "frame 0" for wt = 1); without it (TCS / unshifted blocks): temporal =
    (tau*wt + dt_q) - dt_k + T - 1.
    """
    T = int(num_frames)
    wt, wh, ww = window
    if T % wt:
        raise ValueError(f"num_frames={T} must be a multiple of the temporal window wt={wt}")
    table_window = tuple(table_window or (wh, ww))[-2:]
    tt, _, _ = _slots(window)
    spatial = spatial_index(window, table_window)
    rows = (2 * table_window[0] - 1) * (2 * table_window[1] - 1)
    tau = torch.arange(T // wt)[:, None, None] * wt
    if frame_shift is None:
        temporal = tau + tt[None, :, None] - tt[None, None, :] + T - 1
    else:
        s = torch.as_tensor(frame_shift).to(torch.int64)[:wh, :ww].reshape(-1).repeat(wt)
        tq = torch.remainder(tau + (tt - s)[None, :, None], T)
        tk = torch.remainder((tt - s)[None, None, :], T)
        temporal = tq - tk + T - 1
    return (temporal * rows + spatial[None]).to(torch.int64).contiguous()


def relative_pst_index(window: Sequence[int], frame_shift: Optional[torch.Tensor],
                       extent: int, table_window: Optional[Sequence[int]] = None) -> torch.Tensor:
    """Truly relative (1, N, N) index with temporal offset (dt_q - s_q) - (dt_k - s_k) in
    [-extent, extent]; table rows (2 extent + 1)(2Th-1)(2Tw-1). T-independent."""
    wt, wh, ww = window
    table_window = tuple(table_window or (wh, ww))[-2:]
    tt, _, _ = _slots(window)
    if frame_shift is not None:
        tt = tt - torch.as_tensor(frame_shift).to(torch.int64)[:wh, :ww].reshape(-1).repeat(wt)
    dt = tt[:, None] - tt[None, :]
    if int(dt.abs().max()) > extent:
        raise ValueError(f"temporal offsets up to {int(dt.abs().max())} exceed the table "
                         f"extent {extent}")
    rows = (2 * table_window[0] - 1) * (2 * table_window[1] - 1)
    return ((dt + extent) * rows + spatial_index(window, table_window))[None].contiguous()


def swin_index(window: Sequence[int], table_window: Optional[Sequence[int]] = None):
    """(N, N) Swin / Video-Swin index; table rows (2Tt-1)(2Th-1)(2Tw-1)."""
    table_window = tuple(table_window or window)
    tt, _, _ = _slots(window)
    rows = (2 * table_window[1] - 1) * (2 * table_window[2] - 1)
    dt = tt[:, None] - tt[None, :] + table_window[0] - 1
    return (dt * rows + spatial_index(window, table_window)).to(torch.int64).contiguous()


def max_shift_extent(window: Sequence[int], frame_shift: Optional[torch.Tensor]) -> int:
    """Largest |(dt_q - s_q) - (dt_k - s_k)| over a window."""
    wt = window[0]
    if frame_shift is None:
        return wt - 1
    s = torch.as_tensor(frame_shift).to(torch.int64)
    return wt - 1 + int(s.max() - s.min())


def effective_window(size: Tuple[int, int, int], window: Sequence[int],
                     shift: Sequence[int]):
    """Published ``get_window_size``: a dim not larger than its window uses the whole dim and
    no shift."""
    win, sh = list(window), list(shift)
    for d in range(3):
        if size[d] <= window[d]:
            win[d] = size[d]
            sh[d] = 0
    return tuple(win), tuple(sh)
