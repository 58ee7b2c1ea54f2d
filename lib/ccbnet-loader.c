/* ccbnet-loader.c: from JSON bytes to a checked, indexed snapshot
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"
#include "ccbnet-json-scan-private.h"

#include <json-glib/json-glib.h>

/* Loading runs in three steps. The strict scanner (ccbnet-json-scan.c) checks the bytes, so that
 * json-glib 1.6 never sees input it would crash on or misread. json-glib then builds a tree,
 * which this file walks once, record by record, to build immutable objects: every member is
 * checked against the members its record may have, every reference is resolved, and each
 * problem is reported with the JSON path of the member at fault. The tree is freed before the
 * load returns. */

typedef enum {
  F_FORMAT, F_SCHEMA, F_TITLE, F_LICENSE, F_SOURCES, F_SECTIONS, F_ENTITIES, F_RELATIONS,
  F_ID, F_KIND, F_PUBLISHER, F_URL, F_LANGUAGE, F_RETRIEVED, F_FILE, F_NOTE, F_SCOPE,
  F_HEADING, F_ENTITY_TYPE, F_CLASSIFICATION, F_NAME, F_NAME_SOURCE, F_SHORT_NAME,
  F_OTHER_NAMES, F_SECTION, F_DESCRIPTION, F_CADENCE, F_CADENCE_TEXT, F_STATUS,
  F_IS_COLLECTIVE, F_SECTORS, F_PURPOSES, F_TOPICS, F_CHARACTERISTICS, F_MEMBER_CATEGORIES,
  F_TOPICS_NON_EXHAUSTIVE, F_DATE, F_ROLE, F_SUBJECT, F_OBJECT, F_ON_BEHALF_OF, F_VIA,
  F_CONTEXT, F_CAPACITY, F_LEGAL_BASIS, F_FRAMEWORK, F_CONDITION, F_CONDITION_TEXT,
  F_CONDITION_REF, F_LEVELS, F_NON_EXHAUSTIVE, F_JOINTLY_WITH, F_START_DATE, F_END_DATE,
  F_TOPIC, F_LANG, F_QUOTE, F_SOURCE,
  N_FIELDS
} Field;

G_STATIC_ASSERT (N_FIELDS <= 64);

static const char * const field_names[N_FIELDS] = {
  "format", "$schema", "title", "license", "sources", "sections", "entities", "relations",
  "id", "kind", "publisher", "url", "language", "retrieved", "file", "note", "scope",
  "heading", "entity_type", "classification", "name", "name_source", "short_name",
  "other_names", "section", "description", "cadence", "cadence_text", "status",
  "is_collective", "sectors", "purposes", "topics", "characteristics", "member_categories",
  "topics_non_exhaustive", "date", "role", "subject", "object", "on_behalf_of", "via",
  "context", "capacity", "legal_basis", "framework", "condition", "condition_text",
  "condition_ref", "levels", "non_exhaustive", "jointly_with", "start_date", "end_date",
  "topic", "lang", "quote", "source",
};

#define B(f) (G_GUINT64_CONSTANT (1) << (f))

/* Room for the longest JSON path a message names, such as "$.entities[N].other_names[N].name". */
#define PATH_SIZE 128

static const guint64 root_fields = B (F_FORMAT) | B (F_SCHEMA) | B (F_TITLE) | B (F_LICENSE) |
                                   B (F_SOURCES) | B (F_SECTIONS) | B (F_ENTITIES) | B (F_RELATIONS);
static const guint64 document_fields = B (F_ID) | B (F_KIND) | B (F_TITLE) | B (F_PUBLISHER) |
                                       B (F_URL) | B (F_LANGUAGE) | B (F_RETRIEVED) | B (F_FILE) |
                                       B (F_NOTE);
static const guint64 section_fields = B (F_ID) | B (F_SCOPE) | B (F_HEADING) | B (F_SOURCES);
static const guint64 citation_fields = B (F_SOURCE) | B (F_QUOTE);
static const guint64 name_fields = B (F_NAME) | B (F_LANG) | B (F_NOTE) | B (F_SOURCE);
static const guint64 entity_fields = B (F_ID) | B (F_ENTITY_TYPE) | B (F_CLASSIFICATION) |
                                     B (F_NAME) | B (F_NAME_SOURCE) | B (F_SHORT_NAME) |
                                     B (F_OTHER_NAMES) | B (F_SCOPE) | B (F_SECTION) |
                                     B (F_DESCRIPTION) | B (F_CADENCE) | B (F_CADENCE_TEXT) |
                                     B (F_STATUS) | B (F_IS_COLLECTIVE) | B (F_NOTE) | B (F_SOURCES);
static const guint64 organisation_fields = B (F_SECTORS);
static const guint64 platform_fields = B (F_PURPOSES) | B (F_TOPICS) | B (F_CHARACTERISTICS) |
                                       B (F_MEMBER_CATEGORIES) | B (F_TOPICS_NON_EXHAUSTIVE);
static const guint64 legal_fields = B (F_DATE);
static const guint64 post_fields = B (F_ROLE);
static const guint64 relation_fields = B (F_ID) | B (F_KIND) | B (F_SUBJECT) | B (F_OBJECT) |
                                       B (F_ON_BEHALF_OF) | B (F_VIA) | B (F_CONTEXT) |
                                       B (F_CAPACITY) | B (F_LEGAL_BASIS) | B (F_FRAMEWORK) |
                                       B (F_CONDITION) | B (F_CONDITION_TEXT) | B (F_CONDITION_REF) |
                                       B (F_CADENCE) | B (F_CADENCE_TEXT) | B (F_ROLE) | B (F_TOPIC) |
                                       B (F_LEVELS) | B (F_NON_EXHAUSTIVE) | B (F_JOINTLY_WITH) |
                                       B (F_START_DATE) | B (F_END_DATE) | B (F_NOTE) |
                                       B (F_SECTION) | B (F_SOURCES);

static GHashTable *field_table;

