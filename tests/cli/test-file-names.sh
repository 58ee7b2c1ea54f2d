#!/bin/sh
# test-file-names.sh: validate and compile print file names as valid UTF-8, whatever their
# bytes, and exactly once before each problem's place, even with colons in the name; a file
# larger than CcbnetRegistry:max-size is refused from its size.
#
#   sh tests/cli/test-file-names.sh TOOL SOURCE-ROOT
#
# The files are made in a fresh temporary directory, where the tool runs. The JSON is read with
# /usr/bin/python3; without it the test is skipped.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 2 ]; then
  echo "usage: test-file-names.sh TOOL SOURCE-ROOT" >&2
  exit 99
fi
tool=$1
srcdir=$2
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac
case $srcdir in
  /*) ;;
  *) srcdir="$(pwd)/$srcdir" ;;
esac
python=/usr/bin/python3
if [ ! -x "$python" ]; then
  echo "$python is not installed: skipped"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-names.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 99

# File names are shown as GLib shows them in a UTF-8 locale: bytes that are not UTF-8 become
# U+FFFD (g_filename_display_name()).
unset CCBNET_DATASET LANGUAGE G_FILENAME_ENCODING G_BROKEN_FILENAMES
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0

fail () {
  echo "FAIL: $*"
  failed=1
}

# utf8 FILE: whether FILE is valid UTF-8.
utf8 () {
  "$python" -c 'import sys; sys.stdin.buffer.read().decode("utf-8")' <"$1" 2>/dev/null
}

latin1=$(printf 'bad-\351.json')           # "bad-é.json" in ISO 8859-1: not UTF-8
shown=$(printf 'bad-\357\277\275.json')    # how it is shown: "bad-<U+FFFD>.json"
colons='a:1:2.json'
printf '{"format": x}\n' >"$latin1"
printf '{"format": x}\n' >"$colons"
problem='1:12: unexpected word “x”, expected a JSON value'

# 1. Text: one problem line per file, "NAME:1:12: …" with the name once, then "NAME: 1 problem".
"$tool" validate "$latin1" "$colons" >text.out 2>text.err </dev/null
status=$?
[ "$status" = 2 ] || fail "ccbnet validate: exit status $status, expected 2"
[ -s text.err ] && { fail "ccbnet validate wrote to stderr:"; cat text.err; }
utf8 text.out || fail "the text output of ccbnet validate is not valid UTF-8"
printf '%s\n' "$shown:$problem" "$shown: 1 problem" "$colons:$problem" "$colons: 1 problem" \
  >text.expected
if ! cmp -s text.expected text.out; then
  fail "the text output of ccbnet validate:"
  diff -u text.expected text.out | head -n 20
fi
for name in "$shown" "$colons"; do
  lines=$(grep -c ":1:12: " text.out)
  [ "$lines" = 2 ] || fail "$lines problem lines, expected 2"
  line=$(grep -F "$name:1:12: " text.out)
  rest=${line#"$name:1:12: "}
  case $rest in
    *"$name"*) fail "the problem line names $name more than once: $line" ;;
  esac
done

# 2. JSON: valid UTF-8 that parses, "file" as shown, each problem at line 1, column 12.
"$tool" validate --json "$latin1" "$colons" >json.out 2>json.err </dev/null
status=$?
[ "$status" = 2 ] || fail "ccbnet validate --json: exit status $status, expected 2"
[ -s json.err ] && { fail "ccbnet validate --json wrote to stderr:"; cat json.err; }
utf8 json.out || fail "the output of ccbnet validate --json is not valid UTF-8"
"$python" -c 'import json,sys; json.load(sys.stdin)' <json.out ||
  fail "the output of ccbnet validate --json does not parse"
cat >check-validate.py <<'EOF'
import json, sys

document = json.load(sys.stdin)
names = sys.argv[1:]
files = document["files"]
errors = []
if document["valid"] is not False:
    errors.append('"valid" is not false')
if [f["file"] for f in files] != names:
    errors.append('the "file" keys are %r, expected %r' % ([f["file"] for f in files], names))
for f in files:
    if len(f["problems"]) != 1:
        errors.append("%s: %d problems, expected 1" % (f["file"], len(f["problems"])))
    for problem in f["problems"]:
        if (problem["line"], problem["column"]) != (1, 12):
            errors.append("%s: a problem at %s:%s, expected 1:12"
                          % (f["file"], problem["line"], problem["column"]))
        if problem["text"] != f["file"] + ":1:12: " + problem["message"]:
            errors.append("%s: the text %r" % (f["file"], problem["text"]))
for error in errors:
    print("FAIL: ccbnet validate --json: " + error)
sys.exit(1 if errors else 0)
EOF
"$python" check-validate.py "$shown" "$colons" <json.out || failed=1
# The pretty-printed form, as a reader of the JSON by eye sees it.
for key in '"line": 1,' '"column": 12,'; do
  [ "$(grep -cF "$key" json.out)" = 2 ] || fail "ccbnet validate --json: not two $key"
done

# 3. compile names its input and output as shown, in the text and in --json; the files written
#    keep the bytes of their names.
cp "$srcdir/tests/data/minimal.json" "$(printf 'ok-\351.json')" || exit 99
"$tool" compile "$(printf 'ok-\351.json')" >compile.out 2>compile.err </dev/null
status=$?
[ "$status" = 0 ] || { fail "ccbnet compile ok-\\351.json: exit status $status"; cat compile.err; }
utf8 compile.out || fail "the text output of ccbnet compile is not valid UTF-8"
case $(cat compile.out) in
  "compiled $(printf 'ok-\357\277\275.json') to $(printf 'ok-\357\277\275.ccbnetdb'): 9 entities, "*) ;;
  *) fail "the text output of ccbnet compile: $(cat compile.out)" ;;
esac
[ -f "$(printf 'ok-\351.ccbnetdb')" ] || fail "ccbnet compile did not write ok-\\351.ccbnetdb"
"$tool" compile --json "$(printf 'ok-\351.json')" -o "$(printf 'out-\351.ccbnetdb')" \
  >compile-json.out 2>compile.err </dev/null
status=$?
[ "$status" = 0 ] || { fail "ccbnet compile --json ok-\\351.json: exit status $status"; cat compile.err; }
[ -f "$(printf 'out-\351.ccbnetdb')" ] || fail "ccbnet compile did not write out-\\351.ccbnetdb"
utf8 compile-json.out || fail "the output of ccbnet compile --json is not valid UTF-8"
cat >check-compile.py <<'EOF'
import json, sys

document = json.load(sys.stdin)
if [document["input"], document["output"]] != sys.argv[1:]:
    print("FAIL: ccbnet compile --json: input and output are %r, expected %r"
          % ([document["input"], document["output"]], sys.argv[1:]))
    sys.exit(1)
EOF
"$python" check-compile.py "$(printf 'ok-\357\277\275.json')" \
  "$(printf 'out-\357\277\275.ccbnetdb')" <compile-json.out || failed=1

# 4. A file larger than CcbnetRegistry:max-size (128 MiB) is one problem, found from its size
#    before it is read (the file is sparse).
truncate -s 129M large.json
"$tool" validate large.json >large.out 2>large.err </dev/null
status=$?
[ "$status" = 2 ] || fail "ccbnet validate large.json: exit status $status, expected 2"
printf '%s\n' "large.json: the file is 135266304 bytes, more than the limit of 134217728 bytes (CcbnetRegistry:max-size)" \
  "large.json: 1 problem" >large.expected
if ! cmp -s large.expected large.out; then
  fail "ccbnet validate of a file over the size limit:"
  diff -u large.expected large.out | head -n 20
fi

[ "$failed" = 0 ] && echo "ok: file names are valid UTF-8 in validate and compile"
exit "$failed"
