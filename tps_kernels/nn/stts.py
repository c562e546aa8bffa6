"""STTS token selection (Wang et al., "Efficient Video Transformers with Spatial-Temporal
Token Selection", ECCV 2022): a light scorer rates frames or anchor regions and only the
top-K go on to the next stage.

Top-K is made differentiable with perturbed maxima: in training the output is the
expectation of the hard top-K indicator over ``num_samples`` Gaussian perturbations of the
scores (noise std ``sigma``, annealed to 0 with :meth:`update_sigma`), in eval the hard
top-K. Indices are sorted, so the kept frames stay in temporal order.

Layout: channels last, ``(B, T, H, W, C)`` (what the PST / Swin models here carry between
stages). Parameter names follow the published code (``score_network.in_conv``/``out_conv``)
so its scorer weights load unchanged.
"""

from __future__ import annotations

from typing import Optional

import torch
from torch import nn

__all__ = [
    "PerturbedTopK",
    "perturbed_topk",
    "ScorePredictor",
    "TemporalTokenSelector",
    "SpatialAnchorSelector",
]


class _PerturbedTopK(torch.autograd.Function):
    """Indicators (B, k, D) = E_z[onehot(sorted top-k of x + sigma z)], z ~ N(0, I).

    Backward is the published estimator: dE[ind_kd]/dx_d ~ E[ind_kd z_d] / sigma, the
    diagonal of the Monte-Carlo Jacobian E[ind_kd z_e] / sigma (``estimator="full"`` keeps
    all of it, the unbiased estimator of the smoothed top-k's gradient).
    """

    @staticmethod
    def forward(ctx, x, k, num_samples, sigma, full, generator):
        b, d = x.shape
        noise = torch.randn(
            (b, num_samples, d), generator=generator, device=x.device, dtype=x.dtype
        )
        idx = torch.topk(x.unsqueeze(1) + sigma * noise, k, dim=-1, sorted=False).indices
        idx = idx.sort(dim=-1).values  # (b, n, k)
        onehot = torch.nn.functional.one_hot(idx, d).to(x.dtype)  # (b, n, k, d)
        ctx.save_for_backward(onehot, noise)
        ctx.sigma, ctx.full = sigma, full
        return onehot.mean(dim=1)

    @staticmethod
    def backward(ctx, grad):
        onehot, noise = ctx.saved_tensors
        n = noise.shape[1]
        if ctx.sigma <= 0:
            return torch.zeros_like(noise[:, 0]), None, None, None, None, None
        if ctx.full:  # sum_kd grad_kd E[ind_kd z_e] / sigma
            g = torch.einsum("bkd,bnkd,bne->be", grad, onehot, noise)
        else:  # sum_k grad_kd E[ind_kd z_d] / sigma
            g = torch.einsum("bkd,bnkd,bnd->bd", grad, onehot, noise)
        return g / (n * ctx.sigma), None, None, None, None, None


def perturbed_topk(
    scores: torch.Tensor,
    k: int,
    *,
    num_samples: int = 500,
    sigma: float = 0.05,
    estimator: str = "diagonal",
    generator: Optional[torch.Generator] = None,
) -> torch.Tensor:
    """Differentiable top-k of ``scores`` (B, D): indicators (B, k, D), rows sum to 1.

    ``estimator``: "diagonal" (published) or "full" (every cross term of the Jacobian).
    """
    if not isinstance(scores, torch.Tensor) or scores.dim() != 2 or not scores.is_floating_point():
        raise ValueError(
            f"scores must be a floating (B, D) tensor, got "
            f"{getattr(scores, 'shape', type(scores).__name__)}"
        )
    k, num_samples = _positive_int("k", k), _positive_int("num_samples", num_samples)
    if k > scores.shape[1]:
        raise ValueError(f"k={k} must be <= the number of candidates D={scores.shape[1]}")
    if estimator not in ("diagonal", "full"):
        raise ValueError(f"estimator must be 'diagonal' or 'full', got {estimator!r}")
    if not sigma >= 0:
        raise ValueError(f"sigma must be >= 0, got {sigma}")
    return _PerturbedTopK.apply(
        scores, k, num_samples, float(sigma), estimator == "full", generator
    )


def hard_topk_indices(scores: torch.Tensor, k: int) -> torch.Tensor:
    """Sorted indices (B, k) of the k largest scores."""
    return torch.topk(scores, k, dim=-1, sorted=False).indices.sort(dim=-1).values


def _positive_int(name: str, v) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise ValueError(f"{name} must be a positive int, got {v!r}")
    return v


