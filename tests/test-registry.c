/* test-registry.c: the default registry, lookups, names and the model objects
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

static void
test_default (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();

  g_assert_true (CCBNET_IS_REGISTRY (registry));
  g_assert_true (ccbnet_registry_get_default () == registry);
  /* The design's extraction of the page: 82 entities, 89 relations, 5 sections; r092, the second
   * channel the page names for Belgium's positions (split from r023); and the later pages' 8
   * entities and 7 relations (r090, r091, r093-r097). */
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)), ==, 90);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_relations (registry)), ==, 97);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_sections (registry)), ==, 5);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 90);
  g_assert_cmpuint (ccbnet_registry_get_n_relations (registry), ==, 97);
  g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_documents (registry)), >=, 1);
  g_assert_true (g_list_model_get_item_type (ccbnet_registry_get_entities (registry)) == CCBNET_TYPE_ENTITY);
  g_assert_true (g_list_model_get_item_type (ccbnet_registry_get_relations (registry)) == CCBNET_TYPE_RELATION);
}

static void
test_lookup (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (registry, "ccb");
  g_autoptr(CcbnetRelation) r053 = ccbnet_registry_lookup_relation (registry, "r053");
  g_autoptr(CcbnetSection) section = ccbnet_registry_lookup_section (registry, "section-european");
  g_autoptr(CcbnetDocument) document = ccbnet_registry_lookup_document (registry, "seed-000");

  g_assert_nonnull (ccb);
  g_assert_cmpstr (ccbnet_entity_get_short_name (ccb), ==, "CCB");
  g_assert_nonnull (r053);
  g_assert_true (ccbnet_relation_get_subject (r053) == ccb);
  g_assert_cmpint (ccbnet_section_get_scope (section), ==, CCBNET_SCOPE_EUROPEAN);
  g_assert_cmpint (ccbnet_document_get_kind (document), ==, CCBNET_DOCUMENT_KIND_PRIMARY);

  /* Lookups are by exact id only. */
  g_assert_null (ccbnet_registry_lookup (registry, "CCB"));
  g_assert_null (ccbnet_registry_lookup (registry, "nothing"));
  g_assert_null (ccbnet_registry_lookup_relation (registry, "ccb"));
  g_assert_null (ccbnet_registry_lookup_section (registry, "r001"));
  g_assert_null (ccbnet_registry_lookup_document (registry, "ccb"));

  /* An empty registry knows nothing. */
  {
    g_autoptr(CcbnetRegistry) empty = ccbnet_registry_new ();
    g_autoptr(GListModel) found = ccbnet_registry_find_all (empty, "CCB");

    g_assert_null (ccbnet_registry_lookup (empty, "ccb"));
    g_assert_null (ccbnet_registry_find (empty, "CCB"));
    g_assert_cmpuint (ccbnet_registry_get_n_entities (empty), ==, 0);
    g_assert_cmpuint (ccbnet_registry_get_n_relations (empty), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
  }
}

static void
assert_finds (const char *text,
              const char *id)
{
  g_autoptr(CcbnetEntity) entity = ccbnet_registry_find (ccbnet_registry_get_default (), text);

  if (entity == NULL)
    g_error ("find (“%s”) found nothing, expected %s", text, id);
  g_assert_cmpstr (ccbnet_entity_get_id (entity), ==, id);
}

static void
test_find (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();

  assert_finds ("ccb", "ccb");
  assert_finds ("CCB", "ccb");
  assert_finds ("Centre for Cybersecurity Belgium", "ccb");
  assert_finds ("centrum voor cybersecurity belgië", "ccb");
  assert_finds ("Centre pour la Cybersecurite Belgique", "ccb");
  assert_finds ("  Zentrum   für Cybersicherheit Belgien ", "ccb");
  assert_finds ("cert.be", "cert-be");
  assert_finds ("The CCB's Director", "ccb-director");
  assert_finds ("The CCB’s Director", "ccb-director");
  assert_finds ("ENISA", "enisa");
  assert_finds ("Agence de l'Union européenne pour la cybersécurité", "enisa");
  assert_finds ("België", "belgium");
  assert_finds ("les Conseillers en Sécurité de l'Information/Data Protection Officers", "csi-dpo-platform");
  assert_finds ("FIRST", "first");
  g_assert_null (ccbnet_registry_find (registry, "CCBX"));
  g_assert_null (ccbnet_registry_find (registry, ""));

  /* QCTR is the report's acronym; the page gives the events none, and they are found by their
   * own wording, "QCTR events". */
  {
    g_autoptr(GListModel) found = ccbnet_registry_find_all (registry, "qctr");
    g_autofree char *ids = test_ids (found);

    g_assert_cmpstr (ids, ==, "qctr-report");
    assert_finds ("QCTR", "qctr-report");
    assert_finds ("QCTR events", "qctr-events");
  }
  /* An id match ranks before a name match. */
  {
    g_autoptr(GListModel) found = ccbnet_registry_find_all (registry, "sit");
    g_autofree char *ids = test_ids (found);

    g_assert_cmpstr (ids, ==, "sit");
  }
}

static void
test_names (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(CcbnetEntity) first = test_entity (registry, "first");
  g_autoptr(CcbnetEntity) csi = test_entity (registry, "csi-dpo-platform");
  GPtrArray *names = ccbnet_entity_get_other_names (ccb);
  CcbnetDocument *name_source = ccbnet_entity_get_name_source (ccb);
  gboolean saw_nl = FALSE;

  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "nl"), ==, "Centrum voor Cybersecurity België");
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "nl-BE"), ==, "Centrum voor Cybersecurity België");
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "fr_BE.UTF-8"), ==, "Centre pour la Cybersécurité Belgique");
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "de"), ==, "Zentrum für Cybersicherheit Belgien");
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "en"), ==, ccbnet_entity_get_name (ccb));
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, NULL), ==, ccbnet_entity_get_name (ccb));
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (ccb, "ja"), ==, ccbnet_entity_get_name (ccb));
  /* FIRST has no other names: every language falls back to the page's name. */
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (first, "nl"), ==, "FIRST");

  /* The page never expands CCB: the name is marked as coming from outside. */
  g_assert_nonnull (name_source);
  g_assert_cmpint (ccbnet_document_get_kind (name_source), ==, CCBNET_DOCUMENT_KIND_EXTERNAL);
  for (guint i = 0; i < names->len; i++)
    {
      CcbnetName *name = names->pdata[i];

      if (g_str_equal (ccbnet_name_get_language (name), "nl"))
        {
          saw_nl = TRUE;
          g_assert_true (ccbnet_name_is_external (name));
          g_assert_nonnull (ccbnet_name_get_source (name));
        }
    }
  g_assert_true (saw_nl);

  /* The French expansion of CSI/DPO is the page's own: not external. The French page's name of
   * the platform cites that page, with the day it was read. */
  {
    GPtrArray *csi_names = ccbnet_entity_get_other_names (csi);
    guint n_fr = 0;

    for (guint i = 0; i < csi_names->len; i++)
      {
        CcbnetName *name = csi_names->pdata[i];

        if (!g_str_equal (ccbnet_name_get_language (name), "fr"))
          continue;
        if (n_fr++ == 0)
          {
            g_assert_false (ccbnet_name_is_external (name));
            g_assert_null (ccbnet_name_get_source (name));
            g_assert_cmpstr (ccbnet_name_get_text (name), ==,
                             "les Conseillers en Sécurité de l'Information/Data Protection Officers");
          }
        else
          {
            g_assert_true (ccbnet_name_is_external (name));
            g_assert_cmpstr (ccbnet_name_get_text (name), ==, "plateforme CSI/DPO");
            g_assert_cmpstr (ccbnet_document_get_id (ccbnet_name_get_source (name)), ==, "ccb-collaboration-fr");
            g_assert_cmpstr (ccbnet_document_get_retrieved (ccbnet_name_get_source (name)), ==, "2026-12-05");
          }
      }
    g_assert_cmpuint (n_fr, ==, 2);
  }
}

