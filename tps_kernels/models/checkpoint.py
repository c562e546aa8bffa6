"""Checkpoint loading (mmcv-style {'state_dict': ...}) and 2D Swin -> PST inflation.

2D Swin ImageNet state dicts come in two layouts, both accepted by ``inflate_2d`` (and by
``load_checkpoint``, which hands them to it):
  * Microsoft (the Swin-Transformer repository, what the published inflation reads):
    stage i's patch merging is ``layers.{i}.downsample`` (at the end of stage i), the
    classifier ``head``, index buffers and ``attn_mask`` stored;
  * timm (``timm.create_model('swin_tiny_patch4_window7_224').state_dict()``): the merging
    sits at the start of the next stage (``layers.{i+1}.downsample``), the classifier is
    ``head.fc``, no index / mask buffers; feature-extraction wrappers spell ``layers_{i}``.
"""

from __future__ import annotations

import logging
import os
import re
from collections import OrderedDict
from typing import Mapping, NamedTuple, Union

import torch
import torch.nn.functional as F
from torch import nn

CheckpointLike = Union[str, os.PathLike, Mapping]


logger = logging.getLogger(__name__)


class LoadResult(NamedTuple):
    missing_keys: list
    unexpected_keys: list
    #: layout of the checkpoint: 'mmaction' (video model, this project's keys), or a 2D Swin
    #: ImageNet layout 'microsoft' / 'timm' (inflated)
    source_format: str = "mmaction"


def _state_dict_of(checkpoint: CheckpointLike) -> OrderedDict[str, torch.Tensor]:
    if isinstance(checkpoint, (str, os.PathLike)):
        checkpoint = torch.load(checkpoint, map_location="cpu", weights_only=True)
    if not isinstance(checkpoint, Mapping):
        raise TypeError(f"checkpoint must be a path or a dict, got {type(checkpoint).__name__}")
    for key in ("state_dict", "model"):
        if key in checkpoint and isinstance(checkpoint[key], Mapping):
            checkpoint = checkpoint[key]
            break
    out = OrderedDict()
    for k, v in checkpoint.items():
        if k.startswith("module."):  # saved from DataParallel / DDP
            k = k[len("module.") :]
        out[k] = v
    return out


def _swin2d_format(state: Mapping) -> Union[str, None]:
    """'microsoft' / 'timm' for a 2D Swin ImageNet state dict (4-D patch weight, no
    ``backbone.`` keys), None for anything else. Decided by where the patch merging sits
    (timm: no merge in stage 0); classifier and ``layers_{i}`` names are normalized apart."""
    w = state.get("patch_embed.proj.weight")
    if w is None or w.dim() != 4:
        return None
    merges = [re.match(r"layers[._](\d+)\.downsample\.", k) for k in state]
    stages = {int(m.group(1)) for m in merges if m}
    return "timm" if stages and 0 not in stages else "microsoft"


def _to_microsoft(state: Mapping, fmt: str) -> OrderedDict[str, torch.Tensor]:
    """2D Swin keys -> Microsoft keys (the published inflation's input)."""
    out = OrderedDict()
    for k, v in state.items():
        k = re.sub(r"^layers_(\d+)\.", r"layers.\1.", k)
        m = re.match(r"layers\.(\d+)\.downsample\.(.*)", k)
        if m and fmt == "timm":  # merging at the start of stage i+1 -> end of stage i
            k = f"layers.{int(m.group(1)) - 1}.downsample.{m.group(2)}"
        elif k.startswith("head.fc."):
            k = "head." + k[len("head.fc.") :]
        out[k] = v
    return out


def load_checkpoint(
    model: nn.Module, checkpoint: CheckpointLike, strict: bool = True, map_location=None
) -> LoadResult:
    """Load an mmcv-style checkpoint ({'state_dict': ...}, or {'model': ...}, or a plain state
    dict; a path or a dict) into ``model``. ``strict``: missing / unexpected keys and shape
    mismatches raise a KeyError / ValueError naming them; otherwise they are returned.

    A 2D Swin ImageNet state dict (Microsoft or timm layout) is inflated instead:
    ``inflate_2d(model, checkpoint, strict, classifier=True)`` (the classifier is loaded too,
    so the model needs its number of classes); ``source_format`` says which was found."""
    state = _state_dict_of(checkpoint)
    if _swin2d_format(state) is not None:
        return inflate_2d(model, state, strict=strict, classifier=True)
    own = model.state_dict()
    missing = [k for k in own if k not in state]
    unexpected = [k for k in state if k not in own]
    mismatched = [
        f"{k}: checkpoint {tuple(state[k].shape)} vs model {tuple(own[k].shape)}"
        for k in own
        if k in state and tuple(state[k].shape) != tuple(own[k].shape)
    ]
    if mismatched:
        raise ValueError(
            "load_checkpoint: shape mismatch for "
            + "; ".join(mismatched[:20])
            + (f" (+{len(mismatched) - 20} more)" if len(mismatched) > 20 else "")
        )
    if strict and (missing or unexpected):

        def fmt(keys):
            return ", ".join(keys[:20]) + (f" (+{len(keys) - 20} more)" if len(keys) > 20 else "")

        parts = []
        if missing:
            parts.append(f"{len(missing)} missing key(s) in the checkpoint: {fmt(missing)}")
        if unexpected:
            parts.append(
                f"{len(unexpected)} unexpected key(s) in the checkpoint: {fmt(unexpected)}"
            )
        raise KeyError("load_checkpoint (strict): " + "; ".join(parts))
    if map_location is not None:
        state = OrderedDict((k, v.to(map_location)) for k, v in state.items())
    model.load_state_dict(state, strict=False)
    return LoadResult(missing, unexpected)


