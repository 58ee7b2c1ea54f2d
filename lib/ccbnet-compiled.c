/* ccbnet-compiled.c: the compiled form of a dataset, read in place
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-snapshot-private.h"

/* A compiled dataset is the store of a loaded snapshot (ccbnet-private.h), written out:
 *
 *   offset  0  "CCBNETDB"                 magic
 *   offset  8  guint32, little-endian     format version (COMPILED_VERSION)
 *   offset 12  guint32, writer's order    0x01020304: the byte order of everything after
 *   offset 16  guint32, writer's order    size of the table of contents
 *   offset 20  guint32                    0
 *   offset 24  GVariant "(ua(sstt))"      table of contents: the seed of the hash tables, and
 *                                         for each table its name, GVariant type, offset, size
 *   then each table at an offset that is a multiple of 8: "au" for the tables of rows and
 *   indexes, "s" for the pool of strings.
 *
 * Opening one validates it once: the header, the table of contents with
 * g_variant_is_normal_form(), each table's type and bounds, the pool of strings (the normal form
 * of a GVariant string: UTF-8 up to a final NUL, no other NUL), then that every index and position
 * stored in the tables is in range and that parents form no cycle. Each table is then wrapped as
 * a trusted GVariant. On GLib 2.74, reading untrusted GVariant data goes quadratic, and
 * g_variant_is_normal_form() walks a fixed-size array element by element (370 ms for 100 MB of
 * "au", measured), although for an array of guint32 the normal form is only that its size is a
 * multiple of 4: so that size is what is checked for the "au" tables, and the range checks that
 * follow read each element once. For the pool, string_is_normal() checks what
 * g_variant_is_normal_form() would, with runs of ASCII eight bytes at a time (its byte-at-a-time
 * UTF-8 check was a third of the opening of a file of 10^5 entities). */

#define COMPILED_VERSION 2   /* 2 (1.2): validity of entities, "ended", supersession */
#define HEADER_SIZE 24
#define BYTE_ORDER_MARK 0x01020304u
#define COMPILED_SEED 0x5eed1e55u
#define TOC_TYPE "(ua(sstt))"

static const char * const table_names[CCBNET_N_TABLES] = {
  "string-starts", "documents", "sections", "headings", "citations", "citation-lists", "names",
  "string-lists", "entities", "relations", "extras", "entity-lists", "dataset", "outgoing-starts",
  "outgoing", "incoming-starts", "incoming", "parts-starts", "parts", "qualified-starts",
  "qualified", "kind-starts", "by-kind", "id-slots", "name-keys", "name-slots", "name-hits",
  "successions", "supersedes-starts", "supersedes", "superseded-by-starts", "superseded-by",
};

/**
 * ccbnet_is_compiled_dataset:
 * @bytes: the bytes of a dataset, or of its first 8 bytes at least
 *
 * Checks whether @bytes start like a compiled dataset (written by
 * [method@Ccbnet.Registry.write_compiled]) rather than JSON, as the registry's loading functions
 * tell them apart: by the magic `CCBNETDB` in the first 8 bytes. A file that starts so but is
 * damaged still fails to load.
 *
 * Returns: %TRUE if @bytes start with the magic of the compiled form
 *
 * Since: 1.2
 */
gboolean
ccbnet_is_compiled_dataset (GBytes *bytes)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);

  return size >= CCBNET_COMPILED_MAGIC_LEN && memcmp (data, CCBNET_COMPILED_MAGIC, CCBNET_COMPILED_MAGIC_LEN) == 0;
}

/* Writing */

static gsize
padding (gsize offset)
{
  return (8 - offset % 8) % 8;
}

/* The compiled bytes of @self. Its hash tables are rebuilt with a fixed seed, so that compiling
 * the same data twice gives the same bytes. */
