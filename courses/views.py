"""Learner views: enrol, mark as done, quiz attempts, My learning, officials' report.
Thin: parse input, call a service or selector, present."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from courses import selectors, services
from courses.forms import AssignmentForm
from courses.models import Assignment, CoursePage, LessonPage
from portal import exports, roles
from portal.context import spread
from portal.i18n import as_html, translated
from portal.privatecache import cache_privately
from portal.replica import reads_from_replica


def _visible_course(user, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not course.is_visible_to(user):
        raise Http404
    return course


def _visible_lesson(user, lesson_id: int) -> LessonPage:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    if not lesson.course.live or not lesson.course.is_visible_to(user):
        raise Http404
    return lesson


def _prerequisites_message(courses) -> str:
    """'Complete these courses first: <links>.' with each title in the active language."""
    links = format_html_join(
        ", ", '<a href="{}">{}</a>', ((c.url, as_html(translated(c, "title"))) for c in courses)
    )
    return format_html(_("Complete these courses first: {courses}."), courses=links)


@require_http_methods(["GET", "POST"])
@login_required
def enrol(request, course_id: int):
    course = _visible_course(request.user, course_id)
    if request.method != "POST":  # back from signing in: the page, not an error
        return redirect(course.url)
    try:
        enrolment = services.enrolment_create(user=request.user, course=course)
    except services.PrerequisitesMissing as exc:
        messages.error(request, _prerequisites_message(exc.courses))
        return redirect(course.url)
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Welcome to the course!"))
    if enrolment.current_lesson_id:
        return redirect(enrolment.current_lesson.url)
    return redirect(course.url)


@require_http_methods(["GET", "POST"])
@login_required
def lesson_done(request, lesson_id: int):
    lesson = _visible_lesson(request.user, lesson_id)
    if request.method != "POST":
        return redirect(lesson.url)
    try:
        enrolment = services.lesson_mark_done(user=request.user, lesson=lesson)
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return redirect(lesson.url)
    if getattr(enrolment, "just_completed", False):
        messages.success(request, _("Course completed. Congratulations!"))
        return redirect("courses:learning")
    following = enrolment.current_lesson
    if following is not None and following.path > lesson.path:  # siblings: path is order
        return redirect(following.url)
    # The end of the course with lessons skipped: this lesson's page lists them.
    return redirect(f"{lesson.url}#lesson-status")


@require_http_methods(["GET", "POST"])
@login_required
def quiz_submit(request, lesson_id: int, block_id: str):
    lesson = _visible_lesson(request.user, lesson_id)
    if request.method != "POST":
        return redirect(lesson.url)
    try:
        number = int(request.POST.get("attempt", ""))
    except ValueError:
        number = 0
    try:
        attempt = services.quiz_attempt_submit(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            data=request.POST,
            attempt_number=number,
        )
    except (services.QuizAnswersInvalid, services.QuizClosed) as exc:
        # Shown inside the quiz, with the learner's choices ticked again (nothing lost).
        request.session[selectors.QUIZ_DRAFT_KEY] = {
            "lesson": lesson.pk,
            "block": block_id,
            "error": str(exc),
            # Bounded: the session keeps what a real form posts, not what a script sends.
            "answers": {
                k: [v[:64] for v in request.POST.getlist(k)[:20]]
                for k in list(request.POST)[:200]
                if k[:2] == "q-"
            },
        }
        return redirect(f"{lesson.url}#quiz-error-{block_id}")
    except services.CourseError as exc:
        messages.error(request, str(exc))
        return redirect(lesson.url)
    if getattr(attempt.enrolment, "just_completed", False):
        messages.success(request, _("Passed with %(score)s%%.") % {"score": attempt.score})
        messages.success(request, _("Course completed. Congratulations!"))
    elif attempt.passed:
        messages.success(request, _("Passed with %(score)s%%.") % {"score": attempt.score})
    else:
        # What comes next (attempts left, cool-down, explanations) is said in the quiz.
        messages.warning(
            request,
            _("%(score)s%%: not yet passed (pass mark %(mark)s%%).")
            % {"score": attempt.score, "mark": attempt.enrolment.course.pass_mark},
        )
    # The result sits in the quiz (focusable), where the learner is.
    return redirect(f"{lesson.url}#quiz-result-{block_id}")


@require_GET
@login_required
def learning(request):
    dashboard = selectors.learning_dashboard(user=request.user)
    response = render(request, "courses/learning.html", spread(dashboard))
    response["Cache-Control"] = "private"
    # Kept until the learner's next write (due dates count days: the key holds the day),
    # or until a section changes by itself.
    changes = [s.changes_at for s in dashboard.sections if s.changes_at is not None]
    if changes:
        seconds = int((min(changes) - timezone.now()).total_seconds())
        if seconds > 0:
            cache_privately(response, seconds=seconds)
    else:
        cache_privately(response)
    return response


@require_http_methods(["GET", "POST"])
@login_required
def assignments(request):
    """Mandatory training: national admins and onboarding staff assign a course to the
    approved officials of a province with a due date, and follow each assignment."""
    if not roles.has_role(request.user, roles.STAFF):
        raise Http404
    form = AssignmentForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_set(by=request.user, **form.cleaned_data)
        except services.CourseError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The course is assigned; the officials are told."))
            return redirect("courses:assignments")
    context = {"form": form, "assignments": selectors.assignment_list_for_staff(user=request.user)}
    response = render(
        request, "courses/assignments.html", context, status=400 if form.errors else 200
    )
    response["Cache-Control"] = "private"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def assignment_delete(request, pk: int):
    assignment = roles.get_scoped_or_404(Assignment.objects.all(), request.user, pk=pk)
    if request.method == "POST":
        services.assignment_delete(assignment=assignment, by=request.user)
        messages.success(request, _("The assignment is withdrawn."))
    return redirect("courses:assignments")


def _officials_csv_rows(officials):
    for user in officials.iterator(chunk_size=500):
        yield [
            user.profile.full_name,
            user.email,
            user.profile.province.name if user.profile.province else "",
            user.profile.organisation,
            user.enrolled,
            user.completed,
            user.assigned,
            user.assigned_done,
            user.assigned_overdue,
        ]


@require_GET
@login_required
@reads_from_replica
def officials_report(request):
    """The staff's officials' training report: a chart of the whole scope, the table one
    page at a time (junk ?page= shows the first page, out of range the last); the CSV
    export streams every row."""
    if not roles.has_role(request.user, roles.STAFF):
        raise Http404
    officials = selectors.officials_training(user=request.user)
    if request.GET.get("format") == "csv":
        # Translated now, while the request's language is active.
        header = [
            _("Full name"),
            _("E-mail"),
            _("Province"),
            _("Organisation"),
            _("Enrolled"),
            _("Completed"),
            _("Assigned"),
            _("Assigned and done"),
            _("Overdue"),
        ]
        return exports.csv_response(
            "officials-training.csv", header, _officials_csv_rows(officials)
        )
    summary = selectors.officials_summary(user=request.user)
    paginator = Paginator(officials, selectors.OFFICIALS_PAGE_SIZE)
    paginator.count = summary.total  # already counted: spares a COUNT query
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "page": page,
        "officials": page.object_list,
        "summary": summary,
        "assignment_summary": summary.assignments,
    }
    response = render(request, "courses/officials_report.html", context)
    response["Cache-Control"] = "private"
    return response
