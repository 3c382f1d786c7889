"""certification/checks.py: the deploy check that a production server signs certificates
with its own key, not a missing one nor the demo key."""

import pytest

from certification import signing
from certification.checks import signing_key_configured


def test_deploy_check_reports_a_missing_key(settings, tmp_path):
    # The tests' own key is the demo key (certification.E002), but it is there.
    assert "certification.E001" not in [e.id for e in signing_key_configured()]
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "missing.pem"
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = False
    settings.DEBUG = False
    assert [e.id for e in signing_key_configured()] == ["certification.E001"]


def test_deploy_check_refuses_the_demo_key():
    assert signing.is_demo_key()
    assert [e.id for e in signing_key_configured()] == ["certification.E002"]


def test_deploy_check_accepts_the_issuers_own_key(real_key):
    assert signing_key_configured() == []


@pytest.mark.parametrize("broken", ["not a key", "-----BEGIN PRIVATE KEY-----\nAAAA\n"])
def test_deploy_check_reports_a_key_that_does_not_load(settings, broken):
    settings.CERTIFICATE_SIGNING_KEY = broken
    errors = signing_key_configured()
    assert [e.id for e in errors] == ["certification.E001"]
    assert "cannot be loaded" in errors[0].msg
