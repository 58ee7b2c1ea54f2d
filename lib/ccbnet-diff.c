/* ccbnet-diff.c: the records added, removed and changed between two datasets
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-writer-private.h"

#include <string.h>

/* Records are compared in the canonical form the writer gives them (ccbnet_writer_record()):
 * one JSON object per record, optional members absent when unset, so that "field by field"
 * means "member by member of the file", whichever form (JSON or compiled) each side was loaded
 * from. A record is the same record on both sides when it has the same id in the same list;
 * its other members, dates included, may all change without changing which record it is. */

/**
 * CcbnetChange:
 *
 * One difference between two datasets, as [method@Ccbnet.Registry.diff] reports it: a record
 * added, removed or changed.
 *
 * A record is named by its list ([property@Ccbnet.Change:list]: `sources`, `sections`,
 * `entities` or `relations`, the lists of the dataset format) and its id; the same id in the
 * same list is the same record, whatever else changed, so a relation whose `start_date` moved
 * is changed, not removed and added. An id that moved to another list is removed from one and
 * added to the other.
 *
 * A changed record names its changed members ([property@Ccbnet.Change:members]): the members
 * of the dataset format (`name`, `start_date`, `sources`, …) whose values differ, including
 * those set on one side only, in the order the format writes them. A member is compared as a
 * whole: a list of citations with one quote edited is the one changed member `sources`.
 * [method@Ccbnet.Change.dup_old_value] and [method@Ccbnet.Change.dup_new_value] give a
 * member's value on each side as compact JSON text, or, with no member, the whole record.
 *
 * The dataset's own members `title` and `license` are compared too: a change of either is a
 * change of the list `dataset`, with the empty id, whose values are those two members.
 *
 * ```c
 * g_autoptr(GListModel) changes = ccbnet_registry_diff (old, new, &error);
 *
 * for (guint i = 0; changes != NULL && i < g_list_model_get_n_items (changes); i++)
 *   {
 *     g_autoptr(CcbnetChange) change = g_list_model_get_item (changes, i);
 *     const char * const *members = ccbnet_change_get_members (change);
 *
 *     g_print ("%s %s %s\n",
 *              ccbnet_change_type_to_string (ccbnet_change_get_change_type (change)),
 *              ccbnet_change_get_list (change), ccbnet_change_get_id (change));
 *     for (guint m = 0; members[m] != NULL; m++)
 *       {
 *         g_autofree char *before = ccbnet_change_dup_old_value (change, members[m]);
 *         g_autofree char *after = ccbnet_change_dup_new_value (change, members[m]);
 *
 *         g_print ("  %s: %s → %s\n", members[m], before ? before : "(none)",
 *                  after ? after : "(none)");
 *       }
 *   }
 * ```
 *
 * Since: 1.2
 */

struct _CcbnetChange
{
  GObject           parent_instance;
  CcbnetChangeType  change_type;
  const char       *list;        /* static: a name of ccbnet_list_names, or "dataset" */
  char             *id;
  GStrv             members;     /* the changed ones, in canonical order; empty unless changed */
  JsonNode         *old_record;  /* an object, or NULL when added */
  JsonNode         *new_record;  /* an object, or NULL when removed */
};

