"""The course content files: `courses/content/courses/<slug>.yaml` (one per course) and
`courses/content/legal_bases.yaml`, read and checked against their JSON Schemas.

Pure data (no ORM): the loader (courses.loaders) writes pages from what this returns, and
the content tests check the files without a database. Every check that needs more than
one file (prerequisites, legal-basis keys, slugs that must not collide) is made here, so a
broken file stops a load before anything is written.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from portal.content import ContentError, read_checked

CONTENT = Path(__file__).resolve().parent / "content"
CATALOG = CONTENT / "catalog.yaml"
CATALOG_SCHEMA = CONTENT / "catalog.schema.json"
COURSES = CONTENT / "courses"
COVERS = CONTENT / "covers"
COURSE_SCHEMA = CONTENT / "course.schema.json"
LEGAL_BASES = CONTENT / "legal_bases.yaml"
LEGAL_BASES_SCHEMA = CONTENT / "legal_bases.schema.json"

# A callout's `legal_basis` is either the key of a legal basis or free text (a document
# name, with capitals and spaces); something shaped like a key must be one.
KEY_SHAPED = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def read_catalog() -> dict:
    """The catalog page's fields: title, title_en, slug, intro, intro_en."""
    return read_checked(CATALOG, schema=CATALOG_SCHEMA)


@cache
def legal_bases() -> dict[str, dict]:
    """Key → {title, title_en, valid_from, valid_to, url} (dates as ISO strings or None)."""
    return read_checked(LEGAL_BASES, schema=LEGAL_BASES_SCHEMA)


def read_course(path: Path) -> dict:
    """One course file, checked on its own: the schema, the file named after the slug,
    unique lesson slugs, legal-basis keys that exist, existing cover files."""
    data = read_checked(path, schema=COURSE_SCHEMA)
    problems = []
    if path.stem != data["slug"]:
        problems.append(f"the file is named {path.name} but the slug is {data['slug']}")
    lesson_slugs = [lesson["slug"] for lesson in data["lessons"]]
    for slug in sorted({s for s in lesson_slugs if lesson_slugs.count(s) > 1}):
        problems.append(f"two lessons have the slug {slug}")
    if not (CONTENT / data["cover"]["file"]).is_file():
        problems.append(f"cover file {data['cover']['file']} not found")
    keys = legal_bases()
    for lesson in data["lessons"]:
        for block in lesson["body"]:
            basis = block.get("legal_basis", "")
            if KEY_SHAPED.match(basis) and basis not in keys:
                problems.append(
                    f"lesson {lesson['slug']}: legal basis {basis!r} is not in legal_bases.yaml"
                )
    if problems:
        raise ContentError("\n".join(f"{path.name}: {problem}" for problem in problems))
    return data


def read_courses(directory: Path = COURSES) -> list[dict]:
    """Every course file of `directory`, checked together: unique course slugs, no lesson
    sharing a course's slug (links find courses by slug), prerequisites that exist and
    form no cycle. Ordered so that a course comes after its prerequisites."""
    courses = [read_course(path) for path in sorted(directory.glob("*.yaml"))]
    by_slug = {course["slug"]: course for course in courses}
    lesson_slugs = {lesson["slug"] for c in courses for lesson in c["lessons"]}
    problems = [
        f"{slug}: a lesson has this course's slug" for slug in by_slug if slug in lesson_slugs
    ]
    for course in courses:
        for slug in course["prerequisites"]:
            if slug not in by_slug or slug == course["slug"]:
                problems.append(f"{course['slug']}: prerequisite {slug} is not another course")
        for lesson in course["lessons"]:
            for block in lesson["body"]:
                target = block.get("page", "")
                if target.startswith("course:") and target[7:] not in by_slug:
                    problems.append(f"{course['slug']}: {lesson['slug']} links to {target}")
    if problems:
        raise ContentError("\n".join(problems))
    return _prerequisites_first(courses)


def _prerequisites_first(courses: list[dict]) -> list[dict]:
    by_slug = {course["slug"]: course for course in courses}
    done: dict[str, bool] = {}  # slug → finished (False while on the current path)
    ordered: list[dict] = []

    def visit(slug: str, path: tuple[str, ...]) -> None:
        if done.get(slug) is False:
            raise ContentError("prerequisites form a cycle: " + " → ".join((*path, slug)))
        if slug in done:
            return
        done[slug] = False
        for required in by_slug[slug]["prerequisites"]:
            visit(required, (*path, slug))
        done[slug] = True
        ordered.append(by_slug[slug])

    for course in courses:
        visit(course["slug"], ())
    return ordered


def course_slugs() -> set[str]:
    """The slugs of the courses in the content files (journeys link to them)."""
    return {course["slug"] for course in read_courses()}
