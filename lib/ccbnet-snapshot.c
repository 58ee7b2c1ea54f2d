/* ccbnet-snapshot.c: a loaded dataset, its indexes and the queries over it
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/* A snapshot is a store (see ccbnet-private.h) plus the objects made from it. Documents and
 * sections, which are few, are made with the snapshot; entities, relations and citations are
 * made the first time a caller needs them and kept in a slot, so that the same record is always
 * the same object. Queries work on positions and make only the objects they return. */

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

/* Strings and hashing */

/* FNV-1a with a seed and a final mix. The seed of a JSON load is random, so that a dataset
 * cannot be made of ids that all collide; a compiled file stores the seed of its tables. */
guint32
ccbnet_hash (guint32     seed,
             const char *data,
             gsize       len)
{
  guint32 h = 2166136261u ^ seed;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) data[i];
      h *= 16777619u;
    }
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;

  return h;
}

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

/* ccbnet_fold_name(), with a fast path for plain ASCII, where decomposing, dropping marks and
 * case folding come down to lowering the case. */
char *
ccbnet_fold_key (const char *text)
{
  const char *p;
  GString *plain;
  gboolean space = FALSE;

  for (p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return ccbnet_fold_name (text);

  plain = g_string_sized_new (p - text);
  for (p = text; *p != '\0'; p++)
    {
      /* The ASCII characters g_unichar_isspace() accepts. */
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          space = plain->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (plain, ' ');
          space = FALSE;
        }
      g_string_append_c (plain, g_ascii_tolower (*p));
    }

  return g_string_free (plain, FALSE);
}

const char *
ccbnet_store_string (const CcbnetStore *store,
                     guint32            index,
                     gsize             *len)
{
  const guint32 *starts = store->tables[CCBNET_TABLE_STRING_STARTS];

  *len = starts[index + 1] - starts[index];

  return store->strings + starts[index];
}

static char *
store_dup (const CcbnetStore *store,
           guint32            index)
{
  const char *text;
  gsize len;

  if (index == CCBNET_NONE)
    return NULL;

  text = ccbnet_store_string (store, index, &len);

  return g_strndup (text, len);
}

static gboolean
store_string_equal (const CcbnetStore *store,
                    guint32            index,
                    const char        *text,
                    gsize              len)
{
  gsize stored_len;
  const char *stored = ccbnet_store_string (store, index, &stored_len);

  return stored_len == len && memcmp (stored, text, len) == 0;
}

#define ROW(store, table, width, position) \
  (&(store)->tables[table][(gsize) (position) * (width)])

static inline const guint32 *
entity_row (const CcbnetSnapshot *self,
            guint32               position)
{
  return ROW (&self->store, CCBNET_TABLE_ENTITIES, ENT_WIDTH, position);
}

static inline const guint32 *
relation_row (const CcbnetSnapshot *self,
              guint32               position)
{
  return ROW (&self->store, CCBNET_TABLE_RELATIONS, REL_WIDTH, position);
}

static inline guint32
extra_field (const CcbnetSnapshot *self,
             const guint32        *row,
             guint                 field)
{
  if (row[REL_EXTRA] == CCBNET_NONE)
    return CCBNET_NONE;

  return ROW (&self->store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA])[field];
}

/* The entries of a CSR index: @starts has one more entry than there are keys. */
static inline const guint32 *
csr (const CcbnetSnapshot *self,
     CcbnetTable           starts_table,
     guint32               key,
     guint32              *n)
{
  const guint32 *starts = self->store.tables[starts_table];

  *n = starts[key + 1] - starts[key];

  return self->store.tables[starts_table + 1] + starts[key];
}

/* Building a store from a JSON load */

typedef struct
{
  guint32 string;
  guint32 list_index;  /* list << 30 | index in the file's list */
  guint32 position;    /* in the store, or NONE */
  guint32 offset;      /* of the string in the pool, and its length: comparing ids reads */
  guint32 len;         /* one place less */
} Claim;

typedef struct
{
  guint32 key;
  guint32 entity;
  guint32 rank;
} NameEntry;

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
  GArray     *names;       /* NameEntry */
  gboolean    overflow;
};

static guint32 *
new_slots (gsize size)
{
  guint32 *slots = g_new (guint32, size);

  memset (slots, 0xff, size * sizeof (guint32));

  return slots;
}

static gsize
slots_for (gsize n)
{
  gsize size = 16;

  while (size < 2 * n)
    size *= 2;

  return size;
}

