#!/usr/bin/python3
"""Opens every cluster's chair's deck (praesentation.pptx) with a real client,
LibreOffice Impress, and reads what it shows:

  - every XML part of every deck is well-formed (xml.etree), every part the
    package holds has a content type, and every slide has its notes;
  - two builds write the same bytes (the .pptx and its .pdf);
  - `soffice --headless --convert-to pdf` opens every deck (one soffice run for
    all of them, with a private profile and a timeout);
  - the text of LibreOffice's PDF (pdftotext) shows the cluster's figures:
    every clinic's count or rate that is not suppressed, "<5" where one is,
    and the too-few-answers text where a survey question has under 5 answers;
  - a closed cluster's deck names no clinic and prints no ydernummer;
  - no suppressed value can be read or worked out (tests/disclosure's checks).

  check_deck.py --klynge BIN --root DIR   (ctest)

Debian's /usr/bin/python3 with python3-yaml; libreoffice-impress and poppler-utils.
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
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "disclosure"))
import check_disclosure  # noqa: E402

failures = []
SOFFICE_TIMEOUT = 300


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def build(klynge, root, out):
    run = subprocess.run([klynge, "--root", root, "build", "-q", "-o", out], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"klynge build failed ({run.returncode}):\n{run.stderr}")


def danish(value, decimals):
    """As klynge prints a number: 1.480 or 42,7."""
    whole, _, frac = f"{value:,.{decimals}f}".partition(".")
    whole = whole.replace(",", ".")
    return whole + ("," + frac if decimals else "")


def indicators_of(root, package):
    """{id: (kind, per)} from the package's front matter."""
    with open(os.path.join(root, "content", "packages", package, "package.md"), encoding="utf-8") as f:
        front = yaml.safe_load(f.read().split("---")[1])
    return {i["id"]: (i.get("kind", "rate"), int(i.get("per", 1) or 1)) for i in front.get("indicators") or []}


def expected_values(root, slug, cluster):
    """Per data row the texts that show it: a count as a whole number, a rate
    with one decimal (either rounding of a tie); None for a suppressed row."""
    indicators = indicators_of(root, cluster["package"])
    out = []
    folder = os.path.join(root, "content", "clusters", slug)
    for name in cluster.get("data") or []:
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows or rows[0][:1] == ["survey"]:
            continue
        for practice, indicator, period, numerator, denominator in rows[1:]:
            n = int(numerator)
            if 1 <= n <= 4:
                out.append((indicator, period, practice, None))
                continue
            kind, per = indicators.get(indicator, ("rate", 1))
            if kind == "count":
                texts = {danish(n, 0)}
            else:
                rate = Decimal(n) * per / Decimal(int(denominator))
                texts = {danish(float(rate.quantize(Decimal("0.1"), rounding=r)), 1)
                         for r in (ROUND_HALF_UP, ROUND_HALF_EVEN)}
            out.append((indicator, period, practice, texts))
    return out


def check_package(where, data):
    with zipfile.ZipFile(where) as deck:
        names = deck.namelist()
        types = ElementTree.fromstring(deck.read("[Content_Types].xml"))
        ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
        overrides = {o.get("PartName") for o in types.iter(ct + "Override")}
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ElementTree.fromstring(deck.read(name))
                except ElementTree.ParseError as e:
                    fail(f"{data}: {name} is not well-formed XML: {e}")
            if name.endswith(".xml") and name != "[Content_Types].xml" and "/" + name not in overrides:
                fail(f"{data}: {name} has no content type")
        slides = [n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        notes = [n for n in names if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)]
        if not slides or len(notes) != len(slides):
            fail(f"{data}: {len(slides)} slides, {len(notes)} notes slides")
        a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
        p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
        for name in slides:
            root = ElementTree.fromstring(deck.read(name))
            for run in root.iter(a + "rPr"):
                if int(run.get("sz", "1800")) < 1800:
                    fail(f"{data}: {name}: text at {int(run.get('sz')) / 100} pt")
            for group in root.iter(p + "grpSp"):
                if not group.find(f"{p}nvGrpSpPr/{p}cNvPr").get("descr"):
                    fail(f"{data}: {name}: a chart without alt text")
            if list(root.iter(p + "pic")):
                fail(f"{data}: {name}: a picture on a slide")