static void
test_sections (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  GListModel *sections = ccbnet_registry_get_sections (registry);
  g_autoptr(CcbnetSection) first = g_list_model_get_item (sections, 0);
  g_autoptr(CcbnetSection) last = g_list_model_get_item (sections, 4);
  g_auto(GStrv) languages = ccbnet_section_dup_languages (first);
  g_autofree char *ids = test_ids (sections);
  CcbnetScope scope;
  guint position;

  g_assert_cmpstr (ids, ==, "section-national-1,section-national-2,section-european,"
                            "section-international,section-operational");
  g_assert_cmpstr (ccbnet_section_get_heading (first, "nl"), ==, "Nationale samenwerking");
  g_assert_cmpstr (ccbnet_section_get_heading (first, "en"), ==, "National networks (1)");
  g_assert_cmpstr (ccbnet_section_get_heading (first, "nl-BE"), ==, "Nationale samenwerking");
  g_assert_cmpstr (ccbnet_section_get_heading (first, "fr"), ==, "National networks (1)");
  g_assert_cmpstr (ccbnet_section_get_heading (first, NULL), ==, "National networks (1)");
  g_assert_cmpstr (ccbnet_section_get_heading (last, "nl"), ==, "Operationele netwerken");
  g_assert_true (g_strv_contains ((const char * const *) languages, "nl"));
  g_assert_true (g_strv_contains ((const char * const *) languages, "en"));
  g_assert_cmpuint (ccbnet_section_get_sources (first)->len, >=, 1);
  g_object_get (last, "scope", &scope, "position", &position, NULL);
  g_assert_cmpint (scope, ==, CCBNET_SCOPE_OPERATIONAL);
  g_assert_cmpuint (position, ==, 4);
}

