/* ccbnet-registry.h: a loaded dataset and the queries over it
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
#include "ccbnet-entity.h"
#include "ccbnet-relation.h"
#include "ccbnet-query.h"
#include "ccbnet-section.h"

G_BEGIN_DECLS

/**
 * CCBNET_REGISTRY_DEFAULT_MAX_SIZE:
 *
 * The default of [property@Ccbnet.Registry:max-size]: 128 MiB.
 *
 * Since: 1.0
 */
#define CCBNET_REGISTRY_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (128) * 1024 * 1024)

/**
 * CCBNET_REGISTRY_DEFAULT_MAX_DEPTH:
 *
 * The default of [property@Ccbnet.Registry:max-depth]: 64 levels.
 *
 * Since: 1.0
 */
#define CCBNET_REGISTRY_DEFAULT_MAX_DEPTH 64

#define CCBNET_TYPE_REGISTRY (ccbnet_registry_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetRegistry, ccbnet_registry, CCBNET, REGISTRY, GObject)

CCBNET_AVAILABLE_IN_ALL
CcbnetRegistry *ccbnet_registry_new                 (void);
CCBNET_AVAILABLE_IN_ALL
CcbnetRegistry *ccbnet_registry_get_default         (void);

CCBNET_AVAILABLE_IN_ALL
guint64         ccbnet_registry_get_max_size        (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
void            ccbnet_registry_set_max_size        (CcbnetRegistry       *self,
                                                     guint64               max_size);
CCBNET_AVAILABLE_IN_ALL
guint           ccbnet_registry_get_max_depth       (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
void            ccbnet_registry_set_max_depth       (CcbnetRegistry       *self,
                                                     guint                 max_depth);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_registry_get_map_files       (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_1_2
void            ccbnet_registry_set_map_files       (CcbnetRegistry       *self,
                                                     gboolean              map_files);

CCBNET_AVAILABLE_IN_ALL
gboolean        ccbnet_registry_load_from_file      (CcbnetRegistry       *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_ALL
gboolean        ccbnet_registry_load_from_bytes     (CcbnetRegistry       *self,
                                                     GBytes               *bytes,
                                                     const char           *filename,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_ALL
void            ccbnet_registry_load_from_file_async  (CcbnetRegistry      *self,
                                                       GFile               *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
CCBNET_AVAILABLE_IN_ALL
gboolean        ccbnet_registry_load_from_file_finish (CcbnetRegistry      *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
CCBNET_AVAILABLE_IN_1_2
void            ccbnet_registry_load_from_bytes_async  (CcbnetRegistry      *self,
                                                        GBytes              *bytes,
                                                        const char          *filename,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_registry_load_from_bytes_finish (CcbnetRegistry      *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
CCBNET_AVAILABLE_IN_1_2
GBytes         *ccbnet_registry_read_file           (CcbnetRegistry       *self,
                                                     GFile                *file,
                                                     const char           *display_name,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_ALL
GPtrArray      *ccbnet_registry_check_bytes         (CcbnetRegistry       *self,
                                                     GBytes               *bytes,
                                                     const char           *filename,
                                                     GCancellable         *cancellable);
CCBNET_AVAILABLE_IN_1_2
void            ccbnet_registry_check_bytes_async   (CcbnetRegistry       *self,
                                                     GBytes               *bytes,
                                                     const char           *filename,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
CCBNET_AVAILABLE_IN_1_2
GPtrArray      *ccbnet_registry_check_bytes_finish  (CcbnetRegistry       *self,
                                                     GAsyncResult         *result);
CCBNET_AVAILABLE_IN_ALL
GPtrArray      *ccbnet_registry_check_file          (CcbnetRegistry       *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);

CCBNET_AVAILABLE_IN_ALL
gboolean        ccbnet_registry_write_compiled      (CcbnetRegistry       *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_1_2
void            ccbnet_registry_write_compiled_async  (CcbnetRegistry      *self,
                                                       GFile               *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_registry_write_compiled_finish (CcbnetRegistry      *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

CCBNET_AVAILABLE_IN_1_2
GBytes         *ccbnet_registry_to_json             (CcbnetRegistry       *self,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_registry_write_json          (CcbnetRegistry       *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
CCBNET_AVAILABLE_IN_1_2
char           *ccbnet_registry_dup_title           (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_1_2
char           *ccbnet_registry_dup_license         (CcbnetRegistry       *self);

CCBNET_AVAILABLE_IN_1_2
gboolean        ccbnet_is_compiled_dataset          (GBytes               *bytes);

CCBNET_AVAILABLE_IN_ALL
CcbnetEntity   *ccbnet_registry_lookup              (CcbnetRegistry       *self,
                                                     const char           *id);
CCBNET_AVAILABLE_IN_ALL
CcbnetRelation *ccbnet_registry_lookup_relation     (CcbnetRegistry       *self,
                                                     const char           *id);
CCBNET_AVAILABLE_IN_ALL
CcbnetSection  *ccbnet_registry_lookup_section      (CcbnetRegistry       *self,
                                                     const char           *id);
CCBNET_AVAILABLE_IN_ALL
CcbnetDocument *ccbnet_registry_lookup_document     (CcbnetRegistry       *self,
                                                     const char           *id);
CCBNET_AVAILABLE_IN_ALL
CcbnetEntity   *ccbnet_registry_find                (CcbnetRegistry       *self,
                                                     const char           *text);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_find_all            (CcbnetRegistry       *self,
                                                     const char           *text);

CCBNET_AVAILABLE_IN_1_2
char           *ccbnet_fold_name                    (const char           *text);

CCBNET_AVAILABLE_IN_ALL
guint           ccbnet_registry_get_n_entities      (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
guint           ccbnet_registry_get_n_relations     (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_get_entities        (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_get_relations       (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_get_sections        (CcbnetRegistry       *self);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_get_documents       (CcbnetRegistry       *self);

CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_query               (CcbnetRegistry       *self,
                                                     CcbnetQuery          *query);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_query_entities      (CcbnetRegistry       *self,
                                                     CcbnetQuery          *query);
CCBNET_AVAILABLE_IN_ALL
GListModel     *ccbnet_registry_find_path           (CcbnetRegistry       *self,
                                                     CcbnetEntity         *from,
                                                     CcbnetEntity         *to,
                                                     guint                 max_hops);
CCBNET_AVAILABLE_IN_1_2
GListModel     *ccbnet_registry_find_paths          (CcbnetRegistry       *self,
                                                     CcbnetEntity         *from,
                                                     CcbnetEntity         *to,
                                                     CcbnetQuery          *query,
                                                     CcbnetPathFlags       flags,
                                                     guint                 max_hops,
                                                     guint                 max_paths);
CCBNET_AVAILABLE_IN_1_2
GListModel     *ccbnet_registry_query_neighbourhood (CcbnetRegistry       *self,
                                                     CcbnetEntity         *entity,
                                                     guint                 depth,
                                                     CcbnetQuery          *query,
                                                     CcbnetPathFlags       flags);

G_END_DECLS
