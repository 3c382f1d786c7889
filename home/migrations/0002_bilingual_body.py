"""The home page's body in one bilingual stream: each block holds both languages
(`text` / `text_en`, BILINGUAL.md) instead of a second `body_en` stream. The English of a
block is taken from the block at the same position of `body_en` when it is of the same
kind; the page and its revisions are converted, then `body_en` goes."""

import json

import wagtail.fields
from django.db import migrations, models
from django.db.models import F, JSONField
from django.db.models.functions import Cast


def _items(raw):
    """A ListBlock's raw items as values (old plain lists or {"type": "item", ...})."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw or []
    ]


def _feature(value, english):
    english = english if isinstance(english, dict) else {}
    return {
        **value,
        "title_en": value.get("title_en") or english.get("title", ""),
        "text_en": value.get("text_en") or english.get("text", ""),
        "link_text_en": value.get("link_text_en") or english.get("link_text", ""),
    }


def merge_block(block: dict, english: dict | None) -> dict:
    """One raw block of `body` with the English of `english` (the block at the same
    position of `body_en`, or None)."""
    kind, value = block.get("type"), block.get("value")
    en = english.get("value") if english and english.get("type") == kind else None
    if kind == "heading":
        value = dict(value) if isinstance(value, dict) else {"text": value or ""}
        value.setdefault("level", "h2")
        value["text_en"] = value.get("text_en") or (en or {}).get("text", "")
    elif kind == "paragraph" and not isinstance(value, dict):
        value = {"text": value or "", "text_en": en if isinstance(en, str) else ""}
    elif kind == "features" and isinstance(value, dict):
        en = en if isinstance(en, dict) else {}
        english_features = _items(en.get("features"))
        features = []
        for i, item in enumerate(value.get("features") or []):
            wrapped = isinstance(item, dict) and item.get("type") == "item"
            feature = item["value"] if wrapped else item
            merged = _feature(feature, english_features[i] if i < len(english_features) else {})
            features.append({**item, "value": merged} if wrapped else merged)
        value = {
            **value,
            "heading_en": value.get("heading_en") or en.get("heading", ""),
            "features": features,
        }
    return {**block, "value": value}


def merge_streams(body: list, body_en: list) -> list:
    body_en = body_en or []
    return [
        merge_block(block, body_en[i] if i < len(body_en) else None)
        for i, block in enumerate(body or [])
    ]


def _load(raw):
    if isinstance(raw, str):
        return json.loads(raw or "[]")
    return raw or []


def forwards(apps, schema_editor):
    from wagtail.blocks import StreamValue

    HomePage = apps.get_model("home", "HomePage")
    pages = HomePage.objects.annotate(
        raw_body=Cast(F("body"), JSONField()), raw_body_en=Cast(F("body_en"), JSONField())
    )
    for page in pages:
        merged = merge_streams(_load(page.raw_body), _load(page.raw_body_en))
        page.body = StreamValue(page.body.stream_block, merged, is_lazy=True)
        page.save(update_fields=["body"])
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="home", model="homepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        content = dict(revision.content)
        if "body" not in content:
            continue
        body_en = content.pop("body_en", None)
        content["body"] = json.dumps(merge_streams(_load(content["body"]), _load(body_en)))
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AddField(
            model_name='homepage',
            name='title_en',
            field=models.CharField(blank=True, max_length=255, verbose_name='title (English)'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 3), ('paragraph', 6), ('features', 18)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'text (English)', 'required': False}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'H2'), ('h3', 'H3')], 'label': 'level', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('text', 0), ('text_en', 1), ('level', 2)]], {}), 4: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3'], 'label': 'text'}), 5: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3'], 'label': 'text (English)', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('text', 4), ('text_en', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'heading', 'required': False}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'heading (English)', 'required': False}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'title'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'title (English)', 'required': False}), 11: ('wagtail.blocks.TextBlock', (), {'label': 'text'}), 12: ('wagtail.blocks.TextBlock', (), {'label': 'text (English)', 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'link', 'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'link text', 'required': False}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'link text (English)', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('title', 9), ('title_en', 10), ('text', 11), ('text_en', 12), ('link_url', 13), ('link_text', 14), ('link_text_en', 15)]], {}), 17: ('wagtail.blocks.ListBlock', (16,), {'label': 'features'}), 18: ('wagtail.blocks.StructBlock', [[('heading', 7), ('heading_en', 8), ('features', 17)]], {})}, verbose_name='body'),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='homepage',
            name='body_en',
        ),
    ]
