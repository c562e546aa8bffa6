"""Public ops: the one definition of the contract (docs/design.md) for every backend.

This module validates and normalizes arguments, picks a backend, and calls it with the
normalized arguments ``(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
shift, batch_size, num_frames, scale, mask_value, kv_time_shift, kv_time_shift_boundary)``:
window and shift 3-lists, frame_shift int32 in [0, T) and kv_time_shift int32 (C,) on qkv's
device (or None), batch_size / num_frames filled in (SymInts under torch.compile with
dynamic shapes: never int()-ed here, so they stay symbolic).
"""

from __future__ import annotations

import operator
import warnings
from typing import Optional, Sequence, Tuple

import torch

from . import _backends, rpe
from .backends import reference

__all__ = ["window_attention", "patch_shift", "channel_shift"]

_FLOAT_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)


def _fail(msg: str, exc=ValueError):
    raise exc(msg)


def _as_int(name: str, value):
    """An integer argument: a Python or numpy int or a 0-d integer tensor (a float, bool or
    None is an error, never truncated). A SymInt (torch.compile dynamic shape) passes through
    untouched: int() on it would pin the shape and recompile for every value."""
    if isinstance(value, torch.SymInt):
        return value
    is_tensor = isinstance(value, torch.Tensor)
    if is_tensor and value.dim() != 0:
        _fail(
            f"{name} must be an int (or a 0-d integer tensor), got a tensor of shape "
            f"{tuple(value.shape)}",
            TypeError,
        )
    if not (isinstance(value, bool) or (is_tensor and value.dtype == torch.bool)):
        try:
            return operator.index(value)
        except TypeError:
            pass
    _fail(f"{name} must be an int, got {value!r} ({type(value).__name__})", TypeError)


def _int_tuple(name: str, value) -> Tuple[int, ...]:
    try:
        items = None if isinstance(value, (str, bytes)) else tuple(value)
    except TypeError:
        items = None
    if items is None:
        _fail(f"{name} must be a sequence of ints, got {value!r}", TypeError)
    return tuple(_as_int(f"{name}[{i}]", v) for i, v in enumerate(items))


def _window3(window, name: str = "window") -> Tuple[int, int, int]:
    """(wh, ww) or (wt, wh, ww) of positive ints -> (wt, wh, ww); ``name`` is the argument
    named in errors (the nn modules call it ``window_size``)."""
    w = _int_tuple(name, window)
    if len(w) == 2:
        w = (1,) + w
    if len(w) != 3 or min(w) < 1:
        _fail(f"{name} must be (wh, ww) or (wt, wh, ww) of positive ints, got {tuple(window)}")
    return w


def _check_float(name: str, t: torch.Tensor, like: Optional[torch.Tensor] = None):
    if not isinstance(t, torch.Tensor):
        _fail(f"{name} must be a torch.Tensor, got {type(t).__name__}", TypeError)
    if t.dtype not in _FLOAT_DTYPES:
        _fail(f"{name} must be float16/bfloat16/float32/float64, got {t.dtype}", TypeError)
    if like is not None and t.device != like.device:
        _fail(f"{name} is on {t.device} but qkv is on {like.device}; expected the same device")


def _check_value_range(t: torch.Tensor, lo: int, hi: int, message) -> None:
    """Integer values of t in [lo, hi], else ValueError(message(min, max)). Reading them syncs
    a GPU, so the verdict is remembered on the tensor for its current version and bounds
    (model buffers are checked once, not every call). Callers skip it while torch.compile
    traces (data-dependent); the kernels keep every value in bounds as well."""
    # inference tensors have no version counter: checked every time
    key = None if t.is_inference() else (t._version, lo, hi)
    if key is not None and getattr(t, "_tps_range_checked", None) == key:
        return
    got_lo, got_hi = int(t.min()), int(t.max())
    if got_lo < lo or got_hi > hi:
        _fail(message(got_lo, got_hi))
    if key is not None:
        t._tps_range_checked = key


def _check_index_range(bias_index: torch.Tensor, rows: int):
    _check_value_range(
        bias_index,
        0,
        rows - 1,
        lambda lo, hi: (
            f"bias_index values must lie in [0, {rows}) (bias_table rows), got [{lo}, {hi}]"
        ),
    )


