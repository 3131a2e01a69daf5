#!/usr/bin/python3
"""Checks PDFs for what PDF/UA-1 asks that a machine can see, from outside
klynge's code (pikepdf reads the files as any reader would).

    pdf_ua_check.py FILE_OR_DIR...                      check these PDFs
    pdf_ua_check.py --klynge BIN --root DIR [--corpus N] build DIR (or a
        bench corpus of N packages made from it) into a temporary folder and
        check every PDF it writes, output/clusters/ included

Fails (exit 1) on: painted content neither tagged nor an artifact, an MCID
no structure element holds, a missing /Lang, title, DisplayDocTitle, /MarkInfo
or XMP pdfuaid:part, a Figure without /Alt, a TH without /Scope, a skipped
heading level, a link annotation without /Contents or /StructParent, and a
document of two or more pages without bookmarks. What needs a person
(reading order, whether an alt text says what the figure shows) it cannot see.

Debian's /usr/bin/python3 with python3-pikepdf.
"""

import argparse
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile

import pikepdf
from pikepdf import Name

# Operators that put marks on the page (text, paths, images, shadings).
PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "INLINE IMAGE"}
HEADING = re.compile(r"^H([1-6])$")
# What the content check reads: pikepdf then skips the rest (a third of the time).
OPERATORS = " ".join(sorted(PAINTING - {"INLINE IMAGE"}) + ["BMC", "BDC", "EMC", "BI"])


def number_tree(node, out, depth=0):
    """The entries of a number tree as a dict."""
    if depth > 32:
        return out
    if "/Nums" in node:
        nums = node.Nums
        for i in range(0, len(nums) - 1, 2):
            out[int(nums[i])] = nums[i + 1]
    if "/Kids" in node:
        for kid in node.Kids:
            number_tree(kid, out, depth + 1)
    return out


def key(obj):
    return obj.objgen if obj.is_indirect else id(obj)


