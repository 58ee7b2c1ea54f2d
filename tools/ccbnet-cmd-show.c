/* ccbnet-cmd-show.c: `ccbnet show NAME` — one entity and its relations
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include "ccbnet-describe.h"

#define FIELD_WIDTH 17

static gboolean
is_part_kind (CcbnetRelationKind kind)
{
  return ccbnet_relation_kind_is_a (kind, CCBNET_RELATION_KIND_PART_OF) ||
         kind == CCBNET_RELATION_KIND_POST_IN;
}

/* The part-of, unit-of or post-in relation from @part to @whole. */
static CcbnetRelation *
part_relation (GListModel   *relations,
               CcbnetEntity *part,
               CcbnetEntity *whole)
{
  guint n = g_list_model_get_n_items (relations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      if (is_part_kind (ccbnet_relation_get_kind (relation)) &&
          ccbnet_relation_get_subject (relation) == part &&
          ccbnet_relation_get_object (relation) == whole)
        return g_steal_pointer (&relation);
    }

  return NULL;
}

static const char *
part_kind (GListModel   *relations,
           CcbnetEntity *part,
           CcbnetEntity *whole)
{
  g_autoptr(CcbnetRelation) relation = part_relation (relations, part, whole);

  if (relation == NULL)
    return NULL;

  return ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation));
}

/* The same in words: "unit of". */
static const char *
part_kind_label (GListModel   *relations,
                 CcbnetEntity *part,
                 CcbnetEntity *whole)
{
  g_autoptr(CcbnetRelation) relation = part_relation (relations, part, whole);

  return ccbnet_relation_kind_get_label (relation != NULL ? ccbnet_relation_get_kind (relation)
                                                          : CCBNET_RELATION_KIND_PART_OF);
}

/* The qualifiers of @relation that name @entity ("on_behalf_of", "via", …), NULL-terminated;
 * empty when the entity is only an end of the relation, or not in it. */
static GStrv
qualifier_roles (CcbnetRelation *relation,
                 CcbnetEntity   *entity)
{
  g_autoptr(GStrvBuilder) roles = g_strv_builder_new ();
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
  const struct {
    const char   *role;
    CcbnetEntity *value;
  } qualifiers[] = {
    { "on_behalf_of", ccbnet_relation_get_on_behalf_of (relation) },
    { "via", ccbnet_relation_get_via (relation) },
    { "context", ccbnet_relation_get_context (relation) },
    { "capacity", ccbnet_relation_get_capacity (relation) },
    { "legal_basis", ccbnet_relation_get_legal_basis (relation) },
    { "framework", ccbnet_relation_get_framework (relation) },
    { "condition_ref", ccbnet_relation_get_condition_ref (relation) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
    if (qualifiers[i].value == entity)
      g_strv_builder_add (roles, qualifiers[i].role);
  if (co_actors != NULL && g_ptr_array_find (co_actors, entity, NULL))
    g_strv_builder_add (roles, "jointly_with");

  return g_strv_builder_end (roles);
}

/* The relations that name @entity in a qualifier: where Belgium is represented, which
 * relations the NIS Act is the legal basis of. The query API filters on some qualifiers only,
 * so every relation is looked at. */
static GListModel *
relations_naming (CcbnetRegistry *registry,
                  CcbnetEntity   *entity)
{
  GListModel *relations = ccbnet_registry_get_relations (registry);
  GListStore *found = g_list_store_new (CCBNET_TYPE_RELATION);
  guint n = g_list_model_get_n_items (relations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      g_auto(GStrv) roles = qualifier_roles (relation, entity);

      if (roles[0] != NULL)
        g_list_store_append (found, relation);
    }

  return G_LIST_MODEL (found);
}

/* Text */

static void
field (GString    *out,
       const char *label,
       const char *value)
{
  if (value == NULL)
    return;

  tool_append_padded (out, TOOL_STYLE_BOLD, label, MAX (FIELD_WIDTH, tool_text_width (label) + 2));
  g_string_append (out, value);
  g_string_append_c (out, '\n');
}

static void
field_take (GString    *out,
            const char *label,
            char       *value)
{
  field (out, label, value);
  g_free (value);
}

static void
field_list (GString            *out,
            const char         *label,
            const char * const *values,
            const char         *suffix)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      const char *end = values[i + 1] == NULL && suffix != NULL ? suffix : "";
      g_autofree char *value = g_strconcat (values[i], end, NULL);

      field (out, i == 0 ? label : "", value);
    }
}

