"""courses/offline.py: the list of pages a learner's phone keeps for offline reading (the
lessons of enrolled courses, nobody else's)."""

from courses.offline import offline_pages_for
from courses.services import enrolment_create, section_create
from tests.courses.builders import add_course, catalog_for, lessons_of


def test_a_phone_keeps_the_pages_of_enrolled_courses_only(
    home_page, hcm, learner, other_learner, django_assert_max_num_queries
):
    section = section_create(province=hcm, catalog=catalog_for(home_page))
    mine = add_course(section, slug="cua-toi", lessons=2)
    add_course(section, slug="khac", lessons=2)
    enrolment_create(user=learner, course=mine)
    with django_assert_max_num_queries(4):
        pages = offline_pages_for(learner)
    assert [p["url"] for p in pages] == [mine.url] + [lesson.url for lesson in lessons_of(mine)]
    assert {p["course"] for p in pages} == {mine.title}
    assert offline_pages_for(other_learner) == []


def test_the_list_needs_a_signed_in_learner(client, learner, home_page):
    assert client.get("/learning/offline.json")["Location"].startswith("/accounts/login/")
    client.force_login(learner)
    assert client.get("/learning/offline.json").json() == {"pages": []}
