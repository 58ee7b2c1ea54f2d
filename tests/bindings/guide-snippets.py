#!/usr/bin/python3
# guide-snippets.py: the Python code of a guide runs, and the guide shows what it prints.
#
# Usage: guide-snippets.py GUIDE.md EXPECTED-LINES
#
# The ```python blocks of the guide are one program, in the order they appear (each block goes
# on from the ones before it, as a reader types them). It runs with the interpreter that runs
# this script, in a new temporary directory (the files it saves go there), and must exit with
# status 0, print EXPECTED-LINES lines, and print only lines that the guide itself shows, so that
# the messages and results quoted in the guide are the ones the library gives. The environment
# must let it find the uninstalled typelib and library, as meson's test environment does.
# Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib
import re
import subprocess
import sys
import tempfile


def main(argv):
    guide = pathlib.Path(argv[1]).resolve()
    expected_lines = int(argv[2])
    text = guide.read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)\n```$", text, re.S | re.M)
    results = []

    def report(ok, what, details=""):
        results.append(ok)
        print(f"{'ok' if ok else 'not ok'} {len(results)} - {what}")
        if not ok:
            for line in details.splitlines():
                print(f"# {line}")

    report(len(blocks) > 0, f"{guide.name} has Python blocks ({len(blocks)})")
    with tempfile.TemporaryDirectory() as tmp:
        program = pathlib.Path(tmp) / "guide.py"
        program.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        result = subprocess.run([sys.executable, str(program)], cwd=tmp,
                                env=dict(os.environ, LC_ALL="C.UTF-8"),
                                capture_output=True, text=True, timeout=120)
    report(result.returncode == 0, "the Python blocks run as one program",
           f"exit status {result.returncode}\n{result.stderr}")
    lines = result.stdout.splitlines()
    report(len(lines) == expected_lines, f"they print {expected_lines} lines ({len(lines)})",
           result.stdout)
    for line in lines:
        report(line in text, f"the guide shows the printed line {line[:60]!r}", line)

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
