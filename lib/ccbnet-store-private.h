/* ccbnet-store-private.h: the tables a loaded dataset lives in
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-private.h"

G_BEGIN_DECLS

/* A loaded dataset is a store: flat tables of guint32 rows and one pool of strings, the same in
 * memory after a JSON load (ccbnet-builder.c fills it) and in a compiled file
 * (ccbnet-compiled.c maps it), so that one query engine (ccbnet-engine.c) serves both. Records
 * refer to each other by position; strings by their index in the pool. The indexes
 * (ccbnet-indexes.c) are tables of the same store. */

/* Record lists, as in the id table. */
enum { CCBNET_LIST_SOURCES, CCBNET_LIST_SECTIONS, CCBNET_LIST_ENTITIES, CCBNET_LIST_RELATIONS };

/* The names of the four lists in a dataset file, in the order of CCBNET_LIST_*. */
extern const char * const ccbnet_list_names[4];

typedef enum {
  CCBNET_TABLE_STRING_STARTS,    /* n_strings + 1 offsets into the pool */
  CCBNET_TABLE_DOCUMENTS,        /* DOC_ rows */
  CCBNET_TABLE_SECTIONS,         /* SEC_ rows */
  CCBNET_TABLE_HEADINGS,         /* HEAD_ rows */
  CCBNET_TABLE_CITATIONS,        /* CIT_ rows */
  CCBNET_TABLE_CITATION_LISTS,   /* citation positions */
  CCBNET_TABLE_NAMES,            /* NAME_ rows */
  CCBNET_TABLE_STRING_LISTS,     /* string indexes */
  CCBNET_TABLE_ENTITIES,         /* ENT_ rows */
  CCBNET_TABLE_RELATIONS,        /* REL_ rows */
  CCBNET_TABLE_EXTRAS,           /* EXT_ rows: the qualifiers few relations have */
  CCBNET_TABLE_ENTITY_LISTS,     /* entity positions (co-actors) */
  CCBNET_TABLE_DATASET,          /* DATASET_ row: the dataset's own members; none in compiled
                                  * files written before 1.2 */
  CCBNET_TABLE_OUTGOING_STARTS,  /* n_entities + 1: CSR of relations by subject */
  CCBNET_TABLE_OUTGOING,
  CCBNET_TABLE_INCOMING_STARTS,  /* by object */
  CCBNET_TABLE_INCOMING,
  CCBNET_TABLE_PARTS_STARTS,     /* direct parts of each entity */
  CCBNET_TABLE_PARTS,
  CCBNET_TABLE_QUALIFIED_STARTS, /* relations naming each entity in on-behalf-of, via or context */
  CCBNET_TABLE_QUALIFIED,
  CCBNET_TABLE_KIND_STARTS,      /* CCBNET_N_KINDS + 1: relations by kind */
  CCBNET_TABLE_BY_KIND,
  CCBNET_TABLE_ID_SLOTS,         /* open addressing: list << 30 | position, or NONE */
  CCBNET_TABLE_NAME_KEYS,        /* KEY_ rows: folded name, its hits */
  CCBNET_TABLE_NAME_SLOTS,       /* open addressing: name key position, or NONE */
  CCBNET_TABLE_NAME_HITS,        /* entity << 2 | rank, best first */
  CCBNET_TABLE_SUCCESSIONS,      /* SUCC_ rows: which relation supersedes which, in the order of
                                  * each relation's "supersedes" */
  CCBNET_TABLE_SUPERSEDES_STARTS, /* n_relations + 1: the relations each one supersedes */
  CCBNET_TABLE_SUPERSEDES,
  CCBNET_TABLE_SUPERSEDED_BY_STARTS, /* n_relations + 1: the relations superseding each one */
  CCBNET_TABLE_SUPERSEDED_BY,
  CCBNET_N_TABLES
} CcbnetTable;

#define CCBNET_N_KINDS (CCBNET_RELATION_KIND_LOCATED_IN + 1)

enum { DOC_ID, DOC_KIND, DOC_TITLE, DOC_PUBLISHER, DOC_URL, DOC_LANGUAGE, DOC_RETRIEVED, DOC_FILE,
       DOC_NOTE, DOC_PUBLISHED, DOC_EDITION, DOC_WIDTH };
