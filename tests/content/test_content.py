"""The content data files: what the shipped courses and journeys must be (bilingual,
quizzes people learn from, the facts the review corrected, links that resolve).

Pure data checks: no database. The readers' checks are in tests/courses/test_content_files.py
and tests/onboarding/test_content_files.py, the loaders' in tests/courses/test_loaders.py.
"""

import re

from courses import content_files as course_files
from onboarding import content_files as journey_files

COURSES = course_files.read_courses()
COURSES_BY_SLUG = {course["slug"]: course for course in COURSES}
JOURNEYS = journey_files.read_journeys()
JOURNEYS_BY_KEY = {journey["key"]: journey for journey in JOURNEYS}
RAW_JOURNEYS = {
    path.stem: journey_files.read_checked(path, schema=journey_files.JOURNEY_SCHEMA)
    for path in sorted(journey_files.JOURNEYS.glob("*.yaml"))
}
LEGAL_BASES = course_files.legal_bases()


def _blocks(block_type=None):
    for course in COURSES:
        for lesson in course["lessons"]:
            for block in lesson["body"]:
                if block_type is None or block["type"] == block_type:
                    yield course, lesson, block


def _strings(obj, key=""):
    """(key, string) for every string in `obj`, the key being the nearest dict key."""
    if isinstance(obj, str):
        yield key, obj
    elif isinstance(obj, dict):
        for k, value in obj.items():
            yield from _strings(value, k)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value, key)


