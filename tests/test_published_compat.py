"""Compatibility with published code outside the project: Video-Swin's shrunk-window bias
index (issue #14.6) and 2D Swin weights in timm and Microsoft layouts (issue #14.7)."""

from __future__ import annotations

import pytest
import torch

import test_nn_published as pub
from cases import TOLERANCES
from tps_kernels import models

TOL = TOLERANCES[torch.float64]
TINY = dict(embed_dim=32, depths=(2, 2), num_heads=(2, 4), num_classes=5, drop_path_rate=0.0)


# --------------------------------------------------------------------------- #14.6 Video-Swin
def _video_swin(shrunk_index=None, seed=0):
    kwargs = dict(TINY, window=(4, 7, 7), backend="reference")
    if shrunk_index is not None:
        kwargs["shrunk_index"] = shrunk_index
    torch.manual_seed(seed)
    model = models.video_swin_t(**kwargs).double().eval()
    with torch.no_grad():  # non-trivial norms / biases (zero / one at init)
        for n, p in model.named_parameters():
            if "norm" in n or n.endswith(".bias"):
                p.add_(torch.randn_like(p) * 0.1)
    return model


def _published(model, x, grad, shrunk_index):
    """Forward + parameter grads of the independent published implementation on the
    model's parameters."""
    sd = {
        k[len("backbone.") :]: v.detach().clone().requires_grad_(v.is_floating_point())
        for k, v in model.state_dict().items()
        if k.startswith("backbone.")
    }
    out = pub.backbone_forward(
        sd,
        x,
        heads=TINY["num_heads"],
        depths=TINY["depths"],
        window=(4, 7, 7),
        shift_type=None,
        bias_mode="swin",
        T_table=4,
        shrunk_index=shrunk_index,
    )
    out.backward(grad)
    return out.detach(), {k: v.grad for k, v in sd.items() if v.grad is not None}


# (1, 3, 8, 40, 40): stage 1 is a 4x10x10 map (window (4, 7, 7), padded to 14, shifted);
# stage 2 a 4x5x5 map: the window shrinks to (4, 5, 5) spatially
CLIP = (1, 3, 8, 40, 40)


@pytest.mark.parametrize("shrunk_index", [None, "sliced", "geometric"])
def test_video_swin_shrunk_window_matches_published(shrunk_index):
    model = _video_swin(shrunk_index)
    g = torch.Generator().manual_seed(1)
    x = torch.randn(CLIP, dtype=torch.float64, generator=g)
    out = model.backbone(x)
    grad = torch.randn(out.shape, dtype=torch.float64, generator=g)
    out.backward(grad)
    want, want_grads = _published(model, x, grad, shrunk_index or "sliced")
    torch.testing.assert_close(out.detach(), want, **TOL)
    params = dict(model.backbone.named_parameters())
    assert set(want_grads) == set(params)
    for name, p in params.items():
        torch.testing.assert_close(p.grad, want_grads[name], **TOL, msg=name)


def test_video_swin_sliced_and_geometric_index_differ_on_shrunk_windows():
    """The two options are different models where a stage shrinks spatially (so the test
    above can tell them apart), and the same where nothing shrinks."""
    sliced, geometric = _video_swin("sliced"), _video_swin("geometric")
    geometric.load_state_dict(sliced.state_dict())
    g = torch.Generator().manual_seed(2)
    with torch.no_grad():
        a = sliced.backbone(torch.randn(CLIP, dtype=torch.float64, generator=g))
        b = geometric.backbone(
            torch.randn(CLIP, dtype=torch.float64, generator=torch.Generator().manual_seed(2))
        )
        assert (a - b).abs().max() > 1e-3
        x = torch.randn(1, 3, 8, 56, 56, dtype=torch.float64, generator=g)  # 14x14, 7x7 maps
        torch.testing.assert_close(sliced.backbone(x), geometric.backbone(x), **TOL)
    with pytest.raises(ValueError, match="shrunk_index must be one of"):
        models.video_swin_t(**TINY, shrunk_index="slice")


