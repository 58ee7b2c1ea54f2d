/* ccbnet-cmd-export.c: `ccbnet export --format FORMAT`
 *
 * - dot: a Graphviz picture of the network, one cluster per page section, nodes coloured by
 *   scope and shaped by class, edges labelled by relation kind, conditional relations dashed
 *   with the condition in the label;
 * - json-ld: the records as linked data, with the W3C Organization Ontology (org:) where it has
 *   a term, PROV for provenance and the ccbnet vocabulary elsewhere; ntriples and turtle: its
 *   triples (ccbnet-export-rdf.c);
 * - json: the native ccbnet/1 format, written by the library (ccbnet_registry_to_json ()) in
 *   its canonical form; loading the export gives the same registry (the round-trip test
 *   compares every property of every record);
 * - graphml, gexf, node-link, csv: the graph for network analysis tools (networkx, Gephi,
 *   pandas), written by ccbnet-export-graph.c.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include <errno.h>

#include <glib/gstdio.h>

#include "ccbnet-describe.h"
#include "ccbnet-export-graph.h"
#include "ccbnet-export-rdf.h"

typedef enum {
  FORMAT_JSON = 1,
  FORMAT_JSON_LD,
  FORMAT_DOT,
  FORMAT_GRAPHML,
  FORMAT_GEXF,
  FORMAT_NODE_LINK,
  FORMAT_CSV,
  FORMAT_NTRIPLES,
  FORMAT_TURTLE,
} ExportFormat;

static const struct {
  const char   *name;
  ExportFormat  format;
} format_names[] = {
  { "json", FORMAT_JSON },
  { "json-ld", FORMAT_JSON_LD },
  { "jsonld", FORMAT_JSON_LD },
  { "dot", FORMAT_DOT },
  { "graphml", FORMAT_GRAPHML },
  { "gexf", FORMAT_GEXF },
  { "node-link", FORMAT_NODE_LINK },
  { "csv", FORMAT_CSV },
  { "ntriples", FORMAT_NTRIPLES },
  { "turtle", FORMAT_TURTLE },
};

static ExportFormat opt_format;
static char *opt_output;
static char *opt_base;

static gboolean
parse_format (const char  *option_name,
              const char  *value,
              gpointer     data,
              GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_str_equal (value, format_names[i].name))
      {
        opt_format = format_names[i].format;
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--format: unknown format \"%s\"; expected one of: dot, json-ld, ntriples, "
               "turtle, json, graphml, gexf, node-link, csv"), value);

  return FALSE;
}

static const GOptionEntry entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_CALLBACK, parse_format,
    N_("dot (Graphviz); json-ld, ntriples or turtle (linked data); json (the native ccbnet/1 "
    "format, the default); graphml, gexf, node-link (networkx's JSON) or csv (nodes.csv and "
    "edges.csv)"),
    "FORMAT" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE instead of standard output (csv: to the directory FILE)"), "FILE" },
  { "base", 0, 0, G_OPTION_ARG_STRING, &opt_base,
    N_("Linked data: the IRI the record IRIs start with (default: urn:ccbnet:)"), "IRI" },
  { NULL }
};

/* JSON-LD */

#define ORG_NS "http://www.w3.org/ns/org#"

/* "actor-group" → "ActorGroup" */
static char *
camel_case (const char *nick,
            gboolean    capital)
{
  GString *text = g_string_new (NULL);
  gboolean upper = capital;

  for (const char *p = nick; *p != '\0'; p++)
    {
      if (*p == '-' || *p == '_')
        {
          upper = TRUE;
          continue;
        }
      g_string_append_c (text, upper ? g_ascii_toupper (*p) : *p);
      upper = FALSE;
    }

  return g_string_free (text, FALSE);
}

/* The class of an entity in a vocabulary that has one, or NULL. */
static const char *
external_class (CcbnetEntity *entity)
{
  switch (ccbnet_entity_get_entity_type (entity))
    {
    case CCBNET_ENTITY_TYPE_ORGANISATION:
      return "org:Organization";
    case CCBNET_ENTITY_TYPE_STATE:
      return "org:FormalOrganization";
    case CCBNET_ENTITY_TYPE_AREA:
      return "dct:Location";
    case CCBNET_ENTITY_TYPE_BODY:
      return "org:OrganizationalCollaboration";
    case CCBNET_ENTITY_TYPE_ACTOR_GROUP:
      return "foaf:Group";
    case CCBNET_ENTITY_TYPE_EVENT_SERIES:
      return "schema:EventSeries";
    case CCBNET_ENTITY_TYPE_SERVICE:
      return "schema:Service";
    case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT:
      return "schema:Legislation";
    case CCBNET_ENTITY_TYPE_ROLE:
      return "org:Role";
    case CCBNET_ENTITY_TYPE_POST:
      return "org:Post";
    case CCBNET_ENTITY_TYPE_PUBLICATION:
      return "schema:CreativeWork";
    case CCBNET_ENTITY_TYPE_INITIATIVE:
      return "schema:Project";
    case CCBNET_ENTITY_TYPE_ANY:
    default:
      return NULL;
    }
}

static gboolean
is_organisation_like (CcbnetEntity *entity)
{
  return CCBNET_IS_ORGANISATION (entity) || CCBNET_IS_PLATFORM (entity);
}

