"""HTML pages and Word files: main text as blocks, encodings, footnotes, metadata."""
import datetime

import pytest

from pipeline.inputs import read_any
from pipeline.text import repair
from support import DOCX_NOTE, NAV_HTML, docx_with_footnote, squeeze


def _blocks(raw):
    return [(b.kind, b.text) for b in repair(raw.text, raw.line_kinds, paragraphs_by_blank=True)]


@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("shift_jis", "cp932"), ("euc-jp", "euc_jp")])
def test_html_main_text_without_navigation_or_footer(tmp_path, charset, codec):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_bytes(NAV_HTML.format(charset=charset).encode(codec))
    raw = read_any(path, 10**7)
    assert raw.format == "html" and raw.encoding == charset and raw.pages is None and raw.page_starts == ()
    for menu in ("ホーム", "研究プロジェクト一覧", "お問い合わせ窓口", "Copyright", "利用規約"):
        assert menu not in raw.text
    blocks = _blocks(raw)
    assert blocks[0] == ("heading", "ロシアとASEAN") and ("heading", "戦略的パートナーシップの背景") in blocks
    assert ("paragraph", "ミャンマーとの武器取引が続いている。") in blocks  # a list item is its own block
    assert sum(k == "paragraph" for k, _ in blocks) == 4


def test_html_metadata_from_title_meta_and_json_ld(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.htm"
    path.write_bytes(b"\xef\xbb\xbf" + NAV_HTML.format(charset="utf-8").encode("utf-8"))
    raw = read_any(path, 10**7)
    assert raw.encoding == "utf-8-sig"
    meta = raw.format_metadata
    assert meta["title"] == "ロシアとASEAN" and meta["date"] == "2023-07-14" and meta["author"] == "山田 花子"
    assert meta["language"] == "ja" and meta["publisher"] == "国際問題研究所"


def test_html_with_a_wrong_declared_charset_is_one_line(tmp_path):
    pytest.importorskip("trafilatura")
    from pipeline.errors import DecodeError

    path = tmp_path / "bad.html"
    path.write_bytes(NAV_HTML.format(charset="utf-8").encode("cp932"))
    with pytest.raises(DecodeError, match="declares charset utf-8"):
        read_any(path, 10**7)


def test_docx_paragraphs_headings_items_tables_and_footnote(tmp_path):
    pytest.importorskip("docx")
    path = tmp_path / "memo.docx"
    docx_with_footnote(path)
    raw = read_any(path, 10**7)
    assert raw.format == "docx" and raw.pages is None
    blocks = repair(raw.text, raw.line_kinds, paragraphs_by_blank=True)
    kinds = [b.kind for b in blocks]
    assert kinds == ["heading", "paragraph", "paragraph", "table", "table", "paragraph", "note"]
    para = blocks[1]
    assert [f.n for f in para.footnotes] == [1] and raw.text[para.footnotes[0].start] == "¹"
    assert squeeze(blocks[-1].text) == "1" + squeeze(DOCX_NOTE)
    assert raw.format_metadata["title"] == "ロシアとASEAN" and raw.format_metadata["author"] == "山田 花子"


def test_docx_created_date_is_the_metadata_date(tmp_path):
    pytest.importorskip("docx")
    import docx

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2024, 2, 9, 10, 0)
    d.add_paragraph("本文である。")
    d.save(str(tmp_path / "a.docx"))
    assert read_any(tmp_path / "a.docx", 10**7).format_metadata["date"] == "2024-02-09"


def test_broken_docx_is_a_decode_error(tmp_path):
    pytest.importorskip("docx")
    from pipeline.errors import DecodeError

    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DecodeError, match="x.docx: not a readable .docx"):
        read_any(tmp_path / "x.docx", 10**7)


def test_an_html_file_with_a_bom_and_a_bad_byte_is_one_line_not_a_bug_report():
    import codecs

    from pipeline.errors import DecodeError
    from pipeline.inputs.html import decode_html

    with pytest.raises(DecodeError, match=r"^bad\.html: starts with a UTF-8 BOM but byte 6 is not UTF-8"):
        decode_html(codecs.BOM_UTF8 + b"<p>\xff\xfe</p>", "bad.html")
    assert decode_html(codecs.BOM_UTF8 + "<p>日本</p>".encode(), "ok.html") == ("<p>日本</p>", "utf-8-sig")
