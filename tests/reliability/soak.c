/* soak.c: thousands of reloads while threads query, with the answers and the memory watched
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* soak [RELOADS [THREADS]]   (default 10000 reloads, 8 threads)
 *
 * One registry holds the shipped dataset. First, on one thread, every question of a fixed set
 * is answered once: for each entity, the ids of the relations it is the subject of, of those it
 * is the object of (with its parts), and of the entities its name finds; the answers are the
 * reference. Then THREADS threads ask those questions in turns, without a pause, while the main
 * thread reloads the registry RELOADS times, from the shipped JSON and its compiled form in
 * turns (the same data, so every answer must stay the reference). Listings held across reloads
 * are read too: one made before the first reload must keep answering from its own data.
 *
 * It fails if any answer differs from the reference, or if the resident memory after the run
 * is more than 10 % above the resident memory after the first 100 reloads (both measured after
 * malloc_trim (), with the same threads paused between two questions), which would be a leak of
 * about a snapshot per hundred reloads. It prints the resident memory and the heap malloc hands
 * out after each tenth of the run on stderr, and the figures as one "SOAK {…}" JSON line and in
 * words.
 *
 * Run with `meson test --suite soak` (not part of the default run), which turns off the
 * allocators' own caches and gives glibc one arena (G_SLICE=always-malloc,
 * GLIBC_TUNABLES=glibc.malloc.tcache_count=0:glibc.malloc.arena_max=1): with the caches, the heap
 * handed out grows by about 1.3 MiB over the first several hundred reloads as the caches of nine
 * threads fill, then stays flat; with an arena a thread, their fragmentation moves the resident
 * set by up to 9 % from one run to the next. */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "ccbnet-private.h"

typedef struct
{
  char *question;   /* for messages */
  int   kind;       /* 0 subject, 1 object with parts, 2 find by name */
  char *entity_id;
  char *name;
  char *answer;
} Question;

typedef struct
{
  CcbnetRegistry *registry;
  Question       *questions;
  guint           n_questions;
  gint            stop;
  gint            wrong;
  guint64         answered[64];
  /* The threads stop between questions while the memory is measured, and go on after: the
   * same threads all along, so that both measurements see the same threads and arenas. */
  GMutex          lock;
  GCond           cond;
  gint            pause_requested;
  gboolean        paused_flag;
  guint           n_paused;
} Soak;

static double
resident_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");

  return line != NULL ? g_ascii_strtod (line + 6, NULL) * 1024 : 0;
}

/* The bytes malloc hands out, in every arena. */
static double
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (double) info.uordblks + (double) info.hblkhd;
}

static char *
ids_of (GListModel *model)
{
  GString *ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = CCBNET_IS_RELATION (item) ? ccbnet_relation_get_id (CCBNET_RELATION (item))
                                                 : ccbnet_entity_get_id (CCBNET_ENTITY (item));

      g_string_append (ids, id);
      g_string_append_c (ids, ' ');
    }

  return g_string_free (ids, FALSE);
}

/* The answer to @q now; NULL if the entity is missing, which must never happen. */
static char *
answer (CcbnetRegistry *registry,
        const Question *q)
{
  g_autoptr(GListModel) found = NULL;

  if (q->kind == 2)
    found = ccbnet_registry_find_all (registry, q->name);
  else
    {
      g_autoptr(CcbnetEntity) entity = ccbnet_registry_lookup (registry, q->entity_id);
      g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

      if (entity == NULL)
        return NULL;
      if (q->kind == 0)
        ccbnet_query_set_subject (query, entity);
      else
        {
          ccbnet_query_set_object (query, entity);
          ccbnet_query_set_include_parts (query, TRUE);
        }
      found = ccbnet_registry_query (registry, query);
    }

  return ids_of (found);
}

typedef struct
{
  Soak  *soak;
  guint  index;
} Worker;

