/* ccbnet-tool.h: what the subcommands of the ccbnet program share
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib/gi18n.h>
#include <ccbnet/ccbnet.h>

G_BEGIN_DECLS

/* The exit statuses, documented in `ccbnet --help` and ccbnet(1). */
typedef enum {
  TOOL_EXIT_OK = 0,
  TOOL_EXIT_NOT_FOUND = 1,
  TOOL_EXIT_DIFFERENT = 1,   /* diff: the datasets differ */
  TOOL_EXIT_INVALID = 2,
  TOOL_EXIT_USAGE = 64,
  TOOL_EXIT_OUTPUT = 74,
} ToolExit;

/* The exit statuses as the commands that read one dataset list them; `ccbnet --help` adds
 * @more_1, what 1 also means for diff, to the line of status 1. */
/* Which exit statuses a command's help lists (tool_command_help ()). */
typedef enum {
  TOOL_STATUSES_FOUND,       /* 0, 2, 64, 74: the command never says "not found" */
  TOOL_STATUSES_NOT_FOUND,   /* the same and 1, with what it means for the command */
  TOOL_STATUSES_OWN,         /* the description lists them itself */
} ToolStatuses;

typedef enum {
  TOOL_USES_DATA = 1 << 0,
  TOOL_USES_LANG = 1 << 1,
  TOOL_USES_JSON = 1 << 2,
  TOOL_USES_WALK = 1 << 3,   /* its help explains the options of walks (tool_walk_help) */
} ToolUses;

typedef struct
{
  const char         *name;
  const char         *parameter;    /* the positional arguments, for the usage line */
  const char         *summary;      /* one line, for `ccbnet --help`; N_() */
  const char         *description;  /* the rest of `ccbnet help NAME`, before the exit
                                     * statuses; N_() */
  ToolStatuses        statuses;
  const char         *not_found;    /* what exit status 1 means, for TOOL_STATUSES_NOT_FOUND;
                                     * N_() */
  const GOptionEntry *entries;
  ToolUses            uses;
  /* argv[0] is the subcommand's name; the options are already parsed and removed. */
  int               (*run)        (int    argc,
                                   char **argv);
  const char         *examples;     /* after the walk paragraph, for TOOL_USES_WALK; N_() */
} ToolCommand;

extern const ToolCommand tool_command_show;
extern const ToolCommand tool_command_list;
extern const ToolCommand tool_command_query;
extern const ToolCommand tool_command_path;
extern const ToolCommand tool_command_neighbours;
extern const ToolCommand tool_command_why;
extern const ToolCommand tool_command_validate;
extern const ToolCommand tool_command_compile;
extern const ToolCommand tool_command_export;
extern const ToolCommand tool_command_merge;
extern const ToolCommand tool_command_diff;

/* The common options, as given. */
extern char     *tool_opt_data;
extern gboolean  tool_opt_json;

