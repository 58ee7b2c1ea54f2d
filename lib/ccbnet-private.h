/* ccbnet-private.h: the structures shared inside libccbnet
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet.h"
#include "ccbnet-problem-private.h"

G_BEGIN_DECLS

typedef struct _CcbnetSnapshot CcbnetSnapshot;
typedef struct _CcbnetHandle CcbnetHandle;

/* Every object of one loaded dataset points at one handle. The handle outlives the snapshot:
 * when a registry drops a snapshot it clears handle->snapshot under the write lock, so that
 * objects an application still holds answer graph questions with "nothing" instead of reading
 * freed memory. */
struct _CcbnetHandle
{
  gatomicrefcount  ref_count;
  GRWLock          lock;
  CcbnetSnapshot  *snapshot;
};

CcbnetHandle   *ccbnet_handle_new    (CcbnetSnapshot *snapshot);
CcbnetHandle   *ccbnet_handle_ref    (CcbnetHandle   *handle);
void            ccbnet_handle_unref  (CcbnetHandle   *handle);
CcbnetSnapshot *ccbnet_handle_lock   (CcbnetHandle   *handle);
void            ccbnet_handle_unlock (CcbnetHandle   *handle);

/* A loaded dataset is a store: flat tables of guint32 rows and one pool of strings, the same in
 * memory after a JSON load and in a compiled file (ccbnet-compiled.c), so that one query engine
 * serves both. Records refer to each other by position; strings by index into the pool. Objects
 * (CcbnetEntity, CcbnetRelation, CcbnetCitation) are created only when a caller asks for them. */

#define CCBNET_NONE G_MAXUINT32

/* Record lists, as in the id table. */
enum { CCBNET_LIST_SOURCES, CCBNET_LIST_SECTIONS, CCBNET_LIST_ENTITIES, CCBNET_LIST_RELATIONS };

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
  CCBNET_N_TABLES
} CcbnetTable;

#define CCBNET_N_KINDS (CCBNET_RELATION_KIND_LOCATED_IN + 1)

enum { DOC_ID, DOC_KIND, DOC_TITLE, DOC_PUBLISHER, DOC_URL, DOC_LANGUAGE, DOC_RETRIEVED, DOC_FILE,
       DOC_NOTE, DOC_WIDTH };
enum { SEC_ID, SEC_SCOPE, SEC_HEADINGS, SEC_N_HEADINGS, SEC_SOURCES, SEC_N_SOURCES, SEC_WIDTH };
enum { HEAD_LANGUAGE, HEAD_TEXT, HEAD_WIDTH };
enum { CIT_DOCUMENT, CIT_QUOTE, CIT_WIDTH };
enum { NAME_TEXT, NAME_LANGUAGE, NAME_NOTE, NAME_SOURCE, NAME_WIDTH };
enum { ENT_ID, ENT_NAME, ENT_SHORT_NAME, ENT_CLASSIFICATION, ENT_DESCRIPTION, ENT_CADENCE_TEXT,
       ENT_NOTE, ENT_NAME_SOURCE, ENT_BITS, ENT_SECTION, ENT_PARENT, ENT_OTHER_NAMES,
       ENT_N_OTHER_NAMES, ENT_SOURCES, ENT_N_SOURCES, ENT_PURPOSES, ENT_N_PURPOSES, ENT_TOPICS,
       ENT_N_TOPICS, ENT_CHARACTERISTICS, ENT_N_CHARACTERISTICS, ENT_MEMBER_CATEGORIES,
       ENT_N_MEMBER_CATEGORIES, ENT_DATE, ENT_ROLE, ENT_WIDTH };
enum { REL_ID, REL_BITS, REL_SUBJECT, REL_OBJECT, REL_SECTION, REL_SOURCES, REL_N_SOURCES,
       REL_EXTRA, REL_WIDTH };
enum { EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT, EXT_CAPACITY, EXT_LEGAL_BASIS, EXT_FRAMEWORK,
       EXT_CONDITION_REF, EXT_CONDITION_TEXT, EXT_CADENCE_TEXT, EXT_ROLE, EXT_TOPIC,
       EXT_START_DATE, EXT_END_DATE, EXT_NOTE, EXT_CO_ACTORS, EXT_N_CO_ACTORS, EXT_WIDTH };
enum { KEY_TEXT, KEY_HITS, KEY_N_HITS, KEY_WIDTH };

/* ENT_BITS */
#define ENT_TYPE(bits)                  ((bits) & 0xff)
#define ENT_SCOPE(bits)                 (((bits) >> 8) & 0xf)
#define ENT_CADENCE(bits)               (((bits) >> 12) & 0xf)
#define ENT_STATUS(bits)                (((bits) >> 16) & 0x3)
#define ENT_IS_COLLECTIVE(bits)         (((bits) >> 18) & 0x1)
#define ENT_TOPICS_NON_EXHAUSTIVE(bits) (((bits) >> 19) & 0x1)
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

