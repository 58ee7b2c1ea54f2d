/* ccbnet-validity.c: when records hold, for "as of" queries
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-store-private.h"

/* The format's dates are partial (YYYY, YYYY-MM or YYYY-MM-DD): a date names a period, and only
 * what its sources give. A question "as of D" keeps what may hold on D as far as the dataset
 * knows, and drops only what the data shows did not hold then:
 *
 * - a record holds from the first day of its start_date to the last day of its end_date; a
 *   bound that is absent is no constraint (unknown is not "never");
 * - a record that ended at a date no source gives ("ended": true) is not dropped on its own: it
 *   is when a relation that supersedes it is known to hold by then (below);
 * - a relation holds only while every entity it reaches (its ends, its qualifiers, its co-actors)
 *   holds: a body cannot represent anyone before it exists;
 * - a relation under a legal basis or a framework that has a date holds only from that date on:
 *   nothing is designated by a law before the law exists;
 * - a relation on condition "pending-establishment" holds only before the entity whose
 *   establishment is pending starts;
 * - a relation superseded by another holds only before the first day the other is known to
 *   hold: its effective start (the latest start of itself and the entities it reaches) or, when
 *   none is known, the earliest date a source reporting it was published (where it says so) or
 *   read.
 *
 * Dates compare as numbers YYYYMMDD; a partial date's last day is taken as its month 12 and day
 * 31, which orders the same as the month's real last day. */

static guint
digits (const char *text,
        guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (text[i] - '0');

  return value;
}

/* @text (@len bytes, not NUL-terminated) as YYYYMMDD: the first day of the period it names, or
 * with @last its last day. 0 if it is not a date of the format's form (the loader has checked
 * the dates a store holds). */
guint32
ccbnet_date_key (const char *text,
                 gsize       len,
                 gboolean    last)
{
  guint month = last ? 12 : 1, day = last ? 31 : 1;

  if (text == NULL || (len != 4 && len != 7 && len != 10))
    return 0;
  for (gsize i = 0; i < len; i++)
    if ((i == 4 || i == 7) ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return 0;
  if (len >= 7)
    month = digits (text + 5, 2);
  if (len == 10)
    day = digits (text + 8, 2);

  return digits (text, 4) * 10000 + month * 100 + day;
}

static guint32
string_key (const CcbnetStore *store,
            guint32            index,
            gboolean           last)
{
  gsize len;
  const char *text;

  if (index == CCBNET_NONE)
    return 0;
  text = ccbnet_store_string (store, index, &len);

  return ccbnet_date_key (text, len, last);
}

gboolean
ccbnet_store_entity_valid_at (const CcbnetStore *store,
                              guint32            entity,
                              guint32            day)
{
  const guint32 *row = ccbnet_store_entity (store, entity);
  guint32 start = string_key (store, row[ENT_START_DATE], FALSE);
  guint32 end = string_key (store, row[ENT_END_DATE], TRUE);

  return (start == 0 || start <= day) && (end == 0 || day <= end);
}

/* Calls @func on every entity @relation reaches, except the one a pending condition is about;
 * stops at the first that returns FALSE. */
static gboolean
every_entity (const CcbnetStore *store,
              const guint32     *relation,
              gboolean         (*func) (const CcbnetStore *, guint32, gpointer),
              gpointer           data)
{
  static const guint qualifiers[] = {
    EXT_ON_BEHALF_OF, EXT_VIA, EXT_CONTEXT, EXT_CAPACITY, EXT_LEGAL_BASIS, EXT_FRAMEWORK,
  };

  if (!func (store, relation[REL_SUBJECT], data) || !func (store, relation[REL_OBJECT], data))
    return FALSE;
  if (relation[REL_EXTRA] == CCBNET_NONE)
    return TRUE;
  {
    const guint32 *extra = CCBNET_ROW (store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, relation[REL_EXTRA]);

    for (guint q = 0; q < G_N_ELEMENTS (qualifiers); q++)
      if (extra[qualifiers[q]] != CCBNET_NONE && !func (store, extra[qualifiers[q]], data))
        return FALSE;
    for (guint32 i = 0; i < extra[EXT_N_CO_ACTORS]; i++)
      if (!func (store, store->tables[CCBNET_TABLE_ENTITY_LISTS][extra[EXT_CO_ACTORS] + i], data))
        return FALSE;
  }

  return TRUE;
}

static gboolean
entity_valid_func (const CcbnetStore *store,
                   guint32            entity,
                   gpointer           data)
{
  return ccbnet_store_entity_valid_at (store, entity, GPOINTER_TO_UINT (data));
}

static gboolean
latest_start_func (const CcbnetStore *store,
                   guint32            entity,
                   gpointer           data)
{
  guint32 *latest = data;
  guint32 start = string_key (store, ccbnet_store_entity (store, entity)[ENT_START_DATE], FALSE);

  *latest = MAX (*latest, start);

  return TRUE;
}

/* The first day @relation can hold by the dates of its legal basis and framework; 0 if they have
 * none. */
static guint32
instruments_start (const CcbnetStore *store,
                   const guint32     *relation)
{
  static const guint instruments[] = { EXT_LEGAL_BASIS, EXT_FRAMEWORK };
  guint32 latest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (instruments); i++)
    {
      guint32 instrument = ccbnet_store_extra (store, relation, instruments[i]);

      if (instrument != CCBNET_NONE)
        latest = MAX (latest, string_key (store, ccbnet_store_entity (store, instrument)[ENT_DATE], FALSE));
    }

  return latest;
}

