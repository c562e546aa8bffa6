"""Attention with a key/value temporal shift for frame-wise ViTs: X-ViT space-time mixing
(``SpaceTimeMixingAttention``) and SCT shifted self-attention (``ShiftedSelfAttention``).

A ViT run on video sees ``(B * T, N, C)`` frames ordered ``(b, t)``. These modules attend
within each frame, but the keys and values of channel ``c`` come from frame ``t + d[c]``
(``ops.window_attention`` with ``kv_time_shift``: whole frames as windows, window
``(1, 1, N)``, no shifted copy). Every token of the frame is shifted, class and register
tokens included, as the published X-ViT code does.

State-dict keys are timm ``Attention``'s: ``qkv.weight``, ``qkv.bias`` (when
``qkv_bias``), ``proj.weight``, ``proj.bias``; the offset map is a non-persistent buffer.
"""

from __future__ import annotations

from typing import Optional

import torch
from torch import nn

from .. import ops, patterns
from .cpu_bf16 import Linear
from .window_attention import check_backend


def kv_shift_frames(
    qkv: torch.Tensor,
    num_heads: int,
    num_frames: int,
    kv_time_shift: torch.Tensor,
    boundary: str,
    scale: Optional[float] = None,
    backend: str = "auto",
) -> torch.Tensor:
    """qkv ``(B * T, N, 3C)`` of frames ordered ``(b, t)`` -> attention output ``(B * T, N,
    C)``: each frame one window, keys and values shifted in time by ``kv_time_shift``."""
    if qkv.dim() != 3 or qkv.shape[0] % num_frames:
        raise ValueError(
            f"expected qkv (B * T, N, 3C) with frames ordered (b, t) and T = num_frames = "
            f"{num_frames}, got shape {tuple(qkv.shape)}"
        )
    return ops.window_attention(
        qkv,
        num_heads=num_heads,
        window=(1, 1, qkv.shape[1]),
        batch_size=qkv.shape[0] // num_frames,
        num_frames=num_frames,
        scale=scale,
        kv_time_shift=kv_time_shift,
        kv_time_shift_boundary=boundary,
        backend=backend,
    )


