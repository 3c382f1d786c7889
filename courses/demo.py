"""Demo data of the courses app: the content files loaded (courses.loaders: legal bases,
the catalog, a section for every current province and the national one, every course),
then demo learners' progress through the services: learner@demo.example has one course
completed with its certificate and one in progress, official@demo.example is halfway
through the officials' courses, six more learners are at different stages. Idempotent:
running it twice changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from certification import services as certificates
from courses import loaders, quizzes, services
from courses.content_files import read_courses
from courses.models import Assignment, CoursePage, Enrolment, LessonPage
from courses.selectors import prerequisites_missing
from portal.demo import DEMO_PASSWORD
from portal.models import Profile, Province
from portal.provinces import HO_CHI_MINH_CODE, current_province

# learner@demo.example completes the first and is halfway through the second (when the
# content has them): the basics, then notifying a website, as the demo business does.
LEARNER_COMPLETED = "thuong-mai-dien-tu-co-ban"
LEARNER_IN_PROGRESS = "thong-bao-website-ban-hang"


def load(stdout=None, courses: list[dict] | None = None) -> None:
    data = read_courses() if courses is None else courses
    loaders.legal_bases_load()
    loaders.catalog_load()
    pages = loaders.courses_load(courses=data).pages
    load_learner_progress(pages, data)
    load_other_learners(pages, data)
    load_official_progress(pages, data)
    load_assignments(pages, data)
    if stdout is not None:
        stdout.write(f"courses: {len(pages)} courses loaded from the content files")


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
    User = get_user_model()
    for email, name, code, lessons in DEMO_LEARNERS:
        user = User.objects.filter(email=email).first()
        if user is not None:
            continue  # loaded before: its progress too
        province = current_province(code)
        user = User(username=email, email=email, first_name=name)
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
    open_courses.sort(key=lambda course: course.slug != LEARNER_COMPLETED)
    done = open_courses[0]
    enrolment = Enrolment.objects.filter(user=learner, course=done).first()
    if enrolment is None or not enrolment.is_completed:
        complete_course(user=learner, course=done)
    elif done.certificate_template_id:
        # Completed before certificate templates existed: issue now (idempotent).
        certificates.certificate_issue(recipient=learner, subject=done)
    others = [
        pages[item["slug"]]
        for item in data
        if not item.get("officials_only")
        and pages[item["slug"]].pk != done.pk
        and not prerequisites_missing(user=learner, course=pages[item["slug"]])
    ]
    others.sort(key=lambda course: course.slug != LEARNER_IN_PROGRESS)
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


def load_assignments(pages: dict[str, CoursePage], data: list[dict]) -> None:
    """The officials' courses of Hồ Chí Minh (and national ones) are mandatory training
    there, due in three weeks, so official@demo.example sees what is due and staff see the
    assignments. Once: existing assignments are left as they are; no one is notified."""
    province = Province.objects.current().filter(code=HO_CHI_MINH_CODE).first()
    staff = get_user_model().objects.filter(email="staff@demo.example").first()
    if province is None:
        return
    for item in data:
        course = pages.get(item["slug"])
        if not item.get("officials_only") or course is None:
            continue
        if course.province_id not in (None, province.pk):
            continue
        Assignment.objects.get_or_create(
            course=course,
            province=province,
            defaults={"due_on": timezone.localdate() + timedelta(days=21), "assigned_by": staff},
        )
