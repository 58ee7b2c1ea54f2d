/* ccbnet-loader-private.h: from JSON bytes to a snapshot (ccbnet-loader.c)
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-private.h"

G_BEGIN_DECLS

/* The limits a registry loads with, copied when a load starts. */
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

G_END_DECLS
