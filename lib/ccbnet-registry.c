/* ccbnet-registry.c: a loaded dataset and the queries over it
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-record-list-private.h"

/**
 * CcbnetRegistry:
 *
 * A dataset of entities and relations, and the questions it answers.
 *
 * Most programs use the shipped dataset through [func@Ccbnet.Registry.get_default]: it is
 * compiled into the library, loaded once per process and shared. Load another dataset into a
 * registry of your own with [method@Ccbnet.Registry.load_from_file] or its async variant.
 *
 * ```c
 * CcbnetRegistry *registry = ccbnet_registry_get_default ();
 * g_autoptr(CcbnetEntity) ccb = ccbnet_registry_find (registry, "CCB");
 * g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
 * g_autoptr(GListModel) relations = NULL;
 *
 * ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_REPRESENTS_IN);
 * ccbnet_query_set_subject (query, ccb);
 * relations = ccbnet_registry_query (registry, query);
 * ```
 *
 * Loading checks the bytes (strict JSON, limits on size and depth) and the meaning (ids,
 * references, the types at each end of a relation, cycles) and fails with a
 * %CCBNET_DATASET_ERROR that says where the problem is. A failed load changes nothing. A
 * successful load replaces the registry's content in one step: the models of
 * [method@Ccbnet.Registry.get_entities] and the other listings emit
 * [signal@Gio.ListModel::items-changed], then the registry emits
 * [signal@Ccbnet.Registry::loaded]; objects handed out before stay valid.
 *
 * Lookups, finds, queries and paths may be called from any number of threads at once, also
 * while another thread loads. The listing models are for the thread that loads (usually the
 * main thread), like other list models a user interface binds to.
 *
 * Since: 1.0
 */

struct _CcbnetRegistry
{
  GObject         parent_instance;
  GRWLock         lock;          /* guards snapshot */
  CcbnetSnapshot *snapshot;
  CcbnetLimits    limits;
  /* The listings. Entities and relations are made only as their lists are read; documents and
   * sections are made with the snapshot, and their lists hold them. */
  CcbnetRecordList *entities;
  CcbnetRecordList *relations;
  GListStore     *sections;
  GListStore     *documents;
};