/* The org: (or dct:) property that states @relation directly on its subject, if any. */
static const char *
direct_property (CcbnetRelation *relation)
{
  CcbnetEntity *subject = ccbnet_relation_get_subject (relation);
  CcbnetEntity *object = ccbnet_relation_get_object (relation);

  switch (ccbnet_relation_get_kind (relation))
    {
    case CCBNET_RELATION_KIND_UNIT_OF:
      return "org:unitOf";
    case CCBNET_RELATION_KIND_PART_OF:
      return is_organisation_like (subject) && is_organisation_like (object) ?
             "org:subOrganizationOf" : "dct:isPartOf";
    case CCBNET_RELATION_KIND_POST_IN:
      return "org:postIn";
    case CCBNET_RELATION_KIND_MEMBER_OF:
    case CCBNET_RELATION_KIND_REPRESENTS_IN:
      return "org:memberOf";
    case CCBNET_RELATION_KIND_RELATED_TO:
      return is_organisation_like (subject) && is_organisation_like (object) ?
             "org:linkedTo" : "dct:relation";
    case CCBNET_RELATION_KIND_ANY:
    case CCBNET_RELATION_KIND_PARTICIPATES_IN:
    case CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR:
    case CCBNET_RELATION_KIND_DESIGNATED_AS:
    case CCBNET_RELATION_KIND_ESTABLISHED_UNDER:
    case CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION:
    case CCBNET_RELATION_KIND_COORDINATES:
    case CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR:
    case CCBNET_RELATION_KIND_DEVELOPS:
    case CCBNET_RELATION_KIND_ORGANISES:
    case CCBNET_RELATION_KIND_OPERATES:
    case CCBNET_RELATION_KIND_PUBLISHES:
    case CCBNET_RELATION_KIND_HOSTED_BY:
    case CCBNET_RELATION_KIND_CONSULTS:
    case CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO:
    case CCBNET_RELATION_KIND_PROVIDES_INPUT_TO:
    case CCBNET_RELATION_KIND_INFORMS:
    case CCBNET_RELATION_KIND_DISCUSSES:
    case CCBNET_RELATION_KIND_COUNTERPART_OF:
    case CCBNET_RELATION_KIND_SUPERVISES:
    case CCBNET_RELATION_KIND_AFFILIATED_WITH:
    case CCBNET_RELATION_KIND_LOCATED_IN:
    default:
      return NULL;
    }
}

static gboolean
is_membership (CcbnetRelation *relation)
{
  return ccbnet_relation_kind_is_a (ccbnet_relation_get_kind (relation),
                                    CCBNET_RELATION_KIND_MEMBER_OF);
}

static void
ld_ref (ToolJson   *json,
        const char *key,
        const char *prefix,
        const char *id)
{
  g_autofree char *iri = g_strconcat (prefix, ":", id, NULL);

  tool_json_begin_object (json, key);
  tool_json_string (json, "@id", iri);
  tool_json_end_object (json);
}

static void
ld_entity_ref (ToolJson     *json,
               const char   *key,
               CcbnetEntity *entity)
{
  if (entity != NULL)
    ld_ref (json, key, "ent", ccbnet_entity_get_id (entity));
}

static void
ld_text (ToolJson   *json,
         const char *key,
         const char *text,
         const char *language)
{
  tool_json_begin_object (json, key);
  tool_json_string (json, "@value", text);
  tool_json_string (json, "@language", language);
  tool_json_end_object (json);
}

static void
ld_optional (ToolJson   *json,
             const char *key,
             const char *value)
{
  if (value != NULL)
    tool_json_string (json, key, value);
}

static void
ld_optional_strv (ToolJson           *json,
                  const char         *key,
                  const char * const *values)
{
  if (values != NULL && values[0] != NULL)
    tool_json_strv (json, key, values);
}

static void
ld_citations (ToolJson  *json,
              GPtrArray *citations)
{
  tool_json_begin_array (json, "ccbnet:citation");
  for (guint i = 0; i < citations->len; i++)
    {
      CcbnetCitation *citation = citations->pdata[i];

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "@type", "ccbnet:Citation");
      ld_ref (json, "dct:source", "src",
              ccbnet_document_get_id (ccbnet_citation_get_document (citation)));
      tool_json_string (json, "ccbnet:quote", ccbnet_citation_get_quote (citation));
      tool_json_end_object (json);
    }
  tool_json_end_array (json);

  /* The same provenance in W3C PROV: the record was derived from each document it cites. */
  {
    g_autoptr(GPtrArray) documents = g_ptr_array_new ();

    for (guint i = 0; i < citations->len; i++)
      {
        CcbnetDocument *document = ccbnet_citation_get_document (citations->pdata[i]);

        if (!g_ptr_array_find (documents, document, NULL))
          g_ptr_array_add (documents, document);
      }
    if (documents->len > 0)
      {
        tool_json_begin_array (json, "prov:wasDerivedFrom");
        for (guint i = 0; i < documents->len; i++)
          ld_ref (json, NULL, "src", ccbnet_document_get_id (documents->pdata[i]));
        tool_json_end_array (json);
      }
  }
}

