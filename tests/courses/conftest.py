"""Fixtures for the course tree (the builders themselves are in builders.py)."""

import pytest

from courses.models import CourseSectionPage
from tests.courses.builders import add_course, catalog_for


@pytest.fixture
def catalog(home_page):
    return catalog_for(home_page)


@pytest.fixture
def make_section(catalog):
    def make(province=None):
        from courses.services import section_create

        return section_create(province=province, catalog=catalog)

    return make


@pytest.fixture
def section_hcm(make_section, hcm):
    return make_section(hcm)


@pytest.fixture
def section_hanoi(make_section, hanoi):
    return make_section(hanoi)


@pytest.fixture
def course(section_hcm):
    return add_course(section_hcm)


@pytest.fixture
def officials_course(section_hcm):
    return add_course(
        section_hcm, slug="quan-ly-nha-nuoc", officials_only=True, title="Khoá cán bộ mẫu"
    )


@pytest.fixture
def national_section(make_section):
    return make_section(None)


@pytest.fixture
def sections(section_hcm, section_hanoi):
    return {"hcm": section_hcm, "hanoi": section_hanoi}


__all__ = ["CourseSectionPage"]