GBytes *
ccbnet_snapshot_compile (CcbnetSnapshot *self)
{
  CcbnetStore view = self->store;
  g_autoptr(GVariant) toc = NULL;
  GByteArray *out;
  gsize offset, toc_size;
  guint32 header[4];
  static const guint8 zeros[8] = { 0, };

  /* The view shares the snapshot's tables but owns the rebuilt hash tables. */
  memset (view.blocks, 0, sizeof view.blocks);
  view.bytes = NULL;
  ccbnet_store_rehash (&view, COMPILED_SEED);

  /* The table of contents comes first, so offsets are computed from its size, which does not
   * depend on the offsets' values (they are fixed-size). */
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("a(sstt)"));
      g_autoptr(GVariant) candidate = NULL;

      offset = HEADER_SIZE + (pass == 0 ? 0 : toc_size);
      offset += padding (offset);
      for (guint t = 0; t < CCBNET_N_TABLES; t++)
        {
          gsize size = view.lengths[t] * sizeof (guint32);

          g_variant_builder_add (builder, "(sstt)", table_names[t], "au", (guint64) offset, (guint64) size);
          offset += size;
          offset += padding (offset);
        }
      g_variant_builder_add (builder, "(sstt)", "strings", "s", (guint64) offset,
                             (guint64) view.strings_len + 1);
      candidate = g_variant_ref_sink (g_variant_new ("(u@a(sstt))", view.seed, g_variant_builder_end (builder)));
      toc_size = g_variant_get_size (candidate);
      if (pass == 1)
        toc = g_steal_pointer (&candidate);
    }

  out = g_byte_array_sized_new (offset + view.strings_len + 1);
  g_byte_array_append (out, (const guint8 *) CCBNET_COMPILED_MAGIC, CCBNET_COMPILED_MAGIC_LEN);
  header[0] = GUINT32_TO_LE (COMPILED_VERSION);
  header[1] = BYTE_ORDER_MARK;
  header[2] = toc_size;
  header[3] = 0;
  g_byte_array_append (out, (const guint8 *) header, sizeof header);
  g_byte_array_append (out, g_variant_get_data (toc), toc_size);
  g_byte_array_append (out, zeros, padding (out->len));
  for (guint t = 0; t < CCBNET_N_TABLES; t++)
    {
      g_byte_array_append (out, (const guint8 *) view.tables[t], view.lengths[t] * sizeof (guint32));
      g_byte_array_append (out, zeros, padding (out->len));
    }
  g_byte_array_append (out, (const guint8 *) view.strings, view.strings_len);
  g_byte_array_append (out, zeros, 1);
  g_assert (out->len == offset + view.strings_len + 1);

  ccbnet_store_clear (&view);

  return g_byte_array_free_to_bytes (out);
}

/* Reading */

/* The values of an enumeration, as a table: looking each one up costs more than the rest of the
 * check together. */
typedef struct
{
  gboolean valid[256];
} Values;

static void
values_init (Values *values,
             GType   type)
{
  GEnumClass *klass = g_type_class_ref (type);

  memset (values, 0, sizeof *values);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value >= 0 && klass->values[i].value < 256)
      values->valid[klass->values[i].value] = TRUE;
  g_type_class_unref (klass);
}

typedef struct
{
  const CcbnetStore *s;
  gsize              n_strings;
  gsize              n[CCBNET_N_TABLES];   /* rows of each table */
  Values             entity_types;
  Values             scopes;
  Values             kinds;
  Values             cadences;
  Values             conditions;
  Values             statuses;
  Values             document_kinds;
  GFlagsClass       *sectors;
  GFlagsClass       *levels;
  const char        *failure;
} Check;

static gboolean
fail (Check      *c,
      const char *what)
{
  if (c->failure == NULL)
    c->failure = what;

  return FALSE;
}

static gboolean
check_string (Check   *c,
              guint32  index,
              gboolean required)
{
  if (index == CCBNET_NONE)
    return !required || fail (c, N_("a required string is missing"));
  if (index >= c->n_strings)
    return fail (c, N_("a string index is out of range"));

  return TRUE;
}

static gboolean
check_ref (Check      *c,
           guint32     position,
           gsize       n,
           gboolean    required,
           const char *what)
{
  if (position == CCBNET_NONE)
    return !required || fail (c, what);
  if (position >= n)
    return fail (c, what);

  return TRUE;
}

static gboolean
check_range (Check      *c,
             guint32     first,
             guint32     count,
             gsize       len,
             const char *what)
{
  if (count == 0)
    return TRUE;
  if (first == CCBNET_NONE || (guint64) first + count > len)
    return fail (c, what);

  return TRUE;
}

static gboolean
check_enum (Check        *c,
            const Values *values,
            guint32       value,
            gboolean      allow_zero,
            const char   *what)
{
  if ((value == 0 && !allow_zero) || value >= 256 || !values->valid[value])
    return fail (c, what);

  return TRUE;
}

static gboolean
check_flags (Check       *c,
             GFlagsClass *klass,
             guint32      value,
             const char  *what)
{
  if ((value & ~klass->mask) != 0)
    return fail (c, what);

  return TRUE;
}

/* Every entry of a list table refers to a row of a table of @n rows. */
static gboolean
check_list (Check      *c,
            CcbnetTable table,
            gsize       n,
            const char *what)
{
  const guint32 *list = c->s->tables[table];

  for (gsize i = 0; i < c->s->lengths[table]; i++)
    if (list[i] >= n)
      return fail (c, what);

  return TRUE;
}

