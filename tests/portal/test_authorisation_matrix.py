"""The authorisation matrix: who gets what from every URL the project serves.

The test walks the URL resolver (every pattern, includes and namespaces flattened: the
project's own views and the Wagtail admin views it adds through wagtail_hooks), asks each
pattern as anonymous and as every role, by GET and by POST, against objects of the
subject, of another person in Hồ Chí Minh and of another person in Hà Nội, and compares
each answer with the table below. A pattern without a row, a row without a pattern, or
an answer the table does not expect fails the test, with the rows to paste.

Only third-party patterns that are not ours are skipped, by the commented allowlist
THIRD_PARTY. Every request runs in a rolled-back savepoint, so a POST that is allowed
changes nothing the next request sees.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from portal.models import Notification, Profile
from tests.portal.test_one_door import walk

pytestmark = pytest.mark.django_db

# --- what is ours --------------------------------------------------------------------------

OUR_APPS = ("portal", "home", "courses", "certification", "onboarding", "events")

# Third-party patterns that are not ours, by route prefix. A pattern under one of these is
# skipped unless its view (or its admin viewset's model) belongs to one of OUR_APPS: our
# snippets under admin/snippets/, our admin viewsets and reports under admin/ stay in.
# A new third-party app's URLs fail the test until they get rows or a line here.
THIRD_PARTY = (
    # allauth: log-in, sign-up, e-mail, password and two-factor pages (its own tests and
    # tests/portal/test_one_door.py and test_mfa.py cover them); accounts/profile/ is ours
    "accounts/",
    # Wagtail's stock admin: pages, media, users and groups, workflows, reports, choosers,
    # its API and utility views. Access to them is Wagtail's permission system, which the
    # course and onboarding tests exercise through the groups they set up.
    "admin/^.*/$",  # Wagtail's admin 404 catch-all
    "admin/account/",
    "admin/api/",
    "admin/block-preview/",
    "admin/bulk/",
    "admin/choose-",
    "admin/collections/",
    "admin/dismissibles/",
    "admin/documents/",
    "admin/editing-sessions/",
    "admin/embeds/",
    "admin/failwhale/",
    "admin/groups/",
    "admin/images/",
    "admin/jsi18n/",
    "admin/login/",  # ours (admin_login_redirect) shadows it and is kept by its module
    "admin/logout/",
    "admin/pages/",
    "admin/password_reset/",
    "admin/redirects/",
    "admin/reports/",
    "admin/sites/",
    "admin/snippets/",  # our snippet models' views stay in (see above)
    "admin/sprite/",
    "admin/tag-autocomplete/",
    "admin/test404/",
    "admin/users/",
    "admin/workflows/",
    # Wagtail's front-end utilities (log-in and page passwords), shadowed by ours
    "_util/",
    # Wagtail's document password form, shadowed by ours
    "documents/authenticate_with_password/",
)
# Stock views whose policy is ours all the same: Wagtail's dashboard (the no-access page
# for people without admin rights), page serving (our page types, officials-only courses)
# and document serving.
STOCK_BUT_OURS = {"wagtailadmin_home", "wagtail_serve", "wagtaildocs_serve"}


def _our_viewset_namespaces() -> set[str]:
    from wagtail.admin.viewsets import viewsets

    get_resolver().url_patterns  # noqa: B018 - building the URLs registers the viewsets
    namespaces = set()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if isinstance(model, str):  # "app_label.ModelName"
            app = model.partition(".")[0]
        else:
            app = model._meta.app_label if model is not None else ""
        module = type(viewset).__module__.split(".")[0]
        # Our viewsets, and Wagtail's snippet views of our models. (Wagtail's users
        # viewset has our user model, but it is the stock admin: THIRD_PARTY.)
        snippet = type(viewset).__module__.startswith("wagtail.snippets.")
        if module in OUR_APPS or (snippet and app in OUR_APPS):
            try:
                namespaces.add(viewset.url_namespace)
            except Exception:  # noqa: BLE001 - a viewset without a name has no URLs
                continue
    return namespaces


def _is_ours(route: str, name: str | None, view, viewsets: set[str]) -> bool:
    if name in STOCK_BUT_OURS:
        return True
    view_class = getattr(view, "view_class", None) or getattr(view, "cls", None)
    module = (view_class or view).__module__.split(".")[0]
    if module in OUR_APPS:
        return True
    namespace = (name or "").rpartition(":")[0]
    return bool(namespace) and namespace.split(":")[-1] in viewsets


def our_patterns() -> dict[str, tuple[str, list]]:
    """{url name: (route, params)} of every pattern the matrix covers; fails on a pattern
    that is neither ours nor allowlisted, or ours without a name."""
    patterns, unknown = {}, []
    viewsets = _our_viewset_namespaces()
    for route, name, params, view in _walk_with_views(get_resolver()):
        if _is_ours(route, name, view, viewsets):
            assert name, f"give the pattern {route!r} a name: the matrix keys rows by name"
            patterns.setdefault(name, (route, params))
        elif not route.startswith(THIRD_PARTY):
            unknown.append(f"{route} ({name})")
    assert not unknown, (
        "these URL patterns are neither ours nor in THIRD_PARTY: give them rows in MATRIX, "
        f"or add a commented prefix to THIRD_PARTY: {unknown}"
    )
    return patterns


def _walk_with_views(resolver):
    """walk() of test_one_door (route, name, params), with each pattern's view."""
    views = list(_views(resolver))
    for (route, name, params), view in zip(walk(resolver), views, strict=True):
        yield route, name, params, view


def _views(resolver):
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            yield from _views(p)
        elif isinstance(p, URLPattern):
            yield p.callback


# --- the roles and the objects ----------------------------------------------------------------

ROLES = ("anon", "learner", "owner", "official", "trainer", "staff", "staff_hn", "admin")
# The column heads of the table: anonymous, a learner, a business owner, an approved
# official, a trainer and onboarding staff of Hồ Chí Minh, onboarding staff of Hà Nội, a
# national admin.
HEADS = ("ano", "lrn", "own", "off", "trn", "stf", "shn", "adm")

