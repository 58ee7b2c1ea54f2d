/* ccbnet-loader.c: from JSON bytes to a checked, indexed snapshot
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-loader-private.h"
#include "ccbnet-json-scan-private.h"

#include <json-glib/json-glib.h>

/* Loading runs in three steps. The strict scanner (ccbnet-json-scan.c) checks the bytes, so that
 * json-glib 1.6 never sees input it would crash on or misread. json-glib then builds a tree,
 * which this file walks once, record by record, to fill the rows of a store (ccbnet-snapshot.c):
 * every member is checked against the members its record may have, every reference is resolved,
 * and each problem is reported with the JSON path of the member at fault. The tree is freed
 * before the indexes are built; objects are made only when a caller asks for them. */

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

/* Writes "@base.@member[@index]" into @path, cut to PATH_SIZE like g_snprintf() would, at a
 * fraction of its cost: every record and every citation has such a path. */
static void
index_path (char        path[PATH_SIZE],
            const char *base,
            const char *member,
            guint       index)
{
  char digits[16];
  guint n_digits = 0;
  gsize len = 0;

#define PUT(c) G_STMT_START { if (len < PATH_SIZE - 1) path[len++] = (c); } G_STMT_END
  for (const char *p = base; *p != '\0'; p++)
    PUT (*p);
  PUT ('.');
  for (const char *p = member; *p != '\0'; p++)
    PUT (*p);
  PUT ('[');
  do
    digits[n_digits++] = '0' + index % 10;
  while ((index /= 10) > 0);
  while (n_digits > 0)
    PUT (digits[--n_digits]);
  PUT (']');
#undef PUT
  path[len] = '\0';
}

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
  CcbnetBuilder  *b;          /* the store being built */
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
      if (year < 1 || day < 1 || day > g_date_get_days_in_month (month, year))
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

/* Reads an array of strings into the store's string lists: @first is NONE when it is absent. */
static void
get_string_list (Loader     *l,
                 JsonNode   *fields[N_FIELDS],
                 Field       f,
                 const char *base,
                 guint32    *first,
                 guint32    *count)
{
  JsonArray *array = get_array (l, fields, f, base, FALSE);
  guint n;

  *first = CCBNET_NONE;
  *count = 0;
  if (array == NULL)
    return;

  *first = ccbnet_builder_count (l->b, CCBNET_TABLE_STRING_LISTS, 1);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          *json_node_get_string (node) == '\0')
        {
          char path[PATH_SIZE];

          index_path (path, base, field_names[f], i);

          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                  "expected a non-empty string, found %s", node_kind_name (node));
          continue;
        }
      ccbnet_builder_append (l->b, CCBNET_TABLE_STRING_LISTS,
                             ccbnet_builder_string (l->b, json_node_get_string (node)));
      (*count)++;
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

      index_path (path, base, field_names[f], i);

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

/* Registers @id as the id of a record, reporting a duplicate. Returns the claim, or NONE. */
static guint32
claim_id (Loader     *l,
          const char *id,
          guint       list,
          guint       index,
          const char *base)
{
  guint previous_list, previous_index;
  guint32 claim;

  if (!is_slug (id))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "id",
              "\"%s\" is not a valid id, expected lowercase letters, digits and single hyphens",
              id);
      return CCBNET_NONE;
    }
  claim = ccbnet_builder_claim_id (l->b, id, list, index, &previous_list, &previous_index);
  if (claim == CCBNET_NONE)
    report (l, CCBNET_DATASET_ERROR_DUPLICATE_ID, base, "id",
            "duplicate id \"%s\", first used at $.%s[%u]", id, list_names[previous_list],
            previous_index);

  return claim;
}

static guint32
str (Loader     *l,
     const char *text)
{
  return ccbnet_builder_string (l->b, text);
}

/* Reads a record's citations into the store; @first and @count say where they are. */
static void
read_citations (Loader     *l,
                JsonNode   *fields[N_FIELDS],
                const char *base,
                guint32    *first,
                guint32    *count)
{
  JsonArray *array = get_array (l, fields, F_SOURCES, base, TRUE);
  g_autoptr(GArray) citations = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n;

  *first = ccbnet_builder_count (l->b, CCBNET_TABLE_CITATION_LISTS, 1);
  *count = 0;
  if (array == NULL)
    return;

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
      guint32 document, citation;

      index_path (path, base, "sources", i);

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

      document = ccbnet_builder_lookup_id (l->b, source_id, LIST_SOURCES);
      if (document == CCBNET_NONE)
        {
          report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                  "unknown source id \"%s\", expected the id of an entry of $.sources", source_id);
          continue;
        }

      citation = ccbnet_builder_citation (l->b, document, quote);
      g_array_append_val (citations, citation);
    }

  /* Most records cite one sentence, and many cite the same one: they share the list too. */
  if (citations->len == 1)
    *first = ccbnet_builder_single_list (l->b, g_array_index (citations, guint32, 0));
  else
    for (guint i = 0; i < citations->len; i++)
      ccbnet_builder_append (l->b, CCBNET_TABLE_CITATION_LISTS, g_array_index (citations, guint32, i));
  *count = citations->len;
}

