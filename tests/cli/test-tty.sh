#!/bin/sh
# test-tty.sh: colour and bold only on a terminal, never when piped, with NO_COLOR or TERM=dumb;
# the progress line of long work on stderr only when stderr is a terminal.
#
#   sh tests/cli/test-tty.sh TOOL [GENERATOR]
#
# A terminal is simulated with script(1) from util-linux; without it the test is skipped.
# GENERATOR is tests/bench/ccbnet-gen of the build directory, which makes the large dataset that
# the progress checks need; without it they are skipped.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

tool=$1
generator=${2:-}
# meson may pass the programs relative to the build directory; the progress checks run elsewhere.
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac
case $generator in
  /* | '') ;;
  *) generator="$(pwd)/$generator" ;;
esac
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

# Progress. Work that takes more than 400 ms shows, on a terminal, "\rccbnet: WHAT X N.N s\033[K"
# on stderr every 100 ms (X turning through | / - \), erased with "\r\033[K" at the end; piped,
# stderr stays empty. The dataset has 10^4 entities, so that the work outlasts the 400 ms even
# on a fast machine: validating it (a check, then a load to count) takes about 2 s here, and
# loading it for compile about 1 s, on 2 cores. Stdout goes to a file, so the terminal gets
# stderr alone.
cr=$(printf '\r')

# check_progress FILE WHAT: FILE (a terminal's stderr) holds progress lines for WHAT only,
# starting at 0.4 s or later, with a turning spinner, and ends erased.
check_progress () {
  tr '\r' '\n' <"$1" | sed '/^$/d' >"$work/progress-lines"
  if [ ! -s "$work/progress-lines" ]; then
    echo "FAIL: no progress line on a terminal for \"$2\":"; cat -v "$1" | head -c 400; echo
    failed=1
    return
  fi
  if grep -v "^ccbnet: $2 [|/\\\\-] [0-9][0-9]*\.[0-9] s$esc\[K\$" "$work/progress-lines" |
     grep -v "^$esc\[K\$" | grep -q .; then
    echo "FAIL: a progress line for \"$2\" is not \"ccbnet: $2 X N.N s\":"
    cat -v "$work/progress-lines" | head -n 5
    failed=1
  fi
  first=$(sed -n "1s/^ccbnet: .* \([0-9][0-9]*\.[0-9]\) s$esc\[K\$/\1/p" "$work/progress-lines")
  if [ -z "$first" ] || ! awk -v t="$first" 'BEGIN { exit !(t >= 0.4) }'; then
    echo "FAIL: the first progress line for \"$2\" comes before 400 ms: $first s"; failed=1
  fi
  if ! grep -q "^ccbnet: $2 | " "$work/progress-lines" ||
     ! grep -q "^ccbnet: $2 / " "$work/progress-lines"; then
    echo "FAIL: the spinner for \"$2\" does not turn:"; cat -v "$work/progress-lines" | head -n 5
    failed=1
  fi
  if [ "$(tail -c 4 "$1" | od -An -c | tr -d ' \n')" != '\r033[K' ]; then
    echo "FAIL: the progress line for \"$2\" is not erased at the end:"
    tail -c 80 "$1" | cat -v; echo
    failed=1
  fi
}

if [ -z "$generator" ]; then
  echo "no GENERATOR given: the progress checks are skipped"
elif [ ! -x "$generator" ]; then
  echo "FAIL: the generator $generator is missing (meson compile builds it)"; failed=1
elif ! "$generator" 10000 "$work/big.json" >/dev/null; then
  echo "FAIL: $generator 10000 failed"; failed=1
else
  (cd "$work" && TERM=xterm script -qec "'$tool' validate big.json >validate.out" /dev/null \
     </dev/null >validate.tty 2>&1)
  check_progress "$work/validate.tty" "checking big\.json ([^)]*)"
  if ! grep -qx "big.json: valid (10000 entities, 100000 relations, [0-9]* sections, [0-9]* sources)" \
       "$work/validate.out"; then
    echo "FAIL: validate of the large dataset on a terminal:"; head -n 5 "$work/validate.out"
    failed=1
  fi

  (cd "$work" && TERM=xterm script -qec "'$tool' compile big.json -o big.ccbnetdb >compile.out" \
     /dev/null </dev/null >compile.tty 2>&1)
  check_progress "$work/compile.tty" "loading big\.json ([^)]*)"
  if ! grep -q "^compiled big.json to big.ccbnetdb: 10000 entities, " "$work/compile.out"; then
    echo "FAIL: compile of the large dataset on a terminal:"; head -n 5 "$work/compile.out"
    failed=1
  fi

  # Piped: the same commands, and nothing on stderr.
  (cd "$work" && TERM=xterm "$tool" validate big.json >validate.piped 2>validate.err </dev/null)
  if [ -s "$work/validate.err" ] || ! cmp -s "$work/validate.out" "$work/validate.piped"; then
    echo "FAIL: piped validate of the large dataset:"; cat -v "$work/validate.err" | head -c 400
    echo; failed=1
  fi
  (cd "$work" && TERM=xterm "$tool" compile big.json -o big-piped.ccbnetdb >/dev/null \
     2>compile.err </dev/null)
  if [ -s "$work/compile.err" ]; then
    echo "FAIL: piped compile of the large dataset writes to stderr:"
    cat -v "$work/compile.err" | head -c 400
    echo; failed=1
  fi
fi

[ "$failed" = 0 ] && echo "ok: styled and with progress on a terminal only"
exit "$failed"
