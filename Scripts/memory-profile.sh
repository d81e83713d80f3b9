#!/usr/bin/env bash
# Measures the peak resident memory (GNU time's "Maximum resident set size") and the CPU and wall
# time of every command that reads all the clippings, at several dataset sizes, to show which peaks
# grow with the number of clippings. One row per command and size.
#
# Usage: Scripts/memory-profile.sh [N …]          (default: 1000 10000)
# Environment: BOOTSTRAP=100 (the resamples of score, merge and check: the replicate sums are the same
#              memory at every N), COMMANDS="gold validate extract score-json score-o partial merge check"
#              (what to measure), SKIP_BUILD=1 uses the existing release build, CLIPBENCH_BIN=PATH
#              measures that binary instead, KEEP=1 keeps the work folder.
#
# The datasets are Scripts/benchmark-cli.sh's (copies of the package's clippings under new ids);
# the predictions are `clipbench gold` of each. `partial` scores the first half of the predictions
# with --partial; `merge` merges that shard and the other half's into the JSON report of the whole.
# Needs GNU time (/usr/bin/time -v).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
bootstrap="${BOOTSTRAP:-100}"
commands=(${COMMANDS:-gold validate extract score-json score-o partial merge check})
for command in "${commands[@]}"; do
    case "$command" in gold|validate|extract|score-json|score-o|partial|merge|check) ;;
        *) echo "memory-profile: unknown command '$command' in COMMANDS" >&2; exit 64 ;; esac
done
[ -x /usr/bin/time ] || { echo "memory-profile: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

# measure COMMAND…: "wall  CPU  peak-RSS" of COMMAND under GNU time; release_binary sets `bin`.
source "$root/Scripts/measure-process.sh"
release_binary memory-profile

work="$(mktemp -d "${TMPDIR:-/tmp}/clipbench-memory.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work" >&2; fi


echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); binary: $bin; --bootstrap $bootstrap"
printf '%-8s %-14s %-10s %10s %11s\n' "N" "command" "wall" "CPU" "peak RSS"
for n in "${sizes[@]}"; do
    dataset="$work/dataset-$n"
    bash "$root/Scripts/benchmark-cli.sh" --make-dataset "$dataset" "$n"
    predictions="$work/gold-$n.jsonl"
    "$bin" gold --dataset "$dataset" > "$predictions"
    half=$(( n / 2 ))
    head -n "$half" "$predictions" > "$work/first-$n.jsonl"
    tail -n +"$(( half + 1 ))" "$predictions" > "$work/second-$n.jsonl"
    common=(--dataset "$dataset" --bootstrap "$bootstrap" --name gold)
    for command in "${commands[@]}"; do
        rm -f "$work/out"
        case "$command" in
            gold) row="$(measure "$bin" gold --dataset "$dataset")" ;;
            validate) row="$(measure "$bin" validate --dataset "$dataset")" ;;
            extract) row="$(measure "$bin" extract --dataset "$dataset")" ;;
            score-json) row="$(measure "$bin" score "$predictions" "${common[@]}" --format json)" ;;
            score-o) row="$(measure "$bin" score "$predictions" "${common[@]}" --format json -o "$work/out")" ;;
            partial) row="$(measure "$bin" score "$work/first-$n.jsonl" "${common[@]}" --partial --shard-index 0 -o "$work/out")" ;;
            merge)
                "$bin" score "$work/first-$n.jsonl" "${common[@]}" --partial --shard-index 0 -o "$work/first-$n.partial.jsonl" --force 2> /dev/null
                "$bin" score "$work/second-$n.jsonl" "${common[@]}" --partial --shard-index 1 -o "$work/second-$n.partial.jsonl" --force 2> /dev/null
                row="$(measure "$bin" merge "$work/first-$n.partial.jsonl" "$work/second-$n.partial.jsonl" --dataset "$dataset" --format json -o "$work/out")"
                # The merge must be the whole, byte for byte, at every size.
                "$bin" score "$predictions" "${common[@]}" --format json | cmp - "$work/out" \
                    || { echo "memory-profile: the merge of $n clippings differs from the whole" >&2; exit 1; }
                ;;
            check)
                "$bin" check "$predictions" "${common[@]}" --gate "$work/gate-$n.yaml" --update > /dev/null 2>&1
                row="$(measure "$bin" check "$predictions" "${common[@]}" --gate "$work/gate-$n.yaml")"
                ;;
        esac
        printf '%-8s %-14s %s\n' "$n" "$command" "$row"
    done
    rm -rf "$dataset" "$work"/*-"$n".*
done
