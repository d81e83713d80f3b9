#!/usr/bin/env bash
# The interchange checks CI runs: brat files read by an independent reader and CoNLL scored by seqeval
# (Scripts/interchange_check.py), then the round trip through a real Label Studio from PyPI
# (Scripts/labelstudio_roundtrip.py, with a check of the offsets in its real editor under headless Chromium).
# Installs label-studio, seqeval and playwright once into a virtual environment
# outside the repository ($INTERCHANGE_VENV, default /work/venvs/ls, else ~/.cache/clipbench/interchange),
# and fails (exit 1) on any mismatch.
# Usage: Scripts/interchange-checks.sh [PATH-TO-clipbench]
set -euo pipefail
cd "$(dirname "$0")/.."

label_studio="1.23.2"   # the version whose offsets were checked (code points; README, Interchange)
seqeval="1.2.2"
playwright="1.63.0"   # drives the system's Chromium (never a browser download) for the editor check
if [[ -n "${INTERCHANGE_VENV:-}" ]]; then
    venv="$INTERCHANGE_VENV"
elif mkdir -p /work/venvs 2>/dev/null && [[ -w /work/venvs ]]; then
    venv=/work/venvs/ls
else
    venv="$HOME/.cache/clipbench/interchange"
fi
bin="${1:-$(swift build --show-bin-path)/clipbench}"

if ! "$venv/bin/python" - "$label_studio" "$seqeval" "$playwright" 2>/dev/null <<'PY'
import sys
from importlib.metadata import version
sys.exit(version("label-studio") != sys.argv[1] or version("seqeval") != sys.argv[2] or version("playwright") != sys.argv[3])
PY
then
    echo "== installing label-studio $label_studio, seqeval $seqeval and playwright $playwright into $venv (once; a few minutes)"
    python3 -m venv "$venv"
    timeout --signal=TERM 1800 "$venv/bin/pip" install --quiet --disable-pip-version-check "label-studio==$label_studio" "seqeval==$seqeval" "playwright==$playwright"
fi
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium" ]]; then
    echo "== installing chromium (Debian) for the check in Label Studio's editor"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    chromium="$(command -v chromium)"
fi

echo "== interchange: brat read back independently, CoNLL scored by seqeval and clipbench score"
timeout --signal=TERM 600 "$venv/bin/python" Scripts/interchange_check.py --clipbench "$bin"

echo "== interchange: the round trip through Label Studio $label_studio"
port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
start=$(date +%s)
timeout --signal=TERM 900 "$venv/bin/python" Scripts/labelstudio_roundtrip.py \
    --clipbench "$bin" --label-studio "$venv/bin/label-studio" --port "$port" --timeout 300 --browser "$chromium"
echo "Label Studio round trip took $(( $(date +%s) - start )) s (server start included)"
