/* test-hostile.c: hostile input through the registry
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Every hostile input must give the right error code and a location, must not crash, must leave
 * the registry it was loaded into exactly as it was (no partial registry), must not leak (the
 * ASan and valgrind runs of this test check that) and must take little time.
 *
 * Small inputs are the files of tests/hostile/, the one corpus of bad-input fixtures of the
 * project: NAME.json with NAME.expect, "<error nick> <location>" or "ok" for tricky input that
 * must load. This file is the only place that runs them (as /hostile/corpus/NAME). Big inputs are
 * generated here at run time and never committed. tests/hostile/README.md describes the format
 * and maps each item of the hostile-input list of issue 6 to the test that covers it.
 *
 * There are no timed assertions. Cases whose failure mode is a crash (stack exhaustion) run in a
 * subprocess, so that a crash fails that case only; cases whose failure mode is a quadratic
 * blow-up (hash collisions) also run in a subprocess, with a generous watchdog (see
 * WATCHDOG_SECONDS) that only a broken library can reach.
 */

#include <glib/gstdio.h>

#include "test-utils.h"

/* A hash-flooding case that completes in well under a second normally takes minutes without a
 * fix, so the watchdog is a hundred times the expected time, not a benchmark. */
#define WATCHDOG_SECONDS 120

/* CCBNET_TEST_HOSTILE_ENTITIES scales the generated datasets of 10^5 records (the valgrind run
 * lowers it). */
static guint n_big = 100000;

/* A dataset up to its list of entities: one source and one section that entities refer to. */
#define HEAD \
  "{\"format\":\"ccbnet/1\"," \
  "\"sources\":[{\"id\":\"page\",\"kind\":\"primary\",\"title\":\"t\",\"publisher\":\"p\"," \
  "\"language\":\"en\"}]," \
  "\"sections\":[{\"id\":\"sec\",\"scope\":\"national\",\"heading\":{\"en\":\"h\"}," \
  "\"sources\":[{\"source\":\"page\",\"quote\":\"q\"}]}]," \
  "\"entities\":["

#define CITATION "\"sources\":[{\"source\":\"page\",\"quote\":\"q\"}]"

/* The start of a document whose second member holds what follows; 25 characters, so the value
 * of "x" starts at column 26. */
#define PREFIX "{\"format\":\"ccbnet/1\",\"x\":"

/* Criticals and warnings are bugs, but they must fail only the case that logs them: the corpus
 * keeps going, and the failure names the message. */
static gboolean
log_is_fatal (const char     *log_domain,
              GLogLevelFlags  log_level,
              const char     *message,
              gpointer        user_data)
{
  g_test_fail_printf ("unexpected log message from %s: %s", log_domain ? log_domain : "(none)",
                      message);

  return FALSE;
}

/* GTest resets the fatal handler before each case, so each case installs it. */
static void
catch_log_messages (void)
{
  g_test_log_set_fatal_handler (log_is_fatal, NULL);
}

typedef void (*CaseFunc) (void);

static void
run_case (gconstpointer data)
{
  catch_log_messages ();
  ((CaseFunc) data) ();
}

static void
add_case (const char *path,
          CaseFunc    func)
{
  g_test_add_data_func (path, (gconstpointer) func, run_case);
}

/* Bytes in a buffer of exactly their length, so that the sanitizers and valgrind see any read
 * past the end. */
static GBytes *
exact_bytes (GString *string)
{
  return g_bytes_new (string->str, string->len);
}

/* A registry holding the small valid dataset, and what it looked like, to prove that a failed
 * load changed nothing. */
typedef struct
{
  CcbnetRegistry *registry;
  CcbnetEntity   *agency;
  char           *entity_ids;
  char           *relation_ids;
  guint           n_sections;
  guint           n_documents;
  guint           changes;
} Baseline;

static void
count_change (GListModel *model,
              guint       position,
              guint       removed,
              guint       added,
              gpointer    user_data)
{
  Baseline *baseline = user_data;

  baseline->changes++;
}

static void
baseline_init (Baseline *b)
{
  b->registry = test_load_fixture ("minimal.json");
  b->agency = test_entity (b->registry, "agency");
  b->entity_ids = test_ids (ccbnet_registry_get_entities (b->registry));
  b->relation_ids = test_ids (ccbnet_registry_get_relations (b->registry));
  b->n_sections = g_list_model_get_n_items (ccbnet_registry_get_sections (b->registry));
  b->n_documents = g_list_model_get_n_items (ccbnet_registry_get_documents (b->registry));
  b->changes = 0;
  g_signal_connect (ccbnet_registry_get_entities (b->registry), "items-changed",
                    G_CALLBACK (count_change), b);
  g_signal_connect (ccbnet_registry_get_relations (b->registry), "items-changed",
                    G_CALLBACK (count_change), b);
}

