/* ccbnet-snapshot.c: a loaded dataset, its indexes and the queries over it
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

CcbnetHandle *
ccbnet_handle_new (CcbnetSnapshot *snapshot)
{
  CcbnetHandle *handle = g_new0 (CcbnetHandle, 1);

  g_atomic_ref_count_init (&handle->ref_count);
  g_rw_lock_init (&handle->lock);
  handle->snapshot = snapshot;

  return handle;
}

CcbnetHandle *
ccbnet_handle_ref (CcbnetHandle *handle)
{
  g_atomic_ref_count_inc (&handle->ref_count);

  return handle;
}

void
ccbnet_handle_unref (CcbnetHandle *handle)
{
  if (g_atomic_ref_count_dec (&handle->ref_count))
    {
      g_rw_lock_clear (&handle->lock);
      g_free (handle);
    }
}

/* Returns the snapshot with the read lock held, or NULL (lock still held) once the snapshot
 * has been dropped. Always pair with ccbnet_handle_unlock(). */
CcbnetSnapshot *
ccbnet_handle_lock (CcbnetHandle *handle)
{
  g_rw_lock_reader_lock (&handle->lock);

  return handle->snapshot;
}

void
ccbnet_handle_unlock (CcbnetHandle *handle)
{
  g_rw_lock_reader_unlock (&handle->lock);
}

static void
free_hits (gpointer data)
{
  g_array_unref (data);
}

CcbnetSnapshot *
ccbnet_snapshot_new (void)
{
  CcbnetSnapshot *self = g_new0 (CcbnetSnapshot, 1);

  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->relations = g_ptr_array_new_with_free_func (g_object_unref);
  self->documents_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sections_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->entities_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->relations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->handle = ccbnet_handle_new (self);

  return self;
}

static void
free_array_of_arrays (GPtrArray **arrays,
                      guint       n)
{
  if (arrays == NULL)
    return;

  for (guint i = 0; i < n; i++)
    g_clear_pointer (&arrays[i], g_ptr_array_unref);
  g_free (arrays);
}

void
ccbnet_snapshot_free (CcbnetSnapshot *self)
{
  guint n_entities;

  if (self == NULL)
    return;

  /* Objects that outlive the snapshot must stop reaching into it. */
  g_rw_lock_writer_lock (&self->handle->lock);
  self->handle->snapshot = NULL;
  g_rw_lock_writer_unlock (&self->handle->lock);
  ccbnet_handle_unref (self->handle);

  n_entities = self->entities->len;
  free_array_of_arrays (self->outgoing, n_entities);
  free_array_of_arrays (self->incoming, n_entities);
  free_array_of_arrays (self->parts, n_entities);
  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    g_clear_pointer (&self->by_kind[k], g_ptr_array_unref);
  g_clear_pointer (&self->by_qualifier, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_hash_table_unref (self->documents_by_id);
  g_hash_table_unref (self->sections_by_id);
  g_hash_table_unref (self->entities_by_id);
  g_hash_table_unref (self->relations_by_id);
  /* Relations hold the entities, so they go first. */
  g_ptr_array_unref (self->relations);
  g_ptr_array_unref (self->entities);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->documents);
  g_free (self);
}

static void
add_name (CcbnetSnapshot *self,
          const char     *text,
          CcbnetEntity   *entity,
          guint           rank)
{
  g_autofree char *key = NULL;
  GArray *hits;
  CcbnetNameHit hit = { entity, rank };

  if (text == NULL)
    return;

  key = ccbnet_fold_name (text);
  hits = g_hash_table_lookup (self->names, key);
  if (hits == NULL)
    {
      hits = g_array_new (FALSE, FALSE, sizeof (CcbnetNameHit));
      g_hash_table_insert (self->names, g_steal_pointer (&key), hits);
    }
  else
    {
      for (guint i = 0; i < hits->len; i++)
        {
          CcbnetNameHit *other = &g_array_index (hits, CcbnetNameHit, i);

          if (other->entity == entity)
            {
              other->rank = MIN (other->rank, rank);
              return;
            }
        }
    }

  g_array_append_val (hits, hit);
}

