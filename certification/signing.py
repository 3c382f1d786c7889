"""Ed25519 Data Integrity proofs (cryptosuite eddsa-jcs-2022) for verifiable credentials.

The only module that touches keys and signatures. JCS (RFC 8785) canonicalisation comes
from the rfc8785 package; nothing reaches the network: the JSON-LD contexts a credential may name
ship in ``certification/contexts`` and anything else is refused.

The private key comes from the environment (CERTIFICATE_SIGNING_KEY: PEM, or base64 of
the 32-byte seed) or from a key file (CERTIFICATE_SIGNING_KEY_FILE); it is never stored in
the database or the repository. With DEBUG on (or CERTIFICATE_SIGNING_KEY_AUTOCREATE) a
local demo key file is created on first use; otherwise a missing key fails loudly.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from copy import deepcopy
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import base58
import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

CRYPTOSUITE = "eddsa-jcs-2022"
MULTICODEC_ED25519_PUB = b"\xed\x01"
CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
# The contexts a credential may name, mapped to the copies that ship with the project.
KNOWN_CONTEXTS = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
    "https://www.w3.org/ns/cid/v1": "cid-v1.jsonld",
}

_key_lock = threading.Lock()
# The first line of a key file created automatically (`make run`, the tests): a demo key
# signs demo certificates only, and `check --deploy` refuses it (certification.E002).
DEMO_KEY_MARKER = (
    b"# Demo certificate signing key, created automatically for development and tests. "
    b"Never use it in production.\n"
)


class SigningKeyMissing(ImproperlyConfigured):
    pass


# --- JCS (RFC 8785) ----------------------------------------------------------------------


def jcs(value) -> bytes:
    """The canonical UTF-8 bytes of a JSON value (RFC 8785).

    The rfc8785 package rather than our own: number formatting (ECMAScript's shortest
    round trip) and UTF-16 key order are easy to get subtly wrong, and a wrong byte breaks
    every signature. It refuses integers beyond 2**53, which no credential of ours holds.
    """
    return rfc8785.dumps(value)


# --- keys --------------------------------------------------------------------------------


def _parse_key(data: bytes) -> Ed25519PrivateKey:
    text = data.strip()
    if b"-----BEGIN" in text:  # PEM, maybe after explanatory lines (the demo marker)
        key = serialization.load_pem_private_key(text, password=None)
    else:
        raw = base64.b64decode(text, validate=False)
        if len(raw) == 32:
            key = Ed25519PrivateKey.from_private_bytes(raw)
        else:  # base64 of a DER (PKCS#8) key
            key = serialization.load_der_private_key(raw, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("The certificate signing key must be an Ed25519 key.")
    return key


def _autocreate_allowed() -> bool:
    return bool(settings.DEBUG or getattr(settings, "CERTIFICATE_SIGNING_KEY_AUTOCREATE", False))


def _key_source() -> tuple[str, str]:
    env = getattr(settings, "CERTIFICATE_SIGNING_KEY", "") or ""
    path = str(getattr(settings, "CERTIFICATE_SIGNING_KEY_FILE", "") or "")
    return env, path


def private_key() -> Ed25519PrivateKey:
    """The issuer's signing key (cached per configured source)."""
    return _private_key(*_key_source())


@lru_cache(maxsize=4)
def _private_key(env: str, path: str) -> Ed25519PrivateKey:
    if env:
        return _parse_key(env.encode())
    if not path:
        raise SigningKeyMissing("Set CERTIFICATE_SIGNING_KEY or CERTIFICATE_SIGNING_KEY_FILE.")
    file = Path(path)
    with _key_lock:
        if not file.exists():
            if not _autocreate_allowed():
                raise SigningKeyMissing(
                    f"No certificate signing key: set CERTIFICATE_SIGNING_KEY (PEM or base64) "
                    f"or create the key file {file} (DEBUG is off, so no demo key is made)."
                )
            _create_key_file(file)
        return _parse_key(file.read_bytes())


def is_demo_key() -> bool:
    """Whether the configured key is a demo key that was created automatically: marked
    so in its file, or (where keys are created automatically: make run, the tests) the
    key file at the demo place, which may predate the mark. Certificates signed with it
    are specimens (pdf.Content.specimen, the verification pages)."""
    env, path = _key_source()
    if env:
        data = env.encode()
    else:
        file = Path(path) if path else None
        if file is None or not file.exists():
            return False
        demo_file = getattr(settings, "CERTIFICATE_DEMO_KEY_FILE", None)
        if _autocreate_allowed() and demo_file and file.resolve() == Path(demo_file).resolve():
            return True
        data = file.read_bytes()
    return data.lstrip().startswith(DEMO_KEY_MARKER.strip())


