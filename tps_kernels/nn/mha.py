"""TPSMultiheadAttention: drop-in for ``torch.nn.MultiheadAttention`` in window code.

It *is* an ``nn.MultiheadAttention`` (subclass): same constructor, parameters, state dict,
initialization, forward signature and return value. ``forward`` runs the fused
``ops.window_attention`` (windows layout: each batch element is one window of L tokens)
when it can, and otherwise falls back to the exact ``nn.MultiheadAttention`` computation.

Fused path, when all of these hold:
  * ``need_weights=False`` (the fused op never materializes attention probabilities),
  * no attention dropout in training (``dropout == 0`` or ``eval()``),
  * no ``add_bias_kv`` / ``add_zero_attn`` and source length == target length,
  * ``attn_mask`` is None, (L, S), or (N*heads, L, S) with heads == 1; ``key_padding_mask``
    any; no query row fully masked (there PyTorch returns NaN, reproduced by the fallback),
  * not a nested tensor.
Everything else (including ``is_causal`` without a mask, which PyTorch rejects) goes to the
fallback: ``nn.MultiheadAttention.forward`` itself, wrapped by the patch shift and the bias
(as an additive per-head float mask) when those options are on.

Extra keyword-only constructor options (all off by default; then outputs equal
``nn.MultiheadAttention`` with the same weights):
  * ``num_frames``, ``window`` ((wh, ww) or (wt, wh, ww); L must be wt*wh*ww), ``pattern``:
    temporal patch shift among windows ordered (b, t, window) (the batch dim of the input
    holds batch * (T / wt) * num_windows windows). Pass ``batch_size=`` to ``forward`` or
    ``num_windows=`` (windows per frame) to the constructor so the frame of a window is known.
  * ``rel_pos_bias``: None, 'relative' (T-independent table, truly relative temporal offsets
    of the shifted tokens) or 'official' (PST table (2T-1)(2wh-1)(2ww-1), per-frame index).

Inside ``nn.TransformerEncoderLayer``: in inference (eval, no grad, batch_first, ...) that
layer's fast path never calls ``self_attn.forward``: it reads the projection weights and
runs PyTorch's fused encoder kernel, which knows nothing of the temporal options. With the
options on, the module therefore registers a no-op forward pre-hook: the layer's fast path
is documented (torch/nn/modules/transformer.py) to stand down when any submodule has a
hook, so the layer takes its standard path through ``forward``. Without the options the
fast path computes the same function and stays on. ``nn.TransformerEncoder`` with
``src_key_padding_mask`` turns the input into a nested tensor (padding removed), which
cannot hold windows: that raises a ValueError asking for ``enable_nested_tensor=False``.
"""

from __future__ import annotations

from typing import Optional, Sequence

import torch
import torch.nn.functional as F
from torch import nn

from .. import ops
from ..patterns import frame_shift_map
from . import _index
from .window_attention import check_backend

# finite "blocked" value: exp() underflows to exactly 0 and no kernel sees inf - inf = NaN;
# float16 qkv gets a value float16 can hold (ops casts the mask to qkv's dtype)
_NEG = -1e30
_NEG_FP16 = -3e4


def _keep_forward(module, args):
    """No-op pre-hook: its presence turns off nn.TransformerEncoderLayer's fused fast path,
    which would bypass forward (and the temporal options)."""
    return None


