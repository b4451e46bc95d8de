"""The bilingual reference glossary: load, normalize, index, match, suggest.

Takes glossary files (TSV/CSV/YAML) and gives a `Glossary`: entries with canonical ids and Japanese
and English labels, an Aho-Corasick index over normalized aliases, per-document matching
(`DocumentMatcher`) and lookup of a surface by exact, variant, abbreviation or fuzzy alignment with
every candidate kept; `changes_word` tells when affixes make a match part of another word. Also turns unlinked entities into proposed glossary rows, and tells who held an office (防衛大臣 of JPN) on a date (`office_holders`) and which summit of a group a bare
G20サミット is in a year (`summit_in_year`).
"""
from .affixes import affix_stem, changes_word, prefix_changes_word, suffix_changes_word
from .index import Glossary, load_glossary, validate_files
from .load import COLUMNS, GlossaryEntry
from .match import TITLES, DocumentMatcher, GlossaryMatch
from .norm import normalize
from .owners import glosses_name_before, in_english_title, japanese_state_body
from .offices import OFFICE_NAMES_EN, Office, office_country, office_holders, split_office, terms
from .surnames import STATE_TAILS, first_name_index
from .series import meant_year, summit_in_year
from .suggest import format_row, romanize, suggestion_row
from .tables import per_glossary
from .romanized import load_romanizations, merge_romanizations, save_romanizations, take_romanizations

__all__ = [
    "Glossary", "load_glossary", "validate_files", "COLUMNS", "GlossaryEntry",
    "TITLES", "affix_stem", "changes_word", "prefix_changes_word", "suffix_changes_word", "DocumentMatcher", "GlossaryMatch", "normalize", "OFFICE_NAMES_EN", "Office", "office_country", "office_holders", "split_office", "terms", "format_row", "romanize", "suggestion_row",
    "load_romanizations", "save_romanizations", "merge_romanizations", "take_romanizations", "in_english_title",
    "glosses_name_before", "japanese_state_body", "first_name_index", "STATE_TAILS", "meant_year", "summit_in_year", "per_glossary",
]
