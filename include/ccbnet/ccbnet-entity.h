/* ccbnet-entity.h: organisations, platforms and the other things a dataset names
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
#include "ccbnet-enums.h"
#include "ccbnet-document.h"
#include "ccbnet-section.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_ENTITY (ccbnet_entity_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (CcbnetEntity, ccbnet_entity, CCBNET, ENTITY, GObject)

/**
 * CcbnetEntityClass:
 *
 * The class of [class@Ccbnet.Entity]. Only libccbnet creates entities; the class is derivable so
 * that the entity types with properties of their own can extend it.
 *
 * Since: 1.0
 */
struct _CcbnetEntityClass
{
  /*< private >*/
  GObjectClass parent_class;

  gpointer padding[8];
};

CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_id                (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_name              (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetDocument   *ccbnet_entity_get_name_source       (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_short_name        (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_name_for_language (CcbnetEntity *self,
                                                       const char   *language);
CCBNET_AVAILABLE_IN_ALL
GPtrArray        *ccbnet_entity_get_other_names       (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntityType  ccbnet_entity_get_entity_type       (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_classification    (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetScope       ccbnet_entity_get_scope             (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetSection    *ccbnet_entity_get_section           (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_description       (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetCadence     ccbnet_entity_get_cadence           (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_cadence_text      (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetStatus      ccbnet_entity_get_status            (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
gboolean          ccbnet_entity_get_is_collective     (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
const char       *ccbnet_entity_get_note              (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_1_2
const char       *ccbnet_entity_get_start_date        (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_1_2
const char       *ccbnet_entity_get_end_date          (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_1_2
gboolean          ccbnet_entity_get_ended             (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
GPtrArray        *ccbnet_entity_get_sources           (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity     *ccbnet_entity_get_parent            (CcbnetEntity *self);
CCBNET_AVAILABLE_IN_ALL
GListModel       *ccbnet_entity_list_parts            (CcbnetEntity *self,
                                                       gboolean      recursive);
CCBNET_AVAILABLE_IN_ALL
GListModel       *ccbnet_entity_list_relations        (CcbnetEntity *self);

#define CCBNET_TYPE_ORGANISATION (ccbnet_organisation_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetOrganisation, ccbnet_organisation, CCBNET, ORGANISATION, CcbnetEntity)

CCBNET_AVAILABLE_IN_ALL
CcbnetSector ccbnet_organisation_get_sectors (CcbnetOrganisation *self);

#define CCBNET_TYPE_PLATFORM (ccbnet_platform_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetPlatform, ccbnet_platform, CCBNET, PLATFORM, CcbnetEntity)

CCBNET_AVAILABLE_IN_ALL
const char * const *ccbnet_platform_get_purposes              (CcbnetPlatform *self);
CCBNET_AVAILABLE_IN_ALL
const char * const *ccbnet_platform_get_topics                (CcbnetPlatform *self);
CCBNET_AVAILABLE_IN_ALL
gboolean            ccbnet_platform_get_topics_non_exhaustive (CcbnetPlatform *self);
CCBNET_AVAILABLE_IN_ALL
const char * const *ccbnet_platform_get_characteristics       (CcbnetPlatform *self);
CCBNET_AVAILABLE_IN_ALL
const char * const *ccbnet_platform_get_member_categories     (CcbnetPlatform *self);

#define CCBNET_TYPE_LEGAL_INSTRUMENT (ccbnet_legal_instrument_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetLegalInstrument, ccbnet_legal_instrument, CCBNET, LEGAL_INSTRUMENT, CcbnetEntity)

CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_legal_instrument_get_date (CcbnetLegalInstrument *self);

#define CCBNET_TYPE_POST (ccbnet_post_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetPost, ccbnet_post, CCBNET, POST, CcbnetEntity)

CCBNET_AVAILABLE_IN_ALL
const char *ccbnet_post_get_role (CcbnetPost *self);

#define CCBNET_TYPE_THING (ccbnet_thing_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetThing, ccbnet_thing, CCBNET, THING, CcbnetEntity)

G_END_DECLS
