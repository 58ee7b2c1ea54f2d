#!/bin/sh
# test-export-canonical.sh: `ccbnet export --format json` of the shipped dataset is
# data/ccbnet.json byte for byte, on standard output and with --output (which replaces a file
# that was there), and so is the export of its compiled form.
#
#   sh tests/cli/test-export-canonical.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-export-canonical.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-export.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
cd "$srcdir" || exit 99
unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0

fail () {
  echo "FAIL: $*"
  failed=1
}

# The embedded dataset (no --data), and the file itself given with --data.
"$tool" export --format json >"$work/embedded.json" || fail "export of the embedded dataset failed"
cmp "$work/embedded.json" data/ccbnet.json || fail "the embedded dataset's export is not data/ccbnet.json"
"$tool" export --format json --data data/ccbnet.json >"$work/file.json" || fail "export with --data failed"
cmp "$work/file.json" data/ccbnet.json || fail "the export of data/ccbnet.json is not the file"

printf 'an older file\n' >"$work/out.json"
"$tool" export --format json --output "$work/out.json" || fail "export --output failed"
cmp "$work/out.json" data/ccbnet.json || fail "export --output did not write data/ccbnet.json's bytes"

"$tool" compile data/ccbnet.json --output "$work/shipped.ccbnetdb" >/dev/null || fail "compile failed"
"$tool" export --format json --data "$work/shipped.ccbnetdb" >"$work/compiled.json" || fail "export of the compiled form failed"
cmp "$work/compiled.json" data/ccbnet.json || fail "the compiled form's export is not data/ccbnet.json"

[ "$failed" = 0 ] && echo "ok: the export is data/ccbnet.json, byte for byte"
exit "$failed"
