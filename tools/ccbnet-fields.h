/* ccbnet-fields.h: --fields for `ccbnet list` and `ccbnet query` (ccbnet-fields.c)
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-tool.h"

G_BEGIN_DECLS

/* The value of --fields, split at commas, or NULL when it is not given. */
extern char **tool_opt_fields;

gboolean tool_parse_fields_option (const char  *option,
                                   const char  *value,
                                   gpointer     data,
                                   GError     **error);

#define TOOL_FIELDS_OPTION \
  { "fields", 'F', 0, G_OPTION_ARG_CALLBACK, tool_parse_fields_option, \
    N_("Print only these fields, as a table (or, with --json, as objects with only these keys): " \
    "comma-separated keys of the JSON shape, such as id,name,scope or id,kind,subject,object"), \
    "FIELD,…" }

/* Prints @records (entities or relations, as @entities says) with only the --fields: a table
 * with a header, or with --json {"LIST_KEY": [{FIELD: value, …}, …]}. A field the shape does not
 * have is a usage error of @command naming the fields it has. Returns the exit status. */
int tool_print_fields (GString        *out,
                       const char     *command,
                       const char     *list_key,
                       GListModel     *records,
                       gboolean        entities,
                       CcbnetRegistry *registry);

G_END_DECLS
