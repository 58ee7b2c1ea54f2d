/* ccbnet-indexes.c: the indexes of a store
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-store-private.h"

/* Once a store's records are complete, these tables are derived from them: compressed adjacency
 * arrays (CSR: a table of starts, one per key and one more, then the entries) of the relations of
 * each subject, of each object, of each kind and naming each entity in a qualifier, and of the
 * direct parts of each entity; the folded names with the entities they name; and the
 * open-addressing tables of ids and names. A compiled file stores them, so they are built once
 * per JSON load and once, with a fixed seed, per compilation. */

/* Moves a finished table out of @array into @store, its memory trimmed to its length. */
void
ccbnet_store_take_table (CcbnetStore *store,
                         CcbnetTable  table,
                         GArray      *array)
{
  gsize len = array->len;
  gpointer data = g_array_free (array, FALSE);

  data = g_realloc (data, MAX (len, 1) * sizeof (guint32));
  store->tables[table] = data;
  store->lengths[table] = len;
  store->blocks[table] = data;
}

static GArray *
sized_array (gsize n)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);

  g_array_set_size (array, n);

  return array;
}

/* Fills a CSR index from (key, value) pairs given twice by @pair: once to count, once to fill. */
typedef gboolean (*PairFunc) (const CcbnetStore *store,
                              guint32            item,
                              guint              which,
                              guint32           *key,
                              guint32           *value,
                              guint32           *last);

static void
build_csr (CcbnetStore *store,
           CcbnetTable  starts_table,
           guint32      n_keys,
           guint32      n_items,
           guint        n_pairs,
           PairFunc     pair)
{
  GArray *starts = sized_array ((gsize) n_keys + 1);
  guint32 *s = (gpointer) starts->data;
  g_autofree guint32 *last = ccbnet_slots_new (MAX (n_keys, 1));
  g_autofree guint32 *fill = NULL;
  GArray *entries;

  memset (s, 0, ((gsize) n_keys + 1) * sizeof (guint32));
  for (guint32 i = 0; i < n_items; i++)
    for (guint w = 0; w < n_pairs; w++)
      {
        guint32 key, value;

        if (pair (store, i, w, &key, &value, last))
          s[key + 1]++;
      }
  for (guint32 k = 0; k < n_keys; k++)
    s[k + 1] += s[k];

  entries = sized_array (s[n_keys]);
  fill = g_memdup2 (s, (gsize) n_keys * sizeof (guint32) + sizeof (guint32));
  memset (last, 0xff, MAX (n_keys, 1) * sizeof (guint32));
  for (guint32 i = 0; i < n_items; i++)
    for (guint w = 0; w < n_pairs; w++)
      {
        guint32 key, value;

        if (pair (store, i, w, &key, &value, last))
          g_array_index (entries, guint32, fill[key]++) = value;
      }

  ccbnet_store_take_table (store, starts_table, starts);
  ccbnet_store_take_table (store, starts_table + 1, entries);
}

/* Whether a relation of @kind makes its subject a part of its object. */
gboolean
ccbnet_relation_kind_is_structural (guint32 kind)
{
  return kind == CCBNET_RELATION_KIND_PART_OF || kind == CCBNET_RELATION_KIND_UNIT_OF ||
         kind == CCBNET_RELATION_KIND_POST_IN;
}

static gboolean
pair_outgoing (const CcbnetStore *store,
               guint32            r,
               guint              which,
               guint32           *key,
               guint32           *value,
               guint32           *last)
{
  *key = CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_SUBJECT];
  *value = r;

  return TRUE;
}

static gboolean
pair_incoming (const CcbnetStore *store,
               guint32            r,
               guint              which,
               guint32           *key,
               guint32           *value,
               guint32           *last)
{
  *key = CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_OBJECT];
  *value = r;

  return TRUE;
}

/* An entity's direct parts, once each when their relations follow each other. */
static gboolean
pair_parts (const CcbnetStore *store,
            guint32            r,
            guint              which,
            guint32           *key,
            guint32           *value,
            guint32           *last)
{
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);

  if (!ccbnet_relation_kind_is_structural (REL_KIND (row[REL_BITS])))
    return FALSE;
  *key = row[REL_OBJECT];
  *value = row[REL_SUBJECT];
  if (last[*key] == *value)
    return FALSE;
  last[*key] = *value;

  return TRUE;
}

