"""The annotated text: well-formed nesting, crossing spans cut in pieces, claims as marked pieces,
and escaping of any text. Expected HTML written by hand."""
import pytest

from pipeline.report import Span, render_text


def mark(s, e, key, label=None):
    return Span(s, e, "mark", (("id", key),), label, key)


@pytest.mark.parametrize("text, spans, claims, expected", [
    ("ロシアと日米", [mark(0, 3, "a", "COUNTRY")], [],
     '<mark id="a">ロシア<span class="lbl">COUNTRY</span></mark>と日米'),
    # 日米 is two entities on the same characters: both marks, nested, each with its label
    ("ロシアと日米", [mark(4, 6, "b", "COUNTRY"), mark(4, 6, "c", "COUNTRY")], [],
     'ロシアと<mark id="b"><mark id="c">日米<span class="lbl">COUNTRY</span></mark>'
     '<span class="lbl">COUNTRY</span></mark>'),
    # a date inside an entity nests; the label comes after the inner element closes
    ("2014年クリミア併合", [mark(0, 11, "e", "EVENT"), Span(0, 5, "span", (("class", "date"),))], [],
     '<mark id="e"><span class="date">2014年</span>クリミア併合<span class="lbl">EVENT</span></mark>'),
    # crossing spans: the second is cut, its second piece says it continues
    ("ABCDE", [Span(0, 3, "b"), Span(2, 5, "i", label="L")], [],
     '<b>AB<i>C</i></b><i data-cont="1">DE<span class="lbl">L</span></i>'),
    ("ABC", [], [(0, 2, "c1"), (1, 3, "c2")],
     '<span class="c" data-c="c1">A</span><span class="c" data-c="c1 c2">B</span><span class="c" data-c="c2">C</span>'),
    ("ア\nメリカ", [mark(0, 5, "m")], [], '<mark id="m">ア\nメリカ</mark>'),
    ('<script>alert("x")</script>&', [], [], '&lt;script&gt;alert("x")&lt;/script&gt;&amp;'),
    ("米国", [Span(0, 2, "mark", (("data-tip", 'a"<b>'),), "<C>")], [],
     '<mark data-tip="a&quot;&lt;b&gt;">米国<span class="lbl">&lt;C&gt;</span></mark>'),
    ("短い", [mark(1, 9, "out")], [], "短い"),  # a span past the end of the text is dropped, not clipped
])
def test_render_text(text, spans, claims, expected):
    assert render_text(text, spans, claims) == expected

