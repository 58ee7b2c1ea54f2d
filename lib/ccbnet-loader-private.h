/* ccbnet-loader-private.h: from JSON bytes to a snapshot
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ccbnet-private.h"
#include "ccbnet-builder-private.h"

G_BEGIN_DECLS

/* The limits a registry loads with, copied when a load starts. */
typedef struct
{
  guint64  max_size;
  guint    max_depth;
  gboolean map_files;
} CcbnetLimits;

/* ccbnet-loader.c: the driver. */
CcbnetSnapshot *ccbnet_load_bytes (GBytes             *bytes,
                                   const char         *filename,
                                   const CcbnetLimits *limits,
                                   gboolean            collect_all,
                                   GPtrArray          *problems,
                                   GCancellable       *cancellable,
                                   GError            **error);

/* What the driver, the members (ccbnet-loader-fields.c) and the records
 * (ccbnet-loader-records.c) share. */
typedef enum {
  F_FORMAT, F_SCHEMA, F_TITLE, F_LICENSE, F_SOURCES, F_SECTIONS, F_ENTITIES, F_RELATIONS,
  F_ID, F_KIND, F_PUBLISHER, F_URL, F_LANGUAGE, F_RETRIEVED, F_FILE, F_NOTE, F_SCOPE,
  F_HEADING, F_ENTITY_TYPE, F_CLASSIFICATION, F_NAME, F_NAME_SOURCE, F_SHORT_NAME,
  F_OTHER_NAMES, F_SECTION, F_DESCRIPTION, F_CADENCE, F_CADENCE_TEXT, F_STATUS,
  F_IS_COLLECTIVE, F_SECTORS, F_PURPOSES, F_TOPICS, F_CHARACTERISTICS, F_MEMBER_CATEGORIES,
  F_TOPICS_NON_EXHAUSTIVE, F_DATE, F_ROLE, F_SUBJECT, F_OBJECT, F_ON_BEHALF_OF, F_VIA,
  F_CONTEXT, F_CAPACITY, F_LEGAL_BASIS, F_FRAMEWORK, F_CONDITION, F_CONDITION_TEXT,
  F_CONDITION_REF, F_LEVELS, F_NON_EXHAUSTIVE, F_JOINTLY_WITH, F_START_DATE, F_END_DATE,
  F_ENDED, F_SUPERSEDES, F_PUBLISHED, F_EDITION, F_TOPIC, F_LANG, F_QUOTE, F_SOURCE,
  N_FIELDS
} Field;

G_STATIC_ASSERT (N_FIELDS <= 64);

extern const char * const ccbnet_loader_field_names[N_FIELDS];

#define B(f) (G_GUINT64_CONSTANT (1) << (f))

/* Room for the longest JSON path a message names, such as "$.entities[N].other_names[N].name". */
#define PATH_SIZE 128

typedef struct
{
  const char     *filename;
  gboolean        collect_all;
  GPtrArray      *problems;
  CcbnetBuilder  *b;          /* the store being built */
  GEnumClass     *entity_types;
  GEnumClass     *scopes;
  GEnumClass     *kinds;
  GEnumClass     *cadences;
  GEnumClass     *conditions;
  GEnumClass     *statuses;
  GEnumClass     *document_kinds;
  GFlagsClass    *sectors;
  GFlagsClass    *levels;
  GArray         *successions;  /* Succession: "supersedes" ids, resolved once every relation is read */
  GHashTable     *editions;     /* "url\nretrieved\nedition" → index in $.sources, for duplicates */
} Loader;

/* One id of a relation's "supersedes", kept until the relation it names may have been read. */
typedef struct
{
  guint32  relation;   /* the superseding relation's position */
  guint    index;      /* its index in $.relations */
  guint    element;    /* the id's index in its "supersedes" */
  char    *id;
} Succession;

#define STOP(l) (!(l)->collect_all && (l)->problems->len > 0)

/* ccbnet-loader.c: a loader for records read one by one (the dataset builder's checks). With
 * @n_ids > 0 it comes with a builder of that size; ccbnet_loader_clear() frees it. */
void        ccbnet_loader_init             (Loader           *l,
                                            const char       *filename,
                                            gboolean          collect_all,
                                            GPtrArray        *problems,
                                            guint             n_ids);
void        ccbnet_loader_clear            (Loader           *l);

/* ccbnet-loader-fields.c */
void        ccbnet_loader_init_field_table (void);
void        ccbnet_loader_index_path       (char              path[PATH_SIZE],
                                            const char       *base,
                                            const char       *member,
                                            guint             index);
void        ccbnet_loader_report           (Loader           *l,
                                            CcbnetDatasetError code,
                                            const char       *base,
                                            const char       *member,
                                            const char       *format,
                                            ...) G_GNUC_PRINTF (5, 6);
const char *ccbnet_loader_node_kind_name   (JsonNode         *node);
void        ccbnet_loader_read_fields      (Loader           *l,
                                            JsonObject       *object,
                                            const char       *base,
                                            guint64           allowed,
                                            const char       *record_name,
                                            const char       *entity_type,
                                            JsonNode         *fields[N_FIELDS]);
gboolean    ccbnet_loader_is_slug          (const char       *text);
gboolean    ccbnet_loader_is_partial_date  (const char       *text);
gboolean    ccbnet_loader_is_language_tag  (const char       *text);
const char *ccbnet_loader_get_string       (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base,
                                            gboolean          required);
gboolean    ccbnet_loader_get_boolean      (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base);
int         ccbnet_loader_get_enum         (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base,
                                            GEnumClass       *klass,
                                            gboolean          required,
                                            int               fallback);
JsonArray  *ccbnet_loader_get_array        (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base,
                                            gboolean          required);
void        ccbnet_loader_get_string_list  (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base,
                                            guint32          *first,
                                            guint32          *count);
guint       ccbnet_loader_get_flags        (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            Field             f,
                                            const char       *base,
                                            GFlagsClass      *klass);
char       *ccbnet_duplicate_id_message    (const char       *id,
                                            guint             list,
                                            guint             index);
guint32     ccbnet_loader_claim_id         (Loader           *l,
                                            const char       *id,
                                            guint             list,
                                            guint             index,
                                            const char       *base);
guint32     ccbnet_loader_string           (Loader           *l,
                                            const char       *text);
void        ccbnet_loader_read_citations   (Loader           *l,
                                            JsonNode         *fields[N_FIELDS],
                                            const char       *base,
                                            guint32          *first,
                                            guint32          *count);

/* ccbnet-loader-records.c: one reader per list, then the check of the part-of graph. */
void        ccbnet_loader_read_document    (Loader           *l,
                                            JsonNode         *node,
                                            guint             index);
void        ccbnet_loader_read_section     (Loader           *l,
                                            JsonNode         *node,
                                            guint             index);
void        ccbnet_loader_read_entity      (Loader           *l,
                                            JsonNode         *node,
                                            guint             index);
void        ccbnet_loader_read_relation    (Loader           *l,
                                            JsonNode         *node,
                                            guint             index);
void        ccbnet_loader_finish_relations (Loader           *l,
                                            GPtrArray        *relation_indexes);

G_END_DECLS