static gboolean
pair_qualified (const CcbnetStore *store,
                guint32            r,
                guint              which,
                guint32           *key,
                guint32           *value,
                guint32           *last)
{
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
  static const guint fields[] = { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT };

  if (row[REL_EXTRA] == CCBNET_NONE)
    return FALSE;
  *key = CCBNET_ROW (store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA])[fields[which]];
  *value = r;
  if (*key == CCBNET_NONE || last[*key] == r)
    return FALSE;
  last[*key] = r;

  return TRUE;
}

static gboolean
pair_kind (const CcbnetStore *store,
           guint32            r,
           guint              which,
           guint32           *key,
           guint32           *value,
           guint32           *last)
{
  *key = REL_KIND (CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_BITS]);
  *value = r;

  return TRUE;
}

/* Supersession both ways, from the rows of the successions table. */
static gboolean
pair_supersedes (const CcbnetStore *store,
                 guint32            i,
                 guint              which,
                 guint32           *key,
                 guint32           *value,
                 guint32           *last)
{
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_SUCCESSIONS, SUCC_WIDTH, i);

  *key = row[SUCC_NEW];
  *value = row[SUCC_OLD];

  return TRUE;
}

static gboolean
pair_superseded_by (const CcbnetStore *store,
                    guint32            i,
                    guint              which,
                    guint32           *key,
                    guint32           *value,
                    guint32           *last)
{
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_SUCCESSIONS, SUCC_WIDTH, i);

  *key = row[SUCC_OLD];
  *value = row[SUCC_NEW];

  return TRUE;
}

static int
compare_name_entries (gconstpointer a,
                      gconstpointer b)
{
  const CcbnetNameEntry *ea = a, *eb = b;

  if (ea->key != eb->key)
    return (ea->key > eb->key) - (ea->key < eb->key);
  if (ea->entity != eb->entity)
    return (ea->entity > eb->entity) - (ea->entity < eb->entity);

  return (ea->rank > eb->rank) - (ea->rank < eb->rank);
}

static int
compare_name_hits (gconstpointer a,
                   gconstpointer b)
{
  const CcbnetNameEntry *ea = a, *eb = b;

  if (ea->key != eb->key)
    return (ea->key > eb->key) - (ea->key < eb->key);
  if (ea->rank != eb->rank)
    return (ea->rank > eb->rank) - (ea->rank < eb->rank);

  return (ea->entity > eb->entity) - (ea->entity < eb->entity);
}

/* Builds the open-addressing table of name keys. */
void
ccbnet_store_build_name_slots (CcbnetStore *store,
                               guint32      seed)
{
  gsize n_keys = store->lengths[CCBNET_TABLE_NAME_KEYS] / KEY_WIDTH;
  gsize size = ccbnet_slots_for (n_keys);
  guint32 *slots = ccbnet_slots_new (size);

  for (gsize k = 0; k < n_keys; k++)
    {
      const char *text;
      gsize len, j;

      text = ccbnet_store_string (store, CCBNET_ROW (store, CCBNET_TABLE_NAME_KEYS, KEY_WIDTH, k)[KEY_TEXT], &len);
      for (j = ccbnet_hash (seed, text, len) & (size - 1); slots[j] != CCBNET_NONE; j = (j + 1) & (size - 1))
        ;
      slots[j] = k;
    }
  g_free (store->blocks[CCBNET_TABLE_NAME_SLOTS]);
  store->tables[CCBNET_TABLE_NAME_SLOTS] = slots;
  store->lengths[CCBNET_TABLE_NAME_SLOTS] = size;
  store->blocks[CCBNET_TABLE_NAME_SLOTS] = slots;
}

/* Builds the open-addressing table of ids: sources, sections, entities, relations. */
void
ccbnet_store_build_id_slots (CcbnetStore *store,
                             guint32      seed)
{
  static const struct { CcbnetTable table; guint width; } lists[] = {
    { CCBNET_TABLE_DOCUMENTS, DOC_WIDTH },
    { CCBNET_TABLE_SECTIONS, SEC_WIDTH },
    { CCBNET_TABLE_ENTITIES, ENT_WIDTH },
    { CCBNET_TABLE_RELATIONS, REL_WIDTH },
  };
  gsize n = 0, size;
  guint32 *slots;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    n += store->lengths[lists[l].table] / lists[l].width;
  size = ccbnet_slots_for (n);
  slots = ccbnet_slots_new (size);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      gsize count = store->lengths[lists[l].table] / lists[l].width;

      for (gsize i = 0; i < count; i++)
        {
          const char *text;
          gsize len, j;

          /* Every list's id is its first field. */
          text = ccbnet_store_string (store, CCBNET_ROW (store, lists[l].table, lists[l].width, i)[0], &len);
          for (j = ccbnet_hash (seed, text, len) & (size - 1); slots[j] != CCBNET_NONE; j = (j + 1) & (size - 1))
            ;
          slots[j] = (guint32) l << 30 | (guint32) i;
        }
    }
  g_free (store->blocks[CCBNET_TABLE_ID_SLOTS]);
  store->tables[CCBNET_TABLE_ID_SLOTS] = slots;
  store->lengths[CCBNET_TABLE_ID_SLOTS] = size;
  store->blocks[CCBNET_TABLE_ID_SLOTS] = slots;
  store->seed = seed;
}

