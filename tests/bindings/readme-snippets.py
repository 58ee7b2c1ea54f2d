#!/usr/bin/python3
# readme-snippets.py: the README's C, Python and JavaScript snippets are programs that work, and
# they print the same lines; the README's dataset-building snippet saves a dataset that loads and
# prints the line it should.
#
# Usage: readme-snippets.py README SRCDIR BUILDDIR AUTHORING-LINE
#
# Each snippet is the first fenced code block after its marker (<!-- snippet:c -->,
# <!-- snippet:python -->, <!-- snippet:javascript -->). The C one is compiled with $CC (default
# cc) against the uninstalled build (-I SRCDIR/include -I BUILDDIR/include, linked with
# BUILDDIR/lib/libccbnet-1.so); the Python one runs with the interpreter that runs this script,
# the JavaScript one with `gjs -m`. The environment must let them find the uninstalled typelib
# and library (GI_TYPELIB_PATH, LD_LIBRARY_PATH), as meson's test environment does.
#
# The Python snippet after <!-- snippet:python-authoring --> builds a dataset: it runs with a
# path in a temporary directory as its argument and must print exactly AUTHORING-LINE (the line
# docs/examples/build-dataset.c and .js print too; tests/bindings/meson.build gives it to both
# tests) and leave a file there that loads, in canonical form, with the records it added. The
# README must show that line. Prints TAP.
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
AUTHORING = "python-authoring"
# A line every snippet must print: the name of nis-cooperation-group.
EXPECTED = "NIS Cooperation Group"


def extract(readme):
    """The code of each snippet, by language, and of the authoring one."""
    text = readme.read_text(encoding="utf-8")
    snippets = {}
    for language in [*LANGUAGES, AUTHORING]:
        match = re.search(rf"<!-- snippet:{language} -->\s*\n```[a-z]*\n(.*?)\n```", text, re.S)
        if match is None:
            raise SystemExit("readme-snippets.py: no fenced block after "
                             f"<!-- snippet:{language} -->")
        snippets[language] = match.group(1) + "\n"
    return snippets


def pkg_config(*args):
    return shlex.split(subprocess.run(["pkg-config", *args, "gio-2.0"], check=True,
                                      capture_output=True, text=True).stdout)


def saved_dataset(path):
    """What the dataset file the authoring snippet saved holds, as text for a report, or
    raises GLib.Error when it does not load."""
    import gi
    gi.require_version("Ccbnet", "1.0")
    from gi.repository import Ccbnet, Gio

    registry = Ccbnet.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(str(path)), None)
    canonical = registry.to_json().get_data() == path.read_bytes()
    relation = registry.lookup_relation("r1")
    return (f"{len(registry.get_documents())} source, {len(registry.get_sections())} section, "
            f"{registry.get_n_entities()} entities, {registry.get_n_relations()} relation, "
            f"r1 cites {relation.get_sources()[0].props.quote!r}, "
            f"{'canonical' if canonical else 'not canonical'}")


def check_authoring(snippet, tmp, env, expected, report):
    """Runs the authoring snippet with a new file's path, and checks its line and its file."""
    script = tmp / "authoring.py"
    script.write_text(snippet, encoding="utf-8")
    output = tmp / "authored" / "network.json"
    output.parent.mkdir()
    result = subprocess.run([sys.executable, str(script), str(output)], env=env,
                            capture_output=True, text=True, timeout=120)
    report(result.returncode == 0 and result.stdout == expected + "\n",
           f"the authoring snippet prints exactly {expected!r}",
           f"exit status {result.returncode}\nstdout: {result.stdout!r}\n{result.stderr}")
    if not output.exists():
        report(False, "the authoring snippet saves the file named by its argument",
               "no file at " + str(output))
        return
    try:
        summary = saved_dataset(output)
    except Exception as error:  # GLib.Error, or a record that is not there
        report(False, "the authoring snippet's file loads", str(error))
        return
    wanted = ("1 source, 1 section, 3 entities, 1 relation, r1 cites "
              "'The agency represents the ministry in the platform.', canonical")
    report(summary == wanted, "the authoring snippet's file loads, canonical, with its records",
           f"wanted: {wanted}\nfound:  {summary}")


def main(argv):
    readme, srcdir, builddir = (pathlib.Path(arg).resolve() for arg in argv[1:4])
    authoring_line = argv[4]
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

        check_authoring(snippets[AUTHORING], tmp, env, authoring_line, report)

    if "c" in outputs:
        report(EXPECTED in outputs["c"], f"the C snippet names the {EXPECTED}", outputs["c"])
    for language in ("python", "javascript"):
        if language in outputs and "c" in outputs:
            report(outputs[language] == outputs["c"],
                   f"the {language} snippet prints the same lines as the C one",
                   f"C:\n{outputs['c']}{language}:\n{outputs[language]}")

    report(f"`{authoring_line}`" in readme.read_text(encoding="utf-8"),
           f"the README shows the line the authoring snippet prints, `{authoring_line}`")

    print(f"1..{len(results)}")
    return 0 if all(results) and len(outputs) == len(LANGUAGES) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
