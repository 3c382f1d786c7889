"""Structure of the demo course content and the default journey templates.

Pure data checks: no database, no Django. The loaders (courses.demo, onboarding.demo)
rely on these shapes, so a broken key or a dangling reference fails here first.
"""

import re
from datetime import date

import pytest

from courses.demo_content import COURSES
from onboarding.default_templates import TEMPLATES

COURSE_KEYS = {
    "slug",
    "section",
    "title",
    "title_en",
    "summary",
    "summary_en",
    "description_html",
    "track",
    "platforms",
    "audience",
    "officials_only",
    "level",
    "estimated_minutes",
    "outcomes",
    "prerequisites",
    "pass_mark",
    "lessons",
}
LESSON_KEYS = {"slug", "title", "title_en", "estimated_minutes", "body"}
TRACKS = {"ecommerce_skills", "cross_border", "ocop", "platform", "state_management"}
PLATFORMS = {"shopee", "lazada", "tiki", "sendo", "voso", "postmart", "amazon", "alibaba"}
AUDIENCES = {"business", "official", "everyone"}
LEVELS = {"beginner", "intermediate", "advanced"}
BLOCK_TYPES = {"heading", "text", "callout", "checklist", "quiz", "onboarding_step"}
CALLOUT_KINDS = {"tip", "warning", "legal"}
HTML_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a", "h3"}

TEMPLATE_KEYS = {
    "key",
    "title",
    "title_en",
    "description",
    "description_en",
    "platform",
    "issues_certificate",
    "steps",
}
STEP_KEYS = {
    "key",
    "title",
    "title_en",
    "guidance",
    "guidance_en",
    "legal_document",
    "legal_valid_from",
    "legal_valid_to",
    "evidence",
    "review_required",
    "optional",
    "depends_on",
    "duration_days",
    "course_slugs",
}
EVIDENCE = {"file", "url", "code", "none"}
EXPECTED_TEMPLATES = {
    "notify-website",
    "register-platform",
    "shopee-store",
    "lazada-store",
    "tiki-store",
    "sendo-store",
    "voso-store",
    "postmart-store",
    "amazon-global-selling",
    "alibaba-supplier",
}

COURSES_BY_SLUG = {course["slug"]: course for course in COURSES}
TEMPLATES_BY_KEY = {template["key"]: template for template in TEMPLATES}
STEP_REFS = {
    f"{template['key']}:{step['key']}" for template in TEMPLATES for step in template["steps"]
}


def _find_cycle(graph):
    """Return a node on a cycle of ``graph`` (node -> iterable of nodes), or None."""
    state = {}

    def visit(node):
        state[node] = "open"
        for nxt in graph.get(node, ()):
            if state.get(nxt) == "open":
                return nxt
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        return None

    for node in graph:
        if node not in state and (found := visit(node)):
            return found
    return None


def _tags(html):
    return {m.lower() for m in re.findall(r"</?\s*([a-zA-Z0-9]+)", html)}


def _blocks(block_type):
    for course in COURSES:
        for lesson in course["lessons"]:
            for kind, value in lesson["body"]:
                if kind == block_type:
                    yield course["slug"], lesson["slug"], value


