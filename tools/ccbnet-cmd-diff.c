/* ccbnet-cmd-diff.c: `ccbnet diff OLD NEW` — the records added, removed and changed between two
 * datasets
 *
 * The comparison is the library's (ccbnet_registry_diff()): records are matched by their list
 * and id, and compared member by member in their canonical form. This file only loads the two
 * files, as --data loads one, and prints the changes.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

/* One block: "changed LIST ID: MEMBER, …" and a line per member with its old and new values, or
 * "added LIST ID" / "removed LIST ID" and a line with the whole record. Values are compact JSON,
 * "(none)" where a side has no such member. */
static void
text_change (GString      *out,
             CcbnetChange *change)
{
  CcbnetChangeType type = ccbnet_change_get_change_type (change);
  const char * const *members = ccbnet_change_get_members (change);
  const char *id = ccbnet_change_get_id (change);

  /* Translators: what happened to a record, first on a line of `ccbnet diff`: "changed
   * entities agency: name", where "entities" is the list's name in the dataset format */
  tool_append_styled (out, TOOL_STYLE_BOLD,
                      type == CCBNET_CHANGE_TYPE_ADDED ? C_("change", "added") :
                      type == CCBNET_CHANGE_TYPE_REMOVED ? C_("change", "removed") :
                                                           C_("change", "changed"));
  g_string_append_printf (out, " %s", ccbnet_change_get_list (change));
  if (*id != '\0')
    {
      g_string_append_c (out, ' ');
      tool_append_styled (out, TOOL_STYLE_ID, id);
    }

  if (type == CCBNET_CHANGE_TYPE_CHANGED)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) members);

      g_string_append_printf (out, ": %s\n", names);
      for (guint i = 0; members[i] != NULL; i++)
        {
          g_autofree char *before = ccbnet_change_dup_old_value (change, members[i]);
          g_autofree char *after = ccbnet_change_dup_new_value (change, members[i]);

          /* Translators: printed instead of a member's value where one of the two datasets
           * does not have the member: description: (none) → "a department" */
          const char *none = _("(none)");

          g_string_append_printf (out, "  %s: %s → %s\n", members[i],
                                  before != NULL ? before : none,
                                  after != NULL ? after : none);
        }
    }
  else
    {
      g_autofree char *record = type == CCBNET_CHANGE_TYPE_ADDED ?
                                ccbnet_change_dup_new_value (change, NULL) :
                                ccbnet_change_dup_old_value (change, NULL);

      g_string_append_printf (out, "\n  %s\n", record);
    }
}

/* {"change", "list", "id", "members": {MEMBER: {"old", "new"}}, "record"}: the values as JSON,
 * null where a side has no such member; "record" the whole record of one added or removed,
 * null for one changed. */
static void
json_change (ToolJson     *json,
             CcbnetChange *change)
{
  CcbnetChangeType type = ccbnet_change_get_change_type (change);
  const char * const *members = ccbnet_change_get_members (change);
  g_autofree char *record = NULL;

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "change", ccbnet_change_type_to_string (type));
  tool_json_string (json, "list", ccbnet_change_get_list (change));
  tool_json_string (json, "id", ccbnet_change_get_id (change));
  tool_json_begin_object (json, "members");
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autofree char *before = ccbnet_change_dup_old_value (change, members[i]);
      g_autofree char *after = ccbnet_change_dup_new_value (change, members[i]);

      tool_json_begin_object (json, members[i]);
      tool_json_value (json, "old", before);
      tool_json_value (json, "new", after);
      tool_json_end_object (json);
    }
  tool_json_end_object (json);
  if (type == CCBNET_CHANGE_TYPE_ADDED)
    record = ccbnet_change_dup_new_value (change, NULL);
  else if (type == CCBNET_CHANGE_TYPE_REMOVED)
    record = ccbnet_change_dup_old_value (change, NULL);
  tool_json_value (json, "record", record);
  tool_json_end_object (json);
}

static int
diff_run (int    argc,
          char **argv)
{
  g_autoptr(CcbnetRegistry) old = NULL;
  g_autoptr(CcbnetRegistry) new = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint counts[CCBNET_CHANGE_TYPE_CHANGED + 1] = { 0, };
  guint n;
  int status;

  if (argc != 3)
    return tool_usage_error ("diff", ngettext ("diff takes two FILEs, OLD and NEW, got %d argument",
                                                 "diff takes two FILEs, OLD and NEW, got %d arguments",
                                                 argc - 1), argc - 1);

  /* OLD first, so that when both are bad the message is about the first one named. */
  old = tool_open_file (argv[1]);
  if (old == NULL)
    return TOOL_EXIT_INVALID;
  new = tool_open_file (argv[2]);
  if (new == NULL)
    return TOOL_EXIT_INVALID;

  changes = ccbnet_registry_diff (old, new, &error);
  if (changes == NULL)
    {
      tool_error (_("%s"), error->message);
      return TOOL_EXIT_INVALID;
    }
  n = g_list_model_get_n_items (changes);

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_bool (json, "equal", n == 0);
      tool_json_begin_array (json, "changes");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetChange) change = g_list_model_get_item (changes, i);

          json_change (json, change);
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetChange) change = g_list_model_get_item (changes, i);

          text_change (out, change);
          counts[ccbnet_change_get_change_type (change)]++;
        }
      if (n > 0)
        {
          g_string_append_printf (out,
                                  /* Translators: the last line of `ccbnet diff`: the number of
                                   * changes, then how many records were added, removed and
                                   * changed */
                                  ngettext ("%u change: %u added, %u removed, %u changed",
                                            "%u changes: %u added, %u removed, %u changed", n),
                                  n, counts[CCBNET_CHANGE_TYPE_ADDED],
                                  counts[CCBNET_CHANGE_TYPE_REMOVED],
                                  counts[CCBNET_CHANGE_TYPE_CHANGED]);
          g_string_append_c (out, '\n');
        }
    }

  status = tool_finish (out);
  if (status != TOOL_EXIT_OK)
    return status;

  return n == 0 ? TOOL_EXIT_OK : TOOL_EXIT_DIFFERENT;
}

const ToolCommand tool_command_diff = {
  "diff", "OLD NEW",
  N_("Compare two datasets: the records added, removed and changed"),
  N_("Loads OLD and NEW (JSON or compiled) as --data would, and prints what differs, record by\n"
  "record: the records added, removed and changed, in the order of the lists (sources,\n"
  "sections, entities, relations), the removed and changed ones in OLD's order, then the added\n"
  "ones in NEW's. A record is its list and its id: a record whose name or dates changed is\n"
  "changed, not removed and added. A changed record names the members that differ, each with\n"
  "its old and new value as compact JSON, \"(none)\" where a side does not have it; a list (such\n"
  "as the citations of \"sources\") is one member. An added or removed record is printed whole.\n"
  "The dataset's title and license are compared too, as the list \"dataset\". The last line\n"
  "counts the changes; when the datasets are equal nothing is printed.\n"
  "\n"
  "Examples:\n"
  "  ccbnet diff data/ccbnet.json my-dataset.json\n"
  "  ccbnet diff --json old.json new.ccbnetdb\n"
  "\n"
  "Exit status: 0 the datasets are equal, 1 they differ, 2 a file does not load or cannot be\n"
  "read, 64 usage, 74 the output could not be written."),
  TOOL_STATUSES_OWN, NULL,
  NULL,
  TOOL_USES_JSON,
  diff_run,
};
