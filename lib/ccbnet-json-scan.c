/* ccbnet-json-scan.c: a strict pre-scan of JSON bytes
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* json-glib 1.6.6 is not safe on hostile input: it recurses without bound and crashes on deep
 * nesting, silently wraps integers beyond 64 bits, cuts strings at `\u0000`, accepts lone
 * surrogate escapes, single quotes, hex and octal numbers, comments, `var x = …`, raw tabs in
 * strings, `\x41`, a second top-level value and empty input, and it goes quadratic on duplicate
 * keys.  The loader therefore runs this scanner over the bytes before json-glib sees them.  In one
 * pass and without recursion it accepts exactly RFC 8259 JSON with a top-level object, valid UTF-8,
 * no `\u0000`, paired surrogate escapes, integers within 64 bits, finite doubles, unique keys and
 * bounded nesting, and it reports the first violation by its line, its column and a message
 * (a CcbnetProblemInfo, which the caller turns into a CcbnetProblem).
 */

#include "ccbnet-i18n-private.h"
#include "ccbnet-json-scan-private.h"

#include <math.h>
#include <string.h>

/* Objects with more keys than this switch from a linear scan to a hash table. */
#define SMALL_OBJECT_KEYS 16

/* The number of characters of a token or key that an error message shows. */
#define EXCERPT_CHARS 20

typedef struct
{
  const char *str;
  gsize len;
  gsize offset;
  gboolean owned;
} ScanKey;

typedef struct
{
  gsize open_offset;
  guint keys_start;
  guint n_keys;
  GHashTable *index;
  GHashTable *glib_hashes;
  gboolean is_object;
} ScanFrame;

typedef struct
{
  const guchar *data;
  const guchar *end;
  guint max_depth;
  ScanFrame *frames;
  guint depth;
  guint frames_size;
  GArray *keys;
  CcbnetProblemInfo *problem;  /* where a failure is described, or NULL */
  /* The outline, when asked for: the arrays at the top level and their elements. */
  GPtrArray *lists;
  CcbnetJsonList *list;      /* the one being scanned */
  const guchar *key_start;   /* the last key at the top level */
  const guchar *key_end;
  gboolean key_escaped;
} Scanner;

/* JSON whitespace. */
static const guint8 is_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

/* Bytes that a string may contain without further checks. */
static const guint8 is_string_plain[256] = {
  [0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7f] = 1,
};

/* Bytes that continue a bare word or a number, for excerpts in error messages. */
static const guint8 is_word_char[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['_'] = 1, ['$'] = 1,
};

static const guint8 is_number_char[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['_'] = 1, ['.'] = 1, ['+'] = 1,
  ['-'] = 1,
};

static inline const guchar *
skip_space (const guchar *p,
            const guchar *end)
{
  while (p < end && is_space[*p])
    p++;

  return p;
}

/* Whether any of the eight bytes in @v is a double quote, a backslash, a control character or a
 * non-ASCII byte. */
static inline gboolean
chunk_is_special (guint64 v)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = v ^ (ones * '"');
  guint64 backslash = v ^ (ones * '\\');
  guint64 control = (v - ones * 0x20) & ~v;

  quote = (quote - ones) & ~quote;
  backslash = (backslash - ones) & ~backslash;

  return ((v | control | quote | backslash) & high) != 0;
}

/* Returns the length of the valid UTF-8 sequence that starts with the non-ASCII byte at @p, or 0
 * if the sequence is invalid: a stray continuation byte, an overlong form, an encoded surrogate, a
 * code point beyond U+10FFFF or a truncated sequence. */
static inline gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  gsize available = end - p;
  guchar c = p[0];
  guchar low = 0x80;
  guchar high = 0xbf;

  if (c >= 0xc2 && c <= 0xdf)
    return (available >= 2 && (p[1] & 0xc0) == 0x80) ? 2 : 0;

  if (c >= 0xe0 && c <= 0xef)
    {
      if (c == 0xe0)
        low = 0xa0;
      else if (c == 0xed)
        high = 0x9f;

      if (available >= 3 && p[1] >= low && p[1] <= high && (p[2] & 0xc0) == 0x80)
        return 3;

      return 0;
    }

  if (c >= 0xf0 && c <= 0xf4)
    {
      if (c == 0xf0)
        low = 0x90;
      else if (c == 0xf4)
        high = 0x8f;

      if (available >= 4 && p[1] >= low && p[1] <= high && (p[2] & 0xc0) == 0x80 &&
          (p[3] & 0xc0) == 0x80)
        return 4;

      return 0;
    }

  return 0;
}

static inline gint
hex_digit_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';

  c |= 0x20;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;

  return -1;
}

