/* fuzz-compiled.c: a libFuzzer target for the compiled form
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The input is a compiled dataset (the seeds are files the writer made; libFuzzer mutates them).
 * It is opened from an exact copy of the bytes, aligned as a mapped file would be. A file that
 * does not open must fail with a format error whose message is valid UTF-8 and leave the
 * registry empty. A file that opens is read through every way in: each entity by position, by
 * its id and by its name, with its names, sources, parts and relations; each relation with both
 * ends, its qualifiers and its sources; anchored queries with and without parts, by kind and
 * for entities; paths; sections, documents and the dataset's own members; the JSON writer. Then
 * it is compiled again, and that must open again and write the same JSON: a file the library
 * accepted is one its writer can write back. Any crash, sanitizer report, leak, GLib warning or
 * critical, or broken promise is a finding.
 *
 * Built with -fsanitize=fuzzer it is driven by libFuzzer; otherwise driver.c replays files. */

#include <json-glib/json-glib.h>

#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "fuzz.h"

/* Bounds on the work done for one input, so that a large file stays cheap. */
#define FUZZ_MAX_SIZE (256 * 1024)
#define FUZZ_MAX_RECORDS 64

static volatile guint fuzz_sink;

static guint
count (GListModel *model)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  if (model != NULL)
    g_object_unref (model);

  return n;
}

static void
read_entity (CcbnetRegistry *registry,
             CcbnetEntity   *entity,
             CcbnetEntity   *first)
{
  const char *id = ccbnet_entity_get_id (entity);
  g_autoptr(CcbnetEntity) found = ccbnet_registry_lookup (registry, id);
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  GPtrArray *sources = ccbnet_entity_get_sources (entity);
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

  if (!g_utf8_validate (id, -1, NULL) || !g_utf8_validate (ccbnet_entity_get_name (entity), -1, NULL))
    g_error ("an entity's id or name is not valid UTF-8");
  /* An id index damaged in a way the check cannot see may miss an entity, but must never give
   * another one for it. */
  if (found != NULL && g_strcmp0 (ccbnet_entity_get_id (found), id) != 0)
    g_error ("looking up “%s” gave “%s”", id, ccbnet_entity_get_id (found));

  fuzz_sink += count (ccbnet_registry_find_all (registry, ccbnet_entity_get_name (entity)));
  fuzz_sink += count (ccbnet_entity_list_parts (entity, TRUE));
  fuzz_sink += count (ccbnet_entity_list_relations (entity));
  fuzz_sink += names->len + sources->len;
  for (guint i = 0; i < names->len; i++)
    fuzz_sink += strlen (ccbnet_name_get_text (names->pdata[i]));
  for (guint i = 0; i < sources->len; i++)
    fuzz_sink += ccbnet_citation_get_document (sources->pdata[i]) != NULL;
  fuzz_sink += ccbnet_entity_get_section (entity) != NULL;
  fuzz_sink += ccbnet_entity_get_parent (entity) != NULL;

  ccbnet_query_set_subject (query, entity);
  fuzz_sink += count (ccbnet_registry_query (registry, query));
  ccbnet_query_set_include_parts (query, TRUE);
  fuzz_sink += count (ccbnet_registry_query (registry, query));
  ccbnet_query_set_subject (query, NULL);
  ccbnet_query_set_object (query, entity);
  fuzz_sink += count (ccbnet_registry_query (registry, query));
  fuzz_sink += count (ccbnet_registry_query_entities (registry, query));
  ccbnet_query_set_object (query, NULL);
  ccbnet_query_set_on_behalf_of (query, entity);
  fuzz_sink += count (ccbnet_registry_query (registry, query));
  fuzz_sink += count (ccbnet_registry_find_path (registry, first, entity, 0));
}

static void
read_relation (CcbnetRelation *relation)
{
  GPtrArray *sources = ccbnet_relation_get_sources (relation);
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);

  if (ccbnet_relation_get_subject (relation) == NULL || ccbnet_relation_get_object (relation) == NULL)
    g_error ("relation “%s” has no subject or object", ccbnet_relation_get_id (relation));
  fuzz_sink += ccbnet_relation_get_on_behalf_of (relation) != NULL;
  fuzz_sink += ccbnet_relation_get_via (relation) != NULL;
  fuzz_sink += ccbnet_relation_get_context (relation) != NULL;
  fuzz_sink += ccbnet_relation_get_condition_ref (relation) != NULL;
  fuzz_sink += ccbnet_relation_get_section (relation) != NULL;
  fuzz_sink += sources->len + co_actors->len;
  for (guint i = 0; i < sources->len; i++)
    fuzz_sink += strlen (ccbnet_citation_get_quote (sources->pdata[i]));
}

