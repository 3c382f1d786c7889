"""The load_courses command: a broken file loads nothing; a load reports what it did."""

import pytest
from django.core.management import CommandError, call_command

from courses.models import CatalogPage, LegalBasis

pytestmark = pytest.mark.django_db


def test_the_command_refuses_a_broken_file_and_writes_nothing(home_page, tmp_path, monkeypatch):
    broken = tmp_path / "hong.yaml"
    broken.write_text("slug: hong\nsection: national\n", encoding="utf-8")
    from courses import content_files

    monkeypatch.setattr(content_files, "COURSES", tmp_path)
    monkeypatch.setattr(
        "courses.management.commands.load_courses.read_courses",
        lambda: content_files.read_courses(tmp_path),
    )
    with pytest.raises(CommandError) as caught:
        call_command("load_courses")
    assert "Nothing was loaded" in str(caught.value)
    assert "hong.yaml: at the top level: 'title' is a required property" in str(caught.value)
    assert not CatalogPage.objects.exists() and not LegalBasis.objects.exists()


def test_the_command_loads_and_reports(home_page, capsys):
    call_command("load_courses")
    call_command("load_courses")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"legal bases: {LegalBasis.objects.count()} created; courses: 11")
    assert out[1] == "legal bases: 0 created; courses: 0 created, 0 rewritten, 0 lessons added"
