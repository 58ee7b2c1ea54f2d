/* test-writer.c: the canonical JSON writer and saving without loss
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ccbnet/ccbnet.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "test-utils.h"

static GBytes *
shipped_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CCBNET_DATA_DIR"), "ccbnet.json", NULL);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize size;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, size);
}

static CcbnetRegistry *
load_bytes (GBytes *bytes)
{
  CcbnetRegistry *registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;

  ccbnet_registry_load_from_bytes (registry, bytes, "written.json", NULL, &error);
  g_assert_no_error (error);

  return registry;
}

/* The shipped dataset is kept in the canonical form: writing it gives its file, byte for byte. */
static void
test_shipped_is_canonical (void)
{
  g_autoptr(GBytes) file = shipped_file ();
  g_autoptr(CcbnetRegistry) registry = load_bytes (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = ccbnet_registry_to_json (registry, &error);

  g_assert_no_error (error);
  g_assert_nonnull (written);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (file, NULL), g_bytes_get_size (file));
}

/* A dataset written in another layout is written canonically, and that again the same. */
static void
test_fixed_point (void)
{
  g_autoptr(CcbnetRegistry) first = test_load_fixture ("minimal.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) once = ccbnet_registry_to_json (first, &error);
  g_autoptr(CcbnetRegistry) second = NULL;
  g_autoptr(GBytes) twice = NULL;
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  second = load_bytes (once);
  twice = ccbnet_registry_to_json (second, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (once, twice));

  /* Two spaces of indent, ": " after keys, a final newline. */
  g_assert_true (g_str_has_prefix (g_bytes_get_data (once, NULL), "{\n  \"format\": \"ccbnet/1\",\n  \"title\": "));
  g_assert_cmpint (((const char *) g_bytes_get_data (once, NULL))[g_bytes_get_size (once) - 1], ==, '\n');

  title = ccbnet_registry_dup_title (second);
  g_assert_cmpstr (title, ==, "A small valid dataset for the tests");
  g_assert_null (ccbnet_registry_dup_license (second));
  g_assert_cmpuint (ccbnet_registry_get_n_entities (second), ==, ccbnet_registry_get_n_entities (first));
  g_assert_cmpuint (ccbnet_registry_get_n_relations (second), ==, ccbnet_registry_get_n_relations (first));
}

/* Quotes, backslashes and control characters are escaped; other characters stay as they are. */
static void
test_escapes (void)
{
  static const char dataset[] =
    "{\"format\": \"ccbnet/1\", \"title\": \"tab\\there, \\\"quoted\\\" \\\\ \\u0001 \\u2028 \xe2\x80\x99 \xf0\x9f\x98\x80\","
    " \"sources\": [], \"sections\": [], \"entities\": [], \"relations\": []}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (dataset, sizeof dataset - 1);
  g_autoptr(CcbnetRegistry) registry = load_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = ccbnet_registry_to_json (registry, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"format\": \"ccbnet/1\",\n"
                   "  \"title\": \"tab\\there, \\\"quoted\\\" \\\\ \\u0001 \xe2\x80\xa8 \xe2\x80\x99 \xf0\x9f\x98\x80\",\n"
                   "  \"sources\": [],\n"
                   "  \"sections\": [],\n"
                   "  \"entities\": [],\n"
                   "  \"relations\": []\n"
                   "}\n");
}

/* The compiled form keeps the title and license, so its export is the same. */
static void
test_compiled_keeps_title (void)
{
  g_autoptr(GBytes) file = shipped_file ();
  g_autoptr(CcbnetRegistry) registry = load_bytes (file);
  g_autoptr(CcbnetRegistry) compiled = ccbnet_registry_new ();
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shipped.ccbnetdb", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *license = NULL;

  ccbnet_registry_write_compiled (registry, target, NULL, &error);
  g_assert_no_error (error);
  ccbnet_registry_load_from_file (compiled, target, NULL, &error);
  g_assert_no_error (error);
  license = ccbnet_registry_dup_license (compiled);
  g_assert_nonnull (license);
  written = ccbnet_registry_to_json (compiled, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (written, file));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_nothing_loaded (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "never.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);

  g_assert_null (ccbnet_registry_to_json (registry, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_clear_error (&error);
  g_assert_false (ccbnet_registry_write_json (registry, target, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (ccbnet_registry_dup_title (registry));
  g_rmdir (dir);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, test_compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_save_replaces (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dataset.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = ccbnet_registry_to_json (registry, NULL);
  g_autofree char *names = NULL;
  char *data;
  gsize size;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (ccbnet_registry_write_json (registry, target, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpmem (data, size, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_free (data);
  /* The file keeps its permissions, and nothing else is left in the directory. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "dataset.json");

  g_unlink (path);
  g_rmdir (dir);
}

/* A directory that does not exist, a directory in the file's place: a clear error, nothing
 * written. */
static void
test_save_refused (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *under_plain = g_build_filename (plain, "dataset.json", NULL);
  g_autoptr(GFile) bad_parent = g_file_new_for_path (under_plain);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (plain, "keep", -1, NULL));
  g_assert_false (ccbnet_registry_write_json (registry, bad_parent, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, under_plain));
  g_assert_nonnull (strstr (error->message, "left as it was"));
  g_clear_error (&error);

  g_assert_false (ccbnet_registry_write_json (registry, directory, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "is a directory"));

  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "plain");
  g_unlink (plain);
  g_rmdir (dir);
}

/* A directory that may not be written: permission denied, the old file left whole. Root may
 * write anywhere, so this runs only for other users (CI runs as root; developers mostly not). */
static void
test_save_permission_denied (void)
{
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  char *data;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write to a read-only directory");
      return;
    }

  dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
  path = g_build_filename (dir, "dataset.json", NULL);
  target = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "the old content", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_false (ccbnet_registry_write_json (registry, target, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "left as it was"));
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "the old content");
  g_free (data);
  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

/* When the disk fills up halfway (here: a limit on the size of files a process may write),
 * the old file is left whole and no temporary file stays behind. */
static void
test_save_disk_full (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GBytes) file = shipped_file ();
      g_autoptr(CcbnetRegistry) registry = load_bytes (file);
      const char *path = g_getenv ("CCBNET_TEST_TARGET");
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (ccbnet_registry_write_json (registry, target, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "cannot write the new content"));
      g_assert_nonnull (strstr (error->message, "left as it was"));
      return;
    }

  {
    g_autofree char *dir = g_dir_make_tmp ("ccbnet-writer-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "dataset.json", NULL);
    g_autofree char *names = NULL;
    char *data;

    g_assert_true (g_file_set_contents (path, "the old content", -1, NULL));
    g_setenv ("CCBNET_TEST_TARGET", path, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    g_assert_cmpstr (data, ==, "the old content");
    g_free (data);
    names = list_dir (dir);
    g_assert_cmpstr (names, ==, "dataset.json");
    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/shipped-is-canonical", test_shipped_is_canonical);
  g_test_add_func ("/writer/fixed-point", test_fixed_point);
  g_test_add_func ("/writer/escapes", test_escapes);
  g_test_add_func ("/writer/compiled-keeps-title", test_compiled_keeps_title);
  g_test_add_func ("/writer/nothing-loaded", test_nothing_loaded);
  g_test_add_func ("/writer/save-replaces", test_save_replaces);
  g_test_add_func ("/writer/save-refused", test_save_refused);
  g_test_add_func ("/writer/save-permission-denied", test_save_permission_denied);
  g_test_add_func ("/writer/save-disk-full", test_save_disk_full);

  return g_test_run ();
}