static void
ld_context (ToolJson   *json,
            const char *base)
{
  g_autofree char *vocab = g_strconcat (base, "vocab#", NULL);
  const char *prefixes[][2] = {
    { "ent", "entity/" },
    { "rel", "relation/" },
    { "src", "source/" },
    { "sec", "section/" },
    { "cls", "classification/" },
  };

  tool_json_begin_object (json, "@context");
  tool_json_string (json, "org", ORG_NS);
  tool_json_string (json, "skos", "http://www.w3.org/2004/02/skos/core#");
  tool_json_string (json, "dct", "http://purl.org/dc/terms/");
  tool_json_string (json, "foaf", "http://xmlns.com/foaf/0.1/");
  tool_json_string (json, "schema", "https://schema.org/");
  tool_json_string (json, "prov", "http://www.w3.org/ns/prov#");
  tool_json_string (json, "ccbnet", vocab);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *iri = g_strconcat (base, prefixes[i][1], NULL);

      tool_json_string (json, prefixes[i][0], iri);
    }
  tool_json_end_object (json);
}

static void
ld_document (ToolJson       *json,
             CcbnetDocument *document)
{
  const char *url = ccbnet_document_get_url (document);
  g_autofree char *iri = g_strconcat ("src:", ccbnet_document_get_id (document), NULL);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "@id", iri);
  tool_json_strv (json, "@type", (const char *[]) { "foaf:Document", "prov:Entity", "ccbnet:Document", NULL });
  tool_json_string (json, "ccbnet:id", ccbnet_document_get_id (document));
  tool_json_string (json, "ccbnet:documentKind",
                    ccbnet_document_kind_to_string (ccbnet_document_get_kind (document)));
  tool_json_string (json, "dct:title", ccbnet_document_get_title (document));
  tool_json_string (json, "dct:publisher", ccbnet_document_get_publisher (document));
  tool_json_string (json, "dct:language", ccbnet_document_get_language (document));
  if (url != NULL)
    {
      tool_json_begin_object (json, "foaf:page");
      tool_json_string (json, "@id", url);
      tool_json_end_object (json);
    }
  ld_optional (json, "ccbnet:retrieved", ccbnet_document_get_retrieved (document));
  ld_optional (json, "ccbnet:file", ccbnet_document_get_file (document));
  ld_optional (json, "skos:note", ccbnet_document_get_note (document));
  tool_json_end_object (json);
}

static void
ld_section (ToolJson      *json,
            CcbnetSection *section)
{
  g_auto(GStrv) languages = ccbnet_section_dup_languages (section);
  g_autofree char *iri = g_strconcat ("sec:", ccbnet_section_get_id (section), NULL);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "@id", iri);
  tool_json_string (json, "@type", "ccbnet:Section");
  tool_json_string (json, "ccbnet:id", ccbnet_section_get_id (section));
  tool_json_string (json, "ccbnet:scope",
                    ccbnet_scope_to_string (ccbnet_section_get_scope (section)));
  tool_json_int (json, "ccbnet:position", ccbnet_section_get_position (section));
  tool_json_begin_array (json, "skos:prefLabel");
  for (guint i = 0; languages[i] != NULL; i++)
    ld_text (json, NULL, ccbnet_section_get_heading (section, languages[i]), languages[i]);
  tool_json_end_array (json);
  ld_citations (json, ccbnet_section_get_sources (section));
  tool_json_end_object (json);
}

