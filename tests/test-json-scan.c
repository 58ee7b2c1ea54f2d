/* test-json-scan.c: tests of the strict JSON pre-scan
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "ccbnet-json-scan-private.h"

#define MAX_DEPTH 64

typedef struct
{
  const char *path;
  const char *input;
  gssize length;              /* -1 for strlen () */
  guint max_depth;            /* 0 for MAX_DEPTH */
  CcbnetDatasetError code;
  const char *location;       /* the expected start of the message, "<data>:LINE:COLUMN:" */
  const char *message;        /* NULL, or the expected rest of the message after the location */
} BadCase;

typedef struct
{
  const char *path;
  const char *input;
  gssize length;
  guint max_depth;
} GoodCase;

/* Scans @data as the loader does, and turns the problem it reports into an error the way a
 * registry does at the last moment: through a CcbnetProblem, so that the messages below are the
 * ones users see. */
static gboolean
scan_named (const char  *data,
            gsize        length,
            const char  *filename,
            guint        max_depth,
            GError     **error)
{
  CcbnetProblemInfo info = { .filename = filename };
  g_autoptr(CcbnetProblem) problem = NULL;

  if (ccbnet_json_scan (data, length, max_depth, &info))
    {
      g_assert_null (info.message);
      return TRUE;
    }

  /* A problem in the bytes always has a place, and never a JSON path. */
  g_assert_nonnull (info.message);
  g_assert_cmpuint (info.line, >, 0);
  g_assert_cmpuint (info.column, >, 0);
  g_assert_null (info.path);
  problem = ccbnet_problem_new_from_info (&info);
  ccbnet_problem_info_clear (&info);
  g_propagate_error (error, ccbnet_problem_to_error (problem));

  return FALSE;
}

/* Scans a copy of @input in a buffer of exactly its length, so that the sanitizers and valgrind
 * catch any read past the end. */
static gboolean
scan (const char *input,
      gssize      length,
      guint       max_depth,
      GError    **error)
{
  gsize len = length < 0 ? strlen (input) : (gsize) length;
  g_autofree char *copy = g_memdup2 (input, len);

  return scan_named (copy, len, NULL, max_depth > 0 ? max_depth : MAX_DEPTH, error);
}