static void
read_document (Loader     *l,
               JsonNode   *node,
               guint       index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *language, *retrieved;
  guint32 claim, position;
  guint32 *row;

  index_path (base, "$", "sources", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a source object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, document_fields, "a source", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = claim_id (l, id, LIST_SOURCES, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH);
  row[DOC_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[DOC_KIND] = get_enum (l, fields, F_KIND, base, l->document_kinds, TRUE, 0);
  row[DOC_TITLE] = str (l, get_string (l, fields, F_TITLE, base, TRUE));
  row[DOC_PUBLISHER] = str (l, get_string (l, fields, F_PUBLISHER, base, TRUE));
  row[DOC_URL] = str (l, get_string (l, fields, F_URL, base, FALSE));
  language = get_string (l, fields, F_LANGUAGE, base, TRUE);
  if (language != NULL && !is_language_tag (language))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "language",
            "\"%s\" is not a language tag, expected a BCP 47 tag such as \"en\"", language);
  row[DOC_LANGUAGE] = str (l, language);
  retrieved = get_string (l, fields, F_RETRIEVED, base, FALSE);
  if (retrieved != NULL && (strlen (retrieved) != 10 || !is_partial_date (retrieved)))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "retrieved",
            "\"%s\" is not a date, expected YYYY-MM-DD", retrieved);
  row[DOC_RETRIEVED] = str (l, retrieved);
  row[DOC_FILE] = str (l, get_string (l, fields, F_FILE, base, FALSE));
  row[DOC_NOTE] = str (l, get_string (l, fields, F_NOTE, base, FALSE));
}

static void
read_section (Loader   *l,
              JsonNode *node,
              guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id;
  JsonNode *heading;
  guint32 claim, position, first_heading, n_headings = 0, sources, n_sources;
  guint32 *row;

  index_path (base, "$", "sections", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a section object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, section_fields, "a section", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = claim_id (l, id, LIST_SECTIONS, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH);
  row[SEC_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[SEC_SCOPE] = get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  first_heading = ccbnet_builder_count (l->b, CCBNET_TABLE_HEADINGS, HEAD_WIDTH);

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
      gboolean english = FALSE;
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
              guint32 *heading_row = ccbnet_builder_row (l->b, CCBNET_TABLE_HEADINGS, HEAD_WIDTH);

              heading_row[HEAD_LANGUAGE] = str (l, language);
              heading_row[HEAD_TEXT] = str (l, json_node_get_string (text));
              n_headings++;
              english |= g_str_equal (language, "en");
            }
        }
      if (!english)
        report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                "missing the English heading, expected a member \"en\"");
    }

  read_citations (l, fields, base, &sources, &n_sources);

  row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH, position);
  row[SEC_HEADINGS] = first_heading;
  row[SEC_N_HEADINGS] = n_headings;
  row[SEC_SOURCES] = sources;
  row[SEC_N_SOURCES] = n_sources;
}

/* Reads an entity's other names into the store and the name index. */
static void
read_other_names (Loader     *l,
                  JsonNode   *fields[N_FIELDS],
                  const char *base,
                  guint32     entity,
                  guint32    *first,
                  guint32    *count)
{
  JsonArray *array = get_array (l, fields, F_OTHER_NAMES, base, FALSE);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  *first = ccbnet_builder_count (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH);
  *count = 0;

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      JsonNode *nfields[N_FIELDS];
      const char *text, *language, *source_id;
      guint32 *row;

      index_path (path, base, "other_names", i);

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

      row = ccbnet_builder_row (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH);
      row[NAME_TEXT] = str (l, text);
      row[NAME_LANGUAGE] = str (l, language != NULL ? language : "en");
      row[NAME_NOTE] = str (l, get_string (l, nfields, F_NOTE, path, FALSE));
      if (source_id != NULL)
        {
          guint32 document = ccbnet_builder_lookup_id (l->b, source_id, LIST_SOURCES);

          if (document == CCBNET_NONE)
            report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                    "unknown source id \"%s\", expected the id of an entry of $.sources", source_id);
          ccbnet_builder_get_row (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH, *first + *count)[NAME_SOURCE] = document;
        }
      ccbnet_builder_add_name (l->b, text, entity, 3);
      (*count)++;
    }
}