class Checker:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def fail(self, text):
        self.problems.append(text)

    def run(self):
        try:
            pdf = pikepdf.open(self.path)
        except pikepdf.PdfError as e:
            self.fail("cannot be read: %s" % e)
            return self.problems
        with pdf:
            self.check_catalog(pdf)
            marked = self.check_structure(pdf)
            self.check_content(pdf, marked)
            self.check_annotations(pdf)
            if len(pdf.pages) >= 2 and not ("/Outlines" in pdf.Root and "/First" in pdf.Root.Outlines):
                self.fail("%d pages but no bookmarks" % len(pdf.pages))
        return self.problems

    def check_catalog(self, pdf):
        root = pdf.Root
        if not str(root.get("/Lang", "")).strip():
            self.fail("no /Lang in the catalog")
        if not ("/MarkInfo" in root and bool(root.MarkInfo.get("/Marked", False))):
            self.fail("no /MarkInfo <</Marked true>>")
        prefs = root.get("/ViewerPreferences")
        if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
            self.fail("no /ViewerPreferences /DisplayDocTitle true")
        if not str(pdf.docinfo.get("/Title", "")).strip():
            self.fail("no /Title in the document information")
        if "/Metadata" not in root:
            self.fail("no XMP metadata stream")
            return
        meta = pdf.open_metadata()
        if str(meta.get("{http://www.aiim.org/pdfua/ns/id/}part", "")) != "1":
            self.fail("XMP lacks pdfuaid:part 1")
        if not meta.get("dc:title"):
            self.fail("XMP lacks dc:title")

    def check_structure(self, pdf):
        """Walks the structure tree; returns the (page, MCID) pairs its elements hold."""
        marked = set()
        root = pdf.Root.get("/StructTreeRoot")
        if root is None:
            self.fail("no structure tree (StructTreeRoot)")
            return marked
        self.parent_tree = number_tree(root.ParentTree, {}) if "/ParentTree" in root else {}
        if "/ParentTree" not in root:
            self.fail("no ParentTree")
        self.objr = set()
        last_level = 0
        # Depth first, in the order of the tree: reading order.
        stack = [(root.K, None)] if "/K" in root else []
        seen = set()
        while stack:
            node, page = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend((kid, page) for kid in reversed(list(node)))
                continue
            if isinstance(node, int) or (hasattr(node, "is_integer") and node.is_integer):
                if page is None:
                    self.fail("an MCID %d with no page" % int(node))
                else:
                    marked.add((page, int(node)))
                continue
            if not isinstance(node, pikepdf.Dictionary):
                continue
            kind = node.get("/Type")
            if kind == Name.MCR:
                pg = node.get("/Pg")
                marked.add((key(pg) if pg is not None else page, int(node.MCID)))
                continue
            if kind == Name.OBJR:
                self.objr.add(key(node.Obj))
                continue
            if key(node) in seen:
                continue
            seen.add(key(node))
            role = str(node.get("/S", ""))[1:]
            if role == "Figure" and not str(node.get("/Alt", "")).strip():
                self.fail("a Figure without /Alt")
            if role == "TH" and not self.has_scope(node):
                self.fail("a TH without /Scope")
            heading = HEADING.match(role)
            if heading:
                level = int(heading.group(1))
                if level > last_level + 1:
                    self.fail("heading level skipped: H%d after %s" % (level, "H%d" % last_level if last_level else "no heading"))
                last_level = level
            own_page = key(node.Pg) if "/Pg" in node else page
            if "/K" in node:
                stack.append((node.K, own_page))
        return marked

    @staticmethod
    def has_scope(node):
        attributes = node.get("/A")
        if attributes is None:
            return False
        items = list(attributes) if isinstance(attributes, pikepdf.Array) else [attributes]
        return any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in items)

    def check_content(self, pdf, marked):
        for number, page in enumerate(pdf.pages, 1):
            page_key = page.obj.objgen
            stack = []  # per open sequence: "artifact", an MCID or None
            untagged = 0
            mcids = set()
            for operands, operator in pikepdf.parse_content_stream(page, OPERATORS):
                op = str(operator)
                if op == "BMC":
                    stack.append("artifact" if operands[0] == Name.Artifact else None)
                elif op == "BDC":
                    props = operands[1]
                    if operands[0] == Name.Artifact:
                        stack.append("artifact")
                    elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                        mcid = int(props.MCID)
                        mcids.add(mcid)
                        stack.append(mcid)
                    else:
                        stack.append(None)
                elif op == "EMC":
                    if stack:
                        stack.pop()
                    else:
                        self.fail("page %d: EMC without BMC/BDC" % number)
                elif op in PAINTING and not any(s is not None for s in stack):
                    untagged += 1
            if stack:
                self.fail("page %d: marked content left open" % number)
            if untagged:
                self.fail("page %d: %d painting operators neither tagged nor an artifact" % (number, untagged))
            if mcids and "/StructParents" not in page.obj:
                self.fail("page %d: marked content but no /StructParents" % number)
            parents = self.parent_tree_entry(page.obj)
            for mcid in sorted(mcids):
                if (page_key, mcid) not in marked:
                    self.fail("page %d: MCID %d belongs to no structure element" % (number, mcid))
                elif parents is not None and (mcid >= len(parents) or not isinstance(parents[mcid], pikepdf.Dictionary)):
                    self.fail("page %d: MCID %d missing from the ParentTree" % (number, mcid))

    def parent_tree_entry(self, page):
        if "/StructParents" not in page or not hasattr(self, "parent_tree"):
            return None
        entry = self.parent_tree.get(int(page.StructParents))
        return entry if isinstance(entry, pikepdf.Array) else None

    def check_annotations(self, pdf):
        for number, page in enumerate(pdf.pages, 1):
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") != Name.Link:
                    continue
                if not str(annot.get("/Contents", "")).strip():
                    self.fail("page %d: a link annotation without /Contents" % number)
                if "/StructParent" not in annot:
                    self.fail("page %d: a link annotation without /StructParent" % number)
                elif hasattr(self, "objr") and key(annot) not in self.objr:
                    self.fail("page %d: a link annotation no Link element refers to" % number)


def problems_of(path):
    return Checker(path).run()


def pdfs_in(paths):
    found = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, files in os.walk(path):
                found += [os.path.join(folder, f) for f in files if f.endswith(".pdf")]
        else:
            found.append(path)
    return sorted(found)


def check(paths):
    files = pdfs_in(paths)
    if not files:
        print("pdf_ua_check: no PDF found in %s" % " ".join(paths))
        return 1
    failed = 0
    # One process per core: a bench corpus has over a thousand PDFs.
    with multiprocessing.Pool() as pool:
        results = pool.map(problems_of, files, chunksize=16)
    for path, problems in zip(files, results):
        if problems:
            failed += 1
            for p in problems[:20]:
                print("%s: %s" % (path, p))
    print("pdf_ua_check: %d PDFs, %d with problems" % (len(files), failed))
    return 1 if failed else 0


def build_and_check(klynge, root, corpus):
    with tempfile.TemporaryDirectory(prefix="klynge-pdfua-") as tmp:
        if corpus:
            site = os.path.join(tmp, "corpus")
            maker = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "make_corpus.py")
            subprocess.run([sys.executable, maker, "--packages", str(corpus), site], check=True,
                           stdout=subprocess.DEVNULL)
            root = os.path.join(site, "klynge")
        out = os.path.join(tmp, "out")
        result = subprocess.run([klynge, "--root", root, "build", "-o", out], capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            return 1
        if not os.path.isdir(os.path.join(out, "clusters")) and not corpus:
            print("pdf_ua_check: the build wrote no output/clusters/")
            return 1
        return check([out])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--klynge")
    parser.add_argument("--root")
    parser.add_argument("--corpus", type=int, default=0)
    args = parser.parse_args()
    if args.klynge:
        return build_and_check(args.klynge, args.root, args.corpus)
    return check(args.paths)


if __name__ == "__main__":
    sys.exit(main())
