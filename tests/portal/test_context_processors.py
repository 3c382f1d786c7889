"""portal/context_processors.py: the navigation's flags and the unread notifications'
count, asked only when a page shows it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import services
from tests.portal.conftest import tell

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("notice_templates")]


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


def test_the_menu_shows_the_staff_and_admin_links_by_role(
    rf, learner, staff_hcm, trainer_hcm, national_admin
):
    from django.contrib.auth.models import AnonymousUser

    from portal.context_processors import portal

    def flags(user):
        request = rf.get("/")
        request.user = user
        found = portal(request)
        return found["nav_staff"], found["nav_admin"]

    assert flags(AnonymousUser()) == (False, False)
    assert flags(learner) == (False, False)
    assert flags(staff_hcm) == (True, False)
    assert flags(trainer_hcm) == (False, True)
    assert flags(national_admin) == (True, True)


def test_the_count_is_read_only_when_a_page_shows_it(rf, learner):
    from portal.context_processors import portal

    tell(learner)
    request = rf.get("/")
    request.user = learner
    with CaptureQueriesContext(connection) as queries:
        found = portal(request)
    assert _notification_queries(queries) == []
    with CaptureQueriesContext(connection) as queries:
        assert str(found["notifications_unread"]) == "1"
    assert len(_notification_queries(queries)) == 1
