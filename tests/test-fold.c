/* test-fold.c: ccbnet_fold_name(), the one way names are compared
 *
 * A table of inputs and the keys they must fold to; the plain-ASCII fast path against the
 * general one; and find() against the fold, over every name of the shipped dataset.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

typedef struct
{
  const char *input;
  const char *key;
} FoldCase;

static const FoldCase cases[] = {
  /* Case */
  { "CCB", "ccb" },
  { "cert.BE", "cert.be" },
  { "Straße", "strasse" },                                 /* case folding, not lowering */
  { "İstanbul", "istanbul" },                              /* I with a dot: the dot is a mark */
  /* Accents and other marks */
  { "Sécurité", "securite" },
  { "Cybersécurité", "cybersecurite" },
  { "Bundesamt für Sicherheit", "bundesamt fur sicherheit" },
  { "Ñ\xCC\x81", "n" },                                    /* a second, combining accent */
  /* Compatibility forms */
  { "\xEF\xAC\x81le", "file" },                            /* the ligature fi, U+FB01 */
  { "\xEF\xBC\xA3\xEF\xBC\xA3\xEF\xBC\xA2", "ccb" },       /* full-width CCB */
  /* Apostrophes */
  { "d\xE2\x80\x99" "Entreprises", "d'entreprises" },         /* U+2019 */
  { "d\xE2\x80\x98x", "d'x" },                             /* U+2018 */
  { "d\xCA\xBCx", "d'x" },                                 /* U+02BC */
  { "d'x", "d'x" },
  { "d`x", "d`x" },                                        /* a grave accent is not one */
  /* Hyphens and dashes: U+2010 to U+2013 are "-", the em dash stays */
  { "cert\xE2\x80\x90" "be", "cert-be" },
  { "cert\xE2\x80\x91" "be", "cert-be" },
  { "cert\xE2\x80\x92" "be", "cert-be" },
  { "cert\xE2\x80\x93" "be", "cert-be" },
  { "a\xE2\x80\x94" "b", "a\xE2\x80\x94" "b" },
  /* White space: runs become one space, none at the ends */
  { "  Centre   pour la\tCybersécurité\nBelgique ", "centre pour la cybersecurite belgique" },
  { "a\xC2\xA0" "b", "a b" },                               /* a non-breaking space, as the page has */
  { "a\xE2\x80\x83\xE2\x80\x83" "b", "a b" },               /* em spaces */
  { "a\r\n\fb", "a b" },
  { "x\x0By", "x\x0By" },                                   /* a vertical tab is not white space */
  { "\xC3\xA9\x0By", "e\x0By" },
  { "", "" },
  { " \t\n ", "" },
  /* Bytes that are not UTF-8 count as U+FFFD */
  { "bad\xFF", "bad\xEF\xBF\xBD" },
  { "\xC3", "\xEF\xBF\xBD" },
};

static void
test_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = ccbnet_fold_name (cases[i].input);
      g_autofree char *shown = g_strescape (cases[i].input, NULL);

      g_test_message ("case %" G_GSIZE_FORMAT ": \"%s\"", i, shown);
      g_assert_cmpstr (key, ==, cases[i].key);
      g_assert_true (g_utf8_validate (key, -1, NULL));

      /* Folding is idempotent. */
      {
        g_autofree char *again = ccbnet_fold_name (key);

        g_assert_cmpstr (again, ==, key);
      }
    }
}

/* Plain ASCII takes a fast path; a combining mark, which folds to nothing, forces the general
 * one on the same text: both must give the same key. */
static void
test_ascii_fast_path (void)
{
  static const char * const inputs[] = {
    "CCB", "  Centre  for\tCybersecurity\n\rBelgium  ", "ISP think tank", "x\x0By", "A-B_C.D",
    "d'x", "\f", "Federal Public Service (FPS) Foreign Affairs", "~!@#$%^&*()[]{}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *fast = ccbnet_fold_name (inputs[i]);
      g_autofree char *marked = g_strconcat (inputs[i], "\xCC\x81", NULL);
      g_autofree char *general = ccbnet_fold_name (marked);

      g_assert_cmpstr (fast, ==, general);
    }
}

/* Every name, acronym and other name of the shipped dataset finds its entity through its key,
 * whatever its case and spacing. */
static void
test_find_by_key (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  guint n = g_list_model_get_n_items (entities);
  guint checked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      GPtrArray *others = ccbnet_entity_get_other_names (entity);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      g_ptr_array_add (names, (gpointer) ccbnet_entity_get_name (entity));
      if (ccbnet_entity_get_short_name (entity) != NULL)
        g_ptr_array_add (names, (gpointer) ccbnet_entity_get_short_name (entity));
      for (guint j = 0; j < others->len; j++)
        g_ptr_array_add (names, (gpointer) ccbnet_name_get_text (others->pdata[j]));

      for (guint j = 0; j < names->len; j++)
        {
          g_autofree char *key = ccbnet_fold_name (names->pdata[j]);
          g_autofree char *shouted = g_utf8_strup (names->pdata[j], -1);
          g_autofree char *padded = g_strdup_printf ("  %s\t", shouted);
          g_autoptr(GListModel) by_key = ccbnet_registry_find_all (registry, key);
          g_autoptr(GListModel) by_padded = ccbnet_registry_find_all (registry, padded);
          gboolean found = FALSE;

          for (guint k = 0; k < g_list_model_get_n_items (by_key); k++)
            {
              g_autoptr(CcbnetEntity) hit = g_list_model_get_item (by_key, k);

              found |= hit == entity;
            }
          g_assert_true (found);
          g_assert_cmpuint (g_list_model_get_n_items (by_padded), ==, g_list_model_get_n_items (by_key));
          checked++;
        }
    }

  /* 82 entities, most with an acronym or another name. */
  g_assert_cmpuint (checked, >, 150);
}

static void
test_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (ccbnet_fold_name (NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*ccbnet_fold_name*text != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fold/table", test_table);
  g_test_add_func ("/fold/ascii-fast-path", test_ascii_fast_path);
  g_test_add_func ("/fold/find-by-key", test_find_by_key);
  g_test_add_func ("/fold/preconditions", test_preconditions);

  return g_test_run ();
}