def _match_dtype(name: str, t: torch.Tensor, qkv: torch.Tensor) -> torch.Tensor:
    """Kernels take the table / mask in qkv's dtype. A float32 table with float16/bfloat16
    qkv (AMP: the published code keeps the table in fp32) is cast on the way in and its
    gradient flows back in float32; any other mismatch is an error."""
    if t.dtype == qkv.dtype:
        return t
    if t.dtype == torch.float32 and qkv.dtype in (torch.float16, torch.bfloat16):
        return t.to(qkv.dtype)
    _fail(
        f"{name} has dtype {t.dtype} but qkv has {qkv.dtype}; expected the same dtype "
        f"(or float32 with float16/bfloat16 qkv)",
        TypeError,
    )


def _frame_shift_mod(
    frame_shift, like: torch.Tensor, num_frames, expected_shape=None, name="frame_shift"
) -> Optional[torch.Tensor]:
    """Checked frame_shift reduced modulo num_frames (int64 or int32) on its own device.
    Reducing first makes the later int32 narrowing exact (2**32 + 1 with T = 3 must act as 2,
    not 1) and keeps the kernels' t - s in range."""
    if frame_shift is None:
        return None
    frame_shift = torch.as_tensor(frame_shift)
    if (
        frame_shift.is_floating_point()
        or frame_shift.is_complex()
        or frame_shift.dtype == torch.bool
    ):
        _fail(f"{name} must be an integer tensor, got {frame_shift.dtype}", TypeError)
    if frame_shift.dim() != 2:
        _fail(f"{name} must be 2-D (wh, ww), got shape {tuple(frame_shift.shape)}")
    if expected_shape is not None and tuple(frame_shift.shape) != tuple(expected_shape):
        _fail(
            f"{name} must have shape {tuple(expected_shape)} (the spatial window), got "
            f"{tuple(frame_shift.shape)}"
        )
    if frame_shift.device.type == "meta" and like.device.type != "meta":
        _fail(
            f"{name} is on the meta device (no values) but the input is on {like.device}; "
            f"expected {name} on the input's device or the CPU"
        )
    if frame_shift.dtype != torch.int64:  # int32 holds any smaller type (one kernel per call)
        frame_shift = frame_shift.to(torch.int32)
    return torch.remainder(frame_shift, num_frames)


def _kernel_frame_shift(frame_shift: Optional[torch.Tensor], like: torch.Tensor):
    if frame_shift is None:
        return None
    return frame_shift.to(device=like.device, dtype=torch.int32).contiguous()


def _check_built_for(bias_index: torch.Tensor, frame_shift: Optional[torch.Tensor]):
    """``rpe.official_index`` tags its index with the frame_shift it was built for: the
    temporal terms of a patch-shift index hold only with that same shift."""
    tag = rpe.built_for(bias_index)
    if tag is None:
        return
    want = tag[1]
    if want is not None and frame_shift is None:
        _fail(
            "frame_shift is None but bias_index was built by rpe.official_index for a patch "
            "shift; pass the frame_shift it was built with (or build the index with "
            "frame_shift=None for a block without patch shift)"
        )
    if want is None and frame_shift is not None:
        # not certain to be a mistake (a patch shift with the plain temporal index)
        warnings.warn(
            "frame_shift is given but bias_index was built by rpe.official_index "
            "without one (the channel-shift blocks' index); the published patch-shift "
            "blocks use official_index(num_frames, window, frame_shift)",
            stacklevel=3,
        )
        return
    # the values: only when free (a CPU map, eager); the device case would sync every call
    if want is not None and frame_shift.device.type == "cpu" and not torch.compiler.is_compiling():
        if tuple(map(tuple, frame_shift.tolist())) != want:
            _fail(
                "frame_shift (taken modulo num_frames) differs from the map bias_index was "
                "built for by rpe.official_index; pass that map, or build the index with "
                "this one"
            )


KV_TIME_SHIFT_BOUNDARIES = ("zero", "self", "cyclic")


