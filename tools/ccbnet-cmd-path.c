/* ccbnet-cmd-path.c: `ccbnet path FROM TO` — the chains of relations linking two entities
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"
#include "ccbnet-walk.h"

static int opt_max_hops;
static int opt_max_paths = 100;
static gboolean opt_all;

static const GOptionEntry entries[] = {
  { "max-hops", 'm', 0, G_OPTION_ARG_INT, &opt_max_hops,
    N_("Consider chains of at most N relations (default: no limit)"), "N" },
  TOOL_WALK_OPTIONS,
  { "all", 'a', 0, G_OPTION_ARG_NONE, &opt_all,
    N_("Every shortest chain, not only the first (at most --max-paths)"), NULL },
  { "max-paths", 0, 0, G_OPTION_ARG_INT, &opt_max_paths,
    N_("With --all, at most N chains (default: 100)"), "N" },
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
  guint n_paths, hops, n_relations;

  if (argc != 3)
    return tool_usage_error ("path", _("path takes two entities, FROM and TO (%d given)"), argc - 1);
  if (opt_max_hops < 0)
    return tool_usage_error ("path", _("--max-hops: expected a number of relations, 0 or more "
                             "(0: no limit), got %d"), opt_max_hops);
  if (opt_max_paths < 1)
    return tool_usage_error ("path", _("--max-paths: expected a number of chains, 1 or more, got %d"),
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
        /* Translators: the second %s is what limits the walk, such as " (member-of, as of
         * 2024-01-01)", or nothing */
        tool_error (ngettext ("no chain of at most %d relation%s links %s and %s",
                              "no chain of at most %d relations%s links %s and %s", opt_max_hops),
                    opt_max_hops, limits, ccbnet_entity_get_id (from), ccbnet_entity_get_id (to));
      else
        tool_error (_("no chain of relations%s links %s and %s"), limits,
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
      /* Translators: FROM and TO as given on the command line, then the id of the entity both
       * name */
      g_string_append_printf (out, _("%s and %s are the same entity (%s)."), argv[1], argv[2],
                              ccbnet_entity_get_id (from));
      g_string_append_c (out, '\n');
      return tool_finish (out);
    }

  /* The chains, one a line, then each relation they take with its qualifiers. */
  {
    g_autoptr(GListStore) relations = g_list_store_new (CCBNET_TYPE_RELATION);
    g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);

    if (opt_all)
      {
        /* Translators: the start of the heading of `ccbnet path --all`, which the next message
         * ends: "2 shortest chains of 3 relations:" */
        g_autofree char *chains = g_strdup_printf (ngettext ("%u shortest chain",
                                                             "%u shortest chains", n_paths),
                                                   n_paths);

        if (n_paths == (guint) opt_max_paths)
          g_string_append_printf (out,
                                  /* Translators: the heading of `ccbnet path --all` when there
                                   * may be more chains than --max-paths allows: %s is "2
                                   * shortest chains", %u the number of relations of each */
                                  ngettext ("%s of %u relation (the first, --max-paths):",
                                            "%s of %u relations (the first, --max-paths):", hops),
                                  chains, hops);
        else
          g_string_append_printf (out,
                                  /* Translators: the heading of `ccbnet path --all`: %s is "2
                                   * shortest chains", %u the number of relations of each */
                                  ngettext ("%s of %u relation:", "%s of %u relations:", hops),
                                  chains, hops);
        g_string_append_c (out, '\n');
      }
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
    n_relations = g_list_model_get_n_items (G_LIST_MODEL (relations));
    g_string_append_c (out, '\n');
    /* Translators: the heading of the relations a chain takes, listed under it */
    g_string_append_printf (out, ngettext ("%u relation:", "%u relations:", n_relations),
                            n_relations);
    g_string_append_c (out, '\n');
    tool_text_relations (out, G_LIST_MODEL (relations), 2);
  }

  return tool_finish (out);
}

const ToolCommand tool_command_path = {
  "path", "FROM TO",
  N_("The shortest chains of relations between two entities"),
  N_("Relations are followed in either direction; the chain is one of the shortest, or with --all\n"
  "every shortest one. In the text output, \"A -kind-> B\" follows a relation from subject to\n"
  "object and \"A <-kind- B\" against it (B is the subject)."),
  TOOL_STATUSES_NOT_FOUND, N_("an unknown name or id, or no chain links the two"),
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON | TOOL_USES_WALK,
  path_run,
  N_("Examples:\n"
  "  ccbnet path CCB FIRST\n"
  "  ccbnet path Belgium NATO --through-qualifiers\n"
  "  ccbnet path CCB ENISA --all --kind participates-in --include-subkinds"),
};