/* Every property read through g_object_get() equals its accessor. */
static void
test_entity_properties (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  GListModel *entities = ccbnet_registry_get_entities (registry);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      g_autofree char *id = NULL, *name = NULL, *short_name = NULL, *classification = NULL;
      g_autofree char *description = NULL, *cadence_text = NULL, *note = NULL;
      g_autoptr(CcbnetSection) section = NULL;
      g_autoptr(CcbnetEntity) parent = NULL;
      g_autoptr(CcbnetDocument) name_source = NULL;
      CcbnetEntityType type;
      CcbnetScope scope;
      CcbnetCadence cadence;
      CcbnetStatus status;
      gboolean collective;

      g_object_get (entity, "id", &id, "name", &name, "short-name", &short_name,
                    "classification", &classification, "description", &description,
                    "cadence-text", &cadence_text, "note", &note, "section", &section,
                    "parent", &parent, "name-source", &name_source, "entity-type", &type,
                    "scope", &scope, "cadence", &cadence, "status", &status,
                    "is-collective", &collective, NULL);
      g_assert_cmpstr (id, ==, ccbnet_entity_get_id (entity));
      g_assert_cmpstr (name, ==, ccbnet_entity_get_name (entity));
      g_assert_cmpstr (short_name, ==, ccbnet_entity_get_short_name (entity));
      g_assert_cmpstr (classification, ==, ccbnet_entity_get_classification (entity));
      g_assert_cmpstr (description, ==, ccbnet_entity_get_description (entity));
      g_assert_cmpstr (cadence_text, ==, ccbnet_entity_get_cadence_text (entity));
      g_assert_cmpstr (note, ==, ccbnet_entity_get_note (entity));
      g_assert_true (section == ccbnet_entity_get_section (entity));
      g_assert_true (parent == ccbnet_entity_get_parent (entity));
      g_assert_true (name_source == ccbnet_entity_get_name_source (entity));
      g_assert_cmpint (type, ==, ccbnet_entity_get_entity_type (entity));
      g_assert_cmpint (scope, ==, ccbnet_entity_get_scope (entity));
      g_assert_cmpint (scope, ==, ccbnet_section_get_scope (section));
      g_assert_cmpint (cadence, ==, ccbnet_entity_get_cadence (entity));
      g_assert_cmpint (status, ==, ccbnet_entity_get_status (entity));
      g_assert_cmpint (collective, ==, ccbnet_entity_get_is_collective (entity));
      g_assert_cmpuint (ccbnet_entity_get_sources (entity)->len, >=, 1);

      /* The class follows the entity type. */
      switch (type)
        {
        case CCBNET_ENTITY_TYPE_ORGANISATION:
        case CCBNET_ENTITY_TYPE_STATE:
        case CCBNET_ENTITY_TYPE_ACTOR_GROUP:
          g_assert_true (CCBNET_IS_ORGANISATION (entity));
          break;
        case CCBNET_ENTITY_TYPE_BODY:
        case CCBNET_ENTITY_TYPE_EVENT_SERIES:
          g_assert_true (CCBNET_IS_PLATFORM (entity));
          break;
        case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT:
          g_assert_true (CCBNET_IS_LEGAL_INSTRUMENT (entity));
          break;
        case CCBNET_ENTITY_TYPE_POST:
          g_assert_true (CCBNET_IS_POST (entity));
          break;
        case CCBNET_ENTITY_TYPE_ANY:
          g_assert_not_reached ();
          break;
        default:
          g_assert_true (CCBNET_IS_THING (entity));
        }
    }
}

