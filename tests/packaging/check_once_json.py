#!/usr/bin/env python3
"""Checks the output of `modelpulse --once --json` against docs/headless.md: schema 1, the expected overall
state and feed URL, and every field name the binary emitted documented in one of the doc's field tables.
Usage: check_once_json.py OUTPUT.json docs/headless.md --overall STATE --feed-url URL [--no-probes]"""
import argparse
import json
import re
import sys


def field_names(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from field_names(v)
    elif isinstance(value, list):
        for v in value:
            yield from field_names(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("doc")
    ap.add_argument("--overall", required=True)
    ap.add_argument("--feed-url", required=True)
    ap.add_argument("--no-probes", action="store_true")
    a = ap.parse_args()
    s = json.load(open(a.output, encoding="utf-8"))
    doc = open(a.doc, encoding="utf-8").read()
    problems = []
    if s.get("schema") != 1:
        problems.append(f"schema is {s.get('schema')!r}, not 1")
    if s.get("overall") != a.overall:
        problems.append(f"overall is {s.get('overall')!r}, want {a.overall!r}")
    feed = s.get("feed", {})
    if feed.get("ok") is not True or feed.get("url") != a.feed_url:
        problems.append(f"feed is {feed}, want ok from {a.feed_url}")
    if not s.get("models") or not s.get("components"):
        problems.append("no models or no components")
    if a.no_probes and any(m.get("probe") != "unknown" or m.get("last_probe") is not None for m in s.get("models", [])):
        problems.append("--no-probes, yet a model has a probe result")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", doc, re.M))
    emitted = set(field_names(s))
    missing = sorted(emitted - documented)
    if missing:
        problems.append(f"fields not documented in {a.doc}: {missing}")
    for p in problems:
        print(f"{a.output}: {p}", file=sys.stderr)
    if not problems:
        print(f"--once --json: schema 1, overall {a.overall}, {len(s['models'])} models, {len(s['components'])} "
              f"components, {len(s.get('incidents', []))} incidents; all {len(emitted)} field names documented")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
