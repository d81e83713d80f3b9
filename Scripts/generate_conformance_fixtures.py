#!/usr/bin/env python3
"""Generates ClipBench's conformance fixtures: cases scored by the reference implementations.

The output (JSON under Tests/ClipBenchTests/Fixtures/conformance/) is committed, so `swift test`
needs no Python. Re-run this script only to regenerate it:

    pip install nervaluate==1.2.1
    # The ScrapingHub scorer is not redistributed here: put its evaluate.py (from
    # https://github.com/scrapinghub/article-extraction-benchmark, commit 7d95432) in a folder.
    python3 Scripts/generate_conformance_fixtures.py --scrapinghub-evaluate /path/to/folder

Three references:
- entities: nervaluate's Evaluator (loader "dict", inclusive ends) on single-document cases whose
  spans are not nested and where every mention overlaps at most one mention of the other side;
  offsets are converted to ClipBench's exclusive ends (end + 1).
- headline: SQuAD v1.1's official exact match and F1 (evaluate-v1.1.py,
  https://rajpurkar.github.io/SQuAD-explorer/), whose normalisation is restated below.
- body: the ScrapingHub article-extraction benchmark's own functions (string_shingle_matching,
  metrics_from_tp_fp_fns, get_accuracy), imported from the evaluate.py given on the command line.
"""
import argparse
import collections
import importlib.util
import json
import random
import re
import string
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "Tests" / "ClipBenchTests" / "Fixtures" / "conformance"
TYPES = ["PER", "ORG", "LOC", "MISC"]
SCHEMAS = {"strict": "strict", "exact": "exact", "partial": "partial", "ent_type": "type"}


# ---------------------------------------------------------------- entities (nervaluate)

def random_entity_case(rng):
    """Non-nested gold spans; predictions derived so that overlaps are one to one."""
    gold, predicted = [], []
    position = 0
    for _ in range(rng.randint(0, 7)):
        position += rng.randint(1, 6)
        length = rng.randint(1, 9)
        start, end = position, position + length
        position = end + 4  # room so a shifted prediction cannot reach the next mention
        label = rng.choice(TYPES)
        gold.append({"label": label, "start": start, "end": end})
        action = rng.choice(["exact", "exact", "type", "shift", "shift_type", "drop", "grow", "shrink"])
        if action == "drop":
            continue
        p_start, p_end, p_label = start, end, label
        if action in ("type", "shift_type"):
            p_label = rng.choice([t for t in TYPES if t != label])
        if action in ("shift", "shift_type"):
            delta = rng.choice([-2, -1, 1, 2])
            p_start, p_end = max(start + delta, 0), end + delta
            if p_start >= p_end:
                p_start, p_end = start, end + 1
        if action == "grow":
            p_end = end + rng.randint(1, 3)
        if action == "shrink" and length > 1:
            p_start = start + 1
        predicted.append({"label": p_label, "start": p_start, "end": p_end})
    # Spurious predictions far beyond every gold mention.
    position += 10
    for _ in range(rng.randint(0, 2)):
        start = position + rng.randint(0, 5)
        predicted.append({"label": rng.choice(TYPES), "start": start, "end": start + rng.randint(1, 5)})
        position = start + 12
    return gold, predicted


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def is_one_to_one(gold, predicted):
    for side, other in ((gold, predicted), (predicted, gold)):
        for item in side:
            if sum(1 for candidate in other if overlaps(item, candidate)) > 1:
                return False
    for side in (gold, predicted):
        for i, a in enumerate(side):
            for b in side[i + 1:]:
                if overlaps(a, b):
                    return False
    return True


def result_record(result):
    return {"correct": result.correct, "incorrect": result.incorrect, "partial": result.partial,
            "missed": result.missed, "spurious": result.spurious, "possible": result.possible,
            "actual": result.actual, "precision": result.precision, "recall": result.recall, "f1": result.f1}


