/* ccbnet.c: the ccbnet program — explore, query, explain, validate, compile, draw and compare
 * ccbnet datasets
 *
 * `ccbnet [COMMON-OPTION…] COMMAND [OPTION…] [ARGUMENT…]`. The common options (--data,
 * --lang, --json) may come before or after the command. Everything here uses libccbnet's
 * public API only.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ccbnet-tool.h"
#include "ccbnet-output.h"
#include "ccbnet-walk.h"

static const ToolCommand * const commands[] = {
  &tool_command_show,
  &tool_command_list,
  &tool_command_query,
  &tool_command_path,
  &tool_command_neighbours,
  &tool_command_why,
  &tool_command_validate,
  &tool_command_compile,
  &tool_command_export,
  &tool_command_merge,
  &tool_command_diff,
};

static const char * const languages[] = { "nl", "fr", "de", "en" };

char *tool_opt_data;
gboolean tool_opt_json;
static char *opt_lang;
static gboolean opt_version;

/* GNU gettext's count of loaded catalogues: raising it drops what gettext has looked up. */
extern int _nl_msg_cat_cntr;

/* --lang picks the tool's and the library's words too: LANGUAGE comes first for gettext, and
 * the catalogues already looked up are dropped. gettext ignores LANGUAGE in the C locale, so a
 * program run without a locale takes C.UTF-8 for its messages. */
static void
use_language (const char *language)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  g_setenv ("LANGUAGE", language, TRUE);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  ++_nl_msg_cat_cntr;
}

static gboolean
parse_lang (const char  *option_name,
            const char  *value,
            gpointer     data,
            GError     **error)
{
  g_autofree char *base = g_ascii_strdown (value, strcspn (value, "-_.@"));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (base, languages[i]))
      {
        g_free (opt_lang);
        opt_lang = g_strdup (languages[i]);
        use_language (opt_lang);
        return TRUE;
      }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--lang: unknown language \"%s\"; expected one of: nl, fr, de, en"), value);
  return FALSE;
}

static const GOptionEntry data_entries[] = {
  { "data", 'd', 0, G_OPTION_ARG_FILENAME, &tool_opt_data,
    N_("Read the dataset FILE (JSON or compiled) instead of the shipped one"), "FILE" },
  { NULL }
};

static const GOptionEntry lang_entries[] = {
  { "lang", 'l', 0, G_OPTION_ARG_CALLBACK, parse_lang,
    N_("Names and headings in LANG: nl, fr, de or en (default: from the locale)"), "LANG" },
  { NULL }
};

static const GOptionEntry json_entries[] = {
  { "json", 'j', 0, G_OPTION_ARG_NONE, &tool_opt_json,
    N_("Print JSON (the shapes are documented in docs/cli.md)"), NULL },
  { NULL }
};

/* --color=WHEN: once, before or after the command. */
static char *opt_color;

static gboolean
parse_color (const char  *option_name,
             const char  *value,
             gpointer     data,
             GError     **error)
{
  const char *whens[] = { "auto", "always", "never" };

  if (opt_color != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--color is given twice (\"%s\", then \"%s\")"), opt_color, value);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (whens); i++)
    if (g_str_equal (value, whens[i]))
      {
        opt_color = g_strdup (value);
        tool_output_set_color ((ToolColor) i);
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--color: unknown value \"%s\"; expected one of: auto, always, never"), value);

  return FALSE;
}

static const GOptionEntry color_entries[] = {
  { "color", 0, 0, G_OPTION_ARG_CALLBACK, parse_color,
    N_("Style the output: auto (on a terminal, unless NO_COLOR is set; the default), always or never"),
    "WHEN" },
  { NULL }
};

static const GOptionEntry version_entries[] = {
  { "version", 'V', 0, G_OPTION_ARG_NONE, &opt_version, N_("Print the version and exit"), NULL },
  { NULL }
};

/* The language for names and headings: --lang, else the first of the user's languages that the
 * tool knows, else English. */
