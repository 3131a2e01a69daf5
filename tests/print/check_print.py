#!/usr/bin/python3
"""What a print shop and a clinic's wall need, checked from outside klynge:
    check_print.py --klynge BIN --root DIR
builds a copy of DIR's content (the sample package smertebehandling with a
plan.yaml asking for A4, A1 and A0) twice without and once with
--print-marks, then checks with pikepdf, pdftotext -bbox-layout and pdftoppm:
- without marks: two builds give the same bytes; every page of every PDF has
  a TrimBox equal to its MediaBox, and no BleedBox;
- with marks: every page's TrimBox is the page of the plain build, the
  BleedBox the TrimBox plus 3 mm on each side, the MediaBox larger still; the
  A4 plan's header band is accent-coloured in the bleed (rendered pixels);
  the crop marks are artifacts drawn outside the BleedBox;
- every PDF of both builds passes tests/pdf_ua_check.py;
- the measure: no line of running text in a flowing public PDF (klyngepakke,
  praksisark, drejebog, program, notes) of any sample package has more than
  85 characters (about 80, as a comfortable measure asks; A4 would hold 113);
- the A1 and A0 plans: heading (H1, H2, TH) capitals at least 7 and 10 mm
  (font size × the font file's OS/2 cap height), writing lines at least
  25 mm apart, intro and målepunkter in a column left of every grid word.
Debian's /usr/bin/python3 with python3-pikepdf; poppler-utils.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pikepdf

MM = 72 / 25.4
PLAN = "site/pakker/smertebehandling/pdf/implementeringsplan-{}.pdf"
FONT_DIR = "/usr/share/fonts/truetype/open-sans/"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def build(klynge, root, out, marks):
    cmd = [klynge, "--root", root, "build", "-o", out, "-q", "--clean"] + (["--print-marks"] if marks else [])
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("klynge build failed: " + done.stderr)


def pdfs(out):
    found = []
    for folder, _, files in os.walk(out):
        found += [os.path.relpath(os.path.join(folder, f), out) for f in files if f.endswith(".pdf")]
    return sorted(found)


def box(page, key):
    value = page.obj.get(key)
    return None if value is None else [round(float(v), 2) for v in value]


def cap_height(font_file):
    """OS/2 sCapHeight / unitsPerEm, read from the TrueType file."""
    data = open(font_file, "rb").read()
    tables = {}
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = offset
    units = struct.unpack(">H", data[tables[b"head"] + 18:tables[b"head"] + 20])[0]
    cap = struct.unpack(">h", data[tables[b"OS/2"] + 88:tables[b"OS/2"] + 90])[0]
    return cap / units


def heading_mcids(element, kind, found):
    """MCID -> H1, H2 or TH for the marked content under such a structure
    element (a TH's text is a P sequence inside the TH element)."""
    own = str(element.get("/S", ""))
    if own in ("/H1", "/H2", "/TH"):
        kind = own
    kids = element.get("/K")
    if kids is None:
        return found
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(kid, int) and kind:
            found[int(kid)] = kind
        elif isinstance(kid, pikepdf.Dictionary):
            if "/MCID" in kid and kind:
                found[int(kid.MCID)] = kind
            elif "/S" in kid:
                heading_mcids(kid, kind, found)
    return found


def heading_sizes(pdf_path):
    """(H1 | H2 | TH, font size) of the text in those structure elements on page 1."""
    sizes = []
    with pikepdf.open(pdf_path) as pdf:
        kinds = heading_mcids(pdf.Root.StructTreeRoot, None, {})
        stack, size = [], 0
        for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
            op = str(op)
            if op == "BDC":
                props = operands[1]
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
                stack.append(kinds.get(mcid))
            elif op == "BMC":
                stack.append(None)
            elif op == "EMC" and stack:
                stack.pop()
            elif op == "Tf":
                size = float(operands[1])
            elif op in ("Tj", "TJ") and stack and stack[-1]:
                sizes.append((stack[-1], size))
    return sizes


def writing_line_gaps(pdf_path, rule_rgb):
    """Distances between neighbouring horizontal lines stroked in the rule colour."""
    lines = {}
    with pikepdf.open(pdf_path) as pdf:
        colour, start = None, None
        for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
            op = str(op)
            if op == "RG":
                colour = tuple(round(float(v), 2) for v in operands)
            elif op == "m":
                start = (float(operands[0]), float(operands[1]))
            elif op == "l" and start and colour == rule_rgb and abs(float(operands[1]) - start[1]) < 0.01:
                lines.setdefault(round(start[0]), []).append(start[1])
    gaps = []
    for ys in lines.values():
        ys = sorted(set(round(y, 2) for y in ys))
        gaps += [b - a for a, b in zip(ys, ys[1:])]
    return gaps


def words(pdf_path):
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", pdf_path, "-"],
                         capture_output=True, text=True, check=True).stdout
    xml = re.sub(r'xmlns="[^"]*"', "", xml)
    return [(w.text or "", float(w.get("xMin")), float(w.get("xMax"))) for w in ET.fromstring(xml).iter("word")]