# Which objects a URL's parameters name: {url name: kind}. The world below holds, for each
# kind, its variants: "own" (the subject's own object; roles without one read "-"), "hcm"
# (another person's, in Hồ Chí Minh, the province of every role but staff_hn), "hanoi"
# (another person's, in Hà Nội), or named cases (a public and an officials-only course).
KINDS = {
    "official_decide": "official_profile",
    "notification_open": "notification",
    "notification_read": "notification",
    "documents_password_closed": "restriction",
    "page_password_closed": "page_restriction",
    "wagtaildocs_serve": "document",
    "wagtail_serve": "page",
    "courses:enrol": "course",
    "courses:assignment_delete": "assignment",
    "courses:lesson_done": "lesson",
    "courses:quiz_submit": "quiz",
    "certification:verify_json": "certificate",
    "certification:verify": "certificate",
    "certification:download": "certificate",
    "certification:revoke": "certificate",
    "certification:job": "job",
    "certification:job_download": "job",
    "onboarding:business": "business",
    "onboarding:business_edit": "business",
    "onboarding:journey_start": "business",
    "onboarding:member_invite": "business",
    "onboarding:ocop_product_add": "business",
    "onboarding:member_remove": "membership",
    "onboarding:invitation_resend": "business_invitation",
    "onboarding:invitation_cancel": "business_invitation",
    "onboarding:staff_business": "business",
    "onboarding:journey": "journey",
    "onboarding:step": "step",
    "onboarding:step_message": "step",
    "onboarding:staff_step_message": "step",
    "onboarding:staff_review": "step",
    "onboarding:evidence": "evidence",
    "onboarding:message_attachment": "message",
    "onboarding:invitation": "invitation",
    "events:feed": "feed",
    "events:event_ics": "event",
    "events:register": "event",
    "events:check_in": "event",
    "events:close": "event",
    "events:report": "event",
    "events:attendance": "attendance",
    "events:ticket": "registration",
    "events:cancel": "registration",
    "events:programme": "programme",
    "events:programme_edit": "programme",
    "events:programme_dashboard": "programme",
    "events:programme_nominate": "programme",
    "events:programme_answer": "programme",
    "courses_reports:detail": "course_report",
    "courses_reports:csv": "course_report",
    "courses_reports:gradebook": "course_report",
    "courses_reports:translations_detail": "course_report",
    "certificates:edit": "certificate_pk",
    "certificates:delete": "certificate_pk",
    "certificates:history": "certificate_pk",
    "certificates:history_results": "certificate_pk",
    "certificates:usage": "certificate_pk",
    "certificates:inspect": "certificate_pk",
    "businesses:inspect": "business",
}
_SNIPPET_KINDS = {
    "wagtailsnippets_certification_certificatetemplate": "certificate_template",
    "wagtailsnippets_courses_legalbasis": "legal_basis",
    "wagtailsnippets_onboarding_journeytemplate": "journey_template",
}


def kind_of(name: str, params: list) -> str | None:
    if not params:
        return None
    namespace = name.rpartition(":")[0].replace("wagtailsnippetchoosers_", "wagtailsnippets_")
    if namespace in _SNIPPET_KINDS:
        return _SNIPPET_KINDS[namespace]
    return KINDS.get(name)


