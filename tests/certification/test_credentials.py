"""certification/credentials.py: the Open Badges documents of a certificate (its
credential, with its revocation entry), the issuer's status list and profile, and which
proofs verify."""

import base64
import gzip

import pytest

from certification import credentials, signing

pytestmark = pytest.mark.django_db


def _bits(encoded: str) -> str:
    assert encoded.startswith("u")  # multibase base64url
    packed = base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4))
    return "".join(f"{byte:08b}" for byte in gzip.decompress(packed))


def test_the_status_list_sets_the_revoked_indexes_left_bit_first():
    bits = _bits(credentials.encode_status_list([0, 9, 15], length=16))
    assert bits == "1000000001000001"


def test_the_revocation_list_is_signed_never_shorter_than_the_minimum_and_grows():
    document = credentials.revocation_list_credential(revoked=[3], highest_index=10)
    assert credentials.verify_credential(document)
    bits = _bits(document["credentialSubject"]["encodedList"])
    assert len(bits) == credentials.STATUS_LIST_MIN_BITS
    assert {i for i, bit in enumerate(bits) if bit == "1"} == {3}
    highest = credentials.STATUS_LIST_MIN_BITS + 5
    document = credentials.revocation_list_credential(revoked=[highest], highest_index=highest)
    bits = _bits(document["credentialSubject"]["encodedList"])
    assert len(bits) > highest and bits[highest] == "1"


def test_a_credential_names_its_holder_its_entry_in_the_status_list_and_its_end(
    certificate, settings
):
    credential = credentials.build_credential(certificate)
    subject = credential["credentialSubject"]
    assert subject["name"] == certificate.recipient_name
    assert subject["achievement"]["name"] == certificate.subject_title
    assert credential["issuer"]["name"] == certificate.issuer_name
    assert credential["issuer"]["id"].startswith(settings.SITE_URL)
    status = credential["credentialStatus"]
    assert status["statusListIndex"] == str(certificate.pk)
    assert status["statusListCredential"] == credentials.status_list_url()
    assert "validUntil" not in credential and "creator" not in subject["achievement"]
    certificate.valid_until = certificate.issued_at.replace(year=certificate.issued_at.year + 1)
    certificate.co_signer_name = "Sở Công Thương Thành phố Hồ Chí Minh"
    credential = credentials.build_credential(certificate)
    assert credential["validUntil"].startswith(str(certificate.valid_until.year))
    assert credential["credentialSubject"]["achievement"]["creator"]["name"] == (
        certificate.co_signer_name
    )


def test_a_business_is_identified_by_its_tax_code(certificate):
    certificate.recipient_tax_code = "0312345678"
    identifiers = credentials.build_credential(certificate)["credentialSubject"]["identifier"]
    assert [i["identityHash"] for i in identifiers] == [certificate.recipient_name, "0312345678"]


def test_only_this_issuers_untouched_proofs_verify(certificate):
    signed = credentials.sign_certificate(certificate)
    assert credentials.verify_credential(signed)
    forged = {**signed, "name": "Bằng giả"}
    assert not credentials.verify_credential(forged)
    assert not credentials.verify_credential(None)
    assert not credentials.verify_credential("a credential")


def test_a_credential_signed_before_a_key_rotation_verifies_while_its_key_is_published(
    certificate, settings, tmp_path
):
    signed = credentials.sign_certificate(certificate)
    old_key = signing.public_key_multibase()
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "new-key.pem"
    settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = True
    assert not credentials.verify_credential(signed)
    settings.CERTIFICATE_PREVIOUS_PUBLIC_KEYS = ["", old_key]
    assert credentials.previous_keys() == [old_key]
    assert credentials.verify_credential(signed)
    profile = credentials.issuer_profile()
    assert [m.get("publicKeyMultibase") for m in profile["verificationMethod"]] == [
        signing.public_key_multibase(),
        None,  # the JWK of the current key
        old_key,
    ]
    assert len(profile["assertionMethod"]) == 2
