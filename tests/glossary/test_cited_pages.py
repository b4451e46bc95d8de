"""A row's `label_source` tells the truth about its English label: a cited English Wikipedia article is the
label's own page (its title is the label or one of its English aliases), or the row says the label is not the
page's title ("label: the body's own English name; see URL"); no two rows are one concept under one label."""
from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import unquote

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary

_CITED = re.compile(r"English Wikipedia article \((https://en\.wikipedia\.org/wiki/(\S+?))\)(?=;|$|\s)")
_URL = re.compile(r"https://en\.wikipedia\.org/wiki/[^\s;)]+(?:\([^\s;)]*\))?")


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def _title(page: str) -> str:
    return unquote(page).replace("_", " ")


@pytest.mark.parametrize("source, label, ok", [
    ("curated: English Wikipedia article (https://en.wikipedia.org/wiki/Saitama_(city))", "Saitama (city)", True),
    ("curated: English Wikipedia article (https://en.wikipedia.org/wiki/University_of_Tokyo)",
     "Institute of Social Science, University of Tokyo", False),
    ("curated: label: the body's own English name; see https://en.wikipedia.org/wiki/University_of_Tokyo",
     "Institute of Social Science, University of Tokyo", True),
])
def test_the_check_reads_a_cited_page_title(source, label, ok):
    m = _CITED.search(source)
    assert (m is None or _title(m.group(2)) == label) == ok


def test_a_cited_wikipedia_article_is_titled_with_the_label(glossary):
    bad = []
    for e in glossary.entries.values():
        m = _CITED.search(e.label_source or "")
        if m and _title(m.group(2)) not in (e.label_en, *e.aliases_en):
            bad.append((e.id, e.label_en, m.group(1)))
    assert bad == [], "write 'label: <what the label is>; see URL' when the page is not the label's own"


def test_no_two_rows_share_a_label_and_its_page(glossary):
    rows = defaultdict(list)
    for e in glossary.entries.values():
        for url in _URL.findall(e.label_source or ""):
            rows[(e.label_en, url)].append(e.id)
    assert {k: v for k, v in rows.items() if len(v) > 1} == {}