static guint32 *
entity_row (Loader  *l,
            guint32  position)
{
  return ccbnet_builder_get_row (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH, position);
}

static void
read_entity (Loader   *l,
             JsonNode *node,
             guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id, *name_source, *name, *short_name, *classification;
  CcbnetEntityType type;
  GType gtype;
  guint64 allowed = entity_fields;
  guint32 claim, position, scope, cadence, status, sectors = 0, first, count;
  gboolean is_collective, topics_non_exhaustive = FALSE;
  guint32 *row;

  index_path (base, "$", "entities", index);
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
    char record_name[64];

    g_snprintf (record_name, sizeof record_name, "an entity of type \"%s\"",
                g_enum_get_value (l->entity_types, type)->value_nick);
    read_fields (l, json_node_get_object (node), base, allowed, record_name, fields);
  }

  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = claim_id (l, id, LIST_ENTITIES, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  row[ENT_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[ENT_N_OTHER_NAMES] = row[ENT_N_SOURCES] = row[ENT_N_PURPOSES] = row[ENT_N_TOPICS] = 0;
  row[ENT_N_CHARACTERISTICS] = row[ENT_N_MEMBER_CATEGORIES] = 0;
  classification = get_string (l, fields, F_CLASSIFICATION, base, TRUE);
  if (classification != NULL && !is_slug (classification))
    report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "classification",
            "\"%s\" is not a valid classification, expected lowercase words joined by hyphens",
            classification);
  row[ENT_CLASSIFICATION] = str (l, classification);
  name = get_string (l, fields, F_NAME, base, TRUE);
  row[ENT_NAME] = str (l, name);
  short_name = get_string (l, fields, F_SHORT_NAME, base, FALSE);
  row[ENT_SHORT_NAME] = str (l, short_name);
  scope = get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  row[ENT_DESCRIPTION] = str (l, get_string (l, fields, F_DESCRIPTION, base, FALSE));
  cadence = get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE, CCBNET_CADENCE_UNSPECIFIED);
  row[ENT_CADENCE_TEXT] = str (l, get_string (l, fields, F_CADENCE_TEXT, base, FALSE));
  if (row[ENT_CADENCE_TEXT] != CCBNET_NONE && fields[F_CADENCE] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
            "a cadence text needs a \"cadence\"");
  status = get_enum (l, fields, F_STATUS, base, l->statuses, FALSE, CCBNET_STATUS_UNSPECIFIED);
  is_collective = get_boolean (l, fields, F_IS_COLLECTIVE, base);
  row[ENT_NOTE] = str (l, get_string (l, fields, F_NOTE, base, FALSE));

  section_id = get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      guint32 section = ccbnet_builder_lookup_id (l->b, section_id, LIST_SECTIONS);

      if (section == CCBNET_NONE)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                "unknown section id \"%s\", expected the id of an entry of $.sections", section_id);
      else
        {
          guint32 section_scope = ccbnet_builder_get_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH, section)[SEC_SCOPE];

          row[ENT_SECTION] = section;
          if (scope != CCBNET_SCOPE_ANY && section_scope != scope)
            report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "scope",
                    "scope \"%s\" differs from the scope \"%s\" of section \"%s\"",
                    g_enum_get_value (l->scopes, scope)->value_nick,
                    g_enum_get_value (l->scopes, section_scope)->value_nick, section_id);
        }
    }

  name_source = get_string (l, fields, F_NAME_SOURCE, base, FALSE);
  if (name_source != NULL)
    {
      guint32 document = ccbnet_builder_lookup_id (l->b, name_source, LIST_SOURCES);

      if (document == CCBNET_NONE)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "name_source",
                "unknown source id \"%s\", expected the id of an entry of $.sources", name_source);
      else if (ccbnet_builder_get_row (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, document)[DOC_KIND] !=
               CCBNET_DOCUMENT_KIND_EXTERNAL)
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "name_source",
                "source \"%s\" is the primary page, expected an external source", name_source);
      else
        row[ENT_NAME_SOURCE] = document;
    }

  ccbnet_builder_add_name (l->b, id, position, 0);
  ccbnet_builder_add_name (l->b, name, position, 1);
  ccbnet_builder_add_name (l->b, short_name, position, 2);
  read_other_names (l, fields, base, position, &first, &count);
  entity_row (l, position)[ENT_OTHER_NAMES] = first;
  entity_row (l, position)[ENT_N_OTHER_NAMES] = count;
  read_citations (l, fields, base, &first, &count);
  entity_row (l, position)[ENT_SOURCES] = first;
  entity_row (l, position)[ENT_N_SOURCES] = count;

  gtype = ccbnet_entity_type_get_gtype (type);
  if (gtype == CCBNET_TYPE_ORGANISATION)
    sectors = get_flags (l, fields, F_SECTORS, base, l->sectors);
  else if (gtype == CCBNET_TYPE_PLATFORM)
    {
      static const struct { Field field; guint first; } lists[] = {
        { F_PURPOSES, ENT_PURPOSES },
        { F_TOPICS, ENT_TOPICS },
        { F_TOPICS_NON_EXHAUSTIVE, 0 },
        { F_CHARACTERISTICS, ENT_CHARACTERISTICS },
        { F_MEMBER_CATEGORIES, ENT_MEMBER_CATEGORIES },
      };

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        {
          if (lists[i].field == F_TOPICS_NON_EXHAUSTIVE)
            {
              topics_non_exhaustive = get_boolean (l, fields, F_TOPICS_NON_EXHAUSTIVE, base);
              continue;
            }
          get_string_list (l, fields, lists[i].field, base, &first, &count);
          entity_row (l, position)[lists[i].first] = first;
          entity_row (l, position)[lists[i].first + 1] = count;
        }
    }
  else if (gtype == CCBNET_TYPE_LEGAL_INSTRUMENT)
    {
      const char *date = get_string (l, fields, F_DATE, base, FALSE);

      if (date != NULL && !is_partial_date (date))
        report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "date",
                "\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD", date);
      else
        entity_row (l, position)[ENT_DATE] = str (l, date);
    }
  else if (gtype == CCBNET_TYPE_POST)
    entity_row (l, position)[ENT_ROLE] = str (l, get_string (l, fields, F_ROLE, base, FALSE));

  entity_row (l, position)[ENT_BITS] = ENT_MAKE_BITS (type, scope, cadence, status, is_collective,
                                                      topics_non_exhaustive, sectors);
}