static void
init_field_table (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      field_table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint f = 0; f < N_FIELDS; f++)
        g_hash_table_insert (field_table, (gpointer) field_names[f], GUINT_TO_POINTER (f + 1));
      g_once_init_leave (&initialized, 1);
    }
}

/* Which list an id belongs to, for messages about duplicates. */
enum { LIST_SOURCES, LIST_SECTIONS, LIST_ENTITIES, LIST_RELATIONS };
static const char * const list_names[] = { "sources", "sections", "entities", "relations" };

typedef struct
{
  const char     *filename;
  gboolean        collect_all;
  GPtrArray      *problems;
  CcbnetSnapshot *snapshot;
  GHashTable     *ids;        /* id -> list << 28 | index, + 1 */
  GHashTable     *citations;  /* quote -> CcbnetCitation: records citing one sentence share it */
  GHashTable     *single;     /* CcbnetCitation -> GPtrArray holding only it, shared likewise */
  GEnumClass     *entity_types;
  GEnumClass     *scopes;
  GEnumClass     *kinds;
  GEnumClass     *cadences;
  GEnumClass     *conditions;
  GEnumClass     *statuses;
  GEnumClass     *document_kinds;
  GFlagsClass    *sectors;
  GFlagsClass    *levels;
} Loader;

#define STOP(l) (!(l)->collect_all && (l)->problems->len > 0)

static void
report (Loader             *l,
        CcbnetDatasetError  code,
        const char         *base,
        const char         *member,
        const char         *format,
        ...) G_GNUC_PRINTF (5, 6);

static void
report (Loader             *l,
        CcbnetDatasetError  code,
        const char         *base,
        const char         *member,
        const char         *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (STOP (l))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (member == NULL)
    path = g_strdup (base);
  else if (g_ascii_isalpha (member[0]) || member[0] == '_' || member[0] == '$')
    path = g_strdup_printf ("%s.%s", base, member);
  else
    path = g_strdup_printf ("%s[\"%s\"]", base, member);

  g_ptr_array_add (l->problems, ccbnet_problem_new (code, l->filename, path, 0, 0, message));
}

static const char *
node_kind_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return "a string";
        case G_TYPE_BOOLEAN:
          return "a boolean";
        default:
          return "a number";
        }
    }
}

/* Sorts an object's members into @fields, reporting each member @allowed does not include.
 * @type_name says what kind of record it is, for the message. */
static void
read_fields (Loader      *l,
             JsonObject  *object,
             const char  *base,
             guint64      allowed,
             const char  *record_name,
             JsonNode    *fields[N_FIELDS])
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  memset (fields, 0, sizeof (JsonNode *) * N_FIELDS);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (field_table, key));

      if (f == 0 || (allowed & B (f - 1)) == 0)
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, base, key, "unknown member \"%s\" in %s",
                  key, record_name);
          continue;
        }
      fields[f - 1] = node;
    }
}

static gboolean
is_slug (const char *text)
{
  const char *p = text;

  if (*p == '\0')
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
        continue;
      if (*p == '-' && p != text && p[1] != '\0' && p[1] != '-')
        continue;
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_partial_date (const char *text)
{
  guint len = strlen (text);
  int month = 0, day = 0;

  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  for (guint i = 0; i < len; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  if (len >= 7)
    {
      month = (text[5] - '0') * 10 + (text[6] - '0');
      if (month < 1 || month > 12)
        return FALSE;
    }
  if (len == 10)
    {
      int year = atoi (text);

      day = (text[8] - '0') * 10 + (text[9] - '0');
      if (day < 1 || day > g_date_get_days_in_month (month, year))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_language_tag (const char *text)
{
  const char *p = text;
  guint n = 0;

  while (g_ascii_isalpha (*p))
    p++, n++;
  if (n < 2 || n > 3)
    return FALSE;
  while (*p == '-')
    {
      p++;
      n = 0;
      while (g_ascii_isalnum (*p))
        p++, n++;
      if (n < 1 || n > 8)
        return FALSE;
    }

  return *p == '\0';
}

/* Reads a string member. Required strings must be present and not empty. */
static const char *
get_string (Loader     *l,
            JsonNode   *fields[N_FIELDS],
            Field       f,
            const char *base,
            gboolean    required)
{
  JsonNode *node = fields[f];
  const char *value;

  if (node == NULL)
    {
      if (required)
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "missing member \"%s\"",
                field_names[f]);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, field_names[f],
              "expected a string, found %s", node_kind_name (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (*value == '\0')
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, field_names[f],
              "expected a non-empty string");
      return NULL;
    }

  return value;
}

static char *
dup_string (Loader     *l,
            JsonNode   *fields[N_FIELDS],
            Field       f,
            const char *base,
            gboolean    required)
{
  return g_strdup (get_string (l, fields, f, base, required));
}

static gboolean
get_boolean (Loader     *l,
             JsonNode   *fields[N_FIELDS],
             Field       f,
             const char *base)
{
  JsonNode *node = fields[f];

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, field_names[f],
              "expected true or false, found %s", node_kind_name (node));
      return FALSE;
    }

  return json_node_get_boolean (node);
}

static int
get_enum (Loader     *l,
          JsonNode   *fields[N_FIELDS],
          Field       f,
          const char *base,
          GEnumClass *klass,
          gboolean    required,
          int         fallback)
{
  const char *nick = get_string (l, fields, f, base, required);
  GEnumValue *value;

  if (nick == NULL)
    return fallback;

  value = g_enum_get_value_by_nick (klass, nick);
  /* Value 0 of the query-only enums ("any") is not a value a record can have. */
  if (value == NULL || (value->value == 0 && g_str_equal (nick, "any")))
    {
      GString *expected = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        {
          if (g_str_equal (klass->values[i].value_nick, "any"))
            continue;
          if (expected->len > 0)
            g_string_append (expected, ", ");
          g_string_append (expected, klass->values[i].value_nick);
        }
      report (l, CCBNET_DATASET_ERROR_UNKNOWN_VALUE, base, field_names[f],
              "unknown value \"%s\", expected one of: %s", nick, expected->str);
      g_string_free (expected, TRUE);
      return fallback;
    }

  return value->value;
}

static JsonArray *
get_array (Loader     *l,
           JsonNode   *fields[N_FIELDS],
           Field       f,
           const char *base,
           gboolean    required)
{
  JsonNode *node = fields[f];

  if (node == NULL)
    {
      if (required)
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "missing member \"%s\"",
                field_names[f]);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, field_names[f],
              "expected an array, found %s", node_kind_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static char **
get_strv (Loader     *l,
          JsonNode   *fields[N_FIELDS],
          Field       f,
          const char *base)
{
  JsonArray *array = get_array (l, fields, f, base, FALSE);
  GStrvBuilder *builder;
  guint n;

  if (array == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          *json_node_get_string (node) == '\0')
        {
          char path[PATH_SIZE];

          g_snprintf (path, sizeof path, "%s.%s[%u]", base, field_names[f], i);

          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                  "expected a non-empty string, found %s", node_kind_name (node));
          continue;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  {
    char **strv = g_strv_builder_end (builder);

    g_strv_builder_unref (builder);
    return strv;
  }
}

static guint
get_flags (Loader      *l,
           JsonNode    *fields[N_FIELDS],
           Field        f,
           const char  *base,
           GFlagsClass *klass)
{
  JsonArray *array = get_array (l, fields, f, base, FALSE);
  guint flags = 0;
  guint n;

  if (array == NULL)
    return 0;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      GFlagsValue *value;

      g_snprintf (path, sizeof path, "%s.%s[%u]", base, field_names[f], i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, "expected a string, found %s",
                  node_kind_name (node));
          continue;
        }
      value = g_flags_get_value_by_nick (klass, json_node_get_string (node));
      if (value == NULL || value->value == 0)
        {
          GString *expected = g_string_new (NULL);

          for (guint v = 0; v < klass->n_values; v++)
            if (klass->values[v].value != 0)
              g_string_append_printf (expected, "%s%s", expected->len > 0 ? ", " : "",
                                      klass->values[v].value_nick);
          report (l, CCBNET_DATASET_ERROR_UNKNOWN_VALUE, path, NULL,
                  "unknown value \"%s\", expected one of: %s", json_node_get_string (node),
                  expected->str);
          g_string_free (expected, TRUE);
          continue;
        }
      flags |= value->value;
    }

  return flags;
}

