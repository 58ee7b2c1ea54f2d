/* test-compiled.c: the compiled dataset answers exactly as its JSON, and hostile ones fail cleanly
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-utils.h"
#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"

/* CCBNET_TEST_GENERATOR names the synthetic dataset generator (tests/bench/ccbnet-gen); without
 * it the synthetic cases are skipped. */

static char *tmp_dir;

static CcbnetRegistry *
registry_from_bytes (GBytes *bytes)
{
  CcbnetRegistry *registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;

  ccbnet_registry_set_max_size (registry, G_MAXSIZE);
  g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "data", NULL, &error));
  g_assert_no_error (error);

  return registry;
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

/* Writes @registry compiled, and loads the file (read, the default) into a new registry. */
static CcbnetRegistry *
compile_and_reload (CcbnetRegistry *registry,
                    const char     *name,
                    GBytes        **compiled)
{
  g_autoptr(GFile) file = temp_file (name);
  g_autoptr(GError) error = NULL;
  CcbnetRegistry *reloaded = ccbnet_registry_new ();

  g_assert_true (ccbnet_registry_write_compiled (registry, file, NULL, &error));
  g_assert_no_error (error);
  ccbnet_registry_set_max_size (reloaded, G_MAXSIZE);
  g_assert_true (ccbnet_registry_load_from_file (reloaded, file, NULL, &error));
  g_assert_no_error (error);
  if (compiled != NULL)
    *compiled = g_file_load_bytes (file, NULL, NULL, NULL);

  return reloaded;
}

/* Comparing records */

static void assert_same_object (GObject *a, GObject *b);

static void
assert_same_citations (GPtrArray *a,
                       GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      CcbnetCitation *ca = a->pdata[i], *cb = b->pdata[i];

      g_assert_cmpstr (ccbnet_citation_get_quote (ca), ==, ccbnet_citation_get_quote (cb));
      g_assert_cmpstr (ccbnet_document_get_id (ccbnet_citation_get_document (ca)), ==,
                       ccbnet_document_get_id (ccbnet_citation_get_document (cb)));
    }
}

static const char *
id_of (GObject *object)
{
  if (object == NULL)
    return NULL;
  if (CCBNET_IS_ENTITY (object))
    return ccbnet_entity_get_id (CCBNET_ENTITY (object));
  if (CCBNET_IS_RELATION (object))
    return ccbnet_relation_get_id (CCBNET_RELATION (object));
  if (CCBNET_IS_SECTION (object))
    return ccbnet_section_get_id (CCBNET_SECTION (object));
  if (CCBNET_IS_DOCUMENT (object))
    return ccbnet_document_get_id (CCBNET_DOCUMENT (object));
  g_assert_not_reached ();
}

/* Every property of @a equals @b's; objects compare by id. */
static void
assert_same_properties (GObject *a,
                        GObject *b)
{
  guint n;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  for (guint i = 0; i < n; i++)
    {
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
      GType type = G_PARAM_SPEC_VALUE_TYPE (specs[i]);

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (a, specs[i]->name, &va);
      g_object_get_property (b, specs[i]->name, &vb);
      if (g_type_is_a (type, G_TYPE_OBJECT))
        g_assert_cmpstr (id_of (g_value_get_object (&va)), ==, id_of (g_value_get_object (&vb)));
      else if (type == G_TYPE_STRV)
        g_assert_true (g_strv_equal (g_value_get_boxed (&va) != NULL ? g_value_get_boxed (&va) : (const char *[]) { NULL },
                                     g_value_get_boxed (&vb) != NULL ? g_value_get_boxed (&vb) : (const char *[]) { NULL }));
      else if (type == G_TYPE_STRING)
        g_assert_cmpstr (g_value_get_string (&va), ==, g_value_get_string (&vb));
      else
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_assert_cmpstr (sa, ==, sb);
        }
      g_value_unset (&va);
      g_value_unset (&vb);
    }
}

static void
assert_same_object (GObject *a,
                    GObject *b)
{
  assert_same_properties (a, b);

  if (CCBNET_IS_ENTITY (a))
    {
      GPtrArray *na = ccbnet_entity_get_other_names (CCBNET_ENTITY (a));
      GPtrArray *nb = ccbnet_entity_get_other_names (CCBNET_ENTITY (b));

      g_assert_cmpuint (na->len, ==, nb->len);
      for (guint i = 0; i < na->len; i++)
        {
          assert_same_properties (na->pdata[i], nb->pdata[i]);
          g_assert_cmpstr (ccbnet_name_get_text (na->pdata[i]), ==, ccbnet_name_get_text (nb->pdata[i]));
          g_assert_cmpstr (ccbnet_name_get_language (na->pdata[i]), ==, ccbnet_name_get_language (nb->pdata[i]));
          g_assert_cmpstr (ccbnet_name_get_note (na->pdata[i]), ==, ccbnet_name_get_note (nb->pdata[i]));
          g_assert_cmpstr (id_of ((GObject *) ccbnet_name_get_source (na->pdata[i])), ==,
                           id_of ((GObject *) ccbnet_name_get_source (nb->pdata[i])));
        }
      assert_same_citations (ccbnet_entity_get_sources (CCBNET_ENTITY (a)),
                             ccbnet_entity_get_sources (CCBNET_ENTITY (b)));
      g_assert_cmpstr (ccbnet_entity_get_name_for_language (CCBNET_ENTITY (a), "fr"), ==,
                       ccbnet_entity_get_name_for_language (CCBNET_ENTITY (b), "fr"));
    }
  else if (CCBNET_IS_RELATION (a))
    {
      GPtrArray *ca = ccbnet_relation_get_co_actors (CCBNET_RELATION (a));
      GPtrArray *cb = ccbnet_relation_get_co_actors (CCBNET_RELATION (b));

      g_assert_cmpuint (ca->len, ==, cb->len);
      for (guint i = 0; i < ca->len; i++)
        g_assert_cmpstr (id_of (ca->pdata[i]), ==, id_of (cb->pdata[i]));
      assert_same_citations (ccbnet_relation_get_sources (CCBNET_RELATION (a)),
                             ccbnet_relation_get_sources (CCBNET_RELATION (b)));
    }
  else if (CCBNET_IS_SECTION (a))
    {
      g_auto(GStrv) la = ccbnet_section_dup_languages (CCBNET_SECTION (a));
      g_auto(GStrv) lb = ccbnet_section_dup_languages (CCBNET_SECTION (b));

      g_assert_true (g_strv_equal ((const char * const *) la, (const char * const *) lb));
      for (guint i = 0; la[i] != NULL; i++)
        g_assert_cmpstr (ccbnet_section_get_heading (CCBNET_SECTION (a), la[i]), ==,
                         ccbnet_section_get_heading (CCBNET_SECTION (b), la[i]));
      assert_same_citations (ccbnet_section_get_sources (CCBNET_SECTION (a)),
                             ccbnet_section_get_sources (CCBNET_SECTION (b)));
    }
}

