/* ccbnet-fields.c: --fields for `ccbnet list` and `ccbnet query`
 *
 * The fields are the keys of the records' documented JSON shapes (docs/cli.md, "JSON shapes"):
 * each record is written in its shape, read back with json-glib, and only the fields asked for
 * are kept, so that --fields can never name a field --json does not have, nor show it
 * differently. In text, a record (an entity at a relation's end) shows as its id, a list as its
 * items joined with commas, null as nothing.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ccbnet-describe.h"
#include "ccbnet-fields.h"

char **tool_opt_fields;

gboolean
tool_parse_fields_option (const char  *option,
                          const char  *value,
                          gpointer     data,
                          GError     **error)
{
  g_auto(GStrv) fields = g_strsplit (value, ",", -1);

  if (tool_opt_fields != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s is given twice; list every field in one, separated by commas"), option);
      return FALSE;
    }
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_strstrip (fields[i]);
      if (fields[i][0] == '\0')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s: an empty field in \"%s\"; expected field names separated by commas"),
                       option, value);
          return FALSE;
        }
    }
  tool_opt_fields = g_steal_pointer (&fields);

  return TRUE;
}

/* The first @n records of @records in their JSON shape, written as one array and parsed once:
 * a new array of JsonObject. */
static GPtrArray *
record_objects (GListModel *records,
                guint       n,
                gboolean    entities)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  JsonArray *array;

  {
    g_autoptr(ToolJson) json = tool_json_new (text);

    tool_json_begin_array (json, NULL);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GObject) record = g_list_model_get_item (records, i);

        if (entities)
          tool_json_entity_brief (json, NULL, CCBNET_ENTITY (record));
        else
          tool_json_relation (json, NULL, CCBNET_RELATION (record));
      }
    tool_json_end_array (json);
  }
  if (!json_parser_load_from_data (parser, text->str, text->len, &error))
    g_error ("--fields: the tool's own JSON does not parse: %s", error->message);
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (objects, json_object_ref (json_array_get_object_element (array, i)));

  return objects;
}

/* A value in text: strings as they are, records as their ids, lists joined with commas. */
static void
append_text (GString  *out,
             JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (json_object_has_member (object, "id"))
        append_text (out, json_object_get_member (object, "id"));
      else
        {
          g_autofree char *text = json_to_string (node, FALSE);

          g_string_append (out, text);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_text (out, json_array_get_element (array, i));
        }
    }
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    g_string_append (out, json_node_get_string (node));
  else
    {
      g_autofree char *text = json_to_string (node, FALSE);

      g_string_append (out, text);
    }
}

int
tool_print_fields (GString        *out,
                   const char     *command,
                   const char     *list_key,
                   GListModel     *records,
                   gboolean        entities,
                   CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) objects = record_objects (records, g_list_model_get_n_items (records),
                                                 entities);
  g_autoptr(JsonObject) sample = NULL;

  /* The fields the shape has: from the first record, or from any record of the dataset. */
  if (objects->len > 0)
    sample = json_object_ref (objects->pdata[0]);
  else
    {
      GListModel *all = entities ? ccbnet_registry_get_entities (registry)
                                 : ccbnet_registry_get_relations (registry);
      g_autoptr(GPtrArray) first = record_objects (all, MIN (g_list_model_get_n_items (all), 1),
                                                   entities);

      if (first->len > 0)
        sample = json_object_ref (first->pdata[0]);
    }
  for (guint f = 0; sample != NULL && tool_opt_fields[f] != NULL; f++)
    if (!json_object_has_member (sample, tool_opt_fields[f]))
      {
        g_autoptr(GList) members = json_object_get_members (sample);
        g_autoptr(GString) names = g_string_new (NULL);
        ToolClosest closest;

        tool_closest_init (&closest, tool_opt_fields[f], 3);
        for (GList *l = members; l != NULL; l = l->next)
          {
            g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", (const char *) l->data);
            tool_closest_offer (&closest, l->data);
          }
        if (closest.best != NULL && entities)
          /* Translators: the first %s is the field given, the second the closest field, the
           * third the fields (JSON keys, which stay as they are), separated by commas */
          return tool_usage_error (command, _("--fields: entities have no field \"%s\"; did you "
                                   "mean \"%s\"? (the fields: %s)"), tool_opt_fields[f],
                                   closest.best, names->str);
        if (closest.best != NULL)
          /* Translators: the first %s is the field given, the second the closest field, the
           * third the fields (JSON keys, which stay as they are), separated by commas */
          return tool_usage_error (command, _("--fields: relations have no field \"%s\"; did you "
                                   "mean \"%s\"? (the fields: %s)"), tool_opt_fields[f],
                                   closest.best, names->str);
        if (entities)
          /* Translators: the first %s is the field given, the second the fields (JSON keys, which
           * stay as they are), separated by commas */
          return tool_usage_error (command, _("--fields: entities have no field \"%s\"; the "
                                   "fields: %s"), tool_opt_fields[f], names->str);
        /* Translators: the first %s is the field given, the second the fields (JSON keys, which
         * stay as they are), separated by commas */
        return tool_usage_error (command, _("--fields: relations have no field \"%s\"; the "
                                 "fields: %s"), tool_opt_fields[f], names->str);
      }

  if (tool_opt_json)
    {
      /* Through the tool's JSON writer, in the layout of every other --json output. */
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, list_key);
      for (guint i = 0; i < objects->len; i++)
        {
          tool_json_begin_object (json, NULL);
          for (guint f = 0; tool_opt_fields[f] != NULL; f++)
            {
              g_autofree char *text = json_to_string (json_object_get_member (objects->pdata[i],
                                                                              tool_opt_fields[f]),
                                                      FALSE);

              tool_json_value (json, tool_opt_fields[f], text);
            }
          tool_json_end_object (json);
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
      return TOOL_EXIT_OK;
    }

  if (objects->len == 0)
    {
      tool_note ("%s", entities ? _("No matching entities.") : _("No matching relations."));
      return TOOL_EXIT_OK;
    }
  {
    guint n_fields = g_strv_length (tool_opt_fields);
    g_autoptr(ToolTable) table = tool_table_new (n_fields);
    g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

    for (guint f = 0; f < n_fields; f++)
      g_ptr_array_add (cells, g_ascii_strup (tool_opt_fields[f], -1));
    g_ptr_array_add (cells, NULL);
    tool_table_header_take (table, (char **) g_ptr_array_steal (cells, NULL));
    for (guint i = 0; i < objects->len; i++)
      {
        char **row = g_new0 (char *, n_fields + 1);

        for (guint f = 0; f < n_fields; f++)
          {
            GString *cell = g_string_new (NULL);

            append_text (cell, json_object_get_member (objects->pdata[i], tool_opt_fields[f]));
            row[f] = g_string_free (cell, FALSE);
          }
        tool_table_add_take (table, row);
      }
    tool_table_print (table, out, 0);
  }

  return TOOL_EXIT_OK;
}
