"""Completion reaches the real certificate service (no stand-ins): one certificate, once."""

import pytest

from certification.models import Certificate, CertificateTemplate
from courses import services
from tests.courses.builders import RIGHT, add_course, lessons_of, quiz_form

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_its_certificate_once(
    learner, section_hcm, django_capture_on_commit_callbacks
):
    template = CertificateTemplate.objects.create(
        name="HCM",
        issuer_name="Sở Công Thương Thành phố Hồ Chí Minh",
        issuer_name_en="HCMC Department of Industry and Trade",
        title="Chứng nhận hoàn thành khoá học",
        title_en="Certificate of course completion",
        wording="đã hoàn thành khoá học",
        wording_en="has completed the course",
        signatory_name="Nguyễn Văn Phúc",
        signatory_title="Giám đốc",
    )
    course = add_course(section_hcm, lessons=2, certificate_template=template)
    lessons = [lesson.specific for lesson in lessons_of(course)]
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=lessons[0])
    block_id = lessons[1].quiz_blocks()[0].id
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_attempt_submit(
            user=learner,
            lesson=lessons[1],
            block_id=block_id,
            data=quiz_form(learner, lessons[1], RIGHT, number=1),
            attempt_number=1,
        )
        services.quiz_attempt_submit(
            user=learner,
            lesson=lessons[1],
            block_id=block_id,
            data=quiz_form(learner, lessons[1], RIGHT, number=2),
            attempt_number=2,
        )
    certificate = Certificate.objects.get()
    assert certificate.holder == learner
    assert certificate.subject_title == course.title
    assert certificate.province == section_hcm.province
    # My learning links the completed course to its certificate; others' never show.
    from django.test import Client

    client = Client()
    client.force_login(learner)
    assert "See your certificates" in client.get(course.url + "?lang=en").text
    page = client.get("/learning/?lang=en").text
    assert f'href="/certificates/verify/{certificate.code}/"' in page
    certificate.revoked_at = certificate.issued_at
    certificate.save(update_fields=["revoked_at"])
    assert certificate.code not in client.get("/learning/").text
