/* ccbnet-engine.c: the questions a snapshot answers
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-snapshot-private.h"
#include "ccbnet-entity-private.h"

/* Queries, finds, parts and paths, worked out on positions in the store's tables and indexes
 * (ccbnet-store-private.h); only what a caller gets back is made into objects, through the
 * snapshot's slots (ccbnet-snapshot.c). A query is first resolved against the snapshot (its
 * entities to positions, its kinds to a table); the smallest index every match must be in then
 * gives the candidates, so that anchored questions cost what they return rather than the size
 * of the dataset. */

/* The position of @entity in this snapshot, by identity when it comes from it, else by id; or
 * NONE. */
guint32
ccbnet_snapshot_entity_position (CcbnetSnapshot *self,
                                 CcbnetEntity   *entity)
{
  guint32 position = ccbnet_entity_get_position (entity, self->handle);

  if (position != CCBNET_NONE)
    return position;

  return ccbnet_store_lookup (&self->store, CCBNET_LIST_ENTITIES, ccbnet_entity_get_id (entity));
}

/* Sets of positions */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint32 ua = *(const guint32 *) a, ub = *(const guint32 *) b;

  return (ua > ub) - (ua < ub);
}

/* Sets are small in practice (an entity and its parts): a sorted array with binary search. */
typedef GArray PositionSet;

static gboolean
position_set_contains (PositionSet *set,
                       guint32      position)
{
  guint lo = 0, hi = set->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint32 value = g_array_index (set, guint32, mid);

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
               guint32         root,
               gboolean        recursive,
               gboolean        include_root)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_array_append_val (order, root);
  g_hash_table_add (seen, GUINT_TO_POINTER (root + 1));

  for (guint i = 0; i < order->len; i++)
    {
      guint32 n;
      const guint32 *parts;

      if (i > 0 && !recursive)
        break;
      parts = ccbnet_store_csr (&self->store, CCBNET_TABLE_PARTS_STARTS, g_array_index (order, guint32, i), &n);
      for (guint32 j = 0; j < n; j++)
        if (g_hash_table_add (seen, GUINT_TO_POINTER (parts[j] + 1)))
          g_array_append_val (order, parts[j]);
    }

  if (!include_root)
    g_array_remove_index (order, 0);

  return order;
}

static GPtrArray *
entities_at (CcbnetSnapshot *self,
             GArray         *positions)
{
  GPtrArray *result = g_ptr_array_new_full (positions->len, g_object_unref);

  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (result, g_object_ref (ccbnet_snapshot_get_entity (self, g_array_index (positions, guint32, i))));

  return result;
}

static GPtrArray *
relations_at (CcbnetSnapshot *self,
              GArray         *positions)
{
  GPtrArray *result = g_ptr_array_new_full (positions->len, g_object_unref);

  for (guint i = 0; i < positions->len; i++)
    g_ptr_array_add (result, g_object_ref (ccbnet_snapshot_get_relation (self, g_array_index (positions, guint32, i))));

  return result;
}

GPtrArray *
ccbnet_snapshot_parts (CcbnetSnapshot *self,
                       guint32         entity,
                       gboolean        recursive)
{
  g_autoptr(GArray) positions = collect_parts (self, entity, recursive, FALSE);

  g_array_sort (positions, compare_uint);

  return entities_at (self, positions);
}

/* Every relation the entity at @position takes part in, as subject or object, once, in dataset
 * order. */
GPtrArray *
ccbnet_snapshot_relations_of (CcbnetSnapshot *self,
                              guint32         position)
{
  guint32 n_out, n_in;
  const guint32 *out = ccbnet_store_csr (&self->store, CCBNET_TABLE_OUTGOING_STARTS, position, &n_out);
  const guint32 *in = ccbnet_store_csr (&self->store, CCBNET_TABLE_INCOMING_STARTS, position, &n_in);
  g_autoptr(GArray) all = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_out + n_in);

  g_array_append_vals (all, out, n_out);
  for (guint32 i = 0; i < n_in; i++)
    /* A relation to itself is already in the list. */
    if (ccbnet_store_relation (&self->store, in[i])[REL_SUBJECT] != position)
      g_array_append_val (all, in[i]);
  g_array_sort (all, compare_uint);

  return relations_at (self, all);
}

