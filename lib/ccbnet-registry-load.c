/* ccbnet-registry-load.c: how a registry reads, checks, loads and writes datasets
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ccbnet-private.h"
#include "ccbnet-loader-private.h"
#include "ccbnet-registry-private.h"
#include "ccbnet-snapshot-private.h"

/* Every way into a registry ends in load_snapshot(): the bytes, JSON or compiled, become a new
 * snapshot, or the problems that stop them, as structs (ccbnet-problem-private.h) until a caller
 * needs a CcbnetProblem, and a GError only for the first of them. The async variants run the
 * same functions in a GTask thread and install the snapshot in the caller's thread. */

static void
add_problem (GPtrArray         *problems,
             CcbnetProblemInfo *info)
{
  g_ptr_array_add (problems, ccbnet_problem_new_from_info (info));
  ccbnet_problem_info_clear (info);
}

static void
set_too_large (CcbnetProblemInfo *info,
               gboolean           is_file,
               guint64            size,
               guint64            max_size)
{
  ccbnet_problem_info_set (info, CCBNET_DATASET_ERROR_LIMIT, 0, 0,
                           is_file ? _("the file is %llu bytes, more than the limit of %llu bytes (CcbnetRegistry:max-size)")
                                   : _("the data is %llu bytes, more than the limit of %llu bytes (CcbnetRegistry:max-size)"),
                           (unsigned long long) size, (unsigned long long) max_size);
}

/* Loads @bytes, JSON or compiled, into a new snapshot. Returns NULL with @error set when
 * cancelled, or with the problems in @problems: every one when @collect_all, else the first. */
static CcbnetSnapshot *
load_snapshot (GBytes             *bytes,
               const char         *filename,
               const CcbnetLimits *limits,
               gboolean            collect_all,
               GPtrArray          *problems,
               GCancellable       *cancellable,
               GError            **error)
{
  CcbnetProblemInfo problem = { .filename = filename };
  CcbnetSnapshot *snapshot;

  if (g_bytes_get_size (bytes) > limits->max_size)
    {
      set_too_large (&problem, FALSE, g_bytes_get_size (bytes), limits->max_size);
      add_problem (problems, &problem);
      return NULL;
    }

  if (!ccbnet_is_compiled_dataset (bytes))
    return ccbnet_load_bytes (bytes, filename, limits, collect_all, problems, cancellable, error);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  snapshot = ccbnet_load_compiled (bytes, &problem);
  if (snapshot == NULL)
    add_problem (problems, &problem);

  return snapshot;
}

/* The error of a failed load: its first problem, as text, made here and nowhere before. */
static GError *
error_from_problems (GPtrArray *problems)
{
  GError *error = ccbnet_problem_to_error (g_ptr_array_index (problems, 0));

  if (problems->len > 1)
    {
      char *message = g_strdup_printf ("%s (and %u more problems)", error->message,
                                       problems->len - 1);

      g_free (error->message);
      error->message = message;
    }

  return error;
}

/* Loads @bytes for a load (not a check): NULL with @error set on any failure. */
static CcbnetSnapshot *
load_or_fail (GBytes             *bytes,
              const char         *filename,
              const CcbnetLimits *limits,
              GCancellable       *cancellable,
              GError            **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;
  CcbnetSnapshot *snapshot;

  snapshot = load_snapshot (bytes, filename, limits, FALSE, problems, cancellable, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else if (snapshot == NULL)
    g_propagate_error (error, error_from_problems (problems));

  return snapshot;
}

/* Checks @bytes as loading would, collecting every problem. */
static GPtrArray *
check (GBytes             *bytes,
       const char         *filename,
       const CcbnetLimits *limits,
       GCancellable       *cancellable)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_object_unref);

  ccbnet_snapshot_unref (load_snapshot (bytes, filename, limits, TRUE, problems, cancellable, NULL));

  return problems;
}

/* @format (untranslated: translating it might change errno before it is read) has two %s:
 * the file's name, then what the system said. */
static void set_io_error (GError     **error,
                          int          errsv,
                          const char  *format,
                          const char  *name) G_GNUC_PRINTF (3, 0);

