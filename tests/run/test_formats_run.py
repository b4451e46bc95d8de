"""A folder of PDF, HTML and Word files through `pipeline run`: notes, pages, the skipped list."""
import json

import pytest

from support import (NAV_HTML, PDF_HEADER, TWO_COLUMN_NOTES, docx_with_footnote, encrypted_pdf, scanned_pdf, squeeze,
                     two_column_pdf)

pytest.importorskip("pdfminer")
pytest.importorskip("trafilatura")
pytest.importorskip("docx")


@pytest.fixture(scope="module")
def mixed_run(resources, tmp_path_factory):
    from pipeline.run.batch import run

    folder = tmp_path_factory.mktemp("mixed")
    drawn = two_column_pdf(folder / "article.pdf")
    (folder / "page.html").write_text(NAV_HTML.format(charset="utf-8"), encoding="utf-8")
    docx_with_footnote(folder / "memo.docx")
    scanned_pdf(folder / "scan.pdf")
    encrypted_pdf(folder / "locked.pdf")
    for name in ("old.doc", "older.doc", "figures.xlsx"):
        (folder / name).write_bytes(b"\xd0\xcf\x11\xe0")
    messages = []
    summary = run([str(folder)], folder / "out", resources.config, resources=resources, progress=False,
                  warn=messages.append)
    docs = {d["format"]: d for d in map(json.loads, (folder / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines())}
    return summary, messages, docs, drawn


def test_every_supported_file_processed_and_the_rest_listed_once(mixed_run):
    summary, messages, docs, _ = mixed_run
    assert len(summary.processed) == 3 and set(docs) == {"pdf", "html", "docx"}
    assert messages[0] == "skipped 3 files with unsupported types: .doc ×2, .xlsx ×1"


def test_scanned_and_encrypted_pdfs_fail_on_one_line_and_the_batch_goes_on(mixed_run):
    summary, messages, _, _ = mixed_run
    failed = dict((s.rsplit("/", 1)[-1], m) for s, m in summary.failed)
    assert set(failed) == {"scan.pdf", "locked.pdf"}
    assert "no text layer: run OCR first" in failed["scan.pdf"] and "encrypted:" in failed["locked.pdf"]
    assert sorted(messages[1:]) == sorted(f"Error: {m}" for m in failed.values())
    assert all("\n" not in m for m in messages)


def test_page_foot_notes_are_the_notes_their_markers_point_to(mixed_run):
    doc = mixed_run[2]["pdf"]
    assert [(f["n"], f["page"]) for f in doc["footnotes"]] == [(1, 1), (2, 1), (3, 2)]
    assert [squeeze(f["note"]) for f in doc["footnotes"]] == [squeeze(n) for n in TWO_COLUMN_NOTES]
    assert all(doc["text"][f["note_start"]:f["note_end"]].strip() == f["note"] for f in doc["footnotes"])


def test_two_column_pdf_pages_and_no_header_or_note_in_claims(mixed_run):
    doc, drawn = mixed_run[2]["pdf"], mixed_run[3]
    assert doc["pages"] == 2 and doc["claims"]
    for c in doc["claims"]:
        assert squeeze(PDF_HEADER) not in squeeze(c["text"])
        assert not any(squeeze(n)[:8] in squeeze(c["text"]) for n in TWO_COLUMN_NOTES)
        line = squeeze(doc["text"][doc["text"].rfind("\n", 0, c["start"]) + 1:doc["text"].find("\n", c["start"])])
        assert line in {squeeze(x) for x in drawn[c["page"] - 1]["lines"]}
    vietnam = [e for e in doc["entities"] if e["text"] == "ベトナム"]
    assert [e["page"] for e in vietnam] == [1, 2]


def test_html_and_docx_records_have_no_page_and_docx_note_is_attached(mixed_run):
    docs = mixed_run[2]
    for fmt in ("html", "docx"):
        assert docs[fmt]["pages"] is None and all(e["page"] is None for e in docs[fmt]["entities"])
        assert any(e["glossary_id"] == "country:rus" for e in docs[fmt]["entities"])
    assert [(f["n"], f["note"][:6]) for f in docs["docx"]["footnotes"]] == [(1, "ロシア外務省")]
    assert not any("ホーム" in c["text"] for c in docs["html"]["claims"])
