"""Models: tiny configs vs the independent implementation (test_nn_published.py), every
backend vs the reference backend, published key layouts, checkpoints, compile / autocast /
channels-last / activation checkpointing."""

from __future__ import annotations

import collections
import copy

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

import test_nn_published as pub
import tiers
from cases import TOLERANCES
from tps_kernels import models
from tps_kernels.models import create_model, inflate_2d, load_checkpoint, model_config

TINY = dict(embed_dim=32, depths=(2, 2), num_heads=(2, 4), num_classes=5, drop_path_rate=0.0)

# name -> (constructor kwargs, independent-implementation settings, input clip shape)
TINY_MODELS = {
    "pst_t": (
        dict(TINY, num_frames=4),
        dict(window=(1, 7, 7), shift_type="psm", bias_mode="official", T_table=4),
        (2, 3, 8, 56, 56),
    ),
    # input not a multiple of 224/32: pads 15x13 -> 21x14 in stage 1, PatchMerging pads odd
    "pst_t_pad": (
        dict(TINY, num_frames=4),
        dict(window=(1, 7, 7), shift_type="psm", bias_mode="official", T_table=4),
        (1, 3, 8, 60, 52),
    ),
    "pst_t_dagger": (
        dict(TINY, num_frames=4, window=(2, 7, 7)),
        dict(window=(2, 7, 7), shift_type="psm", bias_mode="official", T_table=4),
        (1, 3, 8, 56, 56),
    ),
    "swin2d_t": (
        dict(TINY, num_frames=4),
        dict(window=(1, 7, 7), shift_type=None, bias_mode="swin", T_table=4),
        (1, 3, 8, 56, 56),
    ),
    # one stage: a 14x14 map with roll + mask and TPS (the config small enough for Triton's
    # interpreter)
    "pst_t_1stage": (
        dict(TINY, num_frames=4, depths=(2,), num_heads=(2,)),
        dict(window=(1, 7, 7), shift_type="psm", bias_mode="official", T_table=4),
        (1, 3, 8, 56, 56),
    ),
    "video_swin_t": (
        dict(TINY, window=(4, 7, 7)),
        dict(window=(4, 7, 7), shift_type=None, bias_mode="swin", T_table=8),
        (1, 3, 16, 56, 56),
    ),
}


def _backends():
    return [tiers.backend_param("cpu"), tiers.backend_param("triton")]


def _cpu_backends():
    """reference + the compiled CPU backend (Triton's interpreter is too slow for these)."""
    return [pytest.param("reference")] + [p for p in _backends() if p.values[0] == "cpu"]


def _tiny(key, dtype=torch.float64, backend="reference", seed=0):
    kwargs, _, shape = TINY_MODELS[key]
    name = key.split("_pad")[0].split("_dagger")[0].split("_1stage")[0]
    torch.manual_seed(seed)
    model = create_model(name, backend=backend, **kwargs).to(dtype).eval()
    x = torch.randn(shape, dtype=dtype, generator=torch.Generator().manual_seed(seed + 1))
    return model, x


@pytest.mark.parametrize("key", list(TINY_MODELS))
def test_reference_model_matches_independent_implementation(key):
    model, x = _tiny(key)
    _, cfg, _ = TINY_MODELS[key]
    sd = {
        k[len("backbone.") :]: v for k, v in model.state_dict().items() if k.startswith("backbone.")
    }
    kwargs = TINY_MODELS[key][0]
    with torch.no_grad():
        got = model.backbone(x)
        want = pub.backbone_forward(
            sd, x, heads=kwargs["num_heads"], depths=kwargs["depths"], **cfg
        )
    assert got.shape == want.shape
    torch.testing.assert_close(got, want, **TOLERANCES["float64_same"])
    # and the head: average pool, (eval) dropout, fc_cls
    logits = model(x)
    fc = model.cls_head.fc_cls
    torch.testing.assert_close(logits, fc(want.mean(dim=(2, 3, 4))), **TOLERANCES["float64_same"])


