from portal import roles


def portal(request):
    """Navigation flags for base.html (which links a person sees)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_staff": False, "nav_admin": False}
    return {
        "nav_staff": roles.has_role(user, roles.STAFF),
        "nav_admin": user.is_staff or roles.has_role(user, roles.TRAINERS),
    }