class PerturbedTopK(nn.Module):
    """Top-k selection matrix: soft (perturbed, differentiable) in training, hard in eval.

    ``forward(scores (B, D)) -> (B, k, D)``: row j selects the j-th kept candidate in index
    order. ``select(x (B, D, ...), scores)`` applies it: one batched matmul in training, one
    gather in eval.
    """

    def __init__(
        self, k: int, num_samples: int = 500, sigma: float = 0.05, estimator: str = "diagonal"
    ):
        super().__init__()
        self.k, self.num_samples = _positive_int("k", k), _positive_int("num_samples", num_samples)
        self.sigma, self.estimator = float(sigma), estimator

    def forward(self, scores: torch.Tensor) -> torch.Tensor:
        if self.training:
            return perturbed_topk(
                scores,
                self.k,
                num_samples=self.num_samples,
                sigma=self.sigma,
                estimator=self.estimator,
            )
        idx = hard_topk_indices(scores, self.k)
        return torch.nn.functional.one_hot(idx, scores.shape[1]).to(scores.dtype)

    def select(self, x: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        """Keep k of x's D candidates (dim 1): (B, D, *rest) -> (B, k, *rest)."""
        b, d = x.shape[:2]
        if self.training:
            ind = self(scores)
            return torch.bmm(ind, x.reshape(b, d, -1)).view(b, self.k, *x.shape[2:])
        idx = hard_topk_indices(scores, self.k)
        return x.gather(
            1, idx.view(b, self.k, *([1] * (x.dim() - 2))).expand(b, self.k, *x.shape[2:])
        )

    def update_sigma(self, step: int, total_steps: int, sigma_max: float) -> None:
        """Published annealing: sigma = sigma_max * (1 - step / total_steps)."""
        self.sigma = sigma_max * (1 - step / total_steps)

    def extra_repr(self) -> str:
        return (
            f"k={self.k}, num_samples={self.num_samples}, sigma={self.sigma}, "
            f"estimator={self.estimator!r}"
        )


def _min_max_norm(s: torch.Tensor) -> torch.Tensor:
    lo, hi = s.min(dim=-1, keepdim=True).values, s.max(dim=-1, keepdim=True).values
    return (s - lo) / (hi - lo + 1e-5)


class ScorePredictor(nn.Module):
    """The published scorer (``PredictorLG``): LayerNorm + Linear + GELU, then each token's
    first half of channels beside the mean over tokens of the second half, then an MLP
    C -> C/2 -> C/4 -> 1. (B, N, C) -> (B, N)."""

    def __init__(self, dim: int):
        super().__init__()
        self.in_conv = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, dim), nn.GELU())
        self.out_conv = nn.Sequential(
            nn.Linear(dim, dim // 2),
            nn.GELU(),
            nn.Linear(dim // 2, dim // 4),
            nn.GELU(),
            nn.Linear(dim // 4, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.in_conv(x)
        half = x.shape[-1] // 2
        glob = x[..., half:].mean(dim=1, keepdim=True).expand(-1, x.shape[1], -1)
        return self.out_conv(torch.cat([x[..., :half], glob], dim=-1)).squeeze(-1)


class _Selector(nn.Module):
    def __init__(self, k: int, num_samples: int, sigma: float, estimator: str):
        super().__init__()
        self.topk = PerturbedTopK(k, num_samples, sigma, estimator)

    def update_sigma(self, step: int, total_steps: int, sigma_max: float) -> None:
        self.topk.update_sigma(step, total_steps, sigma_max)


class TemporalTokenSelector(_Selector):
    """Keep ``keep`` of the T token frames of x (B, T, H, W, C) -> (B, keep, H, W, C).

    Frame score (published 'tpool'): mean and max over the frame's tokens, concatenated,
    rated by :class:`ScorePredictor` (2C inputs), min-max normalized over the clip.
    """

    def __init__(
        self,
        dim: int,
        keep: int,
        num_samples: int = 500,
        sigma: float = 0.05,
        estimator: str = "diagonal",
    ):
        super().__init__(keep, num_samples, sigma, estimator)
        self.score_network = ScorePredictor(2 * dim)

    def scores(self, x: torch.Tensor) -> torch.Tensor:
        t = x.flatten(2, 3)  # (B, T, HW, C)
        pooled = torch.cat([t.mean(dim=2), t.amax(dim=2)], dim=-1)
        return _min_max_norm(self.score_network(pooled))  # (B, T)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 5:
            raise ValueError(f"x must be (B, T, H, W, C), got {tuple(x.shape)}")
        if self.topk.k > x.shape[1]:
            raise ValueError(f"keep={self.topk.k} must be <= the {x.shape[1]} token frames")
        return self.topk.select(x, self.scores(x))


class SpatialAnchorSelector(_Selector):
    """Keep one ``anchor x anchor`` region of each frame's (H, W) token map, the best-scoring
    of the regions at ``stride`` (published 'spatch'): x (B, T, H, W, C) -> (B, T, a, a, C).

    Token scores come from :class:`ScorePredictor` over each frame; a region's score is the
    mean of its tokens', min-max normalized over the frame's regions.
    """

    def __init__(
        self,
        dim: int,
        anchor: int,
        stride: Optional[int] = None,
        num_samples: int = 500,
        sigma: float = 0.05,
        estimator: str = "diagonal",
    ):
        super().__init__(1, num_samples, sigma, estimator)
        self.anchor = _positive_int("anchor", anchor)
        self.stride = None if stride is None else _positive_int("stride", stride)
        self.score_network = ScorePredictor(dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 5:
            raise ValueError(f"x must be (B, T, H, W, C), got {tuple(x.shape)}")
        b, t, h, w, c = x.shape
        a = self.anchor
        if a > min(h, w):
            raise ValueError(f"anchor={a} must fit in the {h}x{w} token map")
        s = self.stride or max((h - a) // 2, 1)  # published default stride
        frames = x.reshape(b * t, h, w, c)
        tok = self.score_network(frames.reshape(b * t, h * w, c)).view(b * t, 1, h, w)
        unfold = nn.functional.unfold
        scores = _min_max_norm(unfold(tok, a, stride=s).mean(dim=1))  # (bt, R)
        regions = unfold(frames.permute(0, 3, 1, 2), a, stride=s)  # (bt, c*a*a, R)
        picked = self.topk.select(regions.transpose(1, 2), scores)  # (bt, 1, c*a*a)
        return picked.view(b, t, c, a, a).permute(0, 1, 3, 4, 2)

    def extra_repr(self) -> str:
        return f"anchor={self.anchor}, stride={self.stride}"