@pytest.fixture
def world(
    home_page,
    make_user,
    hcm,
    hanoi,
    learner,
    official,
    trainer_hcm,
    staff_hcm,
    staff_hanoi,
    national_admin,
):
    """Every kind of object, owned by the roles and by two other people, one in each
    province; {"users": {role: user}, kind: {variant: kwargs or args}}."""
    from wagtail.documents.models import Document
    from wagtail.models import Collection

    from certification import services as certificates
    from certification import tasks as certificate_tasks
    from certification.models import CertificateJob, CertificateTemplate
    from courses.models import Assignment, LegalBasis
    from courses.services import section_create
    from events import services as events
    from onboarding import services as onboarding
    from onboarding.models import Business, JourneyTemplate
    from tests.courses.builders import add_course, catalog_for, lessons_of
    from tests.events.builders import add_event
    from tests.onboarding.conftest import FIXTURE_TEMPLATES, PNG, make_business, submit_png

    owner = make_user("owner@example.com", full_name="Lê Văn Chủ")
    neighbour = make_user("neighbour@example.com", full_name="Phạm Thị Hàng Xóm")
    faraway = make_user("faraway@example.com", province=hanoi, full_name="Đỗ Văn Xa")
    users = {
        "anon": None,
        "learner": learner,
        "owner": owner,
        "official": official,
        "trainer": trainer_hcm,
        "staff": staff_hcm,
        "staff_hn": staff_hanoi,
        "admin": national_admin,
    }

    def template(name):
        return CertificateTemplate.objects.create(
            name=name,
            issuer_name="Sở Công Thương",
            issuer_name_en="Department of Industry and Trade",
            title="Chứng nhận",
            title_en="Certificate",
            wording="đã hoàn thành",
            wording_en="has completed",
            signatory_name="Nguyễn Văn Phúc",
            signatory_title="Giám đốc",
        )

    catalog = catalog_for(home_page)
    section_create(province=None, catalog=catalog)  # national admins' admin access
    sections = {p: section_create(province=p, catalog=catalog) for p in (hcm, hanoi)}
    templates = {p: template(f"Mẫu {p.name}") for p in (hcm, hanoi)}
    courses = {
        p: add_course(sections[p], slug=f"khoa-{p.code}", certificate_template=templates[p])
        for p in (hcm, hanoi)
    }
    officials_course = add_course(
        sections[hcm], slug="quan-ly-nha-nuoc", officials_only=True, title="Khoá cán bộ"
    )
    lesson = lessons_of(courses[hcm])[-1].specific  # the one with the quiz
    officials_lesson = lessons_of(officials_course)[-1].specific

    # Certificates: the subject's own, and another person's in each province.
    def issue(user, province):
        certificate = certificates.certificate_issue(recipient=user, subject=courses[province])
        certificates.certificate_render_pdf(certificate_id=certificate.pk)
        return certificate

    own_certificates = {
        role: issue(users[role], hcm) for role in ("learner", "owner", "official", "staff")
    }
    other_certificates = {"hcm": issue(neighbour, hcm), "hanoi": issue(faraway, hanoi)}
    jobs = {}
    for key, by in (("hcm", staff_hcm), ("hanoi", staff_hanoi)):
        jobs[key] = certificates.certificate_job_start(
            kind=CertificateJob.Kind.ZIP,
            by=by,
            certificate_ids=[other_certificates[key].pk],
        )
        certificate_tasks.build_certificates_zip(jobs[key].pk)

    # Businesses with a journey, a submitted step with its evidence, an invitation.
    onboarding.journey_templates_load_defaults(templates=FIXTURE_TEMPLATES)
    journey_template = JourneyTemplate.objects.get(key="notify-website")
    onboarding_objects = {}
    for key, (person, province, tax_code) in {
        "own": (owner, hcm, "0100109106"),
        "hcm": (neighbour, hcm, "0100109106-001"),
        "hanoi": (faraway, hanoi, "0100109106-002"),
    }.items():
        business = make_business(person, province, name=f"HTX {key}", tax_code=tax_code)
        journey = onboarding.journey_start(business=business, template=journey_template, by=person)
        onboarding.step_submit(step=journey.steps.get(key="account"), by=person)
        shot = journey.steps.get(key="screenshot")
        submit_png(shot, person)
        message = onboarding.step_message_post(
            step=shot, by=person, body="Hỏi", upload=ContentFile(PNG, name="hoi.png")
        )
        invitation = onboarding.member_invite(
            business=business, email=f"invited-{key}@example.com", by=person
        )
        onboarding_objects[key] = {
            "business": {"pk": business.pk},
            "journey": {"pk": journey.pk},
            "step": {"pk": shot.pk},
            "evidence": {"pk": shot.files.get().pk},
            "message": {"pk": message.pk},
            "invitation": {"token": invitation.token},
            "membership": {"pk": business.pk, "membership_pk": business.memberships.get().pk},
            "business_invitation": {"pk": business.pk, "invitation_pk": invitation.pk},
        }
    learners_invitation = onboarding.member_invite(
        business=Business.objects.get(pk=onboarding_objects["hcm"]["business"]["pk"]),
        email=learner.email,
        by=neighbour,
    )

    # Officials waiting for approval in each province (and the official's own profile).
    pending = {
        key: make_user(
            f"pending-{key}@example.com",
            province=province,
            learner_type=Profile.LearnerType.OFFICIAL,
            official_status=Profile.OfficialStatus.PENDING,
        )
        for key, province in (("hcm", hcm), ("hanoi", hanoi))
    }

    # Events, registrations (tickets) and programmes.
    event_hcm = add_event(sections[hcm], certificate_template=templates[hcm])
    event_hanoi = add_event(sections[hanoi], slug="ha-noi", title="Tập huấn Hà Nội")
    own_tickets = {
        role: events.registration_create(event=event_hcm, user=users[role])
        for role in ("learner", "owner")
    }
    tickets = {
        "hcm": events.registration_create(event=event_hcm, user=neighbour),
        "hanoi": events.registration_create(event=event_hanoi, user=faraway),
    }
    programmes = {
        key: events.programme_create(
            by=by,
            title=f"Chương trình {key}",
            province=province,
            starts_on=timezone.localdate(),
            ends_on=timezone.localdate() + timezone.timedelta(days=90),
        )
        for key, by, province in (("hcm", staff_hcm, hcm), ("hanoi", staff_hanoi, hanoi))
    }

    # Wagtail media and restrictions.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = Document.objects.create(
        title="Tài liệu", file=ContentFile(b"%PDF-1.4\n", name="tai-lieu.pdf"), collection=root
    )
    legal_basis = LegalBasis.objects.create(key="nd-52", title="Nghị định 52/2013/NĐ-CP")

    def own(objects: dict) -> dict:
        return {"own": objects}

    due = timezone.localdate() + timezone.timedelta(days=30)

    def notification(user):
        return Notification.objects.create(user=user, kind="step_approved", title="Đã duyệt")

    notifications = {r: notification(u) for r, u in users.items() if u is not None}

    def by_key(key):
        return {k: onboarding_objects[k][key] for k in ("hcm", "hanoi")} | own(
            {"owner": onboarding_objects["own"][key]}
        )

    def path_of(page):
        return (page.url.lstrip("/"),)

    return {
        "users": users,
        "official_profile": own({"official": {"pk": official.profile.pk}})
        | {k: {"pk": u.profile.pk} for k, u in pending.items()},
        "notification": own({r: {"pk": n.pk} for r, n in notifications.items()})
        | {"hcm": {"pk": notification(neighbour).pk}, "hanoi": {"pk": notification(faraway).pk}},
        "restriction": {"-": {"restriction_id": 1}},
        # Wagtail's shared passwords are off: their forms answer 404 whatever the ids.
        "page_restriction": {"-": {"page_view_restriction_id": 1, "page_id": home_page.pk}},
        "document": {"root": (document.pk, document.filename)},
        "page": {
            "home": path_of(home_page),
            "catalog": path_of(catalog),
            "course": path_of(courses[hcm]),
            "lesson": path_of(lesson),
            "officials_course": path_of(officials_course),
            "officials_lesson": path_of(officials_lesson),
            "event": path_of(event_hcm),
        },
        "course": {
            "public": {"course_id": courses[hcm].pk},
            "officials": {"course_id": officials_course.pk},
        },
        "lesson": {
            "public": {"lesson_id": lesson.pk},
            "officials": {"lesson_id": officials_lesson.pk},
        },
        "quiz": {
            "public": {"lesson_id": lesson.pk, "block_id": lesson.quiz_blocks()[0].id},
            "officials": {
                "lesson_id": officials_lesson.pk,
                "block_id": officials_lesson.quiz_blocks()[0].id,
            },
        },
        "certificate": own({r: {"code": c.code} for r, c in own_certificates.items()})
        | {k: {"code": c.code} for k, c in other_certificates.items()},
        "certificate_pk": own({r: {"pk": c.pk} for r, c in own_certificates.items()})
        | {k: {"pk": c.pk} for k, c in other_certificates.items()},
        "job": {k: {"job_id": j.pk} for k, j in jobs.items()},
        "business": by_key("business"),
        "journey": by_key("journey"),
        "step": by_key("step"),
        "evidence": by_key("evidence"),
        "message": by_key("message"),
        "membership": by_key("membership"),
        "business_invitation": by_key("business_invitation"),
        "invitation": {k: onboarding_objects[k]["invitation"] for k in ("hcm", "hanoi")}
        | own({"learner": {"token": learners_invitation.token}}),
        "feed": {"hcm": {"scope": str(hcm.code)}},
        "event": {"hcm": {"pk": event_hcm.pk}, "hanoi": {"pk": event_hanoi.pk}},
        "attendance": {
            "hcm": {"pk": event_hcm.pk, "registration_pk": tickets["hcm"].pk},
            "hanoi": {"pk": event_hanoi.pk, "registration_pk": tickets["hanoi"].pk},
        },
        "registration": own({r: {"pk": t.pk} for r, t in own_tickets.items()})
        | {k: {"pk": t.pk} for k, t in tickets.items()},
        "programme": {k: {"pk": p.pk} for k, p in programmes.items()},
        "assignment": {
            key: {"pk": Assignment.objects.create(course=courses[p], province=p, due_on=due).pk}
            for key, p in (("hcm", hcm), ("hanoi", hanoi))
        },
        "course_report": {
            k: {"course_id": courses[p].pk} for k, p in (("hcm", hcm), ("hanoi", hanoi))
        },
        "certificate_template": {
            k: {"pk": templates[p].pk} for k, p in (("hcm", hcm), ("hanoi", hanoi))
        },
        "legal_basis": {"-": {"pk": legal_basis.pk}},
        "journey_template": {"-": {"pk": journey_template.pk}},
    }


