/* ccbnet-loader.c: from JSON bytes to a checked, indexed snapshot
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-loader-private.h"
#include "ccbnet-builder-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-entity-private.h"
#include "ccbnet-json-scan-private.h"

#include <json-glib/json-glib.h>

/* Loading runs in three steps. The strict scanner (ccbnet-json-scan.c) checks the bytes, so that
 * json-glib 1.6 never sees input it would crash on or misread, and notes where the lists of
 * records lie. json-glib then parses each record on its own, and the readers of
 * ccbnet-loader-records.c check it member by member (ccbnet-loader-fields.c) and add it to a
 * builder (ccbnet-builder.c), reporting each problem with the JSON path of the member at fault.
 * No tree ever holds more than one record; the builder then becomes a store with its indexes,
 * and the store a snapshot, whose objects are made only when a caller asks for them. This file
 * is the driver: limits, the outline, the order of the lists, cancellation. */

static const guint64 root_fields = B (F_FORMAT) | B (F_SCHEMA) | B (F_TITLE) | B (F_LICENSE) |
                                   B (F_SOURCES) | B (F_SECTIONS) | B (F_ENTITIES) | B (F_RELATIONS);

static gboolean
check_cancelled (GCancellable *cancellable,
                 GError      **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* Reads one record, remembering where each kept relation stands in the file, for cycle
 * messages. */
static void
read_record (Loader     *l,
             JsonNode   *node,
             guint       i,
             void      (*read) (Loader *, JsonNode *, guint),
             GPtrArray  *indexes)
{
  guint before = indexes != NULL ? ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH) : 0;

  read (l, node, i);
  if (indexes != NULL && ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH) > before)
    g_ptr_array_add (indexes, GUINT_TO_POINTER (i));
}

static gboolean
read_list (Loader       *l,
           JsonNode     *fields[N_FIELDS],
           Field         f,
           void        (*read) (Loader *, JsonNode *, guint),
           GPtrArray    *indexes,
           GCancellable *cancellable,
           GError      **error)
{
  JsonArray *array = ccbnet_loader_get_array (l, fields, f, "$", TRUE);
  guint n;

  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n && !STOP (l); i++)
    {
      if ((i & 1023) == 0 && check_cancelled (cancellable, error))
        return FALSE;
      read_record (l, json_array_get_element (array, i), i, read, indexes);
    }

  return TRUE;
}

/* Readies @l to read records into a builder made for about @n_ids of them. */
void
ccbnet_loader_init (Loader     *l,
                    const char *filename,
                    gboolean    collect_all,
                    GPtrArray  *problems,
                    guint       n_ids)
{
  ccbnet_loader_init_field_table ();
  memset (l, 0, sizeof *l);
  l->filename = filename;
  l->collect_all = collect_all;
  l->problems = problems;
  l->entity_types = g_type_class_ref (CCBNET_TYPE_ENTITY_TYPE);
  l->scopes = g_type_class_ref (CCBNET_TYPE_SCOPE);
  l->kinds = g_type_class_ref (CCBNET_TYPE_RELATION_KIND);
  l->cadences = g_type_class_ref (CCBNET_TYPE_CADENCE);
  l->conditions = g_type_class_ref (CCBNET_TYPE_CONDITION);
  l->statuses = g_type_class_ref (CCBNET_TYPE_STATUS);
  l->document_kinds = g_type_class_ref (CCBNET_TYPE_DOCUMENT_KIND);
  l->sectors = g_type_class_ref (CCBNET_TYPE_SECTOR);
  l->levels = g_type_class_ref (CCBNET_TYPE_LEVEL);
  l->successions = g_array_new (FALSE, FALSE, sizeof (Succession));
  l->editions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (n_ids > 0)
    l->b = ccbnet_builder_new (n_ids);
}

void
ccbnet_loader_clear (Loader *l)
{
  if (l->entity_types == NULL)
    return;

  g_clear_pointer (&l->b, ccbnet_builder_free);
  g_type_class_unref (l->entity_types);
  g_type_class_unref (l->scopes);
  g_type_class_unref (l->kinds);
  g_type_class_unref (l->cadences);
  g_type_class_unref (l->conditions);
  g_type_class_unref (l->statuses);
  g_type_class_unref (l->document_kinds);
  g_type_class_unref (l->sectors);
  g_type_class_unref (l->levels);
  for (guint i = 0; i < l->successions->len; i++)
    g_free (g_array_index (l->successions, Succession, i).id);
  g_array_unref (l->successions);
  g_hash_table_unref (l->editions);
  l->entity_types = NULL;
}

