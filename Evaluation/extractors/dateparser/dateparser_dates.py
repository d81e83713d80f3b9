#!/usr/bin/env python3
"""ClipBench adapter: date mentions found by dateparser's search_dates on Arabic text.

Usage: dateparser_dates.py FILE   (or the text on standard input when FILE is "-" or missing)

Prints one prediction object with the key "dates" only, so every other task is reported as not
attempted. Offsets are Python string indices, i.e. Unicode code points, as ClipBench requires.
Relative expressions resolve against CLIPBENCH_AS_OF (YYYY-MM-DD) when it is set; otherwise against
today, as dateparser does (set CLIPBENCH_AS_OF for reproducible numbers).
"""
import datetime
import json
import os
import sys

from dateparser.date import DateDataParser
from dateparser.search import search_dates


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "-"
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    text = raw.decode("utf-8")

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    as_of = os.environ.get("CLIPBENCH_AS_OF")
    if as_of:
        settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(as_of)

    found = search_dates(text, languages=["ar", "en"], settings=settings) or []
    precision_parser = DateDataParser(languages=["ar", "en"], settings=settings)

    dates = []
    cursor = 0
    for matched, moment in found:
        # search_dates gives the matched text, not its place: find it after the previous match.
        start = text.find(matched, cursor)
        if start < 0:
            start = text.find(matched)
        if start < 0:
            continue
        end = start + len(matched)
        cursor = end
        period = precision_parser.get_date_data(matched).period or "day"
        if period == "year":
            value = f"{moment.year:04d}"
        elif period == "month":
            value = f"{moment.year:04d}-{moment.month:02d}"
        elif period == "week":
            year, week, _ = moment.isocalendar()
            value = f"{year:04d}-W{week:02d}"
        elif period == "time":
            value = moment.strftime("%Y-%m-%dT%H:%M:%S")
        else:
            value = moment.date().isoformat()
        dates.append({"text": matched, "value": value, "start": start, "end": end})

    prediction = {"id": os.environ.get("CLIPBENCH_ID", os.path.basename(path).removesuffix(".txt")), "dates": dates}
    print(json.dumps(prediction, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
