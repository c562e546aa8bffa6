"""Reference backend: the chain of PyTorch ops the published PST code runs, generalized to
the op contract (docs/design.md). Pure PyTorch, float64-capable, autograd by PyTorch.

It is the oracle of every test and the "published-style eager" baseline of every
benchmark, so it stays a plain, readable chain: rolls, partition, strided rolls of the
patch shift, matmul, bias gather, mask, softmax, matmul, and everything in reverse.
All arguments arrive normalized by ``tps_kernels.ops`` (window and shift 3-tuples,
batch_size and num_frames filled in, scale a float).
"""

from __future__ import annotations

from typing import List

import torch


def _roll_frames(x: torch.Tensor, frame_shift: torch.Tensor, inverse: bool) -> torch.Tensor:
    """x: (B, T, S, fh, fw, C): roll each (i, j) class along T by its amount (strided rolls,
    as the published code does). Slot t then holds frame t - s (t + s when inverse)."""
    out = x.clone()
    if frame_shift.device.type == "meta":  # shapes only (no values to pick the rolls by)
        return out
    for value in torch.unique(frame_shift).tolist():
        if value == 0:
            continue
        sel = frame_shift == value
        out[:, :, :, sel] = torch.roll(x[:, :, :, sel], shifts=-value if inverse else value, dims=1)
    return out


def _windows_to_frames(x: torch.Tensor, batch: int, frames: int, wt: int, wh: int, ww: int):
    """(B_, N, C) windows ordered (b, tau, s), slots (dt, i, j) -> (B, T, S, wh, ww, C)."""
    n_t = frames // wt
    c = x.shape[-1]
    x = x.reshape(batch, n_t, -1, wt, wh, ww, c)
    return x.permute(0, 1, 3, 2, 4, 5, 6).reshape(batch, frames, -1, wh, ww, c)