/* ccbnet.c */
const char     *tool_language          (void);
int             tool_finish            (GString        *out);
int             tool_usage_error       (const char     *command,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (2, 3);
void            tool_error             (const char     *format,
                                        ...) G_GNUC_PRINTF (1, 2);
void            tool_note              (const char     *format,
                                        ...) G_GNUC_PRINTF (1, 2);

/* What a dataset holds, as `validate` and `compile` report it. */
typedef struct
{
  guint entities;
  guint relations;
  guint sections;
  guint sources;
} ToolCounts;

/* ccbnet-util.c: loading, finding, parsing */
char           *tool_display_name      (const char     *path);
void            tool_append_escaped    (GString        *out,
                                        const char     *text,
                                        gboolean        keep_breaks);
CcbnetRegistry *tool_open_registry     (int            *status);
CcbnetRegistry *tool_open_file         (const char     *path);
gboolean        tool_load              (CcbnetRegistry *registry,
                                        GBytes         *bytes,
                                        const char     *name,
                                        const char     *what);
void            tool_count_records     (CcbnetRegistry *registry,
                                        ToolCounts     *counts);
GStrv           tool_count_words       (const ToolCounts *counts);
typedef struct _ToolJson ToolJson;     /* ccbnet-output.h */
void            tool_json_counts       (ToolJson       *json,
                                        const char     *key,
                                        const ToolCounts *counts);
GBytes         *tool_read_dataset      (CcbnetRegistry *registry,
                                        const char     *path,
                                        GError        **error);
void            tool_async_ready       (GObject        *source,
                                        GAsyncResult   *result,
                                        gpointer        data);
void            tool_wait              (const char     *what,
                                        GAsyncResult  **result);
CcbnetEntity   *tool_resolve_entity    (CcbnetRegistry *registry,
                                        const char     *text,
                                        int            *status);
CcbnetSection  *tool_resolve_section   (CcbnetRegistry *registry,
                                        const char     *command,
                                        const char     *text,
                                        int            *status);
void            tool_print_suggestions (CcbnetRegistry *registry,
                                        const char     *text,
                                        gboolean        with_relations);
gboolean        tool_parse_nick        (GType           type,
                                        const char     *option,
                                        const char     *value,
                                        gboolean        skip_zero,
                                        int            *result,
                                        GError        **error);
gboolean        tool_parse_enum        (GType           type,
                                        const char     *option,
                                        const char     *value,
                                        int            *result,
                                        GError        **error);

gboolean        tool_is_stdin          (const char     *path);
gboolean        tool_parse_once        (const char     *option,
                                        const char     *value,
                                        char          **result,
                                        GError        **error);

/* Defines FUNC, a GOptionArgFunc that stores an option's value in the string VARIABLE, and
 * refuses the option a second time. */
#define TOOL_STRING_OPTION(func, variable) \
  static gboolean \
  func (const char  *option_name, \
        const char  *value, \
        gpointer     data, \
        GError     **error) \
  { \
    return tool_parse_once (option_name, value, &variable, error); \
  }

/* --as-of, for the commands that take it: the day, or NULL. */
extern char    *tool_opt_as_of;
gboolean        tool_parse_as_of_option (const char    *option,
                                         const char    *value,
                                         gpointer       data,
                                         GError       **error);
GHashTable     *tool_relation_ids_valid_at (CcbnetRegistry *registry,
                                            const char     *day);
GListModel     *tool_filter_relations  (GListModel     *relations,
                                        GHashTable     *ids);
gboolean        tool_entity_valid_at   (CcbnetRegistry *registry,
                                        CcbnetEntity   *entity,
                                        const char     *day);

/* Defines FUNC, a GOptionArgFunc that parses an option's value as a nick of the enum TYPE into
 * VARIABLE, saying which values are valid when it is not one. */
#define TOOL_ENUM_OPTION(func, type, variable) \
  static gboolean \
  func (const char  *option_name, \
        const char  *value, \
        gpointer     data, \
        GError     **error) \
  { \
    return tool_parse_enum (type, option_name, value, &variable, error); \
  }
guint           tool_edit_distance     (const char     *a,
                                        const char     *b);

/* The candidate closest to a word, for "did you mean": tool_closest_init(), then
 * tool_closest_offer() for each candidate; @best is the first of the closest, fewer than
 * @below edits away, or NULL. */
typedef struct
{
  const char *word;
  const char *best;
  guint       distance;
} ToolClosest;

void            tool_closest_init      (ToolClosest    *closest,
                                        const char     *word,
                                        guint           below);
gboolean        tool_closest_offer     (ToolClosest    *closest,
                                        const char     *candidate);

/* ccbnet-words.c: the model in words */
const char     *tool_label             (CcbnetEntity   *entity);
char           *tool_label_long        (CcbnetEntity   *entity);
char           *tool_condition_words   (CcbnetRelation *relation);
char           *tool_relation_sentence (CcbnetRelation *relation);
char           *tool_section_headings  (CcbnetSection  *section);
const char     *tool_section_heading   (CcbnetSection  *section);
char           *tool_section_title     (CcbnetSection  *section);
const char     *tool_entity_class      (CcbnetEntity   *entity);
char           *tool_with_wording      (const char     *words,
                                        const char     *wording);

/* Label/value pairs of a relation's qualifiers, in reading order; free with g_ptr_array_unref.
 * Element 2n is the label, 2n+1 the value. */
GPtrArray      *tool_relation_qualifiers (CcbnetRelation *relation);
guint           tool_qualifier_width   (void);

G_END_DECLS
