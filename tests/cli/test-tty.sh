#!/bin/sh
# test-tty.sh: colour and bold only on a terminal, never when piped, with NO_COLOR or TERM=dumb.
#
#   sh tests/cli/test-tty.sh TOOL
#
# A terminal is simulated with script(1) from util-linux; without it the test is skipped.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

tool=$1
if ! command -v script >/dev/null 2>&1; then
  echo "script(1) is not installed: skipped"
  exit 77
fi

# script(1) needs a pseudo-terminal; a container may have none.
if ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
  echo "script(1) cannot open a pseudo-terminal here: skipped"
  exit 77
fi

esc=$(printf '\033')
failed=0
unset CCBNET_DATASET NO_COLOR
export LC_ALL=C.UTF-8

has_escape () {
  grep -q "$esc\[" "$1"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-tty.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT

# Piped: plain.
TERM=xterm "$tool" show CCB > "$work/piped" 2>&1
if has_escape "$work/piped"; then
  echo "FAIL: piped output has escape sequences"; failed=1
fi

# On a terminal: styled.
TERM=xterm script -qec "'$tool' show CCB" /dev/null </dev/null > "$work/tty" 2>&1
if ! has_escape "$work/tty"; then
  echo "FAIL: output on a terminal has no escape sequences"; failed=1
fi
if ! grep -q "Centre for Cybersecurity Belgium" "$work/tty"; then
  echo "FAIL: output on a terminal lacks the entity:"; head -n 5 "$work/tty"; failed=1
fi

# On a terminal, but NO_COLOR is set, or the terminal is dumb: plain.
NO_COLOR=1 TERM=xterm script -qec "'$tool' show CCB" /dev/null </dev/null > "$work/no-color" 2>&1
if has_escape "$work/no-color"; then
  echo "FAIL: NO_COLOR output has escape sequences"; failed=1
fi
TERM=dumb script -qec "'$tool' show CCB" /dev/null </dev/null > "$work/dumb" 2>&1
if has_escape "$work/dumb"; then
  echo "FAIL: TERM=dumb output has escape sequences"; failed=1
fi

# The text is the same, styled or not (script(1) turns new lines into CR LF).
sed "s/$esc\[[0-9;]*m//g" "$work/tty" | tr -d '\r' > "$work/tty-plain"
if ! cmp -s "$work/piped" "$work/tty-plain"; then
  echo "FAIL: the terminal output differs from the piped output beyond styling:"
  diff -u "$work/piped" "$work/tty-plain" | head -n 40
  failed=1
fi

# JSON is never styled.
TERM=xterm script -qec "'$tool' show --json CCB" /dev/null </dev/null > "$work/json" 2>&1
if has_escape "$work/json"; then
  echo "FAIL: JSON on a terminal has escape sequences"; failed=1
fi

[ "$failed" = 0 ] && echo "ok: styled on a terminal only"
exit "$failed"
