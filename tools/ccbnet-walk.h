/* ccbnet-walk.h: what `ccbnet path` and `ccbnet neighbours` share (ccbnet-walk.c): the options
 * that choose the relations a walk may take, and the words for one step of a walk
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

G_BEGIN_DECLS

extern int      tool_walk_kind;
extern gboolean tool_walk_include_subkinds;
extern gboolean tool_walk_unconditional;
extern gboolean tool_walk_through_qualifiers;

gboolean tool_walk_parse_kind (const char  *option_name,
                               const char  *value,
                               gpointer     data,
                               GError     **error);

/* The GOptionEntry lines of the walk options. */
#define TOOL_WALK_OPTIONS \
  { "kind", 'k', 0, G_OPTION_ARG_CALLBACK, tool_walk_parse_kind, \
    N_("Take only relations of this kind (represents-in, member-of, part-of, …)"), "KIND" }, \
  { "include-subkinds", 0, 0, G_OPTION_ARG_NONE, &tool_walk_include_subkinds, \
    N_("--kind also takes its sub-kinds: participates-in takes member-of, represents-in, …"), NULL }, \
  { "unconditional", 0, 0, G_OPTION_ARG_NONE, &tool_walk_unconditional, \
    N_("Take only relations under no condition"), NULL }, \
  { "through-qualifiers", 'q', 0, G_OPTION_ARG_NONE, &tool_walk_through_qualifiers, \
    N_("A relation also links the entities it names on behalf of, via and in the context of"), NULL }, \
  { "as-of", 0, 0, G_OPTION_ARG_CALLBACK, tool_parse_as_of_option, \
    N_("Take only what may hold on DATE (YYYY-MM-DD, or today)"), "DATE" }

/* The paragraph of --help that explains the walk options; N_(). */
extern const char tool_walk_help[];

int              tool_walk_check  (const char *command);
CcbnetQuery     *tool_walk_query  (void);
CcbnetPathFlags  tool_walk_flags  (void);
char            *tool_walk_limits (void);

const char      *tool_walk_role   (CcbnetRelation *relation,
                                   CcbnetEntity   *entity);
void             tool_append_step (GString        *out,
                                   CcbnetRelation *relation,
                                   CcbnetEntity   *from,
                                   CcbnetEntity   *to);
void             tool_json_step   (ToolJson       *json,
                                   CcbnetRelation *relation,
                                   CcbnetEntity   *from,
                                   CcbnetEntity   *to);

G_END_DECLS