def _all_text(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _all_text(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            yield from _all_text(value)


# ------------------------------------------------------------------------ courses


def test_course_cycle_finder_detects_cycles():
    assert _find_cycle({"a": ["b"], "b": ["a"]}) in {"a", "b"}
    assert _find_cycle({"a": ["b"], "b": []}) is None


def test_at_least_six_courses_with_unique_slugs():
    assert len(COURSES) >= 6
    assert len(COURSES_BY_SLUG) == len(COURSES)


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_course_fields(course):
    assert set(course) == COURSE_KEYS
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", course["slug"])
    section = course["section"]
    assert section == "national" or (isinstance(section, int) and section > 0)
    assert course["track"] in TRACKS
    assert set(course["platforms"]) <= PLATFORMS
    assert course["audience"] in AUDIENCES
    assert course["level"] in LEVELS
    assert isinstance(course["officials_only"], bool)
    if course["officials_only"]:
        assert course["audience"] == "official"
    assert 0 < course["pass_mark"] <= 100
    assert course["outcomes"] and all(o.strip() for o in course["outcomes"])
    for key in ("title", "title_en", "summary", "summary_en", "description_html"):
        assert course[key].strip(), key
    # Vietnamese fields carry diacritics (a missing-accent title is a content bug).
    assert not course["title"].isascii()
    assert _tags(course["description_html"]) <= HTML_TAGS


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_course_lessons(course):
    lessons = course["lessons"]
    assert 3 <= len(lessons) <= 6
    assert len({lesson["slug"] for lesson in lessons}) == len(lessons)
    for lesson in lessons:
        assert set(lesson) == LESSON_KEYS
        assert lesson["title"].strip() and lesson["estimated_minutes"] > 0
        assert lesson["title_en"].strip(), lesson["slug"]
        # The English title is a translation, not a copy of the Vietnamese one.
        assert lesson["title_en"] != lesson["title"], lesson["slug"]
        assert 3 <= len(lesson["body"]) <= 6, lesson["slug"]
        for block in lesson["body"]:
            assert isinstance(block, tuple) and len(block) == 2
            assert block[0] in BLOCK_TYPES
    assert course["estimated_minutes"] == sum(lesson["estimated_minutes"] for lesson in lessons)
    assert any(kind == "quiz" for kind, _ in lessons[-1]["body"]), "last lesson needs a quiz"


def test_page_slugs_do_not_collide():
    """Templates link courses by page slug, so no lesson may share a course's slug."""
    lesson_slugs = [lesson["slug"] for c in COURSES for lesson in c["lessons"]]
    assert len(set(lesson_slugs)) == len(lesson_slugs)
    assert not set(lesson_slugs) & set(COURSES_BY_SLUG)


def test_lengths_fit_the_models():
    for course in COURSES:
        assert len(course["slug"]) <= 255 and len(course["title"]) <= 255
        assert len(course["title_en"]) <= 255
        for lesson in course["lessons"]:
            assert len(lesson["title"]) <= 255 and len(lesson["title_en"]) <= 255
    for template in TEMPLATES:
        assert len(template["key"]) <= 60
        assert len(template["title"]) <= 200 and len(template["title_en"]) <= 200
        for step in template["steps"]:
            assert len(step["key"]) <= 60
            assert len(step["title"]) <= 200 and len(step["title_en"]) <= 200
            assert len(step["legal_document"]) <= 300


def test_text_and_heading_blocks():
    for slug, lesson, html in _blocks("text"):
        assert html.strip().startswith("<"), (slug, lesson)
        assert _tags(html) <= HTML_TAGS, (slug, lesson, _tags(html) - HTML_TAGS)
    for slug, lesson, heading in _blocks("heading"):
        assert isinstance(heading, str) and heading.strip(), (slug, lesson)


def test_callout_blocks():
    for slug, lesson, value in _blocks("callout"):
        assert set(value) == {"kind", "title", "text", "legal_basis"}
        assert value["kind"] in CALLOUT_KINDS
        assert value["text"].strip() and "<" not in value["text"], (slug, lesson)
        if value["kind"] == "legal":
            assert value["legal_basis"].strip(), (slug, lesson)
        else:
            assert value["legal_basis"] == "", (slug, lesson)


def test_checklist_blocks():
    for slug, lesson, value in _blocks("checklist"):
        assert set(value) == {"title", "items"}
        assert value["items"] and all(item.strip() for item in value["items"]), (slug, lesson)


def test_quizzes():
    for slug, lesson, value in _blocks("quiz"):
        assert set(value) == {"title", "questions"}
        assert 3 <= len(value["questions"]) <= 5, (slug, lesson)
        for question in value["questions"]:
            assert set(question) == {"text", "choices", "explanation"}
            assert question["text"].strip() and question["explanation"].strip()
            assert 3 <= len(question["choices"]) <= 4, question["text"]
            for choice in question["choices"]:
                assert set(choice) == {"text", "correct"}
                assert isinstance(choice["correct"], bool)
            assert any(c["correct"] for c in question["choices"]), question["text"]
            texts = [c["text"] for c in question["choices"]]
            assert len(set(texts)) == len(texts), question["text"]


def test_every_course_has_a_quiz():
    with_quiz = {slug for slug, _, _ in _blocks("quiz")}
    assert with_quiz == set(COURSES_BY_SLUG)


def test_onboarding_step_blocks_point_at_existing_steps():
    for slug, lesson, value in _blocks("onboarding_step"):
        assert set(value) == {"step_key", "text"}
        assert value["step_key"] in STEP_REFS, (slug, lesson, value["step_key"])
        assert value["text"].strip()


def test_prerequisites_exist_and_have_no_cycle():
    for course in COURSES:
        for slug in course["prerequisites"]:
            assert slug in COURSES_BY_SLUG and slug != course["slug"], slug
    graph = {course["slug"]: course["prerequisites"] for course in COURSES}
    assert _find_cycle(graph) is None


def test_required_courses_are_present():
    notify = COURSES_BY_SLUG["thong-bao-website-ban-hang"]
    assert notify["section"] == 79

    def one(**wanted):
        found = [c for c in COURSES if all(c[k] == v for k, v in wanted.items())]
        assert found, wanted
        return found[0]

    stores = one(section=79, track="platform")
    assert {"shopee", "lazada", "tiki"} <= set(stores["platforms"])
    export = one(section="national", track="cross_border")
    assert {"amazon", "alibaba"} <= set(export["platforms"])
    one(section=79, track="ocop")
    one(section="national", track="state_management", audience="official", officials_only=True)
    one(section="national", track="ecommerce_skills", level="beginner")


def test_no_unverified_marker_leaks_untranslated():
    """The notes' English marker must never reach learners; the Vietnamese mark is used."""
    for text in _all_text([COURSES, TEMPLATES]):
        assert "UNVERIFIED" not in text
        assert "TODO" not in text


# ---------------------------------------------------------------------- templates


def test_expected_templates_present_and_unique():
    assert len(TEMPLATES_BY_KEY) == len(TEMPLATES)
    assert EXPECTED_TEMPLATES <= set(TEMPLATES_BY_KEY)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t["key"])
def test_template_fields(template):
    assert set(template) == TEMPLATE_KEYS
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", template["key"])
    assert template["platform"] == "" or template["platform"] in PLATFORMS
    assert isinstance(template["issues_certificate"], bool)
    for key in ("title", "title_en", "description", "description_en"):
        assert template[key].strip(), key
    assert not template["title"].isascii()
    assert 4 <= len(template["steps"]) <= 8
    keys = [step["key"] for step in template["steps"]]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t["key"])
