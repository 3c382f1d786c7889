from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    name = "certification"
    verbose_name = _("certificates")

    def ready(self):
        from certification import cache, checks  # noqa: F401 - checks registers itself

        cache.connect()
