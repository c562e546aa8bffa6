"""Bad input gets a clear ValueError / TypeError naming the argument (every backend shares
this validation in tps_kernels.ops)."""
import pytest
import torch

import tps_kernels
from tps_kernels import ops, patterns, rpe

FS = patterns.frame_shift_map("C", (7, 7))
IDX = rpe.official_index(4, (7, 7), FS)


def call(qkv=None, table="default", index="default", **kw):
    qkv = torch.randn(1, 4, 14, 14, 96) if qkv is None else qkv
    table = torch.randn(rpe.official_table_size(4), 2) if isinstance(table, str) else table
    index = IDX if isinstance(index, str) else index
    args = dict(num_heads=2, window=(1, 7, 7), shift=(0, 3, 3), frame_shift=FS,
                backend="reference")
    args.update(kw)
    return ops.window_attention(qkv, table, index, **args)


@pytest.mark.parametrize("kwargs, exc, words", [
    (dict(qkv=torch.randn(4, 14, 14, 96)), ValueError, "qkv must be 5-D"),
    (dict(qkv=torch.randn(1, 4, 14, 14, 96).int()), TypeError, "qkv must be float"),
    (dict(num_heads=5), ValueError, "num_heads=5"),
    (dict(qkv=torch.randn(1, 4, 15, 14, 96)), ValueError, "H=15 must be a multiple"),
    (dict(qkv=torch.randn(1, 4, 14, 14, 96), window=(3, 7, 7)), ValueError, "T=4"),
    (dict(shift=(0, 7, 3)), ValueError, "shift sh=7"),
    (dict(frame_shift=torch.zeros(3, 3, dtype=torch.int32)), ValueError, "frame_shift must have shape (7, 7)"),
    (dict(frame_shift=torch.zeros(7, 7)), TypeError, "frame_shift must be an integer"),
    (dict(table=torch.randn(10, 2)), ValueError, "bias_index values must lie in [0, 10)"),
    (dict(table=torch.randn(1183, 3)), ValueError, "bias_table must be (R, num_heads=2)"),
    (dict(table=torch.randn(1183, 2).double()), TypeError, "bias_table has dtype torch.float64 but qkv has torch.float32"),
    (dict(qkv=torch.randn(1, 4, 14, 14, 96, dtype=torch.bfloat16)), None, None),
    (dict(index=IDX[:2]), ValueError, "bias_index must be (Ti, 49, 49) with Ti = 1 or T / wt = 4"),
    (dict(index=IDX.float()), TypeError, "bias_index must be an integer"),
    (dict(index=None), ValueError, "bias_table and bias_index must be given together"),
    (dict(mask=torch.zeros(4, 49, 49)), ValueError, "mask must be None in the video layout"),
    (dict(backend="nope"), ValueError, "backend must be one of"),
    (dict(batch_size=3), ValueError, "batch_size=3 disagrees"),
])
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
        ops.window_attention(qkv, table, IDX, num_heads=2, window=(7, 7), frame_shift=FS,
                             batch_size=3, num_frames=4)
    with pytest.raises(ValueError, match="window dim N=49 must equal"):
        ops.window_attention(qkv, None, None, num_heads=2, window=(1, 4, 4))
    with pytest.raises(ValueError, match=r"mask must be \(M, 49, 49\)"):
        ops.window_attention(qkv, None, None, num_heads=2, window=(7, 7),
                             mask=torch.zeros(3, 49, 49))
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
        ops.patch_shift(x.reshape(8, 49, 32), torch.zeros(4, 4, dtype=torch.int32),
                        batch_size=2, num_frames=4)


def test_unavailable_backend_says_why():
    status = tps_kernels.available_backends()
    assert set(status) == {"reference", "cpu", "cuda", "triton"}
    assert status["reference"].startswith("ok")
    for name, line in status.items():
        assert line.startswith(("ok: ", "unavailable: ")) and len(line) > 12, (name, line)
        if line.startswith("unavailable"):
            with pytest.raises((RuntimeError, ValueError), match=name):
                call(backend=name)
