"""manage.py compile_translations (portal/management/commands/compile_translations.py):
every .po of the project to .mo with polib, only those that changed."""

import io
import os

import polib
from django.core.management import call_command


def _catalogue(path, msgstr):
    path.parent.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Courses", msgstr=msgstr))
    po.save(str(path))
    return path


def _compile() -> str:
    out = io.StringIO()
    call_command("compile_translations", stdout=out)
    return out.getvalue()


def test_compiles_the_projects_and_the_apps_catalogues_once_each(settings, tmp_path):
    settings.BASE_DIR = tmp_path
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    project = _catalogue(tmp_path / "locale/vi/LC_MESSAGES/django.po", "Khoá học")
    app = _catalogue(tmp_path / "courses/locale/en/LC_MESSAGES/django.po", "Courses")
    _catalogue(tmp_path / ".venv/locale/vi/LC_MESSAGES/django.po", "của thư viện")

    assert "compiled 2 translation file(s)" in _compile()
    assert polib.mofile(str(project.with_suffix(".mo"))).find("Courses").msgstr == "Khoá học"
    assert app.with_suffix(".mo").exists()
    assert not (tmp_path / ".venv/locale/vi/LC_MESSAGES/django.mo").exists()
    assert "compiled 0 translation file(s)" in _compile()  # nothing changed since

    edited = polib.pofile(str(project))
    edited.find("Courses").msgstr = "Các khoá học"
    edited.save()
    later = project.with_suffix(".mo").stat().st_mtime + 10
    os.utime(project, (later, later))
    assert "compiled 1 translation file(s)" in _compile()
    assert polib.mofile(str(project.with_suffix(".mo"))).find("Courses").msgstr == "Các khoá học"