def _frames_to_windows(x: torch.Tensor, wt: int):
    b, t, s, wh, ww, c = x.shape
    x = x.reshape(b, t // wt, wt, s, wh, ww, c).permute(0, 1, 3, 2, 4, 5, 6)
    return x.reshape(-1, wt * wh * ww, c)


def patch_shift_windows(x, frame_shift, inverse, batch, frames, wt, wh, ww):
    y = _windows_to_frames(x, batch, frames, wt, wh, ww)
    y = _roll_frames(y, frame_shift.to(x.device), inverse)
    return _frames_to_windows(y, wt)


def kv_time_shift_frames(x: torch.Tensor, kv_time_shift: torch.Tensor, boundary: str):
    """x: (B, T, ..., 3C) tokens by frame. Channels ``C + c`` and ``2C + c`` (key and value
    channel c) of frame t take frame t + kv_time_shift[c]; outside [0, T): zeros ("zero"),
    frame t itself ("self") or (t + d) mod T ("cyclic"). Queries stay."""
    t, c3 = x.shape[1], x.shape[-1]
    c = c3 // 3
    d = kv_time_shift.to(device=x.device, dtype=torch.int64)
    frame = torch.arange(t, device=x.device)[:, None]  # (T, 1)
    src = frame + d[None, :]  # (T, C)
    inside = (src >= 0) & (src < t)
    if boundary == "cyclic":
        src = torch.remainder(src, t)
    else:
        src = torch.where(inside, src, frame.expand_as(src))
    kv = x[..., c:].unflatten(-1, (2, c))  # (B, T, ..., 2, C)
    view = (1, t) + (1,) * (kv.dim() - 4) + (1, c)
    index = src.reshape(view).expand(kv.shape)
    shifted = torch.gather(kv, 1, index)
    if boundary == "zero":
        shifted = shifted.masked_fill(~inside.reshape(view), 0)
    return torch.cat((x[..., :c], shifted.flatten(-2)), dim=-1)


def _partition(x: torch.Tensor, window: List[int]) -> torch.Tensor:
    b, t, h, w, c = x.shape
    wt, wh, ww = window
    x = x.reshape(b, t // wt, wt, h // wh, wh, w // ww, ww, c)
    return x.permute(0, 1, 3, 5, 2, 4, 6, 7).reshape(-1, wt * wh * ww, c)


def _reverse(x: torch.Tensor, window: List[int], b: int, t: int, h: int, w: int) -> torch.Tensor:
    wt, wh, ww = window
    c = x.shape[-1]
    x = x.reshape(b, t // wt, h // wh, w // ww, wt, wh, ww, c)
    return x.permute(0, 1, 4, 2, 5, 3, 6, 7).reshape(b, t, h, w, c)


def region_mask(
    frames: int,
    height: int,
    width: int,
    window: List[int],
    shift: List[int],
    mask_value: float,
    dtype=torch.float32,
    device=None,
) -> torch.Tensor:
    """Swin's shifted-window mask, (nT*nY*nX, N, N): mask_value across regions, else 0."""
    img = torch.zeros(1, frames, height, width, 1, device=device)
    label = 0
    slices = []
    for size, win, s in zip((frames, height, width), window, shift):
        if s > 0:
            slices.append(
                (slice(0, size - win), slice(size - win, size - s), slice(size - s, size))
            )
        else:
            slices.append((slice(0, size),))
    for st in slices[0]:
        for sh in slices[1]:
            for sw in slices[2]:
                img[:, st, sh, sw, :] = label
                label += 1
    labels = _partition(img, window).squeeze(-1)  # (nWin, N)
    diff = labels[:, :, None] != labels[:, None, :]
    return torch.zeros(diff.shape, dtype=dtype, device=device).masked_fill(diff, mask_value)


def _attention(qkv, bias_table, bias_index, mask, num_heads, batch, n_t, scale):
    """qkv (B_, N, 3C) partitioned + shifted windows -> (B_, N, C)."""
    bw, n, c3 = qkv.shape
    c = c3 // 3
    qkv = qkv.reshape(bw, n, 3, num_heads, c // num_heads).permute(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]
    attn = (q * scale) @ k.transpose(-2, -1)  # (B_, heads, N, N)
    low_precision = attn.dtype in (torch.float16, torch.bfloat16)
    if low_precision:  # as the published AMP training: bias, mask, softmax in fp32
        attn = attn.float()
    if bias_table is not None:
        ti = bias_index.shape[0]
        bias = bias_table[bias_index.reshape(-1)].reshape(ti, n, n, num_heads)
        bias = bias.permute(0, 3, 1, 2).to(attn.dtype)  # (Ti, heads, N, N)
        attn = attn.reshape(batch, n_t, -1, num_heads, n, n)
        attn = attn + (bias[None, :, None] if ti > 1 else bias[0])
        attn = attn.reshape(bw, num_heads, n, n)
    if mask is not None:
        m = mask.shape[0]
        attn = attn.reshape(bw // m, m, num_heads, n, n) + mask[None, :, None].to(attn.dtype)
        attn = attn.reshape(bw, num_heads, n, n)
    attn = attn.softmax(dim=-1)
    if low_precision:
        attn = attn.to(v.dtype)
    return (attn @ v).transpose(1, 2).reshape(bw, n, c)


def window_attention(
    qkv,
    bias_table,
    bias_index,
    frame_shift,
    mask,
    num_heads,
    window,
    shift,
    batch_size,
    num_frames,
    scale,
    mask_value,
    kv_time_shift=None,
    kv_time_shift_boundary="zero",
):
    wt, wh, ww = window
    if kv_time_shift is not None and qkv.device.type != "meta":
        if qkv.dim() == 5:
            qkv = kv_time_shift_frames(qkv, kv_time_shift, kv_time_shift_boundary)
        else:
            frames = _windows_to_frames(qkv, batch_size, num_frames, wt, wh, ww)
            frames = kv_time_shift_frames(frames, kv_time_shift, kv_time_shift_boundary)
            qkv = _frames_to_windows(frames, wt)
    if qkv.dim() == 5:
        b, t, h, w, _ = qkv.shape
        x = qkv
        if any(shift):
            x = torch.roll(x, shifts=tuple(-s for s in shift), dims=(1, 2, 3))
            mask = region_mask(t, h, w, window, shift, mask_value, device=qkv.device)
        x = _partition(x, window)
    else:
        b, t = batch_size, num_frames
        x = qkv
    if frame_shift is not None:
        x = patch_shift_windows(x, frame_shift, False, b, t, wt, wh, ww)
    out = _attention(x, bias_table, bias_index, mask, num_heads, b, t // wt, scale)
    if frame_shift is not None:
        out = patch_shift_windows(out, frame_shift, True, b, t, wt, wh, ww)
    if qkv.dim() == 5:
        out = _reverse(out, window, b, t, h, w)
        if any(shift):
            out = torch.roll(out, shifts=tuple(shift), dims=(1, 2, 3))
    return out


def patch_shift(x, frame_shift, inverse, batch_size, num_frames):
    fh, fw = frame_shift.shape
    if x.dim() == 5:
        b, t, h, w, c = x.shape
        rows = torch.arange(h, device=x.device) % fh
        cols = torch.arange(w, device=x.device) % fw
        full = frame_shift.to(x.device)[rows[:, None], cols[None, :]]  # (H, W)
        return _roll_frames(x.reshape(b, t, 1, h, w, c), full, inverse).reshape(x.shape)
    wt = x.shape[1] // (fh * fw)
    return patch_shift_windows(x, frame_shift, inverse, batch_size, num_frames, wt, fh, fw)


def channel_shift(x, num_heads, fold_div, batch_size, num_frames):
    """TCS as the published code: per head, [0, fold) from t-1, [fold, 2 fold) from t+1,
    not cyclic (boundary frames keep their own channels)."""
    shape = x.shape
    c = shape[-1]
    hd = c // num_heads
    fold = hd // fold_div
    if x.dim() == 5:
        y = x.reshape(shape[0], shape[1], -1, num_heads, hd)
    else:
        y = x.reshape(batch_size, num_frames, -1, num_heads, hd)
    out = y.clone()
    out[:, 1:, :, :, :fold] = y[:, :-1, :, :, :fold]
    out[:, :-1, :, :, fold : 2 * fold] = y[:, 1:, :, :, fold : 2 * fold]
    return out.reshape(shape)
