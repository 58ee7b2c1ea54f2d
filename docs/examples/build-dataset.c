/* build-dataset.c: make a small dataset with CcbnetDatasetBuilder, save it, and read it back.
 *
 * Two organisations, a platform and one relation with the sentence it comes from: the agency
 * represents the ministry in the platform. The same program as the README's Python snippet
 * and docs/examples/build-dataset.js.
 *
 * Build it against an installed libccbnet with:
 *
 *   cc build-dataset.c $(pkg-config --cflags --libs ccbnet-1) -o build-dataset
 *
 * and run it as `./build-dataset FILE`: it saves the dataset to FILE, loads FILE into a new
 * registry and prints "agency represents-in ministry". On an error it prints the library's
 * message and exits with status 1.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>

#include <ccbnet/ccbnet.h>

/* Every entity and the relation cite this sentence of the source "notes". */
#define SAID "\"sources\": [{\"source\": \"notes\", " \
             "\"quote\": \"The agency represents the ministry in the platform.\"}]"

/* What an entity of the "national" section has besides its id, type, classification and name. */
#define NATIONAL "\"scope\": \"national\", \"section\": \"national\", " SAID

typedef gboolean (*AddFunc) (CcbnetDatasetBuilder *builder,
                             const char           *json,
                             GError              **error);

/* The records in the order a dataset file lists them: each names only records before it. */
static const struct
{
  AddFunc     add;
  const char *json;
} records[] = {
  { ccbnet_dataset_builder_add_source,
    "{\"id\": \"notes\", \"kind\": \"primary\", \"title\": \"Our notes\", "
    "\"publisher\": \"Us\", \"language\": \"en\"}" },
  { ccbnet_dataset_builder_add_section,
    "{\"id\": \"national\", \"scope\": \"national\", \"heading\": {\"en\": \"National networks\"}, "
    "\"sources\": [{\"source\": \"notes\", \"quote\": \"National networks\"}]}" },
  { ccbnet_dataset_builder_add_entity,
    "{\"id\": \"ministry\", \"entity_type\": \"organisation\", \"classification\": \"ministry\", "
    "\"name\": \"Ministry of Digital Affairs\", " NATIONAL "}" },
  { ccbnet_dataset_builder_add_entity,
    "{\"id\": \"agency\", \"entity_type\": \"organisation\", \"classification\": \"agency\", "
    "\"name\": \"National Cyber Agency\", " NATIONAL "}" },
  { ccbnet_dataset_builder_add_entity,
    "{\"id\": \"platform\", \"entity_type\": \"body\", \"classification\": \"platform\", "
    "\"name\": \"Cyber Cooperation Platform\", " NATIONAL "}" },
  { ccbnet_dataset_builder_add_relation,
    "{\"id\": \"r1\", \"kind\": \"represents-in\", \"subject\": \"agency\", "
    "\"object\": \"platform\", \"on_behalf_of\": \"ministry\", \"section\": \"national\", " SAID "}" },
};

static int
fail (GError *error)
{
  g_printerr ("build-dataset: %s\n", error->message);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CcbnetDatasetBuilder) builder = NULL;
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetRelation) relation = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("Usage: build-dataset FILE\n");
      return 2;
    }

  builder = ccbnet_dataset_builder_new ();
  ccbnet_dataset_builder_set_title (builder, "A small network");
  for (gsize i = 0; i < G_N_ELEMENTS (records); i++)
    if (!records[i].add (builder, records[i].json, &error))
      return fail (error);

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!ccbnet_dataset_builder_save (builder, file, NULL, &error))
    return fail (error);

  registry = ccbnet_registry_new ();
  if (!ccbnet_registry_load_from_file (registry, file, NULL, &error))
    return fail (error);

  relation = ccbnet_registry_lookup_relation (registry, "r1");
  g_print ("%s %s %s\n",
           ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)),
           ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)),
           ccbnet_entity_get_id (ccbnet_relation_get_on_behalf_of (relation)));

  return 0;
}