static void
text_details (GString      *out,
              CcbnetEntity *entity)
{
  if (CCBNET_IS_ORGANISATION (entity))
    {
      CcbnetSector sectors = ccbnet_organisation_get_sectors (CCBNET_ORGANISATION (entity));

      if (sectors != CCBNET_SECTOR_NONE)
        {
          g_auto(GStrv) nicks = ccbnet_sector_to_strv (sectors);

          /* Translators: the labels of an entity's fields, in a column */
          field_take (out, _("Sectors"), g_strjoinv (", ", nicks));
        }
    }
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      field_list (out, _("Purposes"), ccbnet_platform_get_purposes (platform), NULL);
      field_list (out, _("Topics"), ccbnet_platform_get_topics (platform),
                  ccbnet_platform_get_topics_non_exhaustive (platform) ? _(" (among others)") : NULL);
      field_list (out, _("Characteristics"), ccbnet_platform_get_characteristics (platform), NULL);
      field_list (out, _("Member categories"), ccbnet_platform_get_member_categories (platform), NULL);
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    field (out, _("Date"), ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (entity)));
  else if (CCBNET_IS_POST (entity))
    field (out, _("Title"), ccbnet_post_get_role (CCBNET_POST (entity)));
}

static char *
source_marker (CcbnetDocument *source)
{
  if (source == NULL || ccbnet_document_get_kind (source) == CCBNET_DOCUMENT_KIND_PRIMARY)
    /* Translators: where a name comes from: the dataset's primary page */
    return g_strdup (_("page"));

  /* Translators: where a name comes from: another document, by its id */
  return g_strdup_printf (_("external: %s"), ccbnet_document_get_id (source));
}

static void
text_names (GString      *out,
            CcbnetEntity *entity)
{
  g_autoptr(ToolTable) table = tool_table_new (5);
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  const char *short_name = ccbnet_entity_get_short_name (entity);
  g_autofree char *marker = source_marker (ccbnet_entity_get_name_source (entity));

  tool_table_set_style (table, 0, TOOL_STYLE_DIM);
  /* Translators: kinds of names, in the first column of the table of names */
  tool_table_add (table, C_("name", "name"), "en", ccbnet_entity_get_name (entity), marker, "", NULL);
  if (short_name != NULL)
    tool_table_add (table, C_("name", "acronym"), "", short_name, "", "", NULL);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      CcbnetName *name = names->pdata[i];
      g_autofree char *name_marker = source_marker (ccbnet_name_get_source (name));
      const char *note = ccbnet_name_get_note (name);

      tool_table_add (table, ccbnet_name_get_ended (name) ? C_("name", "former") : C_("name", "other"),
                      ccbnet_name_get_language (name), ccbnet_name_get_text (name),
                      name_marker, note != NULL ? note : "", NULL);
    }

  g_string_append_c (out, '\n');
  tool_text_heading (out, _("Names"));
  tool_table_print (table, out, 2);
}

static void
text_parts (GString      *out,
            CcbnetEntity *entity,
            GListModel   *relations)
{
  g_autoptr(GListModel) parts = ccbnet_entity_list_parts (entity, FALSE);
  guint n = g_list_model_get_n_items (parts);
  g_autoptr(ToolTable) table = NULL;

  if (n == 0)
    return;

  table = tool_table_new (3);
  tool_table_set_style (table, 0, TOOL_STYLE_ID);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) part = g_list_model_get_item (parts, i);
      g_autofree char *label = tool_label_long (part);
      const char *kind = part_kind_label (relations, part, entity);

      tool_table_add (table, ccbnet_entity_get_id (part), label, kind, NULL);
    }

  g_string_append_c (out, '\n');
  tool_text_heading (out, _("Parts"));
  tool_table_print (table, out, 2);
}

/* @relations under @title, grouped by the sections of the page. */
static void
text_relations (GString        *out,
                CcbnetRegistry *registry,
                GListModel     *relations,
                const char     *title)
{
  GListModel *sections = ccbnet_registry_get_sections (registry);
  guint n_sections = g_list_model_get_n_items (sections);
  guint n = g_list_model_get_n_items (relations);
  g_autofree char *heading = g_strdup_printf ("%s (%u)", _(title), n);
  guint id_width = tool_relation_id_width (relations);

  g_string_append_c (out, '\n');
  tool_text_heading (out, heading);
  if (n == 0)
    {
      g_string_append_printf (out, "  %s\n", _("none"));
      return;
    }

  for (guint s = 0; s < n_sections; s++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, s);
      gboolean first = TRUE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

          if (ccbnet_relation_get_section (relation) != section)
            continue;
          if (first)
            {
              g_autofree char *headings = tool_section_title (section);

              g_string_append (out, "  ");
              tool_append_styled (out, TOOL_STYLE_BOLD, headings);
              g_string_append_c (out, '\n');
              first = FALSE;
            }
          tool_text_relation (out, relation, 4, id_width);
        }
    }
}

