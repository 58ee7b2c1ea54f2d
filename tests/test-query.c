/* test-query.c: what each query filter means, and paths
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

#include <glib/gstdio.h>
#include <unistd.h>

static CcbnetRegistry *fixture;

static char *
relation_ids (CcbnetRegistry *registry,
              CcbnetQuery    *query)
{
  g_autoptr(GListModel) result = ccbnet_registry_query (registry, query);

  g_assert_true (G_IS_LIST_STORE (result));
  g_assert_true (g_list_model_get_item_type (result) == CCBNET_TYPE_RELATION);

  return test_ids (result);
}

static char *
entity_ids (CcbnetRegistry *registry,
            CcbnetQuery    *query)
{
  g_autoptr(GListModel) result = ccbnet_registry_query_entities (registry, query);

  g_assert_true (G_IS_LIST_STORE (result));
  g_assert_true (g_list_model_get_item_type (result) == CCBNET_TYPE_ENTITY);

  return test_ids (result);
}

#define ASSERT_RELATIONS(registry, query, expected) \
  G_STMT_START { \
    g_autofree char *_ids = relation_ids ((registry), (query)); \
    g_assert_cmpstr (_ids, ==, (expected)); \
  } G_STMT_END

#define ASSERT_ENTITIES(registry, query, expected) \
  G_STMT_START { \
    g_autofree char *_ids = entity_ids ((registry), (query)); \
    g_assert_cmpstr (_ids, ==, (expected)); \
  } G_STMT_END

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_properties (void)
{
  CcbnetQuery *query = ccbnet_query_new ();
  g_autoptr(CcbnetEntity) agency = test_entity (fixture, "agency");
  g_autoptr(CcbnetSection) section = ccbnet_registry_lookup_section (fixture, "sec-european");
  g_autoptr(CcbnetEntity) subject = NULL, object = NULL, on_behalf_of = NULL, via = NULL, context = NULL;
  g_autoptr(CcbnetSection) section_prop = NULL;
  CcbnetRelationKind kind;
  CcbnetCondition condition;
  CcbnetCadence cadence;
  CcbnetScope scope;
  CcbnetEntityType type;
  gboolean subkinds, parts;
  guint notified = 0;

  g_assert_false (ccbnet_query_has_relation_filter (query));
  g_signal_connect (query, "notify", G_CALLBACK (count_notify), &notified);

  g_object_set (query, "kind", CCBNET_RELATION_KIND_MEMBER_OF, "include-subkinds", TRUE,
                "subject", agency, "object", agency, "on-behalf-of", agency, "via", agency,
                "context", agency, "condition", CCBNET_CONDITION_ON_REQUEST,
                "cadence", CCBNET_CADENCE_MONTHLY, "scope", CCBNET_SCOPE_EUROPEAN,
                "section", section, "entity-type", CCBNET_ENTITY_TYPE_BODY,
                "include-parts", TRUE, NULL);
  g_assert_cmpuint (notified, ==, 13);
  /* Setting a value again notifies nothing (G_PARAM_EXPLICIT_NOTIFY). */
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_MEMBER_OF);
  ccbnet_query_set_subject (query, agency);
  ccbnet_query_set_include_parts (query, 2);
  g_assert_cmpuint (notified, ==, 13);

  g_object_get (query, "kind", &kind, "include-subkinds", &subkinds, "subject", &subject,
                "object", &object, "on-behalf-of", &on_behalf_of, "via", &via, "context", &context,
                "condition", &condition, "cadence", &cadence, "scope", &scope,
                "section", &section_prop, "entity-type", &type, "include-parts", &parts, NULL);
  g_assert_cmpint (kind, ==, ccbnet_query_get_kind (query));
  g_assert_cmpint (kind, ==, CCBNET_RELATION_KIND_MEMBER_OF);
  g_assert_true (subkinds && ccbnet_query_get_include_subkinds (query));
  g_assert_true (subject == agency && ccbnet_query_get_subject (query) == agency);
  g_assert_true (object == agency && ccbnet_query_get_object (query) == agency);
  g_assert_true (on_behalf_of == agency && ccbnet_query_get_on_behalf_of (query) == agency);
  g_assert_true (via == agency && ccbnet_query_get_via (query) == agency);
  g_assert_true (context == agency && ccbnet_query_get_context (query) == agency);
  g_assert_cmpint (condition, ==, ccbnet_query_get_condition (query));
  g_assert_cmpint (cadence, ==, ccbnet_query_get_cadence (query));
  g_assert_cmpint (scope, ==, ccbnet_query_get_scope (query));
  g_assert_true (section_prop == section && ccbnet_query_get_section (query) == section);
  g_assert_cmpint (type, ==, ccbnet_query_get_entity_type (query));
  g_assert_true (parts && ccbnet_query_get_include_parts (query));
  g_assert_true (ccbnet_query_has_relation_filter (query));

  ccbnet_query_set_subject (query, NULL);
  g_assert_null (ccbnet_query_get_subject (query));
  g_assert_cmpuint (notified, ==, 14);

  g_clear_object (&subject);
  g_clear_object (&object);
  g_clear_object (&on_behalf_of);
  g_clear_object (&via);
  g_clear_object (&context);
  g_clear_object (&section_prop);
  g_assert_finalize_object (query);
}

