"""Temporal modelling for any 2D ViT in one call: ``temporalize(model, num_frames, ...)``.

The model keeps running frame by frame (a batch of ``B * T`` frames ordered ``(b, t)``);
each recognized attention module gets a forward pre-hook that moves tokens between the
frames of a clip before it and, for the patch shift, a forward hook that moves them back
after it. Modules, parameters and state-dict keys stay as they are, so 2D checkpoints load
before or after the conversion.

Modes:
  * ``"tps"``: temporal patch shift (PST, the paper's DeiT-S-TPS, Table 7): the patch
    tokens of slot ``(t, y, x)`` come from frame ``(t - s[y, x]) mod T`` (``s`` the pattern
    tiled over the patch grid from its top-left corner), are attended, and go back. A patch
    shift permutes whole tokens, so shifting the attention's input and un-shifting its
    output equals shifting q, k, v and the pre-projection output. Class / register tokens
    are never shifted.
  * ``"tcs"``: the published PST temporal channel shift of every token (class tokens too,
    as DeiT-S-TSM): per head, channels ``[0, fold)`` from frame t-1, ``[fold, 2 fold)`` from
    t+1, ``fold = head_dim // fold_div``, not cyclic; no shift back.
  * ``"xvit"``: X-ViT space-time mixing: each recognized attention module computes its
    attention with the keys and values of ``C / fold_div`` channels from frame t+1 and
    ``C / fold_div`` from t-1 (:func:`tps_kernels.patterns.kv_shift_xvit`, zeros outside
    the clip); every token is shifted, class and register tokens included, as the published
    X-ViT code.
  * ``"sct"``: SCT shifted self-attention: keys and values of frame t-1 (the first frame
    its own; :func:`tps_kernels.patterns.kv_shift_previous`).
  * ``None``: nothing changes (outputs equal the original model).

The key/value shift acts after the ``qkv`` projection, so ``"xvit"`` / ``"sct"`` replace
the attention computation instead of hooking around it: a timm ``Attention`` is replaced by
a :class:`~tps_kernels.nn.KvTimeShiftAttention` sharing its ``qkv`` and ``proj`` layers;
an ``nn.MultiheadAttention`` becomes a
:class:`~tps_kernels.nn.KvTimeShiftMultiheadAttention` in place (same object, parameters
and state-dict keys, so the enclosing torchvision / PyTorch layers keep working).

Recognized attention modules: timm's ``Attention`` (``VisionTransformer`` / DeiT) and
``nn.MultiheadAttention`` used as self-attention (torchvision's ViT encoder blocks,
``nn.TransformerEncoderLayer``). The hooks also make ``nn.TransformerEncoderLayer``'s
inference fast path stand down (it runs only when no submodule has hooks), so the shift is
never skipped.
"""

from __future__ import annotations

from typing import Iterable, List, Optional, Sequence, Tuple, Union

import torch
from torch import nn

from .. import ops, patterns
from ..patterns import frame_shift_map
from .kv_shift import KvTimeShiftAttention, KvTimeShiftMultiheadAttention
from .mha import _keep_forward

__all__ = ["temporalize", "MODES"]

MODES = ("tps", "tcs", "xvit", "sct")
KV_MODES = ("xvit", "sct")


def _attention_kind(module: nn.Module) -> Optional[str]:
    if isinstance(module, nn.MultiheadAttention):
        return "mha"
    cls = type(module)
    if (
        cls.__name__ == "Attention"
        and cls.__module__.startswith("timm.")
        and hasattr(module, "qkv")
        and hasattr(module, "num_heads")
    ):
        return "timm"
    return None