static void
set_io_error (GError     **error,
              int          errsv,
              const char  *format,
              const char  *name)
{
  /* The format is checked where it is written (G_GNUC_PRINTF (3, 0)): a literal with two %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), _(format), name, g_strerror (errsv));
#pragma GCC diagnostic pop
}

/* How many times a regular file that changes while it is read is read again before the read
 * fails. */
#define MAX_READ_ATTEMPTS 3

/* Whether the file that @a and @b describe, taken from one descriptor, may have changed between
 * the two: another size, modification or change time. */
static gboolean
file_changed (const GStatBuf *a,
              const GStatBuf *b)
{
  return a->st_size != b->st_size ||
         a->st_mtim.tv_sec != b->st_mtim.tv_sec || a->st_mtim.tv_nsec != b->st_mtim.tv_nsec ||
         a->st_ctim.tv_sec != b->st_ctim.tv_sec || a->st_ctim.tv_nsec != b->st_ctim.tv_nsec;
}

/* Reads @fd from where it stands to its end into memory, never more than @max_size bytes (one
 * byte more, to see that a stream goes on); @buf describes it, and a regular file is read in one
 * go. Returns NULL with @error set, or with @too_large set when the data goes on past the limit. */
static GByteArray *
read_all (int                fd,
          const GStatBuf    *buf,
          const char        *name,
          guint64            max_size,
          CcbnetProblemInfo *too_large,
          GCancellable      *cancellable,
          GError           **error)
{
  g_autoptr(GByteArray) contents = NULL;
  guint64 limit = max_size < G_MAXSIZE ? max_size + 1 : G_MAXSIZE;
  gsize size = MIN (S_ISREG (buf->st_mode) ? (guint64) buf->st_size + 1 : 65536, limit);

  contents = g_byte_array_sized_new (size);
  for (;;)
    {
      gsize len = contents->len;
      gssize n;
      int errsv;

      if (len == size)
        size = MIN ((guint64) size * 2, limit);
      g_byte_array_set_size (contents, size);
      n = read (fd, contents->data + len, MIN (size - len, (gsize) G_MAXSSIZE));
      errsv = errno;
      g_byte_array_set_size (contents, len + MAX (n, 0));
      if (n < 0 && errsv == EINTR)
        continue;
      if (n < 0)
        {
          set_io_error (error, errsv, N_("Failed to read from file “%s”: %s"), name);
          return NULL;
        }
      if (n == 0)
        return g_steal_pointer (&contents);
      if (contents->len > max_size)
        {
          ccbnet_problem_info_set (too_large, CCBNET_DATASET_ERROR_LIMIT, 0, 0,
                                   _("the file holds more than the limit of %llu bytes (CcbnetRegistry:max-size)"),
                                   (unsigned long long) max_size);
          return NULL;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
    }
}

/* Reads the local file @path, named @name in messages. A regular file over @max_size is refused
 * from its size; anything else (a pipe, a device) is read up to @max_size and refused when it
 * goes on: @too_large then describes the problem and @error stays unset.
 *
 * The bytes are the process's own, so that nothing done to the file afterwards reaches them;
 * a regular file that changes while it is read (its size or times move) is read again, and
 * after MAX_READ_ATTEMPTS such reads the read fails. Only with @map_files is a compiled dataset
 * in a regular file mapped instead (CcbnetRegistry:map-files says what that costs). */
static GBytes *
read_local (const char        *path,
            const char        *name,
            guint64            max_size,
            gboolean           map_files,
            CcbnetProblemInfo *too_large,
            GCancellable      *cancellable,
            GError           **error)
{
  GStatBuf buf;
  int fd;

  do
    fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      set_io_error (error, errno, N_("Failed to open file “%s”: %s"), name);
      return NULL;
    }
  if (fstat (fd, &buf) != 0)
    {
      set_io_error (error, errno, N_("Failed to get the attributes of file “%s”: %s"), name);
      g_close (fd, NULL);
      return NULL;
    }
  if (S_ISDIR (buf.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("“%s” is a directory, not a file"), name);
      g_close (fd, NULL);
      return NULL;
    }

  for (guint attempt = 1; ; attempt++)
    {
      g_autoptr(GByteArray) contents = NULL;
      GStatBuf after;

      if (S_ISREG (buf.st_mode) && (guint64) buf.st_size > max_size)
        {
          set_too_large (too_large, TRUE, buf.st_size, max_size);
          break;
        }
      if (S_ISREG (buf.st_mode) && map_files)
        {
          GMappedFile *mapped = g_mapped_file_new_from_fd (fd, FALSE, NULL);

          if (mapped != NULL)
            {
              GBytes *bytes = g_mapped_file_get_bytes (mapped);

              g_mapped_file_unref (mapped);
              if (ccbnet_is_compiled_dataset (bytes))
                {
                  g_close (fd, NULL);
                  return bytes;
                }
              g_bytes_unref (bytes);
            }
        }

      contents = read_all (fd, &buf, name, max_size, too_large, cancellable, error);
      if (contents == NULL)
        break;
      if (!S_ISREG (buf.st_mode))
        {
          g_close (fd, NULL);
          return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
        }

      /* A regular file: whole only if nothing moved while it was read. */
      if (fstat (fd, &after) != 0)
        {
          set_io_error (error, errno, N_("Failed to get the attributes of file “%s”: %s"), name);
          break;
        }
      if (!file_changed (&buf, &after))
        {
          g_close (fd, NULL);
          return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
        }
      if (attempt == MAX_READ_ATTEMPTS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                       _("“%s” changed while it was being read, %u times in a row: another program "
                       "is writing it in place (write a new file and rename it over the old one "
                       "instead)"), name, MAX_READ_ATTEMPTS);
          break;
        }
      if (lseek (fd, 0, SEEK_SET) != 0)
        {
          set_io_error (error, errno, N_("Failed to read from file “%s”: %s"), name);
          break;
        }
      buf = after;
    }
  g_close (fd, NULL);

  return NULL;
}

