"""Blocks of lesson bodies (LessonBodyBlock). Child names are a contract with
courses/demo_content.py: renaming one needs a data migration."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

LESSON_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        label = _("Image")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("legal", _("Legal note"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.TextBlock(label=_("text"))
    legal_basis = blocks.CharBlock(
        label=_("legal basis"),
        required=False,
        help_text=_("For legal notes: the decree or circular, e.g. Nghị định 52/2013/NĐ-CP."),
    )

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"
        label = _("Callout")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/checklist_block.html"
        label = _("Checklist")


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Choice")


class QuizQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    choices = blocks.ListBlock(QuizChoiceBlock(), label=_("choices"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("Shown to the learner after answering."),
    )

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
    questions = blocks.ListBlock(QuizQuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "form"
        label = _("Quiz")


class OnboardingStepBlock(blocks.StructBlock):
    step_key = blocks.CharBlock(
        label=_("step key"), help_text=_("The key of the onboarding step this lesson leads to.")
    )
    text = blocks.CharBlock(label=_("link text"))

    class Meta:
        icon = "link"
        template = "courses/blocks/onboarding_step_block.html"
        label = _("Onboarding step")


class LessonBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="courses/blocks/heading_block.html"
    )
    text = blocks.RichTextBlock(features=LESSON_RICH_TEXT_FEATURES, label=_("Text"))
    image = ImageBlock()
    video = EmbedBlock(label=_("Video"), icon="media")
    document = DocumentChooserBlock(
        label=_("Document"), icon="doc-full", template="courses/blocks/document_block.html"
    )
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    quiz = QuizBlock()
    onboarding_step = OnboardingStepBlock()
