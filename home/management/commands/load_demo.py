"""Loads the demo data: accounts, home page, then each app's own demo module.

Idempotent. Refuses to run with DEBUG off unless --force: demo accounts share one
published password and must never reach a production database by accident.
"""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import demo

# Order matters: certificate templates before the courses that name them, courses
# before the journeys that link to them, all three before the events that name them.
APP_DEMO_MODULES = ["certification.demo", "courses.demo", "onboarding.demo", "events.demo"]


class Command(BaseCommand):
    help = "Load the demo accounts and content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never in production)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: refusing to create demo accounts. Use --force if you mean it."
            )

        demo.load_accounts()
        demo.load_home_page()
        self.stdout.write("accounts and home page: ok")
        for name in APP_DEMO_MODULES:
            try:
                module = import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                continue
            module.load(stdout=self.stdout)
            self.stdout.write(f"{name}: ok")
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Password: demo-pass-2026"))