G_DEFINE_FINAL_TYPE (CcbnetChange, ccbnet_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHANGE_TYPE,
  PROP_LIST,
  PROP_ID,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* The list of a change of the dataset's own members, after the four lists of records. */
#define DIFF_LIST_DATASET (CCBNET_LIST_RELATIONS + 1)

static void
ccbnet_change_finalize (GObject *object)
{
  CcbnetChange *self = CCBNET_CHANGE (object);

  g_free (self->id);
  g_strfreev (self->members);
  g_clear_pointer (&self->old_record, json_node_unref);
  g_clear_pointer (&self->new_record, json_node_unref);

  G_OBJECT_CLASS (ccbnet_change_parent_class)->finalize (object);
}

static void
ccbnet_change_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CcbnetChange *self = CCBNET_CHANGE (object);

  switch (prop_id)
    {
    case PROP_CHANGE_TYPE:
      g_value_set_enum (value, self->change_type);
      break;
    case PROP_LIST:
      g_value_set_string (value, self->list);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_MEMBERS:
      g_value_set_boxed (value, self->members);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_change_class_init (CcbnetChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_change_finalize;
  object_class->get_property = ccbnet_change_get_property;

  /**
   * CcbnetChange:change-type:
   *
   * Whether the record was added, removed or changed.
   *
   * Since: 1.2
   */
  props[PROP_CHANGE_TYPE] =
    g_param_spec_enum ("change-type", NULL, NULL, CCBNET_TYPE_CHANGE_TYPE,
                       CCBNET_CHANGE_TYPE_CHANGED, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetChange:list:
   *
   * The list of the record, as the dataset format names it: `sources`, `sections`, `entities`
   * or `relations`; `dataset` for a change of the dataset's `title` or `license`.
   *
   * Since: 1.2
   */
  props[PROP_LIST] =
    g_param_spec_string ("list", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetChange:id:
   *
   * The id of the record, the same on both sides; the empty string for a change of the
   * dataset's own members.
   *
   * Since: 1.2
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetChange:members:
   *
   * The names of the members whose values differ, including those set on one side only, in
   * the order the dataset format writes them; empty for a record added or removed.
   *
   * Since: 1.2
   */
  props[PROP_MEMBERS] =
    g_param_spec_boxed ("members", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_change_init (CcbnetChange *self)
{
}

/* Takes @old_record, @new_record and @members. */
static CcbnetChange *
ccbnet_change_new (CcbnetChangeType  change_type,
                   const char       *list,
                   const char       *id,
                   JsonNode         *old_record,
                   JsonNode         *new_record,
                   GStrv             members)
{
  CcbnetChange *self = g_object_new (CCBNET_TYPE_CHANGE, NULL);

  self->change_type = change_type;
  self->list = list;
  self->id = g_strdup (id);
  self->old_record = old_record;
  self->new_record = new_record;
  self->members = members != NULL ? members : g_new0 (char *, 1);

  return self;
}

/**
 * ccbnet_change_get_change_type:
 * @self: a change
 *
 * Gets whether the record was added, removed or changed.
 *
 * Returns: the type of the change
 *
 * Since: 1.2
 */
CcbnetChangeType
ccbnet_change_get_change_type (CcbnetChange *self)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), CCBNET_CHANGE_TYPE_CHANGED);

  return self->change_type;
}

/**
 * ccbnet_change_get_list:
 * @self: a change
 *
 * Gets the list of the record: `sources`, `sections`, `entities` or `relations`, or `dataset`
 * for a change of the dataset's `title` or `license`.
 *
 * Returns: the name of the list
 *
 * Since: 1.2
 */
const char *
ccbnet_change_get_list (CcbnetChange *self)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), NULL);

  return self->list;
}

/**
 * ccbnet_change_get_id:
 * @self: a change
 *
 * Gets the id of the record, or the empty string for a change of the dataset's own members.
 *
 * Returns: the id
 *
 * Since: 1.2
 */
const char *
ccbnet_change_get_id (CcbnetChange *self)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), NULL);

  return self->id;
}

/**
 * ccbnet_change_get_members:
 * @self: a change
 *
 * Gets the names of the members whose values differ between the two sides, including the
 * members set on one side only, in the order the dataset format writes them (`name` before
 * `short_name`, `start_date` before `end_date`). A record added or removed has none.
 *
 * Returns: (transfer none) (array zero-terminated=1): the names of the changed members,
 *   possibly none
 *
 * Since: 1.2
 */
const char * const *
ccbnet_change_get_members (CcbnetChange *self)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), NULL);

  return (const char * const *) self->members;
}

/* @member of @record (the whole of it when @member is NULL) as compact JSON, or NULL. */
static char *
dup_value (JsonNode   *record,
           const char *member)
{
  JsonNode *node = record;

  if (record != NULL && member != NULL)
    node = json_object_get_member (json_node_get_object (record), member);

  return node != NULL ? json_to_string (node, FALSE) : NULL;
}

/**
 * ccbnet_change_dup_old_value:
 * @self: a change
 * @member: (nullable): the name of a member, such as `name`, or %NULL for the whole record
 *
 * Gets the value of @member in the old dataset, as compact JSON text: `"Test Agency"` with its
 * quotes for a string, `["national","european"]` for a list. With %NULL, gets the whole record
 * as a JSON object, its members in the order the dataset format writes them.
 *
 * Any member of the record may be asked for, changed or not. For a change of the dataset's own
 * members (the list `dataset`), the record is the object of its `title` and `license`.
 *
 * Returns: (transfer full) (nullable): the JSON text, or %NULL when the record has no such
 *   member on the old side, or is not on the old side at all (it was added)
 *
 * Since: 1.2
 */
char *
ccbnet_change_dup_old_value (CcbnetChange *self,
                             const char   *member)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), NULL);

  return dup_value (self->old_record, member);
}

