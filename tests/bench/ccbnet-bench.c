/* ccbnet-bench.c: load and query benchmarks
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* ccbnet-bench prepare GENERATOR DIR N...
 * ccbnet-bench load REPS GENERATOR DIR N...
 * ccbnet-bench query REPS GENERATOR DIR N...
 * ccbnet-bench write REPS GENERATOR DIR N...
 * ccbnet-bench cold REPS GENERATOR DIR N...
 * ccbnet-bench startup REPS
 *
 * The synthetic dataset of N entities is DIR/synthetic-N.json, with its sample of entities to
 * query (.tsv) and its compiled form (.ccbnetdb). They are made when missing or older than the
 * generator or this program (which links the library), and kept: making the largest takes a
 * while.
 *
 * Every figure is printed twice: as one JSON object per line, prefixed "BENCH ", for tools, and
 * in a table for people. Times are medians of REPS runs. Each load runs in a child process of its
 * own, so that its peak resident set (getrusage of the child) is its own; the memory a load
 * retains is what malloc holds after it, less what it held before (mallinfo2, with
 * G_SLICE=always-malloc so that GSlice does not hide frees), the input bytes freed. */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ccbnet-private.h"   /* the shipped dataset's bytes, for the start-up benchmark */

typedef struct
{
  double  seconds;
  double  retained;   /* bytes */
  double  rss_delta;  /* bytes */
  double  extra;      /* seconds: the parse alone, for the bare parse */
  double  peak;       /* bytes, filled by the parent */
} Sample;

typedef void (*Measure) (const char *path, Sample *sample);

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (double) info.uordblks + (double) info.hblkhd;
}

static double
rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");

  return line != NULL ? g_ascii_strtod (line + 6, NULL) * 1024 : 0;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  return g_bytes_new_take (contents, length);
}

static CcbnetRegistry *
new_registry (void)
{
  CcbnetRegistry *registry = ccbnet_registry_new ();

  ccbnet_registry_set_max_size (registry, G_MAXSIZE);

  return registry;
}

/* Types, enums and the shipped dataset are set up before the baseline. */
static void
warm_up (void)
{
  g_autoptr(CcbnetEntity) ccb = ccbnet_registry_lookup (ccbnet_registry_get_default (), "ccb");
  g_autoptr(JsonParser) parser = json_parser_new ();

  json_parser_load_from_data (parser, "{\"a\":[1]}", -1, NULL);
  malloc_trim (0);
}

static void
measure_bare (const char   *path,
              Sample       *sample)
{
  g_autoptr(GBytes) bytes = read_bytes (path);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonParser *parser;
  double start, parsed;

  warm_up ();
  start = now ();
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, NULL))
    g_error ("json-glib does not parse %s", path);
  parsed = now ();
  g_object_unref (parser);
  sample->seconds = now () - start;
  sample->extra = parsed - start;
}

static void
measure_json (const char   *path,
              Sample       *sample)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  double start, heap, resident;

  warm_up ();
  heap = heap_in_use ();
  resident = rss ();
  bytes = read_bytes (path);
  registry = new_registry ();
  start = now ();
  if (!ccbnet_registry_load_from_bytes (registry, bytes, path, NULL, &error))
    g_error ("%s", error->message);
  sample->seconds = now () - start;
  g_bytes_unref (bytes);
  malloc_trim (0);
  sample->retained = heap_in_use () - heap;
  sample->rss_delta = rss () - resident;
}

static const char *first_id = "state-0";

static void
open_compiled (const char *path,
               gboolean    map_files,
               Sample     *sample)
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CcbnetEntity) entity = NULL;
  double start, heap, resident;

  warm_up ();
  heap = heap_in_use ();
  resident = rss ();
  registry = new_registry ();
  ccbnet_registry_set_map_files (registry, map_files);
  start = now ();
  if (!ccbnet_registry_load_from_file (registry, file, NULL, &error))
    g_error ("%s", error->message);
  entity = ccbnet_registry_lookup (registry, first_id);
  sample->seconds = now () - start;
  if (entity == NULL)
    g_error ("%s has no %s", path, first_id);
  malloc_trim (0);
  sample->retained = heap_in_use () - heap;
  sample->rss_delta = rss () - resident;
}

/* The compiled file read into memory, the default. */
static void
measure_compiled (const char *path,
                  Sample     *sample)
{
  open_compiled (path, FALSE, sample);
}

/* The compiled file mapped (CcbnetRegistry:map-files). */
static void
measure_mapped (const char *path,
                Sample     *sample)
{
  open_compiled (path, TRUE, sample);
}

/* Runs @measure in a child process. */
static Sample
in_child (Measure     measure,
          const char *path)
{
  Sample sample = { 0, };
  struct rusage usage;
  int fds[2], status;
  pid_t pid;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      measure (path, &sample);
      if (write (fds[1], &sample, sizeof sample) != sizeof sample)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  if (read (fds[0], &sample, sizeof sample) != sizeof sample)
    g_error ("the measurement of %s failed", path);
  close (fds[0]);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the measurement of %s failed", path);
  sample.peak = usage.ru_maxrss * 1024.0;

  return sample;
}

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  double sa = ((const Sample *) a)->seconds, sb = ((const Sample *) b)->seconds;

  return (sa > sb) - (sa < sb);
}

