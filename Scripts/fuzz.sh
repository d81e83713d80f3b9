#!/usr/bin/env bash
# Builds ClipBench's libFuzzer targets (the package in Fuzz/) and runs them, the time split evenly
# across the targets, as issue 12 asks.
#
# Usage: Scripts/fuzz.sh SECONDS [TARGET…]      (targets: FuzzJSON FuzzPredictions FuzzAnnotation
#                                                FuzzYAMLScan FuzzScrapingHub FuzzAnchor; default all)
# Environment:
#   FUZZ_WORK=DIR       where the growing corpora and logs are kept (default .build/fuzz-work); the
#                       committed seeds in Fuzz/Corpus/<target> are read, never written.
#   FUZZ_SKIP_BUILD=1   use the fuzzers already built.
#   FUZZ_JOBS=N         run N targets at once (default 1; the machine has 2 cores).
#   FUZZ_ARGS="…"       more libFuzzer options for every target (e.g. "-max_len=65536").
# A crash, a broken invariant (the target aborts), a timeout over 10 s or a run over 2 GB of memory is
# saved to Fuzz/crashes/<target>/ and makes the script exit 1, after it prints the command that
# reproduces it. Each target's figures (executions, exec/s, coverage, corpus) are printed at the end.
#
# The fuzzers are built with `swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address`:
# the flags apply to that package's own build folder (Fuzz/.build) only, never to the main package's.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
all_targets=(FuzzJSON FuzzPredictions FuzzAnnotation FuzzYAMLScan FuzzScrapingHub FuzzAnchor)

usage() { echo "usage: Scripts/fuzz.sh SECONDS [TARGET…]  (targets: ${all_targets[*]})" >&2; exit 64; }
[ $# -ge 1 ] || usage
seconds="$1"; shift
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || usage
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "fuzz.sh: unknown target '$target'" >&2; usage; }
done

# The dictionary each target uses.
dictionary() {
    case "$1" in
        FuzzJSON|FuzzScrapingHub) echo "$root/Fuzz/Dictionaries/json.dict" ;;
        FuzzPredictions) echo "$root/Fuzz/Dictionaries/prediction.dict" ;;
        *) echo "$root/Fuzz/Dictionaries/annotation.dict" ;;
    esac
}

build_flags=(--package-path "$root/Fuzz" -c release -Xswiftc -sanitize=fuzzer,address)
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
    echo "== building the fuzz targets (swift build ${build_flags[*]})"
    for target in "${targets[@]}"; do
        swift build "${build_flags[@]}" --product "$target"
    done
fi
bin="$(swift build "${build_flags[@]}" --show-bin-path)"

work="${FUZZ_WORK:-$root/.build/fuzz-work}"
per_target=$(( seconds / ${#targets[@]} ))
[ "$per_target" -ge 1 ] || per_target=1
jobs="${FUZZ_JOBS:-1}"

# A broken invariant aborts; the Swift runtime's own backtracer would only add noise to libFuzzer's report.
export SWIFT_BACKTRACE=enable=no

run_target() {
    local target="$1"
    local corpus="$work/corpus/$target" crashes="$root/Fuzz/crashes/$target" log="$work/logs/$target.log"
    mkdir -p "$corpus" "$crashes" "$work/logs"
    # shellcheck disable=SC2086
    "$bin/$target" "$corpus" "$root/Fuzz/Corpus/$target" \
        -dict="$(dictionary "$target")" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -use_value_profile=1 -print_final_stats=1 -artifact_prefix="$crashes/" \
        ${FUZZ_ARGS:-} >"$log" 2>&1
}

echo "== fuzzing ${targets[*]}: ${per_target} s each (logs and corpora in $work)"
failed=()
running=0
pids=()
names=()
for target in "${targets[@]}"; do
    run_target "$target" &
    pids+=($!); names+=("$target")
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

status=0
printf '%-16s %8s %12s %8s %7s %7s %8s %s\n' target seconds executions exec/s cov ft corpus crashes
for target in "${targets[@]}"; do
    log="$work/logs/$target.log"
    crashes="$root/Fuzz/crashes/$target"
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    progress=$(grep -E '^#[0-9]+' "$log" | grep -E ' cov: ' | tail -1 || true)
    cov=$(sed -E -n 's/.* cov: ([0-9]+).*/\1/p' <<<"$progress")
    ft=$(sed -E -n 's/.* ft: ([0-9]+).*/\1/p' <<<"$progress")
    corpus=$(find "$work/corpus/$target" -type f | wc -l)
    artifacts=$(grep -E -o "Test unit written to [^ ]+" "$log" | sed 's/Test unit written to //' || true)
    count=$(grep -c . <<<"$artifacts" || true)
    printf '%-16s %8s %12s %8s %7s %7s %8s %s\n' "$target" "$per_target" "${executions:-?}" "${rate:-?}" \
        "${cov:-?}" "${ft:-?}" "$corpus" "$count"
    if [ "$count" -gt 0 ] || ! grep -q '^stat::number_of_executed_units' "$log"; then
        status=1
        failed+=("$target")
    fi
done

for target in "${failed[@]+"${failed[@]}"}"; do
    log="$work/logs/$target.log"
    echo
    echo "== $target failed (log: $log)"
    grep -E "fuzz invariant broken|Fatal error|ERROR: (libFuzzer|AddressSanitizer)|SUMMARY" "$log" | head -5 || true
    while read -r artifact; do
        [ -n "$artifact" ] || continue
        echo "reproduce: $bin/$target $artifact"
        echo "minimise:  $bin/$target -minimize_crash=1 -runs=100000 -exact_artifact_path=$artifact.min $artifact"
    done < <(grep -E -o "Test unit written to [^ ]+" "$log" | sed 's/Test unit written to //')
done
exit "$status"
