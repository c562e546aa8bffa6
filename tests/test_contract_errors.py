"""Bad input gets a clear ValueError / TypeError naming the argument (every backend shares
this validation in tps_kernels.ops)."""

import pytest
import torch

import tiers
import tps_kernels
from cases import TOLERANCES
from tps_kernels import ops, patterns, rpe

FS = patterns.frame_shift_map("C", (7, 7))
IDX = rpe.official_index(4, (7, 7), FS)


def call(qkv=None, table="default", index="default", **kw):
    qkv = torch.randn(1, 4, 14, 14, 96) if qkv is None else qkv
    table = torch.randn(rpe.official_table_size(4), 2) if isinstance(table, str) else table
    index = IDX if isinstance(index, str) else index
    args = dict(num_heads=2, window=(1, 7, 7), shift=(0, 3, 3), frame_shift=FS, backend="reference")
    args.update(kw)
    return ops.window_attention(qkv, table, index, **args)


@pytest.mark.parametrize(
    "kwargs, exc, words",
    [
        (dict(qkv=torch.randn(4, 14, 14, 96)), ValueError, "qkv must be 5-D"),
        (dict(qkv=torch.randn(1, 4, 14, 14, 96).int()), TypeError, "qkv must be float"),
        (dict(num_heads=5), ValueError, "num_heads=5"),
        (dict(qkv=torch.randn(1, 4, 15, 14, 96)), ValueError, "H=15 must be a multiple"),
        (dict(qkv=torch.randn(1, 4, 14, 14, 96), window=(3, 7, 7)), ValueError, "T=4"),
        (dict(shift=(0, 7, 3)), ValueError, "shift sh=7"),
        (
            dict(frame_shift=torch.zeros(3, 3, dtype=torch.int32)),
            ValueError,
            "frame_shift must have shape (7, 7)",
        ),
        (dict(frame_shift=torch.zeros(7, 7)), TypeError, "frame_shift must be an integer"),
        (dict(table=torch.randn(10, 2)), ValueError, "bias_index values must lie in [0, 10)"),
        (dict(table=torch.randn(1183, 3)), ValueError, "bias_table must be (R, num_heads=2)"),
        (
            dict(table=torch.randn(1183, 2).double()),
            TypeError,
            "bias_table has dtype torch.float64 but qkv has torch.float32",
        ),
        (dict(qkv=torch.randn(1, 4, 14, 14, 96, dtype=torch.bfloat16)), None, None),
        (
            dict(index=IDX[:2]),
            ValueError,
            "bias_index must be (Ti, 49, 49) with Ti = 1 or T / wt = 4",
        ),
        (dict(index=IDX.float()), TypeError, "bias_index must be an integer"),
        (dict(index=None), ValueError, "bias_table and bias_index must be given together"),
        (dict(mask=torch.zeros(4, 49, 49)), ValueError, "mask must be None in the video layout"),
        (dict(backend="nope"), ValueError, "backend must be one of"),
        (dict(batch_size=3), ValueError, "batch_size=3 disagrees"),
    ],
)
def test_window_attention_errors(kwargs, exc, words):
    if exc is None:  # a float32 table with bfloat16 qkv (AMP) is accepted
        call(**kwargs)
        return
    with pytest.raises(exc) as info:
        call(**kwargs)
    assert words in str(info.value)


def test_windows_layout_errors():
    qkv = torch.randn(16, 49, 96)
    table = torch.randn(rpe.official_table_size(4), 2)
    with pytest.raises(ValueError, match="batch_size and num_frames are required"):
        ops.window_attention(qkv, table, IDX, num_heads=2, window=(7, 7), frame_shift=FS)
    with pytest.raises(ValueError, match="expected a multiple of batch_size"):
        ops.window_attention(
            qkv, table, IDX, num_heads=2, window=(7, 7), frame_shift=FS, batch_size=3, num_frames=4
        )
    with pytest.raises(ValueError, match="window dim N=49 must equal"):
        ops.window_attention(qkv, None, None, num_heads=2, window=(1, 4, 4))
    with pytest.raises(ValueError, match=r"mask must be \(M, 49, 49\)"):
        ops.window_attention(
            qkv, None, None, num_heads=2, window=(7, 7), mask=torch.zeros(3, 49, 49)
        )
    with pytest.raises(ValueError, match="shift must be \\(0, 0, 0\\) in the windows layout"):
        ops.window_attention(qkv, None, None, num_heads=2, window=(7, 7), shift=(0, 3, 3))


def test_shift_op_errors():
    x = torch.randn(2, 4, 7, 7, 32)
    with pytest.raises(ValueError, match="channel dim 32 must be divisible by num_heads=3"):
        ops.channel_shift(x, num_heads=3)
    with pytest.raises(ValueError, match="batch_size and num_frames are required"):
        ops.channel_shift(x.reshape(8, 49, 32), num_heads=2)
    with pytest.raises(ValueError, match="must be 2-D"):
        ops.patch_shift(x, torch.zeros(7, dtype=torch.int32))
    with pytest.raises(ValueError, match="must be a multiple of frame_shift's wh\\*ww"):
        ops.patch_shift(
            x.reshape(8, 49, 32), torch.zeros(4, 4, dtype=torch.int32), batch_size=2, num_frames=4
        )


