#!/usr/bin/env python3
"""An independent reference for ClipBench's span matching, and the generator of its conformance fixtures.

ClipBench (Sources/ClipBench/Metrics/SpanMatching.swift) pairs gold and predicted mentions, per schema,
by a maximum-cardinality one-to-one matching of overlapping spans ([start, end) offsets, at least one
shared scalar) that, among the maximum matchings, has the most pairs the schema credits as correct.
This file computes the same counts another way, with no code in common:

- `networkx_matching`: networkx's blossom algorithm, `max_weight_matching(maxcardinality=True)` with
  weight 1 + (1 if the schema credits the pair), so among maximum-cardinality matchings it maximises
  the credited pairs;
- `brute_force_matching`: every one-to-one matching enumerated, for small cases (the tests check the
  two agree).

Only counts are compared with ClipBench, since they are fixed by the two levels above (the further
tie-breaks choose among equally good pairs and change no count).

Usage:
    python3 Scripts/reference_matching.py            # writes the fixture below
    python3 -m pytest Scripts/test_reference_matching.py

The fixture (Tests/ClipBenchTests/Fixtures/conformance/matching-overlaps.json) is committed so that
`swift test` needs no Python; regenerate it only when the cases change. It holds hand-written cases
(the ones issue 9 names) and random cases of five shapes (merged, split, nested, chained, many-overlap)
drawn from a fixed seed, each with the expected counts for every schema, overall and per type, and
date cases with strict, relaxed and value-correct counts.
"""
import argparse
import itertools
import json
import random
from pathlib import Path

import networkx as nx

FIXTURE = (Path(__file__).resolve().parent.parent / "Tests" / "ClipBenchTests" / "Fixtures" / "conformance"
           / "matching-overlaps.json")
TYPES = ["PER", "ORG", "LOC", "MISC"]
SCHEMAS = ["strict", "exact", "partial", "type"]
SEED = 20261201


