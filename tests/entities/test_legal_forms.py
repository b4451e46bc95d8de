"""A Japanese legal form before a name (entities/legal_forms.py): a paper's byline 「(独)…研究センター」 gave (独) as
Germany and lost the centre. Each case is a sentence written for the test, run through the pipeline."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, name", [
    ("山田花子\n研究員\n(独)北極海洋研究センター\n1.はじめに\n", "北極海洋研究センター"),
    ("(一社)北方交流推進協会が報告書をまとめた。", "北方交流推進協会"),
    ("公益財団法人北方交流推進協会が報告書をまとめた。", "北方交流推進協会"),
    ("（株）ミナトリンクは新工場を建てた。", "ミナトリンク"),
])
def test_the_name_after_a_legal_form_is_an_organization(run, text, name):
    got = run(text)
    assert (name, "ORGANIZATION") in got
    assert ("独", "COUNTRY") not in got
    assert not any(t.startswith(("公益財団法人", "(", "（")) for t, _ in got)  # the form is no part of the name


def test_a_legal_form_with_no_name_after_it_makes_no_organization(run):
    # (独) before a particle names no body: nothing is made of the particle and what follows
    got = run("日本と(独)の関係は深い。")
    assert not any(typ == "ORGANIZATION" for _, typ in got)


def test_a_linked_body_after_a_legal_form_keeps_its_link_and_a_title_after_it_is_no_part(resources):
    # regression: the run after 独立行政法人 took the title too (…機構理事長) and replaced the glossary's body
    doc = process_text(resources, "独立行政法人国際協力機構理事長が答弁した。(独)北極海洋研究センター所長が同席した。")
    got = {(e.text, e.type, e.glossary_id) for e in doc.entities}
    assert ("国際協力機構", "ORGANIZATION", "org:jica") in got
    assert ("北極海洋研究センター", "ORGANIZATION", None) in got
    assert not any(t.endswith(("理事長", "所長")) for t, _, _ in got)