const char *
tool_language (void)
{
  static const char *from_locale;

  if (opt_lang != NULL)
    return opt_lang;

  if (from_locale == NULL)
    {
      const char * const *names = g_get_language_names ();

      for (guint n = 0; names[n] != NULL && from_locale == NULL; n++)
        {
          g_autofree char *base = g_ascii_strdown (names[n], strcspn (names[n], "-_.@"));

          for (guint i = 0; i < G_N_ELEMENTS (languages) && from_locale == NULL; i++)
            if (g_str_equal (base, languages[i]))
              from_locale = languages[i];
        }
      if (from_locale == NULL)
        from_locale = "en";
    }

  return from_locale;
}

static void
print_prefixed (FILE       *stream,
                ToolStyle   style,
                const char *label,
                const char *message)
{
  g_autoptr(GString) line = g_string_new ("ccbnet: ");
  /* Messages quote what the user typed, which may be any bytes: they are written as valid
   * UTF-8, with control characters other than line breaks escaped. */
  g_autofree char *valid = g_utf8_make_valid (message, -1);

  if (label != NULL)
    {
      if (tool_stderr_is_styled ())
        g_string_append_printf (line, "%s%s:\033[0m ",
                                style == TOOL_STYLE_ERROR ? "\033[1;31m" : "\033[1m", label);
      else
        g_string_append_printf (line, "%s: ", label);
    }
  tool_append_escaped (line, valid, TRUE);
  g_string_append_c (line, '\n');
  fflush (stdout);
  fputs (line->str, stream);
}

void
tool_error (const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the labels before the program's messages: "ccbnet: error: …" */
  print_prefixed (stderr, TOOL_STYLE_ERROR, _("error"), message);
}

void
tool_note (const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_prefixed (stderr, TOOL_STYLE_BOLD, _("note"), message);
}

/* Writes @out to stdout; a failed write is exit status 74. */
int
tool_finish (GString *out)
{
  if (tool_write_stdout (out))
    return TOOL_EXIT_OK;
  /* A reader that has had enough (ccbnet export | head) is no error of ours. */
  if (errno == EPIPE)
    return TOOL_EXIT_OK;

  tool_error (_("could not write the output: %s"), g_strerror (errno));
  return TOOL_EXIT_OUTPUT;
}

int
tool_usage_error (const char *command,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_prefixed (stderr, TOOL_STYLE_ERROR, _("usage error"), message);
  if (command != NULL)
    {
      g_autofree char *help = g_strdup_printf ("ccbnet help %s", command);
      /* Translators: %s is a command to run, such as "ccbnet help show" */
      g_autofree char *try = g_strdup_printf (_("Try '%s'."), help);

      fprintf (stderr, "%s\n", try);
    }
  else
    {
      g_autofree char *try = g_strdup_printf (_("Try '%s'."), "ccbnet --help");

      fprintf (stderr, "%s\n", try);
    }

  return TOOL_EXIT_USAGE;
}

static const ToolCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i]->name, name))
      return commands[i];

  return NULL;
}

/* The block of exit statuses of --help: what 1 means (already translated; NULL for a command
 * that never gives 1), 2 and 64 differ between the program's help and its commands'. */
static void
append_exit_statuses (GString    *text,
                      const char *not_found,
                      const char *invalid,
                      const char *usage)
{
  g_string_append_printf (text, "%s\n", _("Exit status:"));
  g_string_append_printf (text, "  0   %s\n", _("success (also a query or list with no results)"));
  if (not_found != NULL)
    g_string_append_printf (text, "  1   %s\n", not_found);
  g_string_append_printf (text, "  2   %s\n", invalid);
  g_string_append_printf (text, "  64  %s\n", usage);
  g_string_append_printf (text, "  74  %s", _("the output could not be written"));
}