G_DEFINE_FINAL_TYPE (CcbnetRegistry, ccbnet_registry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_SIZE,
  PROP_MAX_DEPTH,
  PROP_MAP_FILES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

enum {
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ccbnet_registry_finalize (GObject *object)
{
  CcbnetRegistry *self = (CcbnetRegistry *) object;

  g_clear_object (&self->entities);
  g_clear_object (&self->relations);
  g_clear_object (&self->sections);
  g_clear_object (&self->documents);
  g_clear_pointer (&self->snapshot, ccbnet_snapshot_unref);
  g_rw_lock_clear (&self->lock);

  G_OBJECT_CLASS (ccbnet_registry_parent_class)->finalize (object);
}

static void
ccbnet_registry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CcbnetRegistry *self = CCBNET_REGISTRY (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, ccbnet_registry_get_max_size (self));
      break;
    case PROP_MAX_DEPTH:
      g_value_set_uint (value, ccbnet_registry_get_max_depth (self));
      break;
    case PROP_MAP_FILES:
      g_value_set_boolean (value, ccbnet_registry_get_map_files (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_registry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CcbnetRegistry *self = CCBNET_REGISTRY (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      ccbnet_registry_set_max_size (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_DEPTH:
      ccbnet_registry_set_max_depth (self, g_value_get_uint (value));
      break;
    case PROP_MAP_FILES:
      ccbnet_registry_set_map_files (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_registry_class_init (CcbnetRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_registry_finalize;
  object_class->get_property = ccbnet_registry_get_property;
  object_class->set_property = ccbnet_registry_set_property;

  /**
   * CcbnetRegistry:max-size:
   *
   * The largest dataset, in bytes, that the registry loads; larger input fails at once with
   * %CCBNET_DATASET_ERROR_LIMIT, before it is read.
   *
   * Since: 1.0
   */
  props[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXSIZE, CCBNET_REGISTRY_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRegistry:max-depth:
   *
   * The deepest nesting of JSON arrays and objects that the registry loads; the dataset format
   * needs 5 levels. It can be raised to 1000 at most: json-glib 1.6 recurses once per level, and
   * deeper input would exhaust a thread's stack.
   *
   * Since: 1.0
   */
  props[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL, 1, 1000, CCBNET_REGISTRY_DEFAULT_MAX_DEPTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRegistry:map-files:
   *
   * Whether a compiled dataset in a local file is mapped into memory rather than read.
   *
   * By default every file is read into memory of the process's own, so that nothing done to
   * the file once it is loaded reaches the registry: another program may truncate it, write
   * over it or remove it, and the registry answers as before. A file that changes while it is
   * being read (its size or times move) is read again, and a load fails with
   * %G_IO_ERROR_BUSY when it changes three times in a row.
   *
   * A mapped file is not copied, but it must stay as it is while the registry holds it: a file
   * truncated in place ends the process with `SIGBUS` at the first read of a part it no longer
   * has (a signal no library can turn into an error), and one written over in place changes
   * the answers to what the writer has written so far. Set it only for files that are replaced
   * by renaming a new file over them, as [method@Ccbnet.Registry.write_compiled] and
   * `ccbnet compile` do: the registry keeps the old file's data, which stays whole until it
   * lets it go. JSON files are always read.
   *
   * Since: 1.2
   */
  props[PROP_MAP_FILES] =
    g_param_spec_boolean ("map-files", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * CcbnetRegistry::loaded:
   * @self: the registry
   *
   * Emitted when a load has replaced the registry's content, once its listings
   * ([method@Ccbnet.Registry.get_entities] and the others) have emitted
   * [signal@Gio.ListModel::items-changed] for it: handlers see the new dataset everywhere. A
   * failed or cancelled load, or a check, emits nothing.
   *
   * It is emitted in the thread that loaded: the caller's thread for
   * [method@Ccbnet.Registry.load_from_file] and the other synchronous loads, and for the async
   * ones the thread that started them, just before their callback runs. An application
   * follows a dataset that another part of it loads by connecting here, instead of waiting for
   * its models to settle.
   *
   * Since: 1.2
   */
  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ccbnet_registry_init (CcbnetRegistry *self)
{
  g_rw_lock_init (&self->lock);
  self->limits.max_size = CCBNET_REGISTRY_DEFAULT_MAX_SIZE;
  self->limits.max_depth = CCBNET_REGISTRY_DEFAULT_MAX_DEPTH;
  self->entities = ccbnet_record_list_new (CCBNET_TYPE_ENTITY);
  self->relations = ccbnet_record_list_new (CCBNET_TYPE_RELATION);
  self->sections = g_list_store_new (CCBNET_TYPE_SECTION);
  self->documents = g_list_store_new (CCBNET_TYPE_DOCUMENT);
}

/**
 * ccbnet_registry_new:
 *
 * Creates an empty registry. Fill it with [method@Ccbnet.Registry.load_from_file] or
 * [method@Ccbnet.Registry.load_from_bytes].
 *
 * Returns: (transfer full): a new registry
 *
 * Since: 1.0
 */
CcbnetRegistry *
ccbnet_registry_new (void)
{
  return g_object_new (CCBNET_TYPE_REGISTRY, NULL);
}

/**
 * ccbnet_registry_get_max_size:
 * @self: a registry
 *
 * Gets [property@Ccbnet.Registry:max-size].
 *
 * Returns: the largest dataset the registry loads, in bytes
 *
 * Since: 1.0
 */
guint64
ccbnet_registry_get_max_size (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), 0);

  return self->limits.max_size;
}

/**
 * ccbnet_registry_set_max_size:
 * @self: a registry
 * @max_size: the largest dataset to load, in bytes
 *
 * Sets [property@Ccbnet.Registry:max-size].
 *
 * Since: 1.0
 */
void
ccbnet_registry_set_max_size (CcbnetRegistry *self,
                              guint64         max_size)
{
  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (max_size > 0);

  if (self->limits.max_size == max_size)
    return;

  self->limits.max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MAX_SIZE]);
}

/**
 * ccbnet_registry_get_max_depth:
 * @self: a registry
 *
 * Gets [property@Ccbnet.Registry:max-depth].
 *
 * Returns: the deepest nesting the registry loads
 *
 * Since: 1.0
 */
guint
ccbnet_registry_get_max_depth (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), 0);

  return self->limits.max_depth;
}

/**
 * ccbnet_registry_set_max_depth:
 * @self: a registry
 * @max_depth: the deepest nesting of arrays and objects to load, from 1 to 1000
 *
 * Sets [property@Ccbnet.Registry:max-depth].
 *
 * Since: 1.0
 */
void
ccbnet_registry_set_max_depth (CcbnetRegistry *self,
                               guint           max_depth)
{
  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (max_depth > 0 && max_depth <= 1000);

  if (self->limits.max_depth == max_depth)
    return;

  self->limits.max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MAX_DEPTH]);
}

/**
 * ccbnet_registry_get_map_files:
 * @self: a registry
 *
 * Gets [property@Ccbnet.Registry:map-files].
 *
 * Returns: whether compiled dataset files are mapped rather than read
 *
 * Since: 1.2
 */
gboolean
ccbnet_registry_get_map_files (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);

  return self->limits.map_files;
}

/**
 * ccbnet_registry_set_map_files:
 * @self: a registry
 * @map_files: whether to map compiled dataset files rather than read them
 *
 * Sets [property@Ccbnet.Registry:map-files]. It takes effect at the next load.
 *
 * Since: 1.2
 */
void
ccbnet_registry_set_map_files (CcbnetRegistry *self,
                               gboolean        map_files)
{
  g_return_if_fail (CCBNET_IS_REGISTRY (self));

  map_files = !!map_files;
  if (self->limits.map_files == map_files)
    return;

  self->limits.map_files = map_files;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MAP_FILES]);
}

