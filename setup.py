"""Builds tps_kernels._C: the tps:: op schemas, CPU kernels and (when a CUDA toolkit and a
CUDA build of torch are present) CUDA kernels.

Environment switches:
  TPS_BUILD_CUDA=0|1     CUDA kernels off/on. Unset: built when a CUDA GPU is visible or
                         TORCH_CUDA_ARCH_LIST is set (and nvcc + a CUDA build of torch exist);
                         otherwise CPU only (a CUDA build for 4 archs takes ~19 min on 2 cores)
  TORCH_CUDA_ARCH_LIST   GPU targets; default: the visible GPUs, else "7.5;8.0;8.6;9.0"
  TPS_CPU_ARCH_FLAGS     extra CPU flags (default: none; kernels pick AVX2/AVX-512 at run time)
  TPS_AVX512_EMULATION=1 also build the AVX-512 kernels on SIMDe (third_party/simde) as the
                         ISAs avx512_emulated / avx512bf16_emulated, which TPS_CPU_ISA alone
                         selects: the tests then check the AVX-512 kernels on a CPU without
                         AVX-512 (x86-64 with AVX2; CI sets it)

The decision and its reason are printed (`pip install -v`, `python setup.py build_ext`).
Object files live in build/temp-<python>-<environment>-<cpu|cuda>/ (not pip's temporary
folder), so a second `pip install -e .` only recompiles what changed (ninja).
"""

import glob
import hashlib
import os
import platform
import shutil
import sys

from setuptools import find_packages, setup

ROOT = os.path.dirname(os.path.abspath(__file__))


def _set_cuda_home():
    """torch derives CUDA_HOME from `which nvcc`; a wrapper such as /usr/local/bin/nvcc then
    gives /usr/local (no lib64/libcudart). Point it at the real toolkit when unset."""
    if os.environ.get("CUDA_HOME") or os.environ.get("CUDA_PATH"):
        return
    nvcc = shutil.which("nvcc")
    candidates = [os.path.dirname(os.path.dirname(os.path.realpath(nvcc)))] if nvcc else []
    candidates.append("/usr/local/cuda")
    for root in candidates:
        if os.path.isfile(os.path.join(root, "bin", "nvcc")) and os.path.isdir(
            os.path.join(root, "lib64")
        ):
            os.environ["CUDA_HOME"] = root
            return


BUILD_KIND = "cpu"  # "cpu" or "cuda" (+ "-emu512"): names the persistent build folder
AVX512_EMULATION = os.environ.get("TPS_AVX512_EMULATION", "0") == "1"


def cuda_choice(env, gpu_visible: bool, missing) -> tuple:
    """(build the CUDA kernels?, why). `missing`: what a CUDA build needs but is absent."""
    want = env.get("TPS_BUILD_CUDA", "")
    if want not in ("", "0", "1"):
        raise RuntimeError(f"TPS_BUILD_CUDA must be 0 or 1, got {want!r}")
    if want == "0":
        return False, "TPS_BUILD_CUDA=0"
    if want == "1":
        if missing:
            raise RuntimeError(f"TPS_BUILD_CUDA=1 but {', '.join(missing)} not found")
        return True, "TPS_BUILD_CUDA=1"
    asked = (
        "TORCH_CUDA_ARCH_LIST is set"
        if env.get("TORCH_CUDA_ARCH_LIST")
        else "a CUDA GPU is visible"
        if gpu_visible
        else ""
    )
    if not asked:
        return False, "no CUDA GPU visible; TPS_BUILD_CUDA=1 builds the CUDA kernels anyway"
    if missing:
        return False, f"{asked} but {', '.join(missing)} not found"
    return True, asked


