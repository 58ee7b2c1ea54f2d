/* ccbnet-cmd-compile.c: `ccbnet compile FILE [--output OUT]` — the compiled form of a dataset
 *
 * The compiled form (ccbnet_registry_write_compiled()) is a binary file that the library maps
 * into memory instead of parsing; every command reads it with --data like a JSON file, with the
 * same results. See docs/performance.md.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

static char *opt_output;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE (default: the input with .json replaced by .ccbnetdb)"), "FILE" },
  { NULL }
};

/* FILE.json → FILE.ccbnetdb; any other name gets .ccbnetdb appended. */
static char *
default_output (const char *input)
{
  gsize length = strlen (input);

  if (g_str_has_suffix (input, ".json") && length > strlen (".json") &&
      input[length - strlen (".json") - 1] != G_DIR_SEPARATOR)
    return g_strdup_printf ("%.*s.ccbnetdb", (int) (length - strlen (".json")), input);

  return g_strdup_printf ("%s.ccbnetdb", input);
}

/* Whether @output names the file @input: the same name once made absolute and tidied, or,
 * when both exist, the same file under another name (a link). */
static gboolean
same_file (const char *input,
           const char *output)
{
  g_autofree char *input_path = g_canonicalize_filename (input, NULL);
  g_autofree char *output_path = g_canonicalize_filename (output, NULL);
  GStatBuf input_buf;
  GStatBuf output_buf;

  if (g_str_equal (input_path, output_path))
    return TRUE;

  return g_stat (input, &input_buf) == 0 && g_stat (output, &output_buf) == 0 &&
         input_buf.st_dev == output_buf.st_dev && input_buf.st_ino == output_buf.st_ino;
}

/* Three steps, each an async call of the library waited for with progress (tool_wait()): load
 * the input, write the compiled form, then open what was written in a fresh registry and count
 * its records. The counts come from the written file, which proves that it loads; the first
 * registry is gone by then, so that the two never take memory at the same time. */
