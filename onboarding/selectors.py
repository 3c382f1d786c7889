"""Scoped reads of the onboarding app.

Members see their own businesses; staff the businesses of their province (national
admins: all) through portal.roles. The `*_scope_*` selectors are the querysets a user may
open one record of: the views answer 404 for anything else. The staff dashboard's reads
are aggregates with a fixed number of queries, whatever the number of businesses, kept
in the cache between writes (onboarding/figures.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Generic, TypeVar

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Concat, Lower
from django.utils import timezone

from onboarding import figures, journeys, workdays
from onboarding.filters import StaffFilters
from onboarding.models import (
    INVITATION_VALID_DAYS,
    Business,
    EvidenceFile,
    Invitation,
    Journey,
    JourneyStep,
    JourneyTemplate,
    Membership,
    Platform,
    StepMessage,
    TemplateStep,
)
from onboarding.taxcode import normalise
from portal import roles
from portal import selectors as portal_selectors

S = JourneyStep.Status
T = TypeVar("T")

# --- members ------------------------------------------------------------------------------


def business_list_for_member(*, user) -> QuerySet:
    """The businesses `user` belongs to, with their journeys and steps prefetched."""
    return (
        Business.objects.filter(memberships__user=user)
        .select_related("province", "former_province")
        .prefetch_related(
            Prefetch(
                "journeys",
                queryset=Journey.objects.prefetch_related(
                    Prefetch("steps", queryset=JourneyStep.objects.order_by("position"))
                ),
            )
        )
        .distinct()
    )


def business_scope_for_member(*, user) -> QuerySet:
    """The businesses `user` is a member of, each with `my_role` (owner or member)."""
    role = Membership.objects.filter(business=OuterRef("pk"), user=user).values("role")[:1]
    return (
        Business.objects.filter(memberships__user=user)
        .select_related("province", "former_province")
        .annotate(my_role=Subquery(role))
    )


def business_mine_with_tax_code(*, user, tax_code) -> Business | None:
    """The business with this tax code (as typed) if `user` is a member of it."""
    code = normalise(tax_code or "")
    if not code:
        return None
    return Business.objects.filter(tax_code=code, memberships__user=user).first()


def journey_scope_for_member(*, user) -> QuerySet:
    """The journeys of `user`'s businesses, with their steps in order."""
    return (
        Journey.objects.filter(business__memberships__user=user)
        .select_related("business", "template")
        .prefetch_related(
            Prefetch(
                "steps",
                queryset=JourneyStep.objects.order_by("position").select_related("course"),
            )
        )
    )


def step_scope_for_member(*, user) -> QuerySet:
    """The steps of `user`'s businesses' journeys."""
    return JourneyStep.objects.filter(journey__business__memberships__user=user).select_related(
        "journey__business", "course"
    )


def course_completing(*, step: JourneyStep):
    """The live course whose completion completes `step`, or None, so the step's page can
    name it and link to it. No query when `step` was read with its course."""
    course = step.course
    return course if course is not None and course.live else None


def _visible_through_business(user, path: str) -> Q:
    """The records whose business (at the lookup `path`) `user` is a member of, or is
    onboarding staff of its province (national admins: all)."""
    staff = roles.scope_queryset(Business.objects.all(), user, role=roles.STAFF)
    return Q(**{f"{path}__memberships__user": user}) | Q(**{f"{path}__in": staff.values("pk")})


def evidence_scope_for_user(*, user) -> QuerySet:
    """Evidence files for the members of their business and staff of its province."""
    if not user.is_authenticated:
        return EvidenceFile.objects.none()
    return (
        EvidenceFile.objects.filter(_visible_through_business(user, "step__journey__business"))
        .select_related("step__journey__business")
        .distinct()
    )


def message_attachment_scope_for_user(*, user) -> QuerySet:
    """Step messages with an attachment, for the members of their business and staff of
    its province (the two sides of the conversation)."""
    if not user.is_authenticated:
        return StepMessage.objects.none()
    return (
        StepMessage.objects.exclude(attachment="")
        .filter(_visible_through_business(user, "step__journey__business"))
        .select_related("step__journey__business")
        .distinct()
    )


def step_messages(*, step: JourneyStep) -> QuerySet[StepMessage]:
    """The conversation on `step`, oldest first, with who wrote each. One query."""
    return step.messages.select_related("author__profile")


