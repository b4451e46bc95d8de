"""The title line: what a document's first line must look like to be read as its title.

One rule for the two readers of a title: the repair step makes such a first line a heading block
(so that it is not glued into the first sentence), and metadata detection (`inputs.metadata`) takes
it as ``metadata.title``. Which line is the first is each caller's business (metadata skips a date
line or a byline above the title; repair skips page numbers).
"""
from __future__ import annotations

from .chars import SENTENCE_END

TITLE_MAX_CHARS = 80  # a title with its subtitle; a longer line is running text
_CLAUSE_END = SENTENCE_END + "、，,"


def is_title_line(line: str) -> bool:
    """At most `TITLE_MAX_CHARS` characters (surrounding white space aside) and not ending a sentence
    or a clause (。．！？!? 、，,): a heading-like line, not running text."""
    core = line.strip()
    return 0 < len(core) <= TITLE_MAX_CHARS and core[-1] not in _CLAUSE_END
