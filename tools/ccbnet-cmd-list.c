/* ccbnet-cmd-list.c: `ccbnet list [entities|organisations|platforms|relations|sections|sources|classifications]`
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include <string.h>

#include "ccbnet-describe.h"
#include "ccbnet-fields.h"

static int opt_type;
static int opt_scope;
static int opt_cadence;
static int opt_kind;
static int opt_condition;
static gboolean opt_include_subkinds;
static char *opt_section;
static char *opt_classification;

TOOL_ENUM_OPTION (parse_type, CCBNET_TYPE_ENTITY_TYPE, opt_type)
TOOL_ENUM_OPTION (parse_scope, CCBNET_TYPE_SCOPE, opt_scope)
TOOL_ENUM_OPTION (parse_cadence, CCBNET_TYPE_CADENCE, opt_cadence)
TOOL_ENUM_OPTION (parse_kind, CCBNET_TYPE_RELATION_KIND, opt_kind)
TOOL_ENUM_OPTION (parse_condition, CCBNET_TYPE_CONDITION, opt_condition)

static const GOptionEntry entries[] = {
  { "type", 't', 0, G_OPTION_ARG_CALLBACK, parse_type,
    N_("Entities of this entity type (organisation, body, state, …)"), "TYPE" },
  { "classification", 'c', 0, G_OPTION_ARG_STRING, &opt_classification,
    N_("Entities of this classification (platform, eu-agency, …)"), "SLUG" },
  { "scope", 's', 0, G_OPTION_ARG_CALLBACK, parse_scope,
    N_("Only this page grouping: national, european, international or operational"), "SCOPE" },
  { "section", 0, 0, G_OPTION_ARG_STRING, &opt_section,
    N_("Only this page section (an id or a heading)"), "SECTION" },
  { "cadence", 0, 0, G_OPTION_ARG_CALLBACK, parse_cadence,
    N_("Entities or relations with this cadence (monthly, bimonthly, quarterly, …)"), "CADENCE" },
  { "kind", 'k', 0, G_OPTION_ARG_CALLBACK, parse_kind,
    N_("Relations of this kind (represents-in, member-of, …)"), "KIND" },
  { "include-subkinds", 0, 0, G_OPTION_ARG_NONE, &opt_include_subkinds,
    N_("With --kind, also its sub-kinds (participates-in also finds member-of, …)"), NULL },
  { "condition", 0, 0, G_OPTION_ARG_CALLBACK, parse_condition,
    N_("Relations under this condition (on-request, where-appropriate, …)"), "CONDITION" },
  TOOL_FIELDS_OPTION,
  { NULL }
};

typedef enum {
  LIST_ENTITIES,
  LIST_ORGANISATIONS,
  LIST_PLATFORMS,
  LIST_RELATIONS,
  LIST_SECTIONS,
  LIST_SOURCES,
  LIST_CLASSIFICATIONS,
} ListWhat;

static const struct {
  const char *name;
  ListWhat    what;
} nouns[] = {
  { "entities", LIST_ENTITIES },
  { "organisations", LIST_ORGANISATIONS },
  { "organizations", LIST_ORGANISATIONS },
  { "platforms", LIST_PLATFORMS },
  { "relations", LIST_RELATIONS },
  { "sections", LIST_SECTIONS },
  { "sources", LIST_SOURCES },
  { "documents", LIST_SOURCES },
  { "classifications", LIST_CLASSIFICATIONS },
};

#define NOUNS "entities, organisations, platforms, relations, sections, sources, classifications"

/* Entities */

static gboolean
entity_fits (CcbnetEntity *entity,
             ListWhat      what)
{
  if (what == LIST_ORGANISATIONS && !CCBNET_IS_ORGANISATION (entity))
    return FALSE;
  if (what == LIST_PLATFORMS && !CCBNET_IS_PLATFORM (entity))
    return FALSE;
  if (opt_classification != NULL &&
      !g_str_equal (opt_classification, ccbnet_entity_get_classification (entity)))
    return FALSE;

  return TRUE;
}

