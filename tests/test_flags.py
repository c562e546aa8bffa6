"""The environment flags (tps_kernels/_flags.py) and the test tiers built on them
(tests/tiers.py, applied by tests/conftest.py)."""

import pytest

import conftest
import tiers
from tps_kernels import _backends, _flags

BOOL_FLAGS = [
    ("TPS_POISON_OUTPUTS", _flags.poison_outputs),
    ("TRITON_INTERPRET", _flags.triton_interpret),
    ("TPS_TEST_EXTENDED", _flags.extended_tests),
    ("TPS_EXPECT_CUDA_KERNELS", _flags.expect_cuda_kernels),
    ("TPS_AVX512_EMULATION", _flags.avx512_emulation),
]


@pytest.mark.parametrize("name,read", BOOL_FLAGS, ids=[n for n, _ in BOOL_FLAGS])
def test_boolean_flag_is_on_only_for_1(name, read, monkeypatch):
    monkeypatch.setenv(name, "1")
    assert read() is True
    for off in ("0", "", "true", "yes"):
        monkeypatch.setenv(name, off)
        assert read() is False, off
    monkeypatch.delenv(name)
    assert read() is False


def test_value_flags(monkeypatch):
    for name in ("TPS_CPU_ISA", "TPS_CUDA_EXT", "TPS_CUDA_TENSOR_CORES"):
        monkeypatch.delenv(name, raising=False)
    assert _flags.cpu_isa() is None and _flags.cuda_ext_path() is None
    assert _flags.cuda_tensor_cores()
    monkeypatch.setenv("TPS_CPU_ISA", "avx2")
    monkeypatch.setenv("TPS_CUDA_EXT", "/tmp/_C.so")
    monkeypatch.setenv("TPS_CUDA_TENSOR_CORES", "0")
    assert _flags.cpu_isa() == "avx2" and _flags.cuda_ext_path() == "/tmp/_C.so"
    assert not _flags.cuda_tensor_cores()
    monkeypatch.setenv("TPS_CPU_ISA", "")
    assert _flags.cpu_isa() is None


def test_suite_runs_with_poisoned_outputs():
    # conftest's TPS_POISON_OUTPUTS=1 is what lets the comparisons catch unwritten elements
    assert _flags.poison_outputs()


def test_extended_option_sets_the_flag(request):
    if request.config.getoption("--extended"):
        assert _flags.extended_tests()


def test_needs_backend_skips_with_the_backends_reason(monkeypatch):
    monkeypatch.setattr(_backends, "status", lambda name: (False, f"{name} is not built"))
    mark = tiers.needs_backend("cpu")
    assert mark.args == (True,) and "cpu is not built" in mark.kwargs["reason"]
    param = tiers.backend_param("cpu", tiers.needs_cuda)
    assert param.values == ("cpu",) and len(param.marks) == 2
    monkeypatch.setattr(_backends, "status", lambda name: (True, "ok"))
    assert tiers.needs_backend("cpu").args == (False,)


def _marks(decorator):
    """The marks a tier decorator puts on a test function."""

    def test():
        pass

    return decorator(test).pytestmark


class _Item:
    """The part of a collected pytest item the tier hook uses."""

    def __init__(self, marks, params=None):
        self.marks = list(marks)
        self.keywords = {m.name: m for m in self.marks}
        if params is not None:
            self.callspec = type("CallSpec", (), {"params": params})()

    def get_closest_marker(self, name):
        return next((m for m in self.marks if m.name == name), None)

    def add_marker(self, decorator):
        self.marks.append(decorator.mark)
        self.keywords[decorator.name] = decorator.mark

    def skip_reason(self):
        skips = [m for m in self.marks if m.name == "skip"]
        return skips[0].kwargs["reason"] if skips else None


def _tiered_items():
    slow_combo = tiers.interpreter(when=lambda backend, size: backend == "triton" and size > 1)
    return {
        "extended": _Item(_marks(tiers.extended)),
        "interpreter": _Item(_marks(tiers.interpreter)),
        "slow_combo": _Item(_marks(slow_combo), {"backend": "triton", "size": 2, "other": 0}),
        "fast_combo": _Item(_marks(slow_combo), {"backend": "triton", "size": 1, "other": 0}),
        "plain": _Item([]),
    }


@pytest.mark.parametrize("interpret,extended", [(True, False), (True, True), (False, False)])
def test_tier_hook_skips_what_the_run_leaves_out(interpret, extended, monkeypatch):
    monkeypatch.setenv("TRITON_INTERPRET", "1" if interpret else "0")
    monkeypatch.setenv("TPS_TEST_EXTENDED", "1" if extended else "0")
    items = _tiered_items()
    conftest.pytest_collection_modifyitems(None, list(items.values()))
    got = {k: item.skip_reason() for k, item in items.items()}
    cut = interpret and not extended
    assert got == {
        "extended": None if extended else tiers.EXTENDED_REASON,
        "interpreter": tiers.INTERPRETER_REASON if cut else None,
        "slow_combo": tiers.INTERPRETER_REASON if cut else None,
        "fast_combo": None,
        "plain": None,
    }
