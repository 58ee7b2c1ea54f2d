#!/bin/sh
# run-golden.sh: run one case of tests/cli/cases.txt and compare what ccbnet prints with the
# golden files tests/cli/golden/NAME.out (stdout) and NAME.err (stderr); a missing golden file
# means "prints nothing there". The exit status must be the one the case gives.
#
#   sh tests/cli/run-golden.sh TOOL SOURCE-ROOT NAME
#
# With CCBNET_UPDATE_GOLDEN=1 the golden files are rewritten from what the tool prints (the exit
# status is still checked): review the diff (git diff tests/cli/golden) before committing it.
#
# The tool runs in SOURCE-ROOT (so that paths in the output are relative and stable), in the
# C.UTF-8 locale, with NO_COLOR set, output piped, and without CCBNET_DATASET, LANGUAGE or COLUMNS.
#
# ARGUMENTS that start with LANGUAGE=xx run the tool in that language.
#
# The ARGUMENTS may use "$tmp", a fresh directory removed afterwards (for files a case writes),
# and "$(compiled FILE)", which compiles FILE into "$tmp" with `ccbnet compile` and stands for
# the compiled file. A case that uses "$(compiled FILE)" is run a second time with FILE itself,
# and must print exactly the same (exit status, stdout and stderr) both times.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 3 ]; then
  echo "usage: run-golden.sh TOOL SOURCE-ROOT NAME" >&2
  exit 99
fi
tool=$1
srcdir=$2
name=$3
# meson passes the program relative to the build directory; the case runs elsewhere.
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac
cases="$srcdir/tests/cli/cases.txt"
golden="$srcdir/tests/cli/golden"

line=$(grep -E "^$name[[:space:]]" "$cases" | head -n 1)
if [ -z "$line" ]; then
  echo "run-golden.sh: no case \"$name\" in $cases" >&2
  exit 99
fi
expected_status=$(printf '%s\n' "$line" | awk '{ print $2 }')
arguments=$(printf '%s\n' "$line" | sed -E 's/^[^[:space:]]+[[:space:]]+[^[:space:]]+[[:space:]]*//')

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-cli.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
tmp="$work/tmp"
mkdir "$tmp" || exit 99

# A case whose arguments start with LANGUAGE=xx runs in that language (the catalogues come from
# CCBNET_LOCALEDIR, which the suite sets to the build tree's).
language=
run_tool () {
  env -u LANGUAGE -u CCBNET_DATASET -u COLUMNS LC_ALL=C.UTF-8 NO_COLOR=1 \
    ${language:+LANGUAGE=$language} "$tool" "$@"
}

# $(compiled FILE): the path of FILE compiled into $tmp. It runs in a subshell, so a failure is
# left as a file for the runner to find.
compiled () {
  compiled_out="$tmp/$(printf '%s' "$1" | tr '/' '_').ccbnetdb"
  if [ ! -f "$compiled_out" ] &&
     ! run_tool compile "$1" --output "$compiled_out" >/dev/null 2>"$tmp/compile.err" </dev/null; then
    echo "$1" >"$work/compile-failed"
  fi
  printf '%s\n' "$compiled_out"
}

cd "$srcdir" || exit 99
eval "set -- $arguments"
case ${1:-} in
  LANGUAGE=*) language=${1#LANGUAGE=}; shift ;;
esac
if [ -f "$work/compile-failed" ]; then
  echo "run-golden.sh: ccbnet compile $(cat "$work/compile-failed") failed:" >&2
  cat "$tmp/compile.err" >&2
  exit 99
fi
run_tool "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
status=$?

echo "case:    $name"
echo "command: ccbnet $arguments"
echo "status:  $status (expected $expected_status)"

failed=0
if [ "$status" != "$expected_status" ]; then
  echo "FAIL: exit status $status, expected $expected_status"
  failed=1
fi

# The same command on the JSON files must print exactly the same.
case $arguments in
  *'$(compiled '*)
    compiled () {
      printf '%s\n' "$1"
    }
    eval "set -- $arguments"
    case ${1:-} in
      LANGUAGE=*) shift ;;
    esac
    run_tool "$@" >"$work/json-stdout" 2>"$work/json-stderr" </dev/null
    json_status=$?
    echo "on JSON: ccbnet $*"
    if [ "$json_status" != "$status" ]; then
      echo "FAIL: exit status $status on the compiled file, $json_status on the JSON"
      failed=1
    fi
    for stream in stdout stderr; do
      if ! cmp -s "$work/$stream" "$work/json-$stream"; then
        echo "FAIL: $stream differs between the compiled file (+) and the JSON (-):"
        diff -u "$work/json-$stream" "$work/$stream" | head -n 200
        failed=1
      fi
    done
    ;;
esac

for stream in out err; do
  if [ "$stream" = out ]; then actual="$work/stdout"; else actual="$work/stderr"; fi
  expected="$golden/$name.$stream"

  if [ "${CCBNET_UPDATE_GOLDEN:-}" = 1 ]; then
    if [ -s "$actual" ]; then
      cp "$actual" "$expected"
    else
      rm -f "$expected"
    fi
    continue
  fi

  if [ -f "$expected" ]; then
    if ! cmp -s "$expected" "$actual"; then
      echo "FAIL: std$stream differs from $expected:"
      diff -u "$expected" "$actual" | head -n 200
      failed=1
    fi
  elif [ -s "$actual" ]; then
    echo "FAIL: std$stream should be empty (there is no $expected), but is:"
    head -n 50 "$actual"
    failed=1
  fi
done

if [ "$failed" = 0 ] && [ "${CCBNET_UPDATE_GOLDEN:-}" = 1 ]; then
  echo "updated the golden files of $name"
fi

exit "$failed"
