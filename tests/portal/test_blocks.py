"""portal/blocks.py: the blocks shared by the apps' StreamFields, and what of a StreamField
still lacks its English."""

from django.utils import translation
from wagtail import blocks

from portal.blocks import HeadingBlock, MissingEnglish, ParagraphBlock, missing_english_in_stream


def test_shared_heading_block_renders_in_the_reader_language():
    block = HeadingBlock()
    value = block.to_python({"text": "Mở đầu", "text_en": "Introduction", "level": "h3"})
    with translation.override("en"):
        assert block.render(value).strip() == "<h3>Introduction</h3>"
    with translation.override("vi"):
        assert block.render(value).strip() == "<h3>Mở đầu</h3>"
    value = block.to_python({"text": "Mở đầu", "text_en": ""})
    with translation.override("en"):
        assert block.render(value).strip().startswith('<h2><span lang="vi"')


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Choice text")
    text_en = blocks.CharBlock(required=False)


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Question text")
    text_en = blocks.CharBlock(required=False)
    choices = blocks.ListBlock(ChoiceBlock(label="Choice"))


class QuizBlock(blocks.StructBlock):
    questions = blocks.ListBlock(QuestionBlock(label="Question"))


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quiz = QuizBlock(label="Quiz")


def _stream(raw):
    return BodyBlock().to_python(raw)


def test_missing_english_names_each_text_where_it_sits_however_deep():
    stream = _stream(
        [
            {"type": "heading", "value": {"text": "Mở đầu", "text_en": "Introduction"}},
            {"type": "paragraph", "value": {"text": "<p>Nội dung dài</p>", "text_en": "<p></p>"}},
            {
                "type": "quiz",
                "value": {
                    "questions": [
                        {
                            "text": "Câu một",
                            "text_en": "Question one",
                            "choices": [
                                {"text": "Có", "text_en": "Yes"},
                                {"text": "Không", "text_en": ""},
                            ],
                        },
                        {"text": "Câu hai", "text_en": "", "choices": []},
                    ]
                },
            },
        ]
    )
    with translation.override("en"):  # the labels of the portal's blocks are translated
        found = missing_english_in_stream(stream)
    assert found == [
        MissingEnglish(("Text 2",), "text", "Nội dung dài"),
        MissingEnglish(("Quiz 3", "Question 1", "Choice 2"), "Choice text", "Không"),
        MissingEnglish(("Quiz 3", "Question 2"), "Question text", "Câu hai"),
    ]


def test_nothing_is_missing_when_the_english_is_there_or_both_are_empty():
    stream = _stream(
        [
            {"type": "heading", "value": {"text": "Mở đầu", "text_en": "Introduction"}},
            {"type": "paragraph", "value": {"text": "<p><br/></p>", "text_en": ""}},
            {"type": "quiz", "value": {"questions": []}},
        ]
    )
    assert missing_english_in_stream(stream) == []
    assert missing_english_in_stream(_stream([])) == []
