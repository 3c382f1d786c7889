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


def _bit(status_list: dict, index: int) -> int:
    import base64
    import gzip

    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")
    raw = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(raw) * 8 >= 131_072
    return (raw[index // 8] >> (7 - index % 8)) & 1


def test_an_outside_verifier_learns_of_a_revocation_from_the_status_list(
    client, learner, other_learner, course, staff_hcm
):
    certificate = services.certificate_issue(recipient=learner, subject=course)
    other = services.certificate_issue(recipient=other_learner, subject=course)
    credential = json.loads(client.get(f"/certificates/verify/{certificate.code}.json").content)
    issuer = json.loads(client.get("/certificates/issuer/").content)
    assert independent_verify(credential, issuer)
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    url = status["statusListCredential"].removeprefix("http://testserver")
    status_list = json.loads(client.get(url).content)
    assert independent_verify(status_list, issuer)  # signed by the same published key
    assert _bit(status_list, int(status["statusListIndex"])) == 0
    services.certificate_revoke(certificate=certificate, by=staff_hcm, reason="Sai tên")
    status_list = json.loads(client.get(url).content)
    assert independent_verify(status_list, issuer)
    assert _bit(status_list, int(status["statusListIndex"])) == 1
    assert _bit(status_list, other.pk) == 0