def _create_key_file(file: Path) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    # Written aside, then linked into place: two processes starting at once keep the
    # first key, and nobody ever reads a half-written file.
    tmp = file.with_name(f".{file.name}.{os.getpid()}.{threading.get_ident()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(DEMO_KEY_MARKER + pem)
    try:
        os.link(tmp, file)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def public_key() -> Ed25519PublicKey:
    return private_key().public_key()


def raw_public_key(key: Ed25519PublicKey | None = None) -> bytes:
    key = key or public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_multibase(key: Ed25519PublicKey | None = None) -> str:
    """Multikey encoding: 'z' + base58btc(0xed01 || raw key), i.e. 'z6Mk...'."""
    return "z" + base58.b58encode(MULTICODEC_ED25519_PUB + raw_public_key(key)).decode()


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    if not value.startswith("z"):
        raise ValueError("publicKeyMultibase must be base58btc ('z...')")
    data = base58.b58decode(value[1:])
    if data[:2] != MULTICODEC_ED25519_PUB or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(data[2:])


def public_jwk(key: Ed25519PublicKey | None = None) -> dict:
    x = base64.urlsafe_b64encode(raw_public_key(key)).rstrip(b"=").decode()
    return {"kty": "OKP", "crv": "Ed25519", "x": x}


# --- Data Integrity proof ---------------------------------------------------------------


def load_context(url: str) -> dict:
    """The shipped copy of a JSON-LD context; unknown contexts are refused (no network)."""
    try:
        name = KNOWN_CONTEXTS[url]
    except KeyError as exc:
        raise ValueError(f"unknown JSON-LD context: {url}") from exc
    return json.loads((CONTEXTS_DIR / name).read_text(encoding="utf-8"))


def _check_context(url: str) -> None:
    """Refuses a context that ships with no copy here (no network), without reading it."""
    if url not in KNOWN_CONTEXTS:
        raise ValueError(f"unknown JSON-LD context: {url}")


def _hash_data(document: dict, proof_config: dict) -> bytes:
    return hashlib.sha256(jcs(proof_config)).digest() + hashlib.sha256(jcs(document)).digest()


def sign(
    document: dict,
    *,
    verification_method: str,
    key: Ed25519PrivateKey | None = None,
    created: datetime | None = None,
) -> dict:
    """A copy of ``document`` with a DataIntegrityProof (eddsa-jcs-2022) added."""
    key = key or private_key()
    unsecured = {k: v for k, v in deepcopy(document).items() if k != "proof"}
    for url in _contexts(unsecured):
        _check_context(url)
    created = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    proof_config = dict(proof)
    if "@context" in unsecured:
        proof_config["@context"] = unsecured["@context"]
    signature = key.sign(_hash_data(unsecured, proof_config))
    proof["proofValue"] = "z" + base58.b58encode(signature).decode()
    return {**unsecured, "proof": proof}


def verify(document: dict, *, key: Ed25519PublicKey | None = None) -> bool:
    """Whether ``document`` carries a valid eddsa-jcs-2022 proof by ``key`` (default: this
    issuer's key). Any changed byte of the document or the proof makes this False."""
    try:
        return _verify(document, key or public_key())
    except (ValueError, TypeError, KeyError, AttributeError):
        return False


def _verify(document: dict, key: Ed25519PublicKey) -> bool:
    if not isinstance(document, dict):
        return False
    proof = document.get("proof")
    if not isinstance(proof, dict):
        return False
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        return False
    if proof.get("proofPurpose") != "assertionMethod":
        return False
    for url in _contexts(document):
        _check_context(url)
    proof_value = proof.get("proofValue", "")
    if not isinstance(proof_value, str) or not proof_value.startswith("z"):
        return False
    signature = base58.b58decode(proof_value[1:])
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    proof_config = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in unsecured:
        proof_config["@context"] = unsecured["@context"]
    try:
        key.verify(signature, _hash_data(unsecured, proof_config))
    except InvalidSignature:
        return False
    return True


def _contexts(document: dict) -> list[str]:
    ctx = document.get("@context", [])
    ctx = ctx if isinstance(ctx, list) else [ctx]
    for item in ctx:
        if not isinstance(item, str):
            raise ValueError("inline contexts are not accepted")
    return ctx
