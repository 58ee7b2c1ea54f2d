#!/bin/sh
# test-devenv.sh: the README's C program builds and runs through `meson devenv`, as it says
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-devenv.sh MESON BUILD-DIR README CCBNET [VALA-EXAMPLE VALA-EXAMPLE-BUILT]
#
# The README says that in `meson devenv -C _build`, C programs find the uninstalled library and
# that its C snippet is built with `cc example.c $(pkg-config --cflags --libs ccbnet-1)`. This
# takes the snippet out of the README, builds it that way in a temporary directory inside the
# build's development environment, runs it there, and compares each line it prints with the
# same question asked through `ccbnet query --json`. With a Vala example, it also builds that
# with the README's `valac --pkg ccbnet-1 example.vala` in the development environment and
# compares what it prints with the same example as the build made it. Python and GJS run there
# too, through their overrides. Prints TAP.
set -u

meson=$1
build=$2
readme=$3
ccbnet=$4
vala_example=${5:-}
vala_built=${6:-}
case $ccbnet in
  /*) ;;
  *) ccbnet=$PWD/$ccbnet ;;
esac

# With ASan the library pulls in the runtime, which a program built without it would load too
# late for the runtime's liking; that does not matter for this program.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0:detect_leaks=0"
export ASAN_OPTIONS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sed -n '/<!-- snippet:c -->/,/^```$/p' "$readme" | sed '1,2d;$d' >"$work/example.c"
if ! grep -q 'ccbnet_registry_get_default' "$work/example.c"; then
  echo "Bail out! no C snippet in $readme"
  exit 1
fi

# Exactly the README's command, in the development environment (which starts in the build
# directory: the program is built where the snippet was written).
if "$meson" devenv -C "$build" sh -c \
     'cd "$0" && cc example.c $(pkg-config --cflags --libs ccbnet-1) && ./a.out' "$work" \
     >"$work/out" 2>"$work/err"; then
  echo "ok 1 - the README's C snippet builds and runs in meson devenv"
else
  echo "not ok 1 - the README's C snippet builds and runs in meson devenv"
  sed 's/^/# /' "$work/err"
  echo "1..1"
  exit 1
fi

"$ccbnet" query --kind represents-in --subject CCB --include-parts --json >"$work/query.json" &&
/usr/bin/python3 - "$work/query.json" >"$work/expected" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["relations"]:
    print(f"{r['subject']['id']}: {r['object']['label']}, on behalf of {r['on_behalf_of']['label']}")
PY

if [ -s "$work/expected" ] && cmp -s "$work/expected" "$work/out"; then
  echo "ok 2 - it prints what ccbnet query answers ($(wc -l <"$work/out") lines)"
else
  echo "not ok 2 - it prints what ccbnet query answers"
  diff "$work/expected" "$work/out" | sed 's/^/# /'
  echo "1..2"
  exit 1
fi

# Python and GJS in the same environment: the typelib, and each language's override, which
# devenv puts on PYTHONPATH and in CCBNET_GJS_OVERRIDES (registry["ccb"] and for…of over a
# listing exist only through them).
n=2
if [ "${CCBNET_DEVENV_INTERPRETERS:-}" = 1 ]; then
expected_name=$("$ccbnet" show --json ccb | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["name"])')
expected_count=$("$ccbnet" list --json | /usr/bin/python3 -c 'import json, sys; print(len(json.load(sys.stdin)["entities"]))')
n=$((n + 1))
got=$(env ${CCBNET_INTERPRETER_PRELOAD:+LD_PRELOAD=$CCBNET_INTERPRETER_PRELOAD} \
      "$meson" devenv -C "$build" /usr/bin/python3 -c '
import gi
gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet
print(Ccbnet.Registry.get_default()["ccb"].name)' 2>"$work/py-err")
if [ -n "$expected_name" ] && [ "$got" = "$expected_name" ]; then
  echo "ok $n - Python in meson devenv finds the library and its override ($got)"
else
  echo "not ok $n - Python in meson devenv finds the library and its override"
  echo "# got: $got"
  sed 's/^/# /' "$work/py-err"
  echo "1..$n"
  exit 1
fi
if command -v gjs >/dev/null 2>&1; then
  n=$((n + 1))
  cat >"$work/count.js" <<'JS'
import GLib from 'gi://GLib';
imports.overrides.searchPath.unshift(GLib.getenv('CCBNET_GJS_OVERRIDES'));
const {default: Ccbnet} = await import('gi://Ccbnet?version=1.0');
let n = 0;
for (const entity of Ccbnet.Registry.get_default().get_entities())
    n += entity.id ? 1 : 0;
print(n);
JS
  got=$(env ${CCBNET_INTERPRETER_PRELOAD:+LD_PRELOAD=$CCBNET_INTERPRETER_PRELOAD} \
        GJS_DEBUG_OUTPUT=/dev/null "$meson" devenv -C "$build" gjs -m "$work/count.js" 2>"$work/gjs-err")
  if [ -n "$expected_count" ] && [ "$got" = "$expected_count" ]; then
    echo "ok $n - GJS in meson devenv iterates a listing with for…of through the override ($got entities)"
  else
    echo "not ok $n - GJS in meson devenv iterates a listing with for…of through the override"
    echo "# got: $got, expected $expected_count"
    sed 's/^/# /' "$work/gjs-err"
    echo "1..$n"
    exit 1
  fi
fi
fi

if [ -z "$vala_example" ]; then
  echo "1..$n"
  exit 0
fi

# Vala, exactly as the README writes it: no --vapidir, no extra --pkg.
cp "$vala_example" "$work/example.vala"
if "$meson" devenv -C "$build" sh -c \
     'cd "$0" && valac --pkg ccbnet-1 example.vala -X -w && ./example CCB' "$work" \
     >"$work/vala-out" 2>"$work/vala-err"; then
  n=$((n + 1))
  echo "ok $n - valac --pkg ccbnet-1 builds the Vala example in meson devenv, and it runs"
else
  n=$((n + 1))
  echo "not ok $n - valac --pkg ccbnet-1 builds the Vala example in meson devenv, and it runs"
  sed 's/^/# /' "$work/vala-err"
  echo "1..$n"
  exit 1
fi
"$vala_built" CCB >"$work/vala-expected" 2>/dev/null
n=$((n + 1))
if [ -s "$work/vala-expected" ] && cmp -s "$work/vala-expected" "$work/vala-out"; then
  echo "ok $n - it prints what the build's own Vala example prints ($(wc -l <"$work/vala-out") lines)"
else
  echo "not ok $n - it prints what the build's own Vala example prints"
  diff "$work/vala-expected" "$work/vala-out" | sed 's/^/# /'
  echo "1..$n"
  exit 1
fi
echo "1..$n"
