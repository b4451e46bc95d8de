"""Speech and opinion frames that `claims_args` reads through to their content clause.

- `mune_marker`: the 旨 of meeting summaries (…連携していきたい旨を述べました, …発展させたい旨述べた,
  …旨発言した): like the quotative と, it closes the content clause of a reporting verb, so the
  claim's predicate is the content verb (連携, 発展) attributed to the speaker.
- `OPINION_SELF`: 思う / 存じる without the passive (…万全を期してまいりたいと思っております) is the
  speaker's own view of the と-clause: the content verb is the predicate, the claim evaluative (the
  speaker's frame, if any, attributes it).
"""
from __future__ import annotations

MUNE = frozenset({"旨", "むね"})
OPINION_SELF = frozenset({"思う", "存じる", "おもう"})


def mune_marker(finder, head, lo: int):
    """The 旨 token closing the content clause of ``head`` (…旨(を)述べた), or None."""
    doc = finder.doc
    i = head.i - 1
    if i > lo and doc[i].lemma_ == "を" and doc[i].pos_ == "ADP":
        i -= 1
    if i <= lo or doc[i].lemma_ not in MUNE:
        return None
    prev = doc[i - 1]
    return doc[i] if prev.pos_ in ("VERB", "AUX", "ADJ") else None  # …したい旨: a clause, not 同旨
