/* ccbnet-cmd-query.c: `ccbnet query` — one option per CcbnetQuery property
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"
#include "ccbnet-fields.h"

static int opt_kind;
static gboolean opt_include_subkinds;
static char *opt_subject;
static char *opt_object;
static char *opt_on_behalf_of;
static char *opt_via;
static char *opt_context;
static char *opt_capacity;
static char *opt_legal_basis;
static char *opt_framework;
static char *opt_co_actor;
static gboolean opt_unconditional;
static int opt_condition;
static int opt_cadence;
static int opt_scope;
static char *opt_section;
static int opt_entity_type;
static gboolean opt_include_parts;
static gboolean opt_entities;

TOOL_ENUM_OPTION (parse_kind, CCBNET_TYPE_RELATION_KIND, opt_kind)
TOOL_ENUM_OPTION (parse_condition, CCBNET_TYPE_CONDITION, opt_condition)
TOOL_ENUM_OPTION (parse_cadence, CCBNET_TYPE_CADENCE, opt_cadence)
TOOL_ENUM_OPTION (parse_scope, CCBNET_TYPE_SCOPE, opt_scope)
TOOL_ENUM_OPTION (parse_entity_type, CCBNET_TYPE_ENTITY_TYPE, opt_entity_type)
TOOL_STRING_OPTION (parse_subject, opt_subject)
TOOL_STRING_OPTION (parse_object, opt_object)
TOOL_STRING_OPTION (parse_on_behalf_of, opt_on_behalf_of)
TOOL_STRING_OPTION (parse_via, opt_via)
TOOL_STRING_OPTION (parse_context, opt_context)
TOOL_STRING_OPTION (parse_capacity, opt_capacity)
TOOL_STRING_OPTION (parse_legal_basis, opt_legal_basis)
TOOL_STRING_OPTION (parse_framework, opt_framework)
TOOL_STRING_OPTION (parse_co_actor, opt_co_actor)
TOOL_STRING_OPTION (parse_section, opt_section)

static const GOptionEntry entries[] = {
  { "kind", 'k', 0, G_OPTION_ARG_CALLBACK, parse_kind,
    N_("Relations of this kind (represents-in, member-of, part-of, …)"), "KIND" },
  { "include-subkinds", 0, 0, G_OPTION_ARG_NONE, &opt_include_subkinds,
    N_("--kind also matches its sub-kinds: participates-in finds member-of, represents-in, …"),
    NULL },
  { "subject", 0, 0, G_OPTION_ARG_CALLBACK, parse_subject,
    N_("Relations whose subject is NAME (an id, acronym or name)"), "NAME" },
  { "object", 0, 0, G_OPTION_ARG_CALLBACK, parse_object,
    N_("Relations whose object is NAME"), "NAME" },
  { "on-behalf-of", 0, 0, G_OPTION_ARG_CALLBACK, parse_on_behalf_of,
    N_("Relations on behalf of NAME (the principal represented)"), "NAME" },
  { "via", 0, 0, G_OPTION_ARG_CALLBACK, parse_via,
    N_("Relations through the channel NAME"), "NAME" },
  { "context", 0, 0, G_OPTION_ARG_CALLBACK, parse_context,
    N_("Relations that hold in the forum or setting NAME"), "NAME" },
  { "capacity", 0, 0, G_OPTION_ARG_CALLBACK, parse_capacity,
    N_("Relations in the capacity NAME (a role, such as role-spoc)"), "NAME" },
  { "legal-basis", 0, 0, G_OPTION_ARG_CALLBACK, parse_legal_basis,
    N_("Relations with the legal basis NAME (a legal instrument)"), "NAME" },
  { "framework", 0, 0, G_OPTION_ARG_CALLBACK, parse_framework,
    N_("Relations under the framework NAME (a legal instrument)"), "NAME" },
  { "co-actor", 0, 0, G_OPTION_ARG_CALLBACK, parse_co_actor,
    N_("Relations that hold together with NAME"), "NAME" },
  { "condition", 0, 0, G_OPTION_ARG_CALLBACK, parse_condition,
    N_("Relations under this condition (on-request, where-appropriate, pending-establishment, "
    "capability)"), "CONDITION" },
  { "unconditional", 0, 0, G_OPTION_ARG_NONE, &opt_unconditional,
    N_("Only relations under no condition"), NULL },
  { "cadence", 0, 0, G_OPTION_ARG_CALLBACK, parse_cadence,
    N_("This cadence: a relation's with a relation filter, else an entity's"), "CADENCE" },
  { "scope", 's', 0, G_OPTION_ARG_CALLBACK, parse_scope,
    N_("This page grouping (national, european, international, operational)"), "SCOPE" },
  { "section", 0, 0, G_OPTION_ARG_CALLBACK, parse_section,
    N_("This page section (an id or a heading)"), "SECTION" },
  { "entity-type", 't', 0, G_OPTION_ARG_CALLBACK, parse_entity_type,
    N_("The free end of each relation (or each entity) is of this type"), "TYPE" },
  { "include-parts", 'p', 0, G_OPTION_ARG_NONE, &opt_include_parts,
    N_("--subject and --object also match their parts (the CCB: also CERT.be, its Director)"), NULL },
  { "as-of", 0, 0, G_OPTION_ARG_CALLBACK, tool_parse_as_of_option,
    N_("Only what may hold on DATE (YYYY-MM-DD, or today); without it, everything the dataset knows"),
    "DATE" },
  { "entities", 'e', 0, G_OPTION_ARG_NONE, &opt_entities,
    N_("Print entities instead of relations (the free ends, or the matching entities)"), NULL },
  TOOL_FIELDS_OPTION,
  { NULL }
};

typedef struct
{
  char       **text;
  const char  *property;
} EntityOption;

static int
query_run (int    argc,
           char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const EntityOption entity_options[] = {
    { &opt_subject, "subject" },
    { &opt_object, "object" },
    { &opt_on_behalf_of, "on-behalf-of" },
    { &opt_via, "via" },
    { &opt_context, "context" },
    { &opt_capacity, "capacity" },
    { &opt_legal_basis, "legal-basis" },
    { &opt_framework, "framework" },
    { &opt_co_actor, "co-actor" },
  };
  int status = TOOL_EXIT_OK;
  guint n;

  if (argc > 1)
    return tool_usage_error ("query", _("query takes options only, not \"%s\"; for example: "
                             "ccbnet query --kind represents-in --subject CCB"), argv[1]);
  if (opt_include_subkinds && opt_kind == 0)
    return tool_usage_error ("query", _("--include-subkinds needs --kind"));

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  for (guint i = 0; i < G_N_ELEMENTS (entity_options); i++)
    {
      g_autoptr(CcbnetEntity) entity = NULL;

      if (*entity_options[i].text == NULL)
        continue;
      entity = tool_resolve_entity (registry, *entity_options[i].text, &status);
      if (entity == NULL)
        return status;
      g_object_set (query, entity_options[i].property, entity, NULL);
    }

  if (opt_section != NULL)
    {
      g_autoptr(CcbnetSection) section = tool_resolve_section (registry, "query", opt_section,
                                                               &status);

      if (section == NULL)
        return status;
      ccbnet_query_set_section (query, section);
    }

  ccbnet_query_set_kind (query, opt_kind);
  ccbnet_query_set_include_subkinds (query, opt_include_subkinds);
  ccbnet_query_set_condition (query, opt_condition);
  ccbnet_query_set_cadence (query, opt_cadence);
  ccbnet_query_set_scope (query, opt_scope);
  ccbnet_query_set_entity_type (query, opt_entity_type);
  ccbnet_query_set_include_parts (query, opt_include_parts);
  ccbnet_query_set_valid_at (query, tool_opt_as_of);
  ccbnet_query_set_unconditional (query, opt_unconditional);

  if (opt_entities)
    found = ccbnet_registry_query_entities (registry, query);
  else
    found = ccbnet_registry_query (registry, query);
  n = g_list_model_get_n_items (found);

  if (tool_opt_fields != NULL)
    {
      status = tool_print_fields (out, "query", opt_entities ? "entities" : "relations", found,
                                  opt_entities, registry);
      return status != TOOL_EXIT_OK ? status : tool_finish (out);
    }
  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, opt_entities ? "entities" : "relations");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (found, i);

          if (opt_entities)
            tool_json_entity_brief (json, NULL, CCBNET_ENTITY (item));
          else
            tool_json_relation (json, NULL, CCBNET_RELATION (item));
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else if (n == 0)
    tool_note ("%s", opt_entities ? _("No matching entities.") : _("No matching relations."));
  else if (opt_entities)
    {
      g_autoptr(ToolTable) table = tool_entity_table ();

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (found, i);

          tool_entity_row (table, entity);
        }
      tool_table_print (table, out, 0);
    }
  else
    tool_text_relations (out, found, 0);

  return tool_finish (out);
}

const ToolCommand tool_command_query = {
  "query", NULL,
  N_("Find relations or entities with any query filter"),
  N_("Each option is one filter of a CcbnetQuery; the filters are ANDed, and a filter not given\n"
  "matches everything. Entity options take an id, an acronym or a name in any language.\n"
  "\n"
  "A filter option takes one value: given twice, it is a usage error (ask once per value).\n"
  "\n"
  "With --entities the result is entities: with a relation filter (--kind, --subject, --object,\n"
  "--on-behalf-of, --via, --context, --capacity, --legal-basis, --framework, --co-actor,\n"
  "--condition, --unconditional), the free ends of the matching relations —\n"
  "their objects when only --subject is given, their subjects when only --object is given,\n"
  "both ends otherwise; without one, the entities whose own type, scope, section and cadence\n"
  "match.\n"
  "\n"
  "With --as-of DATE only what may hold on that day matches: records dated to start later or\n"
  "to end earlier, relations of entities that did not exist then, and relations superseded by\n"
  "then are left out; an unknown date is no constraint (see CcbnetQuery:valid-at).\n"
  "\n"
  "Examples:\n"
  "  ccbnet query --kind represents-in --subject CCB --on-behalf-of Belgium --include-parts\n"
  "  ccbnet query --kind participates-in --include-subkinds --object \"NIS Cooperation Group\"\n"
  "  ccbnet query --condition pending-establishment\n"
  "  ccbnet query --subject CCB --capacity role-spoc --unconditional\n"
  "  ccbnet query --kind represents-in --object ECCG --as-of 2024-06-01\n"
  "  ccbnet query --entities --subject CCB --kind member-of --include-subkinds"),
  TOOL_STATUSES_NOT_FOUND, N_("an unknown name or id given to an entity option"),
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  query_run,
};