/* Reads a whole dataset file, named @name in messages: a local file with read_local(), another
 * through GIO, refused from its size when GIO knows it. */
static GBytes *
read_file (GFile             *file,
           const char        *name,
           const CcbnetLimits *limits,
           CcbnetProblemInfo *too_large,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  guint64 max_size = limits->max_size;
  gsize length;

  if (g_file_peek_path (file) != NULL)
    return read_local (g_file_peek_path (file), name, max_size, limits->map_files, too_large,
                       cancellable, error);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > max_size)
    {
      set_too_large (too_large, TRUE, g_file_info_get_size (info), max_size);
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  if (length > max_size)
    {
      set_too_large (too_large, TRUE, length, max_size);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* read_file(), with a file too large as an error. */
static GBytes *
read_or_fail (GFile              *file,
              const char         *name,
              const CcbnetLimits *limits,
              GCancellable       *cancellable,
              GError            **error)
{
  CcbnetProblemInfo too_large = { .filename = name };
  GBytes *bytes = read_file (file, name, limits, &too_large, cancellable, error);

  if (bytes == NULL && too_large.message != NULL)
    {
      g_autoptr(CcbnetProblem) problem = ccbnet_problem_new_from_info (&too_large);

      g_propagate_error (error, ccbnet_problem_to_error (problem));
      ccbnet_problem_info_clear (&too_large);
    }

  return bytes;
}

/**
 * ccbnet_registry_read_file:
 * @self: a registry
 * @file: a dataset in the `ccbnet/1` JSON format, or compiled
 * @display_name: (nullable): the name to give @file in messages, or %NULL for its parse name
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a dataset file as [method@Ccbnet.Registry.load_from_file] reads it, without loading
 * it: a file larger than [property@Ccbnet.Registry:max-size] is refused from its size, before it
 * is read, and a local file is read into memory of the process's own, again when it changes
 * while it is read, or mapped if it is a compiled dataset and
 * [property@Ccbnet.Registry:map-files] is set (test the bytes with
 * [func@Ccbnet.is_compiled_dataset]).
 *
 * A program that names files the way its user typed them, as a command-line tool does, reads
 * them this way and passes the bytes, with the same name, to
 * [method@Ccbnet.Registry.load_from_bytes], [method@Ccbnet.Registry.load_from_bytes_async] or
 * [method@Ccbnet.Registry.check_bytes]; [method@Ccbnet.Registry.load_from_file] names files by
 * their parse name ([method@Gio.File.get_parse_name]).
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set: a #GIOErrorEnum for
 *   reading (%G_IO_ERROR_BUSY for a file that went on changing while it was read), or
 *   %CCBNET_DATASET_ERROR_LIMIT (`NAME: the file is … bytes, more than the limit of … bytes
 *   (CcbnetRegistry:max-size)`)
 *
 * Since: 1.2
 */
GBytes *
ccbnet_registry_read_file (CcbnetRegistry  *self,
                           GFile           *file,
                           const char      *display_name,
                           GCancellable    *cancellable,
                           GError         **error)
{
  g_autofree char *parse_name = NULL;
  CcbnetLimits limits;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = parse_name = g_file_get_parse_name (file);
  limits = ccbnet_registry_get_limits (self);

  return read_or_fail (file, display_name, &limits, cancellable, error);
}

/**
 * ccbnet_registry_load_from_bytes:
 * @self: a registry
 * @bytes: a dataset in the `ccbnet/1` JSON format, or compiled
 * @filename: (nullable): the name to give in error messages, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads a dataset from memory and makes it the registry's content. On failure the registry
 * keeps what it had. See [method@Ccbnet.Registry.load_from_file].
 *
 * Bytes that start with the magic of a compiled dataset (see
 * [method@Ccbnet.Registry.write_compiled] and [func@Ccbnet.is_compiled_dataset]) are read as
 * one: the registry keeps a reference to @bytes and reads its records from them as they are
 * needed.
 *
 * Returns: %TRUE on success, %FALSE with @error set (%CCBNET_DATASET_ERROR, or
 *   %G_IO_ERROR_CANCELLED)
 *
 * Since: 1.0
 */
gboolean
ccbnet_registry_load_from_bytes (CcbnetRegistry  *self,
                                 GBytes          *bytes,
                                 const char      *filename,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  CcbnetLimits limits;
  CcbnetSnapshot *snapshot;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  limits = ccbnet_registry_get_limits (self);
  snapshot = load_or_fail (bytes, filename, &limits, cancellable, error);
  if (snapshot == NULL)
    return FALSE;

  ccbnet_registry_install (self, snapshot);

  return TRUE;
}

/**
 * ccbnet_registry_load_from_file:
 * @self: a registry
 * @file: a dataset in the `ccbnet/1` JSON format, or compiled
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads a dataset from a file and makes it the registry's content.
 *
 * A file written by [method@Ccbnet.Registry.write_compiled] is recognised by its first bytes and
 * read in place rather than parsed: it opens in about the time it takes to read and check it,
 * and records become objects only when they are asked for. It is checked once when it is opened
 * (its structure, and that every reference in it is in range); a damaged or hostile file fails
 * with %CCBNET_DATASET_ERROR_FORMAT.
 *
 * The registry reads the file into memory of its own, so that nothing done to the file later
 * changes its answers; a file that changes while it is being read is read again, and the load
 * fails with %G_IO_ERROR_BUSY if it changes three times in a row. Replace a dataset file by
 * renaming a new one over it, as the library's writers do, rather than by writing into it.
 * [property@Ccbnet.Registry:map-files] maps compiled files instead, for files that are only
 * ever replaced that way.
 *
 * The file is checked in full before anything changes: the bytes (strict JSON, at most
 * [property@Ccbnet.Registry:max-size] bytes and [property@Ccbnet.Registry:max-depth] levels)
 * and the meaning (unique ids, references that resolve, known enumeration values, entity types
 * that fit each relation, required qualifiers, no part-of cycles). The error names the first
 * problem: `FILE:LINE:COLUMN: …` for the bytes, `FILE: $.relations[12].subject: …` for the
 * meaning, where FILE is the file's parse name. Use [method@Ccbnet.Registry.check_file] to get
 * every problem, and [method@Ccbnet.Registry.read_file] to give the file another name.
 *
 * On failure the registry keeps what it had. On success its listings emit
 * [signal@Gio.ListModel::items-changed]; entities and relations handed out before stay valid.
 *
 * Returns: %TRUE on success, %FALSE with @error set: %CCBNET_DATASET_ERROR for the content, a
 *   #GIOErrorEnum for reading
 *
 * Since: 1.0
 */
gboolean
ccbnet_registry_load_from_file (CcbnetRegistry  *self,
                                GFile           *file,
                                GCancellable    *cancellable,
                                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  CcbnetLimits limits;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  limits = ccbnet_registry_get_limits (self);
  bytes = read_or_fail (file, name, &limits, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  return ccbnet_registry_load_from_bytes (self, bytes, name, cancellable, error);
}

/* The work of an async call, done in a GTask thread. */
typedef struct
{
  GFile        *file;      /* read it first, or */
  GBytes       *bytes;     /* take these */
  char         *name;
  CcbnetLimits  limits;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->name);
  g_free (job);
}

static Job *
job_new (CcbnetRegistry *self,
         GFile          *file,
         GBytes         *bytes,
         const char     *name)
{
  Job *job = g_new0 (Job, 1);

  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  job->name = file != NULL ? g_file_get_parse_name (file) : g_strdup (name);
  job->limits = ccbnet_registry_get_limits (self);

  return job;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  CcbnetSnapshot *snapshot;

  if (job->file != NULL)
    bytes = read_or_fail (job->file, job->name, &job->limits, cancellable, &error);
  else
    bytes = g_bytes_ref (job->bytes);

  snapshot = bytes != NULL ? load_or_fail (bytes, job->name, &job->limits, cancellable, &error) : NULL;
  if (snapshot == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, snapshot, (GDestroyNotify) ccbnet_snapshot_unref);
}

/* Back in the caller's thread: installs what the worker loaded. */
static void
load_ready (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CcbnetRegistry *self = CCBNET_REGISTRY (source_object);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  CcbnetSnapshot *snapshot;

  snapshot = g_task_propagate_pointer (G_TASK (result), &error);
  if (snapshot == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A cancellation that comes after the work but before this point still wins: the caller
   * asked for nothing to change. */
  if (g_task_return_error_if_cancelled (task))
    {
      ccbnet_snapshot_unref (snapshot);
      return;
    }

  ccbnet_registry_install (self, snapshot);
  g_task_return_boolean (task, TRUE);
}

static void
load_async (CcbnetRegistry      *self,
            Job                 *job,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) worker = NULL;

  g_task_set_source_tag (task, source_tag);
  worker = g_task_new (self, cancellable, load_ready, g_steal_pointer (&task));
  g_task_set_source_tag (worker, load_thread);
  g_task_set_task_data (worker, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (worker, load_thread);
}

static gboolean
load_finish (CcbnetRegistry  *self,
             GAsyncResult    *result,
             gpointer         source_tag,
             GError         **error)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ccbnet_registry_load_from_file_async:
 * @self: a registry
 * @file: a dataset in the `ccbnet/1` JSON format
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): the function to call when the load is done
 * @user_data: (closure callback): data for @callback
 *
 * Loads a dataset from a file in a worker thread, so that the calling thread (an application's
 * main loop) is not blocked. The registry's content is replaced in the thread that called this
 * function, just before @callback runs; finish with
 * [method@Ccbnet.Registry.load_from_file_finish]. Cancelling leaves the registry as it was.
 *
 * Since: 1.0
 */
void
ccbnet_registry_load_from_file_async (CcbnetRegistry      *self,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  load_async (self, job_new (self, file, NULL, NULL), ccbnet_registry_load_from_file_async,
              cancellable, callback, user_data);
}

/**
 * ccbnet_registry_load_from_file_finish:
 * @self: a registry
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ccbnet.Registry.load_from_file_async].
 *
 * Returns: %TRUE if the dataset was loaded, %FALSE with @error set as for
 *   [method@Ccbnet.Registry.load_from_file] (or %G_IO_ERROR_CANCELLED)
 *
 * Since: 1.0
 */
gboolean
ccbnet_registry_load_from_file_finish (CcbnetRegistry  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  return load_finish (self, result, ccbnet_registry_load_from_file_async, error);
}

/**
 * ccbnet_registry_load_from_bytes_async:
 * @self: a registry
 * @bytes: a dataset in the `ccbnet/1` JSON format, or compiled
 * @filename: (nullable): the name to give in error messages, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): the function to call when the load is done
 * @user_data: (closure callback): data for @callback
 *
 * Loads a dataset from memory in a worker thread, as
 * [method@Ccbnet.Registry.load_from_file_async] loads a file; the registry keeps a reference to
 * @bytes until then. Finish with [method@Ccbnet.Registry.load_from_bytes_finish].
 *
 * Since: 1.2
 */
void
ccbnet_registry_load_from_bytes_async (CcbnetRegistry      *self,
                                       GBytes              *bytes,
                                       const char          *filename,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  load_async (self, job_new (self, NULL, bytes, filename), ccbnet_registry_load_from_bytes_async,
              cancellable, callback, user_data);
}

/**
 * ccbnet_registry_load_from_bytes_finish:
 * @self: a registry
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ccbnet.Registry.load_from_bytes_async].
 *
 * Returns: %TRUE if the dataset was loaded, %FALSE with @error set as for
 *   [method@Ccbnet.Registry.load_from_bytes]
 *
 * Since: 1.2
 */
gboolean
ccbnet_registry_load_from_bytes_finish (CcbnetRegistry  *self,
                                        GAsyncResult    *result,
                                        GError         **error)
{
  return load_finish (self, result, ccbnet_registry_load_from_bytes_async, error);
}

/**
 * ccbnet_registry_check_bytes:
 * @self: a registry
 * @bytes: a dataset in the `ccbnet/1` JSON format, or compiled
 * @filename: (nullable): the name to give in problems, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 *
 * Checks a dataset as loading would, with the registry's limits, and reports every problem
 * rather than only the first. A problem in the bytes (syntax, encoding, limits) stops the check,
 * since nothing after it can be read; problems of meaning are all reported. The registry does
 * not change.
 *
 * Returns: (transfer container) (element-type CcbnetProblem): the problems, in file order; empty
 *   for a valid dataset. A cancelled check returns the problems found so far. The array holds a
 *   reference on each problem: g_ptr_array_unref() frees them all.
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_registry_check_bytes (CcbnetRegistry *self,
                             GBytes         *bytes,
                             const char     *filename,
                             GCancellable   *cancellable)
{
  CcbnetLimits limits;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  limits = ccbnet_registry_get_limits (self);

  return check (bytes, filename, &limits, cancellable);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;

  g_task_return_pointer (task, check (job->bytes, job->name, &job->limits, cancellable),
                         (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ccbnet_registry_check_bytes_async:
 * @self: a registry
 * @bytes: a dataset in the `ccbnet/1` JSON format, or compiled
 * @filename: (nullable): the name to give in problems, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): the function to call when the check is done
 * @user_data: (closure callback): data for @callback
 *
 * Checks a dataset in a worker thread, as [method@Ccbnet.Registry.check_bytes] does, so that
 * the calling thread is not blocked. Finish with [method@Ccbnet.Registry.check_bytes_finish].
 *
 * Since: 1.2
 */
void
ccbnet_registry_check_bytes_async (CcbnetRegistry      *self,
                                   GBytes              *bytes,
                                   const char          *filename,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ccbnet_registry_check_bytes_async);
  /* A cancelled check still returns what it found, as the synchronous one does. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job_new (self, NULL, bytes, filename), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * ccbnet_registry_check_bytes_finish:
 * @self: a registry
 * @result: the result passed to the callback
 *
 * Finishes [method@Ccbnet.Registry.check_bytes_async].
 *
 * Returns: (transfer container) (element-type CcbnetProblem): the problems, as
 *   [method@Ccbnet.Registry.check_bytes] returns them
 *
 * Since: 1.2
 */
GPtrArray *
ccbnet_registry_check_bytes_finish (CcbnetRegistry *self,
                                    GAsyncResult   *result)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ccbnet_registry_check_bytes_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), NULL);
}

