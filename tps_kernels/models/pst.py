"""PST (Swin-2D + temporal patch shift), 2D Swin and Video-Swin video recognizers.

Module tree and state-dict keys follow the published mmaction code (``backbone.*``,
``cls_head.fc_cls.*``, every index buffer), so published checkpoints load strictly. The
tensors between stages stay channels-last ``(B, T, H, W, C)``; attention runs through
``TPSWindowAttention.forward_video`` (the fused op does roll / partition / patch shift /
mask itself, no partition copies).
"""

from __future__ import annotations

from typing import Optional, Sequence

import torch
import torch.nn.functional as F
import torch.utils.checkpoint as torch_checkpoint
from torch import nn

from ..nn import cpu_bf16, recompute
from ..nn.cpu_bf16 import Conv3d, Linear
from ..nn.stts import TemporalTokenSelector
from ..nn.window_attention import TPSWindowAttention, check_backend, set_backend


class DropPath(nn.Module):
    """Stochastic depth per sample (as timm's DropPath)."""

    def __init__(self, p: float = 0.0):
        super().__init__()
        self.p = float(p)

    def forward(self, x):
        if self.p == 0.0 or not self.training:
            return x
        keep = 1 - self.p
        shape = (x.shape[0],) + (1,) * (x.dim() - 1)
        return x * x.new_empty(shape).bernoulli_(keep).div_(keep)

    def extra_repr(self):
        return f"p={self.p}"


class Mlp(nn.Module):
    def __init__(self, in_features, hidden_features, drop=0.0):
        super().__init__()
        self.fc1 = Linear(in_features, hidden_features)
        self.act = nn.GELU()
        self.fc2 = Linear(hidden_features, in_features)
        self.drop = nn.Dropout(drop)

    def forward(self, x, norm: Optional[nn.Module] = None, recompute_cheap: bool = False):
        """``norm``: applied to x first (the block's norm2). ``recompute_cheap``: in training,
        store x and the hidden before GELU only (``tps_kernels.nn.recompute``)."""
        if not (self.training and self.drop.p > 0):
            # None unless emulating bf16 (CPU inference)
            y = cpu_bf16.gelu_mlp(x, self.fc1, self.fc2, norm)
            if y is not None:
                return y

        def hidden(x):
            return self.fc1(x if norm is None else norm(x))

        def out(h):
            if h.requires_grad or type(self.act) is not nn.GELU:
                h = self.act(h)
            else:  # no autograd: GELU in place on this call's own hidden, the same kernel
                h = torch.ops.aten.gelu_(h, approximate=self.act.approximate)
            if self.drop.p > 0:  # Dropout(0) still costs a call / a training kernel
                return self.fc2(self.drop(h))
            return self.fc2(h)

        h = recompute.recompute_cheap(hidden, x, recompute_cheap)
        y = recompute.recompute_cheap(out, h, recompute_cheap)
        return self.drop(y) if self.drop.p > 0 else y


class PatchEmbed3D(nn.Module):
    """Conv3d kernel = stride = patch_size (zero-padding the clip up to a multiple, as
    published), LayerNorm over channels; returns channels-last (B, T, H, W, C)."""

    def __init__(self, patch_size=(2, 4, 4), in_chans=3, embed_dim=96, patch_norm=True):
        super().__init__()
        self.patch_size = tuple(patch_size)
        self.embed_dim = embed_dim
        self.proj = Conv3d(in_chans, embed_dim, kernel_size=patch_size, stride=patch_size)
        self.norm = nn.LayerNorm(embed_dim) if patch_norm else None

    def forward(self, x):
        if x.dim() != 5:
            raise ValueError(f"expected a clip (B, C, T, H, W), got shape {tuple(x.shape)}")
        _, _, d, h, w = x.shape
        pt, ph, pw = self.patch_size
        pads = ((pt - d % pt) % pt, (ph - h % ph) % ph, (pw - w % pw) % pw)
        if any(pads):
            x = F.pad(x, (0, pads[2], 0, pads[1], 0, pads[0]))
        x = self.proj(x).permute(0, 2, 3, 4, 1)  # free when x is channels_last_3d
        if self.norm is not None:
            x = self.norm(x)
        return x


