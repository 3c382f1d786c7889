"""Private files (certificate PDFs, evidence): the "private" storage of STORAGES, never
served by URL; views stream them after checking who asks."""

from django.core.files.storage import storages


def private_storage():
    """For FileField(storage=...): a callable keeps the storage out of migrations and
    follows the settings in tests."""
    return storages["private"]
