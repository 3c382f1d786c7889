"""Checks a certificate PDF offline: its embedded credential and its Ed25519 signature."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certification import credentials, pdf, signing


class Command(BaseCommand):
    help = "Verify the signed credential embedded in a certificate PDF, offline."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the certificate PDF (or a credential .json)")
        parser.add_argument(
            "--issuer",
            help="an issuer profile JSON (as published at /certificates/issuer/) whose "
            "Multikey to verify with; default: this installation's key",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        raw = data if path.suffix.lower() == ".json" else pdf.read_attachment(data)
        if raw is None:
            raise CommandError("no embedded credential found: not a certificate PDF")
        try:
            credential = json.loads(raw)
        except ValueError as exc:
            raise CommandError("the embedded credential is not valid JSON") from exc
        if options["issuer"]:
            issuer = json.loads(Path(options["issuer"]).read_text(encoding="utf-8"))
            method_id = credential.get("proof", {}).get("verificationMethod")
            methods = [m for m in issuer.get("verificationMethod", []) if m.get("id") == method_id]
            if not methods or "publicKeyMultibase" not in methods[0]:
                raise CommandError("the issuer profile does not publish the signing key")
            key = signing.public_key_from_multibase(methods[0]["publicKeyMultibase"])
            ok = signing.verify(credential, key=key)
        else:
            ok = credentials.verify_credential(credential)
        subject = credential.get("credentialSubject", {})
        self.stdout.write(f"recipient: {subject.get('name', '')}")
        self.stdout.write(f"subject:   {subject.get('achievement', {}).get('name', '')}")
        self.stdout.write(f"issuer:    {credential.get('issuer', {}).get('name', '')}")
        self.stdout.write(f"issued:    {credential.get('validFrom', '')}")
        if credential.get("validUntil"):
            self.stdout.write(f"valid to:  {credential['validUntil']}")
        if not ok:
            raise CommandError("INVALID: the signature does not verify (altered or foreign)")
        self.stdout.write(self.style.SUCCESS("VALID: the signature verifies"))