def check_plans(out, columns, question):
    for paper, min_cap in (("a1", 7), ("a0", 10)):
        path = os.path.join(out, PLAN.format(paper))
        sizes = heading_sizes(path)
        kinds = {k for k, _ in sizes}
        if kinds != {"/H1", "/H2", "/TH"}:
            fail(f"{paper}: expected H1, H2 and TH text, found {sorted(kinds)}")
        cap = cap_height(FONT_DIR + "OpenSans-Bold.ttf")
        smallest = min(s for _, s in sizes) * cap / MM
        print(f"{paper}: smallest heading capital {smallest:.1f} mm (need {min_cap})")
        if smallest < min_cap:
            fail(f"{paper}: a heading's capitals are {smallest:.1f} mm, under {min_cap} mm")
        gaps = writing_line_gaps(path, (0.81, 0.84, 0.88))
        if not gaps:
            fail(f"{paper}: no writing lines found")
        elif min(gaps) < 25 * MM - 0.1:
            fail(f"{paper}: writing lines {min(gaps) / MM:.1f} mm apart, under 25 mm")
        else:
            print(f"{paper}: writing lines {min(gaps) / MM:.1f} mm apart")
        found = words(path)
        grid_left = min(x0 for t, x0, _ in found if t == columns[0].split()[0])
        first_question_word = question.split()[0]
        column = [x1 for t, _, x1 in found if t in ("Målepunkter", first_question_word)]
        if len(column) < 2:
            fail(f"{paper}: the intro and Målepunkter were not found")
        elif max(column) >= grid_left:
            fail(f"{paper}: intro or Målepunkter reach x={max(column):.0f}, the grid starts at {grid_left:.0f}")
        else:
            print(f"{paper}: intro column ends at x={max(column):.0f}, grid starts at x={grid_left:.0f}")


FLOWING = ("klyngepakke", "praksisark", "drejebog", "program", "moedenoter")


def check_measure(out):
    longest, where, files = 0, "", 0
    for rel in pdfs(out):
        if not rel.startswith("site/") or os.path.basename(rel)[:-4] not in FLOWING:
            continue
        files += 1
        xml = subprocess.run(["pdftotext", "-bbox-layout", os.path.join(out, rel), "-"],
                             capture_output=True, text=True, check=True).stdout
        xml = re.sub(r'xmlns="[^"]*"', "", xml)
        for line in ET.fromstring(xml).iter("line"):
            text = " ".join(w.text or "" for w in line.iter("word"))
            if len(text) > longest:
                longest, where = len(text), f"{rel}: {text}"
    if files < 10:
        fail(f"only {files} flowing PDFs found")
    if longest > 85:
        fail(f"a line of {longest} characters: {where}")
    print(f"measure: the longest line of {files} flowing PDFs has {longest} characters")


def check_boxes(plain, marked):
    for rel in pdfs(plain):
        with pikepdf.open(os.path.join(plain, rel)) as p, pikepdf.open(os.path.join(marked, rel)) as m:
            for n, (pp, mp) in enumerate(zip(p.pages, m.pages), 1):
                media, trim = box(pp, "/MediaBox"), box(pp, "/TrimBox")
                if trim != media or box(pp, "/BleedBox") is not None:
                    fail(f"{rel} p{n}: TrimBox {trim}, MediaBox {media} without --print-marks")
                mtrim, bleed, mmedia = box(mp, "/TrimBox"), box(mp, "/BleedBox"), box(mp, "/MediaBox")
                if not mtrim or not bleed:
                    fail(f"{rel} p{n}: no TrimBox or BleedBox with --print-marks")
                    continue
                if [round(mtrim[2] - mtrim[0], 1), round(mtrim[3] - mtrim[1], 1)] != [round(media[2], 1),
                                                                                    round(media[3], 1)]:
                    fail(f"{rel} p{n}: TrimBox {mtrim} is not the paper {media}")
                want = [mtrim[0] - 3 * MM, mtrim[1] - 3 * MM, mtrim[2] + 3 * MM, mtrim[3] + 3 * MM]
                if any(abs(a - b) > 0.02 for a, b in zip(bleed, want)):
                    fail(f"{rel} p{n}: BleedBox {bleed}, want TrimBox + 3 mm {want}")
                if not (mmedia[0] < bleed[0] and mmedia[2] > bleed[2] and mmedia[3] > bleed[3]):
                    fail(f"{rel} p{n}: MediaBox {mmedia} leaves no room outside the bleed {bleed}")
            if len(p.pages) != len(m.pages):
                fail(f"{rel}: {len(p.pages)} pages, {len(m.pages)} with --print-marks")


