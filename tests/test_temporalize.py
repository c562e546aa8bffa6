"""temporalize() / deit_s_tps against explicit loop implementations of the shifts."""

import copy

import pytest
import torch
from torch import nn

import tiers
from cases import TOLERANCES
from tps_kernels.nn import temporalize
from tps_kernels.patterns import frame_shift_map

timm = pytest.importorskip("timm", reason="timm (a benchmark/test requirement) is not installed")

T, GRID, PREFIX = 4, (4, 4), 1
BACKENDS = ["reference", tiers.backend_param("cpu")]


def _tiny_vit(**kw):
    torch.manual_seed(0)
    return (
        timm.models.vision_transformer.VisionTransformer(
            img_size=28,
            patch_size=7,
            embed_dim=16,
            depth=3,
            num_heads=2,
            num_classes=5,
            global_pool="avg",
            **kw,
        )
        .double()
        .eval()
    )  # avg: every token reaches the output


def _loop_patch_shift(x, fs, inverse, prefix):
    """x (B*T, P + H*W, C): slot (t, y, x) <- frame (t - s) mod T (inverse: the other way)."""
    out = x.clone()
    h, w = fs.shape
    for r in range(x.shape[0]):
        b, t = divmod(r, T)
        for y in range(h):
            for z in range(w):
                s = int(fs[y, z])
                tok = prefix + y * w + z
                if inverse:
                    out[b * T + (t - s) % T, tok] = x[r, tok]
                else:
                    out[r, tok] = x[b * T + (t - s) % T, tok]
    return out


def _with_explicit_tps(model, blocks, fs, prefix):
    """A copy whose chosen attention modules shift by explicit loops."""
    ref = copy.deepcopy(model)
    attns = [m for m in ref.modules() if type(m).__name__ == "Attention"]
    for i in blocks:
        orig = attns[i].forward

        def fwd(x, *a, _orig=orig, **k):
            y = _orig(_loop_patch_shift(x, fs, False, prefix), *a, **k)
            return _loop_patch_shift(y, fs, True, prefix)

        attns[i].forward = fwd
    return ref


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("reg_tokens", [0, 2])
def test_tps_on_timm_vit_matches_explicit_loops(backend, reg_tokens):
    model = _tiny_vit(reg_tokens=reg_tokens)
    prefix = 1 + reg_tokens
    fs = frame_shift_map("C", GRID)
    ref = _with_explicit_tps(model, [1], fs, prefix)
    keys = list(model.state_dict())
    temporalize(model, T, "tps", "C", backend=backend)
    assert list(model.state_dict()) == keys and model.tps_temporal == [("blocks.1.attn", "tps")]
    x = torch.randn(2 * T, 3, 28, 28, dtype=torch.float64, requires_grad=True)
    out = model(x)
    torch.testing.assert_close(out, ref(x), **TOLERANCES["float64_same"])
    (g,) = torch.autograd.grad(out.square().sum(), x)
    (g_ref,) = torch.autograd.grad(ref(x).square().sum(), x)
    torch.testing.assert_close(g, g_ref, **TOLERANCES["float64_same"])


def test_mode_none_and_static_clip_are_the_2d_model():
    model = _tiny_vit()
    x = torch.randn(1, 3, 28, 28, dtype=torch.float64)
    assert temporalize(model, T, None) is model and not hasattr(model, "tps_temporal")
    want = model(x)
    temporalize(model, T, "tps", blocks="all")
    # every frame the same image: the shift moves identical tokens, outputs are the 2D ones
    torch.testing.assert_close(model(x.expand(T, -1, -1, -1)), want.expand(T, -1))


def test_tcs_matches_explicit_channel_shift():
    model = _tiny_vit()
    ref = copy.deepcopy(model)
    attn = ref.blocks[0].attn
    orig, heads = attn.forward, attn.num_heads

    def tcs(x):  # per head: [0, fold) from t-1, [fold, 2 fold) from t+1, not cyclic
        y = x.clone()
        hd = x.shape[-1] // heads
        fold = hd // 8
        for r in range(x.shape[0]):
            b, t = divmod(r, T)
            for h in range(heads):
                c = h * hd
                if t > 0:
                    y[r, :, c : c + fold] = x[r - 1, :, c : c + fold]
                if t < T - 1:
                    y[r, :, c + fold : c + 2 * fold] = x[r + 1, :, c + fold : c + 2 * fold]
        return y

    attn.forward = lambda x, *a, **k: orig(tcs(x), *a, **k)
    temporalize(model, T, "tcs", blocks=[0])
    x = torch.randn(2 * T, 3, 28, 28, dtype=torch.float64)
    torch.testing.assert_close(model(x), ref(x), **TOLERANCES["float64_same"])


