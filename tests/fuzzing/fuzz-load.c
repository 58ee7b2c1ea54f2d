/* fuzz-load.c: a libFuzzer target for the dataset loader
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Feeds the input to ccbnet_registry_check_bytes(), which reports every problem, and to
 * ccbnet_registry_load_from_bytes(), which stops at the first, on a fresh registry with small
 * limits. Any crash, sanitizer report, leak, GLib warning or critical, or disagreement between the
 * two (one says the data is valid, the other refuses it) is a finding.
 *
 * Built with -fsanitize=fuzzer it is driven by libFuzzer; otherwise driver.c replays files. */

#include <ccbnet.h>

#include "fuzz.h"

static volatile guint fuzz_sink;

/* Small limits keep each run cheap; they are checked on their own, so nothing is lost. */
#define FUZZ_MAX_SIZE (256 * 1024)
#define FUZZ_MAX_DEPTH 16

static void
check_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      CcbnetProblem *problem = problems->pdata[i];
      g_autofree char *text = ccbnet_problem_to_string (problem);
      g_autoptr(GError) error = ccbnet_problem_to_error (problem);

      if (!g_utf8_validate (text, -1, NULL))
        g_error ("problem %u is not valid UTF-8", i);
      if (error->domain != CCBNET_DATASET_ERROR || error->code != (int) ccbnet_problem_get_code (problem))
        g_error ("problem %u does not make the matching GError", i);
    }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  fuzz_set_logging_func ();

  /* An exact copy, so that any read past the end is caught. */
  bytes = g_bytes_new (data, size);
  registry = ccbnet_registry_new ();
  ccbnet_registry_set_max_size (registry, FUZZ_MAX_SIZE);
  ccbnet_registry_set_max_depth (registry, FUZZ_MAX_DEPTH);

  problems = ccbnet_registry_check_bytes (registry, bytes, "fuzz.json", NULL);
  check_problems (problems);

  loaded = ccbnet_registry_load_from_bytes (registry, bytes, "fuzz.json", NULL, &error);
  if (loaded != (problems->len == 0))
    g_error ("the checker found %u problems, but loading %s", problems->len,
             loaded ? "succeeded" : "failed");
  if (!loaded)
    {
      g_autofree char *first = ccbnet_problem_to_string (problems->pdata[0]);

      if (error == NULL || error->domain != CCBNET_DATASET_ERROR ||
          error->code != (int) ccbnet_problem_get_code (problems->pdata[0]) ||
          !g_str_has_prefix (error->message, first))
        g_error ("loading failed with “%s”, the checker’s first problem is “%s”",
                 error ? error->message : "no error", first);
      if (g_list_model_get_n_items (ccbnet_registry_get_entities (registry)) != 0)
        g_error ("a failed load changed the registry");
    }
  else
    {
      /* Exercise the indexes of what was loaded. */
      GListModel *entities = ccbnet_registry_get_entities (registry);
      guint n = g_list_model_get_n_items (entities);

      for (guint i = 0; i < n && i < 64; i++)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
          g_autoptr(CcbnetEntity) found = ccbnet_registry_lookup (registry, ccbnet_entity_get_id (entity));
          g_autoptr(GListModel) named = ccbnet_registry_find_all (registry, ccbnet_entity_get_name (entity));
          g_autoptr(GListModel) parts = ccbnet_entity_list_parts (entity, TRUE);
          g_autoptr(GListModel) relations = ccbnet_entity_list_relations (entity);
          g_autoptr(CcbnetEntity) first = g_list_model_get_item (entities, 0);
          g_autoptr(GListModel) path = ccbnet_registry_find_path (registry, first, entity, 0);

          if (found == NULL || g_strcmp0 (ccbnet_entity_get_id (found), ccbnet_entity_get_id (entity)) != 0)
            g_error ("entity “%s” is not found by its id", ccbnet_entity_get_id (entity));
          if (g_list_model_get_n_items (named) == 0)
            g_error ("entity “%s” is not found by its name", ccbnet_entity_get_id (entity));
          /* Counted, so that the compiler keeps the calls. */
          fuzz_sink += g_list_model_get_n_items (parts) + g_list_model_get_n_items (relations) +
                       (path != NULL ? g_list_model_get_n_items (path) : 0);
        }
    }

  return 0;
}