static void
ld_entity (ToolJson     *json,
           CcbnetEntity *entity)
{
  g_autofree char *iri = g_strconcat ("ent:", ccbnet_entity_get_id (entity), NULL);
  g_autofree char *type_class = NULL;
  g_autofree char *classification = NULL;
  g_autoptr(GListModel) relations = ccbnet_entity_list_relations (entity);
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  const char *short_name = ccbnet_entity_get_short_name (entity);
  const char *external = external_class (entity);
  guint n_relations = g_list_model_get_n_items (relations);
  CcbnetCadence cadence = ccbnet_entity_get_cadence (entity);
  gboolean unit = g_str_equal (ccbnet_entity_get_classification (entity), "organisational-unit");
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  /* The org: properties in a fixed order, each with the objects it points at. */
  const char *properties[] = {
    "org:subOrganizationOf", "org:unitOf", "org:postIn", "org:memberOf", "org:linkedTo",
    "dct:isPartOf", "dct:relation",
  };

  {
    CcbnetEntityType entity_type = ccbnet_entity_get_entity_type (entity);
    g_autofree char *camel = camel_case (ccbnet_entity_type_to_string (entity_type), TRUE);

    type_class = g_strconcat ("ccbnet:", camel, NULL);
  }
  classification = g_strconcat ("cls:", ccbnet_entity_get_classification (entity), NULL);

  for (guint i = 0; i < n_relations && !unit; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      unit = ccbnet_relation_get_kind (relation) == CCBNET_RELATION_KIND_UNIT_OF &&
             ccbnet_relation_get_subject (relation) == entity;
    }
  if (external != NULL)
    g_ptr_array_add (types, (gpointer) external);
  if (unit)
    g_ptr_array_add (types, (gpointer) "org:OrganizationalUnit");
  g_ptr_array_add (types, type_class);
  g_ptr_array_add (types, NULL);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "@id", iri);
  tool_json_strv (json, "@type", (const char * const *) types->pdata);
  tool_json_string (json, "ccbnet:id", ccbnet_entity_get_id (entity));
  tool_json_string (json, "ccbnet:entityType",
                    ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity)));
  ld_text (json, "skos:prefLabel", ccbnet_entity_get_name (entity), "en");
  if (short_name != NULL || (names != NULL && names->len > 0))
    {
      tool_json_begin_array (json, "skos:altLabel");
      if (short_name != NULL)
        tool_json_string (json, NULL, short_name);
      for (guint i = 0; names != NULL && i < names->len; i++)
        ld_text (json, NULL, ccbnet_name_get_text (names->pdata[i]),
                 ccbnet_name_get_language (names->pdata[i]));
      tool_json_end_array (json);
    }
  ld_optional (json, "ccbnet:shortName", short_name);
  if (ccbnet_entity_get_name_source (entity) != NULL)
    ld_ref (json, "ccbnet:nameSource", "src",
            ccbnet_document_get_id (ccbnet_entity_get_name_source (entity)));
  tool_json_begin_object (json, "org:classification");
  tool_json_string (json, "@id", classification);
  tool_json_end_object (json);
  tool_json_string (json, "ccbnet:scope",
                    ccbnet_scope_to_string (ccbnet_entity_get_scope (entity)));
  ld_ref (json, "ccbnet:section", "sec",
          ccbnet_section_get_id (ccbnet_entity_get_section (entity)));
  ld_optional (json, "dct:description", ccbnet_entity_get_description (entity));
  if (cadence != CCBNET_CADENCE_UNSPECIFIED)
    tool_json_string (json, "ccbnet:cadence", ccbnet_cadence_to_string (cadence));
  ld_optional (json, "ccbnet:cadenceText", ccbnet_entity_get_cadence_text (entity));
  if (ccbnet_entity_get_status (entity) != CCBNET_STATUS_UNSPECIFIED)
    tool_json_string (json, "ccbnet:status",
                      ccbnet_status_to_string (ccbnet_entity_get_status (entity)));
  if (ccbnet_entity_get_is_collective (entity))
    tool_json_bool (json, "ccbnet:isCollective", TRUE);
  ld_optional (json, "skos:note", ccbnet_entity_get_note (entity));

  if (CCBNET_IS_ORGANISATION (entity))
    {
      CcbnetOrganisation *organisation = CCBNET_ORGANISATION (entity);
      g_auto(GStrv) list = ccbnet_sector_to_strv (ccbnet_organisation_get_sectors (organisation));

      if (list[0] != NULL)
        tool_json_strv (json, "ccbnet:sector", (const char * const *) list);
    }
  else if (CCBNET_IS_PLATFORM (entity))
    {
      CcbnetPlatform *platform = CCBNET_PLATFORM (entity);

      ld_optional_strv (json, "org:purpose", ccbnet_platform_get_purposes (platform));
      ld_optional_strv (json, "ccbnet:topic", ccbnet_platform_get_topics (platform));
      if (ccbnet_platform_get_topics_non_exhaustive (platform))
        tool_json_bool (json, "ccbnet:topicsNonExhaustive", TRUE);
      ld_optional_strv (json, "ccbnet:characteristic",
                        ccbnet_platform_get_characteristics (platform));
      ld_optional_strv (json, "ccbnet:memberCategory",
                        ccbnet_platform_get_member_categories (platform));
    }
  else if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    ld_optional (json, "dct:date",
                 ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (entity)));
  else if (CCBNET_IS_POST (entity))
    ld_optional (json, "ccbnet:title", ccbnet_post_get_role (CCBNET_POST (entity)));

  /* The relations the ontologies have a property for, stated directly on the subject. */
  for (guint p = 0; p < G_N_ELEMENTS (properties); p++)
    {
      gboolean open = FALSE;

      for (guint i = 0; i < n_relations; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
          const char *property = direct_property (relation);

          if (ccbnet_relation_get_subject (relation) != entity || property == NULL ||
              !g_str_equal (property, properties[p]))
            continue;
          if (!open)
            {
              tool_json_begin_array (json, properties[p]);
              open = TRUE;
            }
          ld_entity_ref (json, NULL, ccbnet_relation_get_object (relation));
        }
      if (open)
        tool_json_end_array (json);
    }

  ld_citations (json, ccbnet_entity_get_sources (entity));
  tool_json_end_object (json);
}