/* Returns the value of the four hexadecimal digits at @p, or -1. */
static inline gint32
read_hex4 (const guchar *p,
           const guchar *end)
{
  gint32 value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      gint digit = hex_digit_value (p[i]);

      if (digit < 0)
        return -1;

      value = value * 16 + digit;
    }

  return value;
}

/* Error reporting.  These functions run only once per failed scan, so they may be slow. */

static void
locate (const Scanner *s,
        gsize          offset,
        gsize         *line,
        gsize         *column)
{
  const guchar *at = s->data + offset;
  const guchar *line_start = s->data;
  gsize n = 1;

  for (const guchar *p = s->data; p < at; p++)
    {
      if (*p == '\n' || (*p == '\r' && (p + 1 == s->end || p[1] != '\n')))
        {
          n++;
          line_start = p + 1;
        }
    }

  *line = n;
  *column = 1;
  for (const guchar *p = line_start; p < at; p++)
    {
      if ((*p & 0xc0) != 0x80)
        (*column)++;
    }
}

/* Appends up to @max_chars characters of [@p, @limit) to @out, writing control characters as
 * escapes and stopping at invalid UTF-8, so that the result is always valid UTF-8. */
static void
append_excerpt (GString      *out,
                const guchar *p,
                const guchar *limit,
                guint         max_chars)
{
  for (guint n = 0; p < limit; n++)
    {
      if (n == max_chars)
        {
          g_string_append (out, "…");
          return;
        }

      if (*p < 0x20 || *p == 0x7f)
        {
          g_string_append_printf (out, "\\u%04X", *p);
          p++;
        }
      else if (*p < 0x80)
        {
          g_string_append_c (out, *p);
          p++;
        }
      else
        {
          gsize len = utf8_sequence_length (p, limit);

          if (len == 0)
            return;

          g_string_append_len (out, (const char *) p, len);
          p += len;
        }
    }
}

static char *
excerpt (const guchar *p,
         const guchar *limit)
{
  GString *out = g_string_new (NULL);

  append_excerpt (out, p, limit, EXCERPT_CHARS);

  return g_string_free (out, FALSE);
}

static const guchar *
token_end (const Scanner *s,
           const guchar  *p,
           const guint8  *table)
{
  while (p < s->end && table[*p])
    p++;

  return p;
}

static gboolean scan_error (Scanner            *s,
                            const guchar       *at,
                            CcbnetDatasetError  code,
                            const char         *format,
                            ...) G_GNUC_PRINTF (4, 5);

static gboolean
scan_error (Scanner            *s,
            const guchar       *at,
            CcbnetDatasetError  code,
            const char         *format,
            ...)
{
  g_autofree char *what = NULL;
  gsize line, column;
  va_list args;

  if (s->problem == NULL)
    return FALSE;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (s, at - s->data, &line, &column);
  ccbnet_problem_info_set (s->problem, code, (guint) MIN (line, G_MAXUINT),
                           (guint) MIN (column, G_MAXUINT), "%s", what);

  return FALSE;
}

static gboolean
invalid_utf8_error (Scanner      *s,
                    const guchar *at)
{
  return scan_error (s, at, CCBNET_DATASET_ERROR_ENCODING,
                     _("invalid UTF-8 (byte 0x%02X at offset %lu)"),
                     *at, (gulong) (at - s->data));
}

static gboolean
nul_error (Scanner      *s,
           const guchar *at)
{
  return scan_error (s, at, CCBNET_DATASET_ERROR_ENCODING,
                     _("raw NUL byte (offset %lu) is not allowed"),
                     (gulong) (at - s->data));
}

/* Describes the token at @p for an error message. */
static char *
describe_found (const Scanner *s,
                const guchar  *p)
{
  if (p == s->end)
    return g_strdup (_("unexpected end of input"));

  if (*p == '/' && p + 1 < s->end && (p[1] == '/' || p[1] == '*'))
    return g_strdup (_("unexpected comment"));

  if (g_ascii_isalpha (*p))
    {
      g_autofree char *word = excerpt (p, token_end (s, p, is_word_char));

      return g_strdup_printf (_("unexpected word “%s”"), word);
    }

  if (*p < 0x20 || *p == 0x7f)
    return g_strdup_printf (_("unexpected control character U+%04X"), *p);

  if (*p < 0x80)
    return g_strdup_printf (_("unexpected character “%c”"), *p);

  return g_strdup_printf (_("unexpected character “%.*s” (U+%04X)"),
                          (int) utf8_sequence_length (p, s->end), (const char *) p,
                          g_utf8_get_char ((const char *) p));
}

/* Reports that @p does not hold what the grammar expects there.  A NUL byte or invalid UTF-8 is
 * an encoding error rather than a syntax error. */
