"""events/forms.py: a programme requires something and offers only what the staff member
may use (their provinces, the national choice for national admins, active journeys);
nominations only among the businesses given; labels in the reader's language."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from events.forms import CheckInForm, NominateForm, ProgrammeForm
from events.models import EventPage
from onboarding.models import Business, JourneyTemplate
from portal.models import Province
from tests.onboarding.conftest import make_business

pytestmark = pytest.mark.django_db


def _form(data=None, *, provinces, national=False, events=None, user=None):
    return ProgrammeForm(
        data,
        user=user,
        provinces=provinces,
        national=national,
        events=events if events is not None else EventPage.objects.all(),
        courses=EventPage.objects.none(),
    )


def _data(province, **fields) -> dict:
    today = timezone.localdate()
    data = {
        "title": "Gian hàng Việt",
        "province": province.pk if province else "",
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=30)).isoformat(),
    }
    data.update(fields)
    return data


def test_a_programme_requires_a_course_a_journey_or_an_event(hcm, event):
    provinces = Province.objects.filter(pk=hcm.pk)
    with translation.override("en"):
        form = _form(_data(hcm), provinces=provinces)
        assert not form.is_valid()
        assert form.non_field_errors() == [
            "Choose at least one course, journey or event that the programme requires."
        ]
    form = _form(_data(hcm, events=[event.pk]), provinces=provinces)
    assert form.is_valid(), form.errors


def test_staff_choose_among_their_provinces_and_national_admins_may_choose_none(hcm, hanoi, event):
    provinces = Province.objects.filter(pk=hcm.pk)
    staff = _form(provinces=provinces)
    assert list(staff.fields["province"].queryset) == [hcm]
    assert staff.fields["province"].required
    refused = _form(_data(hanoi, events=[event.pk]), provinces=provinces)
    assert not refused.is_valid() and "province" in refused.errors
    assert not _form(_data(None, events=[event.pk]), provinces=provinces).is_valid()
    national = _form(
        _data(None, events=[event.pk]), provinces=Province.objects.all(), national=True
    )
    assert national.is_valid(), national.errors
    assert national.cleaned_data["province"] is None


def test_only_the_events_given_and_active_journeys_are_offered(hcm, event, event_hanoi):
    JourneyTemplate.objects.create(key="active-one", title="Đang dùng", is_active=True)
    JourneyTemplate.objects.create(key="retired-one", title="Đã ngừng", is_active=False)
    form = _form(
        provinces=Province.objects.filter(pk=hcm.pk), events=EventPage.objects.filter(pk=event.pk)
    )
    assert list(form.fields["events"].queryset) == [event]
    journeys = {j.key for j in form.fields["journey_templates"].queryset}
    assert "active-one" in journeys and "retired-one" not in journeys
    refused = _form(
        _data(hcm, events=[event_hanoi.pk]),
        provinces=Province.objects.filter(pk=hcm.pk),
        events=EventPage.objects.filter(pk=event.pk),
    )
    assert "events" in refused.errors


def test_an_event_is_labelled_in_the_readers_language_with_its_day(hcm, event):
    form = _form(provinces=Province.objects.filter(pk=hcm.pk))
    day = timezone.localtime(event.starts_at).strftime("%d/%m/%Y")
    label = form.fields["events"].label_from_instance
    with translation.override("en"):
        assert label(event) == f"Meet the marketplaces ({day})"
    with translation.override("vi"):
        assert label(event) == f"Kết nối doanh nghiệp với sàn ({day})"


def test_a_nomination_is_among_the_businesses_given(learner, other_learner, hcm):
    ours = make_business(learner, hcm, name="HTX Sài Gòn", tax_code="0100109106")
    theirs = make_business(other_learner, hcm, name="HTX Khác", tax_code="0312345678")
    businesses = Business.objects.filter(pk=ours.pk)
    assert NominateForm({"business": ours.pk}, businesses=businesses).is_valid()
    assert not NominateForm({"business": theirs.pk}, businesses=businesses).is_valid()


def test_a_check_in_code_is_required_and_bounded():
    assert CheckInForm({"code": "K7M3-QX9P"}).is_valid()
    assert not CheckInForm({"code": ""}).is_valid()
    assert not CheckInForm({"code": "K" * 301}).is_valid()