static void
assert_same_model (GListModel *a,
                   GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autoptr(GObject) ib = g_list_model_get_item (b, i);

      assert_same_object (ia, ib);
    }
}

static void
assert_same_ids (GListModel *a,
                 GListModel *b)
{
  g_autofree char *ia = a != NULL ? test_ids (a) : g_strdup ("(null)");
  g_autofree char *ib = b != NULL ? test_ids (b) : g_strdup ("(null)");

  g_assert_cmpstr (ia, ==, ib);
}

/* Runs the same battery of questions against both registries; @step thins it out on big
 * datasets. Returns the number of questions asked. */
static guint
assert_same_answers (CcbnetRegistry *a,
                     CcbnetRegistry *b,
                     guint           step)
{
  GListModel *entities = ccbnet_registry_get_entities (a);
  guint n = g_list_model_get_n_items (entities);
  guint asked = 0;

  for (guint i = 0; i < n; i += step)
    {
      g_autoptr(CcbnetEntity) ea = g_list_model_get_item (entities, i);
      g_autoptr(CcbnetEntity) eb = ccbnet_registry_lookup (b, ccbnet_entity_get_id (ea));
      const char *texts[] = {
        ccbnet_entity_get_id (ea), ccbnet_entity_get_name (ea), ccbnet_entity_get_short_name (ea),
        ccbnet_entity_get_name_for_language (ea, "nl"),
      };

      g_assert_nonnull (eb);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        if (texts[t] != NULL)
          {
            g_autoptr(GListModel) fa = ccbnet_registry_find_all (a, texts[t]);
            g_autoptr(GListModel) fb = ccbnet_registry_find_all (b, texts[t]);

            assert_same_ids (fa, fb);
            asked++;
          }

      for (guint q = 0; q < 6; q++)
        {
          g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
          g_autoptr(GListModel) ra = NULL, rb = NULL, qa = NULL, qb = NULL;

          /* Queries take entities from either registry: they match by id. */
          if (q % 2 == 0)
            ccbnet_query_set_subject (query, q < 4 ? ea : eb);
          else
            ccbnet_query_set_object (query, q < 4 ? eb : ea);
          ccbnet_query_set_include_parts (query, q >= 2);
          if (q >= 4)
            {
              ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_PARTICIPATES_IN);
              ccbnet_query_set_include_subkinds (query, TRUE);
            }
          ra = ccbnet_registry_query (a, query);
          rb = ccbnet_registry_query (b, query);
          assert_same_ids (ra, rb);
          qa = ccbnet_registry_query_entities (a, query);
          qb = ccbnet_registry_query_entities (b, query);
          assert_same_ids (qa, qb);
          asked += 2;
        }

      for (guint q = 0; q < 3; q++)
        {
          g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
          g_autoptr(GListModel) ra = NULL, rb = NULL;

          if (q == 0)
            ccbnet_query_set_on_behalf_of (query, ea);
          else if (q == 1)
            ccbnet_query_set_via (query, ea);
          else
            ccbnet_query_set_context (query, ea);
          ra = ccbnet_registry_query (a, query);
          rb = ccbnet_registry_query (b, query);
          assert_same_ids (ra, rb);
          asked++;
        }

      {
        g_autoptr(GListModel) pa = ccbnet_entity_list_parts (ea, TRUE);
        g_autoptr(GListModel) pb = ccbnet_entity_list_parts (eb, TRUE);
        g_autoptr(GListModel) da = ccbnet_entity_list_parts (ea, FALSE);
        g_autoptr(GListModel) db = ccbnet_entity_list_parts (eb, FALSE);
        g_autoptr(GListModel) la = ccbnet_entity_list_relations (ea);
        g_autoptr(GListModel) lb = ccbnet_entity_list_relations (eb);
        g_autoptr(CcbnetEntity) other_a = g_list_model_get_item (entities, (i * 7 + 13) % n);
        g_autoptr(GListModel) path_a = ccbnet_registry_find_path (a, ea, other_a, 0);
        g_autoptr(GListModel) path_b = ccbnet_registry_find_path (b, eb, other_a, 0);
        g_autoptr(GListModel) short_a = ccbnet_registry_find_path (a, ea, other_a, 2);
        g_autoptr(GListModel) short_b = ccbnet_registry_find_path (b, ea, other_a, 2);

        assert_same_ids (pa, pb);
        assert_same_ids (da, db);
        assert_same_ids (la, lb);
        assert_same_ids (path_a, path_b);
        assert_same_ids (short_a, short_b);
        asked += 5;
      }
    }

  for (CcbnetRelationKind kind = CCBNET_RELATION_KIND_ANY; kind <= CCBNET_RELATION_KIND_LOCATED_IN; kind++)
    for (guint subkinds = 0; subkinds < 2; subkinds++)
      {
        g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
        g_autoptr(GListModel) ra = NULL, rb = NULL;

        ccbnet_query_set_kind (query, kind);
        ccbnet_query_set_include_subkinds (query, subkinds);
        ccbnet_query_set_condition (query, subkinds ? CCBNET_CONDITION_ON_REQUEST : CCBNET_CONDITION_NONE);
        ra = ccbnet_registry_query (a, query);
        rb = ccbnet_registry_query (b, query);
        assert_same_ids (ra, rb);
        asked++;
      }

  for (CcbnetEntityType type = CCBNET_ENTITY_TYPE_ANY; type <= CCBNET_ENTITY_TYPE_INITIATIVE; type++)
    for (CcbnetCadence cadence = CCBNET_CADENCE_UNSPECIFIED; cadence <= CCBNET_CADENCE_REGULAR; cadence++)
      for (CcbnetScope scope = CCBNET_SCOPE_ANY; scope <= CCBNET_SCOPE_OPERATIONAL; scope += 2)
        {
          g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
          g_autoptr(GListModel) ra = NULL, rb = NULL;

          ccbnet_query_set_entity_type (query, type);
          ccbnet_query_set_cadence (query, cadence);
          ccbnet_query_set_scope (query, scope);
          ra = ccbnet_registry_query_entities (a, query);
          rb = ccbnet_registry_query_entities (b, query);
          assert_same_ids (ra, rb);
          asked++;
        }

  {
    GListModel *sections = ccbnet_registry_get_sections (a);

    for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
      {
        g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, i);
        g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
        g_autoptr(GListModel) ra = NULL, rb = NULL, ea = NULL, eb = NULL;

        ccbnet_query_set_section (query, section);
        ea = ccbnet_registry_query_entities (a, query);
        eb = ccbnet_registry_query_entities (b, query);
        assert_same_ids (ea, eb);
        ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_MEMBER_OF);
        ccbnet_query_set_include_subkinds (query, TRUE);
        ra = ccbnet_registry_query (a, query);
        rb = ccbnet_registry_query (b, query);
        assert_same_ids (ra, rb);
        asked += 2;
      }
  }

  return asked;
}

