"""allauth's account adapter: where each person lands after signing in.

Staff (and national admins) start from the staff dashboard and trainers from the Wagtail
admin, where their pages and the moderation queue wait; everyone else from "My learning".
A `?next=` address still wins: allauth only asks the adapter when there is none.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse

from portal import roles


def home_url_for(user) -> str:
    """The page a signed-in person starts from."""
    if roles.has_role(user, roles.STAFF):  # national admins hold every role
        return reverse("onboarding:staff")
    if roles.has_role(user, roles.TRAINERS) and user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return settings.LOGIN_REDIRECT_URL


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return home_url_for(request.user)
