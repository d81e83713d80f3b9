#!/usr/bin/env bash
# Times `clipbench` against the Python tools it replaces, side by side in one run on the same machine,
# and the commands the speed goals of the README ("## Speed") name. Every figure is a whole process
# (start-up, reading, scoring, writing) under GNU time: CPU time (user + system) and wall time, medians
# of RUNS runs, and the peak resident memory (the largest of the runs).
#
# Usage: Scripts/benchmark-peers.sh [PART …]       (default: scrapinghub nervaluate scale commands)
#   scrapinghub  the ScrapingHub benchmark's `python3 evaluate.py --n-bootstrap B` on its 8 outputs and on
#                32 (the 8 copied under new names) against `clipbench score --scrapinghub GT OUT… --bootstrap B`:
#                one call for all outputs when the binary takes several, else one call per output, summed
#   nervaluate   nervaluate 1.2.1 (Scripts/nervaluate_entities.py) against `clipbench score --bootstrap 0`
#                on ENTITY_CLIPPINGS synthetic clippings whose predictions hold entities only: with the gold
#                cache off (--no-cache), cold (an empty cache, filled by the run) and warm (filled before)
#   scale        `clipbench score --bootstrap B` on SCALE_CLIPPINGS clippings, every task predicted (the gold)
#   commands     `validate`, `gold` and `extract` on each of COMMAND_CLIPPINGS datasets, per clipping (`gold`
#                with the cache off and warm)
#
# Environment:
#   RUNS=3                      runs of each command (medians are reported); LARGE_RUNS=1 for `scale`
#   BOOTSTRAP=1000              resamples for `scrapinghub` and `scale`
#   ENTITY_CLIPPINGS=10000  SCALE_CLIPPINGS=50000  COMMAND_CLIPPINGS="1000 10000"  SCALE_FORMATS="table json"
#   SCRAPINGHUB=DIR             the benchmark's ground-truth.json and output/ (default: ../shared/external/
#                               article-extraction-benchmark beside the package or its worktree)
#   EVALUATE_PY=FILE            the benchmark's evaluate.py (not shipped with the data: take it from the
#                               benchmark's repository); without it the Python side of `scrapinghub` is skipped
#   NERVALUATE_PYTHON=PYTHON    a Python with nervaluate 1.2.1 (`python -m venv V && V/bin/pip install
#                               nervaluate==1.2.1`); default python3 when it imports nervaluate
#   DATASETS=DIR                keeps the synthetic datasets there and reuses them in later runs
#   SKIP_BUILD=1 uses the existing release build; CLIPBENCH_BIN=PATH times that binary instead; KEEP=1
#   keeps the work folder.
#
# Every clipbench call here uses a gold cache folder of the script's own (CLIPBENCH_CACHE_DIR in the work
# folder), never the user's ~/.cache/clipbench, so "cold" and "warm" are known states.
#
# The synthetic datasets are made by Scripts/benchmark-cli.sh --make-dataset (copies of the package's
# clippings under new ids). The machine may be shared: CPU time is the figure to compare, and the load
# average is printed with the date. Needs GNU time (/usr/bin/time) and jq.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(scrapinghub nervaluate scale commands)
runs="${RUNS:-3}"
large_runs="${LARGE_RUNS:-1}"
bootstrap="${BOOTSTRAP:-1000}"
entity_clippings="${ENTITY_CLIPPINGS:-10000}"
scale_clippings="${SCALE_CLIPPINGS:-50000}"
command_clippings=(${COMMAND_CLIPPINGS:-1000 10000})
scale_formats=(${SCALE_FORMATS:-table json})

