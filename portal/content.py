"""Content data files: YAML read with PyYAML's `safe_load` and checked against a JSON Schema.

Courses, journey templates and legal bases are data (one file each, in the app that loads
them); this module is the one way every app reads them, so that a broken file stops a load
with a message that names the file and the place in it, never with a KeyError halfway
through writing pages. No Django imports: the content tests run without a database.
"""

from __future__ import annotations

import datetime
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource


class ContentError(ValueError):
    """A content file is missing, is not valid YAML, or does not fit its schema."""


def read_yaml(path: Path) -> Any:
    """The parsed file, with YAML dates turned into ISO strings (JSON Schema and the
    models' date fields both take those)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc
    return _dates_to_strings(data)


def _dates_to_strings(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _dates_to_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_to_strings(item) for item in value]
    return value


@cache
def _validator(schema_path: Path) -> Draft202012Validator:
    # Schemas in one folder may refer to each other by their $id (e.g. "journey.schema.json").
    schemas = {}
    for path in sorted(schema_path.parent.glob("*.schema.json")):
        with open(path, encoding="utf-8") as handle:
            schemas[path] = json.load(handle)
        Draft202012Validator.check_schema(schemas[path])
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return Draft202012Validator(
        schemas[schema_path],
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def validate(data: Any, *, schema: Path, source: Path | str) -> None:
    """Raises ContentError listing every place where `data` breaks `schema` (at most ten,
    each as `<source>: at <path>: <message>`)."""
    errors = sorted(_validator(schema).iter_errors(data), key=lambda error: list(error.path))
    if errors:
        lines = [f"{source}: at {_where(error.path)}: {error.message}" for error in errors[:10]]
        if len(errors) > 10:
            lines.append(f"{source}: … and {len(errors) - 10} more")
        raise ContentError("\n".join(lines))


def _where(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def read_checked(path: Path, *, schema: Path) -> Any:
    """`read_yaml` then `validate`: the one call loaders make per file."""
    data = read_yaml(path)
    validate(data, schema=schema, source=path.name)
    return data