static gboolean
unexpected_error (Scanner      *s,
                  const guchar *p,
                  const char   *expected)
{
  g_autofree char *found = NULL;

  if (p < s->end && *p == 0)
    return nul_error (s, p);

  if (p < s->end && *p >= 0x80 && utf8_sequence_length (p, s->end) == 0)
    return invalid_utf8_error (s, p);

  found = describe_found (s, p);

  if (p == s->end && s->depth > 0)
    {
      const ScanFrame *frame = &s->frames[s->depth - 1];
      gsize line, column;

      locate (s, frame->open_offset, &line, &column);

      /* Translators: the first %s says what was found ("unexpected end of input"), the second
       * what was expected ("a JSON value"); then a line and a column. */
      return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                         frame->is_object ? _("%s, expected %s (the object at line %lu, column %lu is not closed)")
                                          : _("%s, expected %s (the array at line %lu, column %lu is not closed)"),
                         found, _(expected), (gulong) line, (gulong) column);
    }

  /* Translators: the first %s says what was found ("unexpected character “x”"), the second
   * what was expected ("a JSON value"). */
  return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX, _("%s, expected %s"), found, _(expected));
}

/* Reports the number at @start with @format, whose one %s is the number as written. */
static gboolean number_error (Scanner            *s,
                              const guchar       *start,
                              CcbnetDatasetError  code,
                              const char         *format) G_GNUC_PRINTF (4, 0);