def test_unavailable_backend_says_why():
    status = tps_kernels.available_backends()
    assert set(status) == {"reference", "cpu", "cuda", "triton"}
    assert status["reference"].startswith("ok")
    for name, line in status.items():
        assert line.startswith(("ok: ", "unavailable: ")) and len(line) > 12, (name, line)
        if line.startswith("unavailable"):
            with pytest.raises((RuntimeError, ValueError), match=name):
                call(backend=name)


# ---- integer arguments: never truncated, None named --------------------------------------


@pytest.mark.parametrize(
    "kwargs, exc, words",
    [
        (dict(num_heads=2.5), TypeError, "num_heads must be an int, got 2.5"),
        (dict(num_heads=None), TypeError, "num_heads must be an int, got None"),
        (dict(num_heads=True), TypeError, "num_heads must be an int"),
        (dict(num_heads=torch.tensor(2.0)), TypeError, "num_heads must be an int"),
        (dict(num_heads=torch.tensor([2])), TypeError, "num_heads must be an int (or a 0-d"),
        (dict(window=(1, 7.5, 7)), TypeError, "window[1] must be an int, got 7.5"),
        (dict(window=(1, 7.0, 7)), TypeError, "window[1] must be an int"),
        (dict(window="77"), TypeError, "window must be a sequence of ints"),
        (dict(window=7), TypeError, "window must be a sequence of ints"),
        (dict(shift=(0, 3.0, 3)), TypeError, "shift[1] must be an int"),
        (dict(num_frames=4.0), TypeError, "num_frames must be an int"),
    ],
)
def test_non_integer_arguments_are_rejected(kwargs, exc, words):
    with pytest.raises(exc) as info:
        call(**kwargs)
    assert words in str(info.value)


def test_window_rejects_fraction_not_truncates():
    """window=(1, 2.5, 2) used to act as (1, 2, 2)."""
    qkv = torch.randn(1, 2, 2, 2, 12)
    with pytest.raises(TypeError, match=r"window\[1\] must be an int, got 2.5"):
        ops.window_attention(qkv, num_heads=2, window=(1, 2.5, 2), backend="reference")


def test_integer_likes_are_accepted():
    np = pytest.importorskip("numpy")
    qkv, table = torch.randn(1, 4, 14, 14, 96), torch.randn(rpe.official_table_size(4), 2)
    want = call(qkv, table)
    for heads in (np.int64(2), torch.tensor(2), torch.tensor(2, dtype=torch.int32)):
        got = call(qkv, table, num_heads=heads, window=(np.int32(1), torch.tensor(7), 7))
        torch.testing.assert_close(got, want, atol=0, rtol=0)


def test_shift_ops_reject_non_integers():
    x = torch.randn(2, 4, 7, 7, 32)
    xw = x.reshape(8, 49, 32)
    fs = torch.zeros(7, 7, dtype=torch.int32)
    for kw, words in [
        (dict(num_heads=2.5), "num_heads must be an int, got 2.5"),
        (dict(num_heads=None), "num_heads must be an int, got None"),
        (dict(num_heads=2, fold_div=2.0), "fold_div must be an int"),
    ]:
        with pytest.raises(TypeError, match=words):
            ops.channel_shift(x, backend="reference", **kw)
    with pytest.raises(TypeError, match="batch_size must be an int, got 2.5"):
        ops.channel_shift(xw, num_heads=2, batch_size=2.5, num_frames=4, backend="reference")
    with pytest.raises(TypeError, match="num_frames must be an int, got 4.0"):
        ops.patch_shift(xw, fs, batch_size=2, num_frames=4.0, backend="reference")
    with pytest.raises(TypeError, match="frame_shift is required"):
        ops.patch_shift(x, None, backend="reference")


# ---- empty masks, the meta device -----------------------------------------------------------


def test_empty_mask_is_a_value_error():
    """A (0, N, N) mask used to raise ZeroDivisionError."""
    qkv = torch.randn(4, 49, 96)
    with pytest.raises(ValueError, match=r"mask must be \(M, 49, 49\) with M >= 1"):
        ops.window_attention(
            qkv,
            None,
            None,
            num_heads=2,
            window=(7, 7),
            mask=torch.zeros(0, 49, 49),
            backend="reference",
        )


def test_meta_frame_shift_with_real_inputs_is_a_value_error():
    with pytest.raises(ValueError, match="frame_shift is on the meta device"):
        call(frame_shift=FS.to("meta"))
    with pytest.raises(ValueError, match="frame_shift is on the meta device"):
        ops.patch_shift(torch.randn(1, 4, 7, 7, 8), FS.to("meta"), backend="reference")


