#!/bin/sh
# test-jq-recipes.sh: the jq recipes of docs/cli.md give exactly the output they show
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-jq-recipes.sh CCBNET CLI-MD
#
# Between the markers "<!-- jq-recipes: begin -->" and "<!-- jq-recipes: end -->", every fenced
# block holds "$ COMMAND" and the lines it prints. Each COMMAND is run with the build's ccbnet
# first on PATH, on the shipped dataset, and its output compared with those lines. Prints TAP;
# exits 77 (skipped) when jq is not installed.
set -u

ccbnet=$1
doc=$2

if ! command -v jq >/dev/null 2>&1; then
  echo "1..0 # SKIP jq is not installed"
  exit 77
fi

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$(cd "$(dirname "$ccbnet")" && pwd)/$(basename "$ccbnet")" "$bin/ccbnet"
PATH=$bin:$PATH
CCBNET_DATASET=
NO_COLOR=1
export PATH CCBNET_DATASET NO_COLOR

# One file per recipe: the command on its first line, the expected output after it.
sed -n '/<!-- jq-recipes: begin -->/,/<!-- jq-recipes: end -->/p' "$doc" | awk -v dir="$bin" '
  /^```$/ { if (inside) { close(file); inside = 0 } else { inside = 1; n++; file = dir "/recipe-" n } next }
  inside { sub(/^\$ /, ""); print > file }
'

n=0
failed=0
for recipe in "$bin"/recipe-*; do
  n=$((n + 1))
  command=$(head -n 1 "$recipe")
  tail -n +2 "$recipe" >"$bin/expected"
  if sh -c "$command" >"$bin/actual" 2>"$bin/err" && [ ! -s "$bin/err" ] &&
     cmp -s "$bin/expected" "$bin/actual"; then
    printf "ok %s - %s\n" "$n" "$command"
  else
    failed=1
    printf "not ok %s - %s\n" "$n" "$command"
    diff "$bin/expected" "$bin/actual" | sed 's/^/# /'
    sed 's/^/# stderr: /' "$bin/err"
  fi
done
if [ "$n" -lt 5 ]; then
  echo "not ok $((n + 1)) - at least five recipes found (found $n)"
  failed=1
  n=$((n + 1))
fi
echo "1..$n"
exit $failed