def test_backbone_output_shape_like_published():
    model, _ = _tiny("pst_t", dtype=torch.float32)
    x = torch.randn(1, 3, 8, 64, 96)
    assert model.backbone(x).shape == (1, 64, 4, 8, 12)  # 2 stages: H / 4 / 2


@pytest.mark.parametrize("backend", _backends())
@pytest.mark.parametrize(
    "key", ["pst_t_1stage", "pst_t", "pst_t_pad", "pst_t_dagger", "swin2d_t", "video_swin_t"]
)
@tiers.interpreter(when=lambda backend, key: backend == "triton" and key != "pst_t_1stage")
def test_backend_equals_reference_at_model_level(key, backend):
    ref, x = _tiny(key, dtype=torch.float32)
    other = copy.deepcopy(ref).set_backend(backend)
    x = x[:1]
    grad = torch.randn(1, ref.cls_head.num_classes)
    outs = []
    for m in (ref, other):
        xx = x.clone().requires_grad_(True)
        y = m(xx)
        y.backward(grad)
        outs.append((y, xx.grad, {n: p.grad for n, p in m.named_parameters()}))
    torch.testing.assert_close(outs[1][0], outs[0][0], **TOLERANCES["model_float32_out"])
    torch.testing.assert_close(outs[1][1], outs[0][1], **TOLERANCES["model_float32_grad"])
    for n, g in outs[0][2].items():
        torch.testing.assert_close(outs[1][2][n], g, **TOLERANCES["model_float32_grad"], msg=n)


# --------------------------------------------------------------------------- published layouts
def _expected_layout(
    embed, depths, heads, table_rows, index_shapes, patch=(2, 4, 4), num_classes=400
):
    """Keys / shapes of the published mmaction recognizer (pst-semantics.md "Checkpoints")."""
    exp = {
        "backbone.patch_embed.proj.weight": (embed, 3) + patch,
        "backbone.patch_embed.proj.bias": (embed,),
        "backbone.patch_embed.norm.weight": (embed,),
        "backbone.patch_embed.norm.bias": (embed,),
    }
    for i, (d, h) in enumerate(zip(depths, heads)):
        c = embed * 2**i
        for j in range(d):
            p = f"backbone.layers.{i}.blocks.{j}."
            exp.update(
                {
                    p + "norm1.weight": (c,),
                    p + "norm1.bias": (c,),
                    p + "attn.relative_position_bias_table": (table_rows, h),
                    p + "attn.qkv.weight": (3 * c, c),
                    p + "attn.qkv.bias": (3 * c,),
                    p + "attn.proj.weight": (c, c),
                    p + "attn.proj.bias": (c,),
                    p + "norm2.weight": (c,),
                    p + "norm2.bias": (c,),
                    p + "mlp.fc1.weight": (4 * c, c),
                    p + "mlp.fc1.bias": (4 * c,),
                    p + "mlp.fc2.weight": (c, 4 * c),
                    p + "mlp.fc2.bias": (c,),
                }
            )
            for name, shape in index_shapes.items():
                exp[p + "attn." + name] = shape
        if i < len(depths) - 1:
            p = f"backbone.layers.{i}.downsample."
            exp.update(
                {
                    p + "norm.weight": (4 * c,),
                    p + "norm.bias": (4 * c,),
                    p + "reduction.weight": (2 * c, 4 * c),
                }
            )
    c = embed * 2 ** (len(depths) - 1)
    exp.update(
        {
            "backbone.norm.weight": (c,),
            "backbone.norm.bias": (c,),
            "cls_head.fc_cls.weight": (num_classes, c),
            "cls_head.fc_cls.bias": (num_classes,),
        }
    )
    return exp


PST_INDEX = {"relative_position_index": (16, 49, 49), "relative_position_index_old": (16, 49, 49)}


