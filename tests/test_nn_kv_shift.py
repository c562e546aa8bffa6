"""X-ViT / SCT attention modules and temporalize(mode="xvit" | "sct") against explicit
float64 computations: the key/value shift written as loops over frames and channels, then
plain softmax attention with the module's own weights."""

import copy

import pytest
import torch
from test_temporalize import _tiny_vit  # float64, eval, avg pool: every token reaches the output
from torch import nn

import tiers
from cases import TOLERANCES
from tps_kernels import patterns
from tps_kernels.nn import (
    KvTimeShiftMultiheadAttention,
    ShiftedSelfAttention,
    SpaceTimeMixingAttention,
    temporalize,
)

timm = pytest.importorskip("timm", reason="timm (a benchmark/test requirement) is not installed")

T = 4
# cpu / triton / cuda: added by the lead with their kv_time_shift kernels (tests/test_kv_time_shift.py)
BACKENDS = [tiers.backend_param(name) for name in ("reference", "cpu")]


def explicit_kv_shift(kv: torch.Tensor, d, boundary: str) -> torch.Tensor:
    """kv (B, T, N, C): channel c of frame t from frame t + d[c]; outside the clip zeros,
    the frame itself or modulo T."""
    frames = kv.shape[1]
    out = torch.zeros_like(kv)
    for t in range(frames):
        for c, offset in enumerate(d.tolist()):
            u = t + offset
            if not 0 <= u < frames:
                if boundary == "zero":
                    continue
                u = t if boundary == "self" else u % frames
            out[:, t, :, c] = kv[:, u, :, c]
    return out