/**
 * ccbnet_change_dup_new_value:
 * @self: a change
 * @member: (nullable): the name of a member, such as `name`, or %NULL for the whole record
 *
 * Gets the value of @member in the new dataset, as compact JSON text, or the whole record with
 * %NULL, as [method@Ccbnet.Change.dup_old_value] does for the old one.
 *
 * Returns: (transfer full) (nullable): the JSON text, or %NULL when the record has no such
 *   member on the new side, or is not on the new side at all (it was removed)
 *
 * Since: 1.2
 */
char *
ccbnet_change_dup_new_value (CcbnetChange *self,
                             const char   *member)
{
  g_return_val_if_fail (CCBNET_IS_CHANGE (self), NULL);

  return dup_value (self->new_record, member);
}

/**
 * ccbnet_change_type_to_string:
 * @change_type: a change type
 *
 * Gets the nick of @change_type: `added`, `removed` or `changed`.
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetChangeType
 *
 * Since: 1.2
 */
const char *
ccbnet_change_type_to_string (CcbnetChangeType change_type)
{
  return ccbnet_enum_nick (CCBNET_TYPE_CHANGE_TYPE, change_type);
}

/* Comparing */

static guint
member_rank (guint       list,
             const char *member)
{
  if (list == DIFF_LIST_DATASET)
    return g_str_equal (member, "title") ? 0 : g_str_equal (member, "license") ? 1 : G_MAXUINT;

  return ccbnet_writer_member_rank (list, member);
}

static int
compare_members (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const char *member_a = *(const char * const *) a;
  const char *member_b = *(const char * const *) b;
  guint list = GPOINTER_TO_UINT (data);
  guint rank_a = member_rank (list, member_a);
  guint rank_b = member_rank (list, member_b);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  /* Only members the format does not know tie; there are none, but the order stays fixed. */
  return strcmp (member_a, member_b);
}

/* The members of two records of @list whose values differ, or that one of them lacks, in the
 * canonical order; NULL when the records are equal. */
static GStrv
changed_members (guint       list,
                 JsonObject *old_object,
                 JsonObject *new_object)
{
  g_autoptr(GList) old_members = json_object_get_members (old_object);
  g_autoptr(GList) new_members = json_object_get_members (new_object);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();

  for (GList *m = old_members; m != NULL; m = m->next)
    {
      JsonNode *new_value = json_object_get_member (new_object, m->data);

      if (new_value == NULL || !json_node_equal (json_object_get_member (old_object, m->data), new_value))
        g_ptr_array_add (changed, m->data);
    }
  for (GList *m = new_members; m != NULL; m = m->next)
    if (!json_object_has_member (old_object, m->data))
      g_ptr_array_add (changed, m->data);

  if (changed->len == 0)
    return NULL;

  g_ptr_array_sort_with_data (changed, compare_members, GUINT_TO_POINTER (list));
  g_ptr_array_add (changed, NULL);

  return g_strdupv ((char **) changed->pdata);
}

/* The dataset's own members that the diff compares, as an object. */
static JsonNode *
dataset_record (CcbnetSnapshot *snapshot)
{
  JsonObject *object = json_object_new ();
  g_autofree char *title = ccbnet_snapshot_dup_dataset_member (snapshot, DATASET_TITLE);
  g_autofree char *license = ccbnet_snapshot_dup_dataset_member (snapshot, DATASET_LICENSE);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (title != NULL)
    json_object_set_string_member (object, "title", title);
  if (license != NULL)
    json_object_set_string_member (object, "license", license);
  json_node_take_object (node, object);

  return node;
}

static void
diff_dataset (CcbnetSnapshot *old,
              CcbnetSnapshot *new,
              GListStore     *changes)
{
  JsonNode *old_record = dataset_record (old);
  JsonNode *new_record = dataset_record (new);
  GStrv members = changed_members (DIFF_LIST_DATASET, json_node_get_object (old_record),
                                   json_node_get_object (new_record));
  g_autoptr(CcbnetChange) change = NULL;

  if (members == NULL)
    {
      json_node_unref (old_record);
      json_node_unref (new_record);
      return;
    }

  change = ccbnet_change_new (CCBNET_CHANGE_TYPE_CHANGED, "dataset", "", old_record, new_record,
                              members);
  g_list_store_append (changes, change);
}

/* The changes of @list: its records removed or changed in @old's order, then those added in
 * @new's. Each record of @old is found in @new by its id, through @new's id table. */
