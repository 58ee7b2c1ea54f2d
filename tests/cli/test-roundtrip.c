/* test-roundtrip.c: `ccbnet export --format json` is lossless
 *
 * Exports a dataset with the ccbnet program, loads the export with the library, and compares
 * every property of every record (and what the records hold outside properties: names,
 * citations, co-actors, headings, parts and relations) with the dataset it came from. Then
 * exports the export and checks that the bytes do not change.
 *
 * The program to run is $CCBNET_TOOL; the source tree is $CCBNET_SOURCE_ROOT.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <ccbnet/ccbnet.h>

#include "../test-utils.h"

static guint n_compared;

/* Runs the ccbnet program with @args and returns what it printed. */
static GBytes *
run_tool (const char * const *args)
{
  const char *tool = g_getenv ("CCBNET_TOOL");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gsize length;
  int status;

  g_assert_nonnull (tool);
  g_strv_builder_add (builder, tool);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  envp = g_environ_unsetenv (envp, "CCBNET_DATASET");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "NO_COLOR", "1", TRUE);

  g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", tool, error->message, err);

  length = strlen (out);
  return g_bytes_new_take (g_steal_pointer (&out), length);
}

static void compare_objects (GObject    *a,
                             GObject    *b,
                             const char *where);

/* Records are compared by id where they are referred to; names and citations by content. */
static void
compare_reference (GObject    *a,
                   GObject    *b,
                   const char *where)
{
  n_compared++;

  if (a == NULL || b == NULL)
    {
      if (a != b)
        g_test_fail_printf ("%s: one is NULL, the other %s", where,
                            test_record_id (a != NULL ? a : b));
      return;
    }
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    {
      g_test_fail_printf ("%s: %s against %s", where, G_OBJECT_TYPE_NAME (a),
                          G_OBJECT_TYPE_NAME (b));
      return;
    }
  if (test_record_id (a) != NULL)
    {
      if (g_strcmp0 (test_record_id (a), test_record_id (b)) != 0)
        g_test_fail_printf ("%s: %s against %s", where, test_record_id (a), test_record_id (b));
      return;
    }

  compare_objects (a, b, where);
}

static void
compare_object_arrays (GPtrArray  *a,
                       GPtrArray  *b,
                       const char *where)
{
  guint na = a != NULL ? a->len : 0;
  guint nb = b != NULL ? b->len : 0;

  n_compared++;
  if (na != nb)
    {
      g_test_fail_printf ("%s: %u items against %u", where, na, nb);
      return;
    }
  for (guint i = 0; i < na; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s[%u]", where, i);

      compare_reference (a->pdata[i], b->pdata[i], item);
    }
}

static void
compare_models (GListModel *a,
                GListModel *b,
                const char *where)
{
  g_autoptr(GPtrArray) items_a = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items_b = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    g_ptr_array_add (items_a, g_list_model_get_item (a, i));
  for (guint i = 0; i < g_list_model_get_n_items (b); i++)
    g_ptr_array_add (items_b, g_list_model_get_item (b, i));

  compare_object_arrays (items_a, items_b, where);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((GStrv) a) : 0;
  guint nb = b != NULL ? g_strv_length ((GStrv) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_str_equal (a[i], b[i]))
      return FALSE;

  return TRUE;
}