/* Rebuilds the hash tables of @store with @seed (a compiled file uses a fixed one, so that
 * compiling the same data twice gives the same bytes). */
void
ccbnet_store_rehash (CcbnetStore *store,
                     guint32      seed)
{
  ccbnet_store_build_id_slots (store, seed);
  ccbnet_store_build_name_slots (store, seed);
}

/* The name index: for each folded key, its entities once each, best rank first, then in dataset
 * order. */
static void
build_names (CcbnetStore *store,
             GArray      *names)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *hits = g_array_sized_new (FALSE, FALSE, sizeof (guint32), names->len);
  guint kept = 0;

  /* An entity known by one key twice keeps its best rank. */
  g_array_sort (names, compare_name_entries);
  for (guint i = 0; i < names->len; i++)
    {
      CcbnetNameEntry *entry = &g_array_index (names, CcbnetNameEntry, i);

      if (kept > 0 && g_array_index (names, CcbnetNameEntry, kept - 1).key == entry->key &&
          g_array_index (names, CcbnetNameEntry, kept - 1).entity == entry->entity)
        continue;
      g_array_index (names, CcbnetNameEntry, kept++) = *entry;
    }
  g_array_set_size (names, kept);
  g_array_sort (names, compare_name_hits);

  for (guint i = 0; i < names->len;)
    {
      guint32 key = g_array_index (names, CcbnetNameEntry, i).key;
      guint32 row[KEY_WIDTH];
      guint j;

      row[KEY_TEXT] = key;
      row[KEY_HITS] = hits->len;
      for (j = i; j < names->len && g_array_index (names, CcbnetNameEntry, j).key == key; j++)
        {
          CcbnetNameEntry *entry = &g_array_index (names, CcbnetNameEntry, j);
          guint32 hit = entry->entity << 2 | entry->rank;

          g_array_append_val (hits, hit);
        }
      row[KEY_N_HITS] = j - i;
      g_array_append_vals (keys, row, KEY_WIDTH);
      i = j;
    }

  ccbnet_store_take_table (store, CCBNET_TABLE_NAME_KEYS, keys);
  ccbnet_store_take_table (store, CCBNET_TABLE_NAME_HITS, hits);
}

/* Builds every index of @store from its records; @names (CcbnetNameEntry) are the folded names
 * the records were known by, and are sorted in place. The id table is the caller's. */
void
ccbnet_store_build_indexes (CcbnetStore *store,
                            GArray      *names)
{
  guint32 n_entities = store->lengths[CCBNET_TABLE_ENTITIES] / ENT_WIDTH;
  guint32 n_relations = store->lengths[CCBNET_TABLE_RELATIONS] / REL_WIDTH;

  build_csr (store, CCBNET_TABLE_OUTGOING_STARTS, n_entities, n_relations, 1, pair_outgoing);
  build_csr (store, CCBNET_TABLE_INCOMING_STARTS, n_entities, n_relations, 1, pair_incoming);
  build_csr (store, CCBNET_TABLE_PARTS_STARTS, n_entities, n_relations, 1, pair_parts);
  build_csr (store, CCBNET_TABLE_QUALIFIED_STARTS, n_entities, n_relations, 3, pair_qualified);
  build_csr (store, CCBNET_TABLE_KIND_STARTS, CCBNET_N_KINDS, n_relations, 1, pair_kind);
  {
    guint32 n_successions = store->lengths[CCBNET_TABLE_SUCCESSIONS] / SUCC_WIDTH;

    build_csr (store, CCBNET_TABLE_SUPERSEDES_STARTS, n_relations, n_successions, 1, pair_supersedes);
    build_csr (store, CCBNET_TABLE_SUPERSEDED_BY_STARTS, n_relations, n_successions, 1, pair_superseded_by);
  }
  build_names (store, names);
  ccbnet_store_build_name_slots (store, store->seed);
}
