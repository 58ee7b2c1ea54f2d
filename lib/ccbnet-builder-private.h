/* ccbnet-builder-private.h: filling a store, record by record (ccbnet-builder.c)
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-store-private.h"

G_BEGIN_DECLS

typedef struct _CcbnetBuilder CcbnetBuilder;

CcbnetBuilder  *ccbnet_builder_new          (guint          n_ids);
void            ccbnet_builder_free         (CcbnetBuilder *b);
void            ccbnet_builder_finish       (CcbnetBuilder *b,
                                             CcbnetStore   *store);
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

G_END_DECLS
