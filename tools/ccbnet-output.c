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
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "ccbnet-output.h"

static gboolean stdout_styled;
static gboolean stderr_styled;
static gboolean stderr_tty;
static guint output_width;      /* 0: no limit */
static gboolean wrap_output;

/* The width to fit text into: COLUMNS when it holds a number (as GNU tools read it), else the
 * terminal's when standard output is one, else none. Below 20 columns nothing fits; then none. */
static guint
find_width (void)
{
  const char *columns = g_getenv ("COLUMNS");
  struct winsize size;
  guint64 n;

  if (columns != NULL && g_ascii_string_to_unsigned (columns, 10, 1, 10000, &n, NULL))
    return n >= 20 ? (guint) n : 0;
  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
    return size.ws_col;

  return 0;
}

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
  output_width = find_width ();
}

guint
tool_output_width (void)
{
  return output_width;
}

void
tool_output_set_wrap (gboolean wrap)
{
  wrap_output = wrap;
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

/* Wrapping text to the width */

/* One piece of a line: a character, or an escape sequence of the styles (no width). */
typedef struct
{
  const char *start;
  guint       length;
  guint       width;
  gboolean    space;
} Piece;

static GArray *
line_pieces (const char *line,
             const char *end)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  for (const char *p = line; p < end;)
    {
      Piece piece = { p, 0, 0, FALSE };

      if (*p == '\033' && p + 1 < end && p[1] == '[')
        {
          const char *q = p + 2;

          while (q < end && !g_ascii_isalpha (*q))
            q++;
          piece.length = (guint) (MIN (q + 1, end) - p);
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          piece.length = (guint) (g_utf8_next_char (p) - p);
          piece.width = g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;
          piece.space = c == ' ';
        }
      g_array_append_val (pieces, piece);
      p += piece.length;
    }

  return pieces;
}

/* Appends @line (without its newline) to @out, broken at spaces so that no line is wider than
 * @width, each continuation indented to the line's hanging column: where its text starts after
 * the last gap of two or more spaces in the line's first half (a label's value, a table's
 * column), else the line's own indent. A word wider than the room is cut. */
static void
append_wrapped (GString    *out,
                const char *line,
                const char *end,
                guint       width)
{
  g_autoptr(GArray) pieces = line_pieces (line, end);
  guint total = 0, hang = 0, column = 0, run = 0, start = 0;
  gboolean leading = TRUE;

  for (guint i = 0; i < pieces->len; i++)
    total += g_array_index (pieces, Piece, i).width;
  if (total <= width)
    {
      g_string_append_len (out, line, end - line);
      return;
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->width == 0)
        continue;
      if (piece->space)
        run++;
      else
        {
          if (leading || (run >= 2 && column <= width / 2))
            hang = column;
          leading = FALSE;
          run = 0;
        }
      column += piece->width;
    }
  if (hang + 16 > width)
    hang = 0;

  /* Greedy: as many pieces as fit, broken at the last space. */
  column = 0;
  while (start < pieces->len)
    {
      guint i = start, last_space = G_MAXUINT, used = column;
      gboolean content = FALSE;

      while (i < pieces->len)
        {
          const Piece *piece = &g_array_index (pieces, Piece, i);

          if (used + piece->width > width)
            break;
          if (piece->space && content)
            last_space = i;
          content |= !piece->space && piece->width > 0;
          used += piece->width;
          i++;
        }
      if (i < pieces->len && last_space != G_MAXUINT)
        i = last_space;
      else if (i == start)
        i++;                              /* a piece wider than the room: cut it */
      for (guint k = start; k < i; k++)
        {
          const Piece *piece = &g_array_index (pieces, Piece, k);

          g_string_append_len (out, piece->start, piece->length);
        }
      /* No spaces at the end of a line, none at the start of the next. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      while (i < pieces->len && g_array_index (pieces, Piece, i).space)
        i++;
      start = i;
      if (start < pieces->len)
        {
          g_string_append_c (out, '\n');
          for (guint k = 0; k < hang; k++)
            g_string_append_c (out, ' ');
          column = hang;
        }
    }
}

static GString *
wrapped (GString *text,
         guint    width)
{
  GString *out = g_string_sized_new (text->len + text->len / 8);
  const char *end = text->str + text->len;

  for (const char *line = text->str; line < end;)
    {
      const char *newline = memchr (line, '\n', end - line);
      const char *line_end = newline != NULL ? newline : end;

      append_wrapped (out, line, line_end, width);
      if (newline != NULL)
        g_string_append_c (out, '\n');
      line = newline != NULL ? newline + 1 : end;
    }

  return out;
}

gboolean
tool_write_stdout (GString *out)
{
  g_autoptr(GString) fitted = NULL;

  if (wrap_output && output_width > 0)
    out = fitted = wrapped (out, output_width);
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
      g_autofree char *shortened = NULL;
      const char *cell = cells[c];

      /* The last cell wider than its room wraps, its lines starting at its column. */
      if (c + 1 == last && c + 1 == table->n_columns && tool_text_width (cell) > widths[c])
        {
          g_autoptr(GString) lines = g_string_new (NULL);
          guint start = indent;
          g_auto(GStrv) words = g_strsplit (cell, " ", -1);
          guint used = 0;

          for (guint k = 0; k < c; k++)
            start += widths[k] + 2;
          for (guint w = 0; words[w] != NULL; w++)
            {
              guint word_width = tool_text_width (words[w]);

              if (used > 0 && used + 1 + word_width > widths[c])
                {
                  g_string_append_c (lines, '\n');
                  for (guint k = 0; k < start; k++)
                    g_string_append_c (lines, ' ');
                  used = 0;
                }
              else if (used > 0)
                {
                  g_string_append_c (lines, ' ');
                  used++;
                }
              g_string_append (lines, words[w]);
              used += word_width;
            }
          tool_append_styled (out, style, lines->str);
          continue;
        }
      /* Another cell wider than its column (only when the table was shortened) ends in "…". */
      if (tool_text_width (cell) > widths[c])
        {
          GString *text = g_string_new (NULL);
          guint used = 0;

          for (const char *p = cell; *p != '\0' && used + 1 < widths[c]; p = g_utf8_next_char (p))
            {
              gunichar ch = g_utf8_get_char (p);
              guint w = g_unichar_iswide (ch) ? 2 : 1;

              if (used + w + 1 > widths[c])
                break;
              g_string_append_unichar (text, ch);
              used += w;
            }
          g_string_append (text, "…");
          cell = shortened = g_string_free (text, FALSE);
        }
      if (c + 1 < last)
        {
          tool_append_padded (out, style, cell, widths[c]);
          g_string_append (out, "  ");
        }
      else
        tool_append_styled (out, style, cell);
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

  /* Too wide for the output: the last column (a name, a sentence) wraps in the room left to
   * it, and when that is under 16 columns, the widest of the middle columns are shortened
   * (never below 8, and never the first: the ids). */
  if (output_width > 0 && table->n_columns > 0)
    {
      guint last = table->n_columns - 1;
      guint fixed = indent;

      for (guint c = 0; c < last; c++)
        fixed += widths[c] + 2;
      while (fixed + 16 > output_width)
        {
          guint widest = 0;

          for (guint c = 1; c < last; c++)
            if (widths[c] > 8 && (widest == 0 || widths[c] > widths[widest]))
              widest = c;
          if (widest == 0)
            break;
          widths[widest]--;
          fixed--;
        }
      if (fixed < output_width && widths[last] > output_width - fixed)
        widths[last] = output_width - fixed;
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