static void
baseline_assert_unchanged (Baseline *b)
{
  g_autofree char *entity_ids = test_ids (ccbnet_registry_get_entities (b->registry));
  g_autofree char *relation_ids = test_ids (ccbnet_registry_get_relations (b->registry));
  g_autoptr(CcbnetEntity) agency = ccbnet_registry_lookup (b->registry, "agency");
  g_autoptr(CcbnetEntity) intruder = ccbnet_registry_lookup (b->registry, "e0");

  g_assert_cmpstr (entity_ids, ==, b->entity_ids);
  g_assert_cmpstr (relation_ids, ==, b->relation_ids);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_sections (b->registry)), ==,
                    b->n_sections);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_documents (b->registry)), ==,
                    b->n_documents);
  g_assert_true (agency == b->agency);
  g_assert_null (intruder);
  g_assert_cmpuint (b->changes, ==, 0);
  {
    g_autoptr(GListModel) parts = ccbnet_entity_list_parts (agency, TRUE);
    g_autofree char *ids = test_ids (parts);

    /* The graph of the old snapshot still answers. */
    g_assert_cmpstr (ids, ==, "unit,director");
  }
}

static void
baseline_clear (Baseline *b)
{
  g_signal_handlers_disconnect_by_data (ccbnet_registry_get_entities (b->registry), b);
  g_signal_handlers_disconnect_by_data (ccbnet_registry_get_relations (b->registry), b);
  g_clear_object (&b->agency);
  g_clear_pointer (&b->entity_ids, g_free);
  g_clear_pointer (&b->relation_ids, g_free);

  /* After an async load, the worker's GTask may drop its reference to the registry in the worker
   * thread a moment after the callback ran: wait for that (bounded, far above what it takes). */
  {
    GObject *registry = G_OBJECT (g_steal_pointer (&b->registry));
    gpointer weak = registry;

    g_object_add_weak_pointer (registry, &weak);
    g_object_unref (registry);
    for (guint i = 0; weak != NULL && i < 30000; i++)
      {
        while (g_main_context_iteration (NULL, FALSE))
          ;
        if (weak != NULL)
          g_usleep (1000);
      }
    if (weak != NULL)
      {
        g_test_fail_printf ("the registry was not finalized");
        g_object_remove_weak_pointer (weak, &weak);
      }
  }
}

/* The message must start with "FILE:LINE:COLUMN: " for the bytes or "FILE: $.path: " for the
 * meaning. @location is "LINE:COLUMN", "$.path", or "" for "FILE: " alone. */
static char *
expected_prefix (const char *filename,
                 const char *location)
{
  if (location[0] == '$')
    return g_strdup_printf ("%s: %s: ", filename, location);
  if (location[0] == '\0')
    return g_strdup_printf ("%s: ", filename);

  return g_strdup_printf ("%s:%s: ", filename, location);
}

static void
assert_message (const char *message,
                const char *prefix)
{
  g_assert_true (g_utf8_validate (message, -1, NULL));
  if (!g_str_has_prefix (message, prefix))
    {
      g_autofree char *start = g_utf8_substring (message, 0, MIN (g_utf8_strlen (message, -1), 300));

      g_test_fail_printf ("message “%s” does not start with “%s”", start, prefix);
    }
}

/* Loads @bytes into a registry that holds data: the load must fail with @code at @location and
 * change nothing. Then the checker must report the same problem first. With @or_limit, a
 * CCBNET_DATASET_ERROR_LIMIT anywhere is accepted instead (for input that a library may refuse
 * by a limit of its own, such as the number of members of an object). */
static void
assert_refused_full (GBytes             *bytes,
                     guint64             max_size,
                     guint               max_depth,
                     gboolean            or_limit,
                     CcbnetDatasetError  code,
                     const char         *location)
{
  const char *filename = "hostile.json";
  g_autofree char *prefix = expected_prefix (filename, location);
  g_autoptr(GError) error = NULL;
  Baseline b = { 0, };

  baseline_init (&b);
  if (max_size != 0)
    ccbnet_registry_set_max_size (b.registry, max_size);
  if (max_depth != 0)
    ccbnet_registry_set_max_depth (b.registry, max_depth);

  g_assert_false (ccbnet_registry_load_from_bytes (b.registry, bytes, filename, NULL, &error));
  if (or_limit && g_error_matches (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT))
    {
      code = CCBNET_DATASET_ERROR_LIMIT;
      g_free (prefix);
      prefix = g_strdup_printf ("%s:", filename);
    }
  g_assert_error (error, CCBNET_DATASET_ERROR, (gint) code);
  if (error != NULL)
    assert_message (error->message, prefix);
  baseline_assert_unchanged (&b);

  {
    g_autoptr(GPtrArray) problems = ccbnet_registry_check_bytes (b.registry, bytes, filename, NULL);

    g_assert_nonnull (problems);
    g_assert_cmpuint (problems->len, >=, 1);
    if (problems != NULL && problems->len > 0)
      {
        g_autofree char *text = ccbnet_problem_to_string (problems->pdata[0]);

        g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, code);
        assert_message (text, prefix);
      }
  }
  baseline_assert_unchanged (&b);
  baseline_clear (&b);
}

