/* test-acceptance.c: the questions the page must answer, through typed queries
 *
 * The questions (q01…q39) are data: tests/acceptance/questions.json, whose format
 * tests/acceptance/README.md describes. This program registers one test per question,
 * /acceptance/qNN, and interprets its steps with the library's typed calls only:
 * ccbnet_registry_find(), find_all(), query(), query_entities() and find_path(), CcbnetQuery
 * properties set by name, and properties read by name. tests/python/test_acceptance.py
 * interprets the same file through the GObject introspection bindings.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-utils.h"

static CcbnetRegistry *registry;

/* The keys a step may have: its call (exactly one), what to name its result, what its result
 * must be, and checks on each item of its result. */
static const char * const calls[] = {
  "find", "find_all", "query", "query_entities", "find_path", "filter", "difference", "check",
};
static const char * const expectations[] = {
  "as", "ids", "subjects", "objects", "objects-include", "where",
};
static const char * const checks[] = {
  "type", "properties", "contains", "quotes", "quotes-include", "name-for-language",
  "other-names", "co-actors", "kind-is-a",
};

/* One question being answered: the results its steps named with "as". */
typedef struct
{
  const char *id;
  guint       step;
  GHashTable *names;
} Run;

static void fail (Run        *run,
                  const char *format,
                  ...) G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN;

static void
fail (Run        *run,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  full = g_strdup_printf ("%s, step %u: %s", run->id, run->step + 1, message);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, full);
  g_abort ();
}

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *key)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (list[i], key))
      return TRUE;

  return FALSE;
}

/* The id of a record, or the type of another object, for messages and lists of ids. */
static const char *
object_id (GObject *object)
{
  const char *id = test_record_id (object);

  return id != NULL ? id : G_OBJECT_TYPE_NAME (object);
}

static gpointer
copy_reference (gconstpointer object,
                gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

/* "a,b,c" of a list of objects, for one readable comparison. */
static char *
join_ids (GPtrArray *items)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", object_id (items->pdata[i]));

  return g_string_free (ids, FALSE);
}

/* "a,b,c" of a JSON array of strings. */
static char *
join_strings (Run       *run,
              JsonArray *array)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        fail (run, "expected an array of strings");
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", json_node_get_string (node));
    }

  return g_string_free (text, FALSE);
}

static JsonArray *
get_array (Run        *run,
           JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    fail (run, "\"%s\" must be an array", member);

  return json_node_get_array (node);
}

static JsonObject *
get_object (Run        *run,
            JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    fail (run, "\"%s\" must be an object", member);

  return json_node_get_object (node);
}

static const char *
get_string (Run        *run,
            JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    fail (run, "\"%s\" must be a string", member);

  return json_node_get_string (node);
}

/* Enumerations and flags, by their nicks. */

static gint
enum_from_nick (Run        *run,
                GType       type,
                const char *nick)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, nick);

  if (value == NULL)
    fail (run, "\"%s\" is no nick of %s", nick, g_type_name (type));

  return value->value;
}

static guint
flags_from_nicks (Run       *run,
                  GType      type,
                  JsonArray *nicks)
{
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (type);
  guint flags = 0;

  for (guint i = 0; i < json_array_get_length (nicks); i++)
    {
      const char *nick = json_array_get_string_element (nicks, i);
      GFlagsValue *value = nick != NULL ? g_flags_get_value_by_nick (flags_class, nick) : NULL;

      if (value == NULL)
        fail (run, "\"%s\" is no nick of %s", nick ? nick : "(not a string)", g_type_name (type));
      flags |= value->value;
    }

  return flags;
}

/* References: "$NAME" is the result a step named NAME, "$NAME.PROPERTY…" the objects those
 * items hold in an object-valued property. The caller owns the array. */
