/* ccbnet-dataset-builder.c: making and editing datasets, each record checked as it is added
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-loader-private.h"
#include "ccbnet-json-scan-private.h"
#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-writer-private.h"

#include <ccbnet/ccbnet.h>

/**
 * CcbnetDatasetBuilder:
 *
 * A dataset under construction: its sources, sections, entities and relations, each checked
 * when it is added, so that bad data is refused at the call that brings it, with the error a
 * file with that record would get.
 *
 * A record is given as the JSON object the dataset format describes (see the format's
 * documentation: the members, their vocabularies, what each kind of relation requires). Each
 * call checks the record as the loader checks a file: its members and their values, that every
 * id it names is a record of the right list already in the builder, the entity types at the
 * ends of a relation, the qualifiers its kind and condition require, and that no `part-of`,
 * `unit-of` or `post-in` chain comes back to where it started. The error has the
 * [error@Ccbnet.DatasetError] code and the words the loader uses, the record it concerns, and
 * the JSON path the record will have in the saved file, such as
 * `relation "r1": $.relations[0].on_behalf_of: unknown entity id "belgium"`. A call that fails
 * leaves the builder exactly as it was.
 *
 * Records refer only to records added before them, so a dataset is built in the order of its
 * file: sources, sections, entities, relations. The builder keeps each record in the dataset's
 * canonical form ([method@Ccbnet.Registry.to_json] describes it), so saving writes the same
 * bytes for the same data, whatever order its members were given in.
 *
 * ```python
 * import json
 * from gi.repository import Ccbnet
 *
 * builder = Ccbnet.DatasetBuilder.new()
 * builder.add_source(json.dumps({"id": "page", "kind": "primary", "title": "Our page",
 *                                "publisher": "Us", "language": "en"}))
 * builder.add_section(json.dumps({"id": "national", "scope": "national",
 *                                 "heading": {"en": "National"},
 *                                 "sources": [{"source": "page", "quote": "National"}]}))
 * ```
 *
 * [ctor@Ccbnet.DatasetBuilder.new_from_registry] starts from a loaded dataset, to edit it;
 * [method@Ccbnet.DatasetBuilder.merge] adds another dataset's records. The result is saved with
 * [method@Ccbnet.DatasetBuilder.save], or loaded into a registry with
 * [method@Ccbnet.DatasetBuilder.to_registry] or [method@Ccbnet.DatasetBuilder.load_into].
 *
 * A builder may be used from several threads: each call holds the builder's lock for its
 * duration, so calls from two threads run one after the other and each sees the builder as the
 * last one left it. The strings returned by [method@Ccbnet.DatasetBuilder.get_title] and
 * [method@Ccbnet.DatasetBuilder.get_license] are valid only until the title or license changes;
 * read the properties for a copy.
 *
 * Since: 1.2
 */

/* How it works. The builder keeps each record as a canonical JsonNode, in four lists, and a
 * table of ids. To check a record, it reads a small dataset through the loader's own readers
 * (ccbnet-loader-records.c), each record under its index in the builder: every source and
 * section, the entities the record names, the record itself, and, for a structural relation,
 * the chain of part-of relations above its object, so that the cycle check sees any loop the
 * record would close. When an entity is replaced, the relations that name it are read too, so
 * that a type that no longer fits an end is found. The loader's store of that small dataset
 * then gives the record back in canonical form (ccbnet-writer.c). The cost of a call grows with
 * the number of sources and sections, not with the size of the dataset. */

#define N_LISTS 4

struct _CcbnetDatasetBuilder
{
  GObject     parent_instance;
  char       *title;
  char       *license;
  char       *schema;
  GPtrArray  *records[N_LISTS];  /* JsonNode, canonical, in the order of the file */
  GHashTable *ids;               /* id → list << 30 | position */
  GRecMutex   lock;              /* held by every public call; recursive, as calls nest */
};

#define LOCKED(self) g_autoptr(GRecMutexLocker) locker G_GNUC_UNUSED = g_rec_mutex_locker_new (&(self)->lock)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LICENSE,
  PROP_N_RECORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CcbnetDatasetBuilder, ccbnet_dataset_builder, G_TYPE_OBJECT)

/* The singular of each list, for messages, and the same with an article. */
static const char * const record_names[N_LISTS] = {
  /* Translators: a record of a dataset, as in 'source "ccb-page": …' */
  N_("source"), N_("section"), N_("entity"), N_("relation")
};
static const char * const the_record_names[N_LISTS] = {
  /* Translators: a record of a dataset without an id, as in "the entity: …" */
  N_("the source"), N_("the section"), N_("the entity"), N_("the relation")
};

/* The members of a relation that name an entity. */
static const char * const entity_members[] = {
  "subject", "object", "on_behalf_of", "via", "context", "capacity", "legal_basis", "framework",
  "condition_ref",
};

#define WHERE(list, position) ((guint) (list) << 30 | (guint) (position))
#define WHERE_LIST(where)     ((where) >> 30)
#define WHERE_POSITION(where) ((where) & ((1u << 30) - 1))

static void
ccbnet_dataset_builder_finalize (GObject *object)
{
  CcbnetDatasetBuilder *self = CCBNET_DATASET_BUILDER (object);

  g_free (self->title);
  g_free (self->license);
  g_free (self->schema);
  for (guint list = 0; list < N_LISTS; list++)
    g_ptr_array_unref (self->records[list]);
  g_hash_table_unref (self->ids);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ccbnet_dataset_builder_parent_class)->finalize (object);
}

