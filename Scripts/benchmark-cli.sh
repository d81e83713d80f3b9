#!/usr/bin/env bash
# Times `clipbench score` (and `gold`, `score -o FILE`, `run -o FILE`) end to end on synthetic datasets
# of N clippings and prints the wall time (and CPU time) and peak resident memory of each run.
#
# Usage: Scripts/benchmark-cli.sh [N …]            (default: 1000 10000 20000)
#        Scripts/benchmark-cli.sh --make-dataset DIR N   (only makes the dataset of N clippings in DIR)
# Environment: FORMATS="table json" (formats to time), BOOTSTRAP=1000, KEEP=1 keeps the work folder,
#              MODES="score" (what to time for each N: score prints the report on standard output,
#              score-o writes it with -o FILE, gold times `clipbench gold`),
#              RUN_OUTPUT=MB: first time `clipbench run -o FILE` over RUN_CLIPPINGS (50) clippings with a
#              fake extractor printing a prediction of MB megabytes each (the memory of run's spool),
#              SKIP_BUILD=1 uses the existing release build, CLIPBENCH_BIN=PATH times that binary instead,
#              PREDICTIONS=gold (default) or names: the gold without the entities' registry ids, so that
#              `score` resolves every predicted entity by its name through the registry,
#              STARTUP=R: first time R runs of `score --scrapinghub` on a one-article file (what every
#              process pays: start, argument parsing, the scalar classes) and print their median CPU
#              time and, when valgrind is installed, the instructions of one run (of a stripped copy,
#              as valgrind cannot read the Swift debug info); sizes may then be left out with `--`.
#
# Each dataset is a folder with seeds/ and Annotations/ holding copies of the package's clippings
# under new ids (`b<index>_<original id>`, the id inside each YAML rewritten to match the file
# name), plus the entity registry and the dataset card. Predictions are `clipbench gold`, so every
# metric is 1.0. Needs GNU time (/usr/bin/time -v).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# `--make-dataset DIR N` only makes the synthetic dataset (Scripts/benchmark-peers.sh uses it) and exits.
make_only=""
if [ "${1:-}" = "--make-dataset" ]; then
    [ $# -eq 3 ] || { echo "usage: Scripts/benchmark-cli.sh --make-dataset DIR N" >&2; exit 64; }
    make_only="$2"; make_count="$3"; set --
fi
sizes=("$@")
if [ "${sizes[0]:-}" = "--" ]; then sizes=(); elif [ ${#sizes[@]} -eq 0 ]; then sizes=(1000 10000 20000); fi
predictions="${PREDICTIONS:-gold}"
case "$predictions" in gold|names) ;; *) echo "benchmark-cli: PREDICTIONS is gold or names" >&2; exit 64 ;; esac
formats=(${FORMATS:-table json})
modes=(${MODES:-score})
for mode in "${modes[@]}"; do
    case "$mode" in score|score-o|gold) ;; *) echo "benchmark-cli: MODES holds score, score-o and gold" >&2; exit 64 ;; esac
done
bootstrap="${BOOTSTRAP:-1000}"