/* The query, resolved against one snapshot. */
typedef struct
{
  gboolean         empty;      /* a filter names an entity this snapshot lacks */
  gboolean         kinds[CCBNET_N_KINDS];
  gboolean         any_kind;
  PositionSet     *subjects;   /* NULL: any */
  PositionSet     *objects;
  guint32          qualifiers[3]; /* on-behalf-of, via, context; NONE: any */
  CcbnetCondition  condition;
  CcbnetCadence    cadence;
  CcbnetScope      scope;
  guint32          section;    /* NONE: any */
  CcbnetEntityType entity_type;
  guint32          valid_at;   /* YYYYMMDD; 0: any time */
  guint32          roles[3];   /* capacity, legal basis, framework; NONE: any */
  guint32          co_actor;   /* NONE: any */
  gboolean         unconditional;
} Resolved;

static const guint role_fields[3] = { EXT_CAPACITY, EXT_LEGAL_BASIS, EXT_FRAMEWORK };

static const guint qualifier_fields[3] = { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT };

static guint32
resolve_entity (CcbnetSnapshot *self,
                CcbnetEntity   *entity,
                gboolean       *empty)
{
  guint32 position;

  if (entity == NULL)
    return CCBNET_NONE;

  position = ccbnet_snapshot_entity_position (self, entity);
  if (position == CCBNET_NONE)
    *empty = TRUE;

  return position;
}

