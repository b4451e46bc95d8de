"""Entities: GiNZA's named entities folded into the SPEC types and aligned with the glossary.

Takes a parsed spaCy `Doc` and the glossary's matches for its text and gives `Entity` records
(type, glossary id, labels, match method and score), model spans and glossary spans merged; then
typing rules for what the glossary does not know (`refine_entities`) and a best-effort English label
with its method for every entity (`english_labels`); the package's one SudachiPy tokenizer
(`sudachi_tokenizer`); short forms of a person the document names in full
(`link_short_forms`); names composed of glossary entries (`link_composed`: 中南米地域, TICAD 9,
タイ外務省, 在ソロモン米大使館, 日本政府; `derived_country`: the state of a derived government id); a linked person named again by the bare katakana surname (`name_again`); the persons of a cover
sheet's author field (`author_names`); a journal's name above its ISSN (`masthead_title`); a bare Latin surname of a person named in full (`latin_surnames`).
"""
from .affiliations import author_names, masthead_title
from .latin_names import latin_surnames
from .again import name_again
from .composed import derived_country, link_composed
from .context import link_in_context
from .owned_bodies import own_state_bodies
from .coref import link_short_forms
from .english import english_labels, romanized
from .mentions import ENE_TO_TYPE, extend_matches, fold_label, merge_entities, model_entities
from .surfaces import harmonize, line_breaks, space_breaks, split_at_breaks
from .sudachi import sudachi_tokenizer
from .surnames import surname_forms
from .unknown import refine_entities

__all__ = ["author_names", "masthead_title", "latin_surnames", "ENE_TO_TYPE", "extend_matches", "fold_label", "merge_entities", "model_entities",
           "refine_entities", "english_labels", "romanized", "line_breaks", "surname_forms", "harmonize",
           "sudachi_tokenizer", "link_short_forms", "space_breaks",
           "split_at_breaks", "link_in_context", "link_composed", "name_again", "derived_country",
           "own_state_bodies"]