class TPSMultiheadAttention(nn.MultiheadAttention):
    def __init__(
        self,
        embed_dim,
        num_heads,
        dropout=0.0,
        bias=True,
        add_bias_kv=False,
        add_zero_attn=False,
        kdim=None,
        vdim=None,
        batch_first=False,
        device=None,
        dtype=None,
        *,
        num_frames: Optional[int] = None,
        window: Optional[Sequence[int]] = None,
        pattern=None,
        rel_pos_bias: Optional[str] = None,
        num_windows: Optional[int] = None,
        backend: str = "auto",
    ):
        super().__init__(
            embed_dim,
            num_heads,
            dropout=dropout,
            bias=bias,
            add_bias_kv=add_bias_kv,
            add_zero_attn=add_zero_attn,
            kdim=kdim,
            vdim=vdim,
            batch_first=batch_first,
            device=device,
            dtype=dtype,
        )
        self.backend = check_backend(backend)
        self.num_frames = None if num_frames is None else int(num_frames)
        self.num_windows = None if num_windows is None else int(num_windows)
        self.rel_pos_bias = rel_pos_bias
        self.tps_window = None
        extras = pattern is not None or rel_pos_bias is not None
        if rel_pos_bias not in (None, "relative", "official"):
            raise ValueError(
                f"rel_pos_bias must be None, 'relative' or 'official', got {rel_pos_bias!r}"
            )
        if extras:
            if window is None:
                raise ValueError(
                    "window=(wh, ww) or (wt, wh, ww) is required with pattern= or rel_pos_bias="
                )
            self.tps_window = ops._window3(window)
            if (pattern is not None or rel_pos_bias == "official") and self.num_frames is None:
                raise ValueError("num_frames is required with pattern= or rel_pos_bias='official'")
        wh_ww = self.tps_window[1:] if extras else None
        fs = frame_shift_map(pattern, wh_ww) if pattern is not None else None
        self.register_buffer("frame_shift", fs, persistent=False)
        if rel_pos_bias is not None:
            wt, wh, ww = self.tps_window
            if rel_pos_bias == "official":
                rows = (2 * self.num_frames - 1) * (2 * wh - 1) * (2 * ww - 1)
                index = _index.pst_index(self.num_frames, self.tps_window, fs)
            else:
                extent = _index.max_shift_extent(self.tps_window, fs)
                rows = (2 * extent + 1) * (2 * wh - 1) * (2 * ww - 1)
                index = _index.relative_pst_index(self.tps_window, fs, extent)
            self.relative_position_bias_table = nn.Parameter(
                torch.zeros(rows, num_heads, device=device, dtype=dtype)
            )
            nn.init.trunc_normal_(self.relative_position_bias_table, std=0.02)
            self.register_buffer("relative_position_index", index.to(device))
        else:
            self.relative_position_bias_table = None
            self.relative_position_index = None
        if extras:
            self.register_forward_pre_hook(_keep_forward)

    # ------------------------------------------------------------------ helpers
    @property
    def _extras(self) -> bool:
        return self.tps_window is not None

    def _layout(self, n_windows: int, batch_size: Optional[int]):
        """(batch_size, num_frames) of the windows layout, or clear errors."""
        wt = self.tps_window[0]
        t = self.num_frames if self.num_frames is not None else wt
        if batch_size is None:
            if self.num_windows is not None:
                per = (t // wt) * self.num_windows
                if n_windows % per:
                    raise ValueError(
                        f"the batch holds {n_windows} windows; expected a multiple "
                        f"of num_frames / wt * num_windows = {per}"
                    )
                batch_size = n_windows // per
            elif self.frame_shift is None and self.relative_position_index.shape[0] == 1:
                return None, None  # same bias for every window: no frames needed
            else:
                raise ValueError(
                    "batch_size= (forward) or num_windows= (constructor) is needed "
                    "to know the frame of each window (ordered (b, t, window))"
                )
        return int(batch_size), t

    def _to_batch_first(self, x):
        return x if self.batch_first else x.transpose(0, 1)

    def _float_masks(self, attn_mask, key_padding_mask, b_, L, S, dtype, device, neg=_NEG):
        """PyTorch's conventions -> one additive float mask (M, L, S) or None, and whether a
        query row is fully blocked. Bool True = blocked."""

        def as_float(m):
            if m.dtype == torch.bool:
                return torch.zeros(m.shape, dtype=dtype, device=device).masked_fill(m, neg)
            return m.to(dtype).clamp_min(neg)  # -inf -> finite (exactly 0 after exp)

        mask = None
        if attn_mask is not None:
            mask = as_float(attn_mask)
            mask = mask[None] if mask.dim() == 2 else mask
        if key_padding_mask is not None:
            kpm = as_float(key_padding_mask).reshape(b_, 1, S)
            mask = kpm if mask is None else mask + kpm
            mask = mask.expand(b_, L, S) if mask.shape[1] != L else mask
        if mask is None:
            return None, False
        mask = mask.clamp_min(neg)  # attn_mask + key_padding_mask
        blocked = bool((mask <= neg / 2).all(-1).any())
        return mask.contiguous(), blocked

    def _bias_mask(self, b_, batch_size, frames, dtype):
        """Exact bias as PyTorch's per-head float attn_mask (b_ * heads, L, L)."""
        index = self.relative_position_index
        L = index.shape[-1]
        ti = index.shape[0]
        bias = self.relative_position_bias_table[index.reshape(-1)].reshape(ti, L, L, -1)
        bias = bias.permute(0, 3, 1, 2).to(dtype)  # (Ti, heads, L, L)
        if ti == 1:
            full = bias.expand(b_, -1, -1, -1)
        else:
            per = b_ // batch_size // ti  # windows per frame slot
            full = bias[None, :, None].expand(batch_size, ti, per, -1, -1, -1)
        return full.reshape(b_ * self.num_heads, L, L)

    # ------------------------------------------------------------------ forward
    def forward(
        self,
        query,
        key,
        value,
        key_padding_mask=None,
        need_weights=True,
        attn_mask=None,
        average_attn_weights=True,
        is_causal=False,
        *,
        batch_size: Optional[int] = None,
    ):
        if self._extras and (query.is_nested or key.is_nested or value.is_nested):
            raise ValueError(
                "TPSMultiheadAttention with temporal options got a nested tensor (what "
                "nn.TransformerEncoder makes of a batch with src_key_padding_mask): windows "
                "need every token; build nn.TransformerEncoder(..., enable_nested_tensor=False)"
            )
        batched = query.dim() == 3
        fused = (
            not need_weights
            and not (self.training and self.dropout > 0)
            and self.bias_k is None
            and not self.add_zero_attn
            and not query.is_nested
            and not key.is_nested
            and not value.is_nested
            and query.dim() in (2, 3)
            and key.shape == value.shape[:-1] + key.shape[-1:]
            and key.shape[:-1] == query.shape[:-1]
            and not (is_causal and attn_mask is None)
            and query.dtype in (torch.float16, torch.bfloat16, torch.float32, torch.float64)
        )
        if fused and attn_mask is not None:
            if attn_mask.dim() == 3 and self.num_heads != 1:
                fused = False  # per-head masks: the op shares a mask across heads
        seq_len = query.shape[1 if batched and self.batch_first else 0]
        if self._extras and seq_len != self.tps_window[0] * self.tps_window[1] * self.tps_window[2]:
            raise ValueError(
                f"sequence length must be wt*wh*ww for window {self.tps_window}, "
                f"got {tuple(query.shape)}"
            )
        if fused:
            out = self._fused(query, key, value, key_padding_mask, attn_mask, batched, batch_size)
            if out is not None:
                return out, None
        return self._fallback(
            query,
            key,
            value,
            key_padding_mask,
            need_weights,
            attn_mask,
            average_attn_weights,
            is_causal,
            batched,
            batch_size,
        )

    def _project(self, q, k, v):
        e = self.embed_dim
        if self._qkv_same_embed_dim and q is k and k is v:
            return F.linear(q, self.in_proj_weight, self.in_proj_bias)
        if self._qkv_same_embed_dim:
            wq, wk, wv = self.in_proj_weight.split(e)
        else:
            wq, wk, wv = self.q_proj_weight, self.k_proj_weight, self.v_proj_weight
        bq = bk = bv = None
        if self.in_proj_bias is not None:
            bq, bk, bv = self.in_proj_bias.split(e)
        return torch.cat([F.linear(q, wq, bq), F.linear(k, wk, bk), F.linear(v, wv, bv)], -1)

    def _fused(self, query, key, value, key_padding_mask, attn_mask, batched, batch_size):
        same_kv = key is value
        same_qk = query is key
        if batched:
            q = self._to_batch_first(query)
            k = q if same_qk else self._to_batch_first(key)
            v = k if same_kv else self._to_batch_first(value)
        else:
            q = query[None]
            k = q if same_qk else key[None]
            v = k if same_kv else value[None]
            if key_padding_mask is not None:
                key_padding_mask = key_padding_mask[None]
        b_, L, _ = q.shape
        if attn_mask is not None and attn_mask.dim() == 3 and attn_mask.shape[0] != b_:
            return None  # PyTorch's own shape error, from the fallback
        qkv = self._project(q, k, v)
        mdtype = torch.float64 if qkv.dtype == torch.float64 else torch.float32
        mask, blocked = self._float_masks(
            attn_mask,
            key_padding_mask,
            b_,
            L,
            L,
            mdtype,
            qkv.device,
            _NEG_FP16 if qkv.dtype == torch.float16 else _NEG,
        )
        if blocked:
            return None
        kwargs = {}
        if self._extras:
            window = self.tps_window
            bs, t = self._layout(b_, batch_size)
            if bs is not None:
                kwargs = dict(batch_size=bs, num_frames=t)
        else:
            window = (1, 1, L)
        out = ops.window_attention(
            qkv,
            self.relative_position_bias_table,
            self.relative_position_index,
            num_heads=self.num_heads,
            window=window,
            frame_shift=self.frame_shift,
            mask=mask,
            backend=self.backend,
            **kwargs,
        )
        out = self.out_proj(out)
        if not batched:
            return out[0]
        return out if self.batch_first else out.transpose(0, 1)

    def _fallback(
        self,
        query,
        key,
        value,
        key_padding_mask,
        need_weights,
        attn_mask,
        average_attn_weights,
        is_causal,
        batched,
        batch_size,
    ):
        if not self._extras:
            return super().forward(
                query,
                key,
                value,
                key_padding_mask=key_padding_mask,
                need_weights=need_weights,
                attn_mask=attn_mask,
                average_attn_weights=average_attn_weights,
                is_causal=is_causal,
            )
        # exact slow path with the options: shift tokens, bias as per-head float mask,
        # nn.MultiheadAttention, shift back
        q = self._to_batch_first(query) if batched else query[None]
        k = self._to_batch_first(key) if batched else key[None]
        v = self._to_batch_first(value) if batched else value[None]
        b_, L, _ = q.shape
        bs, t = self._layout(b_, batch_size)
        if self.frame_shift is not None:
            shifted = {}

            def shift(x):
                if id(x) not in shifted:
                    shifted[id(x)] = ops.patch_shift(
                        x, self.frame_shift, batch_size=bs, num_frames=t, backend=self.backend
                    )
                return shifted[id(x)]

            q, k, v = shift(q), shift(k), shift(v)
        if self.relative_position_bias_table is not None:
            bias = self._bias_mask(
                b_, bs, t, q.dtype if q.dtype == torch.float64 else torch.float32
            )
            if attn_mask is None:
                attn_mask = bias
            else:
                m = attn_mask
                if m.dtype == torch.bool:
                    m = torch.zeros(m.shape, dtype=bias.dtype, device=m.device).masked_fill(
                        m, float("-inf")
                    )
                m = m[None] if m.dim() == 2 else m
                attn_mask = bias + m.to(bias.dtype)
            is_causal = False
            if key_padding_mask is not None and key_padding_mask.dtype == torch.bool:
                key_padding_mask = torch.zeros(
                    key_padding_mask.shape, dtype=bias.dtype, device=bias.device
                ).masked_fill(key_padding_mask, float("-inf"))
        if not batched and key_padding_mask is not None:
            key_padding_mask = key_padding_mask[None]
        out, weights = (
            nn.MultiheadAttention.forward(
                self,
                q,
                k,
                v,
                key_padding_mask=key_padding_mask,
                need_weights=need_weights,
                attn_mask=attn_mask,
                average_attn_weights=average_attn_weights,
                is_causal=is_causal,
            )
            if self.batch_first
            else self._bf_forward(
                q, k, v, key_padding_mask, need_weights, attn_mask, average_attn_weights, is_causal
            )
        )
        if self.frame_shift is not None:
            out = ops.patch_shift(
                out,
                self.frame_shift,
                inverse=True,
                batch_size=bs,
                num_frames=t,
                backend=self.backend,
            )
        if not batched:
            out = out[0]
            weights = None if weights is None else weights[0]
        elif not self.batch_first:
            out = out.transpose(0, 1)
        return out, weights

    def _bf_forward(self, q, k, v, kpm, need_weights, attn_mask, avg, is_causal):
        """nn.MultiheadAttention.forward on batch-first tensors for a seq-first module."""
        out, w = nn.MultiheadAttention.forward(
            self,
            q.transpose(0, 1),
            k.transpose(0, 1),
            v.transpose(0, 1),
            key_padding_mask=kpm,
            need_weights=need_weights,
            attn_mask=attn_mask,
            average_attn_weights=avg,
            is_causal=is_causal,
        )
        return out.transpose(0, 1), w
