"""Test-wide settings, applied before any backend is imported.

- TPS_POISON_OUTPUTS=1: every backend fills fresh outputs with NaN before its kernel runs,
  so an element a kernel forgets to write shows up as NaN in the comparison.
- TRITON_INTERPRET=1 when no CUDA device is visible: Triton kernels then run on CPU
  tensors through the interpreter (how CI checks them without a GPU).
- ``--extended`` (or TPS_TEST_EXTENDED=1): the extended tier of tests/tiers.py also runs.
"""

import os

os.environ.setdefault("TPS_POISON_OUTPUTS", "1")

import torch  # noqa: E402

if not torch.cuda.is_available():
    os.environ.setdefault("TRITON_INTERPRET", "1")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _seed_torch():
    """Fresh random (never zero) inputs, but the same ones on every run: a failure
    reproduces, and no tolerance is passed or failed by luck."""
    torch.manual_seed(0)


@pytest.fixture
def isa(request, monkeypatch):
    """Run with TPS_CPU_ISA=<param> (the CPU kernels read it per call; parametrize with
    tiers.ISAS, indirect=True); an AVX-512 set this CPU cannot execute runs emulated where the
    build has the emulation (tiers.EMULATED), and is skipped otherwise."""
    import tiers

    run = request.param
    missing = tiers.missing_cpu_flags(run)
    if missing:
        run = tiers.emulated_isa(run)
        if run is None:
            pytest.skip(
                f"this CPU lacks {missing} for TPS_CPU_ISA={request.param}, and this build has "
                "no AVX-512 emulation (TPS_AVX512_EMULATION=1)"
            )
    monkeypatch.setenv("TPS_CPU_ISA", run)
    return request.param


def pytest_addoption(parser):
    parser.addoption(
        "--extended",
        action="store_true",
        help="also run the extended test tier (same as TPS_TEST_EXTENDED=1)",
    )


def pytest_configure(config):
    if config.getoption("--extended"):
        os.environ["TPS_TEST_EXTENDED"] = "1"  # before any test module reads the flag


def pytest_report_header(config):
    from tps_kernels import _flags

    extended, interpret = _flags.extended_tests(), _flags.triton_interpret()
    return (
        f"tiers: extended {'on' if extended else 'off'}, TRITON_INTERPRET={int(interpret)}: "
        f"interpreter-tier tests {'skip' if interpret and not extended else 'run'}"
    )


def pytest_collection_modifyitems(config, items):
    """Apply the tiers of tests/tiers.py: skip (with the reason) what this run leaves out."""
    import tiers
    from tps_kernels import _flags

    for item in items:
        if "extended" in item.keywords and not _flags.extended_tests():
            item.add_marker(pytest.mark.skip(reason=tiers.EXTENDED_REASON))
        elif tiers.interpreter_cut(item):
            item.add_marker(pytest.mark.skip(reason=tiers.INTERPRETER_REASON))
