/* test-acceptance.c: the questions the page must answer, through typed queries
 *
 * Each test answers one question of the project's acceptance list (q01…q39) with lookups,
 * finds and queries only, then compares the answer with the one the page gives.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

static CcbnetRegistry *registry;

static CcbnetEntity *
find (const char *text)
{
  CcbnetEntity *entity = ccbnet_registry_find (registry, text);

  if (entity == NULL)
    g_error ("nothing is known as “%s”", text);

  return entity;
}

/* The entities a query asks about, as "id,id,…". */
static char *
ask (CcbnetRelationKind  kind,
     gboolean            subkinds,
     CcbnetEntity       *subject,
     CcbnetEntity       *object,
     const char         *first_property,
     ...)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) result = NULL;
  va_list args;

  g_object_set (query, "kind", kind, "include-subkinds", subkinds, "subject", subject,
                "object", object, NULL);
  va_start (args, first_property);
  if (first_property != NULL)
    g_object_set_valist (G_OBJECT (query), first_property, args);
  va_end (args);
  result = ccbnet_registry_query_entities (registry, query);

  return test_ids (result);
}

/* The one relation a query finds. */
static CcbnetRelation *
the_relation (CcbnetRelationKind  kind,
              CcbnetEntity       *subject,
              CcbnetEntity       *object)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) result = NULL;

  g_object_set (query, "kind", kind, "subject", subject, "object", object, NULL);
  result = ccbnet_registry_query (registry, query);
  g_assert_cmpuint (g_list_model_get_n_items (result), ==, 1);

  return g_list_model_get_item (result, 0);
}

static void
assert_quote (CcbnetRelation *relation,
              const char     *sentence)
{
  GPtrArray *sources = ccbnet_relation_get_sources (relation);

  for (guint i = 0; i < sources->len; i++)
    if (g_str_equal (ccbnet_citation_get_quote (sources->pdata[i]), sentence))
      return;

  g_error ("relation %s does not cite “%s”", ccbnet_relation_get_id (relation), sentence);
}

/* q01: Which platform meets on a monthly basis? */
static void
test_q01 (void)
{
  g_autofree char *answer = ask (CCBNET_RELATION_KIND_ANY, FALSE, NULL, NULL,
                                 "cadence", CCBNET_CADENCE_MONTHLY,
                                 "entity-type", CCBNET_ENTITY_TYPE_BODY, NULL);
  g_autoptr(CcbnetEntity) sit = find ("Synergy IT");

  g_assert_cmpstr (answer, ==, "sit");
  g_assert_cmpstr (ccbnet_entity_get_cadence_text (sit), ==, "meets on a monthly basis");
}

/* q03: Via which platform do the supervisory authorities of Operators of Vital Importance
 * consult, and whom do they supervise? */
static void
test_q03 (void)
{
  g_autoptr(CcbnetEntity) authorities = find ("Supervisory authorities of Operators of Vital Importance");
  g_autofree char *platform = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, authorities, NULL, NULL);
  g_autofree char *supervised = ask (CCBNET_RELATION_KIND_SUPERVISES, FALSE, authorities, NULL, NULL);

  g_assert_cmpstr (platform, ==, "cyssap");
  g_assert_cmpstr (supervised, ==, "ovi");
}

/* q05: What French expansion does the page give for the CSI/DPO platform? */
static void
test_q05 (void)
{
  g_autoptr(CcbnetEntity) platform = find ("CSI/DPO");

  g_assert_cmpstr (ccbnet_entity_get_id (platform), ==, "csi-dpo-platform");
  g_assert_cmpstr (ccbnet_entity_get_name_for_language (platform, "fr"), ==,
                   "les Conseillers en Sécurité de l'Information/Data Protection Officers");
}

/* q07: How often is the CSI/DPO platform's meeting on cyber issues organised, and to which
 * report is it related? */