[ -n "$make_only" ] || [ -x /usr/bin/time ] || { echo "benchmark-cli: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

if [ -n "$make_only" ]; then
    bin=""
elif [ -n "${CLIPBENCH_BIN:-}" ]; then
    bin="$CLIPBENCH_BIN"
else
    [ -n "${SKIP_BUILD:-}" ] || (cd "$root" && swift build -c release --product clipbench >&2)
    bin="$(cd "$root" && swift build -c release --show-bin-path)/clipbench"
fi
[ -n "$make_only" ] || [ -x "$bin" ] || { echo "benchmark-cli: no release binary at $bin" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/clipbench-bench.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work" >&2; fi

originals=()
for file in "$root"/Annotations/*.yaml; do
    id="$(basename "$file" .yaml)"
    [ -f "$root/seeds/$id.txt" ] && originals+=("$id")
done
[ ${#originals[@]} -gt 0 ] || { echo "benchmark-cli: no clippings in $root" >&2; exit 1; }

# Makes DIR with N clippings: copy i is original (i mod count) under the id b<i>_<original id>.
# Files are written with shell built-ins (no process per file), byte for byte.
declare -A seed_text annotation_text
for original in "${originals[@]}"; do
    IFS= read -r -d '' seed_text[$original] < "$root/seeds/$original.txt" || true
    IFS= read -r -d '' annotation_text[$original] < "$root/Annotations/$original.yaml" || true
done
make_dataset() {
    local dir="$1" n="$2" i original id text
    mkdir -p "$dir/seeds" "$dir/Annotations"
    cp "$root/Annotations/entities.yaml" "$dir/Annotations/"
    [ -f "$root/Annotations/dataset.yaml" ] && cp "$root/Annotations/dataset.yaml" "$dir/Annotations/"
    for ((i = 0; i < n; i++)); do
        original="${originals[$((i % ${#originals[@]}))]}"
        printf -v id 'b%06d_%s' "$i" "$original"
        printf '%s' "${seed_text[$original]}" > "$dir/seeds/$id.txt"
        text="${annotation_text[$original]}"
        printf '%s' "${text/$'\n'id: $original$'\n'/$'\n'id: $id$'\n'}" > "$dir/Annotations/$id.yaml"
    done
}

if [ -n "$make_only" ]; then
    make_dataset "$make_only" "$make_count"
    exit 0
fi

# measure COMMAND…: "wall  CPU  peak-RSS" of COMMAND under GNU time.
source "$root/Scripts/measure-process.sh"

if [ -n "${STARTUP:-}" ]; then
    # One article (the first clipping's text) as both the ground truth and the output.
    first="${originals[0]}"
    printf '%s' "${seed_text[$first]}" | python3 -c 'import json, sys; print(json.dumps({"a": {"articleBody": sys.stdin.read()}}))' \
        > "$work/ground-truth.json"
    cp "$work/ground-truth.json" "$work/output.json"
    startup=("$bin" score --scrapinghub "$work/ground-truth.json" "$work/output.json" --bootstrap "$bootstrap")
    for ((run = 0; run < STARTUP; run++)); do
        /usr/bin/time -f '%U %S' -o "$work/startup.log" "${startup[@]}" > /dev/null
        awk '{ printf "%.3f\n", $1 + $2 }' "$work/startup.log"
    done | sort -n > "$work/startup-times"
    median="$(awk '{ value[NR] = $1 } END { print value[int((NR + 1) / 2)] }' "$work/startup-times")"
    instructions="(valgrind not installed)"
    if command -v valgrind > /dev/null && strip -o "$work/clipbench-stripped" "$bin" 2> /dev/null; then
        stripped=("$work/clipbench-stripped" "${startup[@]:1}")
        instructions="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "${stripped[@]}" 2>&1 > /dev/null \
            | sed -n 's/.*Collected : //p') instructions"
    fi
    echo "startup: median CPU ${median} s of $STARTUP runs, $instructions"
    echo "command: clipbench score --scrapinghub GT OUT --bootstrap $bootstrap (one article)"
fi
if [ -n "${RUN_OUTPUT:-}" ]; then
    count="${RUN_CLIPPINGS:-50}"
    dataset="$work/dataset-run"
    make_dataset "$dataset" "$count"
    # The extractor prints one valid prediction whose headline is RUN_OUTPUT megabytes of text.
    cat > "$work/large-extractor.py" <<'PYTHON'
import json, sys
size = int(float(sys.argv[1]) * 1_000_000)
sys.stdout.write(json.dumps({"headline": "x" * size}))
PYTHON
    printf '%-8s %-8s %-10s %10s %11s\n' "N" "run -o" "wall" "CPU" "peak RSS"
    printf '%-8s %-8s %s\n' "$count" "${RUN_OUTPUT} MB" \
        "$(measure "$bin" run --dataset "$dataset" --timeout 600 --max-output $((32 << 20)) \
            --command "python3 $work/large-extractor.py $RUN_OUTPUT # {file}" -o "$work/run-output.jsonl")"
    echo "output: $(du -m "$work/run-output.jsonl" | cut -f1) MB; command: clipbench run --command 'EXTRACTOR {file}' -o FILE ($(nproc) jobs)"
    rm -rf "$dataset" "$work/run-output.jsonl"
fi
[ ${#sizes[@]} -eq 0 ] && exit 0

printf '%-8s %-8s %-10s %10s %11s\n' "N" "format" "wall" "CPU" "peak RSS"
for n in "${sizes[@]}"; do
    dataset="$work/dataset-$n"
    make_dataset "$dataset" "$n"
    if [ "$predictions" = names ]; then
        "$bin" gold --dataset "$dataset" | jq -c '.entities |= map(del(.id))' > "$work/gold-$n.jsonl"
    else
        "$bin" gold --dataset "$dataset" > "$work/gold-$n.jsonl"
    fi
    for mode in "${modes[@]}"; do
        case "$mode" in
        score)
            for format in "${formats[@]}"; do
                printf '%-8s %-8s %s\n' "$n" "$format" \
                    "$(measure "$bin" score "$work/gold-$n.jsonl" --dataset "$dataset" --bootstrap "$bootstrap" --format "$format")"
            done ;;
        score-o)
            for format in "${formats[@]}"; do
                printf '%-8s %-8s %s\n' "$n" "$format -o" \
                    "$(measure "$bin" score "$work/gold-$n.jsonl" --dataset "$dataset" --bootstrap "$bootstrap" --format "$format" -o "$work/report-$n")"
                rm -f "$work/report-$n"
            done ;;
        gold)
            printf '%-8s %-8s %s\n' "$n" "gold" "$(measure "$bin" gold --dataset "$dataset")" ;;
        esac
    done
    rm -rf "$dataset" "$work/gold-$n.jsonl"
done
echo "command: clipbench score PREDICTIONS --dataset DIR --bootstrap $bootstrap --format FORMAT [-o FILE], clipbench gold --dataset DIR (predictions: $predictions, release build, $(nproc) cores)"
