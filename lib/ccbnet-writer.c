/* ccbnet-writer.c: a snapshot as ccbnet/1 JSON in its canonical form
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-writer-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-store-private.h"

#include <ccbnet/ccbnet.h>

/* The canonical form (docs/dataset-format.md, "Canonical form"): members in a fixed order per
 * kind of record, optional members left out when unset and booleans when false, records in
 * their dataset's order, two spaces per level, one member or element per line, ": " after a
 * key, UTF-8 written as it is, and only the quote, the backslash and the control characters
 * escaped. It is what Python's json.dumps (indent=2, ensure_ascii=False) writes, so a dataset
 * edited by a script and saved back stays byte-identical where nothing changed.
 *
 * Each record becomes a small JsonObject (ccbnet_writer_record()), which the builder and the
 * diff also work on, and is written as text at once; no tree ever holds the whole dataset.
 * json-glib's own generator is not used for the text: in its indented form it writes " : "
 * between key and value, and it only writes whole trees. docs/performance.md has the figures. */

/* Building the objects */

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
}

static void
set_entity (JsonObject   *object,
            const char   *key,
            CcbnetEntity *entity)
{
  if (entity != NULL)
    json_object_set_string_member (object, key, ccbnet_entity_get_id (entity));
}

static void
set_strv (JsonObject         *object,
          const char         *key,
          const char * const *values)
{
  JsonArray *array;

  if (values == NULL || values[0] == NULL)
    return;

  array = json_array_sized_new (g_strv_length ((char **) values));
  for (guint i = 0; values[i] != NULL; i++)
    json_array_add_string_element (array, values[i]);
  json_object_set_array_member (object, key, array);
}

/* Takes @nicks (from ccbnet_sector_to_strv() or ccbnet_level_to_strv()). */
static void
set_nicks (JsonObject *object,
           const char *key,
           char      **nicks)
{
  g_auto(GStrv) owned = nicks;

  set_strv (object, key, (const char * const *) owned);
}

static void
set_citations (JsonObject *object,
               GPtrArray  *sources)
{
  JsonArray *array = json_array_sized_new (sources != NULL ? sources->len : 0);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      JsonObject *citation = json_object_new ();

      json_object_set_string_member (citation, "source",
                                     ccbnet_document_get_id (ccbnet_citation_get_document (sources->pdata[i])));
      json_object_set_string_member (citation, "quote", ccbnet_citation_get_quote (sources->pdata[i]));
      json_array_add_object_element (array, citation);
    }
  json_object_set_array_member (object, "sources", array);
}

static JsonObject *
document_object (CcbnetDocument *document)
{
  JsonObject *object = json_object_new ();

  set_string (object, "id", ccbnet_document_get_id (document));
  set_string (object, "kind", ccbnet_document_kind_to_string (ccbnet_document_get_kind (document)));
  set_string (object, "title", ccbnet_document_get_title (document));
  set_string (object, "publisher", ccbnet_document_get_publisher (document));
  set_string (object, "url", ccbnet_document_get_url (document));
  set_string (object, "language", ccbnet_document_get_language (document));
  set_string (object, "retrieved", ccbnet_document_get_retrieved (document));
  set_string (object, "published", ccbnet_document_get_published (document));
  set_string (object, "edition", ccbnet_document_get_edition (document));
  set_string (object, "file", ccbnet_document_get_file (document));
  set_string (object, "note", ccbnet_document_get_note (document));

  return object;
}

static JsonObject *
section_object (CcbnetSection *section)
{
  JsonObject *object = json_object_new ();
  JsonObject *heading = json_object_new ();
  g_auto(GStrv) languages = ccbnet_section_dup_languages (section);

  set_string (object, "id", ccbnet_section_get_id (section));
  set_string (object, "scope", ccbnet_scope_to_string (ccbnet_section_get_scope (section)));
  for (guint i = 0; languages[i] != NULL; i++)
    json_object_set_string_member (heading, languages[i], ccbnet_section_get_heading (section, languages[i]));
  json_object_set_object_member (object, "heading", heading);
  set_citations (object, ccbnet_section_get_sources (section));

  return object;
}