[ -x /usr/bin/time ] || { echo "benchmark-peers: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v jq > /dev/null || { echo "benchmark-peers: needs jq" >&2; exit 1; }

if [ -n "${CLIPBENCH_BIN:-}" ]; then
    bin="$CLIPBENCH_BIN"
else
    [ -n "${SKIP_BUILD:-}" ] || (cd "$root" && swift build -c release --product clipbench >&2)
    bin="$(cd "$root" && swift build -c release --show-bin-path)/clipbench"
fi
[ -x "$bin" ] || { echo "benchmark-peers: no release binary at $bin" >&2; exit 1; }

scrapinghub="${SCRAPINGHUB:-}"
if [ -z "$scrapinghub" ]; then
    for candidate in "$root/../shared" "$root/../../shared"; do
        if [ -f "$candidate/external/article-extraction-benchmark/ground-truth.json" ]; then
            scrapinghub="$(cd "$candidate/external/article-extraction-benchmark" && pwd)"
            break
        fi
    done
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/clipbench-peers.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work" >&2; fi

export CLIPBENCH_CACHE_DIR="$work/cache"
# Whether the binary has the gold cache (older ones have no --no-cache).
has_cache=0
# (The help is read whole first: `grep -q` would close the pipe early, and pipefail would call that a failure.)
score_help="$("$bin" score --help 2>/dev/null || true)"
case "$score_help" in *--no-cache*) has_cache=1 ;; esac

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, runs: $runs"
echo "binary: $bin"

