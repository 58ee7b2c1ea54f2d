/* ccbnet-output.c: terminal text, aligned tables and JSON for the ccbnet program
 *
 * Text is styled only when it goes to a terminal and NO_COLOR is not set
 * (https://no-color.org); piped output is plain, byte for byte what the golden tests expect.
 * --color=always or never overrides both (tool_output_set_color ()).
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "ccbnet-output.h"

static gboolean stdout_styled;
static gboolean stderr_styled;
static gboolean stderr_tty;

static gboolean
wants_style (int fd)
{
  const char *no_color = g_getenv ("NO_COLOR");
  const char *term = g_getenv ("TERM");

  if (no_color != NULL && *no_color != '\0')
    return FALSE;
  if (term != NULL && g_str_equal (term, "dumb"))
    return FALSE;

  return isatty (fd);
}

void
tool_output_init (void)
{
  stdout_styled = wants_style (STDOUT_FILENO);
  stderr_styled = wants_style (STDERR_FILENO);
  stderr_tty = isatty (STDERR_FILENO);
}

void
tool_output_set_color (ToolColor color)
{
  switch (color)
    {
    case TOOL_COLOR_ALWAYS:
      stdout_styled = stderr_styled = TRUE;
      break;
    case TOOL_COLOR_NEVER:
      stdout_styled = stderr_styled = FALSE;
      break;
    case TOOL_COLOR_AUTO:
    default:
      tool_output_init ();
      break;
    }
}

gboolean
tool_stdout_is_styled (void)
{
  return stdout_styled;
}

gboolean
tool_stderr_is_styled (void)
{
  return stderr_styled;
}

gboolean
tool_stderr_is_tty (void)
{
  return stderr_tty;
}

static const char *
style_start (ToolStyle style)
{
  switch (style)
    {
    case TOOL_STYLE_BOLD:
      return "\033[1m";
    case TOOL_STYLE_DIM:
      return "\033[2m";
    case TOOL_STYLE_HEADING:
      return "\033[1;4m";
    case TOOL_STYLE_ID:
      return "\033[36m";
    case TOOL_STYLE_ERROR:
      return "\033[1;31m";
    case TOOL_STYLE_PLAIN:
    default:
      return NULL;
    }
}

static void
append_styled_to (GString    *out,
                  gboolean    styled,
                  ToolStyle   style,
                  const char *text)
{
  const char *start = styled ? style_start (style) : NULL;

  if (start != NULL && *text != '\0')
    g_string_append_printf (out, "%s%s\033[0m", start, text);
  else
    g_string_append (out, text);
}

/* Appends to text meant for stdout; stderr messages style themselves in ccbnet.c. */
void
tool_append_styled (GString    *out,
                    ToolStyle   style,
                    const char *text)
{
  append_styled_to (out, stdout_styled, style, text);
}

/* The number of terminal columns @text takes: characters, with wide (East Asian) ones counting
 * twice and combining marks not at all. */
guint
tool_text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

void
tool_append_padded (GString    *out,
                    ToolStyle   style,
                    const char *text,
                    guint       width)
{
  guint text_width = tool_text_width (text);

  tool_append_styled (out, style, text);
  for (guint i = text_width; i < width; i++)
    g_string_append_c (out, ' ');
}

gboolean
tool_write_stdout (GString *out)
{
  if (out->len > 0 && fwrite (out->str, 1, out->len, stdout) != out->len)
    return FALSE;

  return fflush (stdout) == 0;
}

/* Tables */

struct _ToolTable
{
  guint      n_columns;
  ToolStyle *styles;
  char     **header;    /* NULL without a header */
  GPtrArray *rows;      /* of char ** (n_columns cells) */
};

ToolTable *
tool_table_new (guint n_columns)
{
  ToolTable *table = g_new0 (ToolTable, 1);

  table->n_columns = n_columns;
  table->styles = g_new0 (ToolStyle, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  return table;
}

void
tool_table_free (ToolTable *table)
{
  if (table == NULL)
    return;

  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table->styles);
  g_free (table);
}

void
tool_table_set_style (ToolTable *table,
                      guint      column,
                      ToolStyle  style)
{
  g_return_if_fail (column < table->n_columns);

  table->styles[column] = style;
}

