/* ccbnet-snapshot-private.h: a loaded dataset and the objects made from it
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-store-private.h"

G_BEGIN_DECLS

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

CcbnetHandle   *ccbnet_handle_ref    (CcbnetHandle   *handle);
void            ccbnet_handle_unref  (CcbnetHandle   *handle);
CcbnetSnapshot *ccbnet_handle_lock   (CcbnetHandle   *handle);
void            ccbnet_handle_unlock (CcbnetHandle   *handle);

/* A snapshot is a store plus the objects made from it. Documents and sections, which are few,
 * are made with the snapshot; entities, relations and citations the first time a caller needs
 * them, each kept in a slot so that one record is always one object (ccbnet-snapshot.c). The
 * objects fill themselves from their rows (the *_new_from_row() constructors of their classes). */
struct _CcbnetSnapshot
{
  gatomicrefcount ref_count;     /* the registry's, and its record lists' */
  CcbnetStore    store;
  guint          n_strings;
  guint          n_documents;
  guint          n_sections;
  guint          n_entities;
  guint          n_relations;
  guint          n_citations;
  GPtrArray     *documents;      /* CcbnetDocument, made with the snapshot */
  GPtrArray     *sections;       /* CcbnetSection, likewise */
  gpointer      *entity_slots;   /* CcbnetEntity, made on demand, owned */
  gpointer      *relation_slots; /* CcbnetRelation, likewise */
  /* Copies of relation_slots in the order of the outgoing and incoming indexes, without a
   * reference of their own: an anchored query reads its results' objects side by side instead
   * of from slots spread over the whole table (ccbnet-engine.c). */
  gpointer      *outgoing_slots;
  gpointer      *incoming_slots;
  gpointer      *citation_slots; /* CcbnetCitation, likewise */
  CcbnetHandle  *handle;
};

CcbnetSnapshot *ccbnet_snapshot_new_from_store (CcbnetStore    *store);
CcbnetSnapshot *ccbnet_snapshot_ref            (CcbnetSnapshot *self);
void            ccbnet_snapshot_unref          (CcbnetSnapshot *self);

/* The objects of records, made if need be; the snapshot owns the reference. */
CcbnetEntity   *ccbnet_snapshot_get_entity     (CcbnetSnapshot *self,
                                                guint32         position);
CcbnetRelation *ccbnet_snapshot_get_relation   (CcbnetSnapshot *self,
                                                guint32         position);
CcbnetDocument *ccbnet_snapshot_get_document   (CcbnetSnapshot *self,
                                                guint32         position);
CcbnetSection  *ccbnet_snapshot_get_section    (CcbnetSnapshot *self,
                                                guint32         position);
GPtrArray      *ccbnet_snapshot_dup_citations  (CcbnetSnapshot *self,
                                                guint32         first,
                                                guint32         n);
guint           ccbnet_snapshot_count_list     (CcbnetSnapshot *self,
                                                guint           list);
char           *ccbnet_snapshot_dup_dataset_member (CcbnetSnapshot *self,
                                                   guint           member);
gpointer        ccbnet_snapshot_lookup         (CcbnetSnapshot *self,
                                                guint           list,
                                                const char     *id);

/* ccbnet-engine.c: the questions. Positions are those of this snapshot; results are referenced
 * objects in dataset order. */
guint32         ccbnet_snapshot_entity_position (CcbnetSnapshot *self,
                                                 CcbnetEntity   *entity);
GPtrArray      *ccbnet_snapshot_parts           (CcbnetSnapshot *self,
                                                 guint32         entity,
                                                 gboolean        recursive);
GPtrArray      *ccbnet_snapshot_relations_of    (CcbnetSnapshot *self,
                                                 guint32         entity);
GPtrArray      *ccbnet_snapshot_query           (CcbnetSnapshot *self,
                                                 CcbnetQuery    *query);
GPtrArray      *ccbnet_snapshot_query_entities  (CcbnetSnapshot *self,
                                                 CcbnetQuery    *query);
GPtrArray      *ccbnet_snapshot_find_all        (CcbnetSnapshot *self,
                                                 const char     *text);
GPtrArray      *ccbnet_snapshot_find_path       (CcbnetSnapshot *self,
                                                 CcbnetEntity   *from,
                                                 CcbnetEntity   *to,
                                                 guint           max_hops);
GPtrArray      *ccbnet_snapshot_find_paths      (CcbnetSnapshot  *self,
                                                 CcbnetEntity    *from,
                                                 CcbnetEntity    *to,
                                                 CcbnetQuery     *query,
                                                 CcbnetPathFlags  flags,
                                                 guint            max_hops,
                                                 guint            max_paths);
GPtrArray      *ccbnet_snapshot_neighbourhood   (CcbnetSnapshot  *self,
                                                 CcbnetEntity    *entity,
                                                 guint            depth,
                                                 CcbnetQuery     *query,
                                                 CcbnetPathFlags  flags);

/* ccbnet-compiled.c */
#define CCBNET_COMPILED_MAGIC "CCBNETDB"
#define CCBNET_COMPILED_MAGIC_LEN 8

CcbnetSnapshot *ccbnet_load_compiled      (GBytes            *bytes,
                                           CcbnetProblemInfo *problem);
GBytes         *ccbnet_snapshot_compile   (CcbnetSnapshot    *self);

G_END_DECLS
