"""certification/seed.py: seeded certificates are rows as certificate_issue writes them
(a signed credential naming the row, an ISSUED event, the co-signer of the holder's
province), inserted in bulk, with nothing queued."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certification import credentials, seed, services
from certification.models import Certificate, CertificateEvent

pytestmark = pytest.mark.django_db


def test_seeded_certificates_are_signed_evented_and_queue_nothing(
    make_user, make_subject, cert_template, django_capture_on_commit_callbacks
):
    cert_template.co_signer_name = "Sở Công Thương {province}"
    cert_template.validity_months = 12
    cert_template.save()
    subject = make_subject(template=cert_template)
    people = [make_user(f"seed{i}@example.com", full_name=f"Học viên {i}") for i in range(3)]
    issued_at = timezone.now().replace(microsecond=0)
    awards = [
        seed.Award(
            template=cert_template,
            recipient=person,
            subject_type=ContentType.objects.get_for_model(subject, for_concrete_model=False),
            subject_id=subject.pk,
            subject_title=subject.title,
            issued_at=issued_at,
        )
        for person in people
    ]
    with django_capture_on_commit_callbacks() as queued:
        created = seed.certificates_bulk_create(awards)
    assert queued == []  # no PDF, no e-mail for seeded people
    assert len({c.code for c in created}) == 3
    for person, certificate in zip(people, Certificate.objects.order_by("pk"), strict=True):
        assert certificate.holder == person
        assert certificate.recipient_name == person.profile.full_name
        assert certificate.co_signer_name == f"Sở Công Thương {person.profile.province.name}"
        assert certificate.valid_until == services._add_months(issued_at, 12)
        assert credentials.verify_credential(certificate.credential)
        status = certificate.credential["credentialStatus"]
        assert status["statusListIndex"] == str(certificate.pk)
        assert not certificate.pdf
    events = CertificateEvent.objects.filter(kind=CertificateEvent.Kind.ISSUED)
    assert sorted(events.values_list("certificate", flat=True)) == [c.pk for c in created]
    assert {e.at for e in events} == {issued_at}


def test_seeding_nothing_writes_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert seed.certificates_bulk_create([]) == []
