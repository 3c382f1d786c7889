"""Seeds a portal at size for measuring it: learners, courses, businesses and all that
follows (enrolments, progress, quiz attempts, journeys, certificates).

    manage.py seed_scale --learners 100000 --businesses 10000 --courses 200

Bulk inserts, minutes not hours. Seeded accounts use the e-mail domain scale.example and
one password (seed-pass-2026); refuses a database that holds real (non-seeded, non-demo)
accounts unless --force, and a database seeded already.
"""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from certification import demo as certificate_demo
from courses.seed import seed_courses, seed_learning
from home.demo import load_home_page
from onboarding.seed import seed_businesses
from portal import pagecache
from portal.seed import SEED_DOMAIN, real_users, seed_people, seeded_users


class Command(BaseCommand):
    help = "Seed learners, courses and businesses at size (for benchmarks; never in production)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=1000)
        parser.add_argument("--businesses", type=int, default=100)
        parser.add_argument("--courses", type=int, default=20)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (repeatable).")
        parser.add_argument(
            "--force", action="store_true", help="Seed even though real accounts exist."
        )

    def handle(self, *args, learners, businesses, courses, seed, force, **options):
        if min(learners, businesses, courses) < 0:
            raise CommandError("Sizes cannot be negative.")
        if courses < 1 and learners:
            raise CommandError("Learners need at least one course: give --courses 1 or more.")
        if seeded_users().exists():
            raise CommandError(
                f"This database is seeded already (accounts @{SEED_DOMAIN}): "
                "seed a fresh database instead."
            )
        real = real_users().count()
        if real and not force:
            raise CommandError(
                f"This database holds {real} real account(s): refusing to mix seeded data "
                "into it. Use a fresh database, or --force if you mean it."
            )
        rng = random.Random(seed)
        started = time.monotonic()
        with transaction.atomic():
            load_home_page()
            certificate_demo.load()
            population = seed_people(learners=learners, rng=rng, stdout=self.stdout)
            self._done("people", started)
            infos = seed_courses(count=courses, population=population, rng=rng, stdout=self.stdout)
            self._done("courses", started)
            enrolments = seed_learning(
                infos=infos, population=population, rng=rng, stdout=self.stdout
            )
            self._done("learning", started)
            finished = seed_businesses(
                count=businesses, population=population, rng=rng, stdout=self.stdout
            )
            self._done("businesses", started)
        # Fresh planner statistics, as a live database has: without them PostgreSQL
        # plans for empty tables and the first pages take seconds.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        pagecache.purge_all()  # pages added in bulk send no "published" signal
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {learners} learners, {courses} courses, {enrolments} enrolments, "
                f"{businesses} businesses ({finished} journeys finished) in "
                f"{time.monotonic() - started:.0f} s. Password: seed-pass-2026"
            )
        )

    def _done(self, what: str, started: float) -> None:
        self.stdout.write(f"{what}: done ({time.monotonic() - started:.0f} s)")
