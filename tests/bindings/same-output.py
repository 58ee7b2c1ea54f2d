#!/usr/bin/python3
# same-output.py: run the same program written in several languages and check that they all
# print the same lines, byte for byte, as the first (the reference).
#
# Usage:
#   same-output.py [--args "CCB nl"]... [--expect TEXT]... [--exactly LINE] [--unknown NAME] \
#       [--output-file] [--fails ARGS] -- LABEL COMMAND... [-- LABEL COMMAND...]...
#
# Each --args is one run (split like a shell would); with none, one run without arguments.
# The output of the first run must contain each --expect text, and be exactly LINE and a newline
# with --exactly. With --unknown, every program must also exit with status 2 and print the same
# message on stderr for a name that nothing is known by.
#
# For programs that write a file: with --output-file, each program's run gets one more argument,
# the path of a file in a new temporary directory; the program must create it, with the same
# bytes as the first program's. With --fails, every program run with ARGS must exit with status
# 1, print nothing on stdout and the same message on stderr.
# Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import difflib
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile


def parse(argv):
    runs, expect, unknown, programs = [], [], None, []
    checks = {"exactly": None, "output_file": False, "fails": None}
    if "--" not in argv:
        sys.exit("same-output.py: no program given")
    split = argv.index("--")
    options, rest = argv[:split], argv[split + 1:]
    while options:
        option = options.pop(0)
        if option == "--args" and options:
            runs.append(shlex.split(options.pop(0)))
        elif option == "--expect" and options:
            expect.append(options.pop(0))
        elif option == "--unknown" and options:
            unknown = options.pop(0)
        elif option == "--exactly" and options:
            checks["exactly"] = options.pop(0) + "\n"
        elif option == "--output-file":
            checks["output_file"] = True
        elif option == "--fails" and options:
            checks["fails"] = shlex.split(options.pop(0))
        else:
            sys.exit(f"same-output.py: unknown option {option}")
    group = []
    for word in rest + ["--"]:
        if word != "--":
            group.append(word)
            continue
        if len(group) < 2:
            sys.exit("same-output.py: each program needs a label and a command")
        programs.append((group[0], group[1:]))
        group = []
    return runs or [[]], expect, unknown, programs, checks


def run(command, args):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    return subprocess.run(command + args, env=env, capture_output=True, text=True, timeout=120)


def main(argv):
    runs, expect, unknown, programs, checks = parse(argv[1:])
    results = []

    def report(ok, text, details=""):
        results.append(ok)
        print(f"{'ok' if ok else 'not ok'} {len(results)} - {text}")
        if not ok:
            for line in details.splitlines():
                print(f"# {line}")

    reference_label = programs[0][0]
    for args in runs:
        shown = " ".join(args + (["FILE"] if checks["output_file"] else [])) or "(no arguments)"
        reference = None
        reference_file = None
        for label, command in programs:
            with tempfile.TemporaryDirectory() as tmp:
                output = pathlib.Path(tmp) / "output"
                result = run(command, args + [str(output)] if checks["output_file"] else args)
                written = output.read_bytes() if output.exists() else None
            if result.returncode != 0:
                report(False, f"{label} {shown}: exit status {result.returncode}", result.stderr)
                continue
            if checks["output_file"]:
                if reference_file is None:
                    reference_file = written
                    report(written is not None, f"{label} {shown}: writes the file it is given")
                else:
                    report(written == reference_file,
                           f"{label} {shown}: writes the same bytes as {reference_label}",
                           "no file" if written is None else "other bytes")
            if reference is None:
                reference = result.stdout
                missing = [text for text in expect if text not in reference and args is runs[0]]
                if (checks["exactly"] is not None and args is runs[0]
                        and reference != checks["exactly"]):
                    missing.append(f"exactly {checks['exactly']!r}, not {reference!r}")
                report(bool(reference.strip()) and not missing,
                       f"{label} {shown}: prints the reference output",
                       "empty output" if not reference.strip() else
                       "".join(f"missing: {text}\n" for text in missing))
                continue
            diff = "".join(difflib.unified_diff(reference.splitlines(True),
                                                result.stdout.splitlines(True),
                                                reference_label, label))
            report(result.stdout == reference, f"{label} {shown}: same output as "
                   f"{reference_label}", diff + result.stderr)

    if unknown is not None:
        messages = {}
        for label, command in programs:
            result = run(command, [unknown])
            messages[label] = result.stderr
            report(result.returncode == 2 and result.stdout == "",
                   f"{label} {unknown!r}: exit status 2 ({result.returncode})", result.stderr)
        report(len(set(messages.values())) == 1,
               f"the same message on stderr for {unknown!r}",
               "".join(f"{label}: {text}" for label, text in messages.items()))

    if checks["fails"] is not None:
        shown = " ".join(checks["fails"])
        messages = {}
        for label, command in programs:
            result = run(command, checks["fails"])
            messages[label] = result.stderr
            report(result.returncode == 1 and result.stdout == "" and result.stderr != "",
                   f"{label} {shown}: exit status 1 ({result.returncode}) and a message",
                   result.stdout + result.stderr)
        report(len(set(messages.values())) == 1, f"the same message on stderr for {shown}",
               "".join(f"{label}: {text}" for label, text in messages.items()))

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