static gboolean
number_error (Scanner            *s,
              const guchar       *start,
              CcbnetDatasetError  code,
              const char         *format)
{
  g_autofree char *token = excerpt (start, token_end (s, start, is_number_char));
  gboolean result;

  /* The format is checked where it is written (G_GNUC_PRINTF (4, 0)): a literal with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = scan_error (s, start, code, format, token);
#pragma GCC diagnostic pop

  return result;
}

static gboolean
control_character_error (Scanner      *s,
                         const guchar *at)
{
  static const char *const short_escapes[0x20] = {
    ['\b'] = "\\b", ['\t'] = "\\t", ['\n'] = "\\n", ['\f'] = "\\f", ['\r'] = "\\r",
  };
  char escape[8];

  if (*at == 0)
    return nul_error (s, at);

  if (short_escapes[*at] != NULL)
    g_strlcpy (escape, short_escapes[*at], sizeof escape);
  else
    g_snprintf (escape, sizeof escape, "\\u%04X", *at);

  return scan_error (s, at, CCBNET_DATASET_ERROR_ENCODING,
                     _("raw control character U+%04X in a string, expected the escape “%s”"),
                     *at, escape);
}

/* Scanning. */

static gboolean
unicode_escape_error (Scanner      *s,
                      const guchar *backslash)
{
  const guchar *p = backslash + 2;
  g_autofree char *text = NULL;

  while (p < s->end && p < backslash + 6 && hex_digit_value (*p) >= 0)
    p++;

  /* A raw control character or invalid UTF-8 in place of a digit is an encoding error of its own;
   * otherwise show the escape up to and including the first character that is not a digit. */
  if (p < s->end && p < backslash + 6)
    {
      if (*p < 0x20)
        return control_character_error (s, p);
      if (*p >= 0x80 && utf8_sequence_length (p, s->end) == 0)
        return invalid_utf8_error (s, p);
      if (*p < 0x7f && *p != '"')
        p++;
    }

  text = excerpt (backslash, p);

  return scan_error (s, backslash, CCBNET_DATASET_ERROR_SYNTAX,
                     _("invalid escape “%s”, expected four hexadecimal digits after “\\u”"), text);
}

static gboolean
surrogate_error (Scanner      *s,
                 const guchar *backslash,
                 gboolean      high)
{
  g_autofree char *text = excerpt (backslash, backslash + 6);

  if (high)
    return scan_error (s, backslash, CCBNET_DATASET_ERROR_ENCODING,
                       _("lone high surrogate escape “%s”, expected a low surrogate escape "
                       "(\\uDC00–\\uDFFF) right after it"), text);

  return scan_error (s, backslash, CCBNET_DATASET_ERROR_ENCODING,
                     _("lone low surrogate escape “%s”, expected a high surrogate escape "
                     "(\\uD800–\\uDBFF) right before it"), text);
}

/* Checks the escape that starts with the backslash at @p inside the string that starts at
 * @quote, and returns the position after it, or %NULL on error. */
static const guchar *
scan_escape (Scanner      *s,
             const guchar *quote,
             const guchar *p)
{
  const guchar *end = s->end;
  gint32 unit;

  if (end - p < 2)
    {
      scan_error (s, quote, CCBNET_DATASET_ERROR_SYNTAX,
                  _("unterminated string, expected a closing “\"”"));
      return NULL;
    }

  switch (p[1])
    {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      return p + 2;

    case 'u':
      break;

    default:
      if (p[1] < 0x20)
        control_character_error (s, p + 1);
      else if (p[1] >= 0x80 && utf8_sequence_length (p + 1, end) == 0)
        invalid_utf8_error (s, p + 1);
      else
        {
          g_autofree char *text = excerpt (p, p + 1 + MAX (1, utf8_sequence_length (p + 1, end)));

          scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                      _("invalid escape “%s”, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                      "\\uXXXX"), text);
        }
      return NULL;
    }

  unit = read_hex4 (p + 2, end);
  if (unit < 0)
    {
      unicode_escape_error (s, p);
      return NULL;
    }

  if (unit == 0)
    {
      g_autofree char *text = excerpt (p, p + 6);

      scan_error (s, p, CCBNET_DATASET_ERROR_ENCODING,
                  _("escape “%s” (U+0000) is not allowed"), text);
      return NULL;
    }

  if (unit >= 0xdc00 && unit <= 0xdfff)
    {
      surrogate_error (s, p, FALSE);
      return NULL;
    }

  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      if (end - p >= 8 && p[6] == '\\' && p[7] == 'u')
        {
          gint32 low = read_hex4 (p + 8, end);

          if (low < 0)
            {
              unicode_escape_error (s, p + 6);
              return NULL;
            }

          if (low >= 0xdc00 && low <= 0xdfff)
            return p + 12;
        }

      surrogate_error (s, p, TRUE);
      return NULL;
    }

  return p + 6;
}

/* Checks the string that starts with the double quote at @p and returns the position after its
 * closing quote, or %NULL on error.  Sets @escaped if the string contains a backslash. */
static const guchar *
scan_string (Scanner      *s,
             const guchar *p,
             gboolean     *escaped)
{
  const guchar *end = s->end;
  const guchar *quote = p++;

  *escaped = FALSE;

  for (;;)
    {
      gsize len;

      while (end - p >= 8)
        {
          guint64 chunk;

          memcpy (&chunk, p, sizeof chunk);
          if (chunk_is_special (chunk))
            break;
          p += 8;
        }

      while (p < end && is_string_plain[*p])
        p++;

      if (G_UNLIKELY (p == end))
        {
          scan_error (s, quote, CCBNET_DATASET_ERROR_SYNTAX,
                      _("unterminated string, expected a closing “\"”"));
          return NULL;
        }

      if (*p == '"')
        return p + 1;

      if (*p == '\\')
        {
          p = scan_escape (s, quote, p);
          if (p == NULL)
            return NULL;
          *escaped = TRUE;
          continue;
        }

      if (*p < 0x20)
        {
          control_character_error (s, p);
          return NULL;
        }

      len = utf8_sequence_length (p, end);
      if (G_UNLIKELY (len == 0))
        {
          invalid_utf8_error (s, p);
          return NULL;
        }
      p += len;
    }
}

/* Checks the number at @p and returns the position after it, or %NULL on error. */
static const guchar *
scan_number (Scanner      *s,
             const guchar *p)
{
  const guchar *end = s->end;
  const guchar *start = p;
  const guchar *digits;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gboolean exponent_negative = FALSE;
  gint64 exponent = 0;
  gsize n_digits;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  digits = p;
  if (p == end || !g_ascii_isdigit (*p))
    {
      number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                    _("invalid number “%s”, expected a digit after “-”"));
      return NULL;
    }

  if (*p == '0')
    {
      p++;
      if (p < end && g_ascii_isdigit (*p))
        {
          number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                        _("leading zero in number “%s”, expected a number without leading zeros"));
          return NULL;
        }
      if (p < end && (*p == 'x' || *p == 'X'))
        {
          number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                        _("hexadecimal number “%s”, expected a decimal number"));
          return NULL;
        }
    }
  else
    {
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  n_digits = p - digits;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      if (p == end || !g_ascii_isdigit (*p))
        {
          number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                        _("incomplete number “%s”, expected a digit after “.”"));
          return NULL;
        }
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        {
          exponent_negative = (*p == '-');
          p++;
        }
      if (p == end || !g_ascii_isdigit (*p))
        {
          number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                        _("incomplete number “%s”, expected a digit in the exponent"));
          return NULL;
        }
      while (p < end && g_ascii_isdigit (*p))
        {
          /* Saturate: any exponent this large decides the magnitude on its own. */
          if (exponent < 100000000)
            exponent = exponent * 10 + (*p - '0');
          p++;
        }
    }

  if (p < end && is_number_char[*p])
    {
      number_error (s, start, CCBNET_DATASET_ERROR_SYNTAX,
                    _("invalid number “%s”, expected a JSON number"));
      return NULL;
    }

  if (integer)
    {
      const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

      if (n_digits > 19 || (n_digits == 19 && memcmp (digits, limit, 19) > 0))
        {
          number_error (s, start, CCBNET_DATASET_ERROR_NUMBER,
                        _("integer “%s” is out of the signed 64-bit range"));
          return NULL;
        }
    }
  else
    {
      /* A rough decimal magnitude: only numbers near or beyond the range of a double (about
       * 1.8e308) need an exact check. */
      gint64 magnitude = (gint64) MIN (n_digits, (gsize) G_MAXINT32) +
                         (exponent_negative ? -exponent : exponent);

      if (magnitude > 300)
        {
          g_autofree char *copy = g_strndup ((const char *) start, p - start);

          if (isinf (g_ascii_strtod (copy, NULL)))
            {
              number_error (s, start, CCBNET_DATASET_ERROR_NUMBER,
                            _("number “%s” is out of the range of a double"));
              return NULL;
            }
        }
    }

  return p;
}