static void
assert_equivalent (CcbnetRegistry *json,
                   CcbnetRegistry *compiled,
                   guint           step)
{
  guint asked;

  assert_same_model (ccbnet_registry_get_documents (json), ccbnet_registry_get_documents (compiled));
  assert_same_model (ccbnet_registry_get_sections (json), ccbnet_registry_get_sections (compiled));
  assert_same_model (ccbnet_registry_get_entities (json), ccbnet_registry_get_entities (compiled));
  assert_same_model (ccbnet_registry_get_relations (json), ccbnet_registry_get_relations (compiled));

  /* Lookups of every record. */
  {
    GListModel *relations = ccbnet_registry_get_relations (json);

    for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
      {
        g_autoptr(CcbnetRelation) ra = g_list_model_get_item (relations, i);
        g_autoptr(CcbnetRelation) rb = ccbnet_registry_lookup_relation (compiled, ccbnet_relation_get_id (ra));

        g_assert_nonnull (rb);
        g_assert_cmpstr (ccbnet_relation_get_id (ra), ==, ccbnet_relation_get_id (rb));
      }
  }
  g_assert_null (ccbnet_registry_lookup (compiled, "no-such-entity"));
  g_assert_null (ccbnet_registry_lookup_relation (compiled, "no-such-relation"));

  asked = assert_same_answers (json, compiled, step);
  g_test_message ("%u questions answered alike", asked);
}

static void
test_shipped (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  g_autoptr(GBytes) compiled_bytes = NULL;
  g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "shipped.ccbnetdb", &compiled_bytes);

  g_assert_true (ccbnet_is_compiled_dataset (compiled_bytes));
  assert_equivalent (json, compiled, 1);

  /* From memory as well as from a file, read or mapped. */
  {
    g_autoptr(CcbnetRegistry) from_bytes = registry_from_bytes (compiled_bytes);
    g_autoptr(CcbnetRegistry) mapped = ccbnet_registry_new ();
    g_autoptr(GFile) file = temp_file ("shipped.ccbnetdb");
    g_autoptr(GError) error = NULL;

    assert_same_answers (json, from_bytes, 1);
    g_assert_false (ccbnet_registry_get_map_files (mapped));
    ccbnet_registry_set_map_files (mapped, TRUE);
    g_assert_true (ccbnet_registry_get_map_files (mapped));
    g_assert_true (ccbnet_registry_load_from_file (mapped, file, NULL, &error));
    g_assert_no_error (error);
    assert_equivalent (json, mapped, 1);
  }

  /* The acceptance question of the README. */
  {
    g_autoptr(CcbnetEntity) ccb = ccbnet_registry_find (compiled, "CCB");
    g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
    g_autoptr(GListModel) result = NULL;
    g_autofree char *ids = NULL;

    g_object_set (query, "kind", CCBNET_RELATION_KIND_REPRESENTS_IN, "subject", ccb,
                  "include-parts", TRUE, NULL);
    result = ccbnet_registry_query (compiled, query);
    ids = test_ids (result);
    g_assert_cmpstr (ids, !=, "");
  }
}

/* The default registry opens the compiled form the build put in the library's resource, in
 * place, and it answers as the shipped JSON does. */
static void
test_shipped_default (void)
{
  g_autoptr(GBytes) compiled = ccbnet_get_shipped_compiled ();
  g_autoptr(GBytes) json = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) from_json = registry_from_bytes (json);
  g_autoptr(GBytes) rewritten = NULL;
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  CcbnetSnapshot *snapshot;
  gboolean in_place;

#ifndef CCBNET_SHIPPED_COMPILED
  g_test_skip ("this build could not run what it builds, so the library holds the JSON only");
  return;
#endif
  g_assert_nonnull (compiled);
  g_assert_true (ccbnet_is_compiled_dataset (compiled));
  /* The resource's bytes are read in place: aligned as the tables need, and not copied. */
  g_assert_cmpuint ((gsize) g_bytes_get_data (compiled, NULL) % 8, ==, 0);
  snapshot = ccbnet_registry_acquire (registry);
  in_place = snapshot->store.bytes != NULL &&
             g_bytes_get_data (snapshot->store.bytes, NULL) == g_bytes_get_data (compiled, NULL);
  ccbnet_registry_release (registry);
  g_assert_true (in_place);

  assert_equivalent (from_json, registry, 1);
  /* Written out, it is the shipped JSON, byte for byte. */
  rewritten = ccbnet_registry_to_json (registry, NULL);
  g_assert_true (g_bytes_equal (rewritten, json));
}

