"""The report in a real browser (headless Chromium through Selenium): what a reader sees.

Needs Debian's `chromium` and `chromium-driver` (apt-get install -y chromium chromium-driver) and
selenium (the [test] extra). Without them these tests skip, unless PIPELINE_REQUIRE_BROWSER is set
(CI sets it), where they fail. Screenshots go to out/screenshots/ (or $REPORT_SCREENSHOTS).
"""
import os
import shutil
from pathlib import Path

import pytest

from pipeline import store
from pipeline.report import build_report, page_name

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
INSTALL = "apt-get install -y chromium chromium-driver && pip install -e '.[test]'"


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing = "selenium"
    else:
        missing = "" if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists() else "chromium/chromedriver"
    if missing:
        if os.environ.get("PIPELINE_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests need {missing}: {INSTALL}")
        pytest.skip(f"browser tests need {missing}: {INSTALL}")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)  # system driver: no selenium-manager
    yield driver
    driver.quit()


def screenshot(driver, name: str) -> Path:
    folder = Path(os.environ.get("REPORT_SCREENSHOTS", ROOT / "out" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(folder / name))
    print(f"screenshot: {folder / name}")
    return folder / name


def severe_logs(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture(scope="module")
def seed_page(seed_run, tmp_path_factory):
    summary, out, doc = seed_run
    dest = tmp_path_factory.mktemp("report")
    build_report(store.connect(out / "pipeline.sqlite"), dest)
    return dest, doc


def test_seed_page_marks_every_entity_and_shows_labels_on_hover(browser, seed_page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    dest, doc = seed_page
    browser.get((dest / page_name(doc["doc_id"])).as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "#text mark.ent")
    assert len({m.get_attribute("data-id") for m in marks}) == len(doc["entities"])
    assert len(marks) == len(doc["entities"])  # the seed has no crossing spans: one element per entity
    linked = next(e for e in doc["entities"] if e["label_en"] and e["start"] > 2000 and e["type"] == "PERSON")
    mark = browser.find_element(By.CSS_SELECTOR, f'#text mark[data-id="{linked["id"]}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed() and linked["label_en"] in tip.text and linked["glossary_id"] in tip.text
    assert severe_logs(browser) == []
    screenshot(browser, "seed-hover.png")


def test_clicking_a_claim_row_scrolls_to_and_highlights_its_evidence(browser, seed_page):
    from selenium.webdriver.common.by import By

    dest, doc = seed_page
    browser.get((dest / page_name(doc["doc_id"])).as_uri())
    claim = doc["claims"][-1]  # the last claim: its evidence is far down the text, out of view at first
    row = browser.find_element(By.ID, f"claim-{claim['id']}")
    browser.execute_script("arguments[0].scrollIntoView()", row)
    row.click()
    lit = browser.find_elements(By.CSS_SELECTOR, "#text .c.hl")
    assert "".join(el.get_attribute("textContent") for el in lit) == doc["text"][claim["start"]:claim["end"]]
    box, first = (browser.execute_script("return arguments[0].getBoundingClientRect().toJSON()", el)
                  for el in (browser.find_element(By.ID, "text"), lit[0]))
    window_height = browser.execute_script("return window.innerHeight")
    assert box["top"] <= first["top"] and first["bottom"] <= box["bottom"] and 0 <= first["top"] <= window_height
    assert "active" in row.get_attribute("class")
    assert severe_logs(browser) == []
    assert screenshot(browser, "seed-document.png").stat().st_size > 10000


def test_script_in_a_document_is_shown_as_text(browser, tmp_path):
    from selenium.webdriver.common.by import By

    text = '<script>document.title = "pwned"</script><img src=x onerror="document.title=\'pwned\'">本文'
    con = store.connect(tmp_path / "p.sqlite")
    from pipeline.records import Document

    store.write_document(con, Document("e" * 64, "evil.txt", "utf-8", text), None)
    build_report(con, tmp_path / "r")
    browser.get((tmp_path / "r" / page_name("e" * 64)).as_uri())
    assert browser.find_element(By.ID, "text").text == text
    assert "pwned" not in browser.title and browser.find_elements(By.CSS_SELECTOR, "#text img") == []


def test_index_and_corpus_pages_load_without_errors(browser, seed_page):
    from selenium.webdriver.common.by import By

    dest, doc = seed_page
    browser.get((dest / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, doc["source"]).click()
    assert browser.find_elements(By.CSS_SELECTOR, "#text mark.ent")
    browser.get((dest / "corpus.html").as_uri())
    images = browser.find_elements(By.CSS_SELECTOR, "figure img")
    assert len(images) == 3 and all(browser.execute_script("return arguments[0].naturalWidth", i) > 100 for i in images)
    assert severe_logs(browser) == []
    screenshot(browser, "seed-corpus.png")


def test_a_footnote_marker_leads_to_the_notes(browser, seed_page):
    from selenium.webdriver.common.by import By

    dest, doc = seed_page
    browser.get((dest / page_name(doc["doc_id"])).as_uri())
    markers = browser.find_elements(By.CSS_SELECTOR, "#text a.fn")
    assert [m.text for m in markers] == [doc["text"][f["start"]:f["end"]] for f in doc["footnotes"]]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", markers[-1])
    markers[-1].click()
    target = "notes" if not doc["footnotes"][-1]["note"] else f"note-{doc['footnotes'][-1]['n']}"
    assert browser.execute_script("return location.hash") == f"#{target}"
    top = browser.execute_script(f"return document.getElementById('{target}').getBoundingClientRect().top")
    assert -2 <= top < browser.execute_script("return window.innerHeight")  # scrolled to it (sub-pixel)
