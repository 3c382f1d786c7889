"""The Wagtail admin speaks Vietnamese to trainers and staff: the strings Wagtail's own
catalogue leaves in English come from locale_overrides/ (django.po and djangojs.po)."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import Permission

from tests.courses.builders import add_course, catalog_for, lessons_of

OVERRIDES = Path(__file__).resolve().parents[2] / "locale_overrides" / "vi" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_every_override_keeps_its_placeholders(name):
    for entry in polib.pofile(str(OVERRIDES / name)):
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert any(
                sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
                for source in sources
            ), (entry.msgid, text)


@pytest.fixture
def trainer_editor(trainer_hcm):
    trainer_hcm.groups.first().permissions.add(Permission.objects.get(codename="access_admin"))
    return trainer_hcm


def test_the_page_editor_and_menu_are_vietnamese(client, home_page, make_user, hcm):
    from courses.services import section_create

    course = add_course(section_create(province=hcm, catalog=catalog_for(home_page)))
    lesson = lessons_of(course)[0]
    client.force_login(make_user("root@example.com", superuser=True))
    body = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    # The sidebar menu is JSON inside the page (non-ASCII escaped).
    for english in ("Save draft", '"Images"', '"Reports"', '"Documents"', "Set schedule"):
        assert english not in body, english
    for vietnamese in ("Lưu bản nháp", "Hình ảnh", "Báo cáo", "Tài liệu", "Đặt lịch"):
        assert vietnamese in body or json.dumps(vietnamese)[1:-1] in body, vietnamese


def test_the_admin_s_javascript_strings_are_vietnamese(client, trainer_editor):
    client.force_login(trainer_editor)
    catalog = client.get("/admin/jsi18n/").content.decode("unicode_escape")
    assert "Chèn một khối" in catalog  # "Insert a block"
    assert "Đã tự động lưu các thay đổi." in catalog  # "Changes have been autosaved."


def test_moderation_messages_are_vietnamese():
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("vi"):
        assert gettext("Page '%(page_title)s' has been updated.") == (
            "Đã cập nhật trang '%(page_title)s'."
        )
        assert gettext("Page '%(page_title)s' has been submitted for moderation.") == (
            "Đã gửi duyệt trang '%(page_title)s'."
        )