/* The rest of `ccbnet help NAME`, after the options, in the user's language. */
static char *
command_description (const ToolCommand *command)
{
  GString *text = g_string_new (_(command->description));

  if (command->uses & TOOL_USES_WALK)
    g_string_append_printf (text, "\n\n%s", _(tool_walk_help));
  if (command->examples != NULL)
    g_string_append_printf (text, "\n\n%s", _(command->examples));
  if (command->statuses != TOOL_STATUSES_OWN)
    {
      g_autofree char *not_found = NULL;

      if (command->statuses == TOOL_STATUSES_NOT_FOUND)
        /* Translators: %s says what "not found" means for a command, such as "an unknown name or id" */
        not_found = g_strdup_printf (_("not found: %s"), _(command->not_found));
      g_string_append (text, "\n\n");
      append_exit_statuses (text, not_found,
                            _("invalid input: a --data file that does not load or cannot be read"),
                            _("usage error: an unknown option, a bad option value, or a wrong number of arguments"));
    }

  return g_string_free (text, FALSE);
}

static GOptionContext *
command_context (const ToolCommand *command)
{
  g_autofree char *prgname = g_strdup_printf ("ccbnet %s", command->name);
  g_autofree char *description = command_description (command);
  GOptionContext *context = g_option_context_new (command->parameter);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, command->summary);
  g_option_context_set_description (context, description);
  if (command->entries != NULL)
    g_option_context_add_main_entries (context, command->entries, NULL);
  if (command->uses & TOOL_USES_DATA)
    g_option_context_add_main_entries (context, data_entries, NULL);
  if (command->uses & TOOL_USES_LANG)
    g_option_context_add_main_entries (context, lang_entries, NULL);
  if (command->uses & TOOL_USES_JSON)
    g_option_context_add_main_entries (context, json_entries, NULL);
  g_option_context_add_main_entries (context, color_entries, NULL);

  return context;
}

static void
append_column (GString    *text,
               const char *left,
               guint       width,
               const char *right)
{
  g_string_append_printf (text, "  %s", left);
  for (guint i = tool_text_width (left); i < width + 2; i++)
    g_string_append_c (text, ' ');
  g_string_append_printf (text, "%s\n", right);
}

static char *
main_description (void)
{
  GString *text = g_string_new (NULL);
  guint width = 0;
  const char *help_usage = "help [COMMAND]";
  g_autoptr(GPtrArray) usages = g_ptr_array_new_with_free_func (g_free);

  g_string_append_printf (text, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *parameter = commands[i]->parameter;
      char *usage = parameter != NULL ? g_strdup_printf ("%s %s", commands[i]->name, parameter) :
                                        g_strdup_printf ("%s [OPTION…]", commands[i]->name);

      g_ptr_array_add (usages, usage);
      width = MAX (width, tool_text_width (usage));
    }
  width = MAX (width, tool_text_width (help_usage));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    append_column (text, usages->pdata[i], width, _(commands[i]->summary));
  append_column (text, help_usage, width, _("Show the options of a command"));
  g_string_append_printf (text, "\n%s\n\n",
                          _("The common options (--data, --lang, --json, --color) may be given before or\n"
                            "after the command; each command's --help lists the ones it takes."));
  g_string_append_printf (text, "%s\n", _("Examples:"));
  g_string_append (text,
                   "  ccbnet show CCB\n"
                   "  ccbnet list platforms --scope european\n"
                   "  ccbnet query --kind represents-in --subject CCB --include-parts\n"
                   "  ccbnet path CCB FIRST\n"
                   "  ccbnet why r053\n"
                   "  ccbnet validate my-dataset.json\n"
                   "  ccbnet compile my-dataset.json\n"
                   "  ccbnet export --format dot | dot -Tsvg > network.svg\n"
                   "  ccbnet diff data/ccbnet.json my-dataset.json\n"
                   "\n");
  append_exit_statuses (text,
                        _("not found: an unknown name or id, or no path between two entities;\n"
                          "      for diff: the two datasets differ"),
                        _("invalid input: a dataset that does not load, or a file that does not validate"),
                        _("usage error: an unknown command or option, or a bad option value"));
  g_string_append (text, "\n\n");
  g_string_append_printf (text, "%s\n", _("Environment:"));
  g_string_append_printf (text, "  CCBNET_DATASET  %s\n",
                          _("a dataset file to use instead of the shipped one\n"
                            "                  (--data wins)"));
  g_string_append_printf (text, "  COLUMNS         %s\n",
                          _("the width to fit text into (default: the terminal's; piped\n"
                            "                  output is not fitted)"));
  g_string_append_printf (text, "  NO_COLOR        %s\n\n",
                          _("when set, no colour or bold even on a terminal (--color=always\n"
                            "                  wins)"));
  g_string_append (text, _("See ccbnet(1) and docs/cli.md."));

  return g_string_free (text, FALSE);
}