/**
 * ccbnet_registry_check_file:
 * @self: a registry
 * @file: a dataset in the `ccbnet/1` JSON format, or compiled
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks a dataset file and reports every problem, like [method@Ccbnet.Registry.check_bytes].
 * A file larger than [property@Ccbnet.Registry:max-size] is one problem of code
 * %CCBNET_DATASET_ERROR_LIMIT.
 *
 * Returns: (transfer container) (nullable) (element-type CcbnetProblem): the problems, empty for
 *   a valid dataset, or %NULL with @error set if the file cannot be read. The array holds a
 *   reference on each problem: g_ptr_array_unref() frees them all.
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_registry_check_file (CcbnetRegistry  *self,
                            GFile           *file,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  CcbnetProblemInfo too_large = { 0, };
  CcbnetLimits limits;

  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  limits = ccbnet_registry_get_limits (self);
  name = g_file_get_parse_name (file);
  too_large.filename = name;
  bytes = read_file (file, name, &limits, &too_large, cancellable, error);
  if (bytes == NULL)
    {
      GPtrArray *problems;

      if (too_large.message == NULL)
        return NULL;
      problems = g_ptr_array_new_with_free_func (g_object_unref);
      add_problem (problems, &too_large);
      return problems;
    }

  return check (bytes, name, &limits, cancellable);
}

/* The compiled form of the registry's dataset, or NULL with @error set. */
static GBytes *
compile (CcbnetRegistry  *self,
         GError         **error)
{
  CcbnetSnapshot *snapshot = ccbnet_registry_acquire (self);
  GBytes *bytes = snapshot != NULL ? ccbnet_snapshot_compile (snapshot) : NULL;

  ccbnet_registry_release (self);
  if (bytes == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                         _("The registry has no dataset to compile"));

  return bytes;
}

