/* ccbnet-record-list.h: a registry's records as a list model, made as they are read
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (CCBNET_INSIDE) && !defined (CCBNET_COMPILATION)
#error "Only <ccbnet/ccbnet.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ccbnet-version.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_RECORD_LIST (ccbnet_record_list_get_type ())
CCBNET_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (CcbnetRecordList, ccbnet_record_list, CCBNET, RECORD_LIST, GObject)

G_END_DECLS
