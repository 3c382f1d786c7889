"""Staff dashboard and CSV export: time and queries with few and with many businesses.

    .venv/bin/python benchmarks/staff_dashboard.py [--small 100] [--large 10000]

Baseline: the same pages with `--small` businesses, measured in the same run. The
dashboard's query count must not grow with the province's size (the tests pin it); its
time grows only with what it aggregates in the database. Runs on a throw-away SQLite
database (the embedded default) so it needs nothing else.
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
    }
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402


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


def measure(client: Client, url: str, repeat: int = 5) -> tuple[float, int]:
    client.get(url)  # warm caches
    times, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(ctx)
    return statistics.median(times) * 1000, queries


def setup():
    """The journey templates, and staff of Hồ Chí Minh City (bench@example.com): the
    province, the journey template the businesses follow, the staff user."""
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
    return hcm, template, staff


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=10_000)
    args = parser.parse_args()

    hcm, template, staff = setup()
    client = Client()
    client.force_login(staff)
    urls = {
        "dashboard": reverse("onboarding:staff"),
        "CSV export": reverse("onboarding:staff_export_csv"),
    }

    try:
        build(args.small, 0, hcm, template)
        small = {name: measure(client, url) for name, url in urls.items()}
        build(args.large - args.small, args.small, hcm, template)
        large = {name: measure(client, url, repeat=3) for name, url in urls.items()}
    finally:
        shutil.rmtree(TMP, ignore_errors=True)

    print(f"businesses: {args.small} (baseline) vs {args.large}")
    for name in urls:
        (ms_s, q_s), (ms_l, q_l) = small[name], large[name]
        print(
            f"{name:12s} {ms_s:8.1f} ms {q_s:3d} queries | {ms_l:8.1f} ms {q_l:3d} queries"
            f" | time x{ms_l / ms_s:.1f} for x{args.large / args.small:.0f} data,"
            f" queries {'same' if q_s == q_l else f'{q_s} -> {q_l}'}"
        )


if __name__ == "__main__":
    main()