static guint32
get_entity_ref (Loader     *l,
                JsonNode   *fields[N_FIELDS],
                Field       f,
                const char *base,
                gboolean    required)
{
  const char *id = get_string (l, fields, f, base, required);
  guint32 entity;

  if (id == NULL)
    return CCBNET_NONE;

  entity = ccbnet_builder_lookup_id (l->b, id, LIST_ENTITIES);
  if (entity == CCBNET_NONE)
    report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, field_names[f],
            "unknown entity id \"%s\", expected the id of an entry of $.entities", id);

  return entity;
}

static CcbnetEntityType
entity_type_of (Loader  *l,
                guint32  entity)
{
  return ENT_TYPE (entity_row (l, entity)[ENT_BITS]);
}

static const char *
type_nick (Loader  *l,
           guint32  entity)
{
  return g_enum_get_value (l->entity_types, entity_type_of (l, entity))->value_nick;
}

/* The id of @entity, for a message. */
static char *
entity_id (Loader  *l,
           guint32  entity)
{
  return ccbnet_builder_dup_string (l->b, entity_row (l, entity)[ENT_ID]);
}

static void
require_type (Loader           *l,
              guint32           entity,
              CcbnetEntityType  type,
              const char       *base,
              const char       *member)
{
  if (entity != CCBNET_NONE && entity_type_of (l, entity) != type)
    {
      g_autofree char *id = entity_id (l, entity);

      report (l, CCBNET_DATASET_ERROR_RELATION, base, member,
              "\"%s\" is %s \"%s\", expected an entity of type \"%s\"",
              id, "of type", type_nick (l, entity),
              g_enum_get_value (l->entity_types, type)->value_nick);
    }
}