static void
add_qualifier (CcbnetSnapshot *self,
               CcbnetEntity   *entity,
               CcbnetRelation *relation)
{
  GPtrArray *list;

  if (entity == NULL)
    return;

  list = g_hash_table_lookup (self->by_qualifier, entity);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->by_qualifier, entity, list);
    }
  if (list->len == 0 || g_ptr_array_index (list, list->len - 1) != relation)
    g_ptr_array_add (list, relation);
}

/* Builds the indexes once the records are complete and valid. */
void
ccbnet_snapshot_index (CcbnetSnapshot *self)
{
  guint n = self->entities->len;

  self->outgoing = g_new0 (GPtrArray *, n);
  self->incoming = g_new0 (GPtrArray *, n);
  self->parts = g_new0 (GPtrArray *, n);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_hits);
  self->by_qualifier = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    self->by_kind[k] = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      CcbnetEntity *entity = g_ptr_array_index (self->entities, i);
      CcbnetEntityPrivate *priv = ccbnet_entity_get_private (entity);

      priv->position = i;
      priv->handle = ccbnet_handle_ref (self->handle);
      self->outgoing[i] = g_ptr_array_new ();
      self->incoming[i] = g_ptr_array_new ();
      self->parts[i] = g_ptr_array_new ();

      add_name (self, priv->id, entity, 0);
      add_name (self, priv->name, entity, 1);
      add_name (self, priv->short_name, entity, 2);
      for (guint j = 0; j < priv->other_names->len; j++)
        add_name (self, ccbnet_name_get_text (g_ptr_array_index (priv->other_names, j)), entity, 3);
    }

  for (guint i = 0; i < self->relations->len; i++)
    {
      CcbnetRelation *relation = g_ptr_array_index (self->relations, i);
      guint subject = ccbnet_entity_get_private (relation->subject)->position;
      guint object = ccbnet_entity_get_private (relation->object)->position;

      relation->position = i;
      g_ptr_array_add (self->outgoing[subject], relation);
      g_ptr_array_add (self->incoming[object], relation);
      g_ptr_array_add (self->by_kind[relation->kind], relation);
      add_qualifier (self, relation->on_behalf_of, relation);
      add_qualifier (self, relation->via, relation);
      add_qualifier (self, relation->context, relation);

      if (ccbnet_relation_kind_is_a (relation->kind, CCBNET_RELATION_KIND_PART_OF) ||
          relation->kind == CCBNET_RELATION_KIND_POST_IN)
        {
          CcbnetEntityPrivate *priv = ccbnet_entity_get_private (relation->subject);
          GPtrArray *parts = self->parts[object];

          if (parts->len == 0 || g_ptr_array_index (parts, parts->len - 1) != relation->subject)
            g_ptr_array_add (parts, relation->subject);
          if (priv->parent == NULL)
            priv->parent = g_object_ref (relation->object);
        }
    }
}

static guint
entity_position (CcbnetEntity *entity)
{
  return ccbnet_entity_get_private (entity)->position;
}

/* A set of entity positions. Sets are small in practice (an entity and its parts), so a
 * sorted array with binary search beats a hash table. */
typedef GArray PositionSet;

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return (ua > ub) - (ua < ub);
}

static gboolean
position_set_contains (PositionSet *set,
                       guint        position)
{
  guint lo = 0, hi = set->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint value = g_array_index (set, guint, mid);

      if (value == position)
        return TRUE;
      if (value < position)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

/* Collects the parts of @root, transitively when @recursive, breadth-first. The part-of graph
 * is acyclic (the loader checks), but a visited set keeps a diamond from repeating a part. */
static GArray *
collect_parts (CcbnetSnapshot *self,
               guint           root,
               gboolean        recursive,
               gboolean        include_root)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_array_append_val (order, root);
  g_hash_table_add (seen, GUINT_TO_POINTER (root + 1));

  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *parts = self->parts[g_array_index (order, guint, i)];

      if (i > 0 && !recursive)
        break;
      for (guint j = 0; j < parts->len; j++)
        {
          guint position = entity_position (parts->pdata[j]);

          if (g_hash_table_add (seen, GUINT_TO_POINTER (position + 1)))
            g_array_append_val (order, position);
        }
    }

  if (!include_root)
    g_array_remove_index (order, 0);

  return order;
}