typedef struct _CcbnetBuilder CcbnetBuilder;

struct _CcbnetSnapshot
{
  CcbnetStore    store;
  guint          n_strings;
  guint          n_documents;
  guint          n_sections;
  guint          n_entities;
  guint          n_relations;
  guint          n_citations;
  GPtrArray     *documents;      /* CcbnetDocument, created with the snapshot */
  GPtrArray     *sections;       /* CcbnetSection, likewise */
  gpointer      *entity_slots;   /* CcbnetEntity, created on demand, owned */
  gpointer      *relation_slots; /* CcbnetRelation, likewise */
  /* Copies of relation_slots in the order of the outgoing and incoming indexes, without a
   * reference of their own: an anchored query reads its results' objects side by side instead
   * of from slots spread over the whole table. */
  gpointer      *outgoing_slots;
  gpointer      *incoming_slots;
  gpointer      *citation_slots; /* CcbnetCitation, likewise */
  CcbnetHandle  *handle;
};

/* Strings */
guint32         ccbnet_hash          (guint32     seed,
                                      const char *data,
                                      gsize       len);
char           *ccbnet_fold_key      (const char *text);

/* Building a store (the JSON loader) */
CcbnetBuilder  *ccbnet_builder_new          (guint          n_ids);
void            ccbnet_builder_free         (CcbnetBuilder *b);
guint32         ccbnet_builder_string       (CcbnetBuilder *b,
                                             const char    *text);
guint32        *ccbnet_builder_row          (CcbnetBuilder *b,
                                             CcbnetTable    table,
                                             guint          width);
guint32        *ccbnet_builder_get_row      (CcbnetBuilder *b,
                                             CcbnetTable    table,
                                             guint          width,
                                             guint32        position);
guint32         ccbnet_builder_count        (CcbnetBuilder *b,
                                             CcbnetTable    table,
                                             guint          width);
void            ccbnet_builder_append       (CcbnetBuilder *b,
                                             CcbnetTable    table,
                                             guint32        value);
guint32         ccbnet_builder_claim_id     (CcbnetBuilder *b,
                                             const char    *id,
                                             guint          list,
                                             guint          index,
                                             guint         *previous_list,
                                             guint         *previous_index);
guint32         ccbnet_builder_set_id_position (CcbnetBuilder *b,
                                                guint32        claim,
                                                guint32        position);
char           *ccbnet_builder_dup_string   (CcbnetBuilder *b,
                                             guint32        index);
gboolean        ccbnet_builder_overflowed   (CcbnetBuilder *b);
guint32         ccbnet_builder_lookup_id    (CcbnetBuilder *b,
                                             const char    *id,
                                             guint          list);
guint32         ccbnet_builder_citation     (CcbnetBuilder *b,
                                             guint32        document,
                                             const char    *quote);
guint32         ccbnet_builder_single_list  (CcbnetBuilder *b,
                                             guint32        citation);
void            ccbnet_builder_add_name     (CcbnetBuilder *b,
                                             const char    *text,
                                             guint32        entity,
                                             guint          rank);

/* Snapshots */
CcbnetSnapshot *ccbnet_snapshot_new_from_builder (CcbnetBuilder *b);
CcbnetSnapshot *ccbnet_snapshot_new_from_store   (CcbnetStore   *store);
void            ccbnet_snapshot_free     (CcbnetSnapshot *self);
void            ccbnet_store_clear       (CcbnetStore    *store);
void            ccbnet_store_rehash      (CcbnetStore    *store,
                                          guint32         seed);
const char     *ccbnet_store_string      (const CcbnetStore *store,
                                          guint32            index,
                                          gsize             *len);
CcbnetEntity   *ccbnet_snapshot_get_entity    (CcbnetSnapshot *self,
                                               guint32         position);
CcbnetRelation *ccbnet_snapshot_get_relation  (CcbnetSnapshot *self,
                                               guint32         position);
GPtrArray      *ccbnet_snapshot_all_entities  (CcbnetSnapshot *self);
GPtrArray      *ccbnet_snapshot_all_relations (CcbnetSnapshot *self);
gpointer        ccbnet_snapshot_lookup   (CcbnetSnapshot *self,
                                          guint           list,
                                          const char     *id);
GPtrArray      *ccbnet_snapshot_parts    (CcbnetSnapshot *self,
                                          CcbnetEntity   *entity,
                                          gboolean        recursive);
GPtrArray      *ccbnet_snapshot_relations_of (CcbnetSnapshot *self,
                                              CcbnetEntity   *entity);
GPtrArray      *ccbnet_snapshot_query   (CcbnetSnapshot *self,
                                         CcbnetQuery    *query);
