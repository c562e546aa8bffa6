#!/usr/bin/env python3
"""The last step of tools/gpu_check.sh: gathers the steps' exit codes, the test tiers'
JUnit counts and the benchmarks' JSON into DIR/gpu_check.json and a short DIR/summary.txt.
Exits 1 when any step failed or any test failed, else 0.

    python tools/gpu_summary.py DIR
"""

import json
import os
import sys
import xml.etree.ElementTree as ET


def _load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def tests(out_dir, step):
    """(tests, failures + errors, skipped) of a pytest --junitxml file, or None."""
    try:
        root = ET.parse(os.path.join(out_dir, f"{step}.xml")).getroot()
    except (OSError, ET.ParseError):
        return None
    suites = [root] if root.tag == "testsuite" else list(root)
    total = sum(int(s.get("tests", 0)) for s in suites)
    bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
    return {"tests": total, "failed": bad, "skipped": skipped}


def op_lines(doc):
    """One line per (shape, dtype, fused backend): forward ms and the peers' ratios."""
    out = []
    for res in doc or []:
        for key, ratios in res.items():
            if not key.startswith("ratios:") or not ratios:
                continue
            name = key[len("ratios:") :]
            m = res["methods"][name]
            peers = ", ".join(
                f"{peer} {ratios[f'fwd_speedup_vs_{peer}']:.2f}x"
                for peer in ("chain", "gather_sdpa", "flex")
                if ratios.get(f"fwd_speedup_vs_{peer}")
            )
            out.append(
                f"  {res['shape']:6s} {res['dtype']:9s} {name:13s} fwd "
                f"{m['fwd_ms']:.3f} ms, fwd+bwd {m.get('fwd_bwd_ms') or float('nan'):.3f}"
                f" ms; faster than: {peers or '-'}"
            )
    return out


def model_lines(doc):
    out = []
    rows = (doc or {}).get("results", [])
    base = next((r for r in rows if r["status"] == "ok"), None)
    for r in rows:
        if r["status"] != "ok":
            out.append(f"  {r['label']:24s} {r['status']}: {r['reason']}")
            continue
        out.append(
            f"  {r['label']:24s} {r['latency_ms']:8.2f} ms "
            f"({r['latency_ms'] / base['latency_ms']:.2f}x)  "
            f"{r['throughput'] or float('nan'):8.2f} videos/s  "
            f"{r['peak_mem_mb'] or float('nan'):7.0f} MB"
        )
    for t in (doc or {}).get("targets", []):
        out.append(
            f"  {'MET ' if t['met'] else 'MISS'} {t['numerator']} / {t['denominator']}"
            f" {t['metric']} = {t['ratio']:.3f} (<= {t['limit']})"
        )
    return out


def main(out_dir) -> int:
    steps = []
    try:
        with open(os.path.join(out_dir, "steps.tsv")) as f:
            for line in f:
                name, rc, secs = line.rstrip("\n").split("\t")
                steps.append(
                    {
                        "step": name,
                        "exit": int(rc),
                        "seconds": int(secs),
                        "tests": tests(out_dir, name),
                    }
                )
    except OSError:
        pass
    doc = {"steps": steps, "ops": _load(os.path.join(out_dir, "ops.json"))}
    for name in ("paper", "targets", "train"):
        doc[f"latency_{name}"] = _load(os.path.join(out_dir, f"latency_{name}.json"))
    failed = [s["step"] for s in steps if s["exit"] or (s["tests"] or {}).get("failed")]
    doc["failed_steps"] = failed
    env = next((d["environment"] for d in (doc["latency_paper"], doc["latency_targets"]) if d), {})
    lines = [
        f"gpu_check: {'FAILED: ' + ', '.join(failed) if failed or not steps else 'all passed'}"
        f" ({env.get('gpu', 'GPU ?')}, CUDA {env.get('cuda', '?')}, torch "
        f"{env.get('torch', '?')}, {env.get('date_utc', '')})",
        "",
        "steps:",
    ]
    for s in steps:
        t = s["tests"]
        lines.append(
            f"  {s['step']:16s} exit {s['exit']:3d}  {s['seconds']:4d} s"
            + (f"  {t['tests']} tests, {t['failed']} failed, {t['skipped']} skipped" if t else "")
            + ("  (cut or not run: --deadline)" if s["exit"] == 124 else "")
        )
    lines += ["", "op level (benchmarks/ops.py --device cuda):"] + op_lines(doc["ops"])
    for name, title in (
        ("paper", "Table 6, inference"),
        ("targets", "targets preset"),
        ("train", "Table 6, forward+backward"),
    ):
        lines += ["", f"models, {title} (benchmarks/latency.py):"] + model_lines(
            doc[f"latency_{name}"]
        )
    with open(os.path.join(out_dir, "gpu_check.json"), "w") as f:
        json.dump(doc, f, indent=1)
    text = "\n".join(lines) + "\n"
    with open(os.path.join(out_dir, "summary.txt"), "w") as f:
        f.write(text)
    print(text + f"\nwrote {out_dir}/gpu_check.json and {out_dir}/summary.txt")
    return 1 if failed or not steps else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
