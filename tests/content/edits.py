"""Helpers of the content-file tests: edit a copied file, read the refusal."""

from pathlib import Path

import pytest

from portal.content import ContentError


def refusal_of(read, path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        read(path)
    return str(caught.value)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
