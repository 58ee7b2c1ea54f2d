/* ccbnet-cmd-merge.c: `ccbnet merge A B… [--output OUT]` — several datasets as one
 *
 * The merge is the library's (ccbnet_dataset_builder_merge()): the first dataset goes into a
 * builder, each next one is merged into it under the --on-clash rule, and the result is written
 * in the canonical form, then opened again to prove that it loads.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

static int opt_rule = CCBNET_MERGE_RULE_FAIL;
static gboolean opt_rule_set;
static char *opt_prefix;
static char *opt_output;

static gboolean
parse_rule (const char  *option_name,
            const char  *value,
            gpointer     data,
            GError     **error)
{
  /* The rule's zero value, "fail", is a value here, unlike a query filter's "any". */
  if (!tool_parse_nick (CCBNET_TYPE_MERGE_RULE, option_name, value, FALSE, &opt_rule, error))
    return FALSE;
  opt_rule_set = TRUE;

  return TRUE;
}

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE, replacing it atomically (default: standard output)"), "FILE" },
  { "on-clash", 0, 0, G_OPTION_ARG_CALLBACK, parse_rule,
    N_("What to do with an id two datasets use for different records: fail (the default), "
    "keep-first, keep-last or prefix"), "RULE" },
  { "prefix", 0, 0, G_OPTION_ARG_STRING, &opt_prefix,
    N_("With --on-clash prefix (which it implies): what to put before such an id of the later "
    "dataset"), "TEXT" },
  { NULL }
};

static int
merge_run (int    argc,
           char **argv)
{
  g_autoptr(CcbnetDatasetBuilder) builder = NULL;
  g_autoptr(CcbnetRegistry) result = ccbnet_registry_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output_name = NULL;
  ToolCounts counts;

  if (argc < 3)
    return tool_usage_error ("merge", _("merge takes two or more FILEs"));
  if (opt_prefix != NULL && *opt_prefix == '\0')
    return tool_usage_error ("merge", _("--prefix: the prefix is empty"));
  if (opt_prefix != NULL && !opt_rule_set)
    opt_rule = CCBNET_MERGE_RULE_PREFIX;
  if ((opt_rule == CCBNET_MERGE_RULE_PREFIX) != (opt_prefix != NULL))
    return tool_usage_error ("merge", opt_prefix != NULL ? _("--prefix goes with --on-clash prefix only")
                                                         : _("--on-clash prefix needs --prefix TEXT"));
  if (opt_output != NULL && *opt_output == '\0')
    return tool_usage_error ("merge", _("--output: the file name is empty"));
  for (int i = 1; opt_output != NULL && i < argc; i++)
    if (g_strcmp0 (argv[i], opt_output) == 0)
      return tool_usage_error ("merge", _("the output %s is one of the inputs; give another --output"),
                               opt_output);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(CcbnetRegistry) input = tool_open_file (argv[i]);

      if (input == NULL)
        return TOOL_EXIT_INVALID;
      if (builder == NULL)
        builder = ccbnet_dataset_builder_new_from_registry (input, &error);
      else if (!ccbnet_dataset_builder_merge (builder, input, opt_rule, opt_prefix, &error))
        {
          g_autofree char *name = tool_display_name (argv[i]);

          tool_error (_("cannot merge %s: %s"), name, error->message);
          return TOOL_EXIT_INVALID;
        }
      if (builder == NULL)
        {
          tool_error (_("%s"), error->message);
          return TOOL_EXIT_INVALID;
        }
    }

  /* What is written loads: the builder checked every record, and this proves the whole. */
  if (!ccbnet_dataset_builder_load_into (builder, result, NULL, &error))
    {
      tool_error (_("the merged dataset does not load: %s"), error->message);
      return TOOL_EXIT_INVALID;
    }

  if (opt_output == NULL)
    {
      gsize size;
      const char *data;

      bytes = ccbnet_dataset_builder_to_json (builder);
      data = g_bytes_get_data (bytes, &size);
      g_string_append_len (out, data, size);
      return tool_finish (out);
    }

  {
    g_autoptr(GFile) file = g_file_new_for_path (opt_output);

    if (!ccbnet_dataset_builder_save (builder, file, NULL, &error))
      {
        tool_error (_("%s"), error->message);
        return TOOL_EXIT_OUTPUT;
      }
  }

  output_name = tool_display_name (opt_output);
  tool_count_records (result, &counts);
  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "output", output_name);
      tool_json_int (json, "inputs", argc - 1);
      tool_json_counts (json, "counts", &counts);
      tool_json_end_object (json);
    }
  else
    {
      g_autoptr(GString) name = g_string_new (NULL);
      g_auto(GStrv) words = tool_count_words (&counts);

      tool_append_styled (name, TOOL_STYLE_BOLD, output_name);
      g_string_append_printf (out,
                              /* Translators: the line `ccbnet merge --output` prints: %d is the
                               * number of FILEs (2 or more), %s the file written, then the numbers
                               * of its records ("90 entities") */
                              ngettext ("merged %d dataset into %s: %s, %s, %s, %s",
                                        "merged %d datasets into %s: %s, %s, %s, %s", (gulong) (argc - 1)),
                              argc - 1, name->str, words[0], words[1], words[2], words[3]);
      g_string_append_c (out, '\n');
    }

  return tool_finish (out);
}

const ToolCommand tool_command_merge = {
  "merge", "FILE FILE…",
  N_("Combine datasets into one"),
  N_("Loads each FILE as --data would and combines them, in order, into one dataset: the first\n"
  "one's title and license, and every record of each, with its citations. A record both\n"
  "datasets have, the same in every member (such as a source both cite), is kept once. An id\n"
  "two datasets use for different records is handled by --on-clash:\n"
  "  fail        an error that names both places; nothing is written (the default)\n"
  "  keep-first  the earlier dataset's record stays; the later one's references name it\n"
  "  keep-last   the later dataset's record replaces the earlier one\n"
  "  prefix      the later dataset's record is renamed with --prefix, and its own references\n"
  "              follow\n"
  "Every merged record is checked as the loader checks a file: a record that no longer fits\n"
  "(a relation whose end became another type of entity) stops the merge with the loader's\n"
  "message.\n"
  "\n"
  "The result is written in the canonical form (as 'ccbnet export --format json' writes),\n"
  "to standard output or to --output, which is replaced atomically: when writing fails, the\n"
  "old file is left as it was. With --output, one line says what was written.\n"
  "\n"
  "Examples:\n"
  "  ccbnet merge ours.json theirs.json --output both.json\n"
  "  ccbnet merge ours.json theirs.json --prefix theirs- > both.json\n"
  "\n"
  "Exit status: 0 merged, 2 a FILE does not load or the datasets clash, 64 usage, 74 the\n"
  "output could not be written."),
  TOOL_STATUSES_OWN, NULL,
  entries,
  TOOL_USES_JSON,
  merge_run,
};
