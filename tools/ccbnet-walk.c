/* ccbnet-walk.c: what `ccbnet path` and `ccbnet neighbours` share
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"
#include "ccbnet-walk.h"

const char tool_walk_help[] =
  N_("--kind, --include-subkinds, --unconditional and --as-of keep the relations a walk may take\n"
     "to those `ccbnet query` finds with the same options. With --through-qualifiers a relation\n"
     "links not only its subject and object but also the entities it names with on-behalf-of, via\n"
     "and context: \"A -kind [on-behalf-of→object]- B\" is such a step, from the entity the\n"
     "relation acts on behalf of to its object.");

int tool_walk_kind;
gboolean tool_walk_include_subkinds;
gboolean tool_walk_unconditional;
gboolean tool_walk_through_qualifiers;

TOOL_ENUM_OPTION (parse_kind, CCBNET_TYPE_RELATION_KIND, tool_walk_kind)

gboolean
tool_walk_parse_kind (const char  *option_name,
                      const char  *value,
                      gpointer     data,
                      GError     **error)
{
  return parse_kind (option_name, value, data, error);
}

/* A usage error in the walk options, or TOOL_EXIT_OK. */
int
tool_walk_check (const char *command)
{
  if (tool_walk_include_subkinds && tool_walk_kind == 0)
    return tool_usage_error (command, _("--include-subkinds needs --kind"));

  return TOOL_EXIT_OK;
}

/* The query that keeps the relations a walk may take, or NULL for every relation. */
CcbnetQuery *
tool_walk_query (void)
{
  CcbnetQuery *query;

  if (tool_walk_kind == 0 && !tool_walk_unconditional && tool_opt_as_of == NULL)
    return NULL;
  query = ccbnet_query_new ();
  ccbnet_query_set_kind (query, tool_walk_kind);
  ccbnet_query_set_include_subkinds (query, tool_walk_include_subkinds);
  ccbnet_query_set_unconditional (query, tool_walk_unconditional);
  ccbnet_query_set_valid_at (query, tool_opt_as_of);

  return query;
}

CcbnetPathFlags
tool_walk_flags (void)
{
  return tool_walk_through_qualifiers ? CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS : CCBNET_PATH_FLAGS_NONE;
}

/* The limits the options set, for messages: " (member-of and its sub-kinds, as of 2024-06-01)",
 * or "" when none. */
char *
tool_walk_limits (void)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (tool_walk_kind != 0 && tool_walk_include_subkinds)
    /* Translators: a limit of a walk, in parentheses in the messages of `ccbnet path` and
     * `ccbnet neighbours`: %s is the relation kind given to --kind, as given (member-of) */
    g_ptr_array_add (parts, g_strdup_printf (_("%s and its sub-kinds"),
                                             ccbnet_relation_kind_to_string (tool_walk_kind)));
  else if (tool_walk_kind != 0)
    g_ptr_array_add (parts, g_strdup (ccbnet_relation_kind_to_string (tool_walk_kind)));
  if (tool_walk_unconditional)
    /* Translators: a limit of a walk (--unconditional), in parentheses in the messages of
     * `ccbnet path` and `ccbnet neighbours` */
    g_ptr_array_add (parts, g_strdup (_("unconditional")));
  if (tool_opt_as_of != NULL)
    /* Translators: a limit of a walk, in parentheses in the messages of `ccbnet path` and
     * `ccbnet neighbours`: %s is the day given to --as-of, YYYY-MM-DD */
    g_ptr_array_add (parts, g_strdup_printf (_("as of %s"), tool_opt_as_of));
  if (tool_walk_through_qualifiers)
    /* Translators: a limit of a walk (--through-qualifiers), in parentheses in the messages of
     * `ccbnet path` and `ccbnet neighbours` */
    g_ptr_array_add (parts, g_strdup (_("through qualifiers")));
  if (parts->len == 0)
    return g_strdup ("");
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);

  return g_strdup_printf (" (%s)", joined);
}

/* What @entity is to @relation: "subject", "object", "on-behalf-of", "via" or "context". */
const char *
tool_walk_role (CcbnetRelation *relation,
                CcbnetEntity   *entity)
{
  if (ccbnet_relation_get_subject (relation) == entity)
    return "subject";
  if (ccbnet_relation_get_object (relation) == entity)
    return "object";
  if (ccbnet_relation_get_on_behalf_of (relation) == entity)
    return "on-behalf-of";
  if (ccbnet_relation_get_via (relation) == entity)
    return "via";
  if (ccbnet_relation_get_context (relation) == entity)
    return "context";

  return "?";
}

/* Which way a step from the entity in @from_role to the one in @to_role takes its relation:
 * "forward" (subject to object), "backward" (object to subject) or "qualifier". */
static const char *
step_direction (const char *from_role,
                const char *to_role)
{
  if (g_str_equal (from_role, "subject") && g_str_equal (to_role, "object"))
    return "forward";
  if (g_str_equal (from_role, "object") && g_str_equal (to_role, "subject"))
    return "backward";

  return "qualifier";
}

/* " -kind-> B" from subject to object, " <-kind- B" from object to subject, and
 * " -kind [via→object]- B" for a step through a qualifier; the kind is its label in the
 * user's language ("-represents->", "<-unit of-"). */
void
tool_append_step (GString        *out,
                  CcbnetRelation *relation,
                  CcbnetEntity   *from,
                  CcbnetEntity   *to)
{
  const char *kind = ccbnet_relation_kind_get_label (ccbnet_relation_get_kind (relation));
  const char *from_role = tool_walk_role (relation, from);
  const char *to_role = tool_walk_role (relation, to);
  const char *direction = step_direction (from_role, to_role);

  if (g_str_equal (direction, "forward"))
    {
      g_string_append (out, " -");
      tool_append_styled (out, TOOL_STYLE_BOLD, kind);
      g_string_append (out, "-> ");
    }
  else if (g_str_equal (direction, "backward"))
    {
      g_string_append (out, " <-");
      tool_append_styled (out, TOOL_STYLE_BOLD, kind);
      g_string_append (out, "- ");
    }
  else
    {
      g_string_append (out, " -");
      tool_append_styled (out, TOOL_STYLE_BOLD, kind);
      g_string_append_printf (out, " [%s→%s]- ", from_role, to_role);
    }
  g_string_append (out, tool_label (to));
}

/* A step as JSON: its two entities, what each is to the relation, its direction ("forward",
 * "backward" or "qualifier") and the relation. */
void
tool_json_step (ToolJson       *json,
                CcbnetRelation *relation,
                CcbnetEntity   *from,
                CcbnetEntity   *to)
{
  const char *from_role = tool_walk_role (relation, from);
  const char *to_role = tool_walk_role (relation, to);

  tool_json_begin_object (json, NULL);
  tool_json_entity_ref (json, "from", from);
  tool_json_entity_ref (json, "to", to);
  tool_json_string (json, "direction", step_direction (from_role, to_role));
  tool_json_string (json, "from_role", from_role);
  tool_json_string (json, "to_role", to_role);
  tool_json_relation (json, "relation", relation);
  tool_json_end_object (json);
}
