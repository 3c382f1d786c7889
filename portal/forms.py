from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Notification, Profile, Province
from portal.services import profile_update
from portal.text import NameField


class ProfileFieldsMixin(forms.Form):
    full_name = NameField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As it will be printed on your certificates, with diacritics."),
        error_messages={"required": _("Enter your full name.")},
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    province = forms.ModelChoiceField(
        label=_("Province or city"), queryset=Province.objects.current().order_by("name")
    )
    learner_type = forms.ChoiceField(label=_("I am"), choices=Profile.LearnerType.choices)
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Your business, or for state officials your agency."),
    )


class SignupProfileForm(ProfileFieldsMixin):
    """Extra fields on allauth's sign-up form; fills the profile."""

    def signup(self, request, user):
        profile_update(user=user, data=self.cleaned_data)


class ProfileForm(ProfileFieldsMixin):
    pass


class NotificationPreferencesForm(forms.Form):
    """One choice per kind of notification the person can receive: how it is e-mailed."""

    def __init__(self, *args, preferences, **kwargs):
        super().__init__(*args, **kwargs)

        for preference in preferences:
            self.fields[preference.kind.key] = forms.ChoiceField(
                label=preference.kind.label,
                choices=Notification.Email.choices,
                initial=preference.email,
                widget=forms.RadioSelect,
            )