/* Every readable property of @a and @b, by type. */
static void
compare_properties (GObject    *a,
                    GObject    *b,
                    const char *where)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      GParamSpec *spec = specs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (spec);
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *property = g_strdup_printf ("%s.%s", where, spec->name);

      if (!(spec->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&va, type);
      g_value_init (&vb, type);
      g_object_get_property (a, spec->name, &va);
      g_object_get_property (b, spec->name, &vb);
      n_compared++;

      if (g_type_is_a (type, G_TYPE_OBJECT))
        compare_reference (g_value_get_object (&va), g_value_get_object (&vb), property);
      else if (type == G_TYPE_STRV)
        {
          if (!strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)))
            g_test_fail_printf ("%s differs", property);
        }
      else if (G_TYPE_FUNDAMENTAL (type) == G_TYPE_BOXED ||
               G_TYPE_FUNDAMENTAL (type) == G_TYPE_POINTER)
        g_test_fail_printf ("%s: the test does not know how to compare a %s", property,
                            g_type_name (type));
      else if (g_param_values_cmp (spec, &va, &vb) != 0)
        {
          g_autofree char *text_a = g_strdup_value_contents (&va);
          g_autofree char *text_b = g_strdup_value_contents (&vb);

          g_test_fail_printf ("%s: %s against %s", property, text_a, text_b);
        }
    }
}

static void
compare_objects (GObject    *a,
                 GObject    *b,
                 const char *where)
{
  g_autofree char *sub = NULL;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  compare_properties (a, b, where);

  /* What the records hold outside GObject properties. */
  if (CCBNET_IS_ENTITY (a))
    {
      CcbnetEntity *ea = CCBNET_ENTITY (a), *eb = CCBNET_ENTITY (b);
      const char *languages[] = { "en", "nl", "fr", "de", "fr-BE" };
      g_autoptr(GListModel) parts_a = ccbnet_entity_list_parts (ea, TRUE);
      g_autoptr(GListModel) parts_b = ccbnet_entity_list_parts (eb, TRUE);
      g_autoptr(GListModel) relations_a = ccbnet_entity_list_relations (ea);
      g_autoptr(GListModel) relations_b = ccbnet_entity_list_relations (eb);

      sub = g_strdup_printf ("%s.other-names", where);
      compare_object_arrays (ccbnet_entity_get_other_names (ea),
                             ccbnet_entity_get_other_names (eb), sub);
      g_free (sub);
      sub = g_strdup_printf ("%s.sources", where);
      compare_object_arrays (ccbnet_entity_get_sources (ea), ccbnet_entity_get_sources (eb), sub);
      g_free (sub);
      sub = g_strdup_printf ("%s.parts", where);
      compare_models (parts_a, parts_b, sub);
      g_free (sub);
      sub = g_strdup_printf ("%s.relations", where);
      compare_models (relations_a, relations_b, sub);
      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        {
          n_compared++;
          if (g_strcmp0 (ccbnet_entity_get_name_for_language (ea, languages[i]),
                         ccbnet_entity_get_name_for_language (eb, languages[i])) != 0)
            g_test_fail_printf ("%s: the %s names differ", where, languages[i]);
        }
    }
  else if (CCBNET_IS_RELATION (a))
    {
      CcbnetRelation *ra = CCBNET_RELATION (a), *rb = CCBNET_RELATION (b);

      sub = g_strdup_printf ("%s.jointly-with", where);
      compare_object_arrays (ccbnet_relation_get_co_actors (ra),
                             ccbnet_relation_get_co_actors (rb), sub);
      g_free (sub);
      sub = g_strdup_printf ("%s.sources", where);
      compare_object_arrays (ccbnet_relation_get_sources (ra),
                             ccbnet_relation_get_sources (rb), sub);
    }
  else if (CCBNET_IS_SECTION (a))
    {
      CcbnetSection *sa = CCBNET_SECTION (a), *sb = CCBNET_SECTION (b);
      g_auto(GStrv) languages_a = ccbnet_section_dup_languages (sa);
      g_auto(GStrv) languages_b = ccbnet_section_dup_languages (sb);

      n_compared++;
      if (!strv_equal ((const char * const *) languages_a, (const char * const *) languages_b))
        g_test_fail_printf ("%s: the heading languages differ", where);
      for (guint i = 0; languages_a[i] != NULL; i++)
        {
          n_compared++;
          if (g_strcmp0 (ccbnet_section_get_heading (sa, languages_a[i]),
                         ccbnet_section_get_heading (sb, languages_a[i])) != 0)
            g_test_fail_printf ("%s: the %s headings differ", where, languages_a[i]);
        }
      sub = g_strdup_printf ("%s.sources", where);
      compare_object_arrays (ccbnet_section_get_sources (sa), ccbnet_section_get_sources (sb), sub);
    }
}

