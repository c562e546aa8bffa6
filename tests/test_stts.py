"""STTS token selection (tps_kernels.nn.stts) against explicit loops and closed forms."""

import math

import pytest
import torch

from tps_kernels.nn import stts


def _loop_indicators(x, k, noise, sigma):
    """Explicit loops: average over samples of the one-hot of the sorted top-k."""
    b, n, d = noise.shape
    out = torch.zeros(b, k, d, dtype=x.dtype)
    for i in range(b):
        for s in range(n):
            vals = [(float(x[i, j] + sigma * noise[i, s, j]), j) for j in range(d)]
            kept = sorted(j for _, j in sorted(vals, reverse=True)[:k])
            for r, j in enumerate(kept):
                out[i, r, j] += 1.0 / n
    return out


def test_perturbed_topk_forward_and_published_gradient_match_loops():
    x = torch.randn(2, 6, dtype=torch.float64, requires_grad=True)
    k, n, sigma = 3, 40, 0.3
    gen = torch.Generator().manual_seed(7)
    ind = stts.perturbed_topk(x, k, num_samples=n, sigma=sigma, generator=gen)
    noise = torch.randn((2, n, 6), generator=torch.Generator().manual_seed(7), dtype=torch.float64)
    ref = _loop_indicators(x.detach(), k, noise, sigma)
    torch.testing.assert_close(ind, ref, rtol=0, atol=1e-12)

    w = torch.randn(2, k, 6, dtype=torch.float64)
    (g,) = torch.autograd.grad((ind * w).sum(), x)
    # published estimator: g[b, d] = sum_k w[b,k,d] * mean_s(onehot[b,s,k,d] * z[b,s,d]) / sigma
    g_ref = torch.zeros_like(g)
    for i in range(2):
        for s in range(n):
            one = _loop_indicators(x.detach()[i : i + 1], k, noise[i : i + 1, s : s + 1], sigma)[0]
            for r in range(k):
                for j in range(6):
                    g_ref[i, j] += w[i, r, j] * one[r, j] * noise[i, s, j] / (n * sigma)
    torch.testing.assert_close(g, g_ref, rtol=1e-10, atol=1e-12)


def test_full_estimator_converges_to_the_smoothed_gradient():
    # D = 2, k = 1: E[ind_0] = Phi((x0 - x1) / (sigma sqrt 2)), a closed form.
    torch.manual_seed(0)
    x = torch.tensor([[0.10, 0.05]], dtype=torch.float64, requires_grad=True)
    sigma = 0.1
    ind = stts.perturbed_topk(x, 1, num_samples=400_000, sigma=sigma, estimator="full")
    (g,) = torch.autograd.grad(ind[0, 0, 0], x)
    u = (0.10 - 0.05) / (sigma * math.sqrt(2))
    expected = math.exp(-u * u / 2) / math.sqrt(2 * math.pi) / (sigma * math.sqrt(2))
    phi = 0.5 * (1 + math.erf(u / math.sqrt(2)))
    assert abs(float(ind[0, 0, 0].detach()) - phi) < 5e-3
    torch.testing.assert_close(
        g[0], torch.tensor([expected, -expected], dtype=torch.float64), rtol=0.05, atol=0
    )


def test_module_eval_is_hard_topk_and_select_gathers():
    m = stts.PerturbedTopK(2).eval()
    scores = torch.tensor([[0.1, 0.9, 0.3, 0.8], [0.7, 0.2, 0.6, 0.1]])
    ind = m(scores)
    assert ind.tolist() == [[[0, 1, 0, 0], [0, 0, 0, 1]], [[1, 0, 0, 0], [0, 0, 1, 0]]]
    x = torch.randn(2, 4, 3, 5)
    out = m.select(x, scores)
    torch.testing.assert_close(out, torch.stack([x[0, [1, 3]], x[1, [0, 2]]]))


def _crop_ref(x, scores_fn, a, s):
    """Best region per frame by explicit loops, then the crop."""
    b, t, h, w, c = x.shape
    out = torch.empty(b, t, a, a, c, dtype=x.dtype)
    for i in range(b):
        for f in range(t):
            tok = scores_fn(x[i, f].reshape(1, h * w, c)).detach().view(h, w)
            best, where = None, None
            for y in range(0, h - a + 1, s):
                for z in range(0, w - a + 1, s):
                    v = float(tok[y : y + a, z : z + a].mean())
                    if best is None or v > best:
                        best, where = v, (y, z)
            y, z = where
            out[i, f] = x[i, f, y : y + a, z : z + a]
    return out


