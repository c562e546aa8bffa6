"""DeiT-S with temporal patch shift (the paper's appendix A.3, Table 7: DeiT-S-TPS).

A timm DeiT-S run frame by frame, a patch shift (pattern C over the 14x14 patch grid, the
class token never shifted) in every second block, and the per-frame logits averaged over the
clip (the paper's DeiT-S-2D baseline pools the same way). The paper samples 16 frames; the
state dict is timm's DeiT-S one, so ImageNet DeiT-S weights load unchanged.
"""

from __future__ import annotations

import torch
from torch import nn

from ..nn import cpu_bf16
from ..nn.temporalize import temporalize

__all__ = ["FrameModel", "deit_s_tps"]


class FrameModel(nn.Module):
    """Runs an image model on every frame of ``(B, 3, T, H, W)`` clips and averages the
    frame logits. ``backbone`` keeps the image model's own state-dict keys."""

    def __init__(self, backbone: nn.Module, num_frames: int):
        super().__init__()
        self.backbone, self.num_frames = backbone, num_frames

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 5 or x.shape[2] != self.num_frames:
            raise ValueError(f"x must be (B, C, T={self.num_frames}, H, W), got {tuple(x.shape)}")
        b, c, t, h, w = x.shape
        frames = x.transpose(1, 2).reshape(b * t, c, h, w)
        return self.backbone(frames).view(b, t, -1).mean(dim=1)


def deit_s_tps(
    num_classes: int = 400,
    num_frames: int = 16,
    pattern="C",
    img_size: int = 224,
    backend: str = "auto",
    **timm_kwargs,
) -> FrameModel:
    """DeiT-S-TPS; ``model.backbone.load_state_dict(timm_deit_s_state_dict)`` loads 2D
    weights (drop ``head.*`` for another number of classes)."""
    try:
        import timm
    except ImportError as e:  # timm is optional for the rest of the package
        raise ImportError("deit_s_tps needs timm (pip install timm)") from e
    net = timm.create_model(
        "deit_small_patch16_224",
        pretrained=False,
        num_classes=num_classes,
        img_size=img_size,
        **timm_kwargs,
    )
    temporalize(net, num_frames, mode="tps", pattern=pattern, blocks="odd", backend=backend)
    cpu_bf16.convert(net)  # timm's MLPs and patch embedding: bf16 autocast at fp32 speed on AVX2
    return FrameModel(net, num_frames)