static void
compare_registries (CcbnetRegistry *a,
                    CcbnetRegistry *b)
{
  struct {
    const char  *name;
    GListModel *(*get) (CcbnetRegistry *registry);
  } listings[] = {
    { "sources", ccbnet_registry_get_documents },
    { "sections", ccbnet_registry_get_sections },
    { "entities", ccbnet_registry_get_entities },
    { "relations", ccbnet_registry_get_relations },
  };

  for (guint l = 0; l < G_N_ELEMENTS (listings); l++)
    {
      GListModel *model_a = listings[l].get (a);
      GListModel *model_b = listings[l].get (b);
      guint n = g_list_model_get_n_items (model_a);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (model_b), ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item_a = g_list_model_get_item (model_a, i);
          g_autoptr(GObject) item_b = g_list_model_get_item (model_b, i);
          g_autofree char *where = g_strdup_printf ("%s[%u] (%s)", listings[l].name, i,
                                                    test_record_id (item_a));

          g_assert_cmpstr (test_record_id (item_a), ==, test_record_id (item_b));
          compare_objects (item_a, item_b, where);
        }
    }
}

/* Exports @original (the shipped dataset, or @data_file through --data), loads the export,
 * compares, and checks that exporting the export gives the same bytes. */
static void
check_round_trip (CcbnetRegistry *original,
                  const char     *data_file)
{
  const char *args_default[] = { "export", "--format", "json", NULL };
  const char *args_data[] = { "export", "--format", "json", "--data", data_file, NULL };
  g_autoptr(GBytes) exported = run_tool (data_file != NULL ? args_data : args_default);
  g_autoptr(CcbnetRegistry) reloaded = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) again = NULL;
  int fd;

  ccbnet_registry_load_from_bytes (reloaded, exported, "export.json", NULL, &error);
  g_assert_no_error (error);

  n_compared = 0;
  compare_registries (original, reloaded);
  g_test_message ("compared %u values", n_compared);
  g_assert_cmpuint (n_compared, >, 100);

  fd = g_file_open_tmp ("ccbnet-export-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (exported, NULL),
                       (gssize) g_bytes_get_size (exported), &error);
  g_assert_no_error (error);
  {
    const char *args_again[] = { "export", "--format", "json", "--data", path, NULL };

    again = run_tool (args_again);
  }
  g_close (fd, NULL);
  g_unlink (path);
  g_assert_true (g_bytes_equal (exported, again));
}

static void
test_shipped (void)
{
  check_round_trip (ccbnet_registry_get_default (), NULL);
}

static void
test_shipped_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CCBNET_SOURCE_ROOT"), "data",
                                            "ccbnet.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;

  ccbnet_registry_load_from_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  check_round_trip (registry, path);
}

static void
test_minimal (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CCBNET_SOURCE_ROOT"), "tests", "data",
                                            "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;

  ccbnet_registry_load_from_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  check_round_trip (registry, path);
}

int
main (int   argc,
      char *argv[])
{
  /* The default registry must be the shipped dataset. */
  g_unsetenv ("CCBNET_DATASET");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("CCBNET_TOOL") == NULL || g_getenv ("CCBNET_SOURCE_ROOT") == NULL)
    g_error ("set CCBNET_TOOL and CCBNET_SOURCE_ROOT");

  g_test_add_func ("/cli/export/round-trip/shipped", test_shipped);
  g_test_add_func ("/cli/export/round-trip/shipped-file", test_shipped_file);
  g_test_add_func ("/cli/export/round-trip/minimal", test_minimal);

  return g_test_run ();
}
