/* ccbnet-cmd-validate.c: `ccbnet validate FILE…` — every problem of dataset files
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"

/* One file: loaded first, in a registry of its own, which is all a valid file (the common case)
 * needs, and which says what is in it; only a file that does not load is then checked for every
 * problem. Both steps are async calls of the library, waited for with progress in one wait
 * (tool_wait()). */
typedef struct
{
  CcbnetRegistry *checker;
  GBytes         *bytes;
  const char     *name;
  CcbnetRegistry *registry;   /* the file, loaded; NULL once it has failed to load */
  GAsyncResult   *result;     /* of the last step */
} CheckJob;

static void
load_ready (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  CheckJob *job = data;

  if (ccbnet_registry_load_from_bytes_finish (job->registry, result, NULL))
    {
      job->result = g_object_ref (result);
      return;
    }

  g_clear_object (&job->registry);
  ccbnet_registry_check_bytes_async (job->checker, job->bytes, job->name, NULL, tool_async_ready,
                                     &job->result);
}

static void
json_problem (ToolJson      *json,
              CcbnetProblem *problem)
{
  g_autofree char *text = ccbnet_problem_to_string (problem);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "code",
                    ccbnet_problem_code_to_string (ccbnet_problem_get_code (problem)));
  tool_json_string (json, "message", ccbnet_problem_get_message (problem));
  tool_json_string (json, "path", ccbnet_problem_get_path (problem));
  if (ccbnet_problem_get_line (problem) > 0)
    {
      tool_json_int (json, "line", ccbnet_problem_get_line (problem));
      tool_json_int (json, "column", ccbnet_problem_get_column (problem));
    }
  else
    {
      tool_json_null (json, "line");
      tool_json_null (json, "column");
    }
  tool_json_string (json, "text", text);
  tool_json_end_object (json);
}

/* Checks one file; returns whether it is valid. */
static gboolean
validate_file (const char     *path,
               CcbnetRegistry *checker,
               GString        *out,
               ToolJson       *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *what = NULL;
  g_autofree char *size = NULL;
  /* The file's name as printed, in the text and in "file": valid UTF-8 whatever its bytes, as
   * the library makes the names in problems. */
  g_autofree char *name = tool_display_name (path);
  CheckJob job = { NULL, };
  ToolCounts counts = { 0, };
  gboolean counted = FALSE;

  bytes = tool_read_dataset (checker, path, &error);
  if (bytes == NULL && g_error_matches (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT))
    {
      /* Too large to be read: a problem of the file, as ccbnet_registry_check_file() says. */
      if (json != NULL)
        {
          tool_json_begin_object (json, NULL);
          tool_json_string (json, "file", name);
          tool_json_bool (json, "valid", FALSE);
          tool_json_null (json, "error");
          tool_json_begin_array (json, "problems");
          tool_json_begin_object (json, NULL);
          tool_json_string (json, "code", ccbnet_problem_code_to_string (error->code));
          tool_json_string (json, "message", error->message);
          tool_json_null (json, "path");
          tool_json_null (json, "line");
          tool_json_null (json, "column");
          tool_json_string (json, "text", error->message);
          tool_json_end_object (json);
          tool_json_end_array (json);
          tool_json_null (json, "counts");
          tool_json_end_object (json);
        }
      else
        {
          g_string_append_printf (out, "%s\n", error->message);
          tool_append_styled (out, TOOL_STYLE_BOLD, name);
          g_string_append (out, ": ");
          /* Translators: the summary of a file that is not valid, after its name and ": " */
          g_string_append_printf (out, ngettext ("%u problem", "%u problems", 1), 1u);
          g_string_append_c (out, '\n');
        }
      return FALSE;
    }
  if (bytes == NULL)
    {
      if (json != NULL)
        {
          tool_json_begin_object (json, NULL);
          tool_json_string (json, "file", name);
          tool_json_bool (json, "valid", FALSE);
          tool_json_string (json, "error", error->message);
          tool_json_begin_array (json, "problems");
          tool_json_end_array (json);
          tool_json_null (json, "counts");
          tool_json_end_object (json);
        }
      else
        {
          tool_append_styled (out, TOOL_STYLE_BOLD, name);
          g_string_append (out, ": ");
          /* Translators: after a file's name and ": "; %s says why it cannot be read (an
           * error message) */
          g_string_append_printf (out, _("cannot be checked: %s"), error->message);
          g_string_append_c (out, '\n');
        }
      return FALSE;
    }

  job.checker = checker;
  job.bytes = bytes;
  job.name = name;
  job.registry = ccbnet_registry_new ();
  ccbnet_registry_load_from_bytes_async (job.registry, bytes, name, NULL, load_ready, &job);
  size = g_format_size (g_bytes_get_size (bytes));
  /* Translators: progress on a terminal; %s is a file name, then its size ("1.2 MB") */
  what = g_strdup_printf (_("checking %s (%s)"), name, size);
  tool_wait (what, &job.result);
  if (job.registry != NULL)
    {
      problems = g_ptr_array_new ();
      tool_count_records (job.registry, &counts);
      counted = TRUE;
    }
  else
    problems = ccbnet_registry_check_bytes_finish (checker, job.result);
  g_clear_object (&job.registry);
  g_clear_object (&job.result);

  if (json != NULL)
    {
      tool_json_begin_object (json, NULL);
      tool_json_string (json, "file", name);
      tool_json_bool (json, "valid", problems->len == 0);
      tool_json_null (json, "error");
      tool_json_begin_array (json, "problems");
      for (guint i = 0; i < problems->len; i++)
        json_problem (json, problems->pdata[i]);
      tool_json_end_array (json);
      if (counted)
        {
          tool_json_counts (json, "counts", &counts);
        }
      else
        tool_json_null (json, "counts");
      tool_json_end_object (json);
      return problems->len == 0;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = ccbnet_problem_to_string (problems->pdata[i]);

      g_string_append_printf (out, "%s\n", text);
    }
  tool_append_styled (out, TOOL_STYLE_BOLD, name);
  g_string_append (out, ": ");
  if (problems->len == 0)
    {
      g_auto(GStrv) words = tool_count_words (&counts);

      /* Translators: the summary of a valid file, after its name and ": ": the numbers of its
       * records, "90 entities", "97 relations", "5 sections" and "34 sources" */
      g_string_append_printf (out, _("valid (%s, %s, %s, %s)"), words[0], words[1], words[2],
                              words[3]);
    }
  else
    /* Translators: the summary of a file that is not valid, after its name and ": " */
    g_string_append_printf (out, ngettext ("%u problem", "%u problems", problems->len),
                            problems->len);
  g_string_append_c (out, '\n');

  return problems->len == 0;
}

