"""onboarding/seed.py: the seeded businesses for measuring the portal at size (the whole
population, through `manage.py seed_scale`, is tested in tests/home/test_seed_scale.py)."""

import random
from itertools import islice

import pytest

from onboarding import seed, taxcode
from onboarding.models import Business, Journey, Membership, RegistrationEvent
from portal.seed import Population

pytestmark = pytest.mark.django_db


def test_tax_codes_are_valid_and_distinct_from_any_serial():
    # 410000000 has the sequential number 0000000, which the registry never issues.
    codes = list(islice(seed.tax_codes(410_000_000), 60))
    assert all(taxcode.kind_of(code) == "enterprise" for code in codes), codes
    serials = [int(code[:9]) for code in codes]
    assert serials == sorted(set(serials)) and serials[0] > 410_000_000
    # Serials that no check digit fits are passed over.
    every = range(serials[0], serials[-1] + 1)
    assert any(taxcode.check_digit(f"{n:09d}") is None for n in every)
    assert len(serials) < len(every)


@pytest.fixture
def population(learner, other_learner, staff_hcm, hcm):
    return Population(
        province_ids=[hcm.pk],
        province_weights=[1.0],
        business_learners=[(learner.pk, hcm.pk), (other_learner.pk, hcm.pk)],
        staff={hcm.pk: staff_hcm.pk},
    )


def test_seeded_businesses_have_an_owner_a_history_and_journeys_once_approved(
    population, staff_hcm, hcm
):
    finished = seed.seed_businesses(count=30, population=population, rng=random.Random(3))
    businesses = Business.objects.all()
    assert businesses.count() == 30 and not businesses.exclude(province=hcm).exists()
    assert len({b.tax_code for b in businesses}) == 30
    for business in businesses:
        assert business.memberships.filter(role=Membership.Role.OWNER).count() == 1
        events = list(business.registration_events.order_by("created_at"))
        assert events[0].to_status == Business.Status.PENDING
        if business.status == Business.Status.PENDING:
            assert len(events) == 1 and business.approved_by is None
        else:
            # Decided by the province's staff, as the last event says.
            assert business.approved_by == staff_hcm
            assert (events[-1].actor, events[-1].to_status) == (staff_hcm, business.status)
    started = set(Journey.objects.values_list("business__status", flat=True))
    assert started == {Business.Status.APPROVED}
    assert finished == Journey.objects.filter(status=Journey.Status.COMPLETED).count()
    assert RegistrationEvent.objects.count() == sum(
        1 if b.status == Business.Status.PENDING else 2 for b in businesses
    )


def test_without_business_learners_nothing_is_seeded(hcm):
    population = Population(province_ids=[hcm.pk], province_weights=[1.0])
    assert seed.seed_businesses(count=5, population=population, rng=random.Random(1)) == 0
    assert not Business.objects.exists()
