"""Template contexts from what selectors return (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any


def spread(value: Any) -> dict[str, Any]:
    """The fields of the dataclass instance `value` as top-level template names, for the
    pages whose templates read many (the catalog, a lesson). Shallow on purpose:
    dataclasses.asdict would deep-copy the pages and querysets inside."""
    if not is_dataclass(value) or isinstance(value, type):
        raise TypeError(f"not a dataclass instance: {value!r}")
    return {field.name: getattr(value, field.name) for field in fields(value)}