/* A CSR index over @n_keys keys whose entries refer to rows of a table of @n rows. */
static gboolean
check_csr (Check      *c,
           CcbnetTable starts_table,
           gsize       n_keys,
           gsize       n,
           const char *what)
{
  const guint32 *starts = c->s->tables[starts_table];

  if (c->s->lengths[starts_table] != n_keys + 1 || starts[0] != 0 ||
      starts[n_keys] != c->s->lengths[starts_table + 1])
    return fail (c, what);
  for (gsize k = 0; k < n_keys; k++)
    if (starts[k + 1] < starts[k])
      return fail (c, what);

  return check_list (c, starts_table + 1, n, what);
}

static gboolean
is_power_of_two (gsize n)
{
  return n > 0 && (n & (n - 1)) == 0;
}

static gboolean
check_strings (Check *c)
{
  const CcbnetStore *s = c->s;
  const guint32 *starts = s->tables[CCBNET_TABLE_STRING_STARTS];

  if (s->lengths[CCBNET_TABLE_STRING_STARTS] == 0 || starts[0] != 0 ||
      starts[c->n_strings] != s->strings_len)
    return fail (c, N_("the string offsets do not cover the pool"));
  for (gsize i = 0; i < c->n_strings; i++)
    {
      if (starts[i + 1] < starts[i])
        return fail (c, N_("the string offsets are not in order"));
      /* The pool is valid UTF-8 as a whole: a string starting on a character boundary is too. */
      if (starts[i] < s->strings_len && ((guchar) s->strings[starts[i]] & 0xc0) == 0x80)
        return fail (c, N_("a string starts inside a character"));
    }

  return TRUE;
}

