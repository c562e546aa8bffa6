"""Shared test cases for every backend: small shapes that cover each option of the op
contract, fresh random inputs (never zeros), and a comparison against the float64 reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import torch

from tps_kernels import ops, patterns, rpe
from tps_kernels.backends import reference


@dataclass(frozen=True)
class Case:
    id: str
    layout: str  # "video" (B, T, H, W, 3C) or "windows" (B_, N, 3C)
    batch: int
    frames: int
    height: int  # windows layout: H, W of the map the windows tile
    width: int
    heads: int
    head_dim: int
    window: Tuple[int, int, int]
    shift: Tuple[int, int, int] = (0, 0, 0)  # video: the op's roll; windows: mask of this roll
    pattern: Optional[str] = None  # frame_shift_map name, None = no patch shift
    bias: Optional[str] = "official"  # "official" | "relative" | None
    mask: bool = False  # windows layout: pass a (nW, N, N) mask
    give_counts: bool = True  # windows layout: pass batch_size / num_frames

    @property
    def n(self):
        return self.window[0] * self.window[1] * self.window[2]


CASES = [
    # the PST blocks: SW-MSA + TPS (odd) and W-MSA + TCS index (even), video layout
    Case("video_pst_odd", "video", 1, 4, 14, 14, 2, 16, (1, 7, 7), (0, 3, 3), "C", "official"),
    Case("video_pst_even", "video", 2, 4, 14, 7, 2, 16, (1, 7, 7), (0, 0, 0), None, "official"),
    Case("video_noshift_C", "video", 1, 4, 7, 14, 3, 16, (1, 7, 7), (0, 0, 0), "C", "official"),
    # the same blocks through the official WindowAttention3D (windows layout)
    Case(
        "windows_pst_odd",
        "windows",
        1,
        4,
        14,
        14,
        2,
        16,
        (1, 7, 7),
        (0, 3, 3),
        "C",
        "official",
        mask=True,
    ),
    Case("windows_pst_even", "windows", 2, 3, 7, 7, 2, 32, (1, 7, 7), (0, 0, 0), None, "official"),
    Case(
        "windows_plain_mask",
        "windows",
        2,
        1,
        8,
        8,
        2,
        16,
        (1, 4, 4),
        (0, 2, 2),
        None,
        None,
        mask=True,
        give_counts=False,
    ),
    # temporal windows (wt = 2), with and without temporal roll, patch shift with relative bias
    Case("video_wt2_C", "video", 1, 4, 7, 7, 2, 16, (2, 7, 7), (1, 3, 3), "C", "relative"),
    Case(
        "windows_wt2_A",
        "windows",
        1,
        4,
        8,
        8,
        1,
        32,
        (2, 4, 4),
        (0, 2, 2),
        "A",
        "relative",
        mask=True,
    ),
    # Video-Swin style: 3D windows, 3D roll, region mask, 3D relative bias, no patch shift
    Case("video_swin3d", "video", 1, 4, 8, 8, 2, 16, (2, 4, 4), (1, 2, 2), None, "relative"),
    # every named pattern, non-square windows, odd batch, head_dim 16/32/64, no bias
    Case("pattern_A", "video", 1, 4, 8, 8, 1, 16, (1, 4, 4), (0, 2, 2), "A", "official"),
    Case("pattern_B", "video", 1, 4, 8, 8, 1, 16, (1, 4, 4), (0, 0, 0), "B", "relative"),
    Case("pattern_D", "video", 1, 4, 8, 8, 2, 16, (1, 4, 4), (0, 1, 1), "D", "official"),
    Case(
        "pattern_center_one",
        "video",
        1,
        3,
        6,
        6,
        1,
        16,
        (1, 3, 3),
        (0, 1, 1),
        "center_one",
        "relative",
    ),
    Case("pattern_even_2", "video", 3, 2, 4, 4, 1, 16, (1, 2, 2), (0, 1, 1), "even_2", None),
    Case("nonsquare_odd_batch", "video", 3, 2, 6, 10, 2, 32, (1, 3, 5), (0, 1, 2), "C", "official"),
    Case("head_dim_64", "video", 1, 2, 7, 7, 1, 64, (1, 7, 7), (0, 0, 0), "C", "official"),
    Case("no_bias", "windows", 1, 2, 14, 7, 2, 16, (1, 7, 7), (0, 3, 3), "C", None, mask=True),
]

# A large window (Video-Swin's (8, 7, 7), N = 392): compiled backends only (slow elsewhere).
LARGE_CASES = [
    Case("video_swin_8x7x7", "video", 1, 8, 7, 7, 1, 32, (8, 7, 7), (4, 3, 3), None, "relative"),
]

CASE_BY_ID = {c.id: c for c in CASES + LARGE_CASES}


def _frame_shift(case: Case):
    if case.pattern is None:
        return None
    return patterns.frame_shift_map(case.pattern, case.window[1:])


def _bias(case: Case, frame_shift, gen):
    if case.bias is None:
        return None, None
    if case.bias == "official":
        index = rpe.official_index(case.frames, case.window, frame_shift)
        rows = rpe.official_table_size(case.frames, case.window)
    else:
        index = rpe.relative_index(case.window, frame_shift)
        rows = int(index.max()) + 1
    table = torch.randn(rows, case.heads, generator=gen, dtype=torch.float64)
    return table, index


def make_inputs(case: Case, dtype=torch.float64, device="cpu", seed=0):
    """(args, kwargs) for ops.window_attention(*args, **kwargs): fresh random inputs."""
    gen = torch.Generator().manual_seed(seed)
    wt, wh, ww = case.window
    c3 = 3 * case.heads * case.head_dim
    if case.layout == "video":
        shape = (case.batch, case.frames, case.height, case.width, c3)
    else:
        n_windows = case.batch * (case.frames // wt) * (case.height // wh) * (case.width // ww)
        shape = (n_windows, case.n, c3)
    qkv = torch.randn(shape, generator=gen, dtype=torch.float64)
    frame_shift = _frame_shift(case)
    table, index = _bias(case, frame_shift, gen)
    kwargs = dict(num_heads=case.heads, window=case.window, frame_shift=frame_shift)
    if case.layout == "video":
        kwargs["shift"] = case.shift
    else:
        if case.give_counts:
            kwargs.update(batch_size=case.batch, num_frames=case.frames)
        if case.mask:
            # Swin's region mask of a (shift)-rolled map plus noise: a general float mask
            mask = reference.region_mask(
                wt,
                case.height,
                case.width,
                case.window,
                (0,) + tuple(case.shift[1:]),
                -100.0,
                dtype=torch.float64,
            )
            mask = mask + 0.5 * torch.randn(mask.shape, generator=gen, dtype=torch.float64)
            kwargs["mask"] = mask.to(device=device, dtype=dtype)
    qkv = qkv.to(device=device, dtype=dtype)
    if table is not None:
        table, index = table.to(device=device, dtype=dtype), index.to(device)
    if frame_shift is not None:
        kwargs["frame_shift"] = frame_shift.to(device)
    return (qkv, table, index), kwargs


def widen_bf16(x):
    """bfloat16 tensors as float32 (the float32 kernel's inputs); anything else unchanged."""
    return x.float() if torch.is_tensor(x) and x.dtype == torch.bfloat16 else x


def run_op(backend, args, kwargs, grad_out):
    """Forward + backward through ops.window_attention: (out, grad_qkv, grad_table)."""
    qkv, table, index = args
    qkv = qkv.detach().clone().requires_grad_(True)
    table = None if table is None else table.detach().clone().requires_grad_(True)
    out = ops.window_attention(qkv, table, index, backend=backend, **kwargs)
    out.backward(grad_out.to(out.dtype))
    return out.detach(), qkv.grad, None if table is None else table.grad


def reference_result(case: Case, seed=0):
    """Float64 reference: inputs, grad_out and (out, grad_qkv, grad_table)."""
    args, kwargs = make_inputs(case, torch.float64, "cpu", seed)
    gen = torch.Generator().manual_seed(seed + 1)
    out_shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
    grad_out = torch.randn(out_shape, generator=gen, dtype=torch.float64)
    return args, kwargs, grad_out, run_op("reference", args, kwargs, grad_out)


def _assert_close(name, got, want, atol, rtol, case_id):
    got = got.detach().to("cpu", torch.float64)
    assert not torch.isnan(got).any(), f"{case_id}: {name} has NaN (unwritten output?)"
    torch.testing.assert_close(
        got,
        want,
        atol=atol,
        rtol=rtol,
        msg=lambda m: f"{case_id}: {name} differs from reference\n{m}",
    )


def assert_close_to_reference(
    backend, case: Case, dtype, atol, rtol, device="cpu", seed=0, grads=True
):
    """Forward (and gradients) of `backend` in `dtype` vs the float64 reference."""
    args, kwargs, grad_out, (ref_out, ref_gq, ref_gt) = reference_result(case, seed)
    dev_args, dev_kwargs = make_inputs(case, dtype, device, seed)
    if grads:
        out, gq, gt = run_op(backend, dev_args, dev_kwargs, grad_out.to(device))
    else:
        with torch.no_grad():
            out = ops.window_attention(*dev_args, backend=backend, **dev_kwargs)
    assert out.dtype == dtype and out.shape == ref_out.shape
    _assert_close("out", out, ref_out, atol, rtol, case.id)
    if grads:
        _assert_close("grad_qkv", gq, ref_gq, atol, rtol, case.id)
        if ref_gt is not None:
            # the table gradient sums over many windows: scale the tolerance with its size
            scale = max(1.0, float(ref_gt.abs().max()))
            _assert_close("grad_bias_table", gt, ref_gt, atol * scale, rtol, case.id)


# Tolerances vs the float64 reference, per compute dtype (fp32 accumulation everywhere), and
# the named tolerances of the other comparisons: every test takes its tolerance from here.
TOLERANCES = {
    torch.float64: dict(atol=1e-10, rtol=1e-8),
    torch.float32: dict(atol=2e-5, rtol=2e-5),
    torch.bfloat16: dict(atol=6e-2, rtol=6e-2),
    torch.float16: dict(atol=1e-2, rtol=1e-2),
    # named entries: comparisons other than "a backend in a dtype vs the float64 reference"
    # two float64 evaluations of the same math in another order (a module vs the op chain)
    "float64_same": dict(atol=1e-10, rtol=1e-10),
    # the timm 2D Swin vs our inflated model on a static clip (float64, deeper network)
    "float64_timm": dict(atol=1e-9, rtol=1e-9),
    # the reference backend vs naive per-slot loops (float64, same math)
    "reference_vs_loops": dict(atol=1e-12, rtol=1e-10),
    # torch.autograd.gradcheck (float64, fast_mode) on each backend's op
    "gradcheck": dict(atol=1e-7, rtol=1e-5),
    "gradcheck_reference": dict(atol=1e-6, rtol=1e-5),
    "gradcheck_cuda": dict(atol=1e-7, rtol=1e-6),
    "gradcheck_triton": dict(atol=1e-8, rtol=1e-6),
    # float32 module/model vs the same float32 computation another way (checkpointing,
    # channels-last, torch.compile)
    "float32_same": dict(atol=1e-5, rtol=1e-5),
    "float32_checkpoint": dict(atol=1e-6, rtol=1e-6),
    # the AVX512-BF16 backward (P and dS rounded to bf16; with kv_time_shift the forward's
    # output too) vs the float32 kernel on the widened inputs; atol as a fraction of the
    # largest value
    "bf16_backward_vs_float32": dict(atol=1e-2, rtol=0),
    # the TPS DeiT-S on a static clip vs timm's DeiT-S on the frame (float32, 12 blocks)
    "deit_float32": dict(atol=1e-4, rtol=1e-4),
    # float32 gradients through a whole module / tiny model (several stacked ops)
    "module_float32_grad": dict(atol=5e-5, rtol=1e-4),
    "model_float32_out": dict(atol=2e-4, rtol=2e-4),
    "model_float32_grad": dict(atol=2e-4, rtol=2e-3),
    "model_cuda_out": dict(atol=1e-3, rtol=1e-3),
    "model_cuda_grad": dict(atol=1e-3, rtol=1e-2),
    # float32 channel-shift adjoint: boundary frames summed twice
    "shift_grad_float32": dict(atol=1e-6, rtol=1e-6),
    # float16 activations with a float32 bias table (AMP): its gradient vs float64
    "amp_float16_table_grad": dict(atol=2e-2, rtol=1e-2),
    # float16 shift ops on CUDA (two-term sums in channel_shift's backward)
    "shift_float16": dict(atol=2e-3, rtol=2e-3),
    # CPU autocast: a tiny model's features, and nn.MultiheadAttention heavily masked
    "autocast_model": {
        torch.bfloat16: dict(atol=6e-2, rtol=2e-2),
        torch.float16: dict(atol=1e-2, rtol=5e-3),
    },
    "autocast_mha": {
        torch.bfloat16: dict(atol=2e-2, rtol=2e-2),
        torch.float16: dict(atol=2e-3, rtol=2e-3),
    },
}

# the dtypes of the table (its other keys are names)
TOLERANCE_DTYPES = [k for k in TOLERANCES if isinstance(k, torch.dtype)]


def scaled(tol: dict, factor: float) -> dict:
    """A tolerance entry with atol and rtol multiplied by factor."""
    return {k: v * factor for k, v in tol.items()}
