"""What a phone keeps for offline reading: the course and lesson pages of the courses the
learner is enrolled in. The service worker (templates/pwa/sw.js) asks for this list and
stores each page; the offline page lists them from the titles given here."""

from functools import reduce
from operator import or_

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from courses.models import CoursePage, Enrolment, LessonPage
from portal.i18n import translated

# A bound on what one phone stores (pages, not media): a dozen courses of a dozen lessons.
MAX_PAGES = 200


def offline_pages_for(user) -> list[dict]:
    """[{url, title, course}] for every live course the user is enrolled in and its live
    lessons, in course order. Two queries."""
    course_ids = Enrolment.objects.filter(user=user).values_list("course_id", flat=True)
    courses = list(CoursePage.objects.live().filter(pk__in=course_ids).order_by("title"))
    if not courses:
        return []
    under_a_course = reduce(or_, (Q(path__startswith=c.path, depth=c.depth + 1) for c in courses))
    by_course: dict[str, list[LessonPage]] = {}
    for lesson in (
        LessonPage.objects.live().filter(under_a_course).defer_streamfields().order_by("path")
    ):
        by_course.setdefault(lesson.path[: -Page.steplen], []).append(lesson)
    pages = []
    for course in courses:
        title = str(translated(course, "title"))
        pages.append({"url": course.url, "title": title, "course": title})
        for lesson in by_course.get(course.path, []):
            pages.append(
                {"url": lesson.url, "title": str(translated(lesson, "title")), "course": title}
            )
    return pages[:MAX_PAGES]


@never_cache
@require_GET
@login_required
def offline_lessons(request):
    """The pages this learner's phone keeps for offline reading (JSON)."""
    return JsonResponse({"pages": offline_pages_for(request.user)})
