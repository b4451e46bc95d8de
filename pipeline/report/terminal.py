"""Terminal views of the store (rich), and the glossary's to-do list."""
from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console
from rich.table import Table

from .. import store
from ..records import Document


def document_rows(con) -> list[dict]:
    sql = """SELECT d.doc_id, d.source, d.encoding, d.n_chars,
      (SELECT COUNT(*) FROM entities e WHERE e.doc_id = d.doc_id) AS entities,
      (SELECT COUNT(*) FROM entities e WHERE e.doc_id = d.doc_id AND e.glossary_id IS NOT NULL) AS linked,
      (SELECT COUNT(*) FROM dates x WHERE x.doc_id = d.doc_id) AS dates,
      (SELECT COUNT(*) FROM quantities x WHERE x.doc_id = d.doc_id) AS quantities,
      (SELECT COUNT(*) FROM footnotes x WHERE x.doc_id = d.doc_id) AS footnotes,
      (SELECT COUNT(*) FROM claims x WHERE x.doc_id = d.doc_id) AS claims
      FROM documents d ORDER BY d.source"""
    return store.rows(con, sql)


def print_documents(rows: list[dict], console: Console | None = None) -> None:
    console = console or Console()
    t = Table(title="Processed documents")
    cols = ("doc_id", "source", "encoding", "n_chars", "entities", "linked", "dates", "quantities", "footnotes", "claims")
    for col in cols:
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(*(str(r[c])[:12] if c == "doc_id" else str(r[c]) for c in cols))
    console.print(t)


def _entity_table(doc: Document) -> Table:
    groups: dict[tuple, list] = defaultdict(list)
    for e in doc.entities:
        groups[(e.glossary_id or f"?{e.text}", e.type)].append(e)
    t = Table(title=f"Entities ({len(doc.entities)} mentions, {len(groups)} distinct)")
    for col in ("type", "label_en", "label_ja / text", "id", "n", "match", "where (offsets)"):
        t.add_column(col, overflow="fold")
    for (key, typ), ents in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        e0 = ents[0]
        where = ", ".join(str(e.start) for e in ents[:8]) + (" ..." if len(ents) > 8 else "")
        matches = ",".join(sorted({e.match for e in ents}))
        t.add_row(typ, e0.label_en or "-", e0.label_ja or e0.text, e0.glossary_id or "(unlinked)", str(len(ents)), matches, where)
    return t


def number(v) -> str:
    """A quantity as people write it: 10,870,000,000 (never 1.087e+10), 2.5, 0.05; the terminal and the
    HTML report both use it."""
    if v is None:
        return "-"
    if float(v).is_integer():
        return f"{v:,.0f}"
    text = f"{v:,.6f}".rstrip("0").rstrip(".")
    return text if text.strip("-0.,") else f"{v:.3g}"  # 1e-07 stays visible instead of 0


def print_document(doc: Document, claims: bool = False, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{doc.source}[/bold]  doc_id={doc.doc_id[:16]}  encoding={doc.encoding}  chars={len(doc.text)}")
    meta = {k: v for k, v in doc.metadata.items() if v and k != "sources"}
    if meta:
        sources = doc.metadata.get("sources", {})
        console.print("metadata: " + "; ".join(f"{k}={v} ({sources.get(k, '?')})" for k, v in meta.items()), markup=False)
    console.print(_entity_table(doc))
    t = Table(title=f"Dates ({len(doc.dates)})")
    for col in ("text", "kind", "value (EDTF / ISO 8601)", "earliest", "latest", "resolved against", "offset"):
        t.add_column(col, overflow="fold")
    for d in doc.dates:
        bounded = d.kind in ("date", "time")  # durations and sets have no bounds, not open ones
        t.add_row(d.text, d.kind, d.value or "-", d.earliest or (".." if bounded else ""),
                  d.latest or (".." if bounded else ""), d.resolved_against or "", str(d.start))
    console.print(t)
    t = Table(title=f"Quantities ({len(doc.quantities)})")
    for col in ("text", "value", "unit", "approx.", "qualifier", "kind", "offset"):
        t.add_column(col)
    for q in doc.quantities:
        value = "-" if q.value is None else number(q.value)
        if q.value_max is not None:
            value += f"–{number(q.value_max)}"
        t.add_row(q.text, value, q.unit, "~" if q.approximate else "", q.qualifier or "", q.kind, str(q.start))
    console.print(t)
    t = Table(title=f"Footnote markers ({len(doc.footnotes)})")
    for col in ("n", "offset", "context", "note"):
        t.add_column(col, overflow="fold")
    for f in doc.footnotes:
        ctx = doc.text[max(0, f.start - 12) : f.end + 3].replace("\n", "⏎")
        t.add_row(str(f.n), str(f.start), ctx, f.note or "")
    console.print(t)
    if claims:
        console.print(claims_table(doc))
    else:
        console.print(f"{len(doc.claims)} claims (show them with --claims)")
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


def claims_table(doc: Document) -> Table:
    t = Table(title=f"Claims ({len(doc.claims)})")
    for col in ("predicate", "subject", "objects", "targets", "modality", "pol.", "source / cue", "when", "fn", "type", "text"):
        t.add_column(col, overflow="fold")
    for c in doc.claims:
        subj = "; ".join(a.label_en or a.text for a in c.subjects) or c.subject and (c.subject.label_en or c.subject.text) or "-"
        objs = "; ".join(o.label_en or o.text for o in c.objects)
        targets = "; ".join(f"{o.label_en or o.text} ({o.marker})" for o in c.targets)
        src = f"{c.source.label_en or c.source.text if c.source else ''} {c.cue or ''}".strip()
        dates = f"{c.when['value']} ({c.when['source']})" if c.when else "-"
        t.add_row(c.predicate, subj, objs, targets, c.modality, c.polarity[:3], src, dates,
                  ",".join(map(str, c.footnotes)), c.type + (f"/{c.event_category}" if c.event_category else ""), c.text[:60])
    return t


def suggest_rows(con, limit: int = 100) -> list[dict]:
    """The glossary's to-do list, as rows ready to paste: first aliases that documents defined for
    existing entries (東南アジア諸国連合（ASEAN） where the entry lacks ASEAN), then unlinked entities
    by frequency with an English fallback by romanization."""
    from ..glossary import suggestion_row

    rows = []
    for gid, alias, n in con.execute(
        "SELECT glossary_id, alias, COUNT(*) FROM alias_proposals GROUP BY glossary_id, alias ORDER BY 3 DESC, 1, 2"
    ):
        entry = dict(zip(("id", "type", "label_ja", "label_en"), con.execute(
            "SELECT id, type, label_ja, label_en FROM glossary WHERE id = ?", (gid,)).fetchone() or (gid, "", "", "")))
        key = "aliases_en" if alias.isascii() else "aliases_ja"
        rows.append({**entry, key: alias, "notes": f"TODO add alias {alias}: defined in {n} document(s)"})

    cur = con.execute(
        "SELECT e.text, e.type, e.start, e.\"end\", d.text FROM entities e JOIN documents d USING (doc_id)"
        " WHERE e.glossary_id IS NULL"
    )
    counts: Counter = Counter()
    contexts: dict[tuple, list[str]] = defaultdict(list)
    for surface, typ, s, e, text in cur:
        key = (surface, typ)
        counts[key] += 1
        if len(contexts[key]) < 2:
            contexts[key].append(text[max(0, s - 10) : e + 10].replace("\n", "").replace("\t", " "))
    rows += [suggestion_row(s, t, n, contexts[(s, t)]) for (s, t), n in counts.most_common(limit)]
    return rows[:limit]