static void
test_kind_and_subkinds (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  ASSERT_RELATIONS (fixture, query, "r1,r2,r3,r4,r5,r6,r7");
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_PARTICIPATES_IN);
  ASSERT_RELATIONS (fixture, query, "r7");
  ccbnet_query_set_include_subkinds (query, TRUE);
  ASSERT_RELATIONS (fixture, query, "r4,r5,r6,r7");
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_MEMBER_OF);
  ASSERT_RELATIONS (fixture, query, "r4,r5,r6");
  ccbnet_query_set_include_subkinds (query, FALSE);
  ASSERT_RELATIONS (fixture, query, "r6");
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_PART_OF);
  ASSERT_RELATIONS (fixture, query, "");
  ccbnet_query_set_include_subkinds (query, TRUE);
  ASSERT_RELATIONS (fixture, query, "r1");
}

static void
test_anchors_and_parts (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(CcbnetEntity) agency = test_entity (fixture, "agency");
  g_autoptr(CcbnetEntity) forum = test_entity (fixture, "forum");

  ccbnet_query_set_subject (query, agency);
  ASSERT_RELATIONS (fixture, query, "r3,r4,r7");
  ASSERT_ENTITIES (fixture, query, "forum,board,contact-role");
  /* The unit and the director are parts of the agency. */
  ccbnet_query_set_include_parts (query, TRUE);
  ASSERT_RELATIONS (fixture, query, "r1,r2,r3,r4,r5,r6,r7");
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_MEMBER_OF);
  ccbnet_query_set_include_subkinds (query, TRUE);
  ASSERT_RELATIONS (fixture, query, "r4,r5,r6");
  ASSERT_ENTITIES (fixture, query, "forum,board");

  /* Anchored on the object: the free end is the subject. */
  g_object_set (query, "subject", NULL, "object", forum, "include-parts", FALSE, NULL);
  ASSERT_RELATIONS (fixture, query, "r4,r5");
  ASSERT_ENTITIES (fixture, query, "agency,unit");

  /* Both anchored: both ends. */
  ccbnet_query_set_subject (query, agency);
  ASSERT_RELATIONS (fixture, query, "r4");
  ASSERT_ENTITIES (fixture, query, "agency,forum");

  /* Neither anchored: both ends of every match, in dataset order. */
  g_object_set (query, "subject", NULL, "object", NULL, NULL);
  ASSERT_ENTITIES (fixture, query, "agency,unit,director,forum,board");
}

