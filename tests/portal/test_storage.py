"""portal/storage.py: the "private" storage of STORAGES, for files never served by URL."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from portal.storage import private_storage


def test_private_files_go_where_the_settings_say(settings, tmp_path):
    private = settings.STORAGES["private"]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**private, "OPTIONS": {**private["OPTIONS"], "location": tmp_path}},
    }
    storage = private_storage()
    name = storage.save("evidence/giay-phep.pdf", ContentFile(b"%PDF-1.4\n"))
    assert (tmp_path / name).read_bytes() == b"%PDF-1.4\n"


def test_the_private_root_is_outside_every_folder_served_to_anyone(settings):
    # Views stream private files after checking who asks; MEDIA_ROOT and STATIC_ROOT are
    # served to anyone.
    root = Path(private_storage().location).resolve()
    assert root == Path(settings.PRIVATE_STORAGE_ROOT).resolve()
    for public in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        public = Path(public).resolve()
        assert not root.is_relative_to(public) and not public.is_relative_to(root)


def test_a_private_file_has_no_address_to_link_to():
    with pytest.raises(ValueError, match="no URL"):
        private_storage().url("evidence/giay-phep.pdf")


def test_file_fields_name_the_callable_so_migrations_hold_no_storage():
    from certification.models import Certificate
    from onboarding.models import EvidenceFile

    for model, field in ((Certificate, "pdf"), (EvidenceFile, "file")):
        _name, _path, _args, kwargs = model._meta.get_field(field).deconstruct()
        assert kwargs["storage"] is private_storage, model