/* Duplicate keys. */

static guint64 hash_key[2];

static void
ensure_hash_key (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (hash_key); i++)
        hash_key[i] = ((guint64) g_random_int () << 32) | g_random_int ();
      g_once_init_leave (&initialized, 1);
    }
}

#define ROTATE_LEFT(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

#define SIP_ROUND(v0, v1, v2, v3)               \
  G_STMT_START {                                \
    v0 += v1;                                   \
    v1 = ROTATE_LEFT (v1, 13);                  \
    v1 ^= v0;                                   \
    v0 = ROTATE_LEFT (v0, 32);                  \
    v2 += v3;                                   \
    v3 = ROTATE_LEFT (v3, 16);                  \
    v3 ^= v2;                                   \
    v0 += v3;                                   \
    v3 = ROTATE_LEFT (v3, 21);                  \
    v3 ^= v0;                                   \
    v2 += v1;                                   \
    v1 = ROTATE_LEFT (v1, 17);                  \
    v1 ^= v2;                                   \
    v2 = ROTATE_LEFT (v2, 32);                  \
  } G_STMT_END

/* SipHash-1-3 with a random key per process, so that hostile input cannot make every key of an
 * object fall into the same bucket (g_str_hash() has seed-independent collisions). */
static guint
ccbnet_str_hash (gconstpointer key)
{
  const guchar *p = key;
  gsize len = strlen (key);
  guint64 v0 = hash_key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575);
  guint64 v1 = hash_key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d);
  guint64 v2 = hash_key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261);
  guint64 v3;

  ensure_hash_key ();
  v3 = hash_key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573);
  guint64 last = (guint64) len << 56;
  gsize i;

  for (i = 0; i + 8 <= len; i += 8)
    {
      guint64 m;

      memcpy (&m, p + i, sizeof m);
      m = GUINT64_FROM_LE (m);
      v3 ^= m;
      SIP_ROUND (v0, v1, v2, v3);
      v0 ^= m;
    }

  for (guint shift = 0; i < len; i++, shift += 8)
    last |= (guint64) p[i] << shift;

  v3 ^= last;
  SIP_ROUND (v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);
  SIP_ROUND (v0, v1, v2, v3);

  return (guint) (v0 ^ v1 ^ v2 ^ v3);
}

/* Returns the unescaped, NUL-terminated text of the string body [@p, @end), which scan_string()
 * has already checked. */
static char *
unescape_key (const guchar *p,
              const guchar *end,
              gsize        *length)
{
  char *out = g_malloc (end - p + 1);
  char *o = out;

  while (p < end)
    {
      gunichar c;

      if (*p != '\\')
        {
          *o++ = *p++;
          continue;
        }

      switch (p[1])
        {
        case 'b':
          c = '\b';
          break;
        case 'f':
          c = '\f';
          break;
        case 'n':
          c = '\n';
          break;
        case 'r':
          c = '\r';
          break;
        case 't':
          c = '\t';
          break;
        case 'u':
          c = read_hex4 (p + 2, end);
          if (c >= 0xd800 && c <= 0xdbff)
            {
              c = 0x10000 + ((c - 0xd800) << 10) + (read_hex4 (p + 8, end) - 0xdc00);
              p += 6;
            }
          p += 4;
          break;
        default:
          c = p[1];
          break;
        }

      p += 2;
      o += g_unichar_to_utf8 (c, o);
    }

  *o = '\0';
  *length = o - out;

  return out;
}

static gboolean
duplicate_key_error (Scanner      *s,
                     const guchar *quote,
                     const char   *key,
                     gsize         key_len,
                     gsize         first_offset)
{
  g_autofree char *text = excerpt ((const guchar *) key, (const guchar *) key + key_len);
  gsize line, column;

  locate (s, first_offset, &line, &column);

  return scan_error (s, quote, CCBNET_DATASET_ERROR_DUPLICATE_KEY,
                     _("duplicate key “%s” in this object (first at line %lu, column %lu)"),
                     text, (gulong) line, (gulong) column);
}