static void
replace_items (GListStore *store,
               GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

CcbnetLimits
ccbnet_registry_get_limits (CcbnetRegistry *self)
{
  return self->limits;
}

/* Makes @snapshot the registry's content and drops the old one. */
void
ccbnet_registry_install (CcbnetRegistry *self,
                         CcbnetSnapshot *snapshot)
{
  CcbnetSnapshot *old;

  g_rw_lock_writer_lock (&self->lock);
  old = self->snapshot;
  self->snapshot = snapshot;
  g_rw_lock_writer_unlock (&self->lock);

  replace_items (self->documents, snapshot->documents);
  replace_items (self->sections, snapshot->sections);
  ccbnet_record_list_reset (self->entities, snapshot);
  ccbnet_record_list_reset (self->relations, snapshot);

  ccbnet_snapshot_unref (old);

  g_signal_emit (self, signals[LOADED], 0);
}

static CcbnetRegistry *default_registry;

/* Looked up in the library's own resource rather than the global table: a program that links
 * the objects statically (the tests do) never runs the resource's registration. */
GBytes *
ccbnet_get_shipped_dataset (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resource_lookup_data (ccbnet_get_resource (), "/org/ccbnet/Ccbnet/ccbnet.json",
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  if (bytes == NULL)
    g_error ("The shipped dataset is missing from the library: %s", error->message);

  return bytes;
}

/* The compiled form of the shipped dataset, as the build made it, or NULL where the build could
 * not make it (lib/meson.build). The bytes are the resource's own, in the library's read-only
 * data: not copied, and aligned as the compiled form needs (the resource aligns its files on 8
 * bytes). */
GBytes *
ccbnet_get_shipped_compiled (void)
{
  return g_resource_lookup_data (ccbnet_get_resource (), "/org/ccbnet/Ccbnet/ccbnet.ccbnetdb",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/* Loads the shipped dataset into @registry: its compiled form @compiled if there is one, which
 * opens in a fraction of the time the JSON takes to parse. The build made it from the JSON, so
 * it fails to open only if the build is broken: then the JSON, with a warning that says so. */
void
ccbnet_registry_load_shipped (CcbnetRegistry *registry,
                              GBytes         *compiled)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;

  if (compiled != NULL)
    {
      if (ccbnet_registry_load_from_bytes (registry, compiled, "ccbnet.ccbnetdb", NULL, &error))
        return;

      g_warning ("The compiled form of the shipped dataset does not open (%s); loading its JSON "
                 "instead", error->message);
      g_clear_error (&error);
    }

  json = ccbnet_get_shipped_dataset ();
  if (!ccbnet_registry_load_from_bytes (registry, json, "ccbnet.json", NULL, &error))
    g_error ("The shipped dataset does not load: %s", error->message);
}

static CcbnetRegistry *
create_default (void)
{
  CcbnetRegistry *registry = ccbnet_registry_new ();
  const char *path = g_getenv ("CCBNET_DATASET");
  g_autoptr(GBytes) compiled = NULL;

  if (path != NULL && *path != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (ccbnet_registry_load_from_file (registry, file, NULL, &error))
        return registry;

      g_warning ("CCBNET_DATASET: %s; using the shipped dataset instead", error->message);
    }

  compiled = ccbnet_get_shipped_compiled ();
  ccbnet_registry_load_shipped (registry, compiled);

  return registry;
}

/**
 * ccbnet_registry_get_default:
 *
 * Gets the registry of the dataset shipped with the library: the Centre for Cybersecurity
 * Belgium's national, European, international and operational networks. It is compiled into
 * the library, so no file is needed; it is loaded on the first call, once per process, and may
 * be used from any thread. The library holds it in compiled form (made from its JSON when the
 * library was built, and read in place from the library's own data, so that the first call
 * costs well under a millisecond) as well as in JSON, which is loaded where the build could not
 * compile it.
 *
 * When the environment variable `CCBNET_DATASET` names a file, that file is loaded instead; if it
 * does not load, a warning says why and the shipped dataset is used.
 *
 * Returns: (transfer none): the default registry
 *
 * Since: 1.0
 */
CcbnetRegistry *
ccbnet_registry_get_default (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      default_registry = create_default ();
      g_once_init_leave (&initialized, 1);
    }

  return default_registry;
}

/* The current snapshot, read-locked until ccbnet_registry_release(); NULL before the first
 * load. */
CcbnetSnapshot *
ccbnet_registry_acquire (CcbnetRegistry *self)
{
  g_rw_lock_reader_lock (&self->lock);

  return self->snapshot;
}

void
ccbnet_registry_release (CcbnetRegistry *self)
{
  g_rw_lock_reader_unlock (&self->lock);
}

static gpointer
lookup_in (CcbnetRegistry *self,
           guint           list,
           const char     *id)
{
  CcbnetSnapshot *snapshot = ccbnet_registry_acquire (self);
  gpointer found = NULL;

  if (snapshot != NULL)
    found = ccbnet_snapshot_lookup (snapshot, list, id);
  ccbnet_registry_release (self);

  return found;
}

/**
 * ccbnet_registry_lookup:
 * @self: a registry
 * @id: an entity id, such as `ccb`
 *
 * Looks up an entity by its exact id. To look up by name, use [method@Ccbnet.Registry.find].
 *
 * Returns: (transfer full) (nullable): the entity, or %NULL if there is none with that id
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_registry_lookup (CcbnetRegistry *self,
                        const char     *id)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_in (self, CCBNET_LIST_ENTITIES, id);
}

/**
 * ccbnet_registry_lookup_relation:
 * @self: a registry
 * @id: a relation id, such as `r053`
 *
 * Looks up a relation by its id.
 *
 * Returns: (transfer full) (nullable): the relation, or %NULL if there is none with that id
 *
 * Since: 1.0
 */
CcbnetRelation *
ccbnet_registry_lookup_relation (CcbnetRegistry *self,
                                 const char     *id)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_in (self, CCBNET_LIST_RELATIONS, id);
}

/**
 * ccbnet_registry_lookup_section:
 * @self: a registry
 * @id: a section id, such as `section-european`
 *
 * Looks up a page section by its id.
 *
 * Returns: (transfer full) (nullable): the section, or %NULL if there is none with that id
 *
 * Since: 1.0
 */
CcbnetSection *
ccbnet_registry_lookup_section (CcbnetRegistry *self,
                                const char     *id)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_in (self, CCBNET_LIST_SECTIONS, id);
}

