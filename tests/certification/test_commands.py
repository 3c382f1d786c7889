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