static void
test_qualifiers (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(CcbnetEntity) testland = test_entity (fixture, "testland");
  g_autoptr(CcbnetEntity) agency = test_entity (fixture, "agency");

  ccbnet_query_set_on_behalf_of (query, testland);
  ASSERT_RELATIONS (fixture, query, "r4");
  ccbnet_query_set_on_behalf_of (query, agency);
  ASSERT_RELATIONS (fixture, query, "r5");
  ASSERT_ENTITIES (fixture, query, "unit,forum");
  ccbnet_query_set_on_behalf_of (query, NULL);

  ccbnet_query_set_condition (query, CCBNET_CONDITION_PENDING_ESTABLISHMENT);
  ASSERT_RELATIONS (fixture, query, "r4");
  ccbnet_query_set_condition (query, CCBNET_CONDITION_WHERE_APPROPRIATE);
  ASSERT_RELATIONS (fixture, query, "r7");
  ccbnet_query_set_condition (query, CCBNET_CONDITION_ON_REQUEST);
  ASSERT_RELATIONS (fixture, query, "");
  ccbnet_query_set_condition (query, CCBNET_CONDITION_NONE);

  /* Cadence is the relation's with a relation filter, the entity's without. */
  ccbnet_query_set_cadence (query, CCBNET_CADENCE_MONTHLY);
  ASSERT_RELATIONS (fixture, query, "r6");
  ASSERT_ENTITIES (fixture, query, "forum");
  ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_MEMBER_OF);
  ASSERT_ENTITIES (fixture, query, "director,board");
}

static void
test_scope_section_type (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(CcbnetSection) national = ccbnet_registry_lookup_section (fixture, "sec-national");

  ccbnet_query_set_scope (query, CCBNET_SCOPE_NATIONAL);
  ASSERT_RELATIONS (fixture, query, "r1,r2");
  ASSERT_ENTITIES (fixture, query, "agency,unit,director,testland");
  ccbnet_query_set_scope (query, CCBNET_SCOPE_ANY);
  ccbnet_query_set_section (query, national);
  ASSERT_RELATIONS (fixture, query, "r1,r2");
  ccbnet_query_set_section (query, NULL);

  ccbnet_query_set_entity_type (query, CCBNET_ENTITY_TYPE_POST);
  ASSERT_ENTITIES (fixture, query, "director");
  /* For relations, the type applies to the free end: either end here. */
  ASSERT_RELATIONS (fixture, query, "r2,r6");
  {
    g_autoptr(CcbnetEntity) agency = test_entity (fixture, "agency");

    ccbnet_query_set_object (query, agency);
    ASSERT_RELATIONS (fixture, query, "r2");
    ASSERT_ENTITIES (fixture, query, "director");
    ccbnet_query_set_entity_type (query, CCBNET_ENTITY_TYPE_ORGANISATION);
    ASSERT_RELATIONS (fixture, query, "r1");
  }
}

/* Entities in a query match by id, so a query built on one registry runs on another. */
static void
test_foreign_entities (void)
{
  g_autoptr(CcbnetRegistry) other = test_load_fixture ("minimal.json");
  g_autoptr(CcbnetEntity) agency = test_entity (other, "agency");
  g_autoptr(CcbnetEntity) own = test_entity (fixture, "agency");
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  g_assert_true (agency != own);
  ccbnet_query_set_subject (query, agency);
  ASSERT_RELATIONS (fixture, query, "r3,r4,r7");

  /* An entity the registry does not have matches nothing. */
  {
    g_autoptr(CcbnetEntity) ccb = test_entity (ccbnet_registry_get_default (), "ccb");

    ccbnet_query_set_subject (query, ccb);
    ASSERT_RELATIONS (fixture, query, "");
    ASSERT_ENTITIES (fixture, query, "");
  }
}

