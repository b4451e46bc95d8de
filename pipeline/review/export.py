"""Writing stored documents for review (Label Studio, brat) and as gold files."""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import PipelineError
from ..export import write_atomic
from .brat import ANNOTATION_CONF, write_brat
from .gold import gold_from_document, write_gold
from .labelstudio import labeling_config, to_task

FORMATS = ("label-studio", "brat")


def stored_documents(con, keys: list[str]):
    """The stored documents that `keys` (doc_id prefixes or source paths) name, or every one."""
    from .. import store

    if not keys:
        return [store.read_document(con, d) for d in store.document_ids(con)]
    out = []
    for k in keys:
        doc_id = store.find_document(con, k)
        if doc_id is None:
            raise PipelineError(f"no stored document matches '{k}'; 'pipeline inspect' lists them")
        out.append(store.read_document(con, doc_id))
    return out


def export_review(con, fmt: str, dest: Path, keys: list[str] = (), model_version: str = "pipeline") -> list[Path]:
    """Label Studio: `dest/tasks.json` + `dest/labeling_config.xml`; brat: `<doc_id>.txt/.ann` and
    `annotation.conf` in `dest`. Returns the files written."""
    if fmt not in FORMATS:
        raise PipelineError(f"unknown review format '{fmt}'; use one of: {', '.join(FORMATS)}")
    docs = stored_documents(con, list(keys))
    dest.mkdir(parents=True, exist_ok=True)
    if fmt == "brat":
        return [p for d in docs for p in write_brat(d, dest)] + [write_atomic(dest / "annotation.conf", ANNOTATION_CONF)]
    tasks, conf = dest / "tasks.json", dest / "labeling_config.xml"
    write_atomic(tasks, json.dumps([to_task(d, model_version) for d in docs], ensure_ascii=False, indent=1) + "\n")
    write_atomic(conf, labeling_config())
    return [tasks, conf]


def write_store_gold(con, dest: Path, keys: list[str] = ()) -> list[Path]:
    """The store's current answer for each document as a gold file (a review's baseline)."""
    return [write_gold(gold_from_document(d), dest) for d in stored_documents(con, list(keys))]
