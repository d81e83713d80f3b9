#!/usr/bin/env bash
# Checks the project's YAML files against Schemas/ with check-jsonschema (pip install check-jsonschema),
# that the schema-level broken fixtures are rejected, and that what clipbench writes in JSON Lines matches
# its schema line by line: a partial score (`score --partial`, partial-score.schema.json) and a run log
# (`run -o FILE` → FILE.run.jsonl, run-log.schema.json).
# Usage: Scripts/check-schemas.sh [DATASET_ROOT]   (default: the repository root)
# Environment: CLIPBENCH_BIN, the clipbench binary that writes the JSON Lines files (default: the debug build's).
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
root="${1:-$repo}"
schemas="$repo/Schemas"
fixtures="$repo/Tests/ClipBenchTests/Fixtures"
command -v check-jsonschema >/dev/null || { echo "check-jsonschema is not installed: pip install check-jsonschema" >&2; exit 1; }
failed=0

check_metaschema() {
    check-jsonschema --check-metaschema "$schemas"/annotation.schema.json "$schemas"/registry.schema.json "$schemas"/dataset.schema.json \
        "$schemas"/leaderboard.schema.json "$schemas"/partial-score.schema.json "$schemas"/run-log.schema.json || failed=1
}

accept() {  # accept SCHEMA FILE…: every file must validate
    local schema="$1"; shift
    [ "$#" -gt 0 ] || return 0
    check-jsonschema --schemafile "$schemas/$schema" "$@" || failed=1
}

check_metaschema
shopt -s nullglob
annotations=()
for file in "$root"/Annotations/*.yaml; do
    case "$(basename "$file")" in entities.yaml|dataset.yaml) ;; *) annotations+=("$file") ;; esac
done
accept annotation.schema.json "${annotations[@]}" "$fixtures/valid/sample_001.yaml"
[ -f "$root/Annotations/entities.yaml" ] && accept registry.schema.json "$root/Annotations/entities.yaml"
[ -f "$root/Annotations/dataset.yaml" ] && accept dataset.schema.json "$root/Annotations/dataset.yaml"

# Broken fixtures the schema itself must reject (the others need the seed or the registry, which only
# `clipbench validate` reads; the alias bomb is left out on purpose: a YAML library would expand it).
schema_level=(unknown-key-strat duplicate-key wrong-type negative-offset bad-enum boilerplate-without-category
              category-on-body empty malformed-yaml missing-key published-value-without-evidence unsafe-id tag)
for name in "${schema_level[@]}"; do
    if check-jsonschema --schemafile "$schemas/annotation.schema.json" "$fixtures/invalid/$name.yaml" >/dev/null 2>&1; then
        echo "FAIL: the schema accepts the broken fixture $name.yaml" >&2
        failed=1
    else
        echo "ok -- rejected $name.yaml"
    fi
done

# JSON Lines, one file per line for check-jsonschema (which reads whole documents).
accept_lines() {  # accept_lines SCHEMA FILE: every line of FILE must validate
    local schema="$1" file="$2" lines
    lines="$(mktemp -d)"
    split -l 1 -a 6 -d --additional-suffix=.json "$file" "$lines/line-"
    accept "$schema" "$lines"/line-*.json
    rm -rf "$lines"
}
bin="${CLIPBENCH_BIN:-$(cd "$repo" && swift build --show-bin-path 2>/dev/null)/clipbench}"
if [ ! -x "$bin" ]; then
    echo "FAIL: no clipbench binary at $bin to write a partial score and a run log (build it, or set CLIPBENCH_BIN)" >&2
    failed=1
else
    written="$(mktemp -d)"
    # A partial score of the built-in baseline: its header, 20 replicate lines and one row per clipping.
    "$bin" score --dataset "$root" --partial --shard-index 0 --bootstrap 20 -o "$written/baseline.partial.jsonl" || failed=1
    accept_lines partial-score.schema.json "$written/baseline.partial.jsonl"
    # The order of the kinds of line, which one schema of one line cannot say.
    if ! head -n 1 "$written/baseline.partial.jsonl" | grep -q '"format":"clipbench-partial-score/2"' \
        || sed -n '2,21p' "$written/baseline.partial.jsonl" | grep -vq '^{"replicate":' \
        || tail -n +22 "$written/baseline.partial.jsonl" | grep -vq '^{"id":'; then
        echo "FAIL: the partial score's lines are not the header, 20 replicates, then rows" >&2
        failed=1
    fi
    # A run log: the baseline run as an external command over every clipping.
    CLIPBENCH_BIN="$bin" "$bin" run --dataset "$root" --command "$repo/Evaluation/extractors/baseline/baseline.sh {file}" \
        -o "$written/baseline.jsonl" 2>/dev/null || failed=1
    accept_lines run-log.schema.json "$written/baseline.jsonl.run.jsonl"
    rm -rf "$written"
fi
exit "$failed"
