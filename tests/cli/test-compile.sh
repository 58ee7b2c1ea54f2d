#!/bin/sh
# test-compile.sh: `ccbnet compile` writes a compiled dataset that every command reads exactly as
# it reads the JSON; its summary line and JSON object, default output names, refusals and
# failures. (The failures' messages are golden cases too: compile-* in cases.txt.)
#
#   sh tests/cli/test-compile.sh TOOL SOURCE-ROOT
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-compile.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-compile.XXXXXX") || exit 99
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$srcdir" || exit 99

unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0
checks=0

fail () {
  echo "FAIL: $*"
  failed=1
}

# run EXPECTED-STATUS ARGUMENT…: runs ccbnet with its output in $work/out and $work/err.
run () {
  expected=$1
  shift
  checks=$((checks + 1))
  "$tool" "$@" >"$work/out" 2>"$work/err" </dev/null
  status=$?
  if [ "$status" != "$expected" ]; then
    fail "ccbnet $*: exit status $status, expected $expected"
    sed 's/^/  stderr: /' "$work/err" | head -n 20
    return 1
  fi
  return 0
}

# expect_empty FILE WHAT
expect_empty () {
  if [ -s "$1" ]; then
    fail "$2 should be empty, but is:"
    head -n 20 "$1"
  fi
}

# expect_same EXPECTED ACTUAL WHAT
expect_same () {
  if ! cmp -s "$1" "$2"; then
    fail "$3:"
    diff -u "$1" "$2" | head -n 60
  fi
}

# size FILE: its size in bytes
size () {
  wc -c <"$1" | tr -d ' '
}

# The counts of a valid file, as `ccbnet validate` gives them: "9 entities, 7 relations, …".
counts_of () {
  "$tool" validate "$1" | sed -n 's/^.*: valid (\(.*\))$/\1/p'
}

# 1. The shipped dataset and the minimal one, into the temporary directory: one summary line,
#    nothing on stderr (no progress when piped), counts as validate gives them, the byte count
#    of the file written.
for input in data/ccbnet.json tests/data/minimal.json; do
  base=$(basename "$input" .json)
  output="$work/$base.ccbnetdb"
  run 0 compile "$input" --output "$output" || continue
  expect_empty "$work/err" "stderr of ccbnet compile $input"
  if [ ! -s "$output" ]; then
    fail "ccbnet compile $input wrote nothing to $output"
    continue
  fi
  if [ "$(head -c 8 "$output")" != "CCBNETDB" ]; then
    fail "$output does not start with the magic CCBNETDB"
  fi
  counts=$(counts_of "$input")
  bytes=$(size "$output")
  line=$(cat "$work/out")
  masked=$(printf '%s\n' "$line" |
           sed -E 's/ in [0-9]+\.[0-9]{3} s$/ in TIME s/; s/ \([^)]*\) in / in /')
  expected="compiled $input to $output: $counts; $bytes bytes in TIME s"
  if [ "$(wc -l <"$work/out")" != 1 ] || [ "$masked" != "$expected" ]; then
    fail "the summary of ccbnet compile $input:"
    echo "  expected: $expected"
    echo "  got:      $line"
  fi
done

# 2. The same with --json: the documented object, the time masked.
run 0 compile --json tests/data/minimal.json -o "$work/minimal-json.ccbnetdb" &&
{
  expect_empty "$work/err" "stderr of ccbnet compile --json"
  sed -E 's/^(  "seconds": )[0-9]+\.[0-9]{3}$/\1TIME/' "$work/out" >"$work/out-masked"
  cat >"$work/expected" <<EOF
{
  "input": "tests/data/minimal.json",
  "input_format": "json",
  "input_bytes": $(size tests/data/minimal.json),
  "output": "$work/minimal-json.ccbnetdb",
  "bytes": $(size "$work/minimal-json.ccbnetdb"),
  "counts": {
    "entities": 9,
    "relations": 7,
    "sections": 2,
    "sources": 2
  },
  "seconds": TIME
}
EOF
  expect_same "$work/expected" "$work/out-masked" "the JSON summary of ccbnet compile --json"
}

