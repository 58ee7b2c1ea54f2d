/* ccbnet-util.c: loading a dataset, finding entities with suggestions, parsing option values
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

/* Loading */

/* @path as messages show it: valid UTF-8 (as g_filename_display_name() makes it), with its
 * control characters written as escapes (\n, \t, \x1b…), so that a file name holding a newline
 * or a terminal escape cannot break a message into lines or colour the terminal. */
char *
tool_display_name (const char *path)
{
  g_autofree char *valid = NULL;
  GString *shown;

  if (tool_is_stdin (path))
    return g_strdup (_("(standard input)"));
  valid = g_filename_display_name (path);
  shown = g_string_sized_new (strlen (valid));

  tool_append_escaped (shown, valid, FALSE);

  return g_string_free (shown, FALSE);
}

/* Appends the UTF-8 @text to @out with its control characters escaped: \n and \t (kept as they
 * are when @keep_breaks), \x1b and so on. */
void
tool_append_escaped (GString    *out,
                     const char *text,
                     gboolean    keep_breaks)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if ((c == '\n' || c == '\t') && keep_breaks)
        g_string_append_c (out, (char) c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char) c);
    }
}

/* Whether @path is "-", which names standard input, as for cat and jq. */
gboolean
tool_is_stdin (const char *path)
{
  return g_strcmp0 (path, "-") == 0;
}

/* All of standard input, refused past @max_size bytes as the library refuses a larger file. */
static GBytes *
read_stdin (guint64   max_size,
            GError  **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];

  for (;;)
    {
      gssize n = read (STDIN_FILENO, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("(standard input): could not read: %s"), g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      if ((guint64) data->len + (guint64) n > max_size)
        {
          g_set_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT,
                       _("(standard input): more than %llu bytes, the registry's max-size"),
                       (unsigned long long) max_size);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Reads the dataset file @path as the library reads one (ccbnet_registry_read_file()): a file
 * larger than @registry's max-size is refused, and a file that changes while it is read is read
 * again. Every message names the file as the user typed it (shown with
 * g_filename_display_name()). */
GBytes *
tool_read_dataset (CcbnetRegistry  *registry,
                   const char      *path,
                   GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *display_name = tool_display_name (path);

  if (tool_is_stdin (path))
    return read_stdin (ccbnet_registry_get_max_size (registry), error);
  /* GIO would take the empty name for the current directory. */
  if (*path == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("the file name is empty"));
      return NULL;
    }

  file = g_file_new_for_path (path);

  return ccbnet_registry_read_file (registry, file, display_name, NULL, error);
}

/* A new registry holding the dataset file @path (JSON or compiled), read and loaded as --data
 * reads one. On failure, prints why (the first problem and its place) and returns NULL: the
 * exit status is TOOL_EXIT_INVALID. */
CcbnetRegistry *
tool_open_file (const char *path)
{
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;

  bytes = tool_read_dataset (registry, path, &error);
  if (bytes == NULL)
    {
      tool_error (_("%s"), error->message);
      return NULL;
    }

  name = tool_display_name (path);
  /* Translators: progress on a terminal; %s is a file name */
  what = g_strdup_printf (_("loading %s"), name);
  if (!tool_load (registry, bytes, name, what))
    return NULL;

  return g_steal_pointer (&registry);
}

/* The registry to work on: the file of --data, or the shipped dataset (or CCBNET_DATASET's).
 * On failure, prints why and sets @status. */
CcbnetRegistry *
tool_open_registry (int *status)
{
  CcbnetRegistry *registry;

  if (tool_opt_data == NULL)
    return g_object_ref (ccbnet_registry_get_default ());

  registry = tool_open_file (tool_opt_data);
  if (registry == NULL)
    *status = TOOL_EXIT_INVALID;

  return registry;
}

/* Loads @bytes, named @name, into @registry in the library's worker thread, showing @what as
 * progress; on failure prints why (and, for a dataset error, how to see every problem) and
 * returns FALSE. */
gboolean
tool_load (CcbnetRegistry *registry,
           GBytes         *bytes,
           const char     *name,
           const char     *what)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ccbnet_registry_load_from_bytes_async (registry, bytes, name, NULL, tool_async_ready, &result);
  tool_wait (what, &result);
  if (ccbnet_registry_load_from_bytes_finish (registry, result, &error))
    return TRUE;

  tool_error (_("%s"), error->message);
  if (error->domain == CCBNET_DATASET_ERROR)
    tool_note (_("'ccbnet validate %s' lists every problem of the file"), name);

  return FALSE;
}

