"""Loads the compiled extension (tps_kernels._C), remembering why it failed if it did."""

from __future__ import annotations

import torch

try:
    from . import _C  # noqa: F401  (registers the tps:: ops with the dispatcher)

    LOAD_ERROR = None
except Exception as exc:  # noqa: BLE001
    _C = None
    LOAD_ERROR = f"{type(exc).__name__}: {exc} (build it with `pip install -e .`)"


def loaded() -> bool:
    return _C is not None


def has_kernel(op: str, dispatch_key: str) -> bool:
    """Whether tps::<op> has a kernel for dispatch_key ("CPU", "CUDA")."""
    if _C is None:
        return False
    return torch._C._dispatch_has_kernel_for_dispatch_key(f"tps::{op}", dispatch_key)