static gboolean
check_rows (Check *c)
{
  const CcbnetStore *s = c->s;
  gsize n_documents = c->n[CCBNET_TABLE_DOCUMENTS];
  gsize n_sections = c->n[CCBNET_TABLE_SECTIONS];
  gsize n_entities = c->n[CCBNET_TABLE_ENTITIES];
  gsize n_relations = c->n[CCBNET_TABLE_RELATIONS];
  gboolean ok = TRUE;

  for (gsize i = 0; i < n_documents && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_DOCUMENTS][i * DOC_WIDTH];

      ok = check_string (c, row[DOC_ID], TRUE) &&
           check_enum (c, &c->document_kinds, row[DOC_KIND], TRUE, N_("a source has an unknown kind")) &&
           check_string (c, row[DOC_TITLE], TRUE) && check_string (c, row[DOC_PUBLISHER], TRUE) &&
           check_string (c, row[DOC_URL], FALSE) && check_string (c, row[DOC_LANGUAGE], TRUE) &&
           check_string (c, row[DOC_RETRIEVED], FALSE) && check_string (c, row[DOC_FILE], FALSE) &&
           check_string (c, row[DOC_NOTE], FALSE) && check_string (c, row[DOC_PUBLISHED], FALSE) &&
           check_string (c, row[DOC_EDITION], FALSE);
    }

  for (gsize i = 0; i < c->n[CCBNET_TABLE_HEADINGS] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_HEADINGS][i * HEAD_WIDTH];

      ok = check_string (c, row[HEAD_LANGUAGE], TRUE) && check_string (c, row[HEAD_TEXT], TRUE);
    }

  for (gsize i = 0; i < n_sections && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_SECTIONS][i * SEC_WIDTH];

      ok = check_string (c, row[SEC_ID], TRUE) &&
           check_enum (c, &c->scopes, row[SEC_SCOPE], FALSE, N_("a section has an unknown scope")) &&
           check_range (c, row[SEC_HEADINGS], row[SEC_N_HEADINGS], c->n[CCBNET_TABLE_HEADINGS],
                        N_("a section's headings are out of range")) &&
           check_range (c, row[SEC_SOURCES], row[SEC_N_SOURCES], s->lengths[CCBNET_TABLE_CITATION_LISTS],
                        N_("a section's sources are out of range"));
    }

  for (gsize i = 0; i < c->n[CCBNET_TABLE_CITATIONS] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_CITATIONS][i * CIT_WIDTH];

      ok = check_ref (c, row[CIT_DOCUMENT], n_documents, TRUE, N_("a citation's source is out of range")) &&
           check_string (c, row[CIT_QUOTE], TRUE);
    }

  for (gsize i = 0; i < c->n[CCBNET_TABLE_NAMES] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_NAMES][i * NAME_WIDTH];

      ok = check_string (c, row[NAME_TEXT], TRUE) && check_string (c, row[NAME_LANGUAGE], TRUE) &&
           check_string (c, row[NAME_NOTE], FALSE) && check_string (c, row[NAME_START_DATE], FALSE) &&
           check_string (c, row[NAME_END_DATE], FALSE) &&
           (row[NAME_ENDED] <= 1 || fail (c, N_("a name's end is neither true nor false"))) &&
           check_ref (c, row[NAME_SOURCE], n_documents, FALSE, N_("a name's source is out of range"));
    }

  /* One row at most: the dataset's title, license and $schema, each optional. */
  if (ok && c->n[CCBNET_TABLE_DATASET] > 1)
    {
      c->failure = N_("the dataset has more than one title row");
      ok = FALSE;
    }
  for (gsize i = 0; i < c->n[CCBNET_TABLE_DATASET] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_DATASET][i * DATASET_WIDTH];

      ok = check_string (c, row[DATASET_TITLE], FALSE) && check_string (c, row[DATASET_LICENSE], FALSE) &&
           check_string (c, row[DATASET_SCHEMA], FALSE);
    }

  ok = ok && check_list (c, CCBNET_TABLE_CITATION_LISTS, c->n[CCBNET_TABLE_CITATIONS],
                         N_("a list of citations is out of range")) &&
       check_list (c, CCBNET_TABLE_STRING_LISTS, c->n_strings, N_("a list of strings is out of range")) &&
       check_list (c, CCBNET_TABLE_ENTITY_LISTS, n_entities, N_("a list of entities is out of range"));

  for (gsize i = 0; i < n_entities && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_ENTITIES][i * ENT_WIDTH];
      guint32 bits = row[ENT_BITS];
      gsize n_string_lists = s->lengths[CCBNET_TABLE_STRING_LISTS];

      ok = check_string (c, row[ENT_ID], TRUE) && check_string (c, row[ENT_NAME], TRUE) &&
           check_string (c, row[ENT_SHORT_NAME], FALSE) &&
           check_string (c, row[ENT_CLASSIFICATION], TRUE) &&
           check_string (c, row[ENT_DESCRIPTION], FALSE) &&
           check_string (c, row[ENT_CADENCE_TEXT], FALSE) && check_string (c, row[ENT_NOTE], FALSE) &&
           check_string (c, row[ENT_DATE], FALSE) && check_string (c, row[ENT_ROLE], FALSE) &&
           check_string (c, row[ENT_START_DATE], FALSE) && check_string (c, row[ENT_END_DATE], FALSE) &&
           check_ref (c, row[ENT_NAME_SOURCE], n_documents, FALSE, N_("a name source is out of range")) &&
           check_ref (c, row[ENT_SECTION], n_sections, TRUE, N_("an entity's section is out of range")) &&
           check_ref (c, row[ENT_PARENT], n_entities, FALSE, N_("an entity's parent is out of range")) &&
           check_enum (c, &c->entity_types, ENT_TYPE (bits), FALSE, N_("an entity has an unknown type")) &&
           check_enum (c, &c->scopes, ENT_SCOPE (bits), FALSE, N_("an entity has an unknown scope")) &&
           check_enum (c, &c->cadences, ENT_CADENCE (bits), TRUE, N_("an entity has an unknown cadence")) &&
           check_enum (c, &c->statuses, ENT_STATUS (bits), TRUE, N_("an entity has an unknown status")) &&
           check_flags (c, c->sectors, ENT_SECTORS (bits), N_("an entity has unknown sectors")) &&
           check_range (c, row[ENT_OTHER_NAMES], row[ENT_N_OTHER_NAMES], c->n[CCBNET_TABLE_NAMES],
                        N_("an entity's other names are out of range")) &&
           check_range (c, row[ENT_SOURCES], row[ENT_N_SOURCES], s->lengths[CCBNET_TABLE_CITATION_LISTS],
                        N_("an entity's sources are out of range")) &&
           check_range (c, row[ENT_PURPOSES], row[ENT_N_PURPOSES], n_string_lists,
                        N_("a list of purposes is out of range")) &&
           check_range (c, row[ENT_TOPICS], row[ENT_N_TOPICS], n_string_lists,
                        N_("a list of topics is out of range")) &&
           check_range (c, row[ENT_CHARACTERISTICS], row[ENT_N_CHARACTERISTICS], n_string_lists,
                        N_("a list of characteristics is out of range")) &&
           check_range (c, row[ENT_MEMBER_CATEGORIES], row[ENT_N_MEMBER_CATEGORIES], n_string_lists,
                        N_("a list of member categories is out of range"));
      if (ok && (bits & 0x00e00000u) != 0)
        ok = fail (c, N_("an entity has unknown flags"));
    }

  for (gsize i = 0; i < c->n[CCBNET_TABLE_EXTRAS] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_EXTRAS][i * EXT_WIDTH];

      for (guint f = EXT_ON_BEHALF_OF; f <= EXT_CONDITION_REF && ok; f++)
        ok = check_ref (c, row[f], n_entities, FALSE, N_("a qualifier is out of range"));
      for (guint f = EXT_CONDITION_TEXT; f <= EXT_NOTE && ok; f++)
        ok = check_string (c, row[f], FALSE);
      ok = ok && check_range (c, row[EXT_CO_ACTORS], row[EXT_N_CO_ACTORS],
                              s->lengths[CCBNET_TABLE_ENTITY_LISTS], N_("a list of co-actors is out of range"));
    }

  for (gsize i = 0; i < n_relations && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_RELATIONS][i * REL_WIDTH];
      guint32 bits = row[REL_BITS];

      ok = check_string (c, row[REL_ID], TRUE) &&
           check_enum (c, &c->kinds, REL_KIND (bits), FALSE, N_("a relation has an unknown kind")) &&
           check_enum (c, &c->conditions, REL_CONDITION (bits), TRUE, N_("a relation has an unknown condition")) &&
           check_enum (c, &c->cadences, REL_CADENCE (bits), TRUE, N_("a relation has an unknown cadence")) &&
           check_flags (c, c->levels, REL_LEVELS (bits), N_("a relation has unknown levels")) &&
           check_ref (c, row[REL_SUBJECT], n_entities, TRUE, N_("a subject is out of range")) &&
           check_ref (c, row[REL_OBJECT], n_entities, TRUE, N_("an object is out of range")) &&
           check_ref (c, row[REL_SECTION], n_sections, TRUE, N_("a relation's section is out of range")) &&
           check_range (c, row[REL_SOURCES], row[REL_N_SOURCES], s->lengths[CCBNET_TABLE_CITATION_LISTS],
                        N_("a relation's sources are out of range")) &&
           check_ref (c, row[REL_EXTRA], c->n[CCBNET_TABLE_EXTRAS], FALSE, N_("a relation's qualifiers are out of range"));
      if (ok && (bits & ~0x3fffffu) != 0)
        ok = fail (c, N_("a relation has unknown flags"));
    }

  for (gsize i = 0; i < c->n[CCBNET_TABLE_SUCCESSIONS] && ok; i++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_SUCCESSIONS][i * SUCC_WIDTH];

      ok = check_ref (c, row[SUCC_OLD], n_relations, TRUE, N_("a superseded relation is out of range")) &&
           check_ref (c, row[SUCC_NEW], n_relations, TRUE, N_("a superseding relation is out of range"));
    }

  return ok;
}

