"""Helpers shared by test modules (imported as `support`; tests/ is on pytest's pythonpath)."""
import re
from functools import lru_cache

from pipeline.text.repair import classify_line

_WS = re.compile(r"\s+")


def squeeze(s: str) -> str:
    return _WS.sub("", s)


@lru_cache(maxsize=8)
def _page_lines(text: str) -> frozenset[int]:
    """Indices of lines that are only a page number (an extraction artifact, like line breaks)."""
    out, pos = set(), 0
    for line in text.splitlines(keepends=True):
        if classify_line(line.rstrip("\r\n")) == "page":
            out.update(range(pos, pos + len(line)))
        pos += len(line)
    return frozenset(out)


def footnote_free(doc, start, end) -> str:
    """The original evidence with whitespace, page-number lines and footnote markers removed."""
    text = doc["text"]
    drop = _page_lines(text)
    keep = [i for i in range(start, end)
            if i not in drop and not any(f["start"] <= i < f["end"] for f in doc["footnotes"])]
    return squeeze("".join(text[i] for i in keep))


class PostgresServer:
    def __init__(self, bindir, data, sock, user, run_as):
        self.bindir, self.data, self.sock, self.user, self.run_as = bindir, data, sock, user, run_as
        self.url = f"postgresql:///postgres?host={sock}&user={user}"

    def stop(self):
        import subprocess

        subprocess.run([*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)


def start_postgres(base):
    """initdb + pg_ctl start on a Unix socket in `base` (as the `postgres` user when run as root).
    Skips the test when PostgreSQL's server programs are not installed."""
    import glob
    import os
    import pwd
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None)
    if not found:
        if os.environ.get("PIPELINE_REQUIRE_POSTGRES"):  # CI: a missing server is a failure, not a skip
            raise RuntimeError("PIPELINE_REQUIRE_POSTGRES is set but PostgreSQL is not installed")
        pytest.skip("PostgreSQL server not installed: apt-get install postgresql (CI's .ci/run does)")
    bindir = Path(os.path.realpath(found)).parent
    run_as, user = [], pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:  # the server refuses to run as root
        run_as, user = ["runuser", "-u", "postgres", "--"], "postgres"
    data, sock = Path(base) / "data", Path(base) / "sock"
    sock.mkdir()
    if run_as:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(Path(base) / "log"),
                    "-o", f"-k {sock} -c listen_addresses='' -c fsync=off", "start"], check=True, capture_output=True)
    return PostgresServer(bindir, data, sock, user, run_as)


# --- Japanese PDFs generated with reportlab's built-in CID fonts (no binary fixtures) ---

PDF_HEADER = "ロシアとASEAN　国際問題研究所紀要 第12号"


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))


_TOKEN = re.compile(r"[A-Za-z0-9$.,:;%&'/()\-–]+|\s|.")


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaks at `width` points, never inside a Latin/digit run."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for tok in _TOKEN.findall(text):
        if cur and stringWidth(cur + tok, font, size) > width:
            lines.append(cur)
            cur = "" if tok.isspace() else tok
        else:
            cur += tok
    if cur.strip():
        lines.append(cur)
    return lines


def draw_justified(c, x: float, y: float, line: str, width: float, font: str, size: float, last: bool) -> None:
    """A line stretched to the column width by character spacing (as typeset Japanese is)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    t = c.beginText(x, y)
    t.setFont(font, size)
    if not last and len(line) > 1:
        t.setCharSpace(min((width - stringWidth(line, font, size)) / (len(line) - 1), 0.09 * size))
    for part in re.split(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", line):  # superscript digits: small and raised, as typeset
        if part and part[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
            t.setFont(font, size * 0.6)
            t.setRise(size * 0.4)
            t.textOut(part.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
            t.setRise(0)
            t.setFont(font, size)
        elif part:
            t.textOut(part)
    c.drawText(t)


def _unbreak(s: str) -> str:
    """A block of the PDF-extracted seed as one string: line breaks dropped (kept as a space between Latin)."""
    from pipeline.text import is_japanese

    def join(m):
        a, b = m.string[m.start() - 1: m.start()], m.string[m.end(): m.end() + 1]
        return " " if a and b and not is_japanese(a) and not is_japanese(b) else ""
    return re.sub(r"\s*\n\s*", join, s.strip())


def seed_pdf(path, seed: str, lines_per_page: int = 38) -> list[list[str]]:
    """The seed laid out as a paginated PDF: headings in a larger font, justified paragraphs with an
    indented first line, a running header and a page number on every page. Returns the lines drawn
    on each page (header and page number excluded), for checking pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.text.repair import segment

    _fonts()
    w, h = A4
    left, width, size, pitch = 60, w - 120, 10.5, 17.5
    rows = []  # (line, font, size, indent, last)
    for kind, s, e in segment(seed):
        text = _unbreak(seed[s:e])
        if kind == "heading":
            rows.append((text.strip(), "HeiseiKakuGo-W5", 13, 0, True))
        elif kind == "paragraph":
            parts = wrap(text, width - size, "HeiseiMin-W3", size)
            parts = [parts[0]] + wrap("".join(parts[1:]), width, "HeiseiMin-W3", size) if len(parts) > 1 else parts
            rows += [(p, "HeiseiMin-W3", size, size if i == 0 else 0, i == len(parts) - 1) for i, p in enumerate(parts)]
        else:
            rows.append((text.strip(), "HeiseiMin-W3", size, 0, True))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("ロシアにとってのASEAN")
    c.setAuthor("研究者 太郎")
    drawn: list[list[str]] = []
    for p0 in range(0, len(rows), lines_per_page):
        drawn.append([])
        c.setFont("HeiseiKakuGo-W5", 8)
        c.drawString(left, h - 40, PDF_HEADER)
        y = h - 80
        for line, font, sz, indent, last in rows[p0:p0 + lines_per_page]:
            draw_justified(c, left + indent, y, line, width - indent, font, sz, last)
            drawn[-1].append(line)
            y -= pitch
        c.setFont("HeiseiMin-W3", 9)
        c.drawCentredString(w / 2, 36, f"- {len(drawn)} -")
        c.showPage()
    c.save()
    return drawn