def test_encoder_layer_fast_path_does_not_skip_the_shift():
    torch.manual_seed(0)
    layer = nn.TransformerEncoderLayer(
        16, 2, dim_feedforward=32, dropout=0.0, batch_first=True
    ).eval()
    ref = copy.deepcopy(layer)
    fs = frame_shift_map("C", GRID)
    orig = ref.self_attn.forward

    def fwd(q, k, v, *a, **kw):
        o, w = orig(
            _loop_patch_shift(q, fs, False, 1),
            _loop_patch_shift(k, fs, False, 1),
            _loop_patch_shift(v, fs, False, 1),
            *a,
            **kw,
        )
        return _loop_patch_shift(o, fs, True, 1), w

    ref.self_attn.forward = fwd
    temporalize(layer, T, "tps", blocks="all", grid_size=GRID, num_prefix_tokens=1)
    x = torch.randn(T, 1 + 16, 16)
    with torch.no_grad():  # eval + no grad + batch_first: the fused fast path's conditions
        got = layer(x)
    with torch.enable_grad():
        want = ref(x)
    torch.testing.assert_close(got, want, **TOLERANCES["float32_same"])


def test_deit_s_tps_loads_timm_weights_and_is_2d_on_a_static_clip():
    from tps_kernels.models import deit_s_tps

    model = deit_s_tps(num_classes=7, num_frames=T, img_size=32).eval()
    torch.manual_seed(1)
    deit = timm.create_model(
        "deit_small_patch16_224", pretrained=False, num_classes=7, img_size=32
    ).eval()
    model.backbone.load_state_dict(deit.state_dict())  # strict: same keys
    assert [m for _, m in model.backbone.tps_temporal] == ["tps"] * 6
    # timm's layers take the float32 kernels under bf16 autocast on CPUs without bf16 GEMMs
    assert not any(type(m) in (nn.Linear, nn.Conv2d) for m in model.modules())
    img = torch.randn(2, 3, 32, 32)
    clip = img[:, :, None].expand(-1, -1, T, -1, -1)
    with torch.no_grad():
        torch.testing.assert_close(model(clip), deit(img), **TOLERANCES["deit_float32"])
        moving = torch.randn(2, 3, T, 32, 32)
        assert not torch.allclose(model(moving), deit(moving[:, :, 0]), atol=1e-3)


@pytest.mark.parametrize(
    "call, match",
    [
        (lambda: temporalize(_tiny_vit(), T, "xyz"), "mode"),
        (lambda: temporalize(_tiny_vit(), 0), "num_frames"),
        (lambda: temporalize(nn.Linear(2, 2), T), "no recognized attention"),
        (lambda: temporalize(_tiny_vit(), T, blocks=[5]), "blocks"),
        (lambda: temporalize(nn.TransformerEncoderLayer(8, 2), T), "grid_size"),
        (lambda: temporalize(temporalize(_tiny_vit(), T), T), "converted already"),
    ],
)
def test_bad_arguments_are_named(call, match):
    with pytest.raises(ValueError, match=match):
        call()


def test_bad_inputs_are_named():
    model = temporalize(_tiny_vit(), T)
    with pytest.raises(ValueError, match="num_frames = 4"):
        model(torch.randn(3, 3, 28, 28, dtype=torch.float64))
    layer = temporalize(
        nn.TransformerEncoderLayer(16, 2, batch_first=True),
        T,
        grid_size=GRID,
        num_prefix_tokens=1,
        blocks="all",
    )
    with pytest.raises(ValueError, match="self-attention"):
        layer.self_attn(torch.randn(T, 17, 16), torch.randn(T, 17, 16), torch.randn(T, 17, 16))
