#!/bin/sh
# test-hostile-cli.sh: `ccbnet` under hostile arguments and files. Each case gets its documented
# exit status, a message on stderr that starts with "ccbnet: " and stays on its lines (control
# characters in names are escaped), valid UTF-8 on both streams, nothing on stdout when it
# fails (a pipe must not take a message for data), no GLib warning or critical, no signal, and
# an answer within 20 seconds. Under the ASan build of .ci/reliability the same cases run with
# the sanitizer.
#
#   sh tests/cli/test-hostile-cli.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-hostile-cli.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-hostile.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0
cases=0

fail () {
  echo "FAIL: $*"
  failed=1
}

# Fixtures, in the working directory of every case.
minimal="$srcdir/tests/data/minimal.json"
cd "$work" || exit 99
printf '{' >broken.json
cp broken.json "$(printf 'not-utf8-\377.json')"
cp broken.json 'colon:3:4.json'
cp broken.json "$(printf 'new\nline.json')"
cp broken.json "$(printf 'escape-\033[31m.json')"
cp "$minimal" ./-dash.json
cp "$minimal" "$(printf 'valid-\377.json')"
mkdir directory
mkfifo fifo-valid fifo-broken
long=$(head -c 100000 /dev/zero | tr '\0' 'a')

# check NAME EXPECTED-STATUS STDERR-PATTERN ARGUMENT…: runs ccbnet ARGUMENT… and checks what
# the file's header says. STDERR-PATTERN is a grep -E pattern the first line of stderr must
# match ("" for an empty stderr).
check () {
  name=$1 expected=$2 pattern=$3
  shift 3
  cases=$((cases + 1))
  timeout 20 "$tool" "$@" >out 2>err </dev/null
  status=$?
  if [ "$status" = 124 ]; then
    fail "$name: no answer within 20 seconds"
    return
  fi
  if [ "$status" -ge 128 ]; then
    fail "$name: killed by signal $((status - 128))"
    sed 's/^/  stderr: /' err | head -n 20
    return
  fi
  [ "$status" = "$expected" ] || fail "$name: exit status $status, expected $expected"
  if [ -n "$pattern" ]; then
    head -n 1 err | grep -Eq "$pattern" || fail "$name: stderr does not match /$pattern/: $(head -c 300 err)"
  elif [ -s err ]; then
    fail "$name: stderr should be empty: $(head -c 300 err)"
  fi
  if [ "$expected" != 0 ] && [ "$expected" != 1 ] && [ -s out ]; then
    case " $* " in
      *" validate "*) ;;   # validate reports on stdout, by design (docs/cli.md)
      *) fail "$name: a failure wrote to stdout: $(head -c 200 out)" ;;
    esac
  fi
  if grep -Eq 'CRITICAL|WARNING|assertion|AddressSanitizer|runtime error' err; then
    fail "$name: a warning or sanitizer report: $(grep -E 'CRITICAL|WARNING|assertion|Sanitizer|runtime error' err | head -n 3)"
  fi
  for stream in out err; do
    /usr/bin/python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$stream" 2>/dev/null ||
      fail "$name: std$stream is not valid UTF-8"
  done
  if grep -q "$(printf '\033')" err; then
    fail "$name: a raw escape character reached stderr"
  fi
}

# Files that are not regular files.
check directory 2 '^ccbnet: error: .*directory' show ccb --data directory
check dev-null 2 '^ccbnet: error: /dev/null:1:1: ' show ccb --data /dev/null
check dev-zero 2 '^ccbnet: error: /dev/zero: .*limit' show ccb --data /dev/zero
check missing 2 '^ccbnet: error: .*No such file' show ccb --data no-such-file.json
check empty-name 2 '^ccbnet: error: the file name is empty' show ccb --data ''
(cat "$minimal" >fifo-valid &)
check fifo-valid 0 '' show agency --data fifo-valid
(printf '{"format": ' >fifo-broken &)
check fifo-broken 2 '^ccbnet: error: fifo-broken:1:12: ' show agency --data fifo-broken
check merge-directory 2 '^ccbnet: error: .*directory' merge directory "$minimal"
check diff-dev-zero 2 '^ccbnet: error: /dev/zero: ' diff /dev/zero "$minimal"

# File names: not UTF-8, with colons, a newline, a terminal escape, a leading dash.
check name-not-utf8 2 '^ccbnet: error: not-utf8-�\.json:1:2: ' show ccb --data "$(printf 'not-utf8-\377.json')"
check name-not-utf8-valid 0 '' show agency --data "$(printf 'valid-\377.json')"
check name-colons 2 '^ccbnet: error: colon:3:4\.json:1:2: ' show ccb --data colon:3:4.json
check name-newline 2 '^ccbnet: error: new\\nline\.json:1:2: ' show ccb --data "$(printf 'new\nline.json')"
check name-escape 2 '^ccbnet: error: escape-\\x1b\[31m\.json:1:2: ' show ccb --data "$(printf 'escape-\033[31m.json')"
check name-dash-option 64 '^ccbnet: usage error: Unknown option -dash\.json' validate -dash.json
check name-dash-after-ddash 0 '' validate -- -dash.json
check name-dash-data 0 '' show agency --data=-dash.json

# Arguments: missing values, repeated options, unknown options, long and invalid text.
check data-without-value 64 '^ccbnet: usage error: Missing argument for --data' show ccb --data
check lang-without-value 64 '^ccbnet: usage error: Missing argument for --lang' show ccb --lang
check lang-unknown 64 '^ccbnet: usage error: --lang: unknown language' show ccb --lang xx
check lang-repeated 64 '^ccbnet: usage error: --lang is given twice ."nl", then "fr".' show ccb --lang nl --lang fr
check max-hops-repeated 64 '^ccbnet: usage error: --max-hops is given twice ."2", then "3".' path ccb first -m 2 --max-hops=3
check json-repeated 0 '' list entities --json --json
check unknown-option 64 '^ccbnet: usage error: unknown option --frobnicate' show ccb --frobnicate
check unknown-command 64 '^ccbnet: ' frobnicate
check empty-entity-name 64 '^ccbnet: error: the name is empty' show ''
check long-name 1 '^ccbnet: error: no entity is known as "a{1000}' show "$long"
check long-query-subject 1 '^ccbnet: error: no entity is known as "a{1000}' query --subject "$long"
check long-file-name 2 '' validate "$long" "$long"
check many-long-arguments 64 '^ccbnet: usage error: ' path "$long" "$long" "$long" "$long" "$long" "$long" "$long" "$long" "$long" "$long"
check invalid-utf8-name 1 '^ccbnet: error: no entity is known as "�' show "$(printf '\377\376')"
check format-without-value 64 '^ccbnet: usage error: Missing argument for --format' export --format

# A locale whose charset is not UTF-8: messages and names are still written, never garbage.
LC_ALL=C check locale-c 0 '' show ccb --lang fr

if [ "$failed" = 0 ]; then
  echo "ok: $cases hostile cases"
fi
exit "$failed"