static GPtrArray *
resolve_reference (Run        *run,
                   const char *reference)
{
  g_auto(GStrv) parts = NULL;
  GPtrArray *named;
  GPtrArray *items;

  if (reference[0] != '$')
    fail (run, "“%s” is no reference (they start with “$”)", reference);
  parts = g_strsplit (reference + 1, ".", -1);
  named = g_hash_table_lookup (run->names, parts[0]);
  if (named == NULL)
    fail (run, "no earlier step is named “%s”", parts[0]);
  items = g_ptr_array_copy (named, copy_reference, NULL);
  g_ptr_array_set_free_func (items, g_object_unref);

  for (guint p = 1; parts[p] != NULL; p++)
    {
      GPtrArray *next = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < items->len; i++)
        {
          GObject *item = items->pdata[i];
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), parts[p]);
          GObject *object = NULL;

          if (pspec == NULL || !G_TYPE_IS_OBJECT (pspec->value_type))
            fail (run, "%s %s has no object property “%s”", G_OBJECT_TYPE_NAME (item),
                  object_id (item), parts[p]);
          g_object_get (item, parts[p], &object, NULL);
          if (object == NULL)
            fail (run, "%s %s has no %s", G_OBJECT_TYPE_NAME (item), object_id (item), parts[p]);
          g_ptr_array_add (next, object);
        }
      g_ptr_array_unref (items);
      items = next;
    }

  return items;
}

/* An entity given as a reference to a result of exactly one entity, or as a name for
 * ccbnet_registry_find(). */
static CcbnetEntity *
resolve_entity (Run        *run,
                const char *text)
{
  CcbnetEntity *entity;

  if (text[0] == '$')
    {
      g_autoptr(GPtrArray) items = resolve_reference (run, text);

      if (items->len != 1 || !CCBNET_IS_ENTITY (items->pdata[0]))
        fail (run, "%s must be one entity, not “%s”", text, join_ids (items));

      return g_object_ref (items->pdata[0]);
    }

  entity = ccbnet_registry_find (registry, text);
  if (entity == NULL)
    fail (run, "nothing is known as “%s”", text);

  return entity;
}

static GPtrArray *
array_from_model (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* A CcbnetQuery with each filter set by its property name. */
static CcbnetQuery *
build_query (Run        *run,
             JsonObject *filters)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GList) members = json_object_get_members (filters);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (filters, name);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (query), name);
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspec == NULL)
        fail (run, "CcbnetQuery has no property “%s”", name);
      g_value_init (&value, pspec->value_type);
      if (G_TYPE_IS_ENUM (pspec->value_type))
        g_value_set_enum (&value, enum_from_nick (run, pspec->value_type,
                                                  get_string (run, filters, name)));
      else if (pspec->value_type == G_TYPE_BOOLEAN && JSON_NODE_HOLDS_VALUE (node) &&
               json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, json_node_get_boolean (node));
      else if (pspec->value_type == CCBNET_TYPE_ENTITY)
        g_value_take_object (&value, resolve_entity (run, get_string (run, filters, name)));
      else if (pspec->value_type == CCBNET_TYPE_SECTION)
        {
          const char *id = get_string (run, filters, name);
          CcbnetSection *section = ccbnet_registry_lookup_section (registry, id);

          if (section == NULL)
            fail (run, "no section has the id “%s”", id);
          g_value_take_object (&value, section);
        }
      else if (pspec->value_type == G_TYPE_STRING)
        g_value_set_string (&value, get_string (run, filters, name));
      else
        fail (run, "the filter “%s” has a value of the wrong type", name);
      g_object_set_property (G_OBJECT (query), name, &value);
    }

  return g_steal_pointer (&query);
}

/* Checks on one item. Each returns NULL when the item passes, or what is wrong with it. */

static char *
value_to_string (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (G_TYPE_IS_OBJECT (type))
    {
      GObject *object = g_value_get_object (value);

      return g_strdup (object != NULL ? object_id (object) : "null");
    }
  if (type == G_TYPE_STRING)
    return g_value_get_string (value) != NULL ? g_strdup_printf ("“%s”", g_value_get_string (value))
                                             : g_strdup ("null");
  if (type == G_TYPE_STRV)
    return g_strjoinv (",", g_value_get_boxed (value));
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *nick = g_enum_get_value (enum_class, g_value_get_enum (value));

      return g_strdup (nick != NULL ? nick->value_nick : "(no value)");
    }
  if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) flags_class = g_type_class_ref (type);
      GString *nicks = g_string_new ("[");

      for (guint i = 0; i < flags_class->n_values; i++)
        {
          GFlagsValue *flag = &flags_class->values[i];

          if (flag->value != 0 && (g_value_get_flags (value) & flag->value) == flag->value)
            g_string_append_printf (nicks, "%s%s", nicks->len > 1 ? "," : "", flag->value_nick);
        }
      g_string_append_c (nicks, ']');

      return g_string_free (nicks, FALSE);
    }

  return g_strdup_value_contents (value);
}

