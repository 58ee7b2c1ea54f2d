/* test-diff.c: the records added, removed and changed between two datasets
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ccbnet/ccbnet.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-utils.h"
#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-writer-private.h"

/* Datasets edited in memory */

/* tests/data/minimal.json, parsed, for a test to edit. */
static JsonNode *
minimal_tree (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* A deep copy of @tree: json_node_copy () shares the objects and arrays of the tree. */
static JsonNode *
copy_tree (JsonNode *tree)
{
  g_autofree char *text = json_to_string (tree, FALSE);
  g_autoptr(GError) error = NULL;
  JsonNode *copy = json_from_string (text, &error);

  g_assert_no_error (error);

  return copy;
}

static JsonArray *
list_of (JsonNode   *tree,
         const char *list)
{
  return json_object_get_array_member (json_node_get_object (tree), list);
}

/* The record of @list whose id is @id; the test fails without one. */
static JsonObject *
record_of (JsonNode   *tree,
           const char *list,
           const char *id)
{
  JsonArray *array = list_of (tree, list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *record = json_array_get_object_element (array, i);

      if (g_str_equal (json_object_get_string_member (record, "id"), id))
        return record;
    }
  g_error ("no %s with id \"%s\"", list, id);
}

static void
remove_record (JsonNode   *tree,
               const char *list,
               const char *id)
{
  JsonArray *array = list_of (tree, list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (array, i), "id"), id))
      {
        json_array_remove_element (array, i);
        return;
      }
  g_error ("no %s with id \"%s\" to remove", list, id);
}

static void
add_record (JsonNode   *tree,
            const char *list,
            const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *record = json_from_string (json, &error);

  g_assert_no_error (error);
  json_array_add_element (list_of (tree, list), record);
}

static CcbnetRegistry *
load_tree (JsonNode *tree)
{
  g_autofree char *text = json_to_string (tree, TRUE);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CcbnetRegistry *registry = ccbnet_registry_new ();

  ccbnet_registry_load_from_bytes (registry, bytes, "edited.json", NULL, &error);
  g_assert_no_error (error);

  return registry;
}

static GListModel *
diff (CcbnetRegistry *old,
      CcbnetRegistry *new)
{
  g_autoptr(GError) error = NULL;
  GListModel *changes = ccbnet_registry_diff (old, new, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
  g_assert_true (g_list_model_get_item_type (changes) == CCBNET_TYPE_CHANGE);

  return changes;
}

/* Change @i of @changes, checked to be @type of the record @list/@id, with exactly the changed
 * members @members (comma-separated, "" for none). */
static CcbnetChange *
expect_change (GListModel       *changes,
               guint             i,
               CcbnetChangeType  type,
               const char       *list,
               const char       *id,
               const char       *members)
{
  CcbnetChange *change = g_list_model_get_item (changes, i);
  g_autofree char *joined = NULL;

  g_assert_nonnull (change);
  g_assert_cmpstr (ccbnet_change_type_to_string (ccbnet_change_get_change_type (change)), ==,
                   ccbnet_change_type_to_string (type));
  g_assert_cmpstr (ccbnet_change_get_list (change), ==, list);
  g_assert_cmpstr (ccbnet_change_get_id (change), ==, id);
  joined = g_strjoinv (",", (char **) ccbnet_change_get_members (change));
  g_assert_cmpstr (joined, ==, members);

  return change;
}

static void
expect_values (CcbnetChange *change,
               const char   *member,
               const char   *old_value,
               const char   *new_value)
{
  g_autofree char *old_text = ccbnet_change_dup_old_value (change, member);
  g_autofree char *new_text = ccbnet_change_dup_new_value (change, member);

  g_assert_cmpstr (old_text, ==, old_value);
  g_assert_cmpstr (new_text, ==, new_value);
}

/* The tests */

/* A registry compared with itself, or with another load of the same file, has no change. */
static void
test_equal (void)
{
  g_autoptr(CcbnetRegistry) minimal = test_load_fixture ("minimal.json");
  g_autoptr(CcbnetRegistry) again = test_load_fixture ("minimal.json");
  g_autoptr(JsonNode) tree = minimal_tree ();
  g_autoptr(CcbnetRegistry) reloaded = load_tree (tree);
  g_autoptr(GListModel) self_changes = diff (minimal, minimal);
  g_autoptr(GListModel) same_changes = diff (minimal, again);
  g_autoptr(GListModel) layout_changes = diff (minimal, reloaded);
  g_autoptr(GListModel) shipped_changes = diff (ccbnet_registry_get_default (),
                                                 ccbnet_registry_get_default ());

  g_assert_cmpuint (g_list_model_get_n_items (self_changes), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (same_changes), ==, 0);
  /* json-glib writes another layout and another order of members: still no change. */
  g_assert_cmpuint (g_list_model_get_n_items (layout_changes), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shipped_changes), ==, 0);
}

