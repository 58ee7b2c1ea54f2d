#!/bin/sh
# test-installed-bindings.sh: install into a temporary root, then run the Python suite, the
# override tests, the GJS suite, the Vala program and the examples against the INSTALLED
# typelib, library, PyGObject override and VAPI, with nothing pointing at the build directory.
#
# Usage: test-installed-bindings.sh BUILDDIR SRCDIR PREFIX LIBDIR DATADIR OVERRIDEDIR VAPI DOCS
#   OVERRIDEDIR  where the override is installed (absolute), or "" when it is not
#   VAPI, DOCS   "true" when the VAPI, or the API reference, is built
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

builddir=$1
srcdir=$2
prefix=$3
libdir=$4
datadir=$5
overridedir=$6
vapi=$7
docs=$8

case $libdir in /*) ;; *) libdir=$prefix/$libdir ;; esac
case $datadir in /*) ;; *) datadir=$prefix/$datadir ;; esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

step() {
  echo
  echo "== $*"
}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

meson install -C "$builddir" --no-rebuild --quiet --destdir "$root" >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log" >&2
  fail "meson install"
}

step "installed files"
for file in "$root$libdir/girepository-1.0/Ccbnet-1.0.typelib" \
            "$root$datadir/gir-1.0/Ccbnet-1.0.gir" \
            "$root$datadir/ccbnet-1/gjs/overrides/Ccbnet.js" \
            "$root$libdir/libccbnet-1.so.0" \
            "$root$datadir/locale/nl/LC_MESSAGES/libccbnet-1.mo" \
            "$root$datadir/locale/fr/LC_MESSAGES/libccbnet-1.mo" \
            "$root$datadir/locale/de/LC_MESSAGES/libccbnet-1.mo"; do
  test -f "$file" || fail "not installed: $file"
  echo "$file"
done
if [ -n "$overridedir" ]; then
  test -f "$root$overridedir/Ccbnet.py" || fail "not installed: $root$overridedir/Ccbnet.py"
  # No __init__.py of ours: it would hide the real gi package.
  test ! -e "$root$overridedir/__init__.py" ||
    fail "an __init__.py was installed beside the override"
  test ! -e "$root$overridedir/../__init__.py" || fail "a gi/__init__.py was installed"
  echo "$root$overridedir/Ccbnet.py"
fi
if [ "$vapi" = true ]; then
  for file in "$root$datadir/vala/vapi/ccbnet-1.vapi" "$root$datadir/vala/vapi/ccbnet-1.deps"; do
    test -f "$file" || fail "not installed: $file"
    echo "$file"
  done
fi
if [ "$docs" = true ]; then
  for page in index.html class.Registry.html data-model.html dataset-format.html cli.html \
              getting-started-c.html getting-started-python.html \
              getting-started-javascript.html getting-started-vala.html authoring.html; do
    test -f "$root$datadir/doc/ccbnet-1/$page" || fail "not installed: $datadir/doc/ccbnet-1/$page"
  done
  echo "$root$datadir/doc/ccbnet-1/index.html and the guides"
fi

# Only the installed copy: no variable points at the build or the source tree.
unset CCBNET_DATASET MESON_DEVENV
export GI_TYPELIB_PATH="$root$libdir/girepository-1.0"
export LD_LIBRARY_PATH="$root$libdir"
export CCBNET_DATA_DIR="$root$datadir/ccbnet-1"
# The library looks for its catalogues where it was built to be installed; under DESTDIR they
# are elsewhere.
export CCBNET_LOCALEDIR="$root$datadir/locale"
export LANGUAGE=
export CCBNET_GJS_OVERRIDES="$root$datadir/ccbnet-1/gjs/overrides"
export G_DEBUG=gc-friendly,fatal-warnings
export GJS_DEBUG_OUTPUT=/dev/null
export LC_ALL=C.UTF-8
if [ -n "$overridedir" ]; then
  # The directory that holds gi/overrides/Ccbnet.py. PyGObject's gi and gi.overrides packages
  # extend their __path__ (pkgutil.extend_path) with every gi/ and gi/overrides/ on sys.path.
  PYTHONPATH=$(dirname "$(dirname "$root$overridedir")")
  export PYTHONPATH
  export CCBNET_OVERRIDE_DIR="$root$overridedir"
else
  unset PYTHONPATH
fi
python=/usr/bin/python3
minijasmine=/usr/libexec/installed-tests/gjs/minijasmine

step "Python loads the installed typelib, library and override"
"$python" - "$root" "$overridedir" <<'EOF'
import sys

import gi

gi.require_version("GIRepository", "2.0")
gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet, GIRepository

root, overridedir = sys.argv[1], sys.argv[2]
Ccbnet.Registry.get_default()
paths = [("typelib", GIRepository.Repository.get_default().get_typelib_path("Ccbnet"))]
paths += [("library", line.split()[-1]) for line in open("/proc/self/maps")
          if "libccbnet-1.so" in line]
if overridedir:
    import gi.overrides.Ccbnet
    paths.append(("override", gi.overrides.Ccbnet.__file__))
assert any(what == "library" for what, _ in paths), "libccbnet-1.so is not mapped"
for what, path in sorted(set(paths)):
    print(f"{what}: {path}")
    assert path.startswith(root + "/"), f"the {what} does not come from {root}"
EOF

step "GJS loads the installed typelib and library"
cat >"$tmp/paths.js" <<'EOF'
import Ccbnet from 'gi://Ccbnet?version=1.0';
import GIRepository from 'gi://GIRepository?version=2.0';
import GLib from 'gi://GLib';
import System from 'system';

const [root] = System.programArgs;
Ccbnet.Registry.get_default();
const [, maps] = GLib.file_get_contents('/proc/self/maps');
const paths = [['typelib', GIRepository.Repository.get_default().get_typelib_path('Ccbnet')]];
for (const line of new TextDecoder().decode(maps).split('\n')) {
    if (line.includes('libccbnet-1.so'))
        paths.push(['library', line.split(/\s+/).pop()]);
}
if (paths.length < 2)
    throw new Error('libccbnet-1.so is not mapped');
for (const [what, path] of paths) {
    print(`${what}: ${path}`);
    if (!path.startsWith(`${root}/`))
        throw new Error(`the ${what} does not come from ${root}`);
}
EOF
gjs -m "$tmp/paths.js" "$root" | sort -u

step "the Python suite (tests/python)"
"$python" -m pytest -p no:cacheprovider -q "$srcdir/tests/python"

if [ -n "$overridedir" ]; then
  step "the override tests (tests/bindings/python)"
  "$python" -m pytest -p no:cacheprovider -q "$srcdir/tests/bindings/python"
fi

for spec in test-registry.js test-builder.js; do
  step "the GJS suite (tests/gjs/$spec)"
  # minijasmine exits 0 even when a spec fails: read its TAP.
  "$minijasmine" "$srcdir/tests/gjs/$spec" -m >"$tmp/gjs.tap" 2>"$tmp/gjs.err" || {
    cat "$tmp/gjs.tap" "$tmp/gjs.err"
    fail "minijasmine exited with an error"
  }
  cat "$tmp/gjs.tap"
  planned=$(sed -n 's/^1\.\.\([0-9][0-9]*\).*/\1/p' "$tmp/gjs.tap")
  passed=$(grep -c '^ok ' "$tmp/gjs.tap" || true)
  if grep -q '^not ok ' "$tmp/gjs.tap" || [ -z "$planned" ] || [ "$planned" -eq 0 ] ||
     [ "$passed" -ne "$planned" ]; then
    cat "$tmp/gjs.err"
    fail "the GJS suite ($spec): $passed of ${planned:-?} specs passed"
  fi