static char **
collect_cells (ToolTable *table,
               va_list    args)
{
  char **cells = g_new0 (char *, table->n_columns + 1);
  guint i = 0;
  const char *cell;

  while ((cell = va_arg (args, const char *)) != NULL)
    {
      g_return_val_if_fail (i < table->n_columns, cells);
      cells[i++] = g_strdup (cell);
    }
  for (; i < table->n_columns; i++)
    cells[i] = g_strdup ("");

  return cells;
}

/* Adds a row of @n_columns strings, NULL-terminated; missing cells are empty. */
void
tool_table_add (ToolTable *table,
                ...)
{
  va_list args;

  va_start (args, table);
  g_ptr_array_add (table->rows, collect_cells (table, args));
  va_end (args);
}

/* Adds a row, taking a NULL-terminated array of exactly n_columns cells (NULL cells are
 * not allowed before the end: use ""). */
void
tool_table_add_take (ToolTable  *table,
                     char      **cells)
{
  g_return_if_fail (g_strv_length (cells) == table->n_columns);

  g_ptr_array_add (table->rows, cells);
}

void
tool_table_header (ToolTable *table,
                   ...)
{
  va_list args;

  va_start (args, table);
  g_strfreev (table->header);
  table->header = collect_cells (table, args);
  va_end (args);
}

void
tool_table_header_take (ToolTable  *table,
                        char      **cells)
{
  g_return_if_fail (g_strv_length (cells) == table->n_columns);

  g_strfreev (table->header);
  table->header = cells;
}

guint
tool_table_n_rows (ToolTable *table)
{
  return table->rows->len;
}

static void
print_row (ToolTable        *table,
           GString          *out,
           guint             indent,
           const guint      *widths,
           char            **cells,
           gboolean          is_header)
{
  guint last = table->n_columns;

  /* Trailing empty cells add nothing, not even padding. */
  while (last > 0 && *cells[last - 1] == '\0')
    last--;

  for (guint i = 0; i < indent; i++)
    g_string_append_c (out, ' ');
  for (guint c = 0; c < last; c++)
    {
      ToolStyle style = is_header ? TOOL_STYLE_BOLD : table->styles[c];

      if (c + 1 < last)
        {
          tool_append_padded (out, style, cells[c], widths[c]);
          g_string_append (out, "  ");
        }
      else
        tool_append_styled (out, style, cells[c]);
    }
  g_string_append_c (out, '\n');
}

void
tool_table_print (ToolTable *table,
                  GString   *out,
                  guint      indent)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);

  if (table->header != NULL)
    for (guint c = 0; c < table->n_columns; c++)
      widths[c] = tool_text_width (table->header[c]);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = table->rows->pdata[r];

      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], tool_text_width (cells[c]));
    }

  if (table->header != NULL)
    print_row (table, out, indent, widths, table->header, TRUE);
  for (guint r = 0; r < table->rows->len; r++)
    print_row (table, out, indent, widths, table->rows->pdata[r], FALSE);
}

/* JSON */

struct _ToolJson
{
  GString *out;
  GArray  *counts;   /* of guint: items written at each open level */
};

ToolJson *
tool_json_new (GString *out)
{
  ToolJson *json = g_new0 (ToolJson, 1);

  json->out = out;
  json->counts = g_array_new (FALSE, FALSE, sizeof (guint));

  return json;
}

void
tool_json_free (ToolJson *json)
{
  if (json == NULL)
    return;

  g_warn_if_fail (json->counts->len == 0);
  g_array_unref (json->counts);
  g_free (json);
}

