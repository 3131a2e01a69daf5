#!/usr/bin/python3
"""The fill check can fail: a hand-made A4 PDF whose first page holds three
lines and whose second is full is refused; with the first page two thirds
full it passes; a short first page before a block too tall for its room passes."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_fill  # noqa: E402


def write_pdf(path, pages):
    """An A4 PDF in Helvetica; `pages` lists each page's line tops (points from the top)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for tops in pages:
        stream = "".join("BT /F1 10 Tf 56 %.2f Td (Linje i et afsnit om klyngen) Tj ET\n" % (841.89 - t - 10)
                         for t in tops)
        objects.append("<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream))
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                       "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append("%d 0 R" % len(objects))
    objects[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))
    out, offsets = "%PDF-1.4\n", []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "w", encoding="latin-1") as f:
        f.write(out)


def lines(first, count, step=14):
    return [first + i * step for i in range(count)]


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("short first page", [lines(70, 3), lines(70, 45)], 1),
            ("two thirds full", [lines(70, 34), lines(70, 45)], 0),
            # 12 lines, then a block of 45 unbroken lines that needs 630 pt: it could not fit.
            ("short page before a tall block", [lines(70, 12), lines(70, 45)], 0),
            ("short last page", [lines(70, 45), lines(70, 3)], 0),
        ]
        for name, pages, want in cases:
            path = os.path.join(tmp, "program.pdf")
            write_pdf(path, pages)
            got = check_fill.check([path])
            if got != want:
                print("FAIL %s: check returned %d, wanted %d" % (name, got, want))
                failures += 1
    print("check_fill_test: %d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
