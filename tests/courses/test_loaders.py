"""The course loader: the content files become pages that validate as the admin would,
read in English, link where they say, and stay as editors left them on the next load."""

import pytest
from wagtail.images import get_image_model

from courses import demo as course_demo
from courses import loaders
from courses.blocks import LessonBodyBlock
from courses.content_files import read_courses
from courses.models import CatalogPage, CoursePage, Enrolment, LegalBasis, LessonPage
from tests.conftest import kept_for_module
from tests.courses.builders import lessons_of

pytestmark = pytest.mark.django_db

CONTENT = read_courses()


def load_all():
    from home.demo import load_home_page

    load_home_page()
    loaders.legal_bases_load()
    loaders.catalog_load()
    return loaders.courses_load()


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    yield from kept_for_module(django_db_blocker, load_all)


def _blocks(block_type):
    for lesson in LessonPage.objects.all():
        for block in lesson.body:
            if block.block_type == block_type:
                yield lesson, block


def test_the_files_become_pages_with_covers_links_and_legal_bases(loaded):
    """Every course and lesson, validating as the admin would; covers imported as Wagtail
    images with alt text in both languages; links to courses and journeys; callouts citing
    legal bases by key."""
    assert sorted(loaded.created) == sorted(course["slug"] for course in CONTENT)
    assert LessonPage.objects.count() == sum(len(course["lessons"]) for course in CONTENT)
    catalog = CatalogPage.objects.get()
    assert (catalog.title, catalog.title_en, catalog.url) == ("Khoá học", "Courses", "/courses/")
    block = LessonBodyBlock()
    for lesson in LessonPage.objects.all():
        assert lesson.live and lesson.title_en
        block.clean(lesson.body)  # as the admin would: quizzes with answers, valid links
    ocop = CoursePage.objects.get(slug="dua-san-pham-ocop-len-san")
    assert ocop.province.code == 79 and ocop.url.startswith("/courses/ho-chi-minh/")
    assert ocop.certificate_template is None  # no demo templates in this database
    assert ocop.outcomes_en.count("\n") == ocop.outcomes.count("\n")
    assert "<p>" in ocop.description_en and "\n" not in ocop.description_en
    officials = CoursePage.objects.get(slug="quan-ly-nha-nuoc-thuong-mai-dien-tu")
    assert (officials.quiz_max_attempts, officials.quiz_cooldown_minutes) == (3, 10)
    assert (ocop.quiz_max_attempts, ocop.quiz_feedback) == (0, "after_pass_or_last")
    stores = CoursePage.objects.get(slug="mo-gian-hang-shopee-lazada-tiki")
    assert [p.slug for p in stores.prerequisites.all()] == ["thuong-mai-dien-tu-co-ban"]
    Image = get_image_model()
    assert Image.objects.count() == len(CONTENT)
    for course in CoursePage.objects.select_related("cover_image"):
        assert course.cover_image.width == 1200 and course.cover_image.height == 675
        assert course.cover_alt and course.cover_alt_en
        assert course.cover_image.description == course.cover_alt
    courses = {course.pk: course.slug for course in CoursePage.objects.all()}
    targets = {"course": 0, "journey": 0}
    for _lesson, block in _blocks("link"):
        if block.value["page"] is not None:
            assert block.value["page"].pk in courses
            targets["course"] += 1
        else:
            assert block.value["url"].startswith("/onboarding/?step=")
            targets["journey"] += 1
    assert targets["course"] >= 3 and targets["journey"] >= 10
    link = next(b for lesson, b in _blocks("link") if lesson.slug == "ho-so-ocop")
    assert link.value["url"] == "/onboarding/?step=ocop-rating"
    keys = set(LegalBasis.objects.values_list("key", flat=True))
    cited = {b.value["legal_basis"] for _lesson, b in _blocks("callout") if b.value["legal_basis"]}
    assert cited and cited <= keys
    basis = LegalBasis.objects.get(key="decree-146-2025")
    assert (str(basis.valid_from), str(basis.valid_to)) == ("2025-07-01", "2027-02-28")


def test_loading_again_keeps_what_editors_changed_and_adds_new_lessons(loaded):
    lesson = LessonPage.objects.get(slug="ocop-la-gi")
    lesson.title_en = "What OCOP is (edited)"
    lesson.save_revision().publish()
    basis = LegalBasis.objects.get(key="law-122-2025")
    basis.title_en = "Law 122 (edited)"
    basis.save()
    images, pages = get_image_model().objects.count(), LessonPage.objects.count()

    again = loaders.courses_load()
    assert loaders.legal_bases_load() == 0
    assert (again.created, again.rewritten, again.lessons_added) == ([], [], 0)
    assert (get_image_model().objects.count(), LessonPage.objects.count()) == (images, pages)
    assert LessonPage.objects.get(slug="ocop-la-gi").title_en == "What OCOP is (edited)"
    assert LegalBasis.objects.get(key="law-122-2025").title_en == "Law 122 (edited)"
    data = [dict(course) for course in CONTENT]
    basics = next(course for course in data if course["slug"] == "thuong-mai-dien-tu-co-ban")
    basics["lessons"] = [
        *basics["lessons"],
        {
            "slug": "bai-moi",
            "title": "Bài mới",
            "title_en": "A new lesson",
            "estimated_minutes": 5,
            "body": [{"type": "text", "text": "<p>Mới</p>", "text_en": "<p>New</p>"}],
        },
    ]
    again = loaders.courses_load(courses=data)
    assert again.lessons_added == 1
    course = CoursePage.objects.get(slug="thuong-mai-dien-tu-co-ban")
    assert lessons_of(course)[-1].slug == "bai-moi"


def test_reset_rewrites_from_the_files_and_attempts_keep_counting(loaded, learner):
    course = CoursePage.objects.get(slug="thuong-mai-dien-tu-co-ban")
    course_demo.complete_course(user=learner, course=course)
    lesson = lessons_of(course)[-1]
    quiz_id = lesson.quiz_blocks()[0].id
    lesson.title_en = "Edited"
    lesson.save_revision().publish()

    again = loaders.courses_load(reset=True)
    assert sorted(again.rewritten) == sorted(c["slug"] for c in CONTENT)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title_en == "The 2025 Law on E-commerce, and the quiz"
    assert lesson.quiz_blocks()[0].id == quiz_id
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.attempts.filter(block_id=quiz_id, passed=True).exists()


def test_every_lesson_reads_in_english(loaded, client, official):
    """Nothing falls back to Vietnamese: no "(not yet translated)" mark on any lesson, the
    officials' ones included; legal callouts name their basis in the reader's language."""
    client.force_login(official)
    for course in CoursePage.objects.all():
        Enrolment.objects.create(user=official, course=course)  # prerequisites aside
        for lesson in lessons_of(course):
            response = client.get(lesson.url, {"lang": "en"})
            assert response.status_code == 200, lesson.url
            html = response.content.decode()
            assert "untranslated" not in html, lesson.url
            assert 'lang="en"' in html
    url = lessons_of(CoursePage.objects.get(slug="thong-bao-website-ban-hang"))[0].url
    english = client.get(url, {"lang": "en"}).content.decode()
    assert "Decree 146/2025/ND-CP – notifications of sales websites" in english
    assert "applies from 01/07/2025 to 28/02/2027" in english
    vietnamese = client.get(url, {"lang": "vi"}).content.decode()
    assert "Nghị định 146/2025/NĐ-CP – phân cấp tiếp nhận" in vietnamese