static void
ccbnet_dataset_builder_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CcbnetDatasetBuilder *self = CCBNET_DATASET_BUILDER (object);
  LOCKED (self);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LICENSE:
      g_value_set_string (value, self->license);
      break;
    case PROP_N_RECORDS:
      g_value_set_uint (value, ccbnet_dataset_builder_get_n_records (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_dataset_builder_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CcbnetDatasetBuilder *self = CCBNET_DATASET_BUILDER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ccbnet_dataset_builder_set_title (self, g_value_get_string (value));
      break;
    case PROP_LICENSE:
      ccbnet_dataset_builder_set_license (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_dataset_builder_class_init (CcbnetDatasetBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_dataset_builder_finalize;
  object_class->get_property = ccbnet_dataset_builder_get_property;
  object_class->set_property = ccbnet_dataset_builder_set_property;

  /**
   * CcbnetDatasetBuilder:title: (getter get_title) (setter set_title)
   *
   * The dataset's title, written as its member `title`, or %NULL for none.
   *
   * Since: 1.2
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDatasetBuilder:license: (getter get_license) (setter set_license)
   *
   * The dataset's license statement, written as its member `license`, or %NULL for none.
   *
   * Since: 1.2
   */
  properties[PROP_LICENSE] =
    g_param_spec_string ("license", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDatasetBuilder:n-records: (getter get_n_records)
   *
   * The number of records in the builder: sources, sections, entities and relations.
   *
   * Since: 1.2
   */
  properties[PROP_N_RECORDS] =
    g_param_spec_uint ("n-records", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ccbnet_dataset_builder_init (CcbnetDatasetBuilder *self)
{
  for (guint list = 0; list < N_LISTS; list++)
    self->records[list] = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_rec_mutex_init (&self->lock);
}

/**
 * ccbnet_dataset_builder_new:
 *
 * Creates an empty builder: no title, no records.
 *
 * Returns: (transfer full): a new builder
 *
 * Since: 1.2
 */
CcbnetDatasetBuilder *
ccbnet_dataset_builder_new (void)
{
  return g_object_new (CCBNET_TYPE_DATASET_BUILDER, NULL);
}

/* Records */

static const char *
record_id (JsonNode *record)
{
  JsonNode *id;

  if (!JSON_NODE_HOLDS_OBJECT (record))
    return NULL;
  id = json_object_get_member (json_node_get_object (record), "id");
  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (id);
}

/* The node of @object's @member when it holds a string, else NULL. */
static JsonNode *
string_node (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return node;
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = string_node (object, member);

  return node != NULL ? json_node_get_string (node) : NULL;
}

/* Where the record with @id is, or FALSE. */
static gboolean
find (CcbnetDatasetBuilder *self,
      const char           *id,
      guint                *list,
      guint                *position)
{
  gpointer value;

  if (id == NULL || !g_hash_table_lookup_extended (self->ids, id, NULL, &value))
    return FALSE;
  if (list != NULL)
    *list = WHERE_LIST (GPOINTER_TO_UINT (value));
  if (position != NULL)
    *position = WHERE_POSITION (GPOINTER_TO_UINT (value));

  return TRUE;
}

static JsonNode *
record_at (CcbnetDatasetBuilder *self,
           guint                 list,
           guint                 position)
{
  return self->records[list]->pdata[position];
}

static JsonArray *
array_member (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Calls @func with the string node of each id @record refers to (which renaming replaces in
 * place), and the member that holds it. Members of the wrong JSON type are passed over: they
 * are the loader's to report. */
static void
foreach_reference (JsonNode  *record,
                   void     (*func) (JsonNode *id, const char *member, gpointer data),
                   gpointer   data)
{
  static const char * const singles[] = { "section", "name_source" };
  static const char * const lists[] = { "sources", "other_names" };
  JsonObject *object;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (record))
    return;
  object = json_node_get_object (record);

  for (guint i = 0; i < G_N_ELEMENTS (entity_members); i++)
    if (string_node (object, entity_members[i]) != NULL)
      func (string_node (object, entity_members[i]), entity_members[i], data);
  for (guint i = 0; i < G_N_ELEMENTS (singles); i++)
    if (string_node (object, singles[i]) != NULL)
      func (string_node (object, singles[i]), singles[i], data);

  for (guint m = 0; m < 2; m++)
    {
      const char *member = m == 0 ? "jointly_with" : "supersedes";

      array = array_member (object, member);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            func (element, member, data);
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      array = array_member (object, lists[l]);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element) && string_node (json_node_get_object (element), "source") != NULL)
            func (string_node (json_node_get_object (element), "source"), lists[l], data);
        }
    }
}

/* Checking */

typedef struct
{
  CcbnetDatasetBuilder *self;
  GHashTable           *relations;  /* positions (+ 1) of the relations to read */
  GQueue                queue;      /* of positions (+ 1) whose "supersedes" are still to follow */
} Successions;

static void
need_superseded (JsonNode   *id,
                 const char *member,
                 gpointer    data)
{
  Successions *successions = data;
  guint list, position;

  if (g_str_equal (member, "supersedes") &&
      find (successions->self, json_node_get_string (id), &list, &position) &&
      list == CCBNET_LIST_RELATIONS &&
      g_hash_table_add (successions->relations, GUINT_TO_POINTER (position + 1)))
    g_queue_push_tail (&successions->queue, GUINT_TO_POINTER (position + 1));
}

/* Adds to @relations the relations @record supersedes, and those they supersede, so that the
 * loader can resolve every "supersedes" it reads. */
static void
need_successions (CcbnetDatasetBuilder *self,
                  JsonNode             *record,
                  GHashTable           *relations)
{
  Successions successions = { self, relations, G_QUEUE_INIT };
  gpointer next;

  foreach_reference (record, need_superseded, &successions);
  while ((next = g_queue_pop_head (&successions.queue)) != NULL)
    foreach_reference (record_at (self, CCBNET_LIST_RELATIONS, GPOINTER_TO_UINT (next) - 1),
                       need_superseded, &successions);
}

typedef struct
{
  CcbnetDatasetBuilder *self;
  GHashTable           *entities;   /* positions (+ 1) of the entities to read */
} Needs;

static void
need_entity (JsonNode   *id,
             const char *member,
             gpointer    data)
{
  Needs *needs = data;
  guint list, position;

  if (find (needs->self, json_node_get_string (id), &list, &position) && list == CCBNET_LIST_ENTITIES)
    g_hash_table_add (needs->entities, GUINT_TO_POINTER (position + 1));
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (*(gconstpointer *) a), y = GPOINTER_TO_UINT (*(gconstpointer *) b);

  return x < y ? -1 : x > y;
}

/* The positions in @set (each + 1), in order, without the + 1. */
static GPtrArray *
sorted_positions (GHashTable *set)
{
  GPtrArray *positions = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (positions, GUINT_TO_POINTER (GPOINTER_TO_UINT (key) - 1));
  g_ptr_array_sort (positions, compare_positions);

  return positions;
}

static gboolean
is_structural (GEnumClass *kinds,
               JsonNode   *relation)
{
  const char *kind = string_member (json_node_get_object (relation), "kind");
  GEnumValue *value = kind != NULL ? g_enum_get_value_by_nick (kinds, kind) : NULL;

  return value != NULL && ccbnet_relation_kind_is_structural (value->value);
}

/* Adds to @relations (positions + 1) the structural relations that lead up from entity @from. */
static void
need_chain (CcbnetDatasetBuilder *self,
            GEnumClass           *kinds,
            const char           *from,
            GHashTable           *relations)
{
  g_autoptr(GHashTable) up = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  GPtrArray *records = self->records[CCBNET_LIST_RELATIONS];

  for (guint r = 0; r < records->len; r++)
    {
      const char *subject = string_member (json_node_get_object (records->pdata[r]), "subject");
      GArray *list;

      if (subject == NULL || !is_structural (kinds, records->pdata[r]))
        continue;
      list = g_hash_table_lookup (up, subject);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (up, (gpointer) subject, list);
        }
      g_array_append_val (list, r);
    }

  g_ptr_array_add (queue, (gpointer) from);
  g_hash_table_add (seen, (gpointer) from);
  for (guint q = 0; q < queue->len; q++)
    {
      GArray *list = g_hash_table_lookup (up, queue->pdata[q]);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          guint r = g_array_index (list, guint, i);
          const char *object = string_member (json_node_get_object (records->pdata[r]), "object");

          g_hash_table_add (relations, GUINT_TO_POINTER (r + 1));
          if (object != NULL && !g_hash_table_contains (seen, object))
            {
              g_hash_table_add (seen, (gpointer) object);
              g_ptr_array_add (queue, (gpointer) object);
            }
        }
    }
}

static void
find_dependents (CcbnetDatasetBuilder *self,
                 const char           *id,
                 GHashTable           *relations);

/* The record @candidate of @list, checked as if it stood at @position (replacing the record
 * there when @replacing). Returns its canonical form, or NULL with @error set. */
static JsonNode *
check (CcbnetDatasetBuilder  *self,
       guint                  list,
       JsonNode              *candidate,
       guint                  position,
       gboolean               replacing,
       GError               **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) entities = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) relations = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) entity_positions = NULL;
  g_autoptr(GPtrArray) relation_positions = NULL;
  g_autoptr(GPtrArray) relation_indexes = g_ptr_array_new ();
  const char *id = record_id (candidate);
  g_autofree char *name = id != NULL ? g_strdup_printf ("%s \"%s\"", _(record_names[list]), id)
                                     : g_strdup (_(the_record_names[list]));
  void (* const readers[N_LISTS]) (Loader *, JsonNode *, guint) = {
    ccbnet_loader_read_document, ccbnet_loader_read_section, ccbnet_loader_read_entity,
    ccbnet_loader_read_relation,
  };
  Needs needs = { self, entities };
  guint existing_list, existing_position;
  CcbnetSnapshot *snapshot;
  CcbnetStore store;
  JsonNode *canonical;
  Loader l;

  /* An id another record has: the loader's words, with the place of the first. */
  if (find (self, id, &existing_list, &existing_position) &&
      !(replacing && existing_list == list && existing_position == position))
    {
      g_autofree char *message = ccbnet_duplicate_id_message (id, existing_list, existing_position);
      g_autofree char *path = g_strdup_printf ("$.%s[%u].id", ccbnet_list_names[list], position);
      g_autoptr(CcbnetProblem) problem = ccbnet_problem_new (CCBNET_DATASET_ERROR_DUPLICATE_ID, name, path, 0, 0, message);

      g_propagate_error (error, ccbnet_problem_to_error (problem));
      return NULL;
    }

  /* What to read besides the sources and sections. */
  if (list == CCBNET_LIST_ENTITIES && replacing)
    find_dependents (self, id, relations);
  if (list == CCBNET_LIST_RELATIONS && JSON_NODE_HOLDS_OBJECT (candidate))
    {
      GEnumClass *kinds = g_type_class_ref (CCBNET_TYPE_RELATION_KIND);
      const char *object = string_member (json_node_get_object (candidate), "object");

      if (object != NULL && is_structural (kinds, candidate))
        need_chain (self, kinds, object, relations);
      g_type_class_unref (kinds);
      need_successions (self, candidate, relations);
      if (replacing)
        g_hash_table_remove (relations, GUINT_TO_POINTER (position + 1));
      foreach_reference (candidate, need_entity, &needs);
    }
  relation_positions = sorted_positions (relations);
  for (guint i = 0; i < relation_positions->len; i++)
    foreach_reference (record_at (self, CCBNET_LIST_RELATIONS, GPOINTER_TO_UINT (relation_positions->pdata[i])),
                       need_entity, &needs);
  if (list == CCBNET_LIST_ENTITIES)
    g_hash_table_remove (entities, GUINT_TO_POINTER (position + 1));
  entity_positions = sorted_positions (entities);

  ccbnet_loader_init (&l, name, FALSE, problems,
                      self->records[CCBNET_LIST_SOURCES]->len + self->records[CCBNET_LIST_SECTIONS]->len +
                      entity_positions->len + relation_positions->len + 1);

  for (guint k = 0; k < N_LISTS && !STOP (&l); k++)
    {
      GPtrArray *records = self->records[k];
      g_autoptr(GPtrArray) wanted = NULL;
      gboolean placed = FALSE;

      if (k == CCBNET_LIST_SOURCES || k == CCBNET_LIST_SECTIONS)
        {
          wanted = g_ptr_array_new ();
          for (guint i = 0; i < records->len; i++)
            g_ptr_array_add (wanted, GUINT_TO_POINTER (i));
        }
      else
        wanted = g_ptr_array_ref (k == CCBNET_LIST_ENTITIES ? entity_positions : relation_positions);

      for (guint w = 0; w <= wanted->len && !STOP (&l); w++)
        {
          guint i = w < wanted->len ? GPOINTER_TO_UINT (wanted->pdata[w]) : G_MAXUINT;
          guint before = ccbnet_builder_count (l.b, CCBNET_TABLE_RELATIONS, REL_WIDTH);

          /* The candidate goes in its place among the others. */
          if (k == list && !placed && position <= i)
            {
              readers[k] (&l, candidate, position);
              placed = TRUE;
              if (k == CCBNET_LIST_RELATIONS && ccbnet_builder_count (l.b, CCBNET_TABLE_RELATIONS, REL_WIDTH) > before)
                g_ptr_array_add (relation_indexes, GUINT_TO_POINTER (position));
              if (replacing && i == position)
                continue;
              before = ccbnet_builder_count (l.b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
            }
          if (w == wanted->len || STOP (&l))
            break;
          readers[k] (&l, records->pdata[i], i);
          if (k == CCBNET_LIST_RELATIONS && ccbnet_builder_count (l.b, CCBNET_TABLE_RELATIONS, REL_WIDTH) > before)
            g_ptr_array_add (relation_indexes, GUINT_TO_POINTER (i));
        }
    }

  ccbnet_loader_finish_relations (&l, relation_indexes);
  if (problems->len > 0)
    {
      g_propagate_error (error, ccbnet_problem_to_error (problems->pdata[0]));
      ccbnet_loader_clear (&l);
      return NULL;
    }

  /* The loader has checked the record: its store gives it back in canonical form. */
  ccbnet_builder_finish (g_steal_pointer (&l.b), &store);
  ccbnet_loader_clear (&l);
  snapshot = ccbnet_snapshot_new_from_store (&store);
  canonical = ccbnet_writer_record (snapshot, list, ccbnet_store_lookup (&snapshot->store, list, id));
  ccbnet_snapshot_unref (snapshot);

  return canonical;
}