def _kv_time_shift(kv_time_shift, boundary, qkv: torch.Tensor, num_frames):
    """Checked kv_time_shift as the kernels take it: int32 (C,) on qkv's device, values in
    (-T, T) (checked as bias_index is: _check_value_range)."""
    if boundary not in KV_TIME_SHIFT_BOUNDARIES:
        _fail(f"kv_time_shift_boundary must be one of {KV_TIME_SHIFT_BOUNDARIES}, got {boundary!r}")
    if kv_time_shift is None:
        return None
    d = torch.as_tensor(kv_time_shift)
    if d.is_floating_point() or d.is_complex() or d.dtype == torch.bool:
        _fail(f"kv_time_shift must be an integer tensor, got {d.dtype}", TypeError)
    c = qkv.shape[-1] // 3
    if d.dim() != 1 or d.shape[0] != c:
        _fail(
            f"kv_time_shift must have shape (C,) = ({c},) (one offset per key/value channel), "
            f"got {tuple(d.shape)}"
        )
    if d.device.type == "meta" and qkv.device.type != "meta":
        _fail(
            f"kv_time_shift is on the meta device (no values) but qkv is on {qkv.device}; "
            f"expected it on qkv's device or the CPU"
        )
    if d.device.type != "meta" and not torch.compiler.is_compiling():
        t = int(num_frames)
        _check_value_range(
            d,
            1 - t,
            t - 1,
            lambda lo, hi: (
                f"kv_time_shift values must lie in (-T, T) = ({-t}, {t}) "
                f"(T = num_frames), got [{lo}, {hi}]"
            ),
        )
    return d.to(device=qkv.device, dtype=torch.int32).contiguous()