static gpointer
ask (gpointer data)
{
  Worker *worker = data;
  Soak *soak = worker->soak;
  guint i = worker->index * 7;

  while (!g_atomic_int_get (&soak->stop))
    {
      const Question *q = &soak->questions[i++ % soak->n_questions];

      if (g_atomic_int_get (&soak->pause_requested))
        {
          g_mutex_lock (&soak->lock);
          soak->n_paused++;
          g_cond_broadcast (&soak->cond);
          while (soak->paused_flag)
            g_cond_wait (&soak->cond, &soak->lock);
          soak->n_paused--;
          g_cond_broadcast (&soak->cond);
          g_mutex_unlock (&soak->lock);
        }
      g_autofree char *got = answer (soak->registry, q);

      if (g_strcmp0 (got, q->answer) != 0)
        {
          if (g_atomic_int_add (&soak->wrong, 1) < 5)
            g_printerr ("thread %u: %s: expected “%s”, got “%s”\n", worker->index, q->question,
                        q->answer, got != NULL ? got : "(no entity)");
        }
      soak->answered[worker->index]++;
    }

  return NULL;
}

static void
reload (CcbnetRegistry *registry,
        GBytes         *bytes,
        const char     *name)
{
  g_autoptr(GError) error = NULL;

  if (!ccbnet_registry_load_from_bytes (registry, bytes, name, NULL, &error))
    g_error ("reloading %s: %s", name, error->message);
}

/* Stops the @n threads between two questions. */
static void
pause_threads (Soak  *soak,
               guint  n)
{
  g_mutex_lock (&soak->lock);
  soak->paused_flag = TRUE;
  g_atomic_int_set (&soak->pause_requested, 1);
  while (soak->n_paused < n)
    g_cond_wait (&soak->cond, &soak->lock);
  g_mutex_unlock (&soak->lock);
}

static void
resume_threads (Soak *soak)
{
  g_mutex_lock (&soak->lock);
  g_atomic_int_set (&soak->pause_requested, 0);
  soak->paused_flag = FALSE;
  g_cond_broadcast (&soak->cond);
  while (soak->n_paused > 0)
    g_cond_wait (&soak->cond, &soak->lock);
  g_mutex_unlock (&soak->lock);
}

