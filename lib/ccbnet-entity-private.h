/* ccbnet-entity-private.h: entities made from a store's rows
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-store-private.h"

G_BEGIN_DECLS

CcbnetEntity *ccbnet_entity_new_from_row (CcbnetSnapshot *snapshot,
                                          guint32         position);
guint32       ccbnet_entity_get_position (CcbnetEntity   *self,
                                          CcbnetHandle   *handle);
GType         ccbnet_entity_type_get_gtype (CcbnetEntityType type);

/* What each class adds to the base's fields, from the entity's row (ccbnet_entity_new_from_row()
 * calls them). */
void ccbnet_organisation_fill_from_row     (CcbnetOrganisation    *self,
                                            CcbnetSnapshot        *snapshot,
                                            const guint32         *row);
void ccbnet_platform_fill_from_row         (CcbnetPlatform        *self,
                                            CcbnetSnapshot        *snapshot,
                                            const guint32         *row);
void ccbnet_legal_instrument_fill_from_row (CcbnetLegalInstrument *self,
                                            CcbnetSnapshot        *snapshot,
                                            const guint32         *row);
void ccbnet_post_fill_from_row             (CcbnetPost            *self,
                                            CcbnetSnapshot        *snapshot,
                                            const guint32         *row);

G_END_DECLS