def steps_needing_member(*, user, limit: int = 10) -> QuerySet[JourneyStep]:
    """Steps of `user`'s businesses where staff requested changes, the latest first,
    with their journey and business (for the overview and the home page). One query."""
    if not getattr(user, "is_authenticated", False):
        return JourneyStep.objects.none()
    return (
        JourneyStep.objects.filter(
            journey__business__memberships__user=user, status=S.CHANGES_REQUESTED
        )
        .select_related("journey__business")
        .order_by("-updated_at", "pk")[:limit]
    )


def province_contacts(*, province, limit: int = 3) -> QuerySet:
    """Active onboarding staff of `province` (not national admins), whom a business can
    contact about its registration and its steps. One query."""
    return roles.users_with_role(roles.STAFF, province).order_by("pk")[:limit]


def invitations_pending_for(*, user) -> QuerySet[Invitation]:
    """Invitations sent to one of `user`'s verified e-mail addresses that they have not
    accepted yet (a newcomer who signed up after being invited finds them on
    /onboarding/). An address the user has not verified lists nothing."""
    emails = portal_selectors.verified_emails(user=user)
    if not emails:
        return Invitation.objects.none()
    return (
        Invitation.objects.annotate(address=Lower("email"))
        .filter(
            address__in=emails,
            accepted_at__isnull=True,
            created_at__gt=timezone.now() - timedelta(days=INVITATION_VALID_DAYS),
        )
        .exclude(business__memberships__user=user)
        .select_related("business")
        .order_by("created_at")
    )


def invitation_address_state(*, user, invitation: Invitation) -> str:
    """Whether the invitation's address is one `user` has verified ("verified"), one on
    their account but not verified yet ("unverified": they must confirm it first), or
    not theirs at all ("other")."""
    address = invitation.email.lower()
    if address in portal_selectors.verified_emails(user=user):
        return "verified"
    claimed = EmailAddress.objects.filter(user=user, email__iexact=address).exists()
    if claimed or address == (getattr(user, "email", "") or "").lower():
        return "unverified"
    return "other"


@dataclass(frozen=True)
class StepLink:
    """Where a course lesson's `<template key>:<step key>` link leads for one user."""

    step: JourneyStep | None = None
    journey: Journey | None = None
    template: JourneyTemplate | None = None
    template_step: TemplateStep | None = None


def step_link_resolve(*, user, value: str) -> StepLink | None:
    """Resolves `?step=<template key>:<step key>` (the onboarding_step blocks of course
    lessons): the user's matching journey step; else their journey on that template (the
    step is not in the version they started); else the template on offer with its step,
    so they can start it; None when nothing matches (the link is then ignored)."""
    template_key, _sep, step_key = (value or "").strip().partition(":")
    template_key, step_key = template_key.strip(), step_key.strip()
    if not template_key or len(template_key) > 60 or len(step_key) > 60:
        return None
    mine = JourneyStep.objects.filter(
        journey__business__memberships__user=user, journey__template__key=template_key
    )
    if step_key:
        step = mine.filter(key=step_key).order_by("-journey__created_at", "pk").first()
        if step is not None:
            return StepLink(step=step)
    journey = (
        Journey.objects.filter(business__memberships__user=user, template__key=template_key)
        .order_by("-created_at", "pk")
        .first()
    )
    if journey is not None:
        return StepLink(journey=journey)
    template = templates_available().filter(key=template_key).first()
    if template is None:
        return None
    template_step = template.steps.filter(key=step_key).first() if step_key else None
    return StepLink(template=template, template_step=template_step)


def templates_available() -> QuerySet:
    return JourneyTemplate.objects.filter(is_active=True).order_by("title")


# --- staff --------------------------------------------------------------------------------


def member_business_ids(*, user) -> frozenset[int]:
    """The businesses `user` is an owner or member of; cached on the user object, so a
    page that asks for every row costs one query."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_onboarding_business_ids", None)
    if cached is None:
        cached = frozenset(
            Membership.objects.filter(user=user).values_list("business_id", flat=True)
        )
        user._onboarding_business_ids = cached
    return cached


def review_conflict(*, user, business) -> bool:
    """THE rule of who must not decide on a business: its own owners and members, staff
    or national admins alike, never decide its registration or review its steps (the
    readiness certificate follows from those decisions). Views, the review queue and the
    services ask this; certification refuses a holder revoking their own certificate
    by the same token (a business's members hold its certificates)."""
    business_id = getattr(business, "pk", business)
    return business_id in member_business_ids(user=user)


def businesses_without_reviewer(*, business_ids) -> set[int]:
    """Of `business_ids`, those that no active onboarding staff member of their province
    may review (there is none, or all are its members): national admins review them.
    One query."""
    ids = set(business_ids)
    if not ids:
        return set()
    members = Membership.objects.filter(user=OuterRef("pk"), business=OuterRef(OuterRef("pk")))
    reviewers = (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__name=Concat(
                Value(roles.GROUP_PREFIXES[roles.STAFF]), OuterRef("province__name")
            ),
        )
        .filter(~Exists(members))
    )
    return set(
        Business.objects.filter(pk__in=ids)
        .annotate(has_reviewer=Exists(reviewers))
        .filter(has_reviewer=False)
        .values_list("pk", flat=True)
    )


