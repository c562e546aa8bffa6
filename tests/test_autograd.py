"""Autograd of the compiled backends (backends/_autograd.py, shared by cpu and triton)
against the float64 reference: double backward (grad of a grad) and gradgradcheck, the
gradient of a `mask` that requires grad, and that the first-order backward stays the
kernel. Issue #14 items 1 and 3: these returned zeros / nothing before."""

import pytest
import torch

import tiers
from cases import TOLERANCES, Case, make_inputs
from tps_kernels import ops, patterns
from tps_kernels.backends import _autograd

BACKENDS = [tiers.backend_param("cpu"), tiers.backend_param("triton")]
TOL = TOLERANCES[torch.float64]

# tiny shapes (the Triton interpreter runs every case): roll + region mask + patch shift +
# relative bias (video), and an explicit mask + official bias (windows)
VIDEO = Case("ad_video", "video", 1, 2, 4, 4, 2, 16, (1, 2, 2), (0, 1, 1), "even_2", "relative")
WINDOWS = Case(
    "ad_windows", "windows", 1, 2, 4, 4, 2, 16, (1, 2, 2), (0, 1, 1), "B", "official", mask=True
)


def _second_order(backend, case, seed=0):
    """Gradients of <grad(out), v> w.r.t. qkv and the table: a double backward."""
    (qkv, table, index), kw = make_inputs(case, torch.float64, seed=seed)
    gen = torch.Generator().manual_seed(seed + 1)
    q = qkv.clone().requires_grad_(True)
    t = table.clone().requires_grad_(True)
    out = ops.window_attention(q, t, index, backend=backend, **kw)
    grad_out = torch.randn(out.shape, generator=gen, dtype=torch.float64)
    gq, gt = torch.autograd.grad(out, (q, t), grad_out, create_graph=True)
    v_q = torch.randn(gq.shape, generator=gen, dtype=torch.float64)
    v_t = torch.randn(gt.shape, generator=gen, dtype=torch.float64)
    return (gq, gt) + torch.autograd.grad((gq * v_q).sum() + (gt * v_t).sum(), (q, t))


@pytest.mark.parametrize("case", [VIDEO, WINDOWS], ids=lambda c: c.id)
@pytest.mark.parametrize("backend", BACKENDS)
def test_double_backward_matches_reference(backend, case):
    want = _second_order("reference", case)
    got = _second_order(backend, case)
    assert want[2].abs().max() > 1e-3  # a real second derivative, not a trivial zero
    for name, g, w in zip(
        ("grad_qkv", "grad_table", "grad2_qkv", "grad2_table"), got, want, strict=True
    ):
        torch.testing.assert_close(g, w, **TOL, msg=lambda m, n=name: f"{n}: {m}")


@pytest.mark.parametrize("backend", BACKENDS)
def test_gradgradcheck(backend):
    (qkv, table, index), kw = make_inputs(VIDEO, torch.float64)

    def fn(q, t):
        return ops.window_attention(q, t, index, backend=backend, **kw)

    assert torch.autograd.gradgradcheck(
        fn,
        (qkv.requires_grad_(), table.requires_grad_()),
        fast_mode=True,
        **TOLERANCES["gradcheck"],
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_mask_gradient_matches_reference(backend):
    (qkv, table, index), kw = make_inputs(WINDOWS, torch.float64)
    mask = kw.pop("mask")
    grad_out = torch.randn(qkv.shape[:-1] + (qkv.shape[-1] // 3,), dtype=torch.float64)

    def grads(name):
        q, t, m = (x.clone().requires_grad_(True) for x in (qkv, table, mask))
        out = ops.window_attention(q, t, index, backend=name, mask=m, **kw)
        return torch.autograd.grad(out, (q, t, m), grad_out)

    want, got = grads("reference"), grads(backend)
    assert want[2].abs().max() > 1e-3
    for name, g, w in zip(("grad_qkv", "grad_table", "grad_mask"), got, want, strict=True):
        torch.testing.assert_close(g, w, **TOL, msg=lambda m, n=name: f"{n}: {m}")


@pytest.mark.parametrize("backend", BACKENDS)
def test_first_order_backward_is_the_kernel(backend, monkeypatch):
    # the reference formulation is only for create_graph / mask gradients
    def fail(*args):
        raise AssertionError("first-order backward took the reference path")

    monkeypatch.setattr(_autograd, "_reference_grads", fail)
    (qkv, table, index), kw = make_inputs(WINDOWS, torch.float64)
    q, t = qkv.requires_grad_(), table.requires_grad_()
    ops.window_attention(q, t, index, backend=backend, **kw).sum().backward()
    assert q.grad is not None and t.grad is not None


@pytest.mark.parametrize("backend", BACKENDS)
def test_lse_is_not_differentiable(backend):
    (qkv, table, index), kw = make_inputs(VIDEO, torch.float64)
    op = (torch.ops.tps if backend == "cpu" else torch.ops.tps_triton).window_attention_fwd
    out, lse = op(
        qkv.requires_grad_(),
        table,
        index,
        kw["frame_shift"].to(torch.int32),
        None,
        VIDEO.heads,
        list(VIDEO.window),
        list(VIDEO.shift),
        1,
        2,
        0.25,
        -100.0,
    )
    assert out.requires_grad and not lse.requires_grad


@pytest.mark.parametrize("backend", BACKENDS)
def test_shift_ops_gradgradcheck(backend):
    fs = patterns.frame_shift_map("A", (2, 2))
    x = torch.randn(1, 3, 4, 2, 16, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradgradcheck(
        lambda t: ops.patch_shift(t, fs, backend=backend), (x,), fast_mode=True
    )
    assert torch.autograd.gradgradcheck(
        lambda t: ops.channel_shift(t, num_heads=2, fold_div=4, backend=backend),
        (x,),
        fast_mode=True,
    )
