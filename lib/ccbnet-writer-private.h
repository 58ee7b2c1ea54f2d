/* ccbnet-writer-private.h: a snapshot as ccbnet/1 JSON in its canonical form
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ccbnet-private.h"

G_BEGIN_DECLS

JsonNode  *ccbnet_writer_record        (CcbnetSnapshot *self,
                                        guint           list,
                                        guint32         position);
guint      ccbnet_writer_member_rank   (guint           list,
                                        const char     *member);
void       ccbnet_writer_append_node   (GString        *out,
                                        JsonNode       *node,
                                        guint           depth);
void       ccbnet_writer_begin         (GString        *out,
                                        const char     *schema,
                                        const char     *title,
                                        const char     *license);
void       ccbnet_writer_begin_list    (GString        *out,
                                        guint           list);
void       ccbnet_writer_append_record (GString        *out,
                                        JsonNode       *record,
                                        gboolean        first);
void       ccbnet_writer_end_list      (GString        *out,
                                        gboolean        empty);
void       ccbnet_writer_end           (GString        *out);
GBytes    *ccbnet_snapshot_to_json     (CcbnetSnapshot *self);

G_END_DECLS