/* A compiled form that does not open (a broken build) gives way to the JSON, with a warning. */
static void
test_shipped_fallback (void)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(CcbnetEntity) ccb = NULL;
  static const char damaged[32] = "CCBNETDB\x03";   /* a version this library does not read */
  g_autoptr(GBytes) bad = g_bytes_new_static (damaged, sizeof damaged);

  g_test_expect_message ("Ccbnet", G_LOG_LEVEL_WARNING,
                         "The compiled form of the shipped dataset does not open (*format version 3*); "
                         "loading its JSON instead");
  ccbnet_registry_load_shipped (registry, bad);
  g_test_assert_expected_messages ();
  ccb = ccbnet_registry_lookup (registry, "ccb");
  g_assert_nonnull (ccb);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==,
                    ccbnet_registry_get_n_entities (ccbnet_registry_get_default ()));

  /* Without a compiled form, the JSON, silently. */
  {
    g_autoptr(CcbnetRegistry) plain = ccbnet_registry_new ();

    ccbnet_registry_load_shipped (plain, NULL);
    g_assert_cmpuint (ccbnet_registry_get_n_relations (plain), ==,
                      ccbnet_registry_get_n_relations (registry));
  }
}

static GBytes *
synthetic (guint n)
{
  const char *generator = g_getenv ("CCBNET_TEST_GENERATOR");
  g_autofree char *path = g_strdup_printf ("%s/synthetic-%u.json", tmp_dir, n);
  g_autofree char *count = g_strdup_printf ("%u", n);
  const char *argv[] = { generator, count, path, NULL };
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;
  int status;

  if (generator == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_unlink (path);

  return g_bytes_new_take (contents, length);
}

static void
test_synthetic (void)
{
  g_autoptr(GBytes) bytes = synthetic (1500);
  g_autoptr(CcbnetRegistry) json = NULL;
  g_autoptr(CcbnetRegistry) compiled = NULL;

  if (bytes == NULL)
    {
      g_test_skip ("CCBNET_TEST_GENERATOR is not set");
      return;
    }
  json = registry_from_bytes (bytes);
  compiled = compile_and_reload (json, "synthetic.ccbnetdb", NULL);
  assert_equivalent (json, compiled, 3);
}

/* A query with nothing but a subject or an object (and maybe include-parts) is answered from
 * the index beside copies of the relations' slots in index order. Whatever made the objects
 * first, it must answer what a scan of every relation answers, in dataset order, with the very
 * objects of the registry's listing. */
static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return (ua > ub) - (ua < ub);
}

/* The relations of @entity as subject (@side 0) or object, and maybe of its parts. */
static GListModel *
anchored_query (CcbnetRegistry *registry,
                CcbnetEntity   *entity,
                guint           side,
                gboolean        include_parts)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  if (side == 0)
    ccbnet_query_set_subject (query, entity);
  else
    ccbnet_query_set_object (query, entity);
  ccbnet_query_set_include_parts (query, include_parts);

  return ccbnet_registry_query (registry, query);
}

static void
assert_anchored_as_scanned (CcbnetRegistry *registry,
                            guint           stride)
{
  GListModel *entities = ccbnet_registry_get_entities (registry);
  guint n_entities = g_list_model_get_n_items (entities);
  GListModel *relations;
  GHashTable *scanned[2];
  guint n_relations, checked = 0;

  /* Object-anchored queries first, so that they make most objects; the subject-anchored ones
   * then find them made; the listing comes last. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint side = 2; side-- > 0;)
      for (guint e = pass; e < n_entities; e += stride)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, e);
          g_autoptr(GListModel) first = anchored_query (registry, entity, side, pass == 1);
          g_autoptr(GListModel) again = anchored_query (registry, entity, side, pass == 1);

          g_assert_cmpuint (g_list_model_get_n_items (first), ==, g_list_model_get_n_items (again));
          for (guint i = 0; i < g_list_model_get_n_items (first); i++)
            {
              g_autoptr(GObject) a = g_list_model_get_item (first, i);
              g_autoptr(GObject) b = g_list_model_get_item (again, i);

              g_assert_true (a == b);
            }
        }

  /* What a scan of the listing says: each entity's relations by position, as subject and as
   * object. */
  relations = ccbnet_registry_get_relations (registry);
  n_relations = g_list_model_get_n_items (relations);
  for (guint side = 0; side < 2; side++)
    scanned[side] = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint r = 0; r < n_relations; r++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, r);

      for (guint side = 0; side < 2; side++)
        {
          CcbnetEntity *end = side == 0 ? ccbnet_relation_get_subject (relation)
                                        : ccbnet_relation_get_object (relation);
          GArray *list = g_hash_table_lookup (scanned[side], end);

          if (list == NULL)
            g_hash_table_insert (scanned[side], end, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_array_append_val (list, r);
        }
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint side = 0; side < 2; side++)
      for (guint e = pass; e < n_entities; e += stride)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, e);
          g_autoptr(GListModel) found = anchored_query (registry, entity, side, pass == 1);
          g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_object_unref);
          g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));

          g_ptr_array_add (ends, g_object_ref (entity));
          if (pass == 1)
            {
              g_autoptr(GListModel) parts = ccbnet_entity_list_parts (entity, TRUE);

              for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
                g_ptr_array_add (ends, g_list_model_get_item (parts, i));
            }
          for (guint i = 0; i < ends->len; i++)
            {
              GArray *list = g_hash_table_lookup (scanned[side], ends->pdata[i]);

              if (list != NULL)
                g_array_append_vals (expected, list->data, list->len);
            }
          g_array_sort (expected, compare_guint);

          g_assert_cmpuint (g_list_model_get_n_items (found), ==, expected->len);
          for (guint i = 0; i < expected->len; i++)
            {
              g_autoptr(CcbnetRelation) answered = g_list_model_get_item (found, i);
              g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations,
                                                                          g_array_index (expected, guint, i));

              g_assert_true (answered == relation);
            }
          checked += expected->len;
        }
  /* The scan found something to compare. */
  g_assert_cmpuint (checked, >, n_relations / stride);
  for (guint side = 0; side < 2; side++)
    g_hash_table_unref (scanned[side]);
}

