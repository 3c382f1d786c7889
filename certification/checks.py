"""Deploy check: a production server must have its certificate signing key."""

from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def signing_key_configured(app_configs=None, **kwargs):
    from certification import signing

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
    return []
