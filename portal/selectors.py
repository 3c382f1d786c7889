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


def verified_emails(user) -> set[str]:
    """The e-mail addresses (lower case) that `user` has proved they receive: allauth's
    verified EmailAddress rows. `user.email` alone proves nothing (it may come from a
    log-in path that never checked it), so anything granted to an address asks this."""
    from allauth.account.models import EmailAddress

    if not getattr(user, "is_authenticated", False):
        return set()
    return {
        email.lower()
        for email in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    }
