/* ccbnet-i18n-private.h: the library's own words in the user's language
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The library translates its messages in its own gettext domain, GETTEXT_PACKAGE
 * ("libccbnet-1"), which it binds itself the first time it translates, as GLib and json-glib
 * do: programs need not know about it. The catalogues are looked up in the directory the
 * library was built for, or in $CCBNET_LOCALEDIR when that is set (the build tree's catalogues,
 * for meson devenv and the tests). */

const char *ccbnet_gettext  (const char *msgid) G_GNUC_FORMAT (1);
const char *ccbnet_pgettext (const char *context,
                             const char *msgid) G_GNUC_FORMAT (2);
const char *ccbnet_ngettext (const char *msgid,
                             const char *msgid_plural,
                             gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

#define _(String) ccbnet_gettext (String)
#define C_(Context, String) ccbnet_pgettext (Context, String)
#define N_(String) (String)
#define NC_(Context, String) (String)

G_END_DECLS