typedef struct
{
  const char *id;
  gboolean    found;
} Refers;

static void
refers_to (JsonNode   *id,
           const char *member,
           gpointer    data)
{
  Refers *refers = data;

  if (g_str_equal (json_node_get_string (id), refers->id))
    refers->found = TRUE;
}

/* The relations (positions + 1) that name the entity @id. */
static void
find_dependents (CcbnetDatasetBuilder *self,
                 const char           *id,
                 GHashTable           *relations)
{
  GPtrArray *records = self->records[CCBNET_LIST_RELATIONS];

  for (guint r = 0; r < records->len; r++)
    {
      Refers refers = { id, FALSE };

      foreach_reference (records->pdata[r], refers_to, &refers);
      if (refers.found)
        g_hash_table_add (relations, GUINT_TO_POINTER (r + 1));
    }
}

/* Parsing a record given as text */

static JsonNode *
parse_record (const char  *json,
              guint        list,
              GError     **error)
{
  g_autofree char *name = g_strdup (_(the_record_names[list]));
  CcbnetProblemInfo info = { .filename = name };
  g_autoptr(JsonParser) parser = NULL;
  gsize length = strlen (json);

  /* The strict scanner first, as for a file: json-glib 1.6 must not see what it misreads. */
  if (!ccbnet_json_scan (json, length, CCBNET_REGISTRY_DEFAULT_MAX_DEPTH, &info))
    {
      g_autoptr(CcbnetProblem) problem = ccbnet_problem_new_from_info (&info);

      ccbnet_problem_info_clear (&info);
      g_propagate_error (error, ccbnet_problem_to_error (problem));
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, length, error))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

