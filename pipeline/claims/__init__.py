"""Claims: who did what, how certainly, on whose authority, from GiNZA's dependencies.

Takes a parsed spaCy `Doc` with the chunk's entities, dates, quantities and footnote anchors and
gives `Claim` records (predicate, subject, objects, modality, polarity, attribution and source,
footnotes, type; targets and coordinated conjuncts, each argument's `found_by`; `claim_when` adds each
claim's `when` once the document's dates are known). The verb lexicon that types event claims is a YAML file, replaceable from config.
"""
from .extract import DEFAULT_LEXICON, extract_claims, load_event_lexicon
from .when import claim_when

__all__ = ["DEFAULT_LEXICON", "claim_when", "extract_claims", "load_event_lexicon"]