static void
release_keys (Scanner *s,
              guint    start)
{
  for (guint i = start; i < s->keys->len; i++)
    {
      ScanKey *key = &g_array_index (s->keys, ScanKey, i);

      if (key->owned)
        g_free ((char *) key->str);
    }

  g_array_set_size (s->keys, start);
}

static guint
count_glib_hash (ScanFrame  *frame,
                 const char *key)
{
  guint h = g_str_hash (key);
  guint n;

  if (frame->glib_hashes == NULL)
    frame->glib_hashes = g_hash_table_new (NULL, NULL);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (frame->glib_hashes, GUINT_TO_POINTER (h))) + 1;
  g_hash_table_insert (frame->glib_hashes, GUINT_TO_POINTER (h), GUINT_TO_POINTER (n));

  return n;
}

/* Moves the keys of @frame from the key stack into a new hash table. */
static void
index_keys (Scanner   *s,
            ScanFrame *frame)
{
  ensure_hash_key ();
  frame->index = g_hash_table_new_full (ccbnet_str_hash, g_str_equal, g_free, NULL);

  for (guint i = frame->keys_start; i < s->keys->len; i++)
    {
      ScanKey *key = &g_array_index (s->keys, ScanKey, i);
      char *copy = key->owned ? (char *) key->str : g_strndup (key->str, key->len);

      g_hash_table_insert (frame->index, copy, GSIZE_TO_POINTER (key->offset));
      count_glib_hash (frame, copy);
    }

  g_array_set_size (s->keys, frame->keys_start);
}

/* Records the key of the string [@quote, @after) in the innermost object, or reports it as a
 * duplicate. */
static gboolean
check_key (Scanner      *s,
           const guchar *quote,
           const guchar *after,
           gboolean      escaped)
{
  ScanFrame *frame = &s->frames[s->depth - 1];
  const char *str = (const char *) quote + 1;
  gsize len = after - quote - 2;
  gsize offset = quote - s->data;
  char *owned = NULL;

  if (escaped)
    {
      owned = unescape_key (quote + 1, after - 1, &len);
      str = owned;
    }

  if (frame->index == NULL)
    {
      const ScanKey *keys = &g_array_index (s->keys, ScanKey, frame->keys_start);

      for (guint i = 0; i < frame->n_keys; i++)
        {
          if (keys[i].len == len && memcmp (keys[i].str, str, len) == 0)
            {
              duplicate_key_error (s, quote, str, len, keys[i].offset);
              g_free (owned);
              return FALSE;
            }
        }

      if (frame->n_keys < SMALL_OBJECT_KEYS)
        {
          ScanKey key = { str, len, offset, owned != NULL };

          g_array_append_val (s->keys, key);
          frame->n_keys++;
          return TRUE;
        }

      index_keys (s, frame);
    }
  else
    {
      gpointer first_offset;

      if (owned == NULL)
        owned = g_strndup (str, len);

      if (g_hash_table_lookup_extended (frame->index, owned, NULL, &first_offset))
        {
          duplicate_key_error (s, quote, owned, len, GPOINTER_TO_SIZE (first_offset));
          g_free (owned);
          return FALSE;
        }
    }

  if (owned == NULL)
    owned = g_strndup (str, len);
  g_hash_table_insert (frame->index, owned, GSIZE_TO_POINTER (offset));
  frame->n_keys++;
  if (count_glib_hash (frame, owned) > 8)
    return scan_error (s, quote, CCBNET_DATASET_ERROR_LIMIT,
                       _("too many keys in this object share one hash value"));

  return TRUE;
}

/* Nesting. */

static inline gboolean
push (Scanner      *s,
      const guchar *p,
      gboolean      is_object)
{
  ScanFrame *frame;

  if (G_UNLIKELY (s->depth >= s->max_depth))
    return scan_error (s, p, CCBNET_DATASET_ERROR_LIMIT,
                       ccbnet_ngettext ("nesting deeper than %u level", "nesting deeper than %u levels",
                                        s->max_depth), s->max_depth);

  if (G_UNLIKELY (s->depth == s->frames_size))
    {
      gsize size = MAX (16, (gsize) s->frames_size * 2);

      s->frames_size = MIN (size, s->max_depth);
      s->frames = g_renew (ScanFrame, s->frames, s->frames_size);
    }

  frame = &s->frames[s->depth++];
  frame->is_object = is_object;
  frame->open_offset = p - s->data;
  frame->keys_start = s->keys->len;
  frame->n_keys = 0;
  frame->index = NULL;
  frame->glib_hashes = NULL;

  return TRUE;
}

