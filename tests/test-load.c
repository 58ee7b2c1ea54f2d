/* test-load.c: loading, limits, atomicity, async loads and checks
 *
 * The committed bad-input fixtures (one per error code and more) are run by test-hostile.c,
 * from tests/hostile/; this file uses one of them, cycle.json, where it needs a file that
 * fails to load.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gstdio.h>

#include "test-utils.h"
#include "ccbnet-private.h"

static void
test_size_limit (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ccbnet_registry_set_max_size (registry, 100);
  g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "max-size"));
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 0);
}

/* A 200 MiB file is refused from its size, before it is read: the file is sparse, so reading
 * it would show up as the test taking seconds and 200 MiB, which the ASan job would notice. */
static void
test_huge_file (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  int fd = g_file_open_tmp ("ccbnet-huge-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, (goffset) 200 * 1024 * 1024), ==, 0);
  close (fd);
  file = g_file_new_for_path (path);

  g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  {
    g_autoptr(GPtrArray) problems = ccbnet_registry_check_file (registry, file, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, CCBNET_DATASET_ERROR_LIMIT);
  }
  g_unlink (path);
}

static void
test_missing_file (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/ccbnet.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
  g_clear_error (&error);

  g_assert_null (ccbnet_registry_check_file (registry, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_bytes_without_name (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": 1}", 13);
  g_autoptr(GError) error = NULL;

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, NULL, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "<data>: $.format: expected the string \"ccbnet/1\", found a number");
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    user_data)
{
  guint *changes = user_data;

  changes[0]++;
  changes[1] = position;
  changes[2] = removed;
  changes[3] = added;
}

static GBytes *
shipped_dataset (void)
{
  return ccbnet_get_shipped_dataset ();
}

static void
test_replace (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autoptr(GBytes) bytes = shipped_dataset ();
  g_autoptr(GError) error = NULL;
  GListModel *entities = ccbnet_registry_get_entities (registry);
  CcbnetEntity *old_unit = test_entity (registry, "unit");
  g_autoptr(CcbnetRelation) old_relation = ccbnet_registry_lookup_relation (registry, "r1");
  guint changes[4] = { 0, };

  g_assert_true (ccbnet_entity_get_parent (old_unit) != NULL);
  {
    g_autoptr(GListModel) relations = ccbnet_entity_list_relations (old_unit);

    /* r1 (unit-of) and r5 (represents-in); r7 names the unit only as a co-actor. */
    g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  }

  g_signal_connect (entities, "items-changed", G_CALLBACK (count_changes), changes);
  g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "ccbnet.json", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes[0], ==, 1);
  g_assert_cmpuint (changes[1], ==, 0);
  g_assert_cmpuint (changes[2], ==, 9);
  g_assert_cmpuint (changes[3], ==, 90);
  g_assert_true (ccbnet_registry_get_entities (registry) == entities);
  g_signal_handlers_disconnect_by_func (entities, count_changes, changes);

  /* The old objects keep their properties; graph questions now answer nothing. */
  g_assert_cmpstr (ccbnet_entity_get_id (old_unit), ==, "unit");
  g_assert_cmpstr (ccbnet_entity_get_name (ccbnet_entity_get_parent (old_unit)), ==, "Test Agency");
  g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_relation_get_subject (old_relation)), ==, "unit");
  {
    g_autoptr(GListModel) relations = ccbnet_entity_list_relations (old_unit);
    g_autoptr(GListModel) parts = ccbnet_entity_list_parts (ccbnet_entity_get_parent (old_unit), TRUE);

    g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (parts), ==, 0);
  }
  g_assert_null (ccbnet_registry_lookup (registry, "unit"));

  /* Nothing but the test holds them any more. */
  g_assert_finalize_object (g_steal_pointer (&old_relation));
  g_assert_finalize_object (old_unit);
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

static void
test_async (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  ccbnet_registry_load_from_file_async (registry, file, NULL, load_done, &res);
  /* Nothing changes before the callback. */
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 0);
  g_main_loop_run (res.loop);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
  g_main_loop_unref (res.loop);
}