/* The compiled form of a dataset is the same dataset. */
static void
test_compiled_equal (void)
{
  g_autoptr(CcbnetRegistry) json = test_load_fixture ("minimal.json");
  g_autoptr(CcbnetRegistry) compiled = ccbnet_registry_new ();
  g_autofree char *dir = g_dir_make_tmp ("ccbnet-diff-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "minimal.ccbnetdb", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;

  g_assert_true (ccbnet_registry_write_compiled (json, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ccbnet_registry_load_from_file (compiled, file, NULL, &error));
  g_assert_no_error (error);
  changes = diff (json, compiled);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

/* Edits of each kind give exactly those changes, in their order, with the values of both
 * sides. */
static void
test_edits (void)
{
  g_autoptr(JsonNode) old_tree = minimal_tree ();
  g_autoptr(JsonNode) new_tree = NULL;
  g_autoptr(CcbnetRegistry) old = NULL;
  g_autoptr(CcbnetRegistry) new = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(CcbnetChange) title = NULL;
  g_autoptr(CcbnetChange) agency = NULL;
  g_autoptr(CcbnetChange) unit = NULL;
  g_autoptr(CcbnetChange) orphan = NULL;
  g_autoptr(CcbnetChange) r5 = NULL;
  g_autoptr(CcbnetChange) r6 = NULL;
  g_autoptr(CcbnetChange) r8 = NULL;
  g_autofree char *orphan_record = NULL;
  g_autofree char *r8_record = NULL;
  g_autoptr(JsonNode) r8_node = NULL;
  g_autoptr(GError) error = NULL;

  /* The old side: minimal.json with a dated r6 and an entity nothing refers to. */
  json_object_set_string_member (record_of (old_tree, "relations", "r6"), "start_date", "2019-01");
  add_record (old_tree, "entities",
              "{\"id\": \"orphan\", \"entity_type\": \"area\", \"classification\": \"city\","
              " \"name\": \"Orphan City\", \"scope\": \"national\", \"section\": \"sec-national\","
              " \"sources\": [{\"source\": \"page\", \"quote\": \"The TA represents Testland.\"}]}");

  new_tree = copy_tree (old_tree);
  json_object_set_string_member (json_node_get_object (new_tree), "title", "An edited dataset");
  json_object_set_string_member (record_of (new_tree, "entities", "agency"), "name", "Test Authority");
  json_object_set_string_member (record_of (new_tree, "entities", "agency"), "short_name", "TAU");
  json_object_set_string_member (record_of (new_tree, "entities", "unit"), "short_name", "TU");
  remove_record (new_tree, "entities", "orphan");
  json_object_set_string_member (record_of (new_tree, "relations", "r6"), "start_date", "2020-06");
  remove_record (new_tree, "relations", "r5");
  add_record (new_tree, "relations",
              "{\"id\": \"r8\", \"kind\": \"member-of\", \"subject\": \"agency\", \"object\": \"board\","
              " \"section\": \"sec-european\","
              " \"sources\": [{\"source\": \"page\", \"quote\": \"Where appropriate, the TA joins the board.\"}]}");

  old = load_tree (old_tree);
  new = load_tree (new_tree);
  changes = diff (old, new);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 7);

  /* The dataset's own members first. */
  title = expect_change (changes, 0, CCBNET_CHANGE_TYPE_CHANGED, "dataset", "", "title");
  expect_values (title, "title", "\"A small valid dataset for the tests\"", "\"An edited dataset\"");
  expect_values (title, "license", NULL, NULL);
  expect_values (title, NULL, "{\"title\":\"A small valid dataset for the tests\"}",
                 "{\"title\":\"An edited dataset\"}");

  /* Entities: changed and removed in the old order. */
  agency = expect_change (changes, 1, CCBNET_CHANGE_TYPE_CHANGED, "entities", "agency", "name,short_name");
  expect_values (agency, "name", "\"Test Agency\"", "\"Test Authority\"");
  expect_values (agency, "short_name", "\"TA\"", "\"TAU\"");
  /* Members that did not change can be read too. */
  expect_values (agency, "scope", "\"national\"", "\"national\"");
  expect_values (agency, "no_such_member", NULL, NULL);

  unit = expect_change (changes, 2, CCBNET_CHANGE_TYPE_CHANGED, "entities", "unit", "short_name");
  expect_values (unit, "short_name", NULL, "\"TU\"");

  orphan = expect_change (changes, 3, CCBNET_CHANGE_TYPE_REMOVED, "entities", "orphan", "");
  orphan_record = ccbnet_change_dup_old_value (orphan, NULL);
  g_assert_cmpstr (orphan_record, ==,
                   "{\"id\":\"orphan\",\"entity_type\":\"area\",\"classification\":\"city\","
                   "\"name\":\"Orphan City\",\"scope\":\"national\",\"section\":\"sec-national\","
                   "\"sources\":[{\"source\":\"page\",\"quote\":\"The TA represents Testland.\"}]}");
  expect_values (orphan, "name", "\"Orphan City\"", NULL);
  g_assert_null (ccbnet_change_dup_new_value (orphan, NULL));

  /* Relations: r5 removed before r6 changed (the old order), then r8 added. The date changed,
   * the relation is the same one. */
  r5 = expect_change (changes, 4, CCBNET_CHANGE_TYPE_REMOVED, "relations", "r5", "");
  r6 = expect_change (changes, 5, CCBNET_CHANGE_TYPE_CHANGED, "relations", "r6", "start_date");
  expect_values (r6, "start_date", "\"2019-01\"", "\"2020-06\"");

  r8 = expect_change (changes, 6, CCBNET_CHANGE_TYPE_ADDED, "relations", "r8", "");
  g_assert_null (ccbnet_change_dup_old_value (r8, NULL));
  r8_record = ccbnet_change_dup_new_value (r8, NULL);
  r8_node = json_from_string (r8_record, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (r8_node), "object"), ==, "board");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (r8_node), "kind"), ==, "member-of");

  /* The other way round, the same changes mirrored. */
  {
    g_autoptr(GListModel) back = diff (new, old);
    g_autoptr(CcbnetChange) back_agency = NULL;
    g_autoptr(CcbnetChange) back_unit = NULL;
    g_autoptr(CcbnetChange) back_orphan = NULL;
    g_autoptr(CcbnetChange) back_r6 = NULL;
    g_autoptr(CcbnetChange) back_r8 = NULL;
    g_autoptr(CcbnetChange) back_r5 = NULL;

    /* Its new side's relations are r1…r4, r6, r7, r8: r6 changed and r8 removed in that order,
     * then r5 added. */
    g_assert_cmpuint (g_list_model_get_n_items (back), ==, 7);
    back_agency = expect_change (back, 1, CCBNET_CHANGE_TYPE_CHANGED, "entities", "agency", "name,short_name");
    expect_values (back_agency, "name", "\"Test Authority\"", "\"Test Agency\"");
    back_unit = expect_change (back, 2, CCBNET_CHANGE_TYPE_CHANGED, "entities", "unit", "short_name");
    expect_values (back_unit, "short_name", "\"TU\"", NULL);
    back_orphan = expect_change (back, 3, CCBNET_CHANGE_TYPE_ADDED, "entities", "orphan", "");
    back_r6 = expect_change (back, 4, CCBNET_CHANGE_TYPE_CHANGED, "relations", "r6", "start_date");
    back_r8 = expect_change (back, 5, CCBNET_CHANGE_TYPE_REMOVED, "relations", "r8", "");
    back_r5 = expect_change (back, 6, CCBNET_CHANGE_TYPE_ADDED, "relations", "r5", "");
  }
}

