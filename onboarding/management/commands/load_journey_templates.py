from django.core.management.base import BaseCommand

from onboarding import services


class Command(BaseCommand):
    help = "Create or update the default journey templates (idempotent)."

    def handle(self, *args, **options):
        created = services.journey_templates_load_defaults()
        self.stdout.write(f"journey templates: {created} created, the others updated")
