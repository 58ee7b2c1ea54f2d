/* ccbnet-relation.h: a typed, qualified relation between two entities
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

#define CCBNET_TYPE_RELATION (ccbnet_relation_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetRelation, ccbnet_relation, CCBNET, RELATION, GObject)

CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_id             (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetRelationKind  ccbnet_relation_get_kind           (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_subject        (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_object         (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_on_behalf_of   (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_via            (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_context        (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_capacity       (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_legal_basis    (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_framework      (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetCondition     ccbnet_relation_get_condition      (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_condition_text (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_condition_ref  (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetCadence       ccbnet_relation_get_cadence        (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_cadence_text   (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_role           (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_topic          (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetLevel         ccbnet_relation_get_levels         (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
gboolean            ccbnet_relation_get_non_exhaustive (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
GPtrArray          *ccbnet_relation_get_co_actors      (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_start_date     (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_end_date       (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_1_2
gboolean            ccbnet_relation_get_ended          (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_1_2
const char * const *ccbnet_relation_get_supersedes     (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_1_2
const char * const *ccbnet_relation_get_superseded_by  (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_relation_get_note           (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetSection      *ccbnet_relation_get_section        (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
GPtrArray          *ccbnet_relation_get_sources        (CcbnetRelation *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity       *ccbnet_relation_get_other_end      (CcbnetRelation *self,
                                                        CcbnetEntity   *entity);
CCBNET_AVAILABLE_IN_1_2
char               *ccbnet_relation_to_sentence        (CcbnetRelation *self,
                                                        const char     *language);

G_END_DECLS