static GOptionContext *
main_context (void)
{
  GOptionContext *context = g_option_context_new ("COMMAND [ARGUMENT…]");
  g_autofree char *description = main_description ();

  g_set_prgname ("ccbnet");
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                N_("Explore, query, explain, validate, compile, draw and compare the "
                                "networks of ccbnet datasets\n(by default the shipped dataset: the "
                                "Centre for Cybersecurity Belgium's networks)."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, data_entries, NULL);
  g_option_context_add_main_entries (context, lang_entries, NULL);
  g_option_context_add_main_entries (context, json_entries, NULL);
  g_option_context_add_main_entries (context, color_entries, NULL);
  g_option_context_add_main_entries (context, version_entries, NULL);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);

  return context;
}

static void
print_help (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fputs (help, stdout);
}

static const char *
closest_command (const char *name)
{
  ToolClosest closest;

  tool_closest_init (&closest, name, 3);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    tool_closest_offer (&closest, commands[i]->name);

  return closest.best;
}

/* "show, list, …, diff and help": every command's name. */
static char *
command_names (const char *last_separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (names, "%s%s", i == 0 ? "" : ", ", commands[i]->name);
  g_string_append_printf (names, "%shelp", last_separator);

  return g_string_free (names, FALSE);
}

static int
unknown_command (const char *name)
{
  const char *closest = closest_command (name);
  g_autofree char *names = NULL;

  if (closest != NULL)
    return tool_usage_error (NULL, _("unknown command \"%s\"; did you mean \"%s\"?"), name, closest);

  names = command_names (", ");
  return tool_usage_error (NULL, _("unknown command \"%s\"; expected one of: %s"), name, names);
}

/* The long option closest to the unknown one in @args (the first argument that starts with
 * "--" and names none of @groups' options), within two edits; NULL when there is none. */
static const char *
closest_option (char                **args,
                const GOptionEntry  **groups,
                guint                 n_groups,
                char                **unknown)
{
  for (guint a = 1; args[a] != NULL && !g_str_equal (args[a], "--"); a++)
    {
      g_autofree char *name = NULL;
      ToolClosest closest;
      gboolean known = FALSE;

      if (!g_str_has_prefix (args[a], "--"))
        continue;
      name = g_strndup (args[a] + 2, strcspn (args[a] + 2, "="));
      known = g_str_equal (name, "help");
      tool_closest_init (&closest, name, 3);
      for (guint g = 0; g < n_groups && !known; g++)
        for (const GOptionEntry *e = groups[g]; e != NULL && e->long_name != NULL; e++)
          known |= tool_closest_offer (&closest, e->long_name);
      if (!known)
        {
          *unknown = g_steal_pointer (&name);
          return closest.best;
        }
    }

  return NULL;
}

/* The entry of @groups that @arg (an argument starting with "-") names, or NULL; @attached
 * says whether the value is in the argument itself ("--kind=x", "-kx"). */
static const GOptionEntry *
entry_of (const char          *arg,
          const GOptionEntry **groups,
          guint                n_groups,
          gboolean            *attached)
{
  for (guint g = 0; g < n_groups; g++)
    for (const GOptionEntry *e = groups[g]; e != NULL && e->long_name != NULL; e++)
      {
        gsize len = strlen (e->long_name);

        if (g_str_has_prefix (arg, "--") && strncmp (arg + 2, e->long_name, len) == 0 &&
            (arg[2 + len] == '\0' || arg[2 + len] == '='))
          {
            *attached = arg[2 + len] == '=';
            return e;
          }
        if (arg[1] != '-' && e->short_name != 0 && arg[1] == e->short_name)
          {
            *attached = arg[2] != '\0';
            return e;
          }
      }

  return NULL;
}

