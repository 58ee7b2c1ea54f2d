#!/usr/bin/python3
# same-output.py: run the same program written in several languages and check that they all
# print the same lines, byte for byte, as the first (the reference).
#
# Usage:
#   same-output.py [--args "CCB nl"]... [--expect TEXT]... [--unknown NAME] \
#       -- LABEL COMMAND... [-- LABEL COMMAND...]...
#
# Each --args is one run (split like a shell would); with none, one run without arguments.
# The output of the first run must contain each --expect text. With --unknown, every program
# must also exit with status 2 and print the same message on stderr for a name that nothing is
# known by.
# Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import difflib
import os
import shlex
import subprocess
import sys


def parse(argv):
    runs, expect, unknown, programs = [], [], None, []
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
    return runs or [[]], expect, unknown, programs


def run(command, args):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    return subprocess.run(command + args, env=env, capture_output=True, text=True, timeout=120)


def main(argv):
    runs, expect, unknown, programs = parse(argv[1:])
    results = []

    def report(ok, text, details=""):
        results.append(ok)
        print(f"{'ok' if ok else 'not ok'} {len(results)} - {text}")
        if not ok:
            for line in details.splitlines():
                print(f"# {line}")

    reference_label = programs[0][0]
    for args in runs:
        shown = " ".join(args) or "(no arguments)"
        reference = None
        for label, command in programs:
            result = run(command, args)
            if result.returncode != 0:
                report(False, f"{label} {shown}: exit status {result.returncode}", result.stderr)
                continue
            if reference is None:
                reference = result.stdout
                missing = [text for text in expect if text not in reference and args is runs[0]]
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

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