static void
test_default_dataset (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(CcbnetEntity) belgium = test_entity (registry, "belgium");
  g_autoptr(CcbnetEntity) ews = test_entity (registry, "ews");
  g_autoptr(CcbnetEntity) hwp = test_entity (registry, "hwp-ci");

  /* Where does the CCB, or one of its parts, represent someone? */
  g_object_set (query, "kind", CCBNET_RELATION_KIND_REPRESENTS_IN, "subject", ccb, NULL);
  ASSERT_RELATIONS (registry, query, "r050,r051,r053,r055,r075,r097");
  ccbnet_query_set_include_parts (query, TRUE);
  ASSERT_RELATIONS (registry, query, "r050,r051,r053,r055,r075,r084,r085,r086,r087,r097");
  ccbnet_query_set_on_behalf_of (query, belgium);
  ASSERT_RELATIONS (registry, query, "r050,r051,r053,r055,r075,r097");
  /* Any involvement: the Point of Contact role and the director's board seat count too. */
  g_object_set (query, "kind", CCBNET_RELATION_KIND_PARTICIPATES_IN, "include-subkinds", TRUE,
                "on-behalf-of", NULL, NULL);
  ASSERT_ENTITIES (registry, query, "isp-think-tank,nis-cooperation-group,nis-cg-sub-working-groups,"
                                    "eccg,enisa-adhoc-wgs,enisa-management-board,ecso,"
                                    "osce-iwg-cyberspace,gfce,oecd,itu,eu-csirt-network,egc,first,"
                                    "tf-csirt,cyber-europe,nccb,strategic-board,ncc-network");

  g_clear_object (&query);
  query = ccbnet_query_new ();
  ccbnet_query_set_via (query, ews);
  ASSERT_RELATIONS (registry, query, "r044,r045,r046");
  ccbnet_query_set_via (query, NULL);
  ccbnet_query_set_context (query, hwp);
  ASSERT_RELATIONS (registry, query, "r064");
  ccbnet_query_set_context (query, NULL);
  ccbnet_query_set_condition (query, CCBNET_CONDITION_ON_REQUEST);
  ASSERT_RELATIONS (registry, query, "r076,r077");
}

static void
test_paths (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(CcbnetEntity) first = test_entity (registry, "first");
  g_autoptr(CcbnetEntity) antwerp = test_entity (registry, "antwerp");
  g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, ccb, first, 0);
  g_autoptr(GListModel) same = ccbnet_registry_find_path (registry, ccb, ccb, 0);
  g_autofree char *ids = test_ids (path);

  /* The CCB is represented in FIRST through CERT.be. */
  g_assert_cmpstr (ids, ==, "r083,r086");
  g_assert_cmpuint (g_list_model_get_n_items (same), ==, 0);
  g_assert_null (ccbnet_registry_find_path (registry, ccb, first, 1));
  {
    g_autoptr(GListModel) exact = ccbnet_registry_find_path (registry, ccb, first, 2);

    g_assert_nonnull (exact);
    g_assert_cmpuint (g_list_model_get_n_items (exact), ==, 2);
  }
  /* Antwerp's prosecutor is only linked to the REN, which is linked to no CCB relation. */
  {
    g_autoptr(GListModel) far = ccbnet_registry_find_path (registry, antwerp, ccb, 0);

    if (far != NULL)
      {
        guint n = g_list_model_get_n_items (far);
        g_autoptr(CcbnetRelation) last = g_list_model_get_item (far, n - 1);
        g_autoptr(CcbnetRelation) head = g_list_model_get_item (far, 0);

        g_assert_true (ccbnet_relation_get_subject (last) == ccb || ccbnet_relation_get_object (last) == ccb);
        g_assert_true (ccbnet_relation_get_subject (head) == antwerp || ccbnet_relation_get_object (head) == antwerp);
      }
  }
  /* Entities of another registry match by id. */
  {
    g_autoptr(CcbnetEntity) agency = test_entity (fixture, "agency");

    g_assert_null (ccbnet_registry_find_path (registry, agency, ccb, 0));
  }
}

/* The relations and entities that may hold on @day in tests/data/editions.json. */
static char *
relations_on (CcbnetRegistry *registry,
              const char     *day)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  ccbnet_query_set_valid_at (query, day);

  return relation_ids (registry, query);
}