@pytest.mark.parametrize(
    "name,expected",
    [
        ("pst_t", _expected_layout(96, (2, 2, 6, 2), (3, 6, 12, 24), 5239, PST_INDEX)),
        ("pst_b", _expected_layout(128, (2, 2, 18, 2), (4, 8, 16, 32), 5239, PST_INDEX)),
        (
            "video_swin_t",
            _expected_layout(
                96,
                (2, 2, 6, 2),
                (3, 6, 12, 24),
                15 * 13 * 13,
                {"relative_position_index": (392, 392)},
            ),
        ),
    ],
)
def test_published_key_layout(name, expected):
    with torch.device("meta"):
        model = create_model(name)
    got = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    assert set(got) == set(expected), (sorted(set(got) ^ set(expected)))[:10]
    bad = {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}
    assert not bad, list(bad.items())[:10]


def test_full_size_pst_t_buffers_are_the_published_indices():
    model = models.pst_t()
    attn = model.backbone.layers[0].blocks[1].attn
    assert torch.equal(attn.relative_position_index, pub.tps_index(16, (1, 7, 7)))
    assert torch.equal(attn.relative_position_index_old, pub.tcs_index(16, (1, 7, 7)))
    n_params = sum(p.numel() for p in model.parameters())
    assert abs(n_params / 1e6 - 28.5) < 0.1  # the paper's 28.5M


def test_num_frames_sizes_the_table_and_is_checked():
    model = models.pst_t(**dict(TINY, num_frames=6))
    attn = model.backbone.layers[0].blocks[0].attn
    assert attn.relative_position_bias_table.shape == (11 * 169, 2)
    assert attn.relative_position_index.shape == (6, 49, 49)
    with pytest.raises(ValueError, match="num_frames=6"):
        model(torch.randn(1, 3, 8, 56, 56))
    # the relative table is T-independent
    rel = models.pst_t(**dict(TINY, bias="relative"))
    assert rel(torch.randn(1, 3, 6, 56, 56)).shape == (1, 5)


def test_create_model_errors():
    with pytest.raises(ValueError, match="unknown model"):
        create_model("resnet50")
    with pytest.raises(TypeError, match="unexpected keyword"):
        create_model("pst_t", embed_dims=64)
    # #12: an unknown backend fails at construction, naming the valid ones
    for name in models.MODELS:
        with pytest.raises(
            ValueError,
            match=r"backend must be one of \('auto', 'reference', "
            r"'cpu', 'cuda', 'triton'\), got 'gpu'",
        ):
            create_model(name, **TINY, backend="gpu")
    model = models.pst_t(**dict(TINY, num_frames=4))
    with pytest.raises(ValueError, match="got 'gpu'"):
        model.set_backend("gpu")
    assert {m.backend for m in model.modules() if hasattr(m, "backend")} == {"auto"}


# --------------------------------------------------------------------------- checkpoints
def test_checkpoint_round_trip_is_exact(tmp_path):
    model, x = _tiny("pst_t", dtype=torch.float32, seed=1)
    path = tmp_path / "pst.pth"
    torch.save({"meta": {"epoch": 3}, "state_dict": model.state_dict()}, path)
    fresh, _ = _tiny("pst_t", dtype=torch.float32, seed=2)
    assert not torch.equal(fresh.cls_head.fc_cls.weight, model.cls_head.fc_cls.weight)
    res = load_checkpoint(fresh, str(path))
    assert res.missing_keys == [] and res.unexpected_keys == []
    for k, v in model.state_dict().items():
        assert torch.equal(fresh.state_dict()[k], v), k
    with torch.no_grad():
        assert torch.equal(fresh(x), model(x))
    # a dict works too, and 'module.' prefixes (DDP) are stripped
    ddp = {"state_dict": {"module." + k: v for k, v in model.state_dict().items()}}
    load_checkpoint(fresh, ddp)