static void
assert_refused (GBytes             *bytes,
                CcbnetDatasetError  code,
                const char         *location)
{
  assert_refused_full (bytes, 0, 0, FALSE, code, location);
}

static void
assert_refused_or_limit (GBytes             *bytes,
                         CcbnetDatasetError  code,
                         const char         *location)
{
  assert_refused_full (bytes, 0, 0, TRUE, code, location);
}

/* The committed corpus. */

typedef struct
{
  char *json;
  char *expect;
} Fixture;

/* Freed after g_test_run(), not by GTest: GTest frees a case's data only when the case runs, so
 * in a subprocess (which runs one case) every other fixture would leak. */
static GPtrArray *fixtures;

static void
fixture_free (gpointer data)
{
  Fixture *fixture = data;

  g_free (fixture->json);
  g_free (fixture->expect);
  g_free (fixture);
}

static void
test_corpus_file (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autofree char *expect = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->json);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) error = NULL;
  Baseline b = { 0, };

  catch_log_messages ();
  g_assert_true (g_file_get_contents (fixture->expect, &expect, NULL, NULL));
  g_strchomp (expect);
  parts = g_strsplit (expect, " ", 2);

  baseline_init (&b);

  if (g_str_equal (parts[0], "ok"))
    {
      /* Tricky, but valid: it must load, and the checker must agree. */
      g_autoptr(GPtrArray) problems = NULL;

      g_assert_cmpuint (g_strv_length (parts), ==, 1);
      g_assert_true (ccbnet_registry_load_from_file (b.registry, file, NULL, &error));
      g_assert_no_error (error);
      problems = ccbnet_registry_check_file (b.registry, file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (problems);
      if (problems != NULL)
        g_assert_cmpuint (problems->len, ==, 0);
      g_signal_handlers_disconnect_by_data (ccbnet_registry_get_entities (b.registry), &b);
      g_signal_handlers_disconnect_by_data (ccbnet_registry_get_relations (b.registry), &b);
      g_clear_object (&b.agency);
      g_clear_pointer (&b.entity_ids, g_free);
      g_clear_pointer (&b.relation_ids, g_free);
      g_clear_object (&b.registry);
      return;
    }

  {
    g_autoptr(GEnumClass) codes = g_type_class_ref (CCBNET_TYPE_DATASET_ERROR);
    GEnumValue *code;
    g_autofree char *prefix = NULL;

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    code = g_enum_get_value_by_nick (codes, parts[0]);
    g_assert_nonnull (code);
    prefix = expected_prefix (name, parts[1]);

    g_assert_false (ccbnet_registry_load_from_file (b.registry, file, NULL, &error));
    g_assert_error (error, CCBNET_DATASET_ERROR, code->value);
    if (error != NULL)
      assert_message (error->message, prefix);
    baseline_assert_unchanged (&b);

    g_clear_error (&error);
    {
      g_autoptr(GPtrArray) problems = ccbnet_registry_check_file (b.registry, file, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (problems);
      if (problems != NULL && problems->len > 0)
        {
          g_autofree char *text = ccbnet_problem_to_string (problems->pdata[0]);

          g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, code->value);
          assert_message (text, prefix);
        }
      else
        g_test_fail_printf ("the checker found no problem");
    }
  }

  baseline_clear (&b);
}

/* Nesting 100 000 deep, through the registry, synchronously and in a loader thread. */

static GBytes *
nested (const char *open,
        const char *close,
        guint       depth)
{
  g_autoptr(GString) s = g_string_new (PREFIX);

  for (guint i = 0; i < depth; i++)
    g_string_append (s, open);
  for (guint i = 0; i < depth; i++)
    g_string_append (s, close);
  g_string_append_c (s, '}');

  return exact_bytes (s);
}

static void
test_deep_arrays (void)
{
  g_autoptr(GBytes) bytes = nested ("[", "]", 100000);

  /* The top-level object is level 1 and the first "[" (column 26) level 2, so the 64th "["
   * (column 89) is level 65, one too deep. */
  assert_refused (bytes, CCBNET_DATASET_ERROR_LIMIT, "1:89");
}

static void
test_deep_objects (void)
{
  g_autoptr(GBytes) bytes = nested ("{\"a\":", "}", 100000);

  /* Each level takes 5 characters: level 65 opens at column 26 + 63 × 5. */
  assert_refused (bytes, CCBNET_DATASET_ERROR_LIMIT, "1:341");
}

