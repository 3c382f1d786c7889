from django.core.management.base import BaseCommand

from onboarding import services


class Command(BaseCommand):
    help = (
        "Create the default journey templates that do not exist yet (idempotent). "
        "With --reset, also set existing ones back to the defaults."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite staff edits of the default templates (journeys keep their steps).",
        )

    def handle(self, *args, reset=False, **options):
        created = services.journey_templates_load_defaults(reset=reset)
        self.stdout.write(f"journey templates: {created} created")