static Sample
median_of (GArray *samples)
{
  Sample result;
  double peak = 0;

  for (guint i = 0; i < samples->len; i++)
    peak = MAX (peak, g_array_index (samples, Sample, i).peak);
  g_array_sort (samples, compare_samples);
  result = g_array_index (samples, Sample, samples->len / 2);
  result.peak = peak;

  return result;
}

/* The median runs of two measurements taken in turns, so that the noise of a shared machine
 * falls on both alike; each with the largest peak of its runs. */
static void
medians (Measure     first,
         Measure     second,
         const char *path,
         guint       reps,
         Sample     *first_median,
         Sample     *second_median)
{
  g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) b = g_array_new (FALSE, FALSE, sizeof (Sample));

  for (guint i = 0; i < reps; i++)
    {
      Sample sa = in_child (first, path);
      Sample sb = in_child (second, path);

      g_array_append_val (a, sa);
      g_array_append_val (b, sb);
    }
  *first_median = median_of (a);
  *second_median = median_of (b);
}

static Sample
median (Measure     measure,
        const char *path,
        guint       reps)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (Sample));

  for (guint i = 0; i < reps; i++)
    {
      Sample sample = in_child (measure, path);

      g_array_append_val (samples, sample);
    }

  return median_of (samples);
}

static gsize
file_size (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

  return info != NULL ? g_file_info_get_size (info) : 0;
}

#define MB(x) ((x) / (1024.0 * 1024.0))

static int run_compile (const char *in, const char *out);

static double
mtime (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (double) st.st_mtime : -1;
}

typedef struct
{
  guint  n;
  char  *json;
  char  *db;
  char  *sample;
} Dataset;

/* Makes the dataset of @n entities in @dir unless it is there and up to date; with
 * @random_order, the shape whose relations are in random order, with a hub
 * (synthetic-random-N.*). */
static void
prepare_shape (const char *generator,
               const char *dir,
               guint       n,
               gboolean    random_order,
               Dataset    *d)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *shape = random_order ? "random-" : "";

  d->n = n;
  d->json = g_strdup_printf ("%s/synthetic-%s%u.json", dir, shape, n);
  d->db = g_strdup_printf ("%s/synthetic-%s%u.ccbnetdb", dir, shape, n);
  d->sample = g_strdup_printf ("%s/synthetic-%s%u.tsv", dir, shape, n);

  if (mtime (d->json) < 0 || mtime (d->sample) < 0 || mtime (d->json) < mtime (generator))
    {
      g_autofree char *count = g_strdup_printf ("%u", n);
      g_autofree char *tmp = g_strconcat (d->json, ".tmp", NULL);
      const char *plain_argv[] = { generator, count, tmp, d->sample, NULL };
      const char *random_argv[] = { generator, "--random-order", count, tmp, d->sample, NULL };
      const char **argv = random_order ? random_argv : plain_argv;
      g_autoptr(GError) error = NULL;
      int status;

      g_printerr ("making %s ...\n", d->json);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error) || g_rename (tmp, d->json) != 0)
        g_error ("%s: %s", generator, error != NULL ? error->message : "cannot rename");
    }
  if (mtime (d->db) < 0 || mtime (d->db) < mtime (d->json) || (self != NULL && mtime (d->db) < mtime (self)))
    {
      g_autofree char *tmp = g_strconcat (d->db, ".tmp", NULL);

      g_printerr ("making %s ...\n", d->db);
      if (run_compile (d->json, tmp) != 0 || g_rename (tmp, d->db) != 0)
        g_error ("cannot compile %s", d->json);
    }
}

static void
prepare (const char *generator,
         const char *dir,
         guint       n,
         Dataset    *d)
{
  prepare_shape (generator, dir, n, FALSE, d);
}

static void
dataset_clear (Dataset *d)
{
  g_free (d->json);
  g_free (d->db);
  g_free (d->sample);
}