def _resize_table(table: torch.Tensor, size) -> torch.Tensor:
    """(L1, heads) square 2D table -> (size[0] * size[1], heads), bicubic (as published)."""
    l1, heads = table.shape
    s1 = int(round(l1**0.5))
    if s1 * s1 != l1:
        raise ValueError(f"inflate_2d: a 2D bias table must have a square number of rows, got {l1}")
    t = table.float().permute(1, 0).reshape(1, heads, s1, s1)
    t = F.interpolate(t, size=size, mode="bicubic")
    return t.reshape(heads, -1).permute(1, 0).to(table.dtype)


def inflate_2d(
    model: nn.Module, checkpoint: CheckpointLike, strict: bool = False, classifier: bool = False
) -> LoadResult:
    """Initialize a video model (pst_t / pst_b / swin2d_t / video_swin_t) from a 2D Swin
    ImageNet checkpoint ({'model': ...} or a plain state dict with keys
    ``patch_embed.proj.weight`` (C, 3, 4, 4), ``layers.*``, ``norm.*``, ``head.*``), in the
    Microsoft or the timm layout (detected, logged, returned as ``source_format``), as the
    published ``inflate_weights``:

    * ``relative_position_index`` / ``attn_mask`` keys dropped (always rebuilt here);
    * patch weight unsqueezed on time, repeated ``patch_size[0]`` times, divided by it;
    * each 2D bias table (bicubic-resized when its window differs) repeated along rows to
      the video table ((2T - 1) times for the official PST table);
    * the classifier (``head.*``) is not loaded (different classes), unless
      ``classifier=True``: then it becomes ``cls_head.fc_cls`` (same number of classes, or
      a ValueError).

    Keys are matched under ``backbone.``. Returns (missing, unexpected, source_format) like
    ``load_state_dict(strict=False)`` (the published code logs the same message).
    """
    state = _state_dict_of(checkpoint)
    fmt = _swin2d_format(state) or "microsoft"
    state = _to_microsoft(state, fmt)
    logger.info("inflate_2d: %s 2D Swin state dict (%d keys)", fmt, len(state))
    backbone = model.backbone if hasattr(model, "backbone") else model
    prefix = "backbone." if backbone is not model else ""
    own = model.state_dict()
    out = OrderedDict()
    skipped = []
    for k, v in state.items():
        if k.startswith("backbone."):
            k = k[len("backbone.") :]
        if "relative_position_index" in k or "attn_mask" in k:
            continue
        if classifier and k.startswith("head.") and prefix:
            key = "cls_head.fc_cls." + k[len("head.") :]
            if key not in own or own[key].shape != v.shape:
                raise ValueError(
                    f"inflate_2d(classifier=True): {k} {tuple(v.shape)} does not "
                    f"fit {key} "
                    f"{tuple(own[key].shape) if key in own else '(absent)'}; "
                    f"build the model with num_classes={v.shape[0]}"
                )
            out[key] = v
            continue
        if k.startswith("head.") or k.startswith("cls_head."):
            skipped.append(k)
            continue
        key = prefix + k
        if key not in own:
            out[key] = v  # reported as unexpected below
            continue
        target = own[key]
        if k == "patch_embed.proj.weight" and v.dim() == 4:
            pt = target.shape[2]
            v = v.unsqueeze(2).repeat(1, 1, pt, 1, 1) / pt
        elif "relative_position_bias_table" in k and v.shape != target.shape:
            attn = backbone.get_submodule(k.rsplit(".", 1)[0])
            wh, ww = attn.window_size[1:]
            spatial = (2 * wh - 1) * (2 * ww - 1)
            if v.shape[1] != target.shape[1]:
                raise ValueError(
                    f"inflate_2d: {k} has {v.shape[1]} heads, the model {target.shape[1]}"
                )
            if v.shape[0] != spatial:
                v = _resize_table(v, (2 * wh - 1, 2 * ww - 1))
            if target.shape[0] % spatial:
                raise ValueError(
                    f"inflate_2d: cannot tile a {spatial}-row 2D table into {key} "
                    f"{tuple(target.shape)}"
                )
            v = v.repeat(target.shape[0] // spatial, 1)
        out[key] = v
    own_keys = set(own)
    missing = [
        k
        for k in own
        if k not in out
        and "relative_position_index" not in k
        and (classifier or not k.startswith("cls_head."))
    ]
    unexpected = [k for k in out if k not in own_keys]
    if strict and (missing or unexpected):
        raise KeyError(f"inflate_2d (strict): missing {missing[:20]}, unexpected {unexpected[:20]}")
    bad = [
        f"{k}: {tuple(v.shape)} vs {tuple(own[k].shape)}"
        for k, v in out.items()
        if k in own_keys and tuple(v.shape) != tuple(own[k].shape)
    ]
    if bad:
        raise ValueError("inflate_2d: shape mismatch for " + "; ".join(bad[:20]))
    model.load_state_dict({k: v for k, v in out.items() if k in own_keys}, strict=False)
    return LoadResult(missing, unexpected + skipped, fmt)