def test_template_steps(template):
    keys = {step["key"] for step in template["steps"]}
    for step in template["steps"]:
        assert set(step) == STEP_KEYS
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", step["key"])
        for field in ("title", "title_en", "guidance", "guidance_en"):
            assert step[field].strip(), (step["key"], field)
        for field in ("guidance", "guidance_en"):
            # Plain text; paragraphs separated by one blank line, no stray line breaks.
            assert "<" not in step[field]
            assert "\n" not in step[field].replace("\n\n", ""), (step["key"], field)
            assert "\n\n\n" not in step[field]
        assert step["evidence"] in EVIDENCE
        for flag in ("review_required", "optional"):
            assert isinstance(step[flag], bool)
        if step["review_required"]:
            assert step["evidence"] != "none", f"{step['key']}: nothing to review"
        assert isinstance(step["duration_days"], int) and step["duration_days"] > 0
        assert all(dep in keys and dep != step["key"] for dep in step["depends_on"])
        assert all(slug in COURSES_BY_SLUG for slug in step["course_slugs"]), step["key"]
        if step["course_slugs"]:
            # Completing a course approves the step automatically: never skip a review.
            assert not step["review_required"], step["key"]
        _check_legal(step)
    graph = {step["key"]: step["depends_on"] for step in template["steps"]}
    assert _find_cycle(graph) is None
    # A required step must not wait on an optional one.
    optional = {step["key"] for step in template["steps"] if step["optional"]}
    for step in template["steps"]:
        if not step["optional"]:
            assert not set(step["depends_on"]) & optional, step["key"]


def _check_legal(step):
    valid_from, valid_to = step["legal_valid_from"], step["legal_valid_to"]
    for value in (valid_from, valid_to):
        assert value is None or (isinstance(value, str) and date.fromisoformat(value))
    if not step["legal_document"]:
        assert valid_from is None and valid_to is None, step["key"]
    if valid_from and valid_to:
        assert date.fromisoformat(valid_from) <= date.fromisoformat(valid_to)


def test_certificates_for_notification_stores_and_export():
    for key in EXPECTED_TEMPLATES - {"register-platform"}:
        assert TEMPLATES_BY_KEY[key]["issues_certificate"], key


def test_notify_website_steps_follow_the_procedure():
    steps = {step["key"]: step for step in TEMPLATES_BY_KEY["notify-website"]["steps"]}
    screenshot = steps["publish-required-info"]
    assert screenshot["evidence"] == "file" and screenshot["review_required"]
    assert steps["receive-confirmation"]["evidence"] == "code"
    assert steps["display-logo"]["evidence"] == "url"
    assert steps["create-account"]["duration_days"] == 3
    assert steps["receive-confirmation"]["duration_days"] == 3
    assert "receive-confirmation" in steps["display-logo"]["depends_on"]
    assert set(steps["submit-notification"]["depends_on"]) == {
        "declare-info",
        "publish-required-info",
    }
    decree_146 = [s for s in steps.values() if "146/2025" in s["legal_document"]]
    assert decree_146
    for step in decree_146:
        assert (step["legal_valid_from"], step["legal_valid_to"]) == ("2025-07-01", "2027-02-28")


def test_every_course_is_linked_from_a_template():
    linked = {slug for t in TEMPLATES for step in t["steps"] for slug in step["course_slugs"]}
    expected = set(COURSES_BY_SLUG) - {
        c["slug"] for c in COURSES if c["track"] == "state_management"
    }
    assert expected <= linked