static gboolean
value_equals (Run          *run,
              const GValue *actual,
              JsonNode     *expected)
{
  GType type = G_VALUE_TYPE (actual);
  gboolean is_string = JSON_NODE_HOLDS_VALUE (expected) &&
                       json_node_get_value_type (expected) == G_TYPE_STRING;
  const char *string = is_string ? json_node_get_string (expected) : NULL;

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *value = g_enum_get_value (enum_class, g_value_get_enum (actual));

      if (!is_string)
        fail (run, "expected an enumeration value as a nick");
      enum_from_nick (run, type, string);

      return value != NULL && g_str_equal (value->value_nick, string);
    }
  if (G_TYPE_IS_FLAGS (type))
    {
      if (!JSON_NODE_HOLDS_ARRAY (expected))
        fail (run, "expected flags as an array of nicks");

      return g_value_get_flags (actual) == flags_from_nicks (run, type,
                                                             json_node_get_array (expected));
    }
  if (type == G_TYPE_STRING)
    {
      if (JSON_NODE_HOLDS_NULL (expected))
        return g_value_get_string (actual) == NULL;
      if (!is_string)
        fail (run, "expected a string or null");

      return g_strcmp0 (g_value_get_string (actual), string) == 0;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (expected) || json_node_get_value_type (expected) != G_TYPE_BOOLEAN)
        fail (run, "expected a boolean");

      return !g_value_get_boolean (actual) == !json_node_get_boolean (expected);
    }
  if (type == G_TYPE_STRV)
    {
      g_autofree char *have = NULL;
      g_autofree char *want = NULL;

      if (!JSON_NODE_HOLDS_ARRAY (expected))
        fail (run, "expected an array of strings");
      have = g_strjoinv (",", g_value_get_boxed (actual));
      want = join_strings (run, json_node_get_array (expected));

      return g_str_equal (have, want);
    }
  if (G_TYPE_IS_OBJECT (type))
    {
      GObject *object = g_value_get_object (actual);

      if (JSON_NODE_HOLDS_NULL (expected))
        return object == NULL;
      if (!is_string)
        fail (run, "expected an id, a reference or null");
      if (string[0] == '$')
        {
          /* The very object a step found. */
          g_autoptr(CcbnetEntity) entity = resolve_entity (run, string);

          return object == (GObject *) entity;
        }

      return object != NULL && g_str_equal (object_id (object), string);
    }

  fail (run, "cannot compare a property of type %s", g_type_name (type));
}

static GPtrArray *
sources_of (Run     *run,
            GObject *item)
{
  if (CCBNET_IS_ENTITY (item))
    return ccbnet_entity_get_sources (CCBNET_ENTITY (item));
  if (CCBNET_IS_RELATION (item))
    return ccbnet_relation_get_sources (CCBNET_RELATION (item));

  fail (run, "%s has no sources", G_OBJECT_TYPE_NAME (item));
}

