#!/usr/bin/env python
"""Training loop of a tps_kernels video model on synthetic clips, one or many processes.

    python benchmarks/train.py --smoke                         # seconds, tiny model, 1 process
    torchrun --nproc_per_node 2 benchmarks/train.py --smoke    # DDP over 2 CPU processes (gloo)
    torchrun --nproc_per_node 8 benchmarks/train.py --model pst_t --amp bf16 --compile \
        --checkpoint --batch 64 --steps 100                    # 8 GPUs (NCCL)
    torchrun ... benchmarks/train.py --fsdp                    # FSDP2 fully_shard per block

Each step draws a global batch of random clips and labels from a generator seeded by
(--seed, step); rank r of W trains on its 1/W slice, so any number of processes sees the same
data as one process with the same --batch. torch.distributed (started by torchrun) uses
gloo on CPU, NCCL on CUDA; gradients are averaged over ranks (DDP), or parameters sharded
(--fsdp). Prints a progress bar on rank 0 (one line per step when stdout is not a
terminal), then throughput (clips/s, all ranks together) and peak memory per rank.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import time

import torch
import torch.distributed as dist
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, ROOT)

from benchmarks import harness  # noqa: E402
from tps_kernels import models  # noqa: E402

AMP = {"none": None, "bf16": torch.bfloat16, "fp16": torch.float16}
# --smoke: a model small enough for a seconds-long run on 2 CPU cores, and no randomness in
# the model (no dropout, no stochastic depth), so runs with any number of ranks agree
SMOKE = dict(
    frames=4,
    size=32,
    batch=4,
    steps=3,
    num_classes=10,
    optimizer="sgd",
    lr=0.05,
    model_kwargs=dict(
        embed_dim=32,
        depths=(2, 2, 2, 2),
        num_heads=(1, 2, 4, 8),
        drop_path_rate=0.0,
        dropout_ratio=0.0,
    ),
)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--model", default="pst_t", choices=sorted(models.MODELS), help="default: %(default)s"
    )
    p.add_argument(
        "--backend",
        default="auto",
        help="attention / shift backend of the model (default: %(default)s)",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=8,
        help="global batch (clips per step over all ranks; default: %(default)s)",
    )
    p.add_argument("--frames", type=int, default=32, help="frames per clip (default: 32)")
    p.add_argument("--size", type=int, default=224, help="height and width (default: 224)")
    p.add_argument(
        "--num-classes",
        type=int,
        default=174,
        help="classes (default: %(default)s, Something-Something)",
    )
    p.add_argument("--steps", type=int, default=20, help="optimizer steps (default: 20)")
    p.add_argument(
        "--warmup",
        type=int,
        help="first steps left out of the throughput (default: 1; 2 with "
        "--compile, whose second step still compiles)",
    )
    p.add_argument(
        "--optimizer",
        default="adamw",
        choices=["adamw", "sgd"],
        help="default: %(default)s (sgd with momentum 0.9)",
    )
    p.add_argument("--lr", type=float, default=1e-3, help="default: %(default)s")
    p.add_argument(
        "--amp",
        default="none",
        choices=list(AMP),
        help="autocast dtype (fp16 adds a gradient scaler; default: %(default)s)",
    )
    p.add_argument(
        "--checkpoint", action="store_true", help="activation checkpointing in every block"
    )
    p.add_argument(
        "--no-recompute",
        action="store_true",
        help="store the LayerNorm / GELU / pad / shift outputs for the backward instead of "
        "recomputing them there (recompute_cheap=False: more memory, a slightly faster step)",
    )
    p.add_argument(
        "--recompute-qkv",
        action="store_true",
        help="recompute each block's qkv in the backward instead of storing it "
        "(recompute_qkv=True: a lower peak, one more GEMM per block)",
    )
    p.add_argument("--compile", action="store_true", help="torch.compile the model")
    p.add_argument(
        "--fsdp",
        action="store_true",
        help="FSDP2 (fully_shard per block and on the whole model) instead of DDP",
    )
    harness.add_device_argument(p)
    harness.add_malloc_argument(p)
    p.add_argument("--seed", type=int, default=0, help="model init and data (default: 0)")
    p.add_argument(
        "--save",
        metavar="PATH",
        help="write the final parameters ({name: tensor}); '{rank}' in PATH is "
        "replaced by the rank (without it only rank 0 writes)",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="tiny model and clips, 3 SGD steps, no dropout: a seconds-long check",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    args.model_kwargs = {}
    if args.smoke:
        for k, v in SMOKE.items():
            setattr(args, k, v)
    if args.warmup is None:
        args.warmup = 2 if args.compile else 1
    harness.resolve_device(p, args)
    for name in ("batch", "steps", "frames", "size", "num_classes"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    return args


def setup_distributed(device_type: str):
    """(rank, world size, device) from torchrun's environment; one process without it."""
    if "WORLD_SIZE" not in os.environ:
        return 0, 1, torch.device(device_type)
    rank, world = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"])
    if device_type == "cuda":
        local = int(os.environ.get("LOCAL_RANK", 0))
        torch.cuda.set_device(local)
        dist.init_process_group("nccl", device_id=torch.device("cuda", local))
        return rank, world, torch.device("cuda", local)
    dist.init_process_group("gloo")
    return rank, world, torch.device("cpu")


