#!/usr/bin/env python3
"""Writes a synthetic klynge site root (content/) of N packages and M clusters,
and the same N package bodies as a Hugo site, for the benchmark.

Deterministic: the same arguments give the same files.

usage: make_corpus.py OUT_DIR --packages N --clusters M
"""
import argparse
import os
import random

TOPICS = ["Medicin", "Infektioner", "Samarbejde", "Kronisk sygdom", "Forebyggelse"]
WORDS = ("klyngen praksis patienter behandling opfølgning data medicin ordination forbrug "
         "kommunen samarbejde drøftelse gruppearbejde målepunkt klinikken sygeplejersker "
         "retningslinje recept smerter antibiotika dosisdispensering kvalitet udvikling "
         "implementering møde plenum sidemandssamtale erfaringer ændringer").split()


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(sentences))


def body(rng):
    parts = [paragraph(rng, 3)]
    for heading in ("Hvorfor er dette vigtigt?", "Hvad kan I forvente?", "Forberedelse"):
        parts.append("## " + heading)
        parts.append(paragraph(rng, rng.randint(3, 6)))
    parts.append("## Overvejelser inden mødet")
    parts.append("\n".join("- " + sentence(rng, 8) for _ in range(4)))
    parts.append("| Målepunkt | Enhed |\n|---|---|\n| Opioid i 3 mdr. | pr. 1.000 tilmeldte |\n| Tramadol | pr. 1.000 tilmeldte |")
    return "\n\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def package(root, hugo, i, rng):
    slug = f"pakke-{i:05d}"
    title = f"Klyngepakke {i}: {rng.choice(WORDS)} og {rng.choice(WORDS)}"
    text = body(rng)
    topic = TOPICS[i % len(TOPICS)]
    indicators = "".join(
        f"  - id: maal-{k}\n    title: Patienter med {rng.choice(WORDS)} {k}\n"
        f"    unit: pr. 1.000 tilmeldte\n    per: 1000\n    better: lower\n"
        f"    description: {sentence(rng)}\n" for k in range(1, 4))
    write(f"{root}/content/packages/{slug}/package.md",
          f"---\ntitle: \"{title}\"\nquestion: \"Kan {rng.choice(WORDS)} blive bedre?\"\n"
          f"topic: {topic}\nprovider: KiAP\nprice: Gratis\nduration: 150\n"
          f"order_weeks_before: 8\nindicators:\n{indicators}revised: 2026-01-15\n---\n{text}")
    blocks = []
    for b in range(1, 4):
        items = "".join(f"      - minutes: 10\n        text: {sentence(rng, 10)}\n" for _ in range(4))
        blocks.append(f"  - title: Blok {b}\n    minutes: 40\n    seating: mixed\n    items:\n{items}")
    blocks.insert(2, "  - title: Pause\n    break: true\n    minutes: 15\n")
    blocks.insert(0, "  - title: Introduktion\n    minutes: 15\n    items:\n      - minutes: 15\n"
                     f"        text: {sentence(rng, 10)}\n")
    write(f"{root}/content/packages/{slug}/program.yaml", "blocks:\n" + "".join(blocks))
    write(f"{root}/content/packages/{slug}/drejebog.yaml",
          f"before:\n  - title: Bestil klyngepakken\n    when: -8w\n    who: Klyngekoordinator\n"
          f"    text: {sentence(rng)}\n    checklist: [Lokale, Projektor, Flipover]\n"
          f"  - title: Send invitation\n    when: -2w\n    text: {sentence(rng)}\n"
          f"during:\n  - title: Uddel ark til mødenoter\n    when: 0\n"
          f"after:\n  - title: Bestil ny opgørelse\n    when: +6m\n    text: {sentence(rng)}\n")
    write(f"{hugo}/content/pakker/{slug}.md", f"---\ntitle: \"{title}\"\n---\n{text}")
    return slug


def cluster(root, j, slug, rng):
    ids = [f"{900000 + j * 100 + k:06d}" for k in range(15)]
    practices = "".join(f"  - id: \"{pid}\"\n    name: Fiktiv klinik {j}-{k}\n" for k, pid in enumerate(ids))
    comparators = "".join(f"  - indicator: maal-{k}\n    period: \"{p}\"\n    label: Regionen\n    value: 41.2\n"
                          for k in range(1, 4) for p in ("2024", "2025"))
    write(f"{root}/content/clusters/klynge-{j:04d}/cluster.yaml",
          f"name: Fiktiv klynge {j}\nregion: Nordjylland\ncoordinator: Fiktiv koordinator\n"
          f"package: {slug}\nmeeting:\n  date: 2026-03-12\n  start: \"16:00\"\n  place: Mødelokalet\n"
          f"data_mode: closed\npractices:\n{practices}data: [data.csv]\ncomparators:\n{comparators}")
    rows = ["practice,indicator,period,numerator,denominator"]
    for pid in ids:
        for k in range(1, 4):
            for p in ("2024", "2025"):
                d = rng.randint(800, 3500)
                rows.append(f"{pid},maal-{k},{p},{rng.randint(0, d // 15)},{d}")
    write(f"{root}/content/clusters/klynge-{j:04d}/data.csv", "\n".join(rows) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--packages", type=int, default=100)
    ap.add_argument("--clusters", type=int, default=10)
    args = ap.parse_args()
    rng = random.Random(20261123)
    root, hugo = os.path.join(args.out, "klynge"), os.path.join(args.out, "hugo")
    write(f"{root}/content/site.yaml",
          "title: Klyngepakker\norganisation: KiAP – Kvalitet i Almen Praksis\nlanguage: da\n"
          "base_url: https://klyngepakker.example.dk/\ntopics: [" + ", ".join(TOPICS) + "]\n")
    slugs = [package(root, hugo, i, rng) for i in range(1, args.packages + 1)]
    for j in range(1, args.clusters + 1):
        cluster(root, j, slugs[(j - 1) % len(slugs)], rng)
    write(f"{hugo}/config.toml", 'baseURL = "https://klyngepakker.example.dk/"\nlanguageCode = "da"\n'
          'title = "Klyngepakker"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n')
    write(f"{hugo}/layouts/_default/baseof.html",
          '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
          '<link rel="stylesheet" href="/style.css"></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n')
    write(f"{hugo}/layouts/_default/single.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n')
    write(f"{hugo}/layouts/_default/list.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
          '{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    write(f"{hugo}/layouts/index.html",
          '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}<li><a href="'
          '{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')


if __name__ == "__main__":
    main()
