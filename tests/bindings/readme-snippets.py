#!/usr/bin/python3
# readme-snippets.py: the README's C, Python and JavaScript snippets are programs that work, and
# they print the same lines.
#
# Usage: readme-snippets.py README SRCDIR BUILDDIR
#
# Each snippet is the first fenced code block after its marker (<!-- snippet:c -->,
# <!-- snippet:python -->, <!-- snippet:javascript -->). The C one is compiled with $CC (default
# cc) against the uninstalled build (-I SRCDIR/include -I BUILDDIR/include, linked with
# BUILDDIR/lib/libccbnet-1.so); the Python one runs with the interpreter that runs this script,
# the JavaScript one with `gjs -m`. The environment must let them find the uninstalled typelib
# and library (GI_TYPELIB_PATH, LD_LIBRARY_PATH), as meson's test environment does. Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

LANGUAGES = {"c": "c", "python": "py", "javascript": "js"}
# A line every snippet must print: the name of nis-cooperation-group.
EXPECTED = "NIS Cooperation Group"


def extract(readme):
    """The code of each snippet, by language."""
    text = readme.read_text(encoding="utf-8")
    snippets = {}
    for language in LANGUAGES:
        match = re.search(rf"<!-- snippet:{language} -->\s*\n```[a-z]*\n(.*?)\n```", text, re.S)
        if match is None:
            raise SystemExit("readme-snippets.py: no fenced block after "
                             f"<!-- snippet:{language} -->")
        snippets[language] = match.group(1) + "\n"
    return snippets


def pkg_config(*args):
    return shlex.split(subprocess.run(["pkg-config", *args, "gio-2.0"], check=True,
                                      capture_output=True, text=True).stdout)


def main(argv):
    readme, srcdir, builddir = (pathlib.Path(arg).resolve() for arg in argv[1:4])
    snippets = extract(readme)
    results = []
    outputs = {}

    def report(ok, text, details=""):
        results.append(ok)
        print(f"{'ok' if ok else 'not ok'} {len(results)} - {text}")
        if not ok:
            for line in details.splitlines():
                print(f"# {line}")

    env = dict(os.environ, LC_ALL="C.UTF-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for language, suffix in LANGUAGES.items():
            path = tmp / f"snippet.{suffix}"
            path.write_text(snippets[language], encoding="utf-8")

        cc = shlex.split(os.environ.get("CC", "cc"))
        compiled = subprocess.run(
            [*cc, "-std=gnu11", "-Wall", "-Wextra", "-Werror",
             f"-I{srcdir / 'include'}", f"-I{builddir / 'include'}", *pkg_config("--cflags"),
             str(tmp / "snippet.c"), "-o", str(tmp / "snippet"),
             str(builddir / "lib" / "libccbnet-1.so"), *pkg_config("--libs")],
            capture_output=True, text=True)
        report(compiled.returncode == 0, "the C snippet compiles without warnings",
               compiled.stdout + compiled.stderr)

        commands = {
            "c": [str(tmp / "snippet")],
            "python": [sys.executable, str(tmp / "snippet.py")],
            "javascript": [shutil.which("gjs") or "gjs", "-m", str(tmp / "snippet.js")],
        }
        for language, command in commands.items():
            if language == "c" and compiled.returncode != 0:
                report(False, "the C snippet runs")
                continue
            result = subprocess.run(command, env=env, capture_output=True, text=True,
                                    timeout=120)
            outputs[language] = result.stdout
            report(result.returncode == 0 and result.stdout.strip() != "",
                   f"the {language} snippet runs and prints something",
                   f"exit status {result.returncode}\n{result.stderr}")

    if "c" in outputs:
        report(EXPECTED in outputs["c"], f"the C snippet names the {EXPECTED}", outputs["c"])
    for language in ("python", "javascript"):
        if language in outputs and "c" in outputs:
            report(outputs[language] == outputs["c"],
                   f"the {language} snippet prints the same lines as the C one",
                   f"C:\n{outputs['c']}{language}:\n{outputs[language]}")

    print(f"1..{len(results)}")
    return 0 if all(results) and len(outputs) == len(LANGUAGES) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
