"""Every environment flag tps_kernels and its tests read, parsed in one place.

Each flag is read when its function is called (not cached at import), so a test or a
benchmark subprocess can set it before the call that needs it. A boolean flag is on when its
value is "1" and off otherwise (unset, "0", anything else).

| flag                 | read by                              | effect                            |
| -------------------- | ------------------------------------ | --------------------------------- |
| TPS_POISON_OUTPUTS   | Triton launch.py; C++ tps/op_args.h  | fresh kernel outputs start as NaN |
| TRITON_INTERPRET     | Triton itself; _backends, flops      | Triton kernels on CPU tensors     |
| TPS_CPU_ISA          | C++ csrc/cpu/window_attention.cpp    | force one CPU kernel set          |
| TPS_CUDA_TENSOR_CORES| C++ csrc/cuda (per call)             | "0": generic fp16/bf16 forward    |
| TPS_TEST_EXTENDED    | tests/tiers.py, tests/conftest.py    | run the extended test tier        |
| TPS_EXPECT_CUDA_KERNELS | tests/test_cuda.py (CI)           | CUDA kernels must be registered   |
| TPS_CUDA_EXT         | tests/test_cuda.py (CI)              | path of an out-of-place CUDA build|
| TPS_AVX512_EMULATION | setup.py; tests/test_cpu.py (CI)     | + AVX-512 kernels on SIMDe        |

The C++ extension reads TPS_POISON_OUTPUTS, TPS_CPU_ISA and TPS_CUDA_TENSOR_CORES itself (per
call); the accessors here report the same values to Python (benchmark headers, tests).
Build-time variables (TPS_BUILD_CUDA, TPS_CPU_ARCH_FLAGS, TPS_NVCC_FLAGS,
TPS_AVX512_EMULATION) are setup.py's.
"""

from __future__ import annotations

import os
from typing import Optional


def _on(name: str) -> bool:
    return os.environ.get(name, "0") == "1"


def poison_outputs() -> bool:
    """TPS_POISON_OUTPUTS=1 (tests/conftest.py sets it): every backend fills fresh outputs
    with NaN before its kernel runs, so an element a kernel forgets to write shows up."""
    return _on("TPS_POISON_OUTPUTS")


def triton_interpret() -> bool:
    """TRITON_INTERPRET=1: Triton runs kernels through its interpreter on CPU tensors (how
    the tests check them without a GPU). Triton reads it when it compiles the package, so it
    must be set before tps_kernels' Triton backend is imported."""
    return _on("TRITON_INTERPRET")


def cpu_isa() -> Optional[str]:
    """TPS_CPU_ISA (read by the C++ CPU kernels per call): the kernel set to use instead of
    the best one this CPU supports, e.g. "avx2" or "generic"; None when unset. Read-only
    here: for reporting which set a run asked for."""
    return os.environ.get("TPS_CPU_ISA") or None


def extended_tests() -> bool:
    """TPS_TEST_EXTENDED=1 (or ``pytest --extended``): also run the extended test tier
    (large shapes, and the cases too slow under TRITON_INTERPRET=1); see tests/tiers.py."""
    return _on("TPS_TEST_EXTENDED")


def cuda_tensor_cores() -> bool:
    """TPS_CUDA_TENSOR_CORES (read by the C++ CUDA forward per call): "0" sends the fp16/bf16
    PST-shaped forward to the generic kernel instead of the tensor-core one. Read-only here."""
    return os.environ.get("TPS_CUDA_TENSOR_CORES", "1") != "0"


def expect_cuda_kernels() -> bool:
    """TPS_EXPECT_CUDA_KERNELS=1 (.ci/run on a CUDA build): the loaded extension must have
    CUDA kernels for every tps:: op; tests/test_cuda.py fails instead of skipping."""
    return _on("TPS_EXPECT_CUDA_KERNELS")


def avx512_emulation() -> bool:
    """TPS_AVX512_EMULATION=1 (read by setup.py when it builds; .ci/run sets it for the build
    and the tests): the build also has the AVX-512 kernels on SIMDe (ISAs avx512_emulated /
    avx512bf16_emulated); tests/test_cpu.py then requires them on a CPU without AVX-512."""
    return _on("TPS_AVX512_EMULATION")


def cuda_ext_path() -> Optional[str]:
    """TPS_CUDA_EXT (.ci/run): path of an out-of-place CUDA build of _C*.so that
    tests/test_cuda.py loads in a fresh process; None when unset."""
    return os.environ.get("TPS_CUDA_EXT") or None