static void
test_subclass_properties (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) gfce = test_entity (registry, "gfce");
  g_autoptr(CcbnetEntity) coalition = test_entity (registry, "cyber-security-coalition");
  g_autoptr(CcbnetEntity) experts = test_entity (registry, "coalition-experts");
  g_autoptr(CcbnetEntity) act = test_entity (registry, "nis-act");
  g_autoptr(CcbnetEntity) director = test_entity (registry, "ccb-director");
  g_auto(GStrv) categories = NULL, topics = NULL, purposes = NULL, characteristics = NULL;
  g_autofree char *date = NULL, *role = NULL;
  gboolean non_exhaustive;
  CcbnetSector sectors;

  g_object_get (gfce, "member-categories", &categories, "characteristics", &characteristics,
                "purposes", &purposes, NULL);
  g_assert_true (g_strv_equal ((const char * const *) categories,
                               ccbnet_platform_get_member_categories (CCBNET_PLATFORM (gfce))));
  g_assert_true (g_strv_contains ((const char * const *) categories, "countries"));
  g_assert_true (g_strv_contains ((const char * const *) characteristics, "worldwide"));
  g_assert_cmpuint (g_strv_length (purposes), >=, 1);

  g_object_get (coalition, "topics", &topics, "topics-non-exhaustive", &non_exhaustive, NULL);
  g_assert_true (g_strv_contains ((const char * const *) topics, "crypto"));
  g_assert_true (non_exhaustive);
  g_assert_true (ccbnet_platform_get_topics_non_exhaustive (CCBNET_PLATFORM (coalition)));

  g_object_get (experts, "sectors", &sectors, NULL);
  g_assert_cmpint (sectors, ==, CCBNET_SECTOR_PUBLIC | CCBNET_SECTOR_PRIVATE | CCBNET_SECTOR_ACADEMIC);
  g_assert_cmpint (ccbnet_organisation_get_sectors (CCBNET_ORGANISATION (experts)), ==, sectors);

  g_object_get (act, "date", &date, NULL);
  g_assert_cmpstr (date, ==, "2019-04-07");
  g_assert_cmpstr (ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (act)), ==, date);

  g_object_get (director, "role", &role, NULL);
  g_assert_cmpstr (role, ==, "Director");
  g_assert_cmpstr (ccbnet_post_get_role (CCBNET_POST (director)), ==, role);

  /* Platforms without lists give empty ones, never NULL. */
  {
    g_autoptr(CcbnetEntity) first = test_entity (registry, "first");

    g_assert_nonnull (ccbnet_platform_get_topics (CCBNET_PLATFORM (first)));
    g_assert_null (ccbnet_platform_get_topics (CCBNET_PLATFORM (first))[0]);
  }
}