static gboolean
write_compiled (CcbnetRegistry  *self,
                GFile           *file,
                GCancellable    *cancellable,
                GError         **error)
{
  g_autoptr(GBytes) bytes = compile (self, error);

  if (bytes == NULL)
    return FALSE;

  return ccbnet_save_bytes (file, bytes, cancellable, error);
}

/**
 * ccbnet_registry_write_compiled:
 * @self: a registry
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the registry's dataset to @file in the compiled form: a versioned binary file (a
 * header, then GVariant tables of fixed-size rows and indexes) that
 * [method@Ccbnet.Registry.load_from_file] maps into memory instead of parsing. Opening it takes
 * about the time needed to check it once, and memory grows only with the records asked for,
 * where loading JSON builds every index and holds json-glib's tree meanwhile. A registry loaded
 * from a compiled file answers every lookup, find, query and path exactly as one loaded from
 * the JSON it was compiled from.
 *
 * ```c
 * g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
 * g_autoptr(GFile) json = g_file_new_for_path ("dataset.json");
 * g_autoptr(GFile) compiled = g_file_new_for_path ("dataset.ccbnetdb");
 *
 * if (!ccbnet_registry_load_from_file (registry, json, NULL, &error) ||
 *     !ccbnet_registry_write_compiled (registry, compiled, NULL, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * The same data always compiles to the same bytes. The file is replaced atomically, so a
 * registry that has the old file open keeps reading it safely. A compiled file is for machines
 * of the byte order it was written on.
 *
 * Returns: %TRUE on success, %FALSE with @error set: a #GIOErrorEnum for writing, or
 *   %G_IO_ERROR_NOT_INITIALIZED when the registry has loaded no dataset
 *
 * Since: 1.0
 */