static void
test_async_error (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", "cycle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  ccbnet_registry_load_from_file_async (registry, file, NULL, load_done, &res);
  g_main_loop_run (res.loop);
  g_assert_false (res.ok);
  g_assert_error (res.error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_CYCLE);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
  g_clear_error (&res.error);
  g_main_loop_unref (res.loop);
}

/* Cancelling while the worker runs leaves the registry as it was, whenever the cancellation
 * lands: before the read, during the parse, or after the work but before the swap. */
static void
test_async_cancelled (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autoptr(GBytes) bytes = shipped_dataset ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("ccbnet-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  close (fd);
  file = g_file_new_for_path (path);

  for (guint delay_us = 0; delay_us <= 4000; delay_us += 500)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };
      g_autoptr(CcbnetEntity) agency = test_entity (registry, "agency");

      ccbnet_registry_load_from_file_async (registry, file, cancellable, load_done, &res);
      g_usleep (delay_us);
      g_cancellable_cancel (cancellable);
      g_main_loop_run (res.loop);
      g_assert_false (res.ok);
      g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&res.error);
      g_main_loop_unref (res.loop);

      g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
      {
        g_autoptr(CcbnetEntity) still = test_entity (registry, "agency");

        g_assert_true (still == agency);
      }
    }

  /* A cancelled synchronous load fails the same way. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, NULL, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 9);
  }
  g_unlink (path);
}

static void
test_check_all_problems (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) broken = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  static const struct {
    CcbnetDatasetError code;
    const char *path;
  } expected[] = {
    { CCBNET_DATASET_ERROR_SCHEMA, "$.entities[1].name" },
    { CCBNET_DATASET_ERROR_UNKNOWN_VALUE, "$.entities[4].cadence" },
    { CCBNET_DATASET_ERROR_DANGLING_REFERENCE, "$.relations[1].subject" },
  };

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  broken = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (broken, "\"name\": \"Test Unit\"", "\"name\": 1", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (broken, "\"cadence\": \"monthly\",\n     \"cadence_text\"",
                                      "\"cadence\": \"weekly\",\n     \"cadence_text\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (broken, "\"subject\": \"director\", \"object\": \"agency\"",
                                      "\"subject\": \"boss\", \"object\": \"agency\"", 1), ==, 1);
  bytes = g_bytes_new (broken->str, broken->len);

  problems = ccbnet_registry_check_bytes (registry, bytes, "broken.json", NULL);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CcbnetProblem *problem = problems->pdata[i];

      g_assert_cmpint (ccbnet_problem_get_code (problem), ==, expected[i].code);
      g_assert_cmpstr (ccbnet_problem_get_path (problem), ==, expected[i].path);
      g_assert_cmpstr (ccbnet_problem_get_filename (problem), ==, "broken.json");
      g_assert_cmpuint (ccbnet_problem_get_line (problem), ==, 0);
    }

  /* Loading stops at the first and says how many more there are. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "broken.json", NULL, &error));
    g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SCHEMA);
    g_assert_true (g_str_has_prefix (error->message, "broken.json: $.entities[1].name: "));
  }

  /* A valid dataset has no problems. */
  {
    g_autoptr(GBytes) good = g_bytes_new (contents, strlen (contents));
    g_autoptr(GPtrArray) none = ccbnet_registry_check_bytes (registry, good, NULL, NULL);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 0);
  }
}

static void
test_problem_properties (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\n  \"format\": 'x'\n}", 19);
  g_autoptr(GPtrArray) problems = ccbnet_registry_check_bytes (registry, bytes, "q.json", NULL);
  CcbnetProblem *problem;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL, *filename = NULL, *path = NULL;
  g_autoptr(GError) error = NULL;
  guint line, column;
  CcbnetDatasetError code;

  g_assert_cmpuint (problems->len, ==, 1);
  problem = problems->pdata[0];
  g_assert_cmpint (ccbnet_problem_get_code (problem), ==, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpuint (ccbnet_problem_get_line (problem), ==, 2);
  g_assert_cmpuint (ccbnet_problem_get_column (problem), ==, 13);
  g_assert_null (ccbnet_problem_get_path (problem));
  text = ccbnet_problem_to_string (problem);
  g_assert_true (g_str_has_prefix (text, "q.json:2:13: "));
  g_assert_cmpstr (text + strlen ("q.json:2:13: "), ==, ccbnet_problem_get_message (problem));

  g_object_get (problem, "code", &code, "message", &message, "filename", &filename, "path", &path,
                "line", &line, "column", &column, NULL);
  g_assert_cmpint (code, ==, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (message, ==, ccbnet_problem_get_message (problem));
  g_assert_cmpstr (filename, ==, "q.json");
  g_assert_null (path);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 13);

  error = ccbnet_problem_to_error (problem);
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, text);
}