def test_load_checkpoint_reports_keys_clearly():
    model, _ = _tiny("pst_t", dtype=torch.float32)
    sd = dict(model.state_dict())
    sd.pop("backbone.norm.weight")
    sd["backbone.extra.weight"] = torch.zeros(1)
    with pytest.raises(
        KeyError,
        match=r"1 missing key\(s\).*backbone\.norm\.weight.*"
        r"1 unexpected key\(s\).*backbone\.extra\.weight",
    ):
        load_checkpoint(model, {"state_dict": sd})
    res = load_checkpoint(model, {"state_dict": sd}, strict=False)
    assert res.missing_keys == ["backbone.norm.weight"]
    assert res.unexpected_keys == ["backbone.extra.weight"]
    sd = dict(model.state_dict())
    sd["cls_head.fc_cls.weight"] = torch.zeros(7, 64)
    with pytest.raises(ValueError, match=r"cls_head\.fc_cls\.weight: checkpoint \(7, 64\)"):
        load_checkpoint(model, sd)


def _fake_swin2d_checkpoint(embed, depths, heads, window=7):
    """A 2D Swin ImageNet checkpoint in the official layout ({'model': ...})."""
    g = torch.Generator().manual_seed(0)
    sd = {
        "patch_embed.proj.weight": torch.randn(embed, 3, 4, 4, generator=g),
        "patch_embed.proj.bias": torch.randn(embed, generator=g),
        "head.weight": torch.randn(1000, embed * 2 ** (len(depths) - 1), generator=g),
    }
    for i, (d, h) in enumerate(zip(depths, heads)):
        for j in range(d):
            p = f"layers.{i}.blocks.{j}.attn."
            sd[p + "relative_position_bias_table"] = torch.randn(
                (2 * window - 1) ** 2, h, generator=g
            )
            sd[p + "relative_position_index"] = torch.zeros(window**2, window**2, dtype=torch.long)
            c = embed * 2**i
            sd[p + "qkv.weight"] = torch.randn(3 * c, c, generator=g)
            sd[f"layers.{i}.blocks.{j}.attn_mask"] = torch.zeros(1)
    return {"model": sd}


def test_inflate_2d_published_rules():
    model = models.pst_t(**dict(TINY, num_frames=4))
    ck = _fake_swin2d_checkpoint(32, (2, 2), (2, 4))
    res = inflate_2d(model, ck)
    src = ck["model"]
    w = model.backbone.patch_embed.proj.weight
    torch.testing.assert_close(
        w, src["patch_embed.proj.weight"][:, :, None].repeat(1, 1, 2, 1, 1) / 2
    )
    table = model.backbone.layers[1].blocks[1].attn.relative_position_bias_table
    assert table.shape == (7 * 169, 4)
    assert torch.equal(
        table, src["layers.1.blocks.1.attn.relative_position_bias_table"].repeat(7, 1)
    )
    assert torch.equal(
        model.backbone.layers[0].blocks[0].attn.qkv.weight, src["layers.0.blocks.0.attn.qkv.weight"]
    )
    assert "head.weight" in res.unexpected_keys
    assert "backbone.norm.weight" in res.missing_keys
    # a 2D checkpoint with another window is bicubic-resized to 13x13 first
    ck6 = _fake_swin2d_checkpoint(32, (2, 2), (2, 4), window=6)
    inflate_2d(model, ck6)
    assert model.backbone.layers[0].blocks[0].attn.relative_position_bias_table.shape == (
        7 * 169,
        2,
    )
    # video_swin_t: the 2D table is repeated 2 * wt - 1 times
    vs = models.video_swin_t(**dict(TINY, window=(4, 7, 7)))
    inflate_2d(vs, ck)
    assert torch.equal(
        vs.backbone.layers[0].blocks[0].attn.relative_position_bias_table,
        src["layers.0.blocks.0.attn.relative_position_bias_table"].repeat(7, 1),
    )