static PositionSet *
resolve_anchor (CcbnetSnapshot *self,
                CcbnetEntity   *entity,
                gboolean        include_parts,
                gboolean       *empty)
{
  guint32 position = resolve_entity (self, entity, empty);
  PositionSet *set;

  if (position == CCBNET_NONE)
    return NULL;

  if (include_parts)
    {
      set = collect_parts (self, position, TRUE, TRUE);
      g_array_sort (set, compare_uint);
    }
  else
    {
      set = g_array_new (FALSE, FALSE, sizeof (guint32));
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
  r->qualifiers[0] = resolve_entity (self, ccbnet_query_get_on_behalf_of (query), &r->empty);
  r->qualifiers[1] = resolve_entity (self, ccbnet_query_get_via (query), &r->empty);
  r->qualifiers[2] = resolve_entity (self, ccbnet_query_get_context (query), &r->empty);
  r->roles[0] = resolve_entity (self, ccbnet_query_get_capacity (query), &r->empty);
  r->roles[1] = resolve_entity (self, ccbnet_query_get_legal_basis (query), &r->empty);
  r->roles[2] = resolve_entity (self, ccbnet_query_get_framework (query), &r->empty);
  r->co_actor = resolve_entity (self, ccbnet_query_get_co_actor (query), &r->empty);
  r->unconditional = ccbnet_query_get_unconditional (query);
  r->condition = ccbnet_query_get_condition (query);
  r->cadence = ccbnet_query_get_cadence (query);
  r->scope = ccbnet_query_get_scope (query);
  r->entity_type = ccbnet_query_get_entity_type (query);
  {
    const char *valid_at = ccbnet_query_get_valid_at (query);

    r->valid_at = valid_at != NULL ? ccbnet_date_key (valid_at, strlen (valid_at), FALSE) : 0;
  }
  r->section = CCBNET_NONE;
  if (section != NULL)
    {
      r->section = ccbnet_store_lookup (&self->store, CCBNET_LIST_SECTIONS, ccbnet_section_get_id (section));
      if (r->section == CCBNET_NONE)
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

static guint32
entity_type_at (CcbnetSnapshot *self,
                guint32         position)
{
  return ENT_TYPE (ccbnet_store_entity (&self->store, position)[ENT_BITS]);
}

static gboolean
has_co_actor (CcbnetSnapshot *self,
              const guint32  *row,
              guint32         entity)
{
  const guint32 *extra;

  if (row[REL_EXTRA] == CCBNET_NONE)
    return FALSE;
  extra = CCBNET_ROW (&self->store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA]);
  for (guint32 i = 0; i < extra[EXT_N_CO_ACTORS]; i++)
    if (self->store.tables[CCBNET_TABLE_ENTITY_LISTS][extra[EXT_CO_ACTORS] + i] == entity)
      return TRUE;

  return FALSE;
}

static gboolean
relation_matches (CcbnetSnapshot *self,
                  const Resolved *r,
                  guint32         position)
{
  const guint32 *row = ccbnet_store_relation (&self->store, position);
  guint32 bits = row[REL_BITS];

  if (!r->kinds[REL_KIND (bits)])
    return FALSE;
  if (r->subjects != NULL && !position_set_contains (r->subjects, row[REL_SUBJECT]))
    return FALSE;
  if (r->objects != NULL && !position_set_contains (r->objects, row[REL_OBJECT]))
    return FALSE;
  for (guint q = 0; q < 3; q++)
    if (r->qualifiers[q] != CCBNET_NONE && ccbnet_store_extra (&self->store, row, qualifier_fields[q]) != r->qualifiers[q])
      return FALSE;
  for (guint q = 0; q < 3; q++)
    if (r->roles[q] != CCBNET_NONE && ccbnet_store_extra (&self->store, row, role_fields[q]) != r->roles[q])
      return FALSE;
  if (r->co_actor != CCBNET_NONE && !has_co_actor (self, row, r->co_actor))
    return FALSE;
  if (r->condition != CCBNET_CONDITION_NONE && REL_CONDITION (bits) != r->condition)
    return FALSE;
  if (r->unconditional && REL_CONDITION (bits) != CCBNET_CONDITION_NONE)
    return FALSE;
  if (r->cadence != CCBNET_CADENCE_UNSPECIFIED && REL_CADENCE (bits) != r->cadence)
    return FALSE;
  if (r->scope != CCBNET_SCOPE_ANY &&
      CCBNET_ROW (&self->store, CCBNET_TABLE_SECTIONS, SEC_WIDTH, row[REL_SECTION])[SEC_SCOPE] != r->scope)
    return FALSE;
  if (r->section != CCBNET_NONE && row[REL_SECTION] != r->section)
    return FALSE;
  if (r->entity_type != CCBNET_ENTITY_TYPE_ANY)
    {
      gboolean ok = FALSE;

      if (returns_subject (r))
        ok |= entity_type_at (self, row[REL_SUBJECT]) == r->entity_type;
      if (returns_object (r))
        ok |= entity_type_at (self, row[REL_OBJECT]) == r->entity_type;
      if (!ok)
        return FALSE;
    }
  if (r->valid_at != 0 && !ccbnet_store_relation_valid_at (&self->store, position, r->valid_at))
    return FALSE;

  return TRUE;
}

/* Where the candidates of a query come from. */
typedef enum { FROM_ALL, FROM_SUBJECTS, FROM_OBJECTS, FROM_KINDS, FROM_QUALIFIER } Source;

static gsize
union_size (CcbnetSnapshot *self,
            CcbnetTable     starts_table,
            PositionSet    *set)
{
  gsize size = 0;

  for (guint i = 0; i < set->len; i++)
    {
      guint32 n;

      ccbnet_store_csr (&self->store, starts_table, g_array_index (set, guint32, i), &n);
      size += n;
    }

  return size;
}

/* Whether the query asks nothing of a relation beyond being in @source: then every candidate
 * matches, and its row need not be read. */
static gboolean
only_anchor (const Resolved *r,
             Source          source)
{
  return ((source == FROM_SUBJECTS && r->objects == NULL) ||
          (source == FROM_OBJECTS && r->subjects == NULL)) &&
         r->any_kind && r->qualifiers[0] == CCBNET_NONE && r->qualifiers[1] == CCBNET_NONE &&
         r->qualifiers[2] == CCBNET_NONE && r->condition == CCBNET_CONDITION_NONE &&
         r->roles[0] == CCBNET_NONE && r->roles[1] == CCBNET_NONE && r->roles[2] == CCBNET_NONE &&
         r->co_actor == CCBNET_NONE && !r->unconditional &&
         r->cadence == CCBNET_CADENCE_UNSPECIFIED && r->scope == CCBNET_SCOPE_ANY &&
         r->section == CCBNET_NONE && r->entity_type == CCBNET_ENTITY_TYPE_ANY && r->valid_at == 0;
}

static void
filter_list (CcbnetSnapshot *self,
             const Resolved *r,
             gboolean        all,
             const guint32  *list,
             gsize           n,
             GArray         *result)
{
  if (all)
    {
      g_array_append_vals (result, list, n);
      return;
    }

  for (gsize i = 0; i < n; i++)
    if (relation_matches (self, r, list[i]))
      g_array_append_val (result, list[i]);
}

/* The positions of the matching relations, in dataset order. The candidates come from the
 * smallest index every match must be in, so that anchored queries cost what they return rather
 * than the size of the dataset. */
static GArray *
matching_relations (CcbnetSnapshot *self,
                    const Resolved *r)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (guint32));
  Source best = FROM_ALL;
  gsize best_size = self->n_relations;
  guint best_qualifier = 0;
  gboolean needs_sort = FALSE;
  gsize size;

  if (r->empty)
    return result;

  if (r->subjects != NULL && (size = union_size (self, CCBNET_TABLE_OUTGOING_STARTS, r->subjects)) < best_size)
    best = FROM_SUBJECTS, best_size = size;
  if (r->objects != NULL && (size = union_size (self, CCBNET_TABLE_INCOMING_STARTS, r->objects)) < best_size)
    best = FROM_OBJECTS, best_size = size;
  if (!r->any_kind)
    {
      size = 0;
      for (guint k = 1; k < CCBNET_N_KINDS; k++)
        if (r->kinds[k])
          {
            guint32 n;

            ccbnet_store_csr (&self->store, CCBNET_TABLE_KIND_STARTS, k, &n);
            size += n;
          }
      if (size < best_size)
        best = FROM_KINDS, best_size = size;
    }
  for (guint q = 0; q < 3; q++)
    if (r->qualifiers[q] != CCBNET_NONE)
      {
        guint32 n;

        ccbnet_store_csr (&self->store, CCBNET_TABLE_QUALIFIED_STARTS, r->qualifiers[q], &n);
        if (n < best_size)
          best = FROM_QUALIFIER, best_size = n, best_qualifier = q;
      }

  switch (best)
    {
    case FROM_SUBJECTS:
    case FROM_OBJECTS:
      {
        PositionSet *set = best == FROM_SUBJECTS ? r->subjects : r->objects;
        CcbnetTable table = best == FROM_SUBJECTS ? CCBNET_TABLE_OUTGOING_STARTS : CCBNET_TABLE_INCOMING_STARTS;

        for (guint i = 0; i < set->len; i++)
          {
            guint32 n;
            const guint32 *list = ccbnet_store_csr (&self->store, table, g_array_index (set, guint32, i), &n);

            filter_list (self, r, only_anchor (r, best), list, n, result);
          }
        needs_sort = set->len > 1;
      }
      break;
    case FROM_KINDS:
      for (guint k = 1; k < CCBNET_N_KINDS; k++)
        if (r->kinds[k])
          {
            guint32 n;
            const guint32 *list = ccbnet_store_csr (&self->store, CCBNET_TABLE_KIND_STARTS, k, &n);

            filter_list (self, r, FALSE, list, n, result);
            needs_sort = TRUE;
          }
      break;
    case FROM_QUALIFIER:
      {
        guint32 n;
        const guint32 *list = ccbnet_store_csr (&self->store, CCBNET_TABLE_QUALIFIED_STARTS, r->qualifiers[best_qualifier], &n);

        filter_list (self, r, FALSE, list, n, result);
      }
      break;
    case FROM_ALL:
    default:
      for (guint32 i = 0; i < self->n_relations; i++)
        if (relation_matches (self, r, i))
          g_array_append_val (result, i);
      break;
    }

  if (needs_sort)
    g_array_sort (result, compare_uint);

  return result;
}

