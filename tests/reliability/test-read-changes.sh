#!/bin/sh
# test-read-changes.sh: a dataset file that another program writes while it is read
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-read-changes.sh CCBNET FAULTS.so SOURCE-ROOT
#
# Runs `ccbnet --data FILE export --format json` with the LD_PRELOAD shim of faults.c writing
# to FILE in place while the library reads it, for the shipped dataset as JSON and compiled:
#   read:rewrite  FILE is written over once, with a smaller dataset, just after the first read:
#                 the library must notice, read again, and answer from the new dataset whole,
#                 exactly as a load of the new dataset alone does (not from a mix of the two);
#   read:grow     FILE gains a byte after every read from its start: the library must give up
#                 with a message that says so, exit status 2 and nothing on standard output.
# Prints TAP.
set -u

. "$(dirname "$0")/shim-tap.sh"

"$ccbnet" compile -o "$work/shipped.ccbnetdb" "$shipped" >/dev/null 2>&1 &&
  "$ccbnet" compile -o "$work/minimal.ccbnetdb" "$minimal" >/dev/null 2>&1 ||
  { echo "Bail out! cannot compile the datasets"; exit 1; }

# export FILE OUT: what a load of FILE alone answers, untouched.
export_of() {
  "$ccbnet" --data "$1" export --format json >"$2" 2>"$work/err" ||
    { echo "Bail out! cannot export $1: $(cat "$work/err")"; exit 1; }
}

for form in json compiled; do
  if [ "$form" = json ]; then
    original=$shipped with=$minimal name=target.json
  else
    original=$work/shipped.ccbnetdb with=$work/minimal.ccbnetdb name=target.ccbnetdb
  fi
  export_of "$original" "$work/old.out"
  export_of "$with" "$work/new.out"
  if cmp -s "$work/old.out" "$work/new.out"; then
    echo "Bail out! the two datasets answer alike, so nothing below could fail"
    exit 1
  fi

  # Written over once while it is read.
  dir="$work/$form-rewrite"
  mkdir "$dir"
  cp "$original" "$dir/$name"
  CCBNET_FAULT_DIR=$dir CCBNET_FAULT=read:rewrite CCBNET_FAULT_WITH=$with LD_PRELOAD=$shim \
    "$ccbnet" --data "$dir/$name" export --format json >"$work/out" 2>"$work/err"
  status=$?
  what="$form, written over while it is read"
  if [ "$status" -eq 0 ] && cmp -s "$work/out" "$work/new.out"; then
    ok "$what: the answers are the new dataset's, whole"
  elif cmp -s "$work/out" "$work/old.out"; then
    not_ok "$what: the answers are the new dataset's, whole" "the old dataset's answers: the change went unseen (is the shim working?)"
  else
    not_ok "$what: the answers are the new dataset's, whole" "exit status $status" "$(head -c 2000 "$work/err")"
  fi
  if cmp -s "$dir/$name" "$with"; then
    ok "$what: the shim did write the file over"
  else
    not_ok "$what: the shim did write the file over"
  fi

  # Never still.
  dir="$work/$form-grow"
  mkdir "$dir"
  cp "$original" "$dir/$name"
  CCBNET_FAULT_DIR=$dir CCBNET_FAULT=read:grow LD_PRELOAD=$shim \
    "$ccbnet" --data "$dir/$name" export --format json >"$work/out" 2>"$work/err"
  status=$?
  what="$form, changing at every read"
  if [ "$status" -eq 2 ]; then
    ok "$what: exit status 2"
  else
    not_ok "$what: exit status 2" "got $status" "$(head -c 2000 "$work/err")"
  fi
  if grep -qF "changed while it was being read, 3 times in a row" "$work/err" &&
     grep -qF "$dir/$name" "$work/err"; then
    ok "$what: the message names the file and says what happened"
  else
    not_ok "$what: the message names the file and says what happened" "$(head -c 2000 "$work/err")"
  fi
  if [ -s "$work/out" ]; then
    not_ok "$what: nothing on standard output" "$(head -c 2000 "$work/out")"
  else
    ok "$what: nothing on standard output"
  fi
  size=$(wc -c <"$original")
  grown=$(wc -c <"$dir/$name")
  if [ "$grown" -eq $((size + 3)) ]; then
    ok "$what: the file was read three times (it grew by 3 bytes)"
  else
    not_ok "$what: the file was read three times (it grew by 3 bytes)" "from $size to $grown bytes"
  fi

  # Control: the shim loaded, without a read fault it changes nothing.
  dir="$work/$form-control"
  mkdir "$dir"
  cp "$original" "$dir/$name"
  CCBNET_FAULT_DIR=$dir CCBNET_FAULT=none LD_PRELOAD=$shim \
    "$ccbnet" --data "$dir/$name" export --format json >"$work/out" 2>"$work/err"
  if [ $? -eq 0 ] && cmp -s "$work/out" "$work/old.out"; then
    ok "$form, control: without a read fault the shim changes nothing"
  else
    not_ok "$form, control: without a read fault the shim changes nothing" "$(head -c 2000 "$work/err")"
  fi
done

echo "1..$n"
exit $failed