static void
read_relation (Loader   *l,
               JsonNode *node,
               guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id;
  JsonArray *jointly;
  const char *kind_nick;
  guint32 claim, kind, subject, object, condition, cadence, levels, section = CCBNET_NONE;
  guint32 sources, n_sources, position;
  gboolean non_exhaustive;
  guint32 extra[EXT_WIDTH];
  gboolean has_extra = FALSE;
  g_autoptr(GArray) co_actors = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 *row;

  index_path (base, "$", "relations", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, "expected a relation object, found %s",
              node_kind_name (node));
      return;
    }

  read_fields (l, json_node_get_object (node), base, relation_fields, "a relation", fields);
  id = get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = claim_id (l, id, LIST_RELATIONS, index, base)) == CCBNET_NONE)
    return;

  kind = get_enum (l, fields, F_KIND, base, l->kinds, TRUE, CCBNET_RELATION_KIND_ANY);
  subject = get_entity_ref (l, fields, F_SUBJECT, base, TRUE);
  object = get_entity_ref (l, fields, F_OBJECT, base, TRUE);
  extra[EXT_ON_BEHALF_OF] = get_entity_ref (l, fields, F_ON_BEHALF_OF, base, FALSE);
  extra[EXT_VIA] = get_entity_ref (l, fields, F_VIA, base, FALSE);
  extra[EXT_CONTEXT] = get_entity_ref (l, fields, F_CONTEXT, base, FALSE);
  extra[EXT_CAPACITY] = get_entity_ref (l, fields, F_CAPACITY, base, FALSE);
  extra[EXT_LEGAL_BASIS] = get_entity_ref (l, fields, F_LEGAL_BASIS, base, FALSE);
  extra[EXT_FRAMEWORK] = get_entity_ref (l, fields, F_FRAMEWORK, base, FALSE);
  condition = get_enum (l, fields, F_CONDITION, base, l->conditions, FALSE, CCBNET_CONDITION_NONE);
  extra[EXT_CONDITION_TEXT] = str (l, get_string (l, fields, F_CONDITION_TEXT, base, FALSE));
  extra[EXT_CONDITION_REF] = get_entity_ref (l, fields, F_CONDITION_REF, base, FALSE);
  cadence = get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE, CCBNET_CADENCE_UNSPECIFIED);
  extra[EXT_CADENCE_TEXT] = str (l, get_string (l, fields, F_CADENCE_TEXT, base, FALSE));
  extra[EXT_ROLE] = str (l, get_string (l, fields, F_ROLE, base, FALSE));
  extra[EXT_TOPIC] = str (l, get_string (l, fields, F_TOPIC, base, FALSE));
  levels = get_flags (l, fields, F_LEVELS, base, l->levels);
  non_exhaustive = get_boolean (l, fields, F_NON_EXHAUSTIVE, base);
  extra[EXT_NOTE] = str (l, get_string (l, fields, F_NOTE, base, FALSE));

  jointly = get_array (l, fields, F_JOINTLY_WITH, base, FALSE);
  for (guint i = 0; jointly != NULL && i < json_array_get_length (jointly); i++)
    {
      JsonNode *element = json_array_get_element (jointly, i);
      char path[PATH_SIZE];
      guint32 co_actor;

      index_path (path, base, "jointly_with", i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, "expected an entity id, found %s",
                  node_kind_name (element));
          continue;
        }
      co_actor = ccbnet_builder_lookup_id (l->b, json_node_get_string (element), LIST_ENTITIES);
      if (co_actor == CCBNET_NONE)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, NULL,
                "unknown entity id \"%s\", expected the id of an entry of $.entities",
                json_node_get_string (element));
      else
        g_array_append_val (co_actors, co_actor);
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
    extra[EXT_START_DATE] = str (l, dates[0]);
    extra[EXT_END_DATE] = str (l, dates[1]);
  }

  section_id = get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      section = ccbnet_builder_lookup_id (l->b, section_id, LIST_SECTIONS);
      if (section == CCBNET_NONE)
        report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                "unknown section id \"%s\", expected the id of an entry of $.sections", section_id);
    }
  read_citations (l, fields, base, &sources, &n_sources);

  /* What the kind and the condition require. */
  kind_nick = kind != CCBNET_RELATION_KIND_ANY ? g_enum_get_value (l->kinds, kind)->value_nick : NULL;
  if ((kind == CCBNET_RELATION_KIND_REPRESENTS_IN ||
       kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR) &&
      extra[EXT_ON_BEHALF_OF] == CCBNET_NONE && fields[F_ON_BEHALF_OF] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "a \"%s\" relation needs \"on_behalf_of\", the principal represented", kind_nick);
  if (kind == CCBNET_RELATION_KIND_DESIGNATED_AS && fields[F_LEGAL_BASIS] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "a \"designated-as\" relation needs \"legal_basis\", the instrument that designates");
  if (condition == CCBNET_CONDITION_PENDING_ESTABLISHMENT && fields[F_CONDITION_REF] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
            "condition \"pending-establishment\" needs \"condition_ref\", the entity whose "
            "establishment is pending");
  if (fields[F_CONDITION_TEXT] != NULL && fields[F_CONDITION] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "condition_text",
            "a condition text needs a \"condition\"");
  if (fields[F_CADENCE_TEXT] != NULL && fields[F_CADENCE] == NULL)
    report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
            "a cadence text needs a \"cadence\"");

  require_type (l, extra[EXT_CAPACITY], CCBNET_ENTITY_TYPE_ROLE, base, "capacity");
  require_type (l, extra[EXT_LEGAL_BASIS], CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "legal_basis");
  require_type (l, extra[EXT_FRAMEWORK], CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "framework");

  if (subject != CCBNET_NONE && object != CCBNET_NONE && kind_nick != NULL)
    {
      if (subject == object && kind != CCBNET_RELATION_KIND_RELATED_TO)
        {
          g_autofree char *subject_id = entity_id (l, subject);

          report (l, CCBNET_DATASET_ERROR_RELATION, base, "object",
                  "a \"%s\" relation cannot link \"%s\" to itself", kind_nick, subject_id);
        }
      else if (!ccbnet_relation_kind_allows (kind, entity_type_of (l, subject),
                                             entity_type_of (l, object)))
        {
          g_autofree char *subject_id = entity_id (l, subject);
          g_autofree char *object_id = entity_id (l, object);

          report (l, CCBNET_DATASET_ERROR_RELATION, base, NULL,
                  "a \"%s\" relation cannot link %s \"%s\" to %s \"%s\"", kind_nick,
                  type_nick (l, subject), subject_id, type_nick (l, object), object_id);
        }
    }

  /* Only complete relations go into the store; the problem is already reported. */
  if (subject == CCBNET_NONE || object == CCBNET_NONE || section == CCBNET_NONE ||
      kind == CCBNET_RELATION_KIND_ANY)
    return;

  extra[EXT_CO_ACTORS] = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITY_LISTS, 1);
  extra[EXT_N_CO_ACTORS] = co_actors->len;
  for (guint i = 0; i < co_actors->len; i++)
    ccbnet_builder_append (l->b, CCBNET_TABLE_ENTITY_LISTS, g_array_index (co_actors, guint32, i));
  for (guint f = 0; f < EXT_CO_ACTORS; f++)
    has_extra |= extra[f] != CCBNET_NONE;
  has_extra |= co_actors->len > 0;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  row[REL_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[REL_BITS] = REL_MAKE_BITS (kind, condition, cadence, levels, non_exhaustive);
  row[REL_SUBJECT] = subject;
  row[REL_OBJECT] = object;
  row[REL_SECTION] = section;
  row[REL_SOURCES] = sources;
  row[REL_N_SOURCES] = n_sources;
  if (has_extra)
    {
      row[REL_EXTRA] = ccbnet_builder_count (l->b, CCBNET_TABLE_EXTRAS, EXT_WIDTH);
      memcpy (ccbnet_builder_row (l->b, CCBNET_TABLE_EXTRAS, EXT_WIDTH), extra, sizeof extra);
    }
}

