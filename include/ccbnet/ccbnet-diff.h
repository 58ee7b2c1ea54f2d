/* ccbnet-diff.h: the records added, removed and changed between two datasets
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
#include "ccbnet-registry.h"

G_BEGIN_DECLS

/**
 * CcbnetChangeType:
 * @CCBNET_CHANGE_TYPE_ADDED: the record is in the new dataset only
 * @CCBNET_CHANGE_TYPE_REMOVED: the record is in the old dataset only
 * @CCBNET_CHANGE_TYPE_CHANGED: the record is in both, with different members
 *
 * What happened to a record between two datasets, as [class@Ccbnet.Change] reports it. The nicks
 * are `added`, `removed` and `changed`.
 *
 * Since: 1.2
 */
typedef enum {
  CCBNET_CHANGE_TYPE_ADDED,
  CCBNET_CHANGE_TYPE_REMOVED,
  CCBNET_CHANGE_TYPE_CHANGED,
} CcbnetChangeType;

#define CCBNET_TYPE_CHANGE (ccbnet_change_get_type ())
CCBNET_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (CcbnetChange, ccbnet_change, CCBNET, CHANGE, GObject)

CCBNET_AVAILABLE_IN_1_2
CcbnetChangeType    ccbnet_change_get_change_type (CcbnetChange     *self);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_change_get_list        (CcbnetChange     *self);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_change_get_id          (CcbnetChange     *self);
CCBNET_AVAILABLE_IN_1_2
const char * const *ccbnet_change_get_members     (CcbnetChange     *self);
CCBNET_AVAILABLE_IN_1_2
char               *ccbnet_change_dup_old_value   (CcbnetChange     *self,
                                                   const char       *member);
CCBNET_AVAILABLE_IN_1_2
char               *ccbnet_change_dup_new_value   (CcbnetChange     *self,
                                                   const char       *member);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_change_type_to_string  (CcbnetChangeType  change_type);

CCBNET_AVAILABLE_IN_1_2
GListModel         *ccbnet_registry_diff          (CcbnetRegistry   *self,
                                                   CcbnetRegistry   *new_registry,
                                                   GError          **error);

G_END_DECLS
