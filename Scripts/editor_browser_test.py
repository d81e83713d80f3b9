"""Browser tests of `clipbench serve`, run by Scripts/editor-browser-test.sh.

Each test works on a fresh copy of the package's dataset (a git repository, so `git diff` shows what
a save changed) plus one new clipping added with `clipbench annotate`, serves it with the real binary
and drives Debian's Chromium through Playwright. Offsets below are Python string indexes, which are
Unicode scalars, as in the YAML files.
"""

import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLIPBENCH = os.environ["CLIPBENCH"]
CHROMIUM = os.environ["CHROMIUM"]
SCREENSHOTS = os.environ.get("SCREENSHOTS")

# A clipping written for these tests: the headline first, a navigation line, a dateline, an emoji
# outside the BMP before a name with harakat and a shadda, a date the baseline misreads, a share line.
CLIPPING = (
    "افتتاح مكتبة عامة جديدة في مدينة تونس\n"
    "الرئيسية | أخبار | ثقافة\n"
    "نُشر في 12 مارس 2025\n"
    "📚 قال مُحَمَّد العربي، مدير المكتبة، إن المبنى الجديد يضم أكثر من عشرين ألف كتاب للأطفال والكبار.\n"
    "وأضاف أن الافتتاح الرسمي سيكون يوم 20 مارس بحضور ممثلين عن وزارة الثقافة التونسية.\n"
    "شارك المقال\n"
)
NAME = "مُحَمَّد العربي"

# A second clipping, for the --suggest test: a name with harakat and an emoji outside the BMP after it.
SUGGEST_CLIPPING = (
    "وفد من جامعة القاهرة يزور مكتبة الإسكندرية\n"
    "نُشر في 3 أبريل 2025\n"
    "قالت سُعَاد الحَسَنِي 🎓 إن الوفد سيلتقي طلاب جامعة الإسكندرية يوم 5 أبريل، ثم يعود إلى القاهرة في 7 أبريل.\n"
    "شارك المقال\n"
)


def run(command, cwd, check=True):
    return subprocess.run(command, cwd=cwd, check=check, capture_output=True, text=True)


class Dataset:
    """A temporary copy of the dataset with the new clipping, committed to a scratch git repository."""

    def __init__(self, clipping=CLIPPING):
        self.root = tempfile.mkdtemp(prefix="clipbench-editor-")
        for folder in ["seeds", "Annotations", "Schemas"]:
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(self.root, folder))
        source = os.path.join(self.root, "new-clipping.txt")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(clipping)
        added = run([CLIPBENCH, "annotate", source, "--dataset", self.root], cwd=self.root)
        os.remove(source)
        self.id = re.search(r"added (\S+):", added.stdout.lower() + added.stderr.lower()).group(1)
        self.annotation = os.path.join(self.root, "Annotations", self.id + ".yaml")
        self.registry = os.path.join(self.root, "Annotations", "entities.yaml")
        with open(self.annotation, encoding="utf-8") as handle:
            self.draft = handle.read()
        for command in (["git", "init", "-q"], ["git", "add", "-A"],
                        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "draft"]):
            run(command, cwd=self.root)

    def read(self, path):
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


