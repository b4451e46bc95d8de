"""Japanese names before a title that the model missed: Diet labels and member lists.

Minutes and member lists name people by surname and title, one after another, with no context the model
reads as a person: ○畠山委員, ○西村(康)副大臣, 城内 実君, 西村内閣府副大臣. Sudachi still tags the name's
words (名詞-固有名詞-人名: 姓, 名). Applied by `refine_entities` to one chunk, before the surname links:

- a run of Sudachi person-name words with a surname among them that no entity covers is a PERSON when
  a title or a Diet label word follows it (委員, 君, 副大臣, 政府参考人 ...; after a speaker mark ○ too
  the bracketed initial of the minutes, ○西村(康)副大臣), or a body and then a title (西村 + 内閣府 + 副大臣);
- that bracketed initial (康 of 西村(康)) is no person of its own.
"""
from __future__ import annotations

import re

from ..glossary import TITLES
from ..records import Entity
from ..text import DIET_LABEL_WORDS, SPEAKER_MARKS

_NAME_TAG = "名詞-固有名詞-人名"
_SURNAME_TAG = "名詞-固有名詞-人名-姓"
_WORDS = sorted(set(TITLES) | set(DIET_LABEL_WORDS.split("|")) | {"政府参考人", "理事"},
                key=len, reverse=True)
_TITLE = re.compile("|".join(map(re.escape, _WORDS)))
_INITIAL = re.compile(r"[(（][\u4e00-\u9fff\u3041-\u3096]{1,2}[)）]")


def titled_surnames(ents: list[Entity], text: str, sdoc) -> list[Entity]:
    """The chunk's entities with the persons above added and the bracketed initials dropped."""
    if sdoc is None:
        return ents
    out = [e for e in ents if not _initial(e, text)]
    for s, e in _name_runs(sdoc):
        if any(x.start < e and s < x.end for x in out):
            continue
        labelled = s == 0 or text[s - 1] in SPEAKER_MARKS  # after ○, or where the chunk starts (a label line)
        rest = e + (m.end() - m.start() if (m := _INITIAL.match(text, e)) and labelled else 0)
        body = next((x for x in out if x.start == e and x.type == "ORGANIZATION"), None)
        if _TITLE.match(text, rest) or (body is not None and _TITLE.match(text, body.end)):
            out.append(Entity(s, e, text[s:e], "PERSON", match="model", score=0.5))
    return sorted(out, key=lambda x: (x.start, x.end, x.glossary_id or ""))


def _name_runs(sdoc):
    """(start, end) of each run of person-name tokens that holds a surname: adjacent tokens (each
    starting where the one before ends) whose tag is a person name. Read from the Doc's arrays (tag,
    offset, length) rather than token by token: a chunk without a name tag, the common case, costs one
    pass over its distinct tags."""
    rows = sdoc.to_array(["TAG", "IDX", "LENGTH"]).tolist()
    strings = sdoc.vocab.strings
    kinds = {}  # tag -> 2 surname, 1 other person name, 0 no name
    for tag in {r[0] for r in rows}:
        name = strings[tag]
        kinds[tag] = 2 if name == _SURNAME_TAG else 1 if name.startswith(_NAME_TAG) else 0
    if not any(kinds.values()):
        return
    start = end = None
    surname = False
    for tag, idx, length in rows:
        kind = kinds[tag]
        if kind and start is not None and idx == end:
            end, surname = idx + length, surname or kind == 2
            continue
        if start is not None and surname:
            yield start, end
        start, end, surname = (idx, idx + length, kind == 2) if kind else (None, None, False)
    if start is not None and surname:
        yield start, end


def _initial(e: Entity, text: str) -> bool:
    """康 of ○西村(康)副大臣: a one- or two-character person in brackets after a name, a label word after."""
    if e.type != "PERSON" or e.glossary_id or e.end - e.start > 2 or e.start < 2:
        return False
    return text[e.start - 1] in "(（" and text[e.end:e.end + 1] in (")", "）") and bool(_TITLE.match(text, e.end + 1))
