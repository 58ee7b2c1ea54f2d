/* ccbnet-compile-shipped.c: compiles the shipped dataset at build time
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Run by the build, not installed: `ccbnet-compile-shipped IN.json OUT`. It links the library's
 * objects with a resource that holds only the JSON (the library it builds holds both), loads IN
 * strictly, and writes its compiled form to OUT, which the build then puts into the library's
 * resource beside the JSON, so that ccbnet_registry_get_default() reads it in place instead of
 * parsing. It runs on the machine the library is built for (meson.can_run_host_binaries()), so
 * the compiled form has that machine's byte order. */

#include "ccbnet-private.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CcbnetRegistry) registry = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("Usage: %s IN.json OUT\n", argv[0]);
      return 64;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  output = g_file_new_for_commandline_arg (argv[2]);
  registry = ccbnet_registry_new ();
  if (!ccbnet_registry_load_from_file (registry, input, NULL, &error) ||
      !ccbnet_registry_write_compiled (registry, output, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  return 0;
}
