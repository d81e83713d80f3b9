#!/bin/sh
# Dies of a signal after saying why on standard error.
echo "crashing on purpose" >&2
kill -SEGV $$