static gboolean
check_indexes (Check *c)
{
  const CcbnetStore *s = c->s;
  gsize n_entities = c->n[CCBNET_TABLE_ENTITIES];
  gsize n_relations = c->n[CCBNET_TABLE_RELATIONS];
  gsize counts[4] = { c->n[CCBNET_TABLE_DOCUMENTS], c->n[CCBNET_TABLE_SECTIONS], n_entities, n_relations };
  const guint32 *slots;

  if (!check_csr (c, CCBNET_TABLE_OUTGOING_STARTS, n_entities, n_relations, N_("the subject index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_INCOMING_STARTS, n_entities, n_relations, N_("the object index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_PARTS_STARTS, n_entities, n_entities, N_("the parts index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_QUALIFIED_STARTS, n_entities, n_relations, N_("the qualifier index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_KIND_STARTS, CCBNET_N_KINDS, n_relations, N_("the kind index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_SUPERSEDES_STARTS, n_relations, n_relations, N_("the supersession index is damaged")) ||
      !check_csr (c, CCBNET_TABLE_SUPERSEDED_BY_STARTS, n_relations, n_relations, N_("the supersession index is damaged")))
    return FALSE;

  slots = s->tables[CCBNET_TABLE_ID_SLOTS];
  if (!is_power_of_two (s->lengths[CCBNET_TABLE_ID_SLOTS]))
    return fail (c, N_("the id index is damaged"));
  for (gsize j = 0; j < s->lengths[CCBNET_TABLE_ID_SLOTS]; j++)
    if (slots[j] != CCBNET_NONE && (slots[j] & ((1u << 30) - 1)) >= counts[slots[j] >> 30])
      return fail (c, N_("the id index is damaged"));

  for (gsize k = 0; k < c->n[CCBNET_TABLE_NAME_KEYS]; k++)
    {
      const guint32 *row = &s->tables[CCBNET_TABLE_NAME_KEYS][k * KEY_WIDTH];

      if (!check_string (c, row[KEY_TEXT], TRUE) ||
          !check_range (c, row[KEY_HITS], row[KEY_N_HITS], s->lengths[CCBNET_TABLE_NAME_HITS],
                        N_("the name index is damaged")))
        return FALSE;
    }
  slots = s->tables[CCBNET_TABLE_NAME_SLOTS];
  if (!is_power_of_two (s->lengths[CCBNET_TABLE_NAME_SLOTS]))
    return fail (c, N_("the name index is damaged"));
  for (gsize j = 0; j < s->lengths[CCBNET_TABLE_NAME_SLOTS]; j++)
    if (slots[j] != CCBNET_NONE && slots[j] >= c->n[CCBNET_TABLE_NAME_KEYS])
      return fail (c, N_("the name index is damaged"));
  for (gsize h = 0; h < s->lengths[CCBNET_TABLE_NAME_HITS]; h++)
    if ((s->tables[CCBNET_TABLE_NAME_HITS][h] >> 2) >= n_entities)
      return fail (c, N_("the name index is damaged"));

  return TRUE;
}

/* Parents must form no cycle: entities are made root first, following them. */
static gboolean
check_parents (Check *c)
{
  gsize n = c->n[CCBNET_TABLE_ENTITIES];
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1));   /* 0 new, 1 on the walk, 2 done */

  for (gsize i = 0; i < n; i++)
    {
      guint32 p;

      for (p = i; p != CCBNET_NONE && state[p] == 0; p = c->s->tables[CCBNET_TABLE_ENTITIES][(gsize) p * ENT_WIDTH + ENT_PARENT])
        state[p] = 1;
      if (p != CCBNET_NONE && state[p] == 1)
        return fail (c, N_("parents form a cycle"));
      for (p = i; p != CCBNET_NONE && state[p] == 1; p = c->s->tables[CCBNET_TABLE_ENTITIES][(gsize) p * ENT_WIDTH + ENT_PARENT])
        state[p] = 2;
    }

  return TRUE;
}

static void
check_clear (Check *c)
{
  g_clear_pointer (&c->sectors, g_type_class_unref);
  g_clear_pointer (&c->levels, g_type_class_unref);
}

static gboolean
compiled_error (CcbnetProblemInfo *problem,
                const char        *format,
                ...) G_GNUC_PRINTF (2, 3);

/* Describes what is wrong with a compiled file: a problem of the whole file, without a place. */
static gboolean
compiled_error (CcbnetProblemInfo *problem,
                const char        *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: %s says what is wrong with a compiled dataset file. */
  ccbnet_problem_info_set (problem, CCBNET_DATASET_ERROR_FORMAT, 0, 0, _("compiled dataset: %s"), message);

  return FALSE;
}

/* Whether @size bytes are a GVariant string in normal form: valid UTF-8 up to a final NUL byte,
 * and no other NUL. It is what g_variant_is_normal_form() checks, with g_utf8_validate_len()
 * (which reads a byte at a time: a third of the opening of a large file); here runs of ASCII go
 * eight bytes at a time and only the other characters are validated one by one. */
static gboolean
string_is_normal (const char *data,
                  gsize       size)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize i = 0, n;

  if (size == 0 || data[size - 1] != '\0')
    return FALSE;
  n = size - 1;

  while (i < n)
    {
      const char *end;

      for (; i + 8 <= n; i += 8)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          /* A byte with its high bit set, or a zero byte. */
          if ((word & high) != 0 || ((word - ones) & ~word & high) != 0)
            break;
        }
      if (i >= n)
        break;
      if (data[i] == '\0')
        return FALSE;
      if ((guchar) data[i] < 0x80)
        {
          i++;
          continue;
        }
      /* A multi-byte character: at most four bytes, all before the final NUL. */
      g_utf8_validate_len (data + i, MIN (4, n - i), &end);
      if (end == data + i)
        return FALSE;
      i = end - data;
    }

  return TRUE;
}

