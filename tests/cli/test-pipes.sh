#!/bin/sh
# test-pipes.sh: ccbnet in pipes. "-" reads a dataset from standard input (validate, --data,
# compile with --output) and answers as from the file; a reader that closes the pipe early
# (ccbnet export | head -n 1) ends the output quietly even with SIGPIPE ignored; an empty result
# leaves standard output empty and says so on standard error.
#
#   sh tests/cli/test-pipes.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-pipes.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-pipes.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
cd "$srcdir" || exit 99
unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
n=0
failed=0

check () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=1
  fi
}

# validate - says what validate FILE says, with the name "(standard input)".
"$tool" validate tests/data/minimal.json >"$work/file.out" 2>&1
"$tool" validate - <tests/data/minimal.json >"$work/stdin.out" 2>&1
status=$?
sed 's|^tests/data/minimal.json:|(standard input):|' "$work/file.out" >"$work/expected"
cmp -s "$work/expected" "$work/stdin.out"
check $? "validate - reads standard input ($(cat "$work/stdin.out"))"
check $status "validate - exits 0 on a valid dataset"

# A bad dataset on standard input: the place of the problem, named "(standard input)".
printf '{"format": "ccbnet/1",}' | "$tool" validate - >"$work/bad.out" 2>&1
status=$?
[ "$status" = 2 ] && grep -q '^(standard input):1:23: ' "$work/bad.out"
check $? "a bad dataset on standard input is located (status $status: $(head -n 1 "$work/bad.out"))"

# --data - answers as --data FILE.
"$tool" --data tests/data/minimal.json query --kind represents-in --json >"$work/file.json" 2>&1
"$tool" --data - query --kind represents-in --json <tests/data/minimal.json >"$work/stdin.json" 2>&1
cmp -s "$work/file.json" "$work/stdin.json"
check $? "--data - answers as --data FILE"

# compile - needs --output, and then writes what compiling the file writes.
"$tool" compile - </dev/null >/dev/null 2>"$work/compile.err"
status=$?
[ "$status" = 64 ] && grep -q 'needs --output' "$work/compile.err"
check $? "compile - without --output is a usage error (status $status)"
"$tool" compile - --output "$work/stdin.ccbnetdb" <tests/data/minimal.json >/dev/null 2>&1 &&
  "$tool" compile tests/data/minimal.json --output "$work/file.ccbnetdb" >/dev/null 2>&1 &&
  cmp -s "$work/stdin.ccbnetdb" "$work/file.ccbnetdb"
check $? "compile - --output writes the same bytes as compiling the file"

# A closed pipe ends the output quietly, SIGPIPE ignored or not.
for ignore in no yes; do
  if [ $ignore = yes ]; then
    status=$( (trap '' PIPE; "$tool" export 2>"$work/pipe.err"; echo $? >"$work/status") | head -n 1 >/dev/null; cat "$work/status")
  else
    status=$( ("$tool" export 2>"$work/pipe.err"; echo $? >"$work/status") | head -n 1 >/dev/null; cat "$work/status")
  fi
  if [ $ignore = yes ]; then
    [ "$status" = 0 ] && [ ! -s "$work/pipe.err" ]
    check $? "export | head with SIGPIPE ignored: status $status, nothing on stderr ($(head -c 200 "$work/pipe.err"))"
  else
    [ ! -s "$work/pipe.err" ]
    check $? "export | head: nothing on stderr (status $status)"
  fi
done

# No result: standard output empty, a note on standard error, status 0.
"$tool" query --kind organises --subject Belgium >"$work/none.out" 2>"$work/none.err"
status=$?
[ "$status" = 0 ] && [ ! -s "$work/none.out" ] && grep -q 'No matching relations' "$work/none.err"
check $? "an empty result says so on stderr only (status $status)"

echo "1..$n"
exit $failed
