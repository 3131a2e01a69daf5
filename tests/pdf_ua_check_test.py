#!/usr/bin/python3
"""The PDF/UA checker can fail: a PDF painted without tags, language, title
or metadata is refused for each of those, and one tagged the way klynge tags
passes. Debian's /usr/bin/python3 with python3-pikepdf."""

import os
import sys
import tempfile

import pikepdf
from pikepdf import Array, Dictionary, Name

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdf_ua_check  # noqa: E402


def page_with(pdf, content):
    page = pdf.add_blank_page(page_size=(595, 842))
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    page.obj.Resources = Dictionary(Font=Dictionary(F1=pdf.make_indirect(font)))
    page.obj.Contents = pdf.make_stream(content)
    return page


def untagged(path):
    pdf = pikepdf.new()
    page_with(pdf, b"BT /F1 12 Tf 72 720 Td (Hej) Tj ET 0 0 m 100 100 l S")
    page_with(pdf, b"BT /F1 12 Tf 72 720 Td (Side 2) Tj ET")
    pdf.save(path)


def tagged(path, alt=True, skip_heading=False, th_scope=None, link=None):
    pdf = pikepdf.new()
    page = page_with(pdf, b"/Artifact BMC 0 0 m 100 100 l S EMC "
                          b"/H1 <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td (Hej) Tj ET EMC "
                          b"/Figure <</MCID 1>> BDC 10 10 50 50 re f EMC")
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    doc = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root))
    h = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.H2 if skip_heading else Name.H1, P=doc,
                                     Pg=page.obj, K=0))
    fig = Dictionary(Type=Name.StructElem, S=Name.Figure, P=doc, Pg=page.obj, K=1)
    if alt:
        fig.Alt = pikepdf.String("Et kvadrat")
    fig = pdf.make_indirect(fig)
    kids = [h, fig]
    nums = [0, Array([h, fig])]
    if th_scope is not None:
        th = Dictionary(Type=Name.StructElem, S=Name.TH, P=doc)
        if th_scope:
            th.A = Dictionary(O=Name.Table, Scope=Name.Column)
        kids.append(pdf.make_indirect(th))
    if link is not None:
        annot = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 10, 10]),
                           A=Dictionary(S=Name.URI, URI=pikepdf.String("https://www.sst.dk")))
        element = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Link, P=doc))
        if "contents" in link:
            annot.Contents = pikepdf.String("SST")
        if "parent" in link:
            annot.StructParent = 1
        annot = pdf.make_indirect(annot)
        element.K = Array([Dictionary(Type=Name.OBJR, Obj=annot, Pg=page.obj)])
        page.obj.Annots = Array([annot])
        kids.append(element)
        nums += [1, element]
    doc.K = Array(kids)
    root.K = doc
    root.ParentTree = Dictionary(Nums=Array(nums))
    page.obj.StructParents = 0
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = pikepdf.String("da")
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.docinfo["/Title"] = "Prøve"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "Prøve"
        meta["{http://www.aiim.org/pdfua/ns/id/}part"] = "1"
    pdf.save(path)


def main():
    failures = []

    def expect(name, problems, *needles):
        for needle in needles:
            if not any(needle in p for p in problems):
                failures.append("%s: expected a problem with %r, got %r" % (name, needle, problems))

    with tempfile.TemporaryDirectory() as tmp:
        bad = os.path.join(tmp, "untagged.pdf")
        untagged(bad)
        expect("untagged", pdf_ua_check.Checker(bad).run(), "neither tagged nor an artifact", "/Lang",
               "StructTreeRoot", "DisplayDocTitle", "/Title", "XMP", "bookmarks")
        if pdf_ua_check.check([bad]) != 1:
            failures.append("untagged: check() did not fail")

        good = os.path.join(tmp, "tagged.pdf")
        tagged(good)
        problems = pdf_ua_check.Checker(good).run()
        if problems:
            failures.append("tagged: expected no problems, got %r" % problems)

        no_alt = os.path.join(tmp, "no-alt.pdf")
        tagged(no_alt, alt=False)
        expect("no alt", pdf_ua_check.Checker(no_alt).run(), "Figure without /Alt")

        skipped = os.path.join(tmp, "skipped.pdf")
        tagged(skipped, skip_heading=True)
        expect("skipped heading", pdf_ua_check.Checker(skipped).run(), "heading level skipped")

        for name, kwargs, needle in (
                ("th without scope", {"th_scope": False}, "TH without /Scope"),
                ("link without contents", {"link": "parent"}, "without /Contents"),
                ("link without parent", {"link": "contents"}, "without /StructParent")):
            variant = os.path.join(tmp, name.replace(" ", "-") + ".pdf")
            tagged(variant, **kwargs)
            expect(name, pdf_ua_check.Checker(variant).run(), needle)
        complete = os.path.join(tmp, "complete.pdf")
        tagged(complete, th_scope=True, link="contents parent")
        problems = pdf_ua_check.Checker(complete).run()
        if problems:
            failures.append("complete: expected no problems, got %r" % problems)

    for f in failures:
        print(f)
    print("pdf_ua_check_test: %s" % ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