static void
ld_relation (ToolJson       *json,
             CcbnetRelation *relation)
{
  g_autofree char *iri = g_strconcat ("rel:", ccbnet_relation_get_id (relation), NULL);
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
  CcbnetCondition condition = ccbnet_relation_get_condition (relation);
  CcbnetCadence cadence = ccbnet_relation_get_cadence (relation);
  CcbnetLevel levels = ccbnet_relation_get_levels (relation);
  gboolean membership = is_membership (relation);

  tool_json_begin_object (json, NULL);
  tool_json_string (json, "@id", iri);
  if (membership)
    tool_json_strv (json, "@type", (const char *[]) { "org:Membership", "ccbnet:Relation", NULL });
  else
    tool_json_string (json, "@type", "ccbnet:Relation");
  tool_json_string (json, "ccbnet:id", ccbnet_relation_get_id (relation));
  tool_json_string (json, "ccbnet:kind",
                    ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)));
  ld_entity_ref (json, "ccbnet:subject", ccbnet_relation_get_subject (relation));
  ld_entity_ref (json, "ccbnet:object", ccbnet_relation_get_object (relation));
  if (membership)
    {
      ld_entity_ref (json, "org:member", ccbnet_relation_get_subject (relation));
      ld_entity_ref (json, "org:organization", ccbnet_relation_get_object (relation));
      ld_entity_ref (json, "org:role", ccbnet_relation_get_capacity (relation));
    }
  ld_entity_ref (json, "ccbnet:onBehalfOf", ccbnet_relation_get_on_behalf_of (relation));
  ld_entity_ref (json, "ccbnet:via", ccbnet_relation_get_via (relation));
  ld_entity_ref (json, "ccbnet:context", ccbnet_relation_get_context (relation));
  ld_entity_ref (json, "ccbnet:capacity", ccbnet_relation_get_capacity (relation));
  ld_entity_ref (json, "ccbnet:legalBasis", ccbnet_relation_get_legal_basis (relation));
  ld_entity_ref (json, "ccbnet:framework", ccbnet_relation_get_framework (relation));
  if (co_actors != NULL && co_actors->len > 0)
    {
      tool_json_begin_array (json, "ccbnet:jointlyWith");
      for (guint i = 0; i < co_actors->len; i++)
        ld_entity_ref (json, NULL, co_actors->pdata[i]);
      tool_json_end_array (json);
    }
  if (condition != CCBNET_CONDITION_NONE)
    tool_json_string (json, "ccbnet:condition", ccbnet_condition_to_string (condition));
  ld_optional (json, "ccbnet:conditionText", ccbnet_relation_get_condition_text (relation));
  ld_entity_ref (json, "ccbnet:conditionRef", ccbnet_relation_get_condition_ref (relation));
  if (cadence != CCBNET_CADENCE_UNSPECIFIED)
    tool_json_string (json, "ccbnet:cadence", ccbnet_cadence_to_string (cadence));
  ld_optional (json, "ccbnet:cadenceText", ccbnet_relation_get_cadence_text (relation));
  ld_optional (json, "ccbnet:role", ccbnet_relation_get_role (relation));
  ld_optional (json, "ccbnet:topic", ccbnet_relation_get_topic (relation));
  if (levels != CCBNET_LEVEL_NONE)
    {
      g_auto(GStrv) list = ccbnet_level_to_strv (levels);

      tool_json_strv (json, "ccbnet:level", (const char * const *) list);
    }
  if (ccbnet_relation_get_non_exhaustive (relation))
    tool_json_bool (json, "ccbnet:nonExhaustive", TRUE);
  ld_optional (json, "ccbnet:startDate", ccbnet_relation_get_start_date (relation));
  ld_optional (json, "ccbnet:endDate", ccbnet_relation_get_end_date (relation));
  ld_optional (json, "skos:note", ccbnet_relation_get_note (relation));
  ld_ref (json, "ccbnet:section", "sec",
          ccbnet_section_get_id (ccbnet_relation_get_section (relation)));
  ld_citations (json, ccbnet_relation_get_sources (relation));
  tool_json_end_object (json);
}

static void
export_json_ld (GString        *out,
                CcbnetRegistry *registry)
{
  g_autoptr(ToolJson) json = tool_json_new (out);
  GListModel *documents = ccbnet_registry_get_documents (registry);
  GListModel *sections = ccbnet_registry_get_sections (registry);
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);

  tool_json_begin_object (json, NULL);
  ld_context (json, opt_base != NULL ? opt_base : "urn:ccbnet:");
  tool_json_begin_array (json, "@graph");
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(CcbnetDocument) document = g_list_model_get_item (documents, i);

      ld_document (json, document);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, i);

      ld_section (json, section);
    }
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      ld_entity (json, entity);
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      ld_relation (json, relation);
    }
  tool_json_end_array (json);
  tool_json_end_object (json);
}

/* DOT */

static const char *
scope_colour (CcbnetScope scope)
{
  switch (scope)
    {
    case CCBNET_SCOPE_NATIONAL:
      return "#fdd49e";
    case CCBNET_SCOPE_EUROPEAN:
      return "#c6dbef";
    case CCBNET_SCOPE_INTERNATIONAL:
      return "#c7e9c0";
    case CCBNET_SCOPE_OPERATIONAL:
      return "#dadaeb";
    case CCBNET_SCOPE_ANY:
    default:
      return "#f0f0f0";
    }
}

static const char *
class_shape (CcbnetEntity *entity)
{
  if (CCBNET_IS_ORGANISATION (entity))
    return "box";
  if (CCBNET_IS_PLATFORM (entity))
    return "ellipse";
  if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    return "note";
  if (CCBNET_IS_POST (entity))
    return "house";

  return "hexagon";
}

/* Appends @text as the inside of a DOT double-quoted string, broken into lines of about
 * @width characters ("\n" in DOT centres each line). */
static void
append_dot_text (GString    *out,
                 const char *text,
                 guint       width)
{
  guint column = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' && width > 0 && column >= width)
        {
          g_string_append (out, "\\n");
          column = 0;
          continue;
        }
      if (c == '"' || c == '\\')
        g_string_append_c (out, '\\');
      if (c == '\n')
        {
          g_string_append (out, "\\n");
          column = 0;
          continue;
        }
      g_string_append_unichar (out, c);
      column++;
    }
}

/* Appends @text as the text of a cell of the legend, an HTML-like label: the characters that
 * would end it or start markup as entities. */
static void
append_dot_html (GString    *out,
                 const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_c (out, *p);
    }
}

