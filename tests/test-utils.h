/* test-utils.h: helpers shared by the C tests
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <ccbnet/ccbnet.h>

/* The id of a record of a dataset (entity, relation, section or document), or NULL for any
 * other object. */
static inline const char *
test_record_id (GObject *object)
{
  if (CCBNET_IS_ENTITY (object))
    return ccbnet_entity_get_id (CCBNET_ENTITY (object));
  if (CCBNET_IS_RELATION (object))
    return ccbnet_relation_get_id (CCBNET_RELATION (object));
  if (CCBNET_IS_SECTION (object))
    return ccbnet_section_get_id (CCBNET_SECTION (object));
  if (CCBNET_IS_DOCUMENT (object))
    return ccbnet_document_get_id (CCBNET_DOCUMENT (object));

  return NULL;
}

/* The ids of a list model's items, comma-separated, for one readable assertion per list. */
static inline char *
test_ids (GListModel *model)
{
  GString *ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", id);
    }

  return g_string_free (ids, FALSE);
}

/* For g_ptr_array_sort() of an array of strings: it passes pointers to the elements (char **),
 * not the elements, so g_strcmp0() itself would compare addresses. (g_ptr_array_sort_values(),
 * which passes the elements, is GLib 2.76.) */
static inline int
test_compare_strings (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static inline CcbnetRegistry *
test_load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CcbnetRegistry *registry = ccbnet_registry_new ();

  ccbnet_registry_load_from_file (registry, file, NULL, &error);
  g_assert_no_error (error);

  return registry;
}

static inline CcbnetEntity *
test_entity (CcbnetRegistry *registry,
             const char     *id)
{
  CcbnetEntity *entity = ccbnet_registry_lookup (registry, id);

  if (entity == NULL)
    g_error ("no entity with id \"%s\"", id);

  return entity;
}
