"""Pure text logic: repair, footnote markers, sentences, chunks, characters and numerals.

Takes a document's original text and gives `RepairedBlock`s: the analysis text of each block with
an offset map back to the original, its kind (paragraph, heading, note, ...) and its footnote
markers. Sentences are split bracket-aware; blocks over the chunk size are cut under Sudachi's byte
limit. Also the line rules the readers in `inputs` share: page numbers, note numbers, the title line, the
numbered heading line; a repository cover sheet's fields (`furniture` blocks, never analysed).
No model is used here.
"""
from .abbrev import ABBREVIATION_DEFINITION_RE
from .chars import CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_END, has_japanese, is_japanese
from .chunks import SUDACHI_MAX_BYTES, split_block
from .furniture import NOTE_NUMBER, NOTE_START, PAGE_FOOT_NOTE_START, PAGE_NUMBER
from .headings import is_heading_line
from .numerals import NUMBER, NUMBER_CHARS, NUMBER_START, is_kanji_only, parse_number, to_ascii
from .repair import DIET_LABEL_WORDS, SPEAKER_MARKS, RepairedBlock, repair
from .sentences import split_sentences
from .title import TITLE_MAX_CHARS, is_title_line

__all__ = [
    "ABBREVIATION_DEFINITION_RE",
    "CLOSE_BRACKETS", "OPEN_BRACKETS", "SENTENCE_END", "has_japanese", "is_japanese",
    "SUDACHI_MAX_BYTES", "split_block",
    "NOTE_NUMBER", "NOTE_START", "PAGE_FOOT_NOTE_START", "PAGE_NUMBER", "is_heading_line",
    "NUMBER", "NUMBER_CHARS", "NUMBER_START", "is_kanji_only", "parse_number", "to_ascii",
    "DIET_LABEL_WORDS", "SPEAKER_MARKS", "RepairedBlock", "repair", "split_sentences", "TITLE_MAX_CHARS", "is_title_line",
]