static char *
check_item (Run        *run,
            GObject    *item,
            JsonObject *spec)
{
  g_autoptr(GObject) target = g_object_ref (item);

  /* In "where": the checks apply to an object the item holds, such as a relation's subject. */
  if (json_object_has_member (spec, "at"))
    {
      const char *property = get_string (run, spec, "at");
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), property);
      GObject *object = NULL;

      if (pspec == NULL || !G_TYPE_IS_OBJECT (pspec->value_type))
        fail (run, "%s has no object property “%s”", G_OBJECT_TYPE_NAME (item), property);
      g_object_get (item, property, &object, NULL);
      if (object == NULL)
        return g_strdup_printf ("%s has no %s", object_id (item), property);
      g_object_unref (target);
      target = object;
    }

  if (json_object_has_member (spec, "type"))
    {
      const char *name = get_string (run, spec, "type");
      GType type = g_type_from_name (name);

      if (type == G_TYPE_INVALID)
        fail (run, "no type is called %s", name);
      if (!G_TYPE_CHECK_INSTANCE_TYPE (target, type))
        return g_strdup_printf ("%s is a %s, not a %s", object_id (target),
                                G_OBJECT_TYPE_NAME (target), name);
    }

  if (json_object_has_member (spec, "properties"))
    {
      JsonObject *properties = get_object (run, spec, "properties");
      g_autoptr(GList) members = json_object_get_members (properties);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), name);
          g_auto(GValue) value = G_VALUE_INIT;

          if (pspec == NULL)
            return g_strdup_printf ("%s %s has no property “%s”", G_OBJECT_TYPE_NAME (target),
                                    object_id (target), name);
          g_value_init (&value, pspec->value_type);
          g_object_get_property (target, name, &value);
          JsonNode *expected = json_object_get_member (properties, name);

          if (!value_equals (run, &value, expected))
            {
              g_autofree char *have = value_to_string (&value);
              g_autofree char *want = json_to_string (expected, FALSE);

              return g_strdup_printf ("%s of %s is %s, not %s", name, object_id (target), have, want);
            }
        }
    }

  if (json_object_has_member (spec, "contains"))
    {
      JsonObject *contains = get_object (run, spec, "contains");
      g_autoptr(GList) members = json_object_get_members (contains);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), name);
          JsonArray *wanted = get_array (run, contains, name);
          g_auto(GStrv) strv = NULL;

          if (pspec == NULL || pspec->value_type != G_TYPE_STRV)
            return g_strdup_printf ("%s %s has no list property “%s”", G_OBJECT_TYPE_NAME (target),
                                    object_id (target), name);
          g_object_get (target, name, &strv, NULL);
          for (guint i = 0; i < json_array_get_length (wanted); i++)
            {
              const char *want = json_array_get_string_element (wanted, i);

              if (strv == NULL || !g_strv_contains ((const char * const *) strv, want))
                return g_strdup_printf ("%s of %s does not contain “%s”", name, object_id (target),
                                        want);
            }
        }
    }

  if (json_object_has_member (spec, "quotes") || json_object_has_member (spec, "quotes-include"))
    {
      GPtrArray *sources = sources_of (run, target);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) quotes = NULL;

      for (guint i = 0; i < sources->len; i++)
        g_strv_builder_add (builder, ccbnet_citation_get_quote (sources->pdata[i]));
      quotes = g_strv_builder_end (builder);

      if (json_object_has_member (spec, "quotes"))
        {
          JsonArray *wanted = get_array (run, spec, "quotes");
          gboolean same = g_strv_length (quotes) == json_array_get_length (wanted);

          for (guint i = 0; same && quotes[i] != NULL; i++)
            same = g_strcmp0 (quotes[i], json_array_get_string_element (wanted, i)) == 0;
          if (!same)
            {
              g_autofree char *have = g_strjoinv ("” “", quotes);

              return g_strdup_printf ("%s cites “%s”, not exactly the expected sentences",
                                      object_id (target), have);
            }
        }
      if (json_object_has_member (spec, "quotes-include"))
        {
          JsonArray *wanted = get_array (run, spec, "quotes-include");

          for (guint i = 0; i < json_array_get_length (wanted); i++)
            {
              const char *want = json_array_get_string_element (wanted, i);

              if (want == NULL || !g_strv_contains ((const char * const *) quotes, want))
                return g_strdup_printf ("%s does not cite “%s”", object_id (target), want);
            }
        }
    }

  if (json_object_has_member (spec, "name-for-language"))
    {
      JsonObject *names = get_object (run, spec, "name-for-language");
      g_autoptr(GList) languages = json_object_get_members (names);

      if (!CCBNET_IS_ENTITY (target))
        fail (run, "name-for-language needs an entity");
      for (GList *l = languages; l != NULL; l = l->next)
        {
          const char *language = l->data;
          const char *want = get_string (run, names, language);
          const char *have = ccbnet_entity_get_name_for_language (CCBNET_ENTITY (target), language);

          if (g_strcmp0 (have, want) != 0)
            return g_strdup_printf ("the %s name of %s is “%s”, not “%s”", language,
                                    object_id (target), have, want);
        }
    }

  if (json_object_has_member (spec, "other-names"))
    {
      JsonObject *by_language = get_object (run, spec, "other-names");
      g_autoptr(GList) languages = json_object_get_members (by_language);
      GPtrArray *names;

      if (!CCBNET_IS_ENTITY (target))
        fail (run, "other-names needs an entity");
      names = ccbnet_entity_get_other_names (CCBNET_ENTITY (target));
      for (GList *l = languages; l != NULL; l = l->next)
        {
          const char *language = l->data;
          JsonArray *wanted = get_array (run, by_language, language);
          guint n = 0;

          for (guint i = 0; i < names->len; i++)
            {
              CcbnetName *name = names->pdata[i];
              JsonObject *want;

              if (g_strcmp0 (ccbnet_name_get_language (name), language) != 0)
                continue;
              if (n >= json_array_get_length (wanted))
                return g_strdup_printf ("%s has more other names in %s than expected",
                                        object_id (target), language);
              want = json_array_get_object_element (wanted, n++);
              if (want == NULL)
                fail (run, "other-names lists objects");
              if (g_strcmp0 (ccbnet_name_get_text (name), get_string (run, want, "text")) != 0)
                return g_strdup_printf ("other name %u in %s of %s is “%s”", n, language,
                                        object_id (target), ccbnet_name_get_text (name));
              if (json_object_has_member (want, "external") &&
                  !ccbnet_name_is_external (name) !=
                  !json_object_get_boolean_member (want, "external"))
                return g_strdup_printf ("other name “%s” of %s is %sexternal",
                                        ccbnet_name_get_text (name), object_id (target),
                                        ccbnet_name_is_external (name) ? "" : "not ");
            }
          if (n != json_array_get_length (wanted))
            return g_strdup_printf ("%s has %u other names in %s, not %u", object_id (target), n,
                                    language, json_array_get_length (wanted));
        }
    }

  if (json_object_has_member (spec, "co-actors"))
    {
      g_autofree char *have = NULL;
      g_autofree char *want = join_strings (run, get_array (run, spec, "co-actors"));

      if (!CCBNET_IS_RELATION (target))
        fail (run, "co-actors needs a relation");
      have = join_ids (ccbnet_relation_get_co_actors (CCBNET_RELATION (target)));
      if (!g_str_equal (have, want))
        return g_strdup_printf ("the co-actors of %s are “%s”, not “%s”", object_id (target), have,
                                want);
    }

  if (json_object_has_member (spec, "kind-is-a"))
    {
      const char *nick = get_string (run, spec, "kind-is-a");
      CcbnetRelationKind ancestor = enum_from_nick (run, CCBNET_TYPE_RELATION_KIND, nick);

      if (!CCBNET_IS_RELATION (target))
        fail (run, "kind-is-a needs a relation");
      if (!ccbnet_relation_kind_is_a (ccbnet_relation_get_kind (CCBNET_RELATION (target)), ancestor))
        return g_strdup_printf ("the kind of %s is not a kind of %s", object_id (target), nick);
    }

  return NULL;
}