TWO_COLUMN_NOTES = ["ロシア外務省「ロシア連邦の対外政策概念」2023年3月31日。",
                    "Mikhail Troitskiy, Russia and ASEAN, 2019, p.12.",
                    "ASEAN事務局の発表による。"]


def two_column_pdf(path) -> list[dict]:
    """Two pages of two justified columns with a running header, page numbers and page-foot notes
    (smaller font) numbered 1..3 like the seed's; the markers are set small and raised, as typeset. Returns, per page, its column lines and notes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    w, h = A4
    size, col_w, gap = 10, (w - 120 - 24) / 2, 24
    body = [
        "2023年3月に改定された対外政策概念では、ASEAN諸国との協力拡大が一番に掲げられた¹。"
        "ちなみに、非友好国に指定された日本、韓国への言及は無い。ロシアはベトナムとの関係を重視してきた。"
        "2023年7月には、ジャカルタでASEAN-ロシア拡大外相会議が開催された。",
        "ロシアの研究者も、ロシアの東南アジアにおけるスタンスはインドに近いと述べている²。"
        "ロシアは1991年にASEANの協議国になり、1996年7月に完全な対話国に昇格した。"
        "その後、2004年11月に東南アジア友好協力条約に調印した。",
        "ロシアから東南アジア諸国への武器輸出は2000年代に増加した³。"
        "主な輸出先はベトナム、ミャンマーであり、インドネシアやマレーシアも戦闘機を購入した。"
        "しかし2014年以降、アメリカの制裁により新規の契約は減少した。",
    ]
    pages = [[body[0], body[1]], [body[2]]]
    notes = [[(1, TWO_COLUMN_NOTES[0]), (2, TWO_COLUMN_NOTES[1])], [(3, TWO_COLUMN_NOTES[2])]]
    c = canvas.Canvas(str(path), pagesize=A4)
    out = []
    for pno, (paras, foot) in enumerate(zip(pages, notes), 1):
        c.setFont("HeiseiKakuGo-W5", 8)
        c.drawString(60, h - 40, PDF_HEADER)
        lines = []
        for para in paras:
            parts = wrap(para, col_w - size, "HeiseiMin-W3", size)
            rest = wrap("".join(parts[1:]), col_w, "HeiseiMin-W3", size)
            lines += [(parts[0], size, len(rest) == 0)] + [(p, 0, i == len(rest) - 1) for i, p in enumerate(rest)]
        half = (len(lines) + 1) // 2
        for col, chunk in enumerate((lines[:half], lines[half:])):
            x, y = 60 + col * (col_w + gap), h - 80
            for line, indent, last in chunk:
                draw_justified(c, x + indent, y, line, col_w - indent, "HeiseiMin-W3", size, last)
                y -= 16
        y = 120
        for n, note in foot:
            c.setFont("HeiseiMin-W3", 8)
            c.drawString(60, y, f"{n} {note}")
            y -= 12
        c.setFont("HeiseiMin-W3", 9)
        c.drawCentredString(w / 2, 36, str(pno))
        c.showPage()
        out.append({"lines": [ln for ln, _, _ in lines], "notes": [n for n, _ in foot]})
    c.save()
    return out


def scanned_pdf(path) -> None:
    """A PDF whose only page is an image (no text layer), as a scanner makes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(Image.new("L", (200, 280), 200)), 50, 50, 400, 560)
    c.showPage()
    c.save()


