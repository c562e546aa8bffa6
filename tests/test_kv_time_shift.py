"""Key/value temporal shift (issue #13, X-ViT / SCT) in ``ops.window_attention``: every
backend against a float64 oracle written independently of the kernels (explicit loops over
rows, frames and channels build the shifted keys and values; then the naive per-window,
per-slot attention of test_reference.py), forward and every gradient, plus the helpers of
``tps_kernels.patterns`` against the published X-ViT / SCT chains."""

from __future__ import annotations

import pytest
import torch
from test_reference import naive_window_attention

import tiers
from cases import TOLERANCES, Case, _assert_close, make_inputs, run_op, widen_bf16
from tps_kernels import ops, patterns

# tiers.backend_param skips a backend that is unavailable on the machine, with its reason
KV_BACKENDS = ("reference", "cpu", "triton", "cuda")
BACKENDS = [tiers.backend_param(name) for name in KV_BACKENDS]
BOUNDARIES = ops.KV_TIME_SHIFT_BOUNDARIES


def device_of(backend: str) -> str:
    """Where a backend's inputs live (Triton on CPU tensors runs under the interpreter)."""
    if backend == "cuda" or (backend == "triton" and torch.cuda.is_available()):
        return "cuda"
    return "cpu"


CASES = [
    # SW-MSA + patch shift + official (per-frame) bias: the PST odd block
    Case("kv_video_pst", "video", 1, 4, 4, 4, 2, 8, (1, 2, 2), (0, 1, 1), "A", "official"),
    # temporal windows with a temporal roll, pattern C, relative bias, batch 2
    Case("kv_video_wt2", "video", 2, 4, 4, 4, 2, 8, (2, 2, 2), (1, 1, 1), "C", "relative"),
    # windows layout: explicit float mask + patch shift + official bias
    Case(
        "kv_windows_mask",
        "windows",
        2,
        3,
        4,
        4,
        2,
        8,
        (1, 2, 2),
        (0, 1, 1),
        "A",
        "official",
        mask=True,
    ),
    Case(
        "kv_windows_wt2",
        "windows",
        1,
        4,
        4,
        2,
        1,
        8,
        (2, 2, 2),
        (0, 0, 0),
        "C",
        "relative",
        mask=True,
    ),
    # ViT-B/16 at 224 in small: a whole frame (196 patches + class token) is one window
    Case("kv_vit", "windows", 2, 3, 1, 197, 2, 64, (1, 1, 197), bias=None),
]
CASE_BY_ID = {c.id: c for c in CASES}
# For the ISA-specific tests only: head_dim 32 (pairs transposed 16 slots at a time in the
# AVX512-BF16 kernels), and N = 17 = 16 + 1 (the bf16 backward's last key outside the GEMMs,
# read from the shifted rows, or zeros under the zero boundary)
HD32_CASE = Case("kv_video_hd32", "video", 1, 4, 4, 4, 2, 32, (1, 2, 2), (0, 1, 1), "C", "official")
N17_CASE = Case("kv_video_n17", "video", 1, 4, 1, 17, 2, 32, (1, 1, 17), (0, 0, 0), "C", "relative")
ISA_CASES = {c.id: c for c in (HD32_CASE, N17_CASE)}


def channels(case: Case) -> int:
    return case.heads * case.head_dim


def mixed_map(case: Case, seed: int = 0) -> torch.Tensor:
    """Random offsets in (-T, T), several different ones inside every head."""
    gen = torch.Generator().manual_seed(seed)
    t = case.frames
    return torch.randint(-(t - 1), t, (channels(case),), generator=gen)


def named_map(name: str, case: Case) -> torch.Tensor:
    if name == "mixed":
        return mixed_map(case)
    if name == "xvit":
        return patterns.kv_shift_xvit(channels(case), case.heads, fold_div=4)
    if name == "sct":
        return patterns.kv_shift_previous(channels(case))
    assert name == "none"
    return torch.zeros(channels(case), dtype=torch.int64)


