"""Speech and opinion frames that `claims_args` reads through to their content clause.

- `mune_marker`: the 旨 of meeting summaries (…連携していきたい旨を述べました, …発展させたい旨述べた,
  …旨発言した): like the quotative と, it closes the content clause of a reporting verb, so the
  claim's predicate is the content verb (連携, 発展) attributed to the speaker.
- `mune_contents`: a 旨-clause the claim is not read through (…歓迎する旨の発言があった, …感謝する旨
  応じた): its content verb, whose を/に/と-phrases are arguments of the claim.
- `OPINION_SELF`: 思う / 存じる without the passive (…万全を期してまいりたいと思っております) is the
  speaker's own view of the と-clause: the content verb is the predicate, the claim evaluative (the
  speaker's frame, if any, attributes it).
- `SELF_VIEW` / `own_view`: 考える / 確信する / 痛感する / 信じる are the speaker's own view of the
  と-clause only when the clause names no holder but 私/我々 (…重要になっていくと考えます, 私は…合意が
  得られると確信しています): then they read like 思う; 政府は…と考えている stays a claim about 政府.
- `organisation_setting`: an organisation or state marked では / としては / としても, politely といたしましては (防衛省・自衛隊では、
  …訓練を実施しております; 政府としては、…考えている) is the one that acts or holds the view: the
  subject of a clause that names none (so a speaker frame does not replace it with the speaker).
- `speaker_topic`: a から-phrase made the topic (シコルスキ外相からは、…を歓迎する) is the side the
  statement comes from: the subject of a clause that names none (and, in `claims.targets`, no party).
- `passive_agent`: the agent of a passive (ユン長官から…感謝の意が表明され; …の政府によって設立された),
  a person, organisation, state or title marked から/より/によって/により: the one who acts, so the
  claim's subject (the grammatical subject becomes an object).
"""
from __future__ import annotations

from .formal import LIGHT_SURU
from .frames import SPEAKER_TITLES
from .titles import is_title

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


def mune_contents(finder, pred, head, lo: int) -> list:
    """The content verbs of the 旨-clauses that ``pred`` itself governs when the claim was not read
    through them (…進展を歓迎する旨の発言があった: 旨 hangs on 発言; …協力に感謝する旨応じた): their
    を/に/と-phrases are what the speech is about, so they are the claim's arguments too."""
    tops = {pred.i, head.i}
    out = []
    for m in finder.doc[max(lo, 0) + 1:pred.i]:
        if m.lemma_ not in MUNE or not (m.head.i in tops or m.head.head.i in tops):
            continue
        v = finder.doc[m.i - 1]
        while v.pos_ == "AUX" and v.head.i != v.i and v.head.i < m.i:
            v = v.head  # 歓迎|する|旨: the verb, not its light する
        if v.pos_ in ("VERB", "ADJ") and v.i != pred.i:
            out.append(v)
    return out


SELF_VIEW = frozenset({"考える", "確信", "確信する", "痛感", "痛感する", "信じる", "存ずる"})
FIRST_PERSON = frozenset({"私", "私ども", "私共", "わたくし", "我々", "われわれ", "当方"})


def own_view(finder, head, lo: int) -> bool:
    """``head`` is a SELF_VIEW verb whose holder is unnamed or first person (module doc)."""
    if head.lemma_ not in SELF_VIEW:
        return False
    holder = finder.subject_token(head, lo, head.i + 1)
    if holder is not None:
        return holder.lemma_ in FIRST_PERSON or holder.text in FIRST_PERSON
    return not any(_names_actor(finder, t) for t in finder.doc[max(lo, 0):head.i]
                   if t.pos_ in ("NOUN", "PROPN") and finder.particles(t) in ("は", "としては"))


def _names_actor(finder, tok) -> bool:
    """``tok``'s phrase names a person, organisation or state (the parser often hangs the holder's
    は-topic on the content verb: 財務省は、…必要だと考えている)."""
    bs, _ = finder.bunsetu(tok.i)
    s, e = finder.doc[bs].idx, tok.idx + len(tok.text)
    return any(x.type in AGENT_TYPES and x.start < e and s < x.end for x in finder.entities)


