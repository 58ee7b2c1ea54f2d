#!/bin/sh
# test-diff.sh: `ccbnet diff` of the shipped dataset against an edited copy lists exactly the
# edits. A copy of data/ccbnet.json gets four edits made by Python (an entity's name, one
# relation's note, another's start_date, one relation deleted); `ccbnet diff --json` must report
# those four changes and nothing else, with their ids, members and values, the deleted relation
# whole, and exit status 1; the text output says the same. The same dataset written in another
# layout and order of keys is equal (exit status 0, nothing printed).
#
#   sh tests/cli/test-diff.sh TOOL SOURCE-ROOT PYTHON
#
# The shipped dataset is $CCBNET_DATA_DIR/ccbnet.json, or SOURCE-ROOT/data/ccbnet.json.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

if [ $# -ne 3 ]; then
  echo "usage: test-diff.sh TOOL SOURCE-ROOT PYTHON" >&2
  exit 99
fi
tool=$1
srcdir=$2
python=$3
case $tool in
  /*) ;;
  *) tool="$(pwd)/$tool" ;;
esac
shipped="${CCBNET_DATA_DIR:-$srcdir/data}/ccbnet.json"

work=$(mktemp -d "${TMPDIR:-/tmp}/ccbnet-diff.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT

unset CCBNET_DATASET LANGUAGE
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0

fail () {
  echo "FAIL: $*"
  failed=1
}

cp "$shipped" "$work/old.json" || exit 99

# The edits, and what they must give: $work/expected.json, the changes `ccbnet diff --json`
# must list, in its order (entities before relations, each list in the old file's order).
if ! "$python" - "$work/old.json" "$work/new.json" "$work/expected.json" "$work/relaid.json" <<'EOF'
import json
import sys

old_path, new_path, expected_path, relaid_path = sys.argv[1:]
with open(old_path, encoding="utf-8") as f:
    old = json.load(f)
new = json.loads(json.dumps(old))
relations = new["relations"]
expected = []

# 1. An entity's name: the CCB's.
ccb = next(e for e in new["entities"] if e["id"] == "ccb")
expected.append({"change": "changed", "list": "entities", "id": "ccb",
                 "members": {"name": {"old": ccb["name"], "new": "Centre for Cyber Security Belgium"}},
                 "record": None})
ccb["name"] = "Centre for Cyber Security Belgium"

# 2. The note of the first relation that has one.
noted = next(r for r in relations if "note" in r)
# 3. The start date of a relation that has no note, so that the two edits are two changes.
dated = next(r for r in relations if "note" not in r and r["id"] != noted["id"])
# 4. The last relation, deleted.
deleted = relations[-1]
assert deleted["id"] not in (noted["id"], dated["id"])

relation_changes = {
    noted["id"]: {"change": "changed", "list": "relations", "id": noted["id"],
                  "members": {"note": {"old": noted["note"], "new": noted["note"] + " (edited)"}},
                  "record": None},
    dated["id"]: {"change": "changed", "list": "relations", "id": dated["id"],
                  "members": {"start_date": {"old": dated.get("start_date"), "new": "2024-05"}},
                  "record": None},
    deleted["id"]: {"change": "removed", "list": "relations", "id": deleted["id"], "members": {},
                    "record": json.loads(json.dumps(deleted))},
}
noted["note"] += " (edited)"
dated["start_date"] = "2024-05"
del relations[-1]

# Relations in the old file's order.
for relation in old["relations"]:
    if relation["id"] in relation_changes:
        expected.append(relation_changes[relation["id"]])

with open(new_path, "w", encoding="utf-8") as f:
    json.dump(new, f, indent=2, ensure_ascii=False)
with open(expected_path, "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False)
# The old dataset again, in another layout: one line, keys sorted, ASCII escapes.
with open(relaid_path, "w", encoding="utf-8") as f:
    json.dump(old, f, sort_keys=True)
EOF
then
  echo "FAIL: could not edit the copy of $shipped"
  exit 1
fi

# --json: exactly the expected changes, exit status 1.
"$tool" diff --json "$work/old.json" "$work/new.json" >"$work/out.json" 2>"$work/err"
status=$?
[ "$status" = 1 ] || fail "ccbnet diff --json: exit status $status, expected 1"
[ -s "$work/err" ] && { fail "ccbnet diff --json printed on stderr:"; cat "$work/err"; }
if ! "$python" - "$work/out.json" "$work/expected.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    result = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    expected = json.load(f)
ok = True
if result.get("equal") is not False:
    print(f"FAIL: \"equal\" is {result.get('equal')!r}, expected false")
    ok = False
changes = result.get("changes")
if changes != expected:
    print("FAIL: the changes are not exactly the edits")
    print("  expected:", json.dumps(expected, ensure_ascii=False))
    print("  got:     ", json.dumps(changes, ensure_ascii=False))
    ok = False
else:
    print("ok: diff --json lists exactly the edits: " +
          ", ".join(f"{c['change']} {c['list']} {c['id']}" for c in changes))
sys.exit(0 if ok else 1)
EOF
then
  failed=1
fi

# Text: one block per change, the members named, and the summary line last.
"$tool" diff "$work/old.json" "$work/new.json" >"$work/out.txt" 2>"$work/err"
status=$?
[ "$status" = 1 ] || fail "ccbnet diff: exit status $status, expected 1"
if ! "$python" - "$work/out.txt" "$work/expected.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().splitlines()
with open(sys.argv[2], encoding="utf-8") as f:
    expected = json.load(f)
headers = [line for line in lines if not line.startswith("  ")]
wanted = []
for change in expected:
    header = f"{change['change']} {change['list']} {change['id']}"
    if change["change"] == "changed":
        header += ": " + ", ".join(change["members"])
    wanted.append(header)
wanted.append("4 changes: 0 added, 1 removed, 3 changed")
if headers != wanted:
    print("FAIL: the text output's headers are not the edits")
    print("  expected:", wanted)
    print("  got:     ", headers)
    sys.exit(1)
for change in expected:
    for member, values in change["members"].items():
        old = json.dumps(values["old"], ensure_ascii=False, separators=(",", ":")) if values["old"] is not None else "(none)"
        new = json.dumps(values["new"], ensure_ascii=False, separators=(",", ":"))
        line = f"  {member}: {old} → {new}"
        if line not in lines:
            print(f"FAIL: no line {line!r} in the text output")
            sys.exit(1)
print("ok: the text output names the same changes, with their values")
EOF
then
  failed=1
fi

# The same dataset in another layout is equal: nothing printed, exit status 0.
"$tool" diff "$work/old.json" "$work/relaid.json" >"$work/out" 2>"$work/err"
status=$?
[ "$status" = 0 ] || fail "ccbnet diff of the same dataset in another layout: exit status $status, expected 0"
[ -s "$work/out" ] && { fail "ccbnet diff of equal datasets printed:"; head -n 20 "$work/out"; }
[ -s "$work/err" ] && { fail "ccbnet diff of equal datasets printed on stderr:"; cat "$work/err"; }

[ "$failed" = 0 ] && echo "ok: ccbnet diff of the shipped dataset and an edited copy lists exactly the edits"
exit "$failed"
