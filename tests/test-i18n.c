/* test-i18n.c: the library's messages in the user's language
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>

#include "ccbnet.h"

/* The build tree's catalogues come through CCBNET_LOCALEDIR (tests/meson.build). Each case
 * loads a bad dataset in English, then again in another language: the problem must keep its
 * code and its place (file, line and column, or JSON path) and say the same thing in that
 * language, as the catalogue in po/ words it. */

typedef struct
{
  const char *name;
  const char *data;        /* JSON; NULL for the truncated compiled file */
  const char *english;
  const char *translated[3];   /* nl, fr, de */
} Case;

static const char * const languages[] = { "nl", "fr", "de" };

/* r050 as the catalogues say it, with the dataset's names in each language. */
#define SENTENCE_NL "Centrum voor Cybersecurity België vertegenwoordigt België in NIS Cooperation Group"
#define SENTENCE_FR "Centre pour la Cybersécurité Belgique représente Belgique au sein de Groupe de coopération NIS"
#define SENTENCE_DE "Zentrum für Cybersicherheit Belgien vertritt Belgien in NIS-Cooperation Group"

static const Case cases[] = {
  {
    "syntax", "{\"format\": \"ccbnet/1\", \"sources\": [",
    "unexpected end of input, expected a JSON value or “]” (the array at line 1, column 35 is not closed)",
    {
      "onverwacht einde van de invoer, een JSON-waarde of ‘]’ verwacht (de array op regel 1, kolom 35 is niet afgesloten)",
      "fin inattendue des données\u00a0; attendu\u00a0: une valeur JSON ou «\u00a0]\u00a0» (le tableau ouvert à la ligne 1, colonne 35, n’est pas fermé)",
      "unerwartetes Ende der Eingabe, erwartet wurde ein JSON-Wert oder „]“ (das Feld in Zeile 1, Spalte 35 ist nicht geschlossen)",
    },
  },
  {
    "schema", "{\"format\": \"ccbnet/1\", \"colour\": 1}",
    "unknown member \"colour\" in the dataset",
    {
      "onbekend veld \"colour\" in de dataset",
      "membre \"colour\" inconnu dans le jeu de données",
      "unbekanntes Element \"colour\" in dem Datensatz",
    },
  },
  {
    "compiled", NULL,
    "compiled dataset: the file is truncated (12 bytes)",
    {
      "gecompileerde dataset: het bestand is afgekapt (12 bytes)",
      "jeu de données compilé\u00a0: le fichier est tronqué (12 octets)",
      "kompilierter Datensatz: die Datei ist abgeschnitten (12 Bytes)",
    },
  },
};

/* Switches the messages' language. gettext keeps what it has looked up until the locale
 * changes, and setlocale () to the locale already set changes nothing: so through "C". */
static void
use_language (const char *language)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_assert_nonnull (setlocale (LC_ALL, "C"));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
}

static CcbnetProblem *
first_problem (const Case *c)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (c->data != NULL)
    bytes = g_bytes_new_static (c->data, strlen (c->data));
  else
    bytes = g_bytes_new_static ("CCBNETDB\x02\0\0\0\x04\x03", 12);
  problems = ccbnet_registry_check_bytes (registry, bytes, "bad.json", NULL);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >=, 1);

  return g_object_ref (g_ptr_array_index (problems, 0));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(CcbnetProblem) english = NULL;

  use_language (NULL);
  english = first_problem (c);
  g_assert_cmpstr (ccbnet_problem_get_message (english), ==, c->english);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(CcbnetProblem) translated = NULL;

      use_language (languages[i]);
      translated = first_problem (c);
      g_test_message ("%s: %s", languages[i], ccbnet_problem_get_message (translated));
      g_assert_cmpstr (ccbnet_problem_get_message (translated), ==, c->translated[i]);
      g_assert_cmpstr (ccbnet_problem_get_message (translated), !=, c->english);
      g_assert_cmpint (ccbnet_problem_get_code (translated), ==, ccbnet_problem_get_code (english));
      g_assert_cmpuint (ccbnet_problem_get_line (translated), ==, ccbnet_problem_get_line (english));
      g_assert_cmpuint (ccbnet_problem_get_column (translated), ==, ccbnet_problem_get_column (english));
      g_assert_cmpstr (ccbnet_problem_get_path (translated), ==, ccbnet_problem_get_path (english));
      g_assert_cmpstr (ccbnet_problem_get_filename (translated), ==, ccbnet_problem_get_filename (english));
    }
  use_language (NULL);
}

/* The error of a failed load is the problem's message in the user's language too, with its
 * place first, as in English. */
static void
test_load_error (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (cases[0].data, strlen (cases[0].data));
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("bad.json:1:36: %s", cases[0].translated[1]);

  use_language ("fr");
  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "bad.json", NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, expected);
  use_language (NULL);
}

/* A language without a catalogue stays English. */
static void
test_other_language (void)
{
  g_autoptr(CcbnetProblem) problem = NULL;

  use_language ("es");
  problem = first_problem (&cases[1]);
  g_assert_cmpstr (ccbnet_problem_get_message (problem), ==, cases[1].english);
  use_language (NULL);
}

