/* ccbnet-cmd-path.c: `ccbnet path FROM TO` — the chains of relations linking two entities
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-describe.h"
#include "ccbnet-walk.h"

static int opt_max_hops;
static int opt_max_paths = 100;
static gboolean opt_all;

static const GOptionEntry entries[] = {
  { "max-hops", 'm', 0, G_OPTION_ARG_INT, &opt_max_hops,
    "Consider chains of at most N relations (default: no limit)", "N" },
  TOOL_WALK_OPTIONS,
  { "all", 'a', 0, G_OPTION_ARG_NONE, &opt_all,
    "Every shortest chain, not only the first (at most --max-paths)", NULL },
  { "max-paths", 0, 0, G_OPTION_ARG_INT, &opt_max_paths,
    "With --all, at most N chains (default: 100)", "N" },
  { NULL }
};

/* The chain of @path (entities and relations in turn) on one line. */
static void
append_chain (GString    *out,
              GListModel *path)
{
  g_autoptr(CcbnetEntity) from = g_list_model_get_item (path, 0);

  tool_append_styled (out, TOOL_STYLE_BOLD, tool_label (from));
  for (guint i = 1; i + 1 < g_list_model_get_n_items (path); i += 2)
    {
      g_autoptr(CcbnetEntity) at = g_list_model_get_item (path, i - 1);
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, i);
      g_autoptr(CcbnetEntity) next = g_list_model_get_item (path, i + 1);

      tool_append_step (out, relation, at, next);
    }
}

static void
json_steps (ToolJson   *json,
            GListModel *path)
{
  tool_json_begin_array (json, "steps");
  for (guint i = 1; i + 1 < g_list_model_get_n_items (path); i += 2)
    {
      g_autoptr(CcbnetEntity) at = g_list_model_get_item (path, i - 1);
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, i);
      g_autoptr(CcbnetEntity) next = g_list_model_get_item (path, i + 1);

      tool_json_step (json, relation, at, next);
    }
  tool_json_end_array (json);
}

static int
path_run (int    argc,
          char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) from = NULL;
  g_autoptr(CcbnetEntity) to = NULL;
  g_autoptr(CcbnetQuery) query = NULL;
  g_autoptr(GListModel) paths = NULL;
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status = TOOL_EXIT_OK;
  guint n_paths, hops;

  if (argc != 3)
    return tool_usage_error ("path", "path takes two entities, FROM and TO (%d given)", argc - 1);
  if (opt_max_hops < 0)
    return tool_usage_error ("path", "--max-hops: expected a number of relations, 0 or more "
                             "(0: no limit), got %d", opt_max_hops);
  if (opt_max_paths < 1)
    return tool_usage_error ("path", "--max-paths: expected a number of chains, 1 or more, got %d",
                             opt_max_paths);
  status = tool_walk_check ("path");
  if (status != TOOL_EXIT_OK)
    return status;

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  from = tool_resolve_entity (registry, argv[1], &status);
  if (from == NULL)
    return status;
  to = tool_resolve_entity (registry, argv[2], &status);
  if (to == NULL)
    return status;

  query = tool_walk_query ();
  paths = ccbnet_registry_find_paths (registry, from, to, query, tool_walk_flags (),
                                      (guint) opt_max_hops, opt_all ? (guint) opt_max_paths : 1);
  if (paths == NULL)
    {
      g_autofree char *limits = tool_walk_limits ();

      if (opt_max_hops > 0)
        tool_error ("no chain of at most %d relation%s%s links %s and %s", opt_max_hops,
                    opt_max_hops == 1 ? "" : "s", limits, ccbnet_entity_get_id (from),
                    ccbnet_entity_get_id (to));
      else
        tool_error ("no chain of relations%s links %s and %s", limits,
                    ccbnet_entity_get_id (from), ccbnet_entity_get_id (to));
      return TOOL_EXIT_NOT_FOUND;
    }
  n_paths = g_list_model_get_n_items (paths);
  first = g_list_model_get_item (paths, 0);
  hops = g_list_model_get_n_items (first) / 2;

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_entity_ref (json, "from", from);
      tool_json_entity_ref (json, "to", to);
      tool_json_int (json, "hops", hops);
      if (!opt_all)
        json_steps (json, first);
      else
        {
          tool_json_begin_array (json, "paths");
          for (guint p = 0; p < n_paths; p++)
            {
              g_autoptr(GListModel) path = g_list_model_get_item (paths, p);

              tool_json_begin_object (json, NULL);
              json_steps (json, path);
              tool_json_end_object (json);
            }
          tool_json_end_array (json);
        }
      tool_json_end_object (json);
      return tool_finish (out);
    }

  if (hops == 0)
    {
      g_string_append_printf (out, "%s and %s are the same entity (%s).\n", argv[1], argv[2],
                              ccbnet_entity_get_id (from));
      return tool_finish (out);
    }

  /* The chains, one a line, then each relation they take with its qualifiers. */
  {
    g_autoptr(GListStore) relations = g_list_store_new (CCBNET_TYPE_RELATION);
    g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);

    if (opt_all)
      g_string_append_printf (out, "%u shortest chain%s of %u relation%s%s:\n", n_paths,
                              n_paths == 1 ? "" : "s", hops, hops == 1 ? "" : "s",
                              n_paths == (guint) opt_max_paths ? " (the first, --max-paths)" : "");
    for (guint p = 0; p < n_paths; p++)
      {
        g_autoptr(GListModel) path = g_list_model_get_item (paths, p);

        if (opt_all)
          g_string_append_printf (out, "%u. ", p + 1);
        append_chain (out, path);
        g_string_append_c (out, '\n');
        for (guint i = 1; i < g_list_model_get_n_items (path); i += 2)
          {
            g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, i);

            if (g_hash_table_add (listed, relation))
              g_list_store_append (relations, relation);
          }
      }
    g_string_append_printf (out, "\n%u relation%s:\n", g_list_model_get_n_items (G_LIST_MODEL (relations)),
                            g_list_model_get_n_items (G_LIST_MODEL (relations)) == 1 ? "" : "s");
    tool_text_relations (out, G_LIST_MODEL (relations), 2);
  }

  return tool_finish (out);
}

const ToolCommand tool_command_path = {
  "path", "FROM TO",
  "The shortest chains of relations between two entities",
  "Relations are followed in either direction; the chain is one of the shortest, or with --all\n"
  "every shortest one. In the text output, \"A -kind-> B\" follows a relation from subject to\n"
  "object and \"A <-kind- B\" against it (B is the subject).\n"
  "\n"
  TOOL_WALK_HELP
  "Examples:\n"
  "  ccbnet path CCB FIRST\n"
  "  ccbnet path Belgium NATO --through-qualifiers\n"
  "  ccbnet path CCB ENISA --all --kind participates-in --include-subkinds\n"
  "\n"
  TOOL_EXIT_STATUS_NOT_FOUND ("an unknown name or id, or no chain links the two"),
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  path_run,
};
