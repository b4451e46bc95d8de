"""Subjects the parse did not attach (zero subjects, topics carried over clauses and sentences).

Called by `claims.extract_claims` once per sentence with that sentence's clauses (objects with
``an`` = `claims_args.Analysis`, ``start``, ``end``, ``subject``, ``topic``).  The order of
preference is documented on `fill_subjects`; two corrections follow it:

- an *actor complement* (…最大の武器供給国となった, …の議長国である) whose carried-over subject is a
  plain common noun (武器の総額) takes instead the entity that is the agent (が) of the relative
  clause inside that subject phrase (ロシアが…売却した武器の総額 -> ロシア): only an actor can be a
  供給国;
- the common-noun topic of a *copular* clause (主な輸出先はベトナム、ミャンマーであり、) is not carried
  into a following action verb (…タイにも供給していた): that verb takes the topic's possessor entity
  (ベトナムの主な輸入先は…であり、…購入している -> ベトナム), else the agent of the previous sentence
  (its last entity-linked subject), else stays without a subject.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from .cues import ADVERBIAL_NOUNS, DOCUMENT_NOUNS, bracket_depths
from .args import lone_kana
from .named import entity_arg
from ..records import ArgRef

# Heads of a complement that names a kind of actor (…国, …者, 組織, 機関, 大国, パートナー ...).
ACTOR_SUFFIXES = ("国", "者", "組織", "機関", "パートナー", "勢力", "アクター", "プレーヤー", "主体", "企業", "政府")
# Verbs that are not actions: a copular clause's topic may carry into them.
STATE_VERBS = frozenset({"なる", "ある", "いる", "おる"})


@dataclass
class Carry:
    """What a sentence hands to the next: its last は/も topic and its last entity-linked subject."""
    topic: Optional[ArgRef] = None
    agent: Optional[ArgRef] = None


def fill_subjects(finder, span, clauses: list, prev: Carry) -> Carry:
    """Subjects the parse did not attach, in this order:

    1. a は/が/も phrase inside the clause that does not hang from a relative clause;
    2. (zero subject) the focus of a cleft later in the sentence, for the clauses of its
       nominalised part (ロシアに対話の扉を開き、維持したのが ASEAN であった);
    3. the nearest は/も topic standing before the clause in this sentence (一度目は…時期である);
    4. the nearest subject of an earlier clause of this sentence;
    5. a document the clause (or a later clause of the sentence) is set in (…外相共同声明では、
       …を確認している);
    6. the previous sentence's は/も topic;
    7. for a concessive …が、 clause, the は-topic of a later clause (…注目されていないが、ロシアは…).
    Then the two corrections of the module docstring.  Returns what the next sentence carries."""
    carried: set[int] = set()
    for c in clauses:
        c.subject, c.topic = c.an.subject, c.an.topic
        if c.subject is None and not c.an.quote_bracketed:
            tok = _unattached_subject(finder, span, c)
            if tok is not None:
                c.subject, c.topic = _by(finder.arg(tok, span.start), "dependency"), finder.particles(tok) in ("は", "も")
    for k, c in enumerate(clauses):
        if c.subject is not None or c.an.quote_bracketed:
            continue
        carried.add(k)
        focus = next((o for o in clauses[k + 1:] if o.an.focus_subject), None)
        topic = finder.topic_before(c.an.pred, span.start, ("は", "も"))
        before = [o for o in clauses if o.subject is not None and o.subject.start is not None
                  and o.subject.start <= c.start and o is not c and not o.an.quote_bracketed]
        if focus is not None:
            c.subject = _by(focus.subject, "carried")
        elif topic is not None:
            c.subject, c.topic = _by(finder.arg(topic, span.start), "topic"), True
        elif before:
            c.subject = _by(max(before, key=lambda o: (o.topic, o.subject.start)).subject, "carried")
        else:
            later = [o for o in clauses[k + 1:] if o.topic and o.an.subject is not None and not o.an.quote_bracketed]
            c.subject = _by(_document_setting(finder, [c] + clauses[k + 1:], span), "topic") or _by(prev.topic, "carried") \
                or _by(later[0].subject if later and _concessive(finder, c) else None, "carried")
            continue
        if _copular_topic(finder, c, clauses[:k]) and _is_action(c):
            c.subject, c.topic = _by(_possessor(finder, c.subject) or prev.agent, "carried"), False
    for k in sorted(carried):
        c = clauses[k]
        if c.subject is not None and c.subject.entity_id is None and _actor_complement(c):
            agent = _relative_agent(finder, span, c.subject)
            if agent is not None:
                c.subject, c.topic = _by(agent, "carried"), False
    topics = [c.subject for c in clauses if c.topic and c.subject is not None and not c.an.quote_bracketed]
    agents = [c.subject for c in clauses if c.subject is not None and c.subject.entity_id and not c.an.quote_bracketed]
    topic = topics[-1] if topics else (prev.topic if not any(c.an.subject for c in clauses) else None)
    return Carry(topic=topic, agent=agents[-1] if agents else None)


def _by(arg: Optional[ArgRef], how: str) -> Optional[ArgRef]:
    """``arg`` marked as found by ``how`` (dependency, carried, topic, frame)."""
    return replace(arg, found_by=how) if arg is not None else None


def _copular_topic(finder, c, earlier: list) -> bool:
    """Is ``c``'s (carried) subject the common-noun subject of an earlier copular clause?"""
    s = c.subject
    return s is not None and (s.entity_id is None or _possessor(finder, s) is not None) and any(
        o.an.complement and o.subject is not None and o.subject.start == s.start for o in earlier)