static int
run_load (guint       reps,
          const char *generator,
          const char *dir,
          int         argc,
          char      **argv)
{
  GString *table = g_string_new (NULL);

  g_string_append_printf (table, "\n%-8s %9s %9s %9s %7s %10s %10s %10s %11s %9s %10s %12s %11s\n",
                          "entities", "file MB", "bare s", "load s", "ratio", "peak bare",
                          "peak load", "retained", "retained/f", "db MB", "db+lookup", "db/load",
                          "mapped+lkp");
  for (int i = 0; i < argc; i++)
    {
      Dataset d;
      guint n = atoi (argv[i]);
      /* The largest size runs once: a JSON load of it takes tens of seconds. */
      guint r = n >= 100000 ? 1 : reps;
      Sample bare, json, compiled, mapped;
      char fraction[32];
      double size, db_size;

      prepare (generator, dir, n, &d);
      size = file_size (d.json);
      db_size = file_size (d.db);
      medians (measure_bare, measure_json, d.json, r, &bare, &json);
      compiled = median (measure_compiled, d.db, MAX (reps, 9));
      mapped = median (measure_mapped, d.db, MAX (reps, 9));
      dataset_clear (&d);

      g_print ("BENCH {\"bench\":\"load\",\"entities\":%u,\"relations\":%u,\"file_bytes\":%.0f,\"runs\":%u,"
               "\"bare_parse_seconds\":%.4f,\"bare_parse_and_free_seconds\":%.4f,\"bare_peak_rss_bytes\":%.0f,"
               "\"load_seconds\":%.4f,\"load_peak_rss_bytes\":%.0f,\"load_retained_bytes\":%.0f,"
               "\"load_rss_delta_bytes\":%.0f,\"load_ratio\":%.3f,\"retained_per_file_byte\":%.3f,"
               "\"compiled_bytes\":%.0f,\"compiled_load_and_lookup_seconds\":%.6f,"
               "\"compiled_retained_bytes\":%.0f,\"compiled_rss_delta_bytes\":%.0f,"
               "\"compiled_peak_rss_bytes\":%.0f,\"compiled_over_json\":%.5f,"
               "\"mapped_load_and_lookup_seconds\":%.6f,\"mapped_rss_delta_bytes\":%.0f}\n",
               n, 10 * n, size, r, bare.extra, bare.seconds, bare.peak, json.seconds, json.peak,
               json.retained, json.rss_delta, json.seconds / bare.seconds, json.retained / size,
               db_size, compiled.seconds, compiled.retained, compiled.rss_delta, compiled.peak,
               compiled.seconds / json.seconds, mapped.seconds, mapped.rss_delta);
      g_snprintf (fraction, sizeof fraction, "1/%.0f", json.seconds / compiled.seconds);
      g_string_append_printf (table, "%-8u %9.1f %9.3f %9.3f %6.2fx %8.0fMB %8.0fMB %8.1fMB %10.2fx %9.1f %8.2fms %11s %9.2fms\n",
                              n, MB (size), bare.seconds, json.seconds, json.seconds / bare.seconds,
                              MB (bare.peak), MB (json.peak), MB (json.retained), json.retained / size,
                              MB (db_size), compiled.seconds * 1e3, fraction, mapped.seconds * 1e3);
    }
  g_print ("%s", table->str);
  g_print ("bare: json_parser_load_from_data + unref of the same bytes; ratio: load / bare;\n"
           "retained: malloc'd after the load, the input freed; db: the compiled file, opened\n"
           "(read into memory, checked) and one entity looked up, in a fresh process; mapped:\n"
           "the same with CcbnetRegistry:map-files.\n");
  g_string_free (table, TRUE);

  return 0;
}

/* Queries */

typedef struct
{
  GPtrArray *ids;
  GPtrArray *names;
} Sampled;

static void
read_sample (const char *path,
             Sampled    *s)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("cannot read %s", path);
  lines = g_strsplit (contents, "\n", -1);
  s->ids = g_ptr_array_new_with_free_func (g_free);
  s->names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');

      if (tab == NULL)
        continue;
      g_ptr_array_add (s->ids, g_strndup (lines[i], tab - lines[i]));
      g_ptr_array_add (s->names, g_strdup (tab + 1));
    }
}

typedef enum {
  Q_LOOKUP, Q_FIND, Q_SUBJECT, Q_OBJECT, Q_PARTS, Q_PATH, N_QUERIES
} QueryKind;

static const char * const query_names[N_QUERIES] = {
  "lookup-id", "find-name", "subject-anchored", "object-anchored", "include-parts", "find-path",
};

/* Runs one batch of a kind of query; returns the number of results. */
static guint
run_batch (CcbnetRegistry *registry,
           QueryKind       kind,
           GPtrArray      *anchors,
           Sampled        *s,
           guint          *n_queries)
{
  guint results = 0;
  guint n = kind == Q_PATH ? 100 : anchors->len;

  for (guint i = 0; i < n; i++)
    {
      CcbnetEntity *entity = anchors->pdata[i];

      switch (kind)
        {
        case Q_LOOKUP:
          {
            g_autoptr(CcbnetEntity) found = ccbnet_registry_lookup (registry, s->ids->pdata[i]);

            results += found != NULL;
          }
          break;
        case Q_FIND:
          {
            g_autoptr(GListModel) found = ccbnet_registry_find_all (registry, s->names->pdata[i]);

            results += g_list_model_get_n_items (found);
          }
          break;
        case Q_SUBJECT:
        case Q_OBJECT:
        case Q_PARTS:
          {
            g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
            g_autoptr(GListModel) found = NULL;

            if (kind == Q_OBJECT)
              ccbnet_query_set_object (query, entity);
            else
              ccbnet_query_set_subject (query, entity);
            ccbnet_query_set_include_parts (query, kind == Q_PARTS);
            found = ccbnet_registry_query (registry, query);
            results += g_list_model_get_n_items (found);
          }
          break;
        case Q_PATH:
          {
            g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, entity,
                                                                   anchors->pdata[(i * 7 + 500) % anchors->len], 0);

            results += path != NULL ? g_list_model_get_n_items (path) : 0;
          }
          break;
        case N_QUERIES:
        default:
          g_assert_not_reached ();
        }
    }
  *n_queries = n;

  return results;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* The registry of @d in @form (0: JSON, 1: compiled), and the sampled entities, looked up. */