# 3. The same data compiles to the same bytes: again, and from the compiled file itself.
run 0 compile tests/data/minimal.json --output "$work/minimal-again.ccbnetdb"
expect_same "$work/minimal.ccbnetdb" "$work/minimal-again.ccbnetdb" \
            "compiling minimal.json twice gives different bytes"
run 0 compile --json "$work/ccbnet.ccbnetdb" --output "$work/ccbnet-again.ccbnetdb" &&
  if ! grep -q '^  "input_format": "compiled",$' "$work/out"; then
    fail "compiling a compiled file does not say \"input_format\": \"compiled\":"
    cat "$work/out"
  fi
expect_same "$work/ccbnet.ccbnetdb" "$work/ccbnet-again.ccbnetdb" \
            "compiling the compiled shipped dataset gives different bytes"

# 4. Every read command prints on the compiled file exactly what it prints on the JSON: the
#    exit status, stdout and stderr. One command a line; DATA is the file.
compare_reads () {
  json=$1
  compiled=$2
  while IFS= read -r command; do
    [ -z "$command" ] && continue
    checks=$((checks + 1))
    eval "set -- $command"
    "$tool" --data "$json" "$@" >"$work/json.out" 2>"$work/json.err" </dev/null
    json_status=$?
    "$tool" --data "$compiled" "$@" >"$work/compiled.out" 2>"$work/compiled.err" </dev/null
    compiled_status=$?
    if [ "$json_status" != "$compiled_status" ]; then
      fail "ccbnet $command: exit status $json_status on $json, $compiled_status compiled"
    fi
    expect_same "$work/json.out" "$work/compiled.out" "ccbnet $command: stdout differs (+ compiled)"
    expect_same "$work/json.err" "$work/compiled.err" "ccbnet $command: stderr differs (+ compiled)"
    if [ ! -s "$work/json.out" ] && [ "$json_status" = 0 ]; then
      fail "ccbnet $command --data $json printed nothing: a useless comparison"
    fi
  done
}

compare_reads data/ccbnet.json "$work/ccbnet.ccbnetdb" <<'EOF'
show CCB
show --json CCB
--lang fr show ncca
--lang de show --json Belgium
show QCTR
show CBB
list
list --json
list platforms --scope european
list relations
list relations --json --kind represents-in --include-subkinds
list sections --json
list sources --json
query --kind represents-in --subject CCB --on-behalf-of Belgium --include-parts
query --json --object 'NIS Cooperation Group' --include-parts
query --entities --subject CCB --kind participates-in --include-subkinds
query --entities --cadence monthly
query --condition on-request --json
path CCB FIRST
path --json Belgium 'European Union'
path CCB FIRST --max-hops 1
why r053
why --json ccb
export --format json
export --format json-ld
--lang nl export --format dot
EOF

compare_reads tests/data/minimal.json "$work/minimal.ccbnetdb" <<'EOF'
show TA
show --json agency
--lang fr show forum
list
list relations --json
list sections
list sources --json
query --kind participates-in --include-subkinds
query --entities --object forum
path director forum
why --json r4
export --format json
show agancy
EOF

# The library's CCBNET_DATASET takes a compiled file too.
run 0 --data tests/data/minimal.json show --json TA && cp "$work/out" "$work/minimal-ta.json"
checks=$((checks + 1))
CCBNET_DATASET="$work/minimal.ccbnetdb" "$tool" show --json TA >"$work/out" 2>"$work/err" </dev/null ||
  fail "CCBNET_DATASET=minimal.ccbnetdb ccbnet show TA: exit status $?"
expect_same "$work/minimal-ta.json" "$work/out" "CCBNET_DATASET with a compiled file"
expect_empty "$work/err" "stderr of show with CCBNET_DATASET compiled"

# validate checks a compiled file and counts the same records.
run 0 validate "$work/minimal.ccbnetdb" &&
  if [ "$(sed -n 's/^.*: valid (\(.*\))$/\1/p' "$work/out")" != "$(counts_of tests/data/minimal.json)" ]; then
    fail "validate of the compiled file: $(cat "$work/out")"
  fi