static int
compile_run (int    argc,
             char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) wrote = NULL;
  g_autoptr(GAsyncResult) checked = NULL;
  g_autofree char *output = NULL;
  g_autofree char *input_name = NULL;
  g_autofree char *output_name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *size = NULL;
  ToolCounts counts;
  const char *input;
  gsize input_size;
  gboolean input_compiled;
  gint64 start;
  double seconds;

  if (argc < 2)
    return tool_usage_error ("compile", _("compile takes one FILE"));
  if (argc > 2)
    return tool_usage_error ("compile", _("compile takes one FILE, got %d arguments"), argc - 1);

  input = argv[1];
  if (tool_is_stdin (input) && opt_output == NULL)
    return tool_usage_error ("compile", _("compiling standard input (-) needs --output"));
  if (opt_output != NULL && *opt_output == '\0')
    return tool_usage_error ("compile", _("--output: the file name is empty"));
  output = opt_output != NULL ? g_strdup (opt_output) : default_output (input);
  /* The names as printed: valid UTF-8 whatever the bytes of the file names. */
  input_name = tool_display_name (input);
  output_name = tool_display_name (output);
  if (same_file (input, output))
    return tool_usage_error ("compile", _("the output %s is the input; give another --output"),
                             output_name);

  start = g_get_monotonic_time ();

  /* The point of the compiled form is large datasets: no limit on the size here. */
  registry = ccbnet_registry_new ();
  ccbnet_registry_set_max_size (registry, G_MAXSIZE);

  bytes = tool_read_dataset (registry, input, &error);
  if (bytes == NULL)
    {
      tool_error (_("%s"), error->message);
      return TOOL_EXIT_INVALID;
    }
  input_size = g_bytes_get_size (bytes);
  input_compiled = ccbnet_is_compiled_dataset (bytes);

  size = g_format_size (input_size);
  /* Translators: progress on a terminal; %s is a file name, then its size ("1.2 MB") */
  what = g_strdup_printf (_("loading %s (%s)"), input_name, size);
  if (!tool_load (registry, bytes, input_name, what))
    return TOOL_EXIT_INVALID;

  file = g_file_new_for_path (output);
  ccbnet_registry_write_compiled_async (registry, file, NULL, tool_async_ready, &wrote);
  g_free (what);
  /* Translators: progress on a terminal; %s is a file name */
  what = g_strdup_printf (_("writing %s"), output_name);
  tool_wait (what, &wrote);
  if (!ccbnet_registry_write_compiled_finish (registry, wrote, &error))
    {
      tool_error (_("%s"), error->message);
      return TOOL_EXIT_OUTPUT;
    }

  /* Done with the input: what follows reads the output only. (The result holds the registry.) */
  g_clear_object (&wrote);
  g_clear_object (&registry);
  g_clear_pointer (&bytes, g_bytes_unref);

  registry = ccbnet_registry_new ();
  ccbnet_registry_set_max_size (registry, G_MAXSIZE);
  written = tool_read_dataset (registry, output, &error);
  if (written == NULL)
    {
      tool_error (_("could not read %s back: %s"), output_name, error->message);
      return TOOL_EXIT_OUTPUT;
    }
  ccbnet_registry_load_from_bytes_async (registry, written, output_name, NULL, tool_async_ready,
                                         &checked);
  g_free (what);
  /* Translators: progress on a terminal, while the file just written is read back to check
   * that it loads; %s is its name */
  what = g_strdup_printf (_("checking %s"), output_name);
  tool_wait (what, &checked);
  if (!ccbnet_registry_load_from_bytes_finish (registry, checked, &error))
    {
      tool_error (_("%s does not load after writing: %s"), output_name, error->message);
      return TOOL_EXIT_OUTPUT;
    }
  tool_count_records (registry, &counts);
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "input", input_name);
      tool_json_string (json, "input_format", input_compiled ? "compiled" : "json");
      tool_json_int (json, "input_bytes", (gint64) input_size);
      tool_json_string (json, "output", output_name);
      tool_json_int (json, "bytes", (gint64) g_bytes_get_size (written));
      tool_json_counts (json, "counts", &counts);
      tool_json_fixed (json, "seconds", seconds, 3);
      tool_json_end_object (json);
    }
  else
    {
      gsize written_size = g_bytes_get_size (written);
      g_autoptr(GString) input_styled = g_string_new (NULL);
      g_autoptr(GString) output_styled = g_string_new (NULL);
      g_autofree char *size_words = NULL;
      g_auto(GStrv) words = NULL;

      tool_append_styled (input_styled, TOOL_STYLE_BOLD, input_name);
      tool_append_styled (output_styled, TOOL_STYLE_BOLD, output_name);
      words = tool_count_words (&counts);
      if (written_size >= 1000)
        {
          g_autofree char *human = g_format_size (written_size);

          /* Translators: the size of the written file: its number of bytes, then the same
           * size for people ("100.6 kB") */
          size_words = g_strdup_printf (ngettext ("%lu byte (%s)", "%lu bytes (%s)", written_size),
                                        (gulong) written_size, human);
        }
      else
        /* Translators: the size of the written file */
        size_words = g_strdup_printf (ngettext ("%lu byte", "%lu bytes", written_size),
                                      (gulong) written_size);
      /* Translators: the summary of compile: the input file's name, the output file's name,
       * the numbers of records ("90 entities", "97 relations", "5 sections", "34 sources"),
       * the output's size ("100592 bytes (100.6 kB)") and the seconds taken */
      g_string_append_printf (out, _("compiled %s to %s: %s, %s, %s, %s; %s in %.3f s"),
                              input_styled->str, output_styled->str, words[0], words[1],
                              words[2], words[3], size_words, seconds);
      g_string_append_c (out, '\n');
    }

  return tool_finish (out);
}

const ToolCommand tool_command_compile = {
  "compile", "FILE",
  N_("Write the compiled form of a dataset, which opens far faster"),
  N_("Loads FILE (JSON, or already compiled) as --data would, but with no limit on its size,\n"
  "and writes it in the compiled form: a binary file that the library maps into memory\n"
  "instead of parsing. Every command reads it with --data (or CCBNET_DATASET) and prints\n"
  "exactly what it prints for the JSON. The same data always compiles to the same bytes; the\n"
  "output is replaced atomically, and is for machines of the byte order it was written on.\n"
  "\n"
  "A file that does not load is reported like --data reports it: the first problem and its\n"
  "place ('ccbnet validate FILE' lists them all). Then one line says what was written: the\n"
  "numbers of entities, relations, sections and sources (counted in the written file, which is\n"
  "opened again to check that it loads), its size and the time taken. On a terminal, work\n"
  "that takes more than a moment shows progress on stderr.\n"
  "\n"
  "Examples:\n"
  "  ccbnet compile my-dataset.json\n"
  "  ccbnet compile my-dataset.json --output /var/cache/ccbnet/dataset.ccbnetdb\n"
  "  ccbnet show CCB --data my-dataset.ccbnetdb\n"
  "\n"
  "Exit status: 0 written, 2 FILE does not load or cannot be read, 64 usage (also an output\n"
  "that is FILE itself), 74 the output could not be written."),
  TOOL_STATUSES_OWN, NULL,
  entries,
  TOOL_USES_JSON,
  compile_run,
};
