#!/bin/sh
# Never finishes: the runner must kill it at the timeout.
sleep 300
