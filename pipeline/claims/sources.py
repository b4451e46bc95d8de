"""Sources a clause takes from outside its own arguments: a sentence-level cue (X が指摘する通り、 /
X によると、) and the speaker carried over from the previous sentence."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .args import ArgFinder
from .clause import Clause
from .cues import ACCORDING_LEMMA_SEQ, REPORT_LEMMAS, normalise_cue
from ..records import ArgRef, Claim
from ..titles import OFFICES


def sentence_attribution(finder: ArgFinder, span, clauses: list[Clause]) -> None:
    """X が指摘する通り、… and X によると、…: every clause after the cue is reported from X."""
    toks = list(span)
    for k, t in enumerate(toks):
        cue_end, source_tok, cue = None, None, None
        if t.lemma_ in REPORT_LEMMAS and t.dep_ == "acl" and t.head.lemma_ in ("通り", "とおり", "よう"):
            cue_end, cue = t.head.idx, finder.doc[t.i:t.head.i + 1].text
            source_tok = finder.subject_token(t, span.start, span.end)
        elif (t.lemma_, toks[k + 1].lemma_ if k + 1 < len(toks) else "") == ACCORDING_LEMMA_SEQ \
                and according_end(toks, k + 2) is not None:
            end = according_end(toks, k + 2)  # によると / によれば / によりますと (polite, news and NHK style)
            cue_end, cue, source_tok = t.idx, "によると" if toks[end].text == "と" else "によれば", t.head
        if cue_end is None:
            continue
        source = replace(finder.arg(source_tok, span.start), found_by="frame") if source_tok is not None else None
        for c in clauses:
            if c.end > cue_end:
                c.extra_cues.append(normalise_cue(cue))
                c.source = c.source or source


SPEAKER_TITLES = ("氏",) + OFFICES
# cues of a report with no speaker to carry: hearsay, passives, によると, とされる
_IMPERSONAL_CUES = ("という", "とされ", "によ", "られ", "され", "報じ", "見られ")


def carried_speaker(claim: Claim, topic: Optional[ArgRef], people: set[str] = frozenset()) -> Claim:
    """A reported claim whose reporting verb has no subject in its sentence (また、…については「…」と
    説明。) is the previous sentence's topic's report (首相は番組で、「…」と語った。), as the subject of
    the reporting verb would be carried over, when that topic is a person (a PERSON entity in
    ``people``, or a title or 氏: 首相は); hearsay and passive reports (という, とされる) keep none."""
    if not claim.attributed or claim.source is not None or topic is None or not claim.cue \
            or any(x in claim.cue for x in _IMPERSONAL_CUES):
        return claim
    if topic.entity_id not in people and not "".join(topic.text.split()).endswith(SPEAKER_TITLES):
        return claim
    return replace(claim, source=replace(topic, found_by="carried"))


def according_end(toks, i: int):
    """Index of the と/ば closing によると / によれば / によりますと, starting after によ(る)."""
    if i < len(toks) and toks[i].lemma_ == "ます":
        i += 1
    return i if i < len(toks) and toks[i].text in ("と", "ば") else None