typedef struct
{
  guint32         position;  /* first, for compare_uint */
  CcbnetRelation *relation;
} Found;

/* The relation at entry @i of an index, through the index's copy of the slots. */
static inline CcbnetRelation *
relation_via_mirror (CcbnetSnapshot *self,
                     gpointer       *mirror,
                     const guint32  *list,
                     guint32         i)
{
  CcbnetRelation *relation = g_atomic_pointer_get (&mirror[i]);

  if (relation == NULL)
    {
      /* Racing threads store the same object: the one in relation_slots. */
      relation = ccbnet_snapshot_get_relation (self, list[i]);
      g_atomic_pointer_set (&mirror[i], relation);
    }

  return relation;
}

/* The commonest queries, "every relation of this subject" (or object, with or without its
 * parts), answered from the index and its copy of the slots, whose entries lie side by side
 * where relation_slots would be read all over; NULL if @r asks anything else. */
static GPtrArray *
anchored_relations (CcbnetSnapshot *self,
                    const Resolved *r)
{
  gboolean by_subject;
  PositionSet *set;
  CcbnetTable table;
  gpointer *mirrors;
  g_autoptr(GArray) found = NULL;
  GPtrArray *result;

  if (r->subjects != NULL && only_anchor (r, FROM_SUBJECTS))
    by_subject = TRUE, set = r->subjects;
  else if (r->objects != NULL && only_anchor (r, FROM_OBJECTS))
    by_subject = FALSE, set = r->objects;
  else
    return NULL;

  table = by_subject ? CCBNET_TABLE_OUTGOING_STARTS : CCBNET_TABLE_INCOMING_STARTS;
  mirrors = by_subject ? self->outgoing_slots : self->incoming_slots;
  found = g_array_new (FALSE, FALSE, sizeof (Found));
  for (guint s = 0; s < set->len; s++)
    {
      guint32 key = g_array_index (set, guint32, s), n;
      const guint32 *list = ccbnet_store_csr (&self->store, table, key, &n);
      gpointer *mirror = mirrors + self->store.tables[table][key];

      for (guint32 i = 0; i < n; i++)
        {
          Found f = { list[i], relation_via_mirror (self, mirror, list, i) };

          g_array_append_val (found, f);
        }
    }
  /* Each list is in dataset order, and no relation is in two (one subject, one object). */
  if (set->len > 1)
    g_array_sort (found, compare_uint);

  result = g_ptr_array_new_full (found->len, g_object_unref);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (found, Found, i).relation));

  return result;
}

