"""The static HTML report: an index, one page per document, a corpus page and a glossary page.

Built from the stored records only (`store.read_document`), with Jinja2 templates shipped in
``pipeline/report/templates`` (autoescaped; CSS and the small script are inlined), so the site is
self-contained and works offline from ``file://``.
"""
from __future__ import annotations

from pathlib import Path

from .. import store
from ..export import write_atomic
from ..records import Document
from . import corpus, plots
from .terminal import suggest_rows
from .views import counts, document_view, metadata


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(loader=PackageLoader("pipeline.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.globals["Markup"] = Markup
    return env


def page_name(doc_id: str) -> str:
    return f"doc-{doc_id[:16]}.html"


def _write(path: Path, content: str) -> None:
    write_atomic(path, content)


def document_html(doc: Document, env=None) -> str:
    from markupsafe import Markup

    env = env or _env()
    view = document_view(doc)
    view["text_html"] = Markup(view["text_html"])  # built from escaped pieces in markup.render_text
    return env.get_template("document.html").render(doc=view, title=view["meta"]["title"] or doc.source)


def write_document_page(con, dest: Path, doc_id: str) -> Path:
    """Write one document's page into `dest` (the rest of the site is left as it is)."""
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / page_name(doc_id)
    _write(path, document_html(store.read_document(con, doc_id)))
    return path


def _corpus_page(docs: list[Document], env, dest: Path) -> str:
    top, times, co = corpus.top_entities(docs), corpus.timeline(docs), corpus.cooccurrence(docs)
    figures = {}
    if plots.available():
        drawn = {"top": (top, plots.top_entities_svg), "timeline": (times, plots.timeline_svg),
                 "cooccurrence": (co["actors"] and co, plots.cooccurrence_svg)}
        for name, (data, draw) in drawn.items():
            if data:
                _write(dest / f"corpus-{name}.svg", draw(data))
                figures[name] = f"corpus-{name}.svg"
    return env.get_template("corpus.html").render(
        title="Corpus", top=top, timeline=times, co=co, figures=figures, plots=plots.available())


def build_report(con, dest: Path, doc_ids: list[str] | None = None) -> Path:
    """Write the site into `dest` (created) for `doc_ids` (default: every stored document); returns
    the index page's path."""
    dest.mkdir(parents=True, exist_ok=True)
    env = _env()
    docs = [store.read_document(con, d) for d in (doc_ids or store.document_ids(con))]
    rows = []
    for doc in docs:
        _write(dest / page_name(doc.doc_id), document_html(doc, env))
        rows.append({"page": page_name(doc.doc_id), "doc_id": doc.doc_id, "source": doc.source,
                     "meta": metadata(doc), "counts": counts(doc)})
    errors = store.rows(con, "SELECT source, stage, message FROM errors ORDER BY source")
    _write(dest / "index.html", env.get_template("index.html").render(title="Documents", docs=rows, errors=errors))
    _write(dest / "corpus.html", _corpus_page(docs, env, dest))
    _write(dest / "glossary.html", env.get_template("glossary.html").render(
        title="Glossary to-do", rows=suggest_rows(con, limit=200)))
    return dest / "index.html"