/* The number of records of the list in @node, if it is one. */
static guint
list_length (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

/* Reading record by record.
 *
 * Parsing a whole dataset with json-glib builds a tree ten times the size of the file, and
 * walking it afterwards costs more than building it, since it is long out of the caches. The
 * strict scan, which reads every byte anyway, therefore also notes where the arrays at the top
 * level and their elements lie. json-glib then parses a skeleton of the document, in which the
 * four lists of records are left empty, and each record on its own, which is read while its
 * small tree is still in the cache and dropped at the next. No tree ever holds more than one
 * record, and the lists are read in their reading order whatever order the file has them in. A
 * list whose key is written with escapes is left in the skeleton and read from there. */

static void (* const readers[]) (Loader *, JsonNode *, guint) = {
  ccbnet_loader_read_document, ccbnet_loader_read_section, ccbnet_loader_read_entity, ccbnet_loader_read_relation,
};
static const Field list_fields[] = { F_SOURCES, F_SECTIONS, F_ENTITIES, F_RELATIONS };

/* The list of the outline that holds the records of @f, or NULL. */
static const CcbnetJsonList *
outlined_list (GPtrArray  *lists,
               const char *data,
               Field       f)
{
  const char *name = ccbnet_loader_field_names[f];
  gsize len = strlen (name);

  for (guint i = 0; i < lists->len; i++)
    {
      const CcbnetJsonList *list = lists->pdata[i];

      if (!list->key_escaped && list->key_end - list->key_start == len &&
          memcmp (data + list->key_start, name, len) == 0)
        return list;
    }

  return NULL;
}

/* @data without the elements of the @lists (all of the outline, in document order) that are
 * among the @n @outlined. */
static GString *
skeleton_of (const char            *data,
             gsize                  length,
             GPtrArray             *lists,
             const CcbnetJsonList **outlined,
             guint                  n)
{
  GString *skeleton = g_string_sized_new (4096);
  gsize position = 0;

  for (guint i = 0; i < lists->len; i++)
    {
      const CcbnetJsonList *list = lists->pdata[i];

      for (guint k = 0; k < n; k++)
        if (outlined[k] == list)
          {
            /* Up to and including the "[", then on from the "]". */
            g_string_append_len (skeleton, data + position, list->open + 1 - position);
            position = list->close - 1;
          }
    }
  g_string_append_len (skeleton, data + position, length - position);

  return skeleton;
}

/* Reads the records of @list, each parsed on its own. */
static gboolean
read_outlined (Loader               *l,
               const char           *data,
               const CcbnetJsonList *list,
               Field                 f,
               void                (*read) (Loader *, JsonNode *, guint),
               GPtrArray            *indexes,
               GCancellable         *cancellable,
               GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  guint n = list->elements->len / 2;

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      /* Indexed here, not through a pointer taken before the loop: an empty list's array has
       * no data, and even a zero offset from NULL is undefined. */
      guint32 start = g_array_index (list->elements, guint32, 2 * i);
      guint32 end = g_array_index (list->elements, guint32, 2 * i + 1);
      g_autoptr(GError) local_error = NULL;

      if ((i & 1023) == 0 && check_cancelled (cancellable, error))
        return FALSE;
      if (!json_parser_load_from_data (parser, data + start, end - start, &local_error))
        {
          /* The scan accepts only what json-glib reads, so this is a safety net. */
          char path[PATH_SIZE];

          ccbnet_loader_index_path (path, "$", ccbnet_loader_field_names[f], i);
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SYNTAX, path, NULL, "%s", local_error->message);
          continue;
        }
      read_record (l, json_parser_get_root (parser), i, read, indexes);
    }

  return TRUE;
}

/* Loads @bytes into a new snapshot. Returns NULL when the data has a problem (all of them are
 * added to @problems when @collect_all, else only the first) or when @error is set (cancelled). */
