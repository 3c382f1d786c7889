"""Wagtail's search index and reference index, off for the tests that do not use them.

Both update on every save of an indexed model or page: in a test that builds courses they
are about a third of the time, for results nobody reads. Tests marked `indexing` (the
search, usage and demo tests) keep both on, as the portal runs. The switch is in this
process's main thread only: a live server's thread keeps indexing, as in production."""

from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import reference_index_auto_update_disabled


def _searchable_models():
    return [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]


def indexing_off() -> None:
    for model in _searchable_models():
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    reference_index_auto_update_disabled.value = True


def indexing_on() -> None:
    for model in _searchable_models():
        post_save.connect(post_save_signal_handler, sender=model)
        post_delete.connect(post_delete_signal_handler, sender=model)
    reference_index_auto_update_disabled.value = False


@contextmanager
def indexing():
    """Both indexes on for the block (for a module's data that tests will search)."""
    indexing_on()
    try:
        yield
    finally:
        indexing_off()
