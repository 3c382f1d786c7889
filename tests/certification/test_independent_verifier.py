"""Verifies a credential as an outsider would: with nothing but the published issuer
profile (Multikey), the cryptography library, and a separate minimal JCS. It does not
import certification.signing."""

import hashlib
import json

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from certification import services

pytestmark = pytest.mark.django_db

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58decode(text: str) -> bytes:
    n = 0
    for ch in text:
        n = n * 58 + B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def minimal_jcs(value) -> bytes:
    # Enough of RFC 8785 for credentials without floats and with ASCII keys.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def independent_verify(credential: dict, issuer: dict) -> bool:
    proof = credential["proof"]
    method = next(m for m in issuer["verificationMethod"] if m["id"] == proof["verificationMethod"])
    assert method["type"] == "Multikey"
    raw = b58decode(method["publicKeyMultibase"][1:])
    assert raw[:2] == b"\xed\x01"
    key = Ed25519PublicKey.from_public_bytes(raw[2:])
    document = {k: v for k, v in credential.items() if k != "proof"}
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = document["@context"]
    data = (
        hashlib.sha256(minimal_jcs(config)).digest()
        + hashlib.sha256(minimal_jcs(document)).digest()
    )
    try:
        key.verify(b58decode(proof["proofValue"][1:]), data)
    except InvalidSignature:
        return False
    return True


def test_published_credential_verifies_with_published_key_only(client, learner, course):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    credential = json.loads(client.get(f"/certificates/verify/{certificate.code}.json").content)
    issuer = json.loads(client.get("/certificates/issuer/").content)
    assert credential["issuer"]["id"] == issuer["id"]
    assert independent_verify(credential, issuer)
    credential["validFrom"] = credential["validFrom"].replace("20", "19", 1)
    assert not independent_verify(credential, issuer)
