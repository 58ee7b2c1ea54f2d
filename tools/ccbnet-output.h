/* ccbnet-output.h: terminal text, aligned tables and JSON for the ccbnet program
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TOOL_STYLE_PLAIN,
  TOOL_STYLE_BOLD,
  TOOL_STYLE_DIM,
  TOOL_STYLE_HEADING,   /* bold and underlined */
  TOOL_STYLE_ID,        /* cyan */
  TOOL_STYLE_ERROR,     /* bold red */
} ToolStyle;

typedef enum {
  TOOL_COLOR_AUTO,      /* styled on a terminal, unless NO_COLOR is set or TERM is dumb */
  TOOL_COLOR_ALWAYS,
  TOOL_COLOR_NEVER,
} ToolColor;

void      tool_output_init      (void);
void      tool_output_set_color (ToolColor    color);
guint     tool_output_width     (void);
void      tool_output_set_wrap  (gboolean     wrap);
gboolean  tool_stdout_is_styled (void);
gboolean  tool_stderr_is_styled (void);
gboolean  tool_stderr_is_tty    (void);
void      tool_append_styled    (GString     *out,
                                 ToolStyle    style,
                                 const char  *text);
void      tool_append_padded    (GString     *out,
                                 ToolStyle    style,
                                 const char  *text,
                                 guint        width);
guint     tool_text_width       (const char  *text);
gboolean  tool_write_stdout     (GString     *out);

/* An aligned table: every column but the last is padded to its widest cell. */
typedef struct _ToolTable ToolTable;

ToolTable *tool_table_new       (guint        n_columns);
void       tool_table_free      (ToolTable   *table);
void       tool_table_set_style (ToolTable   *table,
                                 guint        column,
                                 ToolStyle    style);
void       tool_table_add       (ToolTable   *table,
                                 ...) G_GNUC_NULL_TERMINATED;
void       tool_table_add_take  (ToolTable   *table,
                                 char       **cells);
void       tool_table_header    (ToolTable   *table,
                                 ...) G_GNUC_NULL_TERMINATED;
void       tool_table_header_take (ToolTable *table,
                                   char     **cells);
guint      tool_table_n_rows    (ToolTable   *table);
void       tool_table_print     (ToolTable   *table,
                                 GString     *out,
                                 guint        indent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ToolTable, tool_table_free)

/* A streaming JSON writer: two-space indentation, keys in the order written. */
typedef struct _ToolJson ToolJson;

ToolJson *tool_json_new          (GString     *out);
void      tool_json_free         (ToolJson    *json);
void      tool_json_begin_object (ToolJson    *json,
                                  const char  *key);
void      tool_json_end_object   (ToolJson    *json);
void      tool_json_begin_array  (ToolJson    *json,
                                  const char  *key);
void      tool_json_end_array    (ToolJson    *json);
void      tool_json_string       (ToolJson    *json,
                                  const char  *key,
                                  const char  *value);
void      tool_json_bool         (ToolJson    *json,
                                  const char  *key,
                                  gboolean     value);
void      tool_json_int          (ToolJson    *json,
                                  const char  *key,
                                  gint64       value);
void      tool_json_fixed        (ToolJson    *json,
                                  const char  *key,
                                  double       value,
                                  guint        decimals);
void      tool_json_null         (ToolJson    *json,
                                  const char  *key);
void      tool_json_strv         (ToolJson    *json,
                                  const char  *key,
                                  const char * const *values);
void      tool_json_value        (ToolJson    *json,
                                  const char  *key,
                                  const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ToolJson, tool_json_free)

/* Appends @text as a JSON string, quotes included. Its escapes (\" \\ \n \t \r \b \f and
 * \u00XX for the other control characters) are also those of an N-Triples or Turtle string. */
void      tool_append_json_string (GString    *out,
                                   const char *text);

G_END_DECLS
