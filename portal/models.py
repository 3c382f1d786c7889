from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.text import validate_name


class User(AbstractUser):
    """The portal's user. People sign in by e-mail (allauth); the username is internal."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def display_name(self) -> str:
        profile = getattr(self, "profile", None)
        return (profile.full_name if profile and profile.full_name else "") or self.email

    # Wagtail's admin and its e-mails ("Hello …", "Edited by …") and allauth's name people by
    # these; the username is internal and never shown.
    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name


class ProvinceQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)


class Province(models.Model):
    """A provincial-level unit. The 34 current units are active; the 63 former units stay
    as records pointing at the unit they merged into, so old addresses still resolve."""

    class Kind(models.TextChoices):
        CITY = "city", _("centrally-run city")
        PROVINCE = "province", _("province")

    code = models.PositiveSmallIntegerField(_("code"))
    name = models.CharField(_("name"), max_length=100)
    codename = models.SlugField(_("code name"), max_length=60)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, blank=True)
    is_current = models.BooleanField(_("current unit"), default=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="former_units",
        limit_choices_to={"is_current": True},
    )

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["-is_current", "name"]
        constraints = [
            # Codes of former and current units overlap (15 was Yên Bái, is now Lào Cai).
            models.UniqueConstraint(fields=["code", "is_current"], name="province_code_per_era"),
        ]

    def __str__(self):
        return self.name if self.is_current else _("%(name)s (former)") % {"name": self.name}

    @property
    def current_unit(self) -> "Province":
        return self if self.is_current else self.merged_into


class Profile(models.Model):
    """What the portal needs to know about a person beyond their login."""

    class LearnerType(models.TextChoices):
        BUSINESS = "business", _("Business")
        OFFICIAL = "official", _("State official")
        OTHER = "other", _("Other")

    class OfficialStatus(models.TextChoices):
        NONE = "none", _("Not an official")
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        validators=[validate_name],
        help_text=_("As it will be printed on certificates."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        on_delete=models.PROTECT,
        limit_choices_to={"is_current": True},
        related_name="+",
    )
    learner_type = models.CharField(
        _("learner type"), max_length=10, choices=LearnerType.choices, default=LearnerType.OTHER
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="vi",
        help_text=_("The language of the e-mails the portal sends: the one last chosen."),
    )
    official_status = models.CharField(
        _("official status"),
        max_length=10,
        choices=OfficialStatus.choices,
        default=OfficialStatus.NONE,
        help_text=_("Staff of the province approve state officials."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.full_name or str(self.user)

    @property
    def is_complete(self) -> bool:
        return bool(self.full_name and self.province_id)

    @property
    def is_approved_official(self) -> bool:
        return (
            self.learner_type == self.LearnerType.OFFICIAL
            and self.official_status == self.OfficialStatus.APPROVED
        )


class ProvinceCollection(models.Model):
    """The Wagtail collection (images and documents) of one province, or the shared
    national one (no province). Province collections are private: their trainers choose
    from them, and a document in one is served only to those who may choose it or when a
    live page that the visitor may see uses it (portal/media.py)."""

    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        on_delete=models.CASCADE,
        related_name="province_link",
    )
    province = models.OneToOneField(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="media_collection",
        help_text=_("Empty for the shared national collection."),
    )

    class Meta:
        verbose_name = _("province collection")
        verbose_name_plural = _("province collections")

    def __str__(self):
        return str(self.province or _("National"))


class Notification(models.Model):
    """Something that needs a person: shown at /notifications/ (the header counts the
    unread ones) and, as they chose for its kind (portal/notifications.py), e-mailed at
    once, in the daily digest or not at all. Title and body are rendered from templates
    in both languages when it is made (`x` / `x_en`), so the page follows the reader's
    language and the e-mail the recipient's."""

    class Email(models.TextChoices):
        NONE = "none", _("Not by e-mail")
        IMMEDIATE = "immediate", _("By e-mail at once")
        DAILY = "daily", _("In one e-mail a day (digest)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(
        _("kind"), max_length=40, help_text=_("One of the kinds in portal/notifications.py.")
    )
    key = models.CharField(
        _("key"),
        max_length=150,
        blank=True,
        help_text=_("What it is about, e.g. “step-approved:12”: one notification per key."),
    )
    title = models.CharField(_("title"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)
    body_en = models.TextField(_("text (English)"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    email = models.CharField(_("e-mail"), max_length=10, choices=Email.choices, default=Email.NONE)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The header's unread count and the page's list.
            models.Index(fields=["user", "read_at"], name="notification_user_read"),
            models.Index(fields=["user", "-created_at"], name="notification_user_created"),
            # The daily digest's queue stays small: only what still waits for it.
            models.Index(
                fields=["user"],
                condition=models.Q(email="daily", emailed_at__isnull=True),
                name="notification_digest_queue",
            ),
        ]
        constraints = [
            # A redelivered task or a repeated event notifies once.
            models.UniqueConstraint(
                fields=["user", "key"],
                condition=~models.Q(key=""),
                name="notification_once_per_key",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """How a person wants one kind of notification e-mailed; without a row, the kind's
    default (portal/notifications.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(_("kind"), max_length=40)
    email = models.CharField(_("e-mail"), max_length=10, choices=Notification.Email.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_once")
        ]

    def __str__(self):
        return f"{self.user} · {self.kind}: {self.email}"