def _possessor(finder, arg: ArgRef) -> Optional[ArgRef]:
    """The entity mention an argument is linked to when it is its genitive possessor, not its head
    (ベトナムの主な輸入先 -> ベトナム); None for a head link or no link."""
    if arg.entity_id is None or arg.start is None:
        return None
    for e in finder.entities:
        if e.id == arg.entity_id and arg.start <= e.start and e.end <= arg.end \
                and finder.text[e.end:arg.end].lstrip().startswith("の"):
            return entity_arg(e, text=finder.text[e.start:e.end])
    return None


def _is_action(c) -> bool:
    pred = c.an.pred
    return not c.an.complement and pred.pos_ == "VERB" and pred.lemma_ not in STATE_VERBS


def _actor_complement(c) -> bool:
    """なる with a …国/…者 complement (最大の武器供給国となった), or a copula with one."""
    if c.an.complement:
        comps = c.an.objects[:1]
    elif c.an.pred.lemma_ == "なる":
        comps = c.an.objects
    else:
        return False
    return any(o.entity_id is None and o.text.endswith(ACTOR_SUFFIXES) for o in comps)


def _relative_agent(finder, span, subject: ArgRef) -> Optional[ArgRef]:
    """The entity marked with が in a relative clause that modifies ``subject`` (…ロシアが東南アジア
    諸国に売却した|武器の総額 -> ロシア), nearest the phrase first."""
    if subject.start is None:
        return None
    toks = [t for t in span if t.idx < subject.start]
    for t in reversed(toks):
        if finder.particles(t) != "が" or t.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        rel = [v for v in toks if v.i > t.i and v.dep_ == "acl" and v.pos_ in ("VERB", "ADJ")
               and subject.start <= v.head.idx < subject.end]
        if rel:
            arg = finder.arg(t, span.start)
            return arg if arg.entity_id else None
    return None


def _document_setting(finder, clauses: list, span) -> Optional[ArgRef]:
    """The document (…概念では, …共同声明では) the first of ``clauses`` is set in; the では-phrase may
    hang from a later clause of the sentence (このような状況を反映し、…「…対外政策概念」では、…)."""
    for c in clauses:
        for t in c.an.pred.children:
            if span.start <= t.i < c.an.pred.i and finder.particles(t) == "では":
                arg = finder.arg(t, span.start)
                if arg.text.rstrip("」』）)").endswith(DOCUMENT_NOUNS):
                    return arg
    return None


def _concessive(finder, c) -> bool:
    """…注目されていないが、ロシアは…: a が-clause before the main clause shares its later topic."""
    _, be = finder.bunsetu(c.head.i)
    toks = [t for t in finder.doc[c.head.i:be] if t.pos_ != "PUNCT"]
    return bool(toks) and toks[-1].text in ("が", "けれど", "けれども") and toks[-1].pos_ == "SCONJ"


def _unattached_subject(finder, span, c):
    depths = bracket_depths(span.text)
    for t in reversed(list(span)):
        if not (c.start <= t.idx < c.an.pred.idx) or depths[t.idx - span.start_char] > 0:
            continue
        marks = finder.particles(t)
        if t.pos_ in ("NOUN", "PROPN", "PRON") and marks in ("は", "が", "も") and not lone_kana(t) \
                and t.lemma_ not in ADVERBIAL_NOUNS and t.head.i > t.i and not finder.is_date(t) \
                and (marks == "は" or not finder.under_relative(t, c.an.pred)) \
                and not finder.relation_object(t, c.an.pred):
            return t
    return None
