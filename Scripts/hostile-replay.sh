#!/usr/bin/env bash
# Replays the hostile inputs and faults of issue 12 against the built `clipbench`, outside the Swift
# tests: each case generates its input in a temporary folder, runs the binary with a 10 s timeout
# and a 500 MB memory limit (ulimit -v), and checks that it ended with a correct result or a non-zero
# exit and one located `path:line:col: error:` diagnostic, with no Swift trap in standard error and
# nothing changed outside its own outputs.
#
#   bash Scripts/hostile-replay.sh [CLIPBENCH]     # default: the release build if there is one, else debug
#
# HOSTILE_SECONDS=N sets the timeout (default 10, the issue's bound, which holds for a release build;
# CI replays against its debug build, up to 6 times slower, with 60).
# As root, the case of a folder that is not writable runs as `nobody` (through setpriv).
#
# Prints one line per case (ok / FAIL with the reason) and exits 1 if any case failed.
set -uo pipefail
RUN_AS=()
cd "$(dirname "$0")/.."
root=$PWD

bin="${1:-}"
if [[ -z "$bin" ]]; then
    for candidate in .build/release/clipbench .build/debug/clipbench; do
        [[ -x "$candidate" ]] && { bin="$root/$candidate"; break; }
    done
fi
[[ -x "$bin" ]] || { echo "error: no clipbench binary (build it, or pass its path)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

work=$(mktemp -d "${TMPDIR:-/tmp}/hostile-replay.XXXXXX")
trap 'rm -rf "$work"' EXIT
seconds="${HOSTILE_SECONDS:-10}"
memory_kb=512000
failed=0
passed=0
sample=000_fafa66e8a14f78c9

# A fresh copy of the project's dataset (seeds/ and Annotations/) for one case.
fresh_dataset() {
    local folder="$work/$1"
    rm -rf "$folder"
    mkdir -p "$folder/ds"
    cp -R "$root/seeds" "$root/Annotations" "$folder/ds/"
    echo "$folder"
}

# Size, time and mode of every file under a folder: what "nothing changed" compares (a sparse
# hostile file is never hashed).
snapshot() { find "$1" -type f -printf '%P %s %T@ %m\n' | sort; }

# run_case NAME EXPECT PATTERN FOLDER [--output PATH]... -- ARGUMENTS...
#   EXPECT: error (non-zero exit and a located error line matching PATTERN), ok (exit 0, and
#   standard output or error matching PATTERN when it is not empty).
run_case() {
    local name=$1 expect=$2 pattern=$3 folder=$4
    shift 4
    local outputs=()
    while [[ $1 == --output ]]; do outputs+=("$2"); shift 2; done
    [[ $1 == -- ]] && shift
    local before after status reason=""
    before=$(snapshot "$folder/ds")
    (cd "$folder/ds" && ulimit -v "$memory_kb" && exec timeout -k 2 "$seconds" ${RUN_AS[@]+"${RUN_AS[@]}"} "$bin" "$@") \
        >"$folder/stdout" 2>"$folder/stderr" </dev/null
    status=$?
    after=$(snapshot "$folder/ds")
    for output in "${outputs[@]}"; do
        before=$(grep -v "^$output " <<<"$before")
        after=$(grep -v "^$output " <<<"$after")
    done
    if grep -qE "Fatal error|Swift runtime failure|Stack dump|Illegal instruction|Segmentation fault" "$folder/stderr"; then
        reason="a trap in standard error: $(grep -m1 -E 'Fatal error|Swift runtime failure|Stack dump' "$folder/stderr")"
    elif [[ $status -eq 124 || $status -eq 137 ]]; then
        reason="did not finish within $seconds s"
    elif [[ $expect == error ]]; then
        if [[ $status -eq 0 ]]; then
            reason="exit 0, expected a refusal"
        elif ! grep -qE "^[^ ].*(:[0-9]+(:[0-9]+)?)?: error: " "$folder/stderr"; then
            reason="exit $status without a located error line: $(head -c 300 "$folder/stderr")"
        elif [[ -n $pattern && -z $(grep -E "^[^ ].*: error: " "$folder/stderr" | grep -E -- "$pattern") ]]; then
            reason="no error line matches /$pattern/: $(head -c 300 "$folder/stderr")"
        fi
    else
        if [[ $status -ne 0 ]]; then
            reason="exit $status: $(head -c 300 "$folder/stderr")"
        elif [[ -n $pattern && -z $(cat "$folder/stdout" "$folder/stderr" | grep -E -- "$pattern") ]]; then
            reason="the output does not match /$pattern/"
        fi
    fi
    if [[ -z $reason && "$before" != "$after" ]]; then
        reason="files changed outside the outputs: $(diff <(echo "$before") <(echo "$after") | head -4 | tr '\n' ' ')"
    fi
    if [[ -z $reason && -n "${CASE_CHECK:-}" ]]; then
        reason=$(cd "$folder" && eval "$CASE_CHECK" 2>&1) || true
    fi
    if [[ -z $reason ]]; then
        passed=$((passed + 1))
        echo "ok    $name"
    else
        failed=$((failed + 1))
        echo "FAIL  $name: $reason"
    fi
    CASE_CHECK=""
}
CASE_CHECK=""

py() { python3 - "$@"; }

# --- Traps ------------------------------------------------------------------------------------
f=$(fresh_dataset surrogate-report)
printf '{"tool": "x", "metrics": {"a\\ud800\\u0041": 1}}\n' >"$f/report.json"
run_case "a \\ud800 escape then \\u0041 in a saved report (compare)" error "" "$f" -- compare ../report.json ../report.json
f=$(fresh_dataset signed-escape)
printf '{"tool": "x", "metrics": {"a\\ud800\\u-000": 1}}\n' >"$f/report.json"
run_case "a signed \\u-000 escape in a saved report (check)" error "" "$f" -- check --gate Evaluation/none.yaml ../report.json
f=$(fresh_dataset surrogate-prediction)
printf '{"headline": "\\ud800\\u0041", "id": "%s"}\n' "$sample" >"$f/p.jsonl"
run_case "a surrogate escape in a prediction whose first key is not id (score)" error "" "$f" -- score ../p.jsonl

# --- Quadratic or unbounded time and memory ----------------------------------------------------
f=$(fresh_dataset entities-1e5)
py "$f/p.jsonl" "$sample" <<'EOF'
import json, sys
names = ["بوتين", "روسيا", "الولايات المتحدة", "إسطنبول", "تركيا"]
entities = [{"text": names[i % 5], "type": "PER" if i % 5 == 0 else "LOC"} for i in range(100_000)]
open(sys.argv[1], "w").write(json.dumps({"id": sys.argv[2], "entities": entities}, ensure_ascii=False) + "\n")
EOF
run_case "10^5 predicted entities without ids (score)" ok "" "$f" -- score ../p.jsonl
f=$(fresh_dataset entities-1e6)
py "$f/p.jsonl" "$sample" <<'EOF'
import json, sys
entities = [{"text": "بوتين", "type": "PER"} for i in range(1_000_000)]
open(sys.argv[1], "w").write(json.dumps({"id": sys.argv[2], "entities": entities}, ensure_ascii=False) + "\n")
EOF
run_case "10^6 predicted entities without ids (score)" error "limit" "$f" -- score ../p.jsonl
f=$(fresh_dataset mentions-cap)
py "$f/p.jsonl" "$sample" <<'EOF'
import sys
open(sys.argv[1], "w").write('{"id": "%s", "dates": [%s]}\n' % (sys.argv[2], ",".join(["0"] * 100_001)))
EOF
run_case "100,001 mentions in one prediction (score)" error "mentionsPerPrediction" "$f" -- score ../p.jsonl
f=$(fresh_dataset registry-70000)
py "$f/ds/Annotations/entities.yaml" <<'EOF'
import sys
with open(sys.argv[1], "a") as out:
    for i in range(70_000):
        out.write(f"- id: generated-{i}\n  type: PER\n  name:\n    ar: اسم{i}\n    en: Name {i}\n")
EOF
run_case "a registry of 70,000 entries (validate)" error "limit of 4194304 bytes" "$f" -- validate
f=$(fresh_dataset line-60mb)
py "$f/p.jsonl" "$sample" <<'EOF'
import sys
open(sys.argv[1], "w").write('{"id": "%s", "headline": "%s"}\n' % (sys.argv[2], "a" * 60_000_000))
EOF
run_case "one 60 MB prediction line (score)" error "predictionLineBytes" "$f" -- score ../p.jsonl
f=$(fresh_dataset report-500mb)
printf '{\n  "metrics": {\n' >"$f/report.json"; truncate -s 500M "$f/report.json"
run_case "a pretty-printed 500 MB report (compare)" error "reportBytes" "$f" -- compare ../report.json ../report.json
f=$(fresh_dataset gate-200mb)
printf 'extractor: baseline\n' >"$f/gate.yaml"; truncate -s 200M "$f/gate.yaml"
run_case "a sparse 200 MB gate file (check)" error "limit of 4194304 bytes" "$f" -- check --gate ../gate.yaml
f=$(fresh_dataset anchor-700mb)
printf 'id: %s\n' "$sample" >"$f/big.yaml"; truncate -s 700M "$f/big.yaml"
run_case "a 700 MB file given to anchor" error "limit of 4194304 bytes" "$f" -- anchor ../big.yaml
f=$(fresh_dataset scrapinghub-500mb)
printf '{' >"$f/big.json"; truncate -s 500M "$f/big.json"
run_case "a 500 MB file given to score --scrapinghub" error "scrapingHubFileBytes" "$f" -- score --scrapinghub ../big.json ../big.json
f=$(fresh_dataset seed-100mb)
printf 'عنوان\n' >"$f/ds/seeds/$sample.txt"; truncate -s 100M "$f/ds/seeds/$sample.txt"
run_case "a 100 MB seed (validate)" error "clippingBytes" "$f" -- validate
f=$(fresh_dataset run-13mb)
cat >"$f/loud.sh" <<'EOF'
#!/bin/sh
head -c 13000000 /dev/zero | tr '\0' 'a'
EOF
chmod +x "$f/loud.sh"
run_case "an extractor printing 13 MB per clipping under --max-output (run)" error "" "$f" -- run --command "$f/loud.sh {file}" --max-output 12000000 --jobs 2

# --- Silent wrong results ----------------------------------------------------------------------
f=$(fresh_dataset escaped-duplicate)
printf '{"id": "%s", "headline": "a", "head\\u006cine": "b"}\n' "$sample" >"$f/p.jsonl"
run_case "a key repeated through an escape (head\\u006cine)" error "repeated" "$f" -- score ../p.jsonl
f=$(fresh_dataset escaped-id)
printf '{"id": "%s", "\\u0069d": "001_7745c1154a0ab65b", "headline": null}\n' "$sample" >"$f/p.jsonl"
run_case "an id repeated through an escape (\\u0069d)" error "repeated" "$f" -- score ../p.jsonl
f=$(fresh_dataset nfd-quote)
py "$f/ds/seeds/nfd.txt" "$f/ds/Annotations/nfd.yaml" <<'EOF'
import sys, unicodedata
seed = "Café talks\nThe delegations met in a café on Thursday.\n"
open(sys.argv[1], "w").write(seed)
nfd = unicodedata.normalize("NFD", "Café talks")
open(sys.argv[2], "w").write(f"""id: nfd
status: done
headline: {{start: 0, end: 10, text: "{nfd}"}}
published: {{value: null, reason: absent}}
regions:
  - {{start: 0, end: 10, text: "{nfd}", label: headline}}
  - {{start: 11, end: 56, text: "The delegations met in a café on Thursday.", label: body}}
entities: []
dates: []
""")
EOF
run_case "an NFD quote of an NFC span (validate)" error "normalisation form" "$f" -- validate
f=$(fresh_dataset read-error)
run_case "a read error on the predictions (/proc/self/mem)" error "" "$f" -- score /proc/self/mem
f=$(fresh_dataset as-of-start)
CASE_CHECK='grep -oE "\"(value|published)\":\"[^\"]*\"" stdout | grep -vE ":\"[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[^\"]*)?)?|-W[0-9]{2})?\"$" | head -1'
run_case "extract --as-of 0001-01-06 (no 0001-01--4)" ok "" "$f" -- extract --as-of 0001-01-06
f=$(fresh_dataset as-of-end)
CASE_CHECK='grep -oE "\"(value|published)\":\"[^\"]*\"" stdout | grep -vE ":\"[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[^\"]*)?)?|-W[0-9]{2})?\"$" | head -1'
run_case "extract --as-of 9999-12-31 (no 10000-01-01)" ok "" "$f" -- extract --as-of 9999-12-31

# --- Lost work and leaks -----------------------------------------------------------------------
f=$(fresh_dataset anchor-race)
mkdir -p "$f/ds2/Annotations" "$f/ds2/seeds"
# The annotation with the offsets of one entity taken out (one whose quote occurs once in the seed),
# so that anchor has a span to anchor.
py "$root/seeds/$sample.txt" "$root/Annotations/$sample.yaml" "$f/ds2/Annotations/$sample.yaml" <<'EOF'
import re, sys
seed = open(sys.argv[1], encoding="utf-8").read()
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
for index, line in enumerate(lines):
    found = re.search(r'start: (\d+), end: (\d+), text: "([^"\\]+)", type:', line)
    if found and seed.count(found.group(3)) == 1:
        lines[index] = line.replace(f"start: {found.group(1)}, end: {found.group(2)}, ", "")
        break
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(lines))
EOF
mkfifo "$f/ds2/seeds/$sample.txt"
( cd "$f/ds2" && ulimit -v "$memory_kb" && exec timeout "$seconds" "$bin" anchor "Annotations/$sample.yaml" ) >"$f/stdout" 2>"$f/stderr" &
anchor_pid=$!
sleep 1
echo "# an edit saved while anchor runs" >>"$f/ds2/Annotations/$sample.yaml"
edited=$(cat "$f/ds2/Annotations/$sample.yaml")
cat "$root/seeds/$sample.txt" >"$f/ds2/seeds/$sample.txt"
wait "$anchor_pid"; status=$?
if [[ $status -ne 0 && "$(cat "$f/ds2/Annotations/$sample.yaml")" == "$edited" ]] && grep -q "changed while it was being anchored" "$f/stderr"; then
    passed=$((passed + 1)); echo "ok    an edit saved while anchor runs is kept"