@dataclass(frozen=True)
class Reviewable(Generic[T]):
    """A row of a staff list (a business, a step) with who may decide on its business:
    `conflict` (the user is a member of it: they cannot review it) and `needs_national`
    (nobody in the province may review it, so national admins do)."""

    item: T
    conflict: bool
    needs_national: bool


def reviewables(*, user, rows: Iterable[T], business=lambda row: row) -> tuple[Reviewable[T], ...]:
    """Each of `rows` as a `Reviewable` for `user`, in order; `business(row)` is the row's
    business. `needs_national` is asked only for national admins and for the user's own
    businesses. Two queries at most, whatever the number of rows."""
    rows = list(rows)
    national = roles.is_national_admin(user)
    conflicts = [review_conflict(user=user, business=business(row)) for row in rows]
    orphans = businesses_without_reviewer(
        business_ids=[
            business(row).pk
            for row, conflict in zip(rows, conflicts, strict=True)
            if national or conflict
        ]
    )
    return tuple(
        Reviewable(item=row, conflict=conflict, needs_national=business(row).pk in orphans)
        for row, conflict in zip(rows, conflicts, strict=True)
    )


def reviewable(*, user, business: Business) -> Reviewable[Business]:
    """`business` as a `Reviewable` for `user` (see `reviewables`)."""
    return reviewables(user=user, rows=[business])[0]


def _staff_businesses(*, user, filters: StaffFilters) -> QuerySet:
    qs = roles.scope_queryset(Business.objects.all(), user, role=roles.STAFF, field="province")
    return filters.narrow(qs)


def _readiness_counts(qs: QuerySet) -> QuerySet:
    required = Q(journeys__steps__optional=False)
    return qs.annotate(
        required_steps=Count("journeys__steps", filter=required, distinct=True),
        approved_steps=Count(
            "journeys__steps",
            filter=required & Q(journeys__steps__status=S.APPROVED),
            distinct=True,
        ),
        journey_count=Count("journeys", distinct=True),
        completed_journeys=Count(
            "journeys", filter=Q(journeys__status=Journey.Status.COMPLETED), distinct=True
        ),
    )


def _approved_for_staff(*, user, filters: StaffFilters) -> QuerySet:
    return (
        _staff_businesses(user=user, filters=filters)
        .filter(status=Business.Status.APPROVED)
        .order_by("name", "pk")
    )


def business_list_for_staff(*, user, filters: StaffFilters) -> QuerySet:
    """Approved businesses in scope with their readiness, one query (annotated)."""
    return _readiness_counts(
        _approved_for_staff(user=user, filters=filters).select_related(
            "province", "former_province"
        )
    )


@dataclass(frozen=True, slots=True)
class BusinessProgress:
    """A business of the staff list with the counts its readiness is read from."""

    business: Business
    required_steps: int
    approved_steps: int
    journey_count: int
    completed_journeys: int

    @property
    def readiness(self) -> int:
        return journeys.business_readiness(self)


