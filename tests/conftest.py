"""Test-wide settings, applied before any backend is imported.

- TPS_POISON_OUTPUTS=1: every backend fills fresh outputs with NaN before its kernel runs,
  so an element a kernel forgets to write shows up as NaN in the comparison.
- TRITON_INTERPRET=1 when no CUDA device is visible: Triton kernels then run on CPU
  tensors through the interpreter (how CI checks them without a GPU).
"""
import os

os.environ.setdefault("TPS_POISON_OUTPUTS", "1")

import torch  # noqa: E402

if not torch.cuda.is_available():
    os.environ.setdefault("TRITON_INTERPRET", "1")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _seed_torch():
    """Fresh random (never zero) inputs, but the same ones on every run: a failure
    reproduces, and no tolerance is passed or failed by luck."""
    torch.manual_seed(0)
