"""Private files (certificate PDFs, evidence): the "private" storage of STORAGES, never
served by URL; views stream them after checking who asks."""

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """The local disk for private files. They have no address of their own: a template or
    an admin view that asks for one fails loudly instead of linking to MEDIA_URL, which
    would be a broken link at best."""

    def url(self, name):
        raise ValueError(f"{name}: a private file has no URL; a view streams it")


def private_storage():
    """For FileField(storage=...): a callable keeps the storage out of migrations and
    follows the settings in tests."""
    return storages["private"]
