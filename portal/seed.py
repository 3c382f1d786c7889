"""Seeded people for measuring the portal at size (`manage.py seed_scale`).

Bulk inserts, no signals and no per-row services: a realistic population in minutes.
Seeded accounts are recognisable by their e-mail domain (SEED_DOMAIN); the command
refuses a database holding anyone else (real people), so it can never mix test data
into a live portal by accident.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone

from portal import roles
from portal.models import Profile, Province
from portal.provinces import HA_NOI_CODE, HO_CHI_MINH_CODE

SEED_DOMAIN = "scale.example"
DEMO_DOMAIN = "demo.example"
SEED_PASSWORD = "seed-pass-2026"
BATCH = 2000

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Minh Thu Quốc Thanh Ngọc Hữu Đức Thảo Kim Gia Bảo Xuân".split()
GIVEN = (
    "An Bình Chi Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Minh "
    "Nam Nga Ngân Nhung Phúc Phương Quân Quang Sơn Tâm Thảo Thắng Trang Trung Tuấn Vân Việt Yến"
).split()


def vietnamese_name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def batched(items: Iterable, size: int = BATCH) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextmanager
def explicit_timestamps(*model_classes: type[models.Model]):
    """Lets bulk_create keep the timestamps we give (enrolled, submitted, created months
    ago) instead of auto_now/auto_now_add stamping every row with the same instant."""
    saved = []
    for model in model_classes:
        for f in model._meta.concrete_fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                saved.append((f, f.auto_now, f.auto_now_add))
                f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def real_users():
    """Accounts that are neither seeded nor demo accounts: real people."""
    return (
        get_user_model()
        .objects.exclude(email__iendswith="@" + SEED_DOMAIN)
        .exclude(email__iendswith="@" + DEMO_DOMAIN)
    )


def seeded_users():
    return get_user_model().objects.filter(email__iendswith="@" + SEED_DOMAIN)


def moment(rng: random.Random, *, now: datetime, days: int = 365) -> datetime:
    """A moment within the last `days` days, in office hours more often than not, never
    after `now` (a seeded completion or review cannot lie in the future)."""
    day = now - timedelta(days=rng.randrange(days))
    return min(day.replace(hour=rng.randrange(7, 22), minute=rng.randrange(60), second=0), now)


@dataclass
class Population:
    """Who was seeded: learner ids by type, and staff per province (for benchmarks)."""

    province_ids: list[int]
    province_weights: list[float]
    business_learners: list[tuple[int, int]] = field(default_factory=list)  # (user, province)
    officials: list[int] = field(default_factory=list)
    learners: list[tuple[int, bool]] = field(default_factory=list)  # (user, approved official)
    staff: dict[int, int] = field(default_factory=dict)  # province id -> staff user id
    national_admin: int | None = None

    def province(self, rng: random.Random) -> int:
        return rng.choices(self.province_ids, weights=self.province_weights)[0]


def province_weights(provinces) -> list[float]:
    """Hồ Chí Minh City and Hà Nội hold far more businesses and learners than the rest."""
    heavy = {HO_CHI_MINH_CODE: 8.0, HA_NOI_CODE: 6.0}
    return [heavy.get(p.code, 1.0 + (p.code % 7) / 7) for p in provinces]


def seed_people(*, learners: int, rng: random.Random, stdout=None) -> Population:
    """`learners` learners (business people, state officials, others) over the current
    provinces, with verified e-mail addresses and one shared password; one onboarding
    staff member and one trainer per province."""
    User = get_user_model()
    provinces = list(Province.objects.current().order_by("code"))
    population = Population(
        province_ids=[p.pk for p in provinces], province_weights=province_weights(provinces)
    )
    password = make_password(SEED_PASSWORD)
    now = timezone.now()
    T, S = Profile.LearnerType, Profile.OfficialStatus

    for start in range(0, learners, BATCH):
        numbers = range(start, min(learners, start + BATCH))
        users = User.objects.bulk_create(
            [
                User(
                    username=f"hocvien{n:06d}@{SEED_DOMAIN}",
                    email=f"hocvien{n:06d}@{SEED_DOMAIN}",
                    password=password,
                    date_joined=moment(rng, now=now, days=730),
                )
                for n in numbers
            ]
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
        )
        profiles = []
        for user in users:
            roll = rng.random()
            kind = T.BUSINESS if roll < 0.72 else T.OFFICIAL if roll < 0.87 else T.OTHER
            status = S.NONE
            if kind == T.OFFICIAL:
                status = rng.choices([S.APPROVED, S.PENDING, S.REJECTED], [80, 15, 5])[0]
            province_id = population.province(rng)
            profiles.append(
                Profile(
                    user=user,
                    full_name=vietnamese_name(rng),
                    phone=f"09{rng.randrange(10**8):08d}",
                    province_id=province_id,
                    learner_type=kind,
                    official_status=status,
                    organisation="" if kind == T.OTHER else f"Đơn vị {rng.randrange(1, 999)}",
                    language="en" if rng.random() < 0.08 else "vi",
                )
            )
            approved = kind == T.OFFICIAL and status == S.APPROVED
            population.learners.append((user.pk, approved))
            if kind == T.BUSINESS:
                population.business_learners.append((user.pk, province_id))
            elif approved:
                population.officials.append(user.pk)
        Profile.objects.bulk_create(profiles)
        for user, profile in zip(users, profiles, strict=True):
            user.first_name = profile.full_name  # Wagtail's admin names people by it
        User.objects.bulk_update(users, ["first_name"])
        if stdout is not None:
            stdout.write(f"  learners: {numbers.stop}/{learners}")

    for province in provinces:
        for role, prefix in ((roles.STAFF, "canbo"), (roles.TRAINERS, "giangvien")):
            email = f"{prefix}.{province.codename}@{SEED_DOMAIN}"
            name = vietnamese_name(rng)
            user = User.objects.create(
                username=email, email=email, password=password, first_name=name
            )
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            Profile.objects.create(
                user=user,
                full_name=name,
                province=province,
                learner_type=T.OFFICIAL,
                official_status=S.APPROVED,
                organisation=f"Sở Công Thương {province.name}",
            )
            user.groups.add(Group.objects.get_or_create(name=roles.group_name(role, province))[0])
            if role == roles.STAFF:
                population.staff[province.pk] = user.pk
    email = f"quantri@{SEED_DOMAIN}"
    name = vietnamese_name(rng)
    admin = User.objects.create(username=email, email=email, password=password, first_name=name)
    EmailAddress.objects.create(user=admin, email=email, verified=True, primary=True)
    Profile.objects.create(user=admin, full_name=name, province=provinces[0])
    admin.groups.add(Group.objects.get_or_create(name=roles.NATIONAL_ADMINS)[0])
    population.national_admin = admin.pk
    return population
