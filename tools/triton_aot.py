#!/usr/bin/env python
"""Ahead-of-time compile of the Triton kernels for real GPU targets (no GPU needed).

For each config (PST-T stage 1: video layout, window (1, 7, 7), head_dim 32, fp16/bf16,
odd block = SW-MSA roll + region mask + patch shift C + official bias, even block = W-MSA +
official bias; Video-Swin-T stage 1: window (8, 7, 7), roll (4, 3, 3), 3D relative bias;
with X-ViT's key/value time shift (kv_time_shift: runs of +1 / -1 / 0 in each head, zero
boundary): pst_odd_kv, the odd block, and vit_kv, ViT-B/16 at 224 in the windows layout,
window (1, 1, 197), 12 heads of 64, T = 8; vit: the same without the shift)
the forward and backward are planned exactly as at run time (the launch hook of
tps_kernels/backends/triton/launch.py captures kernel, grid, arguments, constexprs and launch
options instead of launching), then compiled with triton.compile for
GPUTarget("cuda", 80, 32) and GPUTarget("cuda", 90, 32). Registers and spills come from
`ptxas -v` on the generated PTX (triton 3.8 only fills n_regs / n_spills when a GPU loads
the binary); shared memory is triton's own metadata.shared (dynamic shared memory).

    python tools/triton_aot.py                        # table, fp16/bf16, sm_80 + sm_90
    python tools/triton_aot.py --dtypes fp32,fp64     # the non-AMP specializations
    python tools/triton_aot.py --json                 # one JSON line (tests/test_triton.py)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# compiled kernels (JITFunction), not the interpreter's: must precede any triton import
os.environ["TRITON_INTERPRET"] = "0"
os.environ.setdefault("TPS_POISON_OUTPUTS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
import triton  # noqa: E402
from triton.backends.compiler import GPUTarget  # noqa: E402
from triton.compiler import ASTSource  # noqa: E402

from tps_kernels import patterns, rpe  # noqa: E402
from tps_kernels.backends.triton import launch  # noqa: E402
from tps_kernels.backends.triton.window_attention_bwd import window_attention_bwd  # noqa: E402
from tps_kernels.backends.triton.window_attention_fwd import window_attention_fwd  # noqa: E402

# max shared memory per block (opt-in) of the targets
SHARED_LIMIT = {80: 163 * 1024, 90: 227 * 1024}
_TYPES = {
    torch.float16: "fp16",
    torch.bfloat16: "bf16",
    torch.float32: "fp32",
    torch.float64: "fp64",
    torch.int32: "i32",
    torch.int64: "i64",
}


def _config_inputs(name, dtype):
    """Normalized window_attention arguments on the meta device (shapes only)."""
    meta = dict(device="meta")
    kv_time_shift = None
    if name in ("pst_odd", "pst_even", "pst_odd_kv"):
        b, t, h, w, heads, hd = 1, 16, 56, 56, 3, 32
        window = [1, 7, 7]
        odd = name != "pst_even"
        if name == "pst_odd_kv":
            kv_time_shift = _xvit_kv_time_shift(heads, hd).to(**meta)
        shift = [0, 3, 3] if odd else [0, 0, 0]
        fs = patterns.frame_shift_map("C", (7, 7)) if odd else None
        index = rpe.official_index(t, (7, 7), fs)
        rows = rpe.official_table_size(t, (7, 7))
    elif name in ("vit", "vit_kv"):  # the windows layout: one window per frame
        b, t, heads, hd = 1, 8, 12, 64
        qkv = torch.empty(b * t, 197, 3 * heads * hd, dtype=dtype, **meta)
        if name == "vit_kv":
            kv_time_shift = _xvit_kv_time_shift(heads, hd).to(**meta)
        window, shift = [1, 1, 197], [0, 0, 0]
        no_bias = (None, None, None, None)  # table, index, frame_shift, mask
        return (qkv, *no_bias, heads, window, shift, b, t, hd**-0.5, -100.0, kv_time_shift, "zero")
    else:  # video_swin: Video-Swin-T stage 1
        b, t, h, w, heads, hd = 1, 16, 56, 56, 3, 32
        window = [8, 7, 7]
        shift = [4, 3, 3]
        fs = None
        index = rpe.relative_index(tuple(window), None)
        rows = int(index.max()) + 1
    qkv = torch.empty(b, t, h, w, 3 * heads * hd, dtype=dtype, **meta)
    table = torch.empty(rows, heads, dtype=torch.float32, **meta)
    index = index.to(**meta)
    fs = None if fs is None else fs.to(**meta)
    args = (qkv, table, index, fs, None, heads, window, shift, b, t, hd**-0.5, -100.0)
    return args + (kv_time_shift, "zero")


def _xvit_kv_time_shift(heads, head_dim):
    """X-ViT's key/value time shift: in each head a third of the channels from the next
    frame, a third from the previous one, the rest from its own frame."""
    third = head_dim // 3
    per_head = [1] * third + [-1] * third + [0] * (head_dim - 2 * third)
    return torch.tensor(per_head * heads, dtype=torch.int32)


def _capture(name, dtype):
    launches = []
    launch.LAUNCH_HOOK = lambda kname, kernel, grid, args, kwargs: launches.append(
        (kname, kernel, grid, args, kwargs)
    )
    try:
        args = _config_inputs(name, dtype)
        out, lse = window_attention_fwd(*args)
        grad_out = torch.empty_like(out)
        window_attention_bwd(grad_out, args[0], out, lse, *args[1:])
    finally:
        launch.LAUNCH_HOOK = None
    return launches


def _source(kernel, args, kwargs):
    names = kernel.arg_names
    signature, constexprs, attrs = {}, {}, {}
    for i, (arg_name, value) in enumerate(zip(names, args)):
        if isinstance(value, torch.Tensor):
            signature[arg_name] = "*" + _TYPES[value.dtype]
            attrs[(i,)] = [["tt.divisibility", 16]]  # torch allocations are 16B aligned
        elif isinstance(value, bool):
            signature[arg_name] = "i1"
        elif isinstance(value, int):
            signature[arg_name] = "i32"
        elif isinstance(value, float):
            signature[arg_name] = "fp32"
        else:
            raise TypeError(f"{kernel.fn.__name__}: unsupported argument {arg_name}={value!r}")
    options = {}
    for key, value in kwargs.items():
        if key in ("num_warps", "num_stages"):
            options[key] = value
        else:
            signature[key] = "constexpr"
            constexprs[key] = value
    ordered = {n: signature[n] for n in names}
    return ASTSource(fn=kernel, signature=ordered, constexprs=constexprs, attrs=attrs), options


def _ptxas():
    bundled = Path(triton.__file__).parent / "backends" / "nvidia" / "bin" / "ptxas"
    return str(bundled) if bundled.exists() else shutil.which("ptxas")


def _ptxas_usage(ptx: str, arch: int):
    gpu = "sm_90a" if arch == 90 else f"sm_{arch}"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "k.ptx"
        src.write_text(ptx)
        proc = subprocess.run(
            [_ptxas(), "-v", f"--gpu-name={gpu}", str(src), "-o", str(Path(tmp) / "k.cubin")],
            capture_output=True,
            text=True,
        )
    text = proc.stdout + proc.stderr
    if proc.returncode:
        raise RuntimeError(f"ptxas failed: {text[-2000:]}")
    regs = re.search(r"Used (\d+) registers", text)
    spill = re.search(r"(\d+) bytes spill stores, (\d+) bytes spill loads", text)
    return (
        int(regs.group(1)) if regs else -1,
        int(spill.group(1)) if spill else 0,
        int(spill.group(2)) if spill else 0,
    )


def compile_all(
    configs=("pst_odd", "pst_even", "video_swin", "pst_odd_kv", "vit", "vit_kv"),
    dtypes=(torch.float16, torch.bfloat16),
    archs=(80, 90),
):
    rows, seen = [], {}
    for config in configs:
        family = "pst" if config.startswith("pst") else config
        for dtype in dtypes:
            for kname, kernel, grid, args, kwargs in _capture(config, dtype):
                src, options = _source(kernel, args, kwargs)
                for arch in archs:
                    row = dict(
                        config=family,
                        variant=config,
                        dtype=_TYPES[dtype],
                        kernel=kname,
                        arch=arch,
                        grid=list(grid),
                        error=None,
                        shared_limit=SHARED_LIMIT[arch],
                        **options,
                    )
                    key = (
                        kname,
                        str(sorted(src.signature.items())),
                        str(sorted(src.constants.items(), key=str)),
                        arch,
                    )
                    if key in seen:  # e.g. the table-grad kernel does not depend on dtype
                        row.update(
                            {
                                k: seen[key][k]
                                for k in (
                                    "registers",
                                    "spill_stores",
                                    "spill_loads",
                                    "shared",
                                    "atomics",
                                    "compile_s",
                                )
                            }
                        )
                        rows.append(row)
                        continue
                    t0 = time.time()
                    try:
                        ck = triton.compile(
                            src, target=GPUTarget("cuda", arch, 32), options=options
                        )
                        regs, st, ld = _ptxas_usage(ck.asm["ptx"], arch)
                        row.update(
                            registers=regs,
                            spill_stores=st,
                            spill_loads=ld,
                            shared=int(ck.metadata.shared),
                            atomics="atomic" in ck.asm["ttgir"],
                        )
                    except Exception as exc:  # noqa: BLE001 - report per kernel
                        row.update(
                            error=f"{type(exc).__name__}: {exc}"[:2000],
                            registers=-1,
                            spill_stores=-1,
                            spill_loads=-1,
                            shared=-1,
                            atomics=False,
                        )
                    row["compile_s"] = round(time.time() - t0, 2)
                    seen[key] = row
                    rows.append(row)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--configs", default="pst_odd,pst_even,video_swin,pst_odd_kv,vit,vit_kv")
    parser.add_argument(
        "--dtypes", default="fp16,bf16", help="comma-separated, of fp16,bf16,fp32,fp64"
    )
    parser.add_argument("--archs", default="80,90")
    opts = parser.parse_args()
    by_name = {v: k for k, v in _TYPES.items()}
    rows = compile_all(
        tuple(opts.configs.split(",")),
        tuple(by_name[d] for d in opts.dtypes.split(",")),
        tuple(int(a) for a in opts.archs.split(",")),
    )
    if opts.json:
        print(json.dumps(rows))
        return
    print(f"triton {triton.__version__}, ptxas {_ptxas()}")
    head = (
        f"{'config':10} {'dtype':5} {'kernel':31} {'sm':>3} {'warps':>5} {'regs':>5} "
        f"{'spill st/ld':>11} {'smem KB':>8} {'limit':>6} {'atomics':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        if r["error"]:
            print(
                f"{r['variant']:10} {r['dtype']:5} {r['kernel']:31} {r['arch']:>3} ERROR "
                f"{r['error']}"
            )
            continue
        print(
            f"{r['variant']:10} {r['dtype']:5} {r['kernel']:31} {r['arch']:>3} "
            f"{r['num_warps']:>5} {r['registers']:>5} "
            f"{str(r['spill_stores']) + '/' + str(r['spill_loads']):>11} "
            f"{r['shared'] / 1024:>8.1f} {r['shared_limit'] // 1024:>6} "
            f"{str(r['atomics']):>7}"
        )
    sys.exit(1 if any(r["error"] for r in rows) else 0)


if __name__ == "__main__":
    main()
