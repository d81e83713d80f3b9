#!/bin/sh
# Prints without end: the runner must cut it off at --max-output.
yes '{"headline": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}'
