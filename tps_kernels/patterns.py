"""Temporal patch shift patterns (paper figures 2 and 5, table 2).

A pattern is a small grid of roll amounts ``s``; after the shift, slot ``(t, i, j)`` holds the
token of frame ``(t - s[i, j]) mod T``. The grid is tiled over the window from its top-left
corner, so pattern C in a 7x7 window assigns ``C[i % 3][j % 3]`` to slot ``(i, j)``.
"""

from __future__ import annotations

from typing import Sequence, Union

import torch

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