static void
test_limits_properties (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  guint64 size;
  guint depth;

  g_assert_cmpuint (ccbnet_registry_get_max_size (registry), ==, CCBNET_REGISTRY_DEFAULT_MAX_SIZE);
  g_assert_cmpuint (ccbnet_registry_get_max_depth (registry), ==, CCBNET_REGISTRY_DEFAULT_MAX_DEPTH);
  g_object_set (registry, "max-size", (guint64) 4096, "max-depth", 6, NULL);
  g_object_get (registry, "max-size", &size, "max-depth", &depth, NULL);
  g_assert_cmpuint (size, ==, 4096);
  g_assert_cmpuint (depth, ==, 6);
  g_assert_cmpuint (ccbnet_registry_get_max_size (registry), ==, 4096);

  /* The format needs five levels: six load the fixture, four do not. */
  ccbnet_registry_set_max_size (registry, CCBNET_REGISTRY_DEFAULT_MAX_SIZE);
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_true (ccbnet_registry_load_from_file (registry, file, NULL, &error));
    ccbnet_registry_set_max_depth (registry, 3);
    g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
    g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  }

  g_assert_finalize_object (g_steal_pointer (&registry));
}

static void
test_default_from_environment (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);

      g_setenv ("CCBNET_DATASET", path, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (ccbnet_registry_get_default ())), ==, 9);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_default_bad_environment (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", "cycle.json", NULL);

      g_setenv ("CCBNET_DATASET", path, TRUE);
      g_test_expect_message ("Ccbnet", G_LOG_LEVEL_WARNING, "CCBNET_DATASET: *cycle.json: $.relations[0]: *");
      g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (ccbnet_registry_get_default ())), ==, 90);
      g_test_assert_expected_messages ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_preconditions (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();

  g_test_expect_message ("Ccbnet", G_LOG_LEVEL_CRITICAL, "*assertion*bytes != NULL*");
  g_assert_false (ccbnet_registry_load_from_bytes (registry, NULL, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ccbnet", G_LOG_LEVEL_CRITICAL, "*assertion*G_IS_FILE*");
  g_assert_false (ccbnet_registry_load_from_file (registry, NULL, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ccbnet", G_LOG_LEVEL_CRITICAL, "*assertion*max_size > 0*");
  ccbnet_registry_set_max_size (registry, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (ccbnet_registry_get_max_size (registry), ==, CCBNET_REGISTRY_DEFAULT_MAX_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/load/limit/size", test_size_limit);
  g_test_add_func ("/load/limit/huge-file", test_huge_file);
  g_test_add_func ("/load/limit/properties", test_limits_properties);
  g_test_add_func ("/load/missing-file", test_missing_file);
  g_test_add_func ("/load/bytes-without-name", test_bytes_without_name);
  g_test_add_func ("/load/replace", test_replace);
  g_test_add_func ("/load/async/success", test_async);
  g_test_add_func ("/load/async/error", test_async_error);
  g_test_add_func ("/load/async/cancelled", test_async_cancelled);
  g_test_add_func ("/load/check/all-problems", test_check_all_problems);
  g_test_add_func ("/load/check/problem", test_problem_properties);
  g_test_add_func ("/load/default/environment", test_default_from_environment);
  g_test_add_func ("/load/default/bad-environment", test_default_bad_environment);
  g_test_add_func ("/load/preconditions", test_preconditions);

  return g_test_run ();
}
