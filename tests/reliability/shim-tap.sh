# shim-tap.sh: what the scripts that drive the faults.c shim share, sourced by them
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Sets ccbnet, shim, shipped and minimal from the script's arguments (CCBNET FAULTS.so
# SOURCE-ROOT), makes a temporary directory $work removed at exit, and defines ok and not_ok,
# which print TAP lines and count them in $n ($failed becomes 1 at the first failure).

ccbnet=$1
shim=$2
shipped=$3/data/ccbnet.json
minimal=$3/tests/data/minimal.json

# With ASan, the runtime checks that it comes first among preloaded libraries; the shim only
# interposes file calls, so the order does not matter here.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
failed=0
ok() {
  n=$((n + 1))
  echo "ok $n - $1"
}
not_ok() {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
}