static void
set_other_names (JsonObject   *object,
                 CcbnetEntity *entity)
{
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  JsonArray *array;

  if (names == NULL || names->len == 0)
    return;

  array = json_array_sized_new (names->len);
  for (guint i = 0; i < names->len; i++)
    {
      CcbnetName *name = names->pdata[i];
      CcbnetDocument *source = ccbnet_name_get_source (name);
      JsonObject *element = json_object_new ();

      set_string (element, "name", ccbnet_name_get_text (name));
      set_string (element, "lang", ccbnet_name_get_language (name));
      set_string (element, "note", ccbnet_name_get_note (name));
      if (source != NULL)
        set_string (element, "source", ccbnet_document_get_id (source));
      set_string (element, "start_date", ccbnet_name_get_start_date (name));
      set_string (element, "end_date", ccbnet_name_get_end_date (name));
      if (ccbnet_name_get_ended (name) && ccbnet_name_get_end_date (name) == NULL)
        json_object_set_boolean_member (element, "ended", TRUE);
      json_array_add_object_element (array, element);
    }
  json_object_set_array_member (object, "other_names", array);
}

static JsonObject *
entity_object (CcbnetEntity *entity)
{
  JsonObject *object = json_object_new ();
  CcbnetDocument *name_source = ccbnet_entity_get_name_source (entity);
  CcbnetCadence cadence = ccbnet_entity_get_cadence (entity);
  CcbnetStatus status = ccbnet_entity_get_status (entity);

  set_string (object, "id", ccbnet_entity_get_id (entity));
  set_string (object, "entity_type", ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity)));
  set_string (object, "classification", ccbnet_entity_get_classification (entity));
  set_string (object, "name", ccbnet_entity_get_name (entity));
  if (name_source != NULL)
    set_string (object, "name_source", ccbnet_document_get_id (name_source));
  set_string (object, "short_name", ccbnet_entity_get_short_name (entity));
  set_other_names (object, entity);
  set_string (object, "scope", ccbnet_scope_to_string (ccbnet_entity_get_scope (entity)));
  set_string (object, "section", ccbnet_section_get_id (ccbnet_entity_get_section (entity)));
  set_string (object, "description", ccbnet_entity_get_description (entity));
  if (cadence != CCBNET_CADENCE_UNSPECIFIED)
    set_string (object, "cadence", ccbnet_cadence_to_string (cadence));
  set_string (object, "cadence_text", ccbnet_entity_get_cadence_text (entity));
  if (status != CCBNET_STATUS_UNSPECIFIED)
    set_string (object, "status", ccbnet_status_to_string (status));
  if (ccbnet_entity_get_is_collective (entity))
    json_object_set_boolean_member (object, "is_collective", TRUE);
  set_string (object, "start_date", ccbnet_entity_get_start_date (entity));
  set_string (object, "end_date", ccbnet_entity_get_end_date (entity));
  if (ccbnet_entity_get_ended (entity) && ccbnet_entity_get_end_date (entity) == NULL)
    json_object_set_boolean_member (object, "ended", TRUE);
  set_string (object, "note", ccbnet_entity_get_note (entity));

  if (CCBNET_IS_ORGANISATION (entity))
    set_nicks (object, "sectors", ccbnet_sector_to_strv (ccbnet_organisation_get_sectors (CCBNET_ORGANISATION (entity))));
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      set_strv (object, "purposes", ccbnet_platform_get_purposes (platform));
      set_strv (object, "topics", ccbnet_platform_get_topics (platform));
      if (ccbnet_platform_get_topics_non_exhaustive (platform))
        json_object_set_boolean_member (object, "topics_non_exhaustive", TRUE);
      set_strv (object, "characteristics", ccbnet_platform_get_characteristics (platform));
      set_strv (object, "member_categories", ccbnet_platform_get_member_categories (platform));
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    set_string (object, "date", ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (entity)));
  else if (CCBNET_IS_POST (entity))
    set_string (object, "role", ccbnet_post_get_role (CCBNET_POST (entity)));

  set_citations (object, ccbnet_entity_get_sources (entity));

  return object;
}