class PatchMerging(nn.Module):
    """2x2 spatial merge (T kept): cat(x[0::2,0::2], x[1::2,0::2], x[0::2,1::2], x[1::2,1::2])
    -> LayerNorm(4C) -> Linear(4C, 2C, bias=False); odd H/W zero-padded first."""

    def __init__(self, dim, recompute_cheap=False):
        super().__init__()
        self.dim = dim
        self.recompute_cheap = recompute_cheap
        self.reduction = Linear(4 * dim, 2 * dim, bias=False)
        self.norm = nn.LayerNorm(4 * dim)

    def forward(self, x):
        def merged(x):
            _, _, h, w, _ = x.shape
            if h % 2 or w % 2:
                x = F.pad(x, (0, 0, 0, w % 2, 0, h % 2))
            x = torch.cat(
                [
                    x[:, :, 0::2, 0::2],
                    x[:, :, 1::2, 0::2],
                    x[:, :, 0::2, 1::2],
                    x[:, :, 1::2, 1::2],
                ],
                -1,
            )
            return self.reduction(self.norm(x))

        return recompute.recompute_cheap(merged, x, self.recompute_cheap)


class SwinTransformerBlock3D(nn.Module):
    """x + attn(norm1(x)), x + mlp(norm2(x)); attention on the channels-last video."""

    def __init__(
        self,
        dim,
        num_heads,
        window_size,
        shift_size,
        mlp_ratio=4.0,
        qkv_bias=True,
        qk_scale=None,
        drop=0.0,
        attn_drop=0.0,
        drop_path=0.0,
        use_checkpoint=False,
        shift=False,
        shift_type="psm",
        num_frames=16,
        bias="official",
        pattern="C",
        shrunk_index="sliced",
        backend="auto",
        recompute_cheap=False,
        recompute_qkv=False,
    ):
        super().__init__()
        self.dim = dim
        self.window_size = tuple(window_size)
        self.shift_size = tuple(shift_size)
        self.use_checkpoint = use_checkpoint
        # the whole-block checkpoint already stores the block input only
        self.recompute_cheap = recompute_cheap and not use_checkpoint
        self.recompute_qkv = recompute_qkv and not use_checkpoint
        self.norm1 = nn.LayerNorm(dim)
        self.attn = TPSWindowAttention(
            dim,
            window_size=window_size,
            num_heads=num_heads,
            qkv_bias=qkv_bias,
            qk_scale=qk_scale,
            attn_drop=attn_drop,
            proj_drop=drop,
            shift=shift,
            shift_type=shift_type,
            num_frames=num_frames,
            bias=bias,
            pattern=pattern,
            shift_size=shift_size,
            shrunk_index=shrunk_index,
            backend=backend,
        )
        self.drop_path = DropPath(drop_path) if drop_path > 0.0 else nn.Identity()
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = Mlp(dim, int(dim * mlp_ratio), drop=drop)

    def forward_part1(self, x):
        return self.attn.forward_video(x, self.norm1, self.recompute_cheap, self.recompute_qkv)

    def forward_part2(self, x):
        return self.drop_path(self.mlp(x, self.norm2, self.recompute_cheap))

    def forward(self, x):
        ckpt = self.use_checkpoint and torch.is_grad_enabled()
        if ckpt:
            x = x + self.drop_path(
                torch_checkpoint.checkpoint(self.forward_part1, x, use_reentrant=False)
            )
            return x + torch_checkpoint.checkpoint(self.forward_part2, x, use_reentrant=False)
        x = x + self.drop_path(self.forward_part1(x))
        return x + self.forward_part2(x)