static void
test_deep_mixed (void)
{
  g_autoptr(GBytes) bytes = nested ("[{\"a\":", "}]", 50000);

  /* "[{\"a\":" is two levels in 6 characters, "[" at column 26 the second level and "{" at 27
   * the third: level 65 is the 32nd "{", at 27 + 31 × 6. */
  assert_refused (bytes, CCBNET_DATASET_ERROR_LIMIT, "1:213");
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} AsyncResult;

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *res = user_data;

  res->ok = ccbnet_registry_load_from_file_finish (CCBNET_REGISTRY (source), result, &res->error);
  g_main_loop_quit (res->loop);
}

/* Writes @bytes to a temporary file and returns it. */
static GFile *
temp_file (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("ccbnet-hostile-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
delete_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  g_unlink (path);
  g_object_unref (file);
}

static void
test_deep_async (void)
{
  g_autoptr(GBytes) bytes = nested ("[", "]", 100000);
  GFile *file = temp_file (bytes);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *prefix = g_strdup_printf ("%s:1:89: ", name);
  AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };
  Baseline b = { 0, };

  baseline_init (&b);
  ccbnet_registry_load_from_file_async (b.registry, file, NULL, load_done, &res);
  g_main_loop_run (res.loop);
  g_assert_false (res.ok);
  g_assert_error (res.error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  if (res.error != NULL)
    assert_message (res.error->message, prefix);
  baseline_assert_unchanged (&b);

  g_clear_error (&res.error);
  g_main_loop_unref (res.loop);
  baseline_clear (&b);
  delete_file (file);
}

/* The largest max-depth the registry accepts must be safe too: the scanner lets such a document
 * through, so the JSON parser behind it must cope with that depth without exhausting the stack.
 * json-glib 1.6 recurses once per level and overflows an 8 MiB stack at about 75 000 levels. */
static void
test_deep_at_max_depth (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
      GParamSpecUInt *pspec = G_PARAM_SPEC_UINT (g_object_class_find_property (G_OBJECT_GET_CLASS (registry),
                                                                             "max-depth"));
      guint depth = pspec->maximum;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      /* One level for the top-level object, the rest for the arrays. */
      bytes = nested ("[", "]", depth - 1);
      ccbnet_registry_set_max_depth (registry, depth);
      g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "deep.json", NULL, &error));
      /* Within the limit, so the bytes pass and the meaning fails: "x" is no member of a
       * dataset. A library that refuses such depth by a limit of its own is fine too. */
      if (!g_error_matches (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT))
        {
          g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SCHEMA);
          g_assert_true (g_str_has_prefix (error->message, "deep.json: $.x: "));
        }
      g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A megabyte of duplicate keys. */

static void
test_duplicate_keys_repeated (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "{");
  g_autoptr(GBytes) bytes = NULL;

  while (s->len < 1024 * 1024)
    g_string_append (s, "\"k\":0,");
  g_string_append (s, "\"k\":0}}");
  bytes = exact_bytes (s);

  /* The first "k" is at column 27, the second 6 characters later. */
  assert_refused (bytes, CCBNET_DATASET_ERROR_DUPLICATE_KEY, "1:33");
}

static void
test_duplicate_keys_distinct_then_first (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "{");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *location = NULL;

  for (guint i = 0; s->len < 1024 * 1024; i++)
    g_string_append_printf (s, "\"key-%u\":%u,", i, i);
  location = g_strdup_printf ("1:%" G_GSIZE_FORMAT, s->len + 1);
  g_string_append (s, "\"key-0\":0}}");
  bytes = exact_bytes (s);

  assert_refused_or_limit (bytes, CCBNET_DATASET_ERROR_DUPLICATE_KEY, location);
}

static void
test_duplicate_keys_escaped (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "{");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *location = NULL;

  for (guint i = 0; s->len < 1024 * 1024; i++)
    g_string_append_printf (s, "\"key-%u\":%u,", i, i);
  location = g_strdup_printf ("1:%" G_GSIZE_FORMAT, s->len + 1);
  /* "key-7", spelt with escapes. */
  g_string_append (s, "\"\\u006bey\\u002d7\":0}}");
  bytes = exact_bytes (s);

  assert_refused_or_limit (bytes, CCBNET_DATASET_ERROR_DUPLICATE_KEY, location);
}

/* A megabyte of distinct keys is no error of the bytes: the loader then names the member. A
 * limit on the members of an object, which json-glib's hash table of members makes reasonable
 * (see /hostile/flood/colliding-keys), is an acceptable answer too. */
