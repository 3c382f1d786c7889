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
    return profile


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