static char *
entities_on (CcbnetRegistry *registry,
             const char     *day)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  ccbnet_query_set_valid_at (query, day);

  return entity_ids (registry, query);
}

#define ASSERT_ON(what, registry, day, expected) \
  G_STMT_START { \
    g_autofree char *_ids = what##_on ((registry), (day)); \
    g_assert_cmpstr (_ids, ==, (expected)); \
  } G_STMT_END

static void
test_valid_at_property (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GTimeZone) brussels = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) late = g_date_time_new (brussels, 2024, 2, 29, 23, 30, 0);
  g_autofree char *read = NULL;
  guint notified = 0;

  g_assert_null (ccbnet_query_get_valid_at (query));
  g_signal_connect (query, "notify::valid-at", G_CALLBACK (count_notify), &notified);
  g_object_set (query, "valid-at", "2024-06-01", NULL);
  g_object_get (query, "valid-at", &read, NULL);
  g_assert_cmpstr (read, ==, "2024-06-01");
  ccbnet_query_set_valid_at (query, "2024-06-01");
  g_assert_cmpuint (notified, ==, 1);
  /* A date has no relation filter: query_entities () gives entities by their own dates. */
  g_assert_false (ccbnet_query_has_relation_filter (query));

  /* The day of the moment in its own time zone, not in UTC. */
  ccbnet_query_set_valid_at_date_time (query, late);
  g_assert_cmpstr (ccbnet_query_get_valid_at (query), ==, "2024-02-29");
  ccbnet_query_set_valid_at_date_time (query, NULL);
  g_assert_null (ccbnet_query_get_valid_at (query));
  g_assert_cmpuint (notified, ==, 3);

  g_assert_true (ccbnet_query_is_valid_date ("2024-02-29"));
  g_assert_true (ccbnet_query_is_valid_date ("0001-01-01"));
  for (guint i = 0; i < 8; i++)
    {
      static const char * const bad[] = {
        "2023-02-29", "2024-13-01", "2024-00-10", "2024-06", "2024", "24-06-01", "2024-06-01T00:00",
        "0000-01-01",
      };

      g_assert_false (ccbnet_query_is_valid_date (bad[i]));
    }

  g_test_expect_message ("Ccbnet", G_LOG_LEVEL_CRITICAL, "*ccbnet_query_is_valid_date*");
  ccbnet_query_set_valid_at (query, "2024-06");
  g_test_assert_expected_messages ();
  g_assert_null (ccbnet_query_get_valid_at (query));
}

