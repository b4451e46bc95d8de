"""brat standoff: `<name>.txt` (the original text) + `<name>.ann`, and `annotation.conf`.

Offsets are code points, like ours. Entities are `T` lines (a span crossing a line break is written
as fragments, one per line, as brat requires); a glossary link is a normalization line
(`N1<TAB>Reference T1 glossary:country:rus<TAB>Russia`); a date's or quantity's value and a claim's
predicate are JSON in `AnnotatorNotes`; a claim's modality, polarity and attribution are attributes.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..records import ENTITY_TYPES, Document
from .gold import KIND_LABELS, LABEL_KIND, gold_from_document, normalize_gold

_NOTE_KEYS = {"entities": (), "dates": ("value",), "quantities": ("value", "unit"), "claims": ("predicate",)}
ANNOTATION_CONF = ("[entities]\n" + "\n".join((*ENTITY_TYPES, *KIND_LABELS.values())) + "\n\n[relations]\n\n"
                   "[events]\n\n[attributes]\nModality\tArg:CLAIM, Value:asserted|hedged|speculative\n"
                   "Polarity\tArg:CLAIM, Value:positive|negative\nAttributed\tArg:CLAIM\n")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks (brat's text-bound annotations do not cross them)."""
    out, pos = [], start
    for m in re.finditer(r"[\r\n]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        if a > pos:
            out.append((pos, a))
        pos = b
    if end > pos or not out:
        out.append((pos, max(pos, end)))
    return out


def to_ann(doc: Document) -> str:
    gold = gold_from_document(doc)
    lines, t, n, a, note = [], 0, 0, 0, 0
    for kind in ("entities", "dates", "quantities", "claims"):
        for rec in gold[kind]:
            t += 1
            frags = _fragments(doc.text, rec["start"], rec["end"])
            label = rec["type"] if kind == "entities" else KIND_LABELS[kind]
            shown = " ".join(doc.text[s:e] for s, e in frags)
            lines.append(f"T{t}\t{label} {';'.join(f'{s} {e}' for s, e in frags)}\t{shown}")
            extra = {k: rec[k] for k in _NOTE_KEYS[kind]}
            if rec["text"] != shown:
                extra["text"] = rec["text"]  # the surface without extraction artifacts
            if kind == "entities" and rec["glossary_id"]:
                n += 1
                lines.append(f"N{n}\tReference T{t} glossary:{rec['glossary_id']}\t{rec['label_en'] or ''}")
            elif kind == "entities" and rec["label_en"]:
                extra["label_en"] = rec["label_en"]  # an unlinked entity's best-effort English label
            if kind == "claims":
                for name in ("modality", "polarity"):
                    a += 1
                    lines.append(f"A{a}\t{name.capitalize()} T{t} {rec[name]}")
                if rec["attributed"]:
                    a += 1
                    lines.append(f"A{a}\tAttributed T{t}")
            if extra:
                note += 1
                lines.append(f"#{note}\tAnnotatorNotes T{t}\t{json.dumps(extra, ensure_ascii=False)}")
    return "".join(line + "\n" for line in lines)


def write_brat(doc: Document, folder: Path) -> tuple[Path, Path]:
    """`folder/<doc_id>.txt` (the text, byte for byte as decoded) and `.ann`."""
    folder.mkdir(parents=True, exist_ok=True)
    txt, ann = folder / f"{doc.doc_id}.txt", folder / f"{doc.doc_id}.ann"
    with txt.open("w", encoding="utf-8", newline="") as f:
        f.write(doc.text)
    ann.write_text(to_ann(doc), encoding="utf-8", newline="")
    return txt, ann


def _parse_lines(ann: str) -> tuple[dict, dict, dict, dict]:
    spans, links, attrs, notes = {}, {}, {}, {}
    for line in ann.splitlines():
        if not line.strip():
            continue
        key, _, rest = line.partition("\t")
        head, _, tail = rest.partition("\t")
        if key.startswith("T"):
            label, _, offs = head.partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
            spans[key] = (label, frags[0][0], frags[-1][1], tail)
        elif key.startswith("N"):
            _, target, ref = head.split(" ", 2)
            links[target] = (ref.split(":", 1)[1] if ref.startswith("glossary:") else ref, tail or None)
        elif key.startswith("A"):
            parts = head.split()
            attrs.setdefault(parts[1], {})[parts[0].lower()] = parts[2] if len(parts) > 2 else True
        elif key.startswith("#"):
            target = head.split()[1]
            notes[target] = json.loads(tail) if tail.startswith("{") else {}
    return spans, links, attrs, notes


def from_ann(doc_id: str, text: str, ann: str, source: str | None = None) -> dict:
    """A gold file from a brat `.ann` over `text`."""
    spans, links, attrs, notes = _parse_lines(ann)
    gold = {"doc_id": doc_id, "source": source, "entities": [], "dates": [], "quantities": [], "claims": []}
    for key, (label, start, end, _shown) in spans.items():
        kind = LABEL_KIND.get(label, "entities")
        note = notes.get(key, {})
        rec = {"start": start, "end": end, "text": note.get("text", text[start:end]), **note}
        if kind == "entities":
            gid, label_en = links.get(key, (None, note.get("label_en")))
            rec.update(type=label, glossary_id=gid, label_en=label_en)
        if kind == "claims":
            a = attrs.get(key, {})
            rec.update(modality=a.get("modality", "asserted"), polarity=a.get("polarity", "positive"),
                       attributed=bool(a.get("attributed", False)))
        gold[kind].append(rec)
    return normalize_gold(gold)