def batch_of(step: int, args, rank: int, world: int, device: torch.device):
    """Rank `rank`'s slice of the global batch of step `step` (the same for any world)."""
    g = torch.Generator().manual_seed(args.seed * 1_000_003 + step)
    x = torch.randn(args.batch, 3, args.frames, args.size, args.size, generator=g)
    y = torch.randint(0, args.num_classes, (args.batch,), generator=g)
    per = args.batch // world
    sl = slice(rank * per, (rank + 1) * per)
    return x[sl].to(device), y[sl].to(device)


def build(args, world: int, device: torch.device):
    torch.manual_seed(args.seed)  # the same initial weights on every rank
    model = models.create_model(
        args.model,
        backend=args.backend,
        num_classes=args.num_classes,
        num_frames=args.frames // 2,
        use_checkpoint=args.checkpoint,
        recompute_cheap=not args.no_recompute,
        recompute_qkv=args.recompute_qkv,
        **args.model_kwargs,
    ).to(device)
    if world > 1 and args.fsdp:
        from torch.distributed.fsdp import fully_shard

        for layer in model.backbone.layers:
            for block in layer.blocks:
                fully_shard(block)
        fully_shard(model)
    elif world > 1:
        model = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[device.index] if device.type == "cuda" else None
        )
    if args.compile:
        model = torch.compile(model)
    return model


def named_parameters(model: torch.nn.Module):
    """Full (unsharded, unwrapped) parameters by their model name."""
    for name, p in model.named_parameters():
        for prefix in ("_orig_mod.", "module."):
            name = name.replace(prefix, "")
        t = p.full_tensor() if hasattr(p, "full_tensor") else p
        yield name, t.detach().cpu().clone()


def peak_memory_mb(device: torch.device) -> tuple:
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20, "max_memory_allocated"
    # Linux reports ru_maxrss in KiB: the process's peak resident memory
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "peak RSS"


def main(argv=None) -> int:
    args = parse_args(argv)
    harness.apply_malloc(args.malloc)
    rank, world, device = setup_distributed(args.device)
    try:
        if args.batch % world:
            raise SystemExit(f"error: --batch {args.batch} must be a multiple of the {world} ranks")
        model = build(args, world, device)
        model.train()
        opt = (
            torch.optim.AdamW(model.parameters(), lr=args.lr)
            if args.optimizer == "adamw"
            else torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
        )
        amp = AMP[args.amp]
        scaler = torch.amp.GradScaler(device.type, enabled=args.amp == "fp16")
        autocast = (
            (lambda: torch.autocast(device.type, dtype=amp)) if amp else contextlib.nullcontext
        )
        if rank == 0:
            env = harness.environment(device)
            print(f"# {harness.header(env)}")
            print(
                f"# {args.model} on {world} rank(s) "
                f"({'FSDP2' if args.fsdp and world > 1 else 'DDP' if world > 1 else 'single'}"
                f", {dist.get_backend() if world > 1 else 'no process group'}), global batch "
                f"{args.batch} of {args.frames}x{args.size}x{args.size} clips, amp "
                f"{args.amp}, checkpointing {'on' if args.checkpoint else 'off'}, cheap "
                f"recompute {'off' if args.no_recompute or args.checkpoint else 'on'}, qkv "
                f"recompute {'on' if args.recompute_qkv and not args.checkpoint else 'off'}, compile "
                f"{'on' if args.compile else 'off'}",
                flush=True,
            )
        bar = harness.progress(args.steps, disable=args.no_progress or rank != 0, file=sys.stdout)
        bar.set_description("train")
        times = []
        for step in range(args.steps):
            x, y = batch_of(step, args, rank, world, device)
            harness.sync(device)
            t0 = time.perf_counter()
            with autocast():
                loss = F.cross_entropy(model(x).float(), y)
            opt.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
            harness.sync(device)
            times.append(time.perf_counter() - t0)
            bar.set_postfix_str(
                f"loss {loss.item():.4f}, {args.batch / times[-1]:.2f} clips/s", refresh=False
            )
            bar.update(1)
        bar.close()
        timed = times[args.warmup :] or times[-1:]
        clips_s = args.batch * len(timed) / sum(timed)
        mem, how = peak_memory_mb(device)
        loss = loss.detach()
        if world > 1:  # the loss of the global batch: the mean of the ranks' means
            dist.all_reduce(loss)
            loss /= world
        line = f"rank {rank}: peak memory {mem:.0f} MB ({how})"
        if rank == 0:
            line += (
                f"; throughput {clips_s:.2f} clips/s over the last {len(timed)} steps, "
                f"all ranks; last loss {loss.item():.4f}"
            )
        if world > 1:  # one line per rank, in rank order
            lines = [None] * world
            dist.all_gather_object(lines, line)
        else:
            lines = [line]
        params = dict(named_parameters(model))  # collective under FSDP: every rank
        if rank == 0:
            print("\n".join(lines), flush=True)
        if args.save and ("{rank}" in args.save or rank == 0):
            torch.save(params, args.save.replace("{rank}", str(rank)))
    finally:
        if world > 1:
            dist.destroy_process_group()
    return 0


if __name__ == "__main__":
    sys.exit(main())