def business_page_for_staff(*, user, filters: StaffFilters, number, per_page: int = 50) -> Page:
    """One page of `business_list_for_staff` as `BusinessProgress` rows, four queries: the
    count and the page are read from the businesses alone (along an index), and only the
    page's businesses have their journeys and steps counted (by business, through the
    indexes on their foreign keys), not the province's thousands."""
    approved = _approved_for_staff(user=user, filters=filters)
    page = Paginator(approved.select_related("province", "former_province"), per_page).get_page(
        number
    )
    businesses = list(page.object_list)
    ids = [b.pk for b in businesses]
    steps = {
        row["journey__business"]: row
        for row in JourneyStep.objects.filter(journey__business__in=ids, optional=False)
        .values("journey__business")
        .annotate(required=Count("pk"), approved=Count("pk", filter=Q(status=S.APPROVED)))
        .order_by()
    }
    started = {
        row["business"]: row
        for row in Journey.objects.filter(business__in=ids)
        .values("business")
        .annotate(n=Count("pk"), completed=Count("pk", filter=Q(status=Journey.Status.COMPLETED)))
        .order_by()
    }
    page.object_list = [
        BusinessProgress(
            business=business,
            required_steps=steps.get(business.pk, {}).get("required", 0),
            approved_steps=steps.get(business.pk, {}).get("approved", 0),
            journey_count=started.get(business.pk, {}).get("n", 0),
            completed_journeys=started.get(business.pk, {}).get("completed", 0),
        )
        for business in businesses
    ]
    return page


def business_pending_for_staff(*, user, filters: StaffFilters) -> QuerySet:
    """Registrations waiting for a decision, oldest first, each with `other_claims`: how
    many other registrations (any province, any status but rejected) have its tax code."""
    others = (
        Business.objects.filter(tax_code=OuterRef("tax_code"))
        .exclude(pk=OuterRef("pk"))
        .exclude(status=Business.Status.REJECTED)
        .order_by()
        .values("tax_code")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        _staff_businesses(user=user, filters=filters)
        .filter(status=Business.Status.PENDING)
        .annotate(other_claims=Coalesce(Subquery(others), 0))
        .select_related("province")
        .order_by("created_at")
    )


def tax_code_claims(*, user, business: Business) -> QuerySet[Business]:
    """The other registrations with `business`'s tax code, oldest first, for staff to
    compare side by side: each with `in_scope` (its details and page are the user's to
    see; otherwise the page shows only its province, status and date) and its owners
    prefetched. Three queries at most."""
    scope = roles.scope_queryset(Business.objects.all(), user, role=roles.STAFF)
    in_scope = Exists(scope.filter(pk=OuterRef("pk")))
    return (
        Business.objects.filter(tax_code=business.tax_code)
        .exclude(pk=business.pk)
        .select_related("province")
        .annotate(in_scope=in_scope)
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(role=Membership.Role.OWNER).select_related(
                    "user__profile"
                ),
                to_attr="owners",
            )
        )
        .order_by("created_at", "pk")
    )


def business_scope_for_staff(*, user) -> QuerySet:
    """The businesses of the provinces where `user` is onboarding staff (national admins:
    all; anyone else: none)."""
    return roles.scope_queryset(
        Business.objects.select_related("province", "former_province").prefetch_related(
            "ocop_products", "memberships__user__profile"
        ),
        user,
        role=roles.STAFF,
        field="province",
    )


def _staff_steps(*, user, filters: StaffFilters) -> QuerySet:
    qs = roles.scope_queryset(
        JourneyStep.objects.all(), user, role=roles.STAFF, field="journey__business__province"
    ).filter(journey__business__status=Business.Status.APPROVED)
    return filters.narrow(qs, business="journey__business__", journey="journey__")


def _review_queue_qs(*, user, filters: StaffFilters) -> QuerySet:
    return (
        _staff_steps(user=user, filters=filters)
        .filter(status=S.SUBMITTED)
        .select_related("journey__business__province")
        .order_by("submitted_at", "pk")
    )


def review_queue(*, user, filters: StaffFilters, limit: int = 50) -> QuerySet[JourneyStep]:
    """Submitted steps in scope, oldest first."""
    return _review_queue_qs(user=user, filters=filters)[:limit]


@dataclass(frozen=True)
class WaitingCounts:
    """How many steps in scope wait: submitted for review, and past their due date."""

    submitted: int
    overdue: int


def waiting_counts(*, user, filters: StaffFilters, today=None) -> WaitingCounts:
    """How many steps in scope are submitted and how many overdue (the dashboard lists
    only the oldest of each), in one query."""
    today = today or timezone.localdate()
    return WaitingCounts(
        **_staff_steps(user=user, filters=filters).aggregate(
            submitted=Count("pk", filter=Q(status=S.SUBMITTED)),
            overdue=Count("pk", filter=journeys.overdue_q(today)),
        )
    )


def _overdue_qs(*, user, filters: StaffFilters, today) -> QuerySet:
    return (
        _staff_steps(user=user, filters=filters)
        .filter(journeys.overdue_q(today))
        .select_related("journey__business__province")
        .order_by("due_date", "pk")
    )


