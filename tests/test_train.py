"""benchmarks/train.py: DDP over 2 CPU processes (torchrun, gloo) trains the same model as
one process on the same global batch."""

import os
import subprocess
import sys

import pytest
import torch

from cases import TOLERANCES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAIN = os.path.join(ROOT, "benchmarks", "train.py")


def _start(cmd, tmp_path):
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    return subprocess.Popen(
        cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def _output(proc):
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    return out


def test_ddp_matches_one_process(tmp_path):
    pytest.importorskip("torch.distributed.run", reason="torch built without distributed")
    if not torch.distributed.is_gloo_available():
        pytest.skip("torch built without the gloo backend")
    # both at once: most of their time is start-up (imports, process group)
    ddp = _start(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc_per_node",
            "2",
            TRAIN,
            "--smoke",
            "--save",
            "ddp_{rank}.pt",
        ],
        tmp_path,
    )
    one = _start([sys.executable, TRAIN, "--smoke", "--save", "one.pt"], tmp_path)
    ddp, one = _output(ddp), _output(one)
    assert "DDP, gloo" in ddp and "rank 0: peak memory" in ddp and "rank 1: peak memory" in ddp
    assert "clips/s" in ddp and "clips/s" in one
    r0, r1, single = (
        torch.load(tmp_path / f, weights_only=True) for f in ("ddp_0.pt", "ddp_1.pt", "one.pt")
    )
    assert r0.keys() == r1.keys() == single.keys() and len(r0) > 100
    # DDP's all-reduce leaves every rank with bitwise the same parameters
    for name in r0:
        assert torch.equal(r0[name], r1[name]), name
    # two half batches with averaged gradients = one full batch, up to the summation order
    # of float32 gradients: the float32 tolerance of the op tests
    for name in r0:
        torch.testing.assert_close(
            r0[name], single[name], **TOLERANCES[torch.float32], msg=lambda m, n=name: f"{n}: {m}"
        )
    # and training moved the weights well beyond that tolerance (the check can fail)
    sys.path.insert(0, ROOT)
    from benchmarks import train

    args = train.parse_args(["--smoke"])
    init = dict(train.named_parameters(train.build(args, 1, torch.device("cpu"))))
    moved = max((single[n] - init[n]).abs().max().item() for n in init)
    assert moved > 100 * TOLERANCES[torch.float32]["atol"], moved


def test_recompute_flags():
    sys.path.insert(0, ROOT)
    from benchmarks import train

    for argv, cheap, qkv in (
        (["--smoke"], True, False),
        (["--smoke", "--no-recompute"], False, False),
        (["--smoke", "--recompute-qkv"], True, True),
    ):
        model = train.build(train.parse_args(argv), 1, torch.device("cpu"))
        blocks = [m for m in model.modules() if hasattr(m, "recompute_qkv")]
        flags = {m.recompute_cheap for m in model.modules() if hasattr(m, "recompute_cheap")}
        assert flags == {cheap} and {m.recompute_qkv for m in blocks} == {qkv}, argv
