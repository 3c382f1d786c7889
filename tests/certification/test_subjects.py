"""Every model the apps above hand to certificate_issue fits the declared protocols of
certification.subjects, and nothing else is read of them."""

import pytest

from certification import subjects
from courses.models import CoursePage
from events.models import EventPage, Programme
from onboarding.models import Business, Journey


def _members(protocol) -> set[str]:
    declared = {name for name in vars(protocol) if not name.startswith("_")}
    return declared | set(protocol.__annotations__)


@pytest.mark.parametrize("model", [CoursePage, Journey, EventPage, Programme])
def test_every_subject_declares_what_a_certificate_prints(model):
    members = _members(subjects.CertificateSubject)
    assert members == {
        "pk",
        "certificate_template",
        "certificate_title",
        "certificate_title_en",
        "get_retake_url",
    }
    assert [name for name in sorted(members) if not hasattr(model, name)] == []


def test_a_business_is_an_organisation_its_members_hold_certificates_through():
    members = _members(subjects.CertificateOrganisation)
    assert [name for name in sorted(members) if not hasattr(Business, name)] == []
    # onboarding registers it in its AppConfig.ready (certification knows no business).
    assert Business in subjects.organisations()


def test_nothing_probes_or_reads_an_old_member():
    from pathlib import Path

    import certification

    source = "".join(p.read_text() for p in Path(certification.__file__).parent.glob("*.py"))
    assert "certificate_province" not in source
    assert "hasattr(subject" not in source and 'getattr(subject, "' not in source
