/* ccbnet-describe.c: records as text blocks, table rows and JSON objects
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "ccbnet-describe.h"

/* JSON */

/* {"id", "label"}, or null. */
void
tool_json_entity_ref (ToolJson     *json,
                      const char   *key,
                      CcbnetEntity *entity)
{
  if (entity == NULL)
    {
      tool_json_null (json, key);
      return;
    }

  tool_json_begin_object (json, key);
  tool_json_string (json, "id", ccbnet_entity_get_id (entity));
  tool_json_string (json, "label", tool_label (entity));
  tool_json_end_object (json);
}

void
tool_json_entity_brief (ToolJson     *json,
                        const char   *key,
                        CcbnetEntity *entity)
{
  tool_json_begin_object (json, key);
  tool_json_string (json, "id", ccbnet_entity_get_id (entity));
  tool_json_string (json, "name", ccbnet_entity_get_name (entity));
  tool_json_string (json, "label", tool_label (entity));
  tool_json_string (json, "short_name", ccbnet_entity_get_short_name (entity));
  tool_json_string (json, "entity_type",
                    ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity)));
  tool_json_string (json, "classification", ccbnet_entity_get_classification (entity));
  tool_json_string (json, "scope", ccbnet_scope_to_string (ccbnet_entity_get_scope (entity)));
  tool_json_string (json, "section", ccbnet_section_get_id (ccbnet_entity_get_section (entity)));
  tool_json_end_object (json);
}

void
tool_json_citations (ToolJson   *json,
                     const char *key,
                     GPtrArray  *citations)
{
  tool_json_begin_array (json, key);
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    {
      CcbnetCitation *citation = citations->pdata[i];

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "source",
                        ccbnet_document_get_id (ccbnet_citation_get_document (citation)));
      tool_json_string (json, "quote", ccbnet_citation_get_quote (citation));
      tool_json_end_object (json);
    }
  tool_json_end_array (json);
}

void
tool_json_relation (ToolJson       *json,
                    const char     *key,
                    CcbnetRelation *relation)
{
  g_autofree char *sentence = tool_relation_sentence (relation);
  g_autofree char *condition = tool_condition_words (relation);
  g_auto(GStrv) levels = ccbnet_level_to_strv (ccbnet_relation_get_levels (relation));
  CcbnetCondition condition_value = ccbnet_relation_get_condition (relation);
  CcbnetCadence cadence = ccbnet_relation_get_cadence (relation);
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);

  tool_json_begin_object (json, key);
  tool_json_string (json, "id", ccbnet_relation_get_id (relation));
  tool_json_string (json, "kind",
                    ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)));
  tool_json_entity_ref (json, "subject", ccbnet_relation_get_subject (relation));
  tool_json_entity_ref (json, "object", ccbnet_relation_get_object (relation));
  tool_json_string (json, "sentence", sentence);
  tool_json_entity_ref (json, "on_behalf_of", ccbnet_relation_get_on_behalf_of (relation));
  tool_json_entity_ref (json, "via", ccbnet_relation_get_via (relation));
  tool_json_entity_ref (json, "context", ccbnet_relation_get_context (relation));
  tool_json_entity_ref (json, "capacity", ccbnet_relation_get_capacity (relation));
  tool_json_entity_ref (json, "legal_basis", ccbnet_relation_get_legal_basis (relation));
  tool_json_entity_ref (json, "framework", ccbnet_relation_get_framework (relation));
  tool_json_begin_array (json, "jointly_with");
  for (guint i = 0; co_actors != NULL && i < co_actors->len; i++)
    tool_json_entity_ref (json, NULL, co_actors->pdata[i]);
  tool_json_end_array (json);
  tool_json_string (json, "condition", condition_value != CCBNET_CONDITION_NONE ?
                                       ccbnet_condition_to_string (condition_value) : NULL);
  tool_json_string (json, "condition_words", condition);
  tool_json_string (json, "condition_text", ccbnet_relation_get_condition_text (relation));
  tool_json_entity_ref (json, "condition_ref", ccbnet_relation_get_condition_ref (relation));
  tool_json_string (json, "cadence", cadence != CCBNET_CADENCE_UNSPECIFIED ?
                                     ccbnet_cadence_to_string (cadence) : NULL);
  tool_json_string (json, "cadence_words", ccbnet_cadence_get_label (cadence));
  tool_json_string (json, "cadence_text", ccbnet_relation_get_cadence_text (relation));
  tool_json_string (json, "role", ccbnet_relation_get_role (relation));
  tool_json_string (json, "topic", ccbnet_relation_get_topic (relation));
  tool_json_strv (json, "levels", (const char * const *) levels);
  tool_json_bool (json, "non_exhaustive", ccbnet_relation_get_non_exhaustive (relation));
  tool_json_string (json, "start_date", ccbnet_relation_get_start_date (relation));
  tool_json_string (json, "end_date", ccbnet_relation_get_end_date (relation));
  tool_json_bool (json, "ended", ccbnet_relation_get_ended (relation));
  tool_json_strv (json, "supersedes", ccbnet_relation_get_supersedes (relation));
  tool_json_strv (json, "superseded_by", ccbnet_relation_get_superseded_by (relation));
  tool_json_string (json, "note", ccbnet_relation_get_note (relation));
  tool_json_string (json, "section",
                    ccbnet_section_get_id (ccbnet_relation_get_section (relation)));
  tool_json_citations (json, "sources", ccbnet_relation_get_sources (relation));
  tool_json_end_object (json);
}