def overlap(a, b):
    """Scalars shared by two [start, end) spans."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def credited(schema, gold, predicted):
    """Whether `schema` counts the overlapping pair as correct (SemEval-2013, as nervaluate)."""
    same_span = gold["start"] == predicted["start"] and gold["end"] == predicted["end"]
    same_label = gold.get("label") == predicted.get("label")
    return {"strict": same_span and same_label, "exact": same_span, "partial": same_span, "type": same_label}[schema]


def networkx_matching(gold, predicted, edge_allowed, bonus):
    """A maximum-cardinality matching with the largest total `bonus` among those, as index pairs."""
    graph = nx.Graph()
    graph.add_nodes_from(("g", i) for i in range(len(gold)))
    graph.add_nodes_from(("p", j) for j in range(len(predicted)))
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if overlap(g, p) > 0 and edge_allowed(g, p):
                graph.add_edge(("g", i), ("p", j), weight=1 + bonus(g, p))
    pairs = []
    for a, b in nx.max_weight_matching(graph, maxcardinality=True, weight="weight"):
        (ga, ia), (_, ib) = sorted([a, b])  # "g" sorts before "p"
        pairs.append((ia, ib))
    return sorted(pairs)


def brute_force_matching(gold, predicted, edge_allowed, bonus):
    """The same objective by enumerating every matching (exponential: small cases only)."""
    edges = [(i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
             if overlap(g, p) > 0 and edge_allowed(g, p)]
    best, best_key = [], (0, 0)

    def extend(start, chosen, used_gold, used_predicted):
        nonlocal best, best_key
        key = (len(chosen), sum(bonus(gold[i], predicted[j]) for i, j in chosen))
        if key > best_key:
            best, best_key = list(chosen), key
        for position in range(start, len(edges)):
            i, j = edges[position]
            if i not in used_gold and j not in used_predicted:
                chosen.append((i, j))
                extend(position + 1, chosen, used_gold | {i}, used_predicted | {j})
                chosen.pop()

    extend(0, [], frozenset(), frozenset())
    return sorted(best)


def entity_counts(gold, predicted, matcher=networkx_matching):
    """COR/INC/PAR/MIS/SPU per schema, overall and per type (each type matched on its own)."""
    def schema_counts(gold, predicted, schema):
        pairs = matcher(gold, predicted, lambda g, p: True, lambda g, p: int(credited(schema, g, p)))
        correct = sum(credited(schema, gold[i], predicted[j]) for i, j in pairs)
        others = len(pairs) - correct
        return {"correct": correct,
                "incorrect": 0 if schema == "partial" else others,
                "partial": others if schema == "partial" else 0,
                "missed": len(gold) - len(pairs),
                "spurious": len(predicted) - len(pairs)}

    result = {"overall": {schema: schema_counts(gold, predicted, schema) for schema in SCHEMAS}, "by_type": {}}
    for label in TYPES:
        gold_of_type = [g for g in gold if g["label"] == label]
        predicted_of_type = [p for p in predicted if p["label"] == label]
        if gold_of_type or predicted_of_type:
            result["by_type"][label] = {schema: schema_counts(gold_of_type, predicted_of_type, schema)
                                        for schema in SCHEMAS}
    return result


def date_counts(gold, predicted, matcher=networkx_matching):
    """TempEval-style: strict = identical spans, relaxed = overlaps (most equal values among maximum)."""
    same_span = lambda g, p: g["start"] == p["start"] and g["end"] == p["end"]
    same_value = lambda g, p: int(g["value"] == p["value"])
    strict = matcher(gold, predicted, same_span, lambda g, p: 0)
    relaxed = matcher(gold, predicted, lambda g, p: True, same_value)
    return {"strict": len(strict), "relaxed": len(relaxed),
            "value_correct": sum(same_value(gold[i], predicted[j]) for i, j in relaxed)}


# ---------------------------------------------------------------- cases

def span(label, start, end):
    return {"label": label, "start": start, "end": end}


def named_cases():
    """Hand-written cases, among them the two issue 9 names."""
    return [
        # A predicted LOC on gold LOC and a predicted ORG reaching into it from the next gold mention:
        # pairing by type first leaves the ORG without a partner under `partial`.
        ("issue 9: partial must not pair by type first", "merged",
         [span("LOC", 3097, 3102), span("PER", 3103, 3110)],
         [span("LOC", 3097, 3108), span("ORG", 3100, 3102)]),
        # Three predictions, each overlapping a different gold mention; the first overlaps the second
        # gold mention more than its own, so greedy larger-overlap-first pairs two, the maximum is three.
        ("issue 9: three predictions, three pairs", "chained",
         [span("PER", 0, 10), span("PER", 10, 20), span("PER", 20, 30)],
         [span("PER", 5, 18), span("PER", 12, 14), span("PER", 25, 28)]),
        ("one prediction merging two gold mentions", "merged",
         [span("ORG", 0, 4), span("ORG", 5, 9)], [span("ORG", 0, 9)]),
        ("two predictions splitting one gold mention", "split",
         [span("LOC", 0, 10)], [span("LOC", 0, 4), span("LOC", 5, 10)]),
        ("nested gold, nested predictions", "nested",
         [span("ORG", 0, 10), span("PER", 0, 4)], [span("ORG", 2, 10), span("PER", 0, 4)]),
        ("one long prediction over many gold mentions", "many-overlap",
         [span("PER", 0, 3), span("LOC", 4, 7), span("ORG", 8, 11), span("MISC", 12, 15)],
         [span("PER", 0, 15), span("LOC", 5, 6)]),
    ]


def random_case(rng, shape):
    """Spans of one shape over a short stretch of text, so that most of them overlap."""
    gold, predicted = [], []
    if shape == "merged":
        position = 0
        for _ in range(rng.randint(2, 5)):
            length = rng.randint(1, 6)
            gold.append(span(rng.choice(TYPES), position, position + length))
            position += length + rng.randint(0, 2)
        for _ in range(rng.randint(1, 3)):
            first, last = sorted(rng.sample(range(len(gold)), 2))
            predicted.append(span(rng.choice(TYPES), gold[first]["start"] + rng.randint(0, 1), gold[last]["end"]))
    elif shape == "split":
        position = 0
        for _ in range(rng.randint(1, 3)):
            length = rng.randint(4, 12)
            gold.append(span(rng.choice(TYPES), position, position + length))
            cut = rng.randint(position + 1, position + length - 1)
            predicted.append(span(rng.choice(TYPES), position + rng.randint(0, 1), cut))
            predicted.append(span(rng.choice(TYPES), cut, position + length + rng.randint(-1, 1)))
            position += length + rng.randint(0, 3)
    elif shape == "nested":
        for side in (gold, predicted):
            for _ in range(rng.randint(1, 3)):
                outer_start = rng.randint(0, 10)
                outer_end = outer_start + rng.randint(4, 14)
                side.append(span(rng.choice(TYPES), outer_start, outer_end))
                inner_start = rng.randint(outer_start, outer_end - 1)
                side.append(span(rng.choice(TYPES), inner_start, rng.randint(inner_start + 1, outer_end)))
    elif shape == "chained":
        position = 0
        for _ in range(rng.randint(3, 6)):
            length = rng.randint(3, 8)
            gold.append(span(rng.choice(TYPES), position, position + length))
            position += length
        for left, right in zip(gold, gold[1:]):
            if rng.random() < 0.8:
                predicted.append(span(rng.choice(TYPES), rng.randint(left["start"], left["end"] - 1),
                                      rng.randint(right["start"] + 1, right["end"])))
        if rng.random() < 0.5:
            predicted.append(dict(rng.choice(gold)))
    elif shape == "many-overlap":
        for side, count in ((gold, rng.randint(2, 6)), (predicted, rng.randint(2, 6))):
            for _ in range(count):
                start = rng.randint(0, 15)
                side.append(span(rng.choice(TYPES), start, start + rng.randint(1, 8)))
    rng.shuffle(gold)
    rng.shuffle(predicted)
    return gold, predicted


def date_case(rng):
    values = ["2025-02-18", "2025-02", "2025", None]
    gold, predicted = [], []
    for side, count in ((gold, rng.randint(0, 4)), (predicted, rng.randint(0, 4))):
        for _ in range(count):
            start = rng.randint(0, 12)
            side.append({"start": start, "end": start + rng.randint(1, 6), "value": rng.choice(values)})
    if gold and rng.random() < 0.5:
        predicted.append(dict(rng.choice(gold)))
    return gold, predicted


def fixture(per_shape=40, date_count=80):
    rng = random.Random(SEED)
    cases = [{"name": name, "shape": shape, "gold": gold, "predicted": predicted,
              "expected": entity_counts(gold, predicted)}
             for name, shape, gold, predicted in named_cases()]
    for shape in ["merged", "split", "nested", "chained", "many-overlap"]:
        for number in range(per_shape):
            gold, predicted = random_case(rng, shape)
            cases.append({"name": f"{shape} {number}", "shape": shape, "gold": gold, "predicted": predicted,
                          "expected": entity_counts(gold, predicted)})
    dates = []
    for number in range(date_count):
        gold, predicted = date_case(rng)
        dates.append({"name": f"dates {number}", "gold": gold, "predicted": predicted,
                      "expected": date_counts(gold, predicted)})
    return {
        "reference": f"Scripts/reference_matching.py (networkx {nx.__version__} max_weight_matching, "
                     f"maxcardinality=True), seed {SEED}",
        "entities": cases,
        "dates": dates,
    }


def main():
    parser = argparse.ArgumentParser(description="Writes the span-matching conformance fixture.")
    parser.add_argument("--output", type=Path, default=FIXTURE, help="where to write the fixture")
    arguments = parser.parse_args()
    data = fixture()
    # One case a line: readable in a diff, and about half the size of an indented file.
    lines = ["{", f' "reference": {json.dumps(data["reference"])},']
    for key, closing in (("entities", ","), ("dates", "")):
        rows = [json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in data[key]]
        lines += [f' "{key}": [', ",\n".join("  " + row for row in rows), f" ]{closing}"]
    arguments.output.write_text("\n".join(lines + ["}"]) + "\n", encoding="utf-8")
    print(f"wrote {arguments.output}")


if __name__ == "__main__":
    main()
