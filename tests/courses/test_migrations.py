"""The data migration of lesson bodies to the bilingual block shapes (courses 0004)."""

import importlib
import json

import pytest
from django.apps import apps
from django.db import connection

from courses.models import LessonPage
from tests.courses.builders import add_course, lessons_of

migration = importlib.import_module("courses.migrations.0004_lesson_body_bilingual_blocks")

OLD_BODY = [
    {"type": "heading", "value": "Mở đầu", "id": "h1"},
    {"type": "text", "value": "<p>Xin chào</p>", "id": "t1"},
    {"type": "image", "value": {"image": None, "caption": "Ảnh", "alt_text": "Mô tả"}, "id": "i1"},
    {"type": "video", "value": "https://www.youtube.com/watch?v=abc", "id": "v1"},
    {"type": "document", "value": 7, "id": "d1"},
    {
        "type": "callout",
        "value": {"kind": "legal", "title": "Luật", "text": "Nội dung", "legal_basis": "NĐ 52"},
        "id": "c1",
    },
    # Old ListBlock values were plain lists; newer ones wrap each item.
    {"type": "checklist", "value": {"title": "Việc", "items": ["Một", "Hai"]}, "id": "l1"},
    {
        "type": "checklist",
        "value": {"title": "", "items": [{"type": "item", "value": "Ba", "id": "x"}]},
        "id": "l2",
    },
    {
        "type": "quiz",
        "value": {
            "title": "Kiểm tra",
            "questions": [
                {
                    "type": "item",
                    "id": "q0",
                    "value": {
                        "text": "Sàn nào?",
                        "choices": [
                            {"type": "item", "id": "a", "value": {"text": "Tiki", "correct": True}},
                            {"type": "item", "id": "b", "value": {"text": "Sai", "correct": False}},
                        ],
                        "explanation": "Vì vậy.",
                    },
                }
            ],
        },
        "id": "quiz-block-id",
    },
    {
        "type": "onboarding_step",
        "value": {"step_key": "notify-website:create-account", "text": "Tạo tài khoản"},
        "id": "s1",
    },
]


def test_old_shapes_become_the_bilingual_ones():
    new = {block["id"]: block for block in migration.convert_stream(OLD_BODY)}
    assert new["h1"]["value"] == {"text": "Mở đầu", "text_en": ""}
    assert new["t1"]["value"] == {"text": "<p>Xin chào</p>", "text_en": ""}
    assert new["i1"]["value"] == {
        "image": None,
        "caption": "Ảnh",
        "caption_en": "",
        "alt_text": "Mô tả",
        "alt_text_en": "",
    }
    assert new["v1"]["value"] == {
        "url": "https://www.youtube.com/watch?v=abc",
        "caption": "",
        "caption_en": "",
    }
    assert new["d1"]["value"] == {"document": 7, "title": "", "title_en": ""}
    assert new["c1"]["value"]["title_en"] == "" and new["c1"]["value"]["text_en"] == ""
    assert [i["value"] for i in new["l1"]["value"]["items"]] == [
        {"text": "Một", "text_en": ""},
        {"text": "Hai", "text_en": ""},
    ]
    assert all(item["type"] == "item" and item["id"] for item in new["l1"]["value"]["items"])
    assert new["l2"]["value"]["items"] == [
        {"type": "item", "value": {"text": "Ba", "text_en": ""}, "id": "x"}
    ]
    quiz = new["quiz-block-id"]["value"]  # the id stays: attempts refer to it
    question = quiz["questions"][0]["value"]
    assert quiz["title_en"] == "" and question["text_en"] == ""
    assert question["explanation_en"] == ""
    assert [c["value"] for c in question["choices"]] == [
        {"text": "Tiki", "text_en": "", "correct": True},
        {"text": "Sai", "text_en": "", "correct": False},
    ]
    # The onboarding step block becomes a link to the address it linked to.
    assert new["s1"] == {
        "type": "link",
        "value": {
            "page": None,
            "url": "/onboarding/?step=notify-website%3Acreate-account",
            "text": "Tạo tài khoản",
            "text_en": "",
        },
        "id": "s1",
    }


def test_converting_twice_changes_nothing():
    once = migration.convert_stream(OLD_BODY)
    assert migration.convert_stream(once) == once


@pytest.mark.django_db
def test_migration_converts_pages_and_their_revisions(section_hcm):
    lesson = lessons_of(add_course(section_hcm, lessons=1, quiz=False))[0].specific
    revision = lesson.save_revision()  # the builders add pages without revisions
    old = json.dumps(OLD_BODY[:2] + OLD_BODY[-4:])
    with connection.cursor() as cursor:  # the stored value as the old code wrote it
        cursor.execute(
            f"UPDATE {LessonPage._meta.db_table} SET body = %s WHERE page_ptr_id = %s",
            [old, lesson.pk],
        )
    revision.content["body"] = old
    revision.save(update_fields=["content"])

    operation = migration.Migration.operations[0]
    operation.migrate_stream_data_forward(apps, None)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    kinds = [block.block_type for block in lesson.body]
    assert kinds == ["heading", "text", "checklist", "checklist", "quiz", "link"]
    assert lesson.body[0].value["text"] == "Mở đầu"
    assert lesson.body[4].id == "quiz-block-id"
    assert lesson.body[4].value["questions"][0]["choices"][0]["text"] == "Tiki"
    assert lesson.body[5].value["url"] == "/onboarding/?step=notify-website%3Acreate-account"
    html = lesson.body[5].render()
    assert 'href="/onboarding/?step=notify-website%3Acreate-account"' in html
    stored = json.loads(type(revision).objects.get(pk=revision.pk).content["body"])
    assert [block["type"] for block in stored] == kinds
    assert stored[0]["value"] == {"text": "Mở đầu", "text_en": ""}
    # Publishing the converted revision keeps the new shapes (nothing old comes back).
    type(revision).objects.get(pk=revision.pk).publish()
    assert LessonPage.objects.get(pk=lesson.pk).body[5].block_type == "link"