static void
test_valid_at (void)
{
  g_autoptr(CcbnetRegistry) editions = test_load_fixture ("editions.json");
  g_autoptr(CcbnetQuery) everything = ccbnet_query_new ();

  /* Unset: every record, whatever its dates. */
  ASSERT_RELATIONS (editions, everything, "a1,a2,b1,c1,d1,e1,e2,f1,f2,g1");

  /* Partial dates stand for their whole month or year: c1 holds 2020-03 to 2020-11. */
  ASSERT_ON (relations, editions, "2020-02-29", "a1,b1,d1,e1,f1,f2");
  ASSERT_ON (relations, editions, "2020-03-01", "a1,b1,c1,d1,e1,f1,f2");
  ASSERT_ON (relations, editions, "2020-11-30", "a1,b1,c1,d1,e1,f1,f2");
  ASSERT_ON (relations, editions, "2020-12-01", "a1,b1,d1,e1,f1,f2");

  /* A relation needs the entities it reaches: the closed forum ends with 2021, and b1 with it.
   * The gone office ended at a date no source gives, so d1 may still hold. */
  ASSERT_ON (entities, editions, "2021-12-31", "old,state,forum,closed,gone,board,x,y,law");
  ASSERT_ON (entities, editions, "2022-01-01", "old,state,forum,gone,board,x,y,law");
  ASSERT_ON (relations, editions, "2022-01-01", "a1,d1,e1,f1,f2,g1");

  /* e2 supersedes e1 and starts with the new office (2022-05, its first day). */
  ASSERT_ON (relations, editions, "2022-04-30", "a1,d1,e1,f1,f2,g1");
  ASSERT_ON (relations, editions, "2022-05-01", "a1,d1,e2,f1,f2,g1");

  /* a1 waits for the authority, which starts on 2022-05-10; a2 supersedes it from then on. */
  ASSERT_ON (relations, editions, "2022-05-09", "a1,d1,e2,f1,f2,g1");
  ASSERT_ON (relations, editions, "2022-05-10", "a2,d1,e2,f1,f2,g1");

  /* f2 supersedes f1 and no source dates either: f1 ends at the latest when the source
   * reporting f2 was published (2022-11; it was read on 2023-03-01); f2 itself has no date, so
   * it is kept on every day, above too. */
  ASSERT_ON (relations, editions, "2022-10-31", "a2,d1,e2,f1,f2,g1");
  ASSERT_ON (relations, editions, "2022-11-01", "a2,d1,e2,f2,g1");
  ASSERT_ON (relations, editions, "2000-01-01", "a1,b1,d1,e1,f1,f2");

  /* g1 has a framework dated 2021-03-15: nothing holds under a law before the law exists. */
  ASSERT_ON (relations, editions, "2021-03-14", "a1,b1,d1,e1,f1,f2");
  ASSERT_ON (relations, editions, "2021-03-15", "a1,b1,d1,e1,f1,f2,g1");

  /* Dates combine with the other filters. */
  {
    g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
    g_autoptr(CcbnetEntity) forum = test_entity (editions, "forum");

    ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_REPRESENTS_IN);
    ccbnet_query_set_object (query, forum);
    ASSERT_RELATIONS (editions, query, "a1,a2");
    ASSERT_ENTITIES (editions, query, "old,authority");
    ccbnet_query_set_valid_at (query, "2021-06-01");
    ASSERT_RELATIONS (editions, query, "a1");
    ASSERT_ENTITIES (editions, query, "old");
    ccbnet_query_set_valid_at (query, "2024-06-01");
    ASSERT_RELATIONS (editions, query, "a2");
    ASSERT_ENTITIES (editions, query, "authority");
  }
}

