"""onboarding/selectors.py: scoped reads: who may decide on a business, who sees whose
evidence, where a lesson's step link leads, and the staff dashboard's counts."""

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser

from onboarding import selectors
from onboarding.filters import StaffDashboardFilter
from onboarding.models import Membership
from portal import roles
from tests.onboarding.conftest import bulk_businesses

pytestmark = pytest.mark.django_db


def test_the_predicate(own, staff_hcm, colleague, national_admin):
    assert selectors.review_conflict(user=staff_hcm, business=own)
    assert selectors.review_conflict(user=staff_hcm, business=own.pk)
    assert not selectors.review_conflict(user=colleague, business=own)
    assert not selectors.review_conflict(user=national_admin, business=own)


def test_who_may_review_counts_active_province_staff_who_are_not_members(
    own, business_hanoi, staff_hcm, make_user, hcm, hanoi
):
    # Hà Nội has no staff at all; in Hồ Chí Minh the only staff member owns `own`.
    assert selectors.businesses_without_reviewer(business_ids=[own.pk, business_hanoi.pk]) == {
        own.pk,
        business_hanoi.pk,
    }
    inactive = make_user("gone@example.com", province=hcm, role_names=[roles.STAFF])
    inactive.is_active = False
    inactive.save()
    member = make_user("member2@example.com", province=hcm, role_names=[roles.STAFF])
    Membership.objects.create(business=own, user=member)
    assert own.pk in selectors.businesses_without_reviewer(business_ids=[own.pk])
    make_user("staff.hanoi2@example.com", province=hanoi, role_names=[roles.STAFF])
    make_user("staff3@example.com", province=hcm, role_names=[roles.STAFF])
    assert selectors.businesses_without_reviewer(business_ids=[own.pk, business_hanoi.pk]) == set()


def test_evidence_is_seen_by_the_businesss_members_and_its_provinces_staff(
    shot, learner, other_learner, staff_hcm, staff_hanoi, national_admin
):
    evidence = shot.files.get()

    def sees(user) -> bool:
        return selectors.evidence_scope_for_user(user=user).filter(pk=evidence.pk).exists()

    assert sees(learner) and sees(staff_hcm) and sees(national_admin)
    assert not sees(other_learner) and not sees(staff_hanoi) and not sees(AnonymousUser())
    Membership.objects.create(business=shot.journey.business, user=other_learner)
    assert sees(other_learner)


def test_a_step_link_leads_to_the_step_the_journey_or_the_template(
    journey, learner, other_learner, template
):
    link = selectors.step_link_resolve(user=learner, value=" notify-website : screenshot ")
    assert link.step == journey.steps.get(key="screenshot")
    # A step the journey's version does not have: the journey itself.
    assert selectors.step_link_resolve(user=learner, value="notify-website:gone").journey == journey
    # No journey yet: the template on offer, and its step.
    link = selectors.step_link_resolve(user=other_learner, value="notify-website:code")
    assert (link.step, link.journey, link.template) == (None, None, template)
    assert link.template_step == template.steps.get(key="code")
    template.is_active = False
    template.save()
    assert selectors.step_link_resolve(user=other_learner, value="notify-website:code") is None
    for bad in ("", ":code", "x" * 61 + ":code", "unknown:code"):
        assert selectors.step_link_resolve(user=learner, value=bad) is None, bad


def test_the_dashboards_counts_cover_the_staff_members_province_only(
    staff_hcm, staff_hanoi, hcm, template
):
    bulk_businesses(6, hcm, template)  # "account" approved; "screenshot" submitted for 2

    def unfiltered(user):
        return StaffDashboardFilter({}, user=user).selected

    funnel = selectors.funnel(user=staff_hcm, filters=unfiltered(staff_hcm))
    assert [(row.key, row.started, row.done, row.percent) for row in funnel] == [
        ("account", 6, 6, 100),
        ("screenshot", 6, 0, 0),
        ("code", 6, 0, 0),
    ]
    # Due on 5 November: on the 5th nothing is late; on the 6th every open step is.
    counts = selectors.waiting_counts(
        user=staff_hcm, filters=unfiltered(staff_hcm), today=date(2026, 11, 5)
    )
    assert (counts.submitted, counts.overdue) == (2, 0)
    counts = selectors.waiting_counts(
        user=staff_hcm, filters=unfiltered(staff_hcm), today=date(2026, 11, 6)
    )
    assert (counts.submitted, counts.overdue) == (2, 4 + 6)
    overdue = selectors.overdue_steps(
        user=staff_hcm, filters=unfiltered(staff_hcm), today=date(2026, 11, 6), limit=3
    )
    assert len(overdue) == 3 and all(step.status == "todo" for step in overdue)
    queue = selectors.review_queue(user=staff_hcm, filters=unfiltered(staff_hcm))
    assert [step.key for step in queue] == ["screenshot", "screenshot"]
    hanoi = unfiltered(staff_hanoi)
    assert selectors.funnel(user=staff_hanoi, filters=hanoi) == ()
    assert not selectors.review_queue(user=staff_hanoi, filters=hanoi)
    assert selectors.waiting_counts(user=staff_hanoi, filters=hanoi) == selectors.WaitingCounts(
        submitted=0, overdue=0
    )
