#!/usr/bin/env bash
# The GPU run in one command, for the day a CUDA GPU is lent (issue #12):
#   1. build the CUDA kernels for the visible GPU (incremental: build/temp-*-cuda is kept);
#   2. every GPU test tier: CUDA backend, Triton backend compiled on the GPU (and under
#      torch.compile), the models on cuda/triton, FLOP counting, opcheck of the tps:: ops
#      on CUDA tensors;
#   3. benchmarks/ops.py --device cuda (fused vs chain vs gather+SDPA vs FlexAttention) and
#      benchmarks/latency.py --device cuda --compare paper (+ --compare targets, and a
#      training step of the paper's models beside pst_t_noattn and the published chain);
#   4. one JSON (gpu_check.json) and a short text summary (summary.txt) in the output folder.
# Every step runs even when an earlier one failed (one lent session gets every figure); the
# exit status is non-zero when any step failed (test mismatch, build or benchmark error).
#
#   tools/gpu_check.sh [--out DIR] [--skip-build] [--deadline SECONDS] [--archive FILE]
#                      [--dry-run]
#
#   --out DIR           output folder (default: gpu-check/)
#   --skip-build        use the extension as it is
#   --deadline SECONDS  wall-clock budget of the steps: each runs under `timeout` with what
#                       is left, and those that find none left are recorded as not run
#                       (exit 124); the summary is written either way (a lent machine's
#                       command limit then cuts no result away)
#   --archive FILE      also pack DIR into FILE (.tar.gz) at the end: one file to carry back
#   --dry-run           print the steps and exit 0 (runs nowhere, needs no GPU)
# Environment: MAX_JOBS (default: all cores), TORCH_CUDA_ARCH_LIST (default: the visible
# GPU), OPS_ARGS (default below), PYTHON (default: python, else python3).
# Sized for < 8 minutes on a modern GPU with 16 cores; the CUDA build (one arch) is most of
# it and is skipped on a second run (not yet timed on a GPU). Exit codes: 0 all passed,
# 1 a step failed, 2 bad usage or no torch, 3 no CUDA device visible.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=gpu-check
SKIP_BUILD=0
DRY=0
DEADLINE=0
ARCHIVE=
while [ $# -gt 0 ]; do
  case $1 in
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --deadline) DEADLINE=${2:?--deadline needs seconds}; shift 2 ;;
    --archive) ARCHIVE=${2:?--archive needs a file}; shift 2 ;;
    --dry-run) DRY=1; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "gpu_check: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if ! [[ $DEADLINE =~ ^[0-9]+$ ]]; then
  echo "gpu_check: --deadline takes whole seconds, got $DEADLINE" >&2
  exit 2
fi
PY=${PYTHON:-$(command -v python || command -v python3 || echo python)}
OPS_ARGS=${OPS_ARGS:-"--shapes s1,s2,s3,s4,vswin --dtype bf16 --iters 20 --warmup 3"}
export PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}
export MAX_JOBS=${MAX_JOBS:-$(nproc)}
export PIP_DISABLE_PIP_VERSION_CHECK=1

STEPS=()     # "name|command"
step() { STEPS+=("$1|$2"); }

step build "TPS_BUILD_CUDA=1 $PY setup.py build_ext --inplace"
step backends "$PY -c \"import json, tps_kernels as tk; s = tk.available_backends(); print(json.dumps(s, indent=1)); bad = [b for b in ('cpu', 'cuda', 'triton') if not s[b].startswith('ok')]; raise SystemExit(f'unavailable: {bad}' if bad else 0)\""
step test-cuda "TPS_EXPECT_CUDA_KERNELS=1 $PY -m pytest -q -rs tests/test_cuda.py --junitxml=$OUT/test-cuda.xml"
step test-triton "$PY -m pytest -q -rs tests/test_triton.py --junitxml=$OUT/test-triton.xml"
step test-models-gpu "$PY -m pytest -q -rs tests/test_models.py -k 'cuda or triton' tests/test_flops.py --junitxml=$OUT/test-models-gpu.xml"
step opcheck-cuda "$PY tools/gpu_opcheck.py"
step ops "$PY benchmarks/ops.py --device cuda $OPS_ARGS --json $OUT/ops.json --csv $OUT/ops.csv"
step latency-paper "$PY benchmarks/latency.py --device cuda --compare paper --no-progress --json $OUT/latency_paper.json --csv $OUT/latency_paper.csv --plot $OUT/latency_paper.png"
step latency-targets "$PY benchmarks/latency.py --device cuda --compare targets --no-progress --json $OUT/latency_targets.json"
# training: the paper's models, and the rows of #12's training targets that need no timm
# (attention overhead vs pst_t_noattn, peak memory vs the published chain)
step latency-train "$PY benchmarks/latency.py --device cuda --compare pst_t,pst_t_noattn,pst_t:reference,swin2d_t,video_swin_t --train --no-progress --json $OUT/latency_train.json"

if [ "$DRY" = 1 ]; then
  echo "gpu_check --dry-run: the steps, in order (output in $OUT/):"
  for s in "${STEPS[@]}"; do
    name=${s%%|*}
    if [ "$name" = build ] && [ "$SKIP_BUILD" = 1 ]; then continue; fi
    printf '  %-16s %s\n' "$name" "${s#*|}"
  done
  printf '  %-16s %s\n' summary "$PY tools/gpu_summary.py $OUT"
  [ -n "$ARCHIVE" ] && printf '  %-16s %s\n' archive "tar czf $ARCHIVE $OUT"
  [ "$DEADLINE" -gt 0 ] && echo "(each step under timeout: what is left of --deadline $DEADLINE s)"
  exit 0
fi

if ! $PY -c "import torch" 2> /dev/null; then
  echo "gpu_check: $PY cannot import torch (activate the project's environment, or set" \
       "PYTHON)" >&2
  exit 2
fi
if ! $PY -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)"; then
  echo "gpu_check: no CUDA device visible (torch.cuda.is_available() is False); nothing" \
       "checked. --dry-run lists the steps." >&2
  exit 3
fi

mkdir -p "$OUT"
: > "$OUT/steps.tsv"
T0=$SECONDS
for s in "${STEPS[@]}"; do
  name=${s%%|*}
  cmd=${s#*|}
  if [ "$name" = build ] && [ "$SKIP_BUILD" = 1 ]; then continue; fi
  limit=()
  if [ "$DEADLINE" -gt 0 ]; then
    left=$((DEADLINE - (SECONDS - T0)))
    if [ "$left" -lt 10 ]; then
      echo "=== [$name] not run: --deadline $DEADLINE s reached"
      printf '%s\t%s\t%s\n' "$name" 124 0 >> "$OUT/steps.tsv"
      continue
    fi
    limit=(timeout -k 5 "$left")
  fi
  echo "=== [$name] $cmd"
  t=$SECONDS
  "${limit[@]}" bash -c "$cmd" > >(tee "$OUT/$name.log") 2>&1
  rc=$?
  printf '%s\t%s\t%s\n' "$name" "$rc" "$((SECONDS - t))" >> "$OUT/steps.tsv"
  echo "=== [$name] exit $rc after $((SECONDS - t)) s (total $((SECONDS - T0)) s)"
done
$PY tools/gpu_summary.py "$OUT"
rc=$?
if [ -n "$ARCHIVE" ]; then
  tar czf "$ARCHIVE" -C "$(dirname "$OUT")" "$(basename "$OUT")" && echo "packed $OUT into $ARCHIVE"
fi
exit $rc