def _check_layout_counts(rows: int, batch_size, num_frames, wt: int, needed: bool, what: str):
    """Windows layout: fill in batch_size / num_frames, check B_ = batch * (T / wt) * nW."""
    if batch_size is None and num_frames is None:
        if needed:
            _fail(f"batch_size and num_frames are required in the windows layout when {what}")
        return rows, wt
    if batch_size is None or num_frames is None:
        _fail("batch_size and num_frames must be given together in the windows layout")
    batch_size = _as_int("batch_size", batch_size)
    num_frames = _as_int("num_frames", num_frames)
    if batch_size < 1 or num_frames < 1:
        _fail(f"batch_size and num_frames must be positive, got {batch_size}, {num_frames}")
    if num_frames % wt:
        _fail(f"num_frames={num_frames} must be a multiple of the temporal window wt={wt}")
    group = batch_size * (num_frames // wt)
    if rows % group:
        _fail(
            f"qkv has {rows} windows; expected a multiple of batch_size * num_frames / wt = "
            f"{group} (windows ordered (b, t, window))"
        )
    return batch_size, num_frames


def _backend(backend: str, x: torch.Tensor):
    """The backend module. Meta tensors carry shapes only, the same for every backend: the
    reference chain propagates them (models built on the meta device, shape checks)."""
    if x.device.type != "meta":
        return _backends.get(backend, x)
    if backend != "auto" and backend not in _backends.BACKENDS:
        _fail(f"backend must be one of {('auto',) + _backends.BACKENDS}, got {backend!r}")
    return reference


def window_attention(
    qkv: torch.Tensor,
    bias_table: Optional[torch.Tensor] = None,
    bias_index: Optional[torch.Tensor] = None,
    *,
    num_heads: int,
    window: Sequence[int],
    shift: Sequence[int] = (0, 0, 0),
    frame_shift: Optional[torch.Tensor] = None,
    batch_size: Optional[int] = None,
    num_frames: Optional[int] = None,
    mask: Optional[torch.Tensor] = None,
    mask_value: float = -100.0,
    scale: Optional[float] = None,
    kv_time_shift: Optional[torch.Tensor] = None,
    kv_time_shift_boundary: str = "zero",
    backend: str = "auto",
) -> torch.Tensor:
    r"""Fused (shifted-)window attention with temporal patch shift: everything between the
    ``qkv`` linear and the ``proj`` linear of a Swin / PST attention block.

    For each window and head: ``softmax((q * scale) @ k^T + bias + mask) @ v``, with the
    window partition, the Swin roll, the temporal patch shift and their inverses applied as
    index arithmetic inside the kernel (no copies). Differentiable in ``qkv`` and
    ``bias_table``.

    Args:
        qkv (Tensor): float16, bfloat16, float32 or float64; the last dim is ``3 * C``,
            channels ``q | k | v``, each ``(num_heads, head_dim)``. Its rank picks the layout:

            - video layout ``(B, T, H, W, 3C)`` -> output ``(B, T, H, W, C)``: the op rolls,
              partitions and builds the Swin region mask itself. ``T, H, W`` must be
              multiples of the window (pad first).
            - windows layout ``(B_, N, 3C)`` -> output ``(B_, N, C)``: the caller partitioned
              (and rolled) already, as the published ``WindowAttention3D`` does. Windows are
              ordered ``(b, t // wt, window)``, slots ``(dt, i, j)``, ``N = wt * wh * ww``.
        bias_table (Tensor, optional): relative position bias table ``(R, num_heads)``, in
            qkv's dtype (or float32 with float16/bfloat16 qkv, as under AMP). Given together
            with ``bias_index``.
        bias_index (Tensor, optional): integer ``(Ti, N, N)`` rows into ``bias_table``, values
            in ``[0, R)``. ``Ti = 1``: one plane for every window (Swin / Video-Swin,
            :func:`tps_kernels.rpe.relative_index`); ``Ti = T / wt``: the window of temporal
            index ``tau`` uses plane ``tau`` (the published PST buffers,
            :func:`tps_kernels.rpe.official_index`, which also records the ``frame_shift`` it
            was built for: passing another one, or none, is an error).
        num_heads (int): number of heads; ``C`` must be divisible by it.
        window (sequence of int): ``(wh, ww)`` or ``(wt, wh, ww)``; a 2-tuple means ``wt = 1``.
        shift (sequence of int): video layout only, the Swin roll ``(st, sh, sw)`` (or
            ``(sh, sw)``), each in ``[0, window)``; any non-zero entry turns on the region
            mask (``mask_value`` across regions). Must be zero in the windows layout.
            Default: ``(0, 0, 0)``.
        frame_shift (Tensor, optional): integer ``(wh, ww)`` temporal patch shift map (see
            :func:`tps_kernels.patterns.frame_shift_map`): slot ``(t, i, j)`` of a window
            attends with the token of frame ``(t - frame_shift[i, j]) mod T`` and the
            output goes back to that frame. Values are taken modulo ``T``; a CPU map is
            moved to qkv's device. Default: no patch shift.
        batch_size (int, optional), num_frames (int, optional): windows layout: the batch
            ``B`` and the number of frames ``T`` the windows came from (``B_ = B * (T / wt) *
            nW``); required together when ``frame_shift`` is given or ``Ti > 1``. Video
            layout: taken from the shape (if given they must agree).
        mask (Tensor, optional): windows layout only, an additive float ``(M, N, N)`` mask
            (``M >= 1`` dividing ``B_``); window ``w`` adds ``mask[w % M]`` after the bias, as
            Swin's ``attn.view(B_ // M, M, ...)``. Not differentiated.
        mask_value (float): the value of the region mask the video layout builds for a
            non-zero ``shift``. Default: ``-100.0`` (Swin's).
        scale (float, optional): multiplies ``q``. Default: ``head_dim ** -0.5``.
        kv_time_shift (Tensor, optional): integer ``(C,)`` frame offsets ``d``, one per key /
            value channel (head-major, as in qkv): the key and value of channel ``c`` of the
            token of frame ``t`` are read from the same position in frame ``t + d[c]``;
            queries are never shifted (X-ViT space-time mixing, SCT shifted attention: see
            :func:`tps_kernels.patterns.kv_shift_xvit`, :func:`~tps_kernels.patterns.
            kv_shift_previous`). Acts on the input tokens, before the roll, the partition and
            the patch shift. Values in ``(-T, T)``. Read through the index map in the
            kernels (no shifted copy). Default: no shift.
        kv_time_shift_boundary (str): what a source frame outside ``[0, T)`` gives:
            ``"zero"`` (zeros, as X-ViT), ``"self"`` (the frame's own key / value) or
            ``"cyclic"`` (frame ``(t + d) mod T``). Default: ``"zero"``.
        backend (str): ``"auto"`` (CUDA tensors: ``"cuda"`` else ``"triton"``; CPU tensors:
            ``"cpu"`` else ``"reference"``), ``"reference"`` (pure PyTorch, the oracle),
            ``"cpu"``, ``"cuda"`` or ``"triton"``; see
            :func:`tps_kernels.available_backends`. Meta tensors propagate shapes with any
            backend name. Default: ``"auto"``.

    Float16/bfloat16 inputs are computed with float32 accumulation and a float32 softmax.
    Outputs are deterministic (no atomics). Bad arguments raise ``ValueError`` /
    ``TypeError`` naming the argument. The full contract: ``docs/design.md``.

    Example::

        >>> import torch
        >>> from tps_kernels import ops, patterns, rpe
        >>> B, T, H, W, heads, C = 1, 4, 14, 14, 2, 64
        >>> qkv = torch.randn(B, T, H, W, 3 * C)
        >>> fs = patterns.frame_shift_map("C", (7, 7))          # the published pattern
        >>> table = torch.randn(rpe.official_table_size(T, (7, 7)), heads)
        >>> index = rpe.official_index(T, (7, 7), fs)           # (T, 49, 49)
        >>> out = ops.window_attention(qkv, table, index, num_heads=heads, window=(7, 7),
        ...                            shift=(0, 3, 3), frame_shift=fs)
        >>> out.shape
        torch.Size([1, 4, 14, 14, 64])
    """
    _check_float("qkv", qkv)
    num_heads = _as_int("num_heads", num_heads)
    wt, wh, ww = _window3(window)
    n = wt * wh * ww
    sh = _int_tuple("shift", shift)
    if len(sh) == 2:
        sh = (0,) + sh
    if len(sh) != 3:
        _fail(f"shift must be (sh, sw) or (st, sh, sw), got {tuple(shift)}")
    if qkv.dim() not in (3, 5):
        _fail(
            f"qkv must be 5-D (B, T, H, W, 3C) (video layout) or 3-D (B_, N, 3C) (windows "
            f"layout), got shape {tuple(qkv.shape)}"
        )
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
                _fail(
                    f"qkv {name}={size} must be a multiple of the window ({wt}, {wh}, {ww}); "
                    f"pad the input first"
                )
        for name, s, win in (("st", sh[0], wt), ("sh", sh[1], wh), ("sw", sh[2], ww)):
            if not 0 <= s < win:
                _fail(f"shift {name}={s} must be in [0, {win}) (window {(wt, wh, ww)})")
        if mask is not None:
            _fail(
                "mask must be None in the video layout: the op builds the Swin region mask "
                "itself from `shift`"
            )
        if batch_size is not None and _as_int("batch_size", batch_size) != b:
            _fail(f"batch_size={batch_size} disagrees with qkv's batch dim {b}")
        if num_frames is not None and _as_int("num_frames", num_frames) != t:
            _fail(f"num_frames={num_frames} disagrees with qkv's frame dim {t}")
        batch_size, num_frames = b, t
    else:
        rows, n_in = qkv.shape[0], qkv.shape[1]
        if n_in != n:
            _fail(f"qkv's window dim N={n_in} must equal wt*wh*ww = {n} for window {(wt, wh, ww)}")
        if any(sh):
            _fail(
                f"shift must be (0, 0, 0) in the windows layout (the caller rolled already), "
                f"got {sh}"
            )
        needs = (
            frame_shift is not None
            or kv_time_shift is not None
            or (
                isinstance(bias_index, torch.Tensor)
                and bias_index.dim() == 3
                and bias_index.shape[0] > 1
            )
        )
        batch_size, num_frames = _check_layout_counts(
            rows,
            batch_size,
            num_frames,
            wt,
            needs,
            "frame_shift or kv_time_shift is given or bias_index has Ti > 1",
        )
        if mask is not None:
            _check_float("mask", mask, qkv)
            if (
                mask.dim() != 3
                or tuple(mask.shape[1:]) != (n, n)
                or mask.shape[0] < 1
                or rows % mask.shape[0]
            ):
                _fail(
                    f"mask must be (M, {n}, {n}) with M >= 1 dividing the {rows} windows, got "
                    f"{tuple(mask.shape)}"
                )
            mask = _match_dtype("mask", mask, qkv).contiguous()

    frame_shift = _frame_shift_mod(frame_shift, qkv, num_frames, (wh, ww))

    if (bias_table is None) != (bias_index is None):
        _fail("bias_table and bias_index must be given together (or both None)")
    if bias_table is not None:
        _check_float("bias_table", bias_table, qkv)
        if bias_table.dim() != 2 or bias_table.shape[1] != num_heads:
            _fail(f"bias_table must be (R, num_heads={num_heads}), got {tuple(bias_table.shape)}")
        if (
            not isinstance(bias_index, torch.Tensor)
            or bias_index.is_floating_point()
            or bias_index.is_complex()
            or bias_index.dtype == torch.bool
        ):
            _fail("bias_index must be an integer tensor (Ti, N, N)", TypeError)
        if bias_index.device != qkv.device:
            _fail(f"bias_index is on {bias_index.device} but qkv is on {qkv.device}")
        n_t = num_frames // wt
        if (
            bias_index.dim() != 3
            or tuple(bias_index.shape[1:]) != (n, n)
            or bias_index.shape[0] not in (1, n_t)
        ):
            _fail(
                f"bias_index must be (Ti, {n}, {n}) with Ti = 1 or T / wt = {n_t}, got "
                f"{tuple(bias_index.shape)}"
            )
        _check_built_for(bias_index, frame_shift)
        if not torch.compiler.is_compiling() and bias_index.device.type != "meta":
            _check_index_range(bias_index, bias_table.shape[0])
        bias_index = bias_index.to(torch.int64).contiguous()
        bias_table = _match_dtype("bias_table", bias_table, qkv)

    kv_time_shift = _kv_time_shift(kv_time_shift, kv_time_shift_boundary, qkv, num_frames)
    scale = float(head_dim**-0.5 if scale is None else scale)
    impl = _backend(backend, qkv)
    return impl.window_attention(
        qkv,
        bias_table,
        bias_index,
        _kernel_frame_shift(frame_shift, qkv),
        mask,
        num_heads,
        [wt, wh, ww],
        list(sh),
        batch_size,
        num_frames,
        scale,
        float(mask_value),
        kv_time_shift,
        kv_time_shift_boundary,
    )


def _shift_layout(name: str, x: torch.Tensor, batch_size, num_frames):
    """(batch_size, num_frames): from the shape (video layout) or the arguments (windows)."""
    _check_float("x", x)
    if x.dim() == 5:
        b, t = x.shape[:2]
        return b, t
    if x.dim() != 3:
        _fail(f"{name}: x must be 5-D (B, T, H, W, C) or 3-D (B_, N, C), got {tuple(x.shape)}")
    if batch_size is None or num_frames is None:
        _fail(f"{name}: batch_size and num_frames are required in the windows layout (B_, N, C)")
    return _as_int("batch_size", batch_size), _as_int("num_frames", num_frames)


def patch_shift(
    x: torch.Tensor,
    frame_shift: torch.Tensor,
    *,
    inverse: bool = False,
    batch_size: Optional[int] = None,
    num_frames: Optional[int] = None,
    backend: str = "auto",
) -> torch.Tensor:
    r"""Temporal patch shift (TPS) alone: slot ``(t, y, x)`` takes the token of frame
    ``(t - s) mod T`` (``(t + s) mod T`` with ``inverse=True``), ``s`` the map's value there.

    A permutation along time: ``inverse=True`` undoes it exactly. Differentiable in ``x``.

    Args:
        x (Tensor): float16, bfloat16, float32 or float64, in one of two layouts:

            - video layout ``(B, T, H, W, C)``: ``frame_shift`` ``(fh, fw)`` is tiled over
              each frame from the top-left corner, so a window-local map (e.g. ``7 x 7``)
              and a full ``(H, W)`` map both work.
            - windows layout ``(B_, N, C)``, windows ordered ``(b, t // wt, window)``:
              ``frame_shift`` is the ``(wh, ww)`` window map and ``N = wt * wh * ww``.
        frame_shift (Tensor): integer 2-D map of roll amounts (see
            :func:`tps_kernels.patterns.frame_shift_map`); values are taken modulo ``T``.
        inverse (bool): shift back (``t + s``). Default: ``False``.
        batch_size (int, optional), num_frames (int, optional): windows layout only
            (required): the batch ``B`` and number of frames ``T`` the windows came from.
        backend (str): as in :func:`window_attention`. Default: ``"auto"``.

    Example::

        >>> import torch
        >>> from tps_kernels import ops, patterns
        >>> x = torch.arange(4.).reshape(1, 4, 1, 1, 1).expand(1, 4, 2, 2, 1).contiguous()
        >>> fs = patterns.frame_shift_map("A", (2, 2))          # [[0, 1], [-1, 0]]
        >>> ops.patch_shift(x, fs)[0, 0, :, :, 0]               # frame 0 after the shift
        tensor([[0., 3.],
                [1., 0.]])
    """
    b, t = _shift_layout("patch_shift", x, batch_size, num_frames)
    if frame_shift is None:
        _fail("patch_shift: frame_shift is required (an integer 2-D map)", TypeError)
    fs = _frame_shift_mod(frame_shift, x, t)
    fh, fw = fs.shape
    if x.dim() == 3:
        if x.shape[1] % (fh * fw):
            _fail(
                f"patch_shift: x's window dim N={x.shape[1]} must be a multiple of "
                f"frame_shift's wh*ww = {fh * fw}"
            )
        wt = x.shape[1] // (fh * fw)
        _check_layout_counts(x.shape[0], b, t, wt, True, "")
    impl = _backend(backend, x)
    return impl.patch_shift(x, _kernel_frame_shift(fs, x), bool(inverse), b, t)


def channel_shift(
    x: torch.Tensor,
    *,
    num_heads: int,
    fold_div: int = 8,
    batch_size: Optional[int] = None,
    num_frames: Optional[int] = None,
    backend: str = "auto",
) -> torch.Tensor:
    r"""Temporal channel shift (TCS) of the published PST code, per head: with
    ``fold = head_dim // fold_div``, channels ``[0, fold)`` of frame ``t`` come from frame
    ``t - 1`` and channels ``[fold, 2 fold)`` from frame ``t + 1``; the rest stay. Not
    cyclic: the first and last frames keep their own channels there. Differentiable in ``x``.

    Args:
        x (Tensor): float16, bfloat16, float32 or float64, video layout ``(B, T, H, W, C)``
            or windows layout ``(B_, N, C)`` ordered ``(b, t, window)``; ``C`` is
            ``num_heads * head_dim``.
        num_heads (int): number of heads (the shift applies per head's channel block).
        fold_div (int): ``fold = head_dim // fold_div`` channels move each way. Default: 8.
        batch_size (int, optional), num_frames (int, optional): windows layout only
            (required): the batch ``B`` and number of frames ``T``.
        backend (str): as in :func:`window_attention`. Default: ``"auto"``.

    Example::

        >>> import torch
        >>> from tps_kernels import ops
        >>> x = torch.arange(3.).reshape(1, 3, 1, 1, 1).expand(1, 3, 1, 1, 4).contiguous()
        >>> ops.channel_shift(x, num_heads=1, fold_div=4)[0, :, 0, 0]   # fold = 1
        tensor([[0., 1., 0., 0.],
                [0., 2., 1., 1.],
                [1., 2., 2., 2.]])
    """
    b, t = _shift_layout("channel_shift", x, batch_size, num_frames)
    num_heads = _as_int("num_heads", num_heads)
    fold_div = _as_int("fold_div", fold_div)
    if num_heads < 1 or x.shape[-1] % num_heads:
        _fail(
            f"channel_shift: x's channel dim {x.shape[-1]} must be divisible by "
            f"num_heads={num_heads}"
        )
    if fold_div < 1:
        _fail(f"channel_shift: fold_div must be >= 1, got {fold_div}")
    if x.dim() == 3:
        _check_layout_counts(x.shape[0], b, t, 1, True, "")
    impl = _backend(backend, x)
    return impl.channel_shift(x, num_heads, fold_div, b, t)
