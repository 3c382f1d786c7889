"""portal/content.py: content files read as YAML and checked against their JSON Schema, a
broken file refused with a message naming the file and the place in it. No database."""

import json

import pytest

from portal.content import ContentError, read_checked, read_yaml, validate


def _schemas(folder):
    """Two schemas in one folder, the first referring to the second by its $id."""
    folder.mkdir()
    step = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "step.schema.json",
        "type": "object",
        "required": ["title"],
        "properties": {"title": {"type": "string"}, "due": {"type": "string", "format": "date"}},
        "additionalProperties": False,
    }
    journey = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "journey.schema.json",
        "type": "object",
        "required": ["key", "steps"],
        "properties": {
            "key": {"type": "string", "pattern": "^[a-z-]+$"},
            "steps": {"type": "array", "items": {"$ref": "step.schema.json"}},
        },
    }
    for schema in (step, journey):
        (folder / schema["$id"]).write_text(json.dumps(schema), encoding="utf-8")
    return folder / "journey.schema.json"


def test_yaml_dates_are_read_as_iso_strings_however_deep(tmp_path):
    path = tmp_path / "hanh-trinh.yaml"
    path.write_text(
        "key: ban-hang\nsince: 2025-07-01\nsteps:\n  - title: Đăng ký\n    due: 2026-01-15\n",
        encoding="utf-8",
    )
    assert read_yaml(path) == {
        "key": "ban-hang",
        "since": "2025-07-01",
        "steps": [{"title": "Đăng ký", "due": "2026-01-15"}],
    }


def test_a_missing_or_broken_file_is_refused_by_name(tmp_path):
    with pytest.raises(ContentError, match="khong-co.yaml: file not found"):
        read_yaml(tmp_path / "khong-co.yaml")
    broken = tmp_path / "hong.yaml"
    broken.write_text("key: [ban-hang\n", encoding="utf-8")
    with pytest.raises(ContentError, match="hong.yaml: not valid YAML"):
        read_yaml(broken)


def test_every_place_that_breaks_the_schema_is_named_through_references(tmp_path):
    schema = _schemas(tmp_path / "schemas")
    data = {
        "key": "Bán hàng",
        "steps": [{"title": "Một"}, {"due": "2026-01-15"}, {"title": 3, "due": "hôm nay"}],
    }
    with pytest.raises(ContentError) as refused:
        validate(data, schema=schema, source="ban-hang.yaml")
    lines = str(refused.value).splitlines()
    assert lines[0].startswith("ban-hang.yaml: at key: ")
    assert any(line.startswith("ban-hang.yaml: at steps[1]: 'title'") for line in lines)
    assert any(line.startswith("ban-hang.yaml: at steps[2].title: 3") for line in lines)
    assert any(line.startswith("ban-hang.yaml: at steps[2].due: ") for line in lines)
    assert len(lines) == 4
    validate({"key": "ban-hang", "steps": [{"title": "Một"}]}, schema=schema, source="x")


def test_past_ten_places_the_rest_are_counted(tmp_path):
    schema = _schemas(tmp_path / "schemas")
    data = {"key": "ban-hang", "steps": [{"title": n} for n in range(13)]}
    with pytest.raises(ContentError) as refused:
        validate(data, schema=schema, source="ban-hang.yaml")
    lines = str(refused.value).splitlines()
    assert len(lines) == 11
    assert lines[-1] == "ban-hang.yaml: … and 3 more"


def test_read_checked_names_the_file_it_read(tmp_path):
    schema = _schemas(tmp_path / "schemas")
    path = tmp_path / "ban-hang.yaml"
    path.write_text("key: ban-hang\nsteps: []\nextra: 1\n", encoding="utf-8")
    assert read_checked(path, schema=schema)["key"] == "ban-hang"
    path.write_text("steps: []\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^ban-hang.yaml: at the top level: 'key'"):
        read_checked(path, schema=schema)