void
tool_append_json_string (GString    *out,
                         const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (ToolJson *json)
{
  for (guint i = 0; i < json->counts->len; i++)
    g_string_append (json->out, "  ");
}

/* Starts a value: the comma and new line before it, and its key inside an object. */
static void
begin_value (ToolJson   *json,
             const char *key)
{
  if (json->counts->len > 0)
    {
      guint *count = &g_array_index (json->counts, guint, json->counts->len - 1);

      if (*count > 0)
        g_string_append_c (json->out, ',');
      g_string_append_c (json->out, '\n');
      (*count)++;
      indent (json);
    }
  if (key != NULL)
    {
      tool_append_json_string (json->out, key);
      g_string_append (json->out, ": ");
    }
}

static void
begin_container (ToolJson   *json,
                 const char *key,
                 char        open)
{
  guint zero = 0;

  begin_value (json, key);
  g_string_append_c (json->out, open);
  g_array_append_val (json->counts, zero);
}

static void
end_container (ToolJson *json,
               char      close)
{
  guint count;

  g_return_if_fail (json->counts->len > 0);

  count = g_array_index (json->counts, guint, json->counts->len - 1);
  g_array_set_size (json->counts, json->counts->len - 1);
  if (count > 0)
    {
      g_string_append_c (json->out, '\n');
      indent (json);
    }
  g_string_append_c (json->out, close);
  if (json->counts->len == 0)
    g_string_append_c (json->out, '\n');
}

void
tool_json_begin_object (ToolJson   *json,
                        const char *key)
{
  begin_container (json, key, '{');
}

void
tool_json_end_object (ToolJson *json)
{
  end_container (json, '}');
}

void
tool_json_begin_array (ToolJson   *json,
                       const char *key)
{
  begin_container (json, key, '[');
}

void
tool_json_end_array (ToolJson *json)
{
  end_container (json, ']');
}

void
tool_json_string (ToolJson   *json,
                  const char *key,
                  const char *value)
{
  begin_value (json, key);
  if (value == NULL)
    g_string_append (json->out, "null");
  else
    tool_append_json_string (json->out, value);
}

void
tool_json_bool (ToolJson   *json,
                const char *key,
                gboolean    value)
{
  begin_value (json, key);
  g_string_append (json->out, value ? "true" : "false");
}

void
tool_json_int (ToolJson   *json,
               const char *key,
               gint64      value)
{
  begin_value (json, key);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

/* A number with @decimals digits after the point, whatever the locale. */
void
tool_json_fixed (ToolJson   *json,
                 const char *key,
                 double      value,
                 guint       decimals)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 17));
  begin_value (json, key);
  g_string_append (json->out, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

void
tool_json_null (ToolJson   *json,
                const char *key)
{
  begin_value (json, key);
  g_string_append (json->out, "null");
}

void
tool_json_strv (ToolJson           *json,
                const char         *key,
                const char * const *values)
{
  tool_json_begin_array (json, key);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    tool_json_string (json, NULL, values[i]);
  tool_json_end_array (json);
}

/* A value given as JSON text (compact, as the library gives a record or a member of one), or
 * null for NULL, written with the writer's indentation: one member or element per line, ": "
 * after a key, [] and {} when empty. The text must be valid JSON; it is not checked. */
void
tool_json_value (ToolJson   *json,
                 const char *key,
                 const char *text)
{
  guint depth = json->counts->len;

  begin_value (json, key);
  if (text == NULL)
    {
      g_string_append (json->out, "null");
      return;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          /* A string, escapes and all, as it is. */
          g_string_append_c (json->out, '"');
          for (p++; *p != '"' && *p != '\0'; p++)
            {
              if (*p == '\\' && p[1] != '\0')
                g_string_append_c (json->out, *p++);
              g_string_append_c (json->out, *p);
            }
          if (*p == '\0')
            return;
          g_string_append_c (json->out, '"');
          break;
        case '{':
        case '[':
          {
            const char *next = p + 1;

            while (g_ascii_isspace (*next))
              next++;
            g_string_append_c (json->out, *p);
            if (*next == (*p == '{' ? '}' : ']'))
              {
                g_string_append_c (json->out, *next);
                p = next;
                break;
              }
            depth++;
            g_string_append_c (json->out, '\n');
            for (guint i = 0; i < depth; i++)
              g_string_append (json->out, "  ");
          }
          break;
        case '}':
        case ']':
          depth--;
          g_string_append_c (json->out, '\n');
          for (guint i = 0; i < depth; i++)
            g_string_append (json->out, "  ");
          g_string_append_c (json->out, *p);
          break;
        case ',':
          g_string_append (json->out, ",\n");
          for (guint i = 0; i < depth; i++)
            g_string_append (json->out, "  ");
          break;
        case ':':
          g_string_append (json->out, ": ");
          break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
          break;
        default:
          g_string_append_c (json->out, *p);
        }
    }
}
