"""nn modules on top of ``tps_kernels.ops``: drop-in attention layers and shift modules."""
from .mha import TPSMultiheadAttention
from .shift import ChannelShift, PatchShift
from .window_attention import TPSWindowAttention, set_backend

__all__ = ["TPSWindowAttention", "TPSMultiheadAttention", "PatchShift", "ChannelShift",
           "set_backend"]