/* The result of a step's call, as a new array of objects. */
static GPtrArray *
call (Run        *run,
      JsonObject *step,
      const char *name)
{
  if (g_str_equal (name, "find"))
    {
      const char *text = get_string (run, step, name);
      CcbnetEntity *entity = ccbnet_registry_find (registry, text);
      GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

      if (entity == NULL)
        fail (run, "nothing is known as “%s”", text);
      g_ptr_array_add (items, entity);

      return items;
    }
  if (g_str_equal (name, "find_all"))
    {
      const char *text = get_string (run, step, name);
      g_autoptr(GListModel) model = ccbnet_registry_find_all (registry, text);

      return array_from_model (model);
    }
  if (g_str_equal (name, "query") || g_str_equal (name, "query_entities"))
    {
      g_autoptr(CcbnetQuery) query = build_query (run, get_object (run, step, name));
      g_autoptr(GListModel) model = NULL;

      if (g_str_equal (name, "query"))
        model = ccbnet_registry_query (registry, query);
      else
        model = ccbnet_registry_query_entities (registry, query);

      return array_from_model (model);
    }
  if (g_str_equal (name, "find_path"))
    {
      JsonObject *args = get_object (run, step, name);
      g_autoptr(CcbnetEntity) from = resolve_entity (run, get_string (run, args, "from"));
      g_autoptr(CcbnetEntity) to = resolve_entity (run, get_string (run, args, "to"));
      guint max_hops = json_object_get_int_member_with_default (args, "max-hops", 0);
      g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, from, to, max_hops);

      if (path == NULL)
        fail (run, "no path from %s to %s", object_id (G_OBJECT (from)), object_id (G_OBJECT (to)));

      return array_from_model (path);
    }
  if (g_str_equal (name, "filter"))
    {
      g_autoptr(GPtrArray) items = resolve_reference (run, get_string (run, step, name));
      JsonObject *where = get_object (run, step, "where");
      GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GList) members = json_object_get_members (where);

      for (GList *l = members; l != NULL; l = l->next)
        if (!g_str_equal (l->data, "at") && !in_list (checks, G_N_ELEMENTS (checks), l->data))
          fail (run, "“where” has an unknown check “%s”", (const char *) l->data);
      for (guint i = 0; i < items->len; i++)
        {
          g_autofree char *failure = check_item (run, items->pdata[i], where);

          if (failure == NULL)
            g_ptr_array_add (kept, g_object_ref (items->pdata[i]));
        }

      return kept;
    }
  if (g_str_equal (name, "difference"))
    {
      JsonArray *operands = get_array (run, step, name);
      g_autoptr(GPtrArray) first = NULL;
      g_autoptr(GPtrArray) second = NULL;
      GPtrArray *rest = g_ptr_array_new_with_free_func (g_object_unref);

      if (json_array_get_length (operands) != 2)
        fail (run, "“difference” takes two references");
      first = resolve_reference (run, json_array_get_string_element (operands, 0));
      second = resolve_reference (run, json_array_get_string_element (operands, 1));
      for (guint i = 0; i < first->len; i++)
        if (!g_ptr_array_find (second, first->pdata[i], NULL))
          g_ptr_array_add (rest, g_object_ref (first->pdata[i]));

      return rest;
    }
  if (g_str_equal (name, "check"))
    return resolve_reference (run, get_string (run, step, name));

  g_assert_not_reached ();
}