/* Registers @id as the id of a record, reporting a duplicate. */
static gboolean
claim_id (Loader     *l,
          const char *id,
          guint       list,
          guint       index,
          const char *base)
{
  gpointer previous;

  if (!is_slug (id))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "id",
              "\"%s\" is not a valid id, expected lowercase letters, digits and single hyphens",
              id);
      return FALSE;
    }
  if (g_hash_table_lookup_extended (l->ids, id, NULL, &previous))
    {
      guint code = GPOINTER_TO_UINT (previous) - 1;

      report (l, CCBNET_DATASET_ERROR_DUPLICATE_ID, base, "id",
              "duplicate id \"%s\", first used at $.%s[%u]", id, list_names[code >> 28],
              code & ((1u << 28) - 1));
      return FALSE;
    }
  g_hash_table_insert (l->ids, (gpointer) id, GUINT_TO_POINTER (((list << 28) | index) + 1));

  return TRUE;
}

static GPtrArray *
read_citations (Loader     *l,
                JsonNode   *fields[N_FIELDS],
                const char *base)
{
  JsonArray *array = get_array (l, fields, F_SOURCES, base, TRUE);
  GPtrArray *citations = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (array == NULL)
    return citations;

  n = json_array_get_length (array);
  if (n == 0)
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "sources",
            "expected at least one citation, found an empty array");

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      JsonNode *cfields[N_FIELDS];
      const char *source_id, *quote;
      CcbnetDocument *document;
      CcbnetCitation *citation;

      g_snprintf (path, sizeof path, "%s.sources[%u]", base, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                  "expected a citation object {\"source\", \"quote\"}, found %s",
                  node_kind_name (node));
          continue;
        }
      read_fields (l, json_node_get_object (node), path, citation_fields, "a citation", cfields);
      source_id = get_string (l, cfields, F_SOURCE, path, TRUE);
      quote = get_string (l, cfields, F_QUOTE, path, TRUE);
      if (source_id == NULL || quote == NULL)
        continue;

      document = g_hash_table_lookup (l->snapshot->documents_by_id, source_id);
      if (document == NULL)
        {
          report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                  "unknown source id \"%s\", expected the id of an entry of $.sources", source_id);
          continue;
        }

      citation = g_hash_table_lookup (l->citations, quote);
      if (citation == NULL || citation->document != document)
        {
          citation = g_object_new (CCBNET_TYPE_CITATION, NULL);
          citation->document = g_object_ref (document);
          citation->quote = g_strdup (quote);
          g_hash_table_replace (l->citations, citation->quote, g_object_ref (citation));
        }
      else
        g_object_ref (citation);
      g_ptr_array_add (citations, citation);
    }

  /* Most records cite one sentence, and many cite the same one: they share the array too. The
   * records are immutable, so nothing can tell. */
  if (citations->len == 1)
    {
      GPtrArray *shared = g_hash_table_lookup (l->single, citations->pdata[0]);

      if (shared != NULL)
        {
          g_ptr_array_unref (citations);
          return g_ptr_array_ref (shared);
        }
      g_hash_table_insert (l->single, citations->pdata[0], g_ptr_array_ref (citations));
    }

  return citations;
}