/* Counts the records of @registry without making their objects. */
void
tool_count_records (CcbnetRegistry *registry,
                    ToolCounts     *counts)
{
  counts->entities = ccbnet_registry_get_n_entities (registry);
  counts->relations = ccbnet_registry_get_n_relations (registry);
  counts->sections = g_list_model_get_n_items (ccbnet_registry_get_sections (registry));
  counts->sources = g_list_model_get_n_items (ccbnet_registry_get_documents (registry));
}

/* Writes @counts as the object @key of @json. */
void
tool_json_counts (ToolJson         *json,
                  const char       *key,
                  const ToolCounts *counts)
{
  tool_json_begin_object (json, key);
  tool_json_int (json, "entities", counts->entities);
  tool_json_int (json, "relations", counts->relations);
  tool_json_int (json, "sections", counts->sections);
  tool_json_int (json, "sources", counts->sources);
  tool_json_end_object (json);
}

/* Progress */

/* The GAsyncReadyCallback to give the library's async calls, with a GAsyncResult * set to NULL
 * as @data: it stores there a reference to the result, which tool_wait() waits for. */
void
tool_async_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  GAsyncResult **slot = data;

  *slot = g_object_ref (result);
}

typedef struct
{
  const char *what;
  gint64      start;
  guint       tick;
  gboolean    shown;
  guint       timeout;
} Progress;

static gboolean
progress_tick (gpointer data)
{
  static const char spinner[] = "|/-\\";
  Progress *progress = data;

  fprintf (stderr, "\rccbnet: %s %c %.1f s\033[K", progress->what, spinner[progress->tick++ % 4],
           (double) (g_get_monotonic_time () - progress->start) / G_USEC_PER_SEC);
  fflush (stderr);
  progress->shown = TRUE;

  return G_SOURCE_CONTINUE;
}

static gboolean
progress_first_tick (gpointer data)
{
  Progress *progress = data;

  progress_tick (progress);
  progress->timeout = g_timeout_add (100, progress_tick, progress);

  return G_SOURCE_REMOVE;
}

/* Waits for the async call of the library that was given tool_async_ready() and @result (which
 * holds NULL) as its callback, by iterating the default main context, where the library's GTask
 * threads return, until *@result is set; finish the call with it, and unref it. When stderr is
 * a terminal and the work takes more than a moment (400 ms), a line on stderr says @what is
 * going on and for how long, every 100 ms; it is erased at the end. Piped, nothing is shown. */
void
tool_wait (const char    *what,
           GAsyncResult **result)
{
  Progress progress = { what, g_get_monotonic_time (), 0, FALSE, 0 };

  if (tool_stderr_is_tty ())
    progress.timeout = g_timeout_add (400, progress_first_tick, &progress);

  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&progress.timeout, g_source_remove);
  if (progress.shown)
    {
      fputs ("\r\033[K", stderr);
      fflush (stderr);
    }
}

/* Distances */

