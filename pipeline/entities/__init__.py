"""Entities: GiNZA's named entities folded into the SPEC types and aligned with the glossary.

Takes a parsed spaCy `Doc` and the glossary's matches for its text and gives `Entity` records
(type, glossary id, labels, match method and score), model spans and glossary spans merged.
"""
from .mentions import ENE_TO_TYPE, extend_matches, fold_label, merge_entities, model_entities

__all__ = ["ENE_TO_TYPE", "extend_matches", "fold_label", "merge_entities", "model_entities"]