GPtrArray      *ccbnet_snapshot_query_entities (CcbnetSnapshot *self,
                                                CcbnetQuery    *query);
GPtrArray      *ccbnet_snapshot_find_all (CcbnetSnapshot *self,
                                          const char     *text);
GPtrArray      *ccbnet_snapshot_find_path (CcbnetSnapshot *self,
                                           CcbnetEntity   *from,
                                           CcbnetEntity   *to,
                                           guint           max_hops);

/* The compiled form (ccbnet-compiled.c) */
#define CCBNET_COMPILED_MAGIC "CCBNETDB"
#define CCBNET_COMPILED_MAGIC_LEN 8

CcbnetSnapshot *ccbnet_load_compiled      (GBytes            *bytes,
                                           CcbnetProblemInfo *problem);
GBytes         *ccbnet_snapshot_compile   (CcbnetSnapshot *self);

/* The shipped dataset (ccbnet-registry.c) and its resource (generated) */
GResource *ccbnet_get_resource         (void);
GBytes    *ccbnet_get_shipped_dataset  (void);

/* Vocabulary helpers (ccbnet-kinds.c) */
gboolean ccbnet_relation_kind_allows (CcbnetRelationKind kind,
                                      CcbnetEntityType   subject_type,
                                      CcbnetEntityType   object_type);
char    *ccbnet_fold_name            (const char *text);

/* Records; the loader fills these fields directly. */
typedef struct
{
  char            *id;
  char            *name;
  CcbnetDocument  *name_source;
  char            *short_name;
  GPtrArray       *other_names;     /* CcbnetName */
  CcbnetEntityType entity_type;
  char            *classification;
  CcbnetScope      scope;
  CcbnetSection   *section;
  char            *description;
  CcbnetCadence    cadence;
  char            *cadence_text;
  CcbnetStatus     status;
  gboolean         is_collective;
  char            *note;
  GPtrArray       *sources;         /* CcbnetCitation */
  CcbnetEntity    *parent;          /* strong; part-of is acyclic */
  guint            position;
  CcbnetHandle    *handle;
} CcbnetEntityPrivate;

CcbnetEntityPrivate *ccbnet_entity_get_private (CcbnetEntity *self);
GType                ccbnet_entity_type_get_gtype (CcbnetEntityType type);

struct _CcbnetOrganisation
{
  CcbnetEntity parent_instance;
  CcbnetSector sectors;
};

struct _CcbnetPlatform
{
  CcbnetEntity parent_instance;
  char       **purposes;
  char       **topics;
  gboolean     topics_non_exhaustive;
  char       **characteristics;
  char       **member_categories;
};

struct _CcbnetLegalInstrument
{
  CcbnetEntity parent_instance;
  char        *date;
};

struct _CcbnetPost
{
  CcbnetEntity parent_instance;
  char        *role;
};

struct _CcbnetThing
{
  CcbnetEntity parent_instance;
};

struct _CcbnetRelation
{
  GObject            parent_instance;
  char              *id;
  CcbnetRelationKind kind;
  CcbnetEntity      *subject;
  CcbnetEntity      *object;
  CcbnetEntity      *on_behalf_of;
  CcbnetEntity      *via;
  CcbnetEntity      *context;
  CcbnetEntity      *capacity;
  CcbnetEntity      *legal_basis;
  CcbnetEntity      *framework;
  CcbnetCondition    condition;
  char              *condition_text;
  CcbnetEntity      *condition_ref;
  CcbnetCadence      cadence;
  char              *cadence_text;
  char              *role;
  char              *topic;
  CcbnetLevel        levels;
  gboolean           non_exhaustive;
  GPtrArray         *co_actors;     /* CcbnetEntity */
  char              *start_date;
  char              *end_date;
  char              *note;
  CcbnetSection     *section;
  GPtrArray         *sources;       /* CcbnetCitation */
  guint              position;
};

struct _CcbnetDocument
{
  GObject            parent_instance;
  char              *id;
  CcbnetDocumentKind kind;
  char              *title;
  char              *publisher;
  char              *url;
  char              *language;
  char              *retrieved;
  char              *file;
  char              *note;
};

struct _CcbnetCitation
{
  GObject         parent_instance;
  CcbnetDocument *document;
  char           *quote;
};

struct _CcbnetName
{
  GObject         parent_instance;
  char           *text;
  char           *language;
  char           *note;
  CcbnetDocument *source;
};

struct _CcbnetSection
{
  GObject      parent_instance;
  char        *id;
  CcbnetScope  scope;
  guint        position;
  GHashTable  *headings;  /* language -> heading */
  char       **languages; /* in file order */
  GPtrArray   *sources;   /* CcbnetCitation */
};

G_END_DECLS