static void
test_many_distinct_keys (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "{");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; s->len < 1024 * 1024; i++)
    g_string_append_printf (s, "\"key-%u\":%u,", i, i);
  g_string_append (s, "\"last\":0}}");
  bytes = exact_bytes (s);

  assert_refused_or_limit (bytes, CCBNET_DATASET_ERROR_SCHEMA, "$.x");
}

/* Numbers. */

static void
test_integer_megabyte (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (s, '-');
  while (s->len < 1024 * 1024)
    g_string_append (s, "9876543210");
  g_string_append_c (s, '}');
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_NUMBER, "1:26");
}

static void
test_float_megabyte (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX);
  g_autoptr(GBytes) bytes = NULL;

  /* About 10^(1 MiB): far beyond a double. */
  g_string_append (s, "[0, 1");
  while (s->len < 1024 * 1024)
    g_string_append (s, "0000000000");
  g_string_append (s, ".5]}");
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_NUMBER, "1:30");
}

static void
test_fraction_megabyte (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX);
  g_autoptr(GBytes) bytes = NULL;

  /* A long fraction is a fine number; the member is what is wrong. */
  g_string_append (s, "0.");
  while (s->len < 1024 * 1024)
    g_string_append (s, "1234567890");
  g_string_append (s, "e-5}");
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_SCHEMA, "$.x");
}

/* Long strings and lines: locations and excerpts in messages must stay right and bounded. */
static void
test_long_line_invalid_utf8 (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "\"");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  guint columns = 26;

  /* Two-byte characters, so that the column (in characters) differs from the offset. */
  while (s->len < 1024 * 1024)
    {
      g_string_append (s, "é");
      columns++;
    }
  location = g_strdup_printf ("1:%u", columns + 1);
  g_string_append (s, "\xC3(\"}");
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_ENCODING, location);

  /* The message quotes no megabyte. */
  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, NULL, NULL, &error));
  g_assert_nonnull (error);
  if (error != NULL)
    g_assert_cmpuint (strlen (error->message), <, 200);
}

static void
test_long_unterminated_string (void)
{
  g_autoptr(GString) s = g_string_new (PREFIX "\"");
  g_autoptr(GBytes) bytes = NULL;

  while (s->len < 1024 * 1024)
    g_string_append (s, "abcdefghij\\n\\u00e9");
  bytes = exact_bytes (s);

  /* Reported at the opening quote. */
  assert_refused (bytes, CCBNET_DATASET_ERROR_SYNTAX, "1:26");
}

/* Many lines: the line number must count them all. */
static void
test_many_lines (void)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"ccbnet/1\",");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (s, i % 2 ? "\r\n" : "\n");
  g_string_append (s, "  'x': 1}");
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_SYNTAX, "200001:3");
}

/* 200 MiB of GBytes (a sparse file, mapped and never touched) are refused by their size before
 * any byte is read; test-load.c does the same for load_from_file(). */
static void
test_huge_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int fd = g_file_open_tmp ("ccbnet-huge-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, (goffset) 200 * 1024 * 1024), ==, 0);
  mapped = g_mapped_file_new_from_fd (fd, FALSE, &error);
  g_assert_no_error (error);
  close (fd);
  bytes = g_mapped_file_get_bytes (mapped);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 200 * 1024 * 1024);

  assert_refused (bytes, CCBNET_DATASET_ERROR_LIMIT, "");
  g_unlink (path);
}

/* Small limits on small input behave the same way. */
static void
test_small_limits (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"ccbnet/1\", \"x\": [[1]]}", 34);

  assert_refused_full (bytes, 33, 0, FALSE, CCBNET_DATASET_ERROR_LIMIT, "");
  assert_refused_full (bytes, 0, 2, FALSE, CCBNET_DATASET_ERROR_LIMIT, "1:30");
  assert_refused_full (bytes, 34, 3, FALSE, CCBNET_DATASET_ERROR_SCHEMA, "$.x");
}

/* Datasets of 10^5 records. */

static void
append_entity (GString    *s,
               const char *id,
               const char *name,
               const char *section)
{
  g_string_append_printf (s, "{\"id\":\"%s\",\"entity_type\":\"organisation\","
                          "\"classification\":\"unit\",\"name\":\"%s\",\"scope\":\"national\","
                          "\"section\":\"%s\"," CITATION "}",
                          id, name, section);
}

/* A valid dataset of @n organisations e0 … e(n-1); with @chain, each is part of the one before,
 * the root first, in one chain of @n. @last_section is the section of the last entity. */