# measure LABEL COUNT RUNS COMMAND…: runs COMMAND (from the current folder, output discarded) RUNS times
# under GNU time and prints LABEL, median CPU and wall, the largest peak RSS and, when COUNT > 0, CPU
# milliseconds per item. Sets `measured_cpu` to the median CPU seconds. When `before_each` is set, that
# command runs (untimed) before each run.
before_each=""
measure() {
    local label="$1" count="$2" times="$3"; shift 3
    local log="$work/time.log" samples="$work/samples" run
    : > "$samples"
    for ((run = 0; run < times; run++)); do
        [ -z "$before_each" ] || eval "$before_each"
        if ! /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" > /dev/null 2> "$work/stderr"; then
            echo "benchmark-peers: failed: $*" >&2
            tail -5 "$work/stderr" >&2
            exit 1
        fi
        tail -1 "$log" >> "$samples"
    done
    local cpu wall rss
    cpu="$(awk '{ print $2 + $3 }' "$samples" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    wall="$(awk '{ print $1 }' "$samples" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    rss="$(awk '{ print $4 }' "$samples" | sort -n | tail -1)"
    measured_cpu="$cpu"
    local per=""
    [ "$count" -gt 0 ] && per="$(awk -v c="$cpu" -v n="$count" 'BEGIN { printf "%.3f ms", 1000 * c / n }')"
    printf '%-58s %9.2f s %9.2f s %8.1f MB %12s\n' "$label" "$cpu" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$per"
}
header() {
    echo
    echo "== $1"
    printf '%-58s %11s %11s %11s %12s\n' "command" "CPU" "wall" "peak RSS" "CPU/item"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'; }

# dataset N: the path of a synthetic dataset of N clippings, made once (in DATASETS when set, kept for
# later runs: a folder is reused only when its maker finished, as the `complete` mark says).
dataset() {
    local dir="${DATASETS:-$work}/dataset-$1"
    if [ ! -f "$dir/complete" ]; then
        rm -rf "$dir"
        bash "$root/Scripts/benchmark-cli.sh" --make-dataset "$dir" "$1"
        : > "$dir/complete"
    fi
    echo "$dir"
}

part_scrapinghub() {
    [ -n "$scrapinghub" ] || { echo "benchmark-peers: no ScrapingHub data (set SCRAPINGHUB=DIR); skipped" >&2; return; }
    local ground_truth="$scrapinghub/ground-truth.json" outputs=("$scrapinghub"/output/*.json)
    # clipbench reads the files as shipped; 32 outputs are the 8 copied under new names. evaluate.py reads
    # ground-truth.json and output/*.json from its working folder and takes only a bare id → article map,
    # so its folders hold the outputs with the `{"version": …, "output": {…}}` wrapper of some removed.
    local many="$work/scrapinghub-32" copy file count
    mkdir -p "$many"
    for copy in 1 2 3 4; do
        for file in "${outputs[@]}"; do cp "$file" "$many/$(basename "$file" .json)-$copy.json"; done
    done
    for count in 8 32; do
        mkdir -p "$work/evaluate-$count/output"
        ln -sf "$ground_truth" "$work/evaluate-$count/ground-truth.json"
    done
    for file in "${outputs[@]}"; do
        jq 'if type == "object" and has("output") and has("version") then .output else . end' "$file" \
            > "$work/evaluate-8/output/$(basename "$file")"
    done
    for copy in 1 2 3 4; do
        for file in "$work"/evaluate-8/output/*.json; do
            cp "$file" "$work/evaluate-32/output/$(basename "$file" .json)-$copy.json"
        done
    done
    local several=0
    if "$bin" score --scrapinghub "$ground_truth" "${outputs[0]}" "${outputs[1]}" --bootstrap 0 > /dev/null 2>&1; then several=1; fi
    printf '#!/usr/bin/env bash\nset -e\nbin="$1"; gt="$2"; bootstrap="$3"; shift 3\nfor output in "$@"; do "$bin" score --scrapinghub "$gt" "$output" --bootstrap "$bootstrap"; done\n' \
        > "$work/one-per-output.sh"
    header "ScrapingHub article-extraction-benchmark, $bootstrap resamples"
    if [ "$several" = 1 ]; then
        echo "(clipbench takes several outputs: one call for all of them)"
    else
        echo "(clipbench takes one output per call: one call per output, summed in one shell loop)"
    fi
    local label python_cpu clipbench_cpu these
    for count in 8 32; do
        if [ "$count" = 8 ]; then these=("${outputs[@]}"); else these=("$many"/*.json); fi
        python_cpu=""
        if [ -n "${EVALUATE_PY:-}" ]; then
            (cd "$work/evaluate-$count" && measure "python3 evaluate.py --n-bootstrap $bootstrap ($count outputs)" 0 "$runs" \
                python3 "$EVALUATE_PY" --n-bootstrap "$bootstrap") | tee "$work/row"
            python_cpu="$(awk '{ for (i = 1; i <= NF; i++) if ($i == "s") { print $(i - 1); exit } }' "$work/row")"
        else
            echo "(EVALUATE_PY not set: evaluate.py not timed)"
        fi
        if [ "$several" = 1 ]; then
            label="clipbench score --scrapinghub GT OUT×$count (one call)"
            measure "$label" 0 "$runs" "$bin" score --scrapinghub "$ground_truth" "${these[@]}" --bootstrap "$bootstrap" | tee "$work/row"
        else
            label="clipbench score --scrapinghub GT OUT, ×$count calls"
            measure "$label" 0 "$runs" bash "$work/one-per-output.sh" "$bin" "$ground_truth" "$bootstrap" "${these[@]}" | tee "$work/row"
        fi
        clipbench_cpu="$(awk '{ for (i = 1; i <= NF; i++) if ($i == "s") { print $(i - 1); exit } }' "$work/row")"
        [ -n "$python_cpu" ] && echo "  → CPU time of evaluate.py ÷ clipbench on $count outputs: $(ratio "$python_cpu" "$clipbench_cpu") (goal: at least 40×)"
    done
}

part_nervaluate() {
    local python="${NERVALUATE_PYTHON:-python3}"
    if ! "$python" -c 'import nervaluate' > /dev/null 2>&1; then
        echo "benchmark-peers: $python cannot import nervaluate (set NERVALUATE_PYTHON); skipped" >&2
        return
    fi
    local version
    version="$("$python" -c 'from importlib.metadata import version; print(version("nervaluate"))')"
    local dir
    dir="$(dataset "$entity_clippings")"
    "$bin" gold --dataset "$dir" > "$work/gold-$entity_clippings.jsonl"
    jq -c '{id, entities}' "$work/gold-$entity_clippings.jsonl" > "$work/entities-$entity_clippings.jsonl"
    header "$entity_clippings clippings, entities only (predictions = the gold's entities), no bootstrap"
    measure "nervaluate $version (Scripts/nervaluate_entities.py)" "$entity_clippings" "$runs" \
        "$python" "$root/Scripts/nervaluate_entities.py" "$work/gold-$entity_clippings.jsonl" "$work/entities-$entity_clippings.jsonl"
    local python_cpu="$measured_cpu"
    local score=("$bin" score "$work/entities-$entity_clippings.jsonl" --dataset "$dir" --bootstrap 0)
    if [ "$has_cache" = 0 ]; then
        measure "clipbench score ENTITIES --dataset DIR --bootstrap 0" "$entity_clippings" "$runs" "${score[@]}"
        echo "  → CPU time of nervaluate ÷ clipbench: $(ratio "$python_cpu" "$measured_cpu") (goal: at least 5×, aim: 20×)"
        return
    fi
    measure "clipbench score ENTITIES … --no-cache" "$entity_clippings" "$runs" "${score[@]}" --no-cache
    local off_cpu="$measured_cpu"
    # Cold: each run starts from an empty cache folder and fills it.
    before_each='rm -rf "$work/cache-cold"'
    measure "clipbench score ENTITIES … (cold: empty gold cache)" "$entity_clippings" "$runs" \
        env CLIPBENCH_CACHE_DIR="$work/cache-cold" "${score[@]}"
    before_each=""
    local cold_cpu="$measured_cpu"
    # Warm: the cache filled by one untimed run first.
    "${score[@]}" > /dev/null 2>&1
    measure "clipbench score ENTITIES … (warm gold cache)" "$entity_clippings" "$runs" "${score[@]}"
    echo "  → CPU time of nervaluate ÷ clipbench: $(ratio "$python_cpu" "$off_cpu") without the cache," \
         "$(ratio "$python_cpu" "$cold_cpu") cold, $(ratio "$python_cpu" "$measured_cpu") warm (goal: at least 5×, aim: 20×)"
}

part_scale() {
    local dir
    dir="$(dataset "$scale_clippings")"
    "$bin" gold --dataset "$dir" > "$work/gold-$scale_clippings.jsonl"
    local jobs="one core (no --jobs option)"
    case "$score_help" in *--jobs*) jobs="--jobs at its default" ;; esac
    header "$scale_clippings clippings, every task, $bootstrap resamples ($jobs; goal: < 20 s wall on 2 cores)"
    local format
    for format in "${scale_formats[@]}"; do
        measure "clipbench score GOLD --dataset DIR --bootstrap $bootstrap --format $format" "$scale_clippings" "$large_runs" \
            "$bin" score "$work/gold-$scale_clippings.jsonl" --dataset "$dir" --bootstrap "$bootstrap" --format "$format"
    done
}

part_commands() {
    local n dir
    header "validate, gold, extract per clipping (goal: < 0.5 ms a clipping, memory flat)"
    for n in "${command_clippings[@]}"; do
        dir="$(dataset "$n")"
        measure "clipbench validate --dataset DIR ($n clippings)" "$n" "$runs" "$bin" validate --dataset "$dir"
        if [ "$has_cache" = 1 ]; then
            measure "clipbench gold --dataset DIR --no-cache ($n clippings)" "$n" "$runs" "$bin" gold --dataset "$dir" --no-cache
            # Warm: validate (just above) stored every clipping it validated.
            measure "clipbench gold --dataset DIR, warm gold cache ($n clippings)" "$n" "$runs" "$bin" gold --dataset "$dir"
        else
            measure "clipbench gold --dataset DIR ($n clippings)" "$n" "$runs" "$bin" gold --dataset "$dir"
        fi
        measure "clipbench extract --dataset DIR ($n clippings)" "$n" "$runs" "$bin" extract --dataset "$dir"
    done
}

for part in "${parts[@]}"; do
    case "$part" in
        scrapinghub|nervaluate|scale|commands) "part_$part" ;;
        *) echo "benchmark-peers: unknown part '$part' (scrapinghub, nervaluate, scale, commands)" >&2; exit 64 ;;
    esac
done
