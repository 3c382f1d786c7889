from portal import roles
from portal.models import Profile


def official_profiles_for_staff(user):
    """Profiles of people who say they are state officials, in the staff member's
    provinces (national admins: all), pending first."""
    qs = Profile.objects.filter(learner_type=Profile.LearnerType.OFFICIAL).select_related(
        "user", "province"
    )
    qs = roles.scope_queryset(qs, user, role=roles.STAFF)
    return qs.order_by("-official_status", "full_name")
