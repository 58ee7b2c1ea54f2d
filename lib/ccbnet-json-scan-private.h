/* ccbnet-json-scan-private.h: the strict JSON pre-scan of the dataset loader
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "ccbnet-error.h"

G_BEGIN_DECLS

gboolean ccbnet_json_scan (const char *data,
                           gsize       length,
                           const char *filename,
                           guint       max_depth,
                           GError    **error);

G_END_DECLS