class BasicLayer(nn.Module):
    """One stage. Block i: even -> W-MSA (+ TCS when shift_type='psm'), odd -> SW-MSA
    (roll window // 2) (+ TPS). shift_type 'tsm': TCS in every block; None: no temporal shift."""

    def __init__(
        self,
        dim,
        depth,
        num_heads,
        window_size,
        mlp_ratio,
        qkv_bias,
        qk_scale,
        drop,
        attn_drop,
        drop_path,
        downsample,
        use_checkpoint,
        shift_type,
        num_frames,
        bias,
        pattern,
        shrunk_index,
        backend,
        recompute_cheap=False,
        recompute_qkv=False,
    ):
        super().__init__()
        self.window_size = tuple(window_size)
        self.shift_size = tuple(w // 2 for w in window_size)
        blocks = []
        for i in range(depth):
            if shift_type == "psm":
                block_type = "tsm" if i % 2 == 0 else "psm"
            else:
                block_type = shift_type or "psm"
            blocks.append(
                SwinTransformerBlock3D(
                    dim,
                    num_heads,
                    window_size,
                    (0, 0, 0) if i % 2 == 0 else self.shift_size,
                    mlp_ratio=mlp_ratio,
                    qkv_bias=qkv_bias,
                    qk_scale=qk_scale,
                    drop=drop,
                    attn_drop=attn_drop,
                    drop_path=drop_path[i] if isinstance(drop_path, (list, tuple)) else drop_path,
                    use_checkpoint=use_checkpoint,
                    shift=shift_type is not None,
                    shift_type=block_type,
                    num_frames=num_frames,
                    bias=bias,
                    pattern=pattern,
                    shrunk_index=shrunk_index,
                    backend=backend,
                    recompute_cheap=recompute_cheap,
                    recompute_qkv=recompute_qkv,
                )
            )
        self.blocks = nn.ModuleList(blocks)
        self.downsample = PatchMerging(dim, recompute_cheap) if downsample else None

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        if self.downsample is not None:
            x = self.downsample(x)
        return x


class SwinTransformer2D_TPS(nn.Module):
    """Backbone: (B, 3, T_in, H, W) -> (B, C, T_in / 2, H / 32, W / 32) like the published one
    (``forward_features`` gives the channels-last (B, T, H, W, C) map the head uses)."""

    def __init__(
        self,
        patch_size=(2, 4, 4),
        in_chans=3,
        embed_dim=96,
        depths=(2, 2, 6, 2),
        num_heads=(3, 6, 12, 24),
        window_size=(1, 7, 7),
        mlp_ratio=4.0,
        qkv_bias=True,
        qk_scale=None,
        drop_rate=0.0,
        attn_drop_rate=0.0,
        drop_path_rate=0.1,
        patch_norm=True,
        use_checkpoint=False,
        shift_type: Optional[str] = "psm",
        num_frames=16,
        bias: Optional[str] = "official",
        pattern="C",
        shrunk_index="sliced",
        select_frames: Optional[int] = None,
        backend="auto",
        recompute_cheap=True,
        recompute_qkv=False,
    ):
        super().__init__()
        if len(depths) != len(num_heads):
            raise ValueError(
                f"depths {depths} and num_heads {num_heads} must have one entry per stage"
            )
        if shift_type not in ("psm", "tsm", None):
            raise ValueError(f"shift_type must be 'psm', 'tsm' or None, got {shift_type!r}")
        check_backend(backend)
        window_size = tuple(window_size)
        if len(window_size) == 2:
            window_size = (1,) + window_size
        self.window_size = window_size
        self.patch_size = tuple(patch_size)
        self.num_layers = len(depths)
        self.embed_dim = embed_dim
        self.num_frames = num_frames
        self.patch_embed = PatchEmbed3D(patch_size, in_chans, embed_dim, patch_norm)
        if select_frames is not None:
            # STTS temporal token selection in front of stage 1 (the published configs'
            # time_pruning_loc=[0]); the blocks then see select_frames token frames
            if not 1 <= select_frames <= num_frames:
                raise ValueError(
                    f"select_frames must be in [1, num_frames={num_frames}], got {select_frames}"
                )
            self.time_score_predictor = nn.ModuleList(
                [TemporalTokenSelector(embed_dim, keep=select_frames)]
            )
            num_frames = select_frames
        self.pos_drop = nn.Dropout(p=drop_rate)
        n_blocks = sum(depths)  # linspace(0, rate, n) in Python: also works on the meta device
        dpr = [
            drop_path_rate * i / (n_blocks - 1) if n_blocks > 1 else 0.0 for i in range(n_blocks)
        ]
        self.layers = nn.ModuleList()
        for i in range(self.num_layers):
            self.layers.append(
                BasicLayer(
                    dim=int(embed_dim * 2**i),
                    depth=depths[i],
                    num_heads=num_heads[i],
                    window_size=window_size,
                    mlp_ratio=mlp_ratio,
                    qkv_bias=qkv_bias,
                    qk_scale=qk_scale,
                    drop=drop_rate,
                    attn_drop=attn_drop_rate,
                    drop_path=dpr[sum(depths[:i]) : sum(depths[: i + 1])],
                    downsample=i < self.num_layers - 1,
                    use_checkpoint=use_checkpoint,
                    shift_type=shift_type,
                    num_frames=num_frames,
                    bias=bias,
                    pattern=pattern,
                    shrunk_index=shrunk_index,
                    backend=backend,
                    recompute_cheap=recompute_cheap,
                    recompute_qkv=recompute_qkv,
                )
            )
        self.num_features = int(embed_dim * 2 ** (self.num_layers - 1))
        self.norm = nn.LayerNorm(self.num_features)
        self.apply(_init_weights)

    def forward_features(self, x):
        x = self.patch_embed(x)
        if self.pos_drop.p > 0:
            x = self.pos_drop(x)
        if hasattr(self, "time_score_predictor"):
            x = self.time_score_predictor[0](x)
        for layer in self.layers:
            x = layer(x)
        return self.norm(x)

    def forward(self, x):
        return self.forward_features(x).permute(0, 4, 1, 2, 3)


def _init_weights(m):
    # the published init_weights (trunc_normal .02 linears, unit LayerNorms)
    if isinstance(m, nn.Linear):
        nn.init.trunc_normal_(m.weight, std=0.02)
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    elif isinstance(m, nn.LayerNorm):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)