/**
 * ccbnet_registry_lookup_document:
 * @self: a registry
 * @id: a source document id, such as `seed-000`
 *
 * Looks up a source document by its id.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL if there is none with that id
 *
 * Since: 1.0
 */
CcbnetDocument *
ccbnet_registry_lookup_document (CcbnetRegistry *self,
                                 const char     *id)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_in (self, CCBNET_LIST_SOURCES, id);
}

static GListModel *
store_from_array (GType      type,
                  GPtrArray *items)
{
  GListStore *store = g_list_store_new (type);

  if (items != NULL)
    g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (store);
}

/**
 * ccbnet_registry_find_all:
 * @self: a registry
 * @text: an id, name, acronym or other name, in any language
 *
 * Finds every entity known by @text: its id, its name, its acronym or any of its other names in
 * any language. The match ignores case, accents, the difference between straight and curly
 * apostrophes, and runs of white space ("cert.be", "Centre pour la cybersecurite Belgique").
 *
 * Returns: (transfer full): a list model of [class@Ccbnet.Entity], best match first: by id, then
 *   by name, by acronym and by other name, each in dataset order
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_find_all (CcbnetRegistry *self,
                          const char     *text)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    found = ccbnet_snapshot_find_all (snapshot, text);
  ccbnet_registry_release (self);

  return store_from_array (CCBNET_TYPE_ENTITY, found);
}

/**
 * ccbnet_registry_find:
 * @self: a registry
 * @text: an id, name, acronym or other name, in any language
 *
 * Finds the entity best known by @text, as [method@Ccbnet.Registry.find_all] does. Where several
 * entities share a name (two bodies known by one acronym), the first is
 * returned; use [method@Ccbnet.Registry.find_all] to see them all.
 *
 * Returns: (transfer full) (nullable): the entity, or %NULL if none is known by @text
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_registry_find (CcbnetRegistry *self,
                      const char     *text)
{
  CcbnetSnapshot *snapshot;
  CcbnetEntity *entity = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    {
      g_autoptr(GPtrArray) found = ccbnet_snapshot_find_all (snapshot, text);

      if (found->len > 0)
        entity = g_object_ref (found->pdata[0]);
    }
  ccbnet_registry_release (self);

  return entity;
}

static guint
count (CcbnetRegistry *self,
       gsize           offset)
{
  guint n = 0;

  g_rw_lock_reader_lock (&self->lock);
  if (self->snapshot != NULL)
    n = G_STRUCT_MEMBER (guint, self->snapshot, offset);
  g_rw_lock_reader_unlock (&self->lock);

  return n;
}

/**
 * ccbnet_registry_get_n_entities:
 * @self: a registry
 *
 * Counts the registry's entities without making an object of each, as
 * [method@Ccbnet.Registry.get_entities] would.
 *
 * Returns: the number of entities, 0 before the first load
 *
 * Since: 1.0
 */
