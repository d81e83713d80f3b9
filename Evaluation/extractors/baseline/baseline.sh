#!/bin/sh
# ClipBench adapter: the built-in baseline run as an external command, one clipping at a time.
# Usage: baseline.sh FILE   (CLIPBENCH_BIN overrides the clipbench binary; CLIPBENCH_AS_OF passes --as-of)
set -eu
bin="${CLIPBENCH_BIN:-clipbench}"
if [ -n "${CLIPBENCH_AS_OF:-}" ]; then
    exec "$bin" extract --as-of "$CLIPBENCH_AS_OF" "$1"
fi
exec "$bin" extract "$1"