/* Adding, replacing, removing */

static void
notify_records (CcbnetDatasetBuilder *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDS]);
}

static void
renumber (CcbnetDatasetBuilder *self,
          guint                 list,
          guint                 from)
{
  GPtrArray *records = self->records[list];

  for (guint i = from; i < records->len; i++)
    g_hash_table_insert (self->ids, g_strdup (record_id (records->pdata[i])), GUINT_TO_POINTER (WHERE (list, i)));
}

/* Adds @record (text or node) to @list after checking it. */
static gboolean
add_node (CcbnetDatasetBuilder  *self,
          guint                  list,
          JsonNode              *record,
          GError               **error)
{
  GPtrArray *records = self->records[list];
  JsonNode *canonical;

  if (records->len >= (1u << 30) - 1)
    {
      g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT,
                   /* Translators: %s is a kind of record: "source", "section", "entity" or "relation" */
                   _("the builder holds as many %s records as a dataset may"), _(record_names[list]));
      return FALSE;
    }

  canonical = check (self, list, record, records->len, FALSE, error);
  if (canonical == NULL)
    return FALSE;

  g_ptr_array_add (records, canonical);
  g_hash_table_insert (self->ids, g_strdup (record_id (canonical)), GUINT_TO_POINTER (WHERE (list, records->len - 1)));

  return TRUE;
}

static gboolean
add_text (CcbnetDatasetBuilder  *self,
          guint                  list,
          const char            *json,
          GError               **error)
{
  g_autoptr(JsonNode) record = parse_record (json, list, error);
  LOCKED (self);

  if (record == NULL || !add_node (self, list, record, error))
    return FALSE;
  notify_records (self);

  return TRUE;
}