GPtrArray *
ccbnet_snapshot_parts (CcbnetSnapshot *self,
                       CcbnetEntity   *entity,
                       gboolean        recursive)
{
  g_autoptr(GArray) positions = collect_parts (self, entity_position (entity), recursive, FALSE);
  GPtrArray *result = g_ptr_array_new_full (positions->len, g_object_unref);

  g_array_sort (positions, compare_uint);
  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (result, g_object_ref (self->entities->pdata[g_array_index (positions, guint, i)]));

  return result;
}

/* The query, resolved against one snapshot. */
typedef struct
{
  gboolean        empty;      /* a filter names an entity this snapshot lacks */
  gboolean        kinds[CCBNET_RELATION_KIND_LOCATED_IN + 1];
  gboolean        any_kind;
  PositionSet    *subjects;   /* NULL: any */
  PositionSet    *objects;
  CcbnetEntity   *on_behalf_of;
  CcbnetEntity   *via;
  CcbnetEntity   *context;
  CcbnetCondition condition;
  CcbnetCadence   cadence;
  CcbnetScope     scope;
  CcbnetSection  *section;
  CcbnetEntityType entity_type;
} Resolved;

static CcbnetEntity *
resolve_entity (CcbnetSnapshot *self,
                CcbnetEntity   *entity,
                gboolean       *empty)
{
  CcbnetEntity *found;

  if (entity == NULL)
    return NULL;

  found = g_hash_table_lookup (self->entities_by_id, ccbnet_entity_get_id (entity));
  if (found == NULL)
    *empty = TRUE;

  return found;
}

static PositionSet *
resolve_anchor (CcbnetSnapshot *self,
                CcbnetEntity   *entity,
                gboolean        include_parts,
                gboolean       *empty)
{
  CcbnetEntity *found = resolve_entity (self, entity, empty);
  PositionSet *set;

  if (found == NULL)
    return NULL;

  if (include_parts)
    {
      set = collect_parts (self, entity_position (found), TRUE, TRUE);
      g_array_sort (set, compare_uint);
    }
  else
    {
      guint position = entity_position (found);

      set = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (set, position);
    }

  return set;
}

static void
resolve (CcbnetSnapshot *self,
         CcbnetQuery    *query,
         Resolved       *r)
{
  CcbnetRelationKind kind = ccbnet_query_get_kind (query);
  gboolean include_parts = ccbnet_query_get_include_parts (query);
  CcbnetSection *section = ccbnet_query_get_section (query);

  memset (r, 0, sizeof *r);
  r->any_kind = kind == CCBNET_RELATION_KIND_ANY;
  for (guint k = 1; k < G_N_ELEMENTS (r->kinds); k++)
    r->kinds[k] = r->any_kind || k == kind ||
                  (ccbnet_query_get_include_subkinds (query) && ccbnet_relation_kind_is_a (k, kind));

  r->subjects = resolve_anchor (self, ccbnet_query_get_subject (query), include_parts, &r->empty);
  r->objects = resolve_anchor (self, ccbnet_query_get_object (query), include_parts, &r->empty);
  r->on_behalf_of = resolve_entity (self, ccbnet_query_get_on_behalf_of (query), &r->empty);
  r->via = resolve_entity (self, ccbnet_query_get_via (query), &r->empty);
  r->context = resolve_entity (self, ccbnet_query_get_context (query), &r->empty);
  r->condition = ccbnet_query_get_condition (query);
  r->cadence = ccbnet_query_get_cadence (query);
  r->scope = ccbnet_query_get_scope (query);
  r->entity_type = ccbnet_query_get_entity_type (query);
  if (section != NULL)
    {
      r->section = g_hash_table_lookup (self->sections_by_id, ccbnet_section_get_id (section));
      if (r->section == NULL)
        r->empty = TRUE;
    }
}

static void
resolved_clear (Resolved *r)
{
  g_clear_pointer (&r->subjects, g_array_unref);
  g_clear_pointer (&r->objects, g_array_unref);
}

/* Which ends of a matching relation the query asks about. */
static gboolean
returns_subject (const Resolved *r)
{
  return r->objects != NULL || r->subjects == NULL;
}