def test_selectors_eval_match_loops_and_training_approaches_eval():
    torch.manual_seed(1)
    x = torch.randn(2, 6, 5, 5, 8, dtype=torch.float64)
    temporal = stts.TemporalTokenSelector(8, keep=3).double().eval()
    scores = temporal.scores(x)
    keep = scores.topk(3, dim=1).indices.sort(dim=1).values
    ref = torch.stack([x[i, keep[i]] for i in range(2)])
    torch.testing.assert_close(temporal(x), ref)

    spatial = stts.SpatialAnchorSelector(8, anchor=3, stride=1).double().eval()
    torch.testing.assert_close(spatial(x), _crop_ref(x, spatial.score_network, 3, 1))

    # training with a vanishing sigma gives the hard selection, and is differentiable
    temporal.train()
    temporal.topk.sigma = 1e-9
    xs = x.clone().requires_grad_(True)
    out = temporal(xs)
    torch.testing.assert_close(out, ref)
    out.square().sum().backward()
    assert xs.grad.abs().sum() > 0


def test_training_gradient_reaches_the_scorer():
    torch.manual_seed(2)
    sel = stts.TemporalTokenSelector(8, keep=2, num_samples=64, sigma=0.2).train()
    x = torch.randn(1, 4, 3, 3, 8)
    sel(x).sum().backward()
    g = sel.score_network.out_conv[-1].weight.grad
    assert g is not None and g.abs().sum() > 0


def test_update_sigma_anneals_like_the_published_code():
    sel = stts.TemporalTokenSelector(8, keep=2, sigma=0.05)
    sel.update_sigma(25, 100, 0.05)
    assert sel.topk.sigma == pytest.approx(0.0375)


@pytest.mark.parametrize(
    "call, match",
    [
        (lambda: stts.perturbed_topk(torch.randn(2, 3), 4), "k=4"),
        (lambda: stts.perturbed_topk(torch.randn(2, 3, 1), 1), "scores"),
        (lambda: stts.perturbed_topk(torch.randn(2, 3), 1, estimator="x"), "estimator"),
        (lambda: stts.perturbed_topk(torch.randn(2, 3), 1, sigma=-1.0), "sigma"),
        (lambda: stts.PerturbedTopK(0), "k must"),
        (lambda: stts.TemporalTokenSelector(8, keep=5)(torch.randn(1, 4, 2, 2, 8)), "keep=5"),
        (lambda: stts.SpatialAnchorSelector(8, anchor=4)(torch.randn(1, 2, 3, 3, 8)), "anchor=4"),
    ],
)
def test_bad_arguments_are_named(call, match):
    with pytest.raises(ValueError, match=match):
        call()


def test_pst_t_select_frames_keeps_the_top_frames_in_order():
    from tps_kernels.models import pst_t

    cfg = dict(
        embed_dim=24, depths=(2,), num_heads=(2,), num_classes=3, num_frames=4, backend="reference"
    )
    torch.manual_seed(3)
    net = pst_t(select_frames=2, **cfg).double().eval()
    plain = pst_t(**dict(cfg, num_frames=2)).double().eval()
    missing, unexpected = plain.load_state_dict(net.state_dict(), strict=False)
    assert not missing and all(k.startswith("backbone.time_score_predictor.") for k in unexpected)
    x = torch.randn(1, 3, 8, 28, 28, dtype=torch.float64)
    bb = net.backbone
    tokens = bb.patch_embed(x)  # (1, 4, 7, 7, 24)
    keep = bb.time_score_predictor[0].scores(tokens).topk(2).indices.sort().values[0]
    feats = tokens[:, keep]
    for layer in plain.backbone.layers:
        feats = layer(feats)
    want = plain.cls_head.forward_channels_last(plain.backbone.norm(feats))
    torch.testing.assert_close(net(x), want)

    net.train()
    net(x).sum().backward()
    assert bb.time_score_predictor[0].score_network.in_conv[1].weight.grad.abs().sum() > 0
    with pytest.raises(ValueError, match="select_frames"):
        pst_t(select_frames=5, **cfg)