static GBytes *
big_dataset (guint       n,
             gboolean    chain,
             gboolean    close_cycle,
             const char *last_section)
{
  g_autoptr(GString) s = g_string_new (HEAD);

  for (guint i = 0; i < n; i++)
    {
      char id[32], name[32];

      g_snprintf (id, sizeof id, "e%u", i);
      g_snprintf (name, sizeof name, "Entity %u", i);
      if (i > 0)
        g_string_append_c (s, ',');
      append_entity (s, id, name, i == n - 1 ? last_section : "sec");
    }
  g_string_append (s, "],\"relations\":[");
  for (guint i = 1; chain && i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"r%u\",\"kind\":\"part-of\",\"subject\":\"e%u\","
                            "\"object\":\"e%u\",\"section\":\"sec\"," CITATION "}",
                            i > 1 ? "," : "", i, i, i - 1);
  if (close_cycle)
    g_string_append_printf (s, ",{\"id\":\"r0\",\"kind\":\"part-of\",\"subject\":\"e0\","
                            "\"object\":\"e%u\",\"section\":\"sec\"," CITATION "}", n - 1);
  g_string_append (s, "]}");

  return exact_bytes (s);
}

static void
test_big_bad_reference_at_end (void)
{
  g_autoptr(GBytes) good = big_dataset (n_big, FALSE, FALSE, "sec");
  g_autoptr(GBytes) bad = big_dataset (n_big, FALSE, FALSE, "no-such-section");
  g_autofree char *location = g_strdup_printf ("$.entities[%u].section", n_big - 1);

  /* The same data without the bad reference loads, so the test proves what it says. */
  {
    g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *last_id = g_strdup_printf ("e%u", n_big - 1);
    g_autoptr(CcbnetEntity) last = NULL;

    g_assert_true (ccbnet_registry_load_from_bytes (registry, good, "good.json", NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, n_big);
    last = ccbnet_registry_lookup (registry, last_id);
    g_assert_nonnull (last);
  }

  assert_refused (bad, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, location);

  /* The checker finds that one problem and no other. */
  {
    g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
    g_autoptr(GPtrArray) problems = ccbnet_registry_check_bytes (registry, bad, NULL, NULL);

    g_assert_cmpuint (problems->len, ==, 1);
  }
}

/* Every record wrong: the checker lists them all, the loader stops at the first. */
static void
test_big_every_record_wrong (void)
{
  g_autoptr(GString) s = g_string_new (HEAD);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GPtrArray) problems = NULL;
  guint n = n_big / 10;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":%u}", i > 0 ? "," : "", i);
  g_string_append (s, "],\"relations\":[]}");
  bytes = exact_bytes (s);

  assert_refused (bytes, CCBNET_DATASET_ERROR_SCHEMA, "$.entities[0]");
  problems = ccbnet_registry_check_bytes (registry, bytes, NULL, NULL);
  g_assert_cmpuint (problems->len, >=, n);
  g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[problems->len - 1]), ==,
                   CCBNET_DATASET_ERROR_SCHEMA);
}

/* A part-of cycle through 10^5 entities: found without recursion, reported at the relation
 * that closes it. The search starts at e0, goes to e(n-1) through the last relation and back
 * down the chain, so the closing relation is the first, "e1 part-of e0". */
static void
test_big_cycle (void)
{
  g_autoptr(GBytes) bytes = big_dataset (n_big, TRUE, TRUE, "sec");
  const char *location = "$.relations[0]";

  assert_refused (bytes, CCBNET_DATASET_ERROR_CYCLE, location);
}

/* A valid part-of chain of 10^5 entities, root first. Loading, querying, replacing and freeing
 * it must not recurse once per level: each entity holds its parent, so freeing the leaf must not
 * free the whole chain recursively. Runs in a subprocess, where a stack overflow fails this case
 * only. */
static void
test_big_chain (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GBytes) bytes = big_dataset (n_big, TRUE, FALSE, "sec");
      g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *leaf_id = g_strdup_printf ("e%u", n_big - 1);
      g_autoptr(CcbnetEntity) root = NULL;
      CcbnetEntity *leaf;

      g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "chain.json", NULL, &error));
      g_assert_no_error (error);
      root = ccbnet_registry_lookup (registry, "e0");
      leaf = ccbnet_registry_lookup (registry, leaf_id);
      g_assert_nonnull (leaf);
      g_assert_nonnull (ccbnet_entity_get_parent (leaf));
      {
        g_autoptr(GListModel) parts = ccbnet_entity_list_parts (root, TRUE);
        g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, leaf, root, 0);

        g_assert_cmpuint (g_list_model_get_n_items (parts), ==, n_big - 1);
        g_assert_nonnull (path);
      }

      /* Replace the content while the application still holds the leaf … */
      {
        g_autoptr(GBytes) small = big_dataset (2, FALSE, FALSE, "sec");

        g_assert_true (ccbnet_registry_load_from_bytes (registry, small, NULL, NULL, &error));
        g_assert_no_error (error);
      }
      g_assert_cmpstr (ccbnet_entity_get_id (leaf), ==, leaf_id);

      /* … then drop the last reference to the leaf: the chain goes with it. */
      g_object_unref (leaf);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The same chain dropped with its registry. */
