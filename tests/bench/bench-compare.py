#!/usr/bin/python3
# bench-compare.py: every figure of two sets of benchmark runs side by side, with the change
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# bench-compare.py BEFORE-LOG… -- AFTER-LOG…
#
# Each LOG is a meson test log (_build/meson-logs/testlog.txt) of one `meson test --benchmark`
# run, as bench-tables.py reads it. Runs of the two builds are best taken in turns in one
# sitting (before, after, before, after…), so that a slow spell of the machine falls on both.
# For every figure the script prints the median over the runs of each side and the ratio
# after / before, marking with "!" a time, a memory or a ratio of the targets that is more than
# 10 % worse, so that no figure gets worse unnoticed. Prints Markdown.

import json
import statistics
import sys

SIZES = {1000: "10³", 10000: "10⁴", 100000: "10⁵"}

# (bench, what identifies a row, the figures of the row, and whether more is worse)
LOAD = [("bare_parse_seconds", True), ("load_seconds", True), ("load_ratio", True),
        ("load_peak_rss_bytes", True), ("load_retained_bytes", True),
        ("retained_per_file_byte", True), ("compiled_load_and_lookup_seconds", True),
        ("compiled_over_json", True), ("mapped_load_and_lookup_seconds", True)]


def records(path):
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            at = line.find("BENCH {")
            if at >= 0:
                yield json.loads(line[at + len("BENCH "):].strip().rstrip('"'))


def figures(paths):
    """{(row, figure): [value per run]} over the runs of @paths."""
    found = {}

    def add(row, figure, value):
        found.setdefault((row, figure), []).append(value)

    for path in paths:
        for r in records(path):
            bench = r["bench"]
            if bench == "load":
                row = ("load", SIZES.get(r["entities"], r["entities"]))
                for figure, _ in LOAD:
                    if figure in r:          # absent from runs older than the figure
                        add(row, figure, r[figure])
            elif bench == "query":
                row = ("query", SIZES.get(r["entities"], r["entities"]), r["form"], r["query"])
                add(row, "warm_seconds_per_query", r["warm_seconds_per_query"])
                add(row, "cold_seconds_per_query", r["cold_seconds_per_query"])
            elif bench == "query-growth":
                row = ("growth",)
                add(row, "subject_anchored_growth", r["subject_anchored_growth"])
                add(row, "object_anchored_growth", r["object_anchored_growth"])
            elif bench == "python":
                row = ("python", SIZES.get(r["entities"], r["entities"]), r["program"])
                add(row, "total_seconds", r["total_seconds"])
                add(row, "total_over_plain", r["total_over_plain"])
            elif bench == "python-query":
                row = ("python-query", SIZES.get(r["entities"], r["entities"]), r["program"], r["query"])
                add(row, "seconds_per_query", r["seconds_per_query"])
    return found


def show(value):
    if isinstance(value, float) and value < 0.001:
        return f"{value * 1e6:.3g} µs"
    if isinstance(value, float) and value < 1:
        return f"{value:.4g}"
    if value >= 2**20:
        return f"{value / 2**20:.1f} MiB"
    return f"{value:.4g}"


def main(argv):
    if "--" not in argv[1:]:
        print(__doc__ or "usage: bench-compare.py BEFORE-LOG… -- AFTER-LOG…", file=sys.stderr)
        return 2
    split = argv.index("--")
    before, after = figures(argv[1:split]), figures(argv[split + 1:])
    print("| row | figure | runs | before (median) | after (median) | after / before |")
    print("|---|---|---|---|---|---|")
    worse = 0
    for key in sorted(set(before) & set(after), key=str):
        row, figure = key
        b, a = statistics.median(before[key]), statistics.median(after[key])
        ratio = a / b if b else float("nan")
        # "total_over_plain" and the per-query times of plain Python do not depend on libccbnet,
        # but they are shown: they say how noisy the machine was.
        flag = " !" if ratio > 1.10 else ""
        worse += bool(flag)
        print(f"| {' '.join(str(part) for part in row)} | {figure} | {len(before[key])}+{len(after[key])} "
              f"| {show(b)} | {show(a)} | {ratio:.2f}{flag} |")
    print()
    print(f"{worse} figures more than 10 % worse (marked !)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
