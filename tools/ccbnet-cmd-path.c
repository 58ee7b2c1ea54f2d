/* ccbnet-cmd-path.c: `ccbnet path FROM TO` — the chain of relations linking two entities
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-describe.h"

static int opt_max_hops;

static const GOptionEntry entries[] = {
  { "max-hops", 'm', 0, G_OPTION_ARG_INT, &opt_max_hops,
    "Consider chains of at most N relations (default: no limit)", "N" },
  { NULL }
};

/* "A -kind-> B" when the step goes from subject to object, "A <-kind- B" when it goes
 * against the relation. */
static void
append_step (GString        *out,
             CcbnetRelation *relation,
             CcbnetEntity   *from)
{
  const char *kind = ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation));
  gboolean forward = ccbnet_relation_get_subject (relation) == from;

  g_string_append (out, forward ? " -" : " <-");
  tool_append_styled (out, TOOL_STYLE_BOLD, kind);
  g_string_append (out, forward ? "-> " : "- ");
  g_string_append (out, tool_label (ccbnet_relation_get_other_end (relation, from)));
}

static int
path_run (int    argc,
          char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) from = NULL;
  g_autoptr(CcbnetEntity) to = NULL;
  g_autoptr(GListModel) path = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status = TOOL_EXIT_OK;
  CcbnetEntity *at;
  guint n;

  if (argc != 3)
    return tool_usage_error ("path", "path takes two entities, FROM and TO (%d given)", argc - 1);
  if (opt_max_hops < 0)
    return tool_usage_error ("path", "--max-hops: expected a number of relations, 0 or more "
                             "(0: no limit), got %d", opt_max_hops);

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  from = tool_resolve_entity (registry, argv[1], &status);
  if (from == NULL)
    return status;
  to = tool_resolve_entity (registry, argv[2], &status);
  if (to == NULL)
    return status;

  path = ccbnet_registry_find_path (registry, from, to, (guint) opt_max_hops);
  if (path == NULL)
    {
      if (opt_max_hops > 0)
        tool_error ("no chain of at most %d relation%s links %s and %s", opt_max_hops,
                    opt_max_hops == 1 ? "" : "s", ccbnet_entity_get_id (from),
                    ccbnet_entity_get_id (to));
      else
        tool_error ("no chain of relations links %s and %s", ccbnet_entity_get_id (from),
                    ccbnet_entity_get_id (to));
      return TOOL_EXIT_NOT_FOUND;
    }
  n = g_list_model_get_n_items (path);

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_entity_ref (json, "from", from);
      tool_json_entity_ref (json, "to", to);
      tool_json_int (json, "hops", n);
      tool_json_begin_array (json, "steps");
      at = from;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, i);
          CcbnetEntity *next = ccbnet_relation_get_other_end (relation, at);

          tool_json_begin_object (json, NULL);
          tool_json_entity_ref (json, "from", at);
          tool_json_entity_ref (json, "to", next);
          tool_json_string (json, "direction",
                            ccbnet_relation_get_subject (relation) == at ? "forward" : "backward");
          tool_json_relation (json, "relation", relation);
          tool_json_end_object (json);
          at = next;
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
      return tool_finish (out);
    }

  if (n == 0)
    {
      g_string_append_printf (out, "%s and %s are the same entity (%s).\n", argv[1], argv[2],
                              ccbnet_entity_get_id (from));
      return tool_finish (out);
    }

  /* The chain on one line, then each relation with its qualifiers. */
  tool_append_styled (out, TOOL_STYLE_BOLD, tool_label (from));
  at = from;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, i);

      append_step (out, relation, at);
      at = ccbnet_relation_get_other_end (relation, at);
    }
  g_string_append_printf (out, "\n\n%u relation%s:\n", n, n == 1 ? "" : "s");
  tool_text_relations (out, path, 2);

  return tool_finish (out);
}

const ToolCommand tool_command_path = {
  "path", "FROM TO",
  "The shortest chain of relations between two entities",
  "Relations are followed in either direction; the chain is one of the shortest. In the\n"
  "text output, \"A -kind-> B\" follows a relation from subject to object and \"A <-kind- B\"\n"
  "against it (B is the subject).\n"
  "\n"
  "Example:\n"
  "  ccbnet path CCB FIRST\n"
  "\n"
  TOOL_EXIT_STATUS_TEXT,
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  path_run,
};
