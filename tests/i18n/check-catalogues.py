#!/usr/bin/python3
# check-catalogues.py: every message of the sources is translated in every language.
#
# Usage: check-catalogues.py SOURCE_ROOT PO_DIR DOMAIN PATTERN... -- XGETTEXT_ARGS...
#
# Extracts the messages of the files PO_DIR/POTFILES lists, with the arguments the build gives
# xgettext, merges each language of PO_DIR/LINGUAS with them (no fuzzy matching: a new or changed
# message is untranslated until someone translates it) and has msgfmt --check count them. A
# language with an untranslated or fuzzy message, a catalogue msgfmt rejects, or a file that
# matches one of the PATTERNs (globs relative to SOURCE_ROOT), marks messages for translation
# and is missing from POTFILES, fails. Prints TAP.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later

import glob
import os
import re
import subprocess
import sys
import tempfile

source_root, po_dir, domain = sys.argv[1:4]
rest = sys.argv[4:]
split = rest.index("--")
patterns, xgettext_args = rest[:split], rest[split + 1:]

results = []


def check(ok, name, detail=""):
    results.append((ok, name, detail))


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


potfiles = lines(os.path.join(po_dir, "POTFILES"))
languages = " ".join(lines(os.path.join(po_dir, "LINGUAS"))).split()

# Marked for translation: _("…"), N_("…"), C_("…", "…"), ngettext and the JS forms.
marker = re.compile(r'(?<![A-Za-z0-9_])(?:N?C?_|ngettext|ccbnet_ngettext|pgettext|gettext)\s*\(\s*["\'`]')
for pattern in patterns:
    for path in sorted(glob.glob(os.path.join(source_root, pattern))):
        relative = os.path.relpath(path, source_root)
        with open(path, encoding="utf-8") as f:
            marked = marker.search(f.read()) is not None
        if marked:
            check(relative in potfiles, f"{domain}: {relative} is in POTFILES",
                  f"{relative} marks messages for translation but {po_dir}/POTFILES does not list it")
for relative in potfiles:
    check(os.path.exists(os.path.join(source_root, relative)), f"{domain}: {relative} exists",
          f"POTFILES lists {relative}, which does not exist")

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, domain + ".pot")
    run = subprocess.run(["xgettext", *xgettext_args, "--directory", source_root,
                          "--files-from", os.path.join(po_dir, "POTFILES"), "--output", pot],
                         capture_output=True, text=True)
    check(run.returncode == 0 and os.path.exists(pot), f"{domain}: xgettext extracts the messages",
          run.stderr)
    if os.path.exists(pot):
        with open(pot, encoding="utf-8") as f:
            n_messages = len(re.findall(r'^msgid ', f.read(), re.M)) - 1
        check(n_messages > 0, f"{domain}: {n_messages} messages in the sources")
        for language in languages:
            po = os.path.join(po_dir, language + ".po")
            own = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                                 capture_output=True, text=True)
            check(own.returncode == 0 and "fuzzy" not in own.stderr and "untranslated" not in own.stderr,
                  f"{domain}: {language}.po is valid and complete as committed", own.stderr.strip())
            merged = os.path.join(tmp, language + ".po")
            subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--output-file", merged, po, pot],
                           check=True)
            stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                                   capture_output=True, text=True)
            missing = []
            if stats.returncode != 0 or "untranslated" in stats.stderr or "fuzzy" in stats.stderr:
                with open(merged, encoding="utf-8") as f:
                    text = f.read()
                for entry in text.split("\n\n"):
                    if ('msgstr ""' in entry.splitlines()[-1:] or "#, fuzzy" in entry) and "msgid \"\"\nmsgstr" not in entry:
                        ids = re.findall(r'^msgid "(.*)"$', entry, re.M)
                        if ids:
                            missing.append(ids[0])
            check(stats.returncode == 0 and "untranslated" not in stats.stderr and "fuzzy" not in stats.stderr,
                  f"{domain}: every message of the sources is translated in {language} ({stats.stderr.strip()})",
                  "not translated: " + "; ".join(missing[:20]))

print(f"1..{len(results)}")
for i, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and detail:
        for line in detail.splitlines():
            print(f"# {line}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