enum { SEC_ID, SEC_SCOPE, SEC_HEADINGS, SEC_N_HEADINGS, SEC_SOURCES, SEC_N_SOURCES, SEC_WIDTH };
enum { HEAD_LANGUAGE, HEAD_TEXT, HEAD_WIDTH };
enum { CIT_DOCUMENT, CIT_QUOTE, CIT_WIDTH };
enum { NAME_TEXT, NAME_LANGUAGE, NAME_NOTE, NAME_SOURCE, NAME_START_DATE, NAME_END_DATE, NAME_ENDED,
       NAME_WIDTH };
enum { ENT_ID, ENT_NAME, ENT_SHORT_NAME, ENT_CLASSIFICATION, ENT_DESCRIPTION, ENT_CADENCE_TEXT,
       ENT_NOTE, ENT_NAME_SOURCE, ENT_BITS, ENT_SECTION, ENT_PARENT, ENT_OTHER_NAMES,
       ENT_N_OTHER_NAMES, ENT_SOURCES, ENT_N_SOURCES, ENT_PURPOSES, ENT_N_PURPOSES, ENT_TOPICS,
       ENT_N_TOPICS, ENT_CHARACTERISTICS, ENT_N_CHARACTERISTICS, ENT_MEMBER_CATEGORIES,
       ENT_N_MEMBER_CATEGORIES, ENT_DATE, ENT_ROLE, ENT_START_DATE, ENT_END_DATE, ENT_WIDTH };
enum { REL_ID, REL_BITS, REL_SUBJECT, REL_OBJECT, REL_SECTION, REL_SOURCES, REL_N_SOURCES,
       REL_EXTRA, REL_WIDTH };
enum { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT, EXT_CAPACITY, EXT_LEGAL_BASIS, EXT_FRAMEWORK,
       EXT_CONDITION_REF, EXT_CONDITION_TEXT, EXT_CADENCE_TEXT, EXT_ROLE, EXT_TOPIC,
       EXT_START_DATE, EXT_END_DATE, EXT_NOTE, EXT_CO_ACTORS, EXT_N_CO_ACTORS, EXT_WIDTH };
enum { SUCC_OLD, SUCC_NEW, SUCC_WIDTH };
enum { DATASET_TITLE, DATASET_LICENSE, DATASET_SCHEMA, DATASET_WIDTH };
enum { KEY_TEXT, KEY_HITS, KEY_N_HITS, KEY_WIDTH };

/* ENT_BITS */
#define ENT_TYPE(bits)                  ((bits) & 0xff)
#define ENT_SCOPE(bits)                 (((bits) >> 8) & 0xf)
#define ENT_CADENCE(bits)               (((bits) >> 12) & 0xf)
#define ENT_STATUS(bits)                (((bits) >> 16) & 0x3)
#define ENT_IS_COLLECTIVE(bits)         (((bits) >> 18) & 0x1)
#define ENT_TOPICS_NON_EXHAUSTIVE(bits) (((bits) >> 19) & 0x1)
#define ENT_ENDED(bits)                 (((bits) >> 20) & 0x1)   /* at a date no source gives */
#define ENT_ENDED_BIT                   (1u << 20)
#define ENT_SECTORS(bits)               (((bits) >> 24) & 0xff)
#define ENT_MAKE_BITS(type, scope, cadence, status, collective, non_exhaustive, sectors) \
  ((guint32) (type) | (guint32) (scope) << 8 | (guint32) (cadence) << 12 | \
   (guint32) (status) << 16 | (guint32) !!(collective) << 18 | \
   (guint32) !!(non_exhaustive) << 19 | (guint32) (sectors) << 24)

/* REL_BITS */
#define REL_KIND(bits)           ((bits) & 0xff)
#define REL_CONDITION(bits)      (((bits) >> 8) & 0xf)
#define REL_CADENCE(bits)        (((bits) >> 12) & 0xf)
#define REL_LEVELS(bits)         (((bits) >> 16) & 0xf)
#define REL_NON_EXHAUSTIVE(bits) (((bits) >> 20) & 0x1)
#define REL_ENDED(bits)          (((bits) >> 21) & 0x1)   /* at a date no source gives */
#define REL_ENDED_BIT            (1u << 21)
#define REL_MAKE_BITS(kind, condition, cadence, levels, non_exhaustive) \
  ((guint32) (kind) | (guint32) (condition) << 8 | (guint32) (cadence) << 12 | \
   (guint32) (levels) << 16 | (guint32) !!(non_exhaustive) << 20)

typedef struct
{
  const guint32 *tables[CCBNET_N_TABLES];
  gsize          lengths[CCBNET_N_TABLES];  /* in guint32 */
  const char    *strings;                   /* the pool; strings are not NUL-terminated */
  gsize          strings_len;
  guint32        seed;                      /* of the id and name tables */
  /* What keeps the tables alive: heap blocks after a JSON load, the mapped file otherwise. */
  gpointer       blocks[CCBNET_N_TABLES + 1];
  GBytes        *bytes;
} CcbnetStore;