# ------------------------------------------------------------------------------ the oracle
def _row_positions(case: Case):
    """For every row of qkv (flattened to (rows, 3C)): its frame and a key naming its place
    within the frame (the same key in every frame)."""
    wt, wh, ww = case.window
    frames, places = [], []
    if case.layout == "video":
        for b in range(case.batch):
            for t in range(case.frames):
                for p in range(case.height * case.width):
                    frames.append(t)
                    places.append((b, p))
    else:  # windows ordered (b, tau, s), slots (dt, i, j)
        n_sp = (case.height // wh) * (case.width // ww)
        for b in range(case.batch):
            for tau in range(case.frames // wt):
                for s in range(n_sp):
                    for dt in range(wt):
                        for p in range(wh * ww):
                            frames.append(tau * wt + dt)
                            places.append((b, s, p))
    return frames, places


def naive_kv_time_shift(qkv: torch.Tensor, case: Case, d: torch.Tensor, boundary: str):
    """Explicit loops: key and value channel c of the row at frame t read the row at the
    same place in frame t + d[c] (outside [0, T): zeros / the row itself / modulo T)."""
    T = case.frames
    c = qkv.shape[-1] // 3
    rows = qkv.reshape(-1, 3 * c)
    frames, places = _row_positions(case)
    row_of = {(place, t): r for r, (t, place) in enumerate(zip(frames, places))}
    zeros = len(frames)  # the index of an all-zero row appended below
    sources = {}  # offset -> the source row of every row
    for offset in sorted(set(d.tolist())):
        src = []
        for t, place in zip(frames, places):
            u = t + offset
            if not 0 <= u < T:
                u = {"zero": None, "self": t, "cyclic": u % T}[boundary]
            src.append(zeros if u is None else row_of[(place, u)])
        sources[offset] = src
    padded = torch.cat([rows, rows.new_zeros(1, 3 * c)])
    columns = []
    for part in (1, 2):  # key, value
        for ch in range(c):
            columns.append(padded[sources[int(d[ch])], part * c + ch])
    shifted = torch.cat([rows[:, :c], torch.stack(columns, dim=1)], dim=1)
    return shifted.reshape(qkv.shape)


def oracle(case: Case, d: torch.Tensor, boundary: str, seed: int = 0):
    """Float64 inputs, grad_out and the oracle's (out, grad_qkv, grad_table)."""
    (qkv, table, index), kwargs = make_inputs(case, torch.float64, seed=seed)
    qkv = qkv.clone().requires_grad_(True)
    table = None if table is None else table.clone().requires_grad_(True)
    out = naive_window_attention(
        naive_kv_time_shift(qkv, case, d, boundary), table, index, **kwargs
    )
    assert not torch.isnan(out).any(), "the oracle left a slot unwritten"
    grad_out = torch.randn(out.shape, generator=torch.Generator().manual_seed(seed + 1)).double()
    out.backward(grad_out)
    grads = (qkv.grad, None if table is None else table.grad)
    return out.detach(), grads, grad_out


def run_backend(backend, case, d, boundary, dtype, grad_out, seed=0):
    device = device_of(backend)
    (qkv, table, index), kwargs = make_inputs(case, dtype, device, seed)
    qkv = qkv.requires_grad_(True)
    table = None if table is None else table.requires_grad_(True)
    out = ops.window_attention(
        qkv,
        table,
        index,
        kv_time_shift=None if d is None else d.to(device),
        kv_time_shift_boundary=boundary,
        backend=backend,
        **kwargs,
    )
    out.backward(grad_out.to(device=device, dtype=out.dtype))
    return out.detach(), (qkv.grad, None if table is None else table.grad)


def check_against_oracle(backend, case, d, boundary, dtype, tol):
    want, (want_gq, want_gt), grad_out = oracle(case, d, boundary)
    out, (gq, gt) = run_backend(backend, case, d, boundary, dtype, grad_out)
    assert out.dtype == dtype and out.shape == want.shape
    label = f"{case.id}/{boundary}/{dtype}"
    _assert_close("out", out, want, tol["atol"], tol["rtol"], label)
    _assert_close("grad_qkv", gq, want_gq, tol["atol"], tol["rtol"], label)
    if want_gt is not None:
        # the table gradient sums over many windows: scale the tolerance with its size
        scale = max(1.0, float(want_gt.abs().max()))
        _assert_close("grad_bias_table", gt, want_gt, tol["atol"] * scale, tol["rtol"], label)


# -------------------------------------------------------------------------- the tests
def test_oracle_shift_by_hand():
    """The oracle's shift on a tiny clip whose values name their frame: frame t, channel c
    must hold frame t + d[c] (zeros / own / cyclic outside), queries untouched."""
    case = Case("tiny", "video", 1, 3, 1, 1, 1, 3, (1, 1, 1), bias=None)
    frame = torch.arange(3.0, dtype=torch.float64)[:, None].expand(3, 9)
    qkv = (frame + 1).reshape(1, 3, 1, 1, 9)
    d = torch.tensor([1, -1, 2])
    want = {  # (frame, channel) -> source frame + 1 (0 = zeros), per boundary
        "zero": [[2, 0, 3], [3, 1, 0], [0, 2, 0]],
        "self": [[2, 1, 3], [3, 1, 2], [3, 2, 3]],
        "cyclic": [[2, 3, 3], [3, 1, 1], [1, 2, 2]],
    }
    for boundary, table in want.items():
        got = naive_kv_time_shift(qkv, case, d, boundary).reshape(3, 9)
        expect = torch.tensor(table, dtype=torch.float64)
        assert torch.equal(got[:, :3], frame[:, :3] + 1), boundary
        assert torch.equal(got[:, 3:6], expect), boundary
        assert torch.equal(got[:, 6:], expect), boundary


# test_triton.py runs the N = 197 ViT shape once; here it would take minutes interpreted
@tiers.interpreter(when=lambda backend, case, boundary: backend == "triton" and case.id == "kv_vit")
@pytest.mark.parametrize("boundary", BOUNDARIES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
@pytest.mark.parametrize("backend", BACKENDS)
def test_float64_matches_oracle(backend, case, boundary):
    """Mixed offsets inside each head, every option of the case, forward + all gradients."""
    check_against_oracle(
        backend, case, mixed_map(case), boundary, torch.float64, TOLERANCES[torch.float64]
    )


@pytest.mark.parametrize(
    "case_id, map_name",
    [
        ("kv_vit", "xvit"),
        ("kv_vit", "sct"),
        ("kv_video_pst", "xvit"),
        ("kv_windows_mask", "sct"),
    ],
)
@pytest.mark.parametrize("backend", BACKENDS)
@tiers.interpreter(when=lambda backend, case_id: backend == "triton" and case_id == "kv_vit")
def test_published_maps_match_oracle(backend, case_id, map_name):
    """The X-ViT and SCT maps with their recommended boundaries."""
    case = CASE_BY_ID[case_id]
    boundary = patterns.KV_SHIFT_BOUNDARY[map_name]
    tol = TOLERANCES[torch.float64]
    check_against_oracle(backend, case, named_map(map_name, case), boundary, torch.float64, tol)


@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.bfloat16, torch.float16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize("case_id", ["kv_video_pst", "kv_windows_mask", "kv_vit"])
@pytest.mark.parametrize("backend", BACKENDS)
@tiers.interpreter(when=lambda backend, case_id: backend == "triton" and case_id == "kv_vit")
def test_low_precision_matches_oracle(backend, case_id, dtype):
    case = CASE_BY_ID[case_id]
    check_against_oracle(backend, case, mixed_map(case), "zero", dtype, TOLERANCES[dtype])


# Every CPU kernel set: with kv_time_shift the AVX-512 ones read k / v through the general
# gather (their head_dim-32 path reads them in place) or, for bf16 with AVX512-BF16, through
# the dot-product kernels' own per-run copy.
@pytest.mark.parametrize("isa", tiers.ISAS, indirect=True)
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["float32", "bfloat16"])
def test_cpu_isa_variants_match_oracle(dtype, isa):
    case = CASE_BY_ID["kv_video_pst"]
    check_against_oracle("cpu", case, mixed_map(case), "zero", dtype, TOLERANCES[dtype])


# AVX512-BF16 runs bfloat16 with kv_time_shift on bf16 pairs too (each run's k / v channels
# copied from its offset's rows, then the unshifted products): output and gradients within a
# hundredth of the largest value of the float32 kernel on the widened inputs, for runs that
# split pairs (the mixed map), the published maps, every boundary, head_dim 8, 32 and 64.
@pytest.mark.parametrize("isa", ["avx512bf16"], indirect=True)
@pytest.mark.parametrize("boundary", BOUNDARIES)
@pytest.mark.parametrize(
    "case_id, map_name",
    [
        ("kv_video_pst", "mixed"),
        ("kv_windows_mask", "mixed"),
        ("kv_video_hd32", "xvit"),
        ("kv_video_hd32", "mixed"),
        ("kv_video_n17", "mixed"),
        ("kv_vit", "sct"),
    ],
)
def test_avx512bf16_is_close_to_the_float32_kernel(case_id, map_name, boundary, isa):
    case = ISA_CASES.get(case_id) or CASE_BY_ID[case_id]
    args, kwargs = make_inputs(case, torch.bfloat16)
    kwargs.update(kv_time_shift=named_map(map_name, case), kv_time_shift_boundary=boundary)
    out_shape = args[0].shape[:-1] + (args[0].shape[-1] // 3,)
    grad_out = torch.randn(out_shape, generator=torch.Generator().manual_seed(1)).bfloat16()

    got = run_op("cpu", args, kwargs, grad_out)
    wide = {k: widen_bf16(v) for k, v in kwargs.items()}
    want = run_op("cpu", [widen_bf16(x) for x in args], wide, grad_out.float())
    atol = TOLERANCES["bf16_backward_vs_float32"]["atol"]
    for name, g, w in zip(("out", "grad_qkv", "grad_bias_table"), got, want):
        if w is not None:
            _assert_close(name, g, w.double(), atol * float(w.abs().max()), 0, case_id)


@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.bfloat16, torch.float16], ids=lambda d: str(d).split(".")[-1]
)
@pytest.mark.parametrize("map_name", ["xvit", "sct"])
@pytest.mark.parametrize("case_id", ["kv_video_pst", "kv_vit"])
@pytest.mark.parametrize("backend", BACKENDS)
@tiers.interpreter(when=lambda backend, case_id: backend == "triton" and case_id == "kv_vit")
def test_low_precision_published_maps_match_oracle(backend, case_id, map_name, dtype):
    """The published maps move whole runs of channels (on the CPU: whole vectors, gathered
    and transposed in registers); the mixed map above, single channels."""
    case = CASE_BY_ID[case_id]
    d = named_map(map_name, case)
    boundary = patterns.KV_SHIFT_BOUNDARY[map_name]
    check_against_oracle(backend, case, d, boundary, dtype, TOLERANCES[dtype])


@pytest.mark.parametrize("case_id", ["kv_video_wt2", "kv_windows_mask"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_zero_offsets_equal_no_shift(backend, case_id):
    case = CASE_BY_ID[case_id]
    _, _, grad_out = oracle(case, named_map("none", case), "zero")
    plain = run_backend(backend, case, None, "zero", torch.float64, grad_out)
    for boundary in BOUNDARIES:
        zero = run_backend(
            backend, case, named_map("none", case), boundary, torch.float64, grad_out
        )
        for got, want in zip((zero[0],) + zero[1], (plain[0],) + plain[1]):
            if want is not None:
                torch.testing.assert_close(got, want, **TOLERANCES["float64_same"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_shift_changes_the_result(backend):
    """A non-zero map must matter (guards against an implementation that ignores it)."""
    case = CASE_BY_ID["kv_vit"]
    (qkv, _, _), kwargs = make_inputs(case, device=device_of(backend))
    plain = ops.window_attention(qkv, backend=backend, **kwargs)
    for boundary in BOUNDARIES:
        shifted = ops.window_attention(
            qkv,
            kv_time_shift=named_map("xvit", case).to(qkv.device),
            kv_time_shift_boundary=boundary,
            backend=backend,
            **kwargs,
        )
        assert (shifted - plain).abs().max() > 1e-3, boundary


GRADCHECK_CASES = [  # tiny: gradcheck perturbs every input element
    Case("gc_kv_video", "video", 1, 3, 2, 2, 2, 4, (1, 2, 2), (0, 1, 1), "A", "official"),
    Case(
        "gc_kv_windows_wt2",
        "windows",
        1,
        4,
        2,
        2,
        1,
        4,
        (2, 2, 2),
        (0, 0, 0),
        "C",
        "relative",
        mask=True,
    ),
]
_GRADCHECK_TOL = {
    "reference": "gradcheck_reference",
    "cpu": "gradcheck",
}  # else gradcheck_<backend>


@pytest.mark.parametrize("boundary", BOUNDARIES)
@pytest.mark.parametrize("case", GRADCHECK_CASES, ids=lambda c: c.id)
@pytest.mark.parametrize("backend", BACKENDS)
def test_gradcheck(backend, case, boundary):
    (qkv, table, index), kwargs = make_inputs(case, device=device_of(backend))
    d = mixed_map(case, seed=3).to(qkv.device)

    def fn(q, t):
        return ops.window_attention(
            q,
            t,
            index,
            kv_time_shift=d,
            kv_time_shift_boundary=boundary,
            backend=backend,
            **kwargs,
        )

    tol = TOLERANCES[_GRADCHECK_TOL.get(backend, f"gradcheck_{backend}")]
    assert torch.autograd.gradcheck(
        fn, (qkv.requires_grad_(), table.requires_grad_()), fast_mode=True, **tol
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_deterministic(backend):
    case = CASE_BY_ID["kv_windows_mask"]
    d = mixed_map(case)
    (qkv, _, _), _ = make_inputs(case)
    grad_out = torch.randn(qkv.shape[:-1] + (channels(case),))
    first = run_backend(backend, case, d, "cyclic", torch.float32, grad_out)
    second = run_backend(backend, case, d, "cyclic", torch.float32, grad_out)
    assert torch.equal(first[0], second[0])
    assert torch.equal(first[1][0], second[1][0]) and torch.equal(first[1][1], second[1][1])


# ------------------------------------------------------------------------ bad values
def _vit_call(d, boundary="zero", **kw):
    qkv = torch.randn(2 * 3, 5, 3 * 16)
    args = dict(num_heads=2, window=(1, 1, 5), batch_size=2, num_frames=3, backend="reference")
    args.update(kw)
    return ops.window_attention(qkv, kv_time_shift=d, kv_time_shift_boundary=boundary, **args)


@pytest.mark.parametrize(
    "d, boundary, exc, words",
    [
        (torch.full((16,), 3), "zero", ValueError, "kv_time_shift values must lie in (-T, T)"),
        (torch.full((16,), -3), "cyclic", ValueError, "kv_time_shift values must lie in (-T, T)"),
        (torch.zeros(17, dtype=torch.int64), "zero", ValueError, "kv_time_shift must have shape"),
        (torch.zeros(2, 8, dtype=torch.int64), "zero", ValueError, "(C,) = (16,)"),
        (torch.zeros(16), "zero", TypeError, "kv_time_shift must be an integer tensor"),
        (torch.zeros(16, dtype=torch.bool), "zero", TypeError, "integer tensor"),
        (torch.zeros(16, dtype=torch.int64), "clamp", ValueError, "kv_time_shift_boundary"),
        (None, "wrap", ValueError, "kv_time_shift_boundary must be one of"),
    ],
)
def test_bad_values_rejected(d, boundary, exc, words):
    with pytest.raises(exc, match=words.replace("(", r"\(").replace(")", r"\)")):
        _vit_call(d, boundary)


def test_helpers_reject_bad_arguments():
    with pytest.raises(ValueError, match="fold_div=3 must divide channels=16"):
        patterns.kv_shift_xvit(16, 2, fold_div=3)
    with pytest.raises(ValueError, match="num_heads=3 must divide channels=16"):
        patterns.kv_shift_xvit(16, 3)
    with pytest.raises(ValueError, match="fold_div must be >= 1"):
        patterns.kv_shift_xvit(16, 2, fold_div=0)
    with pytest.raises(TypeError, match="channels must be an int"):
        patterns.kv_shift_xvit(16.0, 2)
    with pytest.raises(ValueError, match="channels must be >= 1"):
        patterns.kv_shift_previous(0)


# ------------------------------------------------------------- the helpers' semantics
def test_helper_maps():
    d = patterns.kv_shift_xvit(768, 12)  # ViT-B: the published SHIFT_DIV 8
    assert d.dtype == torch.int64 and d.shape == (768,)
    assert d[:96].eq(1).all() and d[96:192].eq(-1).all() and d[192:].eq(0).all()
    assert torch.equal(
        patterns.kv_shift_xvit(16, 2, fold_div=4)[:8], torch.tensor([1] * 4 + [-1] * 4)
    )
    d = patterns.kv_shift_previous(12)
    assert d.dtype == torch.int64 and d.eq(-1).all() and d.shape == (12,)
    assert patterns.KV_SHIFT_BOUNDARY == {"xvit": "zero", "sct": "self"}


def published_xvit_shift(x: torch.Tensor, num_frames: int, fold_div: int) -> torch.Tensor:
    """The published X-ViT TemporalShift on k or v of shape (B*T, heads, N, head_dim):
    reshaped to (B, T, heads*head_dim, N), fold = C // fold_div, channels [0, fold) from
    t + 1, [fold, 2 fold) from t - 1, zeros outside the clip."""
    nt, heads, n, hd = x.shape
    y = x.reshape(nt // num_frames, num_frames, heads, n, hd).permute(0, 1, 2, 4, 3)
    y = y.reshape(nt // num_frames, num_frames, heads * hd, n)
    fold = heads * hd // fold_div
    out = torch.zeros_like(y)
    out[:, :-1, :fold] = y[:, 1:, :fold]
    out[:, 1:, fold : 2 * fold] = y[:, :-1, fold : 2 * fold]
    out[:, :, 2 * fold :] = y[:, :, 2 * fold :]
    out = out.reshape(nt // num_frames, num_frames, heads, hd, n).permute(0, 1, 2, 4, 3)
    return out.reshape(nt, heads, n, hd)


def plain_attention(q, k, v):
    """(B_, heads, N, hd) -> (B_, N, heads * hd)."""
    attn = (q * q.shape[-1] ** -0.5) @ k.transpose(-2, -1)
    out = attn.softmax(-1) @ v
    return out.transpose(1, 2).flatten(2)


@pytest.mark.parametrize("fold_div", [8, 4])
@pytest.mark.parametrize("backend", BACKENDS)
def test_xvit_helper_matches_published_chain(backend, fold_div):
    b, t, n, heads, hd = 2, 4, 17, 2, 16
    qkv = torch.randn(b * t, n, 3 * heads * hd, dtype=torch.float64, device=device_of(backend))
    q, k, v = qkv.reshape(b * t, n, 3, heads, hd).permute(2, 0, 3, 1, 4)
    k, v = published_xvit_shift(k, t, fold_div), published_xvit_shift(v, t, fold_div)
    want = plain_attention(q, k, v)
    got = ops.window_attention(
        qkv,
        num_heads=heads,
        window=(1, 1, n),
        batch_size=b,
        num_frames=t,
        kv_time_shift=patterns.kv_shift_xvit(heads * hd, heads, fold_div).to(qkv.device),
        kv_time_shift_boundary=patterns.KV_SHIFT_BOUNDARY["xvit"],
        backend=backend,
    )
    torch.testing.assert_close(got, want, **TOLERANCES["float64_same"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_sct_helper_attends_previous_frame(backend):
    """Queries of frame t attend to keys / values of frame t - 1; frame 0 to its own."""
    b, t, n, heads, hd = 2, 3, 9, 2, 8
    qkv = torch.randn(b * t, n, 3 * heads * hd, dtype=torch.float64, device=device_of(backend))
    q, k, v = qkv.reshape(b, t, n, 3, heads, hd).permute(3, 0, 1, 4, 2, 5)  # (b, t, h, n, hd)
    prev = torch.tensor([0] + list(range(t - 1)))  # frame t reads t - 1, frame 0 itself
    want = plain_attention(q.flatten(0, 1), k[:, prev].flatten(0, 1), v[:, prev].flatten(0, 1))
    got = ops.window_attention(
        qkv,
        num_heads=heads,
        window=(1, 1, n),
        batch_size=b,
        num_frames=t,
        kv_time_shift=patterns.kv_shift_previous(heads * hd).to(qkv.device),
        kv_time_shift_boundary=patterns.KV_SHIFT_BOUNDARY["sct"],
        backend=backend,
    )
    torch.testing.assert_close(got, want, **TOLERANCES["float64_same"])