class _Shift:
    """The pre-hook / hook pair of one attention module (plain callables: no parameters, no
    state-dict entries)."""

    def __init__(
        self,
        kind: str,
        mode: str,
        num_frames: int,
        grid: Tuple[int, int],
        prefix: int,
        frame_shift: Optional[torch.Tensor],
        num_heads: int,
        fold_div: int,
        batch_first: bool,
        backend: str,
    ):
        self.kind, self.mode, self.num_frames, self.grid = kind, mode, num_frames, grid
        self.prefix, self.frame_shift, self.num_heads = prefix, frame_shift, num_heads
        self.fold_div, self.batch_first, self.backend = fold_div, batch_first, backend

    # tokens (B*T, L, C) <-> the op layouts
    def _frames(self, x: torch.Tensor) -> int:
        if x.dim() != 3 or x.shape[0] % self.num_frames:
            raise ValueError(
                f"temporalize: the attention input must be (B * T, L, C) frames ordered (b, t) "
                f"with T = num_frames = {self.num_frames}, got shape {tuple(x.shape)}"
            )
        return x.shape[0] // self.num_frames

    def _move(self, x: torch.Tensor, inverse: bool) -> torch.Tensor:
        if not self.batch_first:
            return self._move(x.transpose(0, 1), inverse).transpose(0, 1)
        b, t = self._frames(x), self.num_frames
        h, w = self.grid
        if self.mode == "tcs":
            y = ops.channel_shift(
                x.reshape(b, t, x.shape[1], 1, x.shape[2]),
                num_heads=self.num_heads,
                fold_div=self.fold_div,
                backend=self.backend,
            )
            return y.reshape(x.shape)
        p = self.prefix
        if x.shape[1] != p + h * w:
            raise ValueError(
                f"temporalize: expected {p} prefix tokens + a {h}x{w} patch grid "
                f"= {p + h * w} tokens, got {x.shape[1]}"
            )
        patches = x[:, p:].reshape(b, t, h, w, x.shape[2])
        fs = self.frame_shift.to(x.device)
        moved = ops.patch_shift(patches, fs, inverse=inverse, backend=self.backend)
        return torch.cat([x[:, :p], moved.reshape(b * t, h * w, x.shape[2])], dim=1)

    def pre_hook(self, module, args, kwargs):
        if self.kind == "timm":
            x = args[0] if args else kwargs.pop("x")
            return (self._move(x, False),) + tuple(args[1:]), kwargs
        names = ("query", "key", "value")
        qkv = list(args[:3]) + [kwargs.pop(n) for n in names[len(args[:3]) :]]
        if not (qkv[0] is qkv[1] is qkv[2]):
            raise ValueError(
                "temporalize: nn.MultiheadAttention must be used as "
                "self-attention (query, key and value the same tensor)"
            )
        x = self._move(qkv[0], False)
        return (x, x, x) + tuple(args[3:]), kwargs

    def hook(self, module, args, kwargs, output):
        if self.mode != "tps":
            return output
        if self.kind == "timm":
            return self._move(output, True)
        return (self._move(output[0], True),) + tuple(output[1:])


def _grid_of(model: nn.Module) -> Tuple[Optional[Tuple[int, int]], Optional[int]]:
    """(patch grid, prefix tokens) of a timm or torchvision ViT, (None, None) otherwise."""
    pe = getattr(model, "patch_embed", None)
    if pe is not None and getattr(pe, "grid_size", None) is not None:
        return tuple(int(v) for v in pe.grid_size), int(getattr(model, "num_prefix_tokens", 1))
    if (
        hasattr(model, "image_size")
        and hasattr(model, "patch_size")
        and hasattr(model, "class_token")
    ):
        g = int(model.image_size) // int(model.patch_size)
        return (g, g), 1
    return None, None