static void
test_big_chain_registry_freed (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GBytes) bytes = big_dataset (n_big, TRUE, FALSE, "sec");
      CcbnetRegistry *registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;

      g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "chain.json", NULL, &error));
      g_assert_no_error (error);
      g_assert_finalize_object (registry);

      /* And the checker, which builds and drops a snapshot of its own. */
      registry = ccbnet_registry_new ();
      {
        g_autoptr(GPtrArray) problems = ccbnet_registry_check_bytes (registry, bytes, NULL, NULL);

        g_assert_cmpuint (problems->len, ==, 0);
      }
      g_assert_finalize_object (registry);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Cancelling an async load of 10^5 entities mid-way leaves the registry as it was, wherever the
 * cancellation lands; the valgrind and ASan runs check that nothing leaks. */
static void
test_big_async_cancelled (void)
{
  g_autoptr(GBytes) bytes = big_dataset (n_big, FALSE, FALSE, "sec");
  GFile *file = temp_file (bytes);
  static const guint delays_ms[] = { 0, 1, 5, 20, 50, 100, 200 };
  Baseline b = { 0, };

  baseline_init (&b);
  for (guint i = 0; i < G_N_ELEMENTS (delays_ms); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

      ccbnet_registry_load_from_file_async (b.registry, file, cancellable, load_done, &res);
      g_usleep (delays_ms[i] * 1000);
      g_cancellable_cancel (cancellable);
      g_main_loop_run (res.loop);
      g_assert_false (res.ok);
      g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&res.error);
      g_main_loop_unref (res.loop);
      baseline_assert_unchanged (&b);
    }

  /* Without cancelling, the same load succeeds. */
  {
    AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

    g_signal_handlers_disconnect_by_data (ccbnet_registry_get_entities (b.registry), &b);
    g_signal_handlers_disconnect_by_data (ccbnet_registry_get_relations (b.registry), &b);
    ccbnet_registry_load_from_file_async (b.registry, file, NULL, load_done, &res);
    g_main_loop_run (res.loop);
    g_assert_no_error (res.error);
    g_assert_true (res.ok);
    g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (b.registry)), ==,
                      n_big);
    g_main_loop_unref (res.loop);
  }

  g_clear_object (&b.agency);
  g_clear_pointer (&b.entity_ids, g_free);
  g_clear_pointer (&b.relation_ids, g_free);
  g_clear_object (&b.registry);
  delete_file (file);
}

/* Hash flooding. GLib's g_str_hash() is the same in every process and "ar" and "c0" hash alike
 * (97 × 33 + 114 = 99 × 33 + 48), so the 2^k strings made of k such blocks all collide, and a
 * GHashTable keyed by them degrades to a list: inserting n of them costs O(n²) comparisons. */

static char *
colliding_string (guint k,
                  guint i)
{
  GString *s = g_string_sized_new (2 * k);

  for (guint bit = 0; bit < k; bit++)
    g_string_append (s, (i >> (k - 1 - bit)) & 1 ? "c0" : "ar");

  return g_string_free (s, FALSE);
}

static gboolean
str_hash_collides (void)
{
  return g_str_hash ("arar") == g_str_hash ("c0c0") && g_str_hash ("arc0") == g_str_hash ("c0ar");
}

