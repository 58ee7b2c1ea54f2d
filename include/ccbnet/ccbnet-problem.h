/* ccbnet-problem.h: one problem found in a dataset
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
#include "ccbnet-error.h"

G_BEGIN_DECLS

#define CCBNET_TYPE_PROBLEM (ccbnet_problem_get_type ())
CCBNET_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CcbnetProblem, ccbnet_problem, CCBNET, PROBLEM, GObject)

CCBNET_AVAILABLE_IN_ALL
CcbnetDatasetError  ccbnet_problem_get_code     (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_1_2
const char         *ccbnet_problem_code_to_string (CcbnetDatasetError code);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_problem_get_message  (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_problem_get_filename (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
const char         *ccbnet_problem_get_path     (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
guint               ccbnet_problem_get_line     (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
guint               ccbnet_problem_get_column   (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
char               *ccbnet_problem_to_string    (CcbnetProblem *self);
CCBNET_AVAILABLE_IN_ALL
GError             *ccbnet_problem_to_error     (CcbnetProblem *self);

G_END_DECLS