guint
ccbnet_registry_get_n_entities (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), 0);

  return count (self, G_STRUCT_OFFSET (CcbnetSnapshot, n_entities));
}

/**
 * ccbnet_registry_get_n_relations:
 * @self: a registry
 *
 * Counts the registry's relations without making an object of each, as
 * [method@Ccbnet.Registry.get_relations] would.
 *
 * Returns: the number of relations, 0 before the first load
 *
 * Since: 1.0
 */
guint
ccbnet_registry_get_n_relations (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), 0);

  return count (self, G_STRUCT_OFFSET (CcbnetSnapshot, n_relations));
}

/**
 * ccbnet_registry_get_entities:
 * @self: a registry
 *
 * Gets every entity of the registry, in dataset order. The model is the registry's own
 * [class@Ccbnet.RecordList]: it makes each entity only when it is read, and it changes, with
 * [signal@Gio.ListModel::items-changed], when the registry loads another dataset. Use it from
 * the thread that loads, as a user interface would.
 *
 * Returns: (transfer none): a list model of [class@Ccbnet.Entity]
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_get_entities (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->entities);
}

/**
 * ccbnet_registry_get_relations:
 * @self: a registry
 *
 * Gets every relation of the registry, in dataset order, as a [class@Ccbnet.RecordList] that
 * makes each relation only when it is read and follows loads like
 * [method@Ccbnet.Registry.get_entities].
 *
 * Returns: (transfer none): a list model of [class@Ccbnet.Relation]
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_get_relations (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->relations);
}

/**
 * ccbnet_registry_get_sections:
 * @self: a registry
 *
 * Gets the page sections, in page order, as a model that follows loads like
 * [method@Ccbnet.Registry.get_entities].
 *
 * Returns: (transfer none): a list model of [class@Ccbnet.Section]
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_get_sections (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/**
 * ccbnet_registry_get_documents:
 * @self: a registry
 *
 * Gets the source documents, in dataset order, as a model that follows loads like
 * [method@Ccbnet.Registry.get_entities].
 *
 * Returns: (transfer none): a list model of [class@Ccbnet.Document]
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_get_documents (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * ccbnet_registry_query:
 * @self: a registry
 * @query: a query
 *
 * Finds the relations that match every filter of @query. Queries anchored on a subject, an
 * object or a qualifier use the registry's indexes, so they cost what they return, not the size
 * of the dataset.
 *
 * The list is the answer at the time of the call: changing @query afterwards, or loading
 * another dataset into the registry, does not change it, and its relations stay valid (they
 * keep the data they were made from) for as long as it is held. Ask again for the answer over
 * the new data; the registry's own listings ([method@Ccbnet.Registry.get_relations] and the
 * others) follow a reload instead.
 *
 * Returns: (transfer full): a new list model of [class@Ccbnet.Relation], in dataset order
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_query (CcbnetRegistry *self,
                       CcbnetQuery    *query)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_QUERY (query), NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    found = ccbnet_snapshot_query (snapshot, query);
  ccbnet_registry_release (self);

  return store_from_array (CCBNET_TYPE_RELATION, found);
}

/**
 * ccbnet_registry_query_entities:
 * @self: a registry
 * @query: a query
 *
 * Finds the entities @query asks about: with a relation filter, the free ends of the matching
 * relations; without one, the entities whose own properties match (see [class@Ccbnet.Query]).
 *
 * Returns: (transfer full): a new list model of [class@Ccbnet.Entity], each once, in dataset
 *   order
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_query_entities (CcbnetRegistry *self,
                                CcbnetQuery    *query)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_QUERY (query), NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    found = ccbnet_snapshot_query_entities (snapshot, query);
  ccbnet_registry_release (self);

  return store_from_array (CCBNET_TYPE_ENTITY, found);
}

/**
 * ccbnet_registry_find_path:
 * @self: a registry
 * @from: an entity
 * @to: another entity
 * @max_hops: the longest chain to consider, or 0 for no limit
 *
 * Finds a shortest chain of relations linking @from to @to, following relations in either
 * direction: how is the CCB connected to FIRST? Through CERT.be: `cert-be unit-of ccb`, then
 * `cert-be represents-in first`. Entities match by id.
 *
 * Returns: (transfer full) (nullable): a new list model of [class@Ccbnet.Relation], in order
 *   from @from; empty when @from and @to are the same entity; %NULL when no chain of at most
 *   @max_hops relations links them
 *
 * Since: 1.0
 */
