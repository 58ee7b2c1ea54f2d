#!/usr/bin/python3
# test-translated.py: `ccbnet show CCB` and `ccbnet list relations` in Dutch, French and German
# leave no English word of the program or the library behind.
#
# Usage: test-translated.py TOOL SOURCE-ROOT
#
# Each output is compared with the English one line by line, cell by cell (cells are separated
# by two spaces or more, as the program aligns them). A cell of the English output that is a
# message of the catalogues (po/ and tools/po/) must not stand unchanged in the translated
# output when the catalogue translates it differently; a sentence the library makes for a
# relation must not be the English one. The data's own text (names, quotes, notes) may stay
# English: it is what the dataset says. Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import re
import subprocess
import sys

tool, source_root = sys.argv[1:3]
# meson passes the program relative to the build directory; the tool runs in the source root.
tool = os.path.abspath(tool)
results = []


def catalogue(path):
    """msgid -> msgstr (singular forms and the first plural form), contexts dropped."""
    entries = {}
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n\n"):
        if "#~" in block:
            continue
        fields = {}
        current = None
        for line in block.splitlines():
            m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[0\])?|msgstr\[\d\]) "(.*)"$', line)
            if m:
                current = m.group(1)
                fields[current] = m.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        msgid = fields.get("msgid")
        msgstr = fields.get("msgstr", fields.get("msgstr[0]"))
        if msgid and msgstr:
            decode = lambda s: s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            entries.setdefault(decode(msgid), set()).add(decode(msgstr))
    return entries


def run(language, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1")
    env.pop("COLUMNS", None)
    env.pop("CCBNET_DATASET", None)
    if language:
        env["LANGUAGE"] = language
    else:
        env.pop("LANGUAGE", None)
    out = subprocess.run([tool, *args], env=env, cwd=source_root, capture_output=True, text=True)
    return out.stdout


def cells(line):
    return [cell for cell in re.split(r"\s{2,}", line.strip()) if cell]


for args in (["show", "CCB"], ["list", "relations"]):
    english = run(None, *args)
    for language in ("nl", "fr", "de"):
        messages = {}
        for po in (os.path.join(source_root, "po", language + ".po"),
                   os.path.join(source_root, "tools", "po", language + ".po")):
            for msgid, msgstrs in catalogue(po).items():
                messages.setdefault(msgid, set()).update(msgstrs)
        translated = run(language, *args)
        name = f"ccbnet {' '.join(args)} in {language}"
        english_lines = english.splitlines()
        translated_lines = translated.splitlines()
        if len(english_lines) != len(translated_lines):
            results.append((False, name, f"{len(translated_lines)} lines, {len(english_lines)} in English"))
            continue
        left = []
        compared = 0
        for e_line, t_line in zip(english_lines, translated_lines):
            t_cells = cells(t_line)
            for cell in cells(e_line):
                # The cell itself, or the words of a heading with a count: "Relations (29)".
                for text in {cell, re.sub(r" \(\d+\)$", "", cell)}:
                    if text in messages and text not in messages[text]:
                        compared += 1
                        if text in t_cells or re.sub(r" \(\d+\)$", "", text) in [re.sub(r" \(\d+\)$", "", c) for c in t_cells]:
                            left.append(f"{text!r} in {t_line.strip()!r}")
        # Relation sentences: the English verb phrase of a kind must not remain.
        for english_verb in (" represents ", " takes part in ", " take part in ", " is a member of ",
                             " is part of ", " is designated as ", " consults ", " informs "):
            for e_line, t_line in zip(english_lines, translated_lines):
                if english_verb in e_line and english_verb in t_line:
                    left.append(f"{english_verb.strip()!r} in {t_line.strip()!r}")
        results.append((compared > 0 and not left, f"{name}: {compared} English words replaced, none left",
                        "\n".join(left[:30]) if left else "no message of the catalogues in the English output"))

print(f"1..{len(results)}")
for i, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok:
        for line in detail.splitlines():
            print(f"# {line}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
