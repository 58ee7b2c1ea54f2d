/* test-builder.c: CcbnetDatasetBuilder — building, refusing bad records, editing, merging
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ccbnet/ccbnet.h>
#include <glib/gstdio.h>

#include "test-utils.h"

/* A small dataset: a page, a section, two organisations "a" and "b", a state "land", a post
 * "head", and "r-part": a part-of b. */
static CcbnetDatasetBuilder *
small_builder (void)
{
  CcbnetDatasetBuilder *builder = ccbnet_dataset_builder_new ();
  g_autoptr(GError) error = NULL;
  static const char * const entities[] = {
    "{\"id\": \"a\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"Agency A\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"A exists.\"}]}",
    "{\"id\": \"b\", \"entity_type\": \"organisation\", \"classification\": \"ministry\", \"name\": \"Ministry B\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"B exists.\"}]}",
    "{\"id\": \"land\", \"entity_type\": \"state\", \"classification\": \"state\", \"name\": \"Land\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"Land.\"}]}",
    "{\"id\": \"head\", \"entity_type\": \"post\", \"classification\": \"director\", \"name\": \"Head of A\", \"role\": \"Head\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"A's head.\"}]}",
  };

  g_assert_true (ccbnet_dataset_builder_add_source (builder,
    "{\"id\": \"page\", \"kind\": \"primary\", \"title\": \"A page\", \"publisher\": \"Us\", \"language\": \"en\"}", &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_dataset_builder_add_section (builder,
    "{\"id\": \"home\", \"scope\": \"national\", \"heading\": {\"en\": \"Home\"},"
    " \"sources\": [{\"source\": \"page\", \"quote\": \"Home\"}]}", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_assert_true (ccbnet_dataset_builder_add_entity (builder, entities[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (ccbnet_dataset_builder_add_relation (builder,
    "{\"id\": \"r-part\", \"kind\": \"part-of\", \"subject\": \"a\", \"object\": \"b\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"A is part of B.\"}]}", &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_dataset_builder_add_relation (builder,
    "{\"id\": \"r-post\", \"kind\": \"post-in\", \"subject\": \"head\", \"object\": \"a\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"A's head.\"}]}", &error));
  g_assert_no_error (error);

  return builder;
}

static CcbnetRegistry *
registry_of (CcbnetDatasetBuilder *builder)
{
  g_autoptr(GError) error = NULL;
  CcbnetRegistry *registry = ccbnet_dataset_builder_to_registry (builder, &error);

  g_assert_no_error (error);
  g_assert_nonnull (registry);

  return registry;
}

static void
test_build (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) a = NULL;
  g_autoptr(CcbnetRelation) relation = NULL;
  g_autofree char *record = NULL;
  g_autofree char *title = NULL;

  ccbnet_dataset_builder_set_title (builder, "A small dataset");
  g_assert_cmpuint (ccbnet_dataset_builder_get_n_records (builder), ==, 8);
  g_assert_true (ccbnet_dataset_builder_contains (builder, "land"));
  g_assert_false (ccbnet_dataset_builder_contains (builder, "nowhere"));

  /* Members given in any order are kept in the canonical one. */
  record = ccbnet_dataset_builder_dup_record (builder, "r-part");
  g_assert_true (g_str_has_prefix (record, "{\n  \"id\": \"r-part\",\n  \"kind\": \"part-of\",\n  \"subject\": \"a\""));
  g_assert_null (ccbnet_dataset_builder_dup_record (builder, "nowhere"));

  registry = registry_of (builder);
  title = ccbnet_registry_dup_title (registry);
  g_assert_cmpstr (title, ==, "A small dataset");
  a = ccbnet_registry_lookup (registry, "a");
  g_assert_true (CCBNET_IS_ORGANISATION (a));
  g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_entity_get_parent (a)), ==, "b");
  relation = ccbnet_registry_lookup_relation (registry, "r-post");
  g_assert_cmpint (ccbnet_relation_get_kind (relation), ==, CCBNET_RELATION_KIND_POST_IN);
}

/* Each bad record gets its specific error, and the builder is left byte for byte as it was. */
typedef struct
{
  const char          *name;
  guint                call;   /* 0 source, 1 section, 2 entity, 3 relation, 4 replace, 5 remove */
  const char          *argument;
  CcbnetDatasetError   code;
  const char          *message;  /* the whole message */
} BadCase;

static const BadCase bad_cases[] = {
  { "unknown-id", 3,
    "{\"id\": \"r1\", \"kind\": \"member-of\", \"subject\": \"a\", \"object\": \"nowhere\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
    "relation \"r1\": $.relations[2].object: unknown entity id \"nowhere\", expected the id of an entry of $.entities" },
  { "wrong-type-at-end", 3,
    "{\"id\": \"r1\", \"kind\": \"post-in\", \"subject\": \"b\", \"object\": \"a\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_RELATION,
    "relation \"r1\": $.relations[2]: a \"post-in\" relation cannot link organisation \"b\" to organisation \"a\"" },
  { "missing-qualifier", 3,
    "{\"id\": \"r1\", \"kind\": \"represents-in\", \"subject\": \"a\", \"object\": \"b\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_MISSING_QUALIFIER,
    "relation \"r1\": $.relations[2]: a \"represents-in\" relation needs \"on_behalf_of\", the principal represented" },
  { "duplicate-id", 2,
    "{\"id\": \"a\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"Again\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_DUPLICATE_ID,
    "entity \"a\": $.entities[4].id: duplicate id \"a\", first used at $.entities[0]" },
  { "duplicate-id-other-list", 3,
    "{\"id\": \"home\", \"kind\": \"member-of\", \"subject\": \"a\", \"object\": \"b\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_DUPLICATE_ID,
    "relation \"home\": $.relations[2].id: duplicate id \"home\", first used at $.sections[0]" },
  { "cycle", 3,
    "{\"id\": \"r1\", \"kind\": \"part-of\", \"subject\": \"b\", \"object\": \"a\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_CYCLE,
    "relation \"r1\": $.relations[2]: part-of, unit-of and post-in relations form a cycle: a → b → a" },
  { "invalid-date", 3,
    "{\"id\": \"r1\", \"kind\": \"member-of\", \"subject\": \"a\", \"object\": \"b\", \"start_date\": \"2019-02-30\","
    " \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_SCHEMA, NULL },
  { "unknown-member", 2,
    "{\"id\": \"c\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"C\", \"colour\": \"red\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_SCHEMA,
    "entity \"c\": $.entities[4].colour: unknown member \"colour\" in an entity of type \"organisation\"" },
  { "unknown-value", 1,
    "{\"id\": \"abroad\", \"scope\": \"galactic\", \"heading\": {\"en\": \"Far\"},"
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_UNKNOWN_VALUE, NULL },
  { "unknown-source", 0,
    "{\"id\": \"law\", \"kind\": \"external\", \"title\": \"A law\", \"publisher\": \"A state\", \"language\": \"english\"}",
    CCBNET_DATASET_ERROR_SCHEMA,
    "source \"law\": $.sources[1].language: \"english\" is not a language tag, expected a BCP 47 tag such as \"en\"" },
  { "not-json", 2, "{\"id\": \"c\",}", CCBNET_DATASET_ERROR_SYNTAX,
    "the entity:1:12: unexpected “}” after “,”, expected a string in double quotes" },
  { "not-an-object", 2, "[1]", CCBNET_DATASET_ERROR_SYNTAX, NULL },
  { "replace-breaks-relation", 4,
    "{\"id\": \"head\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"Head\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_RELATION,
    "entity \"head\": $.relations[1]: a \"post-in\" relation cannot link organisation \"head\" to organisation \"a\"" },
  { "replace-closes-cycle", 4,
    "{\"id\": \"r-post\", \"kind\": \"part-of\", \"subject\": \"b\", \"object\": \"a\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_CYCLE,
    "relation \"r-post\": $.relations[1]: part-of, unit-of and post-in relations form a cycle: a → b → a" },
  { "replace-unknown", 4,
    "{\"id\": \"nowhere\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"N\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
    CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
    "the record to replace with: $.id: no record has the id \"nowhere\"" },
  { "remove-referenced", 5, "b", CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
    "entity \"b\" cannot be removed: $.relations[0].object (relation \"r-part\") names it" },
  { "remove-cited-source", 5, "page", CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
    "source \"page\" cannot be removed: $.sections[0].sources (section \"home\") names it" },
  { "remove-unknown", 5, "nowhere", CCBNET_DATASET_ERROR_DANGLING_REFERENCE,
    "no record has the id \"nowhere\"" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(GBytes) before = ccbnet_dataset_builder_to_json (builder);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean (* const adders[]) (CcbnetDatasetBuilder *, const char *, GError **) = {
    ccbnet_dataset_builder_add_source, ccbnet_dataset_builder_add_section,
    ccbnet_dataset_builder_add_entity, ccbnet_dataset_builder_add_relation,
    ccbnet_dataset_builder_replace, ccbnet_dataset_builder_remove,
  };

  g_assert_false (adders[bad->call] (builder, bad->argument, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, (gint) bad->code);
  if (bad->message != NULL)
    g_assert_cmpstr (error->message, ==, bad->message);
  after = ccbnet_dataset_builder_to_json (builder);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (ccbnet_dataset_builder_get_n_records (builder), ==, 8);
}

/* The loader reports the same words for the same record in a file. */
static void
test_same_words_as_loader (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) added = NULL;
  g_autoptr(GError) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) hand = NULL;
  const char *relation =
    "{\"id\": \"r1\", \"kind\": \"represents-in\", \"subject\": \"a\", \"object\": \"b\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}";
  const char *data;
  const char *tail;

  g_assert_false (ccbnet_dataset_builder_add_relation (builder, relation, &added));
  /* The same record appended to the saved file by hand. */
  bytes = ccbnet_dataset_builder_to_json (builder);
  data = g_bytes_get_data (bytes, NULL);
  tail = g_strrstr (data, "\n  ]\n}\n");
  g_assert_nonnull (tail);
  text = g_string_new_len (data, tail - data);
  g_string_append_printf (text, ",\n%s\n  ]\n}\n", relation);
  hand = g_string_free_to_bytes (g_steal_pointer (&text));
  g_assert_false (ccbnet_registry_load_from_bytes (registry, hand, "hand.json", NULL, &loaded));
  g_assert_cmpint (added->code, ==, loaded->code);
  g_assert_true (g_str_has_prefix (loaded->message, "hand.json: "));
  g_assert_true (g_str_has_prefix (added->message, "relation \"r1\": "));
  g_assert_cmpstr (strchr (added->message, '$'), ==, strchr (loaded->message, '$'));
}

static void
test_replace_and_remove (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(CcbnetEntity) land = NULL;
  g_autoptr(CcbnetRelation) relation = NULL;
  g_autoptr(GError) error = NULL;

  /* A relation's date changes; it keeps its id and its place. */
  g_assert_true (ccbnet_dataset_builder_replace (builder,
    "{\"id\": \"r-part\", \"kind\": \"part-of\", \"subject\": \"a\", \"object\": \"b\", \"start_date\": \"2019-04\","
    " \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"A is part of B.\"}]}", &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_dataset_builder_remove (builder, "r-post", &error));
  g_assert_true (ccbnet_dataset_builder_remove (builder, "head", &error));
  g_assert_true (ccbnet_dataset_builder_replace (builder,
    "{\"id\": \"land\", \"entity_type\": \"state\", \"classification\": \"state\", \"name\": \"The Land\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"Land.\"}]}", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ccbnet_dataset_builder_get_n_records (builder), ==, 6);

  registry = registry_of (builder);
  relation = ccbnet_registry_lookup_relation (registry, "r-part");
  g_assert_cmpstr (ccbnet_relation_get_start_date (relation), ==, "2019-04");
  land = ccbnet_registry_lookup (registry, "land");
  g_assert_cmpstr (ccbnet_entity_get_name (land), ==, "The Land");
  g_assert_null (ccbnet_registry_lookup (registry, "head"));
  g_assert_cmpuint (ccbnet_registry_get_n_relations (registry), ==, 1);
}

/* The shipped dataset, into a builder and out again, is its own file. */
static void
test_from_registry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CcbnetDatasetBuilder) builder =
    ccbnet_dataset_builder_new_from_registry (ccbnet_registry_get_default (), &error);
  g_autoptr(GBytes) built = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(CcbnetRegistry) empty = ccbnet_registry_new ();

  g_assert_no_error (error);
  built = ccbnet_dataset_builder_to_json (builder);
  written = ccbnet_registry_to_json (ccbnet_registry_get_default (), &error);
  g_assert_true (g_bytes_equal (built, written));
  g_assert_nonnull (ccbnet_dataset_builder_get_title (builder));

  g_assert_null (ccbnet_dataset_builder_new_from_registry (empty, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
}

static void
on_loaded (CcbnetRegistry *registry,
           guint          *count)
{
  (*count)++;
}

static void
test_load_into (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) registry = test_load_fixture ("minimal.json");
  g_autoptr(CcbnetDatasetBuilder) broken = ccbnet_dataset_builder_new ();
  g_autoptr(GError) error = NULL;
  guint loaded = 0;

  g_signal_connect (registry, "loaded", G_CALLBACK (on_loaded), &loaded);
  g_assert_true (ccbnet_dataset_builder_load_into (builder, registry, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (loaded, ==, 1);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 4);
}

static void
test_save (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-builder-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "built.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = ccbnet_dataset_builder_to_json (builder);
  char *data;
  gsize size;

  g_assert_true (ccbnet_dataset_builder_save (builder, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpmem (data, size, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_free (data);
  ccbnet_registry_load_from_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 4);

  g_assert_false (ccbnet_dataset_builder_save (builder, nowhere, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* A second dataset that shares the page and section with small_builder()'s, has one id in
 * common with a different record ("b") and one of its own ("c", part of "b"). */
static CcbnetRegistry *
other_registry (void)
{
  g_autoptr(CcbnetDatasetBuilder) other = ccbnet_dataset_builder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ccbnet_dataset_builder_add_source (other,
    "{\"id\": \"page\", \"kind\": \"primary\", \"title\": \"A page\", \"publisher\": \"Us\", \"language\": \"en\"}", &error));
  g_assert_true (ccbnet_dataset_builder_add_section (other,
    "{\"id\": \"home\", \"scope\": \"national\", \"heading\": {\"en\": \"Home\"},"
    " \"sources\": [{\"source\": \"page\", \"quote\": \"Home\"}]}", &error));
  g_assert_true (ccbnet_dataset_builder_add_entity (other,
    "{\"id\": \"b\", \"entity_type\": \"organisation\", \"classification\": \"council\", \"name\": \"Council B\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"Council B.\"}]}", &error));
  g_assert_true (ccbnet_dataset_builder_add_entity (other,
    "{\"id\": \"c\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"Agency C\","
    " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"C.\"}]}", &error));
  g_assert_true (ccbnet_dataset_builder_add_relation (other,
    "{\"id\": \"r-c\", \"kind\": \"part-of\", \"subject\": \"c\", \"object\": \"b\", \"section\": \"home\","
    " \"sources\": [{\"source\": \"page\", \"quote\": \"C is part of B.\"}]}", &error));
  g_assert_no_error (error);

  return registry_of (other);
}

static void
test_merge_rules (void)
{
  g_autoptr(CcbnetRegistry) other = other_registry ();
  g_autoptr(GError) error = NULL;

  /* Fail: both places named; nothing merged. */
  {
    g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
    g_autoptr(GBytes) before = ccbnet_dataset_builder_to_json (builder);
    g_autoptr(GBytes) after = NULL;

    g_assert_false (ccbnet_dataset_builder_merge (builder, other, CCBNET_MERGE_RULE_FAIL, NULL, &error));
    g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_ID);
    g_assert_cmpstr (error->message, ==, "the id \"b\" of $.entities[0] is already used by a different "
                                         "record, at $.entities[1] of the dataset being built");
    g_clear_error (&error);
    after = ccbnet_dataset_builder_to_json (builder);
    g_assert_true (g_bytes_equal (before, after));
  }

  /* Keep first: "c" is now part of the Ministry B. */
  {
    g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
    g_autoptr(CcbnetRegistry) merged = NULL;
    g_autoptr(CcbnetEntity) c = NULL;

    g_assert_true (ccbnet_dataset_builder_merge (builder, other, CCBNET_MERGE_RULE_KEEP_FIRST, NULL, &error));
    g_assert_no_error (error);
    merged = registry_of (builder);
    c = ccbnet_registry_lookup (merged, "c");
    g_assert_cmpstr (ccbnet_entity_get_name (ccbnet_entity_get_parent (c)), ==, "Ministry B");
    g_assert_cmpuint (ccbnet_registry_get_n_entities (merged), ==, 5);
  }

  /* Keep last: B is the council. */
  {
    g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
    g_autoptr(CcbnetRegistry) merged = NULL;
    g_autoptr(CcbnetEntity) b = NULL;

    g_assert_true (ccbnet_dataset_builder_merge (builder, other, CCBNET_MERGE_RULE_KEEP_LAST, NULL, &error));
    g_assert_no_error (error);
    merged = registry_of (builder);
    b = ccbnet_registry_lookup (merged, "b");
    g_assert_cmpstr (ccbnet_entity_get_name (b), ==, "Council B");
  }

  /* Prefix: both Bs, and "c" follows its own. The shared page and section are kept once. */
  {
    g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
    g_autoptr(CcbnetRegistry) merged = NULL;
    g_autoptr(CcbnetEntity) c = NULL;
    g_autoptr(CcbnetEntity) b = NULL;

    g_assert_true (ccbnet_dataset_builder_merge (builder, other, CCBNET_MERGE_RULE_PREFIX, "other-", &error));
    g_assert_no_error (error);
    merged = registry_of (builder);
    c = ccbnet_registry_lookup (merged, "c");
    g_assert_cmpstr (ccbnet_entity_get_id (ccbnet_entity_get_parent (c)), ==, "other-b");
    b = ccbnet_registry_lookup (merged, "b");
    g_assert_cmpstr (ccbnet_entity_get_name (b), ==, "Ministry B");
    g_assert_cmpuint (g_list_model_get_n_items (ccbnet_registry_get_documents (merged)), ==, 1);
    g_assert_cmpuint (ccbnet_registry_get_n_entities (merged), ==, 6);
  }

  /* Prefix, when the renamed id is taken too: an error, nothing merged. */
  {
    g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
    g_autoptr(GBytes) before = NULL;
    g_autoptr(GBytes) after = NULL;

    g_assert_true (ccbnet_dataset_builder_add_entity (builder,
      "{\"id\": \"xb\", \"entity_type\": \"organisation\", \"classification\": \"agency\", \"name\": \"XB\","
      " \"scope\": \"national\", \"section\": \"home\", \"sources\": [{\"source\": \"page\", \"quote\": \"XB.\"}]}", &error));
    before = ccbnet_dataset_builder_to_json (builder);
    g_assert_false (ccbnet_dataset_builder_merge (builder, other, CCBNET_MERGE_RULE_PREFIX, "x", &error));
    g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_ID);
    g_assert_cmpstr (error->message, ==, "the id \"b\" of $.entities[0] is used by both datasets, and so is "
                                         "\"xb\", the id with the prefix");
    g_clear_error (&error);
    after = ccbnet_dataset_builder_to_json (builder);
    g_assert_true (g_bytes_equal (before, after));
  }
}

/* Two datasets with nothing in common merge into one that answers questions over both. */
static void
test_merge_disjoint (void)
{
  g_autoptr(CcbnetRegistry) minimal = test_load_fixture ("minimal.json");
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) merged = NULL;
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) part_of = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) minimal_json = ccbnet_registry_to_json (minimal, NULL);

  /* small_builder() uses "page" too, for a different document: make the ids disjoint first. */
  g_assert_true (ccbnet_dataset_builder_merge (builder, minimal, CCBNET_MERGE_RULE_PREFIX, "min-", &error));
  g_assert_no_error (error);
  merged = registry_of (builder);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (merged), ==, 4 + ccbnet_registry_get_n_entities (minimal));
  g_assert_cmpuint (ccbnet_registry_get_n_relations (merged), ==, 2 + ccbnet_registry_get_n_relations (minimal));

  g_object_set (query, "kind", CCBNET_RELATION_KIND_PART_OF, NULL);
  part_of = ccbnet_registry_query (merged, query);
  {
    g_autoptr(GListModel) in_minimal = ccbnet_registry_query (minimal, query);

    /* Part-of includes unit-of: the minimal dataset's and small_builder()'s own. */
    g_assert_cmpuint (g_list_model_get_n_items (part_of), ==, 1 + g_list_model_get_n_items (in_minimal));
  }
}

/* One builder from several threads: each call runs whole, and the result has every record. */
typedef struct
{
  CcbnetDatasetBuilder *builder;
  guint                 thread;
} Worker;

static gpointer
add_many (gpointer data)
{
  Worker *worker = data;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json =
        g_strdup_printf ("{\"id\": \"t%u-%u\", \"entity_type\": \"organisation\", \"classification\": \"agency\","
                         " \"name\": \"Thread %u entity %u\", \"scope\": \"national\", \"section\": \"home\","
                         " \"sources\": [{\"source\": \"page\", \"quote\": \"q\"}]}",
                         worker->thread, i, worker->thread, i);

      if (!ccbnet_dataset_builder_add_entity (worker->builder, json, &error))
        g_error ("%s", error->message);
      if (i % 20 == 0)
        g_bytes_unref (ccbnet_dataset_builder_to_json (worker->builder));
      if (i % 10 == 5)
        {
          g_autofree char *id = g_strdup_printf ("t%u-%u", worker->thread, i);
          g_autofree char *record = ccbnet_dataset_builder_dup_record (worker->builder, id);

          g_assert_nonnull (record);
        }
    }

  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(CcbnetDatasetBuilder) builder = small_builder ();
  g_autoptr(CcbnetRegistry) registry = NULL;
  Worker workers[4];
  GThread *threads[G_N_ELEMENTS (workers)];

  for (guint t = 0; t < G_N_ELEMENTS (workers); t++)
    {
      workers[t] = (Worker) { builder, t };
      threads[t] = g_thread_new ("builder", add_many, &workers[t]);
    }
  for (guint t = 0; t < G_N_ELEMENTS (workers); t++)
    g_thread_join (threads[t]);

  g_assert_cmpuint (ccbnet_dataset_builder_get_n_records (builder), ==, 8 + 400);
  registry = registry_of (builder);
  g_assert_cmpuint (ccbnet_registry_get_n_entities (registry), ==, 4 + 400);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/builder/build", test_build);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/builder/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/builder/same-words-as-loader", test_same_words_as_loader);
  g_test_add_func ("/builder/replace-and-remove", test_replace_and_remove);
  g_test_add_func ("/builder/from-registry", test_from_registry);
  g_test_add_func ("/builder/load-into", test_load_into);
  g_test_add_func ("/builder/save", test_save);
  g_test_add_func ("/builder/merge-rules", test_merge_rules);
  g_test_add_func ("/builder/merge-disjoint", test_merge_disjoint);
  g_test_add_func ("/builder/threads", test_threads);

  return g_test_run ();
}
