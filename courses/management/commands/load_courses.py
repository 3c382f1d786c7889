from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses import loaders
from courses.content_files import legal_bases, read_courses
from portal.content import ContentError


class Command(BaseCommand):
    help = (
        "Load the course content files (courses/content/): legal bases, the catalog and its "
        "sections, and the courses that do not exist yet (idempotent). With --reset, also "
        "rewrite existing courses, lessons and legal bases from the files."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite editors' changes to the loaded courses (quiz attempts still count).",
        )

    def handle(self, *args, reset=False, **options):
        try:  # every file is checked before anything is written, and all or nothing is
            legal_bases()
            courses = read_courses()
            with transaction.atomic():
                bases = loaders.legal_bases_load(reset=reset)
                loaders.catalog_load()
                loaded = loaders.courses_load(courses=courses, reset=reset)
        except ContentError as exc:
            raise CommandError(f"Nothing was loaded:\n{exc}") from exc
        self.stdout.write(
            f"legal bases: {bases} created; courses: {len(loaded.created)} created, "
            f"{len(loaded.rewritten)} rewritten, {loaded.lessons_added} lessons added"
        )
