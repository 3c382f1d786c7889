from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from certification.subjects import organisation_register


class OnboardingConfig(AppConfig):
    name = "onboarding"
    verbose_name = _("onboarding")

    def ready(self):
        # Members hold their business's certificates (certification knows no business).
        organisation_register(self.get_model("Business"))
        # Imported here, not at the top: receivers import models, which exist only once
        # the app registry is ready.
        from onboarding import receivers  # noqa: F401  (connects them)
