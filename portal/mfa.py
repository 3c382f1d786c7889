"""Two-factor authentication (allauth.mfa): who must have it, and the adapter that keeps it.

allauth offers an authenticator app (TOTP), security keys (WebAuthn) and recovery codes to
everyone at /accounts/2fa/. With MFA_REQUIRED_FOR_STAFF on (production), national admins and
onboarding staff, who can issue certificates and approve businesses, must have one:
`MFARequiredMiddleware` (portal/middleware.py) sends them to set it up before anything
else, and this adapter does not let them remove their last one.
"""

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.webauthn import forms as webauthn_forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal import roles

# Authenticators that are a second factor on their own (recovery codes only back them up).
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def mfa_required(user) -> bool:
    """Whether `user` must use two-factor authentication: national admins and onboarding
    staff, when MFA_REQUIRED_FOR_STAFF is on."""
    if not getattr(settings, "MFA_REQUIRED_FOR_STAFF", False) or not user.is_authenticated:
        return False
    return roles.has_role(user, roles.STAFF)  # national admins hold every role


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Someone who must use two factors keeps at least one (they may add another
        first, then remove the old one)."""
        if authenticator.type not in SECOND_FACTORS or not mfa_required(authenticator.user):
            return True
        others = Authenticator.objects.filter(
            user_id=authenticator.user_id, type__in=SECOND_FACTORS
        ).exclude(pk=authenticator.pk)
        return others.exists()


class _KeyNameLabel:
    """allauth's security-key forms leave the name field unlabelled ("Name", untranslated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Name of the key")
        self.fields["name"].help_text = _("To tell your keys apart, e.g. “YubiKey” or “phone”.")


class AddWebAuthnForm(_KeyNameLabel, webauthn_forms.AddWebAuthnForm):
    pass


class EditWebAuthnForm(_KeyNameLabel, webauthn_forms.EditWebAuthnForm):
    pass
