"""Seeded courses and learning for measuring the portal at size (`manage.py seed_scale`).

Courses are copies of the demo courses (real lessons and quizzes) spread over the
sections; learners enrol in a few each (popular and local courses more often), get
somewhere in each, pass or fail quizzes, and completed courses carry their certificates.
Bulk inserts throughout; quiz results come from the real grading function.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certification import demo as certificate_demo
from certification.seed import Award, certificates_bulk_create
from courses import loaders, quizzes
from courses.content_files import read_courses
from courses.models import (
    CoursePage,
    CourseSectionPage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)
from portal.models import Profile
from portal.seed import Population, batched, explicit_timestamps, moment

# How many courses a learner is enrolled in: most take one to three.
ENROLMENTS_PER_LEARNER = {0: 12, 1: 26, 2: 23, 3: 16, 4: 10, 5: 7, 6: 4, 8: 2}
COMPLETED_SHARE = 0.35


@dataclass
class QuizInfo:
    block_id: str
    right: dict
    wrong: dict
    right_grade: quizzes.Grade
    wrong_grade: quizzes.Grade


@dataclass
class CourseInfo:
    page: CoursePage
    lessons: list[int]
    quizzes: dict[int, list[QuizInfo]] = field(default_factory=dict)  # lesson id -> quizzes


def _without_course_links(lesson: dict) -> dict:
    """The seeded copies have their own slugs: links to the original courses would point
    nowhere, so they are left out."""
    body = [b for b in lesson["body"] if not b.get("page", "").startswith("course:")]
    return {**lesson, "body": body}


def _answers(quiz, *, right: bool) -> dict:
    answers = {}
    for i, question in enumerate(quiz["questions"]):
        correct = [j for j, c in enumerate(question["choices"]) if c["correct"]]
        wrong = [j for j, c in enumerate(question["choices"]) if not c["correct"]]
        answers[str(i)] = correct if right or not wrong or i % 2 else wrong[:1]
    return answers


def _quiz_info(block, pass_mark: int) -> QuizInfo:
    right, wrong = _answers(block.value, right=True), _answers(block.value, right=False)
    return QuizInfo(
        block_id=block.id,
        right=right,
        wrong=wrong,
        right_grade=quizzes.grade(block.value, right, pass_mark=pass_mark),
        wrong_grade=quizzes.grade(block.value, wrong, pass_mark=pass_mark),
    )


def seed_courses(*, count: int, population: Population, rng: random.Random, stdout=None):
    """`count` published courses (with their lessons) copied from the content files'
    courses, a quarter national, the rest over the provinces' sections."""

    loaders.catalog_load()
    sections = {s.province_id: s for s in CourseSectionPage.objects.select_related("province")}
    data = read_courses()
    now = timezone.now()
    start = CoursePage.objects.count()
    infos = []
    for i in range(count):
        item = data[i % len(data)]
        province_id = None if rng.random() < 0.25 else population.province(rng)
        section = sections[province_id]
        suffix = f" · {section.province.name}" if province_id else ""
        number = start + i + 1
        fields = loaders.course_fields(item)
        if item["track"] == "state_management":
            template = certificate_demo.course_template("officials")
        else:  # the section's department, or the agency
            code = section.province.code if province_id else None
            template = certificate_demo.course_template(code) or certificate_demo.course_template(
                "national"
            )
        fields.update(
            slug=f"{item['slug']}-{number:04d}",
            title=f"{item['title']}{suffix} ({number})",
            title_en=f"{item['title_en'] or item['title']}{suffix} ({number})",
            certificate_template=template,
        )
        published = moment(rng, now=now, days=700)
        course = CoursePage(**fields, first_published_at=published, last_published_at=published)
        section.add_child(instance=course)
        for lesson_data in item["lessons"]:
            course.add_child(
                instance=LessonPage(
                    slug=lesson_data["slug"],
                    **loaders.lesson_fields(_without_course_links(lesson_data)),
                    first_published_at=published,
                    last_published_at=published,
                )
            )
        lessons = list(LessonPage.objects.child_of(course).order_by("path"))
        info = CourseInfo(page=course, lessons=[lesson.pk for lesson in lessons])
        for lesson in lessons:
            found = [_quiz_info(b, course.pass_mark) for b in lesson.quiz_blocks()]
            if found:
                info.quizzes[lesson.pk] = found
        infos.append(info)
        if stdout is not None and (i + 1) % 20 == 0:
            stdout.write(f"  courses: {i + 1}/{count}")
    return infos