static void
test_q07 (void)
{
  g_autoptr(CcbnetEntity) platform = find ("CSI/DPO");
  g_autofree char *meetings = ask (CCBNET_RELATION_KIND_PART_OF, TRUE, NULL, platform,
                                   "entity-type", CCBNET_ENTITY_TYPE_EVENT_SERIES, NULL);
  g_autoptr(CcbnetEntity) meeting = ccbnet_registry_lookup (registry, meetings);
  g_autofree char *report = NULL;
  g_autoptr(CcbnetRelation) relation = NULL;

  g_assert_cmpstr (meetings, ==, "csi-dpo-cyber-meeting");
  g_assert_cmpint (ccbnet_entity_get_cadence (meeting), ==, CCBNET_CADENCE_QUARTERLY);
  report = ask (CCBNET_RELATION_KIND_RELATED_TO, FALSE, meeting, NULL, NULL);
  g_assert_cmpstr (report, ==, "qctr-report");
  relation = the_relation (CCBNET_RELATION_KIND_RELATED_TO, meeting, NULL);
  assert_quote (relation, "A specific meeting on cyber issues is organised every quarter, in relation to "
                          "CCB/CERT's Quarterly Cyber Threat Report.");
}

/* q09: Which three kinds of federal public service do the IT managers brought together by SIT
 * come from? */
static void
test_q09 (void)
{
  g_autoptr(CcbnetEntity) sit = find ("SIT");
  g_autofree char *managers = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, NULL, sit, NULL);
  g_autoptr(CcbnetEntity) group = ccbnet_registry_lookup (registry, managers);
  g_autofree char *services = ask (CCBNET_RELATION_KIND_AFFILIATED_WITH, FALSE, group, NULL, NULL);
  g_autoptr(CcbnetEntity) all = ccbnet_registry_lookup (registry, services);
  g_autofree char *kinds = ask (CCBNET_RELATION_KIND_PART_OF, TRUE, NULL, all, NULL);

  g_assert_cmpstr (managers, ==, "it-managers-federal");
  g_assert_cmpstr (services, ==, "federal-public-services");
  g_assert_cmpstr (kinds, ==, "federal-public-services-category,public-social-security-institutions,"
                              "public-utility-institutions");
}

/* q11: Via which FPS are Belgium's formal positions in international discussions developed,
 * and which of its channels does the page name? */
static void
test_q11 (void)
{
  g_autoptr(CcbnetEntity) belgium = find ("Belgium");
  g_autofree char *fps = ask (CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR, FALSE, NULL, belgium, NULL);
  g_autoptr(CcbnetEntity) foreign_affairs = ccbnet_registry_lookup (registry, fps);
  g_autofree char *channels = ask (CCBNET_RELATION_KIND_PART_OF, TRUE, NULL, foreign_affairs, NULL);
  g_autoptr(CcbnetEntity) dge = find ("DGE");
  g_autoptr(CcbnetRelation) channel = the_relation (CCBNET_RELATION_KIND_PART_OF, dge, foreign_affairs);

  g_assert_cmpstr (fps, ==, "fps-foreign-affairs");
  g_assert_cmpstr (channels, ==, "dge,digital-task-force");
  /* "including": the page names some channels, not all. */
  g_assert_true (ccbnet_relation_get_non_exhaustive (channel));
}

/* q13: Whose administrative positions can the IEC assist in defining and coordinating? */
static void
test_q13 (void)
{
  g_autoptr(CcbnetEntity) iec = find ("IEC");
  g_autofree char *whose = ask (CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR, FALSE, iec, NULL,
                                "condition", CCBNET_CONDITION_CAPABILITY, NULL);

  g_assert_cmpstr (whose, ==, "federal-authorities,federated-authorities");
}

/* q15: Which organisation regularly brings together experts from the private, academic and
 * public sectors? */
