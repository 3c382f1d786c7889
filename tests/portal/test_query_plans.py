"""Every main query has an index to use: the catalog, /learning/, a course and a lesson,
the staff dashboard with its review queue and export, and the review of a step.

On PostgreSQL (marked `services`), against a database seeded by seed_scale, each page is
requested and every query it sent is explained with sequential scans, hash joins and
merge joins switched off (`enable_seqscan`, `enable_hashjoin`, `enable_mergejoin`). Why:
on a test-sized table the planner rightly prefers reading the whole table to an index,
so a plain EXPLAIN would say nothing about 100,000 rows; with whole reads priced out, it
still reads a table whole only where no index serves the filter, the join or the
ordering. Such a read of a table that grows with the portal fails the test, naming the
page, the table and the query.

Not walked: a national admin's dashboard. Its figures count every business of the
country, which reads those tables whole by design (benchmarks/http.py times it).
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.services, pytest.mark.django_db]

# The tables that grow with learners, businesses and courses. (Provinces, templates,
# content types, sites and groups stay small: reading them whole is right.)
LARGE = {
    "portal_user",
    "portal_profile",
    "courses_enrolment",
    "courses_lessonprogress",
    "courses_quizattempt",
    "certification_certificate",
    "certification_certificateevent",
    "onboarding_business",
    "onboarding_membership",
    "onboarding_journey",
    "onboarding_journeystep",
    "onboarding_stepevent",
    "onboarding_evidence",
    "wagtailcore_page",
    "wagtailcore_revision",
    "django_session",
}


# Sequential scans, and the joins that read both sides whole, priced out for the planner.
PRICED_OUT = (
    "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; "
    "SET LOCAL enable_mergejoin = off"
)


def full_reads(plan: dict, limited: bool = False) -> list[str]:
    """The large tables read whole in `plan` (an EXPLAIN (FORMAT JSON) node): a sequential
    scan, or an index walked end to end with no condition (what the planner picks instead
    once sequential scans are priced out), unless a LIMIT stops it early (the first rows
    in an index's order)."""
    found = []
    table = plan.get("Relation Name")
    if table in LARGE:
        if plan["Node Type"] == "Seq Scan":
            found.append(table)
        elif plan["Node Type"] in ("Index Scan", "Index Only Scan") and not limited:
            if "Index Cond" not in plan:
                found.append(f"{table} (whole index {plan['Index Name']})")
    limited = limited or plan["Node Type"] == "Limit"
    for child in plan.get("Plans", []):
        found += full_reads(child, limited)
    return found


def explain(sql: str) -> dict:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        value = cursor.fetchone()[0]
    return (json.loads(value) if isinstance(value, str) else value)[0]["Plan"]


def queries_of(client: Client, url: str) -> list[str]:
    client.get(url)  # warm per-process caches: the queries of every request remain
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200, (url, response.status_code)
    return [
        q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")
    ]


@pytest.fixture
def seeded(db):
    if connection.vendor != "postgresql":
        pytest.skip("query plans are PostgreSQL's")
    call_command(
        "seed_scale", learners=150, businesses=40, courses=3, stdout=open("/dev/null", "w")
    )


def pages():
    """(who, url) for the main pages, from the seeded data."""
    from django.contrib.auth import get_user_model

    from courses.models import Enrolment
    from onboarding.models import JourneyStep
    from portal.provinces import HO_CHI_MINH_CODE, current_province
    from portal.seed import SEED_DOMAIN

    users = get_user_model().objects
    enrolment = (
        Enrolment.objects.filter(current_lesson__isnull=False, course__officials_only=False)
        .select_related("user", "course", "current_lesson")
        .order_by("pk")
        .first()
    )
    staff = users.get(email=f"canbo.{current_province(HO_CHI_MINH_CODE).codename}@{SEED_DOMAIN}")
    step = (
        JourneyStep.objects.filter(
            status=JourneyStep.Status.SUBMITTED,
            journey__business__province__code=HO_CHI_MINH_CODE,
        )
        .order_by("pk")
        .first()
    )
    rows = [
        (None, "/courses/"),
        (None, "/courses/?track=ocop&level=beginner"),
        (enrolment.user, "/courses/"),
        (enrolment.user, enrolment.course.url),
        (enrolment.user, enrolment.current_lesson.url),
        (enrolment.user, "/learning/"),
        (staff, "/onboarding/staff/"),
        (staff, "/onboarding/staff/export.csv"),
    ]
    if step is not None:
        rows.append((staff, f"/onboarding/staff/steps/{step.pk}/"))
    return rows


def test_main_queries_read_large_tables_through_indexes(seeded, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    walked = pages()
    assert len(walked) == 9, "seed_scale left no step to review in Hồ Chí Minh City"
    failures, explained = [], 0
    for user, url in walked:
        client = Client()
        if user is not None:
            client.force_login(user)
        for sql in queries_of(client, url):
            with connection.cursor() as cursor:
                cursor.execute(PRICED_OUT)
            tables = full_reads(explain(sql))
            explained += 1
            if tables:
                failures.append(f"{url} ({user or 'anonymous'}): {', '.join(tables)}\n  {sql}")
    assert not failures, "large tables read whole:\n" + "\n".join(failures)
    assert explained > 50
    # The check sees what it looks for: a filter no index serves reads the whole table.
    with connection.cursor() as cursor:
        cursor.execute(PRICED_OUT)
    unindexed = explain("SELECT count(*) FROM onboarding_business WHERE size = 'small'")
    assert full_reads(unindexed)[0].startswith("onboarding_business")
    assert not full_reads(explain("SELECT id FROM onboarding_business WHERE id = 1"))