def _vi_and_en(obj):
    """(vi, en) pairs: every `x` that has an `x_en` sibling, at any depth."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if f"{key}_en" in obj:
                yield key, value, obj[f"{key}_en"]
            yield from _vi_and_en(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _vi_and_en(value)


# ------------------------------------------------------------------------ the format


def test_every_shared_step_is_shared():
    used = {}
    for raw in RAW_JOURNEYS.values():
        for step in raw["steps"]:
            if "use" in step:
                used[step["use"]] = used.get(step["use"], 0) + 1
    assert {key: used.get(key, 0) for key in journey_files.shared_steps()} == {
        key: count for key, count in used.items() if count >= 2
    }


# ------------------------------------------------------------------ what we ship


def test_the_catalog_covers_what_businesses_and_officials_need():
    assert len(COURSES) >= 11
    notify = COURSES_BY_SLUG["thong-bao-website-ban-hang"]
    assert notify["section"] == 79
    for slug in (
        "dang-ky-website-cung-cap-dich-vu",  # registering a service platform
        "khieu-nai-va-tranh-chap-tieu-dung",  # officials: consumer complaints
        "livestream-tiep-thi-lien-ket-va-thue",  # livestream, affiliate, tax
        "chuong-trinh-thuong-mai-dien-tu-dia-phuong",  # provinces' platforms and programmes
    ):
        assert slug in COURSES_BY_SLUG, slug
    complaints = COURSES_BY_SLUG["khieu-nai-va-tranh-chap-tieu-dung"]
    assert complaints["officials_only"] and complaints["audience"] == "official"
    assert {
        "notify-website",
        "register-platform",
        "ocop-rating",
        "shopee-store",
        "lazada-store",
        "tiki-store",
        "sendo-store",
        "voso-store",
        "postmart-store",
        "amazon-global-selling",
        "alibaba-supplier",
    } <= set(JOURNEYS_BY_KEY)


def test_every_text_has_its_english():
    for course in COURSES:
        for key, vi, en in _vi_and_en(course):
            where = (course["slug"], key, vi if isinstance(vi, str) else "")
            if isinstance(vi, list):
                assert len(en) == len(vi) and all(e.strip() for e in en), where
            elif vi:  # an empty Vietnamese title needs no English either
                assert isinstance(en, str) and en.strip(), where
    for journey in [*RAW_JOURNEYS.values(), journey_files.shared_steps()]:
        for key, vi, en in _vi_and_en(journey):
            assert en.strip() or not vi.strip(), (key, vi)
    for key, basis in LEGAL_BASES.items():
        assert basis["title_en"].strip(), key


def test_english_is_a_translation_not_a_copy():
    """Body texts and quiz texts differ between languages (codes and names may not)."""
    for course, lesson, block in _blocks():
        if block["type"] in ("text", "callout"):
            assert block["text"] != block["text_en"], (course["slug"], lesson["slug"])
        if block["type"] == "quiz":
            for question in block["questions"]:
                assert question["text"] != question["text_en"], question["text"]
                assert question["explanation"] != question["explanation_en"], question["text"]


def test_html_uses_only_what_the_rich_text_editor_keeps():
    allowed = {"p", "ul", "ol", "li", "strong", "em", "a", "h3"}
    for course in COURSES:
        for key, text in _strings(course):
            if key in ("description", "description_en", "text", "text_en") and "<" in text:
                tags = {t.lower() for t in re.findall(r"</?\s*([a-zA-Z0-9]+)", text)}
                assert tags <= allowed, (course["slug"], tags - allowed)


def test_lessons_add_up_and_every_course_ends_with_a_quiz():
    for course in COURSES:
        lessons = course["lessons"]
        assert 3 <= len(lessons) <= 6, course["slug"]
        assert course["estimated_minutes"] == sum(lesson["estimated_minutes"] for lesson in lessons)
        assert any(block["type"] == "quiz" for block in lessons[-1]["body"]), course["slug"]


def test_quizzes_people_learn_from():
    """At least five questions, three or four distinct choices with an explanation, and a
    pass mark that allows exactly one mistake (grading rounds to whole percentages)."""
    for course, lesson, quiz in _blocks("quiz"):
        questions = quiz["questions"]
        assert len(questions) >= 5, (course["slug"], lesson["slug"])
        one_mistake = round(100 * (len(questions) - 1) / len(questions))
        two_mistakes = round(100 * (len(questions) - 2) / len(questions))
        assert two_mistakes < course["pass_mark"] <= one_mistake, (course["slug"], lesson["slug"])
        for question in questions:
            texts = [choice["text"] for choice in question["choices"]]
            assert 3 <= len(texts) <= 4 and len(set(texts)) == len(texts), question["text"]
            assert question["explanation"].strip(), question["text"]


def test_right_answers_are_spread_over_the_positions():
    everywhere = []
    for course, lesson, quiz in _blocks("quiz"):
        single = [
            [i for i, choice in enumerate(q["choices"]) if choice["correct"]][0]
            for q in quiz["questions"]
            if sum(choice["correct"] for choice in q["choices"]) == 1
        ]
        assert len(set(single)) >= 2, (course["slug"], lesson["slug"], single)
        everywhere += single
    for position in range(3):
        assert everywhere.count(position) <= len(everywhere) / 2, (position, everywhere)
    assert everywhere.count(0) >= len(everywhere) / 6  # not simply moved off the first place


def test_no_joke_choices():
    silly = ("điện thoại di động", "giấy phép lái xe của giám đốc", "hóa đơn tiền điện")
    for _, _, quiz in _blocks("quiz"):
        for question in quiz["questions"]:
            for choice in question["choices"]:
                assert not any(s in choice["text"].lower() for s in silly), choice["text"]


# -------------------------------------------------- the facts the review corrected


def test_unverified_marks_say_only_what_is_unknown():
    """The mark is the callout's kind, in a calm style: never a "Chưa được xác minh:"
    prefix glued in front of the text, and never around the law's settled date."""
    for _course, lesson, callout in _blocks("callout"):
        assert not callout["text"].startswith("Chưa được xác minh"), lesson["slug"]
        if callout["kind"] == "unverified":
            assert "có hiệu lực từ 01/07/2026" not in callout["text"], lesson["slug"]
    for _, text in _strings(COURSES):
        assert "UNVERIFIED" not in text and "TODO" not in text


def test_fines_in_quizzes_are_said_to_be_for_individuals():
    for _course, _lesson, quiz in _blocks("quiz"):
        for question in quiz["questions"]:
            brackets = [
                c for c in question["choices"] if re.fullmatch(r"\d+–\d+ triệu đồng", c["text"])
            ]
            if brackets:
                assert "cá nhân" in question["text"] + question["explanation"], question["text"]
                assert "individual" in question["text_en"] + question["explanation_en"]


def test_vneid_is_attributed_to_the_bill_not_the_law():
    for language, law, bill in (("", "Luật", "dự thảo"), ("_en", "Law", "bill")):
        for _course, lesson, block in _blocks():
            for sentence in re.split(r"(?<=[.;:])\s", block.get("text" + language, "")):
                if "VNeID" in sentence and law in sentence:
                    assert bill in sentence.lower(), (lesson["slug"], sentence)
    for journey in JOURNEYS:
        for step in journey["steps"]:
            for sentence in re.split(r"(?<=[.;:])\s", step["guidance"]):
                if "VNeID" in sentence and "Luật" in sentence:
                    assert "dự thảo" in sentence.lower(), (journey["key"], sentence)