def explicit_attention(x, w_qkv, b_qkv, w_proj, b_proj, heads, d, boundary, scale=None):
    """x (B*T, N, C) frames ordered (b, t) -> (B*T, N, C)."""
    bt, n, c = x.shape
    qkv = nn.functional.linear(x, w_qkv, b_qkv).reshape(bt // T, T, n, 3 * c)
    q = qkv[..., :c]
    k = explicit_kv_shift(qkv[..., c : 2 * c], d, boundary)
    v = explicit_kv_shift(qkv[..., 2 * c :], d, boundary)
    hd = c // heads

    def split(z):  # (B, T, N, C) -> (B*T, heads, N, hd)
        return z.reshape(bt, n, heads, hd).transpose(1, 2)

    scale = hd**-0.5 if scale is None else scale
    attn = ((split(q) * scale) @ split(k).transpose(-2, -1)).softmax(-1)
    out = (attn @ split(v)).transpose(1, 2).reshape(bt, n, c)
    return nn.functional.linear(out, w_proj, b_proj)


def _map(mode, dim, heads, fold_div=8):
    if mode == "xvit":
        return patterns.kv_shift_xvit(dim, heads, fold_div)
    return patterns.kv_shift_previous(dim)


def _explicit_timm(model, mode, fold_div=8):
    ref = copy.deepcopy(model)
    for attn in [m for m in ref.modules() if type(m).__name__ == "Attention"]:
        d = _map(mode, attn.qkv.in_features, attn.num_heads, fold_div)
        boundary = patterns.KV_SHIFT_BOUNDARY[mode]

        def fwd(x, *a, _attn=attn, _d=d, _b=boundary, **k):
            return explicit_attention(
                x,
                _attn.qkv.weight,
                _attn.qkv.bias,
                _attn.proj.weight,
                _attn.proj.bias,
                _attn.num_heads,
                _d,
                _b,
            )

        attn.forward = fwd
    return ref


def _check_grads(model, ref, x):
    out = model(x)
    torch.testing.assert_close(out, ref(x), **TOLERANCES["float64_same"])
    (g,) = torch.autograd.grad(out.square().sum(), x)
    (g_ref,) = torch.autograd.grad(ref(x).square().sum(), x)
    torch.testing.assert_close(g, g_ref, **TOLERANCES["float64_same"])


@pytest.mark.parametrize("reg_tokens", [0, 2])
@pytest.mark.parametrize("mode", ["xvit", "sct"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_temporalize_timm_vit_matches_explicit(backend, mode, reg_tokens):
    """Every block converted; class and register tokens shifted like the patches."""
    model = _tiny_vit(reg_tokens=reg_tokens)
    ref = _explicit_timm(model, mode, fold_div=4)
    keys = list(model.state_dict())
    temporalize(model, T, mode, fold_div=4, backend=backend)
    assert list(model.state_dict()) == keys
    assert model.tps_temporal == [(f"blocks.{i}.attn", mode) for i in range(3)]
    assert model.blocks[0].attn.qkv is not None
    model.load_state_dict(ref.state_dict())  # the 2D checkpoint loads after the conversion
    x = torch.randn(2 * T, 3, 28, 28, dtype=torch.float64, requires_grad=True)
    _check_grads(model, ref, x)


def _tiny_torchvision_vit():
    tv = pytest.importorskip("torchvision.models.vision_transformer")
    torch.manual_seed(0)
    return (
        tv.VisionTransformer(
            image_size=28, patch_size=7, num_layers=2, num_heads=2, hidden_dim=16, mlp_dim=32
        )
        .double()
        .eval()
    )


def _explicit_mha(ref, mode, batch_first=True, fold_div=8):
    for mha in [m for m in ref.modules() if isinstance(m, nn.MultiheadAttention)]:
        d = _map(mode, mha.embed_dim, mha.num_heads, fold_div)
        boundary = patterns.KV_SHIFT_BOUNDARY[mode]

        def fwd(q, k, v, *a, _m=mha, _d=d, _b=boundary, **kw):
            x = q if batch_first else q.transpose(0, 1)
            w, b = _m.in_proj_weight, _m.in_proj_bias
            o = explicit_attention(
                x, w, b, _m.out_proj.weight, _m.out_proj.bias, _m.num_heads, _d, _b
            )
            return (o if batch_first else o.transpose(0, 1)), None

        mha.forward = fwd
    return ref


@pytest.mark.parametrize("mode", ["xvit", "sct"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_temporalize_torchvision_vit_matches_explicit(backend, mode):
    model = _tiny_torchvision_vit()
    ref = _explicit_mha(copy.deepcopy(model), mode)
    keys = list(model.state_dict())
    temporalize(model, T, mode, backend=backend)
    assert list(model.state_dict()) == keys
    assert all(
        isinstance(m, KvTimeShiftMultiheadAttention)
        for m in model.modules()
        if isinstance(m, nn.MultiheadAttention)
    )
    x = torch.randn(T, 3, 28, 28, dtype=torch.float64, requires_grad=True)
    _check_grads(model, ref, x)


@pytest.mark.parametrize("batch_first", [True, False])
@pytest.mark.parametrize("backend", BACKENDS)
def test_encoder_layer_fast_path_does_not_skip_the_shift(backend, batch_first):
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(
        16, 2, dim_feedforward=32, dropout=0.0, batch_first=batch_first
    ).eval()
    ref = _explicit_mha(copy.deepcopy(layer), "xvit", batch_first, fold_div=4)
    temporalize(layer, T, "xvit", fold_div=4, backend=backend)
    x = torch.randn(2 * T, 5, 16)
    x = x if batch_first else x.transpose(0, 1)
    with torch.no_grad():  # eval + no grad: the fused fast path's conditions
        got = layer(x)
    with torch.enable_grad():
        want = ref(x)
    torch.testing.assert_close(got, want, **TOLERANCES["float32_same"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_modules_match_explicit_and_timm_keys(backend):
    dim, heads, n = 32, 4, 9
    attn = timm.models.vision_transformer.Attention(dim, heads, qkv_bias=True).double()
    x = torch.randn(2 * T, n, dim, dtype=torch.float64)
    for cls, mode in ((SpaceTimeMixingAttention, "xvit"), (ShiftedSelfAttention, "sct")):
        module = cls(dim, T, num_heads=heads, qkv_bias=True, backend=backend).double()
        assert list(module.state_dict()) == list(attn.state_dict())
        module.load_state_dict(attn.state_dict())
        want = explicit_attention(
            x,
            attn.qkv.weight,
            attn.qkv.bias,
            attn.proj.weight,
            attn.proj.bias,
            heads,
            _map(mode, dim, heads),
            patterns.KV_SHIFT_BOUNDARY[mode],
        )
        torch.testing.assert_close(module(x), want, **TOLERANCES["float64_same"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_sct_boundary_option(backend):
    dim, heads = 16, 2
    module = ShiftedSelfAttention(dim, T, num_heads=heads, boundary="cyclic", backend=backend)
    module = module.double()
    x = torch.randn(T, 5, dim, dtype=torch.float64)
    want = explicit_attention(
        x,
        module.qkv.weight,
        module.qkv.bias,
        module.proj.weight,
        module.proj.bias,
        heads,
        patterns.kv_shift_previous(dim),
        "cyclic",
    )
    torch.testing.assert_close(module(x), want, **TOLERANCES["float64_same"])


def test_mode_none_is_the_original_model():
    model = _tiny_vit()
    before = copy.deepcopy(model)
    assert temporalize(model, T, None) is model
    x = torch.randn(T, 3, 28, 28, dtype=torch.float64)
    torch.testing.assert_close(model(x), before(x), rtol=0, atol=0)


@pytest.mark.parametrize(
    "make, match",
    [
        (lambda: SpaceTimeMixingAttention(16, T, num_heads=2, fold_div=3), "fold_div=3"),
        (lambda: SpaceTimeMixingAttention(16, T, num_heads=3), "num_heads=3 must divide"),
        (lambda: ShiftedSelfAttention(16, 0, num_heads=2), "num_frames must be a positive"),
        (lambda: ShiftedSelfAttention(16, T, num_heads=2, boundary="wrap"), "boundary must"),
        (lambda: ShiftedSelfAttention(16, 1, num_heads=2), r"\(-num_frames, num_frames\)"),
        (
            lambda: temporalize(_tiny_vit(qk_norm=True), T, "xvit"),
            "without qk_norm",
        ),
        (lambda: temporalize(_tiny_vit(), T, "xvit", fold_div=5), "fold_div=5 must divide"),
    ],
)
def test_bad_arguments_are_named(make, match):
    with pytest.raises(ValueError, match=match):
        make()


def test_bad_inputs_are_named():
    module = SpaceTimeMixingAttention(16, T, num_heads=2, backend="reference")
    with pytest.raises(ValueError, match="T = num_frames = 4"):
        module(torch.randn(T + 1, 5, 16))
    with pytest.raises(ValueError, match="attn_mask"):
        module(torch.randn(T, 5, 16), attn_mask=torch.zeros(5, 5))
    mha = temporalize(nn.Sequential(nn.MultiheadAttention(16, 2, batch_first=True)), T, "sct")[0]
    x = torch.randn(T, 5, 16)
    with pytest.raises(ValueError, match="need_weights"):
        mha(x, x, x)
    with pytest.raises(ValueError, match="self-attention"):
        mha(x, x.clone(), x, need_weights=False)
    with pytest.raises(ValueError, match="converted already"):
        temporalize(nn.Sequential(mha), T, "xvit")


def test_conversion_checks_every_module_first():
    """A module that cannot take the shift fails the call before any module changes."""
    model = nn.Sequential(
        nn.MultiheadAttention(16, 2, batch_first=True),
        nn.MultiheadAttention(16, 2, batch_first=True, add_bias_kv=True),
    )
    keys = list(model.state_dict())
    with pytest.raises(ValueError, match="no add_bias_kv"):
        temporalize(model, T, "xvit", fold_div=4)
    assert type(model[0]) is nn.MultiheadAttention and not hasattr(model, "tps_temporal")
    assert list(model.state_dict()) == keys