/* Reloads @n times, from the JSON and the compiled form in turns. */
static void
reload_many (Soak   *soak,
             guint   first,
             guint   n,
             GBytes *json,
             GBytes *compiled)
{
  for (guint r = first; r < first + n; r++)
    {
      if (compiled != NULL && r % 2 == 1)
        reload (soak->registry, compiled, "ccbnet.ccbnetdb");
      else
        reload (soak->registry, json, "ccbnet.json");
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_reloads = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint n_threads = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 8;
  g_autoptr(GBytes) json = ccbnet_get_shipped_dataset ();
  g_autoptr(GBytes) compiled = ccbnet_get_shipped_compiled ();
  g_autoptr(GArray) questions = g_array_new (FALSE, TRUE, sizeof (Question));
  g_autoptr(GListModel) held = NULL;
  g_autofree char *held_ids = NULL;
  g_autofree char *held_after = NULL;
  Soak soak = { 0, };
  GListModel *entities;
  double start, seconds, rss_100, rss_end = 0, heap_100, heap_end = 0, peak = 0;
  g_autoptr(GPtrArray) threads = NULL;
  Worker workers[64];
  guint64 answered = 0;
  guint warm_up;

  if (n_reloads < 200 || n_threads == 0 || n_threads > G_N_ELEMENTS (soak.answered))
    {
      g_printerr ("Usage: %s [RELOADS (at least 200) [THREADS (1 to 64)]]\n", argv[0]);
      return 2;
    }

  soak.registry = ccbnet_registry_new ();
  reload (soak.registry, json, "ccbnet.json");

  /* The reference answers, on one thread. */
  entities = ccbnet_registry_get_entities (soak.registry);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      for (int kind = 0; kind < 3; kind++)
        {
          Question q = { 0, };

          q.kind = kind;
          q.entity_id = g_strdup (ccbnet_entity_get_id (entity));
          q.name = g_strdup (ccbnet_entity_get_name (entity));
          q.question = g_strdup_printf ("%s of “%s”", kind == 0 ? "subject" : kind == 1 ? "object" : "find",
                                        q.entity_id);
          q.answer = answer (soak.registry, &q);
          g_array_append_val (questions, q);
        }
    }
  soak.questions = (Question *) questions->data;
  soak.n_questions = questions->len;

  /* A listing held across every reload keeps its own data. */
  {
    g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (soak.registry, "ccb");
    g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

    ccbnet_query_set_subject (query, ccb);
    held = ccbnet_registry_query (soak.registry, query);
    held_ids = ids_of (held);
  }

  g_mutex_init (&soak.lock);
  g_cond_init (&soak.cond);
  threads = g_ptr_array_new ();
  for (guint t = 0; t < n_threads; t++)
    {
      workers[t].soak = &soak;
      workers[t].index = t;
      g_ptr_array_add (threads, g_thread_new ("soak", ask, &workers[t]));
    }

  start = g_get_monotonic_time () / 1e6;
  warm_up = 100;
  reload_many (&soak, 0, warm_up, json, compiled);
  pause_threads (&soak, n_threads);
  malloc_trim (0);
  rss_100 = resident_bytes ();
  heap_100 = heap_in_use ();
  peak = rss_100;
  g_printerr ("after %u reloads: resident %.2f MiB, heap in use %.2f MiB\n", warm_up,
              rss_100 / 1048576, heap_100 / 1048576);
  resume_threads (&soak);
  /* The rest in ten parts, to see the memory between them. */
  for (guint part = 0; part < 10; part++)
    {
      guint from = warm_up + part * (n_reloads - warm_up) / 10;
      guint to = warm_up + (part + 1) * (n_reloads - warm_up) / 10;

      reload_many (&soak, from, to - from, json, compiled);
      peak = MAX (peak, resident_bytes ());
      pause_threads (&soak, n_threads);
      malloc_trim (0);
      rss_end = resident_bytes ();
      heap_end = heap_in_use ();
      g_printerr ("after %u reloads: resident %.2f MiB, heap in use %.2f MiB\n", to,
                  rss_end / 1048576, heap_end / 1048576);
      if (part < 9)
        resume_threads (&soak);
    }
  seconds = g_get_monotonic_time () / 1e6 - start;
  held_after = ids_of (held);

  /* Let the paused threads go, and stop them. */
  g_atomic_int_set (&soak.stop, 1);
  resume_threads (&soak);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (threads->pdata[t]);

  for (guint t = 0; t < n_threads; t++)
    answered += soak.answered[t];
  printf ("SOAK {\"reloads\":%u,\"threads\":%u,\"questions\":%u,\"answered\":%" G_GUINT64_FORMAT ","
          "\"wrong\":%d,\"seconds\":%.1f,\"rss_after_100\":%.0f,\"rss_peak\":%.0f,\"rss_end\":%.0f,"
          "\"heap_after_100\":%.0f,\"heap_end\":%.0f}\n",
          n_reloads, n_threads, soak.n_questions, answered, g_atomic_int_get (&soak.wrong), seconds,
          rss_100, peak, rss_end, heap_100, heap_end);
  printf ("%u reloads (JSON and compiled in turns) in %.1f s while %u threads answered %" G_GUINT64_FORMAT
          " questions (%u different ones), %d wrong; resident memory after 100 reloads %.1f MiB,"
          " highest between parts %.1f MiB, at the end %.1f MiB (%+.1f %%)\n",
          n_reloads, seconds, n_threads, answered, soak.n_questions, g_atomic_int_get (&soak.wrong),
          rss_100 / 1048576, peak / 1048576, rss_end / 1048576, (rss_end / rss_100 - 1) * 100);

  for (guint i = 0; i < questions->len; i++)
    {
      Question *q = &g_array_index (questions, Question, i);

      g_free (q->question);
      g_free (q->entity_id);
      g_free (q->name);
      g_free (q->answer);
    }
  g_object_unref (soak.registry);
  g_mutex_clear (&soak.lock);
  g_cond_clear (&soak.cond);

  if (g_atomic_int_get (&soak.wrong) > 0)
    {
      printf ("FAIL: %d answers differ from the single-threaded ones\n", g_atomic_int_get (&soak.wrong));
      return 1;
    }
  if (g_strcmp0 (held_ids, held_after) != 0)
    {
      printf ("FAIL: a listing held across the reloads changed: “%s”, then “%s”\n", held_ids, held_after);
      return 1;
    }
  if (answered < n_threads)
    {
      printf ("FAIL: the threads answered %" G_GUINT64_FORMAT " questions\n", answered);
      return 1;
    }
  if (rss_end > rss_100 * 1.10)
    {
      printf ("FAIL: resident memory grew by more than 10 %% after the first 100 reloads\n");
      return 1;
    }

  return 0;
}
