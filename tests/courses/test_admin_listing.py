"""The admin lists a course's lessons in the course's order, whatever was edited last."""

import re

from tests.courses.builders import lessons_of


def test_the_admin_lists_lessons_in_course_order(client, course, make_user):
    first = lessons_of(course)[0].specific
    first.title = "Bài 1 (đã sửa)"
    first.save_revision().publish()  # the newest edit would otherwise come first
    client.force_login(make_user("root@example.com", superuser=True))
    body = client.get(f"/admin/pages/{course.pk}/").content.decode()
    titles = re.findall(r"Bài \d", body)
    assert titles and titles == sorted(titles)
    assert titles[0] == "Bài 1"