/* Compiles what opened, opens that, and checks both write the same JSON. */
static void
compile_again (CcbnetRegistry *registry,
               GBytes         *json)
{
  CcbnetSnapshot *snapshot = ccbnet_registry_acquire (registry);
  g_autoptr(GBytes) compiled = ccbnet_snapshot_compile (snapshot);
  g_autoptr(CcbnetRegistry) again = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json_again = NULL;

  ccbnet_registry_release (registry);
  ccbnet_registry_set_max_size (again, G_MAXSIZE);
  if (!ccbnet_registry_load_from_bytes (again, compiled, "again.ccbnetdb", NULL, &error))
    g_error ("the compiled form of an accepted file does not open: %s", error->message);
  json_again = ccbnet_registry_to_json (again, NULL);
  if (!g_bytes_equal (json, json_again))
    g_error ("compiled again, the dataset writes other JSON");
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(JsonParser) parser = NULL;
  GListModel *entities, *relations;
  guint n;

  fuzz_set_logging_func ();
  if (size > FUZZ_MAX_SIZE)
    return 0;

  /* An exact copy (g_malloc aligns on 16 bytes, as a mapping would on a page), so that any
   * read past the end is caught. */
  bytes = g_bytes_new (data, size);
  registry = ccbnet_registry_new ();
  ccbnet_registry_set_max_size (registry, G_MAXSIZE);

  if (!ccbnet_registry_load_from_bytes (registry, bytes, "fuzz.ccbnetdb", NULL, &error))
    {
      if (error == NULL || error->domain != CCBNET_DATASET_ERROR)
        g_error ("a compiled file failed to open without a dataset error");
      if (!g_utf8_validate (error->message, -1, NULL) || error->message[0] == '\0')
        g_error ("a compiled file failed to open with an empty or invalid message");
      if (ccbnet_registry_get_n_entities (registry) != 0)
        g_error ("a failed open changed the registry");
      return 0;
    }

  entities = ccbnet_registry_get_entities (registry);
  relations = ccbnet_registry_get_relations (registry);
  n = g_list_model_get_n_items (entities);
  if (n != ccbnet_registry_get_n_entities (registry))
    g_error ("the listing and the count of entities differ");
  if (n > 0)
    {
      g_autoptr(CcbnetEntity) first = g_list_model_get_item (entities, 0);

      for (guint i = 0; i < n && i < FUZZ_MAX_RECORDS; i++)
        {
          g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

          read_entity (registry, entity, first);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations) && i < FUZZ_MAX_RECORDS; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(CcbnetRelation) found = ccbnet_registry_lookup_relation (registry, ccbnet_relation_get_id (relation));

      if (found != NULL && g_strcmp0 (ccbnet_relation_get_id (found), ccbnet_relation_get_id (relation)) != 0)
        g_error ("looking up relation “%s” gave another", ccbnet_relation_get_id (relation));
      read_relation (relation);
    }
  for (guint kind = 1; kind < CCBNET_N_KINDS; kind++)
    {
      g_autoptr(CcbnetQuery) query = ccbnet_query_new ();

      ccbnet_query_set_kind (query, kind);
      ccbnet_query_set_include_subkinds (query, TRUE);
      fuzz_sink += count (ccbnet_registry_query (registry, query));
    }
  fuzz_sink += g_list_model_get_n_items (ccbnet_registry_get_sections (registry));
  fuzz_sink += g_list_model_get_n_items (ccbnet_registry_get_documents (registry));
  g_free (ccbnet_registry_dup_title (registry));
  g_free (ccbnet_registry_dup_license (registry));

  /* Whatever opened writes JSON that parses, and compiles to a file that opens again. */
  json = ccbnet_registry_to_json (registry, NULL);
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error))
    g_error ("what an accepted compiled file writes is not JSON: %s", error->message);
  compile_again (registry, json);

  return 0;
}