static inline void
pop (Scanner *s)
{
  ScanFrame *frame = &s->frames[--s->depth];

  if (frame->is_object)
    {
      g_clear_pointer (&frame->index, g_hash_table_destroy);
      g_clear_pointer (&frame->glib_hashes, g_hash_table_destroy);
      if (frame->keys_start < s->keys->len)
        release_keys (s, frame->keys_start);
    }
}

static inline gboolean
is_literal (const Scanner *s,
            const guchar  *p,
            const char    *literal,
            gsize          len)
{
  return (gsize) (s->end - p) >= len && memcmp (p, literal, len) == 0 &&
         (p + len == s->end || !is_word_char[p[len]]);
}

static gboolean
top_level_error (Scanner      *s,
                 const guchar *p)
{
  const char *found = NULL;

  if (*p == '[')
    found = N_("unexpected array");
  else if (*p == '"')
    found = N_("unexpected string");
  else if (*p == '-' || g_ascii_isdigit (*p))
    found = N_("unexpected number");
  else if (is_literal (s, p, "true", 4))
    found = N_("unexpected “true”");
  else if (is_literal (s, p, "false", 5))
    found = N_("unexpected “false”");
  else if (is_literal (s, p, "null", 4))
    found = N_("unexpected “null”");

  if (found != NULL)
    /* Translators: %s says what was found, such as "unexpected array". */
    return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                       _("%s, expected an object at the top level"), _(found));

  return unexpected_error (s, p, N_("an object at the top level"));
}

static gboolean
value_error (Scanner      *s,
             const guchar *p,
             const char   *expected)
{
  if (p < s->end && (*p == '+' || *p == '.'))
    return number_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                         _("invalid number “%s”, expected a number that starts with a digit or “-”"));

  if (p < s->end && *p == '\'')
    return unexpected_error (s, p, N_("a string in double quotes"));

  return unexpected_error (s, p, expected);
}

static gboolean
scan_document (Scanner *s)
{
  const guchar *p = s->data;
  const guchar *end = s->end;
  const guchar *start;
  const char *value_expected = NULL;
  const char *key_expected = NULL;
  gboolean escaped;

  if (end - p >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
    return scan_error (s, p, CCBNET_DATASET_ERROR_ENCODING,
                       _("byte-order mark is not allowed, expected “{”"));

  p = skip_space (p, end);
  if (p == end)
    return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                       _("expected a JSON value, found end of input"));
  if (*p != '{')
    return top_level_error (s, p);

value:
  /* @p is at the first byte of a value, after any whitespace. */
  if (G_UNLIKELY (p == end))
    return value_error (s, p, value_expected);
  if (s->list != NULL && s->depth == 2)
    {
      guint32 offset = p - s->data;

      g_array_append_val (s->list->elements, offset);
    }

  switch (*p)
    {
    case '{':
      if (!push (s, p, TRUE))
        return FALSE;
      p = skip_space (p + 1, end);
      if (p < end && *p == '}')
        {
          pop (s);
          p++;
          goto after_value;
        }
      key_expected = N_("a string in double quotes or “}”");
      goto key;

    case '[':
      if (s->lists != NULL && s->depth == 1)
        {
          s->list = g_new0 (CcbnetJsonList, 1);
          s->list->key_start = s->key_start - s->data;
          s->list->key_end = s->key_end - s->data;
          s->list->key_escaped = s->key_escaped;
          s->list->open = p - s->data;
          s->list->elements = g_array_new (FALSE, FALSE, sizeof (guint32));
          g_ptr_array_add (s->lists, s->list);
        }
      if (!push (s, p, FALSE))
        return FALSE;
      p = skip_space (p + 1, end);
      if (p < end && *p == ']')
        {
          pop (s);
          p++;
          goto after_value;
        }
      value_expected = N_("a JSON value or “]”");
      goto value;

    case '"':
      p = scan_string (s, p, &escaped);
      if (p == NULL)
        return FALSE;
      goto after_value;

    case '-':
    case '0' ... '9':
      p = scan_number (s, p);
      if (p == NULL)
        return FALSE;
      goto after_value;

    case 't':
      if (!is_literal (s, p, "true", 4))
        return value_error (s, p, value_expected);
      p += 4;
      goto after_value;

    case 'f':
      if (!is_literal (s, p, "false", 5))
        return value_error (s, p, value_expected);
      p += 5;
      goto after_value;

    case 'n':
      if (!is_literal (s, p, "null", 4))
        return value_error (s, p, value_expected);
      p += 4;
      goto after_value;

    default:
      return value_error (s, p, value_expected);
    }

after_value:
  if (s->list != NULL && s->depth <= 2)
    {
      guint32 offset = p - s->data;

      if (s->depth == 2)
        g_array_append_val (s->list->elements, offset);
      else
        {
          s->list->close = offset;
          s->list = NULL;
        }
    }
  p = skip_space (p, end);

  if (G_UNLIKELY (s->depth == 0))
    {
      if (p == end)
        return TRUE;
      if (*p == 0)
        return nul_error (s, p);
      if (*p >= 0x80 && utf8_sequence_length (p, end) == 0)
        return invalid_utf8_error (s, p);
      return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                         _("unexpected data after the top-level value, expected end of input"));
    }

  if (s->frames[s->depth - 1].is_object)
    {
      if (p < end && *p == ',')
        {
          p = skip_space (p + 1, end);
          if (p < end && *p == '}')
            return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                               _("unexpected “}” after “,”, expected a string in double quotes"));
          key_expected = N_("a string in double quotes");
          goto key;
        }
      if (p < end && *p == '}')
        {
          pop (s);
          p++;
          goto after_value;
        }
      return unexpected_error (s, p, N_("“,” or “}”"));
    }
  else
    {
      if (p < end && *p == ',')
        {
          p = skip_space (p + 1, end);
          if (p < end && *p == ']')
            return scan_error (s, p, CCBNET_DATASET_ERROR_SYNTAX,
                               _("unexpected “]” after “,”, expected a JSON value"));
          value_expected = N_("a JSON value");
          goto value;
        }
      if (p < end && *p == ']')
        {
          pop (s);
          p++;
          goto after_value;
        }
      return unexpected_error (s, p, N_("“,” or “]”"));
    }

