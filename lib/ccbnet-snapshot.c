/* ccbnet-snapshot.c: a loaded dataset, and one object per record
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-snapshot-private.h"
#include "ccbnet-document-private.h"
#include "ccbnet-entity-private.h"
#include "ccbnet-relation-private.h"
#include "ccbnet-section-private.h"

/* A snapshot owns a store (ccbnet-store-private.h) and the objects made from it. Documents and
 * sections, which are few, are made with the snapshot; entities, relations and citations are
 * made the first time a caller needs them and kept in a slot, set with a compare-and-swap, so
 * that the same record is always the same object, also when threads race to make it. Each class
 * fills its object from its row; this file only decides when. */

static CcbnetHandle *
handle_new (CcbnetSnapshot *snapshot)
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

/* A snapshot over a complete store (from the builder, or a checked compiled file); takes its
 * content. */
CcbnetSnapshot *
ccbnet_snapshot_new_from_store (CcbnetStore *store)
{
  CcbnetSnapshot *self = g_new0 (CcbnetSnapshot, 1);
  const CcbnetStore *s;

  g_atomic_ref_count_init (&self->ref_count);
  self->store = *store;
  memset (store, 0, sizeof *store);
  s = &self->store;
  self->handle = handle_new (self);
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

  /* Citations need the documents, and sections their citations. */
  self->documents = g_ptr_array_new_full (self->n_documents, g_object_unref);
  for (guint i = 0; i < self->n_documents; i++)
    g_ptr_array_add (self->documents, ccbnet_document_new_from_row (s, i));
  self->sections = g_ptr_array_new_full (self->n_sections, g_object_unref);
  for (guint i = 0; i < self->n_sections; i++)
    g_ptr_array_add (self->sections, ccbnet_section_new_from_row (self, i));

  return self;
}

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

CcbnetSnapshot *
ccbnet_snapshot_ref (CcbnetSnapshot *self)
{
  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/* Frees the snapshot with its last reference: its objects stop reaching into it. */
void
ccbnet_snapshot_unref (CcbnetSnapshot *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
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

/* Stores @made in @slot unless another thread was first; returns the object that won. */
static gpointer
settle (gpointer *slot,
        gpointer  made)
{
  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, made))
    {
      g_object_unref (made);
      made = g_atomic_pointer_get (slot);
    }

  return made;
}

CcbnetDocument *
ccbnet_snapshot_get_document (CcbnetSnapshot *self,
                              guint32         position)
{
  return self->documents->pdata[position];
}

CcbnetSection *
ccbnet_snapshot_get_section (CcbnetSnapshot *self,
                             guint32         position)
{
  return self->sections->pdata[position];
}

static CcbnetCitation *
get_citation (CcbnetSnapshot *self,
              guint32         position)
{
  CcbnetCitation *citation = g_atomic_pointer_get (&self->citation_slots[position]);

  if (citation != NULL)
    return citation;

  return settle ((gpointer *) &self->citation_slots[position],
                 ccbnet_citation_new_from_row (self, position));
}

/* The @n citations of the citation list that starts at @first, referenced. */
GPtrArray *
ccbnet_snapshot_dup_citations (CcbnetSnapshot *self,
                               guint32         first,
                               guint32         n)
{
  GPtrArray *citations = g_ptr_array_new_full (n, g_object_unref);
  const guint32 *list = self->store.tables[CCBNET_TABLE_CITATION_LISTS];

  for (guint32 i = 0; i < n; i++)
    g_ptr_array_add (citations, g_object_ref (get_citation (self, list[first + i])));

  return citations;
}

/* The entity at @position. Its ancestors are made first, root down, without recursion: an
 * entity holds its parent, and a part-of chain may be as long as the dataset. */
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
       p = ccbnet_store_entity (&self->store, p)[ENT_PARENT])
    g_array_append_val (chain, p);

  for (guint i = chain->len; i > 0; i--)
    {
      guint32 p = g_array_index (chain, guint32, i - 1);

      settle (&self->entity_slots[p], ccbnet_entity_new_from_row (self, p));
    }

  return g_atomic_pointer_get (&self->entity_slots[position]);
}

CcbnetRelation *
ccbnet_snapshot_get_relation (CcbnetSnapshot *self,
                              guint32         position)
{
  CcbnetRelation *relation = g_atomic_pointer_get (&self->relation_slots[position]);

  if (relation != NULL)
    return relation;

  return settle (&self->relation_slots[position], ccbnet_relation_new_from_row (self, position));
}

/* The record of @list with @id, referenced, or %NULL. */
gpointer
ccbnet_snapshot_lookup (CcbnetSnapshot *self,
                        guint           list,
                        const char     *id)
{
  guint32 position = ccbnet_store_lookup (&self->store, list, id);

  if (position == CCBNET_NONE)
    return NULL;

  switch (list)
    {
    case CCBNET_LIST_SOURCES:
      return g_object_ref (ccbnet_snapshot_get_document (self, position));
    case CCBNET_LIST_SECTIONS:
      return g_object_ref (ccbnet_snapshot_get_section (self, position));
    case CCBNET_LIST_ENTITIES:
      return g_object_ref (ccbnet_snapshot_get_entity (self, position));
    case CCBNET_LIST_RELATIONS:
    default:
      return g_object_ref (ccbnet_snapshot_get_relation (self, position));
    }
}

/* The number of records of @list (CCBNET_LIST_*). */
guint
ccbnet_snapshot_count_list (CcbnetSnapshot *self,
                            guint           list)
{
  switch (list)
    {
    case CCBNET_LIST_SOURCES:
      return self->n_documents;
    case CCBNET_LIST_SECTIONS:
      return self->n_sections;
    case CCBNET_LIST_ENTITIES:
      return self->n_entities;
    case CCBNET_LIST_RELATIONS:
    default:
      return self->n_relations;
    }
}

/* A member of the dataset itself (DATASET_TITLE, DATASET_LICENSE, DATASET_SCHEMA), or NULL. */
char *
ccbnet_snapshot_dup_dataset_member (CcbnetSnapshot *self,
                                    guint           member)
{
  const CcbnetStore *store = &self->store;

  if (store->lengths[CCBNET_TABLE_DATASET] < DATASET_WIDTH)
    return NULL;

  return ccbnet_store_dup (store, store->tables[CCBNET_TABLE_DATASET][member]);
}
