"""Video recognizers on top of tps_kernels.nn: PST-T / PST-B, the 2D Swin-T baseline and
Video-Swin-T, with published state-dict layouts."""

from .deit import FrameModel, deit_s_tps
from .checkpoint import inflate_2d, load_checkpoint
from .pst import (
    MODELS,
    Recognizer3D,
    SwinTransformer2D_TPS,
    create_model,
    model_config,
    pst_b,
    pst_t,
    swin2d_t,
    video_swin_t,
)

__all__ = [
    "pst_t",
    "pst_b",
    "swin2d_t",
    "video_swin_t",
    "create_model",
    "model_config",
    "load_checkpoint",
    "inflate_2d",
    "MODELS",
    "Recognizer3D",
    "SwinTransformer2D_TPS",
    "deit_s_tps",
    "FrameModel",
]
