/* driver.c: replays inputs through a fuzz target without libFuzzer
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Usage: fuzz-load-replay FILE-OR-DIRECTORY…
 *
 * Runs LLVMFuzzerTestOneInput() once per file; a directory stands for the regular files in it
 * (not recursively), in name order. Prints one TAP line per file, so that `meson test` shows
 * which input failed; a crash or abort in the target ends the run with that input named on
 * stderr. With no argument it reads one input from standard input. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static unsigned int n_run;

static gboolean
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      printf ("not ok %u - %s: %s\n", ++n_run, path, error->message);
      return FALSE;
    }

  /* Named before running, so that a crash says which input caused it. */
  fprintf (stderr, "Running %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  LLVMFuzzerTestOneInput ((const unsigned char *) contents, length);
  printf ("ok %u - %s\n", ++n_run, path);
  fflush (stdout);

  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
run_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  const char *name;
  gboolean ok = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path);

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      printf ("not ok %u - %s: cannot open the directory\n", ++n_run, path);
      return FALSE;
    }

  paths = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, file);
      else
        g_free (file);
    }
  g_ptr_array_sort (paths, compare_names);
  for (guint i = 0; i < paths->len; i++)
    ok &= run_file (paths->pdata[i]);

  return ok;
}

static int
run_stdin (void)
{
  g_autoptr(GByteArray) input = g_byte_array_new ();
  guint8 buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_byte_array_append (input, buffer, n);
  if (ferror (stdin))
    {
      fprintf (stderr, "cannot read standard input: %s\n", g_strerror (errno));
      return 1;
    }
  LLVMFuzzerTestOneInput (input->data, input->len);
  printf ("1..1\nok 1 - standard input\n");

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  gboolean ok = TRUE;

  if (argc < 2)
    return run_stdin ();

  for (int i = 1; i < argc; i++)
    ok &= run_path (argv[i]);
  printf ("1..%u\n", n_run);

  return ok && n_run > 0 ? 0 : 1;
}
