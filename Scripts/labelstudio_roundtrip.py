#!/usr/bin/env python3
"""The Label Studio round trip of ClipBench's gold, against a real Label Studio server.

Exports the gold (and one draft clipping with an emoji and Arabic marks) with
`clipbench export --to labelstudio --predictions gold`, starts Label Studio on 127.0.0.1 with a
throw-away data folder and a known user and token, creates a project with the generated labelling
configuration through the API, imports the tasks, submits each task's pre-annotation as an
annotation (as an annotator who accepts it would), reads the project's JSON export back through the
API, imports it with `clipbench import --from labelstudio --done`, and checks every annotation equals
the one it came from. Exits 1 with the differences on any mismatch.

With --browser CHROMIUM it also checks the unit of Label Studio's offsets in its real editor (headless,
through Playwright): a pre-annotation at code-point offsets after two emoji must highlight exactly its word,
and a word selected with the mouse must be saved at its code-point offsets and come back through
`clipbench import` as the same span.

Usage: labelstudio_roundtrip.py --clipbench BIN --label-studio BIN --port N [--timeout S] [--browser PATH]
"""
import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import yaml  # Label Studio depends on PyYAML, so its virtual environment has it

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPAN_KEYS = ("start", "end", "text")
IGNORED = {"suggested", "line", "occurrence"}


def run(command, **kwargs):
    print("$ " + " ".join(command), flush=True)
    return subprocess.run(command, check=True, **kwargs)


