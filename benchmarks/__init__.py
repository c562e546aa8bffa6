"""Benchmarks: latency.py (models), ops.py (the fused op vs its peers), train.py (training
loop), sharing harness.py (measurement), report.py and plot.py (output)."""
