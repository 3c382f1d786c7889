"""Staff dashboard and CSV export: time and queries with few and with many businesses.

    .venv/bin/python benchmarks/staff_dashboard.py [--small 100] [--large 10000]

Baseline: the same pages with `--small` businesses, measured in the same run. The
dashboard's query count must not grow with the province's size (the tests pin it). Its
figures (funnel, charts, waiting counts) are kept in the cache between writes
(onboarding/figures.py): "dashboard" is the page as staff read it between writes,
"dashboard, cold" the first request after a write in the province, which computes them.
Runs on a throw-away SQLite database (the embedded default) with the cache in local
memory (one process: it sees every bump), so it needs nothing else.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project, not benchmarks/, first on the path: benchmarks/http.py would shadow the
# standard library's http package.
sys.path[0] = str(ROOT)
TMP = Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
# benchmarks/exports.py hands its database to the process it starts.
SQLITE_PATH = os.environ.get("BENCH_SQLITE_PATH") or str(TMP / "bench.sqlite3")
if not os.environ.get("BENCH_SQLITE_PATH"):
    from benchmarks import stack

    stack.migrated_sqlite(Path(SQLITE_PATH))  # a copy of a migrated database: seconds
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "SQLITE_PATH": SQLITE_PATH,
        "STATIC_ROOT": str(TMP),
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "WARNING",
        "ONBOARDING_FIGURES_SECONDS": "300",
    }
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from onboarding import figures  # noqa: E402


def build(n: int, start: int, province, template) -> None:
    from onboarding.models import Business, Journey, JourneyStep

    S = JourneyStep.Status
    businesses = Business.objects.bulk_create(
        [
            Business(
                name=f"DN {i:06d}",
                tax_code=f"{900000000000 + i}",
                province=province,
                sector="agriculture" if i % 2 else "handicraft",
                size="small",
                status="approved",
            )
            for i in range(start, start + n)
        ],
        batch_size=2000,
    )
    journeys = Journey.objects.bulk_create(
        [
            Journey(
                business=b, template=template, title=template.title, started_on=date(2026, 11, 2)
            )
            for b in businesses
        ],
        batch_size=2000,
    )
    steps = list(template.steps.all().order_by("sort_order")[:6])
    JourneyStep.objects.bulk_create(
        [
            JourneyStep(
                journey=j,
                position=p,
                key=step.key,
                title=step.title,
                due_date=date(2026, 11, 5),
                status=S.APPROVED if p <= i % 4 else (S.SUBMITTED if p == i % 4 + 1 else S.TODO),
                submitted_at="2026-11-03T10:00:00+07:00" if p == i % 4 + 1 else None,
            )
            for i, j in enumerate(journeys)
            for p, step in enumerate(steps, start=1)
        ],
        batch_size=5000,
    )
    figures.bump_everywhere()  # bulk inserts send no signal


def measure(client: Client, url: str, repeat: int = 5, *, cold=False):
    """The median and the slowest time of `repeat` requests (ms), the median CPU time this
    process spent on one (ms: what the request costs, whatever else the machine runs), and
    their queries."""
    client.get(url)  # warm caches
    times, cpu, queries = [], [], 0
    for _ in range(repeat):
        if cold:
            figures.bump_everywhere()  # as a write in the province does
        with CaptureQueriesContext(connection) as ctx:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx)
    return (
        statistics.median(times) * 1000,
        max(times) * 1000,
        statistics.median(cpu) * 1000,
        queries,
    )


def setup():
    """The journey templates, staff of Hồ Chí Minh City (bench@example.com) and a national
    admin: the province, the journey template the businesses follow, the two users."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from onboarding import services
    from onboarding.models import JourneyTemplate
    from portal import roles
    from portal.provinces import HO_CHI_MINH_CODE, current_province

    call_command("migrate", verbosity=0)
    services.journey_templates_load_defaults()
    template = JourneyTemplate.objects.get(key="notify-website")
    hcm = current_province(HO_CHI_MINH_CODE)
    staff = get_user_model().objects.create_user("bench@example.com", "bench@example.com", "x")
    staff.groups.add(Group.objects.get_or_create(name=roles.group_name(roles.STAFF, hcm))[0])
    national = get_user_model().objects.create_user("admin@example.com", "admin@example.com", "x")
    national.groups.add(Group.objects.get_or_create(name=roles.NATIONAL_ADMINS)[0])
    return hcm, template, staff, national


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=10_000)
    args = parser.parse_args()

    hcm, template, staff, national = setup()
    client, country = Client(), Client()
    client.force_login(staff)
    country.force_login(national)
    dashboard = reverse("onboarding:staff")
    rows = {
        "dashboard": (client, dashboard, False),
        "dashboard, cold": (client, dashboard, True),
        "national admin": (country, dashboard, False),
        "national, cold": (country, dashboard, True),
        "CSV export": (client, reverse("onboarding:staff_export_csv"), False),
    }

    try:
        build(args.small, 0, hcm, template)
        small = {name: measure(c, url, cold=cold) for name, (c, url, cold) in rows.items()}
        build(args.large - args.small, args.small, hcm, template)
        large = {
            name: measure(c, url, repeat=3 if name == "CSV export" else 9, cold=cold)
            for name, (c, url, cold) in rows.items()
        }
    finally:
        shutil.rmtree(TMP, ignore_errors=True)

    print(
        f"businesses: {args.small} (baseline) vs {args.large}; median (slowest) of the runs,"
        " and the median CPU time of this process (the SQLite queries included)"
    )
    for name in rows:
        (ms_s, _worst_s, cpu_s, q_s), (ms_l, worst_l, cpu_l, q_l) = small[name], large[name]
        print(
            f"{name:16s} {ms_s:8.1f} ms (cpu {cpu_s:6.1f}) {q_s:3d} queries |"
            f" {ms_l:8.1f} ms ({worst_l:7.1f}; cpu {cpu_l:6.1f}) {q_l:3d} queries"
            f" | time x{ms_l / ms_s:.1f} for x{args.large / args.small:.0f} data,"
            f" queries {'same' if q_s == q_l else f'{q_s} -> {q_l}'}"
        )


if __name__ == "__main__":
    main()
