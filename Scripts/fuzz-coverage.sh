#!/usr/bin/env bash
# The line coverage the fuzz corpora reach: builds the fuzz targets a second time with coverage
# instrumentation (in their own scratch folder, Fuzz/.build-coverage, without the address
# sanitizer), runs each target once over its corpus (the committed seeds in Fuzz/Corpus/<target>
# and the corpus grown by Scripts/fuzz.sh in FUZZ_WORK), and prints llvm-cov's line coverage of the
# library files the target is there to exercise, then of all of ClipBench's sources it links.
#
# Usage: Scripts/fuzz-coverage.sh [TARGET…]      (default: every target)
# Environment:
#   FUZZ_WORK=DIR   where Scripts/fuzz.sh kept the grown corpora (default .build/fuzz-work)
#   FUZZ_SKIP_BUILD=1   use the coverage builds already in Fuzz/.build-coverage
#   LLVM_COV, LLVM_PROFDATA   the tools (default: the ones beside `swift`, whose profile format matches)
# Nothing is fuzzed here (libFuzzer's -runs=0 only replays the corpus), so the figures are those of the
# corpus as it stands: run Scripts/fuzz.sh first for a long run's coverage.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
all_targets=(FuzzJSON FuzzPredictions FuzzAnnotation FuzzYAMLScan FuzzScrapingHub FuzzAnchor)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "fuzz-coverage.sh: unknown target '$target'" >&2; exit 64; }
done

toolchain="$(dirname "$(readlink -f "$(command -v swift)")")"
llvm_cov="${LLVM_COV:-$toolchain/llvm-cov}"
llvm_profdata="${LLVM_PROFDATA:-$toolchain/llvm-profdata}"
[ -x "$llvm_cov" ] || llvm_cov="$(command -v llvm-cov)"
[ -x "$llvm_profdata" ] || llvm_profdata="$(command -v llvm-profdata)"

# The library files each target is written for (a regular expression on their paths).
files_under_test() {
    case "$1" in
        FuzzJSON) echo 'Sources/ClipBenchCore/JSON/' ;;
        FuzzPredictions) echo 'Sources/ClipBenchEvaluation/Predictions/|Sources/ClipBenchCore/JSON/' ;;
        FuzzAnnotation) echo 'Sources/ClipBenchDataset/(Loading/AnnotationLoader|Validation/AnnotationValidator|YAML/)' ;;
        FuzzYAMLScan) echo 'Sources/ClipBenchDataset/YAML/(YAMLPropertyScanner|YAMLTopLevelScanner|YAMLReader)' ;;
        FuzzScrapingHub) echo 'ScrapingHub' ;;
        FuzzAnchor) echo 'Sources/ClipBenchDataset/Anchoring/' ;;
    esac
}

scratch="$root/Fuzz/.build-coverage"
work="${FUZZ_WORK:-$root/.build/fuzz-work}"
build_flags=(--package-path "$root/Fuzz" --scratch-path "$scratch" -c release
             -Xswiftc -sanitize=fuzzer -Xswiftc -profile-generate -Xswiftc -profile-coverage-mapping)
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
    echo "== building the fuzz targets with coverage (swift build ${build_flags[*]})"
    for target in "${targets[@]}"; do
        swift build "${build_flags[@]}" --product "$target"
    done
fi
bin="$(swift build "${build_flags[@]}" --show-bin-path)"
profiles="$scratch/profiles"
mkdir -p "$profiles"
export SWIFT_BACKTRACE=enable=no

# Sums llvm-cov's per-file line counts (its JSON export) over ClipBench's own sources, and over those
# of them whose path matches the target's files under test: "covered/total (percent)" for each.
line_coverage() {
    python3 -c '
import json, re, sys
files = json.load(sys.stdin)["data"][0]["files"]
mine = [f for f in files if "/Sources/" in f["filename"] and "/Fuzz/" not in f["filename"]
        and "/checkouts/" not in f["filename"] and "/.build" not in f["filename"]]
def total(chosen):
    count = sum(f["summary"]["lines"]["count"] for f in chosen)
    covered = sum(f["summary"]["lines"]["covered"] for f in chosen)
    return f"{covered}/{count} ({100 * covered / count:.1f}%)" if count else "-"
focus = re.compile(sys.argv[1])
print(total([f for f in mine if focus.search(f["filename"])]) + "\t" + total(mine))
' "$1"
}

printf '%-16s %8s %24s %24s\n' target inputs "lines (files under test)" "lines (all ClipBench)"
for target in "${targets[@]}"; do
    corpora=("$root/Fuzz/Corpus/$target")
    [ -d "$work/corpus/$target" ] && corpora+=("$work/corpus/$target")
    inputs=$(find "${corpora[@]}" -type f | wc -l)
    rm -f "$profiles/$target".*
    LLVM_PROFILE_FILE="$profiles/$target.profraw" "$bin/$target" -runs=0 -timeout=10 "${corpora[@]}" \
        >"$profiles/$target.log" 2>&1 || { echo "$target: the corpus replay failed (log: $profiles/$target.log)" >&2; exit 1; }
    "$llvm_profdata" merge -sparse "$profiles/$target.profraw" -o "$profiles/$target.profdata"
    IFS=$'\t' read -r focused everything < <("$llvm_cov" export -summary-only "$bin/$target" \
        -instr-profile="$profiles/$target.profdata" | line_coverage "$(files_under_test "$target")")
    printf '%-16s %8s %24s %24s\n' "$target" "$inputs" "$focused" "$everything"
done
