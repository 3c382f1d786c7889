import base64
import hashlib
import json
from datetime import UTC

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.core.exceptions import ImproperlyConfigured

from certification import signing

CONTEXT = ["https://www.w3.org/ns/credentials/v2"]


def test_jcs_rfc8785_examples():
    # RFC 8785 §3.2.2 / appendix samples: sorting by UTF-16 units, number forms, escapes.
    assert signing.jcs({"b": 1, "a": [True, None, "x"]}) == b'{"a":[true,null,"x"],"b":1}'
    assert signing.jcs({"\u20ac": 1, "\r": 2, "1": 3, "\U0001f600": 4, "\u00f6": 5}) == (
        '{"\\r":2,"1":3,"ö":5,"€":1,"\U0001f600":4}'.encode()
    )
    numbers = [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001, -0.0, 1e21]
    assert signing.jcs(numbers) == b"[333333333.3333333,1e+30,4.5,0.002,1e-27,0,1e+21]"
    assert signing.jcs('\u0000\u001f\u007f"\\/') == b'"\\u0000\\u001f\x7f\\"\\\\/"'
    assert signing.jcs({"Nguyễn": "Hà"}) == '{"Nguyễn":"Hà"}'.encode()


def test_sign_and_verify_roundtrip_and_any_change_fails():
    key = Ed25519PrivateKey.generate()
    doc = {"@context": CONTEXT, "id": "urn:uuid:1", "name": "Nguyễn Thị Thu Hà", "n": 1}
    signed = signing.sign(doc, verification_method="https://x/#key-1", key=key)
    assert signed["proof"]["cryptosuite"] == "eddsa-jcs-2022"
    assert signed["proof"]["proofValue"].startswith("z")
    assert signing.verify(signed, key=key.public_key())
    for path, value in [
        ("name", "Nguyễn Thị Thu Hả"),
        ("n", 2),
        ("extra", "x"),
    ]:
        tampered = json.loads(json.dumps(signed))
        tampered[path] = value
        assert not signing.verify(tampered, key=key.public_key())
    tampered = json.loads(json.dumps(signed))
    tampered["proof"]["created"] = "2020-01-01T00:00:00Z"
    assert not signing.verify(tampered, key=key.public_key())
    assert not signing.verify(signed, key=Ed25519PrivateKey.generate().public_key())


def test_every_single_byte_change_of_the_serialised_credential_fails():
    key = Ed25519PrivateKey.generate()
    signed = signing.sign(
        {"@context": CONTEXT, "name": "Hà"}, verification_method="https://x/#k", key=key
    )
    text = json.dumps(signed, ensure_ascii=False, separators=(",", ":"))
    raw = text.encode()
    changed = 0
    for i in range(len(raw)):
        mutated = bytearray(raw)
        mutated[i] ^= 0x01
        try:
            doc = json.loads(bytes(mutated).decode())
        except (ValueError, UnicodeDecodeError):
            continue
        if doc == signed:  # a change JSON cannot see (e.g. whitespace)
            continue
        changed += 1
        assert not signing.verify(doc, key=key.public_key()), i
    assert changed > 50


def test_unknown_contexts_are_refused_offline():
    key = Ed25519PrivateKey.generate()
    with pytest.raises(ValueError):
        signing.sign({"@context": ["https://evil.example/ctx"]}, verification_method="x", key=key)
    assert signing.load_context("https://www.w3.org/ns/credentials/v2")["@context"]


def test_multikey_and_jwk_encode_the_same_key(settings):
    key = Ed25519PrivateKey.generate()
    multibase = signing.public_key_multibase(key.public_key())
    assert multibase.startswith("z6Mk")
    decoded = signing.public_key_from_multibase(multibase)
    assert signing.raw_public_key(decoded) == signing.raw_public_key(key.public_key())
    jwk = signing.public_jwk(key.public_key())
    assert jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519"
    raw = base64.urlsafe_b64decode(jwk["x"] + "==")
    assert Ed25519PublicKey.from_public_bytes(raw)


def test_key_from_environment_pem_and_base64(settings, tmp_path):
    from cryptography.hazmat.primitives import serialization

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    seed = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    expected = signing.raw_public_key(key.public_key())
    settings.CERTIFICATE_SIGNING_KEY = pem
    assert signing.raw_public_key() == expected
    settings.CERTIFICATE_SIGNING_KEY = base64.b64encode(seed).decode()
    assert signing.raw_public_key() == expected


def test_missing_key_fails_loudly_without_debug(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "none.pem"
    settings.DEBUG = False
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = False
    with pytest.raises(ImproperlyConfigured):
        signing.private_key()
    assert not (tmp_path / "none.pem").exists()


def test_debug_creates_a_local_key_file_once(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "k" / "key.pem"
    settings.DEBUG = True
    first = signing.raw_public_key()
    text = (tmp_path / "k" / "key.pem").read_bytes()
    assert text.startswith(signing.DEMO_KEY_MARKER + b"-----BEGIN PRIVATE KEY")
    signing._private_key.cache_clear()
    assert signing.raw_public_key() == first
    assert hashlib.sha256(first).hexdigest()


# The W3C Data Integrity EdDSA Cryptosuites v1.0 test vector for eddsa-jcs-2022
# (vc-di-eddsa, TestVectors/eddsa-jcs-2022 and TestVectors/keyPair.json).
W3C_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
W3C_PRIVATE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
W3C_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/examples/v2",
]
W3C_DOCUMENT = {
    "@context": W3C_CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
W3C_PROOF_VALUE = (
    "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"
)


def test_w3c_eddsa_jcs_2022_test_vector(monkeypatch):
    from datetime import datetime

    import base58

    # The examples context is not one we ship; allow it for this vector only.
    monkeypatch.setitem(
        signing.KNOWN_CONTEXTS, W3C_CONTEXT[1], signing.KNOWN_CONTEXTS[W3C_CONTEXT[0]]
    )
    seed = base58.b58decode(W3C_PRIVATE[1:])
    assert seed[:2] == b"\x80\x26"
    key = Ed25519PrivateKey.from_private_bytes(seed[2:])
    assert signing.public_key_multibase(key.public_key()) == W3C_PUBLIC
    signed = signing.sign(
        W3C_DOCUMENT,
        verification_method=f"https://vc.example/issuers/5678#{W3C_PUBLIC}",
        key=key,
        created=datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC),
    )
    assert signed["proof"]["proofValue"] == W3C_PROOF_VALUE
    published = {**signed, "proof": {**signed["proof"], "@context": W3C_CONTEXT}}
    assert signing.verify(published, key=signing.public_key_from_multibase(W3C_PUBLIC))