static void
test_validity_properties (void)
{
  g_autoptr(CcbnetRegistry) editions = test_load_fixture ("editions.json");
  g_autoptr(CcbnetRelation) a1 = ccbnet_registry_lookup_relation (editions, "a1");
  g_autoptr(CcbnetRelation) a2 = ccbnet_registry_lookup_relation (editions, "a2");
  g_autoptr(CcbnetRelation) c1 = ccbnet_registry_lookup_relation (editions, "c1");
  g_autoptr(CcbnetEntity) closed = test_entity (editions, "closed");
  g_autoptr(CcbnetEntity) gone = test_entity (editions, "gone");
  g_autoptr(CcbnetEntity) authority = test_entity (editions, "authority");
  g_auto(GStrv) superseded_by = NULL;
  gboolean ended;

  g_assert_true (ccbnet_relation_get_ended (a1));
  g_assert_null (ccbnet_relation_get_end_date (a1));
  g_assert_cmpstrv (ccbnet_relation_get_supersedes (a1), ((const char *[]) { NULL }));
  g_assert_cmpstrv (ccbnet_relation_get_superseded_by (a1), ((const char *[]) { "a2", NULL }));
  g_assert_false (ccbnet_relation_get_ended (a2));
  g_assert_cmpstrv (ccbnet_relation_get_supersedes (a2), ((const char *[]) { "a1", NULL }));
  g_object_get (a1, "superseded-by", &superseded_by, "ended", &ended, NULL);
  g_assert_cmpstrv (superseded_by, ((const char *[]) { "a2", NULL }));
  g_assert_true (ended);
  /* An end date is an end. */
  g_assert_true (ccbnet_relation_get_ended (c1));
  g_assert_cmpstr (ccbnet_relation_get_start_date (c1), ==, "2020-03");

  g_assert_cmpstr (ccbnet_entity_get_end_date (closed), ==, "2021");
  g_assert_true (ccbnet_entity_get_ended (closed));
  g_assert_null (ccbnet_entity_get_end_date (gone));
  g_assert_true (ccbnet_entity_get_ended (gone));
  g_assert_cmpstr (ccbnet_entity_get_start_date (authority), ==, "2022-05-10");
  g_assert_false (ccbnet_entity_get_ended (authority));
  g_assert_cmpint (ccbnet_entity_get_status (authority), ==, CCBNET_STATUS_PENDING_ESTABLISHMENT);

  {
    g_autoptr(CcbnetDocument) later = ccbnet_registry_lookup_document (editions, "later");
    g_autoptr(CcbnetDocument) page = ccbnet_registry_lookup_document (editions, "page");
    g_autofree char *published = NULL;

    g_assert_cmpstr (ccbnet_document_get_published (later), ==, "2022-11");
    g_assert_cmpstr (ccbnet_document_get_edition (later), ==, "the second edition");
    g_object_get (later, "published", &published, NULL);
    g_assert_cmpstr (published, ==, "2022-11");
    g_assert_null (ccbnet_document_get_published (page));
    g_assert_null (ccbnet_document_get_edition (page));
  }

  /* A renamed entity keeps its page's name and lists it as a former one beside the new one. */
  {
    g_autoptr(CcbnetEntity) renamed = test_entity (editions, "new");
    GPtrArray *names = ccbnet_entity_get_other_names (renamed);
    gboolean former;

    g_assert_cmpuint (names->len, ==, 2);
    g_assert_cmpstr (ccbnet_name_get_text (names->pdata[0]), ==, ccbnet_entity_get_name (renamed));
    g_assert_true (ccbnet_name_get_ended (names->pdata[0]));
    g_assert_null (ccbnet_name_get_end_date (names->pdata[0]));
    g_assert_false (ccbnet_name_get_ended (names->pdata[1]));
    g_assert_cmpstr (ccbnet_name_get_start_date (names->pdata[1]), ==, "2023");
    g_object_get (names->pdata[0], "ended", &former, NULL);
    g_assert_true (former);
  }
}

/* The dates, "ended" and "supersedes" are written back as they were read, from the JSON and
 * from the compiled form alike. */
static void
test_validity_round_trip (void)
{
  g_autoptr(CcbnetRegistry) editions = test_load_fixture ("editions.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "editions.json", NULL);
  g_autoptr(GBytes) written = ccbnet_registry_to_json (editions, NULL);
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(CcbnetRegistry) from_compiled = ccbnet_registry_new ();
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) file = NULL;
  int fd;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), text, len);

  fd = g_file_open_tmp ("editions-XXXXXX.ccbnetdb", &tmp, &error);
  g_assert_no_error (error);
  close (fd);
  file = g_file_new_for_path (tmp);
  g_assert_true (ccbnet_registry_write_compiled (editions, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_registry_load_from_file (from_compiled, file, NULL, &error));
  g_assert_no_error (error);
  rewritten = ccbnet_registry_to_json (from_compiled, NULL);
  g_assert_cmpmem (g_bytes_get_data (rewritten, NULL), g_bytes_get_size (rewritten), text, len);
  ASSERT_ON (relations, from_compiled, "2022-05-10", "a2,d1,e2,f1,f2,g1");
  g_unlink (tmp);
}

