#!/usr/bin/python3
# bench-tables.py: the tables of docs/performance.md, from the figures of one benchmark run
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# bench-tables.py [LOG]
#
# Reads the "BENCH {...}" lines that `meson test --benchmark` leaves in LOG (by default
# _build/meson-logs/testlog.txt) and prints the Markdown tables of docs/performance.md, so that
# the page shows one run's figures exactly as measured.

import json
import sys

SIZES = {1000: "10³", 10000: "10⁴", 100000: "10⁵", 1000000: "10⁶"}
QUERIES = [("lookup-id", "lookup by id"), ("find-name", "find by name"),
           ("subject-anchored", "subject-anchored"), ("object-anchored", "object-anchored"),
           ("include-parts", "include-parts"), ("find-path", "find_path, no hop limit")]


def size(n):
    return SIZES.get(n, str(n))


def mb(n):
    return f"{n / 2**20:.1f}" if n < 100 * 2**20 else f"{n / 2**20:.0f}"


def us(seconds):
    value = seconds * 1e6
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def fraction(x):
    return f"1/{1 / x:.0f}" if x > 0 else "–"


def read(path):
    figures = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("BENCH "):
                figures.append(json.loads(line[6:]))
    return figures


def load_table(figures):
    rows = [f for f in figures if f["bench"] == "load"]
    print("| entities (relations) | JSON MB | bare parse s | load s | load / bare | peak bare "
          "| peak load | retained | retained / file | compiled MB | compiled open + lookup "
          "| compiled / load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for f in rows:
        print(f"| {size(f['entities'])} ({size(f['relations'])}) | {mb(f['file_bytes'])} "
              f"| {f['bare_parse_and_free_seconds']:.3f} | {f['load_seconds']:.3f} "
              f"| **{f['load_ratio']:.2f}×** | {f['bare_peak_rss_bytes'] / 2**20:.0f} MB "
              f"| {f['load_peak_rss_bytes'] / 2**20:.0f} MB | {mb(f['load_retained_bytes'])} MB "
              f"| **{f['retained_per_file_byte']:.2f}×** | {mb(f['compiled_bytes'])} "
              f"| {f['compiled_load_and_lookup_seconds'] * 1e3:.2f} ms "
              f"| **{fraction(f['compiled_over_json'])}** |")


def query_table(figures):
    rows = {(f["entities"], f["form"], f["query"]): f for f in figures if f["bench"] == "query"}
    columns = sorted({(n, form) for n, form, _ in rows}, key=lambda c: (c[0], c[1] != "json"))
    print("| query | " + " | ".join(f"{size(n)} {form}" for n, form in columns)
          + " | results / query |")
    print("|---" * (len(columns) + 2) + "|")
    for key, label in QUERIES:
        cells, results = [], set()
        for n, form in columns:
            f = rows.get((n, form, key))
            if f is None:
                cells.append("–")
                continue
            per_result = f["warm_seconds_per_result"]
            cell = us(f["warm_seconds_per_query"])
            if key not in ("lookup-id", "find-name", "find-path"):
                cell += f" ({us(per_result)})"
            cells.append(cell)
            results.add(f["results"] / f["queries"])
        span = f"{min(results):.1f}" if max(results) - min(results) < 0.05 else \
            f"{min(results):.1f}–{max(results):.1f}"
        print(f"| {label} | " + " | ".join(cells) + f" | {span} |")


def growth_line(figures):
    for f in figures:
        if f["bench"] == "query-growth":
            print(f"Anchored queries from {size(f['from_entities'])} to {size(f['to_entities'])} "
                  f"entities ({f['batches']} batches of each size in turns): subject "
                  f"{us(f['subject_anchored_from_seconds'])} → {us(f['subject_anchored_to_seconds'])} µs, "
                  f"**{f['subject_anchored_growth']:.2f}×**; object "
                  f"{us(f['object_anchored_from_seconds'])} → {us(f['object_anchored_to_seconds'])} µs, "
                  f"**{f['object_anchored_growth']:.2f}×**.")


def python_tables(figures):
    rows = [f for f in figures if f["bench"] == "python"]
    print("| entities | program | load s | 1000 questions ms | total s | vs plain | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    last = None
    for f in rows:
        ratio = f["total_over_plain"]
        ratio_text = "1" if f["program"] == "plain" else \
            (f"**{ratio:.3g}×**" if f["program"] == "gi-compiled" else f"{ratio:.3g}×")
        print(f"| {size(f['entities']) if f['entities'] != last else ''} | {f['program']} "
              f"| {f['load_seconds']:.3f} | {f['queries_seconds'] * 1e3:.1f} | {f['total_seconds']:.3f} "
              f"| {ratio_text} | {f['peak_rss_bytes'] / 2**20:.0f} MB |")
        last = f["entities"]

    kinds = {(f["entities"], f["query"], f["program"]): f for f in figures
             if f["bench"] == "python-query"}
    sizes = sorted({n for n, _, _ in kinds})
    if not sizes:
        return
    print()
    print("| entities | query | results / question | plain µs | gi-json µs | gi-compiled µs |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        for i, (key, label) in enumerate(QUERIES):
            f = {program: kinds.get((n, key, program)) for program in ("plain", "gi-json", "gi-compiled")}
            if f["plain"] is None:
                continue
            print(f"| {size(n) if i == 0 else ''} | {label} "
                  f"| {f['plain']['results'] / f['plain']['queries']:.1f} | "
                  + " | ".join(us(f[p]["seconds_per_query"]) if f[p] else "–"
                               for p in ("plain", "gi-json", "gi-compiled")) + " |")


def main():
    figures = read(sys.argv[1] if len(sys.argv) > 1 else "_build/meson-logs/testlog.txt")
    if not figures:
        sys.exit("no BENCH lines: run `meson test -C _build --benchmark` first")
    for title, table in (("Loading", load_table), ("Queries (µs a query, warm; per result in "
                                                    "brackets)", query_table),
                         ("Growth", growth_line), ("Python", python_tables)):
        print(f"### {title}\n")
        table(figures)
        print()


if __name__ == "__main__":
    main()
