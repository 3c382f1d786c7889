"""Roles and the one province-scoping helper.

Roles are groups (DESIGN.md): "Trainers: <province>", "Reviewers: <province>",
"Onboarding staff: <province>", and "National admins". Scope is applied to querysets,
never in templates; a record outside your scope answers 404 so its existence does not leak.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404

from portal.models import Province

NATIONAL_ADMINS = "National admins"
# A national group that edits the journey templates (national admins do too); provincial
# onboarding staff only read them.
JOURNEY_EDITORS = "Journey editors"
TRAINERS = "trainers"
REVIEWERS = "reviewers"
STAFF = "staff"

GROUP_PREFIXES = {
    TRAINERS: "Trainers: ",
    REVIEWERS: "Reviewers: ",
    STAFF: "Onboarding staff: ",
}


def group_name(role: str, province) -> str:
    """The group name of a provincial role, e.g. "Onboarding staff: Thành phố Hà Nội"."""
    return GROUP_PREFIXES[role] + province.name


def is_national_admin(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return NATIONAL_ADMINS in _group_names(user)


def provinces_for(user, role: str) -> QuerySet:
    """The current provinces in which `user` holds `role` (national admins: all)."""
    if is_national_admin(user):
        return Province.objects.current()
    prefix = GROUP_PREFIXES[role]
    names = [n[len(prefix) :] for n in _group_names(user) if n.startswith(prefix)]
    return Province.objects.current().filter(name__in=names)


def has_role(user, role: str) -> bool:
    if is_national_admin(user):
        return True
    prefix = GROUP_PREFIXES[role]
    return any(n.startswith(prefix) for n in _group_names(user))


def scope_queryset(queryset: QuerySet, user, *, role: str = STAFF, field: str = "province"):
    """Narrows `queryset` to what `user` may see in `role`: national admins see all,
    provincial roles their own provinces, everyone else nothing. `field` is the lookup
    path of the record's current province (e.g. "business__province"). The provinces are
    a subquery: scoping costs no query of its own, however many panels a page scopes."""
    if is_national_admin(user):
        return queryset
    if not user.is_authenticated or not has_role(user, role):
        return queryset.none()
    return queryset.filter(**{f"{field}__in": provinces_for(user, role).values("pk")})


def get_scoped_or_404(queryset: QuerySet, user, *, role: str = STAFF, field="province", **lookup):
    """One object within the user's scope, or 404 (never 403: existence must not leak)."""
    try:
        return scope_queryset(queryset, user, role=role, field=field).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


def _group_names(user) -> set[str]:
    # Cached on the user object: one query per request however often roles are asked.
    cached = getattr(user, "_portal_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._portal_group_names = cached
    return cached


def users_with_role(role: str, province) -> QuerySet:
    """The active people who hold `role` in `province` (national admins not counted: they
    hold every province and are asked for separately, see national_admins())."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=group_name(role, province))
        .select_related("profile")
        .distinct()
    )


def national_admins() -> QuerySet:
    """The active national admins (superusers and the national group)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=NATIONAL_ADMINS))
        .select_related("profile")
        .distinct()
    )
