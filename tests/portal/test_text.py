"""Plain text and names: stored as typed, escaped once where shown; names refuse control,
direction and invisible characters everywhere they are entered; e-mail subjects are one
line."""

import importlib
import unicodedata

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from portal.models import Profile
from portal.text import NameField, email_subject, one_line, validate_name

# (value, why it is refused)
BAD_NAMES = [
    ("Nguyễn\nVăn An", "control"),
    ("Nguyễn\r\nVăn An", "control"),
    ("Nguyễn\tVăn An", "control"),
    ("Nguyễn\x00Văn", "control"),
    ("Nguyễn\x07Văn", "control"),
    ("Nguyễn\x85Văn", "control"),  # NEL, a C1 control
    ("Nguyễn\u2028Văn", "control"),  # line separator
    ("Công ty \u202egnp.exe", "invisible"),  # right-to-left override
    ("Công ty \u202aA\u202c", "invisible"),
    ("Công ty \u2066A\u2069", "invisible"),
    ("Công\u200bty", "invisible"),  # zero-width space
    ("Công\u200cty", "invisible"),
    ("Công\u200dty", "invisible"),
    ("Công\u2060ty", "invisible"),  # word joiner
    ("\ufeffCông ty", "invisible"),  # BOM
    ("Công\u200fty", "invisible"),  # right-to-left mark
]


@pytest.mark.parametrize("value,kind", BAD_NAMES)
def test_validate_name_refuses_with_a_clear_reason(value, kind):
    with pytest.raises(ValidationError) as exc:
        validate_name(value)
    assert exc.value.code == f"name_{kind}"


@pytest.mark.parametrize(
    "value", ["Nguyễn Thị Thu Hà", "Hợp tác xã A & B", "O'Brien-Lê", "Sở Công Thương {province}"]
)
def test_validate_name_accepts_real_names(value):
    validate_name(value)


def test_name_field_composes_and_collapses():
    field = NameField(max_length=150)
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị")
    assert field.clean(f"  {decomposed}   <b>Hà</b> ") == "Nguyễn Thị Hà"
    assert field.clean("A &amp; B") == "A & B"
    with pytest.raises(ValidationError):
        field.clean("<b></b>")  # nothing left


def test_one_line_and_email_subject():
    assert one_line("Hợp tác xã\r\nDemo\t\u202e x ") == "Hợp tác xã Demo x"
    assert email_subject("Đăng ký đã duyệt: A\r\nBcc: x@example.com") == (
        "Đăng ký đã duyệt: A Bcc: x@example.com"
    )


@pytest.mark.django_db
def test_profile_page_shows_the_error_in_both_languages(client, learner, hcm):
    client.force_login(learner)
    data = {"full_name": "Nguyễn\u202eAn", "province": hcm.pk, "learner_type": "business"}
    en = client.post("/accounts/profile/?lang=en", data)
    assert en.status_code == 200
    assert "invisible or text-direction characters" in en.content.decode()
    vi = client.post("/accounts/profile/?lang=vi", data)
    assert "ký tự ẩn hoặc ký tự đổi chiều chữ" in vi.content.decode()
    learner.profile.refresh_from_db()
    assert learner.profile.full_name == "Nguyễn Thị Thu Hà"


@pytest.mark.django_db
def test_an_ampersand_is_stored_once_and_escaped_once(client, learner, hcm):
    client.force_login(learner)
    data = {"full_name": "Lê & Trần", "province": hcm.pk, "learner_type": "business"}
    assert client.post("/accounts/profile/", data).status_code == 302
    learner.profile.refresh_from_db()
    assert learner.profile.full_name == "Lê & Trần"
    html = client.get("/accounts/profile/").content.decode()
    assert "Lê &amp; Trần" in html and "&amp;amp;" not in html


@pytest.mark.django_db
def test_the_data_migration_turns_stored_entities_into_text(learner):
    Profile.objects.filter(user=learner).update(full_name="Lê &amp; Trần\r\nHà")
    migration = importlib.import_module("portal.migrations.0004_names_plain_text")
    migration.plain_text(apps, None)
    learner.profile.refresh_from_db()
    assert learner.profile.full_name == "Lê & Trần Hà"
