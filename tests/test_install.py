"""setup.py: the choice of what to build (CPU kernels always; CUDA kernels when a GPU is
visible or asked for), the line that says it, and the persistent build folder."""

import importlib.util
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NO_TOOLKIT = ["nvcc (CUDA toolkit)"]


@pytest.fixture(scope="module")
def setup_py():
    spec = importlib.util.spec_from_file_location("tps_setup", os.path.join(ROOT, "setup.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # not __main__: defines the helpers, runs no setup()
    return mod


def test_cuda_only_when_a_gpu_is_visible_or_asked_for(setup_py):
    choice = setup_py.cuda_choice
    assert choice({}, False, []) == (
        False,
        "no CUDA GPU visible; TPS_BUILD_CUDA=1 builds the CUDA kernels anyway",
    )
    assert choice({}, True, []) == (True, "a CUDA GPU is visible")
    assert choice({"TORCH_CUDA_ARCH_LIST": "8.0"}, False, []) == (
        True,
        "TORCH_CUDA_ARCH_LIST is set",
    )
    assert choice({"TPS_BUILD_CUDA": "1"}, False, []) == (True, "TPS_BUILD_CUDA=1")
    assert choice({"TPS_BUILD_CUDA": "0"}, True, []) == (False, "TPS_BUILD_CUDA=0")
    # asked implicitly but impossible: CPU only, saying why; asked explicitly: an error
    assert choice({}, True, NO_TOOLKIT) == (
        False,
        "a CUDA GPU is visible but nvcc (CUDA toolkit) not found",
    )
    with pytest.raises(RuntimeError, match="TPS_BUILD_CUDA=1 but nvcc"):
        choice({"TPS_BUILD_CUDA": "1"}, False, NO_TOOLKIT)
    with pytest.raises(RuntimeError, match="TPS_BUILD_CUDA must be 0 or 1, got 'yes'"):
        choice({"TPS_BUILD_CUDA": "yes"}, False, [])


def test_build_folder_survives_pips_temporary_one(setup_py, tmp_path):
    from setuptools import Distribution

    dist = Distribution({"name": "tps_kernels", "ext_modules": []})
    dist.get_command_obj("build").build_temp = str(tmp_path)  # what pip's editable build does
    cmd = setup_py._cmdclass()["build_ext"](dist)
    cmd.ensure_finalized()
    assert os.path.dirname(cmd.build_temp) == os.path.join(ROOT, "build")
    assert cmd.build_temp.endswith(f"-{setup_py.BUILD_KIND}")


def _setup_name(**env):
    return subprocess.run(
        [sys.executable, "setup.py", "--name"],
        cwd=ROOT,
        text=True,
        capture_output=True,
        env={**os.environ, **env},
        timeout=300,
    )


def test_the_choice_is_printed():
    proc = _setup_name(TPS_BUILD_CUDA="0", TPS_AVX512_EMULATION="0")
    assert proc.returncode == 0, proc.stderr
    assert "tps_kernels: building the CPU kernels (TPS_BUILD_CUDA=0)" in proc.stderr
    assert proc.stdout.strip().endswith("tps_kernels")
    emulated = _setup_name(TPS_BUILD_CUDA="0", TPS_AVX512_EMULATION="1")
    assert emulated.returncode == 0, emulated.stderr
    assert "TPS_AVX512_EMULATION=1: + the AVX-512 kernels emulated for tests" in emulated.stderr
