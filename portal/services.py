from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme

from portal import notifications, privatecache, tasks
from portal.i18n import language_of
from portal.models import Notification, NotificationPreference, Profile, User
from portal.text import email_subject, one_line

PROFILE_FIELDS = ("full_name", "phone", "province", "learner_type", "organisation")


@transaction.atomic
def profile_update(*, user, data: dict) -> Profile:
    """Creates or updates the user's profile from cleaned form data. Choosing "state
    official" asks staff for approval; it never approves itself. Idempotent."""
    profile, _ = Profile.objects.select_for_update().get_or_create(
        user=user, defaults={"full_name": data.get("full_name", "")}
    )
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(profile, field, data[field])
    if profile.learner_type == Profile.LearnerType.OFFICIAL and profile.official_status in (
        Profile.OfficialStatus.NONE,
        "",
    ):
        profile.official_status = Profile.OfficialStatus.PENDING
    if profile.learner_type != Profile.LearnerType.OFFICIAL:
        profile.official_status = Profile.OfficialStatus.NONE
    profile.full_clean(exclude=["user"])
    profile.save()
    user_name_sync(user=user, full_name=profile.full_name)
    return profile


def user_name_sync(*, user, full_name: str) -> None:
    """Keeps User.first_name (last_name empty) in step with the profile's full name: Wagtail's
    admin sidebar names people by first_name and falls back to their e-mail. Idempotent."""
    first_name = full_name[: user._meta.get_field("first_name").max_length]
    if (user.first_name, user.last_name) != (first_name, ""):
        user.first_name, user.last_name = first_name, ""
        user.save(update_fields=["first_name", "last_name"])


@transaction.atomic
def official_review(*, profile: Profile, approve: bool, by) -> Profile:
    """Staff approve (or reject) a person's claim to be a state official, which opens the
    officials-only courses. The caller has checked scope. Idempotent."""
    profile = Profile.objects.select_for_update().get(pk=profile.pk)
    if profile.learner_type != Profile.LearnerType.OFFICIAL:
        raise ValueError("not an official profile")
    profile.official_status = (
        Profile.OfficialStatus.APPROVED if approve else Profile.OfficialStatus.REJECTED
    )
    profile.save(update_fields=["official_status"])
    return profile


# --- notifications ------------------------------------------------------------------------


def _render_plain(name: str, context: dict) -> str:
    """A text template rendered without HTML escaping: notifications hold plain text,
    escaped once where they are shown (and never in an e-mail)."""
    return get_template(name).template.render(Context(context, autoescape=False)).strip()


def _render_both(template: str, context: dict) -> dict[str, str]:
    """`<template>_title.txt` and (if it exists) `<template>.txt`, in Vietnamese and in
    English: {"title", "title_en", "body", "body_en"}."""
    fields = {}
    for language, suffix in (("vi", ""), ("en", "_en")):
        with translation.override(language):
            title = one_line(_render_plain(f"{template}_title.txt", context))
            fields["title" + suffix] = title[: Notification._meta.get_field("title").max_length]
            try:
                fields["body" + suffix] = _render_plain(f"{template}.txt", context)
            except TemplateDoesNotExist:
                fields["body" + suffix] = ""
    return fields


def _safe_path(url: str) -> str:
    """Only links into the portal: a path, never another site."""
    if url and url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return url
    return ""


def notify(
    *,
    user,
    kind: str,
    template: str,
    context: dict | None = None,
    url: str = "",
    key: str = "",
    own_email: bool = False,
    new_key: bool = False,
) -> Notification | None:
    """Tells `user` about something that needs them. The low layer every app calls.

    `kind` is a key of portal/notifications.py; `template` names two text templates,
    `<template>_title.txt` (one line) and optionally `<template>.txt` (the text), both
    rendered with `context` in Vietnamese and in English; `url` is the portal path of the
    thing. E-mail as the person chose for the kind (else the kind's default): at once (a
    task queued when the transaction commits), in the next daily digest, or not.
    `own_email`: the caller sends its own immediate e-mail for this (a certificate with its
    PDF); the notification then only goes into a digest if the person chose one.

    Idempotent by `key` (per user): a second call with the same key changes nothing and
    returns None, as it does for an inactive user or one without an account.
    `new_key`: the caller vouches that no notification can hold `key` yet (it names a row
    created in the caller's transaction, e.g. a certificate just issued): the row is
    written without first looking for it, nor a savepoint for a concurrent twin."""
    kind_ = notifications.get(kind)
    if user is None or not getattr(user, "is_active", False):
        return None
    if key and not new_key and Notification.objects.filter(user=user, key=key).exists():
        return None
    email = notification_email_choice(user=user, kind=kind_.key)
    notification = Notification(
        user=user,
        kind=kind_.key,
        key=key,
        url=_safe_path(url),
        email=email,
        emailed_at=timezone.now() if own_email and email == notifications.IMMEDIATE else None,
        **_render_both(template, context or {}),
    )
    if new_key:
        notification.save()
    else:
        try:
            with transaction.atomic():  # a savepoint: a concurrent twin loses quietly
                notification.save()
        except IntegrityError:
            if key and Notification.objects.filter(user=user, key=key).exists():
                return None
            raise
    if email == notifications.IMMEDIATE and notification.emailed_at is None:
        tasks.send_notification_email.delay_on_commit(notification.pk)
    return notification