static int
list_entities (GString        *out,
               CcbnetRegistry *registry,
               CcbnetSection  *section,
               ListWhat        what)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) found = NULL;
  g_autoptr(ToolTable) table = NULL;
  g_autoptr(ToolJson) json = NULL;
  guint n;

  ccbnet_query_set_entity_type (query, opt_type);
  ccbnet_query_set_scope (query, opt_scope);
  ccbnet_query_set_section (query, section);
  ccbnet_query_set_cadence (query, opt_cadence);
  found = ccbnet_registry_query_entities (registry, query);
  n = g_list_model_get_n_items (found);

  if (tool_opt_fields != NULL)
    {
      g_autoptr(GListStore) fitting = g_list_store_new (CCBNET_TYPE_ENTITY);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (found, i);

          if (entity_fits (entity, what))
            g_list_store_append (fitting, entity);
        }
      return tool_print_fields (out, "list", what == LIST_ORGANISATIONS ? "organisations" :
                                             what == LIST_PLATFORMS ? "platforms" : "entities",
                                G_LIST_MODEL (fitting), TRUE, registry);
    }

  if (tool_opt_json)
    {
      json = tool_json_new (out);
      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, what == LIST_ORGANISATIONS ? "organisations" :
                                   what == LIST_PLATFORMS ? "platforms" : "entities");
    }
  else
    table = tool_entity_table ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (found, i);

      if (!entity_fits (entity, what))
        continue;
      if (json != NULL)
        tool_json_entity_brief (json, NULL, entity);
      else
        tool_entity_row (table, entity);
    }

  if (json != NULL)
    {
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else if (tool_table_n_rows (table) == 0)
    tool_note (_("No matching entities."));
  else
    tool_table_print (table, out, 0);

  return TOOL_EXIT_OK;
}

/* Relations */

static int
list_relations (GString        *out,
                CcbnetRegistry *registry,
                CcbnetSection  *section)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) found = NULL;
  guint n;

  ccbnet_query_set_kind (query, opt_kind);
  ccbnet_query_set_include_subkinds (query, opt_include_subkinds);
  ccbnet_query_set_scope (query, opt_scope);
  ccbnet_query_set_section (query, section);
  ccbnet_query_set_condition (query, opt_condition);
  ccbnet_query_set_cadence (query, opt_cadence);
  found = ccbnet_registry_query (registry, query);
  n = g_list_model_get_n_items (found);

  if (tool_opt_fields != NULL)
    return tool_print_fields (out, "list", "relations", found, FALSE, registry);
  if (tool_opt_json)
    {
      g_autoptr(ToolJson) json = tool_json_new (out);

      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, "relations");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (found, i);

          tool_json_relation (json, NULL, relation);
        }
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else if (n == 0)
    tool_note (_("No matching relations."));
  else
    tool_text_relations (out, found, 0);

  return TOOL_EXIT_OK;
}

/* Sections */

static guint
count_in_section (GListModel    *model,
                  CcbnetSection *section)
{
  guint n = g_list_model_get_n_items (model);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      CcbnetSection *item_section = CCBNET_IS_ENTITY (item) ?
                                    ccbnet_entity_get_section (CCBNET_ENTITY (item)) :
                                    ccbnet_relation_get_section (CCBNET_RELATION (item));

      if (item_section == section)
        count++;
    }

  return count;
}

static void
list_sections (GString        *out,
               CcbnetRegistry *registry)
{
  GListModel *sections = ccbnet_registry_get_sections (registry);
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  guint n = g_list_model_get_n_items (sections);
  g_autoptr(ToolTable) table = tool_table_new (5);
  g_autoptr(ToolJson) json = NULL;

  if (tool_opt_json)
    {
      json = tool_json_new (out);
      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, "sections");
    }
  /* Translators: the headings of a table's columns, in capitals as the English ones */
  tool_table_header (table, C_("column", "ID"), C_("column", "SCOPE"), C_("column", "ENTITIES"),
                     C_("column", "RELATIONS"), C_("column", "HEADINGS"), NULL);
  tool_table_set_style (table, 0, TOOL_STYLE_ID);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, i);
      guint n_entities, n_relations;

      if (opt_scope != CCBNET_SCOPE_ANY &&
          ccbnet_section_get_scope (section) != (CcbnetScope) opt_scope)
        continue;

      n_entities = count_in_section (entities, section);
      n_relations = count_in_section (relations, section);
      if (json != NULL)
        {
          tool_json_begin_object (json, NULL);
          tool_json_section_members (json, section);
          tool_json_int (json, "entities", n_entities);
          tool_json_int (json, "relations", n_relations);
          tool_json_citations (json, "sources", ccbnet_section_get_sources (section));
          tool_json_end_object (json);
        }
      else
        {
          char **cells = g_new0 (char *, 6);

          cells[0] = g_strdup (ccbnet_section_get_id (section));
          cells[1] = g_strdup (ccbnet_scope_get_label (ccbnet_section_get_scope (section)));
          cells[2] = g_strdup_printf ("%u", n_entities);
          cells[3] = g_strdup_printf ("%u", n_relations);
          cells[4] = tool_section_headings (section);
          tool_table_add_take (table, cells);
        }
    }

  if (json != NULL)
    {
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else if (tool_table_n_rows (table) == 0)
    tool_note (_("No matching sections."));
  else
    tool_table_print (table, out, 0);
}