GListModel *
ccbnet_registry_find_path (CcbnetRegistry *self,
                           CcbnetEntity   *from,
                           CcbnetEntity   *to,
                           guint           max_hops)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) path = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (from), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (to), NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    path = ccbnet_snapshot_find_path (snapshot, from, to, max_hops);
  ccbnet_registry_release (self);

  if (path == NULL)
    return NULL;

  return store_from_array (CCBNET_TYPE_RELATION, path);
}

/**
 * ccbnet_registry_find_paths:
 * @self: a registry
 * @from: an entity
 * @to: another entity
 * @query: (nullable): the relations a walk may take: those [method@Ccbnet.Registry.query]
 *   returns for it (by kind, as of a day, unconditional…), or %NULL for every relation
 * @flags: how a relation links entities: its two ends, or also its qualifiers
 * @max_hops: the longest walk to consider, in relations, or 0 for no limit
 * @max_paths: the most walks to return, at least 1
 *
 * Finds the shortest walks linking @from to @to, following relations in either direction,
 * as [method@Ccbnet.Registry.find_path] does, but over the relations @query allows, through
 * qualifiers when @flags says so, and every shortest walk rather than one: with
 * %CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS, Belgium reaches NATO in one relation (r078, whose
 * subject represents Belgium in NATO), where without it the walk takes four.
 *
 * Each walk is a [class@Gio.ListStore] holding, in turn, @from, a relation, the entity it leads
 * to, and so on up to @to: a relation may be taken from its object to its subject, or, through
 * qualifiers, between any two entities it links, so the entities say which way each step went.
 * The walks come in the order a breadth-first search meets them, which follows the dataset's
 * order of relations; two relations between the same two entities make two walks.
 *
 * The search indexes the relations @query allows before it starts, so each call costs time in
 * proportion to those relations, plus the walk itself.
 *
 * Returns: (transfer full) (nullable): a new list model of [class@Gio.ListStore], one a walk
 *   (each of [class@GObject.Object]: entities and relations in turn), at most @max_paths of
 *   them; one walk holding @from alone when @from and @to are the same entity; %NULL when no
 *   walk of at most @max_hops relations links them
 *
 * Since: 1.2
 */
