/* ccbnet-section.h: a section of the source page
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

#define CCBNET_TYPE_SECTION (ccbnet_section_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetSection, ccbnet_section, CCBNET, SECTION, GObject)

CCBNET_AVAILABLE_IN_ALL
const char  *ccbnet_section_get_id        (CcbnetSection *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetScope  ccbnet_section_get_scope     (CcbnetSection *self);
CCBNET_AVAILABLE_IN_ALL
guint        ccbnet_section_get_position  (CcbnetSection *self);
CCBNET_AVAILABLE_IN_ALL
const char  *ccbnet_section_get_heading   (CcbnetSection *self,
                                           const char    *language);
CCBNET_AVAILABLE_IN_ALL
char       **ccbnet_section_dup_languages (CcbnetSection *self);
CCBNET_AVAILABLE_IN_ALL
GPtrArray   *ccbnet_section_get_sources   (CcbnetSection *self);

G_END_DECLS