/**
 * ccbnet_dataset_builder_add_source:
 * @self: a builder
 * @json: the source, as a JSON object of the dataset format
 * @error: return location for a #GError
 *
 * Adds a source document, such as
 * `{"id": "page", "kind": "primary", "title": "…", "publisher": "…", "language": "en"}`.
 *
 * Returns: %TRUE if the source was added, %FALSE with @error set (a
 *   [error@Ccbnet.DatasetError], as the loader reports a source with that problem) and the
 *   builder unchanged
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_add_source (CcbnetDatasetBuilder  *self,
                                   const char            *json,
                                   GError               **error)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_text (self, CCBNET_LIST_SOURCES, json, error);
}

/**
 * ccbnet_dataset_builder_add_section:
 * @self: a builder
 * @json: the section, as a JSON object of the dataset format
 * @error: return location for a #GError
 *
 * Adds a section. Its citations must name sources already added.
 *
 * Returns: %TRUE if the section was added, %FALSE with @error set and the builder unchanged
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_add_section (CcbnetDatasetBuilder  *self,
                                    const char            *json,
                                    GError               **error)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_text (self, CCBNET_LIST_SECTIONS, json, error);
}

/**
 * ccbnet_dataset_builder_add_entity:
 * @self: a builder
 * @json: the entity, as a JSON object of the dataset format
 * @error: return location for a #GError
 *
 * Adds an entity of any type: its `entity_type` says which, and which members beyond the common
 * ones it may have (`sectors` for an organisation, `purposes` and `topics` for a platform, `date`
 * for a legal instrument, `role` for a post). Its section and the sources it cites must already
 * be in the builder.
 *
 * Returns: %TRUE if the entity was added, %FALSE with @error set and the builder unchanged
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_add_entity (CcbnetDatasetBuilder  *self,
                                   const char            *json,
                                   GError               **error)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_text (self, CCBNET_LIST_ENTITIES, json, error);
}

/**
 * ccbnet_dataset_builder_add_relation:
 * @self: a builder
 * @json: the relation, as a JSON object of the dataset format
 * @error: return location for a #GError
 *
 * Adds a relation with any of its qualifiers, such as
 * `{"id": "r1", "kind": "represents-in", "subject": "ccb", "object": "nis-cg",
 * "on_behalf_of": "belgium", "section": "european", "sources": [{"source": "page", "quote": "…"}]}`.
 * The entities it names must already be in the builder, with types that fit its kind; the
 * qualifiers its kind and condition require must be there; a `part-of`, `unit-of` or `post-in`
 * relation must not close a cycle.
 *
 * Returns: %TRUE if the relation was added, %FALSE with @error set and the builder unchanged
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_add_relation (CcbnetDatasetBuilder  *self,
                                     const char            *json,
                                     GError               **error)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_text (self, CCBNET_LIST_RELATIONS, json, error);
}

static gboolean
replace_node (CcbnetDatasetBuilder  *self,
              JsonNode              *record,
              guint                  list,
              guint                  position,
              GError               **error)
{
  JsonNode *canonical = check (self, list, record, position, TRUE, error);

  if (canonical == NULL)
    return FALSE;

  json_node_unref (self->records[list]->pdata[position]);
  self->records[list]->pdata[position] = canonical;

  return TRUE;
}

/**
 * ccbnet_dataset_builder_replace:
 * @self: a builder
 * @json: the new record, as a JSON object of the dataset format
 * @error: return location for a #GError
 *
 * Replaces the record that has the id of @json with @json, in the same list and at the same
 * place. The new record is checked as an added one is; replacing an entity also checks again
 * the relations that name it, so that an entity type that no longer fits one of them is
 * refused.
 *
 * Returns: %TRUE if the record was replaced, %FALSE with @error set and the builder unchanged:
 *   %CCBNET_DATASET_ERROR_DANGLING_REFERENCE when no record has that id
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_replace (CcbnetDatasetBuilder  *self,
                                const char            *json,
                                GError               **error)
{
  g_autoptr(JsonNode) record = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  const char *id;
  guint list, position;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  record = parse_record (json, CCBNET_LIST_ENTITIES, error);
  if (record == NULL)
    return FALSE;
  id = record_id (record);
  if (id == NULL)
    {
      g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SCHEMA,
                   _("the record to replace with: $.id: expected the string id of a record in the builder"));
      return FALSE;
    }
  if (!find (self, id, &list, &position))
    {
      g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
                   _("the record to replace with: $.id: no record has the id \"%s\""), id);
      return FALSE;
    }

  return replace_node (self, record, list, position, error);
}

typedef struct
{
  const char *id;
  const char *member;
} Reference;

static void
first_reference (JsonNode   *id,
                 const char *member,
                 gpointer    data)
{
  Reference *reference = data;

  if (reference->member == NULL && g_str_equal (json_node_get_string (id), reference->id))
    reference->member = member;
}

/**
 * ccbnet_dataset_builder_remove:
 * @self: a builder
 * @id: the id of the record to remove
 * @error: return location for a #GError
 *
 * Removes the record with @id. A record that others name (an entity at the end of a relation,
 * a section or source that records cite) cannot be removed until they are: the error names the
 * first of them.
 *
 * Returns: %TRUE if the record was removed, %FALSE with @error set and the builder unchanged:
 *   %CCBNET_DATASET_ERROR_DANGLING_REFERENCE when no record has @id or when removing it would
 *   leave a reference without its record
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_remove (CcbnetDatasetBuilder  *self,
                               const char            *id,
                               GError               **error)
{
  guint list, position;

  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!find (self, id, &list, &position))
    {
      /* Quoted as valid UTF-8 whatever the caller passed (ids are slugs, so such an id names no
       * record anyway). */
      g_autofree char *shown = g_utf8_make_valid (id, -1);

      g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
                   _("no record has the id \"%s\""), shown);
      return FALSE;
    }

  for (guint k = 0; k < N_LISTS; k++)
    for (guint i = 0; i < self->records[k]->len; i++)
      {
        Reference reference = { id, NULL };

        foreach_reference (self->records[k]->pdata[i], first_reference, &reference);
        if (reference.member != NULL)
          {
            g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
                         _("%s \"%s\" cannot be removed: $.%s[%u].%s (%s \"%s\") names it"),
                         _(record_names[list]), id, ccbnet_list_names[k], i, reference.member,
                         _(record_names[k]), record_id (self->records[k]->pdata[i]));
            return FALSE;
          }
      }

  g_hash_table_remove (self->ids, id);
  g_ptr_array_remove_index (self->records[list], position);
  renumber (self, list, position);
  notify_records (self);

  return TRUE;
}

