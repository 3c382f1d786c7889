from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    name = "certification"
    verbose_name = _("certificates")

    def ready(self):
        # Imported here: cache imports models, which exist once the registry is ready;
        # importing checks registers the system checks.
        from certification import cache, checks  # noqa: F401

        cache.connect()
