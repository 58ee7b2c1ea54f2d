// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The browser's words in the user's language: gettext domain "ccbnet", the ccbnet program's
// (tools/po/), bound by the entry point (main.js) to $CCBNET_LOCALEDIR, which the launcher sets.
// The usual GNOME aliases, the keywords xgettext looks for (tools/po/meson.build):
//
//   _(message)                      a message
//   ngettext(singular, plural, n)   a count ("%d entity", "%d entities")
//   C_(context, message)            a message with a context (pgettext)
//   N_(message)                     marked in a table, translated with _() where it is shown
//
// No module calls _() when it is imported: imports run before main.js binds the domain. The
// functions are bound to the domain "ccbnet" itself, not to whatever textdomain() says.
//
// Messages with values are formats, filled in by format(): "Go to %s" and a name. A translation
// may reorder them with positions ("%2$s … %1$s"), as C's printf() and GJS's format do.

import Gettext from 'gettext';

export const GETTEXT_DOMAIN = 'ccbnet';

const domain = Gettext.domain(GETTEXT_DOMAIN);

export const _ = domain.gettext;
export const ngettext = domain.ngettext;
export const C_ = domain.pgettext;

export function N_(text) {
    return text;
}

// printf-style formatting (%s, %d, %1$s, %%), GJS's own (imports.format).
const {vprintf} = imports.format;

export function format(template, ...args) {
    return vprintf(template, args);
}
