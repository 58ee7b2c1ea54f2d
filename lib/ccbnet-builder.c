/* ccbnet-builder.c: filling a store, record by record
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-builder-private.h"

/* The loader (ccbnet-loader.c) reads a JSON dataset into a builder: growing tables of rows in
 * the layout of the store (ccbnet-store-private.h), a pool of strings in which every string is
 * kept once, the table of ids each record claims, and the folded names entities are found by.
 * ccbnet_builder_finish() then moves the tables into a store and builds its indexes
 * (ccbnet-indexes.c). The builder checks nothing: the loader checks each record before adding
 * it. */

static guint32
random_seed (void)
{
  static guint32 seed;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      seed = g_random_int ();
      g_once_init_leave (&initialized, 1);
    }

  return seed;
}

typedef struct
{
  guint32 string;
  guint32 list_index;  /* list << 30 | index in the file's list */
  guint32 position;    /* in the store, or NONE */
  guint32 offset;      /* of the string in the pool, and its length: comparing ids reads */
  guint32 len;         /* one place less */
} Claim;

/* An open-addressing table of guint32 values (NONE: free) with each value's hash beside it, so
 * that a probe compares hashes before it reads what the value stands for, and growing never
 * hashes again. */
typedef struct
{
  guint32 *values;
  guint32 *hashes;
  gsize    size;     /* a power of two */
} HashedSlots;

struct _CcbnetBuilder
{
  GArray     *tables[CCBNET_N_TABLES];
  GString    *pool;
  guint32     seed;
  HashedSlots intern;      /* string indexes, by builder_hash() */
  gsize       intern_count;
  GArray     *claims;
  HashedSlots ids;         /* claim indexes, by ccbnet_hash() */
  GArray     *citations;   /* by quote string index: the last citation position + 1, or 0 */
  GArray     *singles;     /* by citation position: its list position + 1, or 0 */
  GArray     *names;       /* CcbnetNameEntry */
  gboolean    overflow;
};

static void
hashed_slots_init (HashedSlots *t,
                   gsize        size)
{
  t->values = ccbnet_slots_new (size);
  t->hashes = g_new (guint32, size);
  t->size = size;
}

static void
hashed_slots_clear (HashedSlots *t)
{
  g_clear_pointer (&t->values, g_free);
  g_clear_pointer (&t->hashes, g_free);
}

static void
hashed_slots_grow (HashedSlots *t)
{
  HashedSlots grown;

  hashed_slots_init (&grown, t->size * 2);
  for (gsize i = 0; i < t->size; i++)
    {
      gsize j;

      if (t->values[i] == CCBNET_NONE)
        continue;
      for (j = t->hashes[i] & (grown.size - 1); grown.values[j] != CCBNET_NONE; j = (j + 1) & (grown.size - 1))
        ;
      grown.values[j] = t->values[i];
      grown.hashes[j] = t->hashes[i];
    }
  hashed_slots_clear (t);
  *t = grown;
}

static const char *
builder_string_get (CcbnetBuilder *b,
                    guint32        index,
                    gsize         *len)
{
  const guint32 *starts = (gconstpointer) b->tables[CCBNET_TABLE_STRING_STARTS]->data;

  *len = starts[index + 1] - starts[index];

  return b->pool->str + starts[index];
}

static gboolean
builder_string_equal (CcbnetBuilder *b,
                      guint32        index,
                      const char    *text,
                      gsize          len)
{
  gsize stored_len;
  const char *stored = builder_string_get (b, index, &stored_len);

  return stored_len == len && memcmp (stored, text, len) == 0;
}

static guint32
builder_add_string (CcbnetBuilder *b,
                    const char    *text,
                    gsize          len)
{
  GArray *starts = b->tables[CCBNET_TABLE_STRING_STARTS];
  guint32 end;

  if (len >= G_MAXUINT32 - 1 - b->pool->len)
    {
      /* The load fails (ccbnet_builder_overflowed()); store the empty string meanwhile. */
      b->overflow = TRUE;
      len = 0;
    }
  g_string_append_len (b->pool, text, len);
  end = b->pool->len;
  g_array_append_val (starts, end);

  return starts->len - 2;
}

