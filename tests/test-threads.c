/* test-threads.c: many threads querying while others load
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"
#include "ccbnet-private.h"

/* CCBNET_TEST_THREADS and CCBNET_TEST_ROUNDS scale the test (defaults: 8 threads, 2000 rounds).
 * Workers also keep going until the loading thread has finished MIN_LOADS loads, so that the
 * queries really overlap the loads however fast they are. */
static guint n_threads = 8;
static guint n_rounds = 2000;
#define MIN_LOADS 10

/* Bumped by the loading threads; read by the workers. */
static gint loads_done;

typedef struct
{
  const char *name;
  char       *expected;
  char      *(*run) (CcbnetRegistry *registry);
} Operation;

static char *
op_represents (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (registry, "ccb");
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) result = NULL;

  /* The small dataset the replacing test swaps in has no CCB. */
  if (ccb == NULL)
    return g_strdup ("");

  g_object_set (query, "kind", CCBNET_RELATION_KIND_REPRESENTS_IN, "subject", ccb,
                "include-parts", TRUE, NULL);
  result = ccbnet_registry_query (registry, query);

  return test_ids (result);
}

static char *
op_participants (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetEntity) events = ccbnet_registry_lookup (registry, "qctr-events");
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) result = NULL;

  g_object_set (query, "kind", CCBNET_RELATION_KIND_PARTICIPATES_IN, "include-subkinds", TRUE,
                "object", events, NULL);
  result = ccbnet_registry_query_entities (registry, query);

  return test_ids (result);
}

static char *
op_find (CcbnetRegistry *registry)
{
  g_autoptr(GListModel) found = ccbnet_registry_find_all (registry, "Centre pour la Cybersécurité Belgique");
  g_autoptr(GListModel) qctr = ccbnet_registry_find_all (registry, "QCTR");
  g_autofree char *a = test_ids (found);
  g_autofree char *b = test_ids (qctr);

  return g_strconcat (a, ";", b, NULL);
}

static char *
op_path (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetEntity) from = ccbnet_registry_lookup (registry, "ccb");
  g_autoptr(CcbnetEntity) to = ccbnet_registry_lookup (registry, "tf-csirt");
  g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, from, to, 0);

  return test_ids (path);
}

static char *
op_navigate (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (registry, "ccb");
  g_autoptr(GListModel) parts = ccbnet_entity_list_parts (ccb, TRUE);
  g_autoptr(GListModel) relations = ccbnet_entity_list_relations (ccb);
  g_autofree char *a = test_ids (parts);

  return g_strdup_printf ("%s;%u;%s", a, g_list_model_get_n_items (relations),
                          ccbnet_entity_get_name_for_language (ccb, "de"));
}

static char *
op_monthly (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) result = NULL;

  ccbnet_query_set_cadence (query, CCBNET_CADENCE_MONTHLY);
  result = ccbnet_registry_query_entities (registry, query);

  return test_ids (result);
}

static Operation operations[] = {
  { "represents", NULL, op_represents },
  { "participants", NULL, op_participants },
  { "find", NULL, op_find },
  { "path", NULL, op_path },
  { "navigate", NULL, op_navigate },
  { "monthly", NULL, op_monthly },
};

typedef struct
{
  CcbnetRegistry *registry;
  guint           seed;
  guint           mismatches;
  guint           done;
} Worker;

static gboolean
keep_going (guint round)
{
  return round < n_rounds || g_atomic_int_get (&loads_done) < MIN_LOADS;
}

static gpointer
query_thread (gpointer data)
{
  Worker *worker = data;
  GRand *rand = g_rand_new_with_seed (worker->seed);

  for (guint i = 0; keep_going (i); i++)
    {
      Operation *op = &operations[g_rand_int_range (rand, 0, G_N_ELEMENTS (operations))];
      g_autofree char *result = op->run (worker->registry);

      if (g_strcmp0 (result, op->expected) != 0)
        worker->mismatches++;
      worker->done++;
    }
  g_rand_free (rand);

  return NULL;
}

typedef struct
{
  gint   stop;
  guint  loads;
} Loader;

static gpointer
load_thread (gpointer data)
{
  Loader *loader = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();

  while (!g_atomic_int_get (&loader->stop))
    {
      g_autoptr(CcbnetRegistry) second = ccbnet_registry_new ();
      g_autoptr(GError) error = NULL;

      g_assert_true (ccbnet_registry_load_from_file (second, file, NULL, &error));
      g_assert_true (ccbnet_registry_load_from_bytes (second, shipped, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_entities (second)), ==, 90);
      loader->loads++;
      g_atomic_int_inc (&loads_done);
    }

  return NULL;
}