static CcbnetRegistry *
open_sampled (const Dataset *d,
              guint          form,
              Sampled       *s,
              GPtrArray     *anchors)
{
  CcbnetRegistry *registry = new_registry ();
  g_autoptr(GFile) file = g_file_new_for_path (form == 0 ? d->json : d->db);
  g_autoptr(GError) error = NULL;

  if (!ccbnet_registry_load_from_file (registry, file, NULL, &error))
    g_error ("%s", error->message);
  for (guint a = 0; a < s->ids->len; a++)
    {
      CcbnetEntity *entity = ccbnet_registry_lookup (registry, s->ids->pdata[a]);

      if (entity == NULL)
        g_error ("no %s", (char *) s->ids->pdata[a]);
      g_ptr_array_add (anchors, entity);
    }

  return registry;
}

static double
median_seconds (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

/* How the time of an anchored query grows from the smallest to the largest dataset. The two
 * compiled registries are open at once and their batches alternate (the first of each pair
 * switching sides), so that a slow spell of a shared machine falls on both sides of the ratio
 * instead of on whichever size it happened to meet. */
static void
run_growth (guint          reps,
            const Dataset *small,
            const Dataset *large)
{
  const Dataset *datasets[2] = { small, large };
  CcbnetRegistry *registries[2];
  GPtrArray *anchors[2];
  Sampled samples[2];
  double growth[2], per_query[2][2];

  for (guint side = 0; side < 2; side++)
    {
      read_sample (datasets[side]->sample, &samples[side]);
      anchors[side] = g_ptr_array_new_with_free_func (g_object_unref);
      registries[side] = open_sampled (datasets[side], 1, &samples[side], anchors[side]);
    }

  for (guint k = 0; k < 2; k++)
    {
      QueryKind kind = k == 0 ? Q_SUBJECT : Q_OBJECT;
      g_autoptr(GArray) small_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) large_times = g_array_new (FALSE, FALSE, sizeof (double));
      GArray *times[2] = { small_times, large_times };
      guint n_queries[2] = { 0, 0 };

      /* The first batch of each makes the objects. */
      for (guint side = 0; side < 2; side++)
        run_batch (registries[side], kind, anchors[side], &samples[side], &n_queries[side]);
      for (guint rep = 0; rep < 2 * reps + 1; rep++)
        for (guint turn = 0; turn < 2; turn++)
          {
            guint side = (rep + turn) % 2;
            double start = now (), t;

            run_batch (registries[side], kind, anchors[side], &samples[side], &n_queries[side]);
            t = (now () - start) / n_queries[side];
            g_array_append_val (times[side], t);
          }
      per_query[k][0] = median_seconds (small_times);
      per_query[k][1] = median_seconds (large_times);
      growth[k] = per_query[k][1] / per_query[k][0];
    }

  g_print ("BENCH {\"bench\":\"query-growth\",\"from_entities\":%u,\"to_entities\":%u,\"batches\":%u,"
           "\"subject_anchored_from_seconds\":%.9f,\"subject_anchored_to_seconds\":%.9f,"
           "\"object_anchored_from_seconds\":%.9f,\"object_anchored_to_seconds\":%.9f,"
           "\"subject_anchored_growth\":%.3f,\"object_anchored_growth\":%.3f}\n",
           small->n, large->n, 2 * reps + 1, per_query[0][0], per_query[0][1], per_query[1][0],
           per_query[1][1], growth[0], growth[1]);
  g_print ("\nanchored query time per query, %u -> %u entities, compiled, warm, batches alternating:\n"
           "  subject %.2f us -> %.2f us: %.2fx\n  object  %.2f us -> %.2f us: %.2fx\n",
           small->n, large->n, per_query[0][0] * 1e6, per_query[0][1] * 1e6, growth[0],
           per_query[1][0] * 1e6, per_query[1][1] * 1e6, growth[1]);

  for (guint side = 0; side < 2; side++)
    {
      g_ptr_array_unref (anchors[side]);
      g_object_unref (registries[side]);
      g_ptr_array_unref (samples[side].ids);
      g_ptr_array_unref (samples[side].names);
    }
}