class I3DHead(nn.Module):
    """mmaction's I3DHead: global average pool, dropout, ``fc_cls``."""

    def __init__(self, num_classes, in_channels, dropout_ratio=0.5, init_std=0.01):
        super().__init__()
        self.num_classes = num_classes
        self.in_channels = in_channels
        self.dropout = nn.Dropout(dropout_ratio) if dropout_ratio > 0 else nn.Identity()
        self.fc_cls = Linear(in_channels, num_classes)
        nn.init.normal_(self.fc_cls.weight, 0, init_std)
        nn.init.zeros_(self.fc_cls.bias)

    def forward(self, x):
        """x: backbone output (B, C, T, H, W)."""
        return self.fc_cls(self.dropout(x.mean(dim=(2, 3, 4))))

    def forward_channels_last(self, x):
        """x: (B, T, H, W, C)."""
        return self.fc_cls(self.dropout(x.mean(dim=(1, 2, 3))))


class Recognizer3D(nn.Module):
    """``model(x)`` with x (B, 3, T, H, W) -> logits (B, num_classes)."""

    def __init__(self, backbone: SwinTransformer2D_TPS, cls_head: I3DHead):
        super().__init__()
        self.backbone = backbone
        self.cls_head = cls_head

    def forward(self, x):
        return self.cls_head.forward_channels_last(self.backbone.forward_features(x))

    def set_backend(self, backend: str):
        """Attention / shift backend of every block ('auto', 'reference', 'cpu', ...)."""
        return set_backend(self, backend)


