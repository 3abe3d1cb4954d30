#!/usr/bin/env python3
"""Checks translations/*.ts against the sources (CTest label "translations").

1. Stale: runs lupdate over the same sources with the same LUPDATE_OPTIONS as qt_add_translations in
   app/CMakeLists.txt, into temporary copies of the .ts files, and compares the set of messages
   (context, source, disambiguation, plural or not) with the committed files. Missing strings mean
   someone added or changed a tr() without running `cmake --build <dir> --target update_translations`;
   obsolete ones mean a string left the sources.
2. Complete: no unfinished, vanished or empty translation in any file; Korean has one plural form,
   English two (singular, plural).
3. Honest: placeholders (%1…%99, %L1, %n), HTML tags and & accelerators of each translation match its source.

  check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --source-dir /work/main
  check_translations.py --fill-en ...   also copies the source text into unfinished English singular entries
                                        (English is the source language: only its plurals need writing).
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"ko": 1, "en": 2}  # numerusform count per language (Qt's plural rules)
PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
LOST_STRING = re.compile(r"cannot be called without context|Cannot invoke tr\(\) like this|cannot be used with")
ACCEL = re.compile(r"&(?!&|\s|#?\w+;)")  # "&File", not "&&", "& " or an entity


def lupdate_options(source_dir):
    """The LUPDATE_OPTIONS of qt_add_translations in app/CMakeLists.txt: the test runs what the build runs."""
    text = open(os.path.join(source_dir, "app", "CMakeLists.txt"), encoding="utf-8").read()
    m = re.search(r"qt_add_translations\((.*?)\)", text, re.S)
    if not m:
        sys.exit("app/CMakeLists.txt: no qt_add_translations() call found")
    opts = re.search(r"LUPDATE_OPTIONS\s+(.*?)(?=\s+[A-Z_]{4,}\s|\s*$)", m.group(1), re.S)
    return opts.group(1).split() if opts else []


def sources(source_dir):
    """Same set as app/CMakeLists.txt: GLOB_RECURSE app/ and ui/ *.cpp *.h (CMake sorts GLOB results)."""
    found = []
    for top in ("app", "ui"):
        for root, _dirs, files in os.walk(os.path.join(source_dir, top)):
            found += [os.path.join(root, f) for f in files if f.endswith((".cpp", ".h"))]
    return sorted(found)


def messages(path):
    """{(context, source, comment, numerus): (translation type, [forms])} of one .ts file."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            key = (name, m.findtext("source") or "", m.findtext("comment") or "", numerus)
            out[key] = (tr.get("type") or "finished", forms)
    return out


def describe(key):
    ctx, src, comment, numerus = key
    return "  %s: %r%s%s" % (ctx, src, " (%s)" % comment if comment else "", " [plural]" if numerus else "")


def counts(regex, text):
    return collections.Counter(regex.findall(text))


def check_messages(path, lang, msgs):
    problems = []
    for key, (kind, forms) in sorted(msgs.items()):
        _ctx, src, _comment, numerus = key
        where = describe(key)
        if kind != "finished":
            problems.append("%s: %s\n%s" % (os.path.basename(path), kind, where))
            continue
        want = PLURAL_FORMS.get(lang, 2) if numerus else 1
        if len(forms) != want:
            problems.append("%s: %d plural form(s), %s needs %d\n%s" % (os.path.basename(path), len(forms), lang,
                                                                        want, where))
        for form in forms:
            if not form.strip():
                problems.append("%s: empty translation\n%s" % (os.path.basename(path), where))
                continue
            for what, regex in (("placeholders", PLACEHOLDER), ("HTML tags", TAG), ("accelerators", ACCEL)):
                a, b = counts(regex, src), counts(regex, form)
                if a != b:
                    problems.append("%s: %s differ (source %s, translation %s)\n%s\n    -> %r" % (
                        os.path.basename(path), what, sorted(a.elements()), sorted(b.elements()), where, form))
    return problems


def fill_english(path):
    tree = ET.parse(path)
    filled = 0
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        if m.get("numerus") != "yes" and tr.get("type") == "unfinished":
            tr.text = m.findtext("source")
            del tr.attrib["type"]
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--fill-en", action="store_true")
    args = ap.parse_args()

    ts_dir = os.path.join(args.source_dir, "translations")
    ts_files = sorted(os.path.join(ts_dir, f) for f in os.listdir(ts_dir) if f.endswith(".ts"))
    if not ts_files:
        sys.exit("no .ts files in %s" % ts_dir)
    if args.fill_en:
        for path in ts_files:
            if ET.parse(path).getroot().get("language", "").startswith("en"):
                print("%s: %d English entries set to their source text" % (path, fill_english(path)))

    problems = []
    with tempfile.TemporaryDirectory(prefix="modelpulse-ts-") as tmp:
        copies = []
        for path in ts_files:
            copies.append(os.path.join(tmp, os.path.basename(path)))
            shutil.copyfile(path, copies[-1])
        includes = ["-I" + os.path.join(args.source_dir, d) for d in ("app", "app/core", "app/sim", "app/platform", "ui")]
        cmd = [args.lupdate, "-silent"] + lupdate_options(args.source_dir) + includes + sources(args.source_dir) \
            + ["-ts"] + copies
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("lupdate failed (%d):\n%s%s" % (run.returncode, run.stdout, run.stderr))
        # These warnings mean a string in the sources that lupdate cannot extract (a tr() it cannot give a context,
        # a free function named tr…): it can never be translated, whatever the .ts files say.
        lost = [line for line in run.stderr.splitlines() if LOST_STRING.search(line)]
        if lost:
            problems.append("lupdate cannot extract these strings (use Class::tr(), Q_DECLARE_TR_FUNCTIONS or "
                            "QCoreApplication::translate(\"Context\", \"text\")):\n  " + "\n  ".join(lost))
        other = [line for line in run.stderr.splitlines() if line.strip() and line not in lost]
        if other:
            print("lupdate said:\n  " + "\n  ".join(other))
        for path, copy in zip(ts_files, copies):
            committed, fresh = messages(path), messages(copy)
            name = os.path.relpath(path, args.source_dir)
            missing = sorted(set(fresh) - set(committed))
            obsolete = sorted(set(committed) - set(fresh))
            if missing:
                problems.append("%s is stale: %d string(s) in the sources but not in the file:\n%s" % (
                    name, len(missing), "\n".join(map(describe, missing))))
            if obsolete:
                problems.append("%s is stale: %d string(s) no longer in the sources:\n%s" % (
                    name, len(obsolete), "\n".join(map(describe, obsolete))))
            lang = (ET.parse(path).getroot().get("language") or "").split("_")[0]
            problems += check_messages(path, lang, committed)
            print("%s: %d messages (%s)" % (name, len(committed), lang))

    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("\n%d problem(s). Update with `cmake --build <build-dir> --target update_translations`, translate "
              "translations/modelpulse_ko.ts (Qt Linguist or by hand), and run this script with --fill-en for the "
              "English singular entries." % len(problems), file=sys.stderr)
        return 1
    print("translations are up to date and complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