/* Sources */

static void
list_sources (GString        *out,
              CcbnetRegistry *registry)
{
  GListModel *documents = ccbnet_registry_get_documents (registry);
  guint n = g_list_model_get_n_items (documents);
  g_autoptr(ToolTable) table = tool_table_new (4);
  g_autoptr(ToolJson) json = NULL;

  if (tool_opt_json)
    {
      json = tool_json_new (out);
      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, "sources");
    }
  /* Translators: the headings of a table's columns, in capitals as the English ones */
  tool_table_header (table, C_("column", "ID"), C_("column", "KIND"),
                     /* Translators: the heading of the column of a document's language */
                     C_("column", "LANG"), C_("column", "TITLE"), NULL);
  tool_table_set_style (table, 0, TOOL_STYLE_ID);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetDocument) document = g_list_model_get_item (documents, i);

      if (json != NULL)
        tool_json_document (json, NULL, document);
      else
        tool_table_add (table, ccbnet_document_get_id (document),
                        /* Translators: the kind of a source in `ccbnet list sources`: the
                         * dataset's primary page, or another document */
                        ccbnet_document_get_kind (document) == CCBNET_DOCUMENT_KIND_PRIMARY
                          ? C_("document kind", "primary") : C_("document kind", "external"),
                        ccbnet_document_get_language (document),
                        ccbnet_document_get_title (document), NULL);
    }

  if (json != NULL)
    {
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else
    tool_table_print (table, out, 0);
}

/* Which options the listing takes; a filter that does not apply is a usage error rather than
 * silently ignored. */
static int
check_options (ListWhat    what,
               const char *noun)
{
  gboolean entities = what == LIST_ENTITIES || what == LIST_ORGANISATIONS ||
                      what == LIST_PLATFORMS;
  gboolean classifications = what == LIST_CLASSIFICATIONS;
  const char *misplaced = NULL;

  if (!entities && !classifications && opt_type != 0)
    misplaced = "--type";
  else if (!entities && opt_classification != NULL)
    misplaced = "--classification";
  else if (classifications && opt_cadence != 0)
    misplaced = "--cadence";
  else if (tool_opt_fields != NULL && (what == LIST_SECTIONS || what == LIST_SOURCES ||
                                       what == LIST_CLASSIFICATIONS))
    misplaced = "--fields";
  else if (what != LIST_RELATIONS && opt_kind != 0)
    misplaced = "--kind";
  else if (what != LIST_RELATIONS && opt_include_subkinds)
    misplaced = "--include-subkinds";
  else if (what != LIST_RELATIONS && opt_condition != 0)
    misplaced = "--condition";
  else if ((what == LIST_SECTIONS || what == LIST_SOURCES) && opt_cadence != 0)
    misplaced = "--cadence";
  else if ((what == LIST_SECTIONS || what == LIST_SOURCES) && opt_section != NULL)
    misplaced = "--section";
  else if (what == LIST_SOURCES && opt_scope != 0)
    misplaced = "--scope";

  if (misplaced != NULL)
    /* Translators: the first %s is an option (--kind), the second what is listed (sections) */
    return tool_usage_error ("list", _("%s does not apply to \"list %s\""), misplaced, noun);
  if (opt_include_subkinds && opt_kind == 0)
    return tool_usage_error ("list", _("--include-subkinds needs --kind"));

  return TOOL_EXIT_OK;
}

