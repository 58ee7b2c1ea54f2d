/* ccbnet-json-scan-private.h: the strict JSON pre-scan of the dataset loader
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "ccbnet-problem-private.h"

G_BEGIN_DECLS

/* An array at the top level of a document, as the scan found it: the loader parses its elements
 * one by one instead of the whole document at once. Offsets are in bytes from the start. */
typedef struct
{
  guint32  key_start;    /* the member's key, between its quotes */
  guint32  key_end;
  gboolean key_escaped;  /* the key has escapes: its bytes are not its text */
  guint32  open;         /* the "[" */
  guint32  close;        /* the byte after the "]" */
  GArray  *elements;     /* guint32 pairs: where each element starts, and the byte after it */
} CcbnetJsonList;

void     ccbnet_json_list_free (CcbnetJsonList *list);

gboolean ccbnet_json_scan         (const char        *data,
                                   gsize              length,
                                   guint              max_depth,
                                   CcbnetProblemInfo *problem);
gboolean ccbnet_json_scan_outline (const char        *data,
                                   gsize              length,
                                   guint              max_depth,
                                   GPtrArray         *lists,
                                   CcbnetProblemInfo *problem);

G_END_DECLS
