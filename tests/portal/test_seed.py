"""portal/seed.py: seeded people for measuring the portal at size, recognisable by their
e-mail domain, and the helpers the apps' seeds share. The command that uses them:
tests/home/test_seed_scale.py."""

import random
from datetime import UTC, datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal import roles
from portal.models import Profile, Province
from portal.provinces import HO_CHI_MINH_CODE
from portal.seed import (
    SEED_DOMAIN,
    batched,
    explicit_timestamps,
    moment,
    real_users,
    seed_people,
    seeded_users,
)


def test_batches_keep_every_item_in_order():
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batched(range(4), 2)) == [[0, 1], [2, 3]]
    assert list(batched([], 2)) == []


def test_explicit_timestamps_hold_only_inside_the_block_even_after_an_error():
    from courses.models import Enrolment

    field = Enrolment._meta.get_field("enrolled_at")
    with pytest.raises(RuntimeError), explicit_timestamps(Enrolment):
        assert field.auto_now_add is False
        raise RuntimeError
    assert field.auto_now_add is True


def test_a_moment_falls_on_one_of_its_days_in_office_hours():
    rng, now = random.Random(7), datetime(2026, 6, 30, 12, tzinfo=UTC)
    moments = [moment(rng, now=now, days=30) for _ in range(200)]
    assert {(now.date() - m.date()).days for m in moments} <= set(range(30))
    assert all(7 <= m.hour < 22 and m.second == 0 for m in moments)
    assert max(moments) == now  # today's moments after noon are held at now, not later


def test_seeded_people_fill_every_role_and_stay_apart_from_real_ones(make_user):
    real = make_user("that@example.com")
    demo = make_user("learner@demo.example")
    population = seed_people(learners=6, rng=random.Random(1))

    provinces = Province.objects.current()
    seeded = seeded_users()
    assert seeded.count() == 6 + 2 * provinces.count() + 1
    assert list(real_users()) == [real] and demo not in real_users()
    assert all(u.email.endswith("@" + SEED_DOMAIN) for u in seeded)
    assert EmailAddress.objects.filter(user__in=seeded, verified=True).count() == seeded.count()
    assert len(population.learners) == 6
    for user in get_user_model().objects.filter(pk__in=[pk for pk, _ in population.learners]):
        assert user.first_name == user.profile.full_name  # the admin names people by it
        assert user.profile.province.is_current
    approved = {pk for pk, is_approved in population.learners if is_approved}
    assert approved == set(population.officials)
    assert all(Profile.objects.get(user_id=pk).is_approved_official for pk in population.officials)

    assert set(population.staff) == set(provinces.values_list("pk", flat=True))
    hcm = provinces.get(code=HO_CHI_MINH_CODE)
    staff = get_user_model().objects.get(pk=population.staff[hcm.pk])
    assert set(roles.provinces_for(staff, roles.STAFF)) == {hcm}
    admin = get_user_model().objects.get(pk=population.national_admin)
    assert roles.is_national_admin(admin)


def test_the_same_seed_seeds_the_same_people(reference_data):
    seed_people(learners=3, rng=random.Random(5))
    first = list(Profile.objects.filter(user__in=seeded_users()).values_list("full_name"))
    seeded_users().delete()
    seed_people(learners=3, rng=random.Random(5))
    again = list(Profile.objects.filter(user__in=seeded_users()).values_list("full_name"))
    assert first == again
