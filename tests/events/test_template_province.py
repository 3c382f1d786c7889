"""Events and programmes issue only their province's or national certificate templates
(issue #8, 11), as courses do."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certification.models import CertificateTemplate
from events import services
from events.forms import ProgrammeForm
from events.models import EventPage

pytestmark = pytest.mark.django_db


def _template(name, province):
    return CertificateTemplate.objects.create(
        name=name,
        issuer_name="Sở",
        issuer_name_en="Department",
        title="Chứng nhận tham dự",
        title_en="Certificate of attendance",
        wording="đã tham dự",
        wording_en="attended",
        signatory_name="Nguyễn Văn A",
        signatory_title="Giám đốc",
        province=province,
    )


def test_an_event_refuses_another_provinces_template(event, hcm, hanoi, section_hcm):
    theirs, ours, national = _template("HN", hanoi), _template("HCM", hcm), _template("TQ", None)
    event.certificate_template = theirs
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert "certificate_template" in refused.value.message_dict
    for allowed in (ours, national):
        event.certificate_template = allowed
        event.full_clean()
    form_class = EventPage.get_edit_handler().get_form_class()
    form = form_class(instance=event, for_user=None, parent_page=section_hcm)
    assert set(form.fields["certificate_template"].queryset) >= {ours, national}
    assert theirs not in form.fields["certificate_template"].queryset


def test_a_programme_refuses_another_provinces_template(staff_hcm, hcm, hanoi, event):
    theirs, ours = _template("HN", hanoi), _template("HCM", hcm)
    programme = services.programme_create(
        by=staff_hcm,
        title="Gian hàng Việt",
        province=hcm,
        starts_on=timezone.localdate(),
        ends_on=timezone.localdate() + timezone.timedelta(days=30),
    )
    programme.certificate_template = theirs
    with pytest.raises(ValidationError) as refused:
        programme.full_clean()
    assert "certificate_template" in refused.value.message_dict
    programme.certificate_template = ours
    programme.full_clean()

    from portal import roles

    form = ProgrammeForm(
        user=staff_hcm,
        provinces=roles.provinces_for(staff_hcm, roles.STAFF),
        national=False,
        events=EventPage.objects.none(),
        courses=EventPage.objects.none(),
    )
    choices = set(form.fields["certificate_template"].queryset)
    assert ours in choices and theirs not in choices
