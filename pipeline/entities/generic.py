"""Words the model takes for names that name a kind of thing: no entity.

Applied by `refine_entities` to the unlinked entities of one chunk (`generic_word`); a word the glossary links
is a name and is kept. Three classes, each closed and listed here:

- acronyms of common nouns (ODA: official development assistance, NGO, PKO, ICBM, GDP, AI), which the
  model types as a product, an organization or an event; an acronym that abbreviates a name (ASEAN, ICJ) is
  in the glossary;
- the bare word for a kind of legal text (憲法, 法律, 条約, 協定, 憲章): the constitution or a treaty referred
  to by its kind, not by its name (日本国憲法, 日米安全保障条約 are names);
- a Japanese era name alone (令和, 平成): part of a date (令和七年四月十六日), not an event.
"""
from __future__ import annotations

from ..records import Entity

COMMON_ACRONYMS = frozenset({
    "ODA", "NGO", "NGOs", "NPO", "PKO", "ICBM", "SLBM", "IRBM", "MRBM", "SRBM", "GDP", "GNP", "GNI", "FDI", "WMD",
    "AI", "SNS", "ICT", "CEO", "CSR", "ISD", "ISDS",
})
GENERIC_LEGAL_TEXTS = frozenset({"憲法", "法律", "法", "条約", "協定", "憲章", "議定書", "協約", "法案", "法律案"})
ERA_NAMES = frozenset({"令和", "平成", "昭和", "大正", "明治"})


def generic_word(e: Entity) -> bool:
    """Whether the unlinked entity ``e`` is one of the words of the module docstring."""
    if e.glossary_id is not None:
        return False
    surface = e.text.strip()
    return surface in COMMON_ACRONYMS or surface in GENERIC_LEGAL_TEXTS or surface in ERA_NAMES