static void
test_anchored (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(GBytes) bytes = synthetic (1200);
  g_autoptr(CcbnetRegistry) small = registry_from_bytes (shipped);

  assert_anchored_as_scanned (small, 1);
  if (bytes == NULL)
    {
      g_test_skip ("CCBNET_TEST_GENERATOR is not set");
      return;
    }
  {
    g_autoptr(CcbnetRegistry) json = registry_from_bytes (bytes);
    g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "anchored.ccbnetdb", NULL);

    assert_anchored_as_scanned (compiled, 1);
  }
}

/* The JSON loader reads the four lists record by record, wherever they stand in the file, and a
 * list whose key is written with escapes from the parsed skeleton: every shape gives the same
 * dataset. */
static GBytes *
reordered (GBytes             *bytes,
           const char * const *order)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  gsize length;
  char *text;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  json_builder_begin_object (builder);
  for (guint i = 0; order[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, order[i]);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (object, order[i])));
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static void
test_json_shapes (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) usual = registry_from_bytes (shipped);
  static const char * const orders[][8] = {
    { "format", "title", "sources", "sections", "entities", "relations", NULL },
    { "format", "relations", "entities", "sections", "sources", NULL },
    { "format", "sources", "sections", "relations", "entities", "title", NULL },
    { "title", "sources", "sections", "entities", "relations", "format", NULL },
    { "format", "sources", "title", "sections", "entities", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autoptr(GBytes) bytes = reordered (shipped, orders[i]);
      g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;

      if (g_strv_contains (orders[i], "relations"))
        {
          g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "shape", NULL, &error));
          g_assert_no_error (error);
          assert_equivalent (usual, registry, 1);
        }
      else
        {
          /* The missing list is reported as such, whatever the shape. */
          g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "shape", NULL, &error));
          g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SCHEMA);
          g_assert_cmpstr (error->message, ==, "shape: $: missing member \"relations\"");
        }
    }

  /* Keys with escapes, and spaces around the lists' brackets. */
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped));
    g_autofree char *escaped = NULL;
    g_auto(GStrv) parts = g_strsplit (text, "\"relations\": [", 2);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    escaped = g_strconcat (parts[0], "\"rel\\u0061tions\" :\n [ ", parts[1], NULL);
    bytes = g_bytes_new (escaped, strlen (escaped));
    g_assert_true (ccbnet_registry_load_from_bytes (registry, bytes, "shape", NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ccbnet_registry_get_n_relations (registry), ==, ccbnet_registry_get_n_relations (usual));
    assert_equivalent (usual, registry, 1);
  }
}

/* Compiling is deterministic, and compiling a compiled registry gives the same bytes. */
static void
test_deterministic (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) a = registry_from_bytes (shipped);
  g_autoptr(CcbnetRegistry) b = registry_from_bytes (shipped);
  g_autoptr(GBytes) ba = NULL, bb = NULL, bc = NULL;
  g_autoptr(CcbnetRegistry) ra = compile_and_reload (a, "a.ccbnetdb", &ba);
  g_autoptr(CcbnetRegistry) rb = compile_and_reload (b, "b.ccbnetdb", &bb);
  g_autoptr(CcbnetRegistry) rc = compile_and_reload (ra, "c.ccbnetdb", &bc);

  g_assert_true (g_bytes_equal (ba, bb));
  g_assert_true (g_bytes_equal (ba, bc));
}

/* The same record is always the same object, also when threads race to make it. */
typedef struct
{
  CcbnetRegistry *registry;
  GPtrArray      *ids;
  gpointer        seen[64];
} Race;

static gpointer
race_thread (gpointer data)
{
  Race *race = data;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < race->ids->len; i++)
    g_ptr_array_add (found, ccbnet_registry_lookup (race->registry, race->ids->pdata[i]));

  return found;
}

static void
test_identity (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GThread *threads[8];
  GPtrArray *results[8];

  for (guint i = 0; i < g_list_model_get_n_items (ccbnet_registry_get_entities (json)); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (ccbnet_registry_get_entities (json), i);

      g_ptr_array_add (ids, g_strdup (ccbnet_entity_get_id (entity)));
    }

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "race.ccbnetdb", NULL);
      Race race = { compiled, ids, { NULL, } };

      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        threads[t] = g_thread_new ("race", race_thread, &race);
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        results[t] = g_thread_join (threads[t]);
      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(CcbnetEntity) again = ccbnet_registry_lookup (compiled, ids->pdata[i]);
          g_autoptr(CcbnetEntity) found = ccbnet_registry_find (compiled, ids->pdata[i]);

          for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
            g_assert_true (results[t]->pdata[i] == again);
          g_assert_true (found == again);
        }
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        g_ptr_array_unref (results[t]);
    }

  /* A relation's ends are the entities lookups return. */
  {
    g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "ends.ccbnetdb", NULL);
    g_autoptr(CcbnetRelation) relation = ccbnet_registry_lookup_relation (compiled, "r001");
    g_autoptr(CcbnetEntity) subject = ccbnet_registry_lookup (compiled, ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)));

    g_assert_true (ccbnet_relation_get_subject (relation) == subject);
  }
}

/* Objects outlive their registry and keep their properties. */
static void
test_outlives (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  CcbnetRegistry *compiled = compile_and_reload (json, "outlive.ccbnetdb", NULL);
  g_autoptr(CcbnetEntity) cert = ccbnet_registry_lookup (compiled, "cert-be");
  g_autoptr(CcbnetRelation) relation = ccbnet_registry_lookup_relation (compiled, "r001");
  g_autoptr(GListModel) relations = NULL;
  g_autofree char *quote = NULL;

  g_assert_nonnull (cert);
  quote = g_strdup (ccbnet_citation_get_quote (ccbnet_relation_get_sources (relation)->pdata[0]));
  g_assert_finalize_object (compiled);
  g_assert_cmpstr (ccbnet_entity_get_id (cert), ==, "cert-be");
  g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_entity_get_parent (cert)), ==, "ccb");
  g_assert_cmpstr (ccbnet_citation_get_quote (ccbnet_relation_get_sources (relation)->pdata[0]), ==, quote);
  relations = ccbnet_entity_list_relations (cert);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} AsyncResult;

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncResult *res = user_data;

  res->ok = ccbnet_registry_load_from_file_finish (CCBNET_REGISTRY (source), result, &res->error);
  g_main_loop_quit (res->loop);
}