static void
hashed_slots_init (HashedSlots *t,
                   gsize        size)
{
  t->values = new_slots (size);
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
  hashed_slots_init (&b->intern, slots_for (MAX (n_ids, 512)));
  b->claims = g_array_sized_new (FALSE, FALSE, sizeof (Claim), n_ids);
  hashed_slots_init (&b->ids, slots_for (n_ids));
  b->citations = g_array_new (FALSE, TRUE, sizeof (guint32));
  b->singles = g_array_new (FALSE, TRUE, sizeof (guint32));
  b->names = g_array_new (FALSE, FALSE, sizeof (NameEntry));

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
  NameEntry entry;

  if (text == NULL)
    return;

  key = ccbnet_fold_key (text);
  entry.key = ccbnet_builder_string (b, key);
  entry.entity = entity;
  entry.rank = rank;
  g_array_append_val (b->names, entry);
}

/* Moves a finished table out of the builder, its memory trimmed to its length. */
static void
take_table (CcbnetStore   *store,
            CcbnetTable    table,
            GArray        *array)
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
  g_autofree guint32 *last = new_slots (MAX (n_keys, 1));
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

  take_table (store, starts_table, starts);
  take_table (store, starts_table + 1, entries);
}

static gboolean
is_structural_kind (guint32 kind)
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
  *key = ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_SUBJECT];
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
  *key = ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_OBJECT];
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
  const guint32 *row = ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);

  if (!is_structural_kind (REL_KIND (row[REL_BITS])))
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
  const guint32 *row = ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
  static const guint fields[] = { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT };

  if (row[REL_EXTRA] == CCBNET_NONE)
    return FALSE;
  *key = ROW (store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA])[fields[which]];
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
  *key = REL_KIND (ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, r)[REL_BITS]);
  *value = r;

  return TRUE;
}

static int
compare_name_entries (gconstpointer a,
                      gconstpointer b)
{
  const NameEntry *ea = a, *eb = b;

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
  const NameEntry *ea = a, *eb = b;

  if (ea->key != eb->key)
    return (ea->key > eb->key) - (ea->key < eb->key);
  if (ea->rank != eb->rank)
    return (ea->rank > eb->rank) - (ea->rank < eb->rank);

  return (ea->entity > eb->entity) - (ea->entity < eb->entity);
}

