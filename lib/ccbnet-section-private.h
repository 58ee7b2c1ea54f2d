/* ccbnet-section-private.h: sections made from a store's rows
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-private.h"

G_BEGIN_DECLS

CcbnetSection *ccbnet_section_new_from_row (CcbnetSnapshot *snapshot,
                                            guint32         position);

G_END_DECLS
