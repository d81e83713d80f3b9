#!/bin/sh
echo '{"id": "someone-else", "headline": null}'
