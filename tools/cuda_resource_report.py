#!/usr/bin/env python3
"""Per-kernel resource usage (registers, shared memory, stack, spills) of the CUDA kernels
in csrc/cuda, for every target architecture, saved as a report; exits 1 when a main PST
instantiation (fp32/fp16/bf16 window attention fwd/bwd, the shifts, the dTable reduction)
spills to local memory.

Two sources:
  * compile:  nvcc -c --resource-usage on each csrc/cuda/*.cu (default), archs from
              --archs or TORCH_CUDA_ARCH_LIST (default "7.5;8.0;8.6;9.0");
  * --from-log BUILD_LOG: parse the ptxas output of a build that already ran with
              TPS_NVCC_FLAGS=--resource-usage (no second compile in CI).

The toolkit here has no cuobjdump, so ptxas' own report is the source of truth.

  python tools/cuda_resource_report.py [--archs "8.0;9.0"] [--out build/cuda_resources.txt]
  python tools/cuda_resource_report.py --from-log build/cuda_build.log
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ENTRY = re.compile(r"Compiling entry function '([^']+)' for '(sm_\d+a?)'")
SPILL = re.compile(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads")
USED = re.compile(r"Used (\d+) registers(?:.*?(\d+) bytes smem)?")

# Kernels whose spills fail the check: the instantiations the PST models run.
MAIN_KERNELS = (
    "window_attention_fwd_kernel_impl",
    "window_attention_bwd_kernel_impl",
    "patch_shift_kernel_impl",
    "channel_shift_kernel_impl",
    "bias_grad_reduce_kernel_impl",
)
MAIN_TYPES = ("float", "c10::Half", "c10::BFloat16")


def demangle(names):
    if not names or shutil.which("c++filt") is None:
        return {n: n for n in names}
    res = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True)
    out = res.stdout.splitlines()
    return dict(zip(names, out)) if len(out) == len(names) else {n: n for n in names}


def short_name(demangled: str) -> str:
    """'void tps::cuda::(anon)::window_attention_fwd_kernel_impl<float, 1, 32>(...)' ->
    'window_attention_fwd_kernel_impl<float, 1, 32>'."""
    name = demangled.split("(", 1)[0] if "(" in demangled.split("<", 1)[0] else demangled
    m = re.search(r"(\w+_kernel(?:_impl)?)(<[^()]*>)?", demangled)
    return m.group(1) + (m.group(2) or "") if m else name


def parse(text: str):
    """ptxas -v output -> list of dicts (arch, mangled, regs, smem, stack, spill_st, spill_ld)."""
    rows, cur = [], None
    for line in text.splitlines():
        m = ENTRY.search(line)
        if m:
            cur = dict(
                mangled=m.group(1),
                arch=m.group(2),
                regs=None,
                smem=0,
                stack=0,
                spill_st=0,
                spill_ld=0,
            )
            rows.append(cur)
            continue
        if cur is None:
            continue
        m = SPILL.search(line)
        if m:
            cur["stack"], cur["spill_st"], cur["spill_ld"] = map(int, m.groups())
            continue
        m = USED.search(line)
        if m and cur["regs"] is None:
            cur["regs"] = int(m.group(1))
            cur["smem"] = int(m.group(2) or 0)
    return rows


def is_main(name: str) -> bool:
    if not any(k in name for k in MAIN_KERNELS):
        return False
    targs = name.split("<", 1)[1] if "<" in name else ""
    first = targs.split(",")[0].strip(" >")
    return first in MAIN_TYPES


def torch_flags():
    import torch.utils.cpp_extension as ce

    try:
        incs = ce.include_paths(device_type="cuda")
    except TypeError:  # older torch
        incs = ce.include_paths(cuda=True)
    return [f"-I{p}" for p in incs] + [f"-I{sysconfig.get_paths()['include']}"]


def compile_report(archs, jobs):
    nvcc = shutil.which("nvcc") or os.path.join(
        os.environ.get("CUDA_HOME", "/usr/local/cuda"), "bin", "nvcc"
    )
    gencode = []
    for a in archs:
        num = a.replace(".", "").replace("+PTX", "")
        gencode += ["-gencode", f"arch=compute_{num},code=sm_{num}"]
    base = (
        [
            nvcc,
            "-std=c++20",
            "-O3",
            "--expt-relaxed-constexpr",
            "-DTPS_WITH_CUDA",
            "-DTORCH_API_INCLUDE_EXTENSION_H",
            "-DTORCH_EXTENSION_NAME=_C",
            f"-I{os.path.join(ROOT, 'csrc', 'include')}",
            "--resource-usage",
            f"--threads={jobs}",
        ]
        + torch_flags()
        + gencode
    )
    text = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(glob.glob(os.path.join(ROOT, "csrc", "cuda", "*.cu"))):
            t0 = time.time()
            cmd = base + ["-c", src, "-o", os.path.join(tmp, os.path.basename(src) + ".o")]
            res = subprocess.run(cmd, capture_output=True, text=True)
            print(
                f"compiled {os.path.relpath(src, ROOT)} for {','.join(archs)} in "
                f"{time.time() - t0:.0f} s",
                file=sys.stderr,
            )
            if res.returncode != 0:
                sys.stderr.write(res.stdout + res.stderr)
                raise SystemExit(f"nvcc failed on {src}")
            text.append(res.stdout + res.stderr)
    return "\n".join(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from-log", help="parse this build log instead of compiling")
    ap.add_argument("--archs", default=os.environ.get("TORCH_CUDA_ARCH_LIST", "7.5;8.0;8.6;9.0"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "cuda_resource_usage.txt"))
    ap.add_argument("--jobs", type=int, default=2, help="nvcc --threads (archs in parallel)")
    args = ap.parse_args(argv)

    if args.from_log:
        with open(args.from_log, errors="replace") as f:
            text = f.read()
    else:
        archs = [a for a in re.split(r"[;\s]+", args.archs) if a]
        text = compile_report(archs, args.jobs)
    rows = parse(text)
    if not rows:
        raise SystemExit("no ptxas resource lines found (was --resource-usage passed to nvcc?)")
    names = demangle(sorted({r["mangled"] for r in rows}))
    seen, lines, bad = set(), [], []
    header = f"{'arch':7} {'regs':>4} {'smem':>6} {'stack':>5} {'spill st/ld':>11}  kernel"
    for r in sorted(rows, key=lambda r: (r["arch"], short_name(names[r["mangled"]]))):
        name = short_name(names[r["mangled"]])
        key = (r["arch"], name)
        if key in seen:  # the same kernel from a second build step
            continue
        seen.add(key)
        main_k = is_main(name)
        spills = r["spill_st"] + r["spill_ld"]
        flag = (
            "  <-- SPILL (main instantiation)"
            if main_k and spills
            else ("  (spills; not a main instantiation)" if spills else "")
        )
        lines.append(
            f"{r['arch']:7} {r['regs'] or 0:4d} {r['smem']:6d} {r['stack']:5d} "
            f"{r['spill_st']:5d}/{r['spill_ld']:<5d}  {name}{flag}"
        )
        if main_k and spills:
            bad.append(f"{r['arch']} {name}")
    # every main kernel must be in the report for every arch (an incremental build that did
    # not recompile a file would otherwise pass silently)
    archs = sorted({r["arch"] for r in rows})
    for arch in archs:
        for k in MAIN_KERNELS:
            if not any(a == arch and n.startswith(k) for a, n in seen):
                bad.append(
                    f"{arch} {k}: missing from the ptxas output (not compiled in this "
                    f"build? rebuild from scratch)"
                )
    report = "\n".join([header] + lines) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(report)
    print(report)
    print(f"saved {args.out}: {len(lines)} kernel/arch entries")
    if bad:
        print(
            "FAIL: local-memory spills in (or missing) main PST instantiations:\n  "
            + "\n  ".join(bad)
        )
        return 1
    print("OK: no local-memory spills in the main PST instantiations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