key:
  /* @p is at the first byte of a key, after any whitespace. */
  if (G_UNLIKELY (p == end || *p != '"'))
    return unexpected_error (s, p, key_expected);

  start = p;
  p = scan_string (s, p, &escaped);
  if (p == NULL || !check_key (s, start, p, escaped))
    return FALSE;
  if (s->depth == 1)
    {
      s->key_start = start + 1;
      s->key_end = p - 1;
      s->key_escaped = escaped;
    }

  p = skip_space (p, end);
  if (G_UNLIKELY (p == end || *p != ':'))
    return unexpected_error (s, p, N_("“:”"));

  p = skip_space (p + 1, end);
  value_expected = N_("a JSON value");
  goto value;
}

/*
 * ccbnet_json_scan:
 * @data: (array length=length) (nullable): the bytes of a JSON document
 * @length: the number of bytes in @data
 * @max_depth: the deepest nesting allowed; the top-level object is at depth 1
 * @problem: (nullable): where to describe the first violation: its code (a
 *   %CCBNET_DATASET_ERROR), line, column and message; the caller sets its filename
 *
 * Checks that @data is strict JSON as the dataset format requires, before a JSON library parses
 * it: RFC 8259 grammar with an object at the top level, valid UTF-8 without a byte-order mark,
 * no raw control characters in strings, no `\u0000`, surrogate escapes only as pairs, integers
 * within the signed 64-bit range, numbers within the range of a double, no duplicate keys in an
 * object, and nesting no deeper than @max_depth.
 *
 * The scan takes one pass, does not recurse and allocates only for the keys of large objects and
 * for keys that contain escapes. Lines and columns count from 1; columns count characters.
 *
 * Returns: %TRUE if @data is acceptable
 */
gboolean
ccbnet_json_scan (const char        *data,
                  gsize              length,
                  guint              max_depth,
                  CcbnetProblemInfo *problem)
{
  return ccbnet_json_scan_outline (data, length, max_depth, NULL, problem);
}

void
ccbnet_json_list_free (CcbnetJsonList *list)
{
  g_array_unref (list->elements);
  g_free (list);
}

/*
 * ccbnet_json_scan_outline:
 * @lists: (nullable) (element-type CcbnetJsonList): where to add the arrays found at the top
 *   level, in document order; it must free its elements with ccbnet_json_list_free()
 *
 * ccbnet_json_scan(), also reporting where the arrays at the top level and their elements lie
 * (when @data is valid; @length must then be less than 4 GiB).
 */
gboolean
ccbnet_json_scan_outline (const char        *data,
                          gsize              length,
                          guint              max_depth,
                          GPtrArray         *lists,
                          CcbnetProblemInfo *problem)
{
  Scanner s = { 0, };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (lists == NULL || length < G_MAXUINT32, FALSE);

  s.data = (const guchar *) (data != NULL ? data : "");
  s.end = s.data + length;
  s.max_depth = max_depth;
  s.keys = g_array_sized_new (FALSE, FALSE, sizeof (ScanKey), 64);
  s.problem = problem;
  s.lists = lists;

  ok = scan_document (&s);

  while (s.depth > 0)
    pop (&s);
  g_free (s.frames);
  release_keys (&s, 0);
  g_array_unref (s.keys);

  return ok;
}