/* Every relation of the shipped dataset, in every language: its sentence names its subject, its
 * object and, for the two kinds that have one, its principal, each in that language; the words
 * are the language's own (no sentence of a translated language equals the English one). */
static void
test_sentences (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) relations = ccbnet_registry_query (registry, query);
  guint n = g_list_model_get_n_items (relations);

  g_assert_cmpuint (n, >, 50);
  for (guint l = 0; l <= G_N_ELEMENTS (languages); l++)
    {
      const char *language = l < G_N_ELEMENTS (languages) ? languages[l] : NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
          CcbnetEntity *principal = ccbnet_relation_get_on_behalf_of (relation);
          CcbnetRelationKind kind = ccbnet_relation_get_kind (relation);
          g_autofree char *english = NULL;
          g_autofree char *sentence = NULL;

          use_language (NULL);
          english = ccbnet_relation_to_sentence (relation, language);
          use_language (language);
          sentence = ccbnet_relation_to_sentence (relation, language);
          g_assert_nonnull (strstr (sentence, ccbnet_entity_get_name_for_language (ccbnet_relation_get_subject (relation), language)));
          g_assert_nonnull (strstr (sentence, ccbnet_entity_get_name_for_language (ccbnet_relation_get_object (relation), language)));
          if (kind == CCBNET_RELATION_KIND_REPRESENTS_IN || kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR)
            g_assert_nonnull (strstr (sentence, ccbnet_entity_get_name_for_language (principal, language)));
          if (language != NULL)
            g_assert_cmpstr (sentence, !=, english);
          else
            g_assert_cmpstr (sentence, ==, english);
        }
    }
  use_language (NULL);
}

/* One sentence as the CCB's own pages say it, in each language: r050, "The CCB represents
 * Belgium in the NIS Cooperation Group". */
static void
test_sentence_words (void)
{
  static const char * const expected[] = { SENTENCE_NL, SENTENCE_FR, SENTENCE_DE };
  g_autoptr(CcbnetRelation) relation = ccbnet_registry_lookup_relation (ccbnet_registry_get_default (), "r050");
  g_autofree char *english = NULL;

  g_assert_nonnull (relation);
  use_language (NULL);
  english = ccbnet_relation_to_sentence (relation, "en");
  g_assert_cmpstr (english, ==, "Centre for Cybersecurity Belgium represents Belgium in NIS Cooperation Group");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *sentence = NULL;

      use_language (languages[i]);
      sentence = ccbnet_relation_to_sentence (relation, languages[i]);
      g_assert_cmpstr (sentence, ==, expected[i]);
    }
  use_language (NULL);
}

static const char *kind_label (int value) { return ccbnet_relation_kind_get_label (value); }
static const char *type_label (int value) { return ccbnet_entity_type_get_label (value); }
static const char *scope_label (int value) { return ccbnet_scope_get_label (value); }
static const char *cadence_label (int value) { return ccbnet_cadence_get_label (value); }
static const char *condition_label (int value) { return ccbnet_condition_get_label (value); }

/* Every value of each vocabulary has a label, a different one; "any" and "none" have none. */
static void
test_labels (void)
{
  struct { GType type; const char * (*label) (int); int first; } vocabularies[] = {
    { CCBNET_TYPE_RELATION_KIND, kind_label, 1 },
    { CCBNET_TYPE_ENTITY_TYPE, type_label, 1 },
    { CCBNET_TYPE_SCOPE, scope_label, 1 },
    { CCBNET_TYPE_CADENCE, cadence_label, 1 },
    { CCBNET_TYPE_CONDITION, condition_label, 1 },
  };

  for (guint l = 0; l <= G_N_ELEMENTS (languages); l++)
    {
      use_language (l < G_N_ELEMENTS (languages) ? languages[l] : NULL);
      for (guint v = 0; v < G_N_ELEMENTS (vocabularies); v++)
        {
          GEnumClass *klass = g_type_class_ref (vocabularies[v].type);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          g_assert_null (vocabularies[v].label (0));
          g_assert_null (vocabularies[v].label (klass->maximum + 1));
          g_assert_null (vocabularies[v].label (-1));
          for (int value = vocabularies[v].first; value <= klass->maximum; value++)
            {
              const char *label = vocabularies[v].label (value);

              g_assert_nonnull (label);
              g_assert_true (g_utf8_validate (label, -1, NULL));
              g_assert_false (g_hash_table_contains (seen, label));
              g_hash_table_add (seen, (gpointer) label);
            }
          g_type_class_unref (klass);
        }
    }
  use_language (NULL);
}

int
main (int    argc,
      char **argv)
{
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/library/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/i18n/library/load-error", test_load_error);
  g_test_add_func ("/i18n/library/other-language", test_other_language);
  g_test_add_func ("/i18n/library/labels", test_labels);
  g_test_add_func ("/i18n/library/sentences", test_sentences);
  g_test_add_func ("/i18n/library/sentence-words", test_sentence_words);

  return g_test_run ();
}
