"""Blocks of lesson bodies (LessonBodyBlock). Child names are a contract with the content
data files (the shared spec, BILINGUAL.md): renaming one needs a data migration.

Every text comes in both languages: `x` is the Vietnamese, `x_en` the English (blank
until translated; readers of English then see the Vietnamese, marked). One quiz serves
both languages: the texts follow the reader, the grading does not.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.blocks import RICH_TEXT_FEATURES, HeadingBlock, ParagraphBlock

LESSON_RICH_TEXT_FEATURES = RICH_TEXT_FEATURES


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    caption_en = blocks.CharBlock(label=_("caption (English)"), required=False)
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    alt_text_en = blocks.CharBlock(label=_("alternative text (English)"), required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    url = EmbedBlock(
        label=_("video address"), help_text=_("A YouTube or Vimeo address, for example.")
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    caption_en = blocks.CharBlock(label=_("caption (English)"), required=False)

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        label = _("Video")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("The document's own title when empty.")
    )
    title_en = blocks.CharBlock(label=_("title (English)"), required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"
        label = _("Document")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("legal", _("Legal note")),
            ("unverified", _("Not verified")),
        ],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), required=False)
    title_en = blocks.CharBlock(label=_("title (English)"), required=False)
    text = blocks.TextBlock(label=_("text"))
    text_en = blocks.TextBlock(label=_("text (English)"), required=False)
    legal_basis = blocks.CharBlock(
        label=_("legal basis"),
        required=False,
        help_text=_("For legal notes: the decree or circular, e.g. Nghị định 52/2013/NĐ-CP."),
    )

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"
        label = _("Callout")


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("item"))
    text_en = blocks.CharBlock(label=_("item (English)"), required=False)

    class Meta:
        icon = "tick"
        label = _("Item")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    title_en = blocks.CharBlock(label=_("title (English)"), required=False)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("items"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/checklist_block.html"
        label = _("Checklist")


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    text_en = blocks.CharBlock(label=_("text (English)"), required=False)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Choice")


class QuizQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    text_en = blocks.TextBlock(label=_("question (English)"), required=False)
    choices = blocks.ListBlock(QuizChoiceBlock(), label=_("choices"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("Shown to the learner after answering."),
    )
    explanation_en = blocks.TextBlock(label=_("explanation (English)"), required=False)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one choice correct."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    """Questions with one or several correct choices. Rendered by the lesson template
    (courses/includes/quiz.html), never with the answers: grading is on the server."""

    title = blocks.CharBlock(label=_("title"), required=False)
    title_en = blocks.CharBlock(label=_("title (English)"), required=False)
    questions = blocks.ListBlock(QuizQuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "form"
        label = _("Quiz")


def validate_link_url(value: str) -> None:
    """An address on this site ("/onboarding/") or an absolute http(s) address."""
    if value.startswith("/") and not value.startswith("//"):
        return
    URLValidator(schemes=["http", "https"])(value)


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal (a course, a journey's page) or to an address.
    Lessons point learners onwards without the courses app knowing what is linked."""

    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.CharBlock(
        label=_("address"),
        required=False,
        max_length=500,
        validators=[validate_link_url],
        help_text=_("Instead of a page: /onboarding/ on this site, or https://…"),
    )
    text = blocks.CharBlock(label=_("link text"))
    text_en = blocks.CharBlock(label=_("link text (English)"), required=False)

    class Meta:
        icon = "link"
        template = "courses/blocks/link_block.html"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Choose a page or enter an address (one of the two)."))
            raise blocks.StructBlockValidationError(block_errors={"url": message})
        return value


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = ParagraphBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    quiz = QuizBlock()
    link = LinkBlock()