def check_crop_marks(path):
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        bleed = box(page, "/BleedBox")
        segments, inside, start = [], False, None
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op == "BDC" and str(operands[0]) == "/Artifact" and str(operands[1].get("/Type")) == "/Page":
                inside = True
            elif op == "EMC":
                inside = False
            elif inside and op == "m":
                start = (float(operands[0]), float(operands[1]))
            elif inside and op == "l":
                segments.append((start, (float(operands[0]), float(operands[1]))))
    if len(segments) != 8:
        fail(f"{path}: {len(segments)} crop mark lines, want 8 (two at each corner)")
    for (x0, y0), (x1, y1) in segments:
        outside = (max(x0, x1) <= bleed[0] + 0.01 or min(x0, x1) >= bleed[2] - 0.01 or
                   max(y0, y1) <= bleed[1] + 0.01 or min(y0, y1) >= bleed[3] - 0.01)
        if not outside:
            fail(f"{path}: crop mark ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}) is inside the bleed {bleed}")
    print(f"crop marks: {len(segments)} lines, all outside the bleed")


def check_bleed_pixels(path, tmp, accent):
    """The header band's colour 1.5 mm outside the trim, at its top left corner."""
    with pikepdf.open(path) as pdf:
        trim, media = box(pdf.pages[0], "/TrimBox"), box(pdf.pages[0], "/MediaBox")
    dpi = 72
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", path,
                    os.path.join(tmp, "bleed")], check=True)
    data = open(os.path.join(tmp, "bleed.ppm"), "rb").read()
    header = data.split(b"\n", 3)
    width, height = map(int, header[1].split())
    pixels = header[3]

    def at(x_pt, y_top_pt):
        x, y = int(x_pt * dpi / 72), int(y_top_pt * dpi / 72)
        i = (y * width + x) * 3
        return tuple(pixels[i:i + 3])

    top = media[3] - trim[3]  # from the sheet's top edge to the trim
    in_bleed = at(trim[0] - 1.5 * MM, top - 1.5 * MM)
    outside = at(trim[0] - 6 * MM, top + 20)
    if max(abs(a - b) for a, b in zip(in_bleed, accent)) > 8:
        fail(f"{path}: the bleed beside the header band is {in_bleed}, not the accent {accent}")
    elif outside != (255, 255, 255):
        fail(f"{path}: outside the bleed is {outside}, not white paper")
    else:
        print(f"bleed: header band colour {in_bleed} 1.5 mm outside the trim")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--klynge", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "site")
        shutil.copytree(os.path.join(args.root, "content"), os.path.join(root, "content"))
        shutil.copytree(os.path.join(args.root, "themes"), os.path.join(root, "themes"))
        with open(os.path.join(root, "content/packages/smertebehandling/plan.yaml"), "w") as f:
            f.write("sizes: [A4, A1, A0]\n")
        outs = {name: os.path.join(tmp, name) for name in ("plain", "again", "marked")}
        build(args.klynge, root, outs["plain"], False)
        build(args.klynge, root, outs["again"], False)
        build(args.klynge, root, outs["marked"], True)

        plain = pdfs(outs["plain"])
        if len(plain) < 20 or plain != pdfs(outs["marked"]):
            fail(f"the builds wrote {len(plain)} and {len(pdfs(outs['marked']))} PDFs")
        for rel in plain:
            a = open(os.path.join(outs["plain"], rel), "rb").read()
            if a != open(os.path.join(outs["again"], rel), "rb").read():
                fail(f"{rel}: two builds without --print-marks differ")
        check_boxes(outs["plain"], outs["marked"])
        check_measure(outs["plain"])
        check_plans(outs["plain"], ["Hvad vil vi ændre?"], "Kan forbruget")
        check_plans(outs["marked"], ["Hvad vil vi ændre?"], "Kan forbruget")
        check_crop_marks(os.path.join(outs["marked"], PLAN.format("a4")))
        check_bleed_pixels(os.path.join(outs["marked"], PLAN.format("a4")), tmp, (0x0b, 0x3a, 0x6f))
        ua = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pdf_ua_check.py")
        for name in ("plain", "marked"):
            done = subprocess.run(["/usr/bin/python3", ua, outs[name]], capture_output=True, text=True)
            if done.returncode != 0:
                fail(f"pdf_ua_check on the {name} build: {done.stdout[-2000:]}{done.stderr[-2000:]}")
        print(f"{len(plain)} PDFs in each build")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