class Server:
    """`clipbench serve --port 0` on the dataset; the URL it prints, with its token."""

    def __init__(self, dataset, extra=()):
        self.process = subprocess.Popen([CLIPBENCH, "serve", "--dataset", dataset.root, "--port", "0", *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        deadline = time.time() + 30
        self.url = None
        while time.time() < deadline and self.url is None:
            line = self.process.stdout.readline()
            match = re.search(r"(http://\S+)", line)
            if match:
                self.url = match.group(1)
        if self.url is None:
            raise RuntimeError("clipbench serve printed no URL")
        parsed = urllib.parse.urlparse(self.url)
        self.port = parsed.port
        self.token = urllib.parse.parse_qs(parsed.query)["token"][0]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


# Selects `text` (the `occurrence`-th time it appears in a line of the text panel) as a person would
# with the mouse; returns nothing. Offsets inside a line's text nodes are UTF-16, the DOM's own.
SELECT_JS = """([text, occurrence]) => {
  let seen = 0;
  for (const line of document.querySelectorAll('#text .line .text')) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const whole = nodes.map((n) => n.data).join('');
    let at = whole.indexOf(text);
    while (at >= 0) {
      seen++;
      if (seen === occurrence) {
        const locate = (offset) => {
          for (const node of nodes) { if (offset <= node.data.length) return [node, offset]; offset -= node.data.length; }
          const last = nodes[nodes.length - 1]; return [last, last.data.length];
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + text.length));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      at = whole.indexOf(text, at + 1);
    }
  }
  return false;
}"""


def select(page, text, occurrence=1):
    assert page.evaluate(SELECT_JS, [text, occurrence]), "not found in the page: " + text


def suggestion_count(page):
    return int(re.search(r"\((\d+)\)", page.inner_text("#suggestions h2")).group(1))


def expected_after_annotating(draft):
    """The draft as the annotator's session must leave it: only the intended lines differ."""
    name_start = CLIPPING.index(NAME)
    date_start = CLIPPING.index("20 مارس")
    text = draft.replace("status: draft ", "status: done ", 1)
    text = re.sub(r'headline: \{value: (".*"), suggested: true\}', r"headline: \1", text, count=1)
    text = text.replace("  suggested: true\n", "", 1)
    lines = []
    for line in text.splitlines(keepends=True):
        if "يوم 20 مارس" in line and "value:" in line:
            continue  # the misread date suggestion, rejected
        line = line.replace(", suggested: true}", "}")
        lines.append(line)
        if '"12 مارس 2025", value:' in line:
            lines.append('  - {start: %d, end: %d, text: "20 مارس", value: "2025-03-20"}\n' % (date_start, date_start + len("20 مارس")))
        if line.startswith("  - {") and 'text: "تونس", type: LOC' in line:
            lines.append('  - {start: %d, end: %d, text: "%s", type: PER, id: mohamed-arbi}\n' % (name_start, name_start + len(NAME), NAME))
    return "".join(lines)


def finish_and_save(page):
    """Ticks done, which must be refused while suggestions remain; accepts the rest kind by kind
    (Shift+A); ticks done again and saves."""
    page.click("#done")
    assert "Cannot set done" in page.inner_text("#message")
    assert page.is_checked("#done") is False
    for _ in range(20):
        if suggestion_count(page) == 0:
            break
        page.keyboard.press("Shift+A")
    assert suggestion_count(page) == 0
    page.click("#done")
    page.keyboard.press("Control+s")
    page.wait_for_selector("#message:has-text('Saved')")


def open_comparison(browser, server, dataset):
    """A new page on the comparison of the new clipping (serve --compare)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(server.url)
    page.click('tr[data-compare="%s"]' % dataset.id)
    page.wait_for_selector("#disagreements")
    return page


def open_clipping(page, server, dataset):
    page.goto(server.url)
    page.click('tr[data-id="%s"]' % dataset.id)
    page.wait_for_selector("#text .line")


def test_annotating_a_draft(browser):
    dataset = Dataset()
    server = Server(dataset)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(server.url)
        page.wait_for_selector('tr[data-id="%s"]' % dataset.id)
        if SCREENSHOTS:
            page.screenshot(path=os.path.join(SCREENSHOTS, "editor-list.png"))
        page.click('tr[data-id="%s"]' % dataset.id)
        page.wait_for_selector("#text .line")
        # The seed is shown exactly, one line per row, numbered.
        shown = page.evaluate("Array.from(document.querySelectorAll('#text .line .text')).map((l) => l.textContent).join('\\n')")
        assert shown == CLIPPING, "the text panel does not show the seed exactly"
        assert page.inner_text('.line[data-line="3"] .num') == "4"
        if SCREENSHOTS:
            page.screenshot(path=os.path.join(SCREENSHOTS, "editor.png"))

        # Accept the suggested headline (the first suggestion).
        assert "headline" in page.inner_text("#suggestions li.focus")
        page.keyboard.press("a")
        assert page.get_attribute("#headline", "class") != "sug"

        # Select part of the name: the selection snaps to the whole words, marks included; press P.
        select(page, "حَمَّد العرب")
        page.keyboard.press("p")
        assert page.inner_text("#selected h2") == "PER «%s»" % NAME
        # Link it to the registry through a new entry.
        page.click("#selected details summary")
        page.fill("#new-entry [name=id]", "mohamed-arbi")
        page.fill("#new-entry [name=en]", "Mohamed Arbi")
        page.click("#new-entry button[type=submit]")
        page.wait_for_function("document.getElementById('entity-id') && document.getElementById('entity-id').textContent === 'mohamed-arbi'")

        # The baseline misreads «يوم 20 مارس» as 2024: reject it, then label «20 مارس» with its value.
        page.click("#suggestions li:has-text('يوم 20 مارس')")
        page.keyboard.press("x")
        select(page, "20 مارس")
        page.keyboard.press("d")
        assert page.input_value("#date-value") == "2024-03-20", "the value is not prefilled from the baseline"
        page.fill("#date-value", "2025-03-20")
        page.keyboard.press("Enter")

        # Done is refused while suggestions remain, then every other suggestion is accepted by kind.
        finish_and_save(page)

        saved = dataset.read(dataset.annotation)
        expected = expected_after_annotating(dataset.draft)
        assert saved == expected, "the saved file differs from the intended edit:\n" + run(
            ["git", "diff", "--no-index", "--", "-", dataset.annotation], cwd=dataset.root, check=False).stdout
        # The saved file and the registry it links to (the dataset card's count of finished clippings
        # is the next step of the walkthrough, not the editor's).
        validate = run([CLIPBENCH, "validate", "--strict", "--dataset", dataset.root, dataset.annotation, dataset.registry],
                       cwd=dataset.root, check=False)
        assert validate.returncode == 0, validate.stderr
        # The registry gained the entry and lost nothing.
        numstat = run(["git", "diff", "--numstat", "--", "Annotations/entities.yaml"], cwd=dataset.root).stdout.split()
        assert numstat[:2] == ["5", "0"], numstat
        assert "- id: mohamed-arbi\n  type: PER\n  name:\n    ar: \"%s\"\n    en: \"Mohamed Arbi\"\n" % NAME in dataset.read(dataset.registry)
        # Saving again without a change writes nothing.
        before = os.stat(dataset.annotation).st_mtime_ns
        page.keyboard.press("Control+s")
        page.wait_for_selector("#message:has-text('Nothing changed')")
        assert os.stat(dataset.annotation).st_mtime_ns == before
        if SCREENSHOTS:
            page.evaluate("window.getSelection().removeAllRanges()")
            page.click("#text .ent.PER")
            page.wait_for_selector("#registry-results li")
            page.screenshot(path=os.path.join(SCREENSHOTS, "editor-done.png"))
            page.keyboard.press("?")
            page.screenshot(path=os.path.join(SCREENSHOTS, "editor-help.png"))
    finally:
        server.stop()
        dataset.remove()


def test_conflicting_edit_on_disk(browser):
    dataset = Dataset()
    server = Server(dataset)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("dialog", lambda dialog: dialog.accept())
        open_clipping(page, server, dataset)
        select(page, "المكتبة")
        page.keyboard.press("o")
        assert page.inner_text("#selected h2") == "ORG «المكتبة»", page.inner_text("#selected h2")
        elsewhere = dataset.draft + "# edited in another editor\n"
        with open(dataset.annotation, "w", encoding="utf-8") as handle:
            handle.write(elsewhere)
        page.keyboard.press("Control+s")
        page.wait_for_selector("#conflict")
        assert "changed on disk" in page.inner_text("#conflict")
        assert dataset.read(dataset.annotation) == elsewhere, "the conflicting save overwrote the file"
        # The unsaved edit is still in the page, and survives the reload offer.
        assert page.locator("#text .ent.ORG:not(.sug)").all_inner_texts() == ["المكتبة"]
        page.click("#reload")
        page.wait_for_selector("textarea")
        assert '"type": "ORG"' in page.input_value("textarea"), page.input_value("textarea")[:300]
        assert dataset.read(dataset.annotation) == elsewhere
    finally:
        server.stop()
        dataset.remove()


def test_comparing_two_annotators(browser):
    dataset = Dataset()
    review = os.path.join(dataset.root, "review")
    alice = expected_after_annotating(dataset.draft)
    bob = alice.replace('"20 مارس", value: "2025-03-20"', '"20 مارس", value: "2024-03-20"')
    for name, text in [("alice", alice), ("bob", bob)]:
        os.makedirs(os.path.join(review, name))
        with open(os.path.join(review, name, dataset.id + ".yaml"), "w", encoding="utf-8") as handle:
            handle.write(text)
    server = Server(dataset, ["--compare", review])
    try:
        page = open_comparison(browser, server, dataset)
        rows = page.locator("#disagreements tr.focus td").all_inner_texts()
        assert rows[0] == "date" and rows[2:4] == ["«20 مارس» 2025-03-20", "«20 مارس» 2024-03-20"], rows
        page.keyboard.press("Control+s")
        assert "Decide the 1 open" in page.inner_text("#message")
        page.keyboard.press("]")
        page.keyboard.press("Control+s")
        page.wait_for_selector("#message:has-text('Saved')")
        with open(os.path.join(review, "adjudicated", dataset.id + ".yaml"), encoding="utf-8") as handle:
            assert handle.read() == bob
    finally:
        server.stop()
        dataset.remove()


def compared_pair(dataset):
    """Two annotators' files of the new clipping: alice's is the finished annotation of the first test;
    bob labels the share line body, marks only «العربي» as ORG, takes «يوم 20 مارس» with the
    baseline's misread year, leaves out the headline and the publication date."""
    alice = expected_after_annotating(dataset.draft)
    surname = CLIPPING.index("العربي")
    day = CLIPPING.index("يوم 20 مارس")
    name_line = '  - {start: %d, end: %d, text: "%s", type: PER, id: mohamed-arbi}\n' % (CLIPPING.index(NAME), CLIPPING.index(NAME) + len(NAME), NAME)
    date_line = '  - {start: %d, end: %d, text: "20 مارس", value: "2025-03-20"}\n' % (day + 4, day + 4 + len("20 مارس"))
    assert name_line in alice and date_line in alice
    bob = (alice.replace(name_line, '  - {start: %d, end: %d, text: "العربي", type: ORG}\n' % (surname, surname + len("العربي")))
           .replace(date_line, '  - {start: %d, end: %d, text: "يوم 20 مارس", value: "2024-03-20"}\n' % (day, day + len("يوم 20 مارس")))
           .replace('label: boilerplate, category: share}', 'label: body}'))
    bob = re.sub(r'headline: ".*"', "headline: null", bob, count=1)
    bob = re.sub(r'published:\n  value: "2025-03-12"\n  evidence: \{[^}]*\}\n', "published:\n  value: null\n  reason: absent\n", bob, count=1)
    assert "reason: absent" in bob and "headline: null" in bob and bob.count("\n") == alice.count("\n"), "bob's file was not built as intended"
    # The registry the finished files link to (the first test adds this entry through the page).
    with open(dataset.registry, "a", encoding="utf-8") as handle:
        handle.write('- id: mohamed-arbi\n  type: PER\n  name:\n    ar: "%s"\n    en: "Mohamed Arbi"\n' % NAME)
    review = os.path.join(dataset.root, "review")
    for name, text in [("alice", alice), ("bob", bob)]:
        os.makedirs(os.path.join(review, name))
        with open(os.path.join(review, name, dataset.id + ".yaml"), "w", encoding="utf-8") as handle:
            handle.write(text)
    return review, alice, bob


def test_editing_a_disagreement_in_place(browser):
    dataset = Dataset()
    review, alice, bob = compared_pair(dataset)
    server = Server(dataset, ["--compare", review])
    try:
        page = open_comparison(browser, server, dataset)
        tasks = page.locator("#disagreements tr[data-key] td:first-child").all_inner_texts()
        assert tasks == ["region", "entity", "date", "headline", "published"], tasks

        # The region run: an edit gives it a label of its own.
        page.keyboard.press("e")
        page.select_option("#edit-label", "boilerplate")
        page.select_option("#edit-category", "other")
        page.keyboard.press("Enter")
        assert "boilerplate/other" in page.inner_text('#disagreements tr[data-key$="/1"]')

        # The entity: start from bob's «العربي» (take right, then edit), widen it to the whole name by
        # selecting part of it (it snaps to whole words, marks included) and pressing P, then link it
        # through the registry search.
        page.keyboard.press("]")
        page.keyboard.press("k")
        page.keyboard.press("e")
        assert page.inner_text("#edit").count("«العربي»") == 1
        select(page, "حَمَّد العرب")
        page.keyboard.press("p")
        page.wait_for_selector('#registry-results button[data-id="mohamed-arbi"]')
        page.click('#registry-results button[data-id="mohamed-arbi"]')
        assert page.input_value("#edit-id") == "mohamed-arbi"
        assert "«%s» PER (mohamed-arbi)" % NAME in page.inner_text('#disagreements tr[data-key$="/2"] td:last-child')
        page.click("#edit-done")

        # The date: bob's span with a value of one's own.
        page.keyboard.press("e")
        select(page, "يوم 20 مارس")
        page.keyboard.press("d")
        page.fill("#edit-value", "2025-03-20")
        page.keyboard.press("Enter")

        # Save is refused while two disagreements are open.
        page.keyboard.press("Control+s")
        assert "Decide the 2 open" in page.inner_text("#message")

        # The headline: a click on line 1's number; the publication date: alice's value, the whole
        # dateline as its evidence.
        page.keyboard.press("e")
        page.click('.line[data-line="0"] .num')
        page.keyboard.press("Enter")
        page.keyboard.press("e")
        select(page, "نُشر في 12 مارس 2025")
        page.keyboard.press("e")
        assert "«نُشر في 12 مارس 2025»" in page.inner_text("#edit")
        page.keyboard.press("Control+s")
        page.wait_for_selector("#message:has-text('Saved')")
        if SCREENSHOTS:
            page.screenshot(path=os.path.join(SCREENSHOTS, "editor-compare.png"))

        result = dataset.read(os.path.join(review, "adjudicated", dataset.id + ".yaml"))
        day = CLIPPING.index("يوم 20 مارس")
        dateline = CLIPPING.index("نُشر في")
        expected = (alice.replace('label: boilerplate, category: share}', 'label: boilerplate, category: other}')
                    .replace('text: "20 مارس", value: "2025-03-20"}', 'text: "يوم 20 مارس", value: "2025-03-20"}')
                    .replace('{start: %d, end: %d, text: "يوم' % (day + 4, day + 4 + len("20 مارس")), '{start: %d, end: %d, text: "يوم' % (day, day + len("يوم 20 مارس")))
                    .replace('evidence: {start: 71, end: 83, text: "12 مارس 2025"}',
                             'evidence: {start: %d, end: 83, text: "نُشر في 12 مارس 2025"}' % dateline))
        assert result == expected, "the adjudicated file differs from the edits:\n" + run(
            ["git", "diff", "--no-index", "--", "-", os.path.join(review, "adjudicated", dataset.id + ".yaml")], cwd=dataset.root, check=False).stdout
        validate = run([CLIPBENCH, "validate", "--strict", "--dataset", dataset.root, os.path.join(review, "adjudicated", dataset.id + ".yaml")],
                       cwd=dataset.root, check=False)
        assert validate.returncode == 0, validate.stderr
    finally:
        server.stop()
        dataset.remove()


def suggestion_items(page, source):
    return page.locator("#suggestions li.%s" % source).all_inner_texts()


def test_suggestions_from_a_prediction_file(browser):
    dataset = Dataset(SUGGEST_CLIPPING)
    text = SUGGEST_CLIPPING

    def at(quote, occurrence=1):
        start = -1
        for _ in range(occurrence):
            start = text.index(quote, start + 1)
        return {"text": quote, "start": start, "end": start + len(quote)}

    person, library, delegation = at("سُعَاد الحَسَنِي"), at("مكتبة الإسكندرية"), at("الوفد")
    day = at("5 أبريل")
    prediction = {"id": dataset.id,
                  "entities": [dict(person, type="PER"), dict(library, type="ORG"), dict(delegation, type="MISC")],
                  "dates": [dict(day, value="2025-04-05")]}
    predictions = os.path.join(dataset.root, "predictions.jsonl")
    with open(predictions, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    server = Server(dataset, ["--suggest", predictions])
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        open_clipping(page, server, dataset)
        # The file's four suggestions are listed apart from the baseline's, and marked apart in the text.
        listed = suggestion_items(page, "predictions")
        assert len(listed) == 4 and all(item.startswith("predictions") for item in listed), listed
        assert all(item.startswith("baseline") for item in suggestion_items(page, "baseline"))
        assert len(suggestion_items(page, "baseline")) == dataset.draft.count("suggested: true")
        marked = page.locator("#text .pred").all_inner_texts()
        assert "".join(marked) == "".join(x["text"] for x in sorted([person, library, delegation, day], key=lambda x: x["start"])), marked

        # One accepted by its key: the date, with the file's value (it replaces the baseline's reading).
        page.click("#suggestions li.predictions:has-text('5 أبريل')")
        page.keyboard.press("a")
        assert page.locator("#text .date:not(.sug)").all_inner_texts() == ["5 أبريل"]
        # Undo brings the suggestion back (not only the annotation); redo accepts it again.
        page.keyboard.press("Control+z")
        assert len(suggestion_items(page, "predictions")) == 4 and page.locator("#text .date:not(.sug)").count() == 0
        page.keyboard.press("Control+Shift+z")
        assert len(suggestion_items(page, "predictions")) == 3
        assert page.locator("#text .date:not(.sug)").all_inner_texts() == ["5 أبريل"]
        # One rejected: it leaves the list and the text gets no mark.
        page.click("#suggestions li.predictions:has-text('الوفد')")
        page.keyboard.press("x")
        assert not any("الوفد" in item for item in suggestion_items(page, "predictions"))
        # All of a kind: Shift+A on one entity prediction accepts both that remain.
        page.click("#suggestions li.predictions:has-text('PER')")
        page.keyboard.press("Shift+A")
        assert suggestion_items(page, "predictions") == []
        assert sorted(page.locator("#text .ent:not(.sug)").all_inner_texts()) == sorted(["سُعَاد الحَسَنِي", "مكتبة الإسكندرية"])

        # Done is refused while the baseline's suggestions remain; they are then accepted by kind.
        finish_and_save(page)

        saved = dataset.read(dataset.annotation)
        assert "suggested" not in saved and "status: done" in saved
        for item, rest in [(person, "type: PER}"), (library, "type: ORG}"), (day, 'value: "2025-04-05"}')]:
            line = '  - {start: %d, end: %d, text: "%s", %s\n' % (item["start"], item["end"], item["text"], rest)
            assert line in saved, line
        assert '"الوفد"' not in saved
        validate = run([CLIPBENCH, "validate", "--strict", "--dataset", dataset.root, dataset.annotation], cwd=dataset.root, check=False)
        assert validate.returncode == 0, validate.stderr
    finally:
        server.stop()
        dataset.remove()


def badge(page, line):
    return page.inner_text('.line[data-line="%d"] .badge' % line)


def test_every_key_of_the_editor(browser):
    """What the first test does not use: the list's filter, the help, Alt, marks kept with their letter,
    region keys, the headline by its line, the evidence, a reason for a missing date, a clickable
    diagnostic, undo and redo."""
    dataset = Dataset()
    server = Server(dataset)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        # The list's status filter: the seeds' clippings are done, the new one is the only draft.
        page.goto(server.url)
        page.wait_for_selector('tr[data-id="%s"]' % dataset.id)
        page.select_option("#filter", "draft")
        assert page.locator("tr[data-id]").evaluate_all("rows => rows.map((r) => r.dataset.id)") == [dataset.id]
        page.select_option("#filter", "done")
        done = page.locator("tr[data-id]").evaluate_all("rows => rows.map((r) => r.dataset.id)")
        assert done and dataset.id not in done, done
        page.select_option("#filter", "all")
        open_clipping(page, server, dataset)
        page.keyboard.press("?")
        assert page.is_visible("#help")
        help_text = page.inner_text("#help")
        for key in ["P / O / L / M", "B, then 1–9", "Alt", "click a line number", "Shift+A", "Ctrl+Z", "Ctrl+S", "N / E when comparing"]:
            assert key in help_text, key
        page.keyboard.press("Escape")
        assert not page.is_visible("#help")

        # Alt keeps a selection inside a word exactly; without it the selection snaps to the word.
        select(page, "مكتب")
        page.keyboard.press("Alt+m")
        assert page.inner_text("#selected h2") == "MISC «مكتب»"
        select(page, "مكتب")
        page.keyboard.press("m")
        assert page.inner_text("#selected h2") == "MISC «مكتبة»"
        assert page.locator("#text .ent.MISC").all_inner_texts() == ["مكتبة"], "the new mark did not replace the one it overlaps"
        # P O L M retype the selected mark; Delete removes it.
        page.keyboard.press("o")
        assert page.inner_text("#selected h2") == "ORG «مكتبة»"
        page.keyboard.press("Delete")
        assert page.locator("#text .ent.ORG:not(.sug)").count() == 0
        # Even with Alt, a letter keeps its harakat: «مُح» becomes «مُحَ» (the fatha after the ح comes along).
        select(page, "مُح")
        page.keyboard.press("Alt+p")
        assert page.inner_text("#selected h2") == "PER «مُحَ»"
        page.keyboard.press("Control+z")
        assert page.locator("#text .ent.PER").count() == 0
        page.keyboard.press("Control+Shift+z")
        assert page.locator("#text .ent.PER").all_inner_texts() == ["مُحَ"]
        page.keyboard.press("Delete")

        # Region keys: B then 9 (other), 2 (metadata) over a suggestion, which it accepts.
        select(page, "شارك المقال")
        page.keyboard.press("b")
        assert "press 1–9" in page.inner_text("#message")
        page.keyboard.press("9")
        assert badge(page, 5) == "boilerplate/other"
        select(page, "نُشر في 12 مارس 2025")
        page.keyboard.press("2")
        assert badge(page, 2) == "metadata"

        # The headline by a click on its line's number.
        page.click('.line[data-line="0"] .num')
        assert page.inner_text("#headline") == CLIPPING.split("\n")[0]
        assert page.get_attribute("#headline", "class") != "sug"
        assert not any(item.startswith("baseline headline") for item in suggestion_items(page, "baseline"))

        # The publication date: the whole dateline as evidence; no value needs a reason.
        select(page, "نُشر في 12 مارس 2025")
        page.keyboard.press("e")
        assert "evidence: «نُشر في 12 مارس 2025»" in page.inner_text("#side")
        page.fill("#published-value", "")
        page.keyboard.press("Enter")
        page.wait_for_selector("#published-reason")
        page.select_option("#published-reason", "relative-only")
        assert page.input_value("#published-reason") == "relative-only"

        # A diagnostic of the live validation selects its item when clicked.
        select(page, "20 مارس")
        page.keyboard.press("d")
        page.fill("#date-value", "2025-02-30")
        page.keyboard.press("Enter")
        page.evaluate("window.getSelection().removeAllRanges()")
        page.click("#text .ent.LOC")
        page.wait_for_selector("#diagnostics li.error:has-text('2025-02-30')")
        page.click("#diagnostics li.error:has-text('2025-02-30')")
        # (The text writes no year, so the value is flagged for a check.)
        assert page.inner_text("#selected h2") == "date «20 مارس» = 2025-02-30 (year not in the text)", page.inner_text("#selected h2")
    finally:
        server.stop()
        dataset.remove()


def test_refuses_foreign_host_and_missing_token(browser):
    dataset = Dataset()
    server = Server(dataset)
    try:
        for headers, status in [({"Host": "attacker.example:%d" % server.port, "X-ClipBench-Token": server.token}, 403),
                                ({"Host": "127.0.0.1:%d" % server.port}, 401),
                                ({"Host": "127.0.0.1:%d" % server.port, "X-ClipBench-Token": server.token,
                                  "Origin": "http://attacker.example"}, 403),
                                ({"Host": "127.0.0.1:%d" % server.port, "X-ClipBench-Token": server.token}, 200)]:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            connection.request("GET", "/api/clippings", headers=headers)
            response = connection.getresponse()
            response.read()
            assert response.status == status, (headers, response.status)
            connection.close()
    finally:
        server.stop()
        dataset.remove()


def main():
    started = time.time()
    passed = failed = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        for test in [test_annotating_a_draft, test_conflicting_edit_on_disk, test_comparing_two_annotators,
                     test_editing_a_disagreement_in_place, test_suggestions_from_a_prediction_file, test_every_key_of_the_editor,
                     test_refuses_foreign_host_and_missing_token]:
            began = time.time()
            try:
                test(browser)
                passed += 1
                print("ok   %s (%.1f s)" % (test.__name__, time.time() - began))
            except Exception as error:  # a failed assertion or a timeout: report it and go on
                failed += 1
                where = traceback.extract_tb(error.__traceback__)[-1]
                print("FAIL %s (line %d: %s): %s" % (test.__name__, where.lineno, where.line, error))
        browser.close()
    print("browser tests took %.1f s" % (time.time() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
