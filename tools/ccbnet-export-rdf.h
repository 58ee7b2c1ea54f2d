/* ccbnet-export-rdf.h: N-Triples and Turtle from the JSON-LD export (ccbnet-export-rdf.c)
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends to @out the triples of the JSON-LD document @json_ld, as written by `ccbnet export
 * --format json-ld`: N-Triples, or Turtle when @turtle. FALSE with @error set when the
 * document holds a construct the expansion does not know. */
gboolean tool_export_rdf (const GString  *json_ld,
                          gboolean        turtle,
                          GString        *out,
                          GError        **error);

G_END_DECLS