class LabelStudio:
    def __init__(self, binary, port, data, token):
        self.base = f"http://127.0.0.1:{port}"
        self.token = token
        self.username = "ci@clipbench.invalid"
        self.password = secrets.token_hex(12)
        environment = dict(os.environ)
        environment.update({
            "LABEL_STUDIO_USERNAME": self.username,
            "LABEL_STUDIO_PASSWORD": self.password,
            "LABEL_STUDIO_USER_TOKEN": token,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        })
        self.log = open(os.path.join(data, "label-studio.log"), "w")
        self.process = subprocess.Popen(
            [binary, "start", "--no-browser", "--internal-host", "127.0.0.1", "-p", str(port),
             "--data-dir", os.path.join(data, "ls-data")],
            env=environment, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"error: Label Studio exited with status {self.process.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(2)
        raise SystemExit(f"error: Label Studio did not answer on {self.base} within {timeout} s; see {self.log.name}")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={
            "Authorization": f"Token {self.token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                payload = response.read()
        except urllib.error.HTTPError as error:
            raise SystemExit(f"error: {method} {path}: HTTP {error.code}: {error.read()[:2000].decode('utf-8', 'replace')}")
        return json.loads(payload) if payload else None

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def comparable(annotation):
    """The facts of an annotation file, without the keys an import does not keep (marks, hints, notes, status)."""
    def clean(item):
        return {key: value for key, value in item.items() if key not in IGNORED}
    published = clean(annotation["published"])
    if published.get("evidence") is not None:
        published["evidence"] = clean(published["evidence"])
    headline = annotation["headline"]
    if isinstance(headline, dict):  # a draft's suggested headline: {value: …, suggested: true}
        headline = headline.get("value")
    return {
        "id": annotation["id"],
        "headline": headline,
        "published": published,
        "regions": [clean(item) for item in annotation["regions"]],
        "entities": [clean(item) for item in annotation["entities"]],
        "dates": [clean(item) for item in annotation["dates"]],
    }


BROWSER_TEXT = "تعليق القارئ 😀👍 ثم قال مُحَمَّد بوتين إنَّ الوفد وصل"


def check_in_the_editor(server, chromium, config, clipbench, work, problems):
    """The offsets Label Studio's own editor shows and saves, for text after two emoji (each two UTF-16 units)."""
    from playwright.sync_api import sync_playwright

    shown, selected = "مُحَمَّد", "بوتين"
    shown_start, selected_start = BROWSER_TEXT.index(shown), BROWSER_TEXT.index(selected)
    utf16 = lambda offset: len(BROWSER_TEXT[:offset].encode("utf-16-le")) // 2
    project = server.call("POST", "/api/projects", {"title": "ClipBench editor offsets", "label_config": config})
    prediction = {"id": "shown", "from_name": "entity", "to_name": "text", "type": "labels",
                  "value": {"start": shown_start, "end": shown_start + len(shown), "text": shown, "labels": ["PER"]}}
    server.call("POST", f"/api/projects/{project['id']}/import",
                [{"data": {"clipping": "editor", "text": BROWSER_TEXT}, "predictions": [{"model_version": "probe", "result": [prediction]}]}])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(server.base + "/user/login/")
        page.fill("input[name=email]", server.username)
        page.fill("input[name=password]", server.password)
        page.click("button[type=submit], input[type=submit]")
        page.wait_for_load_state("networkidle")
        task = server.call("GET", f"/api/tasks?project={project['id']}")["tasks"][0]
        page.goto(f"{server.base}/projects/{project['id']}/data?task={task['id']}")
        page.locator("button", has_text="Submit").first.wait_for(timeout=120000)
        page.wait_for_timeout(2000)
        highlighted = page.evaluate("() => Array.from(document.querySelectorAll('.htx-highlight')).map(e => e.textContent)")
        if highlighted != [shown]:
            problems.append(f"editor: the pre-annotation at code points [{shown_start}, {shown_start + len(shown)}) highlights {highlighted}, not [{shown!r}]")
        # Select «بوتين» with the mouse, as an annotator would, after choosing PER by its hotkey.
        page.keyboard.press("e")
        box = page.evaluate("""(word) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let node, found = null;
            while ((node = walker.nextNode())) if (node.textContent.includes(word)) found = node;  // the editor's, after the task list's
            if (!found) return null;
            const range = document.createRange();
            const at = found.textContent.indexOf(word);
            range.setStart(found, at); range.setEnd(found, at + word.length);
            const rect = range.getBoundingClientRect();
            return [rect.left, rect.top, rect.right, rect.bottom];
        }""", selected)
        if box is None:
            problems.append("editor: the word to select was not found on the page")
        else:
            left, top, right, bottom = box
            middle = (top + bottom) / 2
            page.mouse.move(right - 1, middle)
            page.mouse.down()
            page.mouse.move((left + right) / 2, middle, steps=5)
            page.mouse.move(left + 1, middle, steps=5)
            page.mouse.up()
            page.wait_for_timeout(1000)
            page.locator("button", has_text="Submit").first.click()
            page.wait_for_timeout(3000)
        browser.close()
    export = server.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    saved = [result["value"] for annotation in export[0]["annotations"] for result in annotation["result"] if result["value"].get("text") == selected]
    expected = {"start": selected_start, "end": selected_start + len(selected)}
    if not saved or {key: saved[0][key] for key in ("start", "end")} != expected:
        problems.append(f"editor: «{selected}» selected with the mouse was saved as {saved}; code points give {expected}, UTF-16 units {{'start': {utf16(selected_start)}}}")
        return
    dataset = os.path.join(work, "editor-dataset")
    os.makedirs(os.path.join(dataset, "seeds"))
    os.makedirs(os.path.join(dataset, "Annotations"))
    with open(os.path.join(dataset, "seeds", "editor.txt"), "w", encoding="utf-8") as handle:
        handle.write(BROWSER_TEXT)
    path = os.path.join(work, "editor-export.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(export, handle, ensure_ascii=False)
    run([clipbench, "import", "--dataset", dataset, "--from", "labelstudio", path], stdout=subprocess.DEVNULL)
    with open(os.path.join(dataset, "Annotations", "editor.yaml"), encoding="utf-8") as handle:
        entities = yaml.safe_load(handle)["entities"]
    wanted = {"start": selected_start, "end": selected_start + len(selected), "text": selected, "type": "PER"}
    if not any({key: entity.get(key) for key in wanted} == wanted for entity in entities):
        problems.append(f"editor: clipbench import gave {entities}, not {wanted}")
    else:
        print(f"Label Studio's editor: the pre-annotation after two emoji highlights «{shown}»; «{selected}» selected with the mouse "
              f"was saved at code points {selected_start}..{selected_start + len(selected)} (UTF-16 would be {utf16(selected_start)}) and imports as that span", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clipbench", required=True)
    parser.add_argument("--label-studio", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--timeout", type=int, default=300, help="seconds to wait for Label Studio to start")
    parser.add_argument("--browser", help="a Chromium binary: also check the offsets in Label Studio's editor")
    arguments = parser.parse_args()
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="clipbench-labelstudio-")
    dataset = os.path.join(work, "dataset")
    for folder in ("seeds", "Annotations"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(dataset, folder))
    # A clipping beyond the seeds: a comment with an emoji outside the BMP, then Arabic with shadda and harakat.
    extra = os.path.join(work, "extra.txt")
    with open(extra, "w", encoding="utf-8") as handle:
        handle.write("تعليق القارئ 😀👍 على الخبر\nقال مُحَمَّد إنَّ الوفدَ وصل إلى الرِّياض يوم 18 فبراير 2025.\n")
    run([arguments.clipbench, "annotate", "--dataset", dataset, extra, "--id", "900_emoji"], stdout=subprocess.DEVNULL)
    exported = os.path.join(work, "export")
    run([arguments.clipbench, "export", "--dataset", dataset, "--to", "labelstudio", "--predictions", "gold", "--include-drafts", "-o", exported])
    with open(os.path.join(exported, "tasks.json"), encoding="utf-8") as handle:
        tasks = json.load(handle)
    with open(os.path.join(exported, "config.xml"), encoding="utf-8") as handle:
        config = handle.read()

    server = LabelStudio(arguments.label_studio, arguments.port, work, secrets.token_hex(20))
    try:
        server.wait(arguments.timeout)
        ready = time.monotonic()
        print(f"Label Studio {server.call('GET', '/api/version').get('release', '?')} answered after {ready - started:.0f} s", flush=True)
        project = server.call("POST", "/api/projects", {"title": "ClipBench round trip", "label_config": config})
        server.call("POST", f"/api/projects/{project['id']}/import", tasks)
        listed = server.call("GET", f"/api/tasks?project={project['id']}&page_size=1000&fields=all")
        listed = listed["tasks"] if isinstance(listed, dict) else listed
        if len(listed) != len(tasks):
            raise SystemExit(f"error: Label Studio holds {len(listed)} tasks, {len(tasks)} were imported")
        for task in listed:
            predictions = task.get("predictions") or []
            if len(predictions) != 1:
                raise SystemExit(f"error: task {task['id']} has {len(predictions)} predictions, not 1")
            server.call("POST", f"/api/tasks/{task['id']}/annotations",
                        {"result": predictions[0]["result"], "lead_time": 42.5, "ground_truth": False})
        export = server.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
        editor_problems = []
        if arguments.browser:
            check_in_the_editor(server, arguments.browser, config, arguments.clipbench, work, editor_problems)
    finally:
        server.stop()
    export_path = os.path.join(work, "label-studio-export.json")
    with open(export_path, "w", encoding="utf-8") as handle:
        json.dump(export, handle, ensure_ascii=False, indent=1)
    imported = os.path.join(work, "imported")
    run([arguments.clipbench, "import", "--dataset", dataset, "--from", "labelstudio", export_path, "--done", "-o", imported])

    problems = list(editor_problems)
    ids = [task["data"]["clipping"] for task in tasks]
    for clipping in ids:
        with open(os.path.join(dataset, "Annotations", clipping + ".yaml"), encoding="utf-8") as handle:
            original = yaml.safe_load(handle)
        path = os.path.join(imported, clipping + ".yaml")
        if not os.path.exists(path):
            problems.append(f"{clipping}: no annotation came back")
            continue
        with open(path, encoding="utf-8") as handle:
            back = yaml.safe_load(handle)
        if comparable(back) != comparable(original):
            for key in comparable(original):
                if comparable(back)[key] != comparable(original)[key]:
                    problems.append(f"{clipping}: {key} differs:\n  gold: {json.dumps(comparable(original)[key], ensure_ascii=False)[:600]}\n  back: {json.dumps(comparable(back)[key], ensure_ascii=False)[:600]}")
        notes = back.get("notes", "")
        if not notes.startswith(original.get("notes", "") or "") or "lead time 42.5 s" not in notes or "Imported from Label Studio: task " not in notes:
            problems.append(f"{clipping}: the notes lost the original notes, the annotator or the lead time: {notes[-200:]!r}")
        if back["status"] != "done":
            problems.append(f"{clipping}: status {back['status']}, not done")
    elapsed = time.monotonic() - started
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"error: the Label Studio round trip changed {len(problems)} thing(s) (work files kept in {work})", file=sys.stderr)
        return 1
    counts = {kind: 0 for kind in ("regions", "entities", "dates")}
    for clipping in ids:
        with open(os.path.join(imported, clipping + ".yaml"), encoding="utf-8") as handle:
            back = yaml.safe_load(handle)
        for kind in counts:
            counts[kind] += len(back[kind])
    print(f"Label Studio round trip: {len(ids)} clippings ({counts['regions']} regions, {counts['entities']} entities, {counts['dates']} dates) came back equal to the gold in {elapsed:.0f} s")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
