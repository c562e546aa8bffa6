"""TPSWindowAttention: drop-in for the published PST / Video-Swin ``WindowAttention3D``.

Internally: qkv linear -> ``ops.window_attention`` (one fused op) -> proj. Two entry points:

* ``forward(x, mask=None, batch_size=None, frame_len=None)``: the published signature, on
  partitioned windows ``(B_, N, C)`` ordered ``(b, t, window)`` (the caller pads, rolls and
  partitions, as the published ``SwinTransformerBlock3D`` does).
* ``forward_video(x)``: channels-last video ``(B, T, H, W, C)`` (after norm1); pads to the
  window, and the op itself rolls, partitions, patch-shifts and masks (no partition copies).
  The models use this one.
"""

from __future__ import annotations

from typing import Optional, Sequence

import torch
import torch.nn.functional as F
from torch import nn

from .. import ops, rpe
from .._backends import BACKENDS
from ..ops import _window3
from ..patterns import frame_shift_map
from . import _index, recompute
from .cpu_bf16 import Linear

BIAS_MODES = ("official", "relative", "swin", None)
SHRUNK_INDEX = ("sliced", "geometric")


def check_backend(backend: str) -> str:
    """A backend name the ops accept, checked at construction (availability on a device is
    only known at forward)."""
    valid = ("auto",) + BACKENDS
    if backend not in valid:
        raise ValueError(f"backend must be one of {valid}, got {backend!r}")
    return backend