static gboolean
is_structural (guint32 kind)
{
  return kind == CCBNET_RELATION_KIND_PART_OF ||
         kind == CCBNET_RELATION_KIND_UNIT_OF ||
         kind == CCBNET_RELATION_KIND_POST_IN;
}

/* Reports part-of, unit-of and post-in cycles, once each, with the relation that closes them.
 * Iterative depth-first search: a deep chain in a hostile file must not exhaust the stack. */
static void
check_cycles (Loader     *l,
              GPtrArray  *relation_indexes)
{
  guint n = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  guint n_relations = ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  g_autofree GArray **up = g_new0 (GArray *, MAX (n, 1));
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1));   /* 0 new, 1 on stack, 2 done */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) cursor = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint32 r = 0; r < n_relations; r++)
    {
      const guint32 *row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
      guint32 from = row[REL_SUBJECT];

      if (!is_structural (REL_KIND (row[REL_BITS])))
        continue;
      if (up[from] == NULL)
        up[from] = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (up[from], r);
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
          guint32 relation;
          guint to;

          if (up[at] == NULL || *next >= up[at]->len)
            {
              state[at] = 2;
              g_array_set_size (stack, top);
              g_array_set_size (cursor, top);
              continue;
            }

          relation = g_array_index (up[at], guint32, (*next)++);
          to = ccbnet_builder_get_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH, relation)[REL_OBJECT];
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
              g_autofree char *last = entity_id (l, to);

              while (g_array_index (stack, guint, start) != to)
                start++;
              for (guint k = start; k < stack->len; k++)
                {
                  g_autofree char *link = entity_id (l, g_array_index (stack, guint, k));

                  g_string_append_printf (chain, "%s → ", link);
                }
              g_string_append (chain, last);
              g_snprintf (base, sizeof base, "$.relations[%u]",
                          GPOINTER_TO_UINT (g_ptr_array_index (relation_indexes, relation)));
              report (l, CCBNET_DATASET_ERROR_CYCLE, base, NULL,
                      "part-of, unit-of and post-in relations form a cycle: %s", chain->str);
              g_string_free (chain, TRUE);
            }
        }
    }

  for (guint i = 0; i < n; i++)
    g_clear_pointer (&up[i], g_array_unref);
}