done

# The reference output of the examples: the C example of the build directory.
"$builddir/docs/examples/ccb-represents" CCB >"$tmp/expected.txt"

step "the Python and JavaScript examples"
"$python" "$srcdir/docs/examples/ccb-represents.py" CCB >"$tmp/python.txt"
cmp "$tmp/expected.txt" "$tmp/python.txt" || fail "the Python example prints other lines"
gjs -m "$srcdir/docs/examples/ccb-represents.js" CCB >"$tmp/javascript.txt"
cmp "$tmp/expected.txt" "$tmp/javascript.txt" || fail "the JavaScript example prints other lines"
echo "both print the same lines as the C example"

if [ "$vapi" = true ]; then
  step "the Vala program and example, built with valac --pkg ccbnet-1"
  # The .pc file names the real prefix; point a copy of it at the temporary root.
  mkdir "$tmp/pkgconfig"
  sed "s|^prefix=.*|prefix=$root$prefix|" "$root$libdir/pkgconfig/ccbnet-1.pc" \
    >"$tmp/pkgconfig/ccbnet-1.pc"
  export PKG_CONFIG_PATH="$tmp/pkgconfig"
  for program in tests/bindings/vala/test-vala docs/examples/ccb-represents; do
    valac --quiet --vapidir="$root$datadir/vala/vapi" --pkg ccbnet-1 -X -w \
      --directory="$tmp" -o "$(basename "$program")" "$srcdir/$program.vala"
  done
  ldd "$tmp/test-vala" | grep -q "$root$libdir/libccbnet-1.so" ||
    fail "the Vala program does not use the installed library"
  G_TEST_SRCDIR="$srcdir/tests/bindings" "$tmp/test-vala"
  "$tmp/ccb-represents" CCB >"$tmp/vala.txt"
  cmp "$tmp/expected.txt" "$tmp/vala.txt" || fail "the Vala example prints other lines"
  echo "the Vala example prints the same lines as the C example"
fi

echo
echo "the installed bindings work"