static void
read_document (Loader     *l,
               JsonNode   *node,
               guint       index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  CcbnetDocument *document;
  const char *id, *language, *retrieved;

  g_snprintf (base, sizeof base, "$.sources[%u]", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a source object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, document_fields, "a source", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || !claim_id (l, id, LIST_SOURCES, index, base))
    return;

  document = g_object_new (CCBNET_TYPE_DOCUMENT, NULL);
  document->id = g_strdup (id);
  document->kind = get_enum (l, fields, F_KIND, base, l->document_kinds, TRUE, 0);
  document->title = dup_string (l, fields, F_TITLE, base, TRUE);
  document->publisher = dup_string (l, fields, F_PUBLISHER, base, TRUE);
  document->url = dup_string (l, fields, F_URL, base, FALSE);
  language = get_string (l, fields, F_LANGUAGE, base, TRUE);
  if (language != NULL && !is_language_tag (language))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "language",
            "\"%s\" is not a language tag, expected a BCP 47 tag such as \"en\"", language);
  document->language = g_strdup (language);
  retrieved = get_string (l, fields, F_RETRIEVED, base, FALSE);
  if (retrieved != NULL && (strlen (retrieved) != 10 || !is_partial_date (retrieved)))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "retrieved",
            "\"%s\" is not a date, expected YYYY-MM-DD", retrieved);
  document->retrieved = g_strdup (retrieved);
  document->file = dup_string (l, fields, F_FILE, base, FALSE);
  document->note = dup_string (l, fields, F_NOTE, base, FALSE);

  g_ptr_array_add (l->snapshot->documents, document);
  g_hash_table_insert (l->snapshot->documents_by_id, document->id, document);
}

static void
read_section (Loader   *l,
              JsonNode *node,
              guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  CcbnetSection *section;
  const char *id;
  JsonNode *heading;

  g_snprintf (base, sizeof base, "$.sections[%u]", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a section object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, section_fields, "a section", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || !claim_id (l, id, LIST_SECTIONS, index, base))
    return;

  section = g_object_new (CCBNET_TYPE_SECTION, NULL);
  section->id = g_strdup (id);
  section->position = l->snapshot->sections->len;
  section->scope = get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  section->headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  heading = fields[F_HEADING];
  if (heading == NULL)
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "missing member \"heading\"");
  else if (!JSON_NODE_HOLDS_OBJECT (heading))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "heading",
            "expected an object of language tags to headings, found %s", node_kind_name (heading));
  else
    {
      JsonObjectIter iter;
      const char *language;
      JsonNode *text;
      GStrvBuilder *languages = g_strv_builder_new ();
      char path[PATH_SIZE];

      g_snprintf (path, sizeof path, "%s.heading", base);

      json_object_iter_init (&iter, json_node_get_object (heading));
      while (json_object_iter_next (&iter, &language, &text))
        {
          if (!is_language_tag (language))
            report (l, CCBNET_DATASET_ERROR_SCHEMA, path, language,
                    "\"%s\" is not a language tag, expected a BCP 47 tag such as \"nl\"", language);
          else if (!JSON_NODE_HOLDS_VALUE (text) || json_node_get_value_type (text) != G_TYPE_STRING ||
                   *json_node_get_string (text) == '\0')
            report (l, CCBNET_DATASET_ERROR_SCHEMA, path, language,
                    "expected a non-empty string, found %s", node_kind_name (text));
          else
            {
              g_hash_table_insert (section->headings, g_strdup (language),
                                   g_strdup (json_node_get_string (text)));
              g_strv_builder_add (languages, language);
            }
        }
      section->languages = g_strv_builder_end (languages);
      g_strv_builder_unref (languages);
      if (!g_hash_table_contains (section->headings, "en"))
        report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                "missing the English heading, expected a member \"en\"");
    }
  if (section->languages == NULL)
    section->languages = g_new0 (char *, 1);

  section->sources = read_citations (l, fields, base);

  g_ptr_array_add (l->snapshot->sections, section);
  g_hash_table_insert (l->snapshot->sections_by_id, section->id, section);
}

static GPtrArray *
read_other_names (Loader     *l,
                  JsonNode   *fields[N_FIELDS],
                  const char *base)
{
  JsonArray *array = get_array (l, fields, F_OTHER_NAMES, base, FALSE);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      JsonNode *nfields[N_FIELDS];
      const char *text, *language, *source_id;
      CcbnetName *name;

      g_snprintf (path, sizeof path, "%s.other_names[%u]", base, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                  "expected a name object {\"name\", \"lang\", …}, found %s", node_kind_name (node));
          continue;
        }
      read_fields (l, json_node_get_object (node), path, name_fields, "a name", nfields);
      text = get_string (l, nfields, F_NAME, path, TRUE);
      language = get_string (l, nfields, F_LANG, path, FALSE);
      source_id = get_string (l, nfields, F_SOURCE, path, FALSE);
      if (text == NULL)
        continue;
      if (language != NULL && !is_language_tag (language))
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, "lang",
                  "\"%s\" is not a language tag, expected a BCP 47 tag such as \"fr\"", language);
          continue;
        }

      name = g_object_new (CCBNET_TYPE_NAME, NULL);
      name->text = g_strdup (text);
      name->language = g_strdup (language != NULL ? language : "en");
      name->note = dup_string (l, nfields, F_NOTE, path, FALSE);
      if (source_id != NULL)
        {
          CcbnetDocument *document = g_hash_table_lookup (l->snapshot->documents_by_id, source_id);

          if (document == NULL)
            report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                    "unknown source id \"%s\", expected the id of an entry of $.sources", source_id);
          else
            name->source = g_object_ref (document);
        }
      g_ptr_array_add (names, name);
    }

  return names;
}

