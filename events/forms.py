"""Forms of the events app: they parse and validate input; services do the writes."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Programme
from onboarding.models import JourneyTemplate
from portal.i18n import translated


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Ticket code"),
        max_length=300,
        help_text=_("The 8 characters under the QR code, e.g. K7M3-QX9P."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class ProgrammeForm(forms.ModelForm):
    """A programme and what it requires; the choices are limited to what the staff member
    may use (their provinces, live courses, active journeys, their provinces' events)."""

    class Meta:
        model = Programme
        fields = [
            "title",
            "title_en",
            "description",
            "description_en",
            "province",
            "starts_on",
            "ends_on",
            "courses",
            "journey_templates",
            "events",
            "accepts_applications",
            "certificate_template",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "courses": forms.CheckboxSelectMultiple,
            "journey_templates": forms.CheckboxSelectMultiple,
            "events": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, provinces, national: bool, events, courses, **kwargs):
        super().__init__(*args, **kwargs)

        province = self.fields["province"]
        province.queryset = provinces
        province.required = not national
        if national:
            province.empty_label = _("National programme")
        else:
            # Staff run programmes of their own provinces only: no "national" choice.
            province.empty_label = None
            province.help_text = ""
        self.fields["courses"].queryset = courses
        self.fields["journey_templates"].queryset = JourneyTemplate.objects.filter(
            is_active=True
        ).order_by("title")
        self.fields["events"].queryset = events
        # Certificate templates: national ones and those of the staff member's provinces
        # (Programme.clean matches the template to the programme's province).
        self.fields["certificate_template"].queryset = self.fields[
            "certificate_template"
        ].queryset.filter(Q(province__isnull=True) | Q(province__in=provinces))
        self.fields["courses"].label_from_instance = _localized_title
        self.fields["journey_templates"].label_from_instance = _localized_title
        self.fields["events"].label_from_instance = _event_label

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in ("courses", "journey_templates", "events")):
            raise forms.ValidationError(
                _("Choose at least one course, journey or event that the programme requires.")
            )
        return cleaned


def _localized_title(obj) -> str:
    return str(translated(obj, "title"))


def _event_label(event) -> str:
    return f"{_localized_title(event)} ({timezone.localtime(event.starts_at):%d/%m/%Y})"


class NominateForm(forms.Form):
    business = forms.ModelChoiceField(label=_("Business"), queryset=None)

    def __init__(self, *args, businesses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["business"].queryset = businesses


class DecisionForm(forms.Form):
    participant = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])
