/* ccbnet-store.c: reading the tables of a store
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-store-private.h"

const char * const ccbnet_list_names[4] = { "sources", "sections", "entities", "relations" };

/* The store's strings and its id table; the layout, and the small readers the other rooms
 * inline, are in ccbnet-store-private.h. */

/* A copy of string @index of the pool, NUL-terminated; NULL for NONE. */
char *
ccbnet_store_dup (const CcbnetStore *store,
                  guint32            index)
{
  const char *text;
  gsize len;

  if (index == CCBNET_NONE)
    return NULL;

  text = ccbnet_store_string (store, index, &len);

  return g_strndup (text, len);
}

/* The @n strings of a string list that starts at @first, as a vector; NULL for NONE. */
char **
ccbnet_store_dup_strv (const CcbnetStore *store,
                       guint32            first,
                       guint32            n)
{
  char **strv;

  if (first == CCBNET_NONE)
    return NULL;

  strv = g_new0 (char *, n + 1);
  for (guint32 i = 0; i < n; i++)
    strv[i] = ccbnet_store_dup (store, store->tables[CCBNET_TABLE_STRING_LISTS][first + i]);

  return strv;
}

/* The position of the record of @list whose id is @id, or NONE. */
guint32
ccbnet_store_lookup (const CcbnetStore *store,
                     guint              list,
                     const char        *id)
{
  const guint32 *slots = store->tables[CCBNET_TABLE_ID_SLOTS];
  gsize size = store->lengths[CCBNET_TABLE_ID_SLOTS];
  static const struct { CcbnetTable table; guint width; } lists[] = {
    { CCBNET_TABLE_DOCUMENTS, DOC_WIDTH },
    { CCBNET_TABLE_SECTIONS, SEC_WIDTH },
    { CCBNET_TABLE_ENTITIES, ENT_WIDTH },
    { CCBNET_TABLE_RELATIONS, REL_WIDTH },
  };
  gsize len = strlen (id);
  gsize j = ccbnet_hash (store->seed, id, len) & (size - 1);

  /* At most one round: a hostile compiled file may have no empty slot. */
  for (gsize probes = 0; probes < size && slots[j] != CCBNET_NONE; probes++, j = (j + 1) & (size - 1))
    {
      guint32 slot_list = slots[j] >> 30;
      guint32 position = slots[j] & ((1u << 30) - 1);

      /* Every list's id is its first field. */
      if (ccbnet_store_string_equal (store, CCBNET_ROW (store, lists[slot_list].table,
                                                        lists[slot_list].width, position)[0],
                                     id, len))
        return slot_list == list ? position : CCBNET_NONE;
    }

  return CCBNET_NONE;
}

void
ccbnet_store_clear (CcbnetStore *store)
{
  for (guint t = 0; t <= CCBNET_N_TABLES; t++)
    g_clear_pointer (&store->blocks[t], g_free);
  g_clear_pointer (&store->bytes, g_bytes_unref);
  memset (store, 0, sizeof *store);
}

/* The size of an open-addressing table for @n values: a power of two, at most half full. */
gsize
ccbnet_slots_for (gsize n)
{
  gsize size = 16;

  while (size < 2 * n)
    size *= 2;

  return size;
}

/* @size empty slots (NONE). */
guint32 *
ccbnet_slots_new (gsize size)
{
  guint32 *slots = g_new (guint32, size);

  memset (slots, 0xff, size * sizeof (guint32));

  return slots;
}