static void
read_entity (Loader   *l,
             JsonNode *node,
             guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id, *name_source;
  CcbnetEntityType type;
  CcbnetEntity *entity;
  CcbnetEntityPrivate *priv;
  guint64 allowed = entity_fields;

  g_snprintf (base, sizeof base, "$.entities[%u]", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected an entity object, found %s",
              node_kind_name (node));
      return;
    }

  /* The entity type decides which members are allowed, so read it first. */
  {
    JsonObject *object = json_node_get_object (node);
    JsonNode *type_fields[N_FIELDS] = { NULL, };

    type_fields[F_ENTITY_TYPE] = json_object_get_member (object, "entity_type");
    type = get_enum (l, type_fields, F_ENTITY_TYPE, base, l->entity_types, TRUE,
                     CCBNET_ENTITY_TYPE_ANY);
    if (type == CCBNET_ENTITY_TYPE_ANY)
      return;
  }

  switch (type)
    {
    case CCBNET_ENTITY_TYPE_ORGANISATION:
    case CCBNET_ENTITY_TYPE_STATE:
    case CCBNET_ENTITY_TYPE_ACTOR_GROUP:
      allowed |= organisation_fields;
      break;
    case CCBNET_ENTITY_TYPE_BODY:
    case CCBNET_ENTITY_TYPE_EVENT_SERIES:
      allowed |= platform_fields;
      break;
    case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT:
      allowed |= legal_fields;
      break;
    case CCBNET_ENTITY_TYPE_POST:
      allowed |= post_fields;
      break;
    case CCBNET_ENTITY_TYPE_ANY:
    case CCBNET_ENTITY_TYPE_AREA:
    case CCBNET_ENTITY_TYPE_SERVICE:
    case CCBNET_ENTITY_TYPE_ROLE:
    case CCBNET_ENTITY_TYPE_PUBLICATION:
    case CCBNET_ENTITY_TYPE_INITIATIVE:
    default:
      break;
    }

  {
    g_autofree char *record_name =
      g_strdup_printf ("an entity of type \"%s\"", g_enum_get_value (l->entity_types, type)->value_nick);

    read_fields (l, json_node_get_object (node), base, allowed, record_name, fields);
  }

  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || !claim_id (l, id, LIST_ENTITIES, index, base))
    return;

  entity = g_object_new (ccbnet_entity_type_get_gtype (type), NULL);
  priv = ccbnet_entity_get_private (entity);
  priv->id = g_strdup (id);
  priv->entity_type = type;
  priv->classification = dup_string (l, fields, F_CLASSIFICATION, base, TRUE);
  if (priv->classification != NULL && !is_slug (priv->classification))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "classification",
            "\"%s\" is not a valid classification, expected lowercase words joined by hyphens",
            priv->classification);
  priv->name = dup_string (l, fields, F_NAME, base, TRUE);
  priv->short_name = dup_string (l, fields, F_SHORT_NAME, base, FALSE);
  priv->scope = get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  priv->description = dup_string (l, fields, F_DESCRIPTION, base, FALSE);
  priv->cadence = get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE, CCBNET_CADENCE_UNSPECIFIED);
  priv->cadence_text = dup_string (l, fields, F_CADENCE_TEXT, base, FALSE);
  if (priv->cadence_text != NULL && fields[F_CADENCE] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
            "a cadence text needs a \"cadence\"");
  priv->status = get_enum (l, fields, F_STATUS, base, l->statuses, FALSE, CCBNET_STATUS_UNSPECIFIED);
  priv->is_collective = get_boolean (l, fields, F_IS_COLLECTIVE, base);
  priv->note = dup_string (l, fields, F_NOTE, base, FALSE);

  section_id = get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      CcbnetSection *section = g_hash_table_lookup (l->snapshot->sections_by_id, section_id);

      if (section == NULL)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                "unknown section id \"%s\", expected the id of an entry of $.sections", section_id);
      else
        {
          priv->section = g_object_ref (section);
          if (priv->scope != CCBNET_SCOPE_ANY && section->scope != priv->scope)
            report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "scope",
                    "scope \"%s\" differs from the scope \"%s\" of section \"%s\"",
                    g_enum_get_value (l->scopes, priv->scope)->value_nick,
                    g_enum_get_value (l->scopes, section->scope)->value_nick, section_id);
        }
    }

  name_source = get_string (l, fields, F_NAME_SOURCE, base, FALSE);
  if (name_source != NULL)
    {
      CcbnetDocument *document = g_hash_table_lookup (l->snapshot->documents_by_id, name_source);

      if (document == NULL)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "name_source",
                "unknown source id \"%s\", expected the id of an entry of $.sources", name_source);
      else if (document->kind != CCBNET_DOCUMENT_KIND_EXTERNAL)
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "name_source",
                "source \"%s\" is the primary page, expected an external source", name_source);
      else
        priv->name_source = g_object_ref (document);
    }

  priv->other_names = read_other_names (l, fields, base);
  priv->sources = read_citations (l, fields, base);

  if (CCBNET_IS_ORGANISATION (entity))
    CCBNET_ORGANISATION (entity)->sectors = get_flags (l, fields, F_SECTORS, base, l->sectors);
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      platform->purposes = get_strv (l, fields, F_PURPOSES, base);
      platform->topics = get_strv (l, fields, F_TOPICS, base);
      platform->topics_non_exhaustive = get_boolean (l, fields, F_TOPICS_NON_EXHAUSTIVE, base);
      platform->characteristics = get_strv (l, fields, F_CHARACTERISTICS, base);
      platform->member_categories = get_strv (l, fields, F_MEMBER_CATEGORIES, base);
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    {
      const char *date = get_string (l, fields, F_DATE, base, FALSE);

      if (date != NULL && !is_partial_date (date))
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "date",
                "\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD", date);
      else
        CCBNET_LEGAL_INSTRUMENT (entity)->date = g_strdup (date);
    }
  else if (CCBNET_IS_POST (entity))
    CCBNET_POST (entity)->role = dup_string (l, fields, F_ROLE, base, FALSE);

  g_ptr_array_add (l->snapshot->entities, entity);
  g_hash_table_insert (l->snapshot->entities_by_id, priv->id, entity);
}

static CcbnetEntity *
get_entity_ref (Loader     *l,
                JsonNode   *fields[N_FIELDS],
                Field       f,
                const char *base,
                gboolean    required)
{
  const char *id = get_string (l, fields, f, base, required);
  CcbnetEntity *entity;

  if (id == NULL)
    return NULL;

  entity = g_hash_table_lookup (l->snapshot->entities_by_id, id);
  if (entity == NULL)
    {
      report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, field_names[f],
              "unknown entity id \"%s\", expected the id of an entry of $.entities", id);
      return NULL;
    }

  return g_object_ref (entity);
}