/* Classifications */

typedef struct
{
  char      *slug;
  guint      n_entities;
  GPtrArray *types;     /* the entity types that carry it, as nicks, each once */
} Classification;

static void
classification_free (gpointer data)
{
  Classification *c = data;

  g_free (c->slug);
  g_ptr_array_unref (c->types);
  g_free (c);
}


/* The labels of entity types given by their nicks, for the text output: "State, Organisation". */
static char *
type_labels (const char * const *nicks)
{
  GEnumClass *klass = g_type_class_ref (CCBNET_TYPE_ENTITY_TYPE);
  GString *text = g_string_new (NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (klass, nicks[i]);
      const char *label = value != NULL ? ccbnet_entity_type_get_label (value->value) : NULL;

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", label != NULL ? label : nicks[i]);
    }
  g_type_class_unref (klass);

  return g_string_free (text, FALSE);
}
/* The classifications the entities carry (of @type, in @scope and @section when they are
 * set), in the order they first appear. */
static GPtrArray *
collect_classifications (CcbnetRegistry   *registry,
                         CcbnetEntityType  type,
                         CcbnetScope       scope,
                         CcbnetSection    *section)
{
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GPtrArray *found = g_ptr_array_new_with_free_func (classification_free);
  g_autoptr(GHashTable) by_slug = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      const char *slug = ccbnet_entity_get_classification (entity);
      const char *nick = ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity));
      Classification *c;

      if ((type != CCBNET_ENTITY_TYPE_ANY && ccbnet_entity_get_entity_type (entity) != type) ||
          (scope != CCBNET_SCOPE_ANY && ccbnet_entity_get_scope (entity) != scope) ||
          (section != NULL && ccbnet_entity_get_section (entity) != section))
        continue;
      c = g_hash_table_lookup (by_slug, slug);
      if (c == NULL)
        {
          c = g_new0 (Classification, 1);
          c->slug = g_strdup (slug);
          c->types = g_ptr_array_new ();
          g_ptr_array_add (found, c);
          g_hash_table_insert (by_slug, c->slug, c);
        }
      c->n_entities++;
      if (!g_ptr_array_find_with_equal_func (c->types, nick, g_str_equal, NULL))
        g_ptr_array_add (c->types, (gpointer) nick);
    }

  return found;
}

static void
list_classifications (GString        *out,
                      CcbnetRegistry *registry,
                      CcbnetSection  *section)
{
  g_autoptr(GPtrArray) found = collect_classifications (registry, opt_type, opt_scope, section);
  g_autoptr(ToolTable) table = tool_table_new (3);
  g_autoptr(ToolJson) json = NULL;

  if (tool_opt_json)
    {
      json = tool_json_new (out);
      tool_json_begin_object (json, NULL);
      tool_json_begin_array (json, "classifications");
    }
  /* Translators: the headings of a table's columns, in capitals as the English ones */
  tool_table_header (table, C_("column", "CLASSIFICATION"), C_("column", "ENTITIES"),
                     C_("column", "TYPES"), NULL);
  tool_table_set_style (table, 0, TOOL_STYLE_ID);
  for (guint i = 0; i < found->len; i++)
    {
      Classification *c = found->pdata[i];

      g_ptr_array_add (c->types, NULL);
      if (json != NULL)
        {
          tool_json_begin_object (json, NULL);
          tool_json_string (json, "classification", c->slug);
          tool_json_int (json, "entities", c->n_entities);
          tool_json_strv (json, "entity_types", (const char * const *) c->types->pdata);
          tool_json_end_object (json);
        }
      else
        {
          g_autofree char *count = g_strdup_printf ("%u", c->n_entities);
          g_autofree char *types = type_labels ((const char * const *) c->types->pdata);

          tool_table_add (table, c->slug, count, types, NULL);
        }
      g_ptr_array_set_size (c->types, c->types->len - 1);
    }
  if (json != NULL)
    {
      tool_json_end_array (json);
      tool_json_end_object (json);
    }
  else if (found->len == 0)
    tool_note (_("No matching classifications."));
  else
    tool_table_print (table, out, 0);
}

/* --classification must name one the dataset has: a usage error with the closest one
 * otherwise. */