/**
 * ccbnet_dataset_builder_contains:
 * @self: a builder
 * @id: an id
 *
 * Whether the builder has a record (of any list) with @id.
 *
 * Returns: %TRUE if it has
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_contains (CcbnetDatasetBuilder *self,
                                 const char           *id)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return find (self, id, NULL, NULL);
}

/**
 * ccbnet_dataset_builder_dup_record:
 * @self: a builder
 * @id: an id
 *
 * Gets the record with @id as the builder keeps it: canonical JSON, as it will be saved.
 *
 * Returns: (transfer full) (nullable): the record's JSON text, or %NULL if no record has @id
 *
 * Since: 1.2
 */
char *
ccbnet_dataset_builder_dup_record (CcbnetDatasetBuilder *self,
                                   const char           *id)
{
  GString *out;
  guint list, position;

  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!find (self, id, &list, &position))
    return NULL;
  out = g_string_new (NULL);
  ccbnet_writer_append_node (out, record_at (self, list, position), 0);

  return g_string_free (out, FALSE);
}

/**
 * ccbnet_dataset_builder_get_n_records:
 * @self: a builder
 *
 * Gets the number of records in the builder.
 *
 * Returns: the number of sources, sections, entities and relations together
 *
 * Since: 1.2
 */
guint
ccbnet_dataset_builder_get_n_records (CcbnetDatasetBuilder *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), 0);

  locker = g_rec_mutex_locker_new (&self->lock);

  return g_hash_table_size (self->ids);
}

/**
 * ccbnet_dataset_builder_get_title:
 * @self: a builder
 *
 * Gets [property@Ccbnet.DatasetBuilder:title].
 *
 * Returns: (nullable): the title, or %NULL
 *
 * Since: 1.2
 */
const char *
ccbnet_dataset_builder_get_title (CcbnetDatasetBuilder *self)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), NULL);

  return self->title;
}

static void
set_text (CcbnetDatasetBuilder  *self,
          char                 **field,
          const char            *value,
          GParamSpec            *pspec)
{
  LOCKED (self);

  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * ccbnet_dataset_builder_set_title:
 * @self: a builder
 * @title: (nullable): the title, or %NULL (or the empty string) for none
 *
 * Sets [property@Ccbnet.DatasetBuilder:title]. The dataset format has no empty title, so an
 * empty string removes the title as %NULL does.
 *
 * Since: 1.2
 */
void
ccbnet_dataset_builder_set_title (CcbnetDatasetBuilder *self,
                                  const char           *title)
{
  g_return_if_fail (CCBNET_IS_DATASET_BUILDER (self));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  set_text (self, &self->title, title != NULL && *title != '\0' ? title : NULL, properties[PROP_TITLE]);
}

/**
 * ccbnet_dataset_builder_get_license:
 * @self: a builder
 *
 * Gets [property@Ccbnet.DatasetBuilder:license].
 *
 * Returns: (nullable): the license statement, or %NULL
 *
 * Since: 1.2
 */
const char *
ccbnet_dataset_builder_get_license (CcbnetDatasetBuilder *self)
{
  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), NULL);

  return self->license;
}

/**
 * ccbnet_dataset_builder_set_license:
 * @self: a builder
 * @license: (nullable): the license statement, or %NULL (or the empty string) for none
 *
 * Sets [property@Ccbnet.DatasetBuilder:license]; an empty string removes it.
 *
 * Since: 1.2
 */
void
ccbnet_dataset_builder_set_license (CcbnetDatasetBuilder *self,
                                    const char           *license)
{
  g_return_if_fail (CCBNET_IS_DATASET_BUILDER (self));
  g_return_if_fail (license == NULL || g_utf8_validate (license, -1, NULL));

  set_text (self, &self->license, license != NULL && *license != '\0' ? license : NULL, properties[PROP_LICENSE]);
}

/* From a registry, and merging */

/**
 * ccbnet_dataset_builder_new_from_registry:
 * @registry: a registry with a loaded dataset
 * @error: return location for a #GError
 *
 * Creates a builder that holds the dataset of @registry: its title, license and every record,
 * to be edited and saved as a new dataset. Saving it unchanged writes what
 * [method@Ccbnet.Registry.to_json] writes.
 *
 * Returns: (transfer full) (nullable): a new builder, or %NULL with @error set to
 *   %G_IO_ERROR_NOT_INITIALIZED when @registry has loaded no dataset
 *
 * Since: 1.2
 */
CcbnetDatasetBuilder *
ccbnet_dataset_builder_new_from_registry (CcbnetRegistry  *registry,
                                          GError         **error)
{
  CcbnetDatasetBuilder *self;
  CcbnetSnapshot *snapshot;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  snapshot = ccbnet_registry_dup_snapshot (registry, error);
  if (snapshot == NULL)
    return NULL;

  self = ccbnet_dataset_builder_new ();
  self->title = ccbnet_snapshot_dup_dataset_member (snapshot, DATASET_TITLE);
  self->license = ccbnet_snapshot_dup_dataset_member (snapshot, DATASET_LICENSE);
  self->schema = ccbnet_snapshot_dup_dataset_member (snapshot, DATASET_SCHEMA);
  for (guint list = 0; list < N_LISTS; list++)
    {
      guint n = ccbnet_snapshot_count_list (snapshot, list);

      for (guint i = 0; i < n; i++)
        {
          JsonNode *record = ccbnet_writer_record (snapshot, list, i);

          g_ptr_array_add (self->records[list], record);
          g_hash_table_insert (self->ids, g_strdup (record_id (record)), GUINT_TO_POINTER (WHERE (list, i)));
        }
    }
  ccbnet_snapshot_unref (snapshot);

  return self;
}

static void
rename_reference (JsonNode   *id,
                  const char *member,
                  gpointer    renames)
{
  const char *renamed = g_hash_table_lookup (renames, json_node_get_string (id));

  if (renamed != NULL)
    json_node_set_string (id, renamed);
}