static void
test_async_and_listing (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "async.ccbnetdb", NULL);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GFile) file = temp_file ("async.ccbnetdb");
  AsyncResult res = { g_main_loop_new (NULL, FALSE), FALSE, NULL };
  GListModel *entities = ccbnet_registry_get_entities (registry);

  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 0);
  ccbnet_registry_load_from_file_async (registry, file, NULL, load_done, &res);
  g_main_loop_run (res.loop);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_main_loop_unref (res.loop);

  /* The listing handed out before the load follows it. */
  g_assert_true (ccbnet_registry_get_entities (registry) == entities);
  g_assert_cmpuint (g_list_model_get_n_items (entities), ==, 90);
  assert_same_model (ccbnet_registry_get_entities (json), entities);
  assert_same_model (ccbnet_registry_get_relations (json), ccbnet_registry_get_relations (registry));

  /* A listing asked for after the load is complete too, and its items are the lookups'. */
  {
    GListModel *relations = ccbnet_registry_get_relations (compiled);
    g_autoptr(CcbnetRelation) first = g_list_model_get_item (relations, 0);
    g_autoptr(CcbnetRelation) looked_up = ccbnet_registry_lookup_relation (compiled, ccbnet_relation_get_id (first));

    g_assert_true (first == looked_up);
  }
}

static void
test_write_errors (void)
{
  g_autoptr(CcbnetRegistry) empty = ccbnet_registry_new ();
  g_autoptr(GFile) file = temp_file ("empty.ccbnetdb");
  g_autoptr(GError) error = NULL;

  g_assert_false (ccbnet_registry_write_compiled (empty, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_clear_error (&error);

  {
    g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
    g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-dir/x.ccbnetdb");

    g_assert_false (ccbnet_registry_write_compiled (json, nowhere, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

/* Hostile compiled files */

static GBytes *
shipped_compiled (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  GBytes *compiled = NULL;
  g_autoptr(CcbnetRegistry) reloaded = compile_and_reload (json, "hostile.ccbnetdb", &compiled);

  return compiled;
}

/* Asks everything of a registry, so that a bad index would be read. */
static void
exercise (CcbnetRegistry *registry)
{
  GListModel *entities = ccbnet_registry_get_entities (registry);
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
      g_autoptr(GListModel) a = NULL, b = NULL, c = NULL, d = NULL, e = NULL;
      g_autoptr(GListModel) path = NULL;
      g_autoptr(CcbnetEntity) other = g_list_model_get_item (entities, (i + 1) % n);

      ccbnet_query_set_subject (query, entity);
      ccbnet_query_set_include_parts (query, TRUE);
      a = ccbnet_registry_query (registry, query);
      b = ccbnet_registry_query_entities (registry, query);
      c = ccbnet_entity_list_relations (entity);
      d = ccbnet_entity_list_parts (entity, TRUE);
      e = ccbnet_registry_find_all (registry, ccbnet_entity_get_name (entity));
      path = ccbnet_registry_find_path (registry, entity, other, 3);
    }
  g_list_model_get_n_items (ccbnet_registry_get_relations (registry));
}

static void
assert_refused (GBytes     *bytes,
                const char *fragment)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bytes, "bad.ccbnetdb", NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "bad.ccbnetdb: compiled dataset: "));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" does not say \"%s\"", error->message, fragment);
  g_assert_null (ccbnet_registry_lookup (registry, "ccb"));

  problems = ccbnet_registry_check_bytes (registry, bytes, "bad.ccbnetdb", NULL);
  g_assert_cmpuint (problems->len, ==, 1);
}

static GBytes *
patched (GBytes *bytes,
         gsize   offset,
         guint32 value)
{
  gsize size = g_bytes_get_size (bytes);
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), size);

  g_assert_cmpuint (offset + 4, <=, size);
  memcpy (data + offset, &value, sizeof value);

  return g_bytes_new_take (data, size);
}

/* Where the table called @name lies in a compiled file. */
static void
find_table (GBytes     *bytes,
            const char *name,
            guint64    *offset,
            guint64    *size)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  guint32 toc_size;
  g_autoptr(GBytes) part = NULL;
  g_autoptr(GVariant) toc = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  const char *entry, *type;
  guint32 seed;

  memcpy (&toc_size, data + 16, sizeof toc_size);
  part = g_bytes_new_from_bytes (bytes, 24, toc_size);
  toc = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE ("(ua(sstt))"), part, FALSE));
  g_variant_get (toc, "(ua(sstt))", &seed, &iter);
  while (g_variant_iter_loop (iter, "(&s&stt)", &entry, &type, offset, size))
    if (g_str_equal (entry, name))
      return;
  g_assert_not_reached ();
}

static void
test_hostile_header (void)
{
  g_autoptr(GBytes) good = shipped_compiled ();
  gsize size = g_bytes_get_size (good);

  /* Truncated anywhere. */
  for (gsize len = 8; len < size; len += len < 64 ? 1 : 997)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (good, 0, len);

      assert_refused (cut, NULL);
    }

  {
    g_autoptr(GBytes) version = patched (good, 8, GUINT32_TO_LE (3));
    g_autoptr(GBytes) order = patched (good, 12, 0x04030201);
    g_autoptr(GBytes) mark = patched (good, 12, 0x12345678);
    g_autoptr(GBytes) toc_size = patched (good, 16, 0xfffffff0);
    g_autoptr(GBytes) toc_small = patched (good, 16, 8);

    assert_refused (version, "format version 3, this library reads version 2");
    assert_refused (order, "other byte order");
    assert_refused (mark, "byte-order mark");
    assert_refused (toc_size, "table of contents");
    assert_refused (toc_small, NULL);
  }
}

