/* ccbnet-private.h: the structures shared inside libccbnet
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet.h"

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

/* An immutable loaded dataset with its indexes. */
struct _CcbnetSnapshot
{
  GPtrArray    *documents;   /* CcbnetDocument, owned */
  GPtrArray    *sections;    /* CcbnetSection, owned */
  GPtrArray    *entities;    /* CcbnetEntity, owned */
  GPtrArray    *relations;   /* CcbnetRelation, owned */
  GHashTable   *documents_by_id;
  GHashTable   *sections_by_id;
  GHashTable   *entities_by_id;
  GHashTable   *relations_by_id;
  GHashTable   *names;       /* folded name -> GPtrArray of CcbnetNameHit, ranked */
  GPtrArray   **outgoing;    /* per entity position: relations with it as subject */
  GPtrArray   **incoming;    /* per entity position: relations with it as object */
  GPtrArray   **parts;       /* per entity position: entities directly part of it */
  GPtrArray    *by_kind[CCBNET_RELATION_KIND_LOCATED_IN + 1];
  GHashTable   *by_qualifier; /* entity -> relations naming it in on-behalf-of, via or context */
  CcbnetHandle *handle;
};

typedef struct
{
  CcbnetEntity *entity;
  guint         rank;
} CcbnetNameHit;

CcbnetSnapshot *ccbnet_snapshot_new     (void);
void            ccbnet_snapshot_index   (CcbnetSnapshot *self);
void            ccbnet_snapshot_free    (CcbnetSnapshot *self);
GPtrArray      *ccbnet_snapshot_parts   (CcbnetSnapshot *self,
                                         CcbnetEntity   *entity,
                                         gboolean        recursive);
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

/* Loading */
typedef struct
{
  guint64 max_size;
  guint   max_depth;
} CcbnetLimits;

CcbnetSnapshot *ccbnet_load_bytes (GBytes             *bytes,
                                   const char         *filename,
                                   const CcbnetLimits *limits,
                                   gboolean            collect_all,
                                   GPtrArray          *problems,
                                   GCancellable       *cancellable,
                                   GError            **error);

CcbnetProblem  *ccbnet_problem_new (CcbnetDatasetError  code,
                                    const char         *filename,
                                    const char         *path,
                                    guint               line,
                                    guint               column,
                                    const char         *message);
CcbnetProblem  *ccbnet_problem_new_from_error (const GError *error,
                                               const char   *filename);

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
