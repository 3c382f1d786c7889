"""allauth's account adapter: where each person lands after signing in, and how its
e-mails name the portal.

Staff (and national admins) start from the staff dashboard and trainers from the Wagtail
admin, where their pages and the moderation queue wait; everyone else from "My learning".
A `?next=` address still wins: allauth only asks the adapter when there is none.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

from portal import roles


def home_url_for(user) -> str:
    """The page a signed-in person starts from."""
    if roles.has_role(user, roles.STAFF):  # national admins hold every role
        return reverse("onboarding:staff")
    if roles.has_role(user, roles.TRAINERS) and user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return settings.LOGIN_REDIRECT_URL


def user_display(user) -> str:
    """How allauth names a person (ACCOUNT_USER_DISPLAY): never the internal username."""
    return user.display_name


@dataclass(frozen=True)
class PortalSite:
    """What allauth's e-mails call "the site": the portal's name and its public address
    (SITE_URL), not the host name the request happened to arrive on."""

    name: str
    domain: str


def portal_site() -> PortalSite:
    return PortalSite(
        name=gettext("E-commerce Training Portal"), domain=urlparse(settings.SITE_URL).netloc
    )


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return home_url_for(request.user)

    def format_email_subject(self, subject: str) -> str:
        prefix = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX or f"[{portal_site().name}] "
        return prefix + str(subject)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        super().send_mail(template_prefix, email, {**context, "current_site": portal_site()})
