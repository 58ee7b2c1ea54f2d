#!/bin/sh
# test-installed.sh: install into a temporary root, then build and run the C example against the
# installed headers, pkg-config file and library, as a user of libccbnet would.
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

builddir=$1
srcdir=$2
prefix=$3
libdir=$4

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

meson install -C "$builddir" --no-rebuild --quiet --destdir "$root" >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log" >&2
  exit 1
}

# The .pc file names the real prefix; point a copy of it at the temporary root.
mkdir "$tmp/pkgconfig"
sed "s|^prefix=.*|prefix=$root$prefix|" "$root$prefix/$libdir/pkgconfig/ccbnet-1.pc" >"$tmp/pkgconfig/ccbnet-1.pc"
export PKG_CONFIG_PATH="$tmp/pkgconfig"
flags=$(pkg-config --cflags --libs ccbnet-1)
echo "pkg-config ccbnet-1: $flags"
${CC:-cc} -Wall -Wextra -Werror "$srcdir/docs/examples/ccb-represents.c" $flags -o "$tmp/ccb-represents"

# The program must use the installed library, not the one in the build directory.
LD_LIBRARY_PATH="$root$prefix/$libdir" ldd "$tmp/ccb-represents" | grep -q "$root$prefix/$libdir/libccbnet-1.so"

LD_LIBRARY_PATH="$root$prefix/$libdir" LC_ALL=C.UTF-8 "$tmp/ccb-represents" CCB >"$tmp/out"
cat "$tmp/out"

fail() {
  echo "not found in the output: $1" >&2
  exit 1
}
# Where the CCB represents Belgium, with the principal, the condition and the source.
grep -q '^- NIS Cooperation Group$' "$tmp/out" || fail "NIS Cooperation Group"
grep -q 'represents-in on behalf of Belgium (relation r053)' "$tmp/out" || fail "r053 on behalf of Belgium"
grep -q 'condition: pending-establishment' "$tmp/out" || fail "the pending-establishment condition"
grep -q 'point-of-contact-for on behalf of Belgium (relation r071)' "$tmp/out" || fail "r071"
grep -q 'through: Belgian Computer Emergency Response Team' "$tmp/out" || fail "CERT.be's forums"

# The installed data and headers are where the documentation says.
test -f "$root$prefix/include/ccbnet-1/ccbnet/ccbnet.h"
test -f "$root$prefix/include/ccbnet-1/ccbnet/ccbnet-enum-types.h"
test -f "$root$prefix/share/ccbnet-1/ccbnet.json"
test -f "$root$prefix/share/ccbnet-1/ccbnet.schema.json"

# An unknown name is an error with its own exit status.
status=0
LD_LIBRARY_PATH="$root$prefix/$libdir" "$tmp/ccb-represents" "no such thing" >/dev/null 2>&1 || status=$?
test "$status" -eq 2
echo "installed build works"
