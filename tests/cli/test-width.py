#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Text output fitted to the width (COLUMNS, or the terminal's), data output never.

test-width.py CCBNET

For each command below, at 60 and at 40 columns: no line is wider than the width; where no
table is printed, the words are exactly those of the unfitted output, in order (nothing is
lost, only broken across lines); continuation lines of a relation's qualifier start at the
qualifier's value. Tables keep their first column whole and end shortened cells in "…". JSON,
export and a COLUMNS that is not a width of at least 20 change nothing. Prints TAP.
"""

import os
import subprocess
import sys
import unicodedata

TOOL = sys.argv[1]
results = []


def run(args, columns=None):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LANGUAGE")}
    env.update(LC_ALL="C.UTF-8", NO_COLOR="1", CCBNET_DATASET="")
    if columns is not None:
        env["COLUMNS"] = str(columns)
    done = subprocess.run([TOOL, *args], capture_output=True, env=env, timeout=60)
    return done.returncode, done.stdout.decode("utf-8")


def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else
               0 if unicodedata.combining(c) else 1 for c in line)


def check(what, ok, *notes):
    results.append((ok, what, notes))


PROSE = [["query", "--kind", "represents-in", "--subject", "CCB"], ["path", "CCB", "FIRST"],
         ["path", "Belgium", "NATO", "--all"], ["query", "--kind", "member-of"]]
TABLES = [["why", "r053"], ["show", "CCB"], ["show", "enisa", "--lang", "fr"], ["list"], ["list", "relations"],
          ["neighbours", "ENISA", "--depth", "2"], ["list", "classifications"]]

for args in PROSE + TABLES:
    status, plain = run(args)
    for columns in (60, 40):
        fitted_status, fitted = run(args, columns)
        name = f"COLUMNS={columns} ccbnet {' '.join(args)}"
        wide = [l for l in fitted.splitlines() if width(l) > columns]
        check(f"{name}: every line fits", fitted_status == status and not wide,
              *[f"{width(l)}: {l}" for l in wide[:3]])
        if args in PROSE:
            check(f"{name}: the same words in the same order", fitted.split() == plain.split())

# The value column of a qualifier is where its continuation lines start.
_, fitted = run(PROSE[0], 60)
lines = fitted.splitlines()
hangs = [lines[i + 1] for i, l in enumerate(lines[:-1]) if l.startswith("      condition      ")]
check("a wrapped condition continues under its value",
      bool(hangs) and all(h.startswith(" " * 21) and h[21] != " " for h in hangs), *hangs[:2])

# Tables: the first column stays whole, shortened cells end in "…".
_, plain = run(["list"])
_, fitted = run(["list"], 40)
ids = [l.split()[0] for l in plain.splitlines()[1:]]
words = fitted.split()
check("COLUMNS=40 ccbnet list: every id whole", all(i in words for i in ids),
      *[i for i in ids if i not in words][:3])
check("COLUMNS=40 ccbnet list: shortened cells end in …", "…" in fitted)
# The last column wraps instead: every sentence of `why` stays whole.
_, plain = run(["why", "r053"])
_, fitted = run(["why", "r053"], 60)
check("COLUMNS=60 ccbnet why r053: the sentences keep every word",
      plain.split("Sentences")[1].split("Documents")[0].split() ==
      fitted.split("Sentences")[1].split("Documents")[0].split())

# Data is never fitted, and a COLUMNS that is no usable width is ignored.
for args in (["query", "--json", "--kind", "represents-in"], ["export", "--format", "dot"],
             ["export", "--format", "graphml"], ["show", "--json", "CCB"]):
    check(f"COLUMNS=30 ccbnet {' '.join(args)}: unchanged", run(args, 30) == run(args))
for columns in ("abc", "5", "0", "-3"):
    check(f"COLUMNS={columns}: no fitting", run(["show", "CCB"], columns) == run(["show", "CCB"]))

failed = 0
for n, (ok, what, notes) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} - {what}")
    for note in notes if not ok else ():
        print(f"# {note}")
    failed |= not ok
print(f"1..{len(results)}")
sys.exit(failed)