static void
show_text (GString        *out,
           CcbnetRegistry *registry,
           CcbnetEntity   *entity,
           GListModel     *relations,
           GListModel     *named_in)
{
  g_autofree char *title = tool_label_long (entity);
  CcbnetSection *section = ccbnet_entity_get_section (entity);
  g_autofree char *headings = tool_section_title (section);
  CcbnetEntity *parent = ccbnet_entity_get_parent (entity);
  const char *entity_type = ccbnet_entity_type_get_label (ccbnet_entity_get_entity_type (entity));

  tool_append_styled (out, TOOL_STYLE_HEADING, title);
  g_string_append (out, "\n\n");

  field (out, _("Id"), ccbnet_entity_get_id (entity));
  field_take (out, _("Type"), g_strdup_printf ("%s (%s)", entity_type,
                                            ccbnet_entity_get_classification (entity)));
  field (out, _("Scope"), ccbnet_scope_get_label (ccbnet_entity_get_scope (entity)));
  field_take (out, _("Section"), g_strdup_printf ("%s [%s]", headings,
                                               ccbnet_section_get_id (section)));
  field_take (out, _("Cadence"),
              tool_with_wording (ccbnet_cadence_get_label (ccbnet_entity_get_cadence (entity)),
                                 ccbnet_entity_get_cadence_text (entity)));
  if (ccbnet_entity_get_status (entity) == CCBNET_STATUS_PENDING_ESTABLISHMENT)
    field (out, _("Status"), ccbnet_entity_get_start_date (entity) != NULL
                             ? _("not yet formally established when the primary page was written; "
                                 "exists from its start date on")
                             : _("not yet formally established"));
  if (ccbnet_entity_get_is_collective (entity))
    field (out, _("Collective"), _("yes: a class of actors or a plural body"));
  field (out, _("Since"), ccbnet_entity_get_start_date (entity));
  field (out, _("Until"), ccbnet_entity_get_end_date (entity));
  if (ccbnet_entity_get_ended (entity) && ccbnet_entity_get_end_date (entity) == NULL)
    field (out, _("Ended"), _("yes, at a date no source gives"));
  if (parent != NULL)
    {
      g_autofree char *parent_label = tool_label_long (parent);
      const char *kind = part_kind_label (relations, entity, parent);

      field_take (out, _("Part of"), g_strdup_printf ("%s %s [%s]", kind, parent_label,
                                                      ccbnet_entity_get_id (parent)));
    }
  field (out, _("Description"), ccbnet_entity_get_description (entity));
  text_details (out, entity);
  field (out, _("Note"), ccbnet_entity_get_note (entity));

  text_names (out, entity);
  text_parts (out, entity, relations);
  text_relations (out, registry, relations, N_("Relations"));
  if (g_list_model_get_n_items (named_in) > 0)
    text_relations (out, registry, named_in, N_("Named in other relations"));
}

/* JSON */

static void
json_name (ToolJson       *json,
           const char     *kind,
           const char     *text,
           const char     *language,
           const char     *note,
           CcbnetDocument *source)
{
  tool_json_begin_object (json, NULL);
  tool_json_string (json, "kind", kind);
  tool_json_string (json, "text", text);
  tool_json_string (json, "lang", language);
  tool_json_string (json, "note", note);
  tool_json_string (json, "source", source != NULL ? ccbnet_document_get_id (source) : NULL);
  tool_json_bool (json, "external",
                  source != NULL &&
                  ccbnet_document_get_kind (source) == CCBNET_DOCUMENT_KIND_EXTERNAL);
  tool_json_end_object (json);
}