static const char *
type_nick (Loader       *l,
           CcbnetEntity *entity)
{
  return g_enum_get_value (l->entity_types, ccbnet_entity_get_entity_type (entity))->value_nick;
}

static void
require_type (Loader           *l,
              CcbnetEntity     *entity,
              CcbnetEntityType  type,
              const char       *base,
              const char       *member)
{
  if (entity != NULL && ccbnet_entity_get_entity_type (entity) != type)
    report (l, CCBNET_DATASET_ERROR_RELATION, base, member,
            "\"%s\" is %s \"%s\", expected an entity of type \"%s\"",
            ccbnet_entity_get_id (entity), "of type", type_nick (l, entity),
            g_enum_get_value (l->entity_types, type)->value_nick);
}

static void
read_relation (Loader   *l,
               JsonNode *node,
               guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id;
  CcbnetRelation *relation;
  JsonArray *jointly;
  const char *kind_nick;

  g_snprintf (base, sizeof base, "$.relations[%u]", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a relation object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, relation_fields, "a relation", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || !claim_id (l, id, LIST_RELATIONS, index, base))
    return;

  relation = g_object_new (CCBNET_TYPE_RELATION, NULL);
  relation->id = g_strdup (id);
  relation->kind = get_enum (l, fields, F_KIND, base, l->kinds, TRUE, CCBNET_RELATION_KIND_ANY);
  relation->subject = get_entity_ref (l, fields, F_SUBJECT, base, TRUE);
  relation->object = get_entity_ref (l, fields, F_OBJECT, base, TRUE);
  relation->on_behalf_of = get_entity_ref (l, fields, F_ON_BEHALF_OF, base, FALSE);
  relation->via = get_entity_ref (l, fields, F_VIA, base, FALSE);
  relation->context = get_entity_ref (l, fields, F_CONTEXT, base, FALSE);
  relation->capacity = get_entity_ref (l, fields, F_CAPACITY, base, FALSE);
  relation->legal_basis = get_entity_ref (l, fields, F_LEGAL_BASIS, base, FALSE);
  relation->framework = get_entity_ref (l, fields, F_FRAMEWORK, base, FALSE);
  relation->condition = get_enum (l, fields, F_CONDITION, base, l->conditions, FALSE,
                                  CCBNET_CONDITION_NONE);
  relation->condition_text = dup_string (l, fields, F_CONDITION_TEXT, base, FALSE);
  relation->condition_ref = get_entity_ref (l, fields, F_CONDITION_REF, base, FALSE);
  relation->cadence = get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE,
                                CCBNET_CADENCE_UNSPECIFIED);
  relation->cadence_text = dup_string (l, fields, F_CADENCE_TEXT, base, FALSE);
  relation->role = dup_string (l, fields, F_ROLE, base, FALSE);
  relation->topic = dup_string (l, fields, F_TOPIC, base, FALSE);
  relation->levels = get_flags (l, fields, F_LEVELS, base, l->levels);
  relation->non_exhaustive = get_boolean (l, fields, F_NON_EXHAUSTIVE, base);
  relation->note = dup_string (l, fields, F_NOTE, base, FALSE);
  relation->co_actors = g_ptr_array_new_with_free_func (g_object_unref);

  jointly = get_array (l, fields, F_JOINTLY_WITH, base, FALSE);
  for (guint i = 0; jointly != NULL && i < json_array_get_length (jointly); i++)
    {
      JsonNode *element = json_array_get_element (jointly, i);
      char path[PATH_SIZE];
      CcbnetEntity *co_actor;

      g_snprintf (path, sizeof path, "%s.jointly_with[%u]", base, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, "expected an entity id, found %s",
                  node_kind_name (element));
          continue;
        }
      co_actor = g_hash_table_lookup (l->snapshot->entities_by_id, json_node_get_string (element));
      if (co_actor == NULL)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, NULL,
                "unknown entity id \"%s\", expected the id of an entry of $.entities",
                json_node_get_string (element));
      else
        g_ptr_array_add (relation->co_actors, g_object_ref (co_actor));
    }

  {
    const char *dates[2] = {
      get_string (l, fields, F_START_DATE, base, FALSE),
      get_string (l, fields, F_END_DATE, base, FALSE),
    };

    for (guint i = 0; i < 2; i++)
      if (dates[i] != NULL && !is_partial_date (dates[i]))
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, i == 0 ? "start_date" : "end_date",
                "\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD", dates[i]);
    relation->start_date = g_strdup (dates[0]);
    relation->end_date = g_strdup (dates[1]);
  }

  section_id = get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      relation->section = g_hash_table_lookup (l->snapshot->sections_by_id, section_id);
      if (relation->section == NULL)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                "unknown section id \"%s\", expected the id of an entry of $.sections", section_id);
      else
        g_object_ref (relation->section);
    }
  relation->sources = read_citations (l, fields, base);

  /* What the kind and the condition require. */
  kind_nick = relation->kind != CCBNET_RELATION_KIND_ANY
              ? g_enum_get_value (l->kinds, relation->kind)->value_nick : NULL;
  if ((relation->kind == CCBNET_RELATION_KIND_REPRESENTS_IN ||
       relation->kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR) &&
      relation->on_behalf_of == NULL && fields[F_ON_BEHALF_OF] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "a \"%s\" relation needs \"on_behalf_of\", the principal represented", kind_nick);
  if (relation->kind == CCBNET_RELATION_KIND_DESIGNATED_AS && fields[F_LEGAL_BASIS] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "a \"designated-as\" relation needs \"legal_basis\", the instrument that designates");
  if (relation->condition == CCBNET_CONDITION_PENDING_ESTABLISHMENT &&
      fields[F_CONDITION_REF] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "condition \"pending-establishment\" needs \"condition_ref\", the entity whose "
            "establishment is pending");
  if (fields[F_CONDITION_TEXT] != NULL && fields[F_CONDITION] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "condition_text",
            "a condition text needs a \"condition\"");
  if (fields[F_CADENCE_TEXT] != NULL && fields[F_CADENCE] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
            "a cadence text needs a \"cadence\"");

  require_type (l, relation->capacity, CCBNET_ENTITY_TYPE_ROLE, base, "capacity");
  require_type (l, relation->legal_basis, CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "legal_basis");
  require_type (l, relation->framework, CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "framework");

  if (relation->subject != NULL && relation->object != NULL && kind_nick != NULL)
    {
      if (relation->subject == relation->object &&
          relation->kind != CCBNET_RELATION_KIND_RELATED_TO)
        report (l, CCBNET_DATASET_ERROR_RELATION, base, "object",
                "a \"%s\" relation cannot link \"%s\" to itself", kind_nick,
                ccbnet_entity_get_id (relation->subject));
      else if (!ccbnet_relation_kind_allows (relation->kind,
                                             ccbnet_entity_get_entity_type (relation->subject),
                                             ccbnet_entity_get_entity_type (relation->object)))
        report (l, CCBNET_DATASET_ERROR_RELATION, base, NULL,
                "a \"%s\" relation cannot link %s \"%s\" to %s \"%s\"", kind_nick,
                type_nick (l, relation->subject), ccbnet_entity_get_id (relation->subject),
                type_nick (l, relation->object), ccbnet_entity_get_id (relation->object));
    }

  if (relation->subject == NULL || relation->object == NULL || relation->section == NULL ||
      relation->kind == CCBNET_RELATION_KIND_ANY)
    {
      /* Only complete relations go into the snapshot; the problem is already reported. */
      g_object_unref (relation);
      return;
    }

  g_ptr_array_add (l->snapshot->relations, relation);
  g_hash_table_insert (l->snapshot->relations_by_id, relation->id, relation);
}

