#!/bin/sh
# setup-debian.sh: on Debian 12, install what libccbnet needs, build it, and answer a question
# from the shipped dataset.
#
# Runs as root, or through sudo for another user. Installs only the Debian packages that are
# missing; a minimal Debian needs nothing else (no git, no python3, no sudo beforehand).
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

cd "$(dirname "$0")/.."
builddir=${BUILDDIR:-_build}

# Building needs the first two lines (gettext: the translations); the Python, GJS and Vala
# suites and the API reference the third (networkx: what the Python benchmark compares with,
# and with rdflib what reads the exports in the tests; jq: the recipes of docs/cli.md); the GTK
# browser and its test under Xvfb the last two.
packages="meson ninja-build gcc libc6-dev pkg-config gettext libglib2.0-dev libjson-glib-dev libxml2-dev graphviz
          gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0
          python3-gi python3-pytest python3-networkx python3-rdflib jq gjs gjs-tests valac gi-docgen
          gir1.2-gtk-4.0 gir1.2-adw-1 librsvg2-common xvfb xauth
          desktop-file-utils appstream dbus-daemon"

missing=""
for package in $packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
  else
    echo "setup-debian.sh: these packages are missing:$missing" >&2
    echo "setup-debian.sh: run this script as root, or install sudo, to install them" >&2
    exit 1
  fi
  echo "Installing:$missing"
  $as_root apt-get update -q
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir"
fi
meson compile -C "$builddir"

echo
echo "The CCB in the shipped dataset (ccbnet show CCB):"
echo
"$builddir/tools/ccbnet" show CCB
