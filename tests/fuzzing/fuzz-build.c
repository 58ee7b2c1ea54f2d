/* fuzz-build.c: a libFuzzer target for the dataset builder, the writer, merge and diff
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The input is a script of builder calls, one a line: its first byte says which call, the rest
 * of the line is its argument (a record as JSON text, or an id):
 *
 *   s source   c section   e entity   r relation   R replace   x remove (an id)
 *   t title    T license   m merge the dataset so far into itself under a rule (the argument's
 *                            first byte: f, 1, l or p)
 *
 * Any other first byte skips the line. After each call, whatever it returned:
 *   - a call that fails sets a GError of the dataset-error domain (or the I/O domain for a merge
 *     of nothing), with a valid UTF-8 message, and leaves the builder's JSON byte for byte as it
 *     was; a call that succeeds sets none;
 * and at the end, whatever was accepted:
 *   - the builder's JSON loads into a registry, with the checker finding no problem;
 *   - that registry written is the builder's JSON again, byte for byte, and so is a builder made
 *     from it;
 *   - the diff between the registry and a second one made by the builder is empty.
 * Any crash, sanitizer report, leak, GLib warning or critical, or broken promise is a finding.
 *
 * Built with -fsanitize=fuzzer it is driven by libFuzzer; otherwise driver.c replays files. */

#include <ccbnet.h>
#include <string.h>

#include "fuzz.h"

/* Small inputs keep each run cheap: a script of a few dozen records says all a large one does. */
#define FUZZ_MAX_SIZE (64 * 1024)
#define FUZZ_MAX_CALLS 200

static void
check_error (gboolean    ok,
             GError     *error,
             GBytes     *before,
             GBytes     *after,
             const char *call)
{
  if (ok)
    {
      if (error != NULL)
        g_error ("%s succeeded but set “%s”", call, error->message);
      return;
    }
  if (error == NULL)
    g_error ("%s failed without an error", call);
  if (error->domain != CCBNET_DATASET_ERROR && error->domain != G_IO_ERROR)
    g_error ("%s failed with an error of domain %s", call, g_quark_to_string (error->domain));
  if (!g_utf8_validate (error->message, -1, NULL) || error->message[0] == '\0')
    g_error ("%s failed with an empty or invalid message", call);
  if (!g_bytes_equal (before, after))
    g_error ("%s failed (“%s”) but changed the builder", call, error->message);
}

/* Runs one line of the script on @builder. */
static void
run_call (CcbnetDatasetBuilder *builder,
          char                  op,
          const char           *argument)
{
  g_autoptr(GBytes) before = ccbnet_dataset_builder_to_json (builder);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  switch (op)
    {
    case 's':
      ok = ccbnet_dataset_builder_add_source (builder, argument, &error);
      break;
    case 'c':
      ok = ccbnet_dataset_builder_add_section (builder, argument, &error);
      break;
    case 'e':
      ok = ccbnet_dataset_builder_add_entity (builder, argument, &error);
      break;
    case 'r':
      ok = ccbnet_dataset_builder_add_relation (builder, argument, &error);
      break;
    case 'R':
      ok = ccbnet_dataset_builder_replace (builder, argument, &error);
      break;
    case 'x':
      ok = ccbnet_dataset_builder_remove (builder, argument, &error);
      break;
    case 't':
    case 'T':
      /* Titles must be non-empty UTF-8: anything else is a programming error, not data. */
      if (argument[0] == '\0' || !g_utf8_validate (argument, -1, NULL))
        return;
      if (op == 't')
        ccbnet_dataset_builder_set_title (builder, argument);
      else
        ccbnet_dataset_builder_set_license (builder, argument);
      return;
    case 'm':
      {
        static const CcbnetMergeRule rules[] = {
          CCBNET_MERGE_RULE_FAIL, CCBNET_MERGE_RULE_KEEP_FIRST, CCBNET_MERGE_RULE_KEEP_LAST,
          CCBNET_MERGE_RULE_PREFIX,
        };
        CcbnetMergeRule rule = rules[(guchar) argument[0] % G_N_ELEMENTS (rules)];
        g_autoptr(CcbnetRegistry) self_copy = ccbnet_dataset_builder_to_registry (builder, &error);

        if (self_copy == NULL)
          g_error ("the builder's own dataset does not load: %s", error->message);
        ok = ccbnet_dataset_builder_merge (builder, self_copy, rule,
                                           rule == CCBNET_MERGE_RULE_PREFIX ? "p-" : NULL, &error);
        /* A dataset merged into itself is all identical records: nothing changes. */
        if (ok)
          {
            g_autoptr(GBytes) merged = ccbnet_dataset_builder_to_json (builder);

            if (!g_bytes_equal (before, merged))
              g_error ("merging the dataset into itself changed it");
          }
      }
      break;
    default:
      return;
    }

  after = ccbnet_dataset_builder_to_json (builder);
  check_error (ok, error, before, after, (const char[]) { op, '\0' });
}

/* Whatever was accepted saves, loads back, writes the same and diffs as equal. */
static void
check_result (CcbnetDatasetBuilder *builder)
{
  g_autoptr(GBytes) json = ccbnet_dataset_builder_to_json (builder);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(CcbnetRegistry) again = NULL;
  g_autoptr(CcbnetDatasetBuilder) rebuilt = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rebuilt_json = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;

  problems = ccbnet_registry_check_bytes (registry, json, "built.json", NULL);
  if (problems->len > 0)
    {
      g_autofree char *first = ccbnet_problem_to_string (problems->pdata[0]);

      g_error ("the builder accepted a dataset the checker refuses: %s", first);
    }
  if (!ccbnet_registry_load_from_bytes (registry, json, "built.json", NULL, &error))
    g_error ("the builder's dataset does not load: %s", error->message);

  written = ccbnet_registry_to_json (registry, &error);
  if (written == NULL || !g_bytes_equal (written, json))
    g_error ("the loaded dataset writes other bytes than the builder's");

  rebuilt = ccbnet_dataset_builder_new_from_registry (registry, &error);
  if (rebuilt == NULL)
    g_error ("no builder from the loaded dataset: %s", error->message);
  rebuilt_json = ccbnet_dataset_builder_to_json (rebuilt);
  if (!g_bytes_equal (rebuilt_json, json))
    g_error ("a builder made from the loaded dataset writes other bytes");

  again = ccbnet_dataset_builder_to_registry (builder, &error);
  if (again == NULL)
    g_error ("to_registry failed: %s", error->message);
  changes = ccbnet_registry_diff (registry, again, &error);
  if (changes == NULL || g_list_model_get_n_items (changes) != 0)
    g_error ("the same dataset loaded twice differs in %u records",
             changes != NULL ? g_list_model_get_n_items (changes) : 0);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(CcbnetDatasetBuilder) builder = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  fuzz_set_logging_func ();
  if (size > FUZZ_MAX_SIZE)
    return 0;

  /* Lines are C strings: a NUL byte ends its line early, as it would any caller's string. */
  text = g_strndup ((const char *) data, size);
  lines = g_strsplit (text, "\n", FUZZ_MAX_CALLS + 1);
  builder = ccbnet_dataset_builder_new ();
  for (guint i = 0; lines[i] != NULL && i < FUZZ_MAX_CALLS; i++)
    if (lines[i][0] != '\0')
      run_call (builder, lines[i][0], lines[i] + 1);
  check_result (builder);

  return 0;
}