static JsonObject *
relation_object (CcbnetRelation *relation)
{
  JsonObject *object = json_object_new ();
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
  CcbnetCondition condition = ccbnet_relation_get_condition (relation);
  CcbnetCadence cadence = ccbnet_relation_get_cadence (relation);

  set_string (object, "id", ccbnet_relation_get_id (relation));
  set_string (object, "kind", ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)));
  set_entity (object, "subject", ccbnet_relation_get_subject (relation));
  set_entity (object, "object", ccbnet_relation_get_object (relation));
  set_entity (object, "on_behalf_of", ccbnet_relation_get_on_behalf_of (relation));
  set_entity (object, "via", ccbnet_relation_get_via (relation));
  set_entity (object, "context", ccbnet_relation_get_context (relation));
  set_entity (object, "capacity", ccbnet_relation_get_capacity (relation));
  set_entity (object, "legal_basis", ccbnet_relation_get_legal_basis (relation));
  set_entity (object, "framework", ccbnet_relation_get_framework (relation));
  if (condition != CCBNET_CONDITION_NONE)
    set_string (object, "condition", ccbnet_condition_to_string (condition));
  set_string (object, "condition_text", ccbnet_relation_get_condition_text (relation));
  set_entity (object, "condition_ref", ccbnet_relation_get_condition_ref (relation));
  if (cadence != CCBNET_CADENCE_UNSPECIFIED)
    set_string (object, "cadence", ccbnet_cadence_to_string (cadence));
  set_string (object, "cadence_text", ccbnet_relation_get_cadence_text (relation));
  set_string (object, "role", ccbnet_relation_get_role (relation));
  set_string (object, "topic", ccbnet_relation_get_topic (relation));
  set_nicks (object, "levels", ccbnet_level_to_strv (ccbnet_relation_get_levels (relation)));
  if (ccbnet_relation_get_non_exhaustive (relation))
    json_object_set_boolean_member (object, "non_exhaustive", TRUE);
  if (co_actors != NULL && co_actors->len > 0)
    {
      JsonArray *array = json_array_sized_new (co_actors->len);

      for (guint i = 0; i < co_actors->len; i++)
        json_array_add_string_element (array, ccbnet_entity_get_id (co_actors->pdata[i]));
      json_object_set_array_member (object, "jointly_with", array);
    }
  set_string (object, "start_date", ccbnet_relation_get_start_date (relation));
  set_string (object, "end_date", ccbnet_relation_get_end_date (relation));
  if (ccbnet_relation_get_ended (relation) && ccbnet_relation_get_end_date (relation) == NULL)
    json_object_set_boolean_member (object, "ended", TRUE);
  {
    const char * const *supersedes = ccbnet_relation_get_supersedes (relation);

    if (supersedes[0] != NULL)
      {
        JsonArray *array = json_array_new ();

        for (guint i = 0; supersedes[i] != NULL; i++)
          json_array_add_string_element (array, supersedes[i]);
        json_object_set_array_member (object, "supersedes", array);
      }
  }
  set_string (object, "note", ccbnet_relation_get_note (relation));
  set_string (object, "section", ccbnet_section_get_id (ccbnet_relation_get_section (relation)));
  set_citations (object, ccbnet_relation_get_sources (relation));

  return object;
}

/* The members of each list's records in their canonical order: the order in which the
 * *_object () functions above set them (an entity has the members of its own class only). The
 * diff names a record's changed members in this order; test-diff checks that every record the
 * functions above make follows it, so a member added there must be added here too. */
static const char * const document_members[] = {
  "id", "kind", "title", "publisher", "url", "language", "retrieved", "published", "edition",
  "file", "note", NULL
};

static const char * const section_members[] = { "id", "scope", "heading", "sources", NULL };

static const char * const entity_members[] = {
  "id", "entity_type", "classification", "name", "name_source", "short_name", "other_names",
  "scope", "section", "description", "cadence", "cadence_text", "status", "is_collective",
  "start_date", "end_date", "ended", "note",
  "sectors", "purposes", "topics", "topics_non_exhaustive", "characteristics",
  "member_categories", "date", "role", "sources", NULL
};

static const char * const relation_members[] = {
  "id", "kind", "subject", "object", "on_behalf_of", "via", "context", "capacity", "legal_basis",
  "framework", "condition", "condition_text", "condition_ref", "cadence", "cadence_text", "role",
  "topic", "levels", "non_exhaustive", "jointly_with", "start_date", "end_date", "ended",
  "supersedes", "note",
  "section", "sources", NULL
};

static const char * const * const list_members[4] = {
  document_members, section_members, entity_members, relation_members
};

/* The place of @member in the canonical order of the records of @list, or G_MAXUINT for a
 * member those records never have. */
guint
ccbnet_writer_member_rank (guint       list,
                           const char *member)
{
  const char * const *members = list_members[MIN (list, CCBNET_LIST_RELATIONS)];

  for (guint i = 0; members[i] != NULL; i++)
    if (g_str_equal (members[i], member))
      return i;

  return G_MAXUINT;
}

