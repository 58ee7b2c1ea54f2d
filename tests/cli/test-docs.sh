#!/bin/sh
# test-docs.sh: the manual page (docs/ccbnet.1) and docs/cli.md document every command, every
# option each command's --help lists, and every exit status.
#
#   sh tests/cli/test-docs.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

tool=$1
srcdir=$2
man="$srcdir/docs/ccbnet.1"
md="$srcdir/docs/cli.md"
failed=0
export LC_ALL=C.UTF-8

for file in "$man" "$md"; do
  if [ ! -f "$file" ]; then
    echo "FAIL: $file is missing"
    exit 1
  fi
done

# In troff, a literal "-" is written "\-".
man_text=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$man")

# The commands are the ones `ccbnet --help` lists, so that a new one cannot go undocumented.
commands=$("$tool" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' | grep -v '^help$')
for expected in show list query path why validate compile export diff; do
  if ! printf '%s\n' "$commands" | grep -qx "$expected"; then
    echo "FAIL: ccbnet --help does not list the command \"$expected\""; failed=1
  fi
done

for command in $commands; do
  if ! printf '%s\n' "$man_text" | grep -q "^\.SS.*$command"; then
    echo "FAIL: ccbnet.1 has no .SS section for \"$command\""; failed=1
  fi
  if ! grep -q "^### .*ccbnet $command" "$md"; then
    echo "FAIL: cli.md has no \"### ccbnet $command\" heading"; failed=1
  fi
  options=$("$tool" help "$command" | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z-]*\).*/\2/p' | sort -u)
  for option in $options; do
    [ "$option" = "--help" ] && continue
    if ! printf '%s\n' "$man_text" | grep -q -e "$option"; then
      echo "FAIL: ccbnet.1 does not mention $option of \"$command\""; failed=1
    fi
    if ! grep -q -e "$option" "$md"; then
      echo "FAIL: cli.md does not mention $option of \"$command\""; failed=1
    fi
  done
done

for status in 0 1 2 64 74; do
  if ! printf '%s\n' "$man_text" | grep -q "^\.TP" ||
     ! printf '%s\n' "$man_text" | grep -A1 "^\.TP" | grep -q "^\.B $status\$"; then
    echo "FAIL: ccbnet.1 does not document exit status $status as \".TP\" \".B $status\""; failed=1
  fi
  if ! grep -q "^| $status " "$md"; then
    echo "FAIL: cli.md does not document exit status $status in its table"; failed=1
  fi
done

if command -v groff >/dev/null 2>&1; then
  warnings=$(groff -man -Tutf8 -ww -z "$man" 2>&1)
  if [ -n "$warnings" ]; then
    echo "FAIL: groff warns about ccbnet.1:"; echo "$warnings"; failed=1
  fi
fi

[ "$failed" = 0 ] && echo "ok: ccbnet.1 and cli.md document every command, option and exit status"
exit "$failed"
