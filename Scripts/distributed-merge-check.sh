#!/usr/bin/env bash
# Scores shards of a predictions file on existing engines and checks that `clipbench merge` gives the
# report of scoring the whole file at once, byte for byte: GNU parallel (one `score --partial` job per
# shard, `{#}` as the shard index), then Dask's distributed scheduler (a LocalCluster on 127.0.0.1,
# Scripts/distributed_merge_check.py). Run from the repository root (the dataset).
# Usage: Scripts/distributed-merge-check.sh CLIPBENCH [PYTHON]
#   PYTHON: an interpreter with dask[distributed] (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
clipbench="$1"
python="${2:-python3}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The gold of four clippings as predictions, the first two with another headline: the fifth is
# missing, so merge scores it from the dataset.
"$clipbench" gold | head -n 4 | python3 -c '
import json, sys
for number, line in enumerate(sys.stdin):
    prediction = json.loads(line)
    if number < 2:
        prediction["headline"] = "عنوان آخر"
    print(json.dumps(prediction, ensure_ascii=False))
' > "$work/predictions.jsonl"
common=(--name whole --bootstrap 200 --seed 3)

for format in json markdown; do
    "$clipbench" score "$work/predictions.jsonl" --format "$format" "${common[@]}" > "$work/whole.$format"
done

echo "== GNU parallel: $(wc -l < "$work/predictions.jsonl") predictions in shards of 1 and 3"
mkdir -p "$work/parallel"
# --pipe -N splits the file into blocks of lines; {#} numbers the jobs from 1.
head -n 1 "$work/predictions.jsonl" > "$work/parallel/a.jsonl"
tail -n +2 "$work/predictions.jsonl" > "$work/parallel/b.jsonl"
parallel --halt now,fail=1 -j 2 \
    "$clipbench" score {} --partial --shard-index '{#}' -o {.}.partial.json "${common[@]}" ::: "$work/parallel/a.jsonl" "$work/parallel/b.jsonl"
# And with --pipe, as a recipe splits a large file: two lines a job.
parallel --halt now,fail=1 --pipe -N 2 -j 2 --cat \
    "$clipbench" score {} --partial --shard-index '{#}' -o "$work/parallel/pipe-{#}.partial.json" "${common[@]}" < "$work/predictions.jsonl"
for format in json markdown; do
    "$clipbench" merge "$work/parallel/b.partial.json" "$work/parallel/a.partial.json" --format "$format" | cmp - "$work/whole.$format"
    "$clipbench" merge "$work/parallel"/pipe-*.partial.json --format "$format" | cmp - "$work/whole.$format"
done
echo "parallel: merged shards equal the whole json and markdown reports, byte for byte"

echo "== Dask distributed: a LocalCluster on 127.0.0.1"
mkdir -p "$work/dask"
for format in json markdown; do
    "$python" Scripts/distributed_merge_check.py "$clipbench" "$work/predictions.jsonl" 3 "$work/dask" "$format"
done
