#!/usr/bin/python3
"""Reads every cluster's invitation.eml the way a mail program does, with
Python's own e-mail parser (the standard library, policy=email.policy.default):

  - the message and every part parse without defects;
  - the subject decodes to "Invitation til klyngemøde: <package> <date>", æøå intact
    (the sample's, and a copy's whose package title holds æøå ÆØÅ);
  - there is a text/plain and a text/html body (multipart/alternative);
  - the attachments are application/pdf, klyngepakke.pdf and praksisark.pdf,
    byte for byte the files beside the e-mail in the pack;
  - nothing private of the clinics is in it: no ydernummer, no clinic name from
    cluster.yaml, no count or rate from the cluster's CSV, neither in the text,
    the HTML nor the attached PDFs' text. It goes to every participant.

  check_eml.py --klynge BIN --root DIR   builds DIR's content twice into temporary
                                         folders, checks, and checks that both
                                         builds wrote the same bytes (ctest)
  check_eml.py --output DIR [--html-out DIR2]
                                         checks an existing build; writes each
                                         HTML part to DIR2/<cluster>.html for the
                                         Nu Html Checker (scripts/test.sh, html)

Debian's /usr/bin/python3: python3-yaml reads cluster.yaml; poppler-utils'
pdftotext reads the attachments.
"""

import argparse
import csv
import email
import email.policy
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


def danish_integer(n):
    return f"{n:,}".replace(",", ".")


