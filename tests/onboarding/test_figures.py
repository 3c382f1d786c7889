"""The staff dashboard's kept figures (onboarding/figures.py): every write through the
portal shows at once, a write elsewhere leaves a province's figures kept, and the
dashboard's queries do not grow with the province."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from onboarding import figures, services
from onboarding.models import Business, JourneyStep
from tests.onboarding.conftest import bulk_businesses, make_business, submit_png

S = JourneyStep.Status


def dashboard(client, query=""):
    response = client.get(reverse("onboarding:staff") + query)
    assert response.status_code == 200
    return response.context


def funnel_done(context) -> dict[str, int]:
    return {row.key: row.done for row in context["funnel"]}


def sectors(context) -> dict[str, int]:
    return {row.value: row.n for row in context["by_sector"]}


def queries(client, query="") -> int:
    with CaptureQueriesContext(connection) as ctx:
        dashboard(client, query)
    return len(ctx)


def test_a_step_moved_through_the_services_shows_at_once(
    kept, client, staff_hcm, learner, business_hcm, template
):
    journey = services.journey_start(business=business_hcm, template=template, by=learner)
    client.force_login(staff_hcm)
    before = dashboard(client)
    assert funnel_done(before)["account"] == 0
    assert before["counts"].submitted == 0 and before["queue"] == ()
    assert queries(client) < queries(client, "?sector=handicraft")  # the first is kept

    services.step_submit(step=journey.steps.get(key="account"), by=learner)
    submit_png(journey.steps.get(key="screenshot"), learner)
    after = dashboard(client)
    assert funnel_done(after)["account"] == 1  # a step without review: approved at once
    assert after["counts"].submitted == 1
    assert [row.item.key for row in after["queue"]] == ["screenshot"]

    services.step_approve(step=journey.steps.get(key="screenshot"), by=staff_hcm)
    approved = dashboard(client)
    assert funnel_done(approved)["screenshot"] == 1
    assert approved["counts"].submitted == 0 and approved["queue"] == ()
    readiness = {row.business.pk: row.readiness for row in approved["page"].object_list}
    assert readiness[business_hcm.pk] == 67  # two of the three required steps


def test_a_registration_approved_counts_at_once(kept, client, staff_hcm, other_learner, hcm):
    client.force_login(staff_hcm)
    pending = make_business(
        other_learner, hcm, name="HTX Chờ", tax_code="0100109106", approved=False
    )
    pending.sector = Business.Sector.HANDICRAFT
    pending.save()
    assert sectors(dashboard(client)) == {}
    services.business_approve(business=pending, by=staff_hcm)
    assert sectors(dashboard(client)) == {"handicraft": 1}


def test_the_figures_are_kept_per_province(
    kept, client, staff_hcm, national_admin, learner, other_learner, hcm, hanoi, template
):
    mine = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    theirs = make_business(other_learner, hanoi, name="Hà Nội", tax_code="0100109106-001")
    services.journey_start(business=mine, template=template, by=learner)
    far = services.journey_start(business=theirs, template=template, by=other_learner)
    client.force_login(staff_hcm)
    dashboard(client)
    kept_queries = queries(client)
    national = client.__class__()
    national.force_login(national_admin)
    assert funnel_done(dashboard(national))["account"] == 0

    services.step_submit(step=far.steps.get(key="account"), by=other_learner)
    # Hà Nội's write leaves Hồ Chí Minh City's figures kept, and shows in the country's
    # and in Hà Nội's.
    assert queries(client) == kept_queries
    assert funnel_done(dashboard(client))["account"] == 0
    assert funnel_done(dashboard(national))["account"] == 1
    assert funnel_done(dashboard(national, f"?province={hanoi.pk}"))["account"] == 1
    assert funnel_done(dashboard(national, f"?province={hcm.pk}"))["account"] == 0


def test_a_business_that_moves_leaves_its_old_province_figures(
    kept, client, staff_hcm, staff_hanoi, learner, hcm, hanoi
):
    business = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    client.force_login(staff_hcm)
    assert sectors(dashboard(client)) == {"agriculture": 1}
    business = Business.objects.get(pk=business.pk)  # as the portal reads it
    business.province = hanoi
    business.save()
    assert sectors(dashboard(client)) == {}
    client.force_login(staff_hanoi)
    assert sectors(dashboard(client)) == {"agriculture": 1}


def test_a_version_lost_from_the_cache_keeps_nothing_old(kept, client, staff_hcm, hcm, template):
    bulk_businesses(3, hcm, template)
    client.force_login(staff_hcm)
    assert dashboard(client)["counts"].submitted == 1
    # A write that bypassed save() while the cache lost the province's version: the
    # new version matches nothing kept.
    JourneyStep.objects.filter(key="screenshot").update(status=S.SUBMITTED)
    cache.delete_many([figures._version_key(hcm.pk), figures._version_key(figures.ALL)])
    assert dashboard(client)["counts"].submitted == 3


@pytest.mark.parametrize("query", ["", "?sector=handicraft"])
def test_dashboard_queries_do_not_grow_with_the_province(
    kept, client, staff_hcm, hcm, template, django_assert_max_num_queries, query
):
    """Kept or computed, the dashboard costs the same queries for 10 businesses as for
    300; the bulk inserts bypass save(), so they bump the figures as the seeds do."""
    client.force_login(staff_hcm)
    bulk_businesses(10, hcm, template)
    figures.bump([hcm.pk])
    dashboard(client, query)  # warms the per-process caches (content types, site)
    figures.bump([hcm.pk])
    small_computed, small_kept = queries(client, query), queries(client, query)
    bulk_businesses(290, hcm, template, start=10)
    figures.bump([hcm.pk])
    large_computed, large_kept = queries(client, query), queries(client, query)
    assert (small_computed, small_kept) == (large_computed, large_kept)
    assert small_kept <= small_computed - 6  # the funnel, charts and counts are not asked
    with django_assert_max_num_queries(16):
        context = dashboard(client, query)
    assert context["page"].paginator.count == (300 if not query else 150)
    assert len(context["page"].object_list) == 50
    submitted = JourneyStep.objects.filter(status=S.SUBMITTED)
    if query:
        submitted = submitted.filter(journey__business__sector="handicraft")
    assert context["counts"].submitted == submitted.count() > 50