SETTING_MARKS = frozenset({"では", "としては", "としても", "でも"})
ACTOR_TYPES = frozenset({"ORGANIZATION", "COUNTRY"})
PLACE_MARKS = frozenset({"では", "でも"})  # with a country: the place (米国では…); 我が国としては is the actor


def organisation_setting(finder, pred, lo: int, hi: int, top=None):
    """The では/としては-marked dependent of ``pred`` naming an organisation or state, or None.  With
    ``top`` (the reporting or opinion verb over ``pred``), a setting hanging anywhere on the chain from
    ``pred`` up to ``top`` counts too: 防衛省としては、いつ…時であろうとも、…期してまいりたいと思っております
    attaches 防衛省 to 時, under まいる, not to 期し."""
    chain = _chain(pred, top)
    for c in finder.doc[max(lo, 0):pred.i]:
        polite = _polite_setting(finder, c)
        if c.pos_ not in ("NOUN", "PROPN") or finder.particles(c) not in SETTING_MARKS and not polite:
            continue
        hang = c.head.head if polite else c.head
        if hang.i != pred.i and not (chain and any(a.i in chain for a in c.ancestors)):
            continue
        bs, be = finder.bunsetu(c.i)
        s, e = finder.doc[bs].idx, c.idx + len(c.text)
        named = [x for x in finder.entities if x.type in ACTOR_TYPES and x.start < e and s < x.end]
        if named and not (finder.particles(c) in PLACE_MARKS and all(x.type == "COUNTRY" for x in named)):
            return c  # イタリアでは、…会談を行います: a country with では is where, not who
    return None


def _polite_setting(finder, c) -> bool:
    """国土交通省といたしましては / 外務省としましては: としては spelled out politely, which the parse
    splits into と + a verb する/いたす (its own bunsetu) + ては/ても."""
    verb = c.head
    if finder.particles(c) != "と" or verb.i != c.i + 2 or verb.lemma_ not in LIGHT_SURU:
        return False
    return any(t.text in ("ては", "ても") for t in verb.children) and verb.i != verb.head.i


def _chain(pred, top) -> set[int]:
    """Token indices from ``pred`` up its heads to ``top`` (empty without ``top`` or off the path)."""
    if top is None:
        return set()
    out, t = {pred.i}, pred
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        out.add(t.i)
    return out if t.i == top.i else set()


AGENT_MARKS = ("によって", "により", "によりまして", "から", "より")
AGENT_TYPES = frozenset({"PERSON", "ORGANIZATION", "COUNTRY"})


def speaker_topic(finder, pred, lo: int):
    """A から-phrase made the topic (シコルスキ外相からは、…訪問を歓迎する) naming a person, organisation,
    state or title: the side the statement comes from, the subject of a clause that names none; else None."""
    for c in sorted(pred.children, key=lambda t: t.i):
        if lo <= c.i < pred.i and c.pos_ in ("NOUN", "PROPN") and finder.particles(c) == "からは" and _agentive(finder, c):
            return c
    return None


def _agentive(finder, c) -> bool:
    bs, _ = finder.bunsetu(c.i)
    s, e = finder.doc[bs].idx, c.idx + len(c.text)
    return is_title(c.text) or c.text.endswith(SPEAKER_TITLES) or any(
        x.type in AGENT_TYPES and x.start < e and s < x.end for x in finder.entities)


def passive_agent(finder, pred, lo: int):
    """The agent dependent of the passive ``pred`` (module doc), or None."""
    for c in sorted(pred.children, key=lambda t: t.i):
        if not (lo <= c.i < pred.i) or c.pos_ not in ("NOUN", "PROPN") or finder.particles(c) not in AGENT_MARKS + ("からは",):
            continue
        if c.lemma_ == "方":  # 総理の方から: the polite 方 stands for the one before it
            owner = [n for n in c.children if n.i < c.i and n.pos_ in ("NOUN", "PROPN") and finder.particles(n) == "の"]
            if not owner:
                continue
            c = owner[-1]
        if _agentive(finder, c):
            return c
    return None
