/* ccbnet-registry-save.c: the registry's dataset written out as canonical JSON
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"
#include "ccbnet-writer-private.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

static gboolean
save_failed (GError     **error,
             int          errsv,
             const char  *path,
             const char  *what,
             char        *temporary)
{
  if (temporary != NULL)
    g_unlink (temporary);
  /* Translators: the file's name, what failed ("cannot replace the old file"), and what the
   * system said. */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               _("Cannot save “%s”: %s: %s; the file is left as it was"), path, what, g_strerror (errsv));

  return FALSE;
}

/* Writes @size bytes of @data to a new file beside @path, flushes it to the disk and renames it
 * over @path, which keeps its permissions. Until the rename, @path is untouched; there is no
 * in-place fallback, so a directory that takes no new file makes saving fail. */
static gboolean
save_local (const char  *path,
            const char  *data,
            gsize        size,
            GError     **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  /* A hidden name beside the target; g_mkstemp_full () fills in the six X. */
  g_autofree char *pattern = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temporary = g_build_filename (directory, pattern, NULL);
  GStatBuf st;
  gboolean existed = g_stat (path, &st) == 0;
  int fd;

  if (existed && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot save “%s”: it is %s, not a regular file; it is left as it was"), path,
                   S_ISDIR (st.st_mode) ? _("a directory") : _("a special file"));
      return FALSE;
    }

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int errsv = errno;
      g_autofree char *what = g_strdup_printf (_("cannot create a file in %s"), directory);

      return save_failed (error, errsv, path, what, NULL);
    }

  while (size > 0)
    {
      gssize n = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int errsv = n < 0 ? errno : ENOSPC;

          close (fd);
          return save_failed (error, errsv, path, _("cannot write the new content"), temporary);
        }
      data += n;
      size -= n;
    }

  if ((existed && fchmod (fd, st.st_mode & 07777) != 0) || fsync (fd) != 0)
    {
      int errsv = errno;

      close (fd);
      return save_failed (error, errsv, path, _("cannot write the new content"), temporary);
    }
  if (close (fd) != 0)
    {
      int errsv = errno;

      return save_failed (error, errsv, path, _("cannot write the new content"), temporary);
    }
  if (g_rename (temporary, path) != 0)
    {
      int errsv = errno;

      return save_failed (error, errsv, path, _("cannot replace the old file"), temporary);
    }

  return TRUE;
}

/* Replaces @file with @bytes so that a failure loses nothing: a local file through
 * save_local(), a file elsewhere through g_file_replace_contents(), which writes beside the old
 * file and renames where its backend can. */
gboolean
ccbnet_save_bytes (GFile         *file,
                   GBytes        *bytes,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (path != NULL)
    return save_local (path, data, size, error);

  return g_file_replace_contents (file, data != NULL ? data : "", size, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}

/* The snapshot of @self, referenced, or NULL with @error set when it has loaded nothing.
 * Release it with ccbnet_snapshot_unref(). */
CcbnetSnapshot *
ccbnet_registry_dup_snapshot (CcbnetRegistry  *self,
                              GError         **error)
{
  CcbnetSnapshot *snapshot = ccbnet_registry_acquire (self);

  if (snapshot != NULL)
    snapshot = ccbnet_snapshot_ref (snapshot);
  ccbnet_registry_release (self);
  if (snapshot == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                         _("The registry has no dataset loaded"));

  return snapshot;
}

static char *
dup_member (CcbnetRegistry *self,
            guint           member)
{
  CcbnetSnapshot *snapshot = ccbnet_registry_dup_snapshot (self, NULL);
  char *text;

  if (snapshot == NULL)
    return NULL;
  text = ccbnet_snapshot_dup_dataset_member (snapshot, member);
  ccbnet_snapshot_unref (snapshot);

  return text;
}

/**
 * ccbnet_registry_dup_title:
 * @self: a registry
 *
 * Gets the title of the loaded dataset: the member `title` of its file.
 *
 * Returns: (transfer full) (nullable): the title, or %NULL when the dataset has none or none
 *   is loaded
 *
 * Since: 1.2
 */
char *
ccbnet_registry_dup_title (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return dup_member (self, DATASET_TITLE);
}

/**
 * ccbnet_registry_dup_license:
 * @self: a registry
 *
 * Gets the license statement of the loaded dataset: the member `license` of its file.
 *
 * Returns: (transfer full) (nullable): the license statement, or %NULL when the dataset has
 *   none or none is loaded
 *
 * Since: 1.2
 */
char *
ccbnet_registry_dup_license (CcbnetRegistry *self)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);

  return dup_member (self, DATASET_LICENSE);
}

/**
 * ccbnet_registry_to_json:
 * @self: a registry
 * @error: return location for a #GError
 *
 * Writes the loaded dataset as `ccbnet/1` JSON in its canonical form: the dataset's members,
 * then its sources, sections, entities and relations in the order they were loaded, each
 * record's members in a fixed order, two spaces of indent, UTF-8 as it is (the quotes keep the
 * page's exact characters) and a final newline. The canonical form is described in the
 * dataset format's documentation; it is also what Python's `json.dumps (data, indent=2,
 * ensure_ascii=False)` writes. Loading the result gives a registry that answers every question
 * as this one does, and writing that one again gives the same bytes.
 *
 * Returns: (transfer full): the JSON text, or %NULL with @error set to
 *   %G_IO_ERROR_NOT_INITIALIZED when the registry has loaded no dataset
 *
 * Since: 1.2
 */
GBytes *
ccbnet_registry_to_json (CcbnetRegistry  *self,
                         GError         **error)
{
  CcbnetSnapshot *snapshot;
  GBytes *bytes;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  snapshot = ccbnet_registry_dup_snapshot (self, error);
  if (snapshot == NULL)
    return NULL;
  bytes = ccbnet_snapshot_to_json (snapshot);
  ccbnet_snapshot_unref (snapshot);

  return bytes;
}

/**
 * ccbnet_registry_write_json:
 * @self: a registry
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the loaded dataset to @file as [method@Ccbnet.Registry.to_json] writes it.
 *
 * The file is replaced atomically: the new text is written to a temporary file beside it,
 * flushed, and renamed over the old one. When anything fails (the disk is full, the directory
 * may not be written), the old file stays exactly as it was and @error says why, naming the
 * file.
 *
 * Returns: %TRUE on success, %FALSE with @error set: %G_IO_ERROR_NOT_INITIALIZED when the
 *   registry has loaded no dataset, else a #GFileError or #GIOErrorEnum for writing
 *
 * Since: 1.2
 */
gboolean
ccbnet_registry_write_json (CcbnetRegistry  *self,
                            GFile           *file,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ccbnet_registry_to_json (self, error);

  return bytes != NULL && ccbnet_save_bytes (file, bytes, cancellable, error);
}
