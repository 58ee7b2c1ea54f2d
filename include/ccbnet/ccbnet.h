/* ccbnet.h: the one header users include
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#define CCBNET_INSIDE

#include "ccbnet-version.h"
#include "ccbnet-error.h"
#include "ccbnet-enums.h"
#include "ccbnet-enum-types.h"
#include "ccbnet-document.h"
#include "ccbnet-section.h"
#include "ccbnet-entity.h"
#include "ccbnet-relation.h"
#include "ccbnet-query.h"
#include "ccbnet-problem.h"
#include "ccbnet-record-list.h"
#include "ccbnet-registry.h"
#include "ccbnet-dataset-builder.h"
#include "ccbnet-diff.h"

#undef CCBNET_INSIDE