/* Replaces in the canonical @record, which the caller owns (json_node_copy () would share its
 * objects), the ids of @renames: its own and those it refers to. */
static void
rename_ids (JsonNode   *record,
            GHashTable *renames)
{
  rename_reference (json_object_get_member (json_node_get_object (record), "id"), "id", renames);
  foreach_reference (record, rename_reference, renames);
}

typedef struct
{
  GPtrArray  *records[N_LISTS];
  GHashTable *ids;
} Saved;

static void
save_state (CcbnetDatasetBuilder *self,
            Saved                *saved)
{
  GHashTableIter iter;
  gpointer key, value;

  for (guint list = 0; list < N_LISTS; list++)
    {
      saved->records[list] = g_ptr_array_new_full (self->records[list]->len, (GDestroyNotify) json_node_unref);
      for (guint i = 0; i < self->records[list]->len; i++)
        g_ptr_array_add (saved->records[list], json_node_ref (self->records[list]->pdata[i]));
    }
  saved->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (saved->ids, g_strdup (key), value);
}

static void
restore_state (CcbnetDatasetBuilder *self,
               Saved                *saved,
               gboolean              restore)
{
  for (guint list = 0; list < N_LISTS; list++)
    {
      if (restore)
        {
          g_ptr_array_unref (self->records[list]);
          self->records[list] = g_steal_pointer (&saved->records[list]);
        }
      else
        g_clear_pointer (&saved->records[list], g_ptr_array_unref);
    }
  if (restore)
    {
      g_hash_table_unref (self->ids);
      self->ids = g_steal_pointer (&saved->ids);
    }
  else
    g_clear_pointer (&saved->ids, g_hash_table_unref);
}

static gboolean
id_is_free (CcbnetDatasetBuilder *self,
            CcbnetSnapshot       *snapshot,
            const char           *id)
{
  if (find (self, id, NULL, NULL))
    return FALSE;
  for (guint list = 0; list < N_LISTS; list++)
    if (ccbnet_store_lookup (&snapshot->store, list, id) != CCBNET_NONE)
      return FALSE;

  return TRUE;
}

/* The ids of @snapshot's records that clash with different records of @self, each mapped to
 * @prefix + id. A record that is the same as the builder's stays as it is, unless it names a
 * renamed record: then it differs too, so the search goes on until nothing more is renamed. */
static GHashTable *
renames_for (CcbnetDatasetBuilder  *self,
             CcbnetSnapshot        *snapshot,
             const char            *prefix,
             GError               **error)
{
  g_autoptr(GHashTable) renames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean grew = TRUE;

  while (grew)
    {
      grew = FALSE;
      for (guint list = 0; list < N_LISTS; list++)
        {
          guint n = ccbnet_snapshot_count_list (snapshot, list);

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(JsonNode) record = ccbnet_writer_record (snapshot, list, i);
              const char *id = record_id (record);
              guint existing_list, existing_position;
              char *renamed;

              if (g_hash_table_contains (renames, id) || !find (self, id, &existing_list, &existing_position))
                continue;
              /* The record's own id is not among the renames, so @id stays as it is. */
              rename_ids (record, renames);
              if (existing_list == list && json_node_equal (record, record_at (self, list, existing_position)))
                continue;

              renamed = g_strconcat (prefix, id, NULL);
              if (!id_is_free (self, snapshot, renamed))
                {
                  g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_ID,
                               _("the id \"%s\" of $.%s[%u] is used by both datasets, and so is \"%s\", "
                               "the id with the prefix"), id, ccbnet_list_names[list], i, renamed);
                  g_free (renamed);
                  return NULL;
                }
              g_hash_table_insert (renames, g_strdup (id), renamed);
              grew = TRUE;
            }
        }
    }

  return g_steal_pointer (&renames);
}

/* Adds or applies the other dataset's @record, by @rule. */
static gboolean
merge_record (CcbnetDatasetBuilder  *self,
              guint                  list,
              guint                  index,
              JsonNode              *record,
              CcbnetMergeRule        rule,
              GError               **error)
{
  const char *id = record_id (record);
  guint existing_list, existing_position;

  if (!find (self, id, &existing_list, &existing_position))
    return add_node (self, list, record, error);

  /* The same record on both sides. */
  if (existing_list == list && json_node_equal (record, record_at (self, list, existing_position)))
    return TRUE;

  switch (rule)
    {
    case CCBNET_MERGE_RULE_KEEP_FIRST:
      return TRUE;
    case CCBNET_MERGE_RULE_KEEP_LAST:
      if (existing_list == list)
        return replace_node (self, record, list, existing_position, error);
      G_GNUC_FALLTHROUGH;
    case CCBNET_MERGE_RULE_FAIL:
    case CCBNET_MERGE_RULE_PREFIX:
    default:
      g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_ID,
                   _("the id \"%s\" of $.%s[%u] is already used by a different record, at $.%s[%u] "
                   "of the dataset being built"), id, ccbnet_list_names[list], index,
                   ccbnet_list_names[existing_list], existing_position);
      return FALSE;
    }
}

