/* ccbnet-cmd-why.c: `ccbnet why RELATION-OR-ENTITY` — the sources and verbatim sentences
 * behind a fact
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include <string.h>

#include "ccbnet-describe.h"

/* A name that cites a document, for "names from other documents". */
typedef struct
{
  const char     *kind;
  const char     *language;
  const char     *text;
  CcbnetDocument *source;
} SourcedName;

static void
add_document (GPtrArray      *documents,
              CcbnetDocument *document)
{
  if (document != NULL && !g_ptr_array_find (documents, document, NULL))
    g_ptr_array_add (documents, document);
}

static GArray *
sourced_names (CcbnetEntity *entity)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (SourcedName));
  GPtrArray *others = ccbnet_entity_get_other_names (entity);

  if (ccbnet_entity_get_name_source (entity) != NULL)
    {
      /* The kinds are JSON values; the text output translates them (name_kind_label ()). */
      SourcedName name = { "name", "en", ccbnet_entity_get_name (entity),
                           ccbnet_entity_get_name_source (entity) };

      g_array_append_val (names, name);
    }
  for (guint i = 0; others != NULL && i < others->len; i++)
    {
      CcbnetName *other = others->pdata[i];
      SourcedName name = { "other", ccbnet_name_get_language (other), ccbnet_name_get_text (other),
                           ccbnet_name_get_source (other) };

      if (name.source != NULL)
        g_array_append_val (names, name);
    }

  return names;
}

/* A name's kind as the text output prints it, in the words of `ccbnet show`'s names. */
static const char *
name_kind_label (const char *kind)
{
  return g_str_equal (kind, "name") ? C_("name", "name") : C_("name", "other");
}

static void
text_citations (GString   *out,
                GPtrArray *citations)
{
  g_autoptr(ToolTable) table = tool_table_new (2);

  tool_table_set_style (table, 0, TOOL_STYLE_ID);
  for (guint i = 0; i < citations->len; i++)
    {
      CcbnetCitation *citation = citations->pdata[i];
      /* Translators: a sentence quoted from a document, in the quotation marks of the language */
      g_autofree char *quote = g_strdup_printf (_("“%s”"), ccbnet_citation_get_quote (citation));

      tool_table_add (table, ccbnet_document_get_id (ccbnet_citation_get_document (citation)),
                      quote, NULL);
    }

  g_string_append_c (out, '\n');
  tool_text_heading (out, _("Sentences"));
  tool_table_print (table, out, 2);
}

static void
text_documents (GString   *out,
                GPtrArray *documents)
{
  guint width = 0;
  g_autofree char *padding = NULL;

  for (guint i = 0; i < documents->len; i++)
    width = MAX (width, tool_text_width (ccbnet_document_get_id (documents->pdata[i])));
  padding = g_strnfill (width + 4, ' ');

  g_string_append_c (out, '\n');
  tool_text_heading (out, _("Documents"));
  for (guint i = 0; i < documents->len; i++)
    {
      CcbnetDocument *document = documents->pdata[i];
      const char *url = ccbnet_document_get_url (document);
      const char *retrieved = ccbnet_document_get_retrieved (document);

      g_string_append (out, "  ");
      tool_append_padded (out, TOOL_STYLE_ID, ccbnet_document_get_id (document), width);
      g_string_append_printf (out, "  %s\n", ccbnet_document_get_title (document));
      g_string_append (out, padding);
      if (ccbnet_document_get_kind (document) == CCBNET_DOCUMENT_KIND_PRIMARY)
        /* Translators: %s is a language code (en, nl), then the publisher's name */
        g_string_append_printf (out, _("the primary document, language %s, published by %s"),
                                ccbnet_document_get_language (document),
                                ccbnet_document_get_publisher (document));
      else
        /* Translators: %s is a language code (en, nl), then the publisher's name */
        g_string_append_printf (out, _("an external document, language %s, published by %s"),
                                ccbnet_document_get_language (document),
                                ccbnet_document_get_publisher (document));
      g_string_append_c (out, '\n');
      if (url != NULL)
        g_string_append_printf (out, "%s%s\n", padding, url);
      if (retrieved != NULL)
        {
          g_string_append (out, padding);
          /* Translators: %s is the date the document was read, YYYY-MM-DD */
          g_string_append_printf (out, _("retrieved %s"), retrieved);
          g_string_append_c (out, '\n');
        }
    }
}

/* A line in the style of the qualifiers under a relation, its label as wide as theirs. */
static void
text_value (GString    *out,
            const char *label,
            const char *value,
            guint       indent)
{
  if (value == NULL)
    return;

  for (guint i = 0; i < indent; i++)
    g_string_append_c (out, ' ');
  tool_append_padded (out, TOOL_STYLE_DIM, label, tool_qualifier_width ());
  g_string_append_printf (out, "  %s\n", value);
}

