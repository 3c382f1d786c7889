"""The production posture: deploy checks, HSTS, static files, Content-Security-Policy."""

import gzip
import re
import runpy
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from certification import signing

PRODUCTION = Path(__file__).resolve().parents[2] / "portal" / "settings" / "production.py"


def production_settings(monkeypatch, **env):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example.vn")
    for name in ("SECURE_HSTS_PRELOAD", "DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(PRODUCTION), run_name="portal.settings.production")


def test_hsts_preload_only_when_asked_for(monkeypatch):
    s = production_settings(monkeypatch)
    assert s["SECURE_HSTS_PRELOAD"] is False
    assert s["SECURE_HSTS_SECONDS"] == 31536000
    assert production_settings(monkeypatch, SECURE_HSTS_PRELOAD="true")["SECURE_HSTS_PRELOAD"]


@pytest.fixture
def key_settings(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_FILE = tmp_path / "key.pem"
    signing._private_key.cache_clear()
    yield settings
    signing._private_key.cache_clear()


def deploy_errors():
    try:
        call_command("check", deploy=True, fail_level="ERROR", tags=["security"])
    except SystemCheckError as exc:
        return str(exc)
    return ""


def test_check_deploy_fails_while_the_demo_signing_key_is_in_use(key_settings):
    key_settings.CERTIFICATE_SIGNING_KEY_AUTOCREATE = True
    signing.private_key()  # make run and the tests create the demo key like this
    assert "certification.E002" in deploy_errors()
    # The same key moved into the environment is still the demo key.
    key_settings.CERTIFICATE_SIGNING_KEY = key_settings.CERTIFICATE_SIGNING_KEY_FILE.read_text()
    assert "certification.E002" in deploy_errors()


@pytest.mark.parametrize("where", ["environment", "file"])
def test_check_deploy_passes_with_the_issuers_own_key(key_settings, where):
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if where == "environment":
        key_settings.CERTIFICATE_SIGNING_KEY = pem.decode()
    else:
        key_settings.CERTIFICATE_SIGNING_KEY_FILE.write_bytes(pem)
    assert "certification.E00" not in deploy_errors()


def test_whitenoise_serves_hashed_compressed_static_files(settings, tmp_path, db):
    """What production gunicorn does with /static/ after collectstatic: no other server."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.templatetags.static import static
    from django.test import Client

    settings.STATIC_ROOT = tmp_path
    # The project's own static files only: Wagtail's thousands would cost a minute here.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    url = static("css/portal.css")
    assert re.fullmatch(r"/static/css/portal\.[0-9a-f]{12}\.css", url), url

    client = Client()  # WhiteNoise indexes STATIC_ROOT when the handler starts
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    body = gzip.decompress(b"".join(response.streaming_content))
    assert body == staticfiles_storage.open("css/portal.css").read()
    assert client.get("/static/css/nothing.css").status_code == 404