/**
 * ccbnet_dataset_builder_merge:
 * @self: a builder
 * @other: a registry with a loaded dataset
 * @rule: what to do with an id both datasets use for different records
 * @prefix: (nullable): for %CCBNET_MERGE_RULE_PREFIX, what to put before such an id of @other,
 *   such as `"fr-"`; %NULL otherwise
 * @error: return location for a #GError
 *
 * Adds the records of @other's dataset to the builder, list by list in @other's order, each
 * with its citations. A record that the builder already has, the same in every member, is
 * kept once. Another record with an id the builder uses is handled as @rule says, and each
 * added record is checked as [method@Ccbnet.DatasetBuilder.add_entity] and the others check
 * theirs. The title and license stay those of the builder.
 *
 * The merge is all or nothing: when a record is refused, the builder is left as it was before
 * the call, and @error names the record, its place in @other, and the place of the record it
 * clashes with.
 *
 * Returns: %TRUE if the datasets were merged, %FALSE with @error set: a
 *   [error@Ccbnet.DatasetError] (%CCBNET_DATASET_ERROR_DUPLICATE_ID for a clash the rule does
 *   not resolve), %G_IO_ERROR_NOT_INITIALIZED when @other has loaded no dataset, or
 *   %G_IO_ERROR_INVALID_ARGUMENT for a @rule that is not one, a missing or empty @prefix with
 *   %CCBNET_MERGE_RULE_PREFIX, or a @prefix with another rule
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_merge (CcbnetDatasetBuilder  *self,
                              CcbnetRegistry        *other,
                              CcbnetMergeRule        rule,
                              const char            *prefix,
                              GError               **error)
{
  g_autoptr(GHashTable) renames = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  CcbnetSnapshot *snapshot;
  gboolean ok = TRUE;
  Saved saved;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (CCBNET_IS_REGISTRY (other), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Reported as errors, not as programming errors: scripts pick the rule and the prefix from
   * what their users type. */
  if ((guint) rule > CCBNET_MERGE_RULE_PREFIX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("%d is not a merge rule"), (int) rule);
      return FALSE;
    }
  if (prefix != NULL && !g_utf8_validate (prefix, -1, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("the prefix is not valid UTF-8"));
      return FALSE;
    }
  if ((rule == CCBNET_MERGE_RULE_PREFIX) != (prefix != NULL && *prefix != '\0'))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           rule == CCBNET_MERGE_RULE_PREFIX ? _("the prefix rule needs a prefix that is not empty")
                                                            : _("a prefix goes with the prefix rule only"));
      return FALSE;
    }

  snapshot = ccbnet_registry_dup_snapshot (other, error);
  if (snapshot == NULL)
    return FALSE;

  locker = g_rec_mutex_locker_new (&self->lock);
  if (rule == CCBNET_MERGE_RULE_PREFIX)
    {
      renames = renames_for (self, snapshot, prefix, error);
      if (renames == NULL)
        {
          ccbnet_snapshot_unref (snapshot);
          return FALSE;
        }
    }

  save_state (self, &saved);
  for (guint list = 0; list < N_LISTS && ok; list++)
    {
      guint n = ccbnet_snapshot_count_list (snapshot, list);

      for (guint i = 0; i < n && ok; i++)
        {
          g_autoptr(JsonNode) record = ccbnet_writer_record (snapshot, list, i);

          if (renames != NULL)
            rename_ids (record, renames);
          ok = merge_record (self, list, i, record, rule, error);
        }
    }
  restore_state (self, &saved, !ok);
  ccbnet_snapshot_unref (snapshot);
  notify_records (self);

  return ok;
}

/* Writing */

/**
 * ccbnet_dataset_builder_to_json:
 * @self: a builder
 *
 * Writes the builder's dataset as `ccbnet/1` JSON in the canonical form that
 * [method@Ccbnet.Registry.to_json] describes.
 *
 * Returns: (transfer full): the JSON text
 *
 * Since: 1.2
 */
GBytes *
ccbnet_dataset_builder_to_json (CcbnetDatasetBuilder *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  GString *out;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  out = g_string_sized_new (4096);
  ccbnet_writer_begin (out, self->schema, self->title, self->license);
  for (guint list = 0; list < N_LISTS; list++)
    {
      GPtrArray *records = self->records[list];

      ccbnet_writer_begin_list (out, list);
      for (guint i = 0; i < records->len; i++)
        ccbnet_writer_append_record (out, records->pdata[i], i == 0);
      ccbnet_writer_end_list (out, records->len == 0);
    }
  ccbnet_writer_end (out);

  return g_string_free_to_bytes (out);
}

/**
 * ccbnet_dataset_builder_save:
 * @self: a builder
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the builder's dataset to @file as [method@Ccbnet.DatasetBuilder.to_json] writes it,
 * replacing the file atomically as [method@Ccbnet.Registry.write_json] does: when saving fails,
 * the old file stays as it was.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_save (CcbnetDatasetBuilder  *self,
                             GFile                 *file,
                             GCancellable          *cancellable,
                             GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ccbnet_dataset_builder_to_json (self);

  return ccbnet_save_bytes (file, bytes, cancellable, error);
}

/**
 * ccbnet_dataset_builder_load_into:
 * @self: a builder
 * @registry: the registry to load the dataset into
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads the builder's dataset into @registry, replacing what it had, as
 * [method@Ccbnet.Registry.load_from_bytes] does: atomically, with
 * [signal@Ccbnet.Registry::loaded] emitted once the registry and its list models hold the new
 * dataset. The builder stays as it is and may go on being edited.
 *
 * Returns: %TRUE on success, %FALSE with @error set and @registry unchanged
 *
 * Since: 1.2
 */
gboolean
ccbnet_dataset_builder_load_into (CcbnetDatasetBuilder  *self,
                                  CcbnetRegistry        *registry,
                                  GCancellable          *cancellable,
                                  GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), FALSE);
  g_return_val_if_fail (CCBNET_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ccbnet_dataset_builder_to_json (self);

  return ccbnet_registry_load_from_bytes (registry, bytes, _("the built dataset"), cancellable, error);
}

/**
 * ccbnet_dataset_builder_to_registry:
 * @self: a builder
 * @error: return location for a #GError
 *
 * Creates a registry that holds the builder's dataset.
 *
 * Returns: (transfer full) (nullable): a new registry, or %NULL with @error set
 *
 * Since: 1.2
 */
CcbnetRegistry *
ccbnet_dataset_builder_to_registry (CcbnetDatasetBuilder  *self,
                                    GError               **error)
{
  g_autoptr(CcbnetRegistry) registry = NULL;

  g_return_val_if_fail (CCBNET_IS_DATASET_BUILDER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  registry = ccbnet_registry_new ();
  if (!ccbnet_dataset_builder_load_into (self, registry, NULL, error))
    return NULL;

  return g_steal_pointer (&registry);
}