CcbnetBuilder *
ccbnet_builder_new (guint n_ids)
{
  CcbnetBuilder *b = g_new0 (CcbnetBuilder, 1);
  guint32 zero = 0;

  for (guint t = 0; t < CCBNET_N_TABLES; t++)
    b->tables[t] = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (b->tables[CCBNET_TABLE_STRING_STARTS], zero);
  b->pool = g_string_new (NULL);
  b->seed = random_seed ();
  hashed_slots_init (&b->intern, ccbnet_slots_for (MAX (n_ids, 512)));
  b->claims = g_array_sized_new (FALSE, FALSE, sizeof (Claim), n_ids);
  hashed_slots_init (&b->ids, ccbnet_slots_for (n_ids));
  b->citations = g_array_new (FALSE, TRUE, sizeof (guint32));
  b->singles = g_array_new (FALSE, TRUE, sizeof (guint32));
  b->names = g_array_new (FALSE, FALSE, sizeof (CcbnetNameEntry));

  return b;
}

void
ccbnet_builder_free (CcbnetBuilder *b)
{
  if (b == NULL)
    return;

  for (guint t = 0; t < CCBNET_N_TABLES; t++)
    if (b->tables[t] != NULL)
      g_array_unref (b->tables[t]);
  if (b->pool != NULL)
    g_string_free (b->pool, TRUE);
  hashed_slots_clear (&b->intern);
  g_array_unref (b->claims);
  hashed_slots_clear (&b->ids);
  g_array_unref (b->citations);
  g_array_unref (b->singles);
  g_array_unref (b->names);
  g_free (b);
}

/* The hash of the table of interned strings, which lives only while a dataset loads and is never
 * stored: eight bytes a step where ccbnet_hash() takes one, since it hashes every quote and name
 * of the file. Seeded like the other tables. */