/* An entry of the table of contents, read once: looking each table up in the GVariant again
 * (g_variant_get_child () parses its format string each time) was most of the opening of the
 * shipped dataset. Its strings point into the table of contents. */
typedef struct
{
  const char *name;
  const char *type;
  guint64     offset;
  guint64     length;
} TocEntry;

static const TocEntry *
find_entry (const TocEntry *entries,
            gsize           n,
            const char     *name)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (entries[i].name, name))
      return &entries[i];

  return NULL;
}

/* Finds the table called @name in the table of contents and wraps it as a trusted GVariant of
 * @type, after checking what its normal form requires. */
static GVariant *
open_table (GBytes             *bytes,
            const TocEntry     *entries,
            gsize               n,
            const char         *name,
            const char         *type,
            CcbnetProblemInfo  *problem)
{
  gsize size = g_bytes_get_size (bytes);
  const TocEntry *entry = find_entry (entries, n, name);
  guint64 offset, length;
  g_autoptr(GBytes) part = NULL;

  if (entry == NULL)
    {
      compiled_error (problem, _("table \"%s\" is missing"), name);
      return NULL;
    }
  offset = entry->offset;
  length = entry->length;

  if (!g_str_equal (entry->type, type))
    {
      compiled_error (problem, _("table \"%s\" has type \"%s\", expected \"%s\""), name,
                      entry->type, type);
      return NULL;
    }
  if (offset < HEADER_SIZE || offset % 8 != 0 || offset > size || length > size - offset)
    {
      compiled_error (problem, _("table \"%s\" lies outside the file"), name);
      return NULL;
    }

  part = g_bytes_new_from_bytes (bytes, offset, length);
  if (type[0] == 'a')
    {
      /* A guint32 array is in normal form exactly when its size is a multiple of 4. */
      if (length % sizeof (guint32) != 0)
        {
          compiled_error (problem, _("table \"%s\" is %llu bytes, not a whole number of entries"),
                          name, (unsigned long long) length);
          return NULL;
        }
    }
  else if (g_str_equal (type, "s"))
    {
      if (!string_is_normal (g_bytes_get_data (part, NULL), length))
        {
          compiled_error (problem, _("table \"%s\" is not valid (for strings: UTF-8, "
                          "ending with a NUL byte and holding no other)"), name);
          return NULL;
        }
    }
  else
    {
      g_autoptr(GVariant) untrusted = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (type), part, FALSE));

      if (!g_variant_is_normal_form (untrusted))
        {
          compiled_error (problem, _("table \"%s\" is not valid (for strings: UTF-8, "
                          "ending with a NUL byte and holding no other)"), name);
          return NULL;
        }
    }

  return g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (type), part, TRUE));
}

