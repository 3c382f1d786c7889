from django.utils.functional import SimpleLazyObject

from portal import roles
from portal.selectors import notification_unread_count


def portal(request):
    """Navigation flags for base.html (which links a person sees), and the unread
    notifications' count: asked only when a template shows it, once per request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_staff": False, "nav_admin": False}
    return {
        "nav_staff": roles.has_role(user, roles.STAFF),
        "nav_admin": user.is_staff or roles.has_role(user, roles.TRAINERS),
        "notifications_unread": SimpleLazyObject(lambda: _unread(user)),
    }


def _unread(user) -> int:

    return notification_unread_count(user=user)