_PST_T = dict(
    embed_dim=96,
    depths=(2, 2, 6, 2),
    num_heads=(3, 6, 12, 24),
    window_size=(1, 7, 7),
    drop_path_rate=0.1,
    shift_type="psm",
    bias="official",
)
# the 2D baseline and Video-Swin-T are PST-T without the temporal shift, with Swin's bias
_SWIN_T = dict(_PST_T, shift_type=None, bias="swin")
_CONFIGS = {
    "pst_t": _PST_T,
    "pst_b": dict(
        _PST_T, embed_dim=128, depths=(2, 2, 18, 2), num_heads=(4, 8, 16, 32), drop_path_rate=0.2
    ),
    # the paper's 2D baseline: the same network, no temporal shift, plain 2D Swin bias
    "swin2d_t": _SWIN_T,
    "video_swin_t": dict(_SWIN_T, window_size=(8, 7, 7)),
}


def _build(
    name: str,
    num_classes: int = 400,
    dropout_ratio: float = 0.5,
    window: Optional[Sequence[int]] = None,
    **kwargs,
) -> Recognizer3D:
    cfg = dict(_CONFIGS[name])
    if window is not None:
        kwargs["window_size"] = window
    unknown = set(kwargs) - set(SwinTransformer2D_TPS.__init__.__code__.co_varnames)
    if unknown:
        raise TypeError(f"{name}: unexpected keyword arguments {sorted(unknown)}")
    cfg.update(kwargs)
    backbone = SwinTransformer2D_TPS(**cfg)
    return Recognizer3D(backbone, I3DHead(num_classes, backbone.num_features, dropout_ratio))


def pst_t(**kwargs) -> Recognizer3D:
    """PST-T: Swin-T with alternating TCS / TPS (pattern C) blocks, window (1, 7, 7), T = 16
    token frames (a 32-frame clip). ``pst_t(window=(2, 7, 7))`` is PST-T-dagger. Keyword
    overrides: num_frames (token frames, sizes the bias table), embed_dim, depths, num_heads,
    num_classes, drop_path_rate, backend, use_checkpoint, pattern, bias, select_frames (STTS:
    keep that many of the token frames after the patch embedding), recompute_cheap (default
    True: training recomputes the LayerNorm / GELU / pad / shift outputs in the backward
    instead of storing them, ``tps_kernels.nn.recompute``), recompute_qkv (default False: True
    also recomputes each block's qkv in the backward instead of storing it: a lower training
    peak for one more GEMM per block), ..."""
    return _build("pst_t", **kwargs)


def pst_b(**kwargs) -> Recognizer3D:
    """PST-B: embed 128, depths (2, 2, 18, 2), heads (4, 8, 16, 32)."""
    return _build("pst_b", **kwargs)


def swin2d_t(**kwargs) -> Recognizer3D:
    """The paper's "2D Swin-T" baseline: the same network with no temporal shift at all (2D
    Swin bias table (169, heads), per-frame attention)."""
    return _build("swin2d_t", **kwargs)


def video_swin_t(**kwargs) -> Recognizer3D:
    """Video-Swin-T: 3D windows (8, 7, 7), shift (4, 3, 3), 3D bias table (15*13*13, heads).
    Where a stage's map is smaller than the window, the bias index is the published slice of
    the full window's index (``shrunk_index='sliced'``, checkpoint-compatible);
    ``shrunk_index='geometric'`` uses the shrunk window's true offsets instead."""
    return _build("video_swin_t", **kwargs)


MODELS = {"pst_t": pst_t, "pst_b": pst_b, "swin2d_t": swin2d_t, "video_swin_t": video_swin_t}


def model_config(name: str) -> dict:
    """The published configuration ``create_model(name)`` builds before keyword overrides
    (a copy): embed_dim, depths, num_heads, window_size, drop_path_rate, shift_type, bias."""
    if name not in _CONFIGS:
        raise ValueError(f"unknown model {name!r}; expected one of {sorted(_CONFIGS)}")
    return dict(_CONFIGS[name])


def create_model(name: str, **kwargs) -> Recognizer3D:
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; expected one of {sorted(MODELS)}")
    return MODELS[name](**kwargs)