# 5. The default output: FILE.json → FILE.ccbnetdb, any other name → FILE.ccbnetdb appended.
mkdir "$work/names"
cp tests/data/minimal.json "$work/names/m.json"
cp tests/data/minimal.json "$work/names/plain"
run 0 compile "$work/names/m.json" &&
  case $(cat "$work/out") in
    "compiled $work/names/m.json to $work/names/m.ccbnetdb: "*) ;;
    *) fail "compile m.json does not name m.ccbnetdb: $(cat "$work/out")" ;;
  esac
[ -f "$work/names/m.ccbnetdb" ] || fail "compile m.json did not write m.ccbnetdb"
expect_same "$work/minimal.ccbnetdb" "$work/names/m.ccbnetdb" "the default output of m.json"
run 0 compile "$work/names/plain"
[ -f "$work/names/plain.ccbnetdb" ] || fail "compile plain did not write plain.ccbnetdb"

# 6. An output that is the input is refused before anything is written, whatever its spelling.
ln -s m.json "$work/names/symlink.json"
ln "$work/names/m.json" "$work/names/hardlink.json"
for output in "$work/names/m.json" "$work/names/./m.json" "$work/names/../names/m.json" \
              "$work/names/symlink.json" "$work/names/hardlink.json"; do
  run 64 compile "$work/names/m.json" --output "$output" &&
    if ! grep -q "is the input" "$work/err"; then
      fail "compile m.json --output $output: the message does not say why:"
      cat "$work/err"
    fi
  expect_same tests/data/minimal.json "$work/names/m.json" "compile --output $output changed the input"
done
[ -L "$work/names/symlink.json" ] || fail "compile --output symlink.json replaced the link"

# 7. Bad input: exit status 2, with the place of the problem, and nothing written.
run 2 compile tests/hostile/syntax-truncated.json --output "$work/bad.ccbnetdb" &&
  if ! grep -q '^ccbnet: error: tests/hostile/syntax-truncated.json:[0-9]*:[0-9]*: ' "$work/err"; then
    fail "compile of a bad file does not locate the problem:"
    cat "$work/err"
  fi
expect_empty "$work/out" "stdout of compile of a bad file"
: >"$work/empty.json"
run 2 compile "$work/empty.json" --output "$work/bad.ccbnetdb"
head -c 200 "$work/minimal.ccbnetdb" >"$work/damaged.ccbnetdb"
run 2 compile "$work/damaged.ccbnetdb" --output "$work/bad.ccbnetdb"
run 2 show TA --data "$work/damaged.ccbnetdb"
[ -e "$work/bad.ccbnetdb" ] && fail "a compile that failed left $work/bad.ccbnetdb"

# 8. An output that cannot be written: exit status 74, nothing left behind.
run 74 compile tests/data/minimal.json --output "$work/no-such-directory/m.ccbnetdb"
[ -e "$work/no-such-directory" ] && fail "compile created $work/no-such-directory"
mkdir "$work/a-directory.ccbnetdb"
run 74 compile tests/data/minimal.json --output "$work/a-directory.ccbnetdb"
[ -d "$work/a-directory.ccbnetdb" ] || fail "compile replaced a directory"
run 74 compile tests/data/minimal.json --output "$work/names/m.json/m.ccbnetdb"
mkdir "$work/read-only"
cp "$work/ccbnet.ccbnetdb" "$work/read-only/old.ccbnetdb"
chmod a-w "$work/read-only"
if (: >"$work/read-only/probe") 2>/dev/null; then
  rm -f "$work/read-only/probe"
  echo "skipped: the read-only directory is writable here (root?)"
else
  run 74 compile tests/data/minimal.json --output "$work/read-only/new.ccbnetdb"
  [ -e "$work/read-only/new.ccbnetdb" ] && fail "compile wrote into a read-only directory"
  run 74 compile tests/data/minimal.json --output "$work/read-only/old.ccbnetdb"
  expect_same "$work/ccbnet.ccbnetdb" "$work/read-only/old.ccbnetdb" \
              "a failed compile changed the existing output"
  if [ -n "$(ls -A "$work/read-only" | grep -v '^old.ccbnetdb$')" ]; then
    fail "a failed compile left files behind: $(ls -A "$work/read-only")"
  fi
fi
chmod u+w "$work/read-only"

if [ "$failed" = 0 ]; then
  echo "ok: $checks runs of ccbnet; compile writes files that read exactly as their JSON"
fi
exit "$failed"