static gboolean
check_cancelled (GCancellable *cancellable,
                 GError      **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* Reads one record, remembering where each kept relation stands in the file, for cycle
 * messages. */
static void
read_record (Loader     *l,
             JsonNode   *node,
             guint       i,
             void      (*read) (Loader *, JsonNode *, guint),
             GPtrArray  *indexes)
{
  guint before = indexes != NULL ? ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH) : 0;

  read (l, node, i);
  if (indexes != NULL && ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH) > before)
    g_ptr_array_add (indexes, GUINT_TO_POINTER (i));
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
      if ((i & 1023) == 0 && check_cancelled (cancellable, error))
        return FALSE;
      read_record (l, json_array_get_element (array, i), i, read, indexes);
    }

  return TRUE;
}

static void
loader_clear (Loader *l)
{
  g_clear_pointer (&l->b, ccbnet_builder_free);
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

/* The number of records of the list in @node, if it is one. */
static guint
list_length (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

/* Reading record by record.
 *
 * Parsing a whole dataset with json-glib builds a tree ten times the size of the file, and
 * walking it afterwards costs more than building it, since it is long out of the caches. The
 * strict scan, which reads every byte anyway, therefore also notes where the arrays at the top
 * level and their elements lie. json-glib then parses a skeleton of the document, in which the
 * four lists of records are left empty, and each record on its own, which is read while its
 * small tree is still in the cache and dropped at the next. No tree ever holds more than one
 * record, and the lists are read in their reading order whatever order the file has them in. A
 * list whose key is written with escapes is left in the skeleton and read from there. */

static void (* const readers[]) (Loader *, JsonNode *, guint) = {
  read_document, read_section, read_entity, read_relation,
};
static const Field list_fields[] = { F_SOURCES, F_SECTIONS, F_ENTITIES, F_RELATIONS };

/* The list of the outline that holds the records of @f, or NULL. */
static const CcbnetJsonList *
outlined_list (GPtrArray  *lists,
               const char *data,
               Field       f)
{
  const char *name = field_names[f];
  gsize len = strlen (name);

  for (guint i = 0; i < lists->len; i++)
    {
      const CcbnetJsonList *list = lists->pdata[i];

      if (!list->key_escaped && list->key_end - list->key_start == len &&
          memcmp (data + list->key_start, name, len) == 0)
        return list;
    }

  return NULL;
}

/* @data without the elements of the @lists (all of the outline, in document order) that are
 * among the @n @outlined. */
static GString *
skeleton_of (const char            *data,
             gsize                  length,
             GPtrArray             *lists,
             const CcbnetJsonList **outlined,
             guint                  n)
{
  GString *skeleton = g_string_sized_new (4096);
  gsize position = 0;

  for (guint i = 0; i < lists->len; i++)
    {
      const CcbnetJsonList *list = lists->pdata[i];

      for (guint k = 0; k < n; k++)
        if (outlined[k] == list)
          {
            /* Up to and including the "[", then on from the "]". */
            g_string_append_len (skeleton, data + position, list->open + 1 - position);
            position = list->close - 1;
          }
    }
  g_string_append_len (skeleton, data + position, length - position);

  return skeleton;
}

/* Reads the records of @list, each parsed on its own. */
static gboolean
read_outlined (Loader               *l,
               const char           *data,
               const CcbnetJsonList *list,
               Field                 f,
               void                (*read) (Loader *, JsonNode *, guint),
               GPtrArray            *indexes,
               GCancellable         *cancellable,
               GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  guint n = list->elements->len / 2;

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      /* Indexed here, not through a pointer taken before the loop: an empty list's array has
       * no data, and even a zero offset from NULL is undefined. */
      guint32 start = g_array_index (list->elements, guint32, 2 * i);
      guint32 end = g_array_index (list->elements, guint32, 2 * i + 1);
      g_autoptr(GError) local_error = NULL;

      if ((i & 1023) == 0 && check_cancelled (cancellable, error))
        return FALSE;
      if (!json_parser_load_from_data (parser, data + start, end - start, &local_error))
        {
          /* The scan accepts only what json-glib reads, so this is a safety net. */
          char path[PATH_SIZE];

          index_path (path, "$", field_names[f], i);
          report (l, CCBNET_DATASET_ERROR_SYNTAX, path, NULL, "%s", local_error->message);
          continue;
        }
      read_record (l, json_parser_get_root (parser), i, read, indexes);
    }

  return TRUE;
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
  CcbnetProblemInfo scan_problem = { .filename = filename };
  g_autoptr(GPtrArray) relation_indexes = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GString) skeleton = NULL;
  const CcbnetJsonList *outlined[G_N_ELEMENTS (list_fields)];
  JsonNode *root;
  JsonNode *fields[N_FIELDS];
  const char *data;
  gsize length;
  Loader l = { 0, };
  const char *format;
  CcbnetSnapshot *snapshot;
  guint n_records = 0;

  if (filename == NULL)
    filename = "<data>";

  /* The caller has checked the size against the limit of the registry. */
  data = g_bytes_get_data (bytes, &length);
  if (length >= G_MAXINT32)
    {
      g_autofree char *message =
        g_strdup_printf ("the data is %" G_GSIZE_FORMAT " bytes; a JSON dataset must be smaller "
                         "than 2 GiB", length);

      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_LIMIT, filename, NULL,
                                                     0, 0, message));
      return NULL;
    }

  lists = g_ptr_array_new_with_free_func ((GDestroyNotify) ccbnet_json_list_free);
  if (!ccbnet_json_scan_outline (data != NULL ? data : "", length, limits->max_depth, lists, &scan_problem))
    {
      g_ptr_array_add (problems, ccbnet_problem_new_from_info (&scan_problem));
      ccbnet_problem_info_clear (&scan_problem);
      return NULL;
    }

  if (check_cancelled (cancellable, error))
    return NULL;

  init_field_table ();
  l.filename = filename;
  l.collect_all = collect_all;
  l.problems = problems;
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

  /* The scan succeeded, so @data holds an object. */
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    {
      outlined[i] = outlined_list (lists, data, list_fields[i]);
      n_records += outlined[i] != NULL ? outlined[i]->elements->len / 2 : 0;
    }
  skeleton = skeleton_of (data, length, lists, outlined, G_N_ELEMENTS (outlined));

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, skeleton->str, skeleton->len, &local_error))
    {
      /* The scan accepts only what json-glib reads, so this is a safety net. */
      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_SYNTAX, filename, NULL,
                                                     0, 0, local_error->message));
      goto failed;
    }

  root = json_parser_get_root (parser);
  /* The scanner guarantees an object at the top. */
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));

  if (check_cancelled (cancellable, error))
    goto failed;

  {
    JsonNode *format_node = json_object_get_member (json_node_get_object (root), "format");

    if (format_node == NULL)
      {
        g_ptr_array_add (problems,
                         ccbnet_problem_new (CCBNET_DATASET_ERROR_FORMAT, filename, "$", 0, 0,
                                             "missing member \"format\", expected \"ccbnet/1\""));
        goto failed;
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
        goto failed;
      }
  }

  read_fields (&l, json_node_get_object (root), "$", root_fields, "the dataset", fields);
  l.b = ccbnet_builder_new (n_records + list_length (fields[F_SOURCES]) + list_length (fields[F_SECTIONS]) +
                            list_length (fields[F_ENTITIES]) + list_length (fields[F_RELATIONS]));
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    {
      GPtrArray *indexes = readers[i] == read_relation ? relation_indexes : NULL;

      if (outlined[i] != NULL
          ? !read_outlined (&l, data, outlined[i], list_fields[i], readers[i], indexes, cancellable, error)
          : !read_list (&l, fields, list_fields[i], readers[i], indexes, cancellable, error))
        goto failed;
    }

  if (!STOP (&l))
    check_cycles (&l, relation_indexes);
  if (ccbnet_builder_overflowed (l.b))
    g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_LIMIT, filename, NULL, 0, 0,
                                                   "the strings of the dataset take more than 4 GiB"));

  if (problems->len > 0 || check_cancelled (cancellable, error))
    goto failed;

  /* The tree and the outline are no longer needed: free them before the indexes take their
   * memory. */
  g_clear_object (&parser);
  g_clear_pointer (&lists, g_ptr_array_unref);
  g_string_free (g_steal_pointer (&skeleton), TRUE);
  snapshot = ccbnet_snapshot_new_from_builder (g_steal_pointer (&l.b));
  loader_clear (&l);

  return snapshot;

failed:
  loader_clear (&l);

  return NULL;
}
