"""nn modules on top of ``tps_kernels.ops``: drop-in attention layers and shift modules."""

from .kv_shift import (
    KvTimeShiftAttention,
    KvTimeShiftMultiheadAttention,
    ShiftedSelfAttention,
    SpaceTimeMixingAttention,
)
from .mha import TPSMultiheadAttention
from .recompute import recompute_cheap
from .shift import ChannelShift, PatchShift
from .stts import PerturbedTopK, SpatialAnchorSelector, TemporalTokenSelector
from .temporalize import temporalize
from .window_attention import TPSWindowAttention, VideoSwinWindowAttention3D, set_backend

__all__ = [
    "TPSWindowAttention",
    "VideoSwinWindowAttention3D",
    "TPSMultiheadAttention",
    "KvTimeShiftAttention",
    "KvTimeShiftMultiheadAttention",
    "SpaceTimeMixingAttention",
    "ShiftedSelfAttention",
    "PatchShift",
    "ChannelShift",
    "set_backend",
    "PerturbedTopK",
    "TemporalTokenSelector",
    "SpatialAnchorSelector",
    "temporalize",
    "recompute_cheap",
]