static void
test_hostile_tables (void)
{
  g_autoptr(GBytes) good = shipped_compiled ();
  static const struct { const char *table; guint32 value; guint field; const char *says; } cases[] = {
    { "entities", 100000, ENT_SECTION, "section is out of range" },
    { "entities", CCBNET_NONE, ENT_ID, "required string" },
    { "entities", 0x7fffffff, ENT_NAME, "string index" },
    { "entities", 0, ENT_PARENT, "parents form a cycle" },
    { "entities", 77, ENT_BITS, "unknown type" },
    { "entities", 1 << 20, ENT_N_SOURCES, "sources are out of range" },
    { "relations", 99999, REL_SUBJECT, "subject is out of range" },
    { "relations", 200, REL_BITS, "unknown kind" },
    { "relations", 99999, REL_EXTRA, "qualifiers are out of range" },
    { "relations", CCBNET_NONE - 1, REL_SOURCES, "sources are out of range" },
    { "documents", 9, DOC_KIND, "unknown kind" },
    { "sections", 0, SEC_SCOPE, "unknown scope" },
    { "citations", 5000, CIT_DOCUMENT, "source is out of range" },
    { "citation-lists", 1 << 30, 0, "list of citations" },
    { "string-starts", 0x7fffffff, 1, "string offsets" },
    { "outgoing-starts", 5, 0, "subject index" },
    { "outgoing", 1 << 29, 0, "subject index" },
    { "parts", 1 << 29, 0, "parts index" },
    { "kind-starts", 1 << 20, 3, "kind index" },
    { "id-slots", 0xbfffff00, 0, "id index" },
    { "name-slots", 1 << 28, 0, "name index" },
    { "name-hits", 0xfffffff0, 0, "name index" },
    { "name-keys", 0xfffffff0, 1, "name index" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint64 offset, size;
      g_autoptr(GBytes) bad = NULL;
      guint field = cases[i].field;

      find_table (good, cases[i].table, &offset, &size);
      /* The id slots and name slots: patch the first used slot. */
      if (g_str_equal (cases[i].table, "id-slots") || g_str_equal (cases[i].table, "name-slots"))
        {
          const guint32 *slots = (const guint32 *) ((const guint8 *) g_bytes_get_data (good, NULL) + offset);

          for (field = 0; slots[field] == CCBNET_NONE; field++)
            ;
        }
      g_assert_cmpuint (field * 4 + 4, <=, size);
      bad = patched (good, offset + field * 4, cases[i].value);
      assert_refused (bad, cases[i].says);
    }

  /* A table of the wrong size, a missing table, a table outside the file. */
  {
    guint64 offset, size;
    g_autoptr(GBytes) bad = NULL;
    gsize len = g_bytes_get_size (good);
    guint8 *data = g_memdup2 (g_bytes_get_data (good, NULL), len);
    guint8 *p = NULL;

    find_table (good, "relations", &offset, &size);
    /* The name is in the table of contents: rename it. */
    for (gsize at = 24; at + 9 < offset && p == NULL; at++)
      if (memcmp (data + at, "relations", 9) == 0)
        p = data + at;
    g_assert_nonnull (p);
    memcpy (p, "relationz", 9);
    bad = g_bytes_new_take (data, len);
    assert_refused (bad, NULL);
  }

  /* Strings: invalid UTF-8 of several kinds, a NUL inside, no final NUL. */
  {
    guint64 offset, size;
    gsize len = g_bytes_get_size (good);

    find_table (good, "strings", &offset, &size);
    for (guint c = 0; c < 8; c++)
      {
        guint8 *data = g_memdup2 (g_bytes_get_data (good, NULL), len);
        g_autoptr(GBytes) bad = NULL;
        gsize middle = offset + size / 2 + 3;  /* not on an eight-byte boundary */

        if (c == 0)
          data[offset + 5] = 0xff;
        else if (c == 1)
          data[offset + 5] = 0;
        else if (c == 2)
          data[offset + size - 1] = 'x';
        else if (c == 3)
          data[middle] = 0x80;                  /* a continuation byte alone */
        else if (c == 4)
          data[middle] = 0;
        else if (c == 5)
          data[middle] = 0xc0, data[middle + 1] = 0x80;   /* an overlong NUL */
        else if (c == 6)
          data[offset + size - 2] = 0xc3;       /* a character cut by the final NUL */
        else
          data[middle] = 0xed, data[middle + 1] = 0xa0, data[middle + 2] = 0x80;  /* a surrogate */
        bad = g_bytes_new_take (data, len);
        assert_refused (bad, "strings");
      }
  }
}

/* Bytes changed at random: every outcome is a refusal or a registry that answers, never a
 * crash; the sanitizer runs make sure no read strays. */
static void
test_hostile_random (void)
{
  g_autoptr(GBytes) good = shipped_compiled ();
  GRand *rand = g_rand_new_with_seed (20261127);
  gsize size = g_bytes_get_size (good);
  guint refused = 0, loaded = 0;

  for (guint round = 0; round < 400; round++)
    {
      guint8 *data = g_memdup2 (g_bytes_get_data (good, NULL), size);
      g_autoptr(GBytes) bad = NULL;
      g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;
      guint n = g_rand_int_range (rand, 1, 8);

      for (guint k = 0; k < n; k++)
        {
          gsize at = g_rand_int_range (rand, 8, size);

          if (g_rand_boolean (rand))
            data[at] = g_rand_int_range (rand, 0, 256);
          else
            data[at] ^= 1 << g_rand_int_range (rand, 0, 8);
        }
      bad = g_bytes_new_take (data, size);
      if (ccbnet_registry_load_from_bytes (registry, bad, "random.ccbnetdb", NULL, &error))
        {
          exercise (registry);
          loaded++;
        }
      else
        {
          g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_FORMAT);
          refused++;
        }
    }
  g_rand_free (rand);
  g_test_message ("%u damaged files refused, %u loaded and answered", refused, loaded);
}