static void
test_relation_properties (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  GListModel *relations = ccbnet_registry_get_relations (registry);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(CcbnetEntity) subject = NULL, object = NULL, on_behalf_of = NULL, via = NULL;
      g_autoptr(CcbnetEntity) context = NULL, capacity = NULL, legal_basis = NULL;
      g_autoptr(CcbnetEntity) framework = NULL, condition_ref = NULL;
      g_autoptr(CcbnetSection) section = NULL;
      g_autofree char *id = NULL, *condition_text = NULL, *cadence_text = NULL, *role = NULL;
      g_autofree char *topic = NULL, *note = NULL, *start_date = NULL, *end_date = NULL;
      CcbnetRelationKind kind;
      CcbnetCondition condition;
      CcbnetCadence cadence;
      CcbnetLevel levels;
      gboolean non_exhaustive;

      g_object_get (relation, "id", &id, "kind", &kind, "subject", &subject, "object", &object,
                    "on-behalf-of", &on_behalf_of, "via", &via, "context", &context,
                    "capacity", &capacity, "legal-basis", &legal_basis, "framework", &framework,
                    "condition", &condition, "condition-text", &condition_text,
                    "condition-ref", &condition_ref, "cadence", &cadence,
                    "cadence-text", &cadence_text, "role", &role, "topic", &topic,
                    "levels", &levels, "non-exhaustive", &non_exhaustive,
                    "start-date", &start_date, "end-date", &end_date, "note", &note,
                    "section", &section, NULL);
      g_assert_cmpstr (id, ==, ccbnet_relation_get_id (relation));
      g_assert_cmpint (kind, ==, ccbnet_relation_get_kind (relation));
      g_assert_true (subject == ccbnet_relation_get_subject (relation));
      g_assert_true (object == ccbnet_relation_get_object (relation));
      g_assert_true (on_behalf_of == ccbnet_relation_get_on_behalf_of (relation));
      g_assert_true (via == ccbnet_relation_get_via (relation));
      g_assert_true (context == ccbnet_relation_get_context (relation));
      g_assert_true (capacity == ccbnet_relation_get_capacity (relation));
      g_assert_true (legal_basis == ccbnet_relation_get_legal_basis (relation));
      g_assert_true (framework == ccbnet_relation_get_framework (relation));
      g_assert_true (condition_ref == ccbnet_relation_get_condition_ref (relation));
      g_assert_true (section == ccbnet_relation_get_section (relation));
      g_assert_cmpint (condition, ==, ccbnet_relation_get_condition (relation));
      g_assert_cmpint (cadence, ==, ccbnet_relation_get_cadence (relation));
      g_assert_cmpint (levels, ==, ccbnet_relation_get_levels (relation));
      g_assert_cmpint (non_exhaustive, ==, ccbnet_relation_get_non_exhaustive (relation));
      g_assert_cmpstr (condition_text, ==, ccbnet_relation_get_condition_text (relation));
      g_assert_cmpstr (cadence_text, ==, ccbnet_relation_get_cadence_text (relation));
      g_assert_cmpstr (role, ==, ccbnet_relation_get_role (relation));
      g_assert_cmpstr (topic, ==, ccbnet_relation_get_topic (relation));
      g_assert_cmpstr (note, ==, ccbnet_relation_get_note (relation));
      g_assert_cmpstr (start_date, ==, ccbnet_relation_get_start_date (relation));
      g_assert_cmpstr (end_date, ==, ccbnet_relation_get_end_date (relation));
      g_assert_true (ccbnet_relation_get_other_end (relation, subject) == object);
      g_assert_true (ccbnet_relation_get_other_end (relation, object) == subject);
      g_assert_nonnull (ccbnet_relation_get_co_actors (relation));
      g_assert_cmpuint (ccbnet_relation_get_sources (relation)->len, >=, 1);

      /* What the loader promises about qualifiers. */
      if (kind == CCBNET_RELATION_KIND_REPRESENTS_IN || kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR)
        g_assert_nonnull (on_behalf_of);
      if (kind == CCBNET_RELATION_KIND_DESIGNATED_AS)
        g_assert_cmpint (ccbnet_entity_get_entity_type (legal_basis), ==, CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT);
      if (condition == CCBNET_CONDITION_PENDING_ESTABLISHMENT)
        g_assert_nonnull (condition_ref);
    }

  /* Qualifiers with values, on known relations. */
  {
    g_autoptr(CcbnetRelation) r027 = ccbnet_registry_lookup_relation (registry, "r027");
    g_autoptr(CcbnetRelation) r047 = ccbnet_registry_lookup_relation (registry, "r047");
    g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
    g_autoptr(CcbnetEntity) other = test_entity (registry, "ccb-director");

    g_assert_cmpint (ccbnet_relation_get_levels (r027), ==,
                     CCBNET_LEVEL_NATIONAL | CCBNET_LEVEL_EUROPEAN | CCBNET_LEVEL_INTERNATIONAL);
    g_assert_cmpint (ccbnet_relation_get_condition (r027), ==, CCBNET_CONDITION_CAPABILITY);
    g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_relation_get_framework (r047)), ==, "nis-directive");
    g_assert_null (ccbnet_relation_get_other_end (r047, other));
    g_assert_true (ccbnet_relation_get_other_end (r047, ccb) == ccbnet_relation_get_object (r047));
  }
}

