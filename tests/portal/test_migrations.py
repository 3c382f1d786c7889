"""Models and migrations agree: a model change without its migration fails here, not on a
server that runs `migrate` and finds nothing to do."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration(capsys):
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=1)
    except SystemExit as exc:  # --check exits 1 when a migration is missing
        pytest.fail(f"missing migrations:\n{capsys.readouterr().out}")
        raise exc
