"""Prerequisites are enforced: no enrolment before the prerequisite courses are completed."""

import pytest

from courses import services
from courses.models import Enrolment
from tests.courses.builders import add_course, client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def basics(section_hcm):
    return add_course(
        section_hcm, slug="co-ban", title="Khoá cơ bản", title_en="The basics", lessons=1
    )


@pytest.fixture
def advanced(section_hcm, basics):
    course = add_course(section_hcm, slug="nang-cao", title="Khoá nâng cao", lessons=1)
    course.prerequisites.set([basics])
    course.save_revision().publish()
    return course


def complete(user, course):
    Enrolment.objects.create(
        user=user, course=course, status=Enrolment.Status.COMPLETED, progress=100
    )


def test_enrolment_refused_with_links_to_the_missing_courses(learner, basics, advanced):
    client = client_for(learner)
    response = client.post(f"/learning/enrol/{advanced.pk}/?lang=vi", follow=True)
    assert response.redirect_chain[-1][0] == advanced.url
    assert not Enrolment.objects.filter(course=advanced).exists()
    text = response.text
    assert "Hãy hoàn thành các khoá học này trước" in text
    assert f'<a href="{basics.url}">Khoá cơ bản</a>' in text
    # The course page says so too, and offers no enrol button.
    assert 'id="missing-prerequisites"' in text
    assert f"/learning/enrol/{advanced.pk}/" not in text


def test_message_in_english(learner, basics, advanced):
    client = client_for(learner)
    response = client.post(f"/learning/enrol/{advanced.pk}/?lang=en", follow=True)
    assert "Complete these courses first:" in response.text
    assert f'<a href="{basics.url}">The basics</a>' in response.text


def test_enrolment_allowed_once_the_prerequisite_is_completed(learner, basics, advanced):
    complete(learner, basics)
    client = client_for(learner)
    page = client.get(advanced.url).text
    assert 'id="missing-prerequisites"' not in page
    assert f"/learning/enrol/{advanced.pk}/" in page
    assert "badge-green" in page  # the prerequisite is marked completed
    client.post(f"/learning/enrol/{advanced.pk}/")
    assert Enrolment.objects.filter(user=learner, course=advanced).exists()


def test_an_enrolment_in_progress_does_not_count(learner, basics, advanced):
    services.enrolment_create(user=learner, course=basics)
    with pytest.raises(services.PrerequisitesMissing) as info:
        services.enrolment_create(user=learner, course=advanced)
    assert info.value.courses == [basics]
    assert "Khoá cơ bản" in str(info.value)
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_national_admins_are_not_exempt(national_admin, basics, advanced):
    client = client_for(national_admin)
    client.post(f"/learning/enrol/{advanced.pk}/")
    assert not Enrolment.objects.filter(course=advanced).exists()


def test_unpublished_prerequisites_do_not_block(learner, basics, advanced):
    basics.unpublish()
    enrolment = services.enrolment_create(user=learner, course=advanced)
    assert enrolment.course_id == advanced.pk


def test_an_existing_enrolment_is_kept(learner, basics, advanced):
    existing = Enrolment.objects.create(user=learner, course=advanced)
    assert services.enrolment_create(user=learner, course=advanced) == existing


def test_anonymous_visitors_see_the_prerequisites_and_sign_in(client, basics, advanced):
    page = client.get(advanced.url).text
    assert f'<a href="{basics.url}">Khoá cơ bản</a>' in page
    assert 'id="missing-prerequisites"' not in page
    assert "/accounts/login/" in page


def test_course_page_queries_do_not_grow_with_prerequisites(learner, section_hcm, advanced):
    from tests.courses.test_query_counts import count

    client = client_for(learner)
    few = count(client, advanced.url)
    more = [
        add_course(section_hcm, slug=f"them-{i}", title=f"Khoá thêm {i}", lessons=1)
        for i in range(3)
    ]
    advanced.prerequisites.add(*more)
    advanced.save_revision().publish()
    complete(learner, more[0])
    assert count(client, advanced.url) == few


@pytest.fixture
def officials_prerequisite(section_hcm, advanced):
    """`advanced` also requires an officials-only course."""
    officials = add_course(
        section_hcm,
        slug="chi-can-bo",
        title="Khoá chỉ cho cán bộ",
        officials_only=True,
        lessons=1,
    )
    advanced.prerequisites.add(officials)
    advanced.save_revision().publish()
    return officials


def test_officials_only_prerequisite_neither_listed_nor_required_of_others(
    learner, basics, advanced, officials_prerequisite
):
    complete(learner, basics)
    client = client_for(learner)
    page = client.get(advanced.url).text
    assert officials_prerequisite.url not in page  # its link would 404 for them
    assert "Khoá chỉ cho cán bộ" not in page
    assert 'id="missing-prerequisites"' not in page
    client.post(f"/learning/enrol/{advanced.pk}/")
    assert Enrolment.objects.filter(user=learner, course=advanced).exists()


def test_officials_only_prerequisite_required_of_officials(
    official, basics, advanced, officials_prerequisite
):
    complete(official, basics)
    client = client_for(official)
    page = client.get(advanced.url).text
    assert officials_prerequisite.url in page
    assert 'id="missing-prerequisites"' in page
    with pytest.raises(services.PrerequisitesMissing):
        services.enrolment_create(user=official, course=advanced)
