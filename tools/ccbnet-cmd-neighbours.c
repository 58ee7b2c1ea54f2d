/* ccbnet-cmd-neighbours.c: `ccbnet neighbours ENTITY` — everything within N relations
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"
#include "ccbnet-walk.h"

static int opt_depth = 1;

static const GOptionEntry entries[] = {
  { "depth", 'n', 0, G_OPTION_ARG_INT, &opt_depth,
    N_("Look N relations away (default: 1, the entity's own relations)"), "N" },
  TOOL_WALK_OPTIONS,
  { NULL }
};

/* The entities the relations link, each with its distance from @entity (in @distance, plus
 * one), in the order the relations reach them. The neighbourhood's relations come nearest
 * first: when a relation is met, one of the entities it links already has its distance, and
 * the others are one further. */
static GPtrArray *
distances (CcbnetEntity *entity,
           GListModel   *relations,
           GHashTable   *distance)
{
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (relations);

  g_hash_table_insert (distance, entity, GUINT_TO_POINTER (1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      CcbnetEntity *linked[5] = {
        ccbnet_relation_get_subject (relation), ccbnet_relation_get_object (relation),
        tool_walk_through_qualifiers ? ccbnet_relation_get_on_behalf_of (relation) : NULL,
        tool_walk_through_qualifiers ? ccbnet_relation_get_via (relation) : NULL,
        tool_walk_through_qualifiers ? ccbnet_relation_get_context (relation) : NULL,
      };
      guint nearest = G_MAXUINT;

      for (guint k = 0; k < G_N_ELEMENTS (linked); k++)
        if (linked[k] != NULL && g_hash_table_contains (distance, linked[k]))
          nearest = MIN (nearest, GPOINTER_TO_UINT (g_hash_table_lookup (distance, linked[k])));
      g_assert (nearest != G_MAXUINT);
      for (guint k = 0; k < G_N_ELEMENTS (linked); k++)
        if (linked[k] != NULL && !g_hash_table_contains (distance, linked[k]))
          {
            g_ptr_array_add (order, g_object_ref (linked[k]));
            g_hash_table_insert (distance, linked[k], GUINT_TO_POINTER (nearest + 1));
          }
    }

  return order;
}

static int
neighbours_run (int    argc,
                char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) entity = NULL;
  g_autoptr(CcbnetQuery) query = NULL;
  g_autoptr(GListModel) relations = NULL;
  g_autoptr(GHashTable) distance = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status = TOOL_EXIT_OK;
  guint n_relations;

  if (argc != 2)
    return tool_usage_error ("neighbours", _("neighbours takes one entity (%d given)"), argc - 1);
  if (opt_depth < 1)
    return tool_usage_error ("neighbours", _("--depth: expected a number of relations, 1 or more, "
                             "got %d"), opt_depth);
  status = tool_walk_check ("neighbours");
  if (status != TOOL_EXIT_OK)
    return status;

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;
  entity = tool_resolve_entity (registry, argv[1], &status);
  if (entity == NULL)
    return status;

  query = tool_walk_query ();
  relations = ccbnet_registry_query_neighbourhood (registry, entity, (guint) opt_depth, query,
                                                   tool_walk_flags ());
  n_relations = g_list_model_get_n_items (relations);
  entities = distances (entity, relations, distance);

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_entity_ref (json, "entity", entity);
      tool_json_int (json, "depth", opt_depth);
      tool_json_begin_array (json, "entities");
      for (guint i = 0; i < entities->len; i++)
        {
          tool_json_begin_object (json, NULL);
          tool_json_int (json, "distance",
                         GPOINTER_TO_UINT (g_hash_table_lookup (distance, entities->pdata[i])) - 1);
          tool_json_entity_brief (json, "entity", entities->pdata[i]);
          tool_json_end_object (json);
        }
      tool_json_end_array (json);
      tool_json_begin_array (json, "relations");
      for (guint i = 0; i < n_relations; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

          tool_json_relation (json, NULL, relation);
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
      return tool_finish (out);
    }

  if (n_relations == 0)
    {
      g_autofree char *limits = tool_walk_limits ();

      tool_note (_("No relation%s links %s to anything."), limits, ccbnet_entity_get_id (entity));
      return tool_finish (out);
    }

  {
    g_autoptr(GString) label = g_string_new (NULL);
    g_autofree char *n_entities_text = NULL;
    g_autofree char *n_relations_text = NULL;

    tool_append_styled (label, TOOL_STYLE_BOLD, tool_label (entity));
    /* Translators: a count in the first line of `ccbnet neighbours`, "Within 2 relations of
     * ENISA: 11 entities, 12 relations." */
    n_entities_text = g_strdup_printf (ngettext ("%u entity", "%u entities", entities->len),
                                       entities->len);
    /* Translators: a count in the first line of `ccbnet neighbours`, "Within 2 relations of
     * ENISA: 11 entities, 12 relations." */
    n_relations_text = g_strdup_printf (ngettext ("%u relation", "%u relations", n_relations),
                                        n_relations);
    g_string_append_printf (out,
                            /* Translators: the first line of `ccbnet neighbours`: %d is --depth,
                             * then the entity's name, "11 entities" and "12 relations" */
                            ngettext ("Within %d relation of %s: %s, %s.",
                                      "Within %d relations of %s: %s, %s.", (gulong) opt_depth),
                            opt_depth, label->str, n_entities_text, n_relations_text);
    g_string_append_c (out, '\n');
  }
  for (guint i = 0; i < entities->len;)
    {
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (distance, entities->pdata[i]));
      g_autoptr(ToolTable) table = tool_entity_table ();
      guint j;

      for (j = i; j < entities->len && GPOINTER_TO_UINT (g_hash_table_lookup (distance, entities->pdata[j])) == d; j++)
        tool_entity_row (table, entities->pdata[j]);
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: the heading of the entities %u relations away
                               * from the entity, then how many they are, "2 relations away (7):" */
                              ngettext ("%u relation away (%u):", "%u relations away (%u):", d - 1),
                              d - 1, j - i);
      g_string_append_c (out, '\n');
      tool_table_print (table, out, 2);
      i = j;
    }
  g_string_append_c (out, '\n');
  /* Translators: the heading of the relations of the neighbourhood, listed under it */
  g_string_append_printf (out, ngettext ("%u relation:", "%u relations:", n_relations), n_relations);
  g_string_append_c (out, '\n');
  tool_text_relations (out, relations, 2);

  return tool_finish (out);
}

const ToolCommand tool_command_neighbours = {
  "neighbours", "ENTITY",
  N_("Everything within N relations of an entity"),
  N_("The relations of every walk of at most --depth relations from ENTITY, in either direction,\n"
  "and the entities they reach, grouped by how many relations away they are. The relations\n"
  "come nearest first, in dataset order within each distance."),
  TOOL_STATUSES_NOT_FOUND, N_("an unknown name or id"),
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON | TOOL_USES_WALK,
  neighbours_run,
  N_("Examples:\n"
  "  ccbnet neighbours ENISA --depth 2\n"
  "  ccbnet neighbours Belgium --through-qualifiers --kind represents-in"),
};
