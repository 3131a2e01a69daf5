#!/usr/bin/python3
"""Checks, from outside, how full the pages of klynge's flowing PDFs are
(pdftotext -bbox-layout word boxes), and that a cluster handout's pages name
their indicator.

    check_fill.py FILE_OR_DIR...            check these PDFs
    check_fill.py --klynge BIN --root DIR   build the sample and a long
        handout made from it into a temporary folder and check them

A page's fill is how far down its body (between the running header and
footer) the lowest word reaches. It fails on a page under half full unless it
is the document's last page or the block that opens the next page (its lines
up to the first gap wider than a paragraph's) is taller than the room the
short page had left: that block could neither fit nor be split.

In uddelingskopi.pdf and klinikark.pdf every page after the first must open
with a top-level bookmark's title (an indicator, a survey) or with such a
title followed by "(fortsat)".

Debian's /usr/bin/python3 with python3-pikepdf; poppler-utils' pdftotext.
"""

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pikepdf

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import pdf_ua_check  # noqa: E402  (its pdfs_in)

FLOWING = re.compile(r"^(klyngepakke|uddelingskopi|klinikark|program|drejebog.*|praksisark)\.pdf$")
NAMED = {"uddelingskopi.pdf", "klinikark.pdf"}
MARGIN = 64  # PageSetup's top and bottom margins, points
BLOCK_GAP = 11  # wider than the gap between a paragraph's lines and two paragraphs'
CONTINUED = re.compile(r"^(.*) \((fortsat|continued)\)$")

PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages_of(path):
    """Per page: (body height, [(top, bottom, text) of each line inside the body])."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for width, height, body in PAGE.findall(xml):
        top, bottom = MARGIN, float(height) - MARGIN
        lines = []
        for line in LINE.findall(body):
            words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(line)]
            words = [w for w in words if w[1] >= top - 4 and w[3] <= bottom + 4]
            if words:
                lines.append((min(w[1] for w in words) - top, max(w[3] for w in words) - top,
                              " ".join(w[4] for w in words)))
        lines.sort()
        pages.append((bottom - top, lines))
    return pages


def first_block_height(lines):
    """The height of a page's opening block: its lines up to the first wide gap,
    after a repeated "(fortsat)" heading."""
    if lines and CONTINUED.match(lines[0][2]):
        lines = lines[1:]
    if not lines:
        return 0
    start, end = lines[0][0], lines[0][1]
    for top, bottom, _ in lines[1:]:
        if top - end > BLOCK_GAP:
            break
        end = max(end, bottom)
    return end - start


def fill_problems(path):
    problems = []
    pages = pages_of(path)
    for i, (height, lines) in enumerate(pages[:-1]):
        used = max((b for _, b, _ in lines), default=0)
        fill = used / height
        if fill >= 0.5:
            continue
        following = first_block_height(pages[i + 1][1])
        if following > height - used:
            continue  # the next block could neither fit here nor be split
        problems.append("page %d of %d is %.0f%% full, and the %.0f pt block opening page %d would have fit "
                        "in the %.0f pt left" % (i + 1, len(pages), 100 * fill, following, i + 2, height - used))
    return problems


def heading_problems(path):
    # The document's title and the parts under it (indicators, surveys).
    with pikepdf.open(path) as pdf:
        with pdf.open_outline() as outline:
            titles = [t.replace("\xa0", " ") for item in outline.root
                      for t in [item.title] + [c.title for c in item.children]]
    problems = []
    for i, (_, lines) in enumerate(pages_of(path)[1:], start=2):
        # The opening lines as one text: a long title wraps.
        opening = " ".join(text for _, _, text in lines[:3]).replace("\xa0", " ")
        if any(opening.startswith(t) for t in titles):
            continue
        problems.append('page %d opens with "%s", not an indicator\'s title or its "(fortsat)"' % (i, opening[:60]))
    return problems


def flowing_pdfs(paths):
    return [f for f in pdf_ua_check.pdfs_in(paths) if FLOWING.match(os.path.basename(f))]


def check(paths):
    files = flowing_pdfs(paths)
    if not files:
        print("check_fill: no flowing PDF found in %s" % " ".join(paths))
        return 1
    failed = 0
    for path in files:
        problems = fill_problems(path)
        if os.path.basename(path) in NAMED:
            problems += heading_problems(path)
        for p in problems:
            print("%s: %s" % (path, p))
        failed += bool(problems)
    print("check_fill: %d flowing PDFs, %d with problems" % (len(files), failed))
    return 1 if failed else 0


LONG_BODY = "\n\n".join(
    "## Afsnit %d om opfølgning\n\n" % n
    + " ".join(["Klyngen drøfter hvordan klinikkerne følger op på behandlingen, og hvilke ændringer "
                "de vil afprøve i den kommende periode sammen med praksispersonalet."] * (2 + n % 4))
    + ("\n\n- Første punkt på listen\n- Andet punkt, som er lidt længere end det første\n- Tredje punkt"
       if n % 3 == 0 else "")
    for n in range(1, 31))


def make_long_handout(root, into):
    """A copy of the sample whose smertebehandling package body runs many pages."""
    shutil.copytree(root, into, ignore=shutil.ignore_patterns(".git", "build*", "output", "docs", "tests", "bench"))
    package = os.path.join(into, "content", "packages", "smertebehandling", "package.md")
    with open(package, encoding="utf-8") as f:
        text = f.read()
    with open(package, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\n" + LONG_BODY + "\n")


def build(klynge, root, out):
    result = subprocess.run([klynge, "--root", root, "build", "-o", out], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        return False
    return True


def build_and_check(klynge, root):
    with tempfile.TemporaryDirectory(prefix="klynge-fill-") as tmp:
        sample, long_root, long_out = (os.path.join(tmp, n) for n in ("sample", "long-root", "long"))
        make_long_handout(root, long_root)
        if not build(klynge, root, sample) or not build(klynge, long_root, long_out):
            return 1
        handout = os.path.join(long_out, "site", "pakker", "smertebehandling", "pdf", "klyngepakke.pdf")
        if len(pages_of(handout)) < 4:
            print("check_fill: the long handout has fewer than 4 pages")
            return 1
        return check([sample, handout])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--klynge")
    parser.add_argument("--root")
    args = parser.parse_args()
    if args.klynge:
        return build_and_check(args.klynge, args.root)
    return check(args.paths)


if __name__ == "__main__":
    sys.exit(main())
