/* ccbnet-document.h: where facts come from
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (CCBNET_INSIDE) && !defined (CCBNET_COMPILATION)
#error "Only <ccbnet/ccbnet.h> can be included directly."
#endif

#include <glib-object.h>

#include "ccbnet-version.h"
#include "ccbnet-enums.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_DOCUMENT (ccbnet_document_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetDocument, ccbnet_document, CCBNET, DOCUMENT, GObject)

CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_id        (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetDocumentKind  ccbnet_document_get_kind      (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_title     (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_publisher (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_url       (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_language  (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_retrieved (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_document_get_published (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_document_get_edition   (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_file      (CcbnetDocument *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_document_get_note      (CcbnetDocument *self);

#define CCBNET_TYPE_CITATION (ccbnet_citation_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetCitation, ccbnet_citation, CCBNET, CITATION, GObject)

CCBNET_AVAILABLE_IN_ALL
CcbnetDocument *ccbnet_citation_get_document (CcbnetCitation *self);
CCBNET_AVAILABLE_IN_ALL
const char     *ccbnet_citation_get_quote    (CcbnetCitation *self);

#define CCBNET_TYPE_NAME (ccbnet_name_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetName, ccbnet_name, CCBNET, NAME, GObject)

CCBNET_AVAILABLE_IN_ALL
const char     *ccbnet_name_get_text        (CcbnetName *self);
CCBNET_AVAILABLE_IN_ALL
const char     *ccbnet_name_get_language    (CcbnetName *self);
CCBNET_AVAILABLE_IN_ALL
const char     *ccbnet_name_get_note        (CcbnetName *self);
CCBNET_AVAILABLE_IN_1_2
const char     *ccbnet_name_get_start_date  (CcbnetName *self);
CCBNET_AVAILABLE_IN_1_2
const char     *ccbnet_name_get_end_date    (CcbnetName *self);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_name_get_ended       (CcbnetName *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetDocument *ccbnet_name_get_source      (CcbnetName *self);
CCBNET_AVAILABLE_IN_ALL
gboolean        ccbnet_name_is_external     (CcbnetName *self);

G_END_DECLS
