/* ccbnet-dataset-builder.h: making and editing datasets, each record checked as it is added
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
#include "ccbnet-registry.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_DATASET_BUILDER (ccbnet_dataset_builder_get_type ())
CCBNET_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (CcbnetDatasetBuilder, ccbnet_dataset_builder, CCBNET, DATASET_BUILDER, GObject)

CCBNET_AVAILABLE_IN_1_2
CcbnetDatasetBuilder *ccbnet_dataset_builder_new               (void);
CCBNET_AVAILABLE_IN_1_2
CcbnetDatasetBuilder *ccbnet_dataset_builder_new_from_registry (CcbnetRegistry        *registry,
                                                                GError               **error);

CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_dataset_builder_get_title    (CcbnetDatasetBuilder  *self);
CCBNET_AVAILABLE_IN_1_2
void        ccbnet_dataset_builder_set_title    (CcbnetDatasetBuilder  *self,
                                                 const char            *title);
CCBNET_AVAILABLE_IN_1_2
const char *ccbnet_dataset_builder_get_license  (CcbnetDatasetBuilder  *self);
CCBNET_AVAILABLE_IN_1_2
void        ccbnet_dataset_builder_set_license  (CcbnetDatasetBuilder  *self,
                                                 const char            *license);
CCBNET_AVAILABLE_IN_1_2
guint       ccbnet_dataset_builder_get_n_records (CcbnetDatasetBuilder *self);

CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_add_source   (CcbnetDatasetBuilder  *self,
                                                 const char            *json,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_add_section  (CcbnetDatasetBuilder  *self,
                                                 const char            *json,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_add_entity   (CcbnetDatasetBuilder  *self,
                                                 const char            *json,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_add_relation (CcbnetDatasetBuilder  *self,
                                                 const char            *json,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_replace      (CcbnetDatasetBuilder  *self,
                                                 const char            *json,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_remove       (CcbnetDatasetBuilder  *self,
                                                 const char            *id,
                                                 GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_contains     (CcbnetDatasetBuilder  *self,
                                                 const char            *id);
CCBNET_AVAILABLE_IN_1_2
char       *ccbnet_dataset_builder_dup_record   (CcbnetDatasetBuilder  *self,
                                                 const char            *id);

CCBNET_AVAILABLE_IN_1_2
gboolean    ccbnet_dataset_builder_merge        (CcbnetDatasetBuilder  *self,
                                                 CcbnetRegistry        *other,
                                                 CcbnetMergeRule        rule,
                                                 const char            *prefix,
                                                 GError               **error);

CCBNET_AVAILABLE_IN_1_2
GBytes         *ccbnet_dataset_builder_to_json     (CcbnetDatasetBuilder  *self);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_dataset_builder_save        (CcbnetDatasetBuilder  *self,
                                                    GFile                 *file,
                                                    GCancellable          *cancellable,
                                                    GError               **error);
CCBNET_AVAILABLE_IN_1_2
CcbnetRegistry *ccbnet_dataset_builder_to_registry (CcbnetDatasetBuilder  *self,
                                                    GError               **error);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_dataset_builder_load_into   (CcbnetDatasetBuilder  *self,
                                                    CcbnetRegistry        *registry,
                                                    GCancellable          *cancellable,
                                                    GError               **error);

G_END_DECLS
