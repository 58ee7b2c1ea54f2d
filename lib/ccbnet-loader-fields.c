/* ccbnet-loader-fields.c: the members of a record, read and checked one by one
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-loader-private.h"
#include "ccbnet-builder-private.h"

/* What every reader of a record (ccbnet-loader-records.c) uses: the names of the members, the
 * JSON paths that problems name, and a function per kind of member that reads it from json-glib's
 * tree, checks it (type, form, vocabulary) and reports what is wrong with the member's path. */

const char * const ccbnet_loader_field_names[N_FIELDS] = {
  "format", "$schema", "title", "license", "sources", "sections", "entities", "relations",
  "id", "kind", "publisher", "url", "language", "retrieved", "file", "note", "scope",
  "heading", "entity_type", "classification", "name", "name_source", "short_name",
  "other_names", "section", "description", "cadence", "cadence_text", "status",
  "is_collective", "sectors", "purposes", "topics", "characteristics", "member_categories",
  "topics_non_exhaustive", "date", "role", "subject", "object", "on_behalf_of", "via",
  "context", "capacity", "legal_basis", "framework", "condition", "condition_text",
  "condition_ref", "levels", "non_exhaustive", "jointly_with", "start_date", "end_date",
  "ended", "supersedes", "published", "edition", "topic", "lang", "quote", "source",
};

/* The lists of the format, by CCBNET_LIST_*, for messages about duplicate ids. */

static const guint64 citation_fields = B (F_SOURCE) | B (F_QUOTE);

/* Room for the longest JSON path a message names, such as "$.entities[N].other_names[N].name". */
#define PATH_SIZE 128

/* Writes "@base.@member[@index]" into @path, cut to PATH_SIZE like g_snprintf() would, at a
 * fraction of its cost: every record and every citation has such a path. */
void
ccbnet_loader_index_path (char        path[PATH_SIZE],
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

static GHashTable *field_table;

void
ccbnet_loader_init_field_table (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      field_table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint f = 0; f < N_FIELDS; f++)
        g_hash_table_insert (field_table, (gpointer) ccbnet_loader_field_names[f], GUINT_TO_POINTER (f + 1));
      g_once_init_leave (&initialized, 1);
    }
}

void
ccbnet_loader_report (Loader             *l,
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

const char *
ccbnet_loader_node_kind_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a number");
        }
    }
}

/* Sorts an object's members into @fields, reporting each member @allowed does not include.
 * @record_name (untranslated, marked with N_()) says what kind of record it is, for the
 * message; for an entity, @entity_type is its type's nick instead. */
void
ccbnet_loader_read_fields (Loader      *l,
                           JsonObject  *object,
                           const char  *base,
                           guint64      allowed,
                           const char  *record_name,
                           const char  *entity_type,
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
          if (entity_type != NULL)
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, key,
                                  _("unknown member \"%s\" in an entity of type \"%s\""), key, entity_type);
          else
            /* Translators: the second %s is a record such as "a source" or "the dataset". */
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, key, _("unknown member \"%s\" in %s"),
                                  key, _(record_name));
          continue;
        }
      fields[f - 1] = node;
    }
}

gboolean
ccbnet_loader_is_slug (const char *text)
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

gboolean
ccbnet_loader_is_partial_date (const char *text)
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

gboolean
ccbnet_loader_is_language_tag (const char *text)
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
const char *
ccbnet_loader_get_string (Loader     *l,
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
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("missing member \"%s\""),
                              ccbnet_loader_field_names[f]);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, ccbnet_loader_field_names[f],
                            _("expected a string, found %s"), ccbnet_loader_node_kind_name (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (*value == '\0')
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, ccbnet_loader_field_names[f],
                            _("expected a non-empty string"));
      return NULL;
    }

  return value;
}

gboolean
ccbnet_loader_get_boolean (Loader     *l,
                           JsonNode   *fields[N_FIELDS],
                           Field       f,
                           const char *base)
{
  JsonNode *node = fields[f];

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, ccbnet_loader_field_names[f],
                            _("expected true or false, found %s"), ccbnet_loader_node_kind_name (node));
      return FALSE;
    }

  return json_node_get_boolean (node);
}

int
ccbnet_loader_get_enum (Loader     *l,
                        JsonNode   *fields[N_FIELDS],
                        Field       f,
                        const char *base,
                        GEnumClass *klass,
                        gboolean    required,
                        int         fallback)
{
  const char *nick = ccbnet_loader_get_string (l, fields, f, base, required);
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
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_UNKNOWN_VALUE, base, ccbnet_loader_field_names[f],
                            _("unknown value \"%s\", expected one of: %s"), nick, expected->str);
      g_string_free (expected, TRUE);
      return fallback;
    }

  return value->value;
}

