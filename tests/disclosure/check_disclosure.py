#!/usr/bin/python3
"""Reads every document of every cluster pack as a reader would, and tries the
subtractions a reader could do to work out a suppressed count (1 to 4):

  - a total minus the other clinics: for each indicator and period, if the
    cluster's sum of counts is printed in a document, the sum of the clinics
    whose counts are printed there is taken from it; what is left is the sum
    S of the k suppressed clinics. One suppressed clinic is then known, and
    so are all when S is k (all ones) or 4k (all fours);
  - one period minus the other: a printed change (a signed number such as
    "−53" or "+2") with one period's printed count gives the other period's;
    it fails when a suppressed count can be had so;
  - and, plainly, a clinic's suppressed count printed beside its label in a
    table row, or a survey question with fewer than 5 answers shown.

The figures come from the cluster's own CSV files (content/clusters/<slug>/),
the printed numbers from pdftotext (poppler-utils) of every PDF in the pack and,
for the chair's deck (praesentation.pptx), from its slides' and notes' XML: the
text of every a:t run, a paragraph a line, and every shape's alt text (descr).

  check_disclosure.py --klynge BIN --root DIR   builds DIR into a temporary folder and checks it (ctest)
  check_disclosure.py --output DIR --content DIR  checks an existing build
  check_disclosure.py --self-test               shows that each attack is found in a leaking text
"""

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def danish_integer(n):
    """As klynge prints a whole number: 1.480."""
    return f"{n:,}".replace(",", ".")


# A printed number: optional sign, digits with "." thousands, optional ",d" decimals.
NUMBER = re.compile(r"(?<![\w,.])([+−-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w]|,\d)")


def numbers_in(text):
    """Every printed whole number as (sign, value). klynge prints counts and
    their changes without decimals; a number with decimals is a rate."""
    out = []
    for m in NUMBER.finditer(text):
        sign, whole, decimals = m.group(1), m.group(2), m.group(3)
        if decimals is None:
            out.append((sign, int(whole.replace(".", ""))))
    return out


def read_cluster(folder):
    """{(indicator, period): {practice: numerator}} and the survey question totals."""
    groups, questions = {}, {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows:
            continue
        if rows[0][:1] == ["survey"]:
            for survey, question, answer, count in rows[1:]:
                questions[(survey, question)] = questions.get((survey, question), 0) + int(count)
            continue
        for practice, indicator, period, numerator, _ in rows[1:]:
            groups.setdefault((indicator, period), {})[practice] = int(numerator)
    return groups, questions


def check_text(where, text, groups, questions):
    printed = numbers_in(text)
    unsigned = {v for s, v in printed if not s}
    signed = {v for s, v in printed if s}
    for (indicator, period), counts in groups.items():
        suppressed = {p: v for p, v in counts.items() if 1 <= v <= 4}
        if not suppressed:
            continue
        total = sum(counts.values())
        shown = [v for p, v in counts.items() if p not in suppressed]
        # A total minus the other clinics.
        if total in unsigned and total != 0:
            rest = total - sum(shown)
            k = len(suppressed)
            if k == 1 or rest == k or rest == 4 * k:
                fail(f"{where}: {indicator} {period}: the total {danish_integer(total)} minus the other "
                     f"clinics gives the suppressed count(s) away ({sorted(suppressed.values())})")
        # One period minus the other: a printed change beside a printed count.
        for (other_indicator, other_period), other in groups.items():
            if other_indicator != indicator or other_period == period:
                continue
            for practice, v in suppressed.items():
                w = other.get(practice)
                if w is None or 1 <= w <= 4:
                    continue
                if abs(w - v) in signed and w in unsigned:
                    fail(f"{where}: {indicator}: clinic {practice}'s change {period}/{other_period} with its "
                         f"printed {other_period} count gives its suppressed {period} count away")
    for (survey, question), total in questions.items():
        if 0 < total < 5 and question in text.replace("\n", " ") and "For få besvarelser" not in text:
            fail(f"{where}: survey question \"{question}\" has {total} answers and is shown")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout


A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def pptx_text(path):
    """What a deck shows and says: its slides' and notes' paragraphs and alt texts."""
    lines = []
    with zipfile.ZipFile(path) as deck:
        for name in deck.namelist():
            if not re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml", name):
                continue
            root = ElementTree.fromstring(deck.read(name))
            for paragraph in root.iter(A_NS + "p"):
                lines.append("".join(t.text or "" for t in paragraph.iter(A_NS + "t")))
            for props in root.iter(P_NS + "cNvPr"):
                if props.get("descr"):
                    lines.append(props.get("descr"))
    return "\n".join(lines) + "\n"


def check_output(output, content):
    clusters = os.path.join(output, "clusters")
    checked = decks = 0
    for slug in sorted(os.listdir(clusters)):
        pack = os.path.join(clusters, slug)
        if not os.path.isdir(pack):
            continue
        groups, questions = read_cluster(os.path.join(content, "clusters", slug))
        for folder, _, files in os.walk(pack):
            for name in sorted(files):
                path = os.path.join(folder, name)
                if name.endswith(".pdf"):
                    check_text(os.path.relpath(path, output), pdf_text(path), groups, questions)
                    checked += 1
                elif name.endswith(".pptx"):
                    check_text(os.path.relpath(path, output), pptx_text(path), groups, questions)
                    checked += 1
                    decks += 1
    if checked == 0:
        fail("no cluster document to check")
    if decks == 0:
        fail("no deck (praesentation.pptx) to check")
    print(f"check_disclosure: {checked} documents checked")


def self_test():
    groups = {("dosis", "2025"): {"a": 57, "b": 3, "c": 20}, ("dosis", "2024"): {"a": 50, "b": 40, "c": 22}}
    cases = [
        ("a total minus one clinic", "A 57\nB <5\nC 20\nKlyngen i alt 80\n", True),
        ("the total withheld", "A 57\nB <5\nC 20\nKlyngen i alt vises ikke\n", False),
        ("a change beside the other period", "B 2024: 40   2025: <5   ændring −37\n", True),
        ("a change withheld", "B 2024: 40   2025: <5   ændring –\n", False),
    ]
    ok = True
    for name, text, leaks in cases:
        before = len(failures)
        check_text(name, text, groups, {})
        found = len(failures) > before
        del failures[before:]
        if found != leaks:
            print(f"self-test: {name}: {'missed' if leaks else 'false alarm'}")
            ok = False
    before = len(failures)
    check_text("survey", "Er det godt?\nJa 2\n", {}, {("s", "Er det godt?"): 3})
    if len(failures) == before:
        print("self-test: a survey question with 3 answers shown was missed")
        ok = False
    del failures[before:]
    print("self-test: " + ("every attack found" if ok else "FAILED"))
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--klynge")
    parser.add_argument("--root")
    parser.add_argument("--output")
    parser.add_argument("--content")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return 0 if self_test() else 1
    if args.klynge:
        work = tempfile.mkdtemp(prefix="klynge-disclosure.")
        try:
            out = os.path.join(work, "out")
            run = subprocess.run([args.klynge, "--root", args.root, "build", "--output", out],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stderr)
                return 1
            check_output(out, os.path.join(args.root, "content"))
        finally:
            shutil.rmtree(work)
    else:
        check_output(args.output, args.content)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