@pytest.mark.parametrize("backend", ["auto", "reference", "cpu", "cuda", "triton"])
def test_meta_inputs_propagate_shapes(backend):
    """All-meta inputs give meta outputs of the right shape with any backend name (used to
    fail in the range check's .item() with backend="cpu")."""
    meta = dict(device="meta")
    qkv = torch.empty(2, 4, 14, 14, 96, **meta, requires_grad=True)
    table = torch.empty(rpe.official_table_size(4), 2, **meta, requires_grad=True)
    out = ops.window_attention(
        qkv,
        table,
        IDX.to("meta"),
        num_heads=2,
        window=(7, 7),
        shift=(0, 3, 3),
        frame_shift=FS.to("meta"),
        backend=backend,
    )
    assert out.device.type == "meta" and out.shape == (2, 4, 14, 14, 32)
    out.sum().backward()
    assert qkv.grad.shape == qkv.shape and table.grad.shape == table.shape
    xw = torch.empty(2 * 4 * 4, 49, 96, **meta)
    out = ops.window_attention(
        xw,
        None,
        None,
        num_heads=2,
        window=(7, 7),
        batch_size=2,
        num_frames=4,
        frame_shift=FS,
        backend=backend,
        mask=torch.empty(4, 49, 49, **meta),
    )
    assert out.device.type == "meta" and out.shape == (32, 49, 32)
    x = torch.empty(2, 4, 7, 7, 32, **meta)
    assert ops.patch_shift(x, FS.to("meta"), backend=backend).shape == x.shape
    assert ops.channel_shift(x, num_heads=2, backend=backend).shape == x.shape
    with pytest.raises(ValueError, match="backend must be one of"):
        ops.channel_shift(x, num_heads=2, backend="gpu")


# ---- the frame_shift an official index was built for ---------------------------------------


def test_index_built_for_patch_shift_needs_its_frame_shift():
    """Forgetting frame_shift with a patch-shift index used to run silently (output off by
    up to 4)."""
    with pytest.raises(ValueError, match="frame_shift is None but bias_index was built"):
        call(frame_shift=None)
    other = patterns.frame_shift_map("A", (7, 7))
    with pytest.raises(ValueError, match="differs from the"):
        call(frame_shift=other)
    # the same map modulo T (= 4), and in another integer dtype, is the same shift
    call(frame_shift=(FS.to(torch.int64) + 4 * 3))
    call(frame_shift=FS.to(torch.int16))


def test_index_built_without_frame_shift_warns_with_one():
    tcs = rpe.official_index(4, (7, 7), None)
    with pytest.warns(UserWarning, match="built by rpe.official_index without one"):
        call(index=tcs)
    call(index=tcs, frame_shift=None)  # the published channel-shift block: fine


def test_built_for_survives_buffers_and_drops_with_new_tensors():
    import copy

    m = torch.nn.Module()
    m.register_buffer("index", rpe.official_index(4, (7, 7), FS))
    m.load_state_dict({"index": rpe.official_index(4, (7, 7), FS)})
    m.to("cpu").double()
    for idx in (m.index, copy.deepcopy(m).index):
        assert rpe.built_for(idx) == (4, tuple(map(tuple, (FS % 4).tolist())))
        with pytest.raises(ValueError, match="frame_shift is None"):
            call(index=idx, frame_shift=None)
    assert rpe.built_for(IDX.clone()) is None
    assert rpe.built_for(rpe.relative_index((7, 7), FS)) is None


# ---- int64 frame_shift: reduced modulo T before the kernels' int32 -------------------------


@pytest.mark.parametrize(
    "backend", ["reference", tiers.backend_param("cpu"), tiers.backend_param("triton")]
)
def test_int64_frame_shift_is_reduced_modulo_T(backend):
    """2**32 + 1 with T = 3 must act as 2 (it used to act as 1: narrowed to int32 first)."""
    big = torch.tensor([[2**32 + 1, -(2**40) - 1], [0, 2**62 + 3]], dtype=torch.int64)
    small = torch.remainder(big, 3)
    assert small.tolist() == [[2, 1], [0, 1]]
    narrowed = big.to(torch.int32)  # what an unchecked cast would pass
    x = torch.randn(2, 3, 4, 4, 24, dtype=torch.float64)
    table = torch.randn(rpe.relative_table_size((2, 2), 4), 2, dtype=torch.float64)
    index = rpe.relative_index((2, 2), small, max_shift=4)
    kw = dict(num_heads=2, window=(2, 2), shift=(0, 1, 1))

    def attn(fs, be):
        return ops.window_attention(x, table, index, frame_shift=fs, backend=be, **kw)

    want = attn(small, "reference")
    assert not torch.allclose(want, attn(narrowed, "reference"))  # the check can fail
    torch.testing.assert_close(attn(big, backend), want, **TOLERANCES[torch.float64])
    xw = x[..., :8].reshape(2, 3, 2, 2, 2, 2, 8).permute(0, 1, 2, 4, 3, 5, 6).reshape(-1, 4, 8)
    for inp, counts in ((x[..., :8], {}), (xw, dict(batch_size=2, num_frames=3))):
        got = ops.patch_shift(inp, big, backend=backend, **counts)
        ref = ops.patch_shift(inp, small, backend="reference", **counts)
        torch.testing.assert_close(got, ref, atol=0, rtol=0)
