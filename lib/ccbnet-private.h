/* ccbnet-private.h: what every room of libccbnet shares
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet.h"
#include "ccbnet-i18n-private.h"
#include "ccbnet-problem-private.h"

G_BEGIN_DECLS

/* A loaded dataset (ccbnet-snapshot-private.h), and the handle its objects keep to it. */
typedef struct _CcbnetSnapshot CcbnetSnapshot;
typedef struct _CcbnetHandle CcbnetHandle;

/* "No record" and "no string" in the store's tables. */
#define CCBNET_NONE G_MAXUINT32

/* The shipped dataset (ccbnet-registry.c) and its resource (generated). */
GResource *ccbnet_get_resource         (void);
GBytes    *ccbnet_get_shipped_dataset  (void);
GBytes    *ccbnet_get_shipped_compiled (void);
void       ccbnet_registry_load_shipped (CcbnetRegistry *registry,
                                         GBytes         *compiled);

/* The vocabularies (ccbnet-kinds.c). */
gboolean    ccbnet_relation_kind_allows (CcbnetRelationKind kind,
                                         CcbnetEntityType   subject_type,
                                         CcbnetEntityType   object_type);
const char *ccbnet_enum_nick            (GType              type,
                                         int                value);

G_END_DECLS
