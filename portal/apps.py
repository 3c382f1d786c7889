from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("portal")

    def ready(self):
        # Imported here: these modules import models, which exist once the registry is ready.
        from portal import exports, pagecache, privatecache

        exports.install_wagtail_exports()
        pagecache.connect_signals()
        privatecache.connect_signals()
