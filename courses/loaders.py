"""Writes the course content files (courses.content_files) into the site: the legal
bases, the catalog with a section per current province and the national one, and each
course with its lessons, cover image and certificate template.

Editors own what exists. Loading again creates only what is missing (a course, or a lesson
added to a course's file) and leaves the rest as trainers edited it. With `reset` the files
win: existing courses and lessons are rewritten from them, and each quiz block keeps the id
of the quiz it replaces (the n-th quiz of a lesson keeps the n-th id) so that learners'
attempts still count.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field

from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Site

from certification import demo
from courses import services
from courses.content_files import CONTENT, legal_bases, read_catalog, read_courses
from courses.models import CatalogPage, CoursePage, CourseSectionPage, LegalBasis, LessonPage
from portal.content import ContentError
from portal.models import Province

# Folded YAML joins lines with spaces; the rich-text editor keeps none around block tags.
_AROUND_BLOCK_TAGS = re.compile(r"\s*(</?(?:p|ul|ol|li|h3)>)\s*")


def html(value: str) -> str:
    return _AROUND_BLOCK_TAGS.sub(r"\1", value).strip()


@dataclass
class Loaded:
    """What a load did. `pages`: every course of the files, by slug."""

    pages: dict[str, CoursePage] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)
    rewritten: list[str] = field(default_factory=list)
    lessons_added: int = 0


@transaction.atomic
def legal_bases_load(*, reset: bool = False) -> int:
    """Creates the legal bases of legal_bases.yaml that do not exist yet (by key); with
    `reset`, sets existing ones back to the file. Returns how many were created."""
    created = 0
    for key, data in legal_bases().items():
        basis, was_created = LegalBasis.objects.get_or_create(key=key, defaults=data)
        created += int(was_created)
        if reset and not was_created:
            LegalBasis.objects.filter(pk=basis.pk).update(**data)
    return created


@transaction.atomic
def catalog_load() -> CatalogPage:
    """The catalog page (catalog.yaml, created once under the default site's root page)
    and a course section for the nation and for every current province."""

    catalog = CatalogPage.objects.first()
    if catalog is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise ContentError("no default site: load the home page first")
        catalog = CatalogPage(**read_catalog())
        site.root_page.add_child(instance=catalog)
        catalog.save_revision().publish()
    services.section_create(province=None, catalog=catalog)
    for province in Province.objects.current().order_by("code"):
        services.section_create(province=province, catalog=catalog)
    return catalog


@transaction.atomic
def courses_load(*, courses: list[dict] | None = None, reset: bool = False) -> Loaded:
    """Creates the courses of the content files (or `courses`, as read_courses returns
    them) that do not exist yet, and the lessons missing from existing ones; with `reset`,
    rewrites existing courses and lessons from the files. Prerequisites are set on the
    courses created or rewritten. Needs the catalog and sections (catalog_load). Idempotent;
    a broken file raises ContentError before anything is written."""
    data = read_courses() if courses is None else courses
    sections = _sections()
    loaded = Loaded()
    for item in data:
        if item["section"] not in sections:
            raise ContentError(f"{item['slug']}: no course section {item['section']!r}")
    for item in data:
        course = CoursePage.objects.filter(slug=item["slug"]).order_by("pk").first()
        if course is None:
            course = CoursePage(slug=item["slug"], **course_fields(item))
            sections[item["section"]].add_child(instance=course)
            loaded.created.append(item["slug"])
        elif reset:
            for name, value in course_fields(item).items():
                setattr(course, name, value)
            loaded.rewritten.append(item["slug"])
        else:
            loaded.pages[item["slug"]] = course
            continue
        course.save_revision().publish()
        loaded.pages[item["slug"]] = course
    written = set(loaded.created) | set(loaded.rewritten)
    # Lessons once every course exists: a lesson may link to any of them.
    for item in data:
        loaded.lessons_added += _lessons_load(
            loaded.pages[item["slug"]], item["lessons"], rewrite=item["slug"] in written
        )
    for item in data:
        if item["slug"] in written:
            course = loaded.pages[item["slug"]]
            course.prerequisites.set([loaded.pages[slug] for slug in item["prerequisites"]])
            course.save_revision().publish()
    return loaded


def _lessons_load(course: CoursePage, lessons: list[dict], *, rewrite: bool) -> int:
    existing = {page.slug: page for page in LessonPage.objects.child_of(course)}
    added = 0
    for data in lessons:
        lesson = existing.get(data["slug"])
        if lesson is None:
            lesson = LessonPage(slug=data["slug"], **lesson_fields(data))
            course.add_child(instance=lesson)
            added += 1
        elif rewrite:
            quiz_ids = [block.id for block in lesson.body if block.block_type == "quiz"]
            for name, value in lesson_fields(data, quiz_ids=quiz_ids).items():
                setattr(lesson, name, value)
        else:
            continue
        lesson.save_revision().publish()
    return added


def _sections() -> dict:
    sections = {}
    for section in CourseSectionPage.objects.select_related("province"):
        if section.province_id is None:
            sections["national"] = section
        elif section.province.is_current:
            sections[section.province.code] = section
    return sections


def course_fields(item: dict) -> dict:
    """A course of the files as CoursePage field values (its cover imported once)."""
    cover = item["cover"]
    return {
        "title": item["title"],
        "title_en": item["title_en"],
        "summary": item["summary"],
        "summary_en": item["summary_en"],
        "description": html(item["description"]),
        "description_en": html(item["description_en"]),
        "cover_image": _cover_image(cover["file"], title=item["title"], alt=cover["alt"]),
        "cover_alt": cover["alt"],
        "cover_alt_en": cover["alt_en"],
        "track": item["track"],
        "platforms": list(item["platforms"]),
        "audience": item["audience"],
        "officials_only": item["officials_only"],
        "level": item["level"],
        "estimated_minutes": item["estimated_minutes"],
        "outcomes": "\n".join(item["outcomes"]),
        "outcomes_en": "\n".join(item["outcomes_en"]),
        "pass_mark": item["pass_mark"],
        "certificate_template": _certificate_template(item["certificate"]),
        **_quiz_settings(item.get("quiz_settings", {})),
    }


def _quiz_settings(settings: dict) -> dict:
    return {
        "quiz_max_attempts": settings.get("max_attempts", 0),
        "quiz_cooldown_minutes": settings.get("cooldown_minutes", 0),
        "quiz_feedback": settings.get("feedback", CoursePage.QuizFeedback.AFTER_PASS_OR_LAST),
    }


def lesson_fields(data: dict, *, quiz_ids: list[str] | None = None) -> dict:
    """A lesson of the files as LessonPage field values; `quiz_ids` are given to its quiz
    blocks in order (so that a rewritten lesson's quizzes keep their ids)."""
    ids = list(quiz_ids or [])
    body = []
    for block in data["body"]:
        raw = {"type": block["type"], "value": _block_value(block)}
        if block["type"] == "quiz" and ids:
            raw["id"] = ids.pop(0)
        body.append(raw)
    return {
        "title": data["title"],
        "title_en": data["title_en"],
        "estimated_minutes": data["estimated_minutes"],
        "body": body,
    }


def _block_value(block: dict) -> dict:
    """A block of the file as the stored (raw) value of the matching LessonBodyBlock."""
    value = {key: item for key, item in block.items() if key != "type"}
    if block["type"] == "text":
        return {"text": html(block["text"]), "text_en": html(block["text_en"])}
    if block["type"] == "heading":
        return {**value, "level": "h2"}
    if block["type"] == "callout":
        return {"legal_basis": "", **value}
    if block["type"] == "link":
        return _link_value(block)
    return value


def _link_value(block: dict) -> dict:
    page_id, url = None, block.get("url", "")
    if "page" in block:
        kind, _sep, target = block["page"].partition(":")
        if kind == "course":
            page = CoursePage.objects.filter(slug=target).order_by("pk").first()
            if page is None:
                raise ContentError(f"a link to the course {target!r}, which does not exist")
            page_id = page.pk
        else:
            # Journeys are not pages: the onboarding page resolves ?step=<key>[:<step key>]
            # to the learner's journey step, or offers the template.
            url = f"{reverse('onboarding:home')}?step={target}"
    return {"page": page_id, "url": url, "text": block["text"], "text_en": block["text_en"]}


def _cover_image(path: str, *, title: str, alt: str):
    """The Wagtail image of a cover file: imported once, found again by its content."""
    content = (CONTENT / path).read_bytes()
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    Image = get_image_model()
    image = Image.objects.filter(file_hash=digest).first()
    if image is None:
        image = Image(title=title, description=alt)
        image.file = ImageFile(io.BytesIO(content), name=path.rsplit("/", 1)[-1])
        image.file_hash = digest
        image.save()
    return image


def _certificate_template(certificate: dict | None):
    """The template `certificate.template` names among the demo ones (certification.demo);
    none on a site whose templates staff made themselves (they choose in the admin)."""
    if certificate is None:
        return None

    return demo.course_template(certificate["template"])
