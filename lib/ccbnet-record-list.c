/* ccbnet-record-list.c: a registry's records as a list model, made as they are read
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-record-list-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetRecordList:
 *
 * Every entity, or every relation, of a [class@Ccbnet.Registry], as a [iface@Gio.ListModel]
 * that makes each object only when [method@Gio.ListModel.get_item] asks for it.
 *
 * [method@Ccbnet.Registry.get_entities] and [method@Ccbnet.Registry.get_relations] return the
 * registry's two record lists. Counting their items costs nothing, and reading item @i makes
 * the object of record @i, once: the same record gives the same object for as long as the
 * registry holds the dataset, whether it came from the list, a lookup or a query. A user
 * interface can bind a list of 10⁵ entities to a `GtkListView` and make only the rows it shows.
 *
 * A record list follows its registry: when the registry loads another dataset, the list emits
 * [signal@Gio.ListModel::items-changed] for all its items (removed, then the new ones added),
 * and a failed load changes nothing. Use it from the thread that loads, as other models a user
 * interface binds to; objects taken from it stay valid after a reload. A list that outlives its
 * registry keeps the registry's last dataset, and answers from it, until the list is finalized.
 *
 * ```c
 * GListModel *entities = ccbnet_registry_get_entities (registry);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
 *   {
 *     g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
 *
 *     g_print ("%s\n", ccbnet_entity_get_id (entity));
 *   }
 * ```
 *
 * Python iterates it and takes its `len()` as any list model (`for entity in
 * registry.get_entities()`). GJS 1.74 iterates with `for…of` only the types its own overrides
 * make iterable; the library's GJS override (`Ccbnet.js`, installed in
 * `$datadir/ccbnet-1/gjs/overrides`) adds `Symbol.iterator` to this class: put its directory on
 * `imports.overrides.searchPath` before the first import of `Ccbnet` (see the JavaScript guide).
 *
 * Since: 1.2
 */

struct _CcbnetRecordList
{
  GObject         parent_instance;
  CcbnetSnapshot *snapshot;   /* the registry's current one, or the last it had */
  GType           item_type;  /* CCBNET_TYPE_ENTITY or CCBNET_TYPE_RELATION */
  guint           n_items;
};

static void ccbnet_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CcbnetRecordList, ccbnet_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ccbnet_record_list_model_init))

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static GType
ccbnet_record_list_get_item_type (GListModel *model)
{
  return CCBNET_RECORD_LIST (model)->item_type;
}

static guint
ccbnet_record_list_get_n_items (GListModel *model)
{
  return CCBNET_RECORD_LIST (model)->n_items;
}

static gpointer
ccbnet_record_list_get_item (GListModel *model,
                             guint       position)
{
  CcbnetRecordList *self = CCBNET_RECORD_LIST (model);

  if (position >= self->n_items)
    return NULL;

  /* The list's own reference keeps its snapshot, whatever the registry does meanwhile. */
  if (self->item_type == CCBNET_TYPE_ENTITY)
    return g_object_ref (ccbnet_snapshot_get_entity (self->snapshot, position));

  return g_object_ref (ccbnet_snapshot_get_relation (self->snapshot, position));
}

static void
ccbnet_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ccbnet_record_list_get_item_type;
  iface->get_n_items = ccbnet_record_list_get_n_items;
  iface->get_item = ccbnet_record_list_get_item;
}

static void
ccbnet_record_list_finalize (GObject *object)
{
  CcbnetRecordList *self = CCBNET_RECORD_LIST (object);

  g_clear_pointer (&self->snapshot, ccbnet_snapshot_unref);

  G_OBJECT_CLASS (ccbnet_record_list_parent_class)->finalize (object);
}

static void
ccbnet_record_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CcbnetRecordList *self = CCBNET_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_record_list_class_init (CcbnetRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_record_list_finalize;
  object_class->get_property = ccbnet_record_list_get_property;

  /* GListStore has properties of the same names. GLib interns a property's name the first time
   * a class installs it, and g_object_new () finds a construct property by comparing that
   * pointer with the name its caller passes, falling back to a hash lookup: if this class came
   * first, every g_list_store_new () (one per query result) would take the slow way, about 250
   * instructions more (measured with callgrind). So GListStore interns its names first. */
  g_type_class_unref (g_type_class_ref (G_TYPE_LIST_STORE));

  /**
   * CcbnetRecordList:item-type:
   *
   * The type of the items: [class@Ccbnet.Entity] or [class@Ccbnet.Relation].
   *
   * Since: 1.2
   */
  props[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRecordList:n-items:
   *
   * The number of items, as [method@Gio.ListModel.get_n_items] gives it; notified when the
   * registry loads another dataset.
   *
   * Since: 1.2
   */
  props[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_record_list_init (CcbnetRecordList *self)
{
}

/* An empty list of records of @item_type. */
CcbnetRecordList *
ccbnet_record_list_new (GType item_type)
{
  CcbnetRecordList *self = g_object_new (CCBNET_TYPE_RECORD_LIST, NULL);

  g_assert (item_type == CCBNET_TYPE_ENTITY || item_type == CCBNET_TYPE_RELATION);
  self->item_type = item_type;

  return self;
}

/* The registry holds @snapshot now, in place of the one before; the list reads its records of
 * the list's type from it, and keeps a reference to it. */
void
ccbnet_record_list_reset (CcbnetRecordList *self,
                          CcbnetSnapshot   *snapshot)
{
  guint removed = self->n_items;

  g_clear_pointer (&self->snapshot, ccbnet_snapshot_unref);
  self->snapshot = ccbnet_snapshot_ref (snapshot);
  self->n_items = self->item_type == CCBNET_TYPE_ENTITY ? snapshot->n_entities : snapshot->n_relations;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
  if (removed != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}