def private_strings(cluster_dir):
    """Every string of the cluster's data that must not reach a participant."""
    with open(os.path.join(cluster_dir, "cluster.yaml"), encoding="utf-8") as f:
        cluster = yaml.safe_load(f)
    secrets = set()
    for practice in cluster.get("practices") or []:
        secrets.add(str(practice["id"]))
        secrets.add(practice["name"])
    figures = set()
    for name in cluster.get("data") or []:
        with open(os.path.join(cluster_dir, name), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            if "numerator" not in row:
                continue  # a survey's answers
            num = int(row["numerator"])
            den = int(row["denominator"]) if row.get("denominator") else None
            for n in (num, den):
                # Smaller numbers are everywhere in public text (times, "25+ år", colours);
                # tests/invitation_test.cc checks small counts with data of its own.
                if n is not None and n >= 100:
                    figures.update({str(n), danish_integer(n)})
            if den:
                for per in (100, 1000, 100000):
                    rate = f"{num / den * per:.1f}".replace(".", ",")
                    if len(rate) >= 4:
                        figures.add(rate)
    return secrets, figures


def tokens(text):
    """Numbers as written: "2.480", "41,3", "900001"."""
    return set(re.findall(r"\d+(?:[.,]\d+)*", text))


def pdf_text(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")


MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def expected_subject(root, cluster_dir):
    """"Invitation til klyngemøde: <package title> <date>", from the content itself."""
    with open(os.path.join(cluster_dir, "cluster.yaml"), encoding="utf-8") as f:
        cluster = yaml.safe_load(f)
    with open(os.path.join(root, "content", "packages", cluster["package"], "package.md"), encoding="utf-8") as f:
        front = yaml.safe_load(f.read().split("\n---", 1)[0].removeprefix("---\n"))
    date = cluster["meeting"]["date"]  # YAML reads 2026-03-12 as a date
    return f"Invitation til klyngemøde: {front['title']} {date.day}. {MONTHS[date.month - 1]} {date.year}"


def check_pack(pack, cluster_dir, html_out, root):
    where = os.path.join(pack, "invitation.eml")
    with open(where, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            fail(where, f"{part.get_content_type()} has defects: {part.defects}")
    if msg.get_content_type() != "multipart/mixed":
        fail(where, f"the message is {msg.get_content_type()}, not multipart/mixed")
    if "@" in str(msg.get("Message-ID", "")) or b"localhost" in raw:
        fail(where, "names a host")

    subject = str(msg["subject"])
    if subject != expected_subject(root, cluster_dir):
        fail(where, f"subject is {subject!r}, expected {expected_subject(root, cluster_dir)!r}")
    if not raw.startswith(b"Date: ") or msg["date"] is None or msg["date"].datetime is None:
        fail(where, "no readable Date")

    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    if plain is None or html is None:
        fail(where, "lacks a text/plain or a text/html body")
        return
    text, markup = plain.get_content(), html.get_content()
    for needle in ("Tid:", "Program", "Vedhæftet", "klyngepakke.pdf"):
        if needle not in text:
            fail(where, f"the plain text lacks {needle!r}")
    if not markup.startswith("<!DOCTYPE html>") or "<html lang=" not in markup:
        fail(where, "the HTML part is not an HTML document")
    if html_out:
        os.makedirs(html_out, exist_ok=True)
        with open(os.path.join(html_out, os.path.basename(pack.rstrip("/")) + ".html"), "w",
                  encoding="utf-8") as f:
            f.write(markup)

    attached = {}
    for part in msg.iter_attachments():
        if part.get_content_type() != "application/pdf":
            fail(where, f"attachment {part.get_filename()} is {part.get_content_type()}")
        attached[part.get_filename()] = part.get_content()
    expected = ["klyngepakke.pdf"] + (["praksisark.pdf"] if os.path.exists(os.path.join(pack, "praksisark.pdf"))
                                      else [])
    if sorted(attached) != sorted(expected):
        fail(where, f"attaches {sorted(attached)}, expected {sorted(expected)}")
    for name, data in attached.items():
        path = os.path.join(pack, name)
        if not os.path.exists(path) or open(path, "rb").read() != data:
            fail(where, f"the attached {name} is not the pack's {name}")

    secrets, figures = private_strings(cluster_dir)
    readable = {"text/plain": text, "text/html": markup}
    readable.update({name: pdf_text(data) for name, data in attached.items()})
    for part, content in readable.items():
        for secret in secrets:
            if secret in content:
                fail(where, f"{part} names {secret!r}, private to the cluster")
        for figure in tokens(content) & figures:
            fail(where, f"{part} shows {figure}, a figure of the cluster's data")


def check_output(output, root, html_out):
    clusters = os.path.join(output, "clusters")
    packs = sorted(os.listdir(clusters)) if os.path.isdir(clusters) else []
    if not packs:
        fail(output, "has no cluster packs")
    for slug in packs:
        check_pack(os.path.join(clusters, slug), os.path.join(root, "content", "clusters", slug), html_out, root)
    return packs


def build(klynge, root, out):
    run = subprocess.run([klynge, "--root", root, "build", "-q", "-o", out], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"klynge build failed ({run.returncode}):\n{run.stderr}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--klynge")
    parser.add_argument("--root", default=".")
    parser.add_argument("--output")
    parser.add_argument("--html-out")
    args = parser.parse_args()
    if args.output:
        packs = check_output(args.output, args.root, args.html_out)
    elif args.klynge:
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
            build(args.klynge, args.root, os.path.join(one, "output"))
            build(args.klynge, args.root, os.path.join(two, "output"))
            packs = check_output(os.path.join(one, "output"), args.root, args.html_out)
            for slug in packs:
                a, b = (open(os.path.join(d, "output", "clusters", slug, "invitation.eml"), "rb").read()
                        for d in (one, two))
                if a != b:
                    fail(slug, "two builds wrote different invitation.eml bytes")
        # The sample's subject has only an ø: a copy whose package title holds every
        # Danish letter, upper and lower case, and a dash, must decode to the same.
        with tempfile.TemporaryDirectory() as copy:
            shutil.copytree(os.path.join(args.root, "content"), os.path.join(copy, "content"))
            if os.path.isdir(os.path.join(args.root, "themes")):
                shutil.copytree(os.path.join(args.root, "themes"), os.path.join(copy, "themes"))
            for slug in packs:
                with open(os.path.join(copy, "content", "clusters", slug, "cluster.yaml"), encoding="utf-8") as f:
                    package = yaml.safe_load(f)["package"]
                page = os.path.join(copy, "content", "packages", package, "package.md")
                with open(page, encoding="utf-8") as f:
                    text = f.read()
                text = re.sub(r"^title: (.*)$", r"title: \1 – æøå ÆØÅ", text, count=1, flags=re.M)
                with open(page, "w", encoding="utf-8") as f:
                    f.write(text)
            build(args.klynge, copy, os.path.join(copy, "output"))
            check_output(os.path.join(copy, "output"), copy, None)
    else:
        parser.error("give --klynge BIN or --output DIR")
    for f in failures:
        print("check_eml: " + f, file=sys.stderr)
    if failures:
        return 1
    print(f"check_eml: {len(packs)} invitation(s) read by Python's e-mail parser: parts, subject, "
          "attachments and privacy as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