else
    failed=$((failed + 1)); echo "FAIL  an edit saved while anchor runs is kept: exit $status, $(head -c 200 "$f/stderr")"
fi
f=$(fresh_dataset run-readonly-folder)
mkdir "$f/ro"; chmod 555 "$f/ro"
if [[ $(id -u) -eq 0 ]]; then
    # Root writes everywhere: the case runs as `nobody`, who can read the dataset but not write the folder.
    if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1 &&
        setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups test -x "$bin"; then
        chmod 755 "$work" "$f"
        RUN_AS=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
        run_case "run -o into a folder that is not writable (as nobody)" error "" "$f" -- run --command "cat {file}" -o ../ro/out.jsonl
        RUN_AS=()
    else
        echo "skip  run -o into a folder that is not writable (root writes everywhere, and nobody cannot run $bin through setpriv)"
    fi
else
    run_case "run -o into a folder that is not writable" error "" "$f" -- run --command "cat {file}" -o ../ro/out.jsonl
fi
for mode in timeout term kill; do
    f=$(fresh_dataset "setsid-$mode")
    cat >"$f/leave.sh" <<EOF
#!/bin/sh
setsid sh -c 'echo \$\$ > "$f/child.pid"; exec sleep 300' </dev/null >/dev/null 2>&1 &
echo \$\$ > "$f/extractor.pid"
exec sleep 300
EOF
    chmod +x "$f/leave.sh"
    ( cd "$f/ds" && exec "$bin" run "$sample" --timeout "$([[ $mode == timeout ]] && echo 2 || echo 300)" --command "$f/leave.sh {file}" ) >/dev/null 2>&1 &
    run_pid=$!
    for _ in $(seq 100); do [[ -s "$f/child.pid" && -s "$f/extractor.pid" ]] && break; sleep 0.05; done
    case $mode in term) kill -TERM "$run_pid" ;; kill) kill -KILL "$run_pid" ;; esac
    wait "$run_pid" 2>/dev/null
    sleep 0.5
    alive=""
    for pid in $(cat "$f/child.pid" "$f/extractor.pid" 2>/dev/null); do
        state=$(awk '{sub(/.*\) /, ""); print $1}' "/proc/$pid/stat" 2>/dev/null)
        if [[ -n $state && $state != Z ]]; then alive+=" $pid"; kill -KILL "$pid" 2>/dev/null; fi
    done
    if [[ ! -s "$f/child.pid" ]]; then
        failed=$((failed + 1)); echo "FAIL  an extractor's setsid() child and run ($mode): the extractor never started"
    elif [[ -z $alive ]]; then
        passed=$((passed + 1)); echo "ok    an extractor's setsid() child does not outlive run ($mode)"
    else
        failed=$((failed + 1)); echo "FAIL  an extractor's setsid() child does not outlive run ($mode): still running:$alive"
    fi