CcbnetSnapshot *
ccbnet_load_bytes (GBytes             *bytes,
                   const char         *filename,
                   const CcbnetLimits *limits,
                   gboolean            collect_all,
                   GPtrArray          *problems,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  CcbnetProblemInfo scan_problem = { .filename = filename };
  g_autoptr(GPtrArray) relation_indexes = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GString) skeleton = NULL;
  const CcbnetJsonList *outlined[G_N_ELEMENTS (list_fields)];
  JsonNode *root;
  JsonNode *fields[N_FIELDS];
  const char *data;
  gsize length;
  Loader l = { 0, };
  const char *format;
  CcbnetSnapshot *snapshot;
  CcbnetStore store;
  guint n_records = 0;

  if (filename == NULL)
    filename = "<data>";

  /* The caller has checked the size against the limit of the registry. */
  data = g_bytes_get_data (bytes, &length);
  if (length >= G_MAXINT32)
    {
      g_autofree char *message =
        g_strdup_printf (_("the data is %lu bytes; a JSON dataset must be smaller than 2 GiB"),
                         (gulong) length);

      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_LIMIT, filename, NULL,
                                                     0, 0, message));
      return NULL;
    }

  lists = g_ptr_array_new_with_free_func ((GDestroyNotify) ccbnet_json_list_free);
  if (!ccbnet_json_scan_outline (data != NULL ? data : "", length, limits->max_depth, lists, &scan_problem))
    {
      g_ptr_array_add (problems, ccbnet_problem_new_from_info (&scan_problem));
      ccbnet_problem_info_clear (&scan_problem);
      return NULL;
    }

  if (check_cancelled (cancellable, error))
    return NULL;

  ccbnet_loader_init (&l, filename, collect_all, problems, 0);
  relation_indexes = g_ptr_array_new ();

  /* The scan succeeded, so @data holds an object. */
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    {
      outlined[i] = outlined_list (lists, data, list_fields[i]);
      n_records += outlined[i] != NULL ? outlined[i]->elements->len / 2 : 0;
    }
  skeleton = skeleton_of (data, length, lists, outlined, G_N_ELEMENTS (outlined));

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, skeleton->str, skeleton->len, &local_error))
    {
      /* The scan accepts only what json-glib reads, so this is a safety net. */
      g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_SYNTAX, filename, NULL,
                                                     0, 0, local_error->message));
      goto failed;
    }

  root = json_parser_get_root (parser);
  /* The scanner guarantees an object at the top. */
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));

  if (check_cancelled (cancellable, error))
    goto failed;

  {
    JsonNode *format_node = json_object_get_member (json_node_get_object (root), "format");

    if (format_node == NULL)
      {
        g_ptr_array_add (problems,
                         ccbnet_problem_new (CCBNET_DATASET_ERROR_FORMAT, filename, "$", 0, 0,
                                             _("missing member \"format\", expected \"ccbnet/1\"")));
        goto failed;
      }
    format = JSON_NODE_HOLDS_VALUE (format_node) &&
             json_node_get_value_type (format_node) == G_TYPE_STRING
             ? json_node_get_string (format_node) : NULL;
    if (g_strcmp0 (format, "ccbnet/1") != 0)
      {
        g_autofree char *message =
          format != NULL ? g_strdup_printf (_("unsupported format \"%s\", expected \"ccbnet/1\""), format)
                         : g_strdup_printf (_("expected the string \"ccbnet/1\", found %s"),
                                            ccbnet_loader_node_kind_name (format_node));

        g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_FORMAT, filename,
                                                       "$.format", 0, 0, message));
        goto failed;
      }
  }

  ccbnet_loader_read_fields (&l, json_node_get_object (root), "$", root_fields, N_("the dataset"), NULL, fields);
  l.b = ccbnet_builder_new (n_records + list_length (fields[F_SOURCES]) + list_length (fields[F_SECTIONS]) +
                            list_length (fields[F_ENTITIES]) + list_length (fields[F_RELATIONS]));
  {
    const char *title = ccbnet_loader_get_string (&l, fields, F_TITLE, "$", FALSE);
    const char *license = ccbnet_loader_get_string (&l, fields, F_LICENSE, "$", FALSE);
    const char *schema = ccbnet_loader_get_string (&l, fields, F_SCHEMA, "$", FALSE);

    if (title != NULL || license != NULL || schema != NULL)
      {
        guint32 *row = ccbnet_builder_row (l.b, CCBNET_TABLE_DATASET, DATASET_WIDTH);

        row[DATASET_TITLE] = ccbnet_loader_string (&l, title);
        row[DATASET_LICENSE] = ccbnet_loader_string (&l, license);
        row[DATASET_SCHEMA] = ccbnet_loader_string (&l, schema);
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    {
      GPtrArray *indexes = readers[i] == ccbnet_loader_read_relation ? relation_indexes : NULL;

      if (outlined[i] != NULL
          ? !read_outlined (&l, data, outlined[i], list_fields[i], readers[i], indexes, cancellable, error)
          : !read_list (&l, fields, list_fields[i], readers[i], indexes, cancellable, error))
        goto failed;
    }

  ccbnet_loader_finish_relations (&l, relation_indexes);
  if (ccbnet_builder_overflowed (l.b))
    g_ptr_array_add (problems, ccbnet_problem_new (CCBNET_DATASET_ERROR_LIMIT, filename, NULL, 0, 0,
                                                   _("the strings of the dataset take more than 4 GiB")));

  if (problems->len > 0 || check_cancelled (cancellable, error))
    goto failed;

  /* The tree and the outline are no longer needed: free them before the indexes take their
   * memory. */
  g_clear_object (&parser);
  g_clear_pointer (&lists, g_ptr_array_unref);
  g_string_free (g_steal_pointer (&skeleton), TRUE);
  ccbnet_builder_finish (g_steal_pointer (&l.b), &store);
  snapshot = ccbnet_snapshot_new_from_store (&store);
  ccbnet_loader_clear (&l);

  return snapshot;

failed:
  ccbnet_loader_clear (&l);

  return NULL;
}