def overdue_steps(
    *, user, filters: StaffFilters, today=None, limit: int = 50
) -> QuerySet[JourneyStep]:
    """Steps in scope past their due date, the longest overdue first."""
    today = today or timezone.localdate()
    return _overdue_qs(user=user, filters=filters, today=today)[:limit]


def step_scope_for_staff(*, user) -> QuerySet:
    """The journey steps of the businesses in `user`'s staff scope."""
    return roles.scope_queryset(
        JourneyStep.objects.select_related(
            "journey__business__province", "journey__template", "course"
        ).prefetch_related("files", "events__actor__profile"),
        user,
        role=roles.STAFF,
        field="journey__business__province",
    )


@dataclass(frozen=True)
class FunnelStep:
    """A step of the funnel: how many businesses have started it and how many have it
    done, `percent` of the step most started."""

    position: int
    key: str
    title: str
    title_en: str
    started: int
    done: int
    percent: int


def funnel(*, user, filters: StaffFilters) -> tuple[FunnelStep, ...]:
    """For the chosen template: how many businesses have each step done (approved or
    skipped), in step order. One query."""
    if filters.template is None:
        return ()
    rows = (
        _staff_steps(user=user, filters=filters)
        .filter(journey__template=filters.template)
        .values("position", "key", "title", "title_en")
        .annotate(
            started=Count("journey__business", distinct=True),
            done=Count(
                "journey__business",
                filter=Q(status__in=(S.APPROVED, S.SKIPPED)),
                distinct=True,
            ),
        )
        .order_by("position")
    )
    # Journeys may span template versions: merge rows by key, keeping the first position.
    merged: dict[str, dict] = {}
    for row in rows:
        entry = merged.setdefault(row["key"], {**row, "started": 0, "done": 0})
        entry["started"] += row["started"]
        entry["done"] += row["done"]
    top = max((r["started"] for r in merged.values()), default=0) or 1
    return tuple(
        FunnelStep(
            position=row["position"],
            key=row["key"],
            title=row["title"],
            title_en=row["title_en"],
            started=row["started"],
            done=row["done"],
            percent=round(100 * row["done"] / top),
        )
        for row in merged.values()
    )


def _counts_by_platform(*, user, filters: StaffFilters) -> list[dict]:
    qs = roles.scope_queryset(
        Journey.objects.filter(business__status=Business.Status.APPROVED),
        user,
        role=roles.STAFF,
        field="business__province",
    )
    # Every platform is counted: the platform filter would leave one bar.
    qs = replace(filters, platform=None).narrow(qs, business="business__", journey="")
    return list(qs.values("platform").annotate(n=Count("business", distinct=True)).order_by("-n"))


def _counts_by_sector(*, user, filters: StaffFilters) -> list[dict]:
    qs = _staff_businesses(user=user, filters=filters).filter(status=Business.Status.APPROVED)
    return list(qs.values("sector").annotate(n=Count("pk", distinct=True)).order_by("-n"))


@dataclass(frozen=True)
class Bar:
    """A bar of a dashboard chart: a choice (a platform, a sector), its label in the
    request's language, how many businesses have it, and `percent` of the longest bar."""

    value: str
    label: str
    n: int
    percent: int


def _bars(rows: list[dict], field: str, labels: dict) -> tuple[Bar, ...]:
    top = max((r["n"] for r in rows), default=0) or 1
    return tuple(
        Bar(
            value=row[field],
            label=labels.get(row[field], row[field]),
            n=row["n"],
            percent=round(100 * row["n"] / top),
        )
        for row in rows
    )


@dataclass(frozen=True)
class DashboardFigures:
    """What the staff dashboard shows of its scope beyond the business list and the
    pending registrations."""

    funnel: tuple[FunnelStep, ...]
    by_platform: tuple[Bar, ...]
    by_sector: tuple[Bar, ...]
    counts: WaitingCounts
    queue: tuple[JourneyStep, ...]  # the oldest submitted steps
    overdue: tuple[JourneyStep, ...]  # the oldest overdue steps


def dashboard_scope(*, user, filters: StaffFilters, provinces: list) -> list[int] | None:
    """The provinces (ids) the dashboard of `user` covers with `filters`; None: the whole
    country (a national admin choosing no province)."""
    if filters.province is not None:
        return [filters.province.pk]
    if roles.is_national_admin(user):
        return None
    return [p.pk for p in provinces]