/* Dates are members like the others: changing them changes the relation, never its identity. */
static void
test_date_keeps_identity (void)
{
  g_autoptr(JsonNode) old_tree = minimal_tree ();
  g_autoptr(JsonNode) new_tree = NULL;
  g_autoptr(CcbnetRegistry) old = NULL;
  g_autoptr(CcbnetRegistry) new = NULL;
  g_autoptr(CcbnetRegistry) newer = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) more_changes = NULL;
  g_autoptr(CcbnetChange) change = NULL;
  g_autoptr(CcbnetChange) more = NULL;
  g_autoptr(CcbnetChange) property = NULL;
  CcbnetChangeType type;
  g_autofree char *list = NULL;
  g_autofree char *id = NULL;
  g_auto(GStrv) members = NULL;

  json_object_set_string_member (record_of (old_tree, "relations", "r2"), "start_date", "2019");
  json_object_set_string_member (record_of (old_tree, "relations", "r2"), "note", "an old note");
  new_tree = copy_tree (old_tree);
  json_object_set_string_member (record_of (new_tree, "relations", "r2"), "start_date", "2021-09-01");
  old = load_tree (old_tree);
  new = load_tree (new_tree);

  changes = diff (old, new);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  change = expect_change (changes, 0, CCBNET_CHANGE_TYPE_CHANGED, "relations", "r2", "start_date");
  expect_values (change, "start_date", "\"2019\"", "\"2021-09-01\"");

  /* The same through the properties. */
  property = g_list_model_get_item (changes, 0);
  g_object_get (property, "change-type", &type, "list", &list, "id", &id, "members", &members, NULL);
  g_assert_cmpint (type, ==, CCBNET_CHANGE_TYPE_CHANGED);
  g_assert_cmpstr (list, ==, "relations");
  g_assert_cmpstr (id, ==, "r2");
  g_assert_cmpuint (g_strv_length (members), ==, 1);
  g_assert_cmpstr (members[0], ==, "start_date");

  /* An end date added and the note changed as well: three members, in the order of the format
   * (not the changed ones first, then those on one side only). */
  json_object_set_string_member (record_of (new_tree, "relations", "r2"), "note", "a note");
  json_object_set_string_member (record_of (new_tree, "relations", "r2"), "end_date", "2022");
  newer = load_tree (new_tree);
  more_changes = diff (old, newer);
  g_assert_cmpuint (g_list_model_get_n_items (more_changes), ==, 1);
  more = expect_change (more_changes, 0, CCBNET_CHANGE_TYPE_CHANGED, "relations", "r2",
                        "start_date,end_date,note");
  expect_values (more, "end_date", NULL, "\"2022\"");
  expect_values (more, "note", "\"an old note\"", "\"a note\"");
}