/* The first day @relation is known to hold: the latest start of itself, of the entities it
 * reaches and of its legal basis and framework; 0 if none is known. */
guint32
ccbnet_store_relation_start (const CcbnetStore *store,
                             guint32            relation)
{
  const guint32 *row = ccbnet_store_relation (store, relation);
  guint32 latest = string_key (store, ccbnet_store_extra (store, row, EXT_START_DATE), FALSE);

  every_entity (store, row, latest_start_func, &latest);

  return MAX (latest, instruments_start (store, row));
}

/* The earliest day a source of @relation is known to have said it: the day it was published
 * where it says so, else the day it was read; 0 if none says. */
static guint32
earliest_evidence (const CcbnetStore *store,
                    const guint32     *relation)
{
  guint32 earliest = 0;

  for (guint32 i = 0; i < relation[REL_N_SOURCES]; i++)
    {
      guint32 citation = store->tables[CCBNET_TABLE_CITATION_LISTS][relation[REL_SOURCES] + i];
      guint32 document = CCBNET_ROW (store, CCBNET_TABLE_CITATIONS, CIT_WIDTH, citation)[CIT_DOCUMENT];
      const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, document);
      guint32 key = string_key (store, row[DOC_PUBLISHED] != CCBNET_NONE ? row[DOC_PUBLISHED] : row[DOC_RETRIEVED], FALSE);

      if (key != 0 && (earliest == 0 || key < earliest))
        earliest = key;
    }

  return earliest;
}

gboolean
ccbnet_store_relation_valid_at (const CcbnetStore *store,
                                guint32            relation,
                                guint32            day)
{
  const guint32 *row = ccbnet_store_relation (store, relation);
  guint32 start = string_key (store, ccbnet_store_extra (store, row, EXT_START_DATE), FALSE);
  guint32 end = string_key (store, ccbnet_store_extra (store, row, EXT_END_DATE), TRUE);
  const guint32 *successors;
  guint32 n_successors;

  start = MAX (start, instruments_start (store, row));
  if ((start != 0 && day < start) || (end != 0 && day > end))
    return FALSE;
  if (!every_entity (store, row, entity_valid_func, GUINT_TO_POINTER (day)))
    return FALSE;

  if (REL_CONDITION (row[REL_BITS]) == CCBNET_CONDITION_PENDING_ESTABLISHMENT)
    {
      guint32 pending = ccbnet_store_extra (store, row, EXT_CONDITION_REF);

      if (pending != CCBNET_NONE)
        {
          guint32 established = string_key (store, ccbnet_store_entity (store, pending)[ENT_START_DATE], FALSE);

          if (established != 0 && day >= established)
            return FALSE;
        }
    }

  successors = ccbnet_store_csr (store, CCBNET_TABLE_SUPERSEDED_BY_STARTS, relation, &n_successors);
  for (guint32 i = 0; i < n_successors; i++)
    {
      guint32 from = ccbnet_store_relation_start (store, successors[i]);

      if (from == 0)
        from = earliest_evidence (store, ccbnet_store_relation (store, successors[i]));
      if (from != 0 && day >= from)
        return FALSE;
    }

  return TRUE;
}
