#!/usr/bin/env bash
# End-to-end tests of `clipbench serve` in a real browser: Debian's headless Chromium driven by
# Playwright (from PyPI), which is told to use that Chromium and downloads no browser of its own.
#
#   bash Scripts/editor-browser-test.sh                      # as CI runs it
#   SCREENSHOTS=docs/images bash Scripts/editor-browser-test.sh   # also refresh the README's screenshots
#
# Installs what is missing (chromium, an Arabic-capable font, playwright), builds clipbench, then runs
# Scripts/editor_browser_test.py, which prints each test's outcome and the time the whole run took.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
# Arabic and emoji glyphs, so the screenshots show the text (the tests themselves read the DOM).
if ! fc-list 2>/dev/null | grep -qi "dejavu" || ! fc-list 2>/dev/null | grep -qi "emoji"; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-noto-color-emoji >/dev/null
fi
if ! python3 -c "import playwright.sync_api" >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check playwright
fi

swift build --product clipbench >/dev/null
bin="$(swift build --show-bin-path)"
CLIPBENCH="$bin/clipbench" CHROMIUM="$(command -v chromium)" python3 Scripts/editor_browser_test.py
