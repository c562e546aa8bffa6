#!/usr/bin/env python3
"""CI check of the CUDA build without a GPU: compile tps_kernels._C with the CUDA kernels
OUT OF PLACE (the in-place CPU build stays untouched), with ptxas --resource-usage, then

  1. load the built library in a fresh process and require a CUDA (and CPU) kernel for
     every tps:: op (torch._C._dispatch_has_kernel_for_dispatch_key);
  2. save the per-kernel resource report and fail on local-memory spills in the main PST
     instantiations (tools/cuda_resource_report.py, parsed from the same build log).

  python tools/cuda_build_check.py [--build-dir build/cuda] [--archs "7.5;8.0;8.6;9.0"]

Exit status 0 when the build, the registration check and the spill check pass. Prints the
wall time of each step. TORCH_CUDA_ARCH_LIST / --archs pick the targets (default: all four).
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPS = ("window_attention_fwd", "window_attention_bwd", "patch_shift", "channel_shift")

CHECK = r"""
import sys, torch
torch.ops.load_library(sys.argv[1])
bad = [(op, key) for op in sys.argv[2:] for key in ("CUDA", "CPU")
       if not torch._C._dispatch_has_kernel_for_dispatch_key("tps::" + op, key)]
for op in sys.argv[2:]:
    print(f"tps::{op}: CUDA kernel registered:",
          torch._C._dispatch_has_kernel_for_dispatch_key("tps::" + op, "CUDA"))
sys.exit(f"missing kernels: {bad}" if bad else 0)
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build", "cuda"))
    ap.add_argument("--archs", default=os.environ.get("TORCH_CUDA_ARCH_LIST", "7.5;8.0;8.6;9.0"))
    ap.add_argument("--jobs", default=os.environ.get("MAX_JOBS", "2"))
    args = ap.parse_args(argv)

    build = os.path.abspath(args.build_dir)
    lib_dir, tmp_dir = os.path.join(build, "lib"), os.path.join(build, "temp")
    log_path = os.path.join(build, "build.log")
    os.makedirs(build, exist_ok=True)
    env = dict(os.environ)
    if not env.get("CUDA_HOME") and os.path.isdir("/usr/local/cuda"):
        # torch derives CUDA_HOME from `which nvcc`; a /usr/local/bin/nvcc symlink would make
        # it /usr/local and the link would miss lib64/libcudart.so
        env["CUDA_HOME"] = "/usr/local/cuda"
    env = dict(
        env,
        TPS_BUILD_CUDA="1",
        TORCH_CUDA_ARCH_LIST=args.archs,
        MAX_JOBS=str(args.jobs),
        TPS_NVCC_FLAGS=(os.environ.get("TPS_NVCC_FLAGS", "") + " --resource-usage").strip(),
    )
    t0 = time.time()
    with open(log_path, "w") as log:
        res = subprocess.run(
            [
                sys.executable,
                "setup.py",
                "build_ext",
                "--build-temp",
                tmp_dir,
                "--build-lib",
                lib_dir,
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    print(
        f"[cuda_build_check] build ({args.archs}, MAX_JOBS={args.jobs}): "
        f"{time.time() - t0:.0f} s, log {log_path}"
    )
    if res.returncode != 0:
        with open(log_path, errors="replace") as f:
            sys.stdout.write(f.read()[-6000:])
        print("[cuda_build_check] FAIL: build failed")
        return 1

    libs = glob.glob(os.path.join(lib_dir, "tps_kernels", "_C*.so"))
    if len(libs) != 1:
        print(f"[cuda_build_check] FAIL: expected one built _C*.so under {lib_dir}, got {libs}")
        return 1
    t0 = time.time()
    res = subprocess.run([sys.executable, "-c", CHECK, libs[0], *OPS])
    print(
        f"[cuda_build_check] registration check of {libs[0]}: "
        f"{'ok' if res.returncode == 0 else 'FAIL'} ({time.time() - t0:.0f} s)"
    )
    if res.returncode != 0:
        return 1

    # ptxas' report comes with the build log when every .cu was compiled in this build; an
    # incremental build that skipped some makes the report tool compile them itself
    with open(log_path, errors="replace") as f:
        log_text = f.read()
    cu_files = glob.glob(os.path.join(ROOT, "csrc", "cuda", "*.cu"))
    all_built = all(f"csrc/cuda/{os.path.basename(cu)} -o" in log_text for cu in cu_files)
    source = ["--from-log", log_path] if all_built else ["--archs", args.archs]
    if not all_built:
        print("[cuda_build_check] incremental build: compiling the .cu files for the report")
    t0 = time.time()
    report = subprocess.run(
        [
            sys.executable,
            os.path.join(ROOT, "tools", "cuda_resource_report.py"),
            *source,
            "--out",
            os.path.join(build, "cuda_resource_usage.txt"),
        ]
    )
    print(f"[cuda_build_check] resource report: {time.time() - t0:.0f} s")
    if report.returncode != 0:
        return 1
    print(
        f"[cuda_build_check] OK; TPS_CUDA_EXT={libs[0]} runs tests/test_cuda.py's "
        f"out-of-place registration test"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
