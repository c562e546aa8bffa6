"""Named test tiers: every skip that is not a plain missing dependency goes through here.

- ``needs_backend(name)`` / ``backend_param(name)``: the backend must be usable on this
  install; the skip reason is the backend's own (tps_kernels.available_backends()).
- ``needs_cuda``: a CUDA device must be visible.
- ``interpreter`` / ``interpreter(when=...)``: too slow under TRITON_INTERPRET=1 (Triton on
  CPU tensors); skipped there unless the extended tier is on. ``when`` receives the test's
  parameters by name and says which parameter combinations are the slow ones.
- ``ISAS`` with the ``isa`` fixture (tests/conftest.py): every ISA build of the CPU kernels
  (csrc/cpu/isa/*.cpp), forced with TPS_CPU_ISA; an AVX-512 one this CPU cannot execute
  runs emulated where the build has it (``EMULATED``), any other is skipped.
- ``extended``: runs only in the extended tier (``TPS_TEST_EXTENDED=1`` or ``pytest
  --extended``); tests/conftest.py applies it.

The default run (CI) is everything else. All flags come from tps_kernels._flags.
"""

from __future__ import annotations

import functools
import inspect
import os

import pytest
import torch

from tps_kernels import _backends, _flags

EXTENDED_REASON = "extended tier: set TPS_TEST_EXTENDED=1 or pass --extended"
INTERPRETER_REASON = (
    "too slow under TRITON_INTERPRET=1 (Triton on CPU tensors): "
    "set TPS_TEST_EXTENDED=1 or pass --extended to run it"
)

extended = pytest.mark.extended

needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")


def needs_backend(name: str):
    """Skip unless backend ``name`` is usable here, with the backend's own reason."""
    ok, why = _backends.status(name)
    return pytest.mark.skipif(not ok, reason=f"backend {name!r} unavailable: {why}")


def backend_param(name: str, *marks):
    """pytest.param(name) that skips (with the backend's reason) where it is unavailable."""
    return pytest.param(name, marks=(needs_backend(name),) + marks)


def interpreter(fn=None, *, when=None):
    """Mark a test (``@interpreter``) or some of its parameter combinations
    (``@interpreter(when=lambda backend, size: ...)``) as too slow for the Triton
    interpreter; tests/conftest.py skips them under TRITON_INTERPRET=1 unless the extended
    tier is on."""
    mark = pytest.mark.interpreter(when=when)
    return mark(fn) if fn is not None else mark


def interpreter_cut(item) -> bool:
    """Whether the ``interpreter`` marker of a collected test skips it in this run."""
    marker = item.get_closest_marker("interpreter")
    if marker is None or not _flags.triton_interpret() or _flags.extended_tests():
        return False
    when = marker.kwargs.get("when")
    if when is None:
        return True
    params = getattr(item, "callspec", None)
    params = params.params if params is not None else {}
    return bool(when(**{k: params[k] for k in inspect.signature(when).parameters}))


# Every ISA build of the CPU kernels, forced with TPS_CPU_ISA: generic and avx2 are what a
# CPU without AVX-512 runs (avx2 with 8-lane vectors: N = 49 is 6 vectors + 1 key), avx512
# without the BF16 dot products is what a CPU without avx512_bf16 runs for bfloat16.
ISAS = ["generic", "avx2", "avx512", "avx512bf16"]
ISA_FLAGS = {
    "generic": [],
    "avx2": ["avx2", "fma", "f16c", "bmi2"],
    "avx512": ["avx512f", "avx512bw", "avx512vl", "avx512dq"],
    "avx512bf16": ["avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512_bf16"],
}


# Where the CPU lacks AVX-512, a build with TPS_AVX512_EMULATION=1 (setup.py; CI sets it)
# runs the same AVX-512 kernels on SIMDe under these names (csrc/cpu/isa/avx512_emulated.cpp).
EMULATED = {"avx512": "avx512_emulated", "avx512bf16": "avx512bf16_emulated"}


@functools.cache
def emulated_isa(isa: str) -> str | None:
    """The TPS_CPU_ISA value that runs ISA build ``isa`` emulated, when the loaded extension
    has it and this CPU runs it; None otherwise."""
    name = EMULATED.get(isa)
    if name is None:
        return None
    from tps_kernels import _extension

    if not _extension.loaded():
        return None
    old = os.environ.get("TPS_CPU_ISA")
    os.environ["TPS_CPU_ISA"] = name
    try:
        torch.ops.tps.round_to_bf16(torch.ones(1))  # selects the kernel set: raises if absent
        return name
    except RuntimeError:
        return None
    finally:
        if old is None:
            del os.environ["TPS_CPU_ISA"]
        else:
            os.environ["TPS_CPU_ISA"] = old


def missing_cpu_flags(isa: str) -> list[str]:
    """The CPU features ISA build ``isa`` needs that this CPU lacks (/proc/cpuinfo)."""
    try:
        with open("/proc/cpuinfo") as f:
            flags = set(f.read().split())
    except OSError:
        flags = set()
    return [f for f in ISA_FLAGS[isa] if f not in flags]