static void
test_provenance (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetRelation) r076 = ccbnet_registry_lookup_relation (registry, "r076");
  CcbnetCitation *citation = g_ptr_array_index (ccbnet_relation_get_sources (r076), 0);
  CcbnetDocument *document = ccbnet_citation_get_document (citation);
  g_autoptr(CcbnetDocument) document_prop = NULL;
  g_autofree char *quote = NULL, *id = NULL, *title = NULL, *publisher = NULL, *url = NULL;
  g_autofree char *language = NULL, *retrieved = NULL, *file = NULL, *note = NULL;
  CcbnetDocumentKind kind;

  g_object_get (citation, "document", &document_prop, "quote", &quote, NULL);
  g_assert_true (document_prop == document);
  g_assert_cmpstr (quote, ==, "If requested, the CCB provides expertise to Belgium’s representations "
                              "to NATO and the United Nations in the area of cyber security.");
  g_object_get (document, "id", &id, "kind", &kind, "title", &title, "publisher", &publisher,
                "url", &url, "language", &language, "retrieved", &retrieved, "file", &file,
                "note", &note, NULL);
  g_assert_cmpstr (id, ==, "seed-000");
  g_assert_cmpint (kind, ==, CCBNET_DOCUMENT_KIND_PRIMARY);
  g_assert_cmpstr (title, ==, ccbnet_document_get_title (document));
  g_assert_cmpstr (publisher, ==, ccbnet_document_get_publisher (document));
  g_assert_cmpstr (url, ==, ccbnet_document_get_url (document));
  g_assert_cmpstr (language, ==, "en");
  g_assert_cmpstr (retrieved, ==, ccbnet_document_get_retrieved (document));
  g_assert_cmpstr (file, ==, "sources/ccb-networks-page.txt");
  g_assert_cmpstr (note, ==, ccbnet_document_get_note (document));
}

static void
test_structure (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(CcbnetEntity) cert = test_entity (registry, "cert-be");
  g_autoptr(CcbnetEntity) enisa = test_entity (registry, "enisa");
  g_autoptr(CcbnetEntity) eu = test_entity (registry, "eu");
  g_autoptr(GListModel) parts = ccbnet_entity_list_parts (ccb, FALSE);
  g_autoptr(GListModel) eu_direct = ccbnet_entity_list_parts (eu, FALSE);
  g_autoptr(GListModel) eu_all = ccbnet_entity_list_parts (eu, TRUE);
  g_autoptr(GListModel) cert_relations = ccbnet_entity_list_relations (cert);
  g_autofree char *part_ids = test_ids (parts);
  g_autofree char *eu_direct_ids = test_ids (eu_direct);
  g_autofree char *eu_all_ids = test_ids (eu_all);
  g_autofree char *cert_relation_ids = test_ids (cert_relations);

  g_assert_true (ccbnet_entity_get_parent (cert) == ccb);
  g_assert_true (ccbnet_entity_get_parent (enisa) == eu);
  g_assert_null (ccbnet_entity_get_parent (ccb));
  g_assert_cmpstr (part_ids, ==, "ccb-director,cert-be");
  g_assert_cmpstr (eu_direct_ids, ==, "enisa,council-eu");
  g_assert_cmpstr (eu_all_ids, ==, "enisa-adhoc-wgs,enisa,enisa-management-board,hwp-ci,council-eu");
  g_assert_cmpstr (cert_relation_ids, ==, "r016,r083,r084,r085,r086,r087");
}