GListModel *
ccbnet_registry_find_paths (CcbnetRegistry  *self,
                            CcbnetEntity    *from,
                            CcbnetEntity    *to,
                            CcbnetQuery     *query,
                            CcbnetPathFlags  flags,
                            guint            max_hops,
                            guint            max_paths)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) paths = NULL;
  GListStore *result;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (from), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (to), NULL);
  g_return_val_if_fail (query == NULL || CCBNET_IS_QUERY (query), NULL);
  g_return_val_if_fail (max_paths > 0, NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    paths = ccbnet_snapshot_find_paths (snapshot, from, to, query, flags, max_hops, max_paths);
  ccbnet_registry_release (self);

  if (paths == NULL)
    return NULL;

  result = g_list_store_new (G_TYPE_LIST_STORE);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GListModel) path = store_from_array (G_TYPE_OBJECT, paths->pdata[i]);

      g_list_store_append (result, path);
    }

  return G_LIST_MODEL (result);
}

/**
 * ccbnet_registry_query_neighbourhood:
 * @self: a registry
 * @entity: an entity
 * @depth: how many relations away to look: 1 for the relations of @entity itself, 2 for those
 *   of the entities they lead to as well, and so on
 * @query: (nullable): the relations a walk may take, as for
 *   [method@Ccbnet.Registry.find_paths], or %NULL for every relation
 * @flags: how a relation links entities: its two ends, or also its qualifiers
 *
 * Finds everything within @depth relations of @entity, in either direction: the relations of
 * every walk of at most @depth relations from it. Everything within two relations of ENISA is
 * `query_neighbourhood (registry, enisa, 2, NULL, CCBNET_PATH_FLAGS_NONE)`; the entities are the
 * ends (and, through qualifiers, the qualifiers) of the relations returned.
 *
 * Returns: (transfer full): a new list model of [class@Ccbnet.Relation]: first the relations
 *   of @entity, then those one relation further out, and so on, in dataset order within each
 *   distance; empty when @depth is 0
 *
 * Since: 1.2
 */
GListModel *
ccbnet_registry_query_neighbourhood (CcbnetRegistry  *self,
                                     CcbnetEntity    *entity,
                                     guint            depth,
                                     CcbnetQuery     *query,
                                     CcbnetPathFlags  flags)
{
  CcbnetSnapshot *snapshot;
  g_autoptr(GPtrArray) relations = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (entity), NULL);
  g_return_val_if_fail (query == NULL || CCBNET_IS_QUERY (query), NULL);

  snapshot = ccbnet_registry_acquire (self);
  if (snapshot != NULL)
    relations = ccbnet_snapshot_neighbourhood (snapshot, entity, depth, query, flags);
  ccbnet_registry_release (self);
  if (relations == NULL)
    relations = g_ptr_array_new_with_free_func (g_object_unref);

  return store_from_array (CCBNET_TYPE_RELATION, relations);
}