/* Returns the matching relations, referenced, in dataset order. */
GPtrArray *
ccbnet_snapshot_query (CcbnetSnapshot *self,
                       CcbnetQuery    *query)
{
  Resolved r;
  g_autoptr(GArray) matches = NULL;

  resolve (self, query, &r);
  if (!r.empty)
    {
      GPtrArray *direct = anchored_relations (self, &r);

      if (direct != NULL)
        {
          resolved_clear (&r);
          return direct;
        }
    }
  matches = matching_relations (self, &r);
  resolved_clear (&r);

  return relations_at (self, matches);
}

static gboolean
entity_matches_own (CcbnetSnapshot *self,
                    const Resolved *r,
                    guint32         position)
{
  const guint32 *row = ccbnet_store_entity (&self->store, position);
  guint32 bits = row[ENT_BITS];

  return (r->entity_type == CCBNET_ENTITY_TYPE_ANY || ENT_TYPE (bits) == r->entity_type) &&
         (r->scope == CCBNET_SCOPE_ANY || ENT_SCOPE (bits) == r->scope) &&
         (r->section == CCBNET_NONE || row[ENT_SECTION] == r->section) &&
         (r->cadence == CCBNET_CADENCE_UNSPECIFIED || ENT_CADENCE (bits) == r->cadence) &&
         (r->valid_at == 0 || ccbnet_store_entity_valid_at (&self->store, position, r->valid_at));
}

GPtrArray *
ccbnet_snapshot_query_entities (CcbnetSnapshot *self,
                                CcbnetQuery    *query)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint32));
  Resolved r;

  resolve (self, query, &r);

  if (!ccbnet_query_has_relation_filter (query))
    {
      if (!r.empty)
        for (guint32 i = 0; i < self->n_entities; i++)
          if (entity_matches_own (self, &r, i))
            g_array_append_val (positions, i);
    }
  else
    {
      g_autoptr(GArray) relations = matching_relations (self, &r);
      guint kept = 0;

      for (guint i = 0; i < relations->len; i++)
        {
          const guint32 *row = ccbnet_store_relation (&self->store, g_array_index (relations, guint32, i));
          guint32 ends[2] = {
            returns_subject (&r) ? row[REL_SUBJECT] : CCBNET_NONE,
            returns_object (&r) ? row[REL_OBJECT] : CCBNET_NONE,
          };

          for (guint e = 0; e < 2; e++)
            if (ends[e] != CCBNET_NONE &&
                (r.entity_type == CCBNET_ENTITY_TYPE_ANY || entity_type_at (self, ends[e]) == r.entity_type))
              g_array_append_val (positions, ends[e]);
        }
      g_array_sort (positions, compare_uint);
      for (guint i = 0; i < positions->len; i++)
        if (kept == 0 || g_array_index (positions, guint32, kept - 1) != g_array_index (positions, guint32, i))
          g_array_index (positions, guint32, kept++) = g_array_index (positions, guint32, i);
      g_array_set_size (positions, kept);
    }

  resolved_clear (&r);

  return entities_at (self, positions);
}