/* 2^16 entities whose ids (slugs, as the format requires) all share one g_str_hash() value. */
static void
test_colliding_ids (void)
{
  const guint k = 16;

  if (!str_hash_collides ())
    {
      g_test_skip ("g_str_hash() is not the one these ids collide in");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(GString) s = g_string_new (HEAD);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *first = colliding_string (k, 0);
      g_autofree char *last = colliding_string (k, (1u << k) - 1);

      for (guint i = 0; i < (1u << k); i++)
        {
          g_autofree char *id = colliding_string (k, i);

          if (i > 0)
            g_string_append_c (s, ',');
          append_entity (s, id, id, "sec");
        }
      g_string_append (s, "],\"relations\":[]}");
      bytes = exact_bytes (s);

      g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "flood.json", NULL, &error));
      g_assert_no_error (error);
      {
        g_autoptr(CcbnetEntity) a = ccbnet_registry_lookup (registry, first);
        g_autoptr(CcbnetEntity) b = ccbnet_registry_find (registry, last);

        g_assert_nonnull (a);
        g_assert_nonnull (b);
      }
      return;
    }

  g_test_trap_subprocess (NULL, (guint64) WATCHDOG_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* 2^17 keys of one object that share one g_str_hash() value: json-glib 1.6 keeps an object's
 * members in a GHashTable with g_str_hash(), so the loader must not hand it such an object. */
static void
test_colliding_keys (void)
{
  const guint k = 17;

  if (!str_hash_collides ())
    {
      g_test_skip ("g_str_hash() is not the one these keys collide in");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(GString) s = g_string_new (PREFIX "{");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < (1u << k); i++)
        {
          g_autofree char *key = colliding_string (k, i);

          g_string_append_printf (s, "%s\"%s\":0", i > 0 ? "," : "", key);
        }
      g_string_append (s, "}}");
      bytes = exact_bytes (s);

      /* "x" is no member of a dataset; a limit on the members of an object is fine too. */
      g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "flood.json", NULL, &error));
      if (!g_error_matches (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT))
        g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SCHEMA);
      g_assert_true (g_str_has_prefix (error->message, "flood.json:"));
      return;
    }

  g_test_trap_subprocess (NULL, (guint64) WATCHDOG_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Registration. */

static void
add_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        {
          g_ptr_array_add (names, g_strdup (name));
        }
      else if (g_str_has_suffix (name, ".expect"))
        {
          /* An expectation without its input would test nothing, silently. */
          g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".expect"));
          g_autofree char *json = g_strconcat (dir_path, G_DIR_SEPARATOR_S, stem, ".json", NULL);

          if (!g_file_test (json, G_FILE_TEST_EXISTS))
            g_error ("%s has no %s.json", name, stem);
        }
      else if (!g_str_equal (name, "README.md") && name[0] != '.' && !g_str_has_suffix (name, "~"))
        {
          g_error ("%s/%s is neither a fixture (NAME.json, NAME.expect) nor the README",
                   dir_path, name);
        }
    }
  g_ptr_array_sort (names, test_compare_strings);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *json = names->pdata[i];
      g_autofree char *stem = g_strndup (json, strlen (json) - strlen (".json"));
      g_autofree char *expect = g_strconcat (stem, ".expect", NULL);
      g_autofree char *test_path = g_strconcat ("/hostile/corpus/", stem, NULL);
      Fixture *fixture = g_new0 (Fixture, 1);

      fixture->json = g_build_filename (dir_path, json, NULL);
      fixture->expect = g_build_filename (dir_path, expect, NULL);
      if (!g_file_test (fixture->expect, G_FILE_TEST_EXISTS))
        g_error ("%s has no %s", json, expect);
      g_ptr_array_add (fixtures, fixture);
      g_test_add_data_func (test_path, fixture, test_corpus_file);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *scale = g_getenv ("CCBNET_TEST_HOSTILE_ENTITIES");
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  if (scale != NULL)
    n_big = CLAMP (atoi (scale), 100, 1000000);

  fixtures = g_ptr_array_new_with_free_func (fixture_free);
  add_corpus ();

  add_case ("/hostile/nesting/arrays-100000", test_deep_arrays);
  add_case ("/hostile/nesting/objects-100000", test_deep_objects);
  add_case ("/hostile/nesting/mixed-100000", test_deep_mixed);
  add_case ("/hostile/async/nesting-100000", test_deep_async);
  add_case ("/hostile/nesting/at-max-depth", test_deep_at_max_depth);
  add_case ("/hostile/duplicate-keys/repeated-1mib", test_duplicate_keys_repeated);
  add_case ("/hostile/duplicate-keys/distinct-1mib-then-first", test_duplicate_keys_distinct_then_first);
  add_case ("/hostile/duplicate-keys/distinct-1mib-then-escaped", test_duplicate_keys_escaped);
  add_case ("/hostile/duplicate-keys/none-1mib", test_many_distinct_keys);
  add_case ("/hostile/number/integer-1mib", test_integer_megabyte);
  add_case ("/hostile/number/float-1mib", test_float_megabyte);
  add_case ("/hostile/number/fraction-1mib", test_fraction_megabyte);
  add_case ("/hostile/encoding/long-line-invalid-utf8", test_long_line_invalid_utf8);
  add_case ("/hostile/syntax/long-unterminated-string", test_long_unterminated_string);
  add_case ("/hostile/syntax/many-lines", test_many_lines);
  add_case ("/hostile/limit/huge-bytes", test_huge_bytes);
  add_case ("/hostile/limit/small-limits", test_small_limits);
  add_case ("/hostile/big/bad-reference-at-end", test_big_bad_reference_at_end);
  add_case ("/hostile/big/every-record-wrong", test_big_every_record_wrong);
  add_case ("/hostile/big/cycle", test_big_cycle);
  add_case ("/hostile/big/chain", test_big_chain);
  add_case ("/hostile/big/chain-registry-freed", test_big_chain_registry_freed);
  add_case ("/hostile/async/cancelled-1e5", test_big_async_cancelled);
  add_case ("/hostile/flood/colliding-ids", test_colliding_ids);
  add_case ("/hostile/flood/colliding-keys", test_colliding_keys);

  status = g_test_run ();
  g_ptr_array_unref (fixtures);

  return status;
}