def test_inflated_swin2d_on_a_static_clip_equals_timm_2d_swin():
    """End to end: a 2D Swin (timm's implementation, official key layout) inflated into
    swin2d_t gives, on a clip of identical frames, the 2D network's features on every frame
    (the (2, 4, 4) patch weight is the 2D one repeated / 2, no temporal mixing)."""
    timm_swin = pytest.importorskip(
        "timm.models.swin_transformer", reason="timm (a benchmark dependency) is not installed"
    )
    torch.manual_seed(0)
    net2d = timm_swin.SwinTransformer(
        img_size=56,
        patch_size=4,
        embed_dim=32,
        depths=(2, 2),
        num_heads=(2, 4),
        window_size=7,
        num_classes=10,
    ).double()
    net2d.eval()
    with torch.no_grad():  # non-trivial norms / biases
        for n, p in net2d.named_parameters():
            if "norm" in n or n.endswith(".bias"):
                p.add_(torch.randn_like(p) * 0.1)
    official = {}
    for k, v in net2d.state_dict().items():
        parts = k.split(".")
        if len(parts) > 2 and parts[0] == "layers" and parts[2] == "downsample":
            # timm keeps stage i's merge at the start of stage i + 1; official: end of stage i
            parts[1] = str(int(parts[1]) - 1)
        official[".".join(parts)] = v
    model = models.swin2d_t(**dict(TINY, num_frames=4), backend="reference").double().eval()
    res = inflate_2d(model, {"model": official})
    assert [k for k in res.missing_keys if not k.startswith("cls_head")] == []
    img = torch.randn(2, 3, 56, 56, dtype=torch.float64)
    clip = img[:, :, None].expand(-1, -1, 8, -1, -1)
    with torch.no_grad():
        want = net2d.forward_features(img)  # (B, 7, 7, C)
        got = model.backbone(clip)  # (B, C, 4, 7, 7)
    for t in range(4):
        torch.testing.assert_close(
            got[:, :, t].permute(0, 2, 3, 1), want, **TOLERANCES["float64_timm"]
        )


# --------------------------------------------------------------------------- training features
@pytest.mark.parametrize("backend", _cpu_backends())
def test_use_checkpoint_same_gradients(backend):
    dtype = torch.float64 if backend == "reference" else torch.float32
    model, x = _tiny("pst_t_1stage", dtype=dtype, backend=backend)
    ck = models.pst_t(**dict(TINY_MODELS["pst_t_1stage"][0], use_checkpoint=True), backend=backend)
    ck = ck.to(dtype)
    ck.load_state_dict(model.state_dict())
    model.train()
    ck.train()
    x = x[:1]
    grads = []
    for m in (model, ck):
        m.zero_grad()
        torch.manual_seed(0)  # same head-dropout mask in both
        m(x).square().sum().backward()
        grads.append({n: p.grad.clone() for n, p in m.named_parameters()})
    tol = TOLERANCES["float64_same" if dtype == torch.float64 else "float32_checkpoint"]
    for n, g in grads[0].items():
        torch.testing.assert_close(grads[1][n], g, **tol, msg=n)


@pytest.mark.parametrize("backend", _cpu_backends())
@pytest.mark.parametrize("amp", [None, torch.bfloat16], ids=["fp32", "autocast_bf16"])
@pytest.mark.parametrize("key", ["pst_t", "pst_t_pad", "video_swin_t"])
@pytest.mark.parametrize("recompute_qkv", [False, True], ids=["cheap", "qkv"])
def test_recompute_same_gradients(recompute_qkv, key, amp, backend):
    """recompute_cheap (the default) reruns LayerNorm / pad / channel shift / GELU / dropout
    in the backward, recompute_qkv the qkv linear too (the fused op's outputs kept): the same
    kernels on the same inputs and RNG state, so the compiled backend's gradients equal the
    stored path's bit for bit (the reference backend's bias gradient accumulates in a
    run-dependent order: a tolerance there)."""
    kwargs, _, shape = TINY_MODELS[key]
    name = key.split("_pad")[0]
    kwargs = dict(kwargs, drop_path_rate=0.2, drop_rate=0.1)  # RNG inside the rerun regions
    torch.manual_seed(0)
    lean = create_model(name, backend=backend, recompute_qkv=recompute_qkv, **kwargs).train()
    stored = create_model(name, backend=backend, recompute_cheap=False, **kwargs).train()
    stored.load_state_dict(lean.state_dict())
    x = torch.randn(shape[1:], generator=torch.Generator().manual_seed(1))[None]
    grads = []
    for m in (lean, stored):
        torch.manual_seed(2)  # same dropout / drop-path / head-dropout masks
        with torch.autocast("cpu", dtype=amp or torch.bfloat16, enabled=amp is not None):
            y = m(x)
        y.float().square().sum().backward()
        grads.append({n: p.grad for n, p in m.named_parameters()})
    for n, g in grads[1].items():
        if backend == "cpu":
            assert torch.equal(grads[0][n], g), n
        else:
            torch.testing.assert_close(grads[0][n], g, **TOLERANCES["float32_checkpoint"], msg=n)


