"""Notifications (portal/notifications.py): the service every app calls and its e-mails.
The page and the e-mail settings are tried in test_views.py, the header's count in
test_context_processors.py, the daily digest in test_tasks.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import services, tasks
from portal.models import Notification
from tests.portal.conftest import tell

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("notice_templates")]


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