static void
expect_ids (Run        *run,
            JsonObject *step,
            const char *member,
            GPtrArray  *items,
            const char *end)
{
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *have = NULL;
  g_autofree char *want = NULL;

  if (!json_object_has_member (step, member))
    return;

  for (guint i = 0; i < items->len; i++)
    {
      GObject *object = NULL;

      if (end == NULL)
        {
          object = g_object_ref (items->pdata[i]);
        }
      else
        {
          if (!CCBNET_IS_RELATION (items->pdata[i]))
            fail (run, "“%s” needs relations", member);
          g_object_get (items->pdata[i], end, &object, NULL);
        }
      g_ptr_array_add (ends, object);
    }
  have = join_ids (ends);

  if (g_str_equal (member, "objects-include"))
    {
      JsonArray *wanted = get_array (run, step, member);

      for (guint i = 0; i < json_array_get_length (wanted); i++)
        {
          const char *id = json_array_get_string_element (wanted, i);
          gboolean found = FALSE;

          for (guint j = 0; !found && j < ends->len; j++)
            found = g_strcmp0 (object_id (ends->pdata[j]), id) == 0;
          if (!found)
            fail (run, "the objects “%s” do not include “%s”", have, id);
        }
      return;
    }

  want = join_strings (run, get_array (run, step, member));
  if (!g_str_equal (have, want))
    fail (run, "the %s are “%s”, not “%s”", member, have, want);
}

