#!/usr/bin/env python3
"""One-command benchmark: klynge's cold, no-op and one-edit builds on synthetic
corpora of N packages (N/10 clusters), and klynge's site pages next to Hugo's
on the same N Markdown bodies. Prints a Markdown table; see bench/README.md.

usage: python3 bench/run.py [--sizes 100,1000,5000] [--klynge PATH] [--out FILE]

Standard library only, so it runs wherever klynge builds.
"""
import argparse
import os
import platform
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKE_CORPUS = os.path.join(REPO, "bench", "make_corpus.py")
# The package edited in step 3: pakke-00001 is the one cluster 1 meets about,
# so the edit reaches a cluster pack as well as the package's own outputs.
CLUSTER_SLUG = "pakke-00001"  # cluster 1 meets about it
# From this size on one cold full build is enough (it takes minutes).
LARGE = 5000


class BenchError(Exception):
    """A failure worth one clear line to the user, not a traceback."""


class Run:
    """One child process: wall seconds, peak RSS in KB, exit status."""

    def __init__(self, seconds, peak_kb, status):
        self.seconds, self.peak_kb, self.status = seconds, peak_kb, status


def run_child(argv, log_path, cwd=None):
    """Runs argv with stdout and stderr to log_path; times it and reads the
    child's own rusage through wait4, so peak RSS is klynge's (or Hugo's)
    alone, not this script's."""
    with open(log_path, "wb") as log:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    run = Run(seconds, usage.ru_maxrss, child.returncode)
    if run.status != 0:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            tail = "".join(f.readlines()[-20:])
        raise BenchError(f"{shlex.join(argv)} exited {run.status}; last lines of {log_path}:\n{tail}")
    return run


def count_outputs(folder):
    """(PDF files, HTML pages) under folder, leaving out the build cache."""
    pdfs = pages = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d != ".klynge-cache"]
        for name in filenames:
            if name.endswith(".pdf"):
                pdfs += 1
            elif name.endswith(".html"):
                pages += 1
    return pdfs, pages


def median_seconds(runs):
    return statistics.median(r.seconds for r in runs)


class Klynge:
    """The binary and which of the newer build flags it understands; a flag it
    lacks is left out, so the script measures older binaries too."""

    def __init__(self, path, jobs):
        self.path = path
        out = subprocess.run([path, "build", "--help"], capture_output=True, text=True)
        help_text = out.stdout + out.stderr
        self.has_only = re.search(r"--only\b", help_text) is not None
        self.has_quiet = re.search(r"--quiet\b", help_text) is not None
        self.has_jobs = re.search(r"--jobs\b", help_text) is not None
        self.jobs = jobs
        if jobs is not None and not self.has_jobs:
            print(f"note: {path} has no --jobs; building with its default thread count", file=sys.stderr)
        self.version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout.strip()

    def build_argv(self, root, only=None):
        argv = [self.path, "--root", root, "build"]
        if only is not None and self.has_only:
            argv += ["--only", only]
        if self.has_quiet:
            argv.append("--quiet")
        if self.jobs is not None and self.has_jobs:
            argv += ["--jobs", str(self.jobs)]
        return argv

    def missing_flags(self):
        return [f for f, ok in (("--only", self.has_only), ("--quiet", self.has_quiet),
                                ("--jobs", self.has_jobs)) if not ok]


def make_corpus(folder, packages, clusters):
    if os.path.exists(folder):
        shutil.rmtree(folder)
    subprocess.run([sys.executable, MAKE_CORPUS, folder, "--packages", str(packages), "--clusters", str(clusters)],
                   check=True)
    return os.path.join(folder, "klynge"), os.path.join(folder, "hugo")