def entity_cases(rng, count):
    from nervaluate import Evaluator
    cases = []
    handmade = [
        ([], []),
        ([{"label": "PER", "start": 0, "end": 5}], [{"label": "PER", "start": 0, "end": 5}]),
        ([{"label": "PER", "start": 0, "end": 5}], [{"label": "PER", "start": 5, "end": 8}]),
        ([{"label": "PER", "start": 0, "end": 5}], [{"label": "LOC", "start": 0, "end": 5}]),
        ([{"label": "PER", "start": 0, "end": 5}], [{"label": "ORG", "start": 3, "end": 9}]),
        ([{"label": "PER", "start": 0, "end": 5}, {"label": "LOC", "start": 10, "end": 14}], []),
        ([], [{"label": "MISC", "start": 2, "end": 4}]),
    ]
    while len(cases) < count:
        gold, predicted = handmade[len(cases)] if len(cases) < len(handmade) else random_entity_case(rng)
        if not is_one_to_one(gold, predicted):
            continue
        # nervaluate takes inclusive ends.
        inclusive = lambda spans: [{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in spans]
        results = Evaluator([inclusive(gold)], [inclusive(predicted)], tags=TYPES, loader="dict").evaluate()
        expected = {"overall": {ours: result_record(results["overall"][theirs]) for theirs, ours in SCHEMAS.items()},
                    "by_type": {label: {ours: result_record(results["entities"][label][theirs]) for theirs, ours in SCHEMAS.items()}
                                for label in TYPES if label in results["entities"]}}
        cases.append({"gold": gold, "predicted": predicted, "expected": expected})
    return cases


# ---------------------------------------------------------------- headline (SQuAD v1.1)

def squad_normalize(text):
    """SQuAD v1.1 normalize_answer: lower-case, drop string.punctuation, drop a/an/the, single spaces."""
    text = text.lower()
    text = "".join(character for character in text if character not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def squad_f1(prediction, ground_truth):
    predicted_tokens = squad_normalize(prediction).split()
    gold_tokens = squad_normalize(ground_truth).split()
    if not predicted_tokens or not gold_tokens:
        return float(predicted_tokens == gold_tokens)
    common = collections.Counter(predicted_tokens) & collections.Counter(gold_tokens)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(predicted_tokens), same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def squad_exact(prediction, ground_truth):
    return float(squad_normalize(prediction) == squad_normalize(ground_truth))


HEADLINE_WORDS = ["the", "a", "an", "Putin", "Xi", "meets", "in", "Moscow", "talks", "U.S.", "trade", "deal",
                  "signed", "today", "Riyadh", "summit", "(update)", "\"final\"", "rates", "rise", "3%", "$5bn",
                  "oil", "prices", "fall", "again", "-", "Gaza", "ceasefire", "holds", "Talks", "TALKS"]


def headline_cases(rng, count):
    handmade = [("", ""), ("", "Putin in Moscow"), ("Putin in Moscow", ""), ("The cat sat", "a cat sat down"),
                ("U.S. trade deal", "US trade deal!"), ("An oil deal", "the oil deal"), ("the", "a"),
                ("Talks, talks and talks", "talks talks"), ("Rates rise 3%", "rates rise 3 %")]
    cases = []
    for gold, predicted in handmade:
        cases.append({"gold": gold, "predicted": predicted,
                      "exact_match": squad_exact(predicted, gold), "f1": squad_f1(predicted, gold)})
    while len(cases) < count:
        gold_words = [rng.choice(HEADLINE_WORDS) for _ in range(rng.randint(1, 9))]
        predicted_words = [w for w in gold_words if rng.random() > 0.3] + [rng.choice(HEADLINE_WORDS) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.3:
            rng.shuffle(predicted_words)
        gold, predicted = " ".join(gold_words), " ".join(predicted_words)
        cases.append({"gold": gold, "predicted": predicted,
                      "exact_match": squad_exact(predicted, gold), "f1": squad_f1(predicted, gold)})
    return cases


# ---------------------------------------------------------------- body (ScrapingHub)

BODY_WORDS = ["Moscow", "talks", "oil", "prices", "the", "of", "and", "in", "Riyadh", "summit", "42", "2025",
              "استقبل", "الرئيس", "الروسي", "بوتين", "مُحَمَّد", "في", "موسكو", "يوم", "١٨", "فبراير", "المحادثات",
              "ستـستمر", "الغد", "وكالة", "تاس", "e-mail", "co_operation", "naïve", "Straße", "x²", "½"]
PUNCTUATION = ["", "", "", ",", ".", "!", "؟", "،", " -", " «", "» ", ":", "\n", "\n\n"]


def random_text(rng, words):
    return "".join(rng.choice(BODY_WORDS) + rng.choice(PUNCTUATION) + " " for _ in range(words)).strip()


def body_documents(rng, count):
    documents = [("", ""), ("one two three four five", ""), ("", "menu home"), ("a b", "a b"), ("a b", "a b c"),
                 ("a b c d a b c d", "a b c d"), ("مُحَمَّد", "محمد"), ("Word word", "word Word")]
    while len(documents) < count:
        gold = random_text(rng, rng.randint(0, 60))
        sentences = gold.split(" ")
        choice = rng.random()
        if choice < 0.2:
            predicted = gold
        elif choice < 0.5:
            keep = rng.randint(0, len(sentences))
            predicted = " ".join(sentences[:keep])
        elif choice < 0.8:
            predicted = random_text(rng, rng.randint(0, 15)) + "\n" + gold + "\n" + random_text(rng, rng.randint(0, 10))
        else:
            predicted = random_text(rng, rng.randint(0, 40))
        documents.append((gold, predicted))
    return documents


def body_fixture(reference, rng, count):
    documents = body_documents(rng, count)
    rows, triples, accuracies = [], [], []
    for index, (gold, predicted) in enumerate(documents):
        triple = reference.string_shingle_matching(true=gold, pred=predicted)
        accuracy = reference.get_accuracy(true=gold, pred=predicted)
        triples.append(triple)
        accuracies.append(accuracy)
        rows.append({"id": f"d{index:03d}", "gold": gold, "predicted": predicted,
                     "tp": triple[0], "fp": triple[1], "fn": triple[2], "accuracy": accuracy})
    aggregate = reference.metrics_from_tp_fp_fns(triples)
    aggregate["accuracy"] = sum(accuracies) / len(accuracies)
    return {"documents": rows, "expected": aggregate}


def compact_json(content):
    """One line per case or document, so diffs of regenerated fixtures stay readable."""
    dump = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    lines = []
    for key in sorted(content):
        value = content[key]
        if isinstance(value, list):
            lines.append(f"{dump(key)}:[\n" + ",\n".join(dump(item) for item in value) + "\n]")
        else:
            lines.append(f"{dump(key)}:{dump(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scrapinghub-evaluate", type=Path, required=True,
                        help="folder holding the ScrapingHub benchmark's evaluate.py")
    parser.add_argument("--seed", type=int, default=20251124)
    arguments = parser.parse_args()
    spec = importlib.util.spec_from_file_location("scrapinghub_evaluate", arguments.scrapinghub_evaluate / "evaluate.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    import nervaluate  # noqa: F401  (fail early when missing)
    from importlib.metadata import version

    rng = random.Random(arguments.seed)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    outputs = {
        "entities-nervaluate.json": {"reference": f"nervaluate {version('nervaluate')}", "cases": entity_cases(rng, 80)},
        "headline-squad.json": {"reference": "SQuAD v1.1 evaluate-v1.1.py (exact_match_score, f1_score)",
                                "cases": headline_cases(rng, 60)},
        "body-scrapinghub.json": {"reference": "scrapinghub/article-extraction-benchmark evaluate.py @ 7d95432",
                                  **body_fixture(reference, rng, 120)},
    }
    for name, content in outputs.items():
        path = FIXTURES / name
        temporary = path.with_suffix(".tmp")
        temporary.write_text(compact_json(content), encoding="utf-8")
        temporary.replace(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
