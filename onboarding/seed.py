"""Seeded businesses and journeys for measuring the portal at size (`manage.py seed_scale`).

Businesses over the provinces (most approved, some waiting, a few rejected), their
owners and members, and journeys at every stage: steps approved or skipped, one
submitted, in progress or sent back, the rest to do; finished journeys carry their
readiness certificates. Bulk inserts; steps are snapshots of the real templates.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certification.models import CertificateTemplate
from certification.seed import Award, certificates_bulk_create
from onboarding import figures, services, taxcode, workdays
from onboarding.models import (
    Business,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Membership,
    RegistrationEvent,
    StepEvent,
)
from portal.models import Province
from portal.seed import Population, explicit_timestamps, moment

S = JourneyStep.Status
KINDS = ["Công ty TNHH", "Hợp tác xã", "Hộ kinh doanh", "Công ty Cổ phần", "Cơ sở"]
WORDS = (
    "Sen Vàng|Mekong Xanh|Trà Việt|Gốm Bát Tràng|Nông sản Sạch|Cà phê Cao Nguyên|Lụa Tơ Tằm|"
    "Mật ong Rừng|Hải sản Biển Đông|Thủ công Mỹ nghệ|Nước mắm Truyền thống|Gạo Thơm|"
    "Dừa Bến Tre|Tiêu Phú Quốc|Chè Thái Nguyên|Bánh Pía|Mây Tre Đan|Trái cây Miệt Vườn"
).split("|")


def tax_codes(start: int) -> Iterator[str]:
    """Valid 10-digit enterprise tax codes (check digit included) from a serial. Some
    serials give none: no check digit fits, or the sequential part is 0000000, which the
    registry never issues (taxcode.kind_of refuses both)."""
    n = start
    while True:
        nine = f"{n:09d}"
        digit = taxcode.check_digit(nine)
        if digit is not None and taxcode.kind_of(nine + str(digit)) == "enterprise":
            yield nine + str(digit)
        n += 1


def _stage(steps: int, rng: random.Random) -> int:
    """How many steps a journey has done: a spread from just started to finished."""
    return min(steps, int(rng.betavariate(1.3, 1.6) * (steps + 1)))


def seed_businesses(*, count: int, population: Population, rng: random.Random, stdout=None):
    """`count` businesses with members and journeys; returns the journeys finished."""

    services.journey_templates_load_defaults()
    _link_readiness_template()
    templates = list(
        JourneyTemplate.objects.filter(is_active=True)
        .select_related("certificate_template")
        .prefetch_related("steps")
        .order_by("pk")
    )
    if not templates or not population.business_learners:
        return 0
    template_steps = {t.pk: list(t.steps.order_by("sort_order")) for t in templates}
    # notify-website first: every business selling online must notify its website.
    templates.sort(key=lambda t: t.key != "notify-website")
    former = {}
    for p in Province.objects.filter(is_current=False).values("pk", "merged_into_id"):
        former.setdefault(p["merged_into_id"], []).append(p["pk"])
    codes = tax_codes(410_000_000 + Business.objects.count() * 3)
    by_province: dict[int, list[int]] = {}
    for user_id, province_id in population.business_learners:
        by_province.setdefault(province_id, []).append(user_id)
    now = timezone.now()
    today = timezone.localdate()
    journey_ct = ContentType.objects.get_for_model(Journey)
    finished = 0
    made = 0
    for chunk_size in _chunks(count, 1000):
        owners = [rng.choice(population.business_learners) for _ in range(chunk_size)]
        businesses = []
        for _owner, province_id in owners:
            registered = moment(rng, now=now, days=540)
            status = rng.choices(
                [Business.Status.APPROVED, Business.Status.PENDING, Business.Status.REJECTED],
                [85, 10, 5],
            )[0]
            decided = status != Business.Status.PENDING
            businesses.append(
                Business(
                    name=f"{rng.choice(KINDS)} {rng.choice(WORDS)} {made + len(businesses) + 1}",
                    tax_code=next(codes),
                    province_id=province_id,
                    former_province_id=rng.choice(former[province_id])
                    if former.get(province_id) and rng.random() < 0.5
                    else None,
                    address=f"Số {rng.randrange(1, 400)}, đường {rng.choice(WORDS)}",
                    sector=rng.choice(Business.Sector.values),
                    size=rng.choices(Business.Size.values, [30, 35, 25, 7, 3])[0],
                    contact_name="",
                    contact_email=f"lienhe{made + len(businesses) + 1:06d}@scale.example",
                    contact_phone=f"028{rng.randrange(10**7):07d}",
                    status=status,
                    approved_by_id=population.staff.get(province_id) if decided else None,
                    approved_at=registered + timedelta(days=rng.randrange(1, 10))
                    if decided
                    else None,
                    created_at=registered,
                )
            )
        with explicit_timestamps(Business, Membership, Journey, JourneyStep, RegistrationEvent):
            Business.objects.bulk_create(businesses)
            _members(businesses, owners, by_province, rng)
            _registration_events(businesses, owners)
            journeys, steps, events = _journeys(businesses, templates, template_steps, rng, today)
        with explicit_timestamps(StepEvent):
            StepEvent.objects.bulk_create(
                [
                    StepEvent(
                        step=steps[i], actor_id=actor, from_status=a, to_status=b, created_at=at
                    )
                    for i, actor, a, b, at in events
                ],
                batch_size=5000,
            )
        done = [j for j in journeys if j.status == Journey.Status.COMPLETED]
        template_by_pk = {t.pk: t for t in templates}
        by_pk = {b.pk: b for b in businesses}
        certificates_bulk_create(
            [
                Award(
                    template=template_by_pk[j.template_id].certificate_template,
                    recipient=by_pk[j.business_id],
                    subject_type=journey_ct,
                    subject_id=j.pk,
                    subject_title=j.title,
                    issued_at=j.completed_at,
                )
                for j in done
                if template_by_pk[j.template_id].issues_certificate
                and template_by_pk[j.template_id].certificate_template_id
            ]
        )
        finished += len(done)
        made += len(businesses)
        if stdout is not None:
            stdout.write(f"  businesses: {made}/{count}")
    # Bulk inserts send no signal: the staff dashboard's kept figures are retired here.
    figures.bump_everywhere()
    return finished


def _chunks(total: int, size: int) -> Iterator[int]:
    while total > 0:
        yield min(size, total)
        total -= size


def _link_readiness_template() -> None:
    """Journey templates issue the readiness certificate (as the demo links them)."""

    certificate = CertificateTemplate.objects.filter(title_en__icontains="readiness").first()
    if certificate:
        JourneyTemplate.objects.filter(
            certificate_template__isnull=True, issues_certificate=True
        ).update(certificate_template=certificate)


def _members(businesses, owners, by_province, rng) -> None:
    rows = []
    for business, (owner_id, province_id) in zip(businesses, owners, strict=True):
        rows.append(
            Membership(
                business=business,
                user_id=owner_id,
                role=Membership.Role.OWNER,
                created_at=business.created_at,
            )
        )
        pool = by_province.get(province_id, [])
        for member in {rng.choice(pool) for _ in range(rng.choice([0, 0, 1, 2]))} - {owner_id}:
            rows.append(
                Membership(
                    business=business,
                    user_id=member,
                    role=Membership.Role.MEMBER,
                    created_at=business.created_at + timedelta(days=rng.randrange(1, 60)),
                )
            )
    Membership.objects.bulk_create(rows, batch_size=5000)


def _registration_events(businesses, owners) -> None:
    rows = []
    for b in businesses:
        owner = None  # the registration event's actor is the owner; not needed for reads
        rows.append(
            RegistrationEvent(
                business=b,
                actor_id=owner,
                from_status="",
                to_status=Business.Status.PENDING,
                created_at=b.created_at,
            )
        )
        if b.status != Business.Status.PENDING:
            rows.append(
                RegistrationEvent(
                    business=b,
                    actor_id=b.approved_by_id,
                    from_status=Business.Status.PENDING,
                    to_status=b.status,
                    comment="" if b.status == Business.Status.APPROVED else "Thiếu giấy phép",
                    created_at=b.approved_at,
                )
            )
    RegistrationEvent.objects.bulk_create(rows, batch_size=5000)


def _journeys(businesses, templates, template_steps, rng, today):
    """Journeys of the approved businesses with their steps at some stage, and the events
    of every move as (index into steps, actor, from, to, when)."""
    journeys, plans = [], []
    for business in businesses:
        if business.status != Business.Status.APPROVED:
            continue
        for template in templates[: rng.choices([1, 2, 3], [55, 30, 15])[0]]:
            started = business.approved_at + timedelta(days=rng.randrange(0, 90))
            journeys.append(
                Journey(
                    business=business,
                    template=template,
                    title=template.title,
                    title_en=template.title_en,
                    platform=template.platform,
                    started_on=min(started.date(), today),
                    created_at=started,
                )
            )
            plans.append((business, template))
    Journey.objects.bulk_create(journeys, batch_size=5000)
    steps, events = [], []
    for journey, (business, template) in zip(journeys, plans, strict=True):
        snapshot = template_steps[template.pk]
        done = _stage(len(snapshot), rng)
        staff = business.approved_by_id
        due = journey.started_on
        for position, ts in enumerate(snapshot, start=1):
            due = workdays.add_working_days(due, ts.duration_days)
            moved = journey.created_at + timedelta(days=position * 3)
            status, submitted_at = S.TODO, None
            if position <= done:
                status = S.SKIPPED if ts.optional and rng.random() < 0.4 else S.APPROVED
            elif position == done + 1:
                status = rng.choices(
                    [S.SUBMITTED, S.IN_PROGRESS, S.CHANGES_REQUESTED, S.TODO], [30, 25, 10, 35]
                )[0]
            if status in (S.SUBMITTED, S.CHANGES_REQUESTED) or (
                status == S.APPROVED and ts.review_required
            ):
                submitted_at = moved
            index = len(steps)
            steps.append(
                JourneyStep(
                    journey=journey,
                    position=position,
                    depends_on=list(ts.depends_on),
                    due_date=due,
                    status=status,
                    submitted_at=submitted_at,
                    evidence_text=f"https://shop.example/{business.pk}"
                    if submitted_at and ts.evidence == "url"
                    else "",
                    reviewer_comment="Bổ sung ảnh chụp màn hình"
                    if status == S.CHANGES_REQUESTED
                    else "",
                    version=1 + (status != S.TODO) + bool(submitted_at),
                    updated_at=moved,
                    **services._step_fields(ts),
                )
            )
            if status != S.TODO:
                events.append((index, None, S.TODO, S.IN_PROGRESS, moved - timedelta(days=1)))
            if submitted_at:
                events.append((index, None, S.IN_PROGRESS, S.SUBMITTED, submitted_at))
            if status in (S.APPROVED, S.CHANGES_REQUESTED) and submitted_at:
                events.append((index, staff, S.SUBMITTED, status, moved + timedelta(days=1)))
        required = [ts for ts in snapshot if not ts.optional]
        if done >= len(snapshot) and required:
            journey.status = Journey.Status.COMPLETED
            journey.completed_at = journey.created_at + timedelta(days=3 * len(snapshot) + 1)
    JourneyStep.objects.bulk_create(steps, batch_size=5000)
    finished = [j for j in journeys if j.status == Journey.Status.COMPLETED]
    Journey.objects.bulk_update(finished, ["status", "completed_at"], batch_size=2000)
    return journeys, steps, events