class TPSWindowAttention(nn.Module):
    """Window attention with temporal patch shift (TPS) / channel shift (TCS).

    Published arguments: ``dim, window_size, num_heads, qkv_bias, qk_scale, attn_drop,
    proj_drop, shift, shift_type`` ('psm': patch shift + shifted bias index, 'tsm': channel
    shift + per-frame index). Extra keyword-only options:

    * ``num_frames`` (16): token frames T; sizes the official table ((2T-1)*13*13 rows for a
      7x7 window) and index buffers (T / wt, N, N). Ignored by ``bias='swin'/'relative'``.
    * ``bias``: 'official' (PST layout: ``relative_position_bias_table``,
      ``relative_position_index``, ``relative_position_index_old``), 'swin' (Video-Swin / 2D
      Swin layout: table (2wt-1)(2wh-1)(2ww-1), index (N, N)), 'relative' (truly relative,
      T-independent, temporal offset (dt_q - s_q) - (dt_k - s_k)), or None.
    * ``pattern``: patch-shift pattern name or grid (``tps_kernels.patterns``), 'C' published.
    * ``shift_size``: the spatial (and temporal) cyclic roll of SW-MSA, used by
      ``forward_video`` (the published block rolls before calling ``forward``).
    * ``shrunk_index`` (``bias='swin'`` only): the bias index of a window shrunk to a feature
      map smaller than it. 'sliced' (default, the published Video-Swin code and its
      checkpoints): ``relative_position_index[:N, :N]`` of the full window's index, i.e. the
      first N slots of the full window's geometry; 'geometric': the true offsets of the shrunk
      window. The two agree when only time shrinks. The PST tables ('official', 'relative')
      always use the geometric index of the shrunk window.
    * ``backend``: passed to ``ops.window_attention`` ('auto', 'reference', 'cpu', ...).

    ``attention_core``: None, or a function with ``ops.window_attention``'s signature called
    instead of it (benchmarks/latency.py's zero-cost-attention diagnostic sets it per module).
    """

    attention_core = None

    def __init__(
        self,
        dim,
        window_size=(1, 7, 7),
        num_heads=1,
        qkv_bias=False,
        qk_scale=None,
        attn_drop=0.0,
        proj_drop=0.0,
        shift=False,
        shift_type="psm",
        *,
        num_frames: int = 16,
        bias: Optional[str] = "official",
        pattern="C",
        shift_size: Sequence[int] = (0, 0, 0),
        fold_div: int = 8,
        shrunk_index: str = "sliced",
        backend: str = "auto",
        device=None,
        dtype=None,
    ):
        super().__init__()
        if dim % num_heads:
            raise ValueError(f"dim={dim} must be divisible by num_heads={num_heads}")
        if bias not in BIAS_MODES:
            raise ValueError(f"bias must be one of {BIAS_MODES}, got {bias!r}")
        if shrunk_index not in SHRUNK_INDEX:
            raise ValueError(f"shrunk_index must be one of {SHRUNK_INDEX}, got {shrunk_index!r}")
        if shift and shift_type not in ("psm", "tsm"):
            raise ValueError(f"shift_type must be 'psm' or 'tsm', got {shift_type!r}")
        self.dim = dim
        self.window_size = _window3(window_size)
        self.num_heads = num_heads
        head_dim = dim // num_heads
        self.scale = qk_scale or head_dim**-0.5
        self.shift = bool(shift)
        self.shift_type = shift_type
        self.num_frames = int(num_frames)
        self.bias_mode = bias
        self.shrunk_index = shrunk_index
        self.shift_size = tuple(
            int(s) for s in (shift_size if len(shift_size) == 3 else (0,) + tuple(shift_size))
        )
        self.fold_div = int(fold_div)
        self.backend = check_backend(backend)
        wt, wh, ww = self.window_size
        n = wt * wh * ww
        factory = {"device": device, "dtype": dtype}

        fs = frame_shift_map(pattern, (wh, ww)) if self.patch_shift else None
        if bias == "swin" and self.patch_shift:
            raise ValueError(
                "bias='swin' has no temporal offsets for the patch shift; use "
                "bias='official' or 'relative' with shift_type='psm'"
            )
        # int32 map of roll amounts, on the module's device; not part of the state dict
        self.register_buffer("frame_shift", fs, persistent=False)

        # index math on CPU values (rpe checks ranges with .item(), impossible on 'meta'),
        # buffers on the module's device
        target = torch.device(device) if device is not None else torch.get_default_device()
        with torch.device("cpu"):
            indices = {}
            pattern_map = frame_shift_map(pattern, (wh, ww))
            if bias == "official":
                rows = (2 * self.num_frames - 1) * (2 * wh - 1) * (2 * ww - 1)
                # every published block holds both indices, whichever it uses
                indices["relative_position_index"] = _index.pst_index(
                    self.num_frames, self.window_size, pattern_map
                )
                indices["relative_position_index_old"] = _index.pst_index(
                    self.num_frames, self.window_size, None
                )
            elif bias == "relative":
                self.extent = _index.max_shift_extent(self.window_size, pattern_map)
                rows = (2 * self.extent + 1) * (2 * wh - 1) * (2 * ww - 1)
                indices["relative_position_index"] = _index.relative_pst_index(
                    self.window_size, pattern_map, self.extent
                )
                indices["relative_position_index_old"] = _index.relative_pst_index(
                    self.window_size, None, self.extent
                )
            elif bias == "swin":
                rows = (2 * wt - 1) * (2 * wh - 1) * (2 * ww - 1)
                indices["relative_position_index"] = rpe.relative_index(self.window_size)[0]
        for name, index in indices.items():
            self.register_buffer(name, index.to(target))
        if bias is not None:
            self.relative_position_bias_table = nn.Parameter(
                torch.zeros(rows, num_heads, **factory)
            )
            nn.init.trunc_normal_(self.relative_position_bias_table, std=0.02)
        else:
            self.relative_position_bias_table = None
        self.qkv = Linear(dim, dim * 3, bias=qkv_bias, **factory)
        self.attn_drop = nn.Dropout(attn_drop)
        self.proj = Linear(dim, dim, **factory)
        self.proj_drop = nn.Dropout(proj_drop)
        self._index_cache = {}
        self._n = n

    @property
    def patch_shift(self) -> bool:
        return self.shift and self.shift_type == "psm"

    @property
    def channel_shift(self) -> bool:
        return self.shift and self.shift_type == "tsm"

    def extra_repr(self) -> str:
        return (
            f"dim={self.dim}, window_size={self.window_size}, num_heads={self.num_heads}, "
            f"shift={self.shift}, shift_type={self.shift_type!r}, bias={self.bias_mode!r}, "
            f"shift_size={self.shift_size}, backend={self.backend!r}"
        )

    # ---------------------------------------------------------------- bias selection
    def _bias_index(self, window, frames: int):
        """Index buffer for an effective window (the configured one, or a smaller one when the
        feature map is smaller than the window)."""
        if self.bias_mode is None:
            return None
        full = window == self.window_size
        if self.bias_mode == "swin":
            if full:
                return self.relative_position_index[None]
            if self.shrunk_index == "sliced":  # published: a slice of the full index
                n = window[0] * window[1] * window[2]
                return self.relative_position_index[:n, :n][None]
        else:
            buf = (
                self.relative_position_index
                if self.patch_shift
                else self.relative_position_index_old
            )
            if full and (self.bias_mode == "relative" or buf.shape[0] * window[0] == frames):
                return buf
            if self.bias_mode == "official" and frames != self.num_frames:
                raise ValueError(
                    f"the official PST bias table is sized for num_frames={self.num_frames} "
                    f"token frames, got {frames}; build the model with num_frames={frames} "
                    f"(or bias='relative' for a T-independent table)"
                )
        key = (window, frames, self.relative_position_bias_table.device)
        idx = self._index_cache.get(key)
        if idx is None:
            # a normal tensor even when first built under torch.inference_mode(): the cache
            # outlives that context and training later saves the index for backward
            # the full window's index, restricted to the shrunk window's slots
            with torch.inference_mode(False):
                fs = self.frame_shift.cpu() if self.patch_shift else None
                full = self.window_size
                if self.bias_mode == "swin":
                    idx = rpe.relative_index(full)
                elif self.bias_mode == "relative":
                    idx = _index.relative_pst_index(full, fs, self.extent)
                else:  # T-dependent: a full-size window of `frames` frames
                    full = (window[0],) + full[1:]
                    idx = _index.pst_index(frames, full, fs)
                idx = _index.sub_window(idx, full, window).to(key[2])
            self._index_cache[key] = idx
        return idx

    def _proj(self, out):
        out = self.proj(out)
        # Dropout(0) is a no-op that still costs a call (and a kernel in training): skip it
        return self.proj_drop(out) if self.proj_drop.p > 0 else out

    def _check_attn_drop(self):
        if self.training and self.attn_drop.p > 0:
            raise NotImplementedError(
                "attn_drop > 0 in training is not supported: the fused op never materializes "
                "the attention probabilities (every published PST config uses attn_drop=0)"
            )

    # ---------------------------------------------------------------- published signature
    def forward(
        self,
        x: torch.Tensor,
        mask: Optional[torch.Tensor] = None,
        batch_size: Optional[int] = None,
        frame_len: Optional[int] = None,
    ):
        """x: (num_windows*B, N, C) windows ordered (b, t, window); mask (nW, N, N) or None."""
        self._check_attn_drop()
        if x.dim() != 3 or x.shape[-1] != self.dim:
            raise ValueError(f"x must be (B_, N, {self.dim}), got {tuple(x.shape)}")
        b_, n, c = x.shape
        wt, wh, ww = self.window_size
        if n != self._n:
            if self.bias_mode == "swin" and n % (wh * ww) == 0 and not self.shift:
                window = (n // (wh * ww), wh, ww)  # Video-Swin: a shorter clip
            else:
                raise ValueError(
                    f"x has N={n} tokens per window; expected {self._n} for "
                    f"window_size={self.window_size}"
                )
        else:
            window = self.window_size
        needs_frames = self.shift or self.bias_mode == "official"
        if needs_frames:
            if frame_len is None:
                frame_len = self.num_frames
            if batch_size is None:
                raise ValueError("batch_size is required (windows are ordered (b, t, window))")
        if self.channel_shift:
            if window[0] != 1:
                raise ValueError(
                    "the channel shift in the windows layout needs wt = 1; use "
                    "forward_video for temporal windows"
                )
            x = ops.channel_shift(
                x,
                num_heads=self.num_heads,
                fold_div=self.fold_div,
                batch_size=batch_size,
                num_frames=frame_len,
                backend=self.backend,
            )
        qkv = self.qkv(x)
        index = self._bias_index(window, frame_len)
        kwargs = {}
        if needs_frames:
            kwargs = dict(batch_size=batch_size, num_frames=frame_len)
        out = (self.attention_core or ops.window_attention)(
            qkv,
            self.relative_position_bias_table,
            index,
            num_heads=self.num_heads,
            window=window,
            frame_shift=self.frame_shift if self.patch_shift else None,
            mask=mask,
            scale=self.scale,
            backend=self.backend,
            **kwargs,
        )
        return self._proj(out)

    # ---------------------------------------------------------------- fast video path
    def forward_video(
        self,
        x: torch.Tensor,
        norm: Optional[nn.Module] = None,
        recompute_cheap: bool = False,
        recompute_qkv: bool = False,
    ) -> torch.Tensor:
        """x: channels-last (B, T, H, W, C) -> (B, T, H, W, C).

        Published block semantics: zero-pad T/H/W up to the window (padded tokens take part
        in attention, not masked, cropped after), window/shift shrink where the map is not
        larger than the window, SW-MSA roll + region mask, TCS before qkv or TPS inside.

        ``norm``: a layer applied to x first (the block's norm1), else x is already
        normalized. ``recompute_cheap``: in training, store x only and recompute the norm,
        pad and channel shift in the backward (``tps_kernels.nn.recompute``).
        ``recompute_qkv``: in training, do not store qkv either: the backward reruns the
        norm, pad, channel shift and the qkv linear (one more GEMM for a lower peak), never
        the attention.
        """
        self._check_attn_drop()
        if x.dim() != 5 or x.shape[-1] != self.dim:
            raise ValueError(f"x must be (B, T, H, W, {self.dim}), got {tuple(x.shape)}")
        b, t, h, w, c = x.shape
        window, shift = _index.effective_window((t, h, w), self.window_size, self.shift_size)
        pads = [(window[d] - s % window[d]) % window[d] for d, s in enumerate((t, h, w))]
        tp = t + pads[0]

        def qkv_of(x):
            if norm is not None:
                x = norm(x)
            if any(pads):
                x = F.pad(x, (0, 0, 0, pads[2], 0, pads[1], 0, pads[0]))
            if self.channel_shift:
                x = ops.channel_shift(
                    x, num_heads=self.num_heads, fold_div=self.fold_div, backend=self.backend
                )
            return self.qkv(x)

        fs = None
        if self.patch_shift:
            fs = self.frame_shift
            if window[1:] != self.window_size[1:]:
                fs = fs[: window[1], : window[2]]
        index = self._bias_index(window, tp)

        def attend(qkv):
            return (self.attention_core or ops.window_attention)(
                qkv,
                self.relative_position_bias_table,
                index,
                num_heads=self.num_heads,
                window=window,
                shift=shift,
                frame_shift=fs,
                scale=self.scale,
                backend=self.backend,
            )

        if recompute_qkv:
            out = recompute.recompute_qkv(lambda x: attend(qkv_of(x)), x)
        else:
            out = attend(recompute.recompute_cheap(qkv_of, x, recompute_cheap))
        if any(pads):
            out = out[:, :t, :h, :w]
        return self._proj(out)


class VideoSwinWindowAttention3D(TPSWindowAttention):
    """Drop-in for Video-Swin's ``WindowAttention3D``: its constructor ``(dim, window_size,
    num_heads, qkv_bias=False, qk_scale=None, attn_drop=0., proj_drop=0.)``, its keys
    (table ((2wt-1)(2wh-1)(2ww-1), heads), index buffer (N, N)), ``forward(x, mask=None)``.
    Same as ``TPSWindowAttention(..., bias='swin')``."""

    def __init__(
        self,
        dim,
        window_size,
        num_heads,
        qkv_bias=False,
        qk_scale=None,
        attn_drop=0.0,
        proj_drop=0.0,
        **kwargs,
    ):
        kwargs.setdefault("bias", "swin")
        super().__init__(
            dim, window_size, num_heads, qkv_bias, qk_scale, attn_drop, proj_drop, **kwargs
        )


def set_backend(module: nn.Module, backend: str) -> nn.Module:
    """Set ``backend`` on every tps_kernels module inside ``module`` (returns it)."""
    check_backend(backend)
    for m in module.modules():
        if hasattr(m, "backend") and m.__class__.__module__.startswith("tps_kernels"):
            m.backend = backend
    return module