/* Row @position of a table of rows @width wide. */
#define CCBNET_ROW(store, table, width, position) \
  (&(store)->tables[table][(gsize) (position) * (width)])

static inline const guint32 *
ccbnet_store_entity (const CcbnetStore *store,
                     guint32            position)
{
  return CCBNET_ROW (store, CCBNET_TABLE_ENTITIES, ENT_WIDTH, position);
}

static inline const guint32 *
ccbnet_store_relation (const CcbnetStore *store,
                       guint32            position)
{
  return CCBNET_ROW (store, CCBNET_TABLE_RELATIONS, REL_WIDTH, position);
}

/* A field of the side table of the rarer qualifiers, or NONE when the relation has none. */
static inline guint32
ccbnet_store_extra (const CcbnetStore *store,
                    const guint32     *relation,
                    guint              field)
{
  if (relation[REL_EXTRA] == CCBNET_NONE)
    return CCBNET_NONE;

  return CCBNET_ROW (store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, relation[REL_EXTRA])[field];
}

/* The entries of @key in a CSR index whose starts are @starts_table: it has one more entry than
 * there are keys, and the entries are the next table. */
static inline const guint32 *
ccbnet_store_csr (const CcbnetStore *store,
                  CcbnetTable        starts_table,
                  guint32            key,
                  guint32           *n)
{
  const guint32 *starts = store->tables[starts_table];

  *n = starts[key + 1] - starts[key];

  return store->tables[starts_table + 1] + starts[key];
}

static inline const char *
ccbnet_store_string (const CcbnetStore *store,
                     guint32            index,
                     gsize             *len)
{
  const guint32 *starts = store->tables[CCBNET_TABLE_STRING_STARTS];

  *len = starts[index + 1] - starts[index];

  return store->strings + starts[index];
}

/* FNV-1a with a seed and a final mix. The seed of a JSON load is random, so that a dataset
 * cannot be made of ids that all collide; a compiled file stores the seed of its tables. */
static inline guint32
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

static inline gboolean
ccbnet_store_string_equal (const CcbnetStore *store,
                           guint32            index,
                           const char        *text,
                           gsize              len)
{
  gsize stored_len;
  const char *stored = ccbnet_store_string (store, index, &stored_len);

  return stored_len == len && memcmp (stored, text, len) == 0;
}

char    *ccbnet_store_dup           (const CcbnetStore *store,
                                     guint32            index);
char   **ccbnet_store_dup_strv      (const CcbnetStore *store,
                                     guint32            first,
                                     guint32            n);
guint32  ccbnet_store_lookup        (const CcbnetStore *store,
                                     guint              list,
                                     const char        *id);
void     ccbnet_store_rehash        (CcbnetStore       *store,
                                     guint32            seed);
void     ccbnet_store_clear         (CcbnetStore       *store);

/* ccbnet-validity.c: when records hold; @day is a date as YYYYMMDD. */
guint32  ccbnet_date_key                (const char        *text,
                                         gsize              len,
                                         gboolean           last);
gboolean ccbnet_store_entity_valid_at   (const CcbnetStore *store,
                                         guint32            entity,
                                         guint32            day);
gboolean ccbnet_store_relation_valid_at (const CcbnetStore *store,
                                         guint32            relation,
                                         guint32            day);
guint32  ccbnet_store_relation_start    (const CcbnetStore *store,
                                         guint32            relation);

/* ccbnet-indexes.c: the indexes of a store whose records are complete. */
typedef struct
{
  guint32 key;     /* the folded name's string */
  guint32 entity;
  guint32 rank;    /* 0 the id, 1 the name, 2 the acronym, 3 another name */
} CcbnetNameEntry;

void     ccbnet_store_build_indexes (CcbnetStore       *store,
                                     GArray            *names);
void     ccbnet_store_take_table    (CcbnetStore       *store,
                                     CcbnetTable        table,
                                     GArray            *array);
void     ccbnet_store_build_id_slots   (CcbnetStore    *store,
                                        guint32         seed);
void     ccbnet_store_build_name_slots (CcbnetStore    *store,
                                        guint32         seed);
gboolean ccbnet_relation_kind_is_structural (guint32    kind);
gsize    ccbnet_slots_for           (gsize              n);
guint32 *ccbnet_slots_new           (gsize              size);

G_END_DECLS