/* Objects outlive the registry they came from, and nothing keeps them alive behind the user's
 * back: the last reference finalizes them. */
static void
test_lifetimes (void)
{
  CcbnetRegistry *registry = test_load_fixture ("minimal.json");
  CcbnetEntity *agency = test_entity (registry, "agency");
  CcbnetRelation *r4 = ccbnet_registry_lookup_relation (registry, "r4");
  GListModel *entities = g_object_ref (ccbnet_registry_get_entities (registry));

  g_assert_finalize_object (registry);
  g_assert_cmpstr (ccbnet_entity_get_name (agency), ==, "Test Agency");
  g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_relation_get_on_behalf_of (r4)), ==, "testland");
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 9);
  g_object_unref (entities);
  g_assert_finalize_object (r4);
  g_assert_finalize_object (agency);
}

/* Each enum's to_string () gives the nick of every value, and NULL for a value it lacks; the
 * flags give their nicks in the type's order. */
static void
test_nicks (void)
{
  g_auto(GStrv) sectors = ccbnet_sector_to_strv (CCBNET_SECTOR_PUBLIC | CCBNET_SECTOR_ACADEMIC);
  g_auto(GStrv) no_sectors = ccbnet_sector_to_strv (CCBNET_SECTOR_NONE);
  g_auto(GStrv) levels = ccbnet_level_to_strv (CCBNET_LEVEL_INTERNATIONAL | CCBNET_LEVEL_NATIONAL);
  const char * const expected_sectors[] = { "public", "academic", NULL };
  const char * const expected_levels[] = { "national", "international", NULL };
  g_autoptr(GEnumClass) codes = g_type_class_ref (CCBNET_TYPE_DATASET_ERROR);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (CCBNET_TYPE_STATUS);
  g_autoptr(GEnumClass) document_kinds = g_type_class_ref (CCBNET_TYPE_DOCUMENT_KIND);

  g_assert_cmpstr (ccbnet_status_to_string (CCBNET_STATUS_PENDING_ESTABLISHMENT), ==,
                   "pending-establishment");
  g_assert_null (ccbnet_status_to_string (99));
  g_assert_cmpstr (ccbnet_document_kind_to_string (CCBNET_DOCUMENT_KIND_EXTERNAL), ==, "external");
  g_assert_null (ccbnet_document_kind_to_string (99));
  g_assert_cmpstr (ccbnet_problem_code_to_string (CCBNET_DATASET_ERROR_DANGLING_REFERENCE), ==,
                   "dangling-reference");
  g_assert_null (ccbnet_problem_code_to_string (99));
  for (guint i = 0; i < codes->n_values; i++)
    g_assert_cmpstr (ccbnet_problem_code_to_string (codes->values[i].value), ==, codes->values[i].value_nick);
  for (guint i = 0; i < statuses->n_values; i++)
    g_assert_cmpstr (ccbnet_status_to_string (statuses->values[i].value), ==, statuses->values[i].value_nick);
  for (guint i = 0; i < document_kinds->n_values; i++)
    g_assert_cmpstr (ccbnet_document_kind_to_string (document_kinds->values[i].value), ==,
                     document_kinds->values[i].value_nick);

  g_assert_cmpstrv (sectors, expected_sectors);
  g_assert_cmpuint (g_strv_length (no_sectors), ==, 0);
  g_assert_cmpstrv (levels, expected_levels);
}

