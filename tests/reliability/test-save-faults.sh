#!/bin/sh
# test-save-faults.sh: saving under injected faults leaves the old file whole and readable
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-save-faults.sh CCBNET FAULTS.so SOURCE-ROOT
#
# Runs `ccbnet export --format json -o` and `ccbnet compile -o` over an existing file with the
# LD_PRELOAD shim of faults.c making one call fail each time (no permission to create the new
# file, a full disk halfway through, a failing flush or close, a refused rename, the process
# killed between writing and renaming). Each time the old file must be byte for byte what it was
# and still load, the command must say what failed with the status of its --help, and nothing
# but the old file may be left in the directory, except after the kill, which leaves its
# hidden temporary file (nothing runs after SIGKILL to remove it). Prints TAP.
set -u

. "$(dirname "$0")/shim-tap.sh"

# run_case COMMAND FAULT MESSAGE TARGET-NAME ORIGINAL: COMMAND is export or compile.
run_case() {
  command=$1 fault=$2 message=$3 name=$4 original=$5
  dir="$work/$command-${fault%%:*}-${fault##*:}"
  mkdir "$dir"
  target="$dir/$name"
  cp "$original" "$target"
  case $command in
    export) set -- export --data "$minimal" --format json -o "$target" ;;
    compile) set -- compile -o "$target" "$minimal" ;;
  esac
  CCBNET_FAULT_DIR=$dir CCBNET_FAULT=$fault LD_PRELOAD=$shim "$ccbnet" "$@" >"$work/out" 2>"$work/err"
  status=$?
  what="$command under $fault"

  if [ "$fault" = rename:kill ]; then
    expected=137
  else
    expected=74
  fi
  if [ "$status" -ne "$expected" ]; then
    not_ok "$what: exit status" "expected $expected, got $status" "$(cat "$work/err")"
  else
    ok "$what: exit status $status"
  fi
  if cmp -s "$original" "$target"; then
    ok "$what: the old file is unchanged"
  else
    not_ok "$what: the old file is unchanged" "it differs from what it was"
  fi
  if "$ccbnet" validate "$target" >/dev/null 2>&1; then
    ok "$what: the old file still loads"
  else
    not_ok "$what: the old file still loads"
  fi
  if [ -s "$work/out" ]; then
    not_ok "$what: nothing on standard output" "$(cat "$work/out")"
  else
    ok "$what: nothing on standard output"
  fi
  left=$(ls -A "$dir" | grep -vxF "$name" || true)
  if [ "$fault" = rename:kill ]; then
    if [ -n "$left" ] && [ "$(echo "$left" | grep -c '^\.')" -eq "$(echo "$left" | wc -l)" ]; then
      ok "$what: only a hidden temporary file is left ($left)"
    else
      not_ok "$what: only a hidden temporary file is left" "found: ${left:-nothing}"
    fi
    # The next save, without the fault, goes through and replaces the file.
    if "$ccbnet" "$@" >/dev/null 2>"$work/err" && ! cmp -s "$original" "$target" &&
       "$ccbnet" validate "$target" >/dev/null 2>&1; then
      ok "$what: the next save goes through"
    else
      not_ok "$what: the next save goes through" "$(cat "$work/err")"
    fi
  else
    if grep -qF "the file is left as it was" "$work/err" && grep -qF "$message" "$work/err"; then
      ok "$what: the message says what failed"
    else
      not_ok "$what: the message says what failed" "expected “$message” and “the file is left as it was”" "$(cat "$work/err")"
    fi
    if [ -z "$left" ]; then
      ok "$what: no file is left beside it"
    else
      not_ok "$what: no file is left beside it" "found: $left"
    fi
  fi
}

# The old files: the shipped dataset, as JSON and compiled.
"$ccbnet" compile -o "$work/shipped.ccbnetdb" "$shipped" >/dev/null 2>&1 ||
  { echo "Bail out! cannot compile the shipped dataset"; exit 1; }

for command in export compile; do
  if [ "$command" = export ]; then
    name=target.json original="$shipped"
  else
    name=target.ccbnetdb original="$work/shipped.ccbnetdb"
  fi
  run_case $command open:EACCES "Permission denied" $name "$original"
  run_case $command write:ENOSPC "No space left on device" $name "$original"
  run_case $command fsync:EIO "Input/output error" $name "$original"
  run_case $command close:EIO "Input/output error" $name "$original"
  run_case $command rename:EACCES "Permission denied" $name "$original"
  run_case $command rename:kill "" $name "$original"
done

# The shim itself must work, or the cases above prove nothing: without a fault it changes
# nothing, and with one it fails the call.
dir="$work/control"
mkdir "$dir"
cp "$shipped" "$dir/target.json"
if CCBNET_FAULT_DIR=$dir LD_PRELOAD=$shim "$ccbnet" export --data "$minimal" --format json \
     -o "$dir/target.json" >/dev/null 2>"$work/err" && ! cmp -s "$shipped" "$dir/target.json" &&
   ! grep -q "preload" "$work/err"; then
  ok "control: the shim loads, and without CCBNET_FAULT it changes nothing"
else
  not_ok "control: the shim loads, and without CCBNET_FAULT it changes nothing" "$(cat "$work/err")"
fi

echo "1..$n"
exit $failed