gboolean
ccbnet_registry_write_compiled (CcbnetRegistry  *self,
                                GFile           *file,
                                GCancellable    *cancellable,
                                GError         **error)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_compiled (self, file, cancellable, error);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_compiled (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ccbnet_registry_write_compiled_async:
 * @self: a registry
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): the function to call when the file is written
 * @user_data: (closure callback): data for @callback
 *
 * Writes the compiled form of the registry's dataset in a worker thread, as
 * [method@Ccbnet.Registry.write_compiled] does. Finish with
 * [method@Ccbnet.Registry.write_compiled_finish].
 *
 * Since: 1.2
 */
void
ccbnet_registry_write_compiled_async (CcbnetRegistry      *self,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CCBNET_IS_REGISTRY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ccbnet_registry_write_compiled_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, write_thread);
}

/**
 * ccbnet_registry_write_compiled_finish:
 * @self: a registry
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ccbnet.Registry.write_compiled_async].
 *
 * Returns: %TRUE if the file was written, %FALSE with @error set as for
 *   [method@Ccbnet.Registry.write_compiled]
 *
 * Since: 1.2
 */
gboolean
ccbnet_registry_write_compiled_finish (CcbnetRegistry  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_return_val_if_fail (CCBNET_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ccbnet_registry_write_compiled_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
