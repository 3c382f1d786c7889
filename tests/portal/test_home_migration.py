"""The home page's two streams (body, body_en) merged into one bilingual body (home 0002)."""

import importlib

migration = importlib.import_module("home.migrations.0002_bilingual_body")

BODY = [
    {"type": "heading", "value": {"text": "Cổng dành cho ai?", "level": "h2"}, "id": "h"},
    {"type": "paragraph", "value": "<p>Xin chào</p>", "id": "p"},
    {
        "type": "features",
        "value": {
            "heading": "Tính năng",
            "features": [
                {
                    "type": "item",
                    "id": "f1",
                    "value": {"title": "Khoá học", "text": "Học", "link_url": "/courses/"},
                },
                {"type": "item", "id": "f2", "value": {"title": "Chứng nhận", "text": "Kiểm"}},
            ],
        },
        "id": "f",
    },
    {"type": "paragraph", "value": "<p>Chỉ tiếng Việt</p>", "id": "p2"},
]
BODY_EN = [
    {"type": "heading", "value": {"text": "Who is it for?", "level": "h2"}, "id": "x"},
    {"type": "paragraph", "value": "<p>Hello</p>", "id": "y"},
    {
        "type": "features",
        "value": {
            "heading": "Features",
            "features": [
                {"type": "item", "id": "e1", "value": {"title": "Courses", "text": "Learn"}},
            ],
        },
        "id": "z",
    },
]


def test_english_blocks_join_the_vietnamese_ones_by_position():
    merged = {block["id"]: block["value"] for block in migration.merge_streams(BODY, BODY_EN)}
    assert merged["h"] == {"text": "Cổng dành cho ai?", "text_en": "Who is it for?", "level": "h2"}
    assert merged["p"] == {"text": "<p>Xin chào</p>", "text_en": "<p>Hello</p>"}
    assert merged["f"]["heading_en"] == "Features"
    first, second = (item["value"] for item in merged["f"]["features"])
    assert (first["title_en"], first["text_en"]) == ("Courses", "Learn")
    assert first["link_url"] == "/courses/"
    assert (second["title_en"], second["text_en"]) == ("", "")  # no English for it
    assert merged["p2"] == {"text": "<p>Chỉ tiếng Việt</p>", "text_en": ""}


def test_blocks_of_another_kind_at_the_same_position_are_not_paired():
    merged = migration.merge_streams(BODY[1:2], BODY_EN[:1])
    assert merged[0]["value"] == {"text": "<p>Xin chào</p>", "text_en": ""}
