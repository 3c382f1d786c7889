import json

import pytest
from django.core.management import CommandError, call_command

from certification import services

pytestmark = pytest.mark.django_db


def test_verify_certificate_command_offline(tmp_path, learner, course, client, capsys):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    file = tmp_path / "c.pdf"
    file.write_bytes(services.certificate_pdf_bytes(certificate=certificate))
    call_command("verify_certificate", str(file))
    out = capsys.readouterr().out
    assert "VALID" in out and "Nguyễn Thị Thu Hà" in out
    issuer = tmp_path / "issuer.json"
    issuer.write_bytes(client.get("/certificates/issuer/").content)
    call_command("verify_certificate", str(file), "--issuer", str(issuer))
    tampered = tmp_path / "c.json"
    tampered.write_text(json.dumps({**certificate.credential, "name": "x"}))
    with pytest.raises(CommandError, match="INVALID"):
        call_command("verify_certificate", str(tampered))
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"hello")
    with pytest.raises(CommandError, match="no embedded credential"):
        call_command("verify_certificate", str(not_pdf))


def test_verify_certificate_command_bad_input_is_a_clear_error(tmp_path, learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    file = tmp_path / "c.json"
    file.write_text(json.dumps(certificate.credential))
    bad_issuer = tmp_path / "issuer.json"
    bad_issuer.write_text("{not json")
    with pytest.raises(CommandError, match="cannot read the issuer profile"):
        call_command("verify_certificate", str(file), "--issuer", str(bad_issuer))
    with pytest.raises(CommandError, match="cannot read the issuer profile"):
        call_command("verify_certificate", str(file), "--issuer", str(tmp_path / "missing.json"))
    not_object = tmp_path / "list.json"
    not_object.write_text("[1, 2]")
    with pytest.raises(CommandError, match="not a JSON object"):
        call_command("verify_certificate", str(not_object))
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({**certificate.credential, "credentialSubject": "x"}))
    with pytest.raises(CommandError, match="INVALID"):
        call_command("verify_certificate", str(odd))