/* The Levenshtein distance between two UTF-8 strings, in characters. */
guint
tool_edit_distance (const char *a,
                    const char *b)
{
  glong la, lb;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = (guint) j;

  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

void
tool_closest_init (ToolClosest *closest,
                   const char  *word,
                   guint        below)
{
  closest->word = word;
  closest->best = NULL;
  closest->distance = below;
}

/* Returns whether @candidate is the word itself. */
gboolean
tool_closest_offer (ToolClosest *closest,
                    const char  *candidate)
{
  guint distance = tool_edit_distance (closest->word, candidate);

  if (distance < closest->distance)
    {
      closest->distance = distance;
      closest->best = candidate;
    }

  return distance == 0;
}

/* Suggestions */

typedef struct
{
  const char *id;
  char       *label;
  guint       score;
  guint       position;
} Suggestion;

static void
suggestion_clear (gpointer data)
{
  Suggestion *suggestion = data;

  g_free (suggestion->label);
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *sa = a, *sb = b;

  if (sa->score != sb->score)
    return sa->score < sb->score ? -1 : 1;

  return (sa->position > sb->position) - (sa->position < sb->position);
}

/* How far @query is from @name: the edit distance, or 1 when one contains the other. */
static guint
name_score (const char *query,
            const char *name)
{
  g_autofree char *folded = ccbnet_fold_name (name);
  guint distance = tool_edit_distance (query, folded);

  if (g_utf8_strlen (query, -1) >= 3 && strstr (folded, query) != NULL)
    distance = MIN (distance, 1);

  return distance;
}

static guint
entity_score (CcbnetEntity *entity,
              const char   *query)
{
  GPtrArray *names = ccbnet_entity_get_other_names (entity);
  const char *short_name = ccbnet_entity_get_short_name (entity);
  guint score = name_score (query, ccbnet_entity_get_id (entity));

  score = MIN (score, name_score (query, ccbnet_entity_get_name (entity)));
  if (short_name != NULL)
    score = MIN (score, name_score (query, short_name));
  for (guint i = 0; names != NULL && i < names->len; i++)
    score = MIN (score, name_score (query, ccbnet_name_get_text (names->pdata[i])));

  return score;
}

/* Prints to stderr the entities (and, with @with_relations, relation ids) closest to @text. */
void
tool_print_suggestions (CcbnetRegistry *registry,
                        const char     *text,
                        gboolean        with_relations)
{
  g_autofree char *query = ccbnet_fold_name (text);
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (Suggestion));
  GListModel *entities = ccbnet_registry_get_entities (registry);
  guint n = g_list_model_get_n_items (entities);
  guint limit = MAX (2, g_utf8_strlen (query, -1) / 3);
  g_autoptr(ToolTable) table = tool_table_new (2);
  g_autoptr(GString) out = g_string_new (NULL);

  g_array_set_clear_func (found, suggestion_clear);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      guint score = entity_score (entity, query);

      if (score <= limit)
        {
          Suggestion suggestion = { ccbnet_entity_get_id (entity), tool_label_long (entity),
                                    score, i };

          g_array_append_val (found, suggestion);
        }
    }

  if (with_relations)
    {
      GListModel *relations = ccbnet_registry_get_relations (registry);
      guint n_relations = g_list_model_get_n_items (relations);

      for (guint i = 0; i < n_relations; i++)
        {
          g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
          guint score = name_score (query, ccbnet_relation_get_id (relation));

          if (score <= MIN (limit, 1))
            {
              Suggestion suggestion = { ccbnet_relation_get_id (relation),
                                        tool_relation_sentence (relation), score, n + i };

              g_array_append_val (found, suggestion);
            }
        }
    }

  if (found->len == 0)
    return;

  g_array_sort (found, compare_suggestions);
  for (guint i = 0; i < found->len && i < 5; i++)
    {
      Suggestion *suggestion = &g_array_index (found, Suggestion, i);

      tool_table_add (table, suggestion->id, suggestion->label, NULL);
    }

  g_string_append_printf (out, "%s\n", _("Did you mean:"));
  tool_table_print (table, out, 2);
  fflush (stdout);
  fputs (out->str, stderr);
}

CcbnetEntity *
tool_resolve_entity (CcbnetRegistry *registry,
                     const char     *text,
                     int            *status)
{
  g_autoptr(GListModel) found = NULL;
  guint n;
  CcbnetEntity *entity;

  if (*text == '\0')
    {
      tool_error (_("the name is empty; give an id, an acronym or a name"));
      *status = TOOL_EXIT_USAGE;
      return NULL;
    }

  found = ccbnet_registry_find_all (registry, text);
  n = g_list_model_get_n_items (found);
  if (n == 0)
    {
      tool_error (_("no entity is known as \"%s\""), text);
      tool_print_suggestions (registry, text, FALSE);
      *status = TOOL_EXIT_NOT_FOUND;
      return NULL;
    }

  entity = g_list_model_get_item (found, 0);
  if (n > 1)
    {
      g_autoptr(GString) others = g_string_new (NULL);

      for (guint i = 1; i < n; i++)
        {
          g_autoptr(CcbnetEntity) other = g_list_model_get_item (found, i);

          g_string_append_printf (others, "%s%s (%s)", i > 1 ? ", " : "",
                                  ccbnet_entity_get_id (other), tool_label (other));
        }
      tool_note (_("\"%s\" names %u entities; using %s (%s), not %s; give an id to choose"),
                 text, n, ccbnet_entity_get_id (entity), tool_label (entity), others->str);
    }

  return entity;
}