static int
run_query (guint       reps,
           const char *generator,
           const char *dir,
           int         argc,
           char      **argv)
{
  GString *table = g_string_new (NULL);
  Dataset small = { G_MAXUINT, NULL, NULL, NULL }, large = { 0, NULL, NULL, NULL };

  g_string_append_printf (table, "\n%-8s %-9s %-17s %9s %11s %11s %12s\n", "entities", "form", "query",
                          "results/q", "cold us/q", "warm us/q", "warm us/res");
  for (int i = 0; i < argc; i++)
    {
      guint n = atoi (argv[i]);
      Dataset d;
      Sampled s;

      prepare (generator, dir, n, &d);
      read_sample (d.sample, &s);
      for (guint form = 0; form < 2; form++)
        {
          g_autoptr(CcbnetRegistry) registry = NULL;
          g_autoptr(GPtrArray) anchors = g_ptr_array_new_with_free_func (g_object_unref);

          /* The JSON form of the largest size would take most of the time: the engine is the same. */
          if (form == 0 && n >= 100000)
            continue;
          registry = open_sampled (&d, form, &s, anchors);

          for (QueryKind kind = 0; kind < N_QUERIES; kind++)
            {
              g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
              double cold = 0, warm;
              guint results = 0, n_queries = 0;

              for (guint rep = 0; rep <= reps; rep++)
                {
                  double start = now (), t;

                  results = run_batch (registry, kind, anchors, &s, &n_queries);
                  t = now () - start;
                  if (rep == 0)
                    cold = t;
                  else
                    g_array_append_val (times, t);
                }
              warm = median_seconds (times);
              g_print ("BENCH {\"bench\":\"query\",\"entities\":%u,\"form\":\"%s\",\"query\":\"%s\",\"queries\":%u,"
                       "\"results\":%u,\"cold_seconds_per_query\":%.9f,\"warm_seconds_per_query\":%.9f,"
                       "\"warm_seconds_per_result\":%.9f}\n",
                       n, form == 0 ? "json" : "compiled", query_names[kind], n_queries, results,
                       cold / n_queries, warm / n_queries, results > 0 ? warm / results : 0.0);
              g_string_append_printf (table, "%-8u %-9s %-17s %9.1f %11.2f %11.2f %12.3f\n", n,
                                      form == 0 ? "json" : "compiled", query_names[kind],
                                      (double) results / n_queries, cold / n_queries * 1e6,
                                      warm / n_queries * 1e6, results > 0 ? warm / results * 1e6 : 0.0);
            }
        }
      g_ptr_array_unref (s.ids);
      g_ptr_array_unref (s.names);
      if (n < small.n)
        {
          /* The smallest so far may still be the largest. */
          if (small.n != G_MAXUINT && small.n > large.n)
            dataset_clear (&large), large = small;
          else
            dataset_clear (&small);
          small = d;
        }
      else if (n > large.n)
        dataset_clear (&large), large = d;
      else
        dataset_clear (&d);
    }

  g_print ("%s", table->str);
  g_print ("cold: the first batch, which makes the objects it returns; warm: the median of %u more.\n", reps);
  if (large.n > small.n && small.n != G_MAXUINT)
    run_growth (reps, &small, &large);
  dataset_clear (&small);
  dataset_clear (&large);
  g_string_free (table, TRUE);

  return 0;
}

/* Writing JSON: the library's writer (ccbnet_registry_to_json (), record by record) against
 * json-glib's generator on a tree of the same dataset (what writing through json-glib would
 * cost once the tree is built; building it is not counted), and the heap that tree takes. */
static int
run_write (guint       reps,
           const char *generator,
           const char *dir,
           int         argc,
           char      **argv)
{
  GString *table = g_string_new (NULL);

  g_string_append_printf (table, "\n%-8s %9s %12s %14s %12s %9s\n", "entities", "file MB",
                          "to_json s", "generator s", "tree MB", "gen/ours");
  for (int i = 0; i < argc; i++)
    {
      Dataset d;
      guint n = atoi (argv[i]);
      guint r = n >= 100000 ? MAX (1, reps / 2) : reps;
      g_autoptr(CcbnetRegistry) registry = new_registry ();
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GBytes) written = NULL;
      double before, tree_bytes, size, ours_seconds, theirs_seconds;

      prepare (generator, dir, n, &d);
      size = file_size (d.json);
      file = g_file_new_for_path (d.json);
      if (!ccbnet_registry_load_from_file (registry, file, NULL, &error))
        g_error ("%s", error->message);
      /* The first write makes every record's object; the runs measure the writer itself. */
      written = ccbnet_registry_to_json (registry, NULL);

      malloc_trim (0);
      before = heap_in_use ();
      if (!json_parser_load_from_data (parser, g_bytes_get_data (written, NULL), g_bytes_get_size (written), &error))
        g_error ("%s", error->message);
      tree_bytes = heap_in_use () - before;

      for (guint k = 0; k < r; k++)
        {
          g_autoptr(JsonGenerator) json_generator = json_generator_new ();
          g_autofree char *text = NULL;
          g_autoptr(GBytes) bytes = NULL;
          double start = now (), seconds;

          bytes = ccbnet_registry_to_json (registry, NULL);
          seconds = now () - start;
          g_array_append_val (ours, seconds);

          start = now ();
          json_generator_set_pretty (json_generator, TRUE);
          json_generator_set_indent (json_generator, 2);
          json_generator_set_root (json_generator, json_parser_get_root (parser));
          text = json_generator_to_data (json_generator, NULL);
          seconds = now () - start;
          g_array_append_val (theirs, seconds);
        }

      ours_seconds = median_seconds (ours);
      theirs_seconds = median_seconds (theirs);
      g_print ("BENCH {\"bench\":\"write\",\"entities\":%u,\"file_bytes\":%.0f,\"runs\":%u,"
               "\"to_json_seconds\":%.4f,\"jsonglib_generate_seconds\":%.4f,\"jsonglib_tree_bytes\":%.0f}\n",
               n, size, r, ours_seconds, theirs_seconds, tree_bytes);
      g_string_append_printf (table, "%-8u %9.1f %12.3f %14.3f %12.0f %8.2fx\n", n, MB (size),
                              ours_seconds, theirs_seconds, MB (tree_bytes), theirs_seconds / ours_seconds);
      dataset_clear (&d);
    }
  g_print ("%s", table->str);
  g_print ("to_json: the library's canonical writer, from the loaded registry; generator:\n"
           "json-glib's JsonGenerator (pretty, indent 2) on a tree of the same data, built beforehand;\n"
           "tree: the heap that tree takes.\n");
  g_string_free (table, TRUE);

  return 0;
}

