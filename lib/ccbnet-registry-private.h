/* ccbnet-registry-private.h: what the registry's two files share
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-private.h"
#include "ccbnet-loader-private.h"

G_BEGIN_DECLS

/* ccbnet-registry.c keeps the registry's state; ccbnet-registry-load.c fills it. */
CcbnetLimits    ccbnet_registry_get_limits (CcbnetRegistry *self);
void            ccbnet_registry_install    (CcbnetRegistry *self,
                                            CcbnetSnapshot *snapshot);
CcbnetSnapshot *ccbnet_registry_acquire    (CcbnetRegistry *self);
void            ccbnet_registry_release    (CcbnetRegistry *self);

/* ccbnet-registry-save.c */
CcbnetSnapshot *ccbnet_registry_dup_snapshot (CcbnetRegistry  *self,
                                              GError         **error);
gboolean        ccbnet_save_bytes          (GFile          *file,
                                            GBytes         *bytes,
                                            GCancellable   *cancellable,
                                            GError        **error);

G_END_DECLS