void
tool_json_section_members (ToolJson      *json,
                           CcbnetSection *section)
{
  g_auto(GStrv) languages = ccbnet_section_dup_languages (section);

  tool_json_string (json, "id", ccbnet_section_get_id (section));
  tool_json_string (json, "scope",
                    ccbnet_scope_to_string (ccbnet_section_get_scope (section)));
  tool_json_int (json, "position", ccbnet_section_get_position (section));
  tool_json_string (json, "heading", tool_section_heading (section));
  tool_json_begin_object (json, "headings");
  for (guint i = 0; languages[i] != NULL; i++)
    tool_json_string (json, languages[i], ccbnet_section_get_heading (section, languages[i]));
  tool_json_end_object (json);
}

void
tool_json_section (ToolJson      *json,
                   const char    *key,
                   CcbnetSection *section)
{
  tool_json_begin_object (json, key);
  tool_json_section_members (json, section);
  tool_json_end_object (json);
}

void
tool_json_document (ToolJson       *json,
                    const char     *key,
                    CcbnetDocument *document)
{
  tool_json_begin_object (json, key);
  tool_json_string (json, "id", ccbnet_document_get_id (document));
  tool_json_string (json, "kind",
                    ccbnet_document_kind_to_string (ccbnet_document_get_kind (document)));
  tool_json_string (json, "title", ccbnet_document_get_title (document));
  tool_json_string (json, "publisher", ccbnet_document_get_publisher (document));
  tool_json_string (json, "url", ccbnet_document_get_url (document));
  tool_json_string (json, "language", ccbnet_document_get_language (document));
  tool_json_string (json, "retrieved", ccbnet_document_get_retrieved (document));
  tool_json_string (json, "published", ccbnet_document_get_published (document));
  tool_json_string (json, "edition", ccbnet_document_get_edition (document));
  tool_json_string (json, "file", ccbnet_document_get_file (document));
  tool_json_string (json, "note", ccbnet_document_get_note (document));
  tool_json_end_object (json);
}

/* Tables */

ToolTable *
tool_entity_table (void)
{
  ToolTable *table = tool_table_new (4);

  /* Translators: the headings of a table's columns, in capitals as the English ones */
  tool_table_header (table, C_("column", "ID"), C_("column", "TYPE"), C_("column", "SCOPE"),
                     C_("column", "NAME"), NULL);
  tool_table_set_style (table, 0, TOOL_STYLE_ID);

  return table;
}

void
tool_entity_row (ToolTable    *table,
                 CcbnetEntity *entity)
{
  g_autofree char *label = tool_label_long (entity);

  tool_table_add (table, ccbnet_entity_get_id (entity),
                  ccbnet_entity_type_get_label (ccbnet_entity_get_entity_type (entity)),
                  ccbnet_scope_get_label (ccbnet_entity_get_scope (entity)), label, NULL);
}

/* Text blocks */

void
tool_text_heading (GString    *out,
                   const char *heading)
{
  tool_append_styled (out, TOOL_STYLE_HEADING, heading);
  g_string_append_c (out, '\n');
}

static void
append_spaces (GString *out,
               guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_c (out, ' ');
}

/* The widest relation id of @relations, to align their blocks. */
guint
tool_relation_id_width (GListModel *relations)
{
  guint n = g_list_model_get_n_items (relations);
  guint width = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      width = MAX (width, tool_text_width (ccbnet_relation_get_id (relation)));
    }

  return width;
}

/* "ID  SENTENCE" and one line per qualifier under it; the id is padded to @id_width. */
void
tool_text_relation (GString        *out,
                    CcbnetRelation *relation,
                    guint           indent,
                    guint           id_width)
{
  const char *id = ccbnet_relation_get_id (relation);
  g_autoptr(GPtrArray) pairs = tool_relation_qualifiers (relation);
  g_autofree char *sentence = tool_relation_sentence (relation);
  guint value_indent = indent + MAX (id_width, tool_text_width (id)) + 2;
  guint label_width;

  append_spaces (out, indent);
  tool_append_padded (out, TOOL_STYLE_ID, id, id_width);
  g_string_append (out, "  ");
  g_string_append (out, sentence);
  g_string_append_c (out, '\n');

  label_width = pairs->len > 0 ? tool_qualifier_width () : 0;
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      append_spaces (out, value_indent);
      tool_append_padded (out, TOOL_STYLE_DIM, pairs->pdata[i], label_width);
      g_string_append (out, "  ");
      g_string_append (out, pairs->pdata[i + 1]);
      g_string_append_c (out, '\n');
    }
}

/* Every relation of @relations as a block. */
void
tool_text_relations (GString    *out,
                     GListModel *relations,
                     guint       indent)
{
  guint n = g_list_model_get_n_items (relations);
  guint id_width = tool_relation_id_width (relations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      tool_text_relation (out, relation, indent, id_width);
    }
}