/* Cold and warm anchored queries: in a fresh process, the compiled file opened, the sampled
 * entities looked up and their queries made, then the queries run once (cold: the relations and
 * the entities at their other end are made as they are read) and five times more (warm, the
 * median), reading each result's other end. The figure is seconds a result. */

typedef enum { END_SUBJECT, END_OBJECT, END_HUB } End;

static End cold_end;
static const char *cold_sample;

static guint
read_results (CcbnetRegistry *registry,
              GPtrArray      *queries,
              End             end)
{
  guint results = 0;

  for (guint q = 0; q < queries->len; q++)
    {
      g_autoptr(GListModel) found = ccbnet_registry_query (registry, queries->pdata[q]);
      guint n = g_list_model_get_n_items (found);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (found, i);
          CcbnetEntity *other = end == END_SUBJECT ? ccbnet_relation_get_object (relation)
                                                   : ccbnet_relation_get_subject (relation);

          results += ccbnet_entity_get_id (other) != NULL;
        }
    }

  return results;
}

static void
measure_cold (const char *path,
              Sample     *sample)
{
  g_autoptr(CcbnetRegistry) registry = new_registry ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean hub = FALSE;
  double start;
  guint results;
  struct rusage usage;
  long faults;

  if (!ccbnet_registry_load_from_file (registry, file, NULL, &error))
    g_error ("%s", error->message);
  if (!g_file_get_contents (cold_sample, &contents, NULL, NULL))
    g_error ("cannot read %s", cold_sample);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      g_autoptr(CcbnetEntity) entity = NULL;
      CcbnetQuery *query;

      if (g_str_equal (lines[i], "#hub"))
        hub = TRUE;
      if (tab == NULL || hub != (cold_end == END_HUB))
        continue;
      *tab = '\0';
      entity = ccbnet_registry_lookup (registry, lines[i]);
      if (entity == NULL)
        g_error ("%s has no %s", path, lines[i]);
      query = ccbnet_query_new ();
      if (cold_end == END_SUBJECT)
        ccbnet_query_set_subject (query, entity);
      else
        ccbnet_query_set_object (query, entity);
      g_ptr_array_add (queries, query);
    }
  if (queries->len == 0)
    g_error ("%s names no entity to query", cold_sample);

  getrusage (RUSAGE_SELF, &usage);
  faults = usage.ru_minflt + usage.ru_majflt;
  start = now ();
  results = read_results (registry, queries, cold_end);
  sample->seconds = (now () - start) / MAX (results, 1);
  getrusage (RUSAGE_SELF, &usage);
  sample->rss_delta = (double) (usage.ru_minflt + usage.ru_majflt - faults) / MAX (results, 1);
  for (guint k = 0; k < 5; k++)
    {
      double seconds;

      start = now ();
      if (read_results (registry, queries, cold_end) != results)
        g_error ("a warm batch counts other results than the cold one");
      seconds = (now () - start) / MAX (results, 1);
      g_array_append_val (warm, seconds);
    }
  sample->extra = median_seconds (warm);
  sample->retained = results;
}