static void
test_queries_while_loading (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);
  g_autofree Worker *workers = g_new0 (Worker, n_threads);
  Loader loader = { 0, 0 };
  GThread *load;
  guint total = 0;

  /* The single-threaded answers first. */
  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_free (operations[i].expected);
      operations[i].expected = operations[i].run (registry);
      g_assert_cmpstr (operations[i].expected, !=, "");
    }

  g_atomic_int_set (&loads_done, 0);
  load = g_thread_new ("load", load_thread, &loader);
  for (guint t = 0; t < n_threads; t++)
    {
      workers[t].registry = registry;
      workers[t].seed = t + 1;
      threads[t] = g_thread_new ("query", query_thread, &workers[t]);
    }
  for (guint t = 0; t < n_threads; t++)
    {
      g_thread_join (threads[t]);
      g_assert_cmpuint (workers[t].mismatches, ==, 0);
      total += workers[t].done;
    }
  g_atomic_int_set (&loader.stop, 1);
  g_thread_join (load);

  g_assert_cmpuint (total, >=, n_threads * n_rounds);
  g_assert_cmpuint (loader.loads, >=, MIN_LOADS);
  g_test_message ("%u threads ran %u operations while another loaded %u registries",
                  n_threads, total, loader.loads);
}

typedef struct
{
  CcbnetRegistry *registry;
  gint            stop;
  guint           swaps;
} Swapper;

static gpointer
swap_thread (gpointer data)
{
  Swapper *swapper = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) small = g_file_new_for_path (path);
  g_autoptr(GBytes) shipped = ccbnet_get_shipped_dataset ();

  while (!g_atomic_int_get (&swapper->stop))
    {
      g_assert_true (ccbnet_registry_load_from_file (swapper->registry, small, NULL, NULL));
      g_assert_true (ccbnet_registry_load_from_bytes (swapper->registry, shipped, NULL, NULL, NULL));
      swapper->swaps++;
      g_atomic_int_inc (&loads_done);
    }

  return NULL;
}

/* Readers of one registry see either the old or the new content while it is replaced, never a
 * mixture and never freed memory. */
static gpointer
reader_thread (gpointer data)
{
  Worker *worker = data;

  for (guint i = 0; keep_going (i); i++)
    {
      g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (worker->registry, "ccb");
      g_autofree char *represents = op_represents (worker->registry);

      if (ccb != NULL)
        {
          g_autoptr(GListModel) parts = ccbnet_entity_list_parts (ccb, TRUE);
          guint n = g_list_model_get_n_items (parts);

          /* Empty once the registry has moved on, complete before. */
          if (n != 0 && n != 2)
            worker->mismatches++;
        }
      if (g_strcmp0 (represents, "") != 0 && g_strcmp0 (represents, operations[0].expected) != 0)
        worker->mismatches++;
      worker->done++;
    }

  return NULL;
}

static void
test_queries_while_replacing (void)
{
  Swapper swapper = { ccbnet_registry_new (), 0, 0 };
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);
  g_autofree Worker *workers = g_new0 (Worker, n_threads);
  GThread *swap;

  if (operations[0].expected == NULL)
    operations[0].expected = op_represents (ccbnet_registry_get_default ());

  g_atomic_int_set (&loads_done, 0);
  swap = g_thread_new ("swap", swap_thread, &swapper);
  for (guint t = 0; t < n_threads; t++)
    {
      workers[t].registry = swapper.registry;
      threads[t] = g_thread_new ("read", reader_thread, &workers[t]);
    }
  for (guint t = 0; t < n_threads; t++)
    {
      g_thread_join (threads[t]);
      g_assert_cmpuint (workers[t].mismatches, ==, 0);
      g_assert_cmpuint (workers[t].done, >=, n_rounds);
    }
  g_atomic_int_set (&swapper.stop, 1);
  g_thread_join (swap);
  g_assert_cmpuint (swapper.swaps, >=, MIN_LOADS);
  g_test_message ("%u readers saw %u replacements", n_threads, swapper.swaps);
  g_assert_finalize_object (swapper.registry);
}

/* Many threads racing for the default registry get one and the same. */
static gpointer
get_default_thread (gpointer data)
{
  return ccbnet_registry_get_default ();
}

static void
test_default_once (void)
{
  if (g_test_subprocess ())
    {
      GThread *threads[8];
      gpointer first = NULL;

      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        threads[t] = g_thread_new ("default", get_default_thread, NULL);
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        {
          gpointer registry = g_thread_join (threads[t]);

          g_assert_nonnull (registry);
          if (first == NULL)
            first = registry;
          g_assert_true (registry == first);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  const char *threads = g_getenv ("CCBNET_TEST_THREADS");
  const char *rounds = g_getenv ("CCBNET_TEST_ROUNDS");

  g_test_init (&argc, &argv, NULL);
  if (threads != NULL)
    n_threads = MAX (1, atoi (threads));
  if (rounds != NULL)
    n_rounds = MAX (1, atoi (rounds));

  g_test_add_func ("/threads/default-once", test_default_once);
  g_test_add_func ("/threads/queries-while-loading", test_queries_while_loading);
  g_test_add_func ("/threads/queries-while-replacing", test_queries_while_replacing);

  return g_test_run ();
}