# --------------------------------------------------------------------------- #14.7 timm weights
@pytest.fixture(scope="module")
def timm_swin():
    """A seeded timm swin_tiny_patch4_window7_224 (no download) in float64 with non-trivial
    norms / biases, its state dict in timm's layout and in Microsoft's."""
    timm = pytest.importorskip("timm", reason="timm (a benchmark dependency) is not installed")
    torch.manual_seed(0)
    net = timm.create_model("swin_tiny_patch4_window7_224", pretrained=False).double().eval()
    with torch.no_grad():
        for n, p in net.named_parameters():
            if "norm" in n or n.endswith(".bias"):
                p.add_(torch.randn_like(p) * 0.1)
    timm_sd = net.state_dict()
    microsoft = {}
    for k, v in timm_sd.items():
        parts = k.split(".")
        if parts[0] == "layers" and parts[2] == "downsample":
            parts[1] = str(int(parts[1]) - 1)  # Microsoft: the merge ends stage i
        microsoft[".".join(parts).replace("head.fc.", "head.")] = v
    return net, timm_sd, microsoft


@pytest.mark.parametrize("name,kwargs", [("swin2d_t", {}), ("pst_t", {"num_frames": 2})])
def test_timm_swin_weights_reproduce_timm_per_frame(name, kwargs, timm_swin, caplog):
    """A 2D Swin-T state dict in timm's layout (merging at the start of the next stage,
    ``head.fc``) loads strictly, classifier included; on a static clip every token frame
    reproduces timm's features and the logits timm's. pst_t too: on identical frames the
    patch / channel shifts move equal tokens and the inflated PST table repeats the 2D table
    along time."""
    net, timm_sd, _ = timm_swin
    img = torch.randn(
        1, 3, 224, 224, dtype=torch.float64, generator=torch.Generator().manual_seed(5)
    )
    clip = img[:, :, None].expand(-1, -1, 4, -1, -1)  # 2 token frames
    model = models.create_model(name, num_classes=1000, backend="reference", **kwargs)
    model = model.double().eval()
    with caplog.at_level("INFO", logger="tps_kernels.models.checkpoint"):
        res = models.load_checkpoint(model, {"model": timm_sd})  # strict
    assert res.source_format == "timm" and "timm 2D Swin" in caplog.text
    assert res.missing_keys == [] and res.unexpected_keys == []
    with torch.no_grad():
        want = net.forward_features(img)  # (1, 7, 7, 768)
        want_logits = net.forward_head(want)
        feats = model.backbone.forward_features(clip)  # (1, 2, 7, 7, 768)
        logits = model.cls_head.forward_channels_last(feats)
    for t in range(feats.shape[1]):
        torch.testing.assert_close(feats[:, t], want, **TOL, msg=f"{name} frame {t}")
    torch.testing.assert_close(logits, want_logits, **TOL)


def test_inflate_2d_layouts_and_classifier_option(timm_swin):
    _, timm_sd, microsoft = timm_swin
    loaded = {}
    for fmt, state in (("timm", timm_sd), ("microsoft", microsoft)):
        model = models.swin2d_t(num_classes=1000).double()
        res = models.load_checkpoint(model, state)
        assert res.source_format == fmt and res.missing_keys == res.unexpected_keys == []
        loaded[fmt] = model.state_dict()
    for k, v in loaded["timm"].items():  # both layouts give the same model
        assert torch.equal(loaded["microsoft"][k], v), k
    model = models.swin2d_t(num_classes=10)
    res = models.inflate_2d(model, timm_sd)  # classifier left out
    assert res.source_format == "timm" and res.missing_keys == []
    assert sorted(res.unexpected_keys) == ["head.bias", "head.weight"]
    assert torch.equal(
        model.backbone.layers[0].downsample.reduction.weight,
        timm_sd["layers.1.downsample.reduction.weight"].float(),
    )
    with pytest.raises(ValueError, match=r"num_classes=1000"):
        models.inflate_2d(model, timm_sd, classifier=True)
    # feature-extraction naming layers_{i}, and Microsoft's with index / mask buffers
    fx = {k.replace("layers.", "layers_", 1): v for k, v in timm_sd.items()}
    assert models.inflate_2d(model, fx).missing_keys == []
    ms = dict(
        microsoft,
        **{
            "layers.0.blocks.1.attn_mask": torch.zeros(1),
            "layers.0.blocks.0.attn.relative_position_index": torch.zeros(49, 49, dtype=torch.long),
        },
    )
    res = models.inflate_2d(model, {"model": ms})
    assert res.source_format == "microsoft" and res.missing_keys == []
