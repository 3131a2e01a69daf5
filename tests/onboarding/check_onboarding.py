#!/usr/bin/python3
"""An author's first hour, from outside: `klynge new site` in an empty folder,
built and crawled as a visitor would (links, anchors, lang, titles); --root
before and after the subcommand; the site root found from a subfolder, and a
hint where there is none; every skeleton holding every key its file accepts
(the lists in generator/validate/file_keys.h, which the validators use);
and the warnings at file:line for skeleton text, a meeting in the past and a data
file without rows.

Usage: check_onboarding.py --klynge BIN --source DIR --case NAME
"""

import argparse
import calendar
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

PACKAGE = "min-foerste-pakke"  # scaffold/skeleton.h: kNewSitePackage
CLUSTER = "eksempelklyngen"    # kNewSiteCluster
PAGE = "om-klyngepakkerne"     # kNewSitePage


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(klynge, args, cwd, env=None):
    full_env = dict(os.environ)
    full_env.pop("SOURCE_DATE_EPOCH", None)
    full_env.update(env or {})
    done = subprocess.run([klynge] + args, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout, done.stderr


def new_site(klynge, parent):
    code, out, err = run(klynge, ["new", "site", "mysite"], parent)
    check(code == 0, f"klynge new site exited {code}: {err}")
    return os.path.join(parent, "mysite")


# --- crawl -----------------------------------------------------------------

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.in_title = False
        self.ids = set()
        self.urls = []  # (attribute, url, line)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "title":
            self.in_title = True
        for key in ("id",):
            if a.get(key):
                self.ids.add(a[key])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.urls.append((key, a[key], self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def parse_page(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


def crawl(site):
    pages = {}
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                rel = os.path.relpath(os.path.join(folder, name), site)
                pages[rel] = parse_page(os.path.join(folder, name))
    check("index.html" in pages, "the built site has no index.html")
    problems = []
    for rel, page in sorted(pages.items()):
        if page.lang not in ("da", "en"):
            problems.append(f"{rel}: <html lang> is {page.lang!r}")
        if not page.title.strip():
            problems.append(f"{rel}: no <title>")
        for attribute, url, line in page.urls:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("http", "https", "mailto", "tel"):
                continue
            if parts.scheme or url.startswith("/"):
                problems.append(f"{rel}:{line}: {attribute}={url!r} does not work from file:// or under a base path")
                continue
            if not parts.path:  # "#anchor" on the same page
                target_rel = rel
            else:
                target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(site, rel)),
                                                       urllib.parse.unquote(parts.path)))
                if os.path.isdir(target):
                    target = os.path.join(target, "index.html")
                if not os.path.isfile(target):
                    problems.append(f"{rel}:{line}: {attribute}={url!r} leads nowhere")
                    continue
                target_rel = os.path.relpath(target, site)
            fragment = urllib.parse.unquote(parts.fragment)
            if fragment and target_rel.endswith(".html"):
                ids = pages[target_rel].ids if target_rel in pages else parse_page(os.path.join(site, target_rel)).ids
                if fragment not in ids:
                    problems.append(f"{rel}:{line}: {attribute}={url!r}: no id {fragment!r} in {target_rel}")
    check(not problems, "the new site's pages:\n  " + "\n  ".join(problems))
    return pages


def case_new_site_builds_and_crawls(klynge, source, tmp):
    root = new_site(klynge, tmp)
    for rel in ["content/site.yaml", f"content/packages/{PACKAGE}/package.md", f"content/packages/{PACKAGE}/program.yaml",
                f"content/packages/{PACKAGE}/drejebog.yaml", f"content/packages/{PACKAGE}/plan.yaml",
                f"content/packages/{PACKAGE}/notes.yaml", f"content/packages/{PACKAGE}/praksisark.md",
                "content/stories/foerste-historie.md", f"content/pages/{PAGE}.md",
                f"content/clusters/{CLUSTER}/cluster.yaml",
                f"content/clusters/{CLUSTER}/data.csv"]:
        check(os.path.isfile(os.path.join(root, rel)), f"new site did not write {rel}")
    code, out, err = run(klynge, ["build"], root)
    check(code == 0, f"klynge build of the new site exited {code}:\n{err}")
    check(" error: " not in err, f"the new site has errors:\n{err}")
    site = os.path.join(root, "output", "site")
    pages = crawl(site)
    check(f"pakker/{PACKAGE}/index.html" in pages, f"the new site's package is not published: {sorted(pages)}")
    check("historier/foerste-historie/index.html" in pages, f"the new site's story is not published: {sorted(pages)}")
    check(f"{PAGE}/index.html" in pages, f"the new site's free page is not published: {sorted(pages)}")
    check(pages[f"{PAGE}/index.html"].title.startswith("Om klyngepakkerne"),
          f"the free page's title is {pages[f'{PAGE}/index.html'].title!r}")
    # In the main navigation (menu: 1) of every page, so the crawl above followed it from each.
    check(any(url == f"{PAGE}/index.html" for _, url, _ in pages["index.html"].urls),
          "the front page does not link the free page")
    pdfs = set(os.listdir(os.path.join(site, "pakker", PACKAGE, "pdf")))
    for name in ["klyngepakke.pdf", "program.pdf", "drejebog.pdf", "implementeringsplan-a4.pdf",
                 "implementeringsplan-a3.pdf", "moedenoter.pdf", "praksisark.pdf"]:
        check(name in pdfs, f"no {name} in pakker/{PACKAGE}/pdf/: {sorted(pdfs)}")
    check(os.path.isdir(os.path.join(root, "output", "clusters", CLUSTER)), "no cluster pack for the fictional cluster")
    for folder, _, files in os.walk(site):
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
                for private in ("Eksempelklyngen", "Første klinik", "Klyngekoordinatorens navn"):
                    check(private.encode() not in data, f"the private cluster's {private!r} is in {name}")


def case_root_before_and_after_the_subcommand(klynge, source, tmp):
    new_site(klynge, tmp)
    for args in (["--root", "mysite", "check"], ["check", "--root", "mysite"], ["check", "--root=mysite"]):
        code, out, err = run(klynge, args, tmp)
        check(code == 0, f"klynge {' '.join(args)} exited {code}: {err}")
    code, out, err = run(klynge, ["check", "--root", "no-such-folder"], tmp)
    check(code != 0, "a --root that does not exist was accepted")


def case_root_found_from_a_subfolder(klynge, source, tmp):
    root = new_site(klynge, tmp)
    deep = os.path.join(root, "content", "packages", PACKAGE)
    code, out, err = run(klynge, ["check"], deep)
    check(code == 0, f"klynge check in {deep} exited {code}: {err}")
    check("content folder not found" not in err, err)
    # A skeleton made from a subfolder lands in the site root's content/.
    code, out, err = run(klynge, ["new", "story", "fra-undermappe"], deep)
    check(code == 0, f"klynge new story in a subfolder exited {code}: {err}")
    check(os.path.isfile(os.path.join(root, "content", "stories", "fra-undermappe.md")),
          f"new story from a subfolder did not land in the site root: {out}")


def case_no_root_says_where_to_run(klynge, source, tmp):
    for command in (["check"], ["build"], ["new", "package", "x"]):
        code, out, err = run(klynge, command, tmp)
        check(code == 2, f"klynge {' '.join(command)} without a site root exited {code}")
        check("no site root" in err and "klynge new site" in err and "--root" in err,
              f"klynge {' '.join(command)} without a site root gave no hint:\n{err}")
    check(os.listdir(tmp) == [], f"a command without a site root wrote files: {os.listdir(tmp)}")


def file_keys(source):
    """The key lists of generator/validate/file_keys.h, by their name (kSite → site)."""
    with open(os.path.join(source, "generator", "validate", "file_keys.h"), encoding="utf-8") as f:
        text = f.read()
    lists = {}
    for name, body in re.findall(r"inline const std::vector<std::string> k(\w+) = \{(.*?)\};", text, re.S):
        lists[name] = re.findall(r'"([a-z_]+)"', body)
    check({"Site", "Package", "Program", "Drejebog", "Plan", "Notes", "Praksisark", "Story", "Page", "Cluster",
           "Meeting"} <= set(lists), f"file_keys.h lists: {sorted(lists)}")
    return lists


def keys_in(text, indent=""):
    """The keys written at `indent`, live and commented out ("# key:")."""
    live, commented = set(), set()
    for line in text.splitlines():
        m = re.match(re.escape(indent) + r"([a-z_]+):", line)
        if m:
            live.add(m.group(1))
        m = re.match(re.escape(indent) + r"# ?([a-z_]+):", line)
        if m:
            commented.add(m.group(1))
    return live, commented


def front_matter(text):
    check(text.startswith("---\n"), "no front matter")
    return text[4:text.index("\n---", 3)]


def case_every_skeleton_has_every_key(klynge, source, tmp):
    lists = file_keys(source)
    root = new_site(klynge, tmp)
    for args in (["new", "package", "ny"], ["new", "story", "ny"], ["new", "page", "ny"],
                 ["new", "cluster", "ny", "--package", PACKAGE]):
        code, out, err = run(klynge, args, root)
        check(code == 0, f"klynge {' '.join(args)} exited {code}: {err}")
    content = os.path.join(root, "content")
    skeletons = [("site.yaml", "Site", False)]
    for package in (PACKAGE, "ny"):
        for name, key in [("package.md", "Package"), ("program.yaml", "Program"), ("drejebog.yaml", "Drejebog"),
                          ("plan.yaml", "Plan"), ("notes.yaml", "Notes"), ("praksisark.md", "Praksisark")]:
            skeletons.append((f"packages/{package}/{name}", key, name.endswith(".md")))
    for story in ("foerste-historie", "ny"):
        skeletons.append((f"stories/{story}.md", "Story", True))
    for page in (PAGE, "ny"):
        skeletons.append((f"pages/{page}.md", "Page", True))
    for cluster in (CLUSTER, "ny"):
        skeletons.append((f"clusters/{cluster}/cluster.yaml", "Cluster", False))
    problems = []
    for rel, list_name, markdown in skeletons:
        with open(os.path.join(content, rel), encoding="utf-8") as f:
            text = f.read()
        if markdown:
            text = front_matter(text)
        live, commented = keys_in(text)
        known = lists[list_name]
        missing = [k for k in known if k not in live | commented]
        unknown = sorted(live - set(known))
        if missing:
            problems.append(f"{rel} lacks {missing}")
        if unknown:
            problems.append(f"{rel} has keys its file does not accept: {unknown}")
        if list_name == "Cluster":
            meeting = text[text.index("\nmeeting:"):]
            live, commented = keys_in(meeting, "  ")
            missing = [k for k in lists["Meeting"] if k not in live | commented]
            if missing:
                problems.append(f"{rel}'s meeting lacks {missing}")
    check(not problems, "skeletons:\n  " + "\n  ".join(problems))
    # And they are accepted as written: no unknown-key warning.
    code, out, err = run(klynge, ["check"], root)
    check(code == 0 and "unknown key" not in err, f"klynge check of the skeletons: {code}\n{err}")


def line_of(path, needle):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if needle in line:
                return number, line.index(needle) + 1
    raise Failure(f"{needle!r} not in {path}")


def case_warnings_at_file_and_line(klynge, source, tmp):
    root = new_site(klynge, tmp)
    package_md = os.path.join("content", "packages", PACKAGE, "package.md")
    # A draft's skeleton text is not yet published: no warning for it.
    code, out, err = run(klynge, ["new", "package", "udkast"], root)
    code, out, err = run(klynge, ["new", "cluster", "tom", "--package", PACKAGE], root)
    check(code == 0, f"klynge new cluster exited {code}: {err}")
    cluster_yaml = os.path.join(root, "content", "clusters", CLUSTER, "cluster.yaml")
    with open(cluster_yaml, encoding="utf-8") as f:
        meeting = re.search(r"date: (\d{4}-\d\d-\d\d)", f.read()).group(1)
    # A build clock 30 days after the meeting (SOURCE_DATE_EPOCH): the meeting is past.
    after = calendar.timegm(time.strptime(meeting, "%Y-%m-%d")) + 30 * 86400
    code, out, err = run(klynge, ["check"], root, {"SOURCE_DATE_EPOCH": str(after)})
    check(code == 0, f"warnings made klynge check fail ({code}):\n{err}")
    line, col = line_of(os.path.join(root, package_md), "Beskriv målepunktet")
    expected = f"{package_md}:{line}:{col}: warning: \"Beskriv målepunktet\" is the skeleton's text"
    check(expected in err, f"no placeholder warning {expected!r} in:\n{err}")
    story = os.path.join("content", "stories", "foerste-historie.md")
    line, col = line_of(os.path.join(root, story), "Fortæl, hvordan klyngen brugte pakken.")
    check(f"{story}:{line}:{col}: warning: \"Fortæl" in err, f"no placeholder warning for the story in:\n{err}")
    check("packages/udkast/" not in err, f"a draft's skeleton text was warned about:\n{err}")
    page = os.path.join("content", "pages", f"{PAGE}.md")
    line, col = line_of(os.path.join(root, page), "Skriv sidens tekst her.")
    check(f"{page}:{line}:{col}: warning: \"Skriv sidens" in err, f"no placeholder warning for the page in:\n{err}")
    line, col = line_of(cluster_yaml, meeting)
    rel_cluster = os.path.join("content", "clusters", CLUSTER, "cluster.yaml")
    check(f"{rel_cluster}:{line}:{col}: warning: the meeting date {meeting} is before the build's date" in err,
          f"no past-meeting warning at {rel_cluster}:{line}:{col} in:\n{err}")
    csv = os.path.join("content", "clusters", "tom", "data.csv")
    check(f"{csv}:1:1: warning: data file `data.csv` has a header but no rows" in err,
          f"no empty-data warning at {csv}:1:1 in:\n{err}")
    # Before the meeting: no such warning.
    before = after - 60 * 86400
    code, out, err = run(klynge, ["check"], root, {"SOURCE_DATE_EPOCH": str(before)})
    check("is before the build's date" not in err, f"a meeting to come was warned about:\n{err}")


def case_new_page_is_a_draft_until_published(klynge, source, tmp):
    root = new_site(klynge, tmp)
    code, out, err = run(klynge, ["new", "page", "bestilling"], root)
    check(code == 0, f"klynge new page exited {code}: {err}")
    page_md = os.path.join(root, "content", "pages", "bestilling.md")
    check(out.strip().endswith("content/pages/bestilling.md"), f"klynge new page listed {out!r}")
    code, out, err = run(klynge, ["new", "page", "bestilling"], root)
    check(code != 0 and "already exists" in err, f"a second new page overwrote the first ({code}): {err}")
    code, out, err = run(klynge, ["new", "page", "Bestilling"], root)
    check(code == 2 and "not a valid name" in err, f"klynge new page Bestilling: {code} {err}")
    code, out, err = run(klynge, ["build"], root)
    check(code == 0, f"klynge build with a new page exited {code}:\n{err}")
    check("pages/bestilling.md" not in err, f"a draft page's skeleton text was warned about:\n{err}")
    site = os.path.join(root, "output", "site")
    check(not os.path.exists(os.path.join(site, "bestilling")), "a new page (a draft) was published")
    with open(page_md, encoding="utf-8") as f:
        text = f.read()
    with open(page_md, "w", encoding="utf-8") as f:
        f.write(re.sub(r"\ndraft: true[^\n]*", "", text))
    code, out, err = run(klynge, ["build"], root)
    check(code == 0, f"klynge build after publishing the page exited {code}:\n{err}")
    check(os.path.isfile(os.path.join(site, "bestilling", "index.html")), "the published page was not built")
    rel = os.path.join("content", "pages", "bestilling.md")
    line, col = line_of(page_md, "Ny side")
    check(f"{rel}:{line}:{col}: warning: \"Ny side\" is the skeleton's text" in err,
          f"no placeholder warning for the published page's title in:\n{err}")
    # Without `menu`, the footer links it.
    front = parse_page(os.path.join(site, "index.html"))
    check(any(url == "bestilling/index.html" for _, url, _ in front.urls), "the front page does not link the new page")
    crawl(site)


CASES = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--klynge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--case", required=True, choices=sorted(CASES))
    args = parser.parse_args()
    klynge = os.path.abspath(args.klynge)
    with tempfile.TemporaryDirectory(prefix="klynge-onboarding-") as tmp:
        try:
            CASES[args.case](klynge, os.path.abspath(args.source), tmp)
        except Failure as failure:
            print(f"FAIL {args.case}: {failure}", file=sys.stderr)
            return 1
    print(f"ok {args.case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