/* The filters on the other qualifiers, and on having no condition at all. */
static void
test_more_qualifiers (void)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(CcbnetEntity) role = test_entity (fixture, "contact-role");
  g_autoptr(CcbnetEntity) act = test_entity (fixture, "act");
  g_autoptr(CcbnetEntity) unit = test_entity (fixture, "unit");
  g_autoptr(CcbnetEntity) read = NULL;
  gboolean unconditional;
  guint notified = 0;

  g_signal_connect (query, "notify", G_CALLBACK (count_notify), &notified);
  g_assert_false (ccbnet_query_has_relation_filter (query));

  ccbnet_query_set_capacity (query, role);
  g_assert_true (ccbnet_query_has_relation_filter (query));
  ASSERT_RELATIONS (fixture, query, "r4");
  /* The free end: the subjects and objects of the relations in that capacity. */
  ASSERT_ENTITIES (fixture, query, "agency,forum");
  g_object_get (query, "capacity", &read, NULL);
  g_assert_true (read == role);
  ccbnet_query_set_capacity (query, NULL);

  g_object_set (query, "legal-basis", act, NULL);
  ASSERT_RELATIONS (fixture, query, "r3");
  g_assert_true (ccbnet_query_get_legal_basis (query) == act);
  ccbnet_query_set_legal_basis (query, NULL);

  ccbnet_query_set_co_actor (query, unit);
  ASSERT_RELATIONS (fixture, query, "r7");
  /* A co-actor is not a subject or object: unit's own relations are not its co-actorships. */
  ccbnet_query_set_subject (query, unit);
  ASSERT_RELATIONS (fixture, query, "");
  ccbnet_query_set_subject (query, NULL);
  ccbnet_query_set_co_actor (query, NULL);

  /* Only the relations under no condition: not r4 (pending) nor r7 (where appropriate). */
  ccbnet_query_set_unconditional (query, TRUE);
  g_object_get (query, "unconditional", &unconditional, NULL);
  g_assert_true (unconditional);
  ASSERT_RELATIONS (fixture, query, "r1,r2,r3,r5,r6");
  ccbnet_query_set_condition (query, CCBNET_CONDITION_WHERE_APPROPRIATE);
  ASSERT_RELATIONS (fixture, query, "");
  ccbnet_query_set_condition (query, CCBNET_CONDITION_NONE);
  ccbnet_query_set_unconditional (query, FALSE);
  ASSERT_RELATIONS (fixture, query, "r1,r2,r3,r4,r5,r6,r7");
  /* Each change notified once; setting what was there notifies nothing. */
  ccbnet_query_set_unconditional (query, FALSE);
  g_assert_cmpuint (notified, ==, 12);

  /* The framework, on the dataset with dates; and an entity of another dataset matches nothing
   * there, as for the other entity filters. */
  {
    g_autoptr(CcbnetRegistry) editions = test_load_fixture ("editions.json");
    g_autoptr(CcbnetQuery) framework = ccbnet_query_new ();
    g_autoptr(CcbnetEntity) law = test_entity (editions, "law");

    ccbnet_query_set_framework (framework, law);
    ASSERT_RELATIONS (editions, framework, "g1");
    ASSERT_RELATIONS (fixture, framework, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  fixture = test_load_fixture ("minimal.json");

  g_test_add_func ("/query/properties", test_properties);
  g_test_add_func ("/query/kind", test_kind_and_subkinds);
  g_test_add_func ("/query/anchors", test_anchors_and_parts);
  g_test_add_func ("/query/qualifiers", test_qualifiers);
  g_test_add_func ("/query/scope-section-type", test_scope_section_type);
  g_test_add_func ("/query/foreign-entities", test_foreign_entities);
  g_test_add_func ("/query/default-dataset", test_default_dataset);
  g_test_add_func ("/query/paths", test_paths);
  g_test_add_func ("/query/more-qualifiers", test_more_qualifiers);
  g_test_add_func ("/query/valid-at-property", test_valid_at_property);
  g_test_add_func ("/query/valid-at", test_valid_at);
  g_test_add_func ("/query/validity-properties", test_validity_properties);
  g_test_add_func ("/query/validity-round-trip", test_validity_round_trip);

  result = g_test_run ();
  g_assert_finalize_object (fixture);

  return result;
}
