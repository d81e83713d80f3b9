#!/usr/bin/env bash
# Times `clipbench extract` (the built-in baseline) on a whole page of about 30 KB, as issue 8 asks: the
# development page with the longest menu (Tests/Fixtures/pages/01_ar_long_menu_bullets.txt) with more of
# its own menu put in front until the page is 30 KB, so the article lies more than 600 lines down.
#
# Usage: Scripts/time-extract.sh [RUNS]      (default 20)
# Environment: SKIP_BUILD=1 uses the existing release build; CLIPBENCH_BIN=PATH times that binary; SIZE=30720
#              sets the page size in bytes.
# Prints the page's size and line count, the headline and date found (so a fast but wrong run shows), and
# the wall time of each run's process (start, read, extract, print) as median, minimum and maximum, then the
# same for a one-line page (the cost of starting the process).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
size="${SIZE:-30720}"

if [ -n "${CLIPBENCH_BIN:-}" ]; then
    bin="$CLIPBENCH_BIN"
else
    [ -n "${SKIP_BUILD:-}" ] || (cd "$root" && swift build -c release --product clipbench >&2)
    bin="$(cd "$root" && swift build -c release --show-bin-path)/clipbench"
fi
[ -x "$bin" ] || { echo "time-extract: no release binary at $bin" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/clipbench-extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
page="$work/page-30k.txt"
python3 - "$root/Tests/Fixtures/pages/01_ar_long_menu_bullets.txt" "$page" "$size" <<'PYTHON'
import sys
source, target, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(source, encoding="utf-8").read().splitlines()
menu = [line for line in lines[1:] if line.startswith("  • ")]
extra = []
while len("\n".join(extra + lines).encode("utf-8")) + 1 < size:
    extra.append(menu[len(extra) % len(menu)])
open(target, "w", encoding="utf-8").write("\n".join(extra + lines) + "\n")
PYTHON

echo "page: $(wc -c < "$page") bytes, $(wc -l < "$page") lines"
"$bin" extract "$page" | python3 -c 'import json, sys; p = json.load(sys.stdin); print("found: headline", repr(p["headline"]), "date", p["published"])'

# The same command on a one-line page: what starting the process costs, for comparison.
tiny="$work/one-line.txt"
echo "عنوان قصير" > "$tiny"

time_runs() {
    local file="$1" label="$2" times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$bin" extract "$file" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | LABEL="$label" python3 -c '
import os, sys
values = [int(line) / 1000 for line in sys.stdin]
label = os.environ["LABEL"]
print(f"{label}, {len(values)} runs: median {values[len(values) // 2]:.1f} ms, min {values[0]:.1f} ms, max {values[-1]:.1f} ms (wall, whole process)")'
}
time_runs "$page" "clipbench extract on the 30 KB page"
time_runs "$tiny" "clipbench extract on a one-line page"