static gboolean
returns_object (const Resolved *r)
{
  return r->subjects != NULL || r->objects == NULL;
}

static gboolean
relation_matches (const Resolved *r,
                  CcbnetRelation *relation)
{
  if (!r->kinds[relation->kind])
    return FALSE;
  if (r->subjects != NULL && !position_set_contains (r->subjects, entity_position (relation->subject)))
    return FALSE;
  if (r->objects != NULL && !position_set_contains (r->objects, entity_position (relation->object)))
    return FALSE;
  if (r->on_behalf_of != NULL && relation->on_behalf_of != r->on_behalf_of)
    return FALSE;
  if (r->via != NULL && relation->via != r->via)
    return FALSE;
  if (r->context != NULL && relation->context != r->context)
    return FALSE;
  if (r->condition != CCBNET_CONDITION_NONE && relation->condition != r->condition)
    return FALSE;
  if (r->cadence != CCBNET_CADENCE_UNSPECIFIED && relation->cadence != r->cadence)
    return FALSE;
  if (r->scope != CCBNET_SCOPE_ANY && ccbnet_section_get_scope (relation->section) != r->scope)
    return FALSE;
  if (r->section != NULL && relation->section != r->section)
    return FALSE;
  if (r->entity_type != CCBNET_ENTITY_TYPE_ANY)
    {
      gboolean ok = FALSE;

      if (returns_subject (r))
        ok |= ccbnet_entity_get_entity_type (relation->subject) == r->entity_type;
      if (returns_object (r))
        ok |= ccbnet_entity_get_entity_type (relation->object) == r->entity_type;
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static int
compare_relation_position (gconstpointer a,
                           gconstpointer b)
{
  const CcbnetRelation *ra = *(CcbnetRelation * const *) a;
  const CcbnetRelation *rb = *(CcbnetRelation * const *) b;

  return (ra->position > rb->position) - (ra->position < rb->position);
}

static void
add_candidates (GPtrArray *candidates,
                GPtrArray *list)
{
  if (list != NULL)
    for (guint i = 0; i < list->len; i++)
      g_ptr_array_add (candidates, list->pdata[i]);
}

/* Picks the smallest index that every match must be in, so that anchored queries cost what
 * they return rather than the size of the dataset. */
static GPtrArray *
candidates_for (CcbnetSnapshot *self,
                const Resolved *r,
                gboolean       *needs_sort)
{
  GPtrArray *best = NULL;
  guint best_size = G_MAXUINT;
  g_autoptr(GPtrArray) candidates = NULL;
  guint size;

  *needs_sort = FALSE;

  if (r->subjects != NULL)
    {
      size = 0;
      for (guint i = 0; i < r->subjects->len; i++)
        size += self->outgoing[g_array_index (r->subjects, guint, i)]->len;
      best_size = size;
    }
  if (r->objects != NULL)
    {
      size = 0;
      for (guint i = 0; i < r->objects->len; i++)
        size += self->incoming[g_array_index (r->objects, guint, i)]->len;
      if (size < best_size)
        best_size = size;
    }
  if (!r->any_kind)
    {
      size = 0;
      for (guint k = 1; k < G_N_ELEMENTS (r->kinds); k++)
        if (r->kinds[k])
          size += self->by_kind[k]->len;
      if (size < best_size)
        best_size = size;
    }
  for (guint q = 0; q < 3; q++)
    {
      CcbnetEntity *qualifier = q == 0 ? r->on_behalf_of : q == 1 ? r->via : r->context;
      GPtrArray *list;

      if (qualifier == NULL)
        continue;
      list = g_hash_table_lookup (self->by_qualifier, qualifier);
      size = list != NULL ? list->len : 0;
      if (size < best_size)
        {
          best_size = size;
          best = list != NULL ? list : g_ptr_array_new ();
          if (list == NULL)
            return best;
        }
    }

  if (best_size == G_MAXUINT)
    return g_ptr_array_ref (self->relations);

  candidates = g_ptr_array_sized_new (best_size);
  if (best != NULL && best->len == best_size)
    {
      add_candidates (candidates, best);
      return g_steal_pointer (&candidates);
    }

  /* Rebuild the winning index union; the unions may be out of dataset order. */
  *needs_sort = TRUE;
  if (r->subjects != NULL)
    {
      size = 0;
      for (guint i = 0; i < r->subjects->len; i++)
        size += self->outgoing[g_array_index (r->subjects, guint, i)]->len;
      if (size == best_size)
        {
          for (guint i = 0; i < r->subjects->len; i++)
            add_candidates (candidates, self->outgoing[g_array_index (r->subjects, guint, i)]);
          *needs_sort = r->subjects->len > 1;
          return g_steal_pointer (&candidates);
        }
    }
  if (r->objects != NULL)
    {
      size = 0;
      for (guint i = 0; i < r->objects->len; i++)
        size += self->incoming[g_array_index (r->objects, guint, i)]->len;
      if (size == best_size)
        {
          for (guint i = 0; i < r->objects->len; i++)
            add_candidates (candidates, self->incoming[g_array_index (r->objects, guint, i)]);
          *needs_sort = r->objects->len > 1;
          return g_steal_pointer (&candidates);
        }
    }
  for (guint k = 1; k < G_N_ELEMENTS (r->kinds); k++)
    if (r->kinds[k])
      add_candidates (candidates, self->by_kind[k]);

  return g_steal_pointer (&candidates);
}

static GPtrArray *
matching_relations (CcbnetSnapshot *self,
                    const Resolved *r)
{
  g_autoptr(GPtrArray) candidates = NULL;
  GPtrArray *result = g_ptr_array_new ();
  gboolean needs_sort;

  if (r->empty)
    return result;

  candidates = candidates_for (self, r, &needs_sort);
  for (guint i = 0; i < candidates->len; i++)
    if (relation_matches (r, candidates->pdata[i]))
      g_ptr_array_add (result, candidates->pdata[i]);

  if (needs_sort)
    g_ptr_array_sort (result, compare_relation_position);

  return result;
}

/* Returns the matching relations, referenced, in dataset order. */
GPtrArray *
ccbnet_snapshot_query (CcbnetSnapshot *self,
                       CcbnetQuery    *query)
{
  Resolved r;
  GPtrArray *matches;

  resolve (self, query, &r);
  matches = matching_relations (self, &r);
  resolved_clear (&r);

  g_ptr_array_set_free_func (matches, g_object_unref);
  for (guint i = 0; i < matches->len; i++)
    g_object_ref (matches->pdata[i]);

  return matches;
}

static int
compare_entity_position (gconstpointer a,
                         gconstpointer b)
{
  guint pa = entity_position (*(CcbnetEntity * const *) a);
  guint pb = entity_position (*(CcbnetEntity * const *) b);

  return (pa > pb) - (pa < pb);
}

static gboolean
entity_matches_own (const Resolved *r,
                    CcbnetEntity   *entity)
{
  CcbnetEntityPrivate *priv = ccbnet_entity_get_private (entity);

  return (r->entity_type == CCBNET_ENTITY_TYPE_ANY || priv->entity_type == r->entity_type) &&
         (r->scope == CCBNET_SCOPE_ANY || priv->scope == r->scope) &&
         (r->section == NULL || priv->section == r->section) &&
         (r->cadence == CCBNET_CADENCE_UNSPECIFIED || priv->cadence == r->cadence);
}

GPtrArray *
ccbnet_snapshot_query_entities (CcbnetSnapshot *self,
                                CcbnetQuery    *query)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  Resolved r;

  resolve (self, query, &r);

  if (!ccbnet_query_has_relation_filter (query))
    {
      for (guint i = 0; i < self->entities->len; i++)
        if (entity_matches_own (&r, self->entities->pdata[i]))
          g_ptr_array_add (result, g_object_ref (self->entities->pdata[i]));
    }
  else
    {
      g_autoptr(GPtrArray) relations = matching_relations (self, &r);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < relations->len; i++)
        {
          CcbnetRelation *relation = relations->pdata[i];
          CcbnetEntity *ends[2] = {
            returns_subject (&r) ? relation->subject : NULL,
            returns_object (&r) ? relation->object : NULL,
          };

          for (guint e = 0; e < 2; e++)
            if (ends[e] != NULL &&
                (r.entity_type == CCBNET_ENTITY_TYPE_ANY ||
                 ccbnet_entity_get_entity_type (ends[e]) == r.entity_type) &&
                g_hash_table_add (seen, ends[e]))
              g_ptr_array_add (result, g_object_ref (ends[e]));
        }
      g_ptr_array_sort (result, compare_entity_position);
    }

  resolved_clear (&r);

  return result;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const CcbnetNameHit *ha = a, *hb = b;

  if (ha->rank != hb->rank)
    return (ha->rank > hb->rank) - (ha->rank < hb->rank);

  return compare_entity_position (&ha->entity, &hb->entity);
}