# --- the table --------------------------------------------------------------------------------

# One row per URL name (label()), variant of its objects (KINDS; "-" without objects) and
# method ("*": GET and POST answer alike); one answer per role (HEADS): a status code, "L"
# for a redirect to the log-in page, "-" where the role has no object of its own.
# Out of scope is 404, never 403, so that existence does not leak; 403 is the admin's
# no-access page (the same for every admin URL) and a holder refused on their own record.
MATRIX = """
# url name                                  variant          http ano lrn own off trn stf shn adm
# --- Portal: health, language, profile, officials' approval, the closed Wagtail doors
admin_login_redirect                        -                *      L 403 403 403   L   L   L   L
documents_password_closed                   -                *    404 404 404 404 404 404 404 404
frontend_login_redirect                     -                *      L   L   L   L   L   L   L   L
healthz                                     -                *    200 200 200 200 200 200 200 200
manifest                                    -                GET  200 200 200 200 200 200 200 200
manifest                                    -                POST 405 405 405 405 405 405 405 405
offline                                     -                GET  200 200 200 200 200 200 200 200
offline                                     -                POST 405 405 405 405 405 405 405 405
official_decide                             own              GET    -   -   - 405   -   -   -   -
official_decide                             own              POST   -   -   - 404   -   -   -   -
official_decide                             hcm              GET    L 405 405 405 405 405 405 405
official_decide                             hcm              POST   L 404 404 404 404 302 404 302
official_decide                             hanoi            GET    L 405 405 405 405 405 405 405
official_decide                             hanoi            POST   L 404 404 404 404 404 302 302
officials                                   -                *      L 404 404 404 404 200 200 200
page_password_closed                        -                *    404 404 404 404 404 404 404 404
profile                                     -                *      L 200 200 200 200 200 200 200
service_worker                              -                GET  200 200 200 200 200 200 200 200
service_worker                              -                POST 405 405 405 405 405 405 405 405
set_language                                -                *    302 302 302 302 302 302 302 302
# --- Notifications: everyone their own; another person's is 404
notification_open                           own              GET    - 302 302 302 302 302 302 302
notification_open                           own              POST   - 405 405 405 405 405 405 405
notification_open                           hcm              GET    L 404 404 404 404 404 404 404
notification_open                           hcm              POST   L 405 405 405 405 405 405 405
notification_open                           hanoi            GET    L 404 404 404 404 404 404 404
notification_open                           hanoi            POST   L 405 405 405 405 405 405 405
notification_preferences                    -                *      L 200 200 200 200 200 200 200
notification_read                           own              GET    - 405 405 405 405 405 405 405
notification_read                           own              POST   - 302 302 302 302 302 302 302
notification_read                           hcm              GET    L 405 405 405 405 405 405 405
notification_read                           hcm              POST   L 404 404 404 404 404 404 404
notification_read                           hanoi            GET    L 405 405 405 405 405 405 405
notification_read                           hanoi            POST   L 404 404 404 404 404 404 404
notifications                               -                GET    L 200 200 200 200 200 200 200
notifications                               -                POST   L 405 405 405 405 405 405 405
notifications_read_all                      -                GET    L 405 405 405 405 405 405 405
notifications_read_all                      -                POST   L 302 302 302 302 302 302 302
# --- Pages (Wagtail serves our page types: officials-only courses for officials) and documents
wagtail_serve                               home             *    200 200 200 200 200 200 200 200
wagtail_serve                               catalog          *    200 200 200 200 200 200 200 200
wagtail_serve                               course           *    200 200 200 200 200 200 200 200
wagtail_serve                               lesson           *    200 200 200 200 200 200 200 200
wagtail_serve                               officials_course *    404 404 404 200 404 404 404 200
wagtail_serve                               officials_lesson *    404 404 404 200 404 404 404 200
wagtail_serve                               event            *    200 200 200 200 200 200 200 200
wagtaildocs_serve                           root             *    200 200 200 200 200 200 200 200
# --- Courses: learners' actions (GET goes back to the page), My learning, officials' report
courses:assignment_delete                   hcm              *      L 404 404 404 404 302 404 302
courses:assignment_delete                   hanoi            *      L 404 404 404 404 404 302 302
courses:assignments                         -                *      L 404 404 404 404 200 200 200
courses:enrol                               public           *      L 302 302 302 302 302 302 302
courses:enrol                               officials        *      L 404 404 302 404 404 404 302
courses:learning                            -                GET    L 200 200 200 200 200 200 200
courses:learning                            -                POST 405 405 405 405 405 405 405 405
courses:lesson_done                         public           *      L 302 302 302 302 302 302 302
courses:lesson_done                         officials        *      L 404 404 302 404 404 404 302
courses:offline_lessons                     -                GET    L 200 200 200 200 200 200 200
courses:offline_lessons                     -                POST 405 405 405 405 405 405 405 405
courses:officials_report                    -                GET    L 404 404 404 404 200 200 200
courses:officials_report                    -                POST 405 405 405 405 405 405 405 405
courses:quiz_submit                         public           *      L 302 302 302 302 302 302 302
courses:quiz_submit                         officials        *      L 404 404 302 404 404 404 302
# --- Certificates: holders, public verification, staff (their own: another staff member revokes)
certification:download                      own              *      - 200 200 200   - 200   -   -
certification:download                      hcm              *      L 404 404 404 404 200 404 200
certification:download                      hanoi            *      L 404 404 404 404 404 200 200
certification:issuer                        -                *    200 200 200 200 200 200 200 200
certification:job                           hcm              *      L 404 404 404 404 200 404 200
certification:job                           hanoi            *      L 404 404 404 404 404 200 200
certification:job_download                  hcm              *      L 404 404 404 404 200 404 200
certification:job_download                  hanoi            *      L 404 404 404 404 404 200 200
certification:manage                        -                *      L 404 404 404 404 200 200 200
certification:mine                          -                *      L 200 200 200 200 200 200 200
certification:revoke                        own              *      - 404 404 404   - 403   -   -
certification:revoke                        hcm              *      L 404 404 404 404 200 404 200
certification:revoke                        hanoi            *      L 404 404 404 404 404 200 200
certification:start_reissue                 -                GET    L 405 405 405 405 405 405 405
certification:start_reissue                 -                POST   L 404 404 404 404 404 404 404
certification:start_zip                     -                GET    L 405 405 405 405 405 405 405
certification:start_zip                     -                POST   L 404 404 404 404 404 404 404
certification:status_list                   -                *    200 200 200 200 200 200 200 200
certification:verify                        own              *      - 200 200 200   - 200   -   -
certification:verify                        hcm              *    200 200 200 200 200 200 200 200
certification:verify                        hanoi            *    200 200 200 200 200 200 200 200
certification:verify_form                   -                *    200 200 200 200 200 200 200 200
certification:verify_json                   own              *      - 200 200 200   - 200   -   -
certification:verify_json                   hcm              *    200 200 200 200 200 200 200 200
certification:verify_json                   hanoi            *    200 200 200 200 200 200 200 200
certification:verify_pdf                    -                *    200 200 200 200 200 200 200 200
# --- Onboarding: members of a business, invitations (the token is the secret), its province's staff
onboarding:business                         hcm              GET    L 404 404 404 404 404 404 404
onboarding:business                         hcm              POST 405 405 405 405 405 405 405 405
onboarding:business                         hanoi            GET    L 404 404 404 404 404 404 404
onboarding:business                         hanoi            POST 405 405 405 405 405 405 405 405
onboarding:business                         own              GET    -   - 200   -   -   -   -   -
onboarding:business                         own              POST   -   - 405   -   -   -   -   -
onboarding:business_create                  -                *      L 200 200 200 200 200 200 200
onboarding:business_edit                    hcm              *      L 404 404 404 404 404 404 404
onboarding:business_edit                    hanoi            *      L 404 404 404 404 404 404 404
onboarding:business_edit                    own              *      -   - 200   -   -   -   -   -
onboarding:evidence                         hcm              *      L 404 404 404 404 200 404 200
onboarding:evidence                         hanoi            *      L 404 404 404 404 404 200 200
onboarding:evidence                         own              *      -   - 200   -   -   -   -   -
onboarding:message_attachment               hcm              *      L 404 404 404 404 200 404 200
onboarding:message_attachment               hanoi            *      L 404 404 404 404 404 200 200
onboarding:message_attachment               own              *      -   - 200   -   -   -   -   -
onboarding:home                             -                *      L 200 200 200 200 200 200 200
onboarding:invitation                       hcm              *    200 404 404 404 404 404 404 404
onboarding:invitation                       hanoi            *    200 404 404 404 404 404 404 404
onboarding:invitation                       own              GET    - 200   -   -   -   -   -   -
onboarding:invitation                       own              POST   - 302   -   -   -   -   -   -
onboarding:invitation_cancel                hcm              GET  405 405 405 405 405 405 405 405
onboarding:invitation_cancel                hcm              POST   L 404 404 404 404 404 404 404
onboarding:invitation_cancel                hanoi            GET  405 405 405 405 405 405 405 405
onboarding:invitation_cancel                hanoi            POST   L 404 404 404 404 404 404 404
onboarding:invitation_cancel                own              GET    -   - 405   -   -   -   -   -
onboarding:invitation_cancel                own              POST   -   - 302   -   -   -   -   -
onboarding:invitation_resend                hcm              GET  405 405 405 405 405 405 405 405
onboarding:invitation_resend                hcm              POST   L 404 404 404 404 404 404 404
onboarding:invitation_resend                hanoi            GET  405 405 405 405 405 405 405 405
onboarding:invitation_resend                hanoi            POST   L 404 404 404 404 404 404 404
onboarding:invitation_resend                own              GET    -   - 405   -   -   -   -   -
onboarding:invitation_resend                own              POST   -   - 302   -   -   -   -   -
onboarding:journey                          hcm              *      L 404 404 404 404 404 404 404
onboarding:journey                          hanoi            *      L 404 404 404 404 404 404 404
onboarding:journey                          own              *      -   - 200   -   -   -   -   -
onboarding:journey_start                    hcm              GET  405 405 405 405 405 405 405 405
onboarding:journey_start                    hcm              POST   L 404 404 404 404 404 404 404
onboarding:journey_start                    hanoi            GET  405 405 405 405 405 405 405 405
onboarding:journey_start                    hanoi            POST   L 404 404 404 404 404 404 404
onboarding:journey_start                    own              GET    -   - 405   -   -   -   -   -
onboarding:journey_start                    own              POST   -   - 302   -   -   -   -   -
onboarding:member_invite                    hcm              GET  405 405 405 405 405 405 405 405
onboarding:member_invite                    hcm              POST   L 404 404 404 404 404 404 404
onboarding:member_invite                    hanoi            GET  405 405 405 405 405 405 405 405
onboarding:member_invite                    hanoi            POST   L 404 404 404 404 404 404 404
onboarding:member_invite                    own              GET    -   - 405   -   -   -   -   -
onboarding:member_invite                    own              POST   -   - 200   -   -   -   -   -
onboarding:member_remove                    hcm              GET  405 405 405 405 405 405 405 405
onboarding:member_remove                    hcm              POST   L 404 404 404 404 404 404 404
onboarding:member_remove                    hanoi            GET  405 405 405 405 405 405 405 405
onboarding:member_remove                    hanoi            POST   L 404 404 404 404 404 404 404
onboarding:member_remove                    own              GET    -   - 405   -   -   -   -   -
onboarding:member_remove                    own              POST   -   - 302   -   -   -   -   -
onboarding:ocop_product_add                 hcm              GET  405 405 405 405 405 405 405 405
onboarding:ocop_product_add                 hcm              POST   L 404 404 404 404 404 404 404
onboarding:ocop_product_add                 hanoi            GET  405 405 405 405 405 405 405 405
onboarding:ocop_product_add                 hanoi            POST   L 404 404 404 404 404 404 404
onboarding:ocop_product_add                 own              GET    -   - 405   -   -   -   -   -
onboarding:ocop_product_add                 own              POST   -   - 200   -   -   -   -   -
onboarding:staff                            -                *      L 404 404 404 404 200 200 200
onboarding:staff_business                   hcm              *      L 404 404 404 404 200 404 200
onboarding:staff_business                   hanoi            *      L 404 404 404 404 404 200 200
onboarding:staff_business                   own              *      -   - 404   -   -   -   -   -
onboarding:staff_export_csv                 -                *      L 404 404 404 404 200 200 200
onboarding:staff_export_xlsx                -                *      L 404 404 404 404 200 200 200
onboarding:staff_review                     hcm              *      L 404 404 404 404 200 404 200
onboarding:staff_review                     hanoi            *      L 404 404 404 404 404 200 200
onboarding:staff_review                     own              *      -   - 404   -   -   -   -   -
onboarding:staff_step_message               hcm              GET  405 405 405 405 405 405 405 405
onboarding:staff_step_message               hcm              POST   L 404 404 404 404 400 404 400
onboarding:staff_step_message               hanoi            GET  405 405 405 405 405 405 405 405
onboarding:staff_step_message               hanoi            POST   L 404 404 404 404 404 400 400
onboarding:staff_step_message               own              GET    -   - 405   -   -   -   -   -
onboarding:staff_step_message               own              POST   -   - 404   -   -   -   -   -
onboarding:step                             hcm              *      L 404 404 404 404 404 404 404
onboarding:step                             hanoi            *      L 404 404 404 404 404 404 404
onboarding:step                             own              *      -   - 200   -   -   -   -   -
onboarding:step_message                     hcm              GET  405 405 405 405 405 405 405 405
onboarding:step_message                     hcm              POST   L 404 404 404 404 404 404 404
onboarding:step_message                     hanoi            GET  405 405 405 405 405 405 405 405
onboarding:step_message                     hanoi            POST   L 404 404 404 404 404 404 404
onboarding:step_message                     own              GET    -   - 405   -   -   -   -   -
onboarding:step_message                     own              POST   -   - 400   -   -   -   -   -
# --- Events: public calendar and feeds, attendees' tickets, organisers of the province, programmes
events:attendance                           hcm              GET  405 405 405 405 405 405 405 405
events:attendance                           hcm              POST   L 404 404 404 302 302 404 302
events:attendance                           hanoi            GET  405 405 405 405 405 405 405 405
events:attendance                           hanoi            POST   L 404 404 404 404 404 302 302
events:calendar                             -                GET  200 200 200 200 200 200 200 200
events:calendar                             -                POST 405 405 405 405 405 405 405 405
events:cancel                               own              GET    - 405 405   -   -   -   -   -
events:cancel                               own              POST   - 302 302   -   -   -   -   -
events:cancel                               hcm              GET  405 405 405 405 405 405 405 405
events:cancel                               hcm              POST   L 404 404 404 404 404 404 404
events:cancel                               hanoi            GET  405 405 405 405 405 405 405 405
events:cancel                               hanoi            POST   L 404 404 404 404 404 404 404
events:check_in                             hcm              *      L 404 404 404 200 200 404 200
events:check_in                             hanoi            *      L 404 404 404 404 404 200 200
events:close                                hcm              GET  405 405 405 405 405 405 405 405
events:close                                hcm              POST   L 404 404 404 302 302 404 302
events:close                                hanoi            GET  405 405 405 405 405 405 405 405
events:close                                hanoi            POST   L 404 404 404 404 404 302 302
events:event_ics                            hcm              GET  200 200 200 200 200 200 200 200
events:event_ics                            hcm              POST 405 405 405 405 405 405 405 405
events:event_ics                            hanoi            GET  200 200 200 200 200 200 200 200
events:event_ics                            hanoi            POST 405 405 405 405 405 405 405 405
events:feed                                 hcm              GET  200 200 200 200 200 200 200 200
events:feed                                 hcm              POST 405 405 405 405 405 405 405 405
events:programme                            hcm              GET  200 200 200 200 200 200 200 200
events:programme                            hcm              POST   L 404 404 404 404 404 404 404
events:programme                            hanoi            GET  200 200 200 200 200 200 200 200
events:programme                            hanoi            POST   L 404 404 404 404 404 404 404
events:programme_create                     -                *      L 404 404 404 404 200 200 200
events:programme_dashboard                  hcm              GET    L 404 404 404 404 200 404 200
events:programme_dashboard                  hcm              POST 405 405 405 405 405 405 405 405
events:programme_dashboard                  hanoi            GET    L 404 404 404 404 404 200 200
events:programme_dashboard                  hanoi            POST 405 405 405 405 405 405 405 405
events:programme_answer                     hcm              GET  405 405 405 405 405 405 405 405
events:programme_answer                     hcm              POST   L 404 404 404 404 302 404 302
events:programme_answer                     hanoi            GET  405 405 405 405 405 405 405 405
events:programme_answer                     hanoi            POST   L 404 404 404 404 404 302 302
events:programme_nominate                   hcm              GET  405 405 405 405 405 405 405 405
events:programme_nominate                   hcm              POST   L 404 404 404 404 400 404 400
events:programme_nominate                   hanoi            GET  405 405 405 405 405 405 405 405
events:programme_nominate                   hanoi            POST   L 404 404 404 404 404 400 400
events:programme_edit                       hcm              *      L 404 404 404 404 200 404 200
events:programme_edit                       hanoi            *      L 404 404 404 404 404 200 200
events:programmes                           -                GET  200 200 200 200 200 200 200 200
events:programmes                           -                POST 405 405 405 405 405 405 405 405
events:register                             hcm              GET  405 405 405 405 405 405 405 405
events:register                             hcm              POST   L 302 302 302 302 302 302 302
events:register                             hanoi            GET  405 405 405 405 405 405 405 405
events:register                             hanoi            POST   L 302 302 302 302 302 302 302
events:report                               hcm              *      L 404 404 404 200 200 404 200
events:report                               hanoi            *      L 404 404 404 404 404 200 200
events:staff                                -                *      L 404 404 404 200 200 200 200
events:ticket                               own              *      - 200 200   -   -   -   -   -
events:ticket                               hcm              *      L 404 404 404 404 404 404 404
events:ticket                               hanoi            *      L 404 404 404 404 404 404 404
# --- Admin: the dashboard (people without admin access get the no-access page, 403)
wagtailadmin_home                           -                GET    L 403 403 403 200 200 200 200
wagtailadmin_home                           -                POST   L 403 403 403 405 405 405 405
# --- Admin: course reports (trainers of the course's province, national admins)
courses_reports:csv                         hcm              *      L 403 403 403 200 404 404 200
courses_reports:csv                         hanoi            *      L 403 403 403 404 404 404 200
courses_reports:detail                      hcm              GET    L 403 403 403 200 404 404 200
courses_reports:detail                      hcm              POST   L 403 403 403 405 404 404 405
courses_reports:detail                      hanoi            GET    L 403 403 403 404 404 404 200
courses_reports:detail                      hanoi            POST   L 403 403 403 404 404 404 405
courses_reports:gradebook                   hcm              GET    L 403 403 403 200 404 404 200
courses_reports:gradebook                   hcm              POST   L 403 403 403 405 404 404 405
courses_reports:gradebook                   hanoi            GET    L 403 403 403 404 404 404 200
courses_reports:gradebook                   hanoi            POST   L 403 403 403 404 404 404 405
courses_reports:index                       -                GET    L 403 403 403 200 200 200 200
courses_reports:index                       -                POST   L 403 403 403 405 405 405 405
courses_reports:translations                -                GET    L 403 403 403 200 200 200 200
courses_reports:translations                -                POST   L 403 403 403 405 405 405 405
courses_reports:translations_detail         hcm              GET    L 403 403 403 200 404 404 200
courses_reports:translations_detail         hcm              POST   L 403 403 403 405 404 404 405
courses_reports:translations_detail         hanoi            GET    L 403 403 403 404 404 404 200
courses_reports:translations_detail         hanoi            POST   L 403 403 403 404 404 404 405
# --- Admin: certificates and businesses, read-only and province-scoped (staff, national admins)
businesses:index                            -                GET    L 403 403 403 302 200 200 200
businesses:index                            -                POST   L 403 403 403 302 405 405 405
businesses:index_results                    -                GET    L 403 403 403 302 200 200 200
businesses:index_results                    -                POST   L 403 403 403 302 405 405 405
certificates:add                            -                *      L 403 403 403 302 302 302 302
certificates:delete                         own              *      - 403 403 403   - 302   -   -
certificates:delete                         hcm              *      L 403 403 403 302 302 302 302
certificates:delete                         hanoi            *      L 403 403 403 302 302 302 302
certificates:edit                           own              *      - 403 403 403   - 302   -   -
certificates:edit                           hcm              *      L 403 403 403 302 302 302 302
certificates:edit                           hanoi            *      L 403 403 403 302 302 302 302
certificates:history                        own              *      - 403 403 403   - 302   -   -
certificates:history                        hcm              *      L 403 403 403 302 302 302 302
certificates:history                        hanoi            *      L 403 403 403 302 302 302 302
certificates:history_results                own              *      - 403 403 403   - 302   -   -
certificates:history_results                hcm              *      L 403 403 403 302 302 302 302
certificates:history_results                hanoi            *      L 403 403 403 302 302 302 302
certificates:index                          -                GET    L 403 403 403 302 200 200 200
certificates:index                          -                POST   L 403 403 403 302 405 405 405
certificates:index_results                  -                GET    L 403 403 403 302 200 200 200
certificates:index_results                  -                POST   L 403 403 403 302 405 405 405
certificates:inspect                        own              GET    - 403 403 403   - 200   -   -
certificates:inspect                        own              POST   - 403 403 403   - 405   -   -
certificates:inspect                        hcm              GET    L 403 403 403 404 200 404 200
certificates:inspect                        hcm              POST   L 403 403 403 404 405 404 405
certificates:inspect                        hanoi            GET    L 403 403 403 404 404 200 200
certificates:inspect                        hanoi            POST   L 403 403 403 404 404 405 405
certificates:usage                          own              *      - 403 403 403   - 302   -   -
certificates:usage                          hcm              *      L 403 403 403 302 302 302 302
certificates:usage                          hanoi            *      L 403 403 403 302 302 302 302
# --- Admin: snippets. Journey templates: national admins edit, provincial staff read (inspect);
# certificate templates and legal bases: superusers (302: Wagtail's permission refusal)
snippet:certificatetemplate:add             -                *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:copy            hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:copy            hanoi            *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:delete          hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:delete          hanoi            *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:edit            hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:edit            hanoi            *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:history         hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:history         hanoi            *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:history_results hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:history_results hanoi            *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:list            -                *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:list_results    -                *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:usage           hcm              *      L 403 403 403 302 302 302 302
snippet:certificatetemplate:usage           hanoi            *      L 403 403 403 302 302 302 302
snippet:legalbasis:add                      -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:copy                     -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:delete                   -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:edit                     -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:history                  -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:history_results          -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:list                     -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:list_results             -                *      L 403 403 403 302 302 302 302
snippet:legalbasis:usage                    -                *      L 403 403 403 302 302 302 302
snippet:journeytemplate:add                 -                *      L 403 403 403 302 302 302 200
snippet:journeytemplate:copy                -                *      L 403 403 403 302 302 302 200
snippet:journeytemplate:delete              -                *      L 403 403 403 302 302 302 302
snippet:journeytemplate:edit                -                *      L 403 403 403 302 302 302 200
snippet:journeytemplate:history             -                GET    L 403 403 403 302 302 302 200
snippet:journeytemplate:history             -                POST   L 403 403 403 302 302 302 405
snippet:journeytemplate:history_results     -                GET    L 403 403 403 302 302 302 200
snippet:journeytemplate:history_results     -                POST   L 403 403 403 302 302 302 405
snippet:journeytemplate:inspect             -                GET    L 403 403 403 302 200 200 200
snippet:journeytemplate:inspect             -                POST   L 403 403 403 302 405 405 405
snippet:journeytemplate:list                -                GET    L 403 403 403 302 200 200 200
snippet:journeytemplate:list                -                POST   L 403 403 403 302 405 405 405
snippet:journeytemplate:list_results        -                GET    L 403 403 403 302 200 200 200
snippet:journeytemplate:list_results        -                POST   L 403 403 403 302 405 405 405
snippet:journeytemplate:usage               -                GET    L 403 403 403 302 302 302 200
snippet:journeytemplate:usage               -                POST   L 403 403 403 302 302 302 405
# --- Admin: snippet choosers (editors choose; creating happens on the snippet's own page: 404)
chooser:certificatetemplate:choose          -                GET    L 403 403 403 200 200 200 200
chooser:certificatetemplate:choose          -                POST   L 403 403 403 405 405 405 405
chooser:certificatetemplate:choose_results  -                GET    L 403 403 403 200 200 200 200
chooser:certificatetemplate:choose_results  -                POST   L 403 403 403 405 405 405 405
chooser:certificatetemplate:chosen          hcm              GET    L 403 403 403 200 200 200 200
chooser:certificatetemplate:chosen          hcm              POST   L 403 403 403 405 405 405 405
chooser:certificatetemplate:chosen          hanoi            GET    L 403 403 403 200 200 200 200
chooser:certificatetemplate:chosen          hanoi            POST   L 403 403 403 405 405 405 405
chooser:certificatetemplate:chosen_multiple -                GET    L 403 403 403 200 200 200 200
chooser:certificatetemplate:chosen_multiple -                POST   L 403 403 403 405 405 405 405
chooser:certificatetemplate:create          -                *      L 403 403 403 404 404 404 404
chooser:legalbasis:choose                   -                GET    L 403 403 403 200 200 200 200
chooser:legalbasis:choose                   -                POST   L 403 403 403 405 405 405 405
chooser:legalbasis:choose_results           -                GET    L 403 403 403 200 200 200 200
chooser:legalbasis:choose_results           -                POST   L 403 403 403 405 405 405 405
chooser:legalbasis:chosen                   -                GET    L 403 403 403 200 200 200 200
chooser:legalbasis:chosen                   -                POST   L 403 403 403 405 405 405 405
chooser:legalbasis:chosen_multiple          -                GET    L 403 403 403 200 200 200 200
chooser:legalbasis:chosen_multiple          -                POST   L 403 403 403 405 405 405 405
chooser:legalbasis:create                   -                *      L 403 403 403 404 404 404 404
chooser:journeytemplate:choose              -                GET    L 403 403 403 200 200 200 200
chooser:journeytemplate:choose              -                POST   L 403 403 403 405 405 405 405
chooser:journeytemplate:choose_results      -                GET    L 403 403 403 200 200 200 200
chooser:journeytemplate:choose_results      -                POST   L 403 403 403 405 405 405 405
chooser:journeytemplate:chosen              -                GET    L 403 403 403 200 200 200 200
chooser:journeytemplate:chosen              -                POST   L 403 403 403 405 405 405 405
chooser:journeytemplate:chosen_multiple     -                GET    L 403 403 403 200 200 200 200
chooser:journeytemplate:chosen_multiple     -                POST   L 403 403 403 405 405 405 405
chooser:journeytemplate:create              -                *      L 403 403 403 404 404 404 404
"""