def encrypted_pdf(path) -> None:
    """A PDF that needs a user password to open."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    _fonts()
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.setFont("HeiseiMin-W3", 10)
    c.drawString(60, 700, "秘密の文書である。")
    c.showPage()
    c.save()


VERTICAL_LINES = ["縦書きの本文である。ロシアは東南アジア諸国連合と", "の対話を続け、日本もベトナムとの関係を深めた。"]


def vertical_pdf(path) -> None:
    """One page in vertical writing (columns right to left), with a horizontal page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    _fonts()
    if "HeiseiMin-W3-V" not in pdfmetrics.getRegisteredFontNames():
        v = UnicodeCIDFont("HeiseiMin-W3", isVertical=True)
        v.name = v.fontName = "HeiseiMin-W3-V"
        pdfmetrics.registerFont(v)
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("HeiseiMin-W3-V", 12)
    for i, line in enumerate(VERTICAL_LINES):
        c.drawString(w - 60 - i * 20, h - 60, line)
    c.setFont("HeiseiMin-W3", 9)
    c.drawCentredString(w / 2, 36, "- 1 -")
    c.showPage()
    c.save()


DOCX_NOTE = "ロシア外務省「ロシア連邦の対外政策概念」2023年3月31日。"


def docx_with_footnote(path) -> None:
    """A Word file with a title, a heading, paragraphs (one with a footnote reference), a list item
    and a table; the footnote part is added by hand, as python-docx cannot write footnotes."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.core_properties.title = "ロシアとASEAN"
    d.core_properties.author = "山田 花子"
    d.add_heading("1. ロシアにとってのASEAN", level=1)
    p = d.add_paragraph("2023年3月に改定された対外政策概念では、ASEAN諸国との協力拡大が一番に掲げられた")
    p._p.append(parse_xml(f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'))
    p.add_run("。ロシアはベトナムとの関係を重視してきた。")
    d.add_paragraph("ミャンマーとの武器取引が続いている。", style="List Bullet")
    t = d.add_table(rows=2, cols=2)
    for r, row in enumerate([("年", "輸出額"), ("2014", "225億ドル")]):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    d.add_paragraph("2023年7月には、ジャカルタでASEAN-ロシア拡大外相会議が開催された。")
    notes = (f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {DOCX_NOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", notes.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))


NAV_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="{charset}"><title>ロシアとASEAN | 国際問題研究所</title>
<meta property="og:site_name" content="国際問題研究所">
<meta name="author" content="山田 花子">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2023-07-14T09:00:00+09:00",
 "headline": "ロシアとASEAN"}}</script></head>
<body><nav><ul><li><a href="/">ホーム</a></li><li><a href="/research">研究プロジェクト一覧</a></li>
<li><a href="/contact">お問い合わせ窓口</a></li></ul></nav>
<article><h1>ロシアとASEAN</h1>
<p>冷戦終結後、ロシアが深刻な国際的孤立に陥った時期が二度ある。一度目は1994年から1996年頃までの時期である。</p>
<h2>戦略的パートナーシップの背景</h2>
<p>2023年7月には、ジャカルタでASEAN-ロシア拡大外相会議が開催された。ロシアはベトナムとの関係を重視してきた。</p>
<ul><li>ミャンマーとの武器取引が続いている。</li><li>インドネシアは戦闘機の購入を見送った。</li></ul>
</article>
<footer><p>Copyright 国際問題研究所 All rights reserved. 利用規約 プライバシーポリシー</p></footer></body></html>"""


def run_documents(resources, paths, out):
    """`paths` through the whole pipeline once into `out`; every document must succeed. Returns the
    JSONL records by file name."""
    import json
    from pathlib import Path

    from pipeline.run.batch import run

    summary = run([str(p) for p in paths], out, resources.config, resources=resources, progress=False)
    assert summary.failed == []
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return {Path(d["source"]).name: d for d in docs}


def process_text(resources, text: str, name: str = "t.txt"):
    """One in-memory document through `process_document`; every entity's `text[start:end]` must be its
    surface (the evidence rule), so each caller checks it without writing it again."""
    import hashlib

    from pipeline.inputs import RawDocument
    from pipeline.run import process_document

    doc = process_document(RawDocument(name, hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    return doc


def check_gold_folder(folder) -> None:
    """A blind-annotated corpus folder (tests/data/dev, dev2, dev3): every .txt has a .gold.json, its
    `chars` is the text's length, every record is its evidence (text[start:end] within the text), and
    every claim fragment occurs once and holds its predicate."""
    import json
    from pathlib import Path

    folder = Path(folder)
    golds = sorted(folder.glob("*.gold.json"))
    assert {p.name.replace(".gold.json", ".txt") for p in golds} == {p.name for p in folder.glob("*.txt")}
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (folder / gold["file"]).read_text(encoding="utf-8")
        assert gold["chars"] == len(text), path.name
        for kind in ("entities", "dates", "quantities", "claims"):
            for r in gold[kind]:
                assert 0 <= r["start"] < r["end"] <= len(text), (path.name, kind, r)
                assert text[r["start"]:r["end"]] == r["text"], (path.name, kind, r)
        for c in gold["claims"]:
            assert text.count(c["text"]) == 1, (path.name, c["text"])
            assert any(alt in c["text"] for alt in c["predicate"].split("|")), (path.name, c)