def test_the_three_working_day_review_is_never_a_quiz_answer():
    """That time limit comes from an online.gov.vn answer written before the review moved
    to the provinces in 2025."""
    for _, _, quiz in _blocks("quiz"):
        for question in quiz["questions"]:
            for choice in question["choices"]:
                if choice["correct"]:
                    assert "3 ngày làm việc" not in choice["text"], question["text"]


def test_the_review_is_by_the_learners_own_province():
    for _course, lesson, block in _blocks("text"):
        if "UBND Thành phố Hồ Chí Minh" in block["text"]:
            assert "nơi bạn đăng ký kinh doanh" in block["text"], lesson["slug"]


def test_decision_645_is_presented_as_ended():
    for course, lesson, block in _blocks():
        text = " ".join(t for _, t in _strings(block))
        if "645/QĐ-TTg" in text:
            assert "kết thúc" in text and "ended" in text, (course["slug"], lesson["slug"])


def test_ocop_rating_is_at_province_and_centre_since_decision_1489():
    ocop = COURSES_BY_SLUG["dua-san-pham-ocop-len-san"]
    texts = [t for _, t in _strings(ocop)]
    assert any("1489/QĐ-TTg" in t for t in texts)
    for lesson in ocop["lessons"]:
        for block in lesson["body"]:
            text = " ".join(t for _, t in _strings(block))
            if re.search(r"\bhuyện\b", text):
                assert any(w in text for w in ("bỏ cấp huyện", "không còn", "trước khi")), text
    steps = {step["key"]: step for step in JOURNEYS_BY_KEY["ocop-rating"]["steps"]}
    assert "1489" in steps["commune-check"]["legal_document"]
    assert steps["central-rating"]["optional"]


def test_no_article_or_chapter_counts_for_law_122():
    """Sources disagree on how many chapters and articles the law has: say none."""
    for _, text in _strings([COURSES, list(RAW_JOURNEYS.values())]):
        assert not re.search(r"\d+ (chương|điều)\b", text), text
        assert not re.search(r"\d+ (chapters|articles)\b", text), text


# ---------------------------------------------------------------------- the links


def test_every_journey_course_exists_and_completes_only_unreviewed_steps():
    for journey in JOURNEYS:
        linked = [step for step in journey["steps"] if step["course_slug"]]
        assert linked, journey["key"]
        for step in linked:
            assert step["course_slug"] in COURSES_BY_SLUG, (journey["key"], step["key"])
            # Completing the course approves the step automatically: never skip a review.
            assert not step["review_required"], (journey["key"], step["key"])


def test_the_new_journeys_point_at_their_courses():
    def course_of(key):
        return [s["course_slug"] for s in JOURNEYS_BY_KEY[key]["steps"] if s["course_slug"]]

    assert course_of("register-platform") == ["dang-ky-website-cung-cap-dich-vu"]
    assert course_of("ocop-rating") == ["dua-san-pham-ocop-len-san"]


def test_every_link_target_exists():
    for _course, lesson, link in _blocks("link"):
        if "page" not in link:
            continue
        kind, _, target = link["page"].partition(":")
        if kind == "course":
            assert target in COURSES_BY_SLUG, (lesson["slug"], target)
        else:
            key, _, step = target.partition(":")
            assert key in JOURNEYS_BY_KEY, (lesson["slug"], target)
            if step:
                steps = {s["key"] for s in JOURNEYS_BY_KEY[key]["steps"]}
                assert step in steps, (lesson["slug"], target)


def test_journey_steps_follow_the_admin_rules():
    for journey in JOURNEYS:
        steps = journey["steps"]
        assert 4 <= len(steps) <= 10, journey["key"]
        optional = {step["key"] for step in steps if step["optional"]}
        for step in steps:
            if step["review_required"]:
                assert step["evidence"] != "none", (journey["key"], step["key"])
            if not step["optional"]:
                # A required step must not wait on an optional one.
                assert not set(step["depends_on"]) & optional, (journey["key"], step["key"])
            for field in ("guidance", "guidance_en"):
                assert "<" not in step[field]
                assert "\n" not in step[field].replace("\n\n", ""), (step["key"], field)
        assert journey["issues_certificate"] == (journey["key"] != "register-platform")
