#!/usr/bin/env bash
# The throughput of ClipBench's one JSON parser (`JSONParser`, issue 9: "JSON parsing at hundreds of MB/s")
# beside Python's `json` module (its C accelerator), on the same bytes, in one run on this machine:
#   - the ScrapingHub benchmark's ground-truth.json (one 0.9 MB document), when ../shared has it;
#   - a JSON Lines file of predictions: `clipbench gold` of this package's clippings (every task, Arabic
#     text with harakat) repeated until it is about MEGABYTES MB (default 50), parsed line by line.
# Each file is read into memory first; only parsing is timed, best of REPEAT runs (default 5).
#
# Usage: Scripts/benchmark-json.sh          SKIP_BUILD=1 uses the existing release build.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
megabytes="${MEGABYTES:-50}"
repeats="${REPEAT:-5}"
[ -n "${SKIP_BUILD:-}" ] || (cd "$root" && swift build -c release --product clipbench-benchmark >&2 && swift build -c release --product clipbench >&2)
bin="$(cd "$root" && swift build -c release --show-bin-path)"

work="$(mktemp -d "${TMPDIR:-/tmp}/clipbench-json.XXXXXX")"
trap 'rm -rf "$work"' EXIT

(cd "$root" && "$bin/clipbench" gold) > "$work/gold.jsonl"
python3 - "$work/gold.jsonl" "$work/predictions.jsonl" "$megabytes" <<'PYTHON'
import sys
source, target, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
lines = open(source, "rb").read().splitlines(keepends=True)
size, written = 0, []
while size < megabytes * 1e6:
    for line in lines:
        written.append(line)
        size += len(line)
open(target, "wb").write(b"".join(written))
PYTHON

files=("$work/predictions.jsonl")
modes=(--lines)
for candidate in "$root/../shared" "$root/../../shared"; do
    if [ -f "$candidate/external/article-extraction-benchmark/ground-truth.json" ]; then
        files+=("$candidate/external/article-extraction-benchmark/ground-truth.json"); modes+=("")
        break
    fi
done

python_json() {
    python3 - "$1" "$2" "$repeats" <<'PYTHON'
import json, sys, time
path, mode, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(path, "rb").read()
documents = data.split(b"\n") if mode == "--lines" else [data]
documents = [d for d in documents if d.strip()]
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    for document in documents:
        json.loads(document)
    best = min(best, time.perf_counter() - start)
size = len(data) / 1e6
print(f"{path}: {size:.1f} MB, {len(documents)} documents, best of {repeats}: {best * 1000:.1f} ms, {size / best:.0f} MB/s")
PYTHON
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for index in "${!files[@]}"; do
    file="${files[$index]}"; mode="${modes[$index]}"
    echo "== $(basename "$file") ${mode:+(line by line)}"
    printf 'clipbench JSONParser: '; "$bin/clipbench-benchmark" json ${mode:+"$mode"} --repeat "$repeats" "$file" | sed "s|^$work/||"
    printf 'python3 json (%s): ' "$(python3 -c 'import sys; print(sys.version.split()[0])')"; python_json "$file" "$mode" | sed "s|^$work/||"
done