@pytest.mark.parametrize("amp", [None, torch.bfloat16], ids=["fp32", "autocast_bf16"])
@pytest.mark.parametrize("train", [False, True], ids=["inference", "train"])
def test_every_layernorm_runs_once_a_forward(train, amp):
    """No norm is computed twice or skipped on any path: the stored and recomputed training
    paths, eager inference, and bf16 autocast inference (on a CPU without bf16 GEMMs its
    fused MLP kernel, cpu_bf16.gelu_mlp)."""
    model, x = _tiny("pst_t", dtype=torch.float32, backend="cpu")
    model.train(train)
    calls = []
    norms = [m for m in model.modules() if isinstance(m, torch.nn.LayerNorm)]
    for m in norms:
        m.register_forward_hook(lambda mod, args, out: calls.append(mod))
    with (
        torch.set_grad_enabled(train),
        torch.autocast("cpu", dtype=amp or torch.bfloat16, enabled=amp is not None),
    ):
        model(x[:1])
    assert sorted(map(id, calls)) == sorted(map(id, norms))


def test_inference_gelu_in_place_same_output():
    """Without autograd the MLP's GELU overwrites its hidden (fc2 reads fc1's own buffer:
    4C per token less at the inference peak); the output is the out-of-place path's."""
    model, x = _tiny("pst_t", dtype=torch.float32, backend="cpu")
    mlp = model.backbone.layers[0].blocks[0].mlp
    seen = {}
    mlp.fc1.register_forward_hook(lambda m, a, out: seen.__setitem__("fc1", out.data_ptr()))
    mlp.fc2.register_forward_pre_hook(lambda m, a: seen.__setitem__("fc2", a[0].data_ptr()))
    with torch.no_grad():
        got = model(x)
    assert seen["fc1"] == seen["fc2"]
    want = model(x)  # grad on (parameters require it): the out-of-place GELU
    assert seen["fc1"] != seen["fc2"]
    assert torch.equal(got, want.detach())


def _stored_after_forward(model, x) -> int:
    """Bytes allocated and not freed during a training forward: what it keeps for the
    backward (plus its output)."""
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        loss = model(x).square().sum()
    events = prof.profiler.kineto_results.events()
    del loss
    return sum(e.nbytes() for e in events if e.name() == "[memory]")


