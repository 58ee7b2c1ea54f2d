#!/bin/sh
# test-merge.sh: `ccbnet merge` writes one dataset that loads and answers questions over each of
# its inputs; a clash leaves an existing output as it was; the prefix rule renames the later
# dataset's record and its references follow. (Messages and the merged text are golden cases
# too: merge-* in cases.txt.)
#
#   sh tests/cli/test-merge.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-merge.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-merge.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
cd "$srcdir" || exit 99

unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0

fail () {
  echo "FAIL: $*"
  failed=1
}

# run EXPECTED-STATUS ARGUMENT…: runs ccbnet with its output in $work/out and $work/err.
run () {
  expected=$1
  shift
  "$tool" "$@" >"$work/out" 2>"$work/err" </dev/null
  status=$?
  if [ "$status" != "$expected" ]; then
    fail "ccbnet $*: exit status $status, expected $expected"
    sed 's/^/  stderr: /' "$work/err" | head -n 20
    return 1
  fi
  return 0
}

# count FILE WHAT: the number WHAT ("entities", "relations") in `ccbnet validate FILE`'s line.
count () {
  "$tool" validate "$1" | sed -E "s/.*[ (]([0-9]+) $2.*/\\1/"
}

# Two datasets with no id in common: every record of each is in the result, which answers
# questions about both.
both="$work/both.json"
if run 0 merge tests/data/minimal.json data/ccbnet.json --output "$both"; then
  for what in entities relations sections sources; do
    expected=$(( $(count tests/data/minimal.json $what) + $(count data/ccbnet.json $what) ))
    actual=$(count "$both" $what)
    [ "$actual" = "$expected" ] || fail "the merged dataset has $actual $what, expected $expected"
  done
  grep -q "^merged 2 datasets into $both: " "$work/out" || fail "no summary line: $(cat "$work/out")"
  run 0 show agency --data "$both" && grep -q "Test Agency" "$work/out" ||
    fail "the first dataset's agency is not found in the merged one"
  run 0 show ccb --data "$both" && grep -q "CERT.be" "$work/out" ||
    fail "the second dataset's CCB and its unit are not found in the merged one"
  run 0 query --kind represents-in --on-behalf-of belgium --data "$both" ||
    fail "a query over the second dataset's relations fails"
  run 0 query --kind represents-in --on-behalf-of belgium
  cp "$work/out" "$work/shipped-answer"
  run 0 query --kind represents-in --on-behalf-of belgium --data "$both"
  cmp -s "$work/out" "$work/shipped-answer" ||
    fail "the merged dataset answers a question about the shipped one differently"
fi

# A clash: exit 2, the old output untouched.
printf 'old content\n' >"$work/kept.json"
run 2 merge tests/data/minimal.json tests/cli/data/minimal-clash.json --output "$work/kept.json"
[ "$(cat "$work/kept.json")" = "old content" ] || fail "a failed merge changed its output file"
[ "$(ls "$work" | grep -c kept)" = 1 ] || fail "a failed merge left files beside its output"

# The prefix rule: both agencies, and the later dataset's lab is part of its own.
if run 0 merge tests/data/minimal.json tests/cli/data/minimal-clash.json --prefix other- --output "$work/prefixed.json"; then
  run 0 show other-agency --data "$work/prefixed.json" && grep -q "Another Test Agency" "$work/out" ||
    fail "the renamed agency is missing"
  run 0 show lab --data "$work/prefixed.json" && grep -q "part of Another Test Agency (TA) \[other-agency\]" "$work/out" ||
    fail "the lab's part-of does not follow the renamed agency"
  run 0 show agency --data "$work/prefixed.json" && grep -q "^Test Agency" "$work/out" ||
    fail "the first dataset's agency changed"
fi

# --json summary.
if run 0 merge --json tests/data/minimal.json tests/data/minimal.json --output "$work/same.json"; then
  /usr/bin/python3 - "$work/out" "$(count tests/data/minimal.json entities)" <<'PY' || fail "the --json summary is wrong"
import json, sys
data = json.load(open(sys.argv[1]))
assert data["inputs"] == 2, data
assert data["counts"]["entities"] == int(sys.argv[2]), data
PY
  cmp -s "$work/same.json" tests/cli/golden/merge-same-twice.out || fail "--output and standard output differ"
fi

if [ "$failed" = 0 ]; then
  echo "ok: merge"
fi
exit "$failed"