/* Opens a compiled dataset; @bytes stay referenced by the snapshot. On failure, describes the
 * problem in @problem and returns NULL. */
CcbnetSnapshot *
ccbnet_load_compiled (GBytes            *bytes,
                      CcbnetProblemInfo *problem)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GVariant) toc = NULL;
  g_autoptr(GVariant) entries = NULL;
  g_autofree TocEntry *toc_entries = NULL;
  gsize n_entries;
  GVariant *tables[CCBNET_N_TABLES + 1] = { NULL, };
  CcbnetStore store = { { NULL, }, };
  Check check = { 0, };
  const guint8 *raw;
  gsize size;
  guint32 version, mark, toc_size;
  CcbnetSnapshot *snapshot = NULL;

  raw = g_bytes_get_data (bytes, &size);
  if (size < HEADER_SIZE)
    {
      compiled_error (problem, ccbnet_ngettext ("the file is truncated (%lu byte)",
                                                "the file is truncated (%lu bytes)", size),
                      (gulong) size);
      return NULL;
    }
  memcpy (&version, raw + 8, sizeof version);
  memcpy (&mark, raw + 12, sizeof mark);
  memcpy (&toc_size, raw + 16, sizeof toc_size);
  version = GUINT32_FROM_LE (version);
  if (version != COMPILED_VERSION)
    {
      compiled_error (problem, _("format version %u, this library reads version %u"),
                      version, COMPILED_VERSION);
      return NULL;
    }
  if (mark != BYTE_ORDER_MARK)
    {
      compiled_error (problem, "%s",
                      mark == GUINT32_SWAP_LE_BE (BYTE_ORDER_MARK)
                        ? _("written with the other byte order; compile the dataset again on this machine")
                        : _("the byte-order mark is damaged; compile the dataset again on this machine"));
      return NULL;
    }
  if (toc_size > size - HEADER_SIZE)
    {
      compiled_error (problem, _("the table of contents lies outside the file"));
      return NULL;
    }

  /* The tables are read in place: they need the alignment the file gives them. */
  if ((gsize) raw % 8 != 0)
    data = g_bytes_new (raw, size);
  else
    data = g_bytes_ref (bytes);

  {
    g_autoptr(GBytes) part = g_bytes_new_from_bytes (data, HEADER_SIZE, toc_size);
    g_autoptr(GVariant) untrusted = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (TOC_TYPE), part, FALSE));

    if (!g_variant_is_normal_form (untrusted))
      {
        compiled_error (problem, _("the table of contents is damaged"));
        return NULL;
      }
    toc = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (TOC_TYPE), part, TRUE));
  }
  g_variant_get (toc, "(u@a(sstt))", &store.seed, &entries);
  n_entries = g_variant_n_children (entries);
  toc_entries = g_new0 (TocEntry, MAX (n_entries, 1));
  for (gsize i = 0; i < n_entries; i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (entries, i);
      g_autoptr(GVariant) name = g_variant_get_child_value (entry, 0);
      g_autoptr(GVariant) type = g_variant_get_child_value (entry, 1);
      g_autoptr(GVariant) offset = g_variant_get_child_value (entry, 2);
      g_autoptr(GVariant) length = g_variant_get_child_value (entry, 3);

      toc_entries[i].name = g_variant_get_string (name, NULL);
      toc_entries[i].type = g_variant_get_string (type, NULL);
      toc_entries[i].offset = g_variant_get_uint64 (offset);
      toc_entries[i].length = g_variant_get_uint64 (length);
    }

  for (guint t = 0; t <= CCBNET_N_TABLES; t++)
    {
      gsize n;

      if (t == CCBNET_TABLE_DATASET && find_entry (toc_entries, n_entries, table_names[t]) == NULL)
        {
          /* Written before 1.2: the dataset's title and license were not kept. */
          static const guint32 none[1] = { 0 };

          store.tables[t] = none;
          store.lengths[t] = 0;
          continue;
        }
      tables[t] = open_table (data, toc_entries, n_entries, t < CCBNET_N_TABLES ? table_names[t] : "strings",
                              t < CCBNET_N_TABLES ? "au" : "s", problem);
      if (tables[t] == NULL)
        goto out;
      if (t < CCBNET_N_TABLES)
        {
          static const guint32 empty[1] = { 0 };

          store.tables[t] = g_variant_get_fixed_array (tables[t], &n, sizeof (guint32));
          store.lengths[t] = n;
          if (store.tables[t] == NULL)
            store.tables[t] = empty;
        }
      else
        store.strings = g_variant_get_string (tables[t], &store.strings_len);

      /* The tables are aligned in the file, so GVariant reads them in place and the pointers
       * stay valid as long as the store keeps @data. */
      if (g_variant_get_size (tables[t]) > 0 &&
          (g_variant_get_data (tables[t]) < (gconstpointer) g_bytes_get_data (data, NULL) ||
           (const guint8 *) g_variant_get_data (tables[t]) >= (const guint8 *) g_bytes_get_data (data, NULL) + size))
        {
          compiled_error (problem, _("table %u is not aligned"), t);
          goto out;
        }
    }

  {
    static const struct { CcbnetTable table; guint width; } widths[] = {
      { CCBNET_TABLE_DOCUMENTS, DOC_WIDTH }, { CCBNET_TABLE_SECTIONS, SEC_WIDTH },
      { CCBNET_TABLE_HEADINGS, HEAD_WIDTH }, { CCBNET_TABLE_CITATIONS, CIT_WIDTH },
      { CCBNET_TABLE_NAMES, NAME_WIDTH }, { CCBNET_TABLE_ENTITIES, ENT_WIDTH },
      { CCBNET_TABLE_RELATIONS, REL_WIDTH }, { CCBNET_TABLE_EXTRAS, EXT_WIDTH },
      { CCBNET_TABLE_NAME_KEYS, KEY_WIDTH }, { CCBNET_TABLE_DATASET, DATASET_WIDTH },
      { CCBNET_TABLE_SUCCESSIONS, SUCC_WIDTH },
    };

    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      {
        gsize len = store.lengths[widths[i].table];

        if (len % widths[i].width != 0 || len / widths[i].width >= (1u << 30))
          {
            compiled_error (problem, _("table \"%s\" does not hold whole rows"),
                            table_names[widths[i].table]);
            goto out;
          }
        check.n[widths[i].table] = len / widths[i].width;
      }
  }

  check.s = &store;
  check.n_strings = store.lengths[CCBNET_TABLE_STRING_STARTS] > 0 ? store.lengths[CCBNET_TABLE_STRING_STARTS] - 1 : 0;
  values_init (&check.entity_types, CCBNET_TYPE_ENTITY_TYPE);
  values_init (&check.scopes, CCBNET_TYPE_SCOPE);
  values_init (&check.kinds, CCBNET_TYPE_RELATION_KIND);
  values_init (&check.cadences, CCBNET_TYPE_CADENCE);
  values_init (&check.conditions, CCBNET_TYPE_CONDITION);
  values_init (&check.statuses, CCBNET_TYPE_STATUS);
  values_init (&check.document_kinds, CCBNET_TYPE_DOCUMENT_KIND);
  check.sectors = g_type_class_ref (CCBNET_TYPE_SECTOR);
  check.levels = g_type_class_ref (CCBNET_TYPE_LEVEL);
  if (!check_strings (&check) || !check_rows (&check) || !check_indexes (&check) ||
      !check_parents (&check))
    {
      compiled_error (problem, "%s", check.failure != NULL ? _(check.failure) : _("the data is damaged"));
      goto out;
    }

  /* The tables point into @data, which the store keeps. */
  store.bytes = g_steal_pointer (&data);
  snapshot = ccbnet_snapshot_new_from_store (&store);

out:
  check_clear (&check);
  for (guint t = 0; t <= CCBNET_N_TABLES; t++)
    g_clear_pointer (&tables[t], g_variant_unref);

  return snapshot;
}
