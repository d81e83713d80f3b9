#!/usr/bin/env python3
"""Independent checks of `clipbench export --to brat` and `--to conll`.

brat: every .ann file is read by the small standoff reader below (not ClipBench's), every text-bound
span is checked against the .txt by Python `str` slicing (code points, as brat's server slices), the
types and attribute values against annotation.conf, and the spans and notes against the gold YAML.

CoNLL: the exported gold is scored against itself and against seeded perturbed copies with seqeval
(default mode, as conlleval) and, after `clipbench import --from conll`, with `clipbench score`;
the entity F1 (and the date F1 of the date column) of the two must agree on every copy.

Usage: interchange_check.py --clipbench BIN [--copies N]
"""
import argparse
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import yaml
from seqeval.metrics import f1_score

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
ATTRIBUTE = re.compile(r"^(A\d+)\t(\S+) (T\d+) (\S+)$")
NOTE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")


def read_conf(path):
    sections, current = {}, None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                sections[current] = []
            else:
                sections[current].append(line)
    return sections


def check_brat(clipbench, work, problems):
    folder = os.path.join(work, "brat")
    subprocess.run([clipbench, "export", "--to", "brat", "-o", folder], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    conf = read_conf(os.path.join(folder, "annotation.conf"))
    types = set(conf["entities"])
    attribute_values = {}
    for line in conf["attributes"]:
        name, arguments = line.split("\t")
        values = dict(part.strip().split(":") for part in arguments.split(","))
        attribute_values[name] = set(values["Value"].split("|"))
    files = sorted(glob.glob(os.path.join(folder, "*.ann")))
    spans = 0
    for ann in files:
        clipping = os.path.basename(ann)[:-4]
        with open(ann[:-4] + ".txt", encoding="utf-8", newline="") as handle:
            text = handle.read()
        with open(os.path.join(REPO, "seeds", clipping + ".txt"), encoding="utf-8", newline="") as handle:
            if handle.read() != text:
                problems.append(f"{clipping}.txt is not the seed")
        bound, notes, attributes = {}, {}, {}
        with open(ann, encoding="utf-8", newline="") as handle:
            for number, line in enumerate(handle.read().split("\n")[:-1], 1):
                where = f"{clipping}.ann:{number}"
                if match := TEXT_BOUND.match(line):
                    identifier, kind, offsets, quoted = match.groups()
                    fragments = [tuple(map(int, part.split())) for part in offsets.split(";")]
                    if kind not in types:
                        problems.append(f"{where}: type {kind} is not in annotation.conf")
                    if " ".join(text[start:end] for start, end in fragments) != quoted:
                        problems.append(f"{where}: the text does not match the .txt at {offsets}")
                    if any("\n" in text[start:end] for start, end in fragments):
                        problems.append(f"{where}: a fragment holds a line break")
                    bound[identifier] = (kind, fragments[0][0], fragments[-1][1])
                elif match := ATTRIBUTE.match(line):
                    _, name, target, value = match.groups()
                    if value not in attribute_values.get(name, ()):
                        problems.append(f"{where}: attribute {name} {value} is not in annotation.conf")
                    attributes[target] = value
                elif match := NOTE.match(line):
                    notes.setdefault(match.group(2), []).append(match.group(3))
                else:
                    problems.append(f"{where}: not a T, A or # line: {line[:80]!r}")
        for target in list(notes) + list(attributes):
            if target not in bound:
                problems.append(f"{clipping}.ann: a note or attribute on the unknown {target}")
        spans += len(bound)
        with open(os.path.join(REPO, "Annotations", clipping + ".yaml"), encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
        read = {"regions": set(), "entities": set(), "dates": set(), "evidence": set()}
        document = None
        for identifier, (kind, start, end) in bound.items():
            own = notes.get(identifier, [])
            for note in own:
                if note.startswith("clipbench "):
                    document = json.loads(note[len("clipbench "):])
            if kind in ("headline", "metadata", "body", "boilerplate"):
                read["regions"].add((start, end, kind, attributes.get(identifier)))
            elif kind in ("PER", "ORG", "LOC", "MISC"):
                ids = [note[4:] for note in own if note.startswith("id: ")]
                read["entities"].add((start, end, kind, ids[0] if ids else None))
            elif kind == "DATE":
                values = [note[7:] for note in own if note.startswith("value: ")]
                read["dates"].add((start, end, values[0] if values else None))
            elif kind == "Published":
                read["evidence"].add((start, end))
        expected = {
            "regions": {(r["start"], r["end"], r["label"], r.get("category")) for r in gold["regions"]},
            "entities": {(e["start"], e["end"], e["type"], e.get("id")) for e in gold["entities"]},
            "dates": {(d["start"], d["end"], None if d["value"] is None else str(d["value"])) for d in gold["dates"]},
            "evidence": {(gold["published"]["evidence"]["start"], gold["published"]["evidence"]["end"])} if gold["published"].get("evidence") else set(),
        }
        for key in expected:
            if read[key] != expected[key]:
                problems.append(f"{clipping}.ann: the {key} differ from the gold: {sorted(read[key] ^ expected[key])[:5]}")
        value = gold["published"]["value"]
        if document is None or document.get("headline") != gold["headline"] or document.get("published") != (None if value is None else str(value).replace("+00:00", "Z").replace(" ", "T")) or document.get("reason") != gold["published"].get("reason"):
            problems.append(f"{clipping}.ann: the document note {document!r:.200} does not match the gold")
    print(f"brat: {len(files)} .ann files, {spans} text-bound spans read by an independent reader and matched to the gold", flush=True)


def read_conll(path):
    """Documents as (id, [sentences]); a sentence is a list of (token, date tag, entity tag)."""
    documents = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if not fields:
                if documents and documents[-1][1] and documents[-1][1][-1]:
                    documents[-1][1].append([])
                continue
            if fields[0] == "-DOCSTART-":
                documents.append((fields[1], [[]]))
                continue
            documents[-1][1][-1].append(tuple(fields))
    return [(identifier, [sentence for sentence in sentences if sentence]) for identifier, sentences in documents]


def perturb(tags, generator, types):
    """A system's tags: entities dropped, retyped, stretched, cut, and stray I- tags."""
    tags = list(tags)
    for index, tag in enumerate(tags):
        roll = generator.random()
        if tag.startswith("B-") and roll < 0.12:
            tags[index] = "O"  # the B is lost: the I- that follows starts a chunk (conlleval)
        elif tag.startswith("B-") and roll < 0.24 and len(types) > 1:
            kind = generator.choice([t for t in types if t != tag[2:]])
            tags[index] = "B-" + kind
            following = index + 1
            while following < len(tags) and tags[following] == "I-" + tag[2:]:
                tags[following] = "I-" + kind
                following += 1
        elif tag.startswith("I-") and roll < 0.15:
            tags[index] = "O"
        elif tag == "O" and roll < 0.03:
            tags[index] = generator.choice(["B-", "I-"]) + generator.choice(types)
        elif tag == "O" and index > 0 and tags[index - 1] != "O" and roll < 0.2:
            tags[index] = "I-" + tags[index - 1][2:]
    return tags


def write_conll(path, documents, entity_tags, date_tags):
    with open(path, "w", encoding="utf-8") as handle:
        for (identifier, sentences), entities, dates in zip(documents, entity_tags, date_tags):
            handle.write(f"-DOCSTART- {identifier} O\n\n")
            for sentence, sentence_entities, sentence_dates in zip(sentences, entities, dates):
                for (token, *_), entity, date in zip(sentence, sentence_entities, sentence_dates):
                    handle.write(f"{token} {date} {entity}\n")
                handle.write("\n")


def clipbench_f1(clipbench, path):
    predictions = subprocess.run([clipbench, "import", "--from", "conll", path], check=True, cwd=REPO, capture_output=True, text=True).stdout
    predictions_path = path + ".jsonl"
    with open(predictions_path, "w", encoding="utf-8") as handle:
        handle.write(predictions)
    report = json.loads(subprocess.run([clipbench, "score", predictions_path, "--format", "json"], check=True, cwd=REPO, capture_output=True, text=True).stdout)
    strict = report["metrics"]["entities"]["strict"]
    dates = report["metrics"]["dates"]["strict"]
    entity_f1 = 2 * strict["correct"] / (strict["actual"] + strict["possible"]) if strict["actual"] + strict["possible"] else 0.0
    date_f1 = 2 * dates["matches"] / (dates["gold"] + dates["predicted"]) if dates["gold"] + dates["predicted"] else 0.0
    return entity_f1, strict["f1"], date_f1, dates["f1"]


def check_conll(clipbench, work, copies, problems):
    folder = os.path.join(work, "conll")
    subprocess.run([clipbench, "export", "--to", "conll", "-o", folder], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    documents = read_conll(os.path.join(folder, "clippings.conll"))
    gold_entities = [[[token[2] for token in sentence] for sentence in sentences] for _, sentences in documents]
    gold_dates = [[[token[1] for token in sentence] for sentence in sentences] for _, sentences in documents]
    flat = lambda nested: [sentence for document in nested for sentence in document]
    types = ["PER", "ORG", "LOC", "MISC"]
    rows = []
    for copy in range(copies + 1):
        generator = random.Random(copy)
        if copy == 0:
            entities, dates = gold_entities, gold_dates
        else:
            entities = [[perturb(sentence, generator, types) for sentence in document] for document in gold_entities]
            dates = [[perturb(sentence, generator, ["DATE"]) if generator.random() < 0.5 else sentence for sentence in document] for document in gold_dates]
        path = os.path.join(folder, f"copy-{copy}.conll")
        write_conll(path, documents, entities, dates)
        seqeval_entities = f1_score(flat(gold_entities), flat(entities))
        seqeval_dates = f1_score(flat(gold_dates), flat(dates))
        entity_f1, reported_entity_f1, date_f1, reported_date_f1 = clipbench_f1(clipbench, path)
        rows.append((copy, seqeval_entities, entity_f1, seqeval_dates, date_f1))
        if abs(seqeval_entities - entity_f1) > 1e-12 or abs(reported_entity_f1 - entity_f1) > 5e-5:
            problems.append(f"CoNLL copy {copy}: entity F1 seqeval {seqeval_entities!r}, clipbench {entity_f1!r} (reported {reported_entity_f1})")
        if abs(seqeval_dates - date_f1) > 1e-12 or abs(reported_date_f1 - date_f1) > 5e-5:
            problems.append(f"CoNLL copy {copy}: date F1 seqeval {seqeval_dates!r}, clipbench {date_f1!r} (reported {reported_date_f1})")
    if rows[0][1] != 1.0 or rows[0][2] != 1.0:
        problems.append("CoNLL: the gold does not score 1.0 against itself")
    print("CoNLL: copy, entity F1 (seqeval, clipbench), date F1 (seqeval, clipbench)")
    for copy, seqeval_entities, entity_f1, seqeval_dates, date_f1 in rows:
        print(f"  {copy:2d}  {seqeval_entities:.6f} {entity_f1:.6f}   {seqeval_dates:.6f} {date_f1:.6f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clipbench", required=True)
    parser.add_argument("--copies", type=int, default=10)
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="clipbench-interchange-")
    problems = []
    try:
        check_brat(arguments.clipbench, work, problems)
        check_conll(arguments.clipbench, work, arguments.copies, problems)
    finally:
        if not problems:
            shutil.rmtree(work, ignore_errors=True)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"error: {len(problems)} interchange problem(s); files kept in {work}", file=sys.stderr)
        return 1
    print("interchange checks: 2 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