/* The record at @position of @list, as an object with its members in the canonical order. */
JsonNode *
ccbnet_writer_record (CcbnetSnapshot *self,
                      guint           list,
                      guint32         position)
{
  JsonObject *object;
  JsonNode *node;

  switch (list)
    {
    case CCBNET_LIST_SOURCES:
      object = document_object (ccbnet_snapshot_get_document (self, position));
      break;
    case CCBNET_LIST_SECTIONS:
      object = section_object (ccbnet_snapshot_get_section (self, position));
      break;
    case CCBNET_LIST_ENTITIES:
      object = entity_object (ccbnet_snapshot_get_entity (self, position));
      break;
    case CCBNET_LIST_RELATIONS:
    default:
      object = relation_object (ccbnet_snapshot_get_relation (self, position));
      break;
    }

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, object);

  return node;
}

/* Writing the text */

static void
append_indent (GString *out,
               guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_string (GString    *out,
               const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          if (c >= 0x20)
            continue;
        }
      g_string_append_len (out, run, p - run);
      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u%04x", c);
      run = p + 1;
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* @node as canonical text, its inner lines indented by @depth + 1 levels. */
void
ccbnet_writer_append_node (GString  *out,
                           JsonNode *node,
                           guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        if (members == NULL)
          {
            g_string_append (out, "{}");
            return;
          }
        g_string_append_c (out, '{');
        for (GList *m = members; m != NULL; m = m->next)
          {
            g_string_append (out, m == members ? "\n" : ",\n");
            append_indent (out, depth + 1);
            append_string (out, m->data);
            g_string_append (out, ": ");
            ccbnet_writer_append_node (out, json_object_get_member (object, m->data), depth + 1);
          }
        g_string_append_c (out, '\n');
        append_indent (out, depth);
        g_string_append_c (out, '}');
      }
      return;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            return;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            g_string_append (out, i == 0 ? "\n" : ",\n");
            append_indent (out, depth + 1);
            ccbnet_writer_append_node (out, json_array_get_element (array, i), depth + 1);
          }
        g_string_append_c (out, '\n');
        append_indent (out, depth);
        g_string_append_c (out, ']');
      }
      return;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      return;

    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        append_string (out, json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      else
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
        }
      return;
    }
}

/* The dataset is written piece by piece: its own members, then each list, record by record. */

void
ccbnet_writer_begin (GString    *out,
                     const char *schema,
                     const char *title,
                     const char *license)
{
  g_string_append (out, "{\n  ");
  if (schema != NULL)
    {
      g_string_append (out, "\"$schema\": ");
      append_string (out, schema);
      g_string_append (out, ",\n  ");
    }
  g_string_append (out, "\"format\": \"ccbnet/1\"");
  if (title != NULL)
    {
      g_string_append (out, ",\n  \"title\": ");
      append_string (out, title);
    }
  if (license != NULL)
    {
      g_string_append (out, ",\n  \"license\": ");
      append_string (out, license);
    }
}

void
ccbnet_writer_begin_list (GString *out,
                          guint    list)
{
  g_string_append (out, ",\n  ");
  append_string (out, ccbnet_list_names[list]);
  g_string_append (out, ": [");
}

void
ccbnet_writer_append_record (GString  *out,
                             JsonNode *record,
                             gboolean  first)
{
  g_string_append (out, first ? "\n    " : ",\n    ");
  ccbnet_writer_append_node (out, record, 2);
}

void
ccbnet_writer_end_list (GString  *out,
                        gboolean  empty)
{
  g_string_append (out, empty ? "]" : "\n  ]");
}

void
ccbnet_writer_end (GString *out)
{
  g_string_append (out, "\n}\n");
}

GBytes *
ccbnet_snapshot_to_json (CcbnetSnapshot *self)
{
  GString *out = g_string_sized_new (4096);
  g_autofree char *title = ccbnet_snapshot_dup_dataset_member (self, DATASET_TITLE);
  g_autofree char *license = ccbnet_snapshot_dup_dataset_member (self, DATASET_LICENSE);
  g_autofree char *schema = ccbnet_snapshot_dup_dataset_member (self, DATASET_SCHEMA);

  ccbnet_writer_begin (out, schema, title, license);
  for (guint list = CCBNET_LIST_SOURCES; list <= CCBNET_LIST_RELATIONS; list++)
    {
      guint n = ccbnet_snapshot_count_list (self, list);

      ccbnet_writer_begin_list (out, list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(JsonNode) record = ccbnet_writer_record (self, list, i);

          ccbnet_writer_append_record (out, record, i == 0);
        }
      ccbnet_writer_end_list (out, n == 0);
    }
  ccbnet_writer_end (out);

  return g_string_free_to_bytes (out);
}
