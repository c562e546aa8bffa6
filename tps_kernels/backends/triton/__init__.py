"""Triton backend: fused PST window attention (forward + backward), patch shift, channel shift.

Where things are:
    index.py                  index math (mirrors csrc/include/tps/index.h), WindowGeometry
    scores.py                 k/v and scores of a window tile + the builder of the kernel args
    window_attention_fwd.py   forward kernel, its launch settings and host code
    window_attention_bwd.py   backward kernels (dK/dV [+dQ], dQ), grouping, launch settings
    table_grad.py             deterministic bias-table gradient (sorted-index reduction)
    kv_time_shift_grad.py     k/v gradient under kv_time_shift (the kv_grad_rows adjoint)
    shifts.py                 patch_shift / channel_shift kernels
    launch.py                 launch helper, output allocation, interpreter detection
    ops.py                    torch.library ops (tps_triton::), autograd, backend API
Under TRITON_INTERPRET=1 (set before this package is imported) the same kernels run on CPU
tensors: that is how CI checks them.
"""

from .ops import channel_shift, patch_shift, status, window_attention

__all__ = ["channel_shift", "patch_shift", "status", "window_attention"]
