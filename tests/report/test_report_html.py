"""The HTML report built from the store: what a page shows comes from the stored records."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from pipeline import cli, store
from pipeline.records import ArgRef, Claim, DateMention, Document, Entity, Event, Footnote
from pipeline.report import build_report, document_html, page_name

EVIL = '<script>alert("x")</script> と <b>ロシア</b>\n2022年2月、ロシアが&侵攻した1。\n\n注\n1 出典 <i>x</i>'


class Marks(HTMLParser):
    """Entity marks (distinct data-id) inside the text, and the page's script elements."""

    def __init__(self):
        super().__init__()
        self.ids, self.scripts, self.depth = set(), 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("id") == "text":
            self.depth = 1
        elif self.depth and tag == "mark" and "ent" in a.get("class", "").split():
            self.ids.add(a["data-id"])
        if tag == "script":
            self.scripts += 1


def evil_document() -> Document:
    s = EVIL.index("ロシアが")
    d = EVIL.index("2022年2月")
    doc = Document("f" * 64, "evil.txt", "utf-8", EVIL, warnings=["a <warning> & more"])
    doc.entities = [Entity(s, s + 3, "ロシア", "COUNTRY", "country:rus", "Russia", "ロシア", "exact", 1.0, "E1")]
    doc.dates = [DateMention(d, d + 7, "2022年2月", "2022-02", "2022-02-01", "2022-02-28", id="D1")]
    doc.footnotes = [Footnote(1, EVIL.index("1。"), EVIL.index("1。") + 1, "出典 <i>x</i>")]
    rus = ArgRef("ロシア", "E1", "country:rus", "Russia", s, s + 3)
    doc.claims = [Claim(d, EVIL.index("。"), EVIL[d:EVIL.index("。")], "侵攻", rus, id="C1",
                        targets=(ArgRef("<ウクライナ>"),), when={"value": "2022-02", "source": "explicit"})]
    doc.metadata = {"title": "Title <with> tags", "publisher": "防衛研究所"}
    doc.events = [Event("C1-V0", "C1", doc.claims[0].when, None, None, "ASSAULT", None, None, "18", 4, "asserted",
                        "positive", False, None, doc.claims[0].text, d, EVIL.index("。"), None)]
    return doc


def test_a_document_with_script_shows_it_as_text_and_renders_schema_3_fields():
    page = document_html(evil_document())
    parser = Marks()
    parser.feed(page)
    assert parser.scripts == 1  # the report's own script only
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page and "<b>ロシア</b>" not in page
    assert "a &lt;warning&gt; &amp; more" in page and "Title &lt;with&gt; tags" in page
    assert "防衛研究所" in page and "ASSAULT" in page and "&lt;ウクライナ&gt;" in page
    assert "2022-02 (explicit)" in page
    assert parser.ids == {"E1"}


def test_report_shows_every_stored_entity_once(seed_run, tmp_path):
    summary, out, doc = seed_run
    con = store.connect(out / "pipeline.sqlite")
    index = build_report(con, tmp_path / "report")
    page = (tmp_path / "report" / page_name(doc["doc_id"])).read_text(encoding="utf-8")
    parser = Marks()
    parser.feed(page)
    assert parser.ids == {e["id"] for e in doc["entities"]}
    assert len(re.findall(r'<tr class="claim"', page)) == len(doc["claims"])
    assert page.count('class="date" data-id=') == len(doc["dates"])
    assert page_name(doc["doc_id"]) in index.read_text(encoding="utf-8")
    for name in ("corpus.html", "glossary.html", "corpus-top.svg", "corpus-cooccurrence.svg"):
        assert (tmp_path / "report" / name).stat().st_size > 1000, name
    assert "Russia" in (tmp_path / "report" / "corpus-top.svg").read_text(encoding="utf-8")


def test_report_command_writes_the_site(seed_run, tmp_path, capsys):
    summary, out, doc = seed_run
    assert cli.main(["report", doc["doc_id"][:10], "--out", str(out), "--to", str(tmp_path / "r")]) == 0
    assert Path(capsys.readouterr().out.strip()) == tmp_path / "r" / "index.html"
    assert (tmp_path / "r" / page_name(doc["doc_id"])).exists()


def test_report_command_names_an_unknown_document(seed_run, capsys):
    summary, out, doc = seed_run
    assert cli.main(["report", "no-such-doc", "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == ("Error: no processed document matches 'no-such-doc'; "
                                                "'pipeline inspect' lists them")


def test_inspect_html_writes_and_opens_the_page(seed_run, capsys, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    summary, out, doc = seed_run
    assert cli.main(["inspect", doc["doc_id"][:10], "--out", str(out), "--html"]) == 0
    page = Path(capsys.readouterr().out.strip())
    assert page == out / "report" / page_name(doc["doc_id"]) and opened == [page.resolve().as_uri()]
    assert json.dumps(doc["entities"][0]["text"], ensure_ascii=False)[1:-1] in page.read_text(encoding="utf-8")
