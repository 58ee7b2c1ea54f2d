/* ccbnet-record-list-private.h: how a registry drives its record lists
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-private.h"

G_BEGIN_DECLS

CcbnetRecordList *ccbnet_record_list_new   (GType             item_type);
void              ccbnet_record_list_reset (CcbnetRecordList *self,
                                            CcbnetSnapshot   *snapshot);

G_END_DECLS