static gboolean
is_structural (CcbnetRelation *relation)
{
  return relation->kind == CCBNET_RELATION_KIND_PART_OF ||
         relation->kind == CCBNET_RELATION_KIND_UNIT_OF ||
         relation->kind == CCBNET_RELATION_KIND_POST_IN;
}

/* Reports part-of, unit-of and post-in cycles, once each, with the relation that closes them.
 * Iterative depth-first search: a deep chain in a hostile file must not exhaust the stack. */
static void
check_cycles (Loader     *l,
              GPtrArray  *relation_indexes)
{
  CcbnetSnapshot *s = l->snapshot;
  guint n = s->entities->len;
  g_autoptr(GHashTable) position = g_hash_table_new (NULL, NULL);
  g_autofree GPtrArray **up = g_new0 (GPtrArray *, n);
  g_autofree guint8 *state = g_new0 (guint8, n);   /* 0 new, 1 on stack, 2 done */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) cursor = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n; i++)
    g_hash_table_insert (position, s->entities->pdata[i], GUINT_TO_POINTER (i));
  for (guint i = 0; i < s->relations->len; i++)
    {
      CcbnetRelation *relation = s->relations->pdata[i];
      guint from;

      if (!is_structural (relation))
        continue;
      from = GPOINTER_TO_UINT (g_hash_table_lookup (position, relation->subject));
      if (up[from] == NULL)
        up[from] = g_ptr_array_new ();
      g_ptr_array_add (up[from], relation);
    }

  for (guint root = 0; root < n && !STOP (l); root++)
    {
      guint zero = 0;

      if (state[root] != 0)
        continue;
      g_array_append_val (stack, root);
      g_array_append_val (cursor, zero);
      state[root] = 1;

      while (stack->len > 0)
        {
          guint top = stack->len - 1;
          guint at = g_array_index (stack, guint, top);
          guint *next = &g_array_index (cursor, guint, top);
          CcbnetRelation *relation;
          guint to;

          if (up[at] == NULL || *next >= up[at]->len)
            {
              state[at] = 2;
              g_array_set_size (stack, top);
              g_array_set_size (cursor, top);
              continue;
            }

          relation = up[at]->pdata[(*next)++];
          to = GPOINTER_TO_UINT (g_hash_table_lookup (position, relation->object));
          if (state[to] == 0)
            {
              g_array_append_val (stack, to);
              g_array_append_val (cursor, zero);
              state[to] = 1;
            }
          else if (state[to] == 1)
            {
              GString *chain = g_string_new (NULL);
              guint start = 0;
              char base[PATH_SIZE];

              while (g_array_index (stack, guint, start) != to)
                start++;
              for (guint k = start; k < stack->len; k++)
                g_string_append_printf (chain, "%s → ",
                                        ccbnet_entity_get_id (s->entities->pdata[g_array_index (stack, guint, k)]));
              g_string_append (chain, ccbnet_entity_get_id (s->entities->pdata[to]));
              g_snprintf (base, sizeof base, "$.relations[%u]",
                          GPOINTER_TO_UINT (g_ptr_array_index (relation_indexes, relation->position)));
              report (l, CCBNET_DATASET_ERROR_CYCLE, base, NULL,
                      "part-of, unit-of and post-in relations form a cycle: %s", chain->str);
              g_string_free (chain, TRUE);
            }
        }
    }

  for (guint i = 0; i < n; i++)
    g_clear_pointer (&up[i], g_ptr_array_unref);
}

static gboolean
check_cancelled (GCancellable *cancellable,
                 GError      **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
read_list (Loader       *l,
           JsonNode     *fields[N_FIELDS],
           Field         f,
           void        (*read) (Loader *, JsonNode *, guint),
           GPtrArray    *indexes,
           GCancellable *cancellable,
           GError      **error)
{
  JsonArray *array = get_array (l, fields, f, "$", TRUE);
  guint n;

  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n && !STOP (l); i++)
    {
      guint before = indexes != NULL ? l->snapshot->relations->len : 0;

      if ((i & 1023) == 0 && check_cancelled (cancellable, error))
        return FALSE;
      read (l, json_array_get_element (array, i), i);
      /* Remember where each kept relation stands in the file, for cycle messages. */
      if (indexes != NULL && l->snapshot->relations->len > before)
        g_ptr_array_add (indexes, GUINT_TO_POINTER (i));
    }

  return TRUE;
}

