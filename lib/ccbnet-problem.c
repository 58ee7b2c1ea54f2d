/* ccbnet-problem.c: one problem found in a dataset
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/**
 * CcbnetProblem:
 *
 * One problem that [method@Ccbnet.Registry.check_bytes] found in a dataset.
 *
 * A problem in the bytes (syntax, encoding, limits) has a line and a column; a problem in the
 * meaning has a JSON path such as `$.relations[12].subject`.
 *
 * ```c
 * g_autoptr(GPtrArray) problems = ccbnet_registry_check_file (registry, file, NULL, &error);
 *
 * for (guint i = 0; problems != NULL && i < problems->len; i++)
 *   {
 *     g_autofree char *text = ccbnet_problem_to_string (g_ptr_array_index (problems, i));
 *     g_printerr ("%s\n", text);
 *   }
 * ```
 *
 * Since: 1.0
 */

struct _CcbnetProblem
{
  GObject             parent_instance;
  CcbnetDatasetError  code;
  char               *message;
  char               *filename;
  char               *path;
  guint               line;
  guint               column;
};

G_DEFINE_FINAL_TYPE (CcbnetProblem, ccbnet_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_FILENAME,
  PROP_PATH,
  PROP_LINE,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
ccbnet_problem_finalize (GObject *object)
{
  CcbnetProblem *self = (CcbnetProblem *) object;

  g_free (self->message);
  g_free (self->filename);
  g_free (self->path);

  G_OBJECT_CLASS (ccbnet_problem_parent_class)->finalize (object);
}

static void
ccbnet_problem_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CcbnetProblem *self = CCBNET_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_enum (value, ccbnet_problem_get_code (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, ccbnet_problem_get_message (self));
      break;
    case PROP_FILENAME:
      g_value_set_string (value, ccbnet_problem_get_filename (self));
      break;
    case PROP_PATH:
      g_value_set_string (value, ccbnet_problem_get_path (self));
      break;
    case PROP_LINE:
      g_value_set_uint (value, ccbnet_problem_get_line (self));
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, ccbnet_problem_get_column (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_problem_class_init (CcbnetProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_problem_finalize;
  object_class->get_property = ccbnet_problem_get_property;

  /**
   * CcbnetProblem:code:
   *
   * The problem's code, a [error@Ccbnet.DatasetError] value.
   *
   * Since: 1.0
   */
  props[PROP_CODE] =
    g_param_spec_enum ("code", NULL, NULL, CCBNET_TYPE_DATASET_ERROR, CCBNET_DATASET_ERROR_SYNTAX,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetProblem:message:
   *
   * What is wrong and what was expected, without the location.
   *
   * Since: 1.0
   */
  props[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetProblem:filename:
   *
   * The name of the file with the problem, or `<data>`.
   *
   * Since: 1.0
   */
  props[PROP_FILENAME] =
    g_param_spec_string ("filename", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetProblem:path:
   *
   * The JSON path of the member at fault, for problems of meaning.
   *
   * Since: 1.0
   */
  props[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetProblem:line:
   *
   * The line of the problem, from 1, or 0 when it has a path instead.
   *
   * Since: 1.0
   */
  props[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetProblem:column:
   *
   * The column of the problem in characters, from 1, or 0 when it has a path instead.
   *
   * Since: 1.0
   */
  props[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_problem_init (CcbnetProblem *self)
{
}

/* The file name is shown to people and is a UTF-8 property: bytes in another encoding become
 * U+FFFD, as g_filename_display_name() would show them. */
CcbnetProblem *
ccbnet_problem_new (CcbnetDatasetError  code,
                    const char         *filename,
                    const char         *path,
                    guint               line,
                    guint               column,
                    const char         *message)
{
  CcbnetProblem *self = g_object_new (CCBNET_TYPE_PROBLEM, NULL);

  self->code = code;
  self->filename = g_utf8_make_valid (filename != NULL ? filename : "<data>", -1);
  self->path = g_strdup (path);
  self->line = line;
  self->column = column;
  self->message = g_strdup (message);

  return self;
}

CcbnetProblem *
ccbnet_problem_new_from_info (const CcbnetProblemInfo *info)
{
  return ccbnet_problem_new (info->code, info->filename, info->path, info->line, info->column,
                             info->message);
}

/* Describes a problem found in the bytes (with a line) or in the whole input (line 0). */
void
ccbnet_problem_info_set (CcbnetProblemInfo  *info,
                         CcbnetDatasetError  code,
                         guint               line,
                         guint               column,
                         const char         *format,
                         ...)
{
  va_list args;

  g_free (info->message);
  g_clear_pointer (&info->path, g_free);
  info->code = code;
  info->line = line;
  info->column = column;
  va_start (args, format);
  info->message = g_strdup_vprintf (format, args);
  va_end (args);
}

/* Frees what @info owns; its file name is borrowed and stays. */
void
ccbnet_problem_info_clear (CcbnetProblemInfo *info)
{
  g_clear_pointer (&info->path, g_free);
  g_clear_pointer (&info->message, g_free);
  info->line = info->column = 0;
}

/**
 * ccbnet_problem_code_to_string:
 * @code: a dataset error code
 *
 * Gets the nick of @code (`dangling-reference`), for programs that report problems as data,
 * such as `ccbnet validate --json`.
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetDatasetError
 *
 * Since: 1.2
 */
const char *
ccbnet_problem_code_to_string (CcbnetDatasetError code)
{
  return ccbnet_enum_nick (CCBNET_TYPE_DATASET_ERROR, code);
}

/**
 * ccbnet_problem_get_code:
 * @self: a problem
 *
 * Gets the problem's error code.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
CcbnetDatasetError
ccbnet_problem_get_code (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), 0);

  return self->code;
}

/**
 * ccbnet_problem_get_message:
 * @self: a problem
 *
 * Gets what is wrong and what was expected, without the location.
 *
 * Returns: the message
 *
 * Since: 1.0
 */
const char *
ccbnet_problem_get_message (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), NULL);

  return self->message;
}

/**
 * ccbnet_problem_get_filename:
 * @self: a problem
 *
 * Gets the name of the file with the problem.
 *
 * Returns: the file name, or `<data>` for bytes without a name
 *
 * Since: 1.0
 */
const char *
ccbnet_problem_get_filename (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), NULL);

  return self->filename;
}

/**
 * ccbnet_problem_get_path:
 * @self: a problem
 *
 * Gets the JSON path of the member at fault.
 *
 * Returns: (nullable): a path such as `$.relations[12].subject`, or %NULL for a problem in the
 *   bytes, which has a line and column instead
 *
 * Since: 1.0
 */
const char *
ccbnet_problem_get_path (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), NULL);

  return self->path;
}

/**
 * ccbnet_problem_get_line:
 * @self: a problem
 *
 * Gets the line of a problem in the bytes.
 *
 * Returns: the line, from 1, or 0 if the problem has no line
 *
 * Since: 1.0
 */
guint
ccbnet_problem_get_line (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), 0);

  return self->line;
}

/**
 * ccbnet_problem_get_column:
 * @self: a problem
 *
 * Gets the column of a problem in the bytes, counted in characters.
 *
 * Returns: the column, from 1, or 0 if the problem has no column
 *
 * Since: 1.0
 */
guint
ccbnet_problem_get_column (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), 0);

  return self->column;
}

/**
 * ccbnet_problem_to_string:
 * @self: a problem
 *
 * Formats the problem for people: `FILE:LINE:COLUMN: message` for problems in the bytes,
 * `FILE: PATH: message` for problems of meaning.
 *
 * Returns: (transfer full): the text
 *
 * Since: 1.0
 */
char *
ccbnet_problem_to_string (CcbnetProblem *self)
{
  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), NULL);

  if (self->path != NULL)
    return g_strdup_printf ("%s: %s: %s", self->filename, self->path, self->message);
  if (self->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s", self->filename, self->line, self->column, self->message);

  return g_strdup_printf ("%s: %s", self->filename, self->message);
}

/**
 * ccbnet_problem_to_error:
 * @self: a problem
 *
 * Makes a #GError in the %CCBNET_DATASET_ERROR domain from the problem, with the text of
 * [method@Ccbnet.Problem.to_string] as its message.
 *
 * Returns: (transfer full): a new error
 *
 * Since: 1.0
 */
GError *
ccbnet_problem_to_error (CcbnetProblem *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CCBNET_IS_PROBLEM (self), NULL);

  text = ccbnet_problem_to_string (self);

  return g_error_new_literal (CCBNET_DATASET_ERROR, self->code, text);
}
