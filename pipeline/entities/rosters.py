"""The members of a Diet roster: each field ending in 君 names one person.

A committee's minutes open with its roster, posts and names one after another (委員長 石田 博英君
理事 倉石 忠雄君 … 竹村奈良一君 …); text repair keeps the spaces between the fields and inside a padded
name. The model and Sudachi read such names word by word (竹村 + 奈良 + 一, 田中織 + 之進, a given name
alone: 三郎), so in a chunk that holds a roster (three fields or more) the whole field before 君, after
its post word, is the PERSON; what the model read inside it gives way. A name the glossary knows is
linked. Applied by `refine_entities` to one chunk.
"""
from __future__ import annotations

import re

from ..records import Entity
from .builders import new_entity

_NAME = r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]"
_POSTS = "副委員長|委員長|副議長|議長|理事|委員|議員|事務総長|参事"
_POST_WORDS = tuple(_POSTS.split("|"))
_FIELD = re.compile(r"(?:(?:" + _POSTS + r") ?)?(" + _NAME + r"{1,7}(?: " + _NAME + r"{1,4})?)君(?=[ \u3000]|"
                    + _NAME + r"|$)")
_MIN_FIELDS = 3


def roster_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each member's name in the chunk's roster fields (none when no roster)."""
    spans = []
    for m in _FIELD.finditer(text):
        s, e = m.span(1)
        if not (m.start() < s or m.start() == 0 or text[m.start() - 1] in " \u3000君\n"):
            continue  # the field starts inside a longer word
        while (post := next((p for p in _POST_WORDS if text.startswith(p, s)), None)) and e - s > len(post) + 1:
            s += len(post) + (text[s + len(post)] == " ")  # 委員長石田 博英: the post glued before the name
        if e - s >= 2 and " " not in text[s:s + 1]:
            spans.append((s, e))
    return spans if len(spans) >= _MIN_FIELDS else []


def roster_persons(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """`ents` with each roster name one PERSON (see the module docstring)."""
    for s, e in roster_names(text):
        if any(x.start == s and x.end == e and x.type == "PERSON" for x in ents):
            continue
        ents = [x for x in ents if not (x.start < e and s < x.end)]
        ents.append(new_entity(text, s, e, "PERSON", glossary, None, None))
    return ents