static void
test_q15 (void)
{
  g_autofree char *answer = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, NULL, NULL,
                                 "cadence", CCBNET_CADENCE_REGULAR,
                                 "entity-type", CCBNET_ENTITY_TYPE_BODY, NULL);
  g_autofree char *experts = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, NULL, NULL,
                                  "cadence", CCBNET_CADENCE_REGULAR,
                                  "entity-type", CCBNET_ENTITY_TYPE_ACTOR_GROUP, NULL);
  g_autoptr(CcbnetEntity) group = ccbnet_registry_lookup (registry, experts);

  g_assert_cmpstr (answer, ==, "cyber-security-coalition");
  g_assert_cmpint (ccbnet_organisation_get_sectors (CCBNET_ORGANISATION (group)), ==,
                   CCBNET_SECTOR_PRIVATE | CCBNET_SECTOR_ACADEMIC | CCBNET_SECTOR_PUBLIC);
}

/* q17: Besides all participants, whom do the QCTR events inform about the active cyber
 * threats? */
static void
test_q17 (void)
{
  g_autoptr(CcbnetEntity) events = find ("QCTR events");
  g_autoptr(CcbnetQuery) informs = ccbnet_query_new ();
  g_autoptr(CcbnetQuery) participates = ccbnet_query_new ();
  g_autoptr(GListModel) informed = NULL;
  g_autoptr(GListModel) participants = NULL;
  GString *besides = g_string_new (NULL);
  g_autofree char *answer = NULL;

  g_object_set (informs, "kind", CCBNET_RELATION_KIND_INFORMS, "subject", events, NULL);
  g_object_set (participates, "kind", CCBNET_RELATION_KIND_PARTICIPATES_IN, "include-subkinds", TRUE,
                "object", events, NULL);
  informed = ccbnet_registry_query_entities (registry, informs);
  participants = ccbnet_registry_query_entities (registry, participates);
  g_assert_cmpuint (g_list_model_get_n_items (participants), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (informed); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (informed, i);
      guint position;

      if (!g_list_store_find (G_LIST_STORE (participants), entity, &position))
        g_string_append_printf (besides, "%s%s", besides->len > 0 ? "," : "", ccbnet_entity_get_id (entity));
    }
  answer = g_string_free (besides, FALSE);
  g_assert_cmpstr (answer, ==, "ovi");
}

/* q19: To whom does the CCB send threat information via the Early Warning System? */
static void
test_q19 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autoptr(CcbnetEntity) ews = find ("Early Warning System");
  g_autofree char *whom = ask (CCBNET_RELATION_KIND_INFORMS, FALSE, ccb, NULL, "via", ews, NULL);

  g_assert_cmpstr (whom, ==, "ovi-sectoral-authorities,ovi,national-security-services");
}

/* q21: Which legal instrument on the page is Belgian, and what is its date? */
static void
test_q21 (void)
{
  g_autoptr(CcbnetEntity) belgium = find ("Belgium");
  g_autofree char *instruments = ask (CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION, FALSE, NULL, belgium,
                                      "entity-type", CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, NULL);
  g_autoptr(CcbnetEntity) act = ccbnet_registry_lookup (registry, instruments);

  g_assert_cmpstr (instruments, ==, "nis-act");
  g_assert_cmpstr (ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (act)), ==, "2019-04-07");
}

/* q23: Pending the establishment of which authority does the CCB represent Belgium in the ECCG
 * and in ENISA's ad hoc working groups? */
static void
test_q23 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  const char *forums[] = { "ECCG", "ENISA's ad hoc working groups" };

  for (guint i = 0; i < G_N_ELEMENTS (forums); i++)
    {
      g_autoptr(CcbnetEntity) forum = find (forums[i]);
      g_autoptr(CcbnetRelation) relation = the_relation (CCBNET_RELATION_KIND_REPRESENTS_IN, ccb, forum);
      CcbnetEntity *authority = ccbnet_relation_get_condition_ref (relation);

      g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_relation_get_on_behalf_of (relation)), ==, "belgium");
      g_assert_cmpint (ccbnet_relation_get_condition (relation), ==, CCBNET_CONDITION_PENDING_ESTABLISHMENT);
      g_assert_cmpstr (ccbnet_entity_get_id (authority), ==, "ncca");
      g_assert_cmpint (ccbnet_entity_get_status (authority), ==, CCBNET_STATUS_PENDING_ESTABLISHMENT);
      g_assert_true (g_str_has_prefix (ccbnet_relation_get_condition_text (relation),
                                       "Pending the formal establishment of"));
    }
}