static void
dot_node (GString      *out,
          CcbnetEntity *entity)
{
  const char *short_name = ccbnet_entity_get_short_name (entity);
  const char *label = tool_label (entity);

  g_string_append (out, "    \"");
  append_dot_text (out, ccbnet_entity_get_id (entity), 0);
  g_string_append (out, "\" [label=\"");
  append_dot_text (out, label, 22);
  if (short_name != NULL && !g_str_equal (short_name, label))
    {
      g_string_append (out, "\\n(");
      append_dot_text (out, short_name, 0);
      g_string_append_c (out, ')');
    }
  g_string_append_printf (out, "\", shape=%s, fillcolor=\"%s\"", class_shape (entity),
                          scope_colour (ccbnet_entity_get_scope (entity)));
  if (ccbnet_entity_get_is_collective (entity))
    g_string_append (out, ", peripheries=2");
  if (ccbnet_entity_get_status (entity) == CCBNET_STATUS_PENDING_ESTABLISHMENT)
    g_string_append (out, ", style=\"filled,dashed\"");
  g_string_append (out, ", tooltip=\"");
  append_dot_text (out, ccbnet_entity_get_id (entity), 0);
  g_string_append (out, ": ");
  append_dot_text (out, ccbnet_entity_type_to_string (ccbnet_entity_get_entity_type (entity)), 0);
  g_string_append (out, "\"];\n");
}

static void
dot_edge (GString        *out,
          CcbnetRelation *relation)
{
  const char *kind = ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation));
  const char *condition_text = ccbnet_relation_get_condition_text (relation);
  g_autofree char *condition = tool_condition_words (relation);
  g_autofree char *sentence = tool_relation_sentence (relation);

  g_string_append (out, "  \"");
  append_dot_text (out, ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)), 0);
  g_string_append (out, "\" -> \"");
  append_dot_text (out, ccbnet_entity_get_id (ccbnet_relation_get_object (relation)), 0);
  g_string_append (out, "\" [label=\"");
  append_dot_text (out, kind, 0);
  if (condition != NULL)
    {
      /* The page's words when they are short, else ours. */
      g_string_append (out, "\\n[");
      append_dot_text (out, condition_text != NULL && g_utf8_strlen (condition_text, -1) <= 32 ?
                            condition_text : condition, 24);
      g_string_append_c (out, ']');
    }
  g_string_append (out, "\", id=\"");
  append_dot_text (out, ccbnet_relation_get_id (relation), 0);
  g_string_append (out, "\", tooltip=\"");
  append_dot_text (out, ccbnet_relation_get_id (relation), 0);
  g_string_append (out, ": ");
  append_dot_text (out, sentence, 0);
  if (condition != NULL)
    {
      g_string_append (out, " (");
      append_dot_text (out, condition, 0);
      g_string_append_c (out, ')');
    }
  g_string_append_c (out, '"');
  if (condition != NULL)
    g_string_append (out, ", style=dashed, color=\"#b2182b\", fontcolor=\"#b2182b\"");
  g_string_append (out, "];\n");
}

static void
export_dot (GString        *out,
            CcbnetRegistry *registry)
{
  GListModel *sections = ccbnet_registry_get_sections (registry);
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  guint n_entities = g_list_model_get_n_items (entities);
  guint n_relations = g_list_model_get_n_items (relations);
  /* The legend's rows: a shape or a border, and what it stands for. */
  const char *legend[][2] = {
    {
      /* Translators: the name of a node's shape, in the legend of the drawn network */
      C_("node shape", "box"),
      /* Translators: in the legend of the drawn network, what a box stands for */
      _("organisation, state or group")
    },
    {
      /* Translators: the name of a node's shape, in the legend of the drawn network */
      C_("node shape", "ellipse"),
      /* Translators: in the legend of the drawn network, what an ellipse stands for */
      _("platform, network, forum or event")
    },
    {
      /* Translators: the name of a node's shape (a sheet with a folded corner), in the legend
       * of the drawn network */
      C_("node shape", "note"),
      /* Translators: in the legend of the drawn network, what a note shape stands for */
      _("legal instrument")
    },
    {
      /* Translators: the name of a node's shape (a pentagon like a house), in the legend of
       * the drawn network */
      C_("node shape", "house"),
      /* Translators: in the legend of the drawn network, what a house shape stands for: a post
       * (a position held by a person), as the class of an entity */
      C_("entity class", "post")
    },
    {
      /* Translators: the name of a node's shape, in the legend of the drawn network */
      C_("node shape", "hexagon"),
      /* Translators: in the legend of the drawn network, what a hexagon stands for */
      _("role, service, place, publication or initiative")
    },
    {
      /* Translators: in the legend of the drawn network: a node drawn with two outlines */
      _("double border"),
      /* Translators: in the legend of the drawn network, what a double border stands for */
      _("a class of actors or a plural body")
    },
    {
      /* Translators: in the legend of the drawn network: a node drawn with a dashed outline */
      _("dashed border"),
      /* Translators: in the legend of the drawn network, what a dashed border stands for */
      _("not yet formally established")
    },
  };

  g_string_append (out,
                   "digraph ccbnet {\n"
                   "  graph [rankdir=LR, fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, "
                   "nodesep=0.15, ranksep=0.5, newrank=true];\n"
                   "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, style=filled, "
                   "color=\"#636363\", margin=\"0.08,0.03\"];\n"
                   "  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=7, "
                   "color=\"#636363\", arrowsize=0.6];\n");

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, s);
      g_autofree char *headings = tool_section_headings (section);

      g_string_append (out, "\n  subgraph \"cluster_");
      append_dot_text (out, ccbnet_section_get_id (section), 0);
      g_string_append (out, "\" {\n    label=\"");
      append_dot_text (out, headings, 0);
      g_string_append (out, "\";\n    style=rounded;\n    color=\"#bdbdbd\";\n");
      for (guint i = 0; i < n_entities; i++)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

          if (ccbnet_entity_get_section (entity) == section)
            dot_node (out, entity);
        }
      g_string_append (out, "  }\n");
    }

  /* The legend is one node with an HTML-like table, so that it stays small. */
  g_string_append (out, "\n  \"legend/\" [shape=plain, style=\"\", fontsize=8, label=<\n"
                        "    <table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
                        "cellpadding=\"3\" color=\"#bdbdbd\">\n"
                        "      <tr><td colspan=\"2\"><b>");
  /* Translators: the heading of the legend of the drawn network (export --format dot) */
  append_dot_html (out, _("Legend"));
  g_string_append (out, "</b></td></tr>\n");
  for (CcbnetScope scope = CCBNET_SCOPE_NATIONAL; scope <= CCBNET_SCOPE_OPERATIONAL; scope++)
    {
      /* Translators: in the legend of the drawn network, next to a colour: %s is a scope's
       * label ("National", "European", …) */
      g_autofree char *text = g_strdup_printf (_("%s scope"), ccbnet_scope_get_label (scope));

      g_string_append_printf (out, "      <tr><td bgcolor=\"%s\"> </td><td align=\"left\">",
                              scope_colour (scope));
      append_dot_html (out, text);
      g_string_append (out, "</td></tr>\n");
    }
  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    {
      g_string_append (out, "      <tr><td>");
      append_dot_html (out, legend[i][0]);
      g_string_append (out, "</td><td align=\"left\">");
      append_dot_html (out, legend[i][1]);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "      <tr><td><font color=\"#b2182b\">- - -&gt;</font></td>"
                        "<td align=\"left\">");
  /* Translators: in the legend of the drawn network, next to a dashed red arrow: the words in
   * brackets stand for the condition, which an edge's label shows in brackets */
  append_dot_html (out, _("conditional relation [condition]"));
  g_string_append (out, "</td></tr>\n"
                        "    </table>>];\n\n");

  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      dot_edge (out, relation);
    }
  g_string_append (out, "}\n");
}

