"""courses/content_files.py: the readers' checks of the course files (a broken file fails
with a message naming it and where). Pure data: no database. What the shipped files must
hold is checked in tests/content/test_content.py."""

import shutil
from pathlib import Path

import pytest

from courses import content_files as course_files
from portal.content import ContentError
from tests.content.edits import edit, refusal_of


def _copy_course(tmp_path, slug="thuong-mai-dien-tu-co-ban") -> Path:
    target = tmp_path / f"{slug}.yaml"
    shutil.copy(course_files.COURSES / f"{slug}.yaml", target)
    return target


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "        text_en: Which channel needs which procedure?\n",
            "",
            "'text_en' is a required property",
        ),
        ("      - type: heading\n", "      - type: banner\n", "'banner' is not one of"),
        ("        kind: legal\n", "        kind: urgent\n", "'urgent' is not one of"),
        ("level: beginner", "level: expert", "'expert' is not one of"),
        ("pass_mark: 80", "pass_mark: 180", "180 is greater than the maximum of 100"),
        ("platforms: []", "platforms: [facebook]", "'facebook' is not one of"),
    ],
)
def test_a_course_that_breaks_the_schema_is_refused_with_where(tmp_path, old, new, message):
    path = _copy_course(tmp_path)
    edit(path, old, new)
    refusal = refusal_of(course_files.read_course, path)
    assert "thuong-mai-dien-tu-co-ban.yaml: at " in refusal
    assert message in refusal


def test_a_quiz_question_without_a_right_answer_is_refused(tmp_path):
    path = _copy_course(tmp_path)
    edit(
        path,
        "text_en: Notifying a sales website\n                correct: true",
        "text_en: Notifying a sales website\n                correct: false",
    )
    with pytest.raises(ContentError, match=r"lessons\[4\]\.body\[\d+\]\.questions\[0\]\.choices"):
        course_files.read_course(path)


def test_a_link_needs_a_page_or_an_address_not_both(tmp_path):
    path = _copy_course(tmp_path, "thong-bao-website-ban-hang")
    edit(
        path,
        "        page: journey:notify-website:publish-required-info\n",
        "        page: journey:notify-website:publish-required-info\n        url: https://x.vn\n",
    )
    with pytest.raises(ContentError, match="body"):
        course_files.read_course(path)


def test_not_yaml_says_so(tmp_path):
    path = tmp_path / "khoa-hoc.yaml"
    path.write_text("slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match="khoa-hoc.yaml: not valid YAML"):
        course_files.read_course(path)


def test_the_reader_checks_what_the_schema_cannot(tmp_path):
    path = _copy_course(tmp_path)
    renamed = path.with_name("khac.yaml")
    path.rename(renamed)
    edit(renamed, "legal_basis: law-122-2025", "legal_basis: law-999-2030")
    edit(renamed, "  - slug: giay-to-va-ma-so-thue", "  - slug: chon-kenh-ban-hang")
    message = refusal_of(course_files.read_course, renamed)
    assert "named khac.yaml but the slug is thuong-mai-dien-tu-co-ban" in message
    assert "legal basis 'law-999-2030' is not in legal_bases.yaml" in message
    assert "two lessons have the slug chon-kenh-ban-hang" in message


def test_free_text_legal_bases_are_allowed(tmp_path):
    path = _copy_course(tmp_path)
    edit(path, "legal_basis: law-122-2025", "legal_basis: Nghị định 52/2013/NĐ-CP")
    assert course_files.read_course(path)["slug"] == "thuong-mai-dien-tu-co-ban"


def test_prerequisites_must_exist_and_form_no_cycle(tmp_path):
    for path in course_files.COURSES.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    order = [c["slug"] for c in course_files.read_courses(tmp_path)]
    assert order.index("thuong-mai-dien-tu-co-ban") < order.index("mo-gian-hang-shopee-lazada-tiki")
    basics = tmp_path / "thuong-mai-dien-tu-co-ban.yaml"
    edit(basics, "prerequisites: []", "prerequisites: [mo-gian-hang-shopee-lazada-tiki]")
    with pytest.raises(ContentError, match="prerequisites form a cycle"):
        course_files.read_courses(tmp_path)
    (tmp_path / "mo-gian-hang-shopee-lazada-tiki.yaml").unlink()
    with pytest.raises(ContentError, match="prerequisite mo-gian-hang-shopee-lazada-tiki is not"):
        course_files.read_courses(tmp_path)
    (tmp_path / "thong-bao-website-ban-hang.yaml").unlink()
    with pytest.raises(ContentError, match="links to course:thong-bao-website-ban-hang"):
        course_files.read_courses(tmp_path)