def notification_email_choice(*, user, kind: str) -> str:
    """How `user` wants `kind` e-mailed: their choice, else the kind's default."""
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("email", flat=True)
        .first()
    )
    return chosen or notifications.get(kind).default_email


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path if path else ""


def _send(user, template: str, context: dict) -> None:
    with translation.override(language_of(user)):
        context = {**context, "site_url": settings.SITE_URL.rstrip("/")}
        subject = email_subject(_render_plain(f"{template}_subject.txt", context))
        body = _render_plain(f"{template}.txt", context)
    EmailMessage(subject, body, to=[user.email]).send()


@transaction.atomic
def notification_send_email(*, notification_id: int) -> bool:
    """E-mails one notification at once, in the recipient's language, once: `emailed_at`
    is set in the same transaction (a failed send rolls it back and the task's retry
    sends; a redelivered task finds it set and sends nothing). Returns whether it sent."""
    notification = (
        Notification.objects.select_for_update(of=("self",))
        .select_related("user__profile")
        .filter(pk=notification_id)
        .first()
    )
    if (
        notification is None
        or notification.emailed_at
        or notification.email != notifications.IMMEDIATE
        or not notification.user.is_active
        or not notification.user.email
    ):
        return False
    _send(
        notification.user,
        "portal/email/notification",
        {"notification": notification, "link": _absolute(notification.url)},
    )
    notification.emailed_at = timezone.now()
    notification.save(update_fields=["emailed_at"])
    return True


@transaction.atomic
def notification_digest_send(*, user_id: int) -> int:
    """The daily digest of one person: every notification they chose to get by digest,
    not yet e-mailed nor read on the portal, in one e-mail in their language; then marked
    e-mailed in the same transaction, so a rerun or a redelivered task sends nothing
    again. Returns how many notifications it carried."""
    user = User.objects.select_related("profile").filter(pk=user_id, is_active=True).first()
    if user is None:
        return 0
    pending = Notification.objects.select_for_update().filter(
        user=user, email=notifications.DAILY, emailed_at__isnull=True
    )
    unread = [n for n in pending.order_by("created_at", "pk") if n.read_at is None]
    now = timezone.now()
    # Those read on the portal meanwhile need no e-mail: they leave the queue too.
    pending.update(emailed_at=now)
    if not unread or not user.email:
        return 0
    items = [{"notification": n, "link": _absolute(n.url)} for n in unread]
    _send(user, "portal/email/digest", {"items": items, "count": len(items)})
    return len(items)


def notification_read(*, user, notification_id: int) -> bool:
    """Marks one of `user`'s notifications read. Idempotent; False when it was not
    theirs or already read."""
    read = Notification.objects.filter(user=user, pk=notification_id, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    if read:  # an update sends no signal: the header's count on their cached pages
        privatecache.purge_user(user.pk)
    return bool(read)


def notifications_read_all(*, user) -> int:
    """Marks all of `user`'s notifications read; how many were unread. Idempotent."""
    read = Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    if read:  # an update sends no signal: the header's count on their cached pages
        privatecache.purge_user(user.pk)
    return read


@transaction.atomic
def notification_preferences_update(*, user, choices: dict[str, str]) -> None:
    """Stores how `user` wants each kind e-mailed ({kind: "none" | "immediate" |
    "daily"}); kinds not named keep their setting. Idempotent."""
    valid = {value for value, _label in Notification.Email.choices}
    for kind, email in choices.items():
        notifications.get(kind)
        if email not in valid:
            raise ValueError(f"unknown e-mail choice {email!r}")
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"email": email}
        )
