from django.db import transaction

from portal.models import Profile

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