static void
diff_list (CcbnetSnapshot *old,
           CcbnetSnapshot *new,
           guint           list,
           GListStore     *changes)
{
  const char *name = ccbnet_list_names[list];
  guint n_old = ccbnet_snapshot_count_list (old, list);
  guint n_new = ccbnet_snapshot_count_list (new, list);
  g_autofree gboolean *matched = g_new0 (gboolean, n_new);

  for (guint i = 0; i < n_old; i++)
    {
      JsonNode *old_record = ccbnet_writer_record (old, list, i);
      JsonObject *old_object = json_node_get_object (old_record);
      const char *id = json_object_get_string_member (old_object, "id");
      guint32 position = ccbnet_store_lookup (&new->store, list, id);
      g_autoptr(CcbnetChange) change = NULL;
      JsonNode *new_record;
      GStrv members;

      if (position == CCBNET_NONE)
        {
          change = ccbnet_change_new (CCBNET_CHANGE_TYPE_REMOVED, name, id, old_record, NULL, NULL);
          g_list_store_append (changes, change);
          continue;
        }

      matched[position] = TRUE;
      new_record = ccbnet_writer_record (new, list, position);
      members = changed_members (list, old_object, json_node_get_object (new_record));
      if (members == NULL)
        {
          json_node_unref (old_record);
          json_node_unref (new_record);
          continue;
        }
      change = ccbnet_change_new (CCBNET_CHANGE_TYPE_CHANGED, name, id, old_record, new_record,
                                  members);
      g_list_store_append (changes, change);
    }

  for (guint j = 0; j < n_new; j++)
    {
      JsonNode *new_record;
      g_autoptr(CcbnetChange) change = NULL;

      if (matched[j])
        continue;
      new_record = ccbnet_writer_record (new, list, j);
      change = ccbnet_change_new (CCBNET_CHANGE_TYPE_ADDED, name,
                                  json_object_get_string_member (json_node_get_object (new_record), "id"),
                                  NULL, new_record, NULL);
      g_list_store_append (changes, change);
    }
}

/**
 * ccbnet_registry_diff:
 * @self: the registry of the old dataset
 * @new_registry: the registry of the new dataset
 * @error: return location for a #GError
 *
 * Compares the dataset of @self with that of @new_registry, record by record and member by
 * member, as they would be written ([method@Ccbnet.Registry.to_json]): the result does not
 * depend on the layout of the files, their order of members, or whether a side was loaded
 * from JSON or from a compiled file.
 *
 * A record is identified by its list and its id: the same id in the same list is the same
 * record on both sides, and is reported as changed when any of its members differ (a relation
 * whose dates changed is changed, not removed and added); an id in one dataset only is a
 * record added or removed. Members are compared as whole values: a changed list is one changed
 * member. The dataset's own `title` and `license` are compared as well, and reported as one
 * change of the list `dataset` (see [class@Ccbnet.Change]); its `$schema` is not compared.
 *
 * The changes come in a fixed order: the dataset's own first, then the lists in the order of
 * the format (sources, sections, entities, relations); within a list, the records removed or
 * changed in the order of the old dataset, then the records added in the order of the new one.
 * Equal datasets give an empty list; so does a registry compared with itself.
 *
 * Each side is read from the dataset its registry holds when the call starts; loading another
 * dataset meanwhile does not change the result.
 *
 * Returns: (transfer full): a list model of [class@Ccbnet.Change], or %NULL with @error set
 *   to %G_IO_ERROR_NOT_INITIALIZED when either registry has loaded no dataset
 *
 * Since: 1.2
 */
GListModel *
ccbnet_registry_diff (CcbnetRegistry  *self,
                      CcbnetRegistry  *new_registry,
                      GError         **error)
{
  CcbnetSnapshot *old;
  CcbnetSnapshot *new;
  GListStore *changes;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_REGISTRY (new_registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  old = ccbnet_registry_dup_snapshot (self, error);
  if (old == NULL)
    return NULL;
  new = ccbnet_registry_dup_snapshot (new_registry, error);
  if (new == NULL)
    {
      ccbnet_snapshot_unref (old);
      return NULL;
    }

  changes = g_list_store_new (CCBNET_TYPE_CHANGE);
  diff_dataset (old, new, changes);
  for (guint list = CCBNET_LIST_SOURCES; list <= CCBNET_LIST_RELATIONS; list++)
    diff_list (old, new, list, changes);

  ccbnet_snapshot_unref (new);
  ccbnet_snapshot_unref (old);

  return G_LIST_MODEL (changes);
}