done
f=$(fresh_dataset seed-bom)
printf '\xef\xbb\xbfمحادثات جديدة في إسطنبول\nانطلقت جولة جديدة من المحادثات بين روسيا والولايات المتحدة يوم الخميس.\n' >"$f/bom.txt"
(cd "$f/ds" && "$bin" annotate ../bom.txt >/dev/null 2>&1)
run_case "a seed starting with U+FEFF gets a draft that validates" ok "" "$f" -- validate
f=$(fresh_dataset seed-nel)
printf 'محادثات جديدة في إسطنبول\nانطلقت جولة\xc2\x85 جديدة من المحادثات بين روسيا والولايات المتحدة.\n' >"$f/nel.txt"
(cd "$f/ds" && "$bin" annotate ../nel.txt >/dev/null 2>&1)
run_case "a seed containing U+0085 gets a draft that validates" ok "" "$f" -- validate
f=$(fresh_dataset annotate-large-draft)
py "$f/long.txt" <<'EOF'
import sys
open(sys.argv[1], "w").write("عنوان الخبر\n" + "".join(f"سطر {i}\n\n" for i in range(45_000)))
EOF
run_case "a clipping whose draft is over the 4 MiB YAML limit (annotate)" error "its draft would be" "$f" -- annotate ../long.txt
f=$(fresh_dataset annotate-case)
printf 'نص جديد\n' >"$f/x.txt"
run_case "annotate --id Entities beside entities.yaml" error "only in letter case" "$f" -- annotate --id Entities ../x.txt

# --- Debatable cases, as the README decides them --------------------------------------------------
f=$(fresh_dataset endless-stdin)
(cd "$f/ds" && ulimit -v "$memory_kb" && yes "محادثات جديدة" | timeout "$seconds" "$bin" extract - ) >"$f/stdout" 2>"$f/stderr"
if grep -qE "^<stdin>: error: is larger than the limit" "$f/stderr" && ! grep -q "Fatal error" "$f/stderr"; then
    passed=$((passed + 1)); echo "ok    an endless standard input (extract -) is refused past the clipping limit"
else
    failed=$((failed + 1)); echo "FAIL  an endless standard input (extract -): $(head -c 200 "$f/stderr")"
fi
f=$(fresh_dataset fifo-without-writer)
mkfifo "$f/pipe"
(cd "$f/ds" && timeout 2 "$bin" extract ../pipe) >/dev/null 2>&1
if [[ $? -eq 124 ]]; then
    passed=$((passed + 1)); echo "ok    a FIFO without a writer waits for one, like cat (documented)"
else
    failed=$((failed + 1)); echo "FAIL  a FIFO without a writer: expected it to wait (as documented)"
fi

echo "hostile replay: $passed passed, $failed failed ($bin)"
[[ $failed -eq 0 ]]