/* The first option of @groups that takes a value and is given twice in @args (up to "--", and
 * with @stop_at_argument up to the first argument that is no option: the command), or NULL.
 * Options that take one value never silently keep the last of two. */
static const GOptionEntry *
repeated_option (char                **args,
                 const GOptionEntry  **groups,
                 guint                 n_groups,
                 gboolean              stop_at_argument,
                 const char          **first,
                 const char          **second)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint a = 1; args[a] != NULL && !g_str_equal (args[a], "--"); a++)
    {
      const GOptionEntry *entry;
      gboolean attached = FALSE;
      const char *value;

      if (args[a][0] != '-' || args[a][1] == '\0')
        {
          if (stop_at_argument)
            break;
          continue;
        }
      entry = entry_of (args[a], groups, n_groups, &attached);
      if (entry == NULL || entry->arg == G_OPTION_ARG_NONE)
        continue;
      if (!attached)
        value = args[a + 1] != NULL ? args[++a] : "";     /* its value, whatever it looks like */
      else if (args[a][1] == '-')
        value = strchr (args[a], '=') + 1;
      else
        value = args[a] + 2;
      if (g_hash_table_contains (seen, entry))
        {
          *first = g_hash_table_lookup (seen, entry);
          *second = value;
          return entry;
        }
      g_hash_table_insert (seen, (gpointer) entry, (gpointer) value);
    }

  return NULL;
}

/* The usage error of a failed parse: GOption's message, or for an unknown long option ours,
 * with the closest option the command takes. */
static int
option_error (const char          *command,
              GError              *error,
              char               **args,
              const GOptionEntry **groups,
              guint                n_groups)
{
  g_autofree char *unknown = NULL;
  const char *closest;

  if (!g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION))
    return tool_usage_error (command, _("%s"), error->message);
  closest = closest_option (args, groups, n_groups, &unknown);
  if (unknown == NULL)
    return tool_usage_error (command, _("%s"), error->message);
  if (closest != NULL)
    return tool_usage_error (command, _("unknown option --%s; did you mean --%s?"), unknown, closest);

  return tool_usage_error (command, _("unknown option --%s"), unknown);
}

