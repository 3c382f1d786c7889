from dataclasses import dataclass

from allauth.account.models import EmailAddress

from portal import notifications, roles
from portal.models import Notification, NotificationPreference, Profile


def official_profiles_for_staff(*, user):
    """Profiles of people who say they are state officials, in the staff member's
    provinces (national admins: all), pending first."""
    qs = Profile.objects.filter(learner_type=Profile.LearnerType.OFFICIAL).select_related(
        "user", "province"
    )
    qs = roles.scope_queryset(qs, user, role=roles.STAFF)
    return qs.order_by("-official_status", "full_name")


def verified_emails(*, user) -> set[str]:
    """The e-mail addresses (lower case) that `user` has proved they receive: allauth's
    verified EmailAddress rows. `user.email` alone proves nothing (it may come from a
    log-in path that never checked it), so anything granted to an address asks this."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return {
        email.lower()
        for email in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    }


def notification_list_for_user(*, user):
    """`user`'s notifications, newest first (only their own: nobody reads another's)."""
    return Notification.objects.filter(user=user).order_by("-created_at", "-pk")


def notification_unread_count(*, user) -> int:
    """How many of `user`'s notifications are unread: one indexed query."""
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


@dataclass(frozen=True, slots=True)
class EmailPreference:
    """How a kind of notification is e-mailed to someone (a Notification.Email value)."""

    kind: notifications.Kind
    email: str


def notification_preferences_for_user(*, user) -> list[EmailPreference]:
    """The kinds `user` can receive (staff kinds only for onboarding staff and national
    admins), in order, each with their choice or the kind's default."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "email"))
    is_staff = roles.has_role(user, roles.STAFF)
    return [
        EmailPreference(kind=kind, email=chosen.get(kind.key, kind.default_email))
        for kind in notifications.KINDS
        if kind.audience == notifications.LEARNERS or is_staff
    ]
