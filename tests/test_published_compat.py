"""Compatibility with published code outside the project: Video-Swin's shrunk-window bias
index (issue #14.6) and 2D Swin weights in timm and Microsoft layouts (issue #14.7)."""
from __future__ import annotations

import pytest
import torch

from tps_kernels import models

import test_nn_published as pub
from cases import TOLERANCES

TOL = TOLERANCES[torch.float64]
TINY = dict(embed_dim=32, depths=(2, 2), num_heads=(2, 4), num_classes=5, drop_path_rate=0.0)


# --------------------------------------------------------------------------- #14.6 Video-Swin
def _video_swin(shrunk_index=None, seed=0):
    kwargs = dict(TINY, window=(4, 7, 7), backend="reference")
    if shrunk_index is not None:
        kwargs["shrunk_index"] = shrunk_index
    torch.manual_seed(seed)
    model = models.video_swin_t(**kwargs).double().eval()
    with torch.no_grad():              # non-trivial norms / biases (zero / one at init)
        for n, p in model.named_parameters():
            if "norm" in n or n.endswith(".bias"):
                p.add_(torch.randn_like(p) * 0.1)
    return model


def _published(model, x, grad, shrunk_index):
    """Forward + parameter grads of the independent published implementation on the
    model's parameters."""
    sd = {k[len("backbone."):]: v.detach().clone().requires_grad_(v.is_floating_point())
          for k, v in model.state_dict().items() if k.startswith("backbone.")}
    out = pub.backbone_forward(sd, x, heads=TINY["num_heads"], depths=TINY["depths"],
                               window=(4, 7, 7), shift_type=None, bias_mode="swin", T_table=4,
                               shrunk_index=shrunk_index)
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
        b = geometric.backbone(torch.randn(CLIP, dtype=torch.float64,
                                           generator=torch.Generator().manual_seed(2)))
        assert (a - b).abs().max() > 1e-3
        x = torch.randn(1, 3, 8, 56, 56, dtype=torch.float64, generator=g)  # 14x14, 7x7 maps
        torch.testing.assert_close(sliced.backbone(x), geometric.backbone(x), **TOL)
    with pytest.raises(ValueError, match="shrunk_index must be one of"):
        models.video_swin_t(**TINY, shrunk_index="slice")