static int
run_help (int    argc,
          char **argv)
{
  const ToolCommand *command;
  g_autoptr(GOptionContext) context = NULL;

  if (argc < 2)
    {
      context = main_context ();
      print_help (context);
      return TOOL_EXIT_OK;
    }
  if (argc > 2)
    return tool_usage_error ("help", _("help takes one command, got %d arguments"), argc - 1);

  if (g_str_equal (argv[1], "help") || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      g_print ("%s\n  ccbnet help [COMMAND]\n\n%s\n", _("Usage:"),
               _("Show the options of COMMAND, or the list of commands."));
      return TOOL_EXIT_OK;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    return unknown_command (argv[1]);

  context = command_context (command);
  print_help (context);

  return TOOL_EXIT_OK;
}

static int
run_command (const ToolCommand *command,
             char             **arguments)
{
  g_autoptr(GOptionContext) context = command_context (command);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (arguments);
  int argc;

  /* A common option given before the command must be one the command takes. */
  if (tool_opt_data != NULL && !(command->uses & TOOL_USES_DATA))
    return tool_usage_error (command->name, _("%s does not take --data"), command->name);
  if (tool_opt_json && !(command->uses & TOOL_USES_JSON))
    {
      if (command == &tool_command_export)
        return tool_usage_error (command->name, _("%s does not take --json; use --format json"), command->name);
      return tool_usage_error (command->name, _("%s does not take --json"), command->name);
    }
  if (opt_lang != NULL && !(command->uses & TOOL_USES_LANG))
    return tool_usage_error (command->name, _("%s does not take --lang"), command->name);

  {
    const GOptionEntry *groups[] = {
      command->entries,
      command->uses & TOOL_USES_DATA ? data_entries : NULL,
      command->uses & TOOL_USES_LANG ? lang_entries : NULL,
      command->uses & TOOL_USES_JSON ? json_entries : NULL,
      color_entries,
    };
    const GOptionEntry *common[] = { data_entries, lang_entries };
    const char *first = NULL, *second = NULL;
    const GOptionEntry *twice = repeated_option (arguments, groups, G_N_ELEMENTS (groups), FALSE,
                                                 &first, &second);
    gboolean attached;

    if (twice != NULL)
      return tool_usage_error (command->name, _("--%s is given twice (\"%s\", then \"%s\"); it "
                               "takes one value"), twice->long_name, first, second);
    /* A common option given before the command and again after it. */
    for (guint a = 1; arguments[a] != NULL && !g_str_equal (arguments[a], "--"); a++)
      {
        const GOptionEntry *entry = arguments[a][0] == '-' && arguments[a][1] != '\0' ?
                                    entry_of (arguments[a], common, G_N_ELEMENTS (common), &attached) : NULL;

        if ((entry == data_entries && tool_opt_data != NULL) ||
            (entry == lang_entries && opt_lang != NULL))
          return tool_usage_error (command->name, _("--%s is given twice (before and after the "
                                   "command); it takes one value"), entry->long_name);
      }

    if (!g_option_context_parse_strv (context, &args, &error))
      return option_error (command->name, error, arguments, groups, G_N_ELEMENTS (groups));
  }

  /* Text for people is fitted to the width; data (JSON, export, merge) never is. */
  tool_output_set_wrap (!tool_opt_json && command != &tool_command_export &&
                        command != &tool_command_merge);

  /* Drop a "--" that ended the options, if GOption left it. */
  argc = (int) g_strv_length (args);
  for (int i = 1; i < argc; i++)
    if (g_str_equal (args[i], "--"))
      {
        g_free (args[i]);
        memmove (&args[i], &args[i + 1], (gsize) (argc - i) * sizeof (char *));
        argc--;
        break;
      }

  return command->run (argc, args);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const ToolCommand *command;
  g_auto(GStrv) args = NULL;
  int n_args;

  setlocale (LC_ALL, "");
  {
    const char *localedir = g_getenv ("CCBNET_LOCALEDIR");

    bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : CCBNET_LOCALEDIR);
    bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    textdomain (GETTEXT_PACKAGE);
  }
  tool_output_init ();

  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  context = main_context ();
  {
    const GOptionEntry *groups[] = { data_entries, lang_entries, json_entries, color_entries,
                                     version_entries };
    const char *first = NULL, *second = NULL;
    const GOptionEntry *twice = repeated_option (argv, groups, G_N_ELEMENTS (groups), TRUE,
                                                 &first, &second);

    if (twice != NULL)
      return tool_usage_error (NULL, _("--%s is given twice (\"%s\", then \"%s\"); it takes one "
                               "value"), twice->long_name, first, second);
  }
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      const GOptionEntry *groups[] = { data_entries, lang_entries, json_entries, color_entries,
                                       version_entries };

      return option_error (NULL, error, argv, groups, G_N_ELEMENTS (groups));
    }
  n_args = (int) g_strv_length (args);

  if (opt_version)
    {
      g_print ("ccbnet %s\n", CCBNET_VERSION_S);
      return TOOL_EXIT_OK;
    }

  if (n_args < 2)
    {
      /* Translators: the word before the last of a list of commands: "show, list, … diff and help" */
      g_autofree char *names = command_names (_(" and "));

      fprintf (stderr, "%s ccbnet [OPTION…] COMMAND [ARGUMENT…]\n", _("Usage:"));
      return tool_usage_error (NULL, _("no command given; the commands are %s"), names);
    }

  if (g_str_equal (args[1], "help"))
    return run_help (n_args - 1, args + 1);

  command = find_command (args[1]);
  if (command == NULL)
    return unknown_command (args[1]);

  return run_command (command, args + 1);
}