static int
run_cold (guint       reps,
          const char *generator,
          const char *dir,
          int         argc,
          char      **argv)
{
  static const char * const end_names[] = { "subject", "object", "hub" };
  GString *table = g_string_new (NULL);
  /* [shape][end]: the smallest and the largest size's cold and warm figures. */
  double first_cold[2][3] = { { 0, }, }, last_cold[2][3] = { { 0, }, };
  double first_warm[2][3] = { { 0, }, }, last_warm[2][3] = { { 0, }, };

  g_string_append_printf (table, "\n%-8s %-11s %-8s %9s %12s %12s %9s %9s\n", "entities", "shape",
                          "anchor", "results", "cold us/r", "warm us/r", "cold/warm", "faults/r");
  for (int i = 0; i < argc; i++)
    {
      guint n = atoi (argv[i]);

      for (int shape = 0; shape < 2; shape++)
        {
          Dataset d;

          prepare_shape (generator, dir, n, shape == 1, &d);
          cold_sample = d.sample;
          for (End end = END_SUBJECT; end <= (shape == 1 ? END_HUB : END_OBJECT); end++)
            {
              g_autoptr(GArray) colds = g_array_new (FALSE, FALSE, sizeof (double));
              g_autoptr(GArray) warms = g_array_new (FALSE, FALSE, sizeof (double));
              g_autoptr(GArray) faults = g_array_new (FALSE, FALSE, sizeof (double));
              double cold, warm, faults_per_result;
              guint results = 0;

              cold_end = end;
              for (guint k = 0; k < reps; k++)
                {
                  Sample sample = in_child (measure_cold, d.db);

                  g_array_append_val (colds, sample.seconds);
                  g_array_append_val (warms, sample.extra);
                  g_array_append_val (faults, sample.rss_delta);
                  results = sample.retained;
                }
              cold = median_seconds (colds);
              warm = median_seconds (warms);
              faults_per_result = median_seconds (faults);
              if (i == 0)
                {
                  first_cold[shape][end] = cold;
                  first_warm[shape][end] = warm;
                }
              last_cold[shape][end] = cold;
              last_warm[shape][end] = warm;
              g_print ("BENCH {\"bench\":\"cold\",\"entities\":%u,\"shape\":\"%s\",\"anchor\":\"%s\","
                       "\"runs\":%u,\"results\":%u,\"cold_seconds_per_result\":%.9f,"
                       "\"warm_seconds_per_result\":%.9f,\"cold_page_faults_per_result\":%.3f}\n", n,
                       shape ? "random" : "file-order", end_names[end], reps, results, cold, warm,
                       faults_per_result);
              g_string_append_printf (table, "%-8u %-11s %-8s %9u %12.3f %12.3f %8.1fx %9.2f\n", n,
                                      shape ? "random" : "file-order", end_names[end], results,
                                      cold * 1e6, warm * 1e6, cold / warm, faults_per_result);
            }
          dataset_clear (&d);
        }
    }
  g_print ("%s", table->str);
  if (argc > 1)
    for (int shape = 0; shape < 2; shape++)
      for (End end = END_SUBJECT; end <= (shape == 1 ? END_HUB : END_OBJECT); end++)
        {
          g_print ("BENCH {\"bench\":\"cold-growth\",\"shape\":\"%s\",\"anchor\":\"%s\","
                   "\"from\":%s,\"to\":%s,\"cold_growth\":%.3f,\"warm_growth\":%.3f}\n",
                   shape ? "random" : "file-order", end_names[end], argv[0], argv[argc - 1],
                   last_cold[shape][end] / first_cold[shape][end],
                   last_warm[shape][end] / first_warm[shape][end]);
          g_print ("%s, %s-anchored, %s to %s entities, per result: cold %.2fx, warm %.2fx\n",
                   shape ? "random order" : "file order", end_names[end], argv[0], argv[argc - 1],
                   last_cold[shape][end] / first_cold[shape][end],
                   last_warm[shape][end] / first_warm[shape][end]);
        }
  g_print ("cold: the first run of the queries in a fresh process, which makes the relations and\n"
           "the entities at their other end; warm: the median of five more. Each result's other\n"
           "end is read. The hub: one platform every agency and CSIRT is a member of.\n"
           "faults/r: page faults (minor and major) during the cold run, a result.\n");
  g_string_free (table, TRUE);

  return 0;
}