static void
loader_clear (Loader *l)
{
  g_clear_pointer (&l->ids, g_hash_table_unref);
  g_clear_pointer (&l->single, g_hash_table_unref);
  g_clear_pointer (&l->citations, g_hash_table_unref);
  g_type_class_unref (l->entity_types);
  g_type_class_unref (l->scopes);
  g_type_class_unref (l->kinds);
  g_type_class_unref (l->cadences);
  g_type_class_unref (l->conditions);
  g_type_class_unref (l->statuses);
  g_type_class_unref (l->document_kinds);
  g_type_class_unref (l->sectors);
  g_type_class_unref (l->levels);
}

/* Loads @bytes into a new snapshot. Returns NULL when the data has a problem (all of them are
 * added to @problems when @collect_all, else only the first) or when @error is set (cancelled). */
CcbnetSnapshot *
ccbnet_load_bytes (GBytes             *bytes,
                   const char         *filename,
                   const CcbnetLimits *limits,
                   gboolean            collect_all,
                   GPtrArray          *problems,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) relation_indexes = NULL;
  JsonNode *root;
  JsonNode *fields[N_FIELDS];
  const char *data;
  gsize length;
  Loader l = { 0, };
  const char *format;

  if (filename == NULL)
    filename = "<data>";

  data = g_bytes_get_data (bytes, &length);
  if (length > limits->max_size)
    {
      g_autofree char *message =
        g_strdup_printf ("the data is %" G_GSIZE_FORMAT " bytes, more than the limit of %"
                         G_GUINT64_FORMAT " bytes (CcbnetRegistry:max-size)", length, limits->max_size);

      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_LIMIT, filename, NULL,
                                                     0, 0, message));
      return NULL;
    }

  if (!ccbnet_json_scan (data != NULL ? data : "", length, filename, limits->max_depth, &local_error))
    {
      g_ptr_array_add (problems, ccbnet_problem_new_from_error (local_error, filename));
      return NULL;
    }

  if (check_cancelled (cancellable, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* The scanner accepts only what json-glib reads, so this is a safety net. */
      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_SYNTAX, filename, NULL,
                                                     0, 0, local_error->message));
      return NULL;
    }

  if (check_cancelled (cancellable, error))
    return NULL;

  root = json_parser_get_root (parser);
  init_field_table ();
  l.filename = filename;
  l.collect_all = collect_all;
  l.problems = problems;

  /* The scanner guarantees an object at the top. */
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
  {
    JsonNode *format_node = json_object_get_member (json_node_get_object (root), "format");

    if (format_node == NULL)
      {
        g_ptr_array_add (problems,
                         ccbnet_problem_new (CCBNET_DATASET_ERROR_FORMAT, filename, "$", 0, 0,
                                             "missing member \"format\", expected \"ccbnet/1\""));
        return NULL;
      }
    format = JSON_NODE_HOLDS_VALUE (format_node) &&
             json_node_get_value_type (format_node) == G_TYPE_STRING
             ? json_node_get_string (format_node) : NULL;
    if (g_strcmp0 (format, "ccbnet/1") != 0)
      {
        g_autofree char *message =
          format != NULL ? g_strdup_printf ("unsupported format \"%s\", expected \"ccbnet/1\"", format)
                         : g_strdup_printf ("expected the string \"ccbnet/1\", found %s",
                                            node_kind_name (format_node));

        g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_FORMAT, filename,
                                                       "$.format", 0, 0, message));
        return NULL;
      }
  }

  l.snapshot = ccbnet_snapshot_new ();
  l.ids = g_hash_table_new (g_str_hash, g_str_equal);
  l.citations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  l.single = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  l.entity_types = g_type_class_ref (CCBNET_TYPE_ENTITY_TYPE);
  l.scopes = g_type_class_ref (CCBNET_TYPE_SCOPE);
  l.kinds = g_type_class_ref (CCBNET_TYPE_RELATION_KIND);
  l.cadences = g_type_class_ref (CCBNET_TYPE_CADENCE);
  l.conditions = g_type_class_ref (CCBNET_TYPE_CONDITION);
  l.statuses = g_type_class_ref (CCBNET_TYPE_STATUS);
  l.document_kinds = g_type_class_ref (CCBNET_TYPE_DOCUMENT_KIND);
  l.sectors = g_type_class_ref (CCBNET_TYPE_SECTOR);
  l.levels = g_type_class_ref (CCBNET_TYPE_LEVEL);
  relation_indexes = g_ptr_array_new ();

  read_fields (&l, json_node_get_object (root), "$", root_fields, "the dataset", fields);
  if (!read_list (&l, fields, F_SOURCES, read_document, NULL, cancellable, error) ||
      !read_list (&l, fields, F_SECTIONS, read_section, NULL, cancellable, error) ||
      !read_list (&l, fields, F_ENTITIES, read_entity, NULL, cancellable, error) ||
      !read_list (&l, fields, F_RELATIONS, read_relation, relation_indexes, cancellable, error))
    goto failed;

  if (!STOP (&l))
    {
      for (guint i = 0; i < l.snapshot->relations->len; i++)
        ((CcbnetRelation *) l.snapshot->relations->pdata[i])->position = i;
      check_cycles (&l, relation_indexes);
    }

  if (problems->len > 0 || check_cancelled (cancellable, error))
    goto failed;

  ccbnet_snapshot_index (l.snapshot);
  loader_clear (&l);

  return g_steal_pointer (&l.snapshot);

failed:
  ccbnet_snapshot_free (l.snapshot);
  loader_clear (&l);

  return NULL;
}