static void
json_details (ToolJson     *json,
              CcbnetEntity *entity)
{
  tool_json_begin_object (json, "details");
  if (CCBNET_IS_ORGANISATION (entity))
    {
      CcbnetOrganisation *organisation = CCBNET_ORGANISATION (entity);
      g_auto(GStrv) list = ccbnet_sector_to_strv (ccbnet_organisation_get_sectors (organisation));

      tool_json_strv (json, "sectors", (const char * const *) list);
    }
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      tool_json_strv (json, "purposes", ccbnet_platform_get_purposes (platform));
      tool_json_strv (json, "topics", ccbnet_platform_get_topics (platform));
      tool_json_bool (json, "topics_non_exhaustive",
                      ccbnet_platform_get_topics_non_exhaustive (platform));
      tool_json_strv (json, "characteristics", ccbnet_platform_get_characteristics (platform));
      tool_json_strv (json, "member_categories", ccbnet_platform_get_member_categories (platform));
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    tool_json_string (json, "date",
                      ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (entity)));
  else if (CCBNET_IS_POST (entity))
    tool_json_string (json, "role", ccbnet_post_get_role (CCBNET_POST (entity)));
  tool_json_end_object (json);
}

static void
json_part (ToolJson     *json,
           const char   *key,
           CcbnetEntity *entity,
           const char   *kind)
{
  if (entity == NULL)
    {
      tool_json_null (json, key);
      return;
    }

  tool_json_begin_object (json, key);
  tool_json_string (json, "id", ccbnet_entity_get_id (entity));
  tool_json_string (json, "label", tool_label (entity));
  tool_json_string (json, "kind", kind);
  tool_json_end_object (json);
}

static void
show_json (GString        *out,
           CcbnetRegistry *registry,
           CcbnetEntity   *entity,
           GListModel     *relations,
           GListModel     *named_in)
{
  g_autoptr(ToolJson) json = tool_json_new (out);
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  CcbnetEntity *parent = ccbnet_entity_get_parent (entity);
  g_autoptr(GListModel) parts = ccbnet_entity_list_parts (entity, FALSE);
  GListModel *sections = ccbnet_registry_get_sections (registry);
  guint n_relations = g_list_model_get_n_items (relations);
  CcbnetCadence cadence = ccbnet_entity_get_cadence (entity);
  CcbnetStatus status = ccbnet_entity_get_status (entity);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "id", ccbnet_entity_get_id (entity));
  tool_json_string (json, "name", ccbnet_entity_get_name (entity));
  tool_json_string (json, "label", tool_label (entity));
  tool_json_string (json, "short_name", ccbnet_entity_get_short_name (entity));
  tool_json_string (json, "entity_type",
                    ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity)));
  tool_json_string (json, "class", tool_entity_class (entity));
  tool_json_string (json, "classification", ccbnet_entity_get_classification (entity));
  tool_json_string (json, "scope", ccbnet_scope_to_string (ccbnet_entity_get_scope (entity)));
  tool_json_section (json, "section", ccbnet_entity_get_section (entity));
  tool_json_string (json, "description", ccbnet_entity_get_description (entity));
  tool_json_string (json, "cadence",
                    cadence != 0 ? ccbnet_cadence_to_string (cadence) : NULL);
  tool_json_string (json, "cadence_words", ccbnet_cadence_get_label (cadence));
  tool_json_string (json, "cadence_text", ccbnet_entity_get_cadence_text (entity));
  tool_json_string (json, "status", status != 0 ? ccbnet_status_to_string (status) : NULL);
  tool_json_bool (json, "is_collective", ccbnet_entity_get_is_collective (entity));
  tool_json_string (json, "start_date", ccbnet_entity_get_start_date (entity));
  tool_json_string (json, "end_date", ccbnet_entity_get_end_date (entity));
  tool_json_bool (json, "ended", ccbnet_entity_get_ended (entity));
  tool_json_string (json, "note", ccbnet_entity_get_note (entity));

  tool_json_begin_array (json, "names");
  json_name (json, "name", ccbnet_entity_get_name (entity), "en", NULL,
             ccbnet_entity_get_name_source (entity));
  if (ccbnet_entity_get_short_name (entity) != NULL)
    json_name (json, "short-name", ccbnet_entity_get_short_name (entity), NULL, NULL, NULL);
  for (guint i = 0; names != NULL && i < names->len; i++)
    json_name (json, ccbnet_name_get_ended (names->pdata[i]) ? "former" : "other",
               ccbnet_name_get_text (names->pdata[i]),
               ccbnet_name_get_language (names->pdata[i]), ccbnet_name_get_note (names->pdata[i]),
               ccbnet_name_get_source (names->pdata[i]));
  tool_json_end_array (json);

  json_details (json, entity);

  json_part (json, "parent", parent, parent != NULL ? part_kind (relations, entity, parent) : NULL);
  tool_json_begin_array (json, "parts");
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(CcbnetEntity) part = g_list_model_get_item (parts, i);

      json_part (json, NULL, part, part_kind (relations, part, entity));
    }
  tool_json_end_array (json);

  tool_json_begin_array (json, "relations");
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, s);
      gboolean open = FALSE;

      for (guint i = 0; i < n_relations; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

          if (ccbnet_relation_get_section (relation) != section)
            continue;
          if (!open)
            {
              tool_json_begin_object (json, NULL);
              tool_json_section (json, "section", section);
              tool_json_begin_array (json, "relations");
              open = TRUE;
            }
          tool_json_relation (json, NULL, relation);
        }
      if (open)
        {
          tool_json_end_array (json);
          tool_json_end_object (json);
        }
    }
  tool_json_end_array (json);

  tool_json_begin_array (json, "named_in");
  for (guint i = 0; i < g_list_model_get_n_items (named_in); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (named_in, i);
      g_auto(GStrv) roles = qualifier_roles (relation, entity);

      tool_json_begin_object (json, NULL);
      tool_json_strv (json, "as", (const char * const *) roles);
      tool_json_relation (json, "relation", relation);
      tool_json_end_object (json);
    }
  tool_json_end_array (json);

  tool_json_citations (json, "sources", ccbnet_entity_get_sources (entity));
  tool_json_end_object (json);
}


