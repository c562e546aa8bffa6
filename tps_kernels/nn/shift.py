"""PatchShift and ChannelShift modules (thin wrappers over ``ops.patch_shift`` /
``ops.channel_shift``)."""

from __future__ import annotations

from typing import Optional, Sequence

import torch
from torch import nn

from .. import ops
from ..patterns import frame_shift_map
from .window_attention import check_backend


def _from_heads(x: torch.Tensor):
    """Published 4-D layout (B_, heads, N, c) -> (B_, N, heads*c)."""
    b_, h, n, c = x.shape
    return x.transpose(1, 2).reshape(b_, n, h * c), (b_, h, n, c)


def _to_heads(x: torch.Tensor, shape):
    b_, h, n, c = shape
    return x.reshape(b_, n, h, c).transpose(1, 2)


class PatchShift(nn.Module):
    """Temporal patch shift: slot (t, i, j) takes the token of frame (t - s[i, j]) mod T
    (t + s with ``inverse=True``), every channel (ratio 1, as published).

    ``pattern``: a name of ``tps_kernels.patterns.PATTERNS`` or a grid; ``window``: the spatial
    window (wh, ww) the pattern is tiled over. Accepts video (B, T, H, W, C) (the map is
    tiled over the frame), windows (B_, N, C) ordered (b, t, window), or the published
    (B_, heads, N, c) layout; windows layouts need ``batch_size`` and ``num_frames``.
    """

    def __init__(
        self,
        pattern="C",
        window: Sequence[int] = (7, 7),
        inverse: bool = False,
        backend: str = "auto",
    ):
        super().__init__()
        self.register_buffer("frame_shift", frame_shift_map(pattern, window), persistent=False)
        self.inverse = bool(inverse)
        self.backend = check_backend(backend)

    def extra_repr(self):
        return f"window={tuple(self.frame_shift.shape)}, inverse={self.inverse}"

    def forward(
        self, x: torch.Tensor, batch_size: Optional[int] = None, num_frames: Optional[int] = None
    ) -> torch.Tensor:
        shape = None
        if x.dim() == 4:
            x, shape = _from_heads(x)
        out = ops.patch_shift(
            x,
            self.frame_shift,
            inverse=self.inverse,
            batch_size=batch_size,
            num_frames=num_frames,
            backend=self.backend,
        )
        return out if shape is None else _to_heads(out, shape)


class ChannelShift(nn.Module):
    """Temporal channel shift (TCS) of the published PST code: per head, channels [0, fold)
    from frame t-1, [fold, 2 fold) from t+1 (fold = head_dim // fold_div), not cyclic.

    Accepts video (B, T, H, W, C), windows (B_, N, C) ordered (b, t, window), or the published
    (B_, heads, N, c) layout (then ``num_heads`` is taken from the tensor).
    """

    def __init__(self, num_heads: int = 1, fold_div: int = 8, backend: str = "auto"):
        super().__init__()
        self.num_heads = int(num_heads)
        self.fold_div = int(fold_div)
        self.backend = check_backend(backend)

    def extra_repr(self):
        return f"num_heads={self.num_heads}, fold_div={self.fold_div}"

    def forward(
        self, x: torch.Tensor, batch_size: Optional[int] = None, num_frames: Optional[int] = None
    ) -> torch.Tensor:
        heads, shape = self.num_heads, None
        if x.dim() == 4:
            heads = x.shape[1]
            x, shape = _from_heads(x)
        out = ops.channel_shift(
            x,
            num_heads=heads,
            fold_div=self.fold_div,
            batch_size=batch_size,
            num_frames=num_frames,
            backend=self.backend,
        )
        return out if shape is None else _to_heads(out, shape)