/* A section by id, or by its heading in any language. An unknown section is a bad option
 * value: the message lists the section ids. */
CcbnetSection *
tool_resolve_section (CcbnetRegistry *registry,
                      const char     *command,
                      const char     *text,
                      int            *status)
{
  GListModel *sections = ccbnet_registry_get_sections (registry);
  guint n = g_list_model_get_n_items (sections);
  g_autofree char *folded = ccbnet_fold_name (text);
  g_autoptr(GString) ids = g_string_new (NULL);
  CcbnetSection *section;

  section = ccbnet_registry_lookup_section (registry, text);
  if (section != NULL)
    return section;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetSection) candidate = g_list_model_get_item (sections, i);
      g_auto(GStrv) languages = ccbnet_section_dup_languages (candidate);

      for (guint l = 0; languages[l] != NULL; l++)
        {
          g_autofree char *heading = ccbnet_fold_name (ccbnet_section_get_heading (candidate,
                                                                            languages[l]));

          if (g_str_equal (heading, folded))
            return g_steal_pointer (&candidate);
        }
      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", ccbnet_section_get_id (candidate));
    }

  *status = tool_usage_error (command, _("--section: no section \"%s\"; expected a section id or "
                              "heading: %s"), text, ids->str);
  return NULL;
}

/* Vocabularies */

/* Parses an enumeration option by its nick ("represents-in"), saying which values are valid
 * (and the closest) when it is not one. With @skip_zero, the zero value ("any", "none",
 * "unspecified", which means "no filter" in a query) is not a value one can ask for. */
gboolean
tool_parse_nick (GType        type,
                 const char  *option,
                 const char  *value,
                 gboolean     skip_zero,
                 int         *result,
                 GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *nick = g_ascii_strdown (value, -1);
  g_autoptr(GString) expected = g_string_new (NULL);
  const char *closest = NULL;
  guint closest_distance = 3;
  GEnumValue *found;

  g_strdelimit (nick, "_ ", '-');
  found = g_enum_get_value_by_nick (klass, nick);
  if (found != NULL && (found->value != 0 || !skip_zero))
    {
      *result = found->value;
      return TRUE;
    }

  for (guint i = 0; i < klass->n_values; i++)
    {
      GEnumValue *candidate = &klass->values[i];
      guint distance;

      if (candidate->value == 0 && skip_zero)
        continue;
      g_string_append_printf (expected, "%s%s", expected->len > 0 ? ", " : "",
                              candidate->value_nick);
      distance = tool_edit_distance (nick, candidate->value_nick);
      if (strlen (nick) >= 3 && g_str_has_prefix (candidate->value_nick, nick))
        distance = MIN (distance, 2);
      if (distance < closest_distance)
        {
          closest_distance = distance;
          closest = candidate->value_nick;
        }
    }

  if (found != NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s: \"%s\" is the default (no filter), not a value to ask for; expected one "
                 "of: %s"), option, value, expected->str);
  else if (closest != NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s: unknown value \"%s\" (did you mean \"%s\"?); expected one of: %s"),
                 option, value, closest, expected->str);
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s: unknown value \"%s\"; expected one of: %s"), option, value, expected->str);

  return FALSE;
}

/* tool_parse_nick () for a query filter: the zero value is not one. */
/* A filter takes one value: given twice, GOption would keep the last one without a word. */
static gboolean
given_twice (const char  *option,
             const char  *first,
             const char  *second,
             GError     **error)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s is given twice (\"%s\", then \"%s\"); a filter takes one value: ask once per value"),
               option, first, second);

  return FALSE;
}

gboolean
tool_parse_enum (GType        type,
                 const char  *option,
                 const char  *value,
                 int         *result,
                 GError     **error)
{
  if (*result != 0)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      return given_twice (option, g_enum_get_value (klass, *result)->value_nick, value, error);
    }

  return tool_parse_nick (type, option, value, TRUE, result, error);
}