class KvTimeShiftAttention(nn.Module):
    """timm-``Attention``-compatible self-attention within frames, keys and values shifted
    in time by an integer ``(C,)`` offset map (see ``ops.window_attention``'s
    ``kv_time_shift``).

    Args:
        dim: channels ``C``.
        num_frames: ``T``; the input is ``(B * T, N, C)``, frames ordered ``(b, t)``.
        kv_time_shift: integer ``(C,)`` offsets, values in ``(-T, T)``.
        boundary: ``"zero"``, ``"self"`` or ``"cyclic"``: what a source frame outside the
            clip gives.
        num_heads, qkv_bias, qk_scale, proj_drop: as timm's ``Attention`` (``qk_scale``
            overrides ``head_dim ** -0.5``).
        backend: passed to ``ops.window_attention``.

    The fused op has no attention dropout (as timm's ViTs, whose ``attn_drop`` is 0).
    """

    def __init__(
        self,
        dim: int,
        num_frames: int,
        kv_time_shift: torch.Tensor,
        boundary: str,
        num_heads: int = 8,
        qkv_bias: bool = False,
        qk_scale: Optional[float] = None,
        proj_drop: float = 0.0,
        backend: str = "auto",
    ):
        super().__init__()
        if dim % num_heads:
            raise ValueError(f"dim={dim} must be divisible by num_heads={num_heads}")
        if isinstance(num_frames, bool) or not isinstance(num_frames, int) or num_frames < 1:
            raise ValueError(f"num_frames must be a positive int, got {num_frames!r}")
        if boundary not in ops.KV_TIME_SHIFT_BOUNDARIES:
            raise ValueError(
                f"boundary must be one of {ops.KV_TIME_SHIFT_BOUNDARIES}, got {boundary!r}"
            )
        d = torch.as_tensor(kv_time_shift)
        if d.shape != (dim,) or d.is_floating_point() or d.dtype == torch.bool:
            raise ValueError(
                f"kv_time_shift must be an integer tensor of shape (dim,) = ({dim},), got "
                f"{d.dtype} {tuple(d.shape)}"
            )
        if d.numel() and (int(d.min()) <= -num_frames or int(d.max()) >= num_frames):
            raise ValueError(
                f"kv_time_shift values must lie in (-num_frames, num_frames) = "
                f"({-num_frames}, {num_frames}), got [{int(d.min())}, {int(d.max())}]"
            )
        self.num_heads = num_heads
        self.num_frames = num_frames
        self.boundary = boundary
        self.scale = qk_scale or (dim // num_heads) ** -0.5
        self.backend = check_backend(backend)
        self.qkv = Linear(dim, dim * 3, bias=qkv_bias)
        self.proj = Linear(dim, dim)
        self.proj_drop = nn.Dropout(proj_drop)
        self.register_buffer("kv_time_shift", d.to(torch.int32), persistent=False)

    @classmethod
    def from_timm(cls, attn: nn.Module, num_frames: int, kv_time_shift, boundary, backend="auto"):
        """A module computing timm ``Attention`` ``attn`` with the shift, sharing its ``qkv``
        and ``proj`` layers (so the same state-dict keys and parameters)."""
        plain = all(
            isinstance(getattr(attn, name, None), (nn.Identity, type(None)))
            for name in ("q_norm", "k_norm", "norm")
        )
        drop = getattr(getattr(attn, "attn_drop", None), "p", 0.0)
        dim = attn.qkv.in_features
        if not plain or getattr(attn, "gate", None) is not None or attn.qkv.out_features != 3 * dim:
            raise ValueError(
                "a key/value time shift supports timm Attention without qk_norm, scale_norm, "
                "gate or a head width other than dim / num_heads"
            )
        if drop > 0:
            raise ValueError(f"attention dropout ({drop}) is not supported by the fused op")
        new = cls(
            dim,
            num_frames,
            kv_time_shift,
            boundary,
            num_heads=attn.num_heads,
            qk_scale=attn.scale,
            backend=backend,
        )
        new.qkv, new.proj, new.proj_drop = attn.qkv, attn.proj, attn.proj_drop
        return new.to(attn.qkv.weight.device)

    def forward(
        self, x: torch.Tensor, attn_mask: Optional[torch.Tensor] = None, is_causal: bool = False
    ) -> torch.Tensor:
        """x ``(B * T, N, C)``; ``attn_mask`` / ``is_causal`` (timm's block passes them)
        must be None / False."""
        if attn_mask is not None or is_causal:
            raise ValueError("attn_mask / is_causal are not supported with a key/value time shift")
        out = kv_shift_frames(
            self.qkv(x),
            self.num_heads,
            self.num_frames,
            self.kv_time_shift,
            self.boundary,
            self.scale,
            self.backend,
        )
        return self.proj_drop(self.proj(out))

    def extra_repr(self) -> str:
        return (
            f"num_heads={self.num_heads}, num_frames={self.num_frames}, boundary={self.boundary!r}"
        )


class SpaceTimeMixingAttention(KvTimeShiftAttention):
    """X-ViT block attention (Bulat et al., NeurIPS 2021): the keys and values of the first
    ``dim / fold_div`` channels come from frame ``t + 1``, the next ``dim / fold_div`` from
    ``t - 1``, zeros outside the clip (:func:`tps_kernels.patterns.kv_shift_xvit`; the
    published configuration: ``fold_div=8``). Other arguments as
    :class:`KvTimeShiftAttention`."""

    def __init__(self, dim: int, num_frames: int, num_heads: int = 8, fold_div: int = 8, **kw):
        kw.setdefault("boundary", patterns.KV_SHIFT_BOUNDARY["xvit"])
        d = patterns.kv_shift_xvit(dim, num_heads, fold_div)
        super().__init__(dim, num_frames, d, num_heads=num_heads, **kw)


class ShiftedSelfAttention(KvTimeShiftAttention):
    """SCT shifted self-attention (Zha et al., NeurIPS 2021): the queries of frame ``t``
    attend to the keys and values of frame ``t - 1``
    (:func:`tps_kernels.patterns.kv_shift_previous`). The first frame attends to itself by
    default (``boundary="self"``, our choice: the paper does not say). Other arguments as
    :class:`KvTimeShiftAttention`."""

    def __init__(self, dim: int, num_frames: int, num_heads: int = 8, **kw):
        kw.setdefault("boundary", patterns.KV_SHIFT_BOUNDARY["sct"])
        d = patterns.kv_shift_previous(dim)
        super().__init__(dim, num_frames, d, num_heads=num_heads, **kw)


class KvTimeShiftMultiheadAttention(nn.MultiheadAttention):
    """An ``nn.MultiheadAttention`` used as self-attention on ``(B * T, L, E)`` frames, with
    the key/value temporal shift. ``temporalize`` turns existing modules into this class in
    place (``module.__class__``): the enclosing layers (torchvision's ViT ``EncoderBlock``,
    ``nn.TransformerEncoderLayer``) keep reading the same parameters and state-dict keys.
    Set ``num_frames``, ``kv_time_shift`` (buffer), ``boundary`` and ``backend`` with
    :meth:`configure`.

    Only what the fused op computes is accepted: self-attention (query, key and value the
    same tensor), no masks, ``need_weights=False``, no attention dropout while training.
    """

    @staticmethod
    def check(module: nn.MultiheadAttention):
        """ValueError unless ``module`` can take the shift (what the fused op computes)."""
        if not module._qkv_same_embed_dim or module.bias_k is not None or module.add_zero_attn:
            raise ValueError(
                "a key/value time shift needs an nn.MultiheadAttention with kdim = vdim = "
                "embed_dim and no add_bias_kv / add_zero_attn"
            )

    def configure(self, num_frames: int, kv_time_shift: torch.Tensor, boundary: str, backend):
        self.check(self)
        self.num_frames, self.boundary = num_frames, boundary
        self.backend = check_backend(backend)
        d = torch.as_tensor(kv_time_shift, device=self.in_proj_weight.device)
        self.register_buffer("kv_time_shift", d.to(torch.int32), persistent=False)
        return self

    def forward(
        self,
        query,
        key,
        value,
        key_padding_mask=None,
        need_weights=True,
        attn_mask=None,
        average_attn_weights=True,
        is_causal=False,
    ):
        if not (query is key is value):
            raise ValueError("query, key and value must be the same tensor (self-attention)")
        if key_padding_mask is not None or attn_mask is not None or is_causal:
            raise ValueError("masks are not supported with a key/value time shift")
        if need_weights:
            raise ValueError("need_weights=True: the fused op never forms attention weights")
        if self.training and self.dropout > 0:
            raise ValueError(
                f"attention dropout ({self.dropout}) is not supported by the fused op; "
                "build the module with dropout=0 or call eval()"
            )
        x = query if self.batch_first else query.transpose(0, 1)
        qkv = torch.nn.functional.linear(x, self.in_proj_weight, self.in_proj_bias)
        out = kv_shift_frames(
            qkv,
            self.num_heads,
            self.num_frames,
            self.kv_time_shift,
            self.boundary,
            backend=self.backend,
        )
        out = self.out_proj(out)
        return (out if self.batch_first else out.transpose(0, 1)), None
