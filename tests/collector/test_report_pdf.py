"""The PDF report as people forward it, read back from the file: words that extract, vector charts,
subset fonts, no table row split across pages, titles kept with their tables, the first page used."""

from __future__ import annotations

import re
import struct

import pytest

from tests.collector.report_cases import ORG, TOOLS, long_report

pypdf = pytest.importorskip("pypdf")

#: Ligature glyphs (ff, fi, fl, ffi, ffl, long st, st): text using them does not extract as words.
LIGATURES = re.compile("[\ufb00-\ufb06]")
@pytest.fixture(scope="module")
def pdf(qapp, tmp_path_factory):
    from desktop.ui.collector.report_pdf import write_pdf

    path = write_pdf(long_report(), tmp_path_factory.mktemp("pdf") / "report.pdf", organization=ORG)
    return pypdf.PdfReader(str(path))


@pytest.fixture(scope="module")
def page_texts(pdf) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pdf.pages]


def squeezed(text: str) -> str:
    """Text without spaces: the extractor may split a bold heading's first letter from the rest."""
    return "".join(text.split())


def page_of(texts: list[str], words: str) -> int:
    """The last page holding ``words`` (a table comes after the findings and the chart that name it too)."""
    found = [index for index, text in enumerate(texts) if squeezed(words) in squeezed(text)]
    assert found, words
    return found[-1]


def test_text_extracts_as_words_without_ligature_glyphs(page_texts):
    text = "\n".join(page_texts)
    assert re.search(r"\bfigure\b", text)
    assert re.search(r"\bofficial\b|\bfewer\b", text)
    assert not LIGATURES.search(text)


def test_charts_are_vectors_not_images(pdf, page_texts):
    for page in pdf.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for name, ref in xobjects.items():
            assert ref.get_object().get("/Subtype") != "/Image", name
    # The charts' own words are text on the page: a bar's label, shortened as only the chart shortens it.
    assert squeezed("Start14 with a rather long name that wr…") in squeezed(" ".join(page_texts))


def _glyph_count(font_program: bytes) -> int:
    tables = struct.unpack(">H", font_program[4:6])[0]
    for index in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", font_program[12 + 16 * index:28 + 16 * index])
        if tag == b"maxp":
            return struct.unpack(">H", font_program[offset + 4:offset + 6])[0]
    raise AssertionError("no maxp table")


def test_fonts_are_embedded_as_subsets(pdf):
    fonts = {}
    for page in pdf.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object()
        program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        # The whole of a text face holds hundreds to thousands of glyphs; the embedded one only those used.
        assert _glyph_count(program) < 400, name


def test_no_table_row_is_split_across_pages(page_texts):
    pages = {page_of(page_texts, f"End{index:02d}") for index in range(TOOLS)}
    assert len(pages) > 1  # the table runs over pages, so the test means something
    for index in range(TOOLS):
        assert page_of(page_texts, f"Start{index:02d}") == page_of(page_texts, f"End{index:02d}"), index


def test_table_titles_stay_with_their_tables(page_texts):
    caption = page_of(page_texts, "Unapproved use per tool: share of respondents")
    assert caption == page_of(page_texts, "Start00")
    for caption, first_row in (("Data classes: share of respondents", "Customer personal data 22% (15–29%)"),
                               ("Monthly personal spend on AI tools", "Nothing 69% (60–78%)"),
                               ("License candidates, highest priority first", "ChatGPT 1 48% (41–55%)")):
        assert squeezed(caption) in squeezed(page_texts[page_of(page_texts, first_row)]), caption


def test_the_first_page_holds_the_title_and_the_findings(page_texts):
    first = " ".join(page_texts[0].split())
    assert "AI use at" in first and "Findings" in squeezed(first)
    assert "without approval, the highest share of any tool" in first
    assert len(first.split()) > 150  # used, not a title alone
