"""Open Badges 3.0 documents: the AchievementCredential of a certificate and the issuer
profile that publishes the public key. Signing itself is in ``signing.py``."""

from __future__ import annotations

import base64
import gzip
from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse

from certification import signing

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# Controlled Identifiers: the issuer profile's verificationMethod, assertionMethod,
# Multikey and JsonWebKey are its terms.
CID_CONTEXT = "https://www.w3.org/ns/cid/v1"
KEY_ID = "key-1"
# W3C Bitstring Status List: at least 131,072 entries (16 KB), so that a list says
# little about how many certificates exist or which one a verifier is checking.
STATUS_LIST_MIN_BITS = 131_072


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def issuer_url() -> str:
    return absolute(reverse("certification:issuer"))


def verification_method() -> str:
    return f"{issuer_url()}#{KEY_ID}"


def verify_url(code: str) -> str:
    return absolute(reverse("certification:verify", kwargs={"code": code}))


def status_list_url() -> str:
    return absolute(reverse("certification:status_list"))


def status_entry(certificate) -> dict:
    """The credential's revocation entry in the issuer's Bitstring Status List (its
    index is the certificate's primary key), so any verifier can learn of a revocation."""
    url = status_list_url()
    return {
        "id": f"{url}#{certificate.pk}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(certificate.pk),
        "statusListCredential": url,
    }


def encode_status_list(indexes, *, length: int) -> str:
    """Multibase base64url (no padding) of the GZIP of the bitstring with ``indexes`` set;
    index 0 is the left-most bit."""
    bits = bytearray(length // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


def revocation_list_credential(*, revoked: Iterable[int], highest_index: int) -> dict:
    """The signed BitstringStatusListCredential of all revoked certificates."""
    length = max(STATUS_LIST_MIN_BITS, (highest_index // 8 + 1) * 8)
    url = status_list_url()
    document = {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_url(),
        "validFrom": _iso(datetime.now(UTC)),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_status_list(revoked, length=length),
        },
    }
    return signing.sign(document, verification_method=verification_method())


def _iso(dt) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_credential(certificate) -> dict:
    """The unsigned AchievementCredential of ``certificate`` (from its snapshots)."""
    template = certificate.template
    achievement = {
        "id": f"{issuer_url()}#achievement-{certificate.subject_type_id}-{certificate.subject_id}",
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.subject_title,
        "description": template.wording,
        "criteria": {"narrative": f"{template.wording} {certificate.subject_title}"},
        "inLanguage": "vi",
    }
    if certificate.co_signer_name:
        achievement["creator"] = {
            "id": f"{issuer_url()}#co-signer-{certificate.province_id or 'national'}",
            "type": ["Profile"],
            "name": certificate.co_signer_name,
        }
    subject = {
        "type": ["AchievementSubject"],
        "name": certificate.recipient_name,
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": certificate.recipient_name,
            }
        ],
        "achievement": achievement,
    }
    if certificate.recipient_tax_code:
        # A business: the subject is the organisation, identified by its tax code.
        subject["identifier"].append(
            {
                "type": "IdentityObject",
                "identityType": "identifier",
                "hashed": False,
                "identityHash": certificate.recipient_tax_code,
            }
        )
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"urn:uuid:{certificate.uuid}",
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": template.title,
        "description": template.title_en,
        "issuer": {
            "id": issuer_url(),
            "type": ["Profile"],
            "name": certificate.issuer_name,
            "url": settings.SITE_URL + "/",
        },
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": subject,
    }
    if certificate.valid_until:
        credential["validUntil"] = _iso(certificate.valid_until)
    if certificate.pk is not None:
        credential["credentialStatus"] = status_entry(certificate)
    return credential


def sign_certificate(certificate) -> dict:
    return signing.sign(build_credential(certificate), verification_method=verification_method())


def issuer_profile() -> dict:
    """The issuer profile (JSON): who signs and with which public key (Multikey + JWK)."""
    url = issuer_url()
    profile = {
        "@context": [VC_CONTEXT, OB_CONTEXT, CID_CONTEXT],
        "id": url,
        "type": ["Profile"],
        "name": settings.WAGTAIL_SITE_NAME,
        "url": settings.SITE_URL + "/",
        "verificationMethod": [
            {
                "id": verification_method(),
                "type": "Multikey",
                "controller": url,
                "publicKeyMultibase": signing.public_key_multibase(),
            },
            {
                "id": f"{url}#{KEY_ID}-jwk",
                "type": "JsonWebKey",
                "controller": url,
                "publicKeyJwk": {**signing.public_jwk(), "kid": verification_method()},
            },
        ],
        "assertionMethod": [verification_method()],
    }
    # Keys used before a rotation stay published, so earlier certificates still verify.
    for index, multibase in enumerate(previous_keys(), start=1):
        method_id = f"{url}#key-previous-{index}"
        profile["verificationMethod"].append(
            {
                "id": method_id,
                "type": "Multikey",
                "controller": url,
                "publicKeyMultibase": multibase,
            }
        )
        profile["assertionMethod"].append(method_id)
    return profile


def previous_keys() -> list[str]:
    """Public keys (Multikey 'z6Mk...') of this issuer before a key rotation."""
    return [k for k in getattr(settings, "CERTIFICATE_PREVIOUS_PUBLIC_KEYS", []) if k]


def verify_credential(credential) -> bool:
    """Whether ``credential`` carries a valid proof by this issuer's key (or one of its
    previous keys). The key decides, not the URL in verificationMethod, so credentials
    survive a change of SITE_URL."""
    if not isinstance(credential, dict):
        return False
    if signing.verify(credential):
        return True
    return any(
        signing.verify(credential, key=signing.public_key_from_multibase(multibase))
        for multibase in previous_keys()
    )