def label(name: str) -> str:
    """The name a row uses: Wagtail's snippet namespaces shortened to fit a line
    ("wagtailsnippets_onboarding_journeytemplate:edit" reads "snippet:journeytemplate:edit")."""
    for prefix, short in (("wagtailsnippets_", "snippet"), ("wagtailsnippetchoosers_", "chooser")):
        if name.startswith(prefix):
            namespace, _, view = name.partition(":")
            return f"{short}:{namespace.rsplit('_', 1)[-1]}:{view}"
    return name


def parse(table: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """{(label, variant, method): answers}; a row with the method "*" stands for GET and
    POST alike."""
    rows = {}
    for line in table.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, variant, method, *answers = line.split()
        assert len(answers) == len(ROLES), f"{len(ROLES)} answers expected: {line!r}"
        for one in ("GET", "POST") if method == "*" else (method,):
            assert (name, variant, one) not in rows, f"a second row for {line!r}"
            rows[(name, variant, one)] = tuple(answers)
    return rows


def rows(answers: dict[tuple[str, str, str], tuple[str, ...]]) -> list[str]:
    """The table lines for ``answers``, GET and POST in one "*" line when they agree."""
    lines = []
    for (name, variant, method), got in answers.items():
        if method == "POST" and answers.get((name, variant, "GET")) == got:
            continue
        if method == "GET" and answers.get((name, variant, "POST")) == got:
            method = "*"
        lines.append(f"{name:<43} {variant:<16} {method:<4} " + " ".join(f"{a:>3}" for a in got))
    return lines


LOGIN_URL = "/accounts/login/"


def ask(client: Client, method: str, url: str) -> str:
    cache.clear()  # rate limits and cached pages would hide the answer of the view
    with transaction.atomic():
        response = client.get(url) if method == "GET" else client.post(url)
        if response.streaming:
            # Read to the end: the test client then closes the file with the
            # connection-closing signal held off (calling close() ourselves would fire
            # it, and inside the savepoint it would close the database connection).
            b"".join(response.streaming_content)
        transaction.set_rollback(True)
    code = response.status_code
    if code in (301, 302, 303, 307, 308) and response["Location"].startswith(LOGIN_URL):
        return "L"
    return str(code)


def url_for(name: str, target) -> str:
    if isinstance(target, tuple):
        return reverse(name, args=target)
    return reverse(name, kwargs=target)


def test_every_url_answers_every_role_as_the_table_says(world):
    patterns = our_patterns()
    expected = parse(MATRIX)
    clients = {}
    for role, user in world["users"].items():
        clients[role] = Client(raise_request_exception=False)
        if user is not None:
            clients[role].force_login(user)
    observed, no_kind = {}, []
    for name, (_route, params) in sorted(patterns.items()):
        kind = kind_of(name, params)
        if params and kind is None:
            no_kind.append(name)
            continue
        variants = world[kind] if kind else {"-": {}}
        for variant, value in variants.items():
            for method in ("GET", "POST"):
                answers = []
                for role in ROLES:
                    target = value.get(role) if variant == "own" else value
                    if target is None:
                        answers.append("-")
                        continue
                    url = url_for(name, target)
                    assert resolve(url).view_name == name, f"{url} is served by another view"
                    answers.append(ask(clients[role], method, url))
                observed[(label(name), variant, method)] = tuple(answers)
    assert not no_kind, (
        f"say which objects the parameters of {no_kind} name: a line in KINDS (and the "
        "objects in world() if the kind is new)"
    )
    header = f"# {'url name':<41} {'variant':<16} http " + " ".join(HEADS)
    missing = rows({k: v for k, v in observed.items() if k not in expected})
    assert not missing, (
        "URL patterns without rows in MATRIX. Check each answer below (out of scope must "
        "be 404, never 200 or 403), fix the view if one is wrong, then paste the rows into "
        "MATRIX in tests/portal/test_authorisation_matrix.py:\n" + "\n".join([header, *missing])
    )
    stale = rows({k: v for k, v in expected.items() if k not in observed})
    assert not stale, "rows in MATRIX for patterns that no longer exist:\n" + "\n".join(stale)
    wrong = [
        f"{rows({k: expected[k]})[0]}\n{'  now answers':<66}" + " ".join(f"{a:>3}" for a in v)
        for k, v in observed.items()
        if v != expected[k]
    ]
    assert not wrong, (
        "answers that differ from MATRIX (a fix of an authorisation hole, or a new one: "
        "correct the view, or the row if the change is intended):\n" + "\n".join(wrong)
    )