JsonArray *
ccbnet_loader_get_array (Loader     *l,
                         JsonNode   *fields[N_FIELDS],
                         Field       f,
                         const char *base,
                         gboolean    required)
{
  JsonNode *node = fields[f];

  if (node == NULL)
    {
      if (required)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("missing member \"%s\""),
                              ccbnet_loader_field_names[f]);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, ccbnet_loader_field_names[f],
                            _("expected an array, found %s"), ccbnet_loader_node_kind_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Reads an array of strings into the store's string lists: @first is NONE when it is absent. */
void
ccbnet_loader_get_string_list (Loader     *l,
                               JsonNode   *fields[N_FIELDS],
                               Field       f,
                               const char *base,
                               guint32    *first,
                               guint32    *count)
{
  JsonArray *array = ccbnet_loader_get_array (l, fields, f, base, FALSE);
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

          ccbnet_loader_index_path (path, base, ccbnet_loader_field_names[f], i);

          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                                _("expected a non-empty string, found %s"), ccbnet_loader_node_kind_name (node));
          continue;
        }
      ccbnet_builder_append (l->b, CCBNET_TABLE_STRING_LISTS,
                             ccbnet_builder_string (l->b, json_node_get_string (node)));
      (*count)++;
    }
}

guint
ccbnet_loader_get_flags (Loader      *l,
                         JsonNode    *fields[N_FIELDS],
                         Field        f,
                         const char  *base,
                         GFlagsClass *klass)
{
  JsonArray *array = ccbnet_loader_get_array (l, fields, f, base, FALSE);
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

      ccbnet_loader_index_path (path, base, ccbnet_loader_field_names[f], i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, _("expected a string, found %s"),
                                ccbnet_loader_node_kind_name (node));
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
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_UNKNOWN_VALUE, path, NULL,
                                _("unknown value \"%s\", expected one of: %s"), json_node_get_string (node),
                                expected->str);
          g_string_free (expected, TRUE);
          continue;
        }
      flags |= value->value;
    }

  return flags;
}

/* Registers @id as the id of a record, reporting a duplicate. Returns the claim, or NONE. */
/* What the loader, and the builder, say of an id that the record at $.LIST[INDEX] has already
 * claimed. */
char *
ccbnet_duplicate_id_message (const char *id,
                             guint       list,
                             guint       index)
{
  return g_strdup_printf (_("duplicate id \"%s\", first used at $.%s[%u]"), id, ccbnet_list_names[list], index);
}

guint32
ccbnet_loader_claim_id (Loader     *l,
                        const char *id,
                        guint       list,
                        guint       index,
                        const char *base)
{
  guint previous_list, previous_index;
  guint32 claim;

  if (!ccbnet_loader_is_slug (id))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "id",
                            _("\"%s\" is not a valid id, expected lowercase letters, digits and single hyphens"),
                            id);
      return CCBNET_NONE;
    }
  claim = ccbnet_builder_claim_id (l->b, id, list, index, &previous_list, &previous_index);
  if (claim == CCBNET_NONE)
    {
      g_autofree char *message = ccbnet_duplicate_id_message (id, previous_list, previous_index);

      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DUPLICATE_ID, base, "id", "%s", message);
    }

  return claim;
}

guint32
ccbnet_loader_string (Loader     *l,
                      const char *text)
{
  return ccbnet_builder_string (l->b, text);
}

/* Reads a record's citations into the store; @first and @count say where they are. */
void
ccbnet_loader_read_citations (Loader     *l,
                              JsonNode   *fields[N_FIELDS],
                              const char *base,
                              guint32    *first,
                              guint32    *count)
{
  JsonArray *array = ccbnet_loader_get_array (l, fields, F_SOURCES, base, TRUE);
  g_autoptr(GArray) citations = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n;

  *first = ccbnet_builder_count (l->b, CCBNET_TABLE_CITATION_LISTS, 1);
  *count = 0;
  if (array == NULL)
    return;

  n = json_array_get_length (array);
  if (n == 0)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "sources",
                          _("expected at least one citation, found an empty array"));

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      JsonNode *cfields[N_FIELDS];
      const char *source_id, *quote;
      guint32 document, citation;

      ccbnet_loader_index_path (path, base, "sources", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                                _("expected a citation object {\"source\", \"quote\"}, found %s"),
                                ccbnet_loader_node_kind_name (node));
          continue;
        }
      ccbnet_loader_read_fields (l, json_node_get_object (node), path, citation_fields, N_("a citation"), NULL, cfields);
      source_id = ccbnet_loader_get_string (l, cfields, F_SOURCE, path, TRUE);
      quote = ccbnet_loader_get_string (l, cfields, F_QUOTE, path, TRUE);
      if (source_id == NULL || quote == NULL)
        continue;

      document = ccbnet_builder_lookup_id (l->b, source_id, CCBNET_LIST_SOURCES);
      if (document == CCBNET_NONE)
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                                _("unknown source id \"%s\", expected the id of an entry of $.sources"), source_id);
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
