/* ccbnet-query.h: a typed query over a registry
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
#include "ccbnet-entity.h"
#include "ccbnet-section.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_QUERY (ccbnet_query_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetQuery, ccbnet_query, CCBNET, QUERY, GObject)

CCBNET_AVAILABLE_IN_ALL
CcbnetQuery        *ccbnet_query_new                  (void);

CCBNET_AVAILABLE_IN_ALL
CcbnetRelationKind  ccbnet_query_get_kind             (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_kind             (CcbnetQuery        *self,
                                                       CcbnetRelationKind  kind);
CCBNET_AVAILABLE_IN_ALL
gboolean            ccbnet_query_get_include_subkinds (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_include_subkinds (CcbnetQuery        *self,
                                                       gboolean            include_subkinds);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_query_get_subject          (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_subject          (CcbnetQuery        *self,
                                                       CcbnetEntity       *subject);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_query_get_object           (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_object           (CcbnetQuery        *self,
                                                       CcbnetEntity       *object);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_query_get_on_behalf_of     (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_on_behalf_of     (CcbnetQuery        *self,
                                                       CcbnetEntity       *on_behalf_of);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_query_get_via              (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_via              (CcbnetQuery        *self,
                                                       CcbnetEntity       *via);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_query_get_context          (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_context          (CcbnetQuery        *self,
                                                       CcbnetEntity       *context);
CCBNET_AVAILABLE_IN_ALL
CcbnetCondition     ccbnet_query_get_condition        (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_condition        (CcbnetQuery        *self,
                                                       CcbnetCondition     condition);
CCBNET_AVAILABLE_IN_ALL
CcbnetCadence       ccbnet_query_get_cadence          (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_cadence          (CcbnetQuery        *self,
                                                       CcbnetCadence       cadence);
CCBNET_AVAILABLE_IN_ALL
CcbnetScope         ccbnet_query_get_scope            (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_scope            (CcbnetQuery        *self,
                                                       CcbnetScope         scope);
CCBNET_AVAILABLE_IN_ALL
CcbnetSection      *ccbnet_query_get_section          (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_section          (CcbnetQuery        *self,
                                                       CcbnetSection      *section);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntityType    ccbnet_query_get_entity_type      (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_entity_type      (CcbnetQuery        *self,
                                                       CcbnetEntityType    entity_type);
CCBNET_AVAILABLE_IN_ALL
gboolean            ccbnet_query_get_include_parts    (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_ALL
void                ccbnet_query_set_include_parts    (CcbnetQuery        *self,
                                                       gboolean            include_parts);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_query_get_valid_at         (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_valid_at         (CcbnetQuery        *self,
                                                       const char         *date);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_valid_at_date_time (CcbnetQuery      *self,
                                                         GDateTime        *date_time);
CCBNET_AVAILABLE_IN_1_2
gboolean            ccbnet_query_is_valid_date        (const char         *date);
CCBNET_AVAILABLE_IN_1_2
CcbnetEntity       *ccbnet_query_get_capacity         (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_capacity         (CcbnetQuery        *self,
                                                       CcbnetEntity       *capacity);
CCBNET_AVAILABLE_IN_1_2
CcbnetEntity       *ccbnet_query_get_legal_basis      (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_legal_basis      (CcbnetQuery        *self,
                                                       CcbnetEntity       *legal_basis);
CCBNET_AVAILABLE_IN_1_2
CcbnetEntity       *ccbnet_query_get_framework        (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_framework        (CcbnetQuery        *self,
                                                       CcbnetEntity       *framework);
CCBNET_AVAILABLE_IN_1_2
CcbnetEntity       *ccbnet_query_get_co_actor         (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_co_actor         (CcbnetQuery        *self,
                                                       CcbnetEntity       *co_actor);
CCBNET_AVAILABLE_IN_1_2
gboolean            ccbnet_query_get_unconditional    (CcbnetQuery        *self);
CCBNET_AVAILABLE_IN_1_2
void                ccbnet_query_set_unconditional    (CcbnetQuery        *self,
                                                       gboolean            unconditional);
CCBNET_AVAILABLE_IN_ALL
gboolean            ccbnet_query_has_relation_filter  (CcbnetQuery        *self);

G_END_DECLS