static void
test_kinds (void)
{
  g_assert_true (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_REPRESENTS_IN, CCBNET_RELATION_KIND_MEMBER_OF));
  g_assert_true (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_REPRESENTS_IN, CCBNET_RELATION_KIND_PARTICIPATES_IN));
  g_assert_true (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR, CCBNET_RELATION_KIND_PARTICIPATES_IN));
  g_assert_false (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR, CCBNET_RELATION_KIND_MEMBER_OF));
  g_assert_true (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_UNIT_OF, CCBNET_RELATION_KIND_PART_OF));
  g_assert_false (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_PART_OF, CCBNET_RELATION_KIND_UNIT_OF));
  g_assert_true (ccbnet_relation_kind_is_a (CCBNET_RELATION_KIND_INFORMS, CCBNET_RELATION_KIND_ANY));
  g_assert_cmpint (ccbnet_relation_kind_get_parent (CCBNET_RELATION_KIND_MEMBER_OF), ==,
                   CCBNET_RELATION_KIND_PARTICIPATES_IN);
  g_assert_cmpint (ccbnet_relation_kind_get_parent (CCBNET_RELATION_KIND_INFORMS), ==, CCBNET_RELATION_KIND_ANY);
  g_assert_cmpint (ccbnet_cadence_get_nominal_months (CCBNET_CADENCE_MONTHLY), ==, 1);
  g_assert_cmpint (ccbnet_cadence_get_nominal_months (CCBNET_CADENCE_BIMONTHLY), ==, 2);
  g_assert_cmpint (ccbnet_cadence_get_nominal_months (CCBNET_CADENCE_AT_LEAST_QUARTERLY), ==, 3);
  g_assert_cmpint (ccbnet_cadence_get_nominal_months (CCBNET_CADENCE_BIENNIAL), ==, 24);
  g_assert_cmpint (ccbnet_cadence_get_nominal_months (CCBNET_CADENCE_REGULAR), ==, -1);

  /* The nicks are the dataset format's strings. */
  {
    g_autoptr(GEnumClass) kinds = g_type_class_ref (CCBNET_TYPE_RELATION_KIND);

    g_assert_cmpint (g_enum_get_value_by_nick (kinds, "point-of-contact-for")->value, ==,
                     CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR);
  }
  g_assert_cmpuint (CCBNET_DATASET_ERROR, ==, g_quark_from_static_string ("ccbnet-dataset-error-quark"));

  /* The nicks by function, for bindings that cannot reach GEnum nicks. */
  g_assert_cmpstr (ccbnet_relation_kind_to_string (CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR), ==,
                   "point-of-contact-for");
  g_assert_cmpstr (ccbnet_entity_type_to_string (CCBNET_ENTITY_TYPE_ACTOR_GROUP), ==, "actor-group");
  g_assert_cmpstr (ccbnet_scope_to_string (CCBNET_SCOPE_OPERATIONAL), ==, "operational");
  g_assert_cmpstr (ccbnet_cadence_to_string (CCBNET_CADENCE_AT_LEAST_QUARTERLY), ==, "at-least-quarterly");
  g_assert_cmpstr (ccbnet_condition_to_string (CCBNET_CONDITION_PENDING_ESTABLISHMENT), ==,
                   "pending-establishment");
  g_assert_null (ccbnet_condition_to_string (99));
}

static void
test_version (void)
{
  g_autofree char *version = g_strdup_printf ("%d.%d.%d", CCBNET_MAJOR_VERSION, CCBNET_MINOR_VERSION,
                                              CCBNET_MICRO_VERSION);

  g_assert_cmpstr (version, ==, CCBNET_VERSION_S);
  g_assert_true (CCBNET_CHECK_VERSION (1, 0, 0));
  g_assert_false (CCBNET_CHECK_VERSION (CCBNET_MAJOR_VERSION + 1, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/registry/default", test_default);
  g_test_add_func ("/registry/lookup", test_lookup);
  g_test_add_func ("/registry/find", test_find);
  g_test_add_func ("/registry/lifetimes", test_lifetimes);
  g_test_add_func ("/entity/names", test_names);
  g_test_add_func ("/entity/properties", test_entity_properties);
  g_test_add_func ("/entity/subclass-properties", test_subclass_properties);
  g_test_add_func ("/entity/structure", test_structure);
  g_test_add_func ("/relation/properties", test_relation_properties);
  g_test_add_func ("/relation/provenance", test_provenance);
  g_test_add_func ("/section/headings", test_sections);
  g_test_add_func ("/vocabulary/kinds", test_kinds);
  g_test_add_func ("/vocabulary/nicks", test_nicks);
  g_test_add_func ("/version", test_version);

  return g_test_run ();
}