static inline guint32
builder_hash (guint32     seed,
              const char *text,
              gsize       len)
{
  guint64 h = ((guint64) seed << 32 | seed) ^ ((guint64) len * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  guint64 word;

  for (; len >= 8; text += 8, len -= 8)
    {
      memcpy (&word, text, 8);
      h = (h ^ word) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
      h ^= h >> 31;
    }
  word = 0;
  memcpy (&word, text, len);
  h = (h ^ word) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 32;

  return (guint32) h;
}

/* Adds @text to the pool once: records that repeat a string (a language, a classification, a
 * quote) share it. Returns its index, or NONE for %NULL. */
guint32
ccbnet_builder_string (CcbnetBuilder *b,
                       const char    *text)
{
  gsize len, j;
  guint32 hash;

  if (text == NULL)
    return CCBNET_NONE;

  len = strlen (text);
  if (2 * (b->intern_count + 1) > b->intern.size)
    hashed_slots_grow (&b->intern);
  hash = builder_hash (b->seed, text, len);
  for (j = hash & (b->intern.size - 1); b->intern.values[j] != CCBNET_NONE; j = (j + 1) & (b->intern.size - 1))
    if (b->intern.hashes[j] == hash && builder_string_equal (b, b->intern.values[j], text, len))
      return b->intern.values[j];

  b->intern.values[j] = builder_add_string (b, text, len);
  b->intern.hashes[j] = hash;
  b->intern_count++;

  return b->intern.values[j];
}

guint32 *
ccbnet_builder_row (CcbnetBuilder *b,
                    CcbnetTable    table,
                    guint          width)
{
  GArray *array = b->tables[table];
  guint len = array->len;

  g_array_set_size (array, len + width);
  memset (&g_array_index (array, guint32, len), 0xff, width * sizeof (guint32));

  return &g_array_index (array, guint32, len);
}

guint32 *
ccbnet_builder_get_row (CcbnetBuilder *b,
                        CcbnetTable    table,
                        guint          width,
                        guint32        position)
{
  return &g_array_index (b->tables[table], guint32, (gsize) position * width);
}

guint32
ccbnet_builder_count (CcbnetBuilder *b,
                      CcbnetTable    table,
                      guint          width)
{
  return b->tables[table]->len / width;
}

void
ccbnet_builder_append (CcbnetBuilder *b,
                       CcbnetTable    table,
                       guint32        value)
{
  g_array_append_val (b->tables[table], value);
}

/* The slot of @id (whose ccbnet_hash() is @hash) in the id table: its claim, or NONE where it
 * would go. */
static gsize
ids_probe (CcbnetBuilder *b,
           const char    *id,
           gsize          len,
           guint32        hash)
{
  gsize j;

  for (j = hash & (b->ids.size - 1); b->ids.values[j] != CCBNET_NONE; j = (j + 1) & (b->ids.size - 1))
    if (b->ids.hashes[j] == hash)
      {
        const Claim *claim = &g_array_index (b->claims, Claim, b->ids.values[j]);

        if (claim->len == len && memcmp (b->pool->str + claim->offset, id, len) == 0)
          break;
      }

  return j;
}

/* Registers @id for record @index of @list. Returns the claim, to be given the record's position
 * with ccbnet_builder_set_id_position(); or NONE if the id is taken, with where it was first used. */
guint32
ccbnet_builder_claim_id (CcbnetBuilder *b,
                         const char    *id,
                         guint          list,
                         guint          index,
                         guint         *previous_list,
                         guint         *previous_index)
{
  gsize len = strlen (id), slot, stored_len;
  guint32 hash = ccbnet_hash (b->seed, id, len);
  Claim claim;

  if (2 * (b->claims->len + 1) > b->ids.size)
    hashed_slots_grow (&b->ids);

  slot = ids_probe (b, id, len, hash);
  if (b->ids.values[slot] != CCBNET_NONE)
    {
      Claim *previous = &g_array_index (b->claims, Claim, b->ids.values[slot]);

      *previous_list = previous->list_index >> 30;
      *previous_index = previous->list_index & ((1u << 30) - 1);
      return CCBNET_NONE;
    }

  claim.string = builder_add_string (b, id, len);
  claim.list_index = (guint32) list << 30 | index;
  claim.position = CCBNET_NONE;
  claim.offset = builder_string_get (b, claim.string, &stored_len) - b->pool->str;
  claim.len = stored_len;
  b->ids.values[slot] = b->claims->len;
  b->ids.hashes[slot] = hash;
  g_array_append_val (b->claims, claim);

  return b->ids.values[slot];
}

/* Returns the id's string. */
guint32
ccbnet_builder_set_id_position (CcbnetBuilder *b,
                                guint32        claim,
                                guint32        position)
{
  Claim *c = &g_array_index (b->claims, Claim, claim);

  c->position = position;

  return c->string;
}

char *
ccbnet_builder_dup_string (CcbnetBuilder *b,
                           guint32        index)
{
  const char *text;
  gsize len;

  if (index == CCBNET_NONE)
    return NULL;
  text = builder_string_get (b, index, &len);

  return g_strndup (text, len);
}

/* Whether the strings outgrew what the store can address (4 GiB). */
gboolean
ccbnet_builder_overflowed (CcbnetBuilder *b)
{
  return b->overflow;
}

/* The position of the record of @list with @id, or NONE. */
guint32
ccbnet_builder_lookup_id (CcbnetBuilder *b,
                          const char    *id,
                          guint          list)
{
  gsize len = strlen (id);
  guint32 slot = b->ids.values[ids_probe (b, id, len, ccbnet_hash (b->seed, id, len))];
  Claim *claim;

  if (slot == CCBNET_NONE)
    return CCBNET_NONE;
  claim = &g_array_index (b->claims, Claim, slot);
  if (claim->list_index >> 30 != list)
    return CCBNET_NONE;

  return claim->position;
}

/* The citation of @quote in @document. Records that cite the same sentence share it. */
guint32
ccbnet_builder_citation (CcbnetBuilder *b,
                         guint32        document,
                         const char    *quote)
{
  guint32 text = ccbnet_builder_string (b, quote);
  guint32 found, position;
  guint32 *row;

  if (text >= b->citations->len)
    g_array_set_size (b->citations, MAX (text + 1, 2 * b->citations->len));
  found = g_array_index (b->citations, guint32, text);
  if (found != 0)
    {
      position = found - 1;
      if (ccbnet_builder_get_row (b, CCBNET_TABLE_CITATIONS, CIT_WIDTH, position)[CIT_DOCUMENT] == document)
        return position;
    }

  position = ccbnet_builder_count (b, CCBNET_TABLE_CITATIONS, CIT_WIDTH);
  row = ccbnet_builder_row (b, CCBNET_TABLE_CITATIONS, CIT_WIDTH);
  row[CIT_DOCUMENT] = document;
  row[CIT_QUOTE] = text;
  g_array_index (b->citations, guint32, text) = position + 1;

  return position;
}

/* The start of a citation list holding only @citation: most records cite one sentence, and
 * many the same one, so they share the list. */
guint32
ccbnet_builder_single_list (CcbnetBuilder *b,
                            guint32        citation)
{
  guint32 start;

  if (citation >= b->singles->len)
    g_array_set_size (b->singles, MAX (citation + 1, 2 * b->singles->len));
  if (g_array_index (b->singles, guint32, citation) != 0)
    return g_array_index (b->singles, guint32, citation) - 1;

  start = b->tables[CCBNET_TABLE_CITATION_LISTS]->len;
  ccbnet_builder_append (b, CCBNET_TABLE_CITATION_LISTS, citation);
  g_array_index (b->singles, guint32, citation) = start + 1;

  return start;
}

/* Indexes @text, folded, as a name of @entity; rank 0 is the id, 1 the name, 2 the acronym and
 * 3 another name. */
void
ccbnet_builder_add_name (CcbnetBuilder *b,
                         const char    *text,
                         guint32        entity,
                         guint          rank)
{
  g_autofree char *key = NULL;
  CcbnetNameEntry entry;

  if (text == NULL)
    return;

  key = ccbnet_fold_name (text);
  entry.key = ccbnet_builder_string (b, key);
  entry.entity = entity;
  entry.rank = rank;
  g_array_append_val (b->names, entry);
}

/* Turns a complete, valid load into @store: derives parents and the indexes, trims the tables
 * and frees the builder. */
void
ccbnet_builder_finish (CcbnetBuilder *b,
                       CcbnetStore   *store)
{
  guint32 n_relations = ccbnet_builder_count (b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  gsize size;
  guint32 *slots;

  memset (store, 0, sizeof *store);

  /* An entity's parent is the object of its first part-of, unit-of or post-in relation. */
  for (guint32 r = 0; r < n_relations; r++)
    {
      const guint32 *row = ccbnet_builder_get_row (b, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
      guint32 *subject;

      if (!ccbnet_relation_kind_is_structural (REL_KIND (row[REL_BITS])))
        continue;
      subject = ccbnet_builder_get_row (b, CCBNET_TABLE_ENTITIES, ENT_WIDTH, row[REL_SUBJECT]);
      if (subject[ENT_PARENT] == CCBNET_NONE)
        subject[ENT_PARENT] = row[REL_OBJECT];
    }

  /* The id table as loaded, with each claim replaced by its list and position. */
  size = b->ids.size;
  slots = g_steal_pointer (&b->ids.values);
  for (gsize j = 0; j < size; j++)
    if (slots[j] != CCBNET_NONE)
      {
        Claim *claim = &g_array_index (b->claims, Claim, slots[j]);

        slots[j] = (claim->list_index & ~((1u << 30) - 1)) | claim->position;
      }
  store->tables[CCBNET_TABLE_ID_SLOTS] = slots;
  store->lengths[CCBNET_TABLE_ID_SLOTS] = size;
  store->blocks[CCBNET_TABLE_ID_SLOTS] = slots;
  store->seed = b->seed;

  /* The record tables; the others are indexes, built below. */
  for (guint t = 0; t <= CCBNET_TABLE_DATASET; t++)
    ccbnet_store_take_table (store, t, g_steal_pointer (&b->tables[t]));
  ccbnet_store_take_table (store, CCBNET_TABLE_SUCCESSIONS, g_steal_pointer (&b->tables[CCBNET_TABLE_SUCCESSIONS]));
  store->strings_len = b->pool->len;
  store->strings = g_realloc (g_string_free (g_steal_pointer (&b->pool), FALSE), MAX (store->strings_len, 1));
  store->blocks[CCBNET_N_TABLES] = (gpointer) store->strings;

  ccbnet_store_build_indexes (store, b->names);

  ccbnet_builder_free (b);
}
