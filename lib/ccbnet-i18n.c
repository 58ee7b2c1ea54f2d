/* ccbnet-i18n.c: the library's gettext domain
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libintl.h>

#include "ccbnet-i18n-private.h"

static void
ensure_bound (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      const char *dir = g_getenv ("CCBNET_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, dir != NULL && dir[0] != '\0' ? dir : CCBNET_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

/* g_dgettext () rather than dgettext (): where a program has set its own text domain and has no
 * catalogue for the user's language, GLib keeps the library in English too, so that a window
 * or a terminal does not mix two languages. */
const char *
ccbnet_gettext (const char *msgid)
{
  ensure_bound ();

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
ccbnet_pgettext (const char *context,
                 const char *msgid)
{
  ensure_bound ();

  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}

const char *
ccbnet_ngettext (const char *msgid,
                 const char *msgid_plural,
                 gulong      n)
{
  ensure_bound ();

  return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}