def _extensions():
    _set_cuda_home()
    import torch
    from torch.utils.cpp_extension import CUDA_HOME, CppExtension, CUDAExtension

    rel = lambda paths: sorted(os.path.relpath(p, ROOT) for p in paths)  # noqa: E731
    sources = rel(
        glob.glob(os.path.join(ROOT, "csrc", "*.cpp"))
        + glob.glob(os.path.join(ROOT, "csrc", "cpu", "*.cpp"))
        + glob.glob(os.path.join(ROOT, "csrc", "cpu", "isa", "*.cpp"))
    )
    cuda_sources = rel(glob.glob(os.path.join(ROOT, "csrc", "cuda", "*.cu")))
    missing = [
        what
        for what, ok in (
            ("nvcc (CUDA toolkit)", CUDA_HOME is not None),
            ("a CUDA build of torch", torch.version.cuda is not None),
            ("csrc/cuda sources", bool(cuda_sources)),
        )
        if not ok
    ]
    use_cuda, why = cuda_choice(os.environ, torch.cuda.is_available(), missing)
    global BUILD_KIND
    BUILD_KIND = ("cuda" if use_cuda else "cpu") + ("-emu512" if AVX512_EMULATION else "")
    if use_cuda and not os.environ.get("TORCH_CUDA_ARCH_LIST") and not torch.cuda.is_available():
        os.environ["TORCH_CUDA_ARCH_LIST"] = "7.5;8.0;8.6;9.0"
    if use_cuda:
        why += f"; targets {os.environ.get('TORCH_CUDA_ARCH_LIST') or 'the visible GPUs'}"
    if AVX512_EMULATION:
        why += "; TPS_AVX512_EMULATION=1: + the AVX-512 kernels emulated for tests"
    print(
        f"tps_kernels: building the CPU kernels{' and the CUDA kernels' if use_cuda else ''}"
        f" ({why})",
        file=sys.stderr,
        flush=True,
    )

    cxx = ["-O3", "-std=c++20", "-fopenmp", "-DTPS_WITH_OPENMP"]
    cxx += os.environ.get("TPS_CPU_ARCH_FLAGS", "").split()
    extra = {"cxx": cxx}
    include_dirs = [os.path.join(ROOT, "csrc", "include")]
    if AVX512_EMULATION:
        if platform.machine().lower() not in ("x86_64", "amd64"):
            sys.exit("TPS_AVX512_EMULATION=1 needs an x86-64 machine (the emulation runs on AVX2)")
        cxx.append("-DTPS_WITH_AVX512_EMULATION=1")
        include_dirs.append(os.path.join(ROOT, "third_party", "simde"))
    if use_cuda:
        extra["cxx"].append("-DTPS_WITH_CUDA")
        extra["nvcc"] = [
            "-O3",
            "-std=c++20",
            "-DTPS_WITH_CUDA",
            "--expt-relaxed-constexpr",
            "-lineinfo",
        ] + os.environ.get("TPS_NVCC_FLAGS", "").split()
        return [
            CUDAExtension(
                "tps_kernels._C",
                sources + cuda_sources,
                include_dirs=include_dirs,
                extra_compile_args=extra,
                extra_link_args=["-fopenmp"],
            )
        ]
    return [
        CppExtension(
            "tps_kernels._C",
            sources,
            include_dirs=include_dirs,
            extra_compile_args=extra,
            extra_link_args=["-fopenmp"],
        )
    ]


def _cmdclass():
    from torch.utils.cpp_extension import BuildExtension

    class BuildExt(BuildExtension):
        """torch's BuildExtension (ninja) with a persistent object folder: pip's editable
        install otherwise compiles in a fresh temporary folder every time."""

        def finalize_options(self):
            super().finalize_options()
            # one folder per environment: its include path is part of every compile command,
            # so two venvs sharing a folder would rebuild everything in turn
            env = hashlib.sha1(sys.prefix.encode()).hexdigest()[:8]
            tag = f"{sys.implementation.cache_tag}-{env}-{BUILD_KIND}"
            self.build_temp = os.path.join(ROOT, "build", f"temp-{tag}")

    return {"build_ext": BuildExt.with_options(use_ninja=True)}


if __name__ == "__main__":  # pip's build backend runs this file as __main__ too
    setup(
        name="tps_kernels",
        version="0.1.0",
        description="Fused window attention with Temporal Patch Shift (PST) for video transformers",
        packages=find_packages(include=["tps_kernels", "tps_kernels.*"]),
        python_requires=">=3.10",
        install_requires=["torch==2.14.1"],
        ext_modules=_extensions(),
        cmdclass=_cmdclass(),
    )