def temporalize(
    model: nn.Module,
    num_frames: int,
    mode: Optional[str] = "tps",
    pattern: Union[str, Sequence[Sequence[int]], torch.Tensor] = "C",
    *,
    blocks: Union[str, Iterable[int], None] = None,
    grid_size: Optional[Sequence[int]] = None,
    num_prefix_tokens: Optional[int] = None,
    fold_div: int = 8,
    kv_time_shift_boundary: Optional[str] = None,
    backend: str = "auto",
) -> nn.Module:
    """Turn a 2D ViT into a video model in place (and return it); see the module docstring.

    Args:
        model: the 2D model; it is then called on ``(B * T, ...)`` frames ordered ``(b, t)``.
        num_frames: ``T``, the frames of one clip.
        mode: ``"tps"`` (patch shift), ``"tcs"`` (channel shift), ``"xvit"`` (space-time
            mixing), ``"sct"`` (shifted self-attention) or ``None`` (unchanged).
        pattern: ``"tps"``: a pattern name or grid of :func:`tps_kernels.patterns.frame_shift_map`,
            tiled over the patch grid.
        blocks: which recognized attention modules, counted in module order: ``"odd"`` (1, 3,
            ...: the paper's "every two blocks", as PST's odd blocks), ``"even"``, ``"all"``,
            or an iterable of indices. Default: ``"odd"`` for ``"tps"`` / ``"tcs"``,
            ``"all"`` for ``"xvit"`` / ``"sct"`` (the published X-ViT configuration shifts
            in every block).
        grid_size, num_prefix_tokens: the patch grid ``(H, W)`` and the number of class /
            register tokens in front of the patches; read from timm / torchvision ViTs when
            not given.
        fold_div: ``"tcs"``: ``fold = head_dim // fold_div``; ``"xvit"``: ``fold = C //
            fold_div`` (must divide ``C``).
        kv_time_shift_boundary: ``"xvit"`` / ``"sct"``: ``"zero"``, ``"self"`` or
            ``"cyclic"``; default ``patterns.KV_SHIFT_BOUNDARY[mode]``.
        backend: backend of the shift ops.

    Returns the model; ``model.tps_temporal`` lists ``(module name, mode)`` of the
    converted modules. The other layers stay the model's own: for bf16 autocast on a CPU
    without bf16 GEMMs, :func:`tps_kernels.nn.cpu_bf16.convert` gives its linears and
    convolutions the float32 kernels (as ``deit_s_tps`` does).
    """
    if mode is None:
        return model
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES} or None, got {mode!r}")
    if isinstance(num_frames, bool) or not isinstance(num_frames, int) or num_frames < 1:
        raise ValueError(f"num_frames must be a positive int, got {num_frames!r}")
    if blocks is None:
        blocks = "all" if mode in KV_MODES else "odd"
    found = [(n, m, k) for n, m in model.named_modules() if (k := _attention_kind(m))]
    if not found:
        raise ValueError(
            "temporalize: no recognized attention module (timm Attention or "
            "nn.MultiheadAttention) in the model"
        )
    if blocks in ("odd", "even", "all"):
        chosen = [
            i
            for i in range(len(found))
            if blocks == "all" or i % 2 == (1 if blocks == "odd" else 0)
        ]
    else:
        chosen = sorted(set(int(i) for i in blocks))
        if any(not 0 <= i < len(found) for i in chosen):
            raise ValueError(f"blocks must index the {len(found)} attention modules, got {chosen}")
    grid, prefix = _grid_of(model)
    if grid_size is not None:
        grid = tuple(int(v) for v in grid_size)
    if num_prefix_tokens is not None:
        prefix = int(num_prefix_tokens)
    if mode in KV_MODES:
        boundary = kv_time_shift_boundary or patterns.KV_SHIFT_BOUNDARY[mode]
        # every module checked (and its replacement built) before any changes
        swaps = [
            _kv_swap(model, *found[i], mode, num_frames, fold_div, boundary, backend)
            for i in chosen
        ]
        for swap in swaps:
            swap()
        model.tps_temporal = list(getattr(model, "tps_temporal", [])) + [
            (found[i][0], mode) for i in chosen
        ]
        return model
    if mode == "tps" and (grid is None or len(grid) != 2 or prefix is None):
        raise ValueError(
            "temporalize: pass grid_size=(H, W) and num_prefix_tokens= for a "
            "model that is not a timm / torchvision ViT"
        )
    fs = frame_shift_map(pattern, grid) if mode == "tps" else None
    converted: List[Tuple[str, str]] = list(getattr(model, "tps_temporal", []))
    for i in chosen:
        name, module, kind = found[i]
        if getattr(module, "_tps_shift", None) is not None:
            raise ValueError(f"temporalize: {name or 'model'} is converted already")
        batch_first = True if kind == "timm" else bool(module.batch_first)
        shift = _Shift(
            kind,
            mode,
            num_frames,
            grid,
            prefix or 0,
            fs,
            module.num_heads,
            int(fold_div),
            batch_first,
            backend,
        )
        module.register_forward_pre_hook(shift.pre_hook, with_kwargs=True)
        module.register_forward_hook(shift.hook, with_kwargs=True)
        module._tps_shift = shift
        converted.append((name, mode))
    model.tps_temporal = converted
    return model


def _kv_swap(model, name, module, kind, mode, num_frames, fold_div, boundary, backend):
    """Check attention module ``name`` and return the function that makes it compute with
    the key/value time shift of ``mode``."""
    if getattr(module, "_tps_shift", None) is not None or isinstance(
        module, (KvTimeShiftAttention, KvTimeShiftMultiheadAttention)
    ):
        raise ValueError(f"temporalize: {name or 'model'} is converted already")
    if not name:
        raise ValueError("temporalize: the model itself is an attention module; wrap it")
    heads = module.num_heads
    dim = module.qkv.in_features if kind == "timm" else module.embed_dim
    if mode == "xvit":
        d = patterns.kv_shift_xvit(dim, heads, fold_div)
    else:
        d = patterns.kv_shift_previous(dim)
    if kind == "mha":
        KvTimeShiftMultiheadAttention.check(module)

        def swap():
            module.__class__ = KvTimeShiftMultiheadAttention
            module.configure(num_frames, d, boundary, backend)
            # nn.TransformerEncoderLayer's inference fast path would bypass forward
            module.register_forward_pre_hook(_keep_forward)

        return swap
    new = KvTimeShiftAttention.from_timm(module, num_frames, d, boundary, backend)
    parent_name, _, child = name.rpartition(".")
    parent = model.get_submodule(parent_name)
    return lambda: setattr(parent, child, new)