GPtrArray *
ccbnet_snapshot_find_all (CcbnetSnapshot *self,
                          const char     *text)
{
  g_autofree char *key = ccbnet_fold_name (text);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GArray *hits = g_hash_table_lookup (self->names, key);
  g_autoptr(GArray) sorted = NULL;

  if (hits == NULL)
    return result;

  sorted = g_array_copy (hits);
  g_array_sort (sorted, compare_hits);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (sorted, CcbnetNameHit, i).entity));

  return result;
}

/* Breadth-first search over relations in either direction. Returns the chain of relations
 * from @from to @to, or NULL if there is none within @max_hops (0: no limit). */
GPtrArray *
ccbnet_snapshot_find_path (CcbnetSnapshot *self,
                           CcbnetEntity   *from,
                           CcbnetEntity   *to,
                           guint           max_hops)
{
  CcbnetEntity *start = g_hash_table_lookup (self->entities_by_id, ccbnet_entity_get_id (from));
  CcbnetEntity *goal = g_hash_table_lookup (self->entities_by_id, ccbnet_entity_get_id (to));
  g_autoptr(GHashTable) via = NULL; /* position + 1 -> relation that reached it */
  g_autoptr(GHashTable) depth = NULL;
  g_autoptr(GArray) queue = NULL;
  GPtrArray *path;
  guint goal_position;

  if (start == NULL || goal == NULL)
    return NULL;

  path = g_ptr_array_new_with_free_func (g_object_unref);
  if (start == goal)
    return path;

  via = g_hash_table_new (NULL, NULL);
  depth = g_hash_table_new (NULL, NULL);
  queue = g_array_new (FALSE, FALSE, sizeof (guint));
  goal_position = entity_position (goal);
  {
    guint s = entity_position (start);

    g_array_append_val (queue, s);
    g_hash_table_insert (via, GUINT_TO_POINTER (s + 1), NULL);
    g_hash_table_insert (depth, GUINT_TO_POINTER (s + 1), GUINT_TO_POINTER (0));
  }

  for (guint head = 0; head < queue->len; head++)
    {
      guint current = g_array_index (queue, guint, head);
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (depth, GUINT_TO_POINTER (current + 1)));

      if (max_hops != 0 && d >= max_hops)
        continue;

      for (guint dir = 0; dir < 2; dir++)
        {
          GPtrArray *edges = dir == 0 ? self->outgoing[current] : self->incoming[current];

          for (guint i = 0; i < edges->len; i++)
            {
              CcbnetRelation *relation = edges->pdata[i];
              guint next = entity_position (dir == 0 ? relation->object : relation->subject);

              if (g_hash_table_contains (via, GUINT_TO_POINTER (next + 1)))
                continue;
              g_hash_table_insert (via, GUINT_TO_POINTER (next + 1), relation);
              g_hash_table_insert (depth, GUINT_TO_POINTER (next + 1), GUINT_TO_POINTER (d + 1));
              if (next == goal_position)
                goto found;
              g_array_append_val (queue, next);
            }
        }
    }

  g_ptr_array_unref (path);
  return NULL;

found:
  {
    guint position = goal_position;
    guint start_position = entity_position (start);

    while (position != start_position)
      {
        CcbnetRelation *relation = g_hash_table_lookup (via, GUINT_TO_POINTER (position + 1));

        g_ptr_array_insert (path, 0, g_object_ref (relation));
        position = entity_position (relation->subject) == position ? entity_position (relation->object)
                                                                    : entity_position (relation->subject);
      }
  }

  return path;
}
