/* ccbnet-document-private.h: documents, citations and names made from a store's rows
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-store-private.h"

G_BEGIN_DECLS

CcbnetDocument *ccbnet_document_new_from_row (const CcbnetStore *store,
                                              guint32            position);
CcbnetCitation *ccbnet_citation_new_from_row (CcbnetSnapshot    *snapshot,
                                              guint32            position);
CcbnetName     *ccbnet_name_new_from_row     (CcbnetSnapshot    *snapshot,
                                              guint32            position);

G_END_DECLS
