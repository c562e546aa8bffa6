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
from torch.utils.checkpoint import (
    CheckpointPolicy,
    checkpoint,
    create_selective_checkpoint_contexts,
)

# the fused attention forward of every compiled backend: its outputs are kept, not rerun
_KEPT_OPS = frozenset({"tps::window_attention_fwd", "tps_triton::window_attention_fwd"})


def recompute_cheap(
    fn: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor, enabled: bool = True
) -> torch.Tensor:
    """``fn(x)``; with autograd recording and ``enabled``, what ``fn`` would store for the
    backward before its final linear is recomputed from x instead (see the module doc)."""
    if not (enabled and torch.is_grad_enabled()):
        return fn(x)
    return checkpoint(fn, x, use_reentrant=False)


def _keep_attention(ctx, op, *args, **kwargs):
    name = getattr(op, "name", None)
    if callable(name) and name() in _KEPT_OPS:
        return CheckpointPolicy.MUST_SAVE
    return CheckpointPolicy.PREFER_RECOMPUTE


def _keep_attention_context():
    return create_selective_checkpoint_contexts(_keep_attention)


def recompute_qkv(fn: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor) -> torch.Tensor:
    """``fn(x)``; with autograd recording, only x and the fused attention op's outputs are
    stored: the backward recomputes the rest, qkv included (see the module doc)."""
    if not torch.is_grad_enabled():
        return fn(x)
    return checkpoint(fn, x, use_reentrant=False, context_fn=_keep_attention_context)
