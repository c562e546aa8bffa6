"""``recompute_cheap``: store a linear layer's input x, not the output of the cheap layers
between x and the linear.

A Swin block's LayerNorms, GELU, zero pad and channel shift are memory-bound passes. A
training step stores their outputs only because the next linear needs its input for the
weight gradient, while the input of the cheap layers (the block input, the MLP hidden) is
stored anyway. ``recompute_cheap(fn, x)``, with ``fn`` = cheap layers then one linear, runs
under PyTorch's non-reentrant activation checkpointing: the backward reruns the cheap layers
on x, and the checkpoint's early stop (PyTorch's default) ends the rerun before the linear's
GEMM, since every tensor the backward needs is there by then. Same kernels on the same
inputs (autocast and RNG state restored by the checkpoint), so the gradients are those of the
plain path, bit for bit. Under ``torch.compile`` the region is traced like any checkpoint.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch.utils.checkpoint import checkpoint


def recompute_cheap(
    fn: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor, enabled: bool = True
) -> torch.Tensor:
    """``fn(x)``; with autograd recording and ``enabled``, what ``fn`` would store for the
    backward before its final linear is recomputed from x instead (see the module doc)."""
    if not (enabled and torch.is_grad_enabled()):
        return fn(x)
    return checkpoint(fn, x, use_reentrant=False)