def test_recompute_cheap_stores_less():
    """Per block the LayerNorm outputs (C + C per token) and the GELU output (4C) are not
    stored, nor PatchMerging's LayerNorm output: a count of the tiny PST-T's tensors."""
    kwargs, _, shape = TINY_MODELS["pst_t"]
    x = torch.randn(shape[1:], generator=torch.Generator().manual_seed(1))[None]
    stored = {}
    for rc in (False, True):
        torch.manual_seed(0)
        model = create_model("pst_t", backend="cpu", recompute_cheap=rc, **kwargs).train()
        model(x).sum().backward()  # warm-up: index caches, lazily built buffers
        stored[rc] = _stored_after_forward(model, x)
    c, frames, side = kwargs["embed_dim"], shape[2] // 2, shape[3] // 4
    tokens = [frames * side * side, frames * (side // 2) ** 2]  # stages 1, 2
    blocks = sum(t * c * 2**i * 6 for i, t in enumerate(tokens)) * 2  # 2 blocks a stage
    want = 4 * (blocks + tokens[0] * c)  # fp32 bytes; + the merge's LayerNorm output
    # checkpointing keeps an RNG state per region (5 KB): a band, not equality
    assert 0.95 * want <= stored[False] - stored[True] <= 1.05 * want, (stored, want)


class _CountOps(TorchDispatchMode):
    """How many times each op really runs (a selective checkpoint's cached outputs are
    returned by its own, inner mode: not counted)."""

    def __init__(self):
        super().__init__()
        self.counts = collections.Counter()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.counts[str(func)] += 1
        return func(*args, **(kwargs or {}))


def test_recompute_qkv_stores_less():
    """recompute_qkv keeps no block's qkv (3C per token); its backward reruns the qkv linear,
    not the fused forward."""
    kwargs, _, shape = TINY_MODELS["pst_t"]
    x = torch.randn(shape[1:], generator=torch.Generator().manual_seed(1))[None]
    stored, backward_ops = {}, {}
    for rq in (False, True):
        torch.manual_seed(0)
        model = create_model("pst_t", backend="cpu", recompute_qkv=rq, **kwargs).train()
        model(x).sum().backward()  # warm-up: index caches, lazily built buffers
        stored[rq] = _stored_after_forward(model, x)
        loss = model(x).sum()
        with _CountOps() as ops:
            loss.backward()
        backward_ops[rq] = ops.counts
    c, frames, side = kwargs["embed_dim"], shape[2] // 2, shape[3] // 4
    tokens = [frames * side * side, frames * (side // 2) ** 2]  # stages 1, 2
    want = 4 * sum(t * 3 * c * 2**i for i, t in enumerate(tokens)) * 2  # fp32, 2 blocks a stage
    assert 0.95 * want <= stored[False] - stored[True] <= 1.05 * want, (stored, want)
    for rq, counts in backward_ops.items():
        assert counts["tps.window_attention_fwd.default"] == 0, rq
        assert counts["tps.window_attention_bwd.default"] == 4, rq
    # the 4 qkv linears again
    assert backward_ops[True]["aten.addmm.default"] == backward_ops[False]["aten.addmm.default"] + 4


@pytest.mark.parametrize("backend", _backends())
def test_recompute_qkv_keeps_the_fused_forward(backend):
    """Every backend's fused forward is kept by recompute_qkv's policy (never rerun in the
    backward), and the gradients are the default path's."""
    grads, fwd_in_backward = [], []
    for rq in (False, True):
        model, x = _tiny("pst_t_1stage", dtype=torch.float32, backend=backend)
        for blk in model.backbone.layers[0].blocks:
            blk.recompute_qkv = rq
        loss = model(x).square().sum()
        with _CountOps() as ops:
            loss.backward()
        fwd_in_backward.append(sum(n for k, n in ops.counts.items() if "attention_fwd" in k))
        grads.append({n: p.grad for n, p in model.named_parameters()})
    assert fwd_in_backward == [0, 0]
    for n, g in grads[0].items():
        torch.testing.assert_close(grads[1][n], g, **TOLERANCES["float32_same"], msg=n)


def test_channels_last_input_same_output():
    model, x = _tiny("pst_t_1stage", dtype=torch.float32)
    with torch.no_grad():
        a = model(x)
        b = model(x.contiguous(memory_format=torch.channels_last_3d))
    torch.testing.assert_close(b, a, **TOLERANCES["float32_same"])


@pytest.mark.parametrize("backend", _cpu_backends())
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_autocast_cpu(dtype, backend):
    tol = TOLERANCES["autocast_model"][dtype]
    model, x = _tiny("pst_t_1stage", dtype=torch.float32, backend=backend)
    with torch.no_grad():
        want = model.backbone(x)  # LayerNorm-ed features, O(1) values
        with torch.autocast("cpu", dtype=dtype):
            got = model.backbone(x)
            logits = model(x)
    assert got.dtype == dtype and logits.dtype == dtype
    torch.testing.assert_close(got.float(), want, **tol)
    assert (got.float() - want).abs().mean() < tol["atol"] / 4
    # a training step under autocast: finite gradients for every parameter
    model.train()
    with torch.autocast("cpu", dtype=dtype):
        loss = model.backbone(x).float().square().mean()
    loss.backward()
    for n, p in model.named_parameters():
        if n.startswith("cls_head"):
            continue
        assert p.grad is not None and torch.isfinite(p.grad).all(), n


@pytest.mark.parametrize("backend", _cpu_backends())
def test_torch_compile_matches_eager(backend):
    _, x = _tiny("pst_t", dtype=torch.float32)
    model = models.pst_t(
        **dict(TINY, num_frames=4, depths=(2,), num_heads=(2,)), backend=backend
    ).eval()
    x = x[:1, :, :, :28, :28]
    x.requires_grad_(True)
    want = model(x)
    (gx_want,) = torch.autograd.grad(want.sum(), x)
    # aot_eager: Dynamo + AOTAutograd with fake tensors (the part the ops must support); the
    # inductor codegen on top is not ours and costs minutes on 2 cores
    got = torch.compile(model, backend="aot_eager")(x)
    (gx,) = torch.autograd.grad(got.sum(), x)
    torch.testing.assert_close(got, want, **TOLERANCES["float32_same"])
    torch.testing.assert_close(gx, gx_want, **TOLERANCES["float32_same"])


# --------------------------------------------------------------------------- CUDA (when present)
def _cuda_backends():
    return [tiers.backend_param(name, tiers.needs_cuda) for name in ("cuda", "triton")]


@pytest.mark.parametrize("backend", _cuda_backends())
@pytest.mark.parametrize("key", ["pst_t", "pst_t_pad", "video_swin_t"])
def test_cuda_backend_equals_reference_and_autocast(key, backend):
    ref, x = _tiny(key, dtype=torch.float32)
    ref = ref.cuda()
    x = x[:1].cuda()
    other = copy.deepcopy(ref).set_backend(backend)
    outs = []
    for m in (ref, other):
        xx = x.clone().requires_grad_(True)
        y = m.backbone(xx)
        y.square().sum().backward()
        outs.append((y, xx.grad))
    torch.testing.assert_close(outs[1][0], outs[0][0], **TOLERANCES["model_cuda_out"])
    torch.testing.assert_close(outs[1][1], outs[0][1], **TOLERANCES["model_cuda_grad"])
    with torch.no_grad():
        want = ref.backbone(x)
        for dtype in (torch.float16, torch.bfloat16):
            with torch.autocast("cuda", dtype=dtype):
                got = other.backbone(x)
            assert got.dtype == dtype
            torch.testing.assert_close(got.float(), want, **TOLERANCES[dtype])


@pytest.mark.parametrize("backend", _cpu_backends())
def test_train_after_inference_mode(backend):
    """Indices cached during a torch.inference_mode() evaluation (maps smaller than the
    window shrink it, so the index is built on first use) must not break a later training
    step that saves them for backward."""
    model, _ = _tiny("pst_t", dtype=torch.float32, backend=backend)
    x = torch.randn(1, 3, 8, 32, 32)  # stage maps 8x8 -> 4x4 < window
    with torch.inference_mode():
        model(x)
    assert any(len(m._index_cache) for m in model.modules() if hasattr(m, "_index_cache"))
    model.train()
    model(x).square().sum().backward()
    assert all(p.grad is not None for p in model.parameters() if p.requires_grad)


def test_model_config_is_a_copy_of_the_published_configuration():
    cfg = model_config("pst_t")
    assert cfg["drop_path_rate"] == 0.1 and cfg["depths"] == (2, 2, 6, 2)
    cfg["drop_path_rate"] = 0.9  # a copy: the next model is still the published one
    assert model_config("pst_t")["drop_path_rate"] == 0.1
    with pytest.raises(ValueError, match="unknown model 'pst_x'"):
        model_config("pst_x")
