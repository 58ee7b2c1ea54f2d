/* test-files.c: reading dataset files, naming them in problems, and the async calls
 *
 * Problems travel as their parts (code, file, line, column, path, message) until a caller asks
 * for text: these tests give files names that are not UTF-8 or that look like locations, and
 * check that the line and column survive and that the name is said once. They also cover
 * ccbnet_registry_read_file(), ccbnet_is_compiled_dataset() and the async load, check and write.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-utils.h"

/* A syntax error at line 1, column 12: the "x" where a value should be. */
#define BAD_SYNTAX "{\"format\": x}"
#define BAD_SYNTAX_MESSAGE "unexpected word “x”, expected a JSON value"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ccbnet-files-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GBytes *
minimal_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* How often @needle occurs in @haystack. */
static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* The one problem of @problems, checked to be the syntax error of BAD_SYNTAX in @shown_name. */
static void
assert_syntax_problem (GPtrArray  *problems,
                       const char *shown_name)
{
  CcbnetProblem *problem;
  g_autofree char *text = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:1:12: %s", shown_name, BAD_SYNTAX_MESSAGE);

  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = problems->pdata[0];
  g_assert_cmpint (ccbnet_problem_get_code (problem), ==, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpuint (ccbnet_problem_get_line (problem), ==, 1);
  g_assert_cmpuint (ccbnet_problem_get_column (problem), ==, 12);
  g_assert_null (ccbnet_problem_get_path (problem));
  g_assert_cmpstr (ccbnet_problem_get_message (problem), ==, BAD_SYNTAX_MESSAGE);
  g_assert_cmpstr (ccbnet_problem_get_filename (problem), ==, shown_name);
  text = ccbnet_problem_to_string (problem);
  g_assert_cmpstr (text, ==, expected);
}

/* A file whose name is not UTF-8: the problem names it once, in UTF-8 with U+FFFD for the byte
 * that is not, and keeps its line and column. */
static void
test_name_not_utf8 (Fixture       *f,
                    gconstpointer  data)
{
  const char *name = "bad-\xE9.json";
  const char *shown = "bad-\xEF\xBF\xBD.json";
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GFile) file = write_file (f, name, BAD_SYNTAX, -1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *expected = NULL;

  /* As the user named it. */
  bytes = ccbnet_registry_read_file (registry, file, name, NULL, &error);
  g_assert_no_error (error);
  problems = ccbnet_registry_check_bytes (registry, bytes, name, NULL);
  assert_syntax_problem (problems, shown);

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, name, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  expected = g_strdup_printf ("%s:1:12: %s", shown, BAD_SYNTAX_MESSAGE);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (count (error->message, ".json"), ==, 1);
  g_clear_error (&error);

  /* By its parse name, which GIO makes UTF-8. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = ccbnet_registry_check_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (parse_name, -1, NULL));
  assert_syntax_problem (problems, parse_name);

  g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_free (expected);
  expected = g_strdup_printf ("%s:1:12: %s", parse_name, BAD_SYNTAX_MESSAGE);
  g_assert_cmpstr (error->message, ==, expected);
}

/* A file whose name holds colons and digits, as a location would. */
static void
test_name_with_colons (Fixture       *f,
                       gconstpointer  data)
{
  const char *name = "data:3:4: x.json";
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GFile) file = write_file (f, name, BAD_SYNTAX, -1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  bytes = ccbnet_registry_read_file (registry, file, name, NULL, &error);
  g_assert_no_error (error);
  problems = ccbnet_registry_check_bytes (registry, bytes, name, NULL);
  assert_syntax_problem (problems, name);

  /* A problem of meaning, with a path, in the same file. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("{\"format\": \"ccbnet/2\"}", strlen ("{\"format\": \"ccbnet/2\"}"));
  problems = ccbnet_registry_check_bytes (registry, bytes, name, NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (ccbnet_problem_get_filename (problems->pdata[0]), ==, name);
  g_assert_cmpstr (ccbnet_problem_get_path (problems->pdata[0]), ==, "$.format");
  g_assert_cmpuint (ccbnet_problem_get_line (problems->pdata[0]), ==, 0);
}

/* A damaged compiled file is one problem of the whole file: no line, no path, and the name said
 * once. */
static void
test_name_compiled (Fixture       *f,
                    gconstpointer  data)
{
  const char *name = "old:1:2.ccbnetdb";
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GFile) file = write_file (f, name, "CCBNETDB\x01", 9);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  bytes = ccbnet_registry_read_file (registry, file, name, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ccbnet_is_compiled_dataset (bytes));
  problems = ccbnet_registry_check_bytes (registry, bytes, name, NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, CCBNET_DATASET_ERROR_FORMAT);
  g_assert_cmpuint (ccbnet_problem_get_line (problems->pdata[0]), ==, 0);
  g_assert_null (ccbnet_problem_get_path (problems->pdata[0]));
  g_assert_cmpstr (ccbnet_problem_get_message (problems->pdata[0]), ==,
                   "compiled dataset: the file is truncated (9 bytes)");
  text = ccbnet_problem_to_string (problems->pdata[0]);
  g_assert_cmpstr (text, ==, "old:1:2.ccbnetdb: compiled dataset: the file is truncated (9 bytes)");

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, name, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, text);
}

/* A file over the limit is refused from its size, named as the caller names it. */
static void
test_read_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) minimal = minimal_bytes ();
  g_autoptr(GFile) file = write_file (f, "big.json", g_bytes_get_data (minimal, NULL),
                                      g_bytes_get_size (minimal));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  ccbnet_registry_set_max_size (registry, 100);
  bytes = ccbnet_registry_read_file (registry, file, "shown:name.json", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  expected = g_strdup_printf ("shown:name.json: the file is %" G_GSIZE_FORMAT " bytes, more than "
                              "the limit of 100 bytes (CcbnetRegistry:max-size)",
                              g_bytes_get_size (minimal));
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  problems = ccbnet_registry_check_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_cmpuint (ccbnet_problem_get_line (problems->pdata[0]), ==, 0);
  g_assert_true (g_str_has_prefix (ccbnet_problem_get_message (problems->pdata[0]), "the file is "));

  /* Bytes over the limit, whatever their form. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = ccbnet_registry_check_bytes (registry, minimal, NULL, NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (ccbnet_problem_get_message (problems->pdata[0]), "the data is "));
}

/* Reading a file that is not there, or a directory, is an I/O error that names the file as the
 * caller does, or by its parse name. */
static void
test_read_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *path = g_build_filename (f->dir, "absent.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir = g_file_new_for_path (f->dir);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *expected = NULL;

  bytes = ccbnet_registry_read_file (registry, file, "absent:1:2.json", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Failed to open file “absent:1:2.json”: No such file or directory");
  g_clear_error (&error);

  g_assert_false (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Failed to open file “%s”: No such file or directory", parse_name);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  bytes = ccbnet_registry_read_file (registry, dir, "here", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "“here” is a directory, not a file");
}

static gpointer
write_to_fifo (gpointer data)
{
  int fd = g_open (data, O_WRONLY, 0);
  char buffer[1000];

  g_assert_cmpint (fd, >=, 0);
  memset (buffer, ' ', sizeof buffer);
  g_assert_cmpint (write (fd, buffer, sizeof buffer), ==, sizeof buffer);
  g_close (fd, NULL);

  return NULL;
}

/* What does not say its size (a pipe, a device) is read up to the limit, never further: an
 * endless one is refused instead of filling memory. */
static void
test_read_streams (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *fifo_path = g_build_filename (f->dir, "pipe", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GThread *writer;

  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);

  /* 1000 bytes through a pipe, under the limit: all of them. */
  writer = g_thread_new ("writer", write_to_fifo, fifo_path);
  bytes = ccbnet_registry_read_file (registry, fifo, "pipe", NULL, &error);
  g_thread_join (writer);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 1000);

  /* The same over a limit of 100 bytes: one problem of the file, checked as a file. */
  ccbnet_registry_set_max_size (registry, 100);
  writer = g_thread_new ("writer", write_to_fifo, fifo_path);
  problems = ccbnet_registry_check_file (registry, fifo, NULL, &error);
  g_thread_join (writer);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (ccbnet_problem_get_code (problems->pdata[0]), ==, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (ccbnet_problem_get_message (problems->pdata[0]), ==,
                   "the file holds more than the limit of 100 bytes (CcbnetRegistry:max-size)");

  /* An endless device. */
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  ccbnet_registry_set_max_size (registry, 1024 * 1024);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = ccbnet_registry_read_file (registry, zero, "zeros", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "zeros: the file holds more than the limit of 1048576 bytes (CcbnetRegistry:max-size)");
}

/* The magic tells the two forms apart, and a compiled file is mapped as it is. */
static void
test_is_compiled (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) json = minimal_bytes ();
  g_autoptr(GBytes) read_back = NULL;
  g_autoptr(GBytes) short_magic = g_bytes_new_static ("CCBNETD", 7);
  g_autoptr(GBytes) magic_only = g_bytes_new_static ("CCBNETDB", 8);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autofree char *path = g_build_filename (f->dir, "minimal.ccbnetdb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_false (ccbnet_is_compiled_dataset (json));
  g_assert_false (ccbnet_is_compiled_dataset (short_magic));
  g_assert_false (ccbnet_is_compiled_dataset (empty));
  g_assert_true (ccbnet_is_compiled_dataset (magic_only));

  g_assert_true (ccbnet_registry_load_from_bytes (registry, json, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_registry_write_compiled (registry, file, NULL, &error));
  g_assert_no_error (error);

  read_back = ccbnet_registry_read_file (registry, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ccbnet_is_compiled_dataset (read_back));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (read_back, NULL), g_bytes_get_size (read_back), contents, length);
}

static void
on_ready (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
count_change (GListModel *model,
              guint       position,
              guint       removed,
              guint       added,
              gpointer    data)
{
  (*(guint *) data)++;
}

/* The async load of bytes replaces the content on success and keeps it on failure, with the
 * same error as the synchronous call. */
static void
test_async_load_bytes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) minimal = minimal_bytes ();
  g_autoptr(GBytes) bad = g_bytes_new_static (BAD_SYNTAX, strlen (BAD_SYNTAX));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint changes = 0;

  ccbnet_registry_load_from_bytes_async (registry, minimal, "minimal.json", NULL, on_ready, &result);
  g_assert_true (ccbnet_registry_load_from_bytes_finish (registry, wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 9);
  g_clear_object (&result);

  g_signal_connect (ccbnet_registry_get_entities (registry), "items-changed",
                    G_CALLBACK (count_change), &changes);
  ccbnet_registry_load_from_bytes_async (registry, bad, "bad.json", NULL, on_ready, &result);
  g_assert_false (ccbnet_registry_load_from_bytes_finish (registry, wait_for (&result), &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "bad.json:1:12: " BAD_SYNTAX_MESSAGE);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 9);
  g_assert_cmpuint (changes, ==, 0);
  g_clear_error (&error);
  g_clear_object (&result);

  g_cancellable_cancel (cancellable);
  ccbnet_registry_load_from_bytes_async (registry, minimal, NULL, cancellable, on_ready, &result);
  g_assert_false (ccbnet_registry_load_from_bytes_finish (registry, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (changes, ==, 0);
}

typedef struct
{
  guint    loaded;          /* emissions of ::loaded */
  guint    n_items_seen;    /* what the entity listing held at the last one */
  gboolean callback_first;  /* an async callback ran before the signal */
  GAsyncResult *result;
} Loads;

static void
on_loaded (CcbnetRegistry *registry,
           Loads          *loads)
{
  loads->loaded++;
  loads->n_items_seen = g_list_model_get_n_items (ccbnet_registry_get_entities (registry));
  g_assert_cmpuint (loads->n_items_seen, ==, ccbnet_registry_get_n_entities (registry));
}

static void
on_load_ready (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Loads *loads = data;

  if (loads->loaded == 0)
    loads->callback_first = TRUE;
  loads->result = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

/* ::loaded follows every successful load, once, after the listings; failures, cancellations and
 * checks emit nothing; an async load emits it before its callback. */
static void
test_loaded_signal (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) minimal = minimal_bytes ();
  g_autoptr(GBytes) bad = g_bytes_new_static (BAD_SYNTAX, strlen (BAD_SYNTAX));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  Loads loads = { 0, };

  g_signal_connect (registry, "loaded", G_CALLBACK (on_loaded), &loads);

  g_assert_true (ccbnet_registry_load_from_bytes (registry, minimal, NULL, NULL, &error));
  g_assert_cmpuint (loads.loaded, ==, 1);
  g_assert_cmpuint (loads.n_items_seen, ==, 9);

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bad, NULL, NULL, &error));
  g_clear_error (&error);
  problems = ccbnet_registry_check_bytes (registry, minimal, NULL, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (loads.loaded, ==, 1);

  ccbnet_registry_load_from_bytes_async (registry, minimal, NULL, NULL, on_load_ready, &loads);
  while (loads.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (loads.loaded, ==, 2);
  g_assert_false (loads.callback_first);
  g_assert_true (ccbnet_registry_load_from_bytes_finish (registry, loads.result, &error));
  g_clear_object (&loads.result);

  g_cancellable_cancel (cancellable);
  ccbnet_registry_load_from_bytes_async (registry, minimal, NULL, cancellable, on_load_ready, &loads);
  while (loads.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ccbnet_registry_load_from_bytes_finish (registry, loads.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&loads.result);
  g_assert_cmpuint (loads.loaded, ==, 2);
}

/* The async check finds what the synchronous one finds, in the same order. */
static void
test_async_check_bytes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "cli", "data", "many-problems.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sync_problems = NULL;
  g_autoptr(GPtrArray) async_problems = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  bytes = ccbnet_registry_read_file (registry, file, "many.json", NULL, &error);
  g_assert_no_error (error);
  sync_problems = ccbnet_registry_check_bytes (registry, bytes, "many.json", NULL);
  g_assert_cmpuint (sync_problems->len, >, 1);

  ccbnet_registry_check_bytes_async (registry, bytes, "many.json", NULL, on_ready, &result);
  async_problems = ccbnet_registry_check_bytes_finish (registry, wait_for (&result));
  g_assert_cmpuint (async_problems->len, ==, sync_problems->len);
  for (guint i = 0; i < sync_problems->len; i++)
    {
      g_autofree char *a = ccbnet_problem_to_string (sync_problems->pdata[i]);
      g_autofree char *b = ccbnet_problem_to_string (async_problems->pdata[i]);

      g_assert_cmpstr (a, ==, b);
    }
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 0);
}

/* The async write gives the file the synchronous one gives, and fails on an empty registry. */
static void
test_async_write_compiled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(CcbnetRegistry) empty = ccbnet_registry_new ();
  g_autoptr(GBytes) minimal = minimal_bytes ();
  g_autofree char *sync_path = g_build_filename (f->dir, "sync.ccbnetdb", NULL);
  g_autofree char *async_path = g_build_filename (f->dir, "async.ccbnetdb", NULL);
  g_autoptr(GFile) sync_file = g_file_new_for_path (sync_path);
  g_autoptr(GFile) async_file = g_file_new_for_path (async_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;
  gsize a_len, b_len;

  g_assert_true (ccbnet_registry_load_from_bytes (registry, minimal, NULL, NULL, &error));
  g_assert_true (ccbnet_registry_write_compiled (registry, sync_file, NULL, &error));
  g_assert_no_error (error);

  ccbnet_registry_write_compiled_async (registry, async_file, NULL, on_ready, &result);
  g_assert_true (ccbnet_registry_write_compiled_finish (registry, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  g_file_get_contents (sync_path, &a, &a_len, &error);
  g_assert_no_error (error);
  g_file_get_contents (async_path, &b, &b_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (a, a_len, b, b_len);

  ccbnet_registry_write_compiled_async (empty, async_file, NULL, on_ready, &result);
  g_assert_false (ccbnet_registry_write_compiled_finish (empty, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/files/name/not-utf8", test_name_not_utf8);
  ADD ("/files/name/colons", test_name_with_colons);
  ADD ("/files/name/compiled", test_name_compiled);
  ADD ("/files/read/limit", test_read_limit);
  ADD ("/files/read/missing", test_read_missing);
  ADD ("/files/read/streams", test_read_streams);
  ADD ("/files/read/is-compiled", test_is_compiled);
  ADD ("/files/async/load-bytes", test_async_load_bytes);
  ADD ("/files/async/check-bytes", test_async_check_bytes);
  ADD ("/files/async/write-compiled", test_async_write_compiled);
  ADD ("/files/loaded-signal", test_loaded_signal);
#undef ADD

  return g_test_run ();
}