/* Builds the open-addressing table of name keys. */
static void
build_name_slots (CcbnetStore *store,
                  guint32      seed)
{
  gsize n_keys = store->lengths[CCBNET_TABLE_NAME_KEYS] / KEY_WIDTH;
  gsize size = slots_for (n_keys);
  guint32 *slots = new_slots (size);

  for (gsize k = 0; k < n_keys; k++)
    {
      const char *text;
      gsize len, j;

      text = ccbnet_store_string (store, ROW (store, CCBNET_TABLE_NAME_KEYS, KEY_WIDTH, k)[KEY_TEXT], &len);
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
static void
build_id_slots (CcbnetStore *store,
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
  size = slots_for (n);
  slots = new_slots (size);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      gsize count = store->lengths[lists[l].table] / lists[l].width;

      for (gsize i = 0; i < count; i++)
        {
          const char *text;
          gsize len, j;

          /* Every list's id is its first field. */
          text = ccbnet_store_string (store, ROW (store, lists[l].table, lists[l].width, i)[0], &len);
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
  build_id_slots (store, seed);
  build_name_slots (store, seed);
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
      NameEntry *entry = &g_array_index (names, NameEntry, i);

      if (kept > 0 && g_array_index (names, NameEntry, kept - 1).key == entry->key &&
          g_array_index (names, NameEntry, kept - 1).entity == entry->entity)
        continue;
      g_array_index (names, NameEntry, kept++) = *entry;
    }
  g_array_set_size (names, kept);
  g_array_sort (names, compare_name_hits);

  for (guint i = 0; i < names->len;)
    {
      guint32 key = g_array_index (names, NameEntry, i).key;
      guint32 row[KEY_WIDTH];
      guint j;

      row[KEY_TEXT] = key;
      row[KEY_HITS] = hits->len;
      for (j = i; j < names->len && g_array_index (names, NameEntry, j).key == key; j++)
        {
          NameEntry *entry = &g_array_index (names, NameEntry, j);
          guint32 hit = entry->entity << 2 | entry->rank;

          g_array_append_val (hits, hit);
        }
      row[KEY_N_HITS] = j - i;
      g_array_append_vals (keys, row, KEY_WIDTH);
      i = j;
    }

  take_table (store, CCBNET_TABLE_NAME_KEYS, keys);
  take_table (store, CCBNET_TABLE_NAME_HITS, hits);
}

static CcbnetSnapshot *snapshot_new (CcbnetStore *store);

/* Turns a complete, valid load into a snapshot: derives parents and the indexes, trims the
 * tables and frees the builder. */
CcbnetSnapshot *
ccbnet_snapshot_new_from_builder (CcbnetBuilder *b)
{
  CcbnetStore store = { { NULL, }, };
  guint32 n_entities, n_relations;
  gsize size;
  guint32 *slots;

  n_entities = ccbnet_builder_count (b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  n_relations = ccbnet_builder_count (b, CCBNET_TABLE_RELATIONS, REL_WIDTH);

  /* An entity's parent is the object of its first part-of, unit-of or post-in relation. */
  for (guint32 r = 0; r < n_relations; r++)
    {
      const guint32 *row = ccbnet_builder_get_row (b, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
      guint32 *subject;

      if (!is_structural_kind (REL_KIND (row[REL_BITS])))
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
  store.tables[CCBNET_TABLE_ID_SLOTS] = slots;
  store.lengths[CCBNET_TABLE_ID_SLOTS] = size;
  store.blocks[CCBNET_TABLE_ID_SLOTS] = slots;
  store.seed = b->seed;

  for (guint t = 0; t <= CCBNET_TABLE_ENTITY_LISTS; t++)
    take_table (&store, t, g_steal_pointer (&b->tables[t]));
  store.strings_len = b->pool->len;
  store.strings = g_realloc (g_string_free (g_steal_pointer (&b->pool), FALSE), MAX (store.strings_len, 1));
  store.blocks[CCBNET_N_TABLES] = (gpointer) store.strings;

  build_csr (&store, CCBNET_TABLE_OUTGOING_STARTS, n_entities, n_relations, 1, pair_outgoing);
  build_csr (&store, CCBNET_TABLE_INCOMING_STARTS, n_entities, n_relations, 1, pair_incoming);
  build_csr (&store, CCBNET_TABLE_PARTS_STARTS, n_entities, n_relations, 1, pair_parts);
  build_csr (&store, CCBNET_TABLE_QUALIFIED_STARTS, n_entities, n_relations, 3, pair_qualified);
  build_csr (&store, CCBNET_TABLE_KIND_STARTS, CCBNET_N_KINDS, n_relations, 1, pair_kind);
  build_names (&store, b->names);
  build_name_slots (&store, store.seed);

  ccbnet_builder_free (b);

  return snapshot_new (&store);
}

void
ccbnet_store_clear (CcbnetStore *store)
{
  for (guint t = 0; t <= CCBNET_N_TABLES; t++)
    g_clear_pointer (&store->blocks[t], g_free);
  g_clear_pointer (&store->bytes, g_bytes_unref);
  memset (store, 0, sizeof *store);
}

/* Objects */

static void
unref_slots (gpointer *slots,
             guint     n)
{
  if (slots == NULL)
    return;

  /* Children before parents where the file lists parents first, so that freeing seldom
   * cascades; the entity's finalizer copes when it does. */
  for (guint i = n; i > 0; i--)
    if (slots[i - 1] != NULL)
      g_object_unref (slots[i - 1]);
  g_free (slots);
}

static CcbnetCitation *
citation_at (CcbnetSnapshot *self,
             guint32         position)
{
  CcbnetCitation *citation = g_atomic_pointer_get (&self->citation_slots[position]);
  const guint32 *row;

  if (citation != NULL)
    return citation;

  row = ROW (&self->store, CCBNET_TABLE_CITATIONS, CIT_WIDTH, position);
  citation = g_object_new (CCBNET_TYPE_CITATION, NULL);
  citation->document = g_object_ref (self->documents->pdata[row[CIT_DOCUMENT]]);
  citation->quote = store_dup (&self->store, row[CIT_QUOTE]);
  if (!g_atomic_pointer_compare_and_exchange (&self->citation_slots[position], NULL, citation))
    {
      g_object_unref (citation);
      citation = g_atomic_pointer_get (&self->citation_slots[position]);
    }

  return citation;
}

static GPtrArray *
citations_at (CcbnetSnapshot *self,
              guint32         first,
              guint32         n)
{
  GPtrArray *citations = g_ptr_array_new_full (n, g_object_unref);

  for (guint32 i = 0; i < n; i++)
    g_ptr_array_add (citations, g_object_ref (citation_at (self, self->store.tables[CCBNET_TABLE_CITATION_LISTS][first + i])));

  return citations;
}

static char **
strv_at (CcbnetSnapshot *self,
         guint32         first,
         guint32         n)
{
  char **strv;

  if (first == CCBNET_NONE)
    return NULL;

  strv = g_new0 (char *, n + 1);
  for (guint32 i = 0; i < n; i++)
    strv[i] = store_dup (&self->store, self->store.tables[CCBNET_TABLE_STRING_LISTS][first + i]);

  return strv;
}

static CcbnetDocument *
document_at (CcbnetSnapshot *self,
             guint32         position)
{
  return position == CCBNET_NONE ? NULL : g_object_ref (self->documents->pdata[position]);
}

/* Makes the entity at @position, whose parent (if any) is already made. */
static CcbnetEntity *
make_entity (CcbnetSnapshot *self,
             guint32         position)
{
  const CcbnetStore *store = &self->store;
  const guint32 *row = entity_row (self, position);
  guint32 bits = row[ENT_BITS];
  CcbnetEntity *entity = g_object_new (ccbnet_entity_type_get_gtype (ENT_TYPE (bits)), NULL);
  CcbnetEntityPrivate *priv = ccbnet_entity_get_private (entity);

  priv->id = store_dup (store, row[ENT_ID]);
  priv->name = store_dup (store, row[ENT_NAME]);
  priv->name_source = document_at (self, row[ENT_NAME_SOURCE]);
  priv->short_name = store_dup (store, row[ENT_SHORT_NAME]);
  priv->other_names = g_ptr_array_new_full (row[ENT_N_OTHER_NAMES], g_object_unref);
  for (guint32 i = 0; i < row[ENT_N_OTHER_NAMES]; i++)
    {
      const guint32 *name_row = ROW (store, CCBNET_TABLE_NAMES, NAME_WIDTH, row[ENT_OTHER_NAMES] + i);
      CcbnetName *name = g_object_new (CCBNET_TYPE_NAME, NULL);

      name->text = store_dup (store, name_row[NAME_TEXT]);
      name->language = store_dup (store, name_row[NAME_LANGUAGE]);
      name->note = store_dup (store, name_row[NAME_NOTE]);
      name->source = document_at (self, name_row[NAME_SOURCE]);
      g_ptr_array_add (priv->other_names, name);
    }
  priv->entity_type = ENT_TYPE (bits);
  priv->classification = store_dup (store, row[ENT_CLASSIFICATION]);
  priv->scope = ENT_SCOPE (bits);
  priv->section = g_object_ref (self->sections->pdata[row[ENT_SECTION]]);
  priv->description = store_dup (store, row[ENT_DESCRIPTION]);
  priv->cadence = ENT_CADENCE (bits);
  priv->cadence_text = store_dup (store, row[ENT_CADENCE_TEXT]);
  priv->status = ENT_STATUS (bits);
  priv->is_collective = ENT_IS_COLLECTIVE (bits);
  priv->note = store_dup (store, row[ENT_NOTE]);
  priv->sources = citations_at (self, row[ENT_SOURCES], row[ENT_N_SOURCES]);
  if (row[ENT_PARENT] != CCBNET_NONE)
    priv->parent = g_object_ref (g_atomic_pointer_get (&self->entity_slots[row[ENT_PARENT]]));
  priv->position = position;
  priv->handle = ccbnet_handle_ref (self->handle);

  if (CCBNET_IS_ORGANISATION (entity))
    CCBNET_ORGANISATION (entity)->sectors = ENT_SECTORS (bits);
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      platform->purposes = strv_at (self, row[ENT_PURPOSES], row[ENT_N_PURPOSES]);
      platform->topics = strv_at (self, row[ENT_TOPICS], row[ENT_N_TOPICS]);
      platform->topics_non_exhaustive = ENT_TOPICS_NON_EXHAUSTIVE (bits);
      platform->characteristics = strv_at (self, row[ENT_CHARACTERISTICS], row[ENT_N_CHARACTERISTICS]);
      platform->member_categories = strv_at (self, row[ENT_MEMBER_CATEGORIES],
                                             row[ENT_N_MEMBER_CATEGORIES]);
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    CCBNET_LEGAL_INSTRUMENT (entity)->date = store_dup (store, row[ENT_DATE]);
  else if (CCBNET_IS_POST (entity))
    CCBNET_POST (entity)->role = store_dup (store, row[ENT_ROLE]);

  return entity;
}

/* The entity at @position, made if need be; the snapshot owns the reference. Its ancestors are
 * made first, root down, without recursion: a part-of chain may be as long as the dataset. */
CcbnetEntity *
ccbnet_snapshot_get_entity (CcbnetSnapshot *self,
                            guint32         position)
{
  CcbnetEntity *entity = g_atomic_pointer_get (&self->entity_slots[position]);
  g_autoptr(GArray) chain = NULL;

  if (entity != NULL)
    return entity;

  chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 p = position; p != CCBNET_NONE && g_atomic_pointer_get (&self->entity_slots[p]) == NULL;
       p = entity_row (self, p)[ENT_PARENT])
    g_array_append_val (chain, p);

  for (guint i = chain->len; i > 0; i--)
    {
      guint32 p = g_array_index (chain, guint32, i - 1);
      CcbnetEntity *made = make_entity (self, p);

      if (!g_atomic_pointer_compare_and_exchange (&self->entity_slots[p], NULL, made))
        g_object_unref (made);
    }

  return g_atomic_pointer_get (&self->entity_slots[position]);
}

static CcbnetEntity *
entity_ref_at (CcbnetSnapshot *self,
               guint32         position)
{
  if (position == CCBNET_NONE)
    return NULL;

  return g_object_ref (ccbnet_snapshot_get_entity (self, position));
}

static char *
extra_dup (CcbnetSnapshot *self,
           const guint32  *row,
           guint           field)
{
  return store_dup (&self->store, extra_field (self, row, field));
}

/* The relation at @position, made if need be; the snapshot owns the reference. */
CcbnetRelation *
ccbnet_snapshot_get_relation (CcbnetSnapshot *self,
                              guint32         position)
{
  CcbnetRelation *relation = g_atomic_pointer_get (&self->relation_slots[position]);
  const guint32 *row;
  guint32 bits;

  if (relation != NULL)
    return relation;

  row = relation_row (self, position);
  bits = row[REL_BITS];
  relation = g_object_new (CCBNET_TYPE_RELATION, NULL);
  relation->id = store_dup (&self->store, row[REL_ID]);
  relation->kind = REL_KIND (bits);
  relation->subject = entity_ref_at (self, row[REL_SUBJECT]);
  relation->object = entity_ref_at (self, row[REL_OBJECT]);
  relation->on_behalf_of = entity_ref_at (self, extra_field (self, row, EXT_ON_BEHALF_OF));
  relation->via = entity_ref_at (self, extra_field (self, row, EXT_VIA));
  relation->context = entity_ref_at (self, extra_field (self, row, EXT_CONTEXT));
  relation->capacity = entity_ref_at (self, extra_field (self, row, EXT_CAPACITY));
  relation->legal_basis = entity_ref_at (self, extra_field (self, row, EXT_LEGAL_BASIS));
  relation->framework = entity_ref_at (self, extra_field (self, row, EXT_FRAMEWORK));
  relation->condition = REL_CONDITION (bits);
  relation->condition_text = extra_dup (self, row, EXT_CONDITION_TEXT);
  relation->condition_ref = entity_ref_at (self, extra_field (self, row, EXT_CONDITION_REF));
  relation->cadence = REL_CADENCE (bits);
  relation->cadence_text = extra_dup (self, row, EXT_CADENCE_TEXT);
  relation->role = extra_dup (self, row, EXT_ROLE);
  relation->topic = extra_dup (self, row, EXT_TOPIC);
  relation->levels = REL_LEVELS (bits);
  relation->non_exhaustive = REL_NON_EXHAUSTIVE (bits);
  relation->co_actors = g_ptr_array_new_with_free_func (g_object_unref);
  if (row[REL_EXTRA] != CCBNET_NONE)
    {
      const guint32 *extra = ROW (&self->store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA]);

      for (guint32 i = 0; i < extra[EXT_N_CO_ACTORS]; i++)
        g_ptr_array_add (relation->co_actors,
                         entity_ref_at (self, self->store.tables[CCBNET_TABLE_ENTITY_LISTS][extra[EXT_CO_ACTORS] + i]));
    }
  relation->start_date = extra_dup (self, row, EXT_START_DATE);
  relation->end_date = extra_dup (self, row, EXT_END_DATE);
  relation->note = extra_dup (self, row, EXT_NOTE);
  relation->section = g_object_ref (self->sections->pdata[row[REL_SECTION]]);
  relation->sources = citations_at (self, row[REL_SOURCES], row[REL_N_SOURCES]);
  relation->position = position;

  if (!g_atomic_pointer_compare_and_exchange (&self->relation_slots[position], NULL, relation))
    {
      g_object_unref (relation);
      relation = g_atomic_pointer_get (&self->relation_slots[position]);
    }

  return relation;
}

static CcbnetSnapshot *
snapshot_new (CcbnetStore *store)
{
  CcbnetSnapshot *self = g_new0 (CcbnetSnapshot, 1);
  const CcbnetStore *s;

  self->store = *store;
  memset (store, 0, sizeof *store);
  s = &self->store;
  self->handle = ccbnet_handle_new (self);
  self->n_strings = s->lengths[CCBNET_TABLE_STRING_STARTS] - 1;
  self->n_documents = s->lengths[CCBNET_TABLE_DOCUMENTS] / DOC_WIDTH;
  self->n_sections = s->lengths[CCBNET_TABLE_SECTIONS] / SEC_WIDTH;
  self->n_entities = s->lengths[CCBNET_TABLE_ENTITIES] / ENT_WIDTH;
  self->n_relations = s->lengths[CCBNET_TABLE_RELATIONS] / REL_WIDTH;
  self->n_citations = s->lengths[CCBNET_TABLE_CITATIONS] / CIT_WIDTH;
  self->entity_slots = g_new0 (gpointer, MAX (self->n_entities, 1));
  self->relation_slots = g_new0 (gpointer, MAX (self->n_relations, 1));
  self->outgoing_slots = g_new0 (gpointer, MAX (self->n_relations, 1));
  self->incoming_slots = g_new0 (gpointer, MAX (self->n_relations, 1));
  self->citation_slots = g_new0 (gpointer, MAX (self->n_citations, 1));

  self->documents = g_ptr_array_new_full (self->n_documents, g_object_unref);
  for (guint i = 0; i < self->n_documents; i++)
    {
      const guint32 *row = ROW (s, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, i);
      CcbnetDocument *document = g_object_new (CCBNET_TYPE_DOCUMENT, NULL);

      document->id = store_dup (s, row[DOC_ID]);
      document->kind = row[DOC_KIND];
      document->title = store_dup (s, row[DOC_TITLE]);
      document->publisher = store_dup (s, row[DOC_PUBLISHER]);
      document->url = store_dup (s, row[DOC_URL]);
      document->language = store_dup (s, row[DOC_LANGUAGE]);
      document->retrieved = store_dup (s, row[DOC_RETRIEVED]);
      document->file = store_dup (s, row[DOC_FILE]);
      document->note = store_dup (s, row[DOC_NOTE]);
      g_ptr_array_add (self->documents, document);
    }

  self->sections = g_ptr_array_new_full (self->n_sections, g_object_unref);
  for (guint i = 0; i < self->n_sections; i++)
    {
      const guint32 *row = ROW (s, CCBNET_TABLE_SECTIONS, SEC_WIDTH, i);
      CcbnetSection *section = g_object_new (CCBNET_TYPE_SECTION, NULL);

      section->id = store_dup (s, row[SEC_ID]);
      section->scope = row[SEC_SCOPE];
      section->position = i;
      section->headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      section->languages = g_new0 (char *, row[SEC_N_HEADINGS] + 1);
      for (guint32 h = 0; h < row[SEC_N_HEADINGS]; h++)
        {
          const guint32 *heading = ROW (s, CCBNET_TABLE_HEADINGS, HEAD_WIDTH, row[SEC_HEADINGS] + h);

          section->languages[h] = store_dup (s, heading[HEAD_LANGUAGE]);
          g_hash_table_insert (section->headings, store_dup (s, heading[HEAD_LANGUAGE]),
                               store_dup (s, heading[HEAD_TEXT]));
        }
      section->sources = citations_at (self, row[SEC_SOURCES], row[SEC_N_SOURCES]);
      g_ptr_array_add (self->sections, section);
    }

  return self;
}

/* A snapshot over a checked compiled store; takes its content. */
CcbnetSnapshot *
ccbnet_snapshot_new_from_store (CcbnetStore *store)
{
  return snapshot_new (store);
}

void
ccbnet_snapshot_free (CcbnetSnapshot *self)
{
  if (self == NULL)
    return;

  /* Objects that outlive the snapshot must stop reaching into it. */
  g_rw_lock_writer_lock (&self->handle->lock);
  self->handle->snapshot = NULL;
  g_rw_lock_writer_unlock (&self->handle->lock);
  ccbnet_handle_unref (self->handle);

  /* Relations hold entities, entities hold sections and documents. */
  unref_slots (self->relation_slots, self->n_relations);
  g_free (self->outgoing_slots);
  g_free (self->incoming_slots);
  unref_slots (self->entity_slots, self->n_entities);
  g_ptr_array_unref (self->sections);
  unref_slots (self->citation_slots, self->n_citations);
  g_ptr_array_unref (self->documents);
  ccbnet_store_clear (&self->store);
  g_free (self);
}

GPtrArray *
ccbnet_snapshot_all_entities (CcbnetSnapshot *self)
{
  GPtrArray *all = g_ptr_array_new_full (self->n_entities, g_object_unref);

  for (guint32 i = 0; i < self->n_entities; i++)
    g_ptr_array_add (all, g_object_ref (ccbnet_snapshot_get_entity (self, i)));

  return all;
}

GPtrArray *
ccbnet_snapshot_all_relations (CcbnetSnapshot *self)
{
  GPtrArray *all = g_ptr_array_new_full (self->n_relations, g_object_unref);

  for (guint32 i = 0; i < self->n_relations; i++)
    g_ptr_array_add (all, g_object_ref (ccbnet_snapshot_get_relation (self, i)));

  return all;
}

/* Lookups */

static guint32
lookup_position (CcbnetSnapshot *self,
                 guint           list,
                 const char     *id)
{
  const CcbnetStore *s = &self->store;
  const guint32 *slots = s->tables[CCBNET_TABLE_ID_SLOTS];
  gsize size = s->lengths[CCBNET_TABLE_ID_SLOTS];
  static const struct { CcbnetTable table; guint width; } lists[] = {
    { CCBNET_TABLE_DOCUMENTS, DOC_WIDTH },
    { CCBNET_TABLE_SECTIONS, SEC_WIDTH },
    { CCBNET_TABLE_ENTITIES, ENT_WIDTH },
    { CCBNET_TABLE_RELATIONS, REL_WIDTH },
  };
  gsize len = strlen (id);
  gsize j = ccbnet_hash (s->seed, id, len) & (size - 1);

  /* At most one round: a hostile compiled file may have no empty slot. */
  for (gsize probes = 0; probes < size && slots[j] != CCBNET_NONE; probes++, j = (j + 1) & (size - 1))
    {
      guint32 slot_list = slots[j] >> 30;
      guint32 position = slots[j] & ((1u << 30) - 1);

      if (store_string_equal (s, ROW (s, lists[slot_list].table, lists[slot_list].width, position)[0], id, len))
        return slot_list == list ? position : CCBNET_NONE;
    }

  return CCBNET_NONE;
}

/* The record of @list with @id, referenced, or %NULL. */
gpointer
ccbnet_snapshot_lookup (CcbnetSnapshot *self,
                        guint           list,
                        const char     *id)
{
  guint32 position = lookup_position (self, list, id);

  if (position == CCBNET_NONE)
    return NULL;

  switch (list)
    {
    case CCBNET_LIST_SOURCES:
      return g_object_ref (self->documents->pdata[position]);
    case CCBNET_LIST_SECTIONS:
      return g_object_ref (self->sections->pdata[position]);
    case CCBNET_LIST_ENTITIES:
      return g_object_ref (ccbnet_snapshot_get_entity (self, position));
    case CCBNET_LIST_RELATIONS:
    default:
      return g_object_ref (ccbnet_snapshot_get_relation (self, position));
    }
}

/* The position of @entity in this snapshot, by identity when it comes from it, else by id. */
static guint32
entity_position (CcbnetSnapshot *self,
                 CcbnetEntity   *entity)
{
  CcbnetEntityPrivate *priv = ccbnet_entity_get_private (entity);

  if (priv->handle == self->handle)
    return priv->position;

  return lookup_position (self, CCBNET_LIST_ENTITIES, priv->id);
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
      parts = csr (self, CCBNET_TABLE_PARTS_STARTS, g_array_index (order, guint32, i), &n);
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

/* @entity must come from this snapshot. */
GPtrArray *
ccbnet_snapshot_parts (CcbnetSnapshot *self,
                       CcbnetEntity   *entity,
                       gboolean        recursive)
{
  g_autoptr(GArray) positions = collect_parts (self, ccbnet_entity_get_private (entity)->position,
                                               recursive, FALSE);

  g_array_sort (positions, compare_uint);

  return entities_at (self, positions);
}

/* Every relation @entity (from this snapshot) takes part in, as subject or object, once, in
 * dataset order. */
GPtrArray *
ccbnet_snapshot_relations_of (CcbnetSnapshot *self,
                              CcbnetEntity   *entity)
{
  guint32 position = ccbnet_entity_get_private (entity)->position;
  guint32 n_out, n_in;
  const guint32 *out = csr (self, CCBNET_TABLE_OUTGOING_STARTS, position, &n_out);
  const guint32 *in = csr (self, CCBNET_TABLE_INCOMING_STARTS, position, &n_in);
  g_autoptr(GArray) all = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_out + n_in);

  g_array_append_vals (all, out, n_out);
  for (guint32 i = 0; i < n_in; i++)
    /* A relation to itself is already in the list. */
    if (relation_row (self, in[i])[REL_SUBJECT] != position)
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
} Resolved;

static const guint qualifier_fields[3] = { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT };

static guint32
resolve_entity (CcbnetSnapshot *self,
                CcbnetEntity   *entity,
                gboolean       *empty)
{
  guint32 position;

  if (entity == NULL)
    return CCBNET_NONE;

  position = entity_position (self, entity);
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
  r->condition = ccbnet_query_get_condition (query);
  r->cadence = ccbnet_query_get_cadence (query);
  r->scope = ccbnet_query_get_scope (query);
  r->entity_type = ccbnet_query_get_entity_type (query);
  r->section = CCBNET_NONE;
  if (section != NULL)
    {
      r->section = lookup_position (self, CCBNET_LIST_SECTIONS, ccbnet_section_get_id (section));
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
  return ENT_TYPE (entity_row (self, position)[ENT_BITS]);
}

static gboolean
relation_matches (CcbnetSnapshot *self,
                  const Resolved *r,
                  guint32         position)
{
  const guint32 *row = relation_row (self, position);
  guint32 bits = row[REL_BITS];

  if (!r->kinds[REL_KIND (bits)])
    return FALSE;
  if (r->subjects != NULL && !position_set_contains (r->subjects, row[REL_SUBJECT]))
    return FALSE;
  if (r->objects != NULL && !position_set_contains (r->objects, row[REL_OBJECT]))
    return FALSE;
  for (guint q = 0; q < 3; q++)
    if (r->qualifiers[q] != CCBNET_NONE && extra_field (self, row, qualifier_fields[q]) != r->qualifiers[q])
      return FALSE;
  if (r->condition != CCBNET_CONDITION_NONE && REL_CONDITION (bits) != r->condition)
    return FALSE;
  if (r->cadence != CCBNET_CADENCE_UNSPECIFIED && REL_CADENCE (bits) != r->cadence)
    return FALSE;
  if (r->scope != CCBNET_SCOPE_ANY &&
      ROW (&self->store, CCBNET_TABLE_SECTIONS, SEC_WIDTH, row[REL_SECTION])[SEC_SCOPE] != r->scope)
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

      csr (self, starts_table, g_array_index (set, guint32, i), &n);
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
         r->cadence == CCBNET_CADENCE_UNSPECIFIED && r->scope == CCBNET_SCOPE_ANY &&
         r->section == CCBNET_NONE && r->entity_type == CCBNET_ENTITY_TYPE_ANY;
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

            csr (self, CCBNET_TABLE_KIND_STARTS, k, &n);
            size += n;
          }
      if (size < best_size)
        best = FROM_KINDS, best_size = size;
    }
  for (guint q = 0; q < 3; q++)
    if (r->qualifiers[q] != CCBNET_NONE)
      {
        guint32 n;

        csr (self, CCBNET_TABLE_QUALIFIED_STARTS, r->qualifiers[q], &n);
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
            const guint32 *list = csr (self, table, g_array_index (set, guint32, i), &n);

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
            const guint32 *list = csr (self, CCBNET_TABLE_KIND_STARTS, k, &n);

            filter_list (self, r, FALSE, list, n, result);
            needs_sort = TRUE;
          }
      break;
    case FROM_QUALIFIER:
      {
        guint32 n;
        const guint32 *list = csr (self, CCBNET_TABLE_QUALIFIED_STARTS, r->qualifiers[best_qualifier], &n);

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
      const guint32 *list = csr (self, table, key, &n);
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
  const guint32 *row = entity_row (self, position);
  guint32 bits = row[ENT_BITS];

  return (r->entity_type == CCBNET_ENTITY_TYPE_ANY || ENT_TYPE (bits) == r->entity_type) &&
         (r->scope == CCBNET_SCOPE_ANY || ENT_SCOPE (bits) == r->scope) &&
         (r->section == CCBNET_NONE || row[ENT_SECTION] == r->section) &&
         (r->cadence == CCBNET_CADENCE_UNSPECIFIED || ENT_CADENCE (bits) == r->cadence);
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
          const guint32 *row = relation_row (self, g_array_index (relations, guint32, i));
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
  g_autofree char *key = ccbnet_fold_key (text);
  const CcbnetStore *s = &self->store;
  const guint32 *slots = s->tables[CCBNET_TABLE_NAME_SLOTS];
  gsize size = s->lengths[CCBNET_TABLE_NAME_SLOTS];
  gsize len = strlen (key);
  gsize j = ccbnet_hash (s->seed, key, len) & (size - 1);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (gsize probes = 0; probes < size && slots[j] != CCBNET_NONE; probes++, j = (j + 1) & (size - 1))
    {
      const guint32 *row = ROW (s, CCBNET_TABLE_NAME_KEYS, KEY_WIDTH, slots[j]);

      if (store_string_equal (s, row[KEY_TEXT], key, len))
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
  guint32 start = entity_position (self, from);
  guint32 goal = entity_position (self, to);
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
          const guint32 *edges = csr (self, dir == 0 ? CCBNET_TABLE_OUTGOING_STARTS : CCBNET_TABLE_INCOMING_STARTS,
                                      current.entity, &n);

          for (guint32 i = 0; i < n; i++)
            {
              const guint32 *row = relation_row (self, edges[i]);
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