static void
run_step (Run        *run,
          JsonObject *step)
{
  g_autoptr(GList) members = json_object_get_members (step);
  g_autoptr(GPtrArray) result = NULL;
  const char *name = NULL;
  gboolean has_checks = FALSE;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;

      if (in_list (calls, G_N_ELEMENTS (calls), key))
        {
          if (name != NULL)
            fail (run, "a step makes one call, not “%s” and “%s”", name, key);
          name = key;
        }
      else if (in_list (checks, G_N_ELEMENTS (checks), key))
        {
          has_checks = TRUE;
        }
      else if (!in_list (expectations, G_N_ELEMENTS (expectations), key))
        {
          fail (run, "unknown key “%s”", key);
        }
    }
  if (name == NULL)
    fail (run, "the step makes no call");
  if (json_object_has_member (step, "where") && !g_str_equal (name, "filter"))
    fail (run, "only “filter” takes “where”");

  result = call (run, step, name);

  expect_ids (run, step, "ids", result, NULL);
  expect_ids (run, step, "subjects", result, "subject");
  expect_ids (run, step, "objects", result, "object");
  expect_ids (run, step, "objects-include", result, "object");

  /* Checks apply to every item, so an empty result would pass them all: it fails instead. */
  if (has_checks)
    {
      if (result->len == 0)
        fail (run, "the checks have nothing to check: the %s found nothing", name);
      for (guint i = 0; i < result->len; i++)
        {
          g_autofree char *failure = check_item (run, result->pdata[i], step);

          if (failure != NULL)
            fail (run, "%s", failure);
        }
    }

  if (json_object_has_member (step, "as"))
    g_hash_table_replace (run->names, g_strdup (get_string (run, step, "as")),
                          g_steal_pointer (&result));
}

static void
test_question (gconstpointer data)
{
  JsonObject *question = (JsonObject *) data;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  Run run = { json_object_get_string_member (question, "id"), 0, names };
  JsonArray *steps = get_array (&run, question, "steps");

  g_test_message ("%s", json_object_get_string_member (question, "question"));
  g_assert_cmpuint (json_array_get_length (steps), >, 0);
  for (run.step = 0; run.step < json_array_get_length (steps); run.step++)
    {
      JsonNode *step = json_array_get_element (steps, run.step);

      if (!JSON_NODE_HOLDS_OBJECT (step))
        fail (&run, "a step is an object");
      run_step (&run, json_node_get_object (step));
    }
}

/* The shipped dataset after a trip through the builder and a file: the builder made from the
 * default registry saves it to a temporary file, which a new registry loads. Every question must
 * get the same answer from it. */
static CcbnetRegistry *
round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CcbnetDatasetBuilder) builder =
    ccbnet_dataset_builder_new_from_registry (ccbnet_registry_get_default (), &error);
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-acceptance-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  CcbnetRegistry *loaded = ccbnet_registry_new ();

  g_assert_no_error (error);
  path = g_build_filename (dir, "round-trip.json", NULL);
  file = g_file_new_for_path (path);
  ccbnet_dataset_builder_save (builder, file, NULL, &error);
  g_assert_no_error (error);
  ccbnet_registry_load_from_file (loaded, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  return loaded;
}

int
main (int   argc,
      char *argv[])
{
  gboolean trip = argc > 1 && g_str_equal (argv[1], "--round-trip");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *questions;
  int result;

  if (trip)
    {
      argv[1] = argv[0];
      argv++;
      argc--;
    }
  g_test_init (&argc, &argv, NULL);
  registry = trip ? round_trip () : ccbnet_registry_get_default ();

  path = g_test_build_filename (G_TEST_DIST, "acceptance", "questions.json", NULL);
  json_parser_load_from_mapped_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  questions = json_object_get_array_member (root, "questions");
  g_assert_nonnull (questions);
  g_assert_cmpuint (json_array_get_length (questions), >, 0);

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *question = json_array_get_object_element (questions, i);
      const char *id = NULL;
      g_autofree char *test_path = NULL;

      if (question != NULL)
        id = json_object_get_string_member_with_default (question, "id", NULL);
      if (id == NULL || !g_regex_match_simple ("^q[0-9]{2}$", id, 0, 0))
        g_error ("%s: question %u has no id of the form qNN", path, i + 1);
      if (!g_hash_table_add (seen, (gpointer) id))
        g_error ("%s: two questions have the id %s", path, id);
      if (json_object_get_string_member_with_default (question, "question", NULL) == NULL)
        g_error ("%s: %s has no question text", path, id);
      test_path = g_strconcat ("/acceptance/", id, NULL);
      g_test_add_data_func (test_path, question, test_question);
    }

  result = g_test_run ();

  return result;
}