static void
assert_location (const GError *error,
                 const char   *location,
                 const char   *message)
{
  g_autofree char *prefix = NULL;

  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  prefix = g_strndup (error->message, strlen (location));
  g_assert_cmpstr (prefix, ==, location);

  if (message != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("%s %s", location, message);

      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  ok = scan (c->input, c->length, c->max_depth, &error);
  g_assert_error (error, CCBNET_DATASET_ERROR, (gint) c->code);
  g_assert_false (ok);
  assert_location (error, c->location, c->message);
  g_test_message ("%s", error->message);
}

static void
test_good (gconstpointer data)
{
  const GoodCase *c = data;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  ok = scan (c->input, c->length, c->max_depth, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

#define SYNTAX CCBNET_DATASET_ERROR_SYNTAX
#define ENCODING CCBNET_DATASET_ERROR_ENCODING
#define LIMIT CCBNET_DATASET_ERROR_LIMIT
#define NUMBER CCBNET_DATASET_ERROR_NUMBER
#define DUPLICATE CCBNET_DATASET_ERROR_DUPLICATE_KEY

static const BadCase bad_cases[] = {
  /* Syntax. */
  { "/json-scan/syntax/empty", "", -1, 0, SYNTAX, "<data>:1:1:",
    "expected a JSON value, found end of input" },
  { "/json-scan/syntax/whitespace-only", " \n\t ", -1, 0, SYNTAX, "<data>:2:3:",
    "expected a JSON value, found end of input" },
  { "/json-scan/syntax/single-quotes", "{\n  'name': 1\n}", -1, 0, SYNTAX, "<data>:2:3:",
    "unexpected character “'”, expected a string in double quotes or “}”" },
  { "/json-scan/syntax/single-quoted-value", "{\"a\": 'b'}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected character “'”, expected a string in double quotes" },
  { "/json-scan/syntax/line-comment", "{\n  // note\n  \"a\": 1\n}", -1, 0, SYNTAX, "<data>:2:3:",
    "unexpected comment, expected a string in double quotes or “}”" },
  { "/json-scan/syntax/block-comment", "{\"a\": /* x */ 1}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected comment, expected a JSON value" },
  { "/json-scan/syntax/hex-number", "{\"a\": 0x1F}", -1, 0, SYNTAX, "<data>:1:7:",
    "hexadecimal number “0x1F”, expected a decimal number" },
  { "/json-scan/syntax/leading-zero", "{\"a\": 012}", -1, 0, SYNTAX, "<data>:1:7:",
    "leading zero in number “012”, expected a number without leading zeros" },
  { "/json-scan/syntax/negative-leading-zero", "{\"a\": -01}", -1, 0, SYNTAX, "<data>:1:7:",
    NULL },
  { "/json-scan/syntax/plus-sign", "{\"a\": +1}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “+1”, expected a number that starts with a digit or “-”" },
  { "/json-scan/syntax/leading-dot", "{\"a\": .5}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “.5”, expected a number that starts with a digit or “-”" },
  { "/json-scan/syntax/trailing-dot", "{\"a\": 1.}", -1, 0, SYNTAX, "<data>:1:7:",
    "incomplete number “1.”, expected a digit after “.”" },
  { "/json-scan/syntax/empty-exponent", "{\"a\": 1e+}", -1, 0, SYNTAX, "<data>:1:7:",
    "incomplete number “1e+”, expected a digit in the exponent" },
  { "/json-scan/syntax/lone-minus", "{\"a\": -}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “-”, expected a digit after “-”" },
  { "/json-scan/syntax/nan", "{\"a\": NaN}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected word “NaN”, expected a JSON value" },
  { "/json-scan/syntax/infinity", "{\"a\": Infinity}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected word “Infinity”, expected a JSON value" },
  { "/json-scan/syntax/negative-infinity", "{\"a\": -Infinity}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “-Infinity”, expected a digit after “-”" },
  { "/json-scan/syntax/number-suffix", "{\"a\": 12abc}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “12abc”, expected a JSON number" },
  { "/json-scan/syntax/two-dots", "{\"a\": 1.5.3}", -1, 0, SYNTAX, "<data>:1:7:",
    "invalid number “1.5.3”, expected a JSON number" },
  { "/json-scan/syntax/truncated-literal", "{\"a\": tru}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected word “tru”, expected a JSON value" },
  { "/json-scan/syntax/capitalized-literal", "{\"a\": True}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected word “True”, expected a JSON value" },
  { "/json-scan/syntax/literal-suffix", "{\"a\": nullx}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected word “nullx”, expected a JSON value" },
  { "/json-scan/syntax/undefined", "{\"a\": undefined}", -1, 0, SYNTAX, "<data>:1:7:", NULL },
  { "/json-scan/syntax/trailing-comma-object", "{\"a\": 1,}", -1, 0, SYNTAX, "<data>:1:9:",
    "unexpected “}” after “,”, expected a string in double quotes" },
  { "/json-scan/syntax/trailing-comma-array", "{\"a\": [1, 2,]}", -1, 0, SYNTAX, "<data>:1:13:",
    "unexpected “]” after “,”, expected a JSON value" },
  { "/json-scan/syntax/double-comma", "{\"😀\": [1,, 2]}", -1, 0, SYNTAX, "<data>:1:10:",
    "unexpected character “,”, expected a JSON value" },
  { "/json-scan/syntax/var", "var x = {\"a\": 1};", -1, 0, SYNTAX, "<data>:1:1:",
    "unexpected word “var”, expected an object at the top level" },
  { "/json-scan/syntax/escape-x", "{\"a\": \"\\x41\"}", -1, 0, SYNTAX, "<data>:1:8:",
    "invalid escape “\\x”, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX" },
  { "/json-scan/syntax/escape-apostrophe", "{\"a\": \"\\'\"}", -1, 0, SYNTAX, "<data>:1:8:",
    NULL },
  { "/json-scan/syntax/escape-unicode-bad-hex", "{\"a\": \"\\u12G4\"}", -1, 0, SYNTAX,
    "<data>:1:8:", "invalid escape “\\u12G”, expected four hexadecimal digits after “\\u”" },
  { "/json-scan/syntax/escape-unicode-short", "{\"a\": \"\\u12\"}", -1, 0, SYNTAX,
    "<data>:1:8:", "invalid escape “\\u12”, expected four hexadecimal digits after “\\u”" },
  { "/json-scan/syntax/escape-high-surrogate-then-bad-hex", "{\"a\": \"\\ud800\\u12\"}", -1, 0,
    SYNTAX, "<data>:1:14:", NULL },
  { "/json-scan/syntax/unterminated-string", "{\"a\": \"abc", -1, 0, SYNTAX, "<data>:1:7:",
    "unterminated string, expected a closing “\"”" },
  { "/json-scan/syntax/unterminated-escape", "{\"a\": \"\\", -1, 0, SYNTAX, "<data>:1:7:",
    "unterminated string, expected a closing “\"”" },
  { "/json-scan/syntax/unterminated-object", "{\n  \"a\": 1", -1, 0, SYNTAX, "<data>:2:9:",
    "unexpected end of input, expected “,” or “}” (the object at line 1, column 1 is not closed)" },
  { "/json-scan/syntax/unterminated-array", "{\"a\": [1, 2", -1, 0, SYNTAX, "<data>:1:12:",
    "unexpected end of input, expected “,” or “]” (the array at line 1, column 7 is not closed)" },
  { "/json-scan/syntax/unterminated-after-colon", "{\"a\":", -1, 0, SYNTAX, "<data>:1:6:",
    "unexpected end of input, expected a JSON value "
    "(the object at line 1, column 1 is not closed)" },
  { "/json-scan/syntax/unterminated-open-brace", "{", -1, 0, SYNTAX, "<data>:1:2:", NULL },
  { "/json-scan/syntax/missing-value", "{\"a\": }", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected character “}”, expected a JSON value" },
  { "/json-scan/syntax/missing-colon", "{\"a\" 1}", -1, 0, SYNTAX, "<data>:1:6:",
    "unexpected character “1”, expected “:”" },
  { "/json-scan/syntax/missing-comma", "{\"a\": 1 \"b\": 2}", -1, 0, SYNTAX, "<data>:1:9:",
    "unexpected character “\"”, expected “,” or “}”" },
  { "/json-scan/syntax/missing-comma-array", "{\"a\": [1 2]}", -1, 0, SYNTAX, "<data>:1:10:",
    "unexpected character “2”, expected “,” or “]”" },
  { "/json-scan/syntax/unquoted-key", "{a: 1}", -1, 0, SYNTAX, "<data>:1:2:",
    "unexpected word “a”, expected a string in double quotes or “}”" },
  { "/json-scan/syntax/mismatched-bracket", "{\"a\": [1}", -1, 0, SYNTAX, "<data>:1:9:",
    "unexpected character “}”, expected “,” or “]”" },
  { "/json-scan/syntax/second-value", "{}\n{}", -1, 0, SYNTAX, "<data>:2:1:",
    "unexpected data after the top-level value, expected end of input" },
  { "/json-scan/syntax/trailing-garbage", "{\"a\": 1} x", -1, 0, SYNTAX, "<data>:1:10:",
    "unexpected data after the top-level value, expected end of input" },
  { "/json-scan/syntax/top-level-array", "[1, 2]", -1, 0, SYNTAX, "<data>:1:1:",
    "unexpected array, expected an object at the top level" },
  { "/json-scan/syntax/top-level-string", "  \"a\"", -1, 0, SYNTAX, "<data>:1:3:",
    "unexpected string, expected an object at the top level" },
  { "/json-scan/syntax/top-level-number", "\n42", -1, 0, SYNTAX, "<data>:2:1:",
    "unexpected number, expected an object at the top level" },
  { "/json-scan/syntax/top-level-true", "true", -1, 0, SYNTAX, "<data>:1:1:",
    "unexpected “true”, expected an object at the top level" },
  { "/json-scan/syntax/top-level-null", "null", -1, 0, SYNTAX, "<data>:1:1:",
    "unexpected “null”, expected an object at the top level" },
  { "/json-scan/syntax/control-character-outside-string", "{\"a\":\f1}", -1, 0, SYNTAX,
    "<data>:1:6:", "unexpected control character U+000C, expected a JSON value" },
  { "/json-scan/syntax/non-ascii-outside-string", "{\"a\": «1»}", -1, 0, SYNTAX, "<data>:1:7:",
    "unexpected character “«” (U+00AB), expected a JSON value" },
  { "/json-scan/syntax/columns-count-characters", "{\"ключ\": 'x'}", -1, 0, SYNTAX,
    "<data>:1:10:", NULL },
  { "/json-scan/syntax/multi-line-multibyte", "{\n  \"名\": \"値\", \"x\": 01\n}", -1, 0, SYNTAX,
    "<data>:2:18:", NULL },
  { "/json-scan/syntax/crlf-lines", "{\r\n  \"a\": 1,\r\n  \"b\": @\r\n}", -1, 0, SYNTAX,
    "<data>:3:8:", "unexpected character “@”, expected a JSON value" },
  { "/json-scan/syntax/cr-lines", "{\r\"a\": x}", -1, 0, SYNTAX, "<data>:2:6:", NULL },

  /* Encoding. */
  { "/json-scan/encoding/byte-order-mark", "\xEF\xBB\xBF{}", -1, 0, ENCODING, "<data>:1:1:",
    "byte-order mark is not allowed, expected “{”" },
  { "/json-scan/encoding/invalid-byte", "{\"a\": \"\xFF\"}", -1, 0, ENCODING, "<data>:1:8:",
    "invalid UTF-8 (byte 0xFF at offset 7)" },
  { "/json-scan/encoding/overlong-2", "{\"a\": \"\xC0\xAF\"}", -1, 0, ENCODING, "<data>:1:8:",
    "invalid UTF-8 (byte 0xC0 at offset 7)" },
  { "/json-scan/encoding/overlong-3", "{\"a\": \"\xE0\x80\xAF\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xE0 at offset 7)" },
  { "/json-scan/encoding/overlong-4", "{\"a\": \"\xF0\x80\x80\xAF\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xF0 at offset 7)" },
  { "/json-scan/encoding/utf8-surrogate", "{\"a\": \"\xED\xA0\x80\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xED at offset 7)" },
  { "/json-scan/encoding/beyond-10ffff", "{\"a\": \"\xF4\x90\x80\x80\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xF4 at offset 7)" },
  { "/json-scan/encoding/lead-byte-f5", "{\"a\": \"\xF5\x80\x80\x80\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xF5 at offset 7)" },
  { "/json-scan/encoding/truncated-sequence", "{\"a\": \"\xC3\"}", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xC3 at offset 7)" },
  { "/json-scan/encoding/truncated-at-end", "{\"a\": \"\xE2\x82", -1, 0, ENCODING,
    "<data>:1:8:", "invalid UTF-8 (byte 0xE2 at offset 7)" },
  { "/json-scan/encoding/stray-continuation", "{\"a\": \"x\x80\"}", -1, 0, ENCODING,
    "<data>:1:9:", "invalid UTF-8 (byte 0x80 at offset 8)" },
  { "/json-scan/encoding/invalid-outside-string", "{\xFF}", -1, 0, ENCODING, "<data>:1:2:",
    "invalid UTF-8 (byte 0xFF at offset 1)" },
  { "/json-scan/encoding/invalid-after-top-level", "{} \xFE", -1, 0, ENCODING, "<data>:1:4:",
    "invalid UTF-8 (byte 0xFE at offset 3)" },
  { "/json-scan/encoding/invalid-after-multibyte", "{\n  \"é\": \"ü\xC3(\"\n}", -1, 0, ENCODING,
    "<data>:2:10:", "invalid UTF-8 (byte 0xC3 at offset 13)" },
  { "/json-scan/encoding/raw-tab", "{\"a\": \"x\ty\"}", -1, 0, ENCODING, "<data>:1:9:",
    "raw control character U+0009 in a string, expected the escape “\\t”" },
  { "/json-scan/encoding/raw-newline", "{\"a\": \"x\ny\"}", -1, 0, ENCODING, "<data>:1:9:",
    "raw control character U+000A in a string, expected the escape “\\n”" },
  { "/json-scan/encoding/raw-control", "{\"a\": \"x\x1Fy\"}", -1, 0, ENCODING, "<data>:1:9:",
    "raw control character U+001F in a string, expected the escape “\\u001F”" },
  { "/json-scan/encoding/raw-control-after-backslash", "{\"a\": \"\\\t\"}", -1, 0, ENCODING,
    "<data>:1:9:", NULL },
  { "/json-scan/encoding/raw-nul-in-string", "{\"a\": \"x\0y\"}", 12, 0, ENCODING,
    "<data>:1:9:", "raw NUL byte (offset 8) is not allowed" },
  { "/json-scan/encoding/raw-nul-in-object", "{\0}", 3, 0, ENCODING, "<data>:1:2:",
    "raw NUL byte (offset 1) is not allowed" },
  { "/json-scan/encoding/raw-nul-after-top-level", "{}\0", 3, 0, ENCODING, "<data>:1:3:",
    "raw NUL byte (offset 2) is not allowed" },
  { "/json-scan/encoding/raw-nul-first", "\0{}", 3, 0, ENCODING, "<data>:1:1:", NULL },
  { "/json-scan/encoding/raw-nul-in-unicode-escape", "{\"a\": \"\\u12\0\"}", 13, 0, ENCODING,
    "<data>:1:12:", "raw NUL byte (offset 11) is not allowed" },
  { "/json-scan/encoding/invalid-utf8-in-unicode-escape", "{\"a\": \"\\u1\xFF\"}", -1, 0,
    ENCODING, "<data>:1:11:", "invalid UTF-8 (byte 0xFF at offset 10)" },
  { "/json-scan/encoding/escaped-nul", "{\"a\": \"x\\u0000\"}", -1, 0, ENCODING, "<data>:1:9:",
    "escape “\\u0000” (U+0000) is not allowed" },
  { "/json-scan/encoding/escaped-nul-in-key", "{\"\\u0000\": 1}", -1, 0, ENCODING,
    "<data>:1:3:", NULL },
  { "/json-scan/encoding/lone-high-surrogate", "{\"a\": \"\\ud800\"}", -1, 0, ENCODING,
    "<data>:1:8:", "lone high surrogate escape “\\ud800”, expected a low surrogate escape "
    "(\\uDC00–\\uDFFF) right after it" },
  { "/json-scan/encoding/high-surrogate-then-bmp", "{\"a\": \"\\uD800\\u0041\"}", -1, 0,
    ENCODING, "<data>:1:8:", NULL },
  { "/json-scan/encoding/high-surrogate-twice", "{\"a\": \"\\ud800\\ud800\"}", -1, 0, ENCODING,
    "<data>:1:8:", NULL },
  { "/json-scan/encoding/high-surrogate-then-raw", "{\"a\": \"\\ud83d😀\"}", -1, 0, ENCODING,
    "<data>:1:8:", NULL },
  { "/json-scan/encoding/high-surrogate-at-end", "{\"a\": \"\\ud83d", -1, 0, ENCODING,
    "<data>:1:8:", NULL },
  { "/json-scan/encoding/lone-low-surrogate", "{\"a\": \"x\\udc00\"}", -1, 0, ENCODING,
    "<data>:1:9:", "lone low surrogate escape “\\udc00”, expected a high surrogate escape "
    "(\\uD800–\\uDBFF) right before it" },
  { "/json-scan/encoding/reversed-surrogates", "{\"a\": \"\\udc00\\ud800\"}", -1, 0, ENCODING,
    "<data>:1:8:", NULL },
  { "/json-scan/encoding/lone-surrogate-in-key", "{\n  \"😀\\ud83d\": 1\n}", -1, 0, ENCODING,
    "<data>:2:5:", NULL },

  /* Limits. */
  { "/json-scan/limit/small-max-depth", "{\"a\":{\"b\":{}}}", -1, 2, LIMIT, "<data>:1:11:",
    "nesting deeper than 2 levels" },
  { "/json-scan/limit/max-depth-one", "{\n  \"a\": []\n}", -1, 1, LIMIT, "<data>:2:8:",
    "nesting deeper than 1 level" },

  /* Numbers. */
  { "/json-scan/number/int64-max-plus-one", "{\"a\": 9223372036854775808}", -1, 0, NUMBER,
    "<data>:1:7:", "integer “9223372036854775808” is out of the signed 64-bit range" },
  { "/json-scan/number/int64-min-minus-one", "{\"a\": -9223372036854775809}", -1, 0, NUMBER,
    "<data>:1:7:", "integer “-9223372036854775809” is out of the signed 64-bit range" },
  { "/json-scan/number/uint64-max-plus-one", "{\"a\": 18446744073709551616}", -1, 0, NUMBER,
    "<data>:1:7:", "integer “18446744073709551616” is out of the signed 64-bit range" },
  { "/json-scan/number/twenty-nines", "{\"a\": 99999999999999999999}", -1, 0, NUMBER,
    "<data>:1:7:", "integer “99999999999999999999” is out of the signed 64-bit range" },
  { "/json-scan/number/long-integer", "{\"a\": 123456789012345678901234567890}", -1, 0, NUMBER,
    "<data>:1:7:", "integer “12345678901234567890…” is out of the signed 64-bit range" },
  { "/json-scan/number/multi-line", "{\n  \"big\": [1,\n    99999999999999999999]\n}", -1, 0,
    NUMBER, "<data>:3:5:", NULL },
  { "/json-scan/number/exponent-overflow", "{\"a\": 1e999}", -1, 0, NUMBER, "<data>:1:7:",
    "number “1e999” is out of the range of a double" },
  { "/json-scan/number/negative-exponent-overflow", "{\"a\": [-1e999]}", -1, 0, NUMBER,
    "<data>:1:8:", "number “-1e999” is out of the range of a double" },
  { "/json-scan/number/just-beyond-double", "{\"a\": 1.8e308}", -1, 0, NUMBER, "<data>:1:7:",
    NULL },
  { "/json-scan/number/long-exponent", "{\"a\": 1e00000000000000000000400}", -1, 0, NUMBER,
    "<data>:1:7:", NULL },

  /* Duplicate keys. */
  { "/json-scan/duplicate-key/simple", "{\"id\": 1, \"id\": 2}", -1, 0, DUPLICATE, "<data>:1:11:",
    "duplicate key “id” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/escaped", "{\"a\": 1, \"\\u0061\": 2}", -1, 0, DUPLICATE,
    "<data>:1:10:", "duplicate key “a” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/escaped-first", "{\"\\/\": 1, \"/\": 2}", -1, 0, DUPLICATE,
    "<data>:1:11:", "duplicate key “/” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/multi-line",
    "{\n  \"id\": 1,\n  \"x\": {\"id\": 2},\n  \"name\": \"x\", \"id\": 3\n}", -1, 0, DUPLICATE,
    "<data>:4:16:", "duplicate key “id” in this object (first at line 2, column 3)" },
  { "/json-scan/duplicate-key/multibyte", "{\"é\": 1, \"\\u00e9\": 2}", -1, 0, DUPLICATE,
    "<data>:1:10:", "duplicate key “é” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/surrogate-pair", "{\"\\ud83d\\ude00\": 1, \"😀\": 2}", -1, 0,
    DUPLICATE, "<data>:1:21:", "duplicate key “😀” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/control-escape", "{\"a\\nb\": 1, \"a\\u000ab\": 2}", -1, 0,
    DUPLICATE, "<data>:1:13:",
    "duplicate key “a\\u000Ab” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/long-key",
    "{\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": 1, \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": 2}", -1, 0,
    DUPLICATE, "<data>:1:39:",
    "duplicate key “kkkkkkkkkkkkkkkkkkkk…” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/after-nested-object",
    "{\"a\": {\"b\": 1}, \"c\": 2, \"a\": 3}", -1, 0,
    DUPLICATE, "<data>:1:25:", "duplicate key “a” in this object (first at line 1, column 2)" },
  { "/json-scan/duplicate-key/empty", "{\"\": 1, \"\": 2}", -1, 0, DUPLICATE, "<data>:1:9:",
    "duplicate key “” in this object (first at line 1, column 2)" },
};

static const GoodCase good_cases[] = {
  { "/json-scan/accept/empty-object", "{}", -1, 0 },
  { "/json-scan/accept/surrounding-whitespace", " \r\n\t{ }\n ", -1, 0 },
  { "/json-scan/accept/empty-key", "{\"\": \"\"}", -1, 0 },
  { "/json-scan/accept/realistic",
    "{\n"
    "  \"format\": \"ccbnet/1\",\n"
    "  \"title\": \"Comité central — 中央委员会 \\u00e9t\\u00e9 😀\",\n"
    "  \"sources\": [\n"
    "    {\"id\": \"src-1\", \"url\": \"https:\\/\\/example.org\\/a?b=1&c=2\",\n"
    "     \"pages\": [1, 2, 3]},\n"
    "    {\"id\": \"src-2\", \"url\": null, \"pages\": []}\n"
    "  ],\n"
    "  \"entities\": [\n"
    "    {\n"
    "      \"id\": \"xi-jinping\",\n"
    "      \"type\": \"person\",\n"
    "      \"names\": {\"zh\": \"习近平\", \"en\": \"Xi Jinping\"},\n"
    "      \"born\": \"1953-06-15\",\n"
    "      \"alive\": true,\n"
    "      \"retired\": false,\n"
    "      \"weight\": -0.5e10,\n"
    "      \"notes\": \"line one\\nline two\\t\\\"quoted\\\" \\\\ back\"\n"
    "    },\n"
    "    {\"id\": \"politburo\", \"type\": \"body\", \"names\": {},\n"
    "     \"members\": [[], [{}], {\"a\": [1]}]}\n"
    "  ],\n"
    "  \"relations\": []\n"
    "}\n", -1, 0 },
  { "/json-scan/accept/escapes",
    "{\"s\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00 \\ud83d\\ude00 \\uFFFF\"}",
    -1, 0 },
  { "/json-scan/accept/raw-characters",
    "{\"s\": \"/ \x7F \xC2\x80 \xEF\xBB\xBF \xEF\xBF\xBF \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF\"}",
    -1, 0 },
  { "/json-scan/accept/number/zero", "{\"n\": 0}", -1, 0 },
  { "/json-scan/accept/number/negative-zero", "{\"n\": -0}", -1, 0 },
  { "/json-scan/accept/number/fraction-exponent", "{\"n\": 1.5e-3}", -1, 0 },
  { "/json-scan/accept/number/int64-min", "{\"n\": -9223372036854775808}", -1, 0 },
  { "/json-scan/accept/number/int64-max", "{\"n\": 9223372036854775807}", -1, 0 },
  { "/json-scan/accept/number/various",
    "{\"n\": [0.0, -0.0, 1E+2, 1e2, 2E-2, 0e0, -1.25, 123456789.123456789, 1e308, "
    "1.7976931348623157e308, -1.7976931348623157e308, 1e-400, 0.0000001e310, "
    "100000000000000000000.5, 1e00000000000000000000000000000000000000000000000001]}", -1, 0 },
  { "/json-scan/accept/literals", "{\"a\": [true, false, null], \"b\":true,\"c\":null}", -1, 0 },
  { "/json-scan/accept/crlf", "{\r\n  \"a\": [1,\r\n    2]\r\n}\r\n", -1, 0 },
  { "/json-scan/accept/same-keys-in-sibling-objects",
    "{\"a\": {\"a\": 1, \"b\": 2}, \"b\": [{\"a\": 1, \"b\": 2}, {\"a\": 1, \"b\": 2}]}", -1, 0 },
  { "/json-scan/accept/keys-that-differ-after-unescaping",
    "{\"a\": 1, \"\\u0062\": 2, \"\\\\a\": 3}", -1, 0 },
  { "/json-scan/accept/max-depth-one", "{\"a\": 1, \"b\": \"c\"}", -1, 1 },
  { "/json-scan/accept/exact-max-depth-small", "{\"a\":{\"b\":[]}}", -1, 3 },
  { "/json-scan/accept/length-limited", "{\"a\": 1}trailing bytes", 8, 0 },
};

/* Generated inputs. */

static void
test_null_data (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (scan_named (NULL, 0, NULL, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  assert_location (error, "<data>:1:1:", "expected a JSON value, found end of input");
}

static void
test_filename (void)
{
  const char *input = "{\n  \"a\": 1,\n  \"b\": 'x'\n}";
  const char *bom = "\xEF\xBB\xBF{}";
  g_autoptr (GError) error = NULL;

  g_assert_false (scan_named (input, strlen (input), "data.json", MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "data.json:3:8: unexpected character “'”, expected a string in double quotes");
  g_clear_error (&error);

  g_assert_false (scan_named (bom, strlen (bom), "data.json", MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "data.json:1:1: byte-order mark is not allowed, expected “{”");
  g_clear_error (&error);

  /* A file name that is not UTF-8 must not make the message invalid, nor lose the place. */
  g_assert_false (scan_named (input, strlen (input), "bad\xFF.json", MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_suffix (error->message, ".json:3:8: unexpected character “'”, "
                                   "expected a string in double quotes"));
  g_assert_cmpstr (error->message, ==, "bad\xEF\xBF\xBD.json:3:8: unexpected character “'”, "
                                       "expected a string in double quotes");
  g_clear_error (&error);

  /* Colons and digits in the name are only the name. */
  g_assert_false (scan_named (input, strlen (input), "a:1:2: b.json", MAX_DEPTH, &error));
  g_assert_cmpstr (error->message, ==, "a:1:2: b.json:3:8: unexpected character “'”, "
                                       "expected a string in double quotes");
}

/* The scanner reports the parts of a problem, and nothing of the file's name. */
static void
test_problem_parts (void)
{
  const char *input = "{\n  \"a\": 1,\n  \"b\": 'x'\n}";
  CcbnetProblemInfo info = { .filename = "bad\xE9:7:9.json" };

  g_assert_false (ccbnet_json_scan (input, strlen (input), MAX_DEPTH, &info));
  g_assert_cmpint (info.code, ==, CCBNET_DATASET_ERROR_SYNTAX);
  g_assert_cmpuint (info.line, ==, 3);
  g_assert_cmpuint (info.column, ==, 8);
  g_assert_null (info.path);
  g_assert_cmpstr (info.message, ==, "unexpected character “'”, expected a string in double quotes");
  g_assert_cmpstr (info.filename, ==, "bad\xE9:7:9.json");
  ccbnet_problem_info_clear (&info);
  g_assert_null (info.message);

  /* Without a place to describe the problem, the scan still fails. */
  g_assert_false (ccbnet_json_scan (input, strlen (input), MAX_DEPTH, NULL));
}

/* Returns `{"a":` followed by @n_arrays opening brackets and, if @close, the matching closing
 * brackets and brace. */
static GString *
nested_arrays (guint    n_arrays,
               gboolean close)
{
  GString *s = g_string_sized_new (2 * n_arrays + 8);

  g_string_append (s, "{\"a\":");
  for (guint i = 0; i < n_arrays; i++)
    g_string_append_c (s, '[');
  if (close)
    {
      for (guint i = 0; i < n_arrays; i++)
        g_string_append_c (s, ']');
      g_string_append_c (s, '}');
    }

  return s;
}

static void
test_depth_exact (void)
{
  g_autoptr (GString) s = nested_arrays (MAX_DEPTH - 1, TRUE);
  g_autoptr (GError) error = NULL;

  g_assert_true (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_no_error (error);
}

static void
test_depth_one_more (void)
{
  g_autoptr (GString) s = nested_arrays (MAX_DEPTH, TRUE);
  g_autoptr (GError) error = NULL;

  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  /* `{"a":` is five characters, so the 64th bracket is at column 69. */
  assert_location (error, "<data>:1:69:", "nesting deeper than 64 levels");
}

static void
test_depth_huge_arrays (void)
{
  g_autoptr (GString) s = nested_arrays (100000, FALSE);
  g_autoptr (GError) error = NULL;

  g_test_timer_start ();
  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_test_message ("100 000 nested arrays rejected in %.6f s", g_test_timer_elapsed ());
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  assert_location (error, "<data>:1:69:", "nesting deeper than 64 levels");
}

static void
test_depth_huge_objects (void)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "{\"a\":");

  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  /* Each level is five characters, so the 65th brace is at column 5 × 64 + 1. */
  assert_location (error, "<data>:1:321:", "nesting deeper than 64 levels");
}

static void
test_depth_huge_top_level_array (void)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');

  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX);
  assert_location (error, "<data>:1:1:", "unexpected array, expected an object at the top level");
}

static void
test_depth_huge_allowed (void)
{
  g_autoptr (GString) s = nested_arrays (99999, TRUE);
  g_autoptr (GError) error = NULL;

  /* The scanner keeps its own stack, so a deep document within a high limit passes. */
  g_test_timer_start ();
  g_assert_true (scan (s->str, s->len, 100000, &error));
  g_test_message ("100 000 levels accepted in %.6f s", g_test_timer_elapsed ());
  g_assert_no_error (error);

  g_string_truncate (s, 0);
  g_string_append (s, "{\"a\":");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  g_assert_false (scan (s->str, s->len, 100000, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_LIMIT);
  assert_location (error, "<data>:1:100005:", "nesting deeper than 100000 levels");
}

/* Appends `"k<i>":<i>,` for @i in [@first, @last). */
static void
append_keys (GString *s,
             guint    first,
             guint    last)
{
  for (guint i = first; i < last; i++)
    g_string_append_printf (s, "\"k%u\":%u,", i, i);
}

static void
test_many_distinct_keys (void)
{
  g_autoptr (GString) s = g_string_new ("{");
  g_autoptr (GError) error = NULL;

  append_keys (s, 0, 100000);
  g_string_append (s, "\"last\":0}");

  g_test_timer_start ();
  g_assert_true (scan (s->str, s->len, MAX_DEPTH, &error));
  g_test_message ("%" G_GSIZE_FORMAT " bytes, 100 001 distinct keys accepted in %.6f s",
                  s->len, g_test_timer_elapsed ());
  g_assert_no_error (error);
}

static void
test_many_keys_then_duplicate (void)
{
  g_autoptr (GString) s = g_string_new ("{");
  g_autoptr (GError) error = NULL;
  g_autofree char *location = NULL;
  guint n = 0;
  gsize offset;

  /* A mebibyte of distinct keys, then the first one again. */
  while (s->len < 1024 * 1024)
    {
      append_keys (s, n, n + 1000);
      n += 1000;
    }
  offset = s->len;
  g_string_append (s, "\"k0\":0}");
  location = g_strdup_printf ("<data>:1:%" G_GSIZE_FORMAT ":", offset + 1);

  g_test_timer_start ();
  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_test_message ("%u keys then a duplicate rejected in %.6f s", n, g_test_timer_elapsed ());
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_KEY);
  assert_location (error, location,
                   "duplicate key “k0” in this object (first at line 1, column 2)");
}

static void
test_repeated_key (void)
{
  g_autoptr (GString) s = g_string_new ("{");
  g_autoptr (GError) error = NULL;

  /* A mebibyte of the same member over and over. */
  while (s->len < 1024 * 1024)
    g_string_append (s, "\"a\":0,");
  g_string_append (s, "\"a\":0}");

  g_test_timer_start ();
  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_test_message ("1 MiB of one repeated key rejected in %.6f s", g_test_timer_elapsed ());
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_KEY);
  assert_location (error, "<data>:1:8:",
                   "duplicate key “a” in this object (first at line 1, column 2)");
}

static void
test_duplicate_in_large_object (void)
{
  g_autoptr (GString) s = g_string_new ("{\n  \"\\u006b0\": 0,\n  ");
  g_autoptr (GError) error = NULL;
  gsize line_start;

  /* The first key has an escape, and the object passes the size at which the scanner switches to
   * a hash table before the duplicate comes on line 4. */
  append_keys (s, 1, 40);
  g_string_append (s, "\"nested\": {\"k0\": 1, \"k1\": 2},\n");
  line_start = s->len;
  g_string_append (s, "  \"k\\u0031\\u0035\": 0,\n");
  g_string_append (s, "  \"x\": 0\n}");

  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_KEY);
  assert_location (error, "<data>:4:3:", NULL);
  g_assert_nonnull (strstr (error->message,
                            "duplicate key “k15” in this object (first at line 3, column "));
  g_clear_error (&error);

  /* The same without the duplicate passes, and a duplicate of the escaped first key fails. */
  g_string_truncate (s, line_start);
  g_string_append (s, "  \"x\": 0,\n  \"k0\": 1\n}");
  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_KEY);
  assert_location (error, "<data>:5:3:",
                   "duplicate key “k0” in this object (first at line 2, column 3)");
  g_clear_error (&error);

  g_string_truncate (s, line_start);
  g_string_append (s, "  \"x\": 0\n}");
  g_assert_true (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_no_error (error);
}

static void
test_key_count_boundary (void)
{
  g_autoptr (GError) error = NULL;

  /* Around the switch from a linear scan to a hash table. */
  for (guint n = 14; n <= 18; n++)
    {
      g_autoptr (GString) s = g_string_new ("{");
      g_autofree char *location = NULL;
      gsize offset;

      append_keys (s, 0, n);
      g_string_append (s, "\"z\":{}}");
      g_assert_true (scan (s->str, s->len, MAX_DEPTH, &error));
      g_assert_no_error (error);

      g_string_truncate (s, s->len - strlen ("\"z\":{}}"));
      offset = s->len;
      g_string_append_printf (s, "\"k%u\":0}", n - 1);
      location = g_strdup_printf ("<data>:1:%" G_GSIZE_FORMAT ":", offset + 1);
      g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
      g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_DUPLICATE_KEY);
      assert_location (error, location, NULL);
      g_clear_error (&error);
    }
}

static void
test_long_float (void)
{
  g_autoptr (GString) s = g_string_new ("{\"a\": 1");
  g_autoptr (GError) error = NULL;

  /* 1e400 written out in full, with a fraction so that it is not an integer. */
  for (guint i = 0; i < 400; i++)
    g_string_append_c (s, '0');
  g_string_append (s, ".0}");

  g_assert_false (scan (s->str, s->len, MAX_DEPTH, &error));
  g_assert_error (error, CCBNET_DATASET_ERROR, CCBNET_DATASET_ERROR_NUMBER);
  assert_location (error, "<data>:1:7:",
                   "number “10000000000000000000…” is out of the range of a double");
}

/* The outline: where each array at the top level and each of its elements lies. */
static char *
slice (const char *doc,
       guint32     start,
       guint32     end)
{
  return g_strndup (doc + start, end - start);
}

static void
test_outline (void)
{
  const char *doc = "{ \"a\" : [ {\"x\": [1, \"]\"]} ,\"s[\",\n 2 ] , \"b\": {\"c\": [3]},"
                    " \"e\":[], \"k\\u0061\": [ null ], \"n\": 4 }";
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) ccbnet_json_list_free);
  const CcbnetJsonList *a, *e, *k;
  g_autofree char *a_key = NULL, *a_all = NULL, *a0 = NULL, *a1 = NULL, *a2 = NULL;
  g_autofree char *k_key = NULL, *k0 = NULL, *e_all = NULL;

  g_assert_true (ccbnet_json_scan_outline (doc, strlen (doc), 64, lists, NULL));
  /* Only arrays directly at the top level; "c" is inside an object. */
  g_assert_cmpuint (lists->len, ==, 3);
  a = lists->pdata[0];
  e = lists->pdata[1];
  k = lists->pdata[2];

  a_key = slice (doc, a->key_start, a->key_end);
  g_assert_cmpstr (a_key, ==, "a");
  g_assert_false (a->key_escaped);
  a_all = slice (doc, a->open, a->close);
  g_assert_cmpstr (a_all, ==, "[ {\"x\": [1, \"]\"]} ,\"s[\",\n 2 ]");
  g_assert_cmpuint (a->elements->len, ==, 6);
  a0 = slice (doc, g_array_index (a->elements, guint32, 0), g_array_index (a->elements, guint32, 1));
  a1 = slice (doc, g_array_index (a->elements, guint32, 2), g_array_index (a->elements, guint32, 3));
  a2 = slice (doc, g_array_index (a->elements, guint32, 4), g_array_index (a->elements, guint32, 5));
  g_assert_cmpstr (a0, ==, "{\"x\": [1, \"]\"]}");
  g_assert_cmpstr (a1, ==, "\"s[\"");
  g_assert_cmpstr (a2, ==, "2");

  e_all = slice (doc, e->open, e->close);
  g_assert_cmpstr (e_all, ==, "[]");
  g_assert_cmpuint (e->elements->len, ==, 0);

  k_key = slice (doc, k->key_start, k->key_end);
  g_assert_cmpstr (k_key, ==, "k\\u0061");
  g_assert_true (k->key_escaped);
  k0 = slice (doc, g_array_index (k->elements, guint32, 0), g_array_index (k->elements, guint32, 1));
  g_assert_cmpstr (k0, ==, "null");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    g_test_add_data_func (bad_cases[i].path, &bad_cases[i], test_bad);
  for (gsize i = 0; i < G_N_ELEMENTS (good_cases); i++)
    g_test_add_data_func (good_cases[i].path, &good_cases[i], test_good);

  g_test_add_func ("/json-scan/syntax/null-data", test_null_data);
  g_test_add_func ("/json-scan/outline", test_outline);
  g_test_add_func ("/json-scan/syntax/filename", test_filename);
  g_test_add_func ("/json-scan/syntax/problem-parts", test_problem_parts);
  g_test_add_func ("/json-scan/limit/exact-max-depth", test_depth_exact);
  g_test_add_func ("/json-scan/limit/one-level-too-deep", test_depth_one_more);
  g_test_add_func ("/json-scan/limit/huge/arrays", test_depth_huge_arrays);
  g_test_add_func ("/json-scan/limit/huge/objects", test_depth_huge_objects);
  g_test_add_func ("/json-scan/limit/huge/top-level-array", test_depth_huge_top_level_array);
  g_test_add_func ("/json-scan/limit/huge/allowed", test_depth_huge_allowed);
  g_test_add_func ("/json-scan/number/long-float", test_long_float);
  g_test_add_func ("/json-scan/duplicate-key/large-object", test_duplicate_in_large_object);
  g_test_add_func ("/json-scan/duplicate-key/key-count-boundary", test_key_count_boundary);
  g_test_add_func ("/json-scan/duplicate-key/huge/distinct-keys", test_many_distinct_keys);
  g_test_add_func ("/json-scan/duplicate-key/huge/keys-then-duplicate",
                   test_many_keys_then_duplicate);
  g_test_add_func ("/json-scan/duplicate-key/huge/repeated-key", test_repeated_key);

  return g_test_run ();
}
