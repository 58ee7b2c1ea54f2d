/* ccbnet-error.h: the error domain of libccbnet
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (CCBNET_INSIDE) && !defined (CCBNET_COMPILATION)
#error "Only <ccbnet/ccbnet.h> can be included directly."
#endif

#include <glib.h>

#include "ccbnet-version.h"

G_BEGIN_DECLS

/**
 * CCBNET_DATASET_ERROR:
 *
 * The error domain of errors about dataset contents: [error@Ccbnet.DatasetError].
 *
 * Errors from reading a file (for example a missing file) keep their own domain, usually
 * `G_IO_ERROR`.
 *
 * Since: 1.0
 */
#define CCBNET_DATASET_ERROR (ccbnet_dataset_error_quark ())

/**
 * CcbnetDatasetError:
 * @CCBNET_DATASET_ERROR_SYNTAX: the bytes are not strict JSON: empty input, a second top-level
 *   value, comments, single quotes, hex or octal numbers, a truncated document, and so on
 * @CCBNET_DATASET_ERROR_ENCODING: invalid UTF-8, a byte-order mark, a raw control character,
 *   `\u0000`, or a lone surrogate escape
 * @CCBNET_DATASET_ERROR_LIMIT: the input is larger or nested deeper than the registry's limits
 *   ([property@Ccbnet.Registry:max-size], [property@Ccbnet.Registry:max-depth])
 * @CCBNET_DATASET_ERROR_DUPLICATE_KEY: an object has the same key twice
 * @CCBNET_DATASET_ERROR_NUMBER: a number that is not representable (an integer beyond 64 bits)
 * @CCBNET_DATASET_ERROR_FORMAT: the `format` member is missing or names a version this library
 *   does not read
 * @CCBNET_DATASET_ERROR_SCHEMA: a member has the wrong JSON type, a required member is missing, an
 *   unknown member is present, or a string is malformed (an id that is not a slug, a bad date)
 * @CCBNET_DATASET_ERROR_UNKNOWN_VALUE: an enumeration value (a nick) that the library does not know
 * @CCBNET_DATASET_ERROR_DUPLICATE_ID: two records share an id
 * @CCBNET_DATASET_ERROR_DANGLING_REFERENCE: a reference names no record of the right list
 * @CCBNET_DATASET_ERROR_RELATION: the entity types at the ends of a relation do not fit its kind,
 *   or a relation links an entity to itself
 * @CCBNET_DATASET_ERROR_MISSING_QUALIFIER: a qualifier the relation's kind or condition requires is
 *   absent (for example `on_behalf_of` on `represents-in`)
 * @CCBNET_DATASET_ERROR_CYCLE: `part-of`, `unit-of` or `post-in` relations form a cycle
 *
 * Error codes in the %CCBNET_DATASET_ERROR domain. Every error message says where the problem is:
 * `FILE:LINE:COLUMN` for the bytes, a JSON path such as `$.relations[12].subject` for the meaning.
 *
 * Since: 1.0
 */
typedef enum {
  CCBNET_DATASET_ERROR_SYNTAX,
  CCBNET_DATASET_ERROR_ENCODING,
  CCBNET_DATASET_ERROR_LIMIT,
  CCBNET_DATASET_ERROR_DUPLICATE_KEY,
  CCBNET_DATASET_ERROR_NUMBER,
  CCBNET_DATASET_ERROR_FORMAT,
  CCBNET_DATASET_ERROR_SCHEMA,
  CCBNET_DATASET_ERROR_UNKNOWN_VALUE,
  CCBNET_DATASET_ERROR_DUPLICATE_ID,
  CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
  CCBNET_DATASET_ERROR_RELATION,
  CCBNET_DATASET_ERROR_MISSING_QUALIFIER,
  CCBNET_DATASET_ERROR_CYCLE,
} CcbnetDatasetError;

CCBNET_AVAILABLE_IN_ALL
GQuark ccbnet_dataset_error_quark (void);

G_END_DECLS
