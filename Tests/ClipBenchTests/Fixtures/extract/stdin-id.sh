#!/bin/sh
# Reads the text on standard input and echoes the id from the environment.
bytes=$(wc -c)
printf '{"id": "%s", "body": "%s bytes"}\n' "$CLIPBENCH_ID" "$bytes"
