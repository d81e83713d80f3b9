#!/bin/sh
# A well-behaved extractor: reads the clipping, prints the first line as headline, no id (filled in).
first=$(head -n 1 "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')
printf '{"headline": "%s", "dates": []}\n' "$first"
