"""Backend registry: which backends this install can run, and the choice of "auto".

A backend is a module with ``window_attention``, ``patch_shift`` and ``channel_shift``
taking the normalized arguments of ``tps_kernels.ops``. Each is imported lazily, so a
missing compiler, extension or Triton never stops the reference backend from working.
"""

from __future__ import annotations

import functools
import importlib
from typing import Dict, Tuple

import torch

from . import _flags

BACKENDS = ("reference", "cpu", "cuda", "triton")
_MODULES = {
    "reference": "tps_kernels.backends.reference",
    "cpu": "tps_kernels.backends.native",
    "cuda": "tps_kernels.backends.native",
    "triton": "tps_kernels.backends.triton",
}


def status(name: str) -> Tuple[bool, str]:
    """(usable, reason) of one backend on this install."""
    return _status(name, _flags.triton_interpret())


@functools.lru_cache(maxsize=None)  # fixed for a process (per TRITON_INTERPRET setting)
def _status(name: str, interpret: bool) -> Tuple[bool, str]:
    if name == "reference":
        return True, "pure PyTorch"
    try:
        mod = importlib.import_module(_MODULES[name])
    except Exception as exc:  # noqa: BLE001 - report why, never fail the import
        return False, f"{_MODULES[name]} failed to import: {exc}"
    return mod.status(name)


def available_backends() -> Dict[str, str]:
    """Map of backend name -> "ok: ..." or "unavailable: <why>"."""
    out = {}
    for name in BACKENDS:
        ok, why = status(name)
        out[name] = ("ok: " if ok else "unavailable: ") + why
    return out


def _auto(dev) -> str:
    """The backend "auto" picks for a tensor (or a device type string)."""
    dev = dev if isinstance(dev, str) else dev.device.type
    if dev == "cuda":
        for name in ("cuda", "triton"):
            if status(name)[0]:
                return name
        return "reference"
    if dev == "cpu" and status("cpu")[0]:
        return "cpu"
    return "reference"


def get(name: str, tensor: torch.Tensor):
    """The backend module for ``name`` ("auto" picks by device), or a clear error."""
    return _LOADED[_resolve(name, tensor.device.type, str(tensor.device))]


_LOADED = {}  # backend name -> its imported module (filled by _resolve)


# A constant for torch.compile (it depends on the name and device only): dynamo runs it at
# trace time instead of tracing importlib / dispatcher queries, so fullgraph=True works.
@torch.compiler.assume_constant_result
def _resolve(name: str, dev: str, device: str) -> str:
    if name == "auto":
        name = _auto(dev)
    if name not in BACKENDS:
        raise ValueError(f"backend must be one of {('auto',) + BACKENDS}, got {name!r}")
    ok, why = status(name)
    if not ok:
        raise RuntimeError(f"backend {name!r} is not available: {why}")
    if name == "cpu" and dev != "cpu":
        raise ValueError(f"backend 'cpu' needs CPU tensors, got a tensor on {device}")
    if name == "cuda" and dev != "cuda":
        raise ValueError(f"backend 'cuda' needs CUDA tensors, got a tensor on {device}")
    if name == "triton" and dev != "cuda" and not (dev == "cpu" and _flags.triton_interpret()):
        raise ValueError(
            f"backend 'triton' needs CUDA tensors (or CPU tensors under "
            f"TRITON_INTERPRET=1), got a tensor on {device}"
        )
    _LOADED[name] = importlib.import_module(_MODULES[name])
    return name