GPtrArray *
ccbnet_snapshot_find_all (CcbnetSnapshot *self,
                          const char     *text)
{
  g_autofree char *key = ccbnet_fold_name (text);
  const CcbnetStore *s = &self->store;
  const guint32 *slots = s->tables[CCBNET_TABLE_NAME_SLOTS];
  gsize size = s->lengths[CCBNET_TABLE_NAME_SLOTS];
  gsize len = strlen (key);
  gsize j = ccbnet_hash (s->seed, key, len) & (size - 1);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (gsize probes = 0; probes < size && slots[j] != CCBNET_NONE; probes++, j = (j + 1) & (size - 1))
    {
      const guint32 *row = CCBNET_ROW (s, CCBNET_TABLE_NAME_KEYS, KEY_WIDTH, slots[j]);

      if (ccbnet_store_string_equal (s, row[KEY_TEXT], key, len))
        {
          for (guint32 h = 0; h < row[KEY_N_HITS]; h++)
            {
              guint32 hit = s->tables[CCBNET_TABLE_NAME_HITS][row[KEY_HITS] + h];

              g_ptr_array_add (result, g_object_ref (ccbnet_snapshot_get_entity (self, hit >> 2)));
            }
          break;
        }
    }

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
  typedef struct { guint32 entity, previous, relation, depth; } Visit;
  guint32 start = ccbnet_snapshot_entity_position (self, from);
  guint32 goal = ccbnet_snapshot_entity_position (self, to);
  g_autofree guint32 *seen = NULL;   /* visit index + 1, or 0 */
  g_autoptr(GArray) visits = NULL;   /* also the queue */
  g_autoptr(GArray) chain = NULL;
  Visit first = { 0, CCBNET_NONE, CCBNET_NONE, 0 };
  guint found = 0;

  if (start == CCBNET_NONE || goal == CCBNET_NONE)
    return NULL;
  if (start == goal)
    return g_ptr_array_new_with_free_func (g_object_unref);

  seen = g_new0 (guint32, self->n_entities);
  visits = g_array_new (FALSE, FALSE, sizeof (Visit));
  first.entity = start;
  g_array_append_val (visits, first);
  seen[start] = 1;

  for (guint head = 0; head < visits->len && found == 0; head++)
    {
      Visit current = g_array_index (visits, Visit, head);

      if (max_hops != 0 && current.depth >= max_hops)
        continue;

      for (guint dir = 0; dir < 2 && found == 0; dir++)
        {
          guint32 n;
          const guint32 *edges = ccbnet_store_csr (&self->store, dir == 0 ? CCBNET_TABLE_OUTGOING_STARTS : CCBNET_TABLE_INCOMING_STARTS,
                                      current.entity, &n);

          for (guint32 i = 0; i < n; i++)
            {
              const guint32 *row = ccbnet_store_relation (&self->store, edges[i]);
              Visit next = { dir == 0 ? row[REL_OBJECT] : row[REL_SUBJECT], head, edges[i], current.depth + 1 };

              if (seen[next.entity] != 0)
                continue;
              g_array_append_val (visits, next);
              seen[next.entity] = visits->len;
              if (next.entity == goal)
                {
                  found = visits->len;
                  break;
                }
            }
        }
    }

  if (found == 0)
    return NULL;

  chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint v = found - 1; g_array_index (visits, Visit, v).previous != CCBNET_NONE;
       v = g_array_index (visits, Visit, v).previous)
    g_array_prepend_val (chain, g_array_index (visits, Visit, v).relation);

  return relations_at (self, chain);
}

/* Walks that understand qualifiers: find_paths and neighbourhood */

/* Which relations a walk may take and which entities each links, as an incidence index built
 * per call: for every entity, the allowed relations that link it. */
typedef struct
{
  guint32 *starts;    /* n_entities + 1 */
  guint32 *entries;   /* relation positions */
  gboolean qualifiers;
} Incidence;

/* The entities @relation links, each once: its subject and object and, with @qualifiers, the
 * entities it names on behalf of, via and in the context of. */
static guint
linked_entities (CcbnetSnapshot *self,
                 guint32         relation,
                 gboolean        qualifiers,
                 guint32         linked[5])
{
  const guint32 *row = ccbnet_store_relation (&self->store, relation);
  guint32 candidates[5] = { row[REL_SUBJECT], row[REL_OBJECT], CCBNET_NONE, CCBNET_NONE, CCBNET_NONE };
  guint n = 0;

  if (qualifiers)
    for (guint q = 0; q < G_N_ELEMENTS (qualifier_fields); q++)
      candidates[2 + q] = ccbnet_store_extra (&self->store, row, qualifier_fields[q]);
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      gboolean repeated = candidates[c] == CCBNET_NONE;

      for (guint i = 0; i < n && !repeated; i++)
        repeated = linked[i] == candidates[c];
      if (!repeated)
        linked[n++] = candidates[c];
    }

  return n;
}

