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
        try:
            raw = data if path.suffix.lower() == ".json" else pdf.read_attachment(data)
        except pdf.CredentialTooLarge as exc:
            raise CommandError(
                f"the embedded credential is larger than {pdf.MAX_CREDENTIAL_BYTES} bytes: "
                "not a certificate of this portal"
            ) from exc
        if raw is None:
            raise CommandError("no embedded credential found: not a certificate PDF")
        try:
            credential = json.loads(raw)
        except ValueError as exc:
            raise CommandError("the embedded credential is not valid JSON") from exc
        if not isinstance(credential, dict):
            raise CommandError("INVALID: the credential is not a JSON object")
        if options["issuer"]:
            key = self._issuer_key(options["issuer"], credential)
            ok = signing.verify(credential, key=key)
        else:
            ok = credentials.verify_credential(credential)
        subject = _dict(credential.get("credentialSubject"))
        self.stdout.write(f"recipient: {subject.get('name', '')}")
        self.stdout.write(f"subject:   {_dict(subject.get('achievement')).get('name', '')}")
        self.stdout.write(f"issuer:    {_dict(credential.get('issuer')).get('name', '')}")
        self.stdout.write(f"issued:    {credential.get('validFrom', '')}")
        if credential.get("validUntil"):
            self.stdout.write(f"valid to:  {credential['validUntil']}")
        if not ok:
            raise CommandError("INVALID: the signature does not verify (altered or foreign)")
        self.stdout.write(self.style.SUCCESS("VALID: the signature verifies"))

    def _issuer_key(self, issuer_path: str, credential: dict):
        """The key the issuer profile publishes for the credential's proof."""
        try:
            issuer = json.loads(Path(issuer_path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot read the issuer profile {issuer_path}: {exc}") from exc
        method_id = _dict(credential.get("proof")).get("verificationMethod")
        methods = [
            m
            for m in _dict(issuer).get("verificationMethod", [])
            if isinstance(m, dict) and m.get("id") == method_id
        ]
        if not methods or "publicKeyMultibase" not in methods[0]:
            raise CommandError("the issuer profile does not publish the signing key")
        try:
            return signing.public_key_from_multibase(methods[0]["publicKeyMultibase"])
        except (ValueError, TypeError) as exc:
            raise CommandError("the issuer profile's key is not an Ed25519 Multikey") from exc


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}