static int
check_classification (CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) all = NULL;
  ToolClosest closest;

  if (opt_classification == NULL)
    return TOOL_EXIT_OK;
  all = collect_classifications (registry, CCBNET_ENTITY_TYPE_ANY, CCBNET_SCOPE_ANY, NULL);
  tool_closest_init (&closest, opt_classification, 4);
  for (guint i = 0; i < all->len; i++)
    if (tool_closest_offer (&closest, ((Classification *) all->pdata[i])->slug))
      return TOOL_EXIT_OK;
  if (closest.best != NULL)
    return tool_usage_error ("list", _("--classification: no entity is classified \"%s\"; did you "
                             "mean \"%s\"? ('ccbnet list classifications' lists them)"),
                             opt_classification, closest.best);

  return tool_usage_error ("list", _("--classification: no entity is classified \"%s\" ('ccbnet "
                           "list classifications' lists them)"), opt_classification);
}

static int
list_run (int    argc,
          char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetSection) section = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *noun = argc > 1 ? argv[1] : "entities";
  ListWhat what = LIST_ENTITIES;
  gboolean known = FALSE;
  int status = TOOL_EXIT_OK;

  if (argc > 2)
    return tool_usage_error ("list", _("list takes at most one argument, got %d"), argc - 1);

  for (guint i = 0; i < G_N_ELEMENTS (nouns) && !known; i++)
    if (g_str_equal (noun, nouns[i].name))
      {
        what = nouns[i].what;
        known = TRUE;
      }
  if (!known)
    {
      ToolClosest closest;

      tool_closest_init (&closest, noun, 4);
      for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
        tool_closest_offer (&closest, nouns[i].name);
      if (closest.best != NULL)
        /* Translators: the first %s is the word given, the second the closest of the words
         * list takes, the third those words (entities, organisations, …), which stay as they are */
        return tool_usage_error ("list", _("cannot list \"%s\"; did you mean \"%s\"? (expected "
                                 "one of: %s)"), noun, closest.best, NOUNS);
      /* Translators: the first %s is the word given, the second the words list takes
       * (entities, organisations, …), which stay as they are */
      return tool_usage_error ("list", _("cannot list \"%s\"; expected one of: %s"), noun, NOUNS);
    }

  status = check_options (what, noun);
  if (status != TOOL_EXIT_OK)
    return status;

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;
  status = check_classification (registry);
  if (status != TOOL_EXIT_OK)
    return status;

  if (opt_section != NULL)
    {
      section = tool_resolve_section (registry, "list", opt_section, &status);
      if (section == NULL)
        return status;
    }

  switch (what)
    {
    case LIST_RELATIONS:
      status = list_relations (out, registry, section);
      break;
    case LIST_SECTIONS:
      list_sections (out, registry);
      break;
    case LIST_SOURCES:
      list_sources (out, registry);
      break;
    case LIST_CLASSIFICATIONS:
      list_classifications (out, registry, section);
      break;
    case LIST_ENTITIES:
    case LIST_ORGANISATIONS:
    case LIST_PLATFORMS:
    default:
      status = list_entities (out, registry, section, what);
      break;
    }
  if (status != TOOL_EXIT_OK)
    return status;

  return tool_finish (out);
}

const ToolCommand tool_command_list = {
  "list", "[WHAT]",
  N_("List entities, organisations, platforms, relations, …"),
  N_("WHAT is entities (the default), organisations, platforms, relations, sections, sources or\n"
  "classifications (each classification the entities carry, with how many carry it and their\n"
  "entity types; --type, --scope and --section narrow it). --classification must be one the\n"
  "dataset has.\n"
  "organisations are the entities of class CcbnetOrganisation (organisations, states, groups\n"
  "of actors); platforms those of class CcbnetPlatform (platforms, networks, working groups,\n"
  "forums, think tanks, recurring events). Filters are ANDed; a filter that does not apply to\n"
  "what is listed is a usage error. Everything is listed in dataset order.\n"
  "\n"
  "Examples:\n"
  "  ccbnet list platforms --scope european\n"
  "  ccbnet list relations --kind participates-in --include-subkinds --scope operational\n"
  "  ccbnet list --type legal-instrument"),
  TOOL_STATUSES_FOUND, NULL,
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  list_run,
};