def edit_runs(klynge, root, slug, runs, logs, say):
    """Median seconds of `runs` rebuilds, each after adding a sentence to `slug`'s body."""
    package_md = os.path.join(root, "content", "packages", slug, "package.md")
    with open(package_md, encoding="utf-8") as f:
        original = f.read()
    edits = []
    try:
        for i in range(runs):
            added = "".join(f"\nEn ekstra sætning om klyngens møde nummer {k + 1}.\n" for k in range(i + 1))
            with open(package_md, "w", encoding="utf-8") as f:
                f.write(original + added)
            edits.append(run_child(klynge.build_argv(root), os.path.join(logs, f"edit-{slug}-{i}.log")))
    finally:
        with open(package_md, "w", encoding="utf-8") as f:
            f.write(original)
        # Back to the state the no-op measured, for the next step.
        run_child(klynge.build_argv(root), os.path.join(logs, f"restore-{slug}.log"))
    say(f"  one edited package ({slug}): {', '.join(f'{r.seconds:.2f}' for r in edits)} s")
    return median_seconds(edits)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_reload(klynge, root, slug, runs, logs, say):
    """Median seconds from writing an edit to package.md until `klynge serve`
    sends its open pages the reload event: what an author waits for."""
    port = free_port()
    log = open(os.path.join(logs, "serve.log"), "wb")
    child = subprocess.Popen([klynge.path, "--root", root, "serve", "--port", str(port)], stdout=log,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    package_md = os.path.join(root, "content", "packages", slug, "package.md")
    with open(package_md, encoding="utf-8") as f:
        original = f.read()
    events = None
    try:
        deadline = time.monotonic() + 600  # the first build may be a full one
        while True:
            if child.poll() is not None:
                raise BenchError(f"klynge serve exited {child.returncode}; see {log.name}")
            try:
                events = socket.create_connection(("127.0.0.1", port), timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise BenchError("klynge serve did not start listening within 600 s")
                time.sleep(0.05)
        events.sendall(b"GET /__klynge/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        events.settimeout(30)

        def wait_for_reload():
            seen = b""
            while b"event: reload" not in seen:
                chunk = events.recv(4096)
                if not chunk:
                    raise BenchError("klynge serve closed the event stream")
                seen += chunk

        time.sleep(1)  # the stream is registered and the watcher is idle
        times = []
        for i in range(runs):
            added = "".join(f"\nEn sætning skrevet under serve, nummer {k + 1}.\n" for k in range(i + 1))
            start = time.perf_counter()
            with open(package_md, "w", encoding="utf-8") as f:
                f.write(original + added)
            wait_for_reload()
            times.append(time.perf_counter() - start)
            time.sleep(0.5)  # let the next edit start from an idle server
    finally:
        with open(package_md, "w", encoding="utf-8") as f:
            f.write(original)
        if events:
            events.close()
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
        log.close()
    say(f"  serve, edit to reload ({slug}): {', '.join(f'{t * 1000:.0f}' for t in times)} ms")
    return statistics.median(times)


def tmpfs_folder():
    """A fresh folder on tmpfs, where writing files costs no disk; None without /dev/shm."""
    if not os.path.isdir("/dev/shm"):
        return None
    return tempfile.mkdtemp(prefix="klynge-bench-", dir="/dev/shm")


def pages_only_copy(root, dest):
    """A site root with the corpus's site.yaml and package.md files only."""
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(os.path.join(dest, "content"))
    shutil.copy(os.path.join(root, "content", "site.yaml"), os.path.join(dest, "content", "site.yaml"))
    packages = os.path.join(root, "content", "packages")
    for slug in sorted(os.listdir(packages)):
        os.makedirs(os.path.join(dest, "content", "packages", slug))
        shutil.copy(os.path.join(packages, slug, "package.md"), os.path.join(dest, "content", "packages", slug))
    return dest


def bench_size(n, klynge, hugo, work, runs, full_runs, say):
    clusters = max(1, n // 10)
    folder = os.path.join(work, f"n{n}")
    say(f"N={n}: writing {n} packages and {clusters} cluster(s) to {folder}")
    root, hugo_site = make_corpus(folder, n, clusters)
    output = os.path.join(root, "output")
    logs = os.path.join(folder, "logs")
    os.makedirs(logs)
    row = {"n": n, "clusters": clusters}

    # 1. Cold full build: no output folder, so no build cache either.
    cold = []
    for i in range(full_runs):
        shutil.rmtree(output, ignore_errors=True)
        cold.append(run_child(klynge.build_argv(root), os.path.join(logs, f"cold-{i}.log")))
        say(f"  cold full build {i + 1}/{full_runs}: {cold[-1].seconds:.2f} s, {cold[-1].peak_kb / 1024:.0f} MB")
    row["cold"] = median_seconds(cold)
    row["peak_mb"] = max(r.peak_kb for r in cold) / 1024
    row["pdfs"], row["pages"] = count_outputs(output)

    # 2. No-op rebuild over the output the last cold build left.
    noop = [run_child(klynge.build_argv(root), os.path.join(logs, f"noop-{i}.log")) for i in range(runs)]
    row["noop"] = median_seconds(noop)
    say(f"  no-op rebuild: {', '.join(f'{r.seconds:.2f}' for r in noop)} s")

    # 3. One package's body gains a sentence per run, so every run is a real
    # change from the state the previous build left; the file is put back
    # after. Twice: a package no cluster meets about (its pages and PDFs, the
    # catalog and the search index), and one a cluster uses (its pack too:
    # about a hundred PDFs).
    alone = f"pakke-{n:05d}"  # clusters use the first N/10 packages
    row["edit"] = edit_runs(klynge, root, alone, runs, logs, say)
    row["edit_cluster"] = edit_runs(klynge, root, CLUSTER_SLUG, runs, logs, say)

    # 4. Site pages only, cold, next to Hugo on the same Markdown bodies: a
    # copy of the corpus with only site.yaml and each package.md, so both
    # tools write one page per package (klynge adds its few site pages).
    pages_root = pages_only_copy(root, os.path.join(folder, "pages"))
    pages_output = os.path.join(pages_root, "output")
    site = []
    for i in range(runs):
        shutil.rmtree(pages_output, ignore_errors=True)
        site.append(run_child(klynge.build_argv(pages_root, only="site"), os.path.join(logs, f"site-{i}.log")))
    row["site"] = median_seconds(site)
    row["site_pages"] = count_outputs(pages_output)[1]
    hugo_out = os.path.join(folder, "hugo-public")
    hugo_runs = []
    for i in range(runs):
        shutil.rmtree(hugo_out, ignore_errors=True)
        hugo_runs.append(run_child([hugo, "--quiet", "-s", hugo_site, "-d", hugo_out],
                                   os.path.join(logs, f"hugo-{i}.log")))
    row["hugo"] = median_seconds(hugo_runs)
    row["hugo_pages"] = count_outputs(hugo_out)[1]
    say(f"  klynge site only: {row['site']:.2f} s for {row['site_pages']} pages; "
        f"hugo: {row['hugo']:.2f} s for {row['hugo_pages']} pages")

    # 5. The same on tmpfs, sources and outputs both, where the file system's
    # cost drops out and what is left is each tool's own work.
    shm = tmpfs_folder()
    row["site_shm"] = row["hugo_shm"] = None
    if shm:
        try:
            shm_pages = shutil.copytree(pages_root, os.path.join(shm, "pages"),
                                        ignore=shutil.ignore_patterns("output"))
            shm_hugo = shutil.copytree(hugo_site, os.path.join(shm, "hugo"))
            site_shm, hugo_shm = [], []
            for i in range(runs):
                shutil.rmtree(os.path.join(shm_pages, "output"), ignore_errors=True)
                site_shm.append(run_child(klynge.build_argv(shm_pages, only="site"),
                                          os.path.join(logs, f"site-shm-{i}.log")))
                shutil.rmtree(os.path.join(shm, "hugo-public"), ignore_errors=True)
                hugo_shm.append(run_child([hugo, "--quiet", "-s", shm_hugo, "-d", os.path.join(shm, "hugo-public")],
                                          os.path.join(logs, f"hugo-shm-{i}.log")))
            row["site_shm"], row["hugo_shm"] = median_seconds(site_shm), median_seconds(hugo_shm)
            say(f"  on tmpfs: klynge site only {row['site_shm']:.2f} s, hugo {row['hugo_shm']:.2f} s")
        finally:
            shutil.rmtree(shm, ignore_errors=True)

    # 6. `klynge serve`: an edit saved to the page reloading.
    row["reload"] = serve_reload(klynge, root, f"pakke-{n:05d}", runs, logs, say)
    return row


def load_average():
    """The 1-minute load average: on a shared machine it says how far to trust the times."""
    return f"{os.getloadavg()[0]:.1f}"


def machine_line(klynge, hugo, load_before, load_after):
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
    return (f"Machine: nproc {len(os.sched_getaffinity(0))}, {cpu}, load average {load_before} at start "
            f"and {load_after} at end; klynge --version: {klynge.version}; {hugo_version}")


def table(rows, klynge):
    site_note = "" if klynge.has_only else " †"
    lines = [
        "| N packages (clusters) | cold full build s | PDFs (pages) | PDFs/s | no-op s | one edit s | one edit, used by a cluster s | peak MB "
        f"| serve: edit to reload ms | klynge site-only s{site_note} | hugo s | klynge/hugo "
        "| on tmpfs: klynge site-only s | hugo s | klynge/hugo |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        shm = (f"| {r['site_shm']:.2f} | {r['hugo_shm']:.2f} | {r['site_shm'] / r['hugo_shm']:.2f} |"
               if r.get("site_shm") else "| – | – | – |")
        lines.append(
            f"| {r['n']} ({r['clusters']}) | {r['cold']:.2f} | {r['pdfs']} ({r['pages']}) "
            f"| {r['pdfs'] / r['cold']:.0f} | {r['noop']:.2f} | {r['edit']:.2f} | {r['edit_cluster']:.2f} | {r['peak_mb']:.0f} "
            f"| {1000 * r['reload']:.0f} "
            f"| {r['site']:.2f} ({r['site_pages']} pages) | {r['hugo']:.2f} ({r['hugo_pages']} pages) "
            f"| {r['site'] / r['hugo']:.2f} " + shm)
    if not klynge.has_only:
        lines.append("")
        lines.append("† this klynge has no `--only`: the site-only column is a full build "
                     "(site, PDFs and clusters).")
    return "\n".join(lines)


def parse_args():
    ap = argparse.ArgumentParser(description="klynge build benchmark (cold, no-op, one edit) and Hugo side by side")
    ap.add_argument("--sizes", default="100,1000,5000", help="comma-separated package counts (clusters = N/10)")
    ap.add_argument("--klynge", default=os.path.join(REPO, "build", "klynge"),
                    help="klynge binary (default: build/klynge)")
    ap.add_argument("--hugo", default=shutil.which("hugo") or "/usr/bin/hugo", help="hugo binary")
    ap.add_argument("--work", help="folder for the corpora and logs, kept afterwards (default: a temp dir, removed)")
    ap.add_argument("--runs", type=int, default=3, help="runs whose median is reported (no-op, edit, site, hugo)")
    ap.add_argument("--full-runs", type=int,
                    help=f"cold full builds per size (default: --runs below N={LARGE}, 1 from there on)")
    ap.add_argument("--jobs", type=int, help="klynge --jobs (default: klynge's own, one thread per core)")
    ap.add_argument("--out", help="also write the table to this file")
    args = ap.parse_args()
    try:
        args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes wants numbers separated by commas, got {args.sizes!r}")
    if not args.sizes or min(args.sizes) < 1 or args.runs < 1 or (args.full_runs is not None and args.full_runs < 1):
        ap.error("--sizes, --runs and --full-runs must be at least 1")
    return args


def main():
    args = parse_args()
    command = "python3 bench/run.py" + "".join(" " + shlex.quote(a) for a in sys.argv[1:])
    klynge_path = os.path.abspath(args.klynge)
    if not (os.path.isfile(klynge_path) and os.access(klynge_path, os.X_OK)):
        raise BenchError(f"no klynge binary at {klynge_path}: build it (cmake --build build) or pass --klynge PATH")
    hugo = shutil.which(args.hugo) if os.sep not in args.hugo else args.hugo
    if not hugo or not os.access(hugo, os.X_OK):
        raise BenchError(f"no hugo at {args.hugo}: install it with `bash scripts/install-deps.sh --test` "
                         "or pass --hugo PATH")
    klynge = Klynge(klynge_path, args.jobs)
    if klynge.missing_flags():
        print(f"note: {klynge_path} lacks {', '.join(klynge.missing_flags())}; running without them",
              file=sys.stderr)

    def say(text):
        print(text, file=sys.stderr, flush=True)

    work = os.path.abspath(args.work) if args.work else tempfile.mkdtemp(prefix="klynge-bench-")
    os.makedirs(work, exist_ok=True)
    rows = []
    load_before = load_average()
    try:
        for n in args.sizes:
            full_runs = args.full_runs or (args.runs if n < LARGE else 1)
            rows.append(bench_size(n, klynge, hugo, work, args.runs, full_runs, say))
    except BaseException:  # a failure or Ctrl-C: leave the logs to look at
        if not args.work:
            say(f"kept {work} to look at")
        raise
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)

    report = "\n".join([table(rows, klynge), "", machine_line(klynge, hugo, load_before, load_average()), "",
                        f"Command: `{command}`", ""])
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(report)


if __name__ == "__main__":
    try:
        main()
    except BenchError as e:
        print(f"run.py: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