def _course_weights(infos: list[CourseInfo], population: Population, *, officials: bool):
    """Cumulative weights per learner province: a few courses are far more popular
    (Zipf), and learners take their own province's and national courses far more often."""
    popularity = [1 / (rank + 1) ** 0.8 for rank in range(len(infos))]
    out = {}
    for province_id in population.province_ids:
        weights = [
            0
            if info.page.officials_only and not officials
            else p * (4 if info.page.province_id in (None, province_id) else 0.25)
            for p, info in zip(popularity, infos, strict=True)
        ]
        out[province_id] = list(accumulate(weights))
    return out


def seed_learning(
    *, infos: list[CourseInfo], population: Population, rng: random.Random, stdout=None
) -> int:
    """Enrolments, lessons done, quiz attempts and certificates for every seeded learner.
    Returns the number of enrolments."""

    if not infos:
        return 0
    User = get_user_model()
    now = timezone.now()
    course_ct = ContentType.objects.get_for_model(CoursePage)
    cum = {
        False: _course_weights(infos, population, officials=False),
        True: _course_weights(infos, population, officials=True),
    }
    provinces = dict(Profile.objects.values_list("user_id", "province_id"))
    counts, weights = zip(*ENROLMENTS_PER_LEARNER.items(), strict=True)
    total = 0
    for chunk in batched(population.learners, 2500):
        plans = []  # (enrolment, info, done lessons, completed)
        for user_id, official in chunk:
            k = rng.choices(counts, weights)[0]
            if not k:
                continue
            cum_weights = cum[official][provinces[user_id]]
            chosen = {
                idx: None for idx in rng.choices(range(len(infos)), cum_weights=cum_weights, k=k)
            }
            for idx in chosen:
                info = infos[idx]
                completed = rng.random() < COMPLETED_SHARE
                done = len(info.lessons) if completed else rng.randrange(len(info.lessons))
                enrolled_at = moment(rng, now=now - timedelta(days=3), days=400)
                enrolment = Enrolment(
                    user_id=user_id,
                    course_id=info.page.pk,
                    status=Enrolment.Status.COMPLETED if completed else Enrolment.Status.ACTIVE,
                    progress=round(100 * done / len(info.lessons)),
                    current_lesson_id=info.lessons[min(done, len(info.lessons) - 1)],
                    enrolled_at=enrolled_at,
                    completed_at=enrolled_at + timedelta(days=len(info.lessons))
                    if completed
                    else None,
                )
                plans.append((enrolment, info, done, completed))
        with explicit_timestamps(Enrolment, LessonProgress, QuizAttempt):
            Enrolment.objects.bulk_create([p[0] for p in plans], batch_size=2000)
            progress, attempts = [], []
            for enrolment, info, done, _completed in plans:
                for i, lesson_id in enumerate(info.lessons[: done + 1]):
                    at = enrolment.enrolled_at + timedelta(days=i, hours=rng.randrange(1, 9))
                    finished = i < done
                    for quiz in info.quizzes.get(lesson_id, []):
                        attempts.extend(_attempts(enrolment, lesson_id, quiz, at, finished, rng))
                    if finished:
                        progress.append(
                            LessonProgress(enrolment=enrolment, lesson_id=lesson_id, done_at=at)
                        )
            LessonProgress.objects.bulk_create(progress, batch_size=5000)
            QuizAttempt.objects.bulk_create(attempts, batch_size=5000)
        awards = [(e, info) for e, info, _d, completed in plans if completed]
        holders = User.objects.select_related("profile__province").in_bulk(
            {e.user_id for e, _info in awards}
        )
        certificates_bulk_create(
            [
                Award(
                    template=info.page.certificate_template,
                    recipient=holders[e.user_id],
                    subject_type=course_ct,
                    subject_id=info.page.pk,
                    subject_title=info.page.title,
                    issued_at=e.completed_at,
                )
                for e, info in awards
                if info.page.certificate_template_id
            ]
        )
        total += len(plans)
        if stdout is not None:
            stdout.write(f"  enrolments: {total}")
    return total


def _attempts(enrolment, lesson_id: int, quiz: QuizInfo, at: datetime, passed: bool, rng):
    """A finished lesson's quiz: passed, at the first try or after a failed one. The
    lesson a learner is on: sometimes a failed try, sometimes none yet."""
    tries = []
    if passed:
        tries = [False, True] if rng.random() < 0.3 else [True]
    elif rng.random() < 0.4:
        tries = [False]
    out = []
    for number, right in enumerate(tries, start=1):
        grade = quiz.right_grade if right else quiz.wrong_grade
        out.append(
            QuizAttempt(
                enrolment=enrolment,
                lesson_id=lesson_id,
                block_id=quiz.block_id,
                number=number,
                answers=quiz.right if right else quiz.wrong,
                results=grade.results,
                score=grade.score,
                passed=grade.passed,
                created_at=at + timedelta(minutes=10 * number),
            )
        )
    return out
