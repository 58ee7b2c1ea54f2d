/* ccbnet-fold.c: the one way names are compared
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/* The slow path: any text. */
static char *
fold_unicode (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = NULL;
  GString *plain = g_string_sized_new (strlen (decomposed));
  gboolean space = FALSE;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (g_unichar_isspace (c))
        {
          space = plain->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (plain, ' ');
          space = FALSE;
        }
      if (c == 0x2018 || c == 0x2019 || c == 0x02BC)
        c = '\'';
      else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013)
        c = '-';
      g_string_append_unichar (plain, c);
    }

  folded = g_string_free (plain, FALSE);

  return g_utf8_casefold (folded, -1);
}

/**
 * ccbnet_fold_name:
 * @text: a name, an id or any text
 *
 * Folds @text into the key that [method@Ccbnet.Registry.find] and
 * [method@Ccbnet.Registry.find_all] match names on, so that a program can compare names the
 * way the registry does (the `ccbnet` command and the GTK browser match and suggest names with
 * it). Two names match when their keys are equal. The key is:
 *
 * - decomposed for compatibility (Unicode NFKD: ligatures and full-width letters become plain
 *   letters) and without accents or other combining marks ("Sécurité" and "Securite" match);
 * - case-folded ("CERT.be" and "cert.BE" match);
 * - with the typographic apostrophes U+2018, U+2019 and U+02BC written `'`, and the hyphens and
 *   dashes U+2010 to U+2013 written `-`;
 * - with every run of white space written as one space, and none at either end.
 *
 * Bytes that are not UTF-8 count as U+FFFD. A compiled dataset stores keys folded this way.
 *
 * ```c
 * g_autofree char *a = ccbnet_fold_name ("Centre pour la Cybersécurité  Belgique");
 * g_autofree char *b = ccbnet_fold_name ("centre pour la cybersecurite belgique");
 *
 * g_assert_cmpstr (a, ==, b);
 * ```
 *
 * Returns: (transfer full): the key
 *
 * Since: 1.2
 */
char *
ccbnet_fold_name (const char *text)
{
  const char *p;
  GString *plain;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return fold_unicode (text);

  /* Plain ASCII, where decomposing, dropping marks and folding the case come down to lowering
   * the case: the common case, and the one a load folds most often. */
  plain = g_string_sized_new (p - text);
  for (p = text; *p != '\0'; p++)
    {
      /* The ASCII characters g_unichar_isspace() accepts. */
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          space = plain->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (plain, ' ');
          space = FALSE;
        }
      g_string_append_c (plain, g_ascii_tolower (*p));
    }

  return g_string_free (plain, FALSE);
}