/* Writes the two CSV files into the directory @dir (made if missing): both are written under
 * temporary names first and renamed into place only when both are whole, so that a failure
 * leaves the directory's old files as they were. */
static int
write_csv (const char *dir,
           GString    *nodes,
           GString    *edges)
{
  const char *names[] = { "nodes.csv", "edges.csv" };
  GString *contents[] = { nodes, edges };
  g_autofree char *display = tool_display_name (dir);
  char *temporary[2] = { NULL, NULL };
  int status = TOOL_EXIT_OK;

  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int errsv = errno;

      tool_error (_("could not make the directory %s: %s"), display, g_strerror (errsv));
      return TOOL_EXIT_OUTPUT;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      tool_error (_("%s is not a directory: --format csv writes nodes.csv and edges.csv into the "
                  "directory --output names"), display);
      return TOOL_EXIT_OUTPUT;
    }
  for (guint i = 0; i < 2 && status == TOOL_EXIT_OK; i++)
    {
      g_autoptr(GError) error = NULL;

      temporary[i] = g_strdup_printf ("%s/.%s.new", dir, names[i]);
      if (!g_file_set_contents (temporary[i], contents[i]->str, (gssize) contents[i]->len, &error))
        {
          tool_error (_("could not write %s/%s: %s"), display, names[i], error->message);
          g_clear_pointer (&temporary[i], g_free);
          status = TOOL_EXIT_OUTPUT;
        }
    }
  for (guint i = 0; i < 2 && status == TOOL_EXIT_OK; i++)
    {
      g_autofree char *target = g_build_filename (dir, names[i], NULL);

      if (g_rename (temporary[i], target) != 0)
        {
          int errsv = errno;

          tool_error (_("could not write %s/%s: %s"), display, names[i], g_strerror (errsv));
          status = TOOL_EXIT_OUTPUT;
        }
      else
        g_clear_pointer (&temporary[i], g_free);
    }
  for (guint i = 0; i < 2; i++)
    {
      if (temporary[i] != NULL)
        g_unlink (temporary[i]);
      g_free (temporary[i]);
    }

  return status;
}

