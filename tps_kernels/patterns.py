"""Temporal patch shift patterns (paper figures 2 and 5, table 2).

A pattern is a small grid of roll amounts ``s``; after the shift, slot ``(t, i, j)`` holds the
token of frame ``(t - s[i, j]) mod T``. The grid is tiled over the window from its top-left
corner, so pattern C in a 7x7 window assigns ``C[i % 3][j % 3]`` to slot ``(i, j)``.
"""

from __future__ import annotations

from typing import Sequence, Union

import torch

from .ops import _as_int

PATTERNS = {
    # published code (temporal field 9)
    "C": [[-4, 1, 2], [-1, 0, 3], [-2, -3, 4]],
    # "Bayer filter" like, temporal field 3
    "A": [[0, 1], [-1, 0]],
    "even_3": [[0, 1], [-1, 0]],
    # temporal field 4
    "B": [[0, 1], [-1, 2]],
    # temporal field 16
    "D": [[0, 1, 2, 3], [-1, -7, 4, 5], [-2, -4, 7, 6], [-3, -5, -6, 8]],
    "center_one": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    # half the patches, evenly, one direction (read from the text of section 4.2)
    "even_2": [[0, 1], [1, 0]],
    "none": [[0]],
}

Grid = Union[str, Sequence[Sequence[int]], torch.Tensor]


def frame_shift_map(name_or_grid: Grid, window: Sequence[int] = (7, 7)) -> torch.Tensor:
    """Return the (wh, ww) int32 map of roll amounts for a named pattern or a user grid.

    ``window`` is the spatial window (wh, ww) (a 3-tuple (wt, wh, ww) is accepted too); the
    base grid is tiled over it from the top-left corner. For a DeiT-style global grid pass
    the full (H, W) as ``window``.
    """
    if isinstance(name_or_grid, str):
        if name_or_grid not in PATTERNS:
            raise ValueError(
                f"frame_shift_map: unknown pattern {name_or_grid!r}; expected one of "
                f"{sorted(PATTERNS)} or a 2-D grid of ints"
            )
        grid = torch.tensor(PATTERNS[name_or_grid], dtype=torch.int64)
    else:
        grid = torch.as_tensor(name_or_grid)
        if grid.dim() != 2 or grid.numel() == 0 or grid.is_floating_point() or grid.is_complex():
            raise ValueError(
                f"frame_shift_map: a user grid must be a non-empty 2-D integer grid, got "
                f"shape {tuple(grid.shape)} dtype {grid.dtype}"
            )
        grid = grid.to(torch.int64)
    window = tuple(int(w) for w in window)
    if len(window) == 3:
        window = window[1:]
    if len(window) != 2 or min(window) < 1:
        raise ValueError(
            f"frame_shift_map: window must be (wh, ww) or (wt, wh, ww) of positive "
            f"ints, got {window}"
        )
    wh, ww = window
    gh, gw = grid.shape
    rows = torch.arange(wh) % gh
    cols = torch.arange(ww) % gw
    return grid[rows[:, None], cols[None, :]].to(torch.int32).contiguous()


# ---------------------------------------------------------------- key/value temporal shift
# Maps for ``ops.window_attention(..., kv_time_shift=d, kv_time_shift_boundary=...)``: one
# frame offset per key/value channel (head-major, as in qkv), the key and value of frame t,
# channel c, read from frame t + d[c]. The boundary each method uses (or that we chose):
KV_SHIFT_BOUNDARY = {"xvit": "zero", "sct": "self"}


def _positive_int(name: str, value) -> int:
    value = _as_int(name, value)
    if value < 1:
        raise ValueError(f"{name} must be >= 1, got {value}")
    return value


def kv_shift_xvit(channels: int, num_heads: int, fold_div: int = 8) -> torch.Tensor:
    """X-ViT space-time mixing (Bulat et al., "Space-time Mixing Attention for Video
    Transformer", NeurIPS 2021): the ``(C,)`` int64 offsets of a TSM-style shift of keys and
    values only.

    With ``fold = C // fold_div`` over all channels (head-major, not per head): channels
    ``[0, fold)`` come from frame ``t + 1``, ``[fold, 2 fold)`` from ``t - 1``, the rest
    stay. The published code (1adrianb/video-transformers, ``TemporalShift`` on k and v,
    ``SHIFT_DIV`` of configs/Kinetics/xvit_B16_16x16_k400.yaml) uses this order, zeros
    outside the clip (boundary ``KV_SHIFT_BOUNDARY["xvit"] == "zero"``) and ``fold_div=8``,
    our default (issue #13 guessed 4). The class token is shifted like the patches there.

    Raises ValueError unless ``fold_div >= 1`` divides ``channels`` and ``num_heads``
    divides ``channels``.
    """
    channels = _positive_int("channels", channels)
    num_heads = _positive_int("num_heads", num_heads)
    fold_div = _positive_int("fold_div", fold_div)
    if channels % num_heads:
        raise ValueError(f"kv_shift_xvit: num_heads={num_heads} must divide channels={channels}")
    if channels % fold_div:
        raise ValueError(
            f"kv_shift_xvit: fold_div={fold_div} must divide channels={channels} "
            f"(fold = channels / fold_div channels move each way)"
        )
    fold = channels // fold_div
    d = torch.zeros(channels, dtype=torch.int64)
    d[:fold] = 1
    d[fold : 2 * fold] = -1
    return d


def kv_shift_previous(channels: int) -> torch.Tensor:
    """SCT shifted attention (Zha et al., "Shifted Chunk Transformer for Spatio-Temporal
    Representational Learning", NeurIPS 2021): the queries of frame t attend to the keys and
    values of frame ``t - 1``: ``(C,)`` int64 offsets, all ``-1``.

    The paper does not state what the first frame attends to; our choice is its own keys
    and values (boundary ``KV_SHIFT_BOUNDARY["sct"] == "self"``).
    """
    channels = _positive_int("channels", channels)
    return torch.full((channels,), -1, dtype=torch.int64)