/* A list is one member, compared as a whole; its order counts. */
static void
test_lists_are_one_member (void)
{
  g_autoptr(JsonNode) old_tree = minimal_tree ();
  g_autoptr(JsonNode) new_tree = copy_tree (old_tree);
  g_autoptr(CcbnetRegistry) old = NULL;
  g_autoptr(CcbnetRegistry) new = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(CcbnetChange) forum = NULL;
  g_autoptr(CcbnetChange) agency = NULL;
  JsonArray *other_names;
  JsonObject *citation;

  /* A second purpose of the forum, and a quote of the agency's that now cites another sentence. */
  json_array_add_string_element (json_object_get_array_member (record_of (new_tree, "entities", "forum"), "purposes"),
                                 "exercising");
  citation = json_array_get_object_element (json_object_get_array_member (record_of (new_tree, "entities", "agency"), "sources"), 0);
  json_object_set_string_member (citation, "quote", "The TA's Director sits on the board.");
  /* The agency's other names swapped: an order that changed is a change. */
  other_names = json_object_get_array_member (record_of (new_tree, "entities", "agency"), "other_names");
  json_array_add_element (other_names, json_node_copy (json_array_get_element (other_names, 0)));
  json_array_remove_element (other_names, 0);

  old = load_tree (old_tree);
  new = load_tree (new_tree);
  changes = diff (old, new);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
  agency = expect_change (changes, 0, CCBNET_CHANGE_TYPE_CHANGED, "entities", "agency", "other_names,sources");
  expect_values (agency, "sources",
                 "[{\"source\":\"page\",\"quote\":\"The TA represents Testland.\"}]",
                 "[{\"source\":\"page\",\"quote\":\"The TA's Director sits on the board.\"}]");
  forum = expect_change (changes, 1, CCBNET_CHANGE_TYPE_CHANGED, "entities", "forum", "purposes");
  expect_values (forum, "purposes", "[\"testing\"]", "[\"testing\",\"exercising\"]");
}

