"""The JSON-LD contexts our credentials name ship as published, unchanged, and define
every term the credentials use."""

import hashlib

import pytest

from certification import credentials, services, signing

# SHA-256 of the published documents. VC 2.0: the digest the W3C Recommendation states
# for https://www.w3.org/ns/credentials/v2 (appendix B.1). Open Badges 3.0.3: the file
# 1EdTech publishes from its repository (openbadges-specification, ob_v3p0/
# context-3.0.3.json, also docs/context-3.0.3.json on gh-pages). CID 1.0: w3c/cid,
# context/v1.jsonld, as served at https://www.w3.org/ns/cid/v1. See contexts/README.md.
PUBLISHED = {
    credentials.VC_CONTEXT: "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    credentials.OB_CONTEXT: "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
    credentials.CID_CONTEXT: "ea216ecc1cb02cd39b693dba2250141e270ba0bf95890be107dd9a9e8e43de85",
}


@pytest.mark.parametrize("url", sorted(PUBLISHED))
def test_shipped_contexts_are_the_published_bytes(url):
    assert set(PUBLISHED) == set(signing.KNOWN_CONTEXTS)
    data = (signing.CONTEXTS_DIR / signing.KNOWN_CONTEXTS[url]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == PUBLISHED[url]


# --- resolving every key against the contexts (JSON-LD 1.1 term selection, simplified:
# type-scoped contexts apply to their node only, property-scoped ones to what is below) --


def _merge(active: dict, context) -> dict:
    merged = dict(active)
    for item in context if isinstance(context, list) else [context]:
        if isinstance(item, str):
            item = signing.load_context(item)["@context"]
        merged.update({k: v for k, v in item.items() if not k.startswith("@")})
    return merged


def _iri(term: str) -> bool:
    return ":" in term and not term.startswith("@")


def undefined_terms(node, active: dict, path: str = "$") -> list[str]:
    """Keys and types of ``node`` that no context in force defines (paths to them)."""
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in undefined_terms(item, active, path)]
    if not isinstance(node, dict):
        return []
    if "@context" in node:
        active = _merge(active, node["@context"])
    here = dict(active)
    types = node.get("type", [])
    for type_name in sorted(types if isinstance(types, list) else [types]):
        definition = active.get(type_name)
        if definition is None and not _iri(type_name):
            return [f"{path}.type={type_name}"]
        if isinstance(definition, dict) and "@context" in definition:
            here = _merge(here, definition["@context"])
    missing = []
    for key, value in node.items():
        if key.startswith("@"):
            continue
        definition = here.get(key)
        if definition is None and not _iri(key):
            missing.append(f"{path}.{key}")
            continue
        if definition in ("@id", "@type") or (
            isinstance(definition, dict) and definition.get("@id") in ("@id", "@type")
        ):
            continue
        below = active
        if isinstance(definition, dict):
            if definition.get("@type") == "@json":
                continue
            if "@context" in definition:
                below = _merge(active, definition["@context"])
                if definition.get("@type") == "@vocab":  # the value is itself a term
                    scoped = _merge(here, definition["@context"])
                    for term in value if isinstance(value, list) else [value]:
                        if term not in scoped and not _iri(term):
                            missing.append(f"{path}.{key}={term}")
        missing += undefined_terms(value, below, f"{path}.{key}")
    return missing


def test_the_walker_finds_an_undefined_term():
    credential = {
        "@context": [credentials.VC_CONTEXT, credentials.OB_CONTEXT],
        "type": ["VerifiableCredential", "AchievementCredential"],
        "credentialSubject": {"type": ["AchievementSubject"], "favouriteColour": "red"},
        "proof": {"type": "DataIntegrityProof", "proofPurpose": "wishfulThinking"},
    }
    assert undefined_terms(credential, {}) == [
        "$.credentialSubject.favouriteColour",
        "$.proof.proofPurpose=wishfulThinking",
    ]


@pytest.mark.django_db
def test_every_term_of_a_course_certificate_is_defined(learner, course, cert_template):
    cert_template.validity_months = 12
    cert_template.co_signer_name = "Sở Công Thương {province}"
    cert_template.save()
    certificate = services.certificate_issue(recipient=learner, subject=course)
    credential = certificate.credential
    assert "proof" in credential and "credentialStatus" in credential
    assert "validUntil" in credential
    assert undefined_terms(credential, {}) == []


@pytest.mark.django_db
def test_every_term_of_the_revocation_list_is_defined():
    status_list = credentials.revocation_list_credential(revoked=[3], highest_index=10)
    assert undefined_terms(status_list, {}) == []


@pytest.mark.django_db
def test_every_term_of_the_issuer_profile_is_defined(settings):
    settings.CERTIFICATE_PREVIOUS_PUBLIC_KEYS = [signing.public_key_multibase()]
    assert undefined_terms(credentials.issuer_profile(), {}) == []
