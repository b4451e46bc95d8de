"""Label Studio: tasks with the pipeline's records as `predictions`, a labeling config that edits
them, and the corrected export read back as gold files.

Label Studio counts offsets in JavaScript UTF-16 code units; our records count code points, so
every offset is converted both ways (`Utf16Map`).
"""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..records import ENTITY_TYPES, Document
from .gold import KIND_LABELS, LABEL_KIND, gold_from_document, normalize_gold
from .offsets import Utf16Map

# per-region fields: name -> (record key, control); textareas hold text, choices a fixed set
_FIELDS = {
    "entities": {"glossary_id": "textarea", "label_en": "textarea"},
    "dates": {"value": "textarea"},
    "quantities": {"value": "textarea", "unit": "textarea"},
    "claims": {"predicate": "textarea", "modality": "choices", "polarity": "choices", "attributed": "choices"},
}
_CHOICES = {"modality": ("asserted", "hedged", "speculative"), "polarity": ("positive", "negative"),
            "attributed": ("true", "false")}


def labeling_config() -> str:
    """The Label Studio labeling interface (XML) that these tasks are made for."""
    labels = "".join(f'<Label value="{t}"/>' for t in (*ENTITY_TYPES, *KIND_LABELS.values()))
    areas = "".join(f'<TextArea name="{n}" toName="text" perRegion="true" editable="true" maxSubmissions="1"'
                    f' placeholder={quoteattr(n)}/>' for n in ("glossary_id", "label_en", "value", "unit", "predicate"))
    choices = "".join(f'<Choices name="{n}" toName="text" perRegion="true" choice="single">'
                      + "".join(f'<Choice value="{v}"/>' for v in vs) + "</Choices>" for n, vs in _CHOICES.items())
    return (f'<View><Labels name="label" toName="text">{labels}</Labels><Text name="text" value="$text"/>'
            f'<View visibleWhen="region-selected">{areas}{choices}</View></View>\n')


def _as_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else (repr(value) if isinstance(value, float) else str(value))


def _results(kind: str, rec: dict, rid: str, u16: Utf16Map) -> list[dict]:
    span = {"start": u16.to_utf16(rec["start"]), "end": u16.to_utf16(rec["end"])}
    label = rec["type"] if kind == "entities" else KIND_LABELS[kind]
    out = [{"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {**span, "text": rec["text"], "labels": [label]}}]
    for name, control in _FIELDS[kind].items():
        v = _as_text(rec.get(name))
        if control == "textarea":
            out.append({"id": rid, "from_name": name, "to_name": "text", "type": "textarea",
                        "value": {**span, "text": [v] if v else []}})
        elif v:
            out.append({"id": rid, "from_name": name, "to_name": "text", "type": "choices",
                        "value": {**span, "choices": [v]}})
    return out


def to_task(doc: Document, model_version: str = "pipeline") -> dict:
    """One Label Studio task: the original text and every record as a prediction."""
    gold, u16 = gold_from_document(doc), Utf16Map(doc.text)
    result = []
    for kind in _FIELDS:
        for i, rec in enumerate(gold[kind]):
            result += _results(kind, rec, f"{kind[0]}{i}", u16)
    return {"data": {"text": doc.text, "doc_id": doc.doc_id, "source": doc.source},
            "predictions": [{"model_version": model_version, "result": result}]}


def _value(name: str, items: list):
    if not items:
        return None
    v = items[0]
    if name == "attributed":
        return v == "true"
    return v


def _number(v):
    return None if v in (None, "") else float(v)


def _region(kind: str, label: str, reg: dict, text: str, u16: Utf16Map) -> dict:
    start, end = u16.from_utf16(reg["start"]), u16.from_utf16(reg["end"])
    rec = {"start": start, "end": end, "text": reg.get("text") or text[start:end]}
    if kind == "entities":
        rec["type"] = label
    for name in _FIELDS[kind]:
        rec[name] = reg.get(name)
    if kind == "quantities":
        rec["value"] = _number(rec["value"])
    return rec


def from_task(task: dict) -> dict:
    """A gold file from one exported task: its latest annotation, else its first prediction."""
    text = task["data"]["text"]
    u16 = Utf16Map(text)
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    result = (done[-1] if done else (task.get("predictions") or [{"result": []}])[0])["result"]
    regions: dict[str, dict] = {}
    for r in result:
        reg = regions.setdefault(r["id"], {})
        v = r.get("value", {})
        reg.setdefault("start", v.get("start"))
        reg.setdefault("end", v.get("end"))
        if r.get("type") == "labels":
            reg["label"], reg["text"] = v["labels"][0], v.get("text")
        elif r.get("type") == "textarea":
            reg[r["from_name"]] = _value(r["from_name"], [x for x in v.get("text", []) if x != ""])
        elif r.get("type") == "choices":
            reg[r["from_name"]] = _value(r["from_name"], v.get("choices", []))
    gold = {"doc_id": task["data"]["doc_id"], "source": task["data"].get("source")}
    for kind in _FIELDS:
        gold[kind] = []
    for reg in regions.values():
        if "label" not in reg:
            continue  # an attribute without its region: Label Studio drops these too
        kind = LABEL_KIND.get(reg["label"], "entities")
        gold[kind].append(_region(kind, reg["label"], reg, text, u16))
    return normalize_gold(gold)
