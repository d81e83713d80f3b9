#!/usr/bin/env python3
"""Scores entity predictions with nervaluate, the Python tool `clipbench score` is timed against.

Usage: python nervaluate_entities.py GOLD.jsonl PREDICTIONS.jsonl

Both files are JSON Lines in ClipBench's prediction format (`clipbench gold` writes the first);
only each line's "id" and "entities" (type, start, end in Unicode scalars) are read. Clippings are
paired by id. Prints nervaluate's overall strict and partial F1, so that the work cannot be skipped.
Scripts/benchmark-peers.sh times this whole process (start, import, reading, scoring).
"""
import json
import sys

from nervaluate import Evaluator


def entities_by_id(path):
    """Maps each clipping id to its entities as nervaluate's dict loader wants them."""
    result = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            result[record["id"]] = [
                {"label": entity["type"], "start": entity["start"], "end": entity["end"]}
                for entity in record.get("entities") or []
            ]
    return result


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(64)
    gold = entities_by_id(sys.argv[1])
    predicted = entities_by_id(sys.argv[2])
    ids = sorted(gold)
    true = [gold[clipping] for clipping in ids]
    pred = [predicted.get(clipping, []) for clipping in ids]
    tags = sorted({entity["label"] for document in true + pred for entity in document})
    results = Evaluator(true, pred, tags=tags, loader="dict").evaluate()
    overall = results["overall"]
    print(f"clippings={len(ids)} strict_f1={overall['strict'].f1:.4f} partial_f1={overall['partial'].f1:.4f}")


if __name__ == "__main__":
    main()
