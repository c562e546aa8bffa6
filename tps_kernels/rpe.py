"""Relative position bias indices.

``official_index`` reproduces the published PST buffers bit for bit (including the quirk
that the key's temporal term uses frame 0); ``relative_index`` is the truly relative variant
and the plain 2D/3D Swin index.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import torch

# Attribute official_index sets on its result: (num_frames, frame_shift mod num_frames as
# nested tuples, or None). ops.window_attention checks the frame_shift it gets against it.
_BUILT_FOR = "_tps_built_for"


def _window2d(window: Sequence[int]):
    window = tuple(int(w) for w in window)
    if len(window) == 3:
        if window[0] != 1:
            raise ValueError(f"official_index: temporal window must be 1, got window={window}")
        window = window[1:]
    if len(window) != 2:
        raise ValueError(f"window must be (wh, ww) or (1, wh, ww), got {window}")
    return window


def official_table_size(num_frames: int, window: Sequence[int] = (7, 7)) -> int:
    """Rows of the published bias table: (2T - 1)(2wh - 1)(2ww - 1) (5239 for T=16, 7x7)."""
    wh, ww = _window2d(window)
    return (2 * num_frames - 1) * (2 * wh - 1) * (2 * ww - 1)


def official_index(
    num_frames: int = 16, window: Sequence[int] = (7, 7), frame_shift: Optional[torch.Tensor] = None
) -> torch.Tensor:
    """Checkpoint-compatible (T, N, N) bias index of the published PST code.

    With ``frame_shift`` (wh, ww) (TPS blocks, buffer ``relative_position_index``):
    ``idx[t, q, k] = (((t - s_q) mod T) - ((0 - s_k) mod T) + T - 1) * Rh*Rw
    + (iq - ik + wh - 1) * Rw + (jq - jk + ww - 1)``. Without it (TCS blocks, buffer
    ``relative_position_index_old``): ``idx[t, q, k] = (t + T - 1) * Rh*Rw + spatial``.

    The result records the ``frame_shift`` it was built for (see :func:`built_for`), so
    ``ops.window_attention`` refuses it with no or another ``frame_shift``.
    """
    T = int(num_frames)
    if T < 1:
        raise ValueError(f"official_index: num_frames must be >= 1, got {num_frames}")
    wh, ww = _window2d(window)
    Rh, Rw = 2 * wh - 1, 2 * ww - 1
    ii, jj = torch.meshgrid(torch.arange(wh), torch.arange(ww), indexing="ij")
    ii, jj = ii.reshape(-1), jj.reshape(-1)
    spatial = (ii[:, None] - ii[None, :] + wh - 1) * Rw + (jj[:, None] - jj[None, :] + ww - 1)
    t = torch.arange(T)[:, None, None]
    shift_map = None  # what the index records (see built_for)
    if frame_shift is None:
        temporal = t + T - 1 + torch.zeros_like(spatial)[None]
    else:
        s = torch.as_tensor(frame_shift).to(torch.int64)
        if tuple(s.shape) != (wh, ww):
            raise ValueError(
                f"official_index: frame_shift must have shape {(wh, ww)}, got {tuple(s.shape)}"
            )
        shift_map = tuple(map(tuple, torch.remainder(s, T).tolist()))
        s = s.reshape(-1)
        tq = torch.remainder(t - s[None, :, None], T)  # (T, N, 1)
        tk = torch.remainder(0 - s[None, None, :], T)  # (1, 1, N): frame 0, the quirk
        temporal = tq - tk + T - 1
    idx = (temporal * (Rh * Rw) + spatial[None]).to(torch.int64).contiguous()
    setattr(idx, _BUILT_FOR, (T, shift_map))
    return idx


def built_for(index: torch.Tensor) -> Optional[Tuple[int, Optional[tuple]]]:
    """``(num_frames, frame_shift)`` an :func:`official_index` result was built for
    (``frame_shift`` modulo ``num_frames`` as nested tuples, or None), else None.

    The record is an attribute of that tensor object: it stays with it as a module buffer
    (``register_buffer``; ``load_state_dict`` copies into it; ``module.to()`` on its device,
    dtype casts, ``copy.deepcopy``; ``torch.save`` of the tensor itself), and is lost with a
    new tensor (a move to another device, ``.clone()``, slicing, the detached tensors of
    ``state_dict()``), where the check then does not apply.
    """
    return getattr(index, _BUILT_FOR, None)


def relative_table_size(window: Sequence[int], temporal_extent: Optional[int] = None) -> int:
    """Rows of the table for ``relative_index`` with the same arguments."""
    window = tuple(int(w) for w in window)
    if len(window) == 2:
        window = (1,) + window
    wt, wh, ww = window
    dt = (2 * wt - 1) if temporal_extent is None else (2 * int(temporal_extent) + 1)
    return dt * (2 * wh - 1) * (2 * ww - 1)


def relative_index(
    window: Sequence[int],
    frame_shift: Optional[torch.Tensor] = None,
    max_shift: Optional[int] = None,
) -> torch.Tensor:
    """Truly relative (1, N, N) index, the same for every window (Ti = 1).

    Without ``frame_shift``: the Swin (2D) / Video-Swin (3D) index over window offsets, table
    rows (2wt-1)(2wh-1)(2ww-1). With ``frame_shift``: the temporal offset of a pair is
    ``(dt_q - s_q) - (dt_k - s_k)``, in [-E, E] with E = wt - 1 + max|s_q - s_k| (or
    ``max_shift``); table rows (2E+1)(2wh-1)(2ww-1) (see ``relative_table_size(window, E)``).
    """
    window = tuple(int(w) for w in window)
    if len(window) == 2:
        window = (1,) + window
    if len(window) != 3 or min(window) < 1:
        raise ValueError(f"relative_index: window must be (wh, ww) or (wt, wh, ww), got {window}")
    wt, wh, ww = window
    tt, ii, jj = torch.meshgrid(torch.arange(wt), torch.arange(wh), torch.arange(ww), indexing="ij")
    tt, ii, jj = tt.reshape(-1), ii.reshape(-1), jj.reshape(-1)
    if frame_shift is not None:
        s = torch.as_tensor(frame_shift).to(torch.int64)
        if tuple(s.shape) != (wh, ww):
            raise ValueError(
                f"relative_index: frame_shift must have shape {(wh, ww)}, got {tuple(s.shape)}"
            )
        tt = tt - s.reshape(-1).repeat(wt)
    dt = tt[:, None] - tt[None, :]
    extent = int(dt.abs().max()) if max_shift is None else int(max_shift)
    if frame_shift is None:
        extent = wt - 1
    if int(dt.abs().max()) > extent:
        raise ValueError(
            f"relative_index: max_shift={max_shift} is smaller than the largest "
            f"temporal offset {int(dt.abs().max())}"
        )
    Rh, Rw = 2 * wh - 1, 2 * ww - 1
    idx = ((dt + extent) * Rh + (ii[:, None] - ii[None, :] + wh - 1)) * Rw + (
        jj[:, None] - jj[None, :] + ww - 1
    )
    return idx[None].to(torch.int64).contiguous()