static void
incidence_build (CcbnetSnapshot  *self,
                 CcbnetQuery     *query,
                 CcbnetPathFlags  flags,
                 Incidence       *inc)
{
  g_autofree guint8 *allowed = NULL;
  g_autofree guint32 *cursor = NULL;
  guint32 linked[5];

  inc->qualifiers = (flags & CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS) != 0;
  if (query != NULL)
    {
      g_autoptr(GArray) matches = NULL;
      Resolved r;

      resolve (self, query, &r);
      matches = matching_relations (self, &r);
      resolved_clear (&r);
      allowed = g_new0 (guint8, MAX (self->n_relations, 1));
      for (guint i = 0; i < matches->len; i++)
        allowed[g_array_index (matches, guint32, i)] = 1;
    }

  inc->starts = g_new0 (guint32, self->n_entities + 1);
  for (guint32 r = 0; r < self->n_relations; r++)
    if (allowed == NULL || allowed[r])
      {
        guint n = linked_entities (self, r, inc->qualifiers, linked);

        for (guint i = 0; i < n; i++)
          inc->starts[linked[i] + 1]++;
      }
  for (guint32 e = 0; e < self->n_entities; e++)
    inc->starts[e + 1] += inc->starts[e];
  inc->entries = g_new (guint32, MAX (inc->starts[self->n_entities], 1));
  cursor = g_memdup2 (inc->starts, sizeof (guint32) * self->n_entities);
  for (guint32 r = 0; r < self->n_relations; r++)
    if (allowed == NULL || allowed[r])
      {
        guint n = linked_entities (self, r, inc->qualifiers, linked);

        for (guint i = 0; i < n; i++)
          inc->entries[cursor[linked[i]]++] = r;
      }
}

static void
incidence_clear (Incidence *inc)
{
  g_clear_pointer (&inc->starts, g_free);
  g_clear_pointer (&inc->entries, g_free);
}

/* One way a shortest walk reaches @later: from @earlier, one step closer to the start, by
 * @relation; @next is the following way to reach the same entity, or NONE. */
typedef struct
{
  guint32 later, earlier, relation, next;
} Way;

/* The shortest walks from @from to @to over the relations @query allows (all when NULL), each as
 * an array of objects: @from, a relation, the entity it leads to, and so on up to @to. At most
 * @max_paths of them, in the order the search meets them; NULL when no walk of at most
 * @max_hops relations (0: no limit) links the two. */
GPtrArray *
ccbnet_snapshot_find_paths (CcbnetSnapshot  *self,
                            CcbnetEntity    *from,
                            CcbnetEntity    *to,
                            CcbnetQuery     *query,
                            CcbnetPathFlags  flags,
                            guint            max_hops,
                            guint            max_paths)
{
  guint32 start = ccbnet_snapshot_entity_position (self, from);
  guint32 goal = ccbnet_snapshot_entity_position (self, to);
  Incidence inc = { NULL, NULL, FALSE };
  g_autofree guint32 *dist = NULL;
  g_autofree guint32 *first_way = NULL;   /* per entity: the first Way that reaches it */
  g_autofree guint32 *last_way = NULL;
  g_autofree guint32 *stack = NULL;
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) ways = NULL;
  GPtrArray *paths;
  guint32 length, level, p;
  guint32 linked[5];

  if (start == CCBNET_NONE || goal == CCBNET_NONE)
    return NULL;
  paths = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  if (start == goal)
    {
      GPtrArray *path = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (path, g_object_ref (from));
      g_ptr_array_add (paths, path);
      return paths;
    }

  incidence_build (self, query, flags, &inc);
  dist = g_new (guint32, self->n_entities);
  memset (dist, 0xff, sizeof (guint32) * self->n_entities);
  first_way = g_new (guint32, self->n_entities);
  memset (first_way, 0xff, sizeof (guint32) * self->n_entities);
  last_way = g_new (guint32, self->n_entities);
  queue = g_array_new (FALSE, FALSE, sizeof (guint32));
  ways = g_array_new (FALSE, FALSE, sizeof (Way));
  dist[start] = 0;
  g_array_append_val (queue, start);

  /* Breadth first, recording every way each entity is reached at its distance, and stopping
   * after the level of the goal. */
  for (guint head = 0; head < queue->len; head++)
    {
      guint32 e = g_array_index (queue, guint32, head);

      if (dist[goal] != CCBNET_NONE && dist[e] >= dist[goal])
        break;
      if (max_hops != 0 && dist[e] >= max_hops)
        break;
      for (guint32 i = inc.starts[e]; i < inc.starts[e + 1]; i++)
        {
          guint32 r = inc.entries[i];
          guint n = linked_entities (self, r, inc.qualifiers, linked);

          for (guint k = 0; k < n; k++)
            {
              guint32 f = linked[k];
              Way way = { f, e, r, CCBNET_NONE };

              if (f == e)
                continue;
              if (dist[f] == CCBNET_NONE)
                {
                  dist[f] = dist[e] + 1;
                  g_array_append_val (queue, f);
                }
              if (dist[f] != dist[e] + 1)
                continue;
              g_array_append_val (ways, way);
              if (first_way[f] == CCBNET_NONE)
                first_way[f] = ways->len - 1;
              else
                g_array_index (ways, Way, last_way[f]).next = ways->len - 1;
              last_way[f] = ways->len - 1;
            }
        }
    }
  incidence_clear (&inc);

  if (dist[goal] == CCBNET_NONE)
    {
      g_ptr_array_unref (paths);
      return NULL;
    }

  /* Every shortest walk, back from the goal: stack[level] is the way taken at that many steps
   * from the goal. */
  length = dist[goal];
  stack = g_new (guint32, length);
  level = 0;
  p = first_way[goal];
  for (;;)
    {
      if (p == CCBNET_NONE)
        {
          if (level == 0)
            break;
          level--;
          p = g_array_index (ways, Way, stack[level]).next;
          continue;
        }
      stack[level] = p;
      if (level + 1 < length)
        {
          p = first_way[g_array_index (ways, Way, p).earlier];
          level++;
          continue;
        }

      /* The way reached the start: one walk. */
      {
        GPtrArray *path = g_ptr_array_new_full (2 * length + 1, g_object_unref);

        g_ptr_array_add (path, g_object_ref (from));
        for (guint32 l = length; l-- > 0;)
          {
            const Way *way = &g_array_index (ways, Way, stack[l]);

            g_ptr_array_add (path, g_object_ref (ccbnet_snapshot_get_relation (self, way->relation)));
            g_ptr_array_add (path, g_object_ref (ccbnet_snapshot_get_entity (self, way->later)));
          }
        g_ptr_array_add (paths, path);
      }
      if (paths->len >= max_paths)
        break;
      p = g_array_index (ways, Way, p).next;
    }

  return paths;
}

