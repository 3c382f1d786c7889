"""The staff export (CSV and XLSX) of 100,000 businesses: time and peak memory.

    .venv/bin/python benchmarks/exports.py                  # 100,000 rows
    .venv/bin/python benchmarks/exports.py --rows 2000      # seconds: what CI runs

The businesses (each with a journey of six steps at some stage) are written to a
throw-away SQLite database as benchmarks/staff_dashboard.py does. Each export then runs
in a fresh process, as a gunicorn worker would serve it: staff of the province ask for
/onboarding/staff/export.csv (and .xlsx) and read the answer to its end. Printed: rows,
time, and the peak resident memory the export adds to the process, against the same
process's memory before the request (the baseline, measured in the same run: Django, Wagtail
and the portal loaded take about 150 MB of their own). Target: the export's peak under
150 MB, whatever the number of rows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project, not benchmarks/, first on the path: benchmarks/http.py would shadow the
# standard library's http package.
sys.path[0] = str(ROOT)

TARGET_PEAK_MB = 150


def _rss_mb() -> float:
    """This process's peak resident memory so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export(url: str) -> None:
    """In the child process: one export, read to the end; prints JSON figures."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(email="bench@example.com"))
    client.get("/healthz")  # the first request imports what every request needs
    before = _rss_mb()
    started = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    size, lines = 0, 0
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
    response.close()
    elapsed = time.perf_counter() - started
    print(json.dumps({"before": before, "peak": _rss_mb(), "seconds": elapsed, "bytes": size}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    # The throw-away database and settings of staff_dashboard.py (imported for them).
    from benchmarks import staff_dashboard

    if args.child:
        export(args.child)
        return
    from onboarding.models import Business

    started = time.perf_counter()
    hcm, template, _staff, _national = staff_dashboard.setup()
    for start in range(0, args.rows, 10_000):  # in slices: this process's memory stays low
        staff_dashboard.build(min(10_000, args.rows - start), start, hcm, template)
    print(
        f"{Business.objects.count():,} businesses written in {time.perf_counter() - started:.0f} s"
    )
    try:
        for kind in ("csv", "xlsx"):
            measure(args.rows, kind)
    finally:
        shutil.rmtree(staff_dashboard.TMP, ignore_errors=True)


def measure(rows: int, kind: str) -> None:
    out = subprocess.run(
        [sys.executable, __file__, "--child", f"/onboarding/staff/export.{kind}"],
        env={**os.environ, "BENCH_SQLITE_PATH": os.environ["SQLITE_PATH"]},
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"the {kind} export failed:\n{out.stderr[-3000:]}")
    r = json.loads(out.stdout.strip().splitlines()[-1])
    grown = r["peak"] - r["before"]
    ok = grown < TARGET_PEAK_MB
    print(
        f"{kind.upper():4s} {rows:,} rows, {r['bytes'] / 1e6:.1f} MB in {r['seconds']:.1f} s: "
        f"the export's peak memory +{grown:.0f} MB (target < {TARGET_PEAK_MB} MB) "
        f"{'met' if ok else 'MISSED'}; the process: {r['before']:.0f} MB before the request, "
        f"{r['peak']:.0f} MB at its peak"
    )


if __name__ == "__main__":
    main()
