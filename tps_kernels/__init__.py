"""tps_kernels: fused window attention with Temporal Patch Shift (PST) for video transformers."""

from . import ops, patterns, rpe
from ._backends import available_backends
from .ops import channel_shift, patch_shift, window_attention

__version__ = "0.1.0"


def __getattr__(name):  # tps_kernels.nn / tps_kernels.models load on first use
    if name in ("nn", "models", "flops"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ops",
    "patterns",
    "rpe",
    "available_backends",
    "window_attention",
    "patch_shift",
    "channel_shift",
]
