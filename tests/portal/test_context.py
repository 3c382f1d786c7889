from dataclasses import dataclass

import pytest

from portal.context import spread


@dataclass(frozen=True, slots=True)
class _View:
    items: list
    title: str = "x"


def test_spread_gives_each_field_by_name_without_copying():
    items = [object()]
    context = spread(_View(items=items))
    assert context == {"items": items, "title": "x"}
    assert context["items"] is items  # the same objects, not deep copies


@pytest.mark.parametrize("value", [{"items": []}, _View, None])
def test_spread_refuses_what_is_not_a_dataclass_instance(value):
    with pytest.raises(TypeError):
        spread(value)
