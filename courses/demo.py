"""Demo data of the courses app: the catalog, a section for every current province and
the national one (with trainers' and reviewers' groups and workflows), the courses of
courses/demo_content.py, and learner@demo.example's progress (one course completed
through the services, one in progress). Idempotent: running it twice changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F

from courses import quizzes, services
from courses.models import CatalogPage, CoursePage, CourseSectionPage, Enrolment, LessonPage
from courses.selectors import prerequisites_missing

CATALOG = {
    "title": "Khoá học",
    "slug": "courses",
    "intro": (
        "Khoá học tự học về thương mại điện tử, xuất khẩu trực tuyến, sản phẩm OCOP, "
        "bán hàng trên các sàn và quản lý nhà nước về thương mại điện tử."
    ),
    "intro_en": (
        "Self-paced courses on e-commerce, cross-border export, OCOP products, selling on "
        "marketplaces and the state management of e-commerce."
    ),
}


def demo_courses() -> list[dict]:
    try:
        from courses.demo_content import COURSES
    except ImportError:
        return []
    return COURSES


def load(stdout=None, courses: list[dict] | None = None) -> None:
    catalog = load_catalog()
    load_sections(catalog)
    data = demo_courses() if courses is None else courses
    pages = load_courses(data)
    load_learner_progress(pages, data)
    load_other_learners(pages, data)
    load_official_progress(pages, data)
    if stdout is not None:
        stdout.write(
            f"courses: {len(pages)} courses in {CourseSectionPage.objects.count()} sections"
        )


@transaction.atomic
def load_catalog() -> CatalogPage:
    from home.models import HomePage

    catalog = CatalogPage.objects.first()
    if catalog is None:
        home = HomePage.objects.first()
        catalog = CatalogPage(**CATALOG)
        home.add_child(instance=catalog)
        catalog.save_revision().publish()
    return catalog


def load_sections(catalog: CatalogPage) -> None:
    from portal.models import Province

    services.section_create(province=None, catalog=catalog)
    for province in Province.objects.current().order_by("code"):
        services.section_create(province=province, catalog=catalog)


def _section(code) -> CourseSectionPage:
    if code == "national":
        return CourseSectionPage.objects.get(province__isnull=True)
    return CourseSectionPage.objects.get(province__code=code, province__is_current=True)


@transaction.atomic
def load_courses(data: list[dict]) -> dict[str, CoursePage]:
    """Creates each course (and its lessons) once, keyed by slug."""
    from certification import demo as certificate_demo

    pages = {}
    for item in data:
        section = _section(item["section"])
        template = certificate_demo.template(
            certificate_demo.course_template_name(section=item["section"], track=item["track"])
        )
        course = CoursePage.objects.child_of(section).filter(slug=item["slug"]).first()
        if course is None:
            course = CoursePage(
                slug=item["slug"],
                title=item["title"],
                title_en=item.get("title_en", ""),
                summary=item["summary"],
                summary_en=item.get("summary_en", ""),
                description=item.get("description_html", ""),
                description_en=item.get("description_html_en", ""),
                track=item["track"],
                platforms=", ".join(item.get("platforms", [])),
                audience=item["audience"],
                officials_only=item.get("officials_only", False),
                level=item["level"],
                estimated_minutes=item["estimated_minutes"],
                outcomes="\n".join(item.get("outcomes", [])),
                outcomes_en="\n".join(item.get("outcomes_en", [])),
                pass_mark=item.get("pass_mark", 70),
                certificate_template=template,
            )
            section.add_child(instance=course)
            course.save_revision().publish()
            for lesson_data in item["lessons"]:
                lesson = LessonPage(
                    title=lesson_data["title"],
                    title_en=lesson_data.get("title_en", ""),
                    slug=lesson_data["slug"],
                    estimated_minutes=lesson_data.get("estimated_minutes", 10),
                    body=list(lesson_data["body"]),
                )
                course.add_child(instance=lesson)
                lesson.save_revision().publish()
        else:
            _fill_lesson_titles_en(course, item["lessons"])
        if template is not None and course.certificate_template_id != template.pk:
            # Certificate templates may land (or change) after the courses were loaded.
            course.certificate_template = template
            course.save_revision().publish()
        pages[item["slug"]] = course
    for item in data:
        wanted = [pages[s] for s in item.get("prerequisites", []) if s in pages]
        course = pages[item["slug"]]
        if wanted and set(course.prerequisites.all()) != set(wanted):
            course.prerequisites.set(wanted)
            course.save_revision().publish()
    return pages


def _fill_lesson_titles_en(course: CoursePage, lessons: list[dict]) -> None:
    """English lesson titles the content gained after the course was first loaded fill
    empty `title_en` fields (never overwriting an editor's)."""
    wanted = {data["slug"]: data["title_en"] for data in lessons if data.get("title_en")}
    if not wanted:
        return
    for lesson in LessonPage.objects.child_of(course).filter(slug__in=wanted, title_en=""):
        lesson.title_en = wanted[lesson.slug]
        lesson.save_revision().publish()


def _right_answers(quiz) -> dict[str, list[int]]:
    return {
        str(i): [j for j, choice in enumerate(q["choices"]) if choice["correct"]]
        for i, q in enumerate(quiz["questions"])
    }


def _submit(*, enrolment: Enrolment, lesson: LessonPage, block, answers: dict):
    """One attempt through the service, with the form a learner would post for it. A
    course's cool-down is honoured by dating the earlier attempts back: demo learners
    took their time."""
    earlier = enrolment.attempts.filter(block_id=block.id)
    wait = enrolment.course.quiz_cooldown_minutes
    if wait:
        earlier.update(created_at=F("created_at") - timedelta(minutes=wait))
    number = earlier.count() + 1
    key = quizzes.attempt_key(
        enrolment_id=enrolment.pk, lesson_id=lesson.pk, block_id=block.id, number=number
    )
    return services.quiz_attempt_submit(
        user=enrolment.user,
        lesson=lesson,
        block_id=block.id,
        data=quizzes.form_data(block.value, answers, key=key),
        attempt_number=number,
    )


def work_through(*, user, course: CoursePage, lessons: int | None = None) -> Enrolment:
    """Enrols `user` and works through the first `lessons` lessons of `course` (all when
    None) through the services: a first wrong attempt at every quiz (when the course
    allows more than one), then a right one."""
    services.enrolment_create(user=user, course=course)
    todo = list(LessonPage.objects.child_of(course).live().order_by("path"))
    for lesson in todo if lessons is None else todo[:lessons]:
        for block in lesson.quiz_blocks():
            enrolment = Enrolment.objects.select_related("course").get(user=user, course=course)
            if enrolment.attempts.filter(block_id=block.id, passed=True).exists():
                continue
            tries = [_wrong_answers(block.value), _right_answers(block.value)]
            if course.quiz_max_attempts == 1:
                tries = tries[1:]
            for answers in tries:
                attempt = _submit(enrolment=enrolment, lesson=lesson, block=block, answers=answers)
                if attempt.passed:
                    break
        services.lesson_mark_done(user=user, lesson=lesson)
    return Enrolment.objects.get(user=user, course=course)


def complete_course(*, user, course: CoursePage) -> Enrolment:
    return work_through(user=user, course=course)


def _wrong_answers(quiz) -> dict[str, list[int]]:
    """Right on the first question only: a realistic first try for the reports."""
    answers = _right_answers(quiz)
    for i, q in enumerate(quiz["questions"]):
        if i == 0:
            continue
        wrong = [j for j, choice in enumerate(q["choices"]) if not choice["correct"]]
        answers[str(i)] = wrong[:1] or answers[str(i)]
    return answers


# Other learners, so trainers' reports have something to show: (e-mail, name,
# province code, lessons done in each course open to them; None = all).
DEMO_LEARNERS = [
    ("hocvien1@demo.example", "Lê Văn Phúc", 79, None),
    ("hocvien2@demo.example", "Phạm Thị Mai", 79, 3),
    ("hocvien3@demo.example", "Võ Minh Tuấn", 79, 1),
    ("hocvien4@demo.example", "Đặng Thu Hằng", 79, 0),
    ("hocvien5@demo.example", "Bùi Quang Huy", 1, None),
    ("hocvien6@demo.example", "Ngô Thanh Tâm", 1, 2),
]


def load_other_learners(pages: dict[str, CoursePage], data: list[dict]) -> None:
    from allauth.account.models import EmailAddress

    from home.demo import DEMO_PASSWORD
    from portal.models import Profile
    from portal.provinces import current_province

    User = get_user_model()
    for email, name, code, lessons in DEMO_LEARNERS:
        user = User.objects.filter(email=email).first()
        if user is not None:
            continue  # loaded before: its progress too
        province = current_province(code)
        user = User(username=email, email=email)
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Profile.objects.create(
            user=user, full_name=name, province=province, learner_type="business"
        )
        for item in data:
            if item.get("officials_only") or item["section"] not in ("national", code):
                continue
            course = pages[item["slug"]]
            if prerequisites_missing(user=user, course=course):
                continue  # enrolment would be refused: they stop before this course
            work_through(user=user, course=course, lessons=lessons)


def load_learner_progress(pages: dict[str, CoursePage], data: list[dict]) -> None:
    learner = get_user_model().objects.filter(email="learner@demo.example").first()
    if learner is None or not pages:
        return
    open_courses = [
        pages[item["slug"]]
        for item in data
        if not item.get("officials_only") and item["section"] in ("national", 79)
    ]
    open_courses = [c for c in open_courses if not prerequisites_missing(user=learner, course=c)]
    open_courses = [c for c in open_courses if c.certificate_template_id] or open_courses
    if not open_courses:
        return
    done = open_courses[0]
    enrolment = Enrolment.objects.filter(user=learner, course=done).first()
    if enrolment is None or not enrolment.is_completed:
        complete_course(user=learner, course=done)
    elif done.certificate_template_id:
        # Completed before certificate templates existed: issue now (idempotent).
        from certification.services import certificate_issue

        certificate_issue(recipient=learner, subject=done)
    others = [
        pages[item["slug"]]
        for item in data
        if not item.get("officials_only")
        and pages[item["slug"]].pk != done.pk
        and not prerequisites_missing(user=learner, course=pages[item["slug"]])
    ]
    if others and not Enrolment.objects.filter(user=learner, course=others[0]).exists():
        enrolment = services.enrolment_create(user=learner, course=others[0])
        first = enrolment.current_lesson
        if first is not None and not first.quiz_blocks():
            services.lesson_mark_done(user=learner, lesson=first)


def load_official_progress(pages: dict[str, CoursePage], data: list[dict]) -> None:
    """official@demo.example is halfway through the officials' course, so the officials'
    report has something to show. Once: an existing enrolment is left as it is."""
    official = get_user_model().objects.filter(email="official@demo.example").first()
    if official is None:
        return
    for item in data:
        course = pages.get(item["slug"])
        if not item.get("officials_only") or course is None:
            continue
        if Enrolment.objects.filter(user=official, course=course).exists():
            continue
        if prerequisites_missing(user=official, course=course):
            continue
        work_through(user=official, course=course, lessons=2)