static void
json_common (ToolJson   *json,
             GPtrArray  *citations,
             GArray     *names,
             GPtrArray  *documents)
{
  tool_json_citations (json, "sources", citations);
  tool_json_begin_array (json, "names");
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      SourcedName *name = &g_array_index (names, SourcedName, i);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "kind", name->kind);
      tool_json_string (json, "text", name->text);
      tool_json_string (json, "lang", name->language);
      tool_json_string (json, "source", ccbnet_document_get_id (name->source));
      tool_json_end_object (json);
    }
  tool_json_end_array (json);
  tool_json_begin_array (json, "documents");
  for (guint i = 0; i < documents->len; i++)
    tool_json_document (json, NULL, documents->pdata[i]);
  tool_json_end_array (json);
}

static void
why_relation (GString        *out,
              CcbnetRelation *relation)
{
  GPtrArray *citations = ccbnet_relation_get_sources (relation);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();

  for (guint i = 0; i < citations->len; i++)
    add_document (documents, ccbnet_citation_get_document (citations->pdata[i]));

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);
      g_autofree char *sentence = tool_relation_sentence (relation);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "record", "relation");
      tool_json_string (json, "id", ccbnet_relation_get_id (relation));
      tool_json_string (json, "statement", sentence);
      tool_json_string (json, "note", ccbnet_relation_get_note (relation));
      tool_json_string (json, "section",
                        ccbnet_section_get_id (ccbnet_relation_get_section (relation)));
      json_common (json, citations, NULL, documents);
      tool_json_end_object (json);
      return;
    }

  {
    g_autofree char *headings = tool_section_title (ccbnet_relation_get_section (relation));
    guint indent = (guint) strlen (ccbnet_relation_get_id (relation)) + 2;

    tool_text_relation (out, relation, 0, 0);
    text_value (out, C_("qualifier", "note"), ccbnet_relation_get_note (relation), indent);
    text_value (out, C_("qualifier", "section"), headings, indent);
  }
  text_citations (out, citations);
  text_documents (out, documents);
}

static void
why_entity (GString      *out,
            CcbnetEntity *entity)
{
  GPtrArray *citations = ccbnet_entity_get_sources (entity);
  g_autoptr(GArray) names = sourced_names (entity);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autofree char *title = tool_label_long (entity);

  for (guint i = 0; i < citations->len; i++)
    add_document (documents, ccbnet_citation_get_document (citations->pdata[i]));
  for (guint i = 0; i < names->len; i++)
    add_document (documents, g_array_index (names, SourcedName, i).source);

  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "record", "entity");
      tool_json_string (json, "id", ccbnet_entity_get_id (entity));
      tool_json_string (json, "statement", title);
      tool_json_string (json, "note", ccbnet_entity_get_note (entity));
      tool_json_string (json, "section",
                        ccbnet_section_get_id (ccbnet_entity_get_section (entity)));
      json_common (json, citations, names, documents);
      tool_json_end_object (json);
      return;
    }

  tool_append_styled (out, TOOL_STYLE_HEADING, title);
  g_string_append_c (out, '\n');
  text_value (out, C_("qualifier", "id"), ccbnet_entity_get_id (entity), 2);
  text_value (out, C_("qualifier", "note"), ccbnet_entity_get_note (entity), 2);
  text_citations (out, citations);

  if (names->len > 0)
    {
      g_autoptr(ToolTable) table = tool_table_new (4);

      tool_table_set_style (table, 0, TOOL_STYLE_DIM);
      tool_table_set_style (table, 3, TOOL_STYLE_ID);
      for (guint i = 0; i < names->len; i++)
        {
          SourcedName *name = &g_array_index (names, SourcedName, i);

          tool_table_add (table, name_kind_label (name->kind), name->language, name->text,
                          ccbnet_document_get_id (name->source), NULL);
        }
      g_string_append_c (out, '\n');
      tool_text_heading (out, _("Names and the documents they come from"));
      tool_table_print (table, out, 2);
    }

  text_documents (out, documents);
}

static int
why_run (int    argc,
         char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetRelation) relation = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status = TOOL_EXIT_OK;

  if (argc != 2)
    return tool_usage_error ("why", _("why takes one relation id or entity (%d given)"), argc - 1);

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  relation = ccbnet_registry_lookup_relation (registry, argv[1]);
  if (relation != NULL)
    {
      why_relation (out, relation);
      return tool_finish (out);
    }

  found = ccbnet_registry_find_all (registry, argv[1]);
  if (g_list_model_get_n_items (found) == 0)
    {
      tool_error (_("no relation or entity is known as \"%s\""), argv[1]);
      tool_print_suggestions (registry, argv[1], TRUE);
      return TOOL_EXIT_NOT_FOUND;
    }

  {
    g_autoptr(CcbnetEntity) entity = tool_resolve_entity (registry, argv[1], &status);

    why_entity (out, entity);
  }

  return tool_finish (out);
}

const ToolCommand tool_command_why = {
  "why", "RELATION-OR-ENTITY",
  N_("The sources and verbatim sentences behind a fact"),
  N_("The argument is a relation id (r053) or an entity (an id, acronym or name). For an entity,\n"
  "the names taken from documents other than the page are listed with the document each\n"
  "comes from. The quotes keep the page's exact characters.\n"
  "\n"
  "Examples:\n"
  "  ccbnet why r053\n"
  "  ccbnet why CCB"),
  TOOL_STATUSES_NOT_FOUND, N_("an unknown relation id, or an unknown name or id"),
  NULL,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  why_run,
};