def check_shown(slug, text, cluster, values, content_root):
    where = f"{slug}: LibreOffice's PDF of praesentation.pptx"
    tokens = set(re.findall(r"[^\s]+", text))
    for indicator, period, practice, texts in values:
        if texts is None:
            if "<5" not in tokens:
                fail(f"{where}: {indicator} {period}: clinic {practice} is suppressed but no \"<5\" is shown")
        elif not texts & tokens:
            fail(f"{where}: {indicator} {period}: clinic {practice}'s {' or '.join(sorted(texts))} is not shown")
    if cluster.get("data_mode", "closed") != "open":
        flat = " ".join(text.split())
        for practice in cluster.get("practices") or []:
            if " ".join(practice["name"].split()) in flat:
                fail(f"{where}: a closed cluster's deck names {practice['name']}")
            if str(practice["id"]) in tokens:
                fail(f"{where}: a closed cluster's deck prints ydernummer {practice['id']}")
    groups, questions = check_disclosure.read_cluster(os.path.join(content_root, "content", "clusters", slug))
    if any(0 < n < 5 for n in questions.values()) and "For få besvarelser" not in text:
        fail(f"{where}: a survey question with under 5 answers, but no \"For få besvarelser\"")
    before = len(check_disclosure.failures)
    check_disclosure.check_text(where, text, groups, questions)
    failures.extend(check_disclosure.failures[before:])


def convert_all(decks, out):
    """One soffice run for every deck: LibreOffice takes seconds to start."""
    profile = tempfile.mkdtemp(prefix="klynge-soffice-")
    try:
        run = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                              "--convert-to", "pdf", "--outdir", out] + decks,
                             capture_output=True, text=True, timeout=SOFFICE_TIMEOUT)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if run.returncode != 0:
        fail(f"soffice failed ({run.returncode}): {run.stderr}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--klynge", required=True)
    parser.add_argument("--root", default=".")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        build(args.klynge, args.root, os.path.join(one, "output"))
        build(args.klynge, args.root, os.path.join(two, "output"))
        clusters = os.path.join(one, "output", "clusters")
        slugs = sorted(s for s in os.listdir(clusters)
                       if os.path.isfile(os.path.join(clusters, s, "praesentation.pptx")))
        if not slugs:
            fail("no cluster pack has a praesentation.pptx")
        decks = os.path.join(one, "decks")
        os.makedirs(decks)
        for slug in slugs:
            for name in ("praesentation.pptx", "praesentation.pdf"):
                a, b = (open(os.path.join(d, "output", "clusters", slug, name), "rb").read() for d in (one, two))
                if a != b:
                    fail(f"{slug}: two builds wrote different {name} bytes")
            path = os.path.join(clusters, slug, "praesentation.pptx")
            check_package(path, f"{slug}/praesentation.pptx")
            shutil.copy(path, os.path.join(decks, slug + ".pptx"))  # one name each for soffice's output
        convert_all([os.path.join(decks, s + ".pptx") for s in slugs], decks)
        for slug in slugs:
            pdf = os.path.join(decks, slug + ".pdf")
            if not os.path.isfile(pdf):
                fail(f"{slug}: LibreOffice made no PDF of praesentation.pptx")
                continue
            with open(os.path.join(args.root, "content", "clusters", slug, "cluster.yaml"), encoding="utf-8") as f:
                cluster = yaml.safe_load(f)
            text = check_disclosure.pdf_text(pdf)
            check_shown(slug, text, cluster, expected_values(args.root, slug, cluster), args.root)
    if failures:
        print(f"check_deck: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print(f"check_deck: {len(slugs)} deck(s) opened by LibreOffice Impress: well-formed, reproducible, "
          "the cluster's figures shown and nothing suppressed or private")
    return 0


if __name__ == "__main__":
    sys.exit(main())