def dashboard_figures(
    *, user, filters: StaffFilters, provinces: list, today=None, limit: int = 50
) -> DashboardFigures:
    """The dashboard's figures for `user` (staff of `provinces`, the provinces they may
    choose from) with `filters`, kept in the cache until a write in one of those provinces
    (onboarding/figures.py): then one query for the lists' steps, the rest from the
    cache. Computed, the figures cost seven queries."""
    today = today or timezone.localdate()
    scope = dashboard_scope(user=user, filters=filters, provinces=provinces)
    key = ":".join(
        str(part)
        for part in (
            "dashboard",
            sorted(scope) if scope is not None else "all",
            filters.platform,
            filters.sector,
            getattr(filters.template, "pk", None),
            today.isoformat(),
            limit,
        )
    )
    scoped = {"user": user, "filters": filters}

    def compute() -> dict:
        return {
            "funnel": funnel(**scoped),
            "by_platform": _counts_by_platform(**scoped),
            "by_sector": _counts_by_sector(**scoped),
            "counts": waiting_counts(**scoped, today=today),
            "queue": list(_review_queue_qs(**scoped).values_list("pk", flat=True)[:limit]),
            "overdue": list(
                _overdue_qs(**scoped, today=today).values_list("pk", flat=True)[:limit]
            ),
        }

    # The rows, not the labels (translated for each request) nor the steps themselves.
    kept = figures.kept(provinces=scope, key=key, compute=compute)
    ids = [*kept["queue"], *kept["overdue"]]
    steps = {}
    if ids:
        steps = {
            s.pk: s
            for s in JourneyStep.objects.filter(pk__in=ids).select_related(
                "journey__business__province"
            )
        }
    return DashboardFigures(
        funnel=kept["funnel"],
        by_platform=_bars(kept["by_platform"], "platform", dict(Platform.choices)),
        by_sector=_bars(kept["by_sector"], "sector", dict(Business.Sector.choices)),
        counts=kept["counts"],
        queue=tuple(steps[pk] for pk in kept["queue"] if pk in steps),
        overdue=tuple(steps[pk] for pk in kept["overdue"] if pk in steps),
    )


# --- reminders ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BusinessOverdue:
    """A business's open steps past their due date, the longest overdue first."""

    business: Business
    steps: tuple[JourneyStep, ...]


def overdue_by_business(*, today: date) -> tuple[BusinessOverdue, ...]:
    """Open steps past their due date, grouped by business (approved businesses only)."""
    grouped: dict[int, list[JourneyStep]] = {}
    steps = (
        JourneyStep.objects.filter(
            journeys.overdue_q(today), journey__business__status=Business.Status.APPROVED
        )
        .select_related("journey__business")
        .order_by("due_date")
    )
    for step in steps:
        grouped.setdefault(step.journey.business_id, []).append(step)
    return tuple(
        BusinessOverdue(business=group[0].journey.business, steps=tuple(group))
        for group in grouped.values()
    )


@dataclass(frozen=True)
class ProvinceWaiting:
    """How many submitted steps of a province's businesses wait for review too long."""

    province_id: int
    count: int


def reviews_waiting_by_province(
    *, today: date, older_than_days: int = 2
) -> tuple[ProvinceWaiting, ...]:
    """How many submitted steps of approved businesses (those the review queue shows)
    wait more than `older_than_days` working days, by the current province of their
    business."""
    counts: dict[int, int] = {}
    rows = JourneyStep.objects.filter(
        status=S.SUBMITTED,
        submitted_at__isnull=False,
        journey__business__status=Business.Status.APPROVED,
    ).values_list("journey__business__province_id", "submitted_at")
    for province_id, submitted_at in rows:
        submitted_on = timezone.localtime(submitted_at).date()
        if workdays.working_days_between(submitted_on, today) > older_than_days:
            counts[province_id] = counts.get(province_id, 0) + 1
    return tuple(ProvinceWaiting(province_id=pk, count=n) for pk, n in counts.items())


# --- registrations ------------------------------------------------------------------------


def registration_events(*, business: Business) -> QuerySet:
    """The registration's history, oldest first, with who did each move."""
    return business.registration_events.select_related("actor__profile")


def registration_decision(*, business: Business):
    """The latest staff decision (approval or rejection) on the registration, or None."""
    return (
        business.registration_events.filter(
            to_status__in=(Business.Status.APPROVED, Business.Status.REJECTED)
        )
        .select_related("actor__profile")
        .order_by("-created_at", "-pk")
        .first()
    )