/* A failed load changes nothing; a compiled file larger than max-size is refused unread. */
static void
test_hostile_keeps_registry (void)
{
  g_autoptr(GBytes) good = shipped_compiled ();
  g_autoptr(GBytes) bad = patched (good, 8, GUINT32_TO_LE (9));
  g_autoptr(CcbnetRegistry) registry = registry_from_bytes (good);
  g_autoptr(CcbnetEntity) before = ccbnet_registry_lookup (registry, "ccb");
  g_autoptr(CcbnetEntity) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ccbnet_registry_load_from_bytes (registry, bad, NULL, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_FORMAT);
  g_clear_error (&error);
  after = ccbnet_registry_lookup (registry, "ccb");
  g_assert_true (before == after);

  ccbnet_registry_set_max_size (registry, 1000);
  g_assert_false (ccbnet_registry_load_from_bytes (registry, good, NULL, NULL, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);

  /* Bytes that are not aligned in memory still load. */
  {
    gsize size;
    const guint8 *data = g_bytes_get_data (good, &size);
    g_autofree guint8 *shifted = g_malloc (size + 1);
    g_autoptr(GBytes) unaligned = NULL;
    g_autoptr(CcbnetRegistry) other = NULL;

    memcpy (shifted + 1, data, size);
    unaligned = g_bytes_new_static (shifted + 1, size);
    other = registry_from_bytes (unaligned);
    {
      g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (other, "ccb");

      g_assert_nonnull (ccb);
    }
  }
}

/* A file changed under its reader. By default a registry holds a copy of the file it loaded:
 * truncating the file in place, writing over it in place and removing it change nothing it
 * answers, and do not end the process. */
static void
test_changed_under_reader (void)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  g_autoptr(GBytes) compiled_bytes = NULL;
  g_autoptr(CcbnetRegistry) compiled = compile_and_reload (json, "under-reader.ccbnetdb", &compiled_bytes);
  g_autoptr(GFile) file = temp_file ("under-reader.ccbnetdb");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *garbage = NULL;
  gsize size = g_bytes_get_size (compiled_bytes);
  int fd;

  before = ccbnet_registry_to_json (compiled, &error);
  g_assert_no_error (error);

  /* Cut to half its size, then to nothing, in place. */
  g_assert_cmpint (truncate (path, size / 2), ==, 0);
  assert_equivalent (json, compiled, 1);
  g_assert_cmpint (truncate (path, 0), ==, 0);
  assert_equivalent (json, compiled, 1);

  /* Written over in place with as many bytes of something else. */
  garbage = g_malloc (size);
  memset (garbage, 0xa5, size);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, garbage, size), ==, (gssize) size);
  g_assert_true (g_close (fd, NULL));
  assert_equivalent (json, compiled, 1);

  /* Removed. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  assert_equivalent (json, compiled, 1);

  {
    g_autoptr(GBytes) after = ccbnet_registry_to_json (compiled, &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (before, after));
  }
}

/* The same in a process of its own, read and with CcbnetRegistry:map-files: a file truncated
 * under a registry that mapped it ends that process at the next read (SIGBUS), as the
 * property's documentation warns, where the registry that read it answers. The child says how
 * far it got. */
static void
truncate_under (gboolean map_files)
{
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();
  g_autoptr(CcbnetRegistry) json = registry_from_bytes (shipped);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GFile) file = temp_file ("truncated.ccbnetdb");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  g_assert_true (ccbnet_registry_write_compiled (json, file, NULL, &error));
  g_assert_no_error (error);
  ccbnet_registry_set_map_files (registry, map_files);
  g_assert_true (ccbnet_registry_load_from_file (registry, file, NULL, &error));
  g_assert_no_error (error);
  assert_equivalent (json, registry, 1);
  g_assert_cmpint (truncate (path, 0), ==, 0);
  g_print ("truncated\n");
  assert_equivalent (json, registry, 1);
  g_print ("answered\n");
}

static void
test_truncated_read (void)
{
  if (g_test_subprocess ())
    {
      truncate_under (FALSE);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*truncated*answered*");
}

static void
test_truncated_mapped (void)
{
  if (g_test_subprocess ())
    {
      truncate_under (TRUE);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*truncated*");
  g_test_trap_assert_stdout_unmatched ("*answered*");
}

int
main (int   argc,
      char *argv[])
{
  gboolean own_dir;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* A child of g_test_trap_subprocess() works in its parent's directory, which the parent
   * removes: a child that a signal ends leaves nothing behind. */
  own_dir = !g_test_subprocess () || g_getenv ("CCBNET_TEST_COMPILED_DIR") == NULL;
  if (own_dir)
    {
      tmp_dir = g_dir_make_tmp ("ccbnet-compiled-XXXXXX", NULL);
      g_assert_nonnull (tmp_dir);
      g_setenv ("CCBNET_TEST_COMPILED_DIR", tmp_dir, TRUE);
    }
  else
    tmp_dir = g_strdup (g_getenv ("CCBNET_TEST_COMPILED_DIR"));

  g_test_add_func ("/compiled/shipped", test_shipped);
  g_test_add_func ("/compiled/shipped-default", test_shipped_default);
  g_test_add_func ("/compiled/shipped-fallback", test_shipped_fallback);
  g_test_add_func ("/compiled/synthetic", test_synthetic);
  g_test_add_func ("/compiled/anchored", test_anchored);
  g_test_add_func ("/compiled/json-shapes", test_json_shapes);
  g_test_add_func ("/compiled/deterministic", test_deterministic);
  g_test_add_func ("/compiled/identity", test_identity);
  g_test_add_func ("/compiled/outlives-registry", test_outlives);
  g_test_add_func ("/compiled/async-and-listing", test_async_and_listing);
  g_test_add_func ("/compiled/write-errors", test_write_errors);
  g_test_add_func ("/compiled/changed-under-reader/read", test_changed_under_reader);
  g_test_add_func ("/compiled/changed-under-reader/truncated-read", test_truncated_read);
  g_test_add_func ("/compiled/changed-under-reader/truncated-mapped", test_truncated_mapped);
  g_test_add_func ("/compiled/hostile/header", test_hostile_header);
  g_test_add_func ("/compiled/hostile/tables", test_hostile_tables);
  g_test_add_func ("/compiled/hostile/random", test_hostile_random);
  g_test_add_func ("/compiled/hostile/keeps-registry", test_hostile_keeps_registry);

  status = g_test_run ();

  if (own_dir)
    {
      g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (tmp_dir);
    }
  g_free (tmp_dir);

  return status;
}