/* A string option that may be given once. */
gboolean
tool_parse_once (const char  *option,
                 const char  *value,
                 char       **result,
                 GError     **error)
{
  if (*result != NULL)
    return given_twice (option, *result, value, error);

  *result = g_strdup (value);

  return TRUE;
}

char *tool_opt_as_of;

/* The value of --as-of, into tool_opt_as_of: a day as YYYY-MM-DD, or "today" in the local
 * time zone. */
gboolean
tool_parse_as_of_option (const char  *option,
                         const char  *value,
                         gpointer     data,
                         GError     **error)
{
  g_autofree char *day = NULL;

  if (tool_opt_as_of != NULL)
    return given_twice (option, tool_opt_as_of, value, error);
  if (g_ascii_strcasecmp (value, "today") == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      day = g_date_time_format (now, "%Y-%m-%d");
    }
  else if (ccbnet_query_is_valid_date (value))
    day = g_strdup (value);
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s: \"%s\" is not a day, expected a date as YYYY-MM-DD (for example "
                   "2024-06-01) or \"today\""), option, value);
      return FALSE;
    }

  g_free (tool_opt_as_of);
  tool_opt_as_of = g_steal_pointer (&day);

  return TRUE;
}

/* The ids of the relations that may hold on @day (YYYY-MM-DD): those a query with only
 * CcbnetQuery:valid-at set matches. */
GHashTable *
tool_relation_ids_valid_at (CcbnetRegistry *registry,
                            const char     *day)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) valid = NULL;
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  ccbnet_query_set_valid_at (query, day);
  valid = ccbnet_registry_query (registry, query);
  n = g_list_model_get_n_items (valid);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (valid, i);

      /* The registry keeps one object per record, so the id stays alive with it. */
      g_hash_table_add (ids, (gpointer) ccbnet_relation_get_id (relation));
    }

  return ids;
}

/* The items of @relations whose ids are in @ids, in their order. */
GListModel *
tool_filter_relations (GListModel *relations,
                       GHashTable *ids)
{
  GListStore *kept = g_list_store_new (CCBNET_TYPE_RELATION);
  guint n = g_list_model_get_n_items (relations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      if (g_hash_table_contains (ids, ccbnet_relation_get_id (relation)))
        g_list_store_append (kept, relation);
    }

  return G_LIST_MODEL (kept);
}

/* Whether @entity may exist on @day (YYYY-MM-DD). */
gboolean
tool_entity_valid_at (CcbnetRegistry *registry,
                      CcbnetEntity   *entity,
                      const char     *day)
{
  g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
  g_autoptr(GListModel) valid = NULL;
  guint n;

  ccbnet_query_set_valid_at (query, day);
  ccbnet_query_set_entity_type (query, ccbnet_entity_get_entity_type (entity));
  valid = ccbnet_registry_query_entities (registry, query);
  n = g_list_model_get_n_items (valid);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetEntity) candidate = g_list_model_get_item (valid, i);

      if (g_str_equal (ccbnet_entity_get_id (candidate), ccbnet_entity_get_id (entity)))
        return TRUE;
    }

  return FALSE;
}

/* The numbers of records, each with its noun: "90 entities", "97 relations", "5 sections",
 * "1 source" (four strings), for compile's, validate's and merge's summary lines. */
GStrv
tool_count_words (const ToolCounts *counts)
{
  char **words = g_new0 (char *, 5);

  /* Translators: a number of entities (a dataset's records of organisations, bodies and the
   * like), in "valid (90 entities, 97 relations, 5 sections, 34 sources)" */
  words[0] = g_strdup_printf (ngettext ("%u entity", "%u entities", counts->entities), counts->entities);
  /* Translators: a number of relations between entities */
  words[1] = g_strdup_printf (ngettext ("%u relation", "%u relations", counts->relations), counts->relations);
  /* Translators: a number of sections of the source page */
  words[2] = g_strdup_printf (ngettext ("%u section", "%u sections", counts->sections), counts->sections);
  /* Translators: a number of sources (documents cited) */
  words[3] = g_strdup_printf (ngettext ("%u source", "%u sources", counts->sources), counts->sources);

  return words;
}
