"""courses/forms.py: the course pages' admin form offers only the certificate templates a
course may issue; the assignment form offers the courses and provinces in the user's
scope and refuses a past due date."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from certification.models import CertificateTemplate
from courses.forms import AssignmentForm
from courses.models import CoursePage
from tests.courses.builders import add_course

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def courses(section_hcm, section_hanoi, national_section):
    return {
        "hcm": add_course(section_hcm, slug="khoa-hcm", title="Khoá HCM", lessons=0),
        "hanoi": add_course(section_hanoi, slug="khoa-hn", title="Khoá Hà Nội", lessons=0),
        "national": add_course(national_section, slug="khoa-qg", title="Khoá QG", lessons=0),
    }


def test_staff_choose_among_their_provinces_courses_and_national_ones(staff_hcm, hcm, courses):
    courses["national"].unpublish()
    draft = courses["national"]
    form = AssignmentForm(user=staff_hcm)
    assert list(form.fields["province"].queryset) == [hcm]
    assert form.fields["province"].initial == hcm  # one province: chosen already
    offered = set(form.fields["course"].queryset)
    assert offered == {courses["hcm"]}
    assert draft not in offered  # unpublished
    hanoi_course = AssignmentForm(
        {"course": courses["hanoi"].pk, "province": hcm.pk, "due_on": TODAY.isoformat()},
        user=staff_hcm,
    )
    assert not hanoi_course.is_valid() and "course" in hanoi_course.errors


def test_national_admins_choose_among_every_province_and_course(national_admin, hanoi, courses):
    form = AssignmentForm(user=national_admin)
    assert hanoi in form.fields["province"].queryset
    assert form.fields["province"].queryset.count() == 34
    assert form.fields["province"].initial is None
    assert set(form.fields["course"].queryset) == set(courses.values())


def test_courses_are_named_with_their_province_or_nationwide(staff_hcm, courses):
    field = AssignmentForm(user=staff_hcm).fields["course"]
    with translation.override("en"):
        assert (
            field.label_from_instance(courses["hcm"])
            == "Selling on marketplaces (Thành phố Hồ Chí Minh)"
        )
        assert field.label_from_instance(courses["national"]).endswith("(Nationwide)")
    with translation.override("vi"):
        assert field.label_from_instance(courses["hcm"]) == "Khoá HCM (Thành phố Hồ Chí Minh)"


def test_a_past_due_date_is_refused_and_today_is_not(staff_hcm, hcm, courses):
    data = {"course": courses["hcm"].pk, "province": hcm.pk}
    past = AssignmentForm(
        {**data, "due_on": (TODAY - timedelta(days=1)).isoformat()}, user=staff_hcm
    )
    assert not past.is_valid()
    assert past.errors["due_on"] == ["Hạn hoàn thành đã qua."]
    today = AssignmentForm({**data, "due_on": TODAY.isoformat()}, user=staff_hcm)
    assert today.is_valid(), today.errors
    assert today.cleaned_data == {"course": courses["hcm"], "province": hcm, "due_on": TODAY}


def test_a_course_refuses_another_provinces_certificate_template(section_hcm, hcm, hanoi):
    def template(name, province):
        return CertificateTemplate.objects.create(
            name=name,
            issuer_name="Sở",
            issuer_name_en="Department",
            title="Chứng nhận",
            title_en="Certificate",
            wording="đã hoàn thành",
            wording_en="has completed",
            signatory_name="Nguyễn Văn A",
            signatory_title="Giám đốc",
            province=province,
        )

    theirs, ours, national = template("HN", hanoi), template("HCM", hcm), template("TQ", None)
    course = add_course(section_hcm, lessons=1, quiz=False)
    course.certificate_template = theirs
    with pytest.raises(ValidationError) as refused:
        course.full_clean()
    assert "certificate_template" in refused.value.message_dict
    for allowed in (ours, national):
        course.certificate_template = allowed
        course.full_clean()

    # The admin's form offers only the allowed ones.
    form_class = CoursePage.get_edit_handler().get_form_class()
    form = form_class(instance=course, for_user=None, parent_page=section_hcm)
    assert set(form.fields["certificate_template"].queryset) == {ours, national}