/* q25: Together with whom does the CCB represent Belgium in the ECCG and in ENISA's ad hoc
 * working groups? */
static void
test_q25 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  const char *forums[] = { "eccg", "enisa-adhoc-wgs" };

  for (guint i = 0; i < G_N_ELEMENTS (forums); i++)
    {
      g_autoptr(CcbnetEntity) forum = find (forums[i]);
      g_autoptr(CcbnetRelation) relation = the_relation (CCBNET_RELATION_KIND_REPRESENTS_IN, ccb, forum);
      GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
      g_autofree char *representatives = ask (CCBNET_RELATION_KIND_REPRESENTS_IN, FALSE, NULL, forum, NULL);

      g_assert_cmpuint (co_actors->len, ==, 1);
      g_assert_cmpstr (ccbnet_entity_get_id (co_actors->pdata[0]), ==, "other-government-departments");
      /* The co-actor has its own relation with the same forum. */
      g_assert_cmpstr (representatives, ==, "ccb,other-government-departments");
    }
}

/* q27: In support of which Belgian body does the CCB act as an expert in the HWP-CI? */
static void
test_q27 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autoptr(CcbnetEntity) party = find ("HWP-CI");
  g_autofree char *body = ask (CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO, FALSE, ccb, NULL,
                               "context", party, NULL);

  g_assert_cmpstr (body, ==, "belgian-permrep-eu");
}

/* q29: Of which organisation is the CCB itself a member (not on behalf of Belgium)? */
static void
test_q29 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autofree char *own = ask (CCBNET_RELATION_KIND_MEMBER_OF, FALSE, ccb, NULL, NULL);
  g_autoptr(CcbnetEntity) ecso = ccbnet_registry_lookup (registry, own);
  g_autoptr(CcbnetRelation) relation = the_relation (CCBNET_RELATION_KIND_MEMBER_OF, ccb, ecso);

  g_assert_cmpstr (own, ==, "ecso");
  g_assert_null (ccbnet_relation_get_on_behalf_of (relation));
}

/* q31: For which working group is the CCB Belgium's operational Point of Contact, and within
 * which organisation is it? */
static void
test_q31 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autoptr(CcbnetEntity) belgium = find ("Belgium");
  g_autofree char *group = ask (CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR, FALSE, ccb, NULL,
                                "on-behalf-of", belgium, NULL);
  g_autoptr(CcbnetEntity) wg = ccbnet_registry_lookup (registry, group);

  g_assert_cmpstr (group, ==, "osce-iwg-cyberspace");
  g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_entity_get_parent (wg)), ==, "osce");
}

/* q33: In which worldwide platform does the CCB represent Belgium as a member? */
static void
test_q33 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autoptr(CcbnetEntity) belgium = find ("Belgium");
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) forums = NULL;
  GString *worldwide = g_string_new (NULL);
  g_autofree char *answer = NULL;

  g_object_set (query, "kind", CCBNET_RELATION_KIND_REPRESENTS_IN, "subject", ccb,
                "on-behalf-of", belgium, NULL);
  forums = ccbnet_registry_query_entities (registry, query);
  for (guint i = 0; i < g_list_model_get_n_items (forums); i++)
    {
      g_autoptr(CcbnetEntity) forum = g_list_model_get_item (forums, i);

      if (CCBNET_IS_PLATFORM (forum) &&
          g_strv_contains (ccbnet_platform_get_characteristics (CCBNET_PLATFORM (forum)), "worldwide"))
        g_string_append (worldwide, ccbnet_entity_get_id (forum));
    }
  answer = g_string_free (worldwide, FALSE);
  g_assert_cmpstr (answer, ==, "gfce");
}

