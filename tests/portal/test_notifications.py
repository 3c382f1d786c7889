"""Notifications: the service every app calls, its e-mails (at once, daily digest), the
page, the header's count and the e-mail settings."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import services, tasks
from portal.models import Notification, NotificationPreference

pytestmark = pytest.mark.django_db

TEMPLATE = "tests/notice"


@pytest.fixture(autouse=True)
def test_templates(settings):
    """tests/notice_title.txt and tests/notice.txt: a title and a text with a translated
    word and characters HTML would escape."""
    templates = [dict(engine) for engine in settings.TEMPLATES]
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates


def tell(user, **kwargs):
    kwargs = {"kind": "step_approved", "template": TEMPLATE, "context": {"name": "Hà"}} | kwargs
    return services.notify(user=user, **kwargs)


def test_notify_renders_both_languages_as_plain_text(learner):
    notification = tell(learner, url="/onboarding/steps/1/")
    assert notification.title == "Thông báo: Hà & co"
    assert notification.title_en == "Notifications: Hà & co"
    assert notification.body == "Đánh dấu đã đọc <Hà>"
    assert notification.body_en == "Mark as read <Hà>"
    assert notification.url == "/onboarding/steps/1/"
    assert notification.is_unread


def test_an_unknown_kind_is_refused(learner):
    with pytest.raises(ValueError, match="unknown notification kind"):
        tell(learner, kind="step_aproved")
    assert not Notification.objects.exists()


@pytest.mark.parametrize("url", ["https://evil.example/", "//evil.example/x", "javascript:x"])
def test_links_only_into_the_portal(learner, url):
    assert tell(learner, url=url).url == ""


def test_the_same_key_notifies_once(learner, django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        first = tell(learner, key="step-approved:1")
        again = tell(learner, key="step-approved:1")
    assert first is not None and again is None
    assert Notification.objects.filter(user=learner).count() == 1
    assert len(mailoutbox) == 1


def test_an_inactive_user_is_not_notified(learner):
    learner.is_active = False
    learner.save()
    assert tell(learner) is None


def test_immediate_email_in_the_recipients_language_once(
    learner, django_capture_on_commit_callbacks, mailoutbox
):
    learner.profile.language = "en"
    learner.profile.save()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notification = tell(learner, url="/onboarding/")
    assert mailoutbox == []  # nothing before the commit
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.subject == "Notifications: Hà & co"
    assert "Mark as read <Hà>" in message.body  # plain text, not &lt;Hà&gt;
    assert "http://testserver/onboarding/" in message.body or "/onboarding/" in message.body
    assert message.to == [learner.email]
    # A redelivered task (late ack) sends nothing again.
    assert tasks.send_notification_email(notification.pk) is False
    assert len(mailoutbox) == 1


def test_the_choice_none_sends_no_email(learner, django_capture_on_commit_callbacks, mailoutbox):
    services.notification_preferences_update(user=learner, choices={"step_approved": "none"})
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(learner)
    assert notification.email == Notification.Email.NONE
    assert mailoutbox == []


def test_own_email_is_not_sent_twice(learner, django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        notification = tell(learner, kind="certificate_issued", own_email=True)
    assert notification.emailed_at is not None
    assert mailoutbox == []


def test_daily_digest_carries_the_unread_once(
    learner, other_learner, django_capture_on_commit_callbacks, mailoutbox
):
    services.notification_preferences_update(user=learner, choices={"step_approved": "daily"})
    with django_capture_on_commit_callbacks(execute=True):
        first = tell(learner, context={"name": "Một"}, url="/onboarding/")
        tell(learner, context={"name": "Hai"})
        read = tell(learner, context={"name": "Ba"})
        tell(other_learner, kind="steps_overdue")  # daily by default
    assert mailoutbox == []
    services.notification_read(user=learner, notification_id=read.pk)

    assert tasks.send_notification_digests() == 2  # eager here: both digests went
    mine = [m for m in mailoutbox if m.to == [learner.email]]
    assert len(mine) == 1
    assert mine[0].subject == "2 thông báo mới"
    assert "Thông báo: Một & co" in mine[0].body and "Thông báo: Hai & co" in mine[0].body
    assert "Ba" not in mine[0].body
    assert "/onboarding/" in mine[0].body
    first.refresh_from_db()
    assert first.emailed_at is not None
    # A rerun (or a redelivered task) sends nothing again.
    assert tasks.send_notification_digests() == 0
    assert services.notification_digest_send(user_id=learner.pk) == 0
    assert len(mailoutbox) == 2


# --- the page ---------------------------------------------------------------------------------


def test_the_page_lists_only_mine(client, learner, other_learner):
    tell(learner, context={"name": "của tôi"})
    tell(other_learner, context={"name": "của người khác"})
    client.force_login(learner)
    page = client.get("/notifications/").content.decode()
    assert "của tôi" in page and "của người khác" not in page


def test_the_page_follows_the_readers_language(client, learner):
    tell(learner)
    client.force_login(learner)
    page = client.get("/notifications/?lang=en").content.decode()
    assert "Notifications: Hà &amp; co" in page


def test_opening_marks_read_and_goes_to_the_thing(client, learner):
    notification = tell(learner, url="/onboarding/steps/7/")
    client.force_login(learner)
    response = client.get(f"/notifications/{notification.pk}/")
    assert response.status_code == 302 and response["Location"] == "/onboarding/steps/7/"
    notification.refresh_from_db()
    assert not notification.is_unread


def test_anothers_notification_is_404(client, learner, other_learner):
    theirs = tell(other_learner)
    client.force_login(learner)
    assert client.get(f"/notifications/{theirs.pk}/").status_code == 404
    assert client.post(f"/notifications/{theirs.pk}/read/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_unread


def test_mark_one_and_all_read(client, learner, other_learner):
    one, two = tell(learner), tell(learner)
    theirs = tell(other_learner)
    client.force_login(learner)
    assert client.post(f"/notifications/{one.pk}/read/").status_code == 302
    one.refresh_from_db()
    two.refresh_from_db()
    assert not one.is_unread and two.is_unread
    client.post("/notifications/read-all/")
    two.refresh_from_db()
    theirs.refresh_from_db()
    assert not two.is_unread and theirs.is_unread


def test_the_page_costs_the_same_queries_with_many(client, learner, django_assert_max_num_queries):
    for i in range(40):
        tell(learner, context={"name": str(i)})
    client.force_login(learner)
    with django_assert_max_num_queries(9):  # the same with 1 or 1,000
        page = client.get("/notifications/?page=2")
    assert page.status_code == 200
    assert "Trang 2 / 2" in page.content.decode()


# --- the header's count -----------------------------------------------------------------------


def _notification_queries(queries) -> list[str]:
    return [q["sql"] for q in queries if "portal_notification" in q["sql"]]


def test_the_header_counts_unread_in_one_query(client, learner):
    for _ in range(3):
        tell(learner)
    tell(learner).read_at = None
    services.notifications_read_all(user=learner)
    tell(learner)
    tell(learner)
    client.force_login(learner)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/accounts/profile/")
    assert 'class="notifications-count">2<' in page.content.decode()
    assert len(_notification_queries(queries)) == 1


def test_no_count_when_all_read_and_none_for_visitors(client, learner):
    client.force_login(learner)
    page = client.get("/accounts/profile/").content.decode()
    assert 'href="/notifications/"' in page and "notifications-count" not in page
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        client.get("/events/")
    assert _notification_queries(queries) == []


# --- e-mail settings --------------------------------------------------------------------------


def test_settings_page_saves_the_choices(client, learner):
    client.force_login(learner)
    page = client.get("/notifications/settings/").content.decode()
    assert "Certificates issued" in page or "Chứng chỉ được cấp" in page
    assert "step_submitted" not in page  # a staff kind: not for learners
    response = client.post(
        "/notifications/settings/",
        {"step_approved": "daily", "certificate_issued": "none", "event_reminder": "immediate"},
    )
    assert response.status_code == 200  # the other kinds are required: shown again
    choices = {
        "step_changes_requested": "immediate",
        "step_approved": "daily",
        "steps_overdue": "daily",
        "business_decision": "immediate",
        "certificate_issued": "none",
        "course_assigned": "immediate",
        "course_due": "immediate",
        "event_reminder": "none",
        "step_message": "daily",
    }
    response = client.post("/notifications/settings/", choices)
    assert response.status_code == 302
    saved = dict(NotificationPreference.objects.filter(user=learner).values_list("kind", "email"))
    assert saved == choices
    assert services.notification_email_choice(user=learner, kind="event_reminder") == "none"


def test_staff_see_their_kinds(client, staff_hcm):
    client.force_login(staff_hcm)
    assert 'name="step_submitted"' in client.get("/notifications/settings/").content.decode()


def test_a_bad_choice_is_refused_with_a_message(client, learner):
    client.force_login(learner)
    response = client.post("/notifications/settings/", {"step_approved": "hourly"})
    assert response.status_code == 200
    assert not NotificationPreference.objects.exists()


def test_a_key_the_caller_vouches_is_new_is_written_without_looking_for_it(learner):
    with CaptureQueriesContext(connection) as looked:
        tell(learner, key="looked-for")
    with CaptureQueriesContext(connection) as vouched:
        notification = tell(learner, key="new", new_key=True)
    assert notification.key == "new" and Notification.objects.filter(key="new").count() == 1
    # No look for the key, no savepoint around the row (begun and released).
    assert len(vouched) == len(looked) - 3
    assert not any("SAVEPOINT" in q["sql"] for q in vouched.captured_queries)
    # The key still counts for later callers that do not vouch.
    assert tell(learner, key="new") is None