/* The relations @query allows (all when NULL) that link an entity within @depth - 1 steps of
 * @entity to another: the relations of every walk of at most @depth steps from it, nearest
 * first, and in dataset order within each distance. */
GPtrArray *
ccbnet_snapshot_neighbourhood (CcbnetSnapshot  *self,
                               CcbnetEntity    *entity,
                               guint            depth,
                               CcbnetQuery     *query,
                               CcbnetPathFlags  flags)
{
  guint32 start = ccbnet_snapshot_entity_position (self, entity);
  Incidence inc = { NULL, NULL, FALSE };
  g_autofree guint32 *dist = NULL;
  g_autofree guint8 *taken = NULL;
  g_autoptr(GArray) queue = NULL;
  g_autoptr(GArray) result = NULL;
  guint head = 0;
  guint32 linked[5];

  result = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (start == CCBNET_NONE || depth == 0)
    return relations_at (self, result);

  incidence_build (self, query, flags, &inc);
  dist = g_new (guint32, self->n_entities);
  memset (dist, 0xff, sizeof (guint32) * self->n_entities);
  taken = g_new0 (guint8, MAX (self->n_relations, 1));
  queue = g_array_new (FALSE, FALSE, sizeof (guint32));
  dist[start] = 0;
  g_array_append_val (queue, start);

  /* One distance at a time: the relations of the entities at distance d, sorted, then d + 1. */
  for (guint32 d = 0; d < depth && head < queue->len; d++)
    {
      guint level_end = queue->len;
      guint level_start = result->len;

      for (; head < level_end; head++)
        {
          guint32 e = g_array_index (queue, guint32, head);

          for (guint32 i = inc.starts[e]; i < inc.starts[e + 1]; i++)
            {
              guint32 r = inc.entries[i];
              guint n;

              if (taken[r])
                continue;
              taken[r] = 1;
              g_array_append_val (result, r);
              n = linked_entities (self, r, inc.qualifiers, linked);
              for (guint k = 0; k < n; k++)
                if (dist[linked[k]] == CCBNET_NONE)
                  {
                    dist[linked[k]] = d + 1;
                    g_array_append_val (queue, linked[k]);
                  }
            }
        }
      if (result->len > level_start)
        qsort (&g_array_index (result, guint32, level_start), result->len - level_start,
               sizeof (guint32), compare_uint);
    }
  incidence_clear (&inc);

  return relations_at (self, result);
}
