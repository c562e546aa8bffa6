#!/usr/bin/env python3
"""opcheck (schema, fake kernel, autograd registration) of the tps:: ops on CUDA tensors:
the cases and arguments of tests/test_cpu.py's opcheck tests, moved to the GPU. A step of
tools/gpu_check.sh; exits non-zero on the first failure."""

import os
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]

import conftest  # noqa: E402,F401  (the test-wide settings)
import test_cpu  # noqa: E402
from tps_kernels import patterns  # noqa: E402


def cuda(args):
    return tuple(
        a.detach().cuda().requires_grad_(a.requires_grad) if isinstance(a, torch.Tensor) else a
        for a in args
    )


def main() -> int:
    if not torch.cuda.is_available():
        print("gpu_opcheck: no CUDA device visible", file=sys.stderr)
        return 3
    ops = torch.ops.tps
    for case in test_cpu.OPCHECK_CASES:
        args = cuda(test_cpu._native_args(case))
        torch.library.opcheck(ops.window_attention_fwd.default, args)
        out, lse = ops.window_attention_fwd(
            *[a.detach() if isinstance(a, torch.Tensor) else a for a in args]
        )
        plain = tuple(a.detach() if isinstance(a, torch.Tensor) else a for a in args[:5])
        torch.library.opcheck(
            ops.window_attention_bwd.default,
            (torch.randn_like(out), plain[0], out, lse) + plain[1:] + tuple(args[5:]),
        )
        print(f"opcheck cuda window_attention_fwd/bwd {case.id}: ok", flush=True)
    fs = patterns.frame_shift_map("C", (7, 7)).to(torch.int32).cuda()
    x = torch.randn(1, 3, 7, 14, 8, dtype=torch.float64, device="cuda", requires_grad=True)
    xw = torch.randn(2 * 3 * 2, 49, 8, dtype=torch.float64, device="cuda", requires_grad=True)
    torch.library.opcheck(ops.patch_shift.default, (x, fs, False, 1, 3))
    torch.library.opcheck(ops.patch_shift.default, (xw, fs, True, 2, 3))
    for backward in (False, True):
        torch.library.opcheck(ops.channel_shift.default, (x, 2, 4, 1, 3, backward))
    print("opcheck cuda patch_shift/channel_shift: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