static int
validate_run (int    argc,
              char **argv)
{
  g_autoptr(CcbnetRegistry) checker = ccbnet_registry_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(ToolJson) json = NULL;
  gboolean all_valid = TRUE;
  int status;

  if (argc < 2)
    return tool_usage_error ("validate", _("validate takes one or more FILEs"));

  if (tool_opt_json)
    {
      json = tool_json_new (out);
      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, "files");
    }

  for (int i = 1; i < argc; i++)
    {
      if (!validate_file (argv[i], checker, out, json))
        all_valid = FALSE;
      /* Results appear file by file, not all at the end. */
      if (json == NULL)
        {
          status = tool_finish (out);
          if (status != TOOL_EXIT_OK)
            return status;
          g_string_truncate (out, 0);
        }
    }

  if (json != NULL)
    {
      tool_json_end_array (json);
      tool_json_bool (json, "valid", all_valid);
      tool_json_end_object (json);
    }

  status = tool_finish (out);
  if (status != TOOL_EXIT_OK)
    return status;

  return all_valid ? TOOL_EXIT_OK : TOOL_EXIT_INVALID;
}

const ToolCommand tool_command_validate = {
  "validate", "FILE…",
  N_("Check dataset files: every problem, and where it is"),
  N_("Each problem is printed as FILE:LINE:COLUMN: message for the bytes (syntax, encoding,\n"
  "limits) and as FILE: JSON-PATH: message for the meaning (ids, references, vocabularies,\n"
  "the types at each end of a relation, cycles), in file order, then one summary line per\n"
  "file. A problem in the bytes stops the check of that file, since nothing after it can be\n"
  "read. On a terminal, a file that takes more than a moment shows progress on stderr.\n"
  "\n"
  "Exit status: 0 when every file is valid, 2 when one is not or cannot be read, 64 usage,\n"
  "74 the output could not be written."),
  TOOL_STATUSES_OWN, NULL,
  NULL,
  TOOL_USES_JSON,
  validate_run,
};
