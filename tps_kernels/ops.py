"""Public ops: the one definition of the contract (docs/design.md) for every backend.

This module validates and normalizes arguments, picks a backend, and calls it with the
normalized arguments ``(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
shift, batch_size, num_frames, scale, mask_value)``.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple

import torch

from . import _backends

__all__ = ["window_attention", "patch_shift", "channel_shift"]

_FLOAT_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


def _fail(msg: str, exc=ValueError):
    raise exc(msg)


def _int_tuple(name: str, value, length: int) -> Tuple[int, ...]:
    try:
        vals = tuple(int(v) for v in value)
    except TypeError:
        _fail(f"{name} must be a sequence of {length} ints, got {value!r}", TypeError)
    return vals


def _window3(window) -> Tuple[int, int, int]:
    w = _int_tuple("window", window, 3)
    if len(w) == 2:
        w = (1,) + w
    if len(w) != 3 or min(w) < 1:
        _fail(f"window must be (wh, ww) or (wt, wh, ww) of positive ints, got {tuple(window)}")
    return w


def _check_float(name: str, t: torch.Tensor, like: Optional[torch.Tensor] = None):
    if not isinstance(t, torch.Tensor):
        _fail(f"{name} must be a torch.Tensor, got {type(t).__name__}", TypeError)
    if t.dtype not in _FLOAT_DTYPES:
        _fail(f"{name} must be float16/bfloat16/float32/float64, got {t.dtype}", TypeError)
    if like is not None and t.device != like.device:
        _fail(f"{name} is on {t.device} but qkv is on {like.device}; expected the same device")


def _check_index_range(bias_index: torch.Tensor, rows: int):
    """Index values in [0, rows). Reading them syncs a GPU, so the verdict is remembered on
    the tensor for its current version (model buffers are checked once, not every call).
    Skipped while torch.compile traces (data-dependent); the kernels bound-check as well."""
    # inference tensors have no version counter: checked every time
    key = None if bias_index.is_inference() else (bias_index._version, rows)
    if key is not None and getattr(bias_index, "_tps_range_checked", None) == key:
        return
    lo, hi = int(bias_index.min()), int(bias_index.max())
    if lo < 0 or hi >= rows:
        _fail(f"bias_index values must lie in [0, {rows}) (bias_table rows), got [{lo}, {hi}]")
    if key is not None:
        bias_index._tps_range_checked = key


def _match_dtype(name: str, t: torch.Tensor, qkv: torch.Tensor) -> torch.Tensor:
    """Kernels take the table / mask in qkv's dtype. A float32 table with float16/bfloat16
    qkv (AMP: the published code keeps the table in fp32) is cast on the way in and its
    gradient flows back in float32; any other mismatch is an error."""
    if t.dtype == qkv.dtype:
        return t
    if t.dtype == torch.float32 and qkv.dtype in (torch.float16, torch.bfloat16):
        return t.to(qkv.dtype)
    _fail(f"{name} has dtype {t.dtype} but qkv has {qkv.dtype}; expected the same dtype "
          f"(or float32 with float16/bfloat16 qkv)", TypeError)


def _check_frame_shift(frame_shift, like: torch.Tensor, expected_shape=None, name="frame_shift"):
    if frame_shift is None:
        return None
    frame_shift = torch.as_tensor(frame_shift)
    if frame_shift.is_floating_point() or frame_shift.is_complex() or frame_shift.dtype == torch.bool:
        _fail(f"{name} must be an integer tensor, got {frame_shift.dtype}", TypeError)
    if frame_shift.dim() != 2:
        _fail(f"{name} must be 2-D (wh, ww), got shape {tuple(frame_shift.shape)}")
    if expected_shape is not None and tuple(frame_shift.shape) != tuple(expected_shape):
        _fail(f"{name} must have shape {tuple(expected_shape)} (the spatial window), got "
              f"{tuple(frame_shift.shape)}")
    return frame_shift.to(device=like.device, dtype=torch.int32).contiguous()


def _check_layout_counts(rows: int, batch_size, num_frames, wt: int, needed: bool,
                         what: str):
    """Windows layout: fill in batch_size / num_frames, check B_ = batch * (T / wt) * nW."""
    if batch_size is None and num_frames is None:
        if needed:
            _fail(f"batch_size and num_frames are required in the windows layout when {what}")
        return rows, wt
    if batch_size is None or num_frames is None:
        _fail("batch_size and num_frames must be given together in the windows layout")
    batch_size, num_frames = int(batch_size), int(num_frames)
    if batch_size < 1 or num_frames < 1:
        _fail(f"batch_size and num_frames must be positive, got {batch_size}, {num_frames}")
    if num_frames % wt:
        _fail(f"num_frames={num_frames} must be a multiple of the temporal window wt={wt}")
    group = batch_size * (num_frames // wt)
    if rows % group:
        _fail(f"qkv has {rows} windows; expected a multiple of batch_size * num_frames / wt = "
              f"{group} (windows ordered (b, t, window))")
    return batch_size, num_frames


def window_attention(qkv: torch.Tensor, bias_table: Optional[torch.Tensor] = None,
                     bias_index: Optional[torch.Tensor] = None, *, num_heads: int,
                     window: Sequence[int], shift: Sequence[int] = (0, 0, 0),
                     frame_shift: Optional[torch.Tensor] = None,
                     batch_size: Optional[int] = None, num_frames: Optional[int] = None,
                     mask: Optional[torch.Tensor] = None, mask_value: float = -100.0,
                     scale: Optional[float] = None, backend: str = "auto") -> torch.Tensor:
    """Fused (shifted-)window attention with temporal patch shift, qkv -> pre-proj output.

    See docs/design.md for the full contract. Video layout: qkv (B, T, H, W, 3C) -> (B, T, H,
    W, C); windows layout: qkv (B_, N, 3C) -> (B_, N, C).
    """
    _check_float("qkv", qkv)
    num_heads = int(num_heads)
    wt, wh, ww = _window3(window)
    n = wt * wh * ww
    sh = _int_tuple("shift", shift, 3)
    if len(sh) == 2:
        sh = (0,) + sh
    if len(sh) != 3:
        _fail(f"shift must be (sh, sw) or (st, sh, sw), got {tuple(shift)}")
    if qkv.dim() not in (3, 5):
        _fail(f"qkv must be 5-D (B, T, H, W, 3C) (video layout) or 3-D (B_, N, 3C) (windows "
              f"layout), got shape {tuple(qkv.shape)}")
    c3 = qkv.shape[-1]
    if num_heads < 1 or c3 % (3 * num_heads):
        _fail(f"qkv's last dim {c3} must be 3 * C with C divisible by num_heads={num_heads}")
    head_dim = c3 // 3 // num_heads
    if qkv.numel() == 0:
        _fail(f"qkv must not be empty, got shape {tuple(qkv.shape)}")

    if qkv.dim() == 5:
        b, t, h, w, _ = qkv.shape
        for name, size, win in (("T", t, wt), ("H", h, wh), ("W", w, ww)):
            if size % win:
                _fail(f"qkv {name}={size} must be a multiple of the window ({wt}, {wh}, {ww}); "
                      f"pad the input first")
        for name, s, win in (("st", sh[0], wt), ("sh", sh[1], wh), ("sw", sh[2], ww)):
            if not 0 <= s < win:
                _fail(f"shift {name}={s} must be in [0, {win}) (window {(wt, wh, ww)})")
        if mask is not None:
            _fail("mask must be None in the video layout: the op builds the Swin region mask "
                  "itself from `shift`")
        if batch_size is not None and int(batch_size) != b:
            _fail(f"batch_size={batch_size} disagrees with qkv's batch dim {b}")
        if num_frames is not None and int(num_frames) != t:
            _fail(f"num_frames={num_frames} disagrees with qkv's frame dim {t}")
        batch_size, num_frames = b, t
        n_windows = b * (t // wt) * (h // wh) * (w // ww)
    else:
        rows, n_in = qkv.shape[0], qkv.shape[1]
        if n_in != n:
            _fail(f"qkv's window dim N={n_in} must equal wt*wh*ww = {n} for window {(wt, wh, ww)}")
        if any(sh):
            _fail(f"shift must be (0, 0, 0) in the windows layout (the caller rolled already), "
                  f"got {sh}")
        needs = frame_shift is not None or (bias_index is not None and bias_index.dim() == 3
                                            and bias_index.shape[0] > 1)
        batch_size, num_frames = _check_layout_counts(
            rows, batch_size, num_frames, wt, needs,
            "frame_shift is given or bias_index has Ti > 1")
        n_windows = rows
        if mask is not None:
            _check_float("mask", mask, qkv)
            if mask.dim() != 3 or tuple(mask.shape[1:]) != (n, n) or rows % mask.shape[0]:
                _fail(f"mask must be (M, {n}, {n}) with M dividing the {rows} windows, got "
                      f"{tuple(mask.shape)}")
            mask = _match_dtype("mask", mask, qkv).contiguous()

    frame_shift = _check_frame_shift(frame_shift, qkv, (wh, ww))

    if (bias_table is None) != (bias_index is None):
        _fail("bias_table and bias_index must be given together (or both None)")
    if bias_table is not None:
        _check_float("bias_table", bias_table, qkv)
        if bias_table.dim() != 2 or bias_table.shape[1] != num_heads:
            _fail(f"bias_table must be (R, num_heads={num_heads}), got {tuple(bias_table.shape)}")
        if not isinstance(bias_index, torch.Tensor) or bias_index.is_floating_point() \
                or bias_index.dtype == torch.bool:
            _fail("bias_index must be an integer tensor (Ti, N, N)", TypeError)
        if bias_index.device != qkv.device:
            _fail(f"bias_index is on {bias_index.device} but qkv is on {qkv.device}")
        n_t = num_frames // wt
        if bias_index.dim() != 3 or tuple(bias_index.shape[1:]) != (n, n) \
                or bias_index.shape[0] not in (1, n_t):
            _fail(f"bias_index must be (Ti, {n}, {n}) with Ti = 1 or T / wt = {n_t}, got "
                  f"{tuple(bias_index.shape)}")
        if not torch.compiler.is_compiling():
            _check_index_range(bias_index, bias_table.shape[0])
        bias_index = bias_index.to(torch.int64).contiguous()
        bias_table = _match_dtype("bias_table", bias_table, qkv)

    scale = float(head_dim ** -0.5 if scale is None else scale)
    impl = _backends.get(backend, qkv)
    return impl.window_attention(qkv, bias_table, bias_index, frame_shift, mask, num_heads,
                                 [wt, wh, ww], list(sh), int(batch_size), int(num_frames),
                                 scale, float(mask_value))


def _shift_layout(name: str, x: torch.Tensor, batch_size, num_frames):
    _check_float("x", x)
    if x.dim() == 5:
        b, t = x.shape[:2]
        return b, t
    if x.dim() != 3:
        _fail(f"{name}: x must be 5-D (B, T, H, W, C) or 3-D (B_, N, C), got {tuple(x.shape)}")
    if batch_size is None or num_frames is None:
        _fail(f"{name}: batch_size and num_frames are required in the windows layout (B_, N, C)")
    return int(batch_size), int(num_frames)


def patch_shift(x: torch.Tensor, frame_shift: torch.Tensor, *, inverse: bool = False,
                batch_size: Optional[int] = None, num_frames: Optional[int] = None,
                backend: str = "auto") -> torch.Tensor:
    """Temporal patch shift alone: slot (t, y, x) takes frame (t - s) mod T (t + s if inverse).

    Video layout x (B, T, H, W, C): frame_shift (fh, fw) is tiled over the frame, so a
    window-local map (e.g. 7x7) and a full (H, W) map both work. Windows layout x (B_, N, C)
    ordered (b, t, window): frame_shift is the (wh, ww) window map, N = wt*wh*ww.
    """
    b, t = _shift_layout("patch_shift", x, batch_size, num_frames)
    fs = _check_frame_shift(frame_shift, x)
    fh, fw = fs.shape
    if x.dim() == 3:
        if x.shape[1] % (fh * fw):
            _fail(f"patch_shift: x's window dim N={x.shape[1]} must be a multiple of "
                  f"frame_shift's wh*ww = {fh * fw}")
        wt = x.shape[1] // (fh * fw)
        _check_layout_counts(x.shape[0], b, t, wt, True, "")
    impl = _backends.get(backend, x)
    return impl.patch_shift(x, fs, bool(inverse), b, t)


def channel_shift(x: torch.Tensor, *, num_heads: int, fold_div: int = 8,
                  batch_size: Optional[int] = None, num_frames: Optional[int] = None,
                  backend: str = "auto") -> torch.Tensor:
    """Temporal channel shift (TCS) of the published PST code, per head: channels [0, fold)
    from frame t-1, [fold, 2 fold) from t+1, fold = head_dim // fold_div, not cyclic."""
    b, t = _shift_layout("channel_shift", x, batch_size, num_frames)
    num_heads, fold_div = int(num_heads), int(fold_div)
    if num_heads < 1 or x.shape[-1] % num_heads:
        _fail(f"channel_shift: x's channel dim {x.shape[-1]} must be divisible by "
              f"num_heads={num_heads}")
    if fold_div < 1:
        _fail(f"channel_shift: fold_div must be >= 1, got {fold_div}")
    if x.dim() == 3:
        _check_layout_counts(x.shape[0], b, t, 1, True, "")
    impl = _backends.get(backend, x)
    return impl.channel_shift(x, num_heads, fold_div, b, t)
