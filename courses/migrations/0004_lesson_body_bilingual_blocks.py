"""Lesson bodies to the bilingual block shapes (BILINGUAL.md), on pages and their revisions.

Before: heading and text held a bare string, video a URL, document an id, and the texts of
images, callouts, checklists and quizzes had no English sibling; `onboarding_step` blocks
named an onboarding step by key. After: every text `x` has its `x_en` (blank), and an
`onboarding_step` block is a `link` block to the address it linked to
(/onboarding/?step=<key>). Block ids stay (quiz attempts refer to them); values already in
the new shape are left alone, so running it twice changes nothing.
"""

import uuid
from urllib.parse import quote

from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation


def _items(raw_list, convert):
    """A ListBlock's raw items in the current format ({"type": "item", "value", "id"}),
    each value converted; old plain lists get ids."""
    out = []
    for item in raw_list or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            out.append({**item, "value": convert(item["value"])})
        else:
            out.append({"type": "item", "value": convert(item), "id": str(uuid.uuid4())})
    return out


def _with_en(value: dict, *names) -> dict:
    value = dict(value)
    for name in names:
        value.setdefault(name, "")
        value.setdefault(f"{name}_en", "")
    return value


def _choice(value):
    return _with_en(value, "text")


def _question(value):
    value = _with_en(value, "text", "explanation")
    value["choices"] = _items(value.get("choices"), _choice)
    return value


def _checklist_item(value):
    return value if isinstance(value, dict) else {"text": value or "", "text_en": ""}


def convert_block(block: dict) -> dict:
    """One raw lesson body block ({"type", "value", "id"}) in its new shape."""
    kind, value = block.get("type"), block.get("value")
    if kind in ("heading", "text") and not isinstance(value, dict):
        value = {"text": value or "", "text_en": ""}
    elif kind == "image" and isinstance(value, dict):
        value = _with_en(value, "caption", "alt_text")
    elif kind == "video" and not isinstance(value, dict):
        value = {"url": value or "", "caption": "", "caption_en": ""}
    elif kind == "document" and not isinstance(value, dict):
        value = {"document": value, "title": "", "title_en": ""}
    elif kind == "callout" and isinstance(value, dict):
        value = _with_en(value, "title", "text")
    elif kind == "checklist" and isinstance(value, dict):
        value = _with_en(value, "title")
        value["items"] = _items(value.get("items"), _checklist_item)
    elif kind == "quiz" and isinstance(value, dict):
        value = _with_en(value, "title")
        value["questions"] = _items(value.get("questions"), _question)
    elif kind == "onboarding_step":
        value = value or {}
        key = value.get("step_key", "")
        kind = "link"
        value = {
            "page": None,
            "url": "/onboarding/?step=" + quote(key, safe="/"),
            "text": value.get("text", ""),
            "text_en": "",
        }
    return {**block, "type": kind, "value": value}


def convert_stream(raw: list) -> list:
    return [convert_block(block) for block in raw or []]


class BilingualLessonBlocks(BaseBlockOperation):
    """The whole stream at once (block path ""): every child in its new shape."""

    def apply(self, block_value):
        return convert_stream(block_value)

    @property
    def operation_name_fragment(self):
        return "bilingual_lesson_blocks"


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_bilingual_fields"),
    ]

    operations = [
        MigrateStreamData(
            app_name="courses",
            model_name="LessonPage",
            field_name="body",
            operations_and_block_paths=[(BilingualLessonBlocks(), "")],
        ),
    ]