/* q35: Within which organisations does the CCB, where appropriate, take part in debates? */
static void
test_q35 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autofree char *where = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, ccb, NULL,
                                "condition", CCBNET_CONDITION_WHERE_APPROPRIATE, NULL);

  g_assert_cmpstr (where, ==, "oecd,itu");
}

/* q37: What is CERT.be in relation to the CCB? */
static void
test_q37 (void)
{
  g_autoptr(CcbnetEntity) cert = find ("CERT.be");
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, cert, ccb, 1);
  g_autoptr(CcbnetRelation) relation = g_list_model_get_item (path, 0);

  g_assert_cmpint (ccbnet_relation_get_kind (relation), ==, CCBNET_RELATION_KIND_UNIT_OF);
  g_assert_true (ccbnet_relation_get_subject (relation) == cert);
  g_assert_cmpstr (ccbnet_relation_get_role (relation), ==, "operational department");
  assert_quote (relation, "The Belgian Computer Emergency Response Team (CERT.be) is an operational "
                          "department of the CCB.");
}

/* q39: Which international exercise that the CCB takes part in is organised every two years,
 * and by whom? */
static void
test_q39 (void)
{
  g_autoptr(CcbnetEntity) ccb = find ("CCB");
  g_autofree char *exercises = ask (CCBNET_RELATION_KIND_PARTICIPATES_IN, TRUE, ccb, NULL,
                                    "entity-type", CCBNET_ENTITY_TYPE_EVENT_SERIES, NULL);
  g_autoptr(CcbnetEntity) exercise = ccbnet_registry_lookup (registry, exercises);
  g_autofree char *organiser = ask (CCBNET_RELATION_KIND_ORGANISES, FALSE, NULL, exercise,
                                    "cadence", CCBNET_CADENCE_BIENNIAL, NULL);

  g_assert_cmpstr (exercises, ==, "cyber-europe");
  g_assert_cmpstr (ccbnet_entity_get_classification (exercise), ==, "exercise");
  g_assert_cmpstr (organiser, ==, "enisa");
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  registry = ccbnet_registry_get_default ();

  g_test_add_func ("/acceptance/q01-monthly-platform", test_q01);
  g_test_add_func ("/acceptance/q03-ovi-authorities", test_q03);
  g_test_add_func ("/acceptance/q05-csi-dpo-french", test_q05);
  g_test_add_func ("/acceptance/q07-csi-dpo-meeting", test_q07);
  g_test_add_func ("/acceptance/q09-federal-public-services", test_q09);
  g_test_add_func ("/acceptance/q11-formal-positions", test_q11);
  g_test_add_func ("/acceptance/q13-iec", test_q13);
  g_test_add_func ("/acceptance/q15-coalition", test_q15);
  g_test_add_func ("/acceptance/q17-qctr-informs", test_q17);
  g_test_add_func ("/acceptance/q19-early-warning", test_q19);
  g_test_add_func ("/acceptance/q21-belgian-act", test_q21);
  g_test_add_func ("/acceptance/q23-pending-authority", test_q23);
  g_test_add_func ("/acceptance/q25-together-with", test_q25);
  g_test_add_func ("/acceptance/q27-hwp-ci", test_q27);
  g_test_add_func ("/acceptance/q29-own-membership", test_q29);
  g_test_add_func ("/acceptance/q31-osce-point-of-contact", test_q31);
  g_test_add_func ("/acceptance/q33-worldwide-platform", test_q33);
  g_test_add_func ("/acceptance/q35-where-appropriate", test_q35);
  g_test_add_func ("/acceptance/q37-cert-be", test_q37);
  g_test_add_func ("/acceptance/q39-cyber-europe", test_q39);

  result = g_test_run ();

  return result;
}