/* An id is a record of one list: one that moves to another list is removed and added. */
static void
test_moved_to_another_list (void)
{
  g_autoptr(JsonNode) old_tree = minimal_tree ();
  g_autoptr(JsonNode) new_tree = copy_tree (old_tree);
  g_autoptr(CcbnetRegistry) old = NULL;
  g_autoptr(CcbnetRegistry) new = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(CcbnetChange) added = NULL;
  g_autoptr(CcbnetChange) removed = NULL;

  remove_record (new_tree, "relations", "r5");
  add_record (new_tree, "entities",
              "{\"id\": \"r5\", \"entity_type\": \"area\", \"classification\": \"city\","
              " \"name\": \"Relation Five\", \"scope\": \"national\", \"section\": \"sec-national\","
              " \"sources\": [{\"source\": \"page\", \"quote\": \"The TA represents Testland.\"}]}");
  old = load_tree (old_tree);
  new = load_tree (new_tree);
  changes = diff (old, new);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
  added = expect_change (changes, 0, CCBNET_CHANGE_TYPE_ADDED, "entities", "r5", "");
  removed = expect_change (changes, 1, CCBNET_CHANGE_TYPE_REMOVED, "relations", "r5", "");
}

/* A registry that has loaded nothing cannot be compared, on either side. */
static void
test_not_initialized (void)
{
  g_autoptr(CcbnetRegistry) empty = ccbnet_registry_new ();
  g_autoptr(CcbnetRegistry) minimal = test_load_fixture ("minimal.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;

  changes = ccbnet_registry_diff (empty, minimal, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_assert_null (changes);
  g_clear_error (&error);

  changes = ccbnet_registry_diff (minimal, empty, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_assert_null (changes);
  g_clear_error (&error);

  changes = ccbnet_registry_diff (empty, empty, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_assert_null (changes);
}

/* The order the diff names members in is the order the writer writes them: every member of
 * every record of the shipped and the minimal dataset has a rank, increasing along the record. */
static void
check_member_order (CcbnetRegistry *registry)
{
  CcbnetSnapshot *snapshot = ccbnet_snapshot_ref (ccbnet_registry_acquire (registry));

  ccbnet_registry_release (registry);
  for (guint list = CCBNET_LIST_SOURCES; list <= CCBNET_LIST_RELATIONS; list++)
    for (guint i = 0; i < ccbnet_snapshot_count_list (snapshot, list); i++)
      {
        g_autoptr(JsonNode) record = ccbnet_writer_record (snapshot, list, i);
        g_autoptr(GList) members = json_object_get_members (json_node_get_object (record));
        guint previous = 0;

        for (GList *m = members; m != NULL; m = m->next)
          {
            guint rank = ccbnet_writer_member_rank (list, m->data);

            if (rank == G_MAXUINT || (m != members && rank <= previous))
              g_error ("%s[%u]: member \"%s\" is out of the canonical order of the diff",
                       ccbnet_list_names[list], i, (const char *) m->data);
            previous = rank;
          }
      }
  ccbnet_snapshot_unref (snapshot);
}

static void
test_member_order (void)
{
  g_autoptr(CcbnetRegistry) minimal = test_load_fixture ("minimal.json");

  check_member_order (ccbnet_registry_get_default ());
  check_member_order (minimal);
  g_assert_cmpuint (ccbnet_writer_member_rank (CCBNET_LIST_RELATIONS, "start_date"), <,
                    ccbnet_writer_member_rank (CCBNET_LIST_RELATIONS, "end_date"));
  g_assert_cmpuint (ccbnet_writer_member_rank (CCBNET_LIST_ENTITIES, "no_such_member"), ==, G_MAXUINT);
}

static void
test_change_type_nicks (void)
{
  g_assert_cmpstr (ccbnet_change_type_to_string (CCBNET_CHANGE_TYPE_ADDED), ==, "added");
  g_assert_cmpstr (ccbnet_change_type_to_string (CCBNET_CHANGE_TYPE_REMOVED), ==, "removed");
  g_assert_cmpstr (ccbnet_change_type_to_string (CCBNET_CHANGE_TYPE_CHANGED), ==, "changed");
  g_assert_null (ccbnet_change_type_to_string (42));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/equal", test_equal);
  g_test_add_func ("/diff/compiled-equal", test_compiled_equal);
  g_test_add_func ("/diff/edits", test_edits);
  g_test_add_func ("/diff/date-keeps-identity", test_date_keeps_identity);
  g_test_add_func ("/diff/lists-are-one-member", test_lists_are_one_member);
  g_test_add_func ("/diff/moved-to-another-list", test_moved_to_another_list);
  g_test_add_func ("/diff/not-initialized", test_not_initialized);
  g_test_add_func ("/diff/member-order", test_member_order);
  g_test_add_func ("/diff/change-type-nicks", test_change_type_nicks);

  return g_test_run ();
}
