"""Deploy check: a production server must have its own certificate signing key."""

from django.core import checks

from certification import signing


@checks.register(checks.Tags.security, deploy=True)
def signing_key_configured(app_configs=None, **kwargs):

    try:
        signing.private_key()
    except Exception as exc:  # noqa: BLE001 - any failure to load the key is the error
        return [
            checks.Error(
                f"The certificate signing key cannot be loaded: {exc}",
                hint="Set CERTIFICATE_SIGNING_KEY (PEM or base64 of the Ed25519 seed) or "
                "CERTIFICATE_SIGNING_KEY_FILE.",
                id="certification.E001",
            )
        ]
    if signing.is_demo_key():
        return [
            checks.Error(
                "The certificate signing key is the demo key that was created automatically "
                "for development and tests: certificates it signs prove nothing.",
                hint="Generate the issuer's key (openssl genpkey -algorithm ed25519), keep it "
                "out of the repository, and set CERTIFICATE_SIGNING_KEY or "
                "CERTIFICATE_SIGNING_KEY_FILE to it.",
                id="certification.E002",
            )
        ]
    return []
