#!/bin/sh
# test-browser.sh: run the CCB network browser under Xvfb and check what its window shows.
#
#   test-browser.sh SOURCE_ROOT BUILD_ROOT OUTPUT_DIR
#
# Skips (exit status 77) when gjs, the GTK 4 and libadwaita typelibs or Xvfb are missing. Saves
# the screenshots (browser-*.png) in OUTPUT_DIR.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -u

srcdir=$1
builddir=$2
outdir=$3

skip() {
  echo "SKIP: $*"
  exit 77
}

command -v gjs >/dev/null 2>&1 || skip "gjs is not installed (package gjs)"
gjs -c 'imports.gi.versions.Gtk = "4.0"; imports.gi.versions.Adw = "1"; imports.gi.Gtk; imports.gi.Adw;' \
  >/dev/null 2>&1 || skip "the GTK 4 or libadwaita typelibs are missing (gir1.2-gtk-4.0, gir1.2-adw-1)"
command -v xvfb-run >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1 || skip "Xvfb is not installed (package xvfb)"
command -v xauth >/dev/null 2>&1 || skip "xauth is not installed (package xauth)"

export GI_TYPELIB_PATH="$builddir/lib${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}"
export LD_LIBRARY_PATH="$builddir/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
if ! gjs -c 'imports.gi.versions.Ccbnet = "1.0"; imports.gi.Ccbnet;'; then
  echo "the Ccbnet typelib in $builddir/lib does not load" >&2
  exit 1
fi

# A clean, private session: no user settings, no portal, no accessibility bus, software rendering.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory \
       ADW_DISABLE_PORTAL=1 GTK_USE_PORTAL=0
export G_DEBUG=fatal-criticals
unset WAYLAND_DISPLAY DISPLAY LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
# The translations: the browser's (domain ccbnet) and the library's (libccbnet-1), as built.
export CCBNET_LOCALEDIR="$builddir/locale"
# GtkApplication wants a session bus; give it one of its own when dbus-run-session is there.
session=""
command -v dbus-run-session >/dev/null 2>&1 && session="dbus-run-session --"

mkdir -p "$outdir"
script="$srcdir/tests/browser/test-browser.js"
status=0
for run in "main" "open" "language LANGUAGE=nl"; do
  set -- $run
  scenario=$1
  shift
  echo "# scenario $scenario${1:+ ($*)}"
  env "$@" xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    $session gjs -m "$script" "$scenario" "$outdir" 2>"$tmp/stderr" || status=$?
  # dbus-daemon's notes about file descriptor limits are not the browser's.
  grep -v '^dbus-daemon\[' "$tmp/stderr" >&2
  [ "$status" -eq 0 ] || break
done
exit "$status"