static int
export_run (int    argc,
            char **argv)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int status = TOOL_EXIT_OK;

  if (argc > 1)
    return tool_usage_error ("export", _("export takes options only, not \"%s\""), argv[1]);
  if (opt_base != NULL && opt_format != FORMAT_JSON_LD && opt_format != FORMAT_NTRIPLES &&
      opt_format != FORMAT_TURTLE)
    return tool_usage_error ("export", _("--base applies to --format json-ld, ntriples and turtle only"));
  if (opt_format == FORMAT_CSV && (opt_output == NULL || tool_is_stdin (opt_output)))
    return tool_usage_error ("export", _("--format csv writes two files, nodes.csv and edges.csv: "
                             "name their directory with --output"));

  registry = tool_open_registry (&status);
  if (registry == NULL)
    return status;

  switch (opt_format)
    {
    case FORMAT_DOT:
      export_dot (out, registry);
      break;
    case FORMAT_JSON_LD:
      export_json_ld (out, registry);
      break;
    case FORMAT_NTRIPLES:
    case FORMAT_TURTLE:
      {
        g_autoptr(GString) json_ld = g_string_new (NULL);

        export_json_ld (json_ld, registry);
        if (!tool_export_rdf (json_ld, opt_format == FORMAT_TURTLE, out, &error))
          {
            tool_error (_("could not write the triples: %s"), error->message);
            return TOOL_EXIT_OUTPUT;
          }
      }
      break;
    case FORMAT_GRAPHML:
    case FORMAT_GEXF:
    case FORMAT_NODE_LINK:
      if (!tool_export_graph (opt_format == FORMAT_GRAPHML ? TOOL_GRAPH_GRAPHML :
                              opt_format == FORMAT_GEXF ? TOOL_GRAPH_GEXF : TOOL_GRAPH_NODE_LINK,
                              registry, out, NULL))
        {
          tool_error (_("could not write the XML: out of memory"));
          return TOOL_EXIT_OUTPUT;
        }
      break;
    case FORMAT_CSV:
      {
        g_autoptr(GString) edges = g_string_new (NULL);

        tool_export_graph (TOOL_GRAPH_CSV, registry, out, edges);
        return write_csv (opt_output, out, edges);
      }
    case FORMAT_JSON:
    default:
      {
        /* The library's writer: the canonical form data/ccbnet.json is kept in. */
        g_autoptr(GBytes) bytes = ccbnet_registry_to_json (registry, &error);
        gsize size;
        const char *data;

        if (bytes == NULL)
          {
            tool_error (_("%s"), error->message);
            return TOOL_EXIT_INVALID;
          }
        data = g_bytes_get_data (bytes, &size);
        g_string_append_len (out, data, size);
      }
      break;
    }

  if (opt_output == NULL)
    return tool_finish (out);

  if (opt_format == FORMAT_JSON)
    {
      /* Replaced atomically: on failure the old file is left as it was. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (opt_output);

      if (!ccbnet_registry_write_json (registry, file, NULL, &error))
        {
          tool_error (_("%s"), error->message);
          return TOOL_EXIT_OUTPUT;
        }
      return TOOL_EXIT_OK;
    }

  if (!g_file_set_contents (opt_output, out->str, (gssize) out->len, &error))
    {
      tool_error (_("could not write %s: %s"), opt_output, error->message);
      return TOOL_EXIT_OUTPUT;
    }

  return TOOL_EXIT_OK;
}

const ToolCommand tool_command_export = {
  "export", NULL,
  N_("Write the dataset as Graphviz DOT, JSON-LD, JSON, or a graph for network analysis"),
  N_("dot: one cluster per page section, nodes coloured by scope and shaped by class, edges\n"
  "labelled by relation kind; conditional relations are dashed and red, with the condition in\n"
  "the label. Names follow --lang.\n"
  "\n"
  "json-ld: an @context and an @graph with one node per source, section, entity and relation,\n"
  "using the W3C Organization Ontology (org: http://www.w3.org/ns/org#) where it has a term —\n"
  "org:Organization, org:OrganizationalUnit, org:OrganizationalCollaboration, org:Post,\n"
  "org:Role, org:Membership, org:memberOf, org:subOrganizationOf, org:unitOf, org:postIn,\n"
  "org:linkedTo, org:classification, org:purpose — and the ccbnet: vocabulary elsewhere.\n"
  "Every record is prov:wasDerivedFrom the documents it cites. The @context is in the\n"
  "document: no processor needs to fetch anything.\n"
  "\n"
  "ntriples, turtle: the same triples as the JSON-LD (its expansion), in N-Triples or in\n"
  "Turtle with the JSON-LD's prefixes; --base applies to all three.\n"
  "\n"
  "json: the native ccbnet/1 format, in the canonical form the library writes (two spaces of\n"
  "indent, members in a fixed order, UTF-8 as it is). Loading the export gives the same\n"
  "registry: the same records with the same properties, in the same order, and the same title\n"
  "and license. The shipped dataset's export is byte-identical to data/ccbnet.json.\n"
  "\n"
  "graphml, gexf, node-link, csv: the network as a directed multigraph for networkx, Gephi,\n"
  "pandas and the like. Entities are nodes, relations are edges keyed by their ids; every\n"
  "property is an attribute named with \"_\" for \"-\" (on_behalf_of, legal_basis), with\n"
  "enumerations as their nicks and records as their ids; nodes also have a label (the name in\n"
  "--lang) and a class, edges their co_actors, and both the sources (document ids) and quotes\n"
  "their facts come from. node-link is networkx's node_link_data() layout, with lists as JSON\n"
  "arrays; GraphML, GEXF 1.2 and CSV have no lists, so there a list's items are joined with\n"
  "newlines. csv writes nodes.csv and edges.csv (RFC 4180) into the directory --output names.\n"
  "\n"
  "Examples:\n"
  "  ccbnet export --format dot | dot -Tsvg > network.svg\n"
  "  ccbnet export --format json-ld --output ccbnet.jsonld\n"
  "  ccbnet export --format turtle --base https://example.org/ccbnet/ > ccbnet.ttl\n"
  "  ccbnet export --format graphml --output ccbnet.graphml\n"
  "  ccbnet export --format csv --output ccbnet-csv/"),
  TOOL_STATUSES_FOUND, NULL,
  entries,
  TOOL_USES_DATA | TOOL_USES_LANG,
  export_run,
};
