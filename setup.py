"""Builds tps_kernels._C: the tps:: op schemas, CPU kernels and (when a CUDA toolkit and a
CUDA build of torch are present) CUDA kernels.

Environment switches:
  TPS_BUILD_CUDA=0|1     force the CUDA kernels off/on (default: on when nvcc and a CUDA
                         build of torch are found)
  TORCH_CUDA_ARCH_LIST   GPU targets; default "7.5;8.0;8.6;9.0" when no GPU is visible
  TPS_CPU_ARCH_FLAGS     extra CPU flags (default: none; kernels pick AVX2/AVX-512 at run time)
"""
import glob
import os
import shutil

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
        if os.path.isfile(os.path.join(root, "bin", "nvcc")) and \
                os.path.isdir(os.path.join(root, "lib64")):
            os.environ["CUDA_HOME"] = root
            return


def _extensions():
    _set_cuda_home()
    import torch
    from torch.utils.cpp_extension import CUDA_HOME, CppExtension, CUDAExtension

    rel = lambda paths: sorted(os.path.relpath(p, ROOT) for p in paths)  # noqa: E731
    sources = rel(glob.glob(os.path.join(ROOT, "csrc", "*.cpp"))
                  + glob.glob(os.path.join(ROOT, "csrc", "cpu", "*.cpp"))
                  + glob.glob(os.path.join(ROOT, "csrc", "cpu", "isa", "*.cpp")))
    cuda_sources = rel(glob.glob(os.path.join(ROOT, "csrc", "cuda", "*.cu")))
    want_cuda = os.environ.get("TPS_BUILD_CUDA")
    has_cuda = CUDA_HOME is not None and torch.version.cuda is not None and bool(cuda_sources)
    use_cuda = has_cuda if want_cuda is None else want_cuda == "1"
    if use_cuda and not has_cuda:
        raise RuntimeError("TPS_BUILD_CUDA=1 but no CUDA toolkit / CUDA build of torch / "
                           "csrc/cuda sources were found")
    if use_cuda and not os.environ.get("TORCH_CUDA_ARCH_LIST") and not torch.cuda.is_available():
        os.environ["TORCH_CUDA_ARCH_LIST"] = "7.5;8.0;8.6;9.0"

    cxx = ["-O3", "-std=c++20", "-fopenmp", "-DTPS_WITH_OPENMP"]
    cxx += os.environ.get("TPS_CPU_ARCH_FLAGS", "").split()
    extra = {"cxx": cxx}
    include_dirs = [os.path.join(ROOT, "csrc", "include")]
    if use_cuda:
        extra["cxx"].append("-DTPS_WITH_CUDA")
        extra["nvcc"] = ["-O3", "-std=c++20", "-DTPS_WITH_CUDA", "--expt-relaxed-constexpr",
                         "-lineinfo"] + os.environ.get("TPS_NVCC_FLAGS", "").split()
        return [CUDAExtension("tps_kernels._C", sources + cuda_sources,
                              include_dirs=include_dirs, extra_compile_args=extra,
                              extra_link_args=["-fopenmp"])]
    return [CppExtension("tps_kernels._C", sources, include_dirs=include_dirs,
                         extra_compile_args=extra, extra_link_args=["-fopenmp"])]


def _cmdclass():
    from torch.utils.cpp_extension import BuildExtension
    return {"build_ext": BuildExtension.with_options(use_ninja=True)}


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