static const GOptionEntry entries[] = {
  { "as-of", 0, 0, G_OPTION_ARG_CALLBACK, tool_parse_as_of_option,
    N_("Only the relations that may hold on DATE (YYYY-MM-DD, or today)"), "DATE" },
  { NULL }
};

/* Says on stderr that @entity did not exist on @day, with the dates that say so: only a start or
 * an end date puts an entity out of a day (ccbnet-validity.c). */
static void
note_not_existing (CcbnetEntity *entity,
                   const char   *day)
{
  const char *start = ccbnet_entity_get_start_date (entity);
  const char *end = ccbnet_entity_get_end_date (entity);
  g_autoptr(GString) dates = g_string_new (NULL);

  if (start != NULL)
    g_string_append_printf (dates, _("from %s"), start);
  if (end != NULL)
    {
      if (dates->len > 0)
        g_string_append (dates, ", ");
      g_string_append_printf (dates, _("until %s"), end);
    }
  tool_note (_("%s did not exist on %s, as far as the dataset knows (%s)"), ccbnet_entity_get_id (entity),
             day, dates->str);
}

static int
show_run (int    argc,
          char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) entity = NULL;
  g_autoptr(GListModel) relations = NULL;
  g_autoptr(GListModel) named_in = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status = TOOL_EXIT_OK;

  if (argc != 2)
    return tool_usage_error ("show", _("show takes one NAME, an id, acronym or name in any "
                             "language (%d given)"), argc - 1);

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  entity = tool_resolve_entity (registry, argv[1], &status);
  if (entity == NULL)
    return status;

  relations = ccbnet_entity_list_relations (entity);
  named_in = relations_naming (registry, entity);
  if (tool_opt_as_of != NULL)
    {
      g_autoptr(GHashTable) valid = tool_relation_ids_valid_at (registry, tool_opt_as_of);

      GListModel *kept = tool_filter_relations (relations, valid);

      g_object_unref (relations);
      relations = kept;
      kept = tool_filter_relations (named_in, valid);
      g_object_unref (named_in);
      named_in = kept;
      if (!tool_entity_valid_at (registry, entity, tool_opt_as_of))
        note_not_existing (entity, tool_opt_as_of);
    }
  if (tool_opt_json)
    show_json (out, registry, entity, relations, named_in);
  else
    show_text (out, registry, entity, relations, named_in);

  return tool_finish (out);
}

const ToolCommand tool_command_show = {
  "show", "NAME",
  N_("One entity: its names, kind, scope, parts and relations"),
  N_("NAME is an id (ccb), an acronym (CCB) or any name in any language (België); case,\n"
  "accents and curly apostrophes do not matter. When a name fits several entities, the first\n"
  "is shown and a note on stderr names the others; an unknown name lists the closest ones.\n"
  "\n"
  "The relations are grouped by the sections of the source page, each with its qualifiers:\n"
  "on behalf of whom, via what, in what capacity, under which legal basis, with whom, on what\n"
  "condition (in words and in the page's words) and how often.\n"
  "\n"
  "With --as-of DATE only the relations that may hold on that day are listed (see\n"
  "ccbnet query --help), and a note on stderr says when the entity itself did not exist then."),
  TOOL_STATUSES_NOT_FOUND, N_("an unknown name or id (with suggestions)"),
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG | TOOL_USES_JSON,
  show_run,
};