static int
run_compile (const char *in,
             const char *out)
{
  g_autoptr(CcbnetRegistry) registry = new_registry ();
  g_autoptr(GFile) input = g_file_new_for_path (in);
  g_autoptr(GFile) output = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;

  if (!ccbnet_registry_load_from_file (registry, input, NULL, &error) ||
      !ccbnet_registry_write_compiled (registry, output, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

/* Start-up: the default registry ready and a first question answered, in a process of its own
 * (this program run again, so that nothing of the library is set up beforehand: not its types,
 * not its resource), against loading the same data from the library's embedded JSON in that
 * process afterwards, and opening the embedded compiled form again there. */

/* The first question: the CCB by name, then what it is the subject of. */
static guint
first_question (CcbnetRegistry *registry)
{
  g_autoptr(CcbnetEntity) ccb = ccbnet_registry_find (registry, "CCB");
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) found = NULL;

  if (ccb == NULL)
    g_error ("the dataset has no CCB");
  ccbnet_query_set_subject (query, ccb);
  found = ccbnet_registry_query (registry, query);

  return g_list_model_get_n_items (found);
}

static double
startup_open (GBytes *bytes,
              guint  *results)
{
  g_autoptr(CcbnetRegistry) registry = new_registry ();
  g_autoptr(GError) error = NULL;
  double start = now ();

  if (!ccbnet_registry_load_from_bytes (registry, bytes, "shipped", NULL, &error))
    g_error ("%s", error->message);
  *results = first_question (registry);

  return now () - start;
}

static int
run_startup_child (void)
{
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) compiled = NULL;
  double start = now (), fresh, from_json, from_compiled = 0;
  guint n_fresh, n_json, n_compiled = 0;

  n_fresh = first_question (ccbnet_registry_get_default ());
  fresh = now () - start;

  json = ccbnet_get_shipped_dataset ();
  from_json = startup_open (json, &n_json);
  compiled = ccbnet_get_shipped_compiled ();
  if (compiled != NULL)
    from_compiled = startup_open (compiled, &n_compiled);
  g_print ("%.9f %.9f %.9f %u %u %u\n", fresh, from_json, from_compiled, n_fresh, n_json, n_compiled);

  return 0;
}

static int
run_startup (guint       reps,
             const char *self)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) from_json = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) from_compiled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) process = g_array_new (FALSE, FALSE, sizeof (double));
  double f, j, c, p;
  guint results = 0;

  for (guint i = 0; i < reps; i++)
    {
      const char *argv[] = { self, "startup-child", NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      double start = now (), values[3], elapsed;
      guint counts[3];
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                         &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("%s", error->message);
      elapsed = now () - start;
      if (sscanf (out, "%lf %lf %lf %u %u %u", &values[0], &values[1], &values[2],
                  &counts[0], &counts[1], &counts[2]) != 6)
        g_error ("the start-up child printed %s", out);
      /* All three must answer alike (the compiled form is missing in a cross build). */
      if (counts[0] != counts[1] || (values[2] > 0 && counts[2] != counts[0]) || counts[0] == 0)
        g_error ("the start-up answers differ: %u, %u, %u results", counts[0], counts[1], counts[2]);
      results = counts[0];
      g_array_append_val (fresh, values[0]);
      g_array_append_val (from_json, values[1]);
      g_array_append_val (from_compiled, values[2]);
      g_array_append_val (process, elapsed);
    }

  f = median_seconds (fresh);
  j = median_seconds (from_json);
  c = median_seconds (from_compiled);
  p = median_seconds (process);
  g_print ("BENCH {\"bench\":\"startup\",\"runs\":%u,\"results\":%u,\"default_fresh_seconds\":%.6f,"
           "\"embedded_json_seconds\":%.6f,\"embedded_compiled_seconds\":%.6f,"
           "\"process_seconds\":%.6f}\n", reps, results, f, j, c, p);
  g_print ("\n%-44s %10s\n", "start-up (median of runs in fresh processes)", "ms");
  g_print ("%-44s %10.3f\n", "default registry + first question, fresh", f * 1e3);
  g_print ("%-44s %10.3f\n", "embedded JSON load + the same, after it", j * 1e3);
  g_print ("%-44s %10.3f\n", "embedded compiled open + the same, after it", c * 1e3);
  g_print ("%-44s %10.3f\n", "whole process, spawn to exit", p * 1e3);
  g_print ("fresh default / embedded JSON: 1/%.1f (%u results to the first question)\n", j / f, results);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setvbuf (stdout, NULL, _IOLBF, 0);

  if (argc >= 5 && g_str_equal (argv[1], "prepare"))
    {
      for (int i = 4; i < argc; i++)
        {
          Dataset d;

          prepare (argv[2], argv[3], atoi (argv[i]), &d);
          g_print ("%u\t%s\t%s\t%s\n", d.n, d.json, d.db, d.sample);
          dataset_clear (&d);
        }
      return 0;
    }
  if (argc >= 6 && g_str_equal (argv[1], "load"))
    return run_load (MAX (1, atoi (argv[2])), argv[3], argv[4], argc - 5, argv + 5);
  if (argc >= 6 && g_str_equal (argv[1], "query"))
    return run_query (MAX (1, atoi (argv[2])), argv[3], argv[4], argc - 5, argv + 5);
  if (argc >= 6 && g_str_equal (argv[1], "write"))
    return run_write (MAX (1, atoi (argv[2])), argv[3], argv[4], argc - 5, argv + 5);
  if (argc >= 6 && g_str_equal (argv[1], "cold"))
    return run_cold (MAX (1, atoi (argv[2])), argv[3], argv[4], argc - 5, argv + 5);
  if (argc == 3 && g_str_equal (argv[1], "startup"))
    return run_startup (MAX (1, atoi (argv[2])), argv[0]);
  if (argc == 2 && g_str_equal (argv[1], "startup-child"))
    return run_startup_child ();

  g_printerr ("Usage: %s prepare GENERATOR DIR N…\n"
              "       %s load REPS GENERATOR DIR N…\n"
              "       %s query REPS GENERATOR DIR N…\n"
              "       %s write REPS GENERATOR DIR N…\n"
              "       %s cold REPS GENERATOR DIR N…\n"
              "       %s startup REPS\n", argv[0], argv[0], argv[0], argv[0], argv[0], argv[0]);

  return 2;
}
