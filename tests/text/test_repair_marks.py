"""Repair with the line kinds a reader saw in the layout (PDF headers, page-foot notes, headings)."""
import pytest

from pipeline.text import repair


def _marks(text: str, kinds: dict[str, str]) -> dict[int, str]:
    """Line start offsets of the lines whose content is a key of `kinds`."""
    out, pos = {}, 0
    for line in text.splitlines(keepends=True):
        if line.rstrip("\n") in kinds:
            out[pos] = kinds[line.rstrip("\n")]
        pos += len(line)
    return out


@pytest.mark.parametrize("text, kinds, expect", [
    # a running header and page number between two halves of a word: dropped, the word joined
    ("ロシアはアメリ\n- 3 -\n国際問題 第12号\nカとの対話を続けた。\n",
     {"- 3 -": "page", "国際問題 第12号": "page"},
     [("paragraph", "ロシアはアメリカとの対話を続けた。")]),
    # a page-foot note inside a paragraph is a note block; the paragraph goes on past it
    ("協力拡大が掲げられた1。ちなみに\n1 ロシア外務省「対外政策概念」。\n日本への言及は無い。\n",
     {"1 ロシア外務省「対外政策概念」。": "footnote"},
     [("paragraph", "協力拡大が掲げられた。ちなみに日本への言及は無い。"), ("note", "1ロシア外務省「対外政策概念」。")]),
    # a note continued on the next line is one note
    ("本文である1。\n\n1 Mikhail Troitskiy, Russia and\nASEAN, 2019.\n",
     {"1 Mikhail Troitskiy, Russia and": "footnote", "ASEAN, 2019.": "footnote+"},
     [("paragraph", "本文である。"), ("note", "1 Mikhail Troitskiy, Russia and ASEAN, 2019.")]),
    # a heading by font size, which no pattern would name
    ("ロシアの国益\n\n東南アジアへの関与を強めた。\n", {"ロシアの国益": "heading"},
     [("heading", "ロシアの国益"), ("paragraph", "東南アジアへの関与を強めた。")]),
])
def test_layout_marks(text, kinds, expect):
    blocks = repair(text, _marks(text, kinds), paragraphs_by_blank=True)
    assert [(b.kind, b.text) for b in blocks] == expect
    for b in blocks:  # every analysis character still knows its original index
        assert all(text[o] == c or c == " " for c, o in zip(b.text, b.orig))


@pytest.mark.parametrize("text, paragraphs", [
    # the reader put a blank line at each paragraph end: a line ending in 。 does not end one
    ("二度目は侵攻した時期である。\nどちらの時期にも対話が続いた。\n\n次の段落である。\n", 2),
    ("一文目である。\n二文目である。\n三文目である。\n", 1),
])
def test_paragraphs_end_only_at_blank_lines_when_the_reader_knows(text, paragraphs):
    blocks = repair(text, {}, paragraphs_by_blank=True)
    assert sum(b.kind == "paragraph" for b in blocks) == paragraphs


def test_without_marks_repair_is_unchanged():
    text = "一文目である。\n二文目である。\n"
    assert [b.text for b in repair(text)] == ["一文目である。", "二文目である。"]
