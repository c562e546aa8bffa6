"""Autograd of the fused ops, written once for every compiled backend: the C++ ops
(``tps::``, cpu and cuda) and the Triton ops (``tps_triton::``).

window_attention_fwd: the gradient is the backend's own window_attention_bwd kernel. The
kernel's gradients are not themselves differentiable, and it gives no gradient for `mask`,
so two cases take the gradients of the reference forward instead (torch.func.vjp on the
saved inputs: the true values, slower, never zeros):
- backward runs with create_graph=True (double backward, gradgradcheck);
- `mask` requires grad.
lse is an auxiliary output (saved for backward only): not differentiable.
patch_shift / channel_shift: the adjoint is the same op with the direction flipped, so their
backward is differentiable as it is.
"""

from __future__ import annotations

import torch

from . import reference

# positions of the float inputs of window_attention_fwd (qkv, bias_table, mask): the only
# differentiable ones (bias_index, frame_shift, kv_time_shift are integer, the rest are not
# tensors)
_QKV, _TABLE, _MASK = 0, 1, 4
_NUM_INPUTS = 14


def _setup_attention(ctx, inputs, output):
    (qkv, bias_table, bias_index, frame_shift, mask, *args, kv_time_shift, boundary) = inputs
    out, lse = output
    ctx.mark_non_differentiable(lse)
    ctx.save_for_backward(qkv, out, lse, bias_table, bias_index, frame_shift, mask, kv_time_shift)
    ctx.args = tuple(args)  # num_heads, window, shift, batch_size, num_frames, scale, mask_value
    ctx.kv_time_shift_boundary = boundary


def _reference_grads(ctx, grad_out):
    """Gradients of the reference forward at the saved inputs: differentiable, and for every
    float input that needs one (mask included)."""
    qkv, _, _, bias_table, bias_index, frame_shift, mask, kv_time_shift = ctx.saved_tensors
    inputs = [
        qkv,
        bias_table,
        bias_index,
        frame_shift,
        mask,
        *ctx.args,
        kv_time_shift,
        ctx.kv_time_shift_boundary,
    ]
    wanted = [i for i in (_QKV, _TABLE, _MASK) if inputs[i] is not None and ctx.needs_input_grad[i]]

    def forward(*tensors):
        full = list(inputs)
        for i, t in zip(wanted, tensors, strict=True):
            full[i] = t
        return reference.window_attention(*full)

    _, vjp = torch.func.vjp(forward, *[inputs[i] for i in wanted])
    grads = [None] * _NUM_INPUTS
    for i, g in zip(wanted, vjp(grad_out), strict=True):
        grads[i] = g
    return tuple(grads)


def _attention_backward(bwd):
    def backward(ctx, grad_out, grad_lse):
        if torch.is_grad_enabled() or ctx.needs_input_grad[_MASK]:
            return _reference_grads(ctx, grad_out)
        qkv, out, lse, bias_table, bias_index, frame_shift, mask, kv_time_shift = ctx.saved_tensors
        grad_qkv, grad_table = bwd(
            grad_out.contiguous(),
            qkv,
            out,
            lse,
            bias_table,
            bias_index,
            frame_shift,
            mask,
            *ctx.args,
            kv_time_shift,
            ctx.kv_time_shift_boundary,
        )
        grads = [None] * _NUM_INPUTS
        grads[_QKV] = grad_qkv
        if bias_table is not None:
            # float32-accumulated; back in the table's dtype (ops.py casts an fp32 table to
            # qkv's dtype on the way in, and autograd casts this gradient back to fp32)
            grads[_TABLE] = grad_table.to(bias_table.dtype)
        return tuple(grads)

    return backward


def _setup_patch_shift(ctx, inputs, output):
    ctx.save_for_backward(inputs[1])
    ctx.args = inputs[2:]  # inverse, batch_size, num_frames


def _patch_shift_backward(op):
    def backward(ctx, grad):
        (frame_shift,) = ctx.saved_tensors
        inverse, batch_size, num_frames = ctx.args
        return (
            op(grad.contiguous(), frame_shift, not inverse, batch_size, num_frames),
            None,
            None,
            None,
            None,
        )

    return backward


def _setup_channel_shift(ctx, inputs, output):
    ctx.args = inputs[1:]  # num_heads, fold_div, batch_size, num_frames, backward


def _channel_shift_backward(op):
    def backward(ctx, grad):
        num_heads, fold_div, batch_size, num_frames, flipped = ctx.args
        return (
            op(grad.contiguous(), num_heads, fold_div, batch_size, num_frames, not flipped),
            None,
            None,
            None,
            None,
            None,
        )

    return backward


def register(namespace: str, window_attention_bwd, patch_shift, channel_shift) -> None:
    """Autograd for namespace::window_attention_fwd / patch_shift / channel_shift, given the
    backend's window_attention_bwd, patch_shift and channel_shift ops (callables)."""
    torch.library.register_autograd(
        f"{namespace}::window_attention_fwd",
        _attention_backward(window_attention_bwd),
        setup_context=_setup_attention,
    )
    torch.library.register_autograd(
        f"{namespace}::patch_shift",
        _patch_shift_backward(patch_shift),
        setup_context=_setup_patch_shift,
    )
    torch.library.register_autograd(
        f"{namespace}::channel_shift",
        _channel_shift_backward(channel_shift),
        setup_context=_setup_channel_shift,
    )
