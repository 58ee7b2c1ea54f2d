/* faults.c: an LD_PRELOAD shim that makes file system calls fail, for the save and read tests
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* Loaded with LD_PRELOAD into a program that saves (ccbnet export -o, ccbnet compile -o), it
 * makes one kind of call fail, and only for files in one directory, so that the program's other
 * files (its libraries, the dataset it reads) are left alone:
 *
 *   CCBNET_FAULT_DIR=DIR   the directory (a path as the program will name it)
 *   CCBNET_FAULT=WHAT      one of
 *     open:EACCES    creating or opening a file in DIR for writing fails (permission denied)
 *     write:ENOSPC   the first write to such a file writes half its bytes, the next fails (the
 *                    disk is full)
 *     fsync:EIO      flushing such a file fails
 *     close:EIO      closing such a file fails
 *     rename:EACCES  renaming a file of DIR fails
 *     rename:kill    the process is killed (SIGKILL) instead of renaming a file of DIR: the
 *                    moment between writing the new file and putting it in place
 *     read:rewrite   the first read from the start of a file of DIR opened for reading is
 *                    followed, once, by the file being written over in place with the bytes
 *                    of the file CCBNET_FAULT_WITH names: another program rewriting it while
 *                    it is read
 *     read:grow      every read from the start of such a file is followed by one byte
 *                    written at its end: a file that never stops changing
 *
 * Without CCBNET_FAULT, or for other files, every call goes through unchanged. */

/* Both open () and open64 () are defined here: without this, the build's large-file flag would
 * make the first an alias of the second. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FDS 1024

static char in_dir[MAX_FDS];   /* whether an fd is a file of the directory, opened for writing */
static int wrote[MAX_FDS];
static char *reading[MAX_FDS]; /* the path of a file of the directory opened for reading */

static const char *
fault (void)
{
  const char *what = getenv ("CCBNET_FAULT");

  return what != NULL ? what : "";
}

/* Whether @path names a file directly in CCBNET_FAULT_DIR. */
static int
is_in_dir (const char *path)
{
  const char *dir = getenv ("CCBNET_FAULT_DIR");
  size_t len;

  if (dir == NULL || path == NULL)
    return 0;
  len = strlen (dir);
  while (len > 1 && dir[len - 1] == '/')
    len--;

  return strncmp (path, dir, len) == 0 && path[len] == '/' && strchr (path + len + 1, '/') == NULL;
}

static void *
next (const char *name)
{
  void *real = dlsym (RTLD_NEXT, name);

  if (real == NULL)
    abort ();

  return real;
}

static int
opened (int         fd,
        const char *path,
        int         flags)
{
  if (fd >= 0 && fd < MAX_FDS)
    {
      in_dir[fd] = (flags & (O_WRONLY | O_RDWR)) != 0 && is_in_dir (path);
      wrote[fd] = 0;
      free (reading[fd]);
      reading[fd] = (flags & (O_WRONLY | O_RDWR)) == 0 && is_in_dir (path) ? strdup (path) : NULL;
    }

  return fd;
}

/* open () and open64 () alike: @real is the next definition of @name. */
static int
open_file (int        (**real) (const char *, int, ...),
           const char  *name,
           const char  *path,
           int          flags,
           mode_t       mode)
{
  if ((flags & (O_WRONLY | O_RDWR)) != 0 && is_in_dir (path) && strcmp (fault (), "open:EACCES") == 0)
    {
      errno = EACCES;
      return -1;
    }
  if (*real == NULL)
    *real = next (name);

  return opened ((*real) (path, flags, mode), path, flags);
}

/* The mode, which the caller passes only when it creates a file. */
#define MODE_OF(flags, mode) \
  do { \
    if ((flags) & (O_CREAT | O_TMPFILE)) \
      { \
        va_list args; \
        va_start (args, flags); \
        mode = va_arg (args, mode_t); \
        va_end (args); \
      } \
  } while (0)

int
open (const char *path,
      int         flags,
      ...)
{
  static int (*real) (const char *, int, ...);
  mode_t mode = 0;

  MODE_OF (flags, mode);

  return open_file (&real, "open", path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
{
  static int (*real) (const char *, int, ...);
  mode_t mode = 0;

  MODE_OF (flags, mode);

  return open_file (&real, "open64", path, flags, mode);
}

ssize_t
write (int         fd,
       const void *data,
       size_t      size)
{
  static ssize_t (*real) (int, const void *, size_t);

  if (real == NULL)
    real = next ("write");
  if (fd >= 0 && fd < MAX_FDS && in_dir[fd] && strcmp (fault (), "write:ENOSPC") == 0)
    {
      if (wrote[fd]++ > 0 || size < 2)
        {
          errno = ENOSPC;
          return -1;
        }
      return real (fd, data, size / 2);
    }

  return real (fd, data, size);
}

int
fsync (int fd)
{
  static int (*real) (int);

  if (real == NULL)
    real = next ("fsync");
  if (fd >= 0 && fd < MAX_FDS && in_dir[fd] && strcmp (fault (), "fsync:EIO") == 0)
    {
      errno = EIO;
      return -1;
    }

  return real (fd);
}

int
close (int fd)
{
  static int (*real) (int);
  int failing = fd >= 0 && fd < MAX_FDS && in_dir[fd] && strcmp (fault (), "close:EIO") == 0;
  int result;

  if (real == NULL)
    real = next ("close");
  if (fd >= 0 && fd < MAX_FDS)
    {
      in_dir[fd] = 0;
      free (reading[fd]);
      reading[fd] = NULL;
    }
  result = real (fd);
  if (failing)
    {
      /* As Linux does: the descriptor is closed all the same. */
      errno = EIO;
      return -1;
    }

  return result;
}

int
rename (const char *from,
        const char *to)
{
  static int (*real) (const char *, const char *);

  if (real == NULL)
    real = next ("rename");
  if (is_in_dir (from) && strcmp (fault (), "rename:EACCES") == 0)
    {
      errno = EACCES;
      return -1;
    }
  if (is_in_dir (from) && strcmp (fault (), "rename:kill") == 0)
    kill (getpid (), SIGKILL);

  return real (from, to);
}

/* Writes @size bytes of @data to a new descriptor of @path opened with @flags, as another
 * program would; gives up silently, which the test then sees as a read that went through. */
static void
write_to (const char *path,
          int         flags,
          const char *data,
          size_t      size)
{
  int fd = open (path, O_WRONLY | flags);

  if (fd < 0)
    return;
  while (size > 0)
    {
      ssize_t n = write (fd, data, size);

      if (n <= 0)
        break;
      data += n;
      size -= (size_t) n;
    }
  close (fd);
}

/* Writes the file @path over in place with the content of CCBNET_FAULT_WITH. */
static void
rewrite (const char *path)
{
  const char *with = getenv ("CCBNET_FAULT_WITH");
  char *data = NULL;
  size_t size = 0;
  FILE *in;

  if (with == NULL || (in = fopen (with, "rb")) == NULL)
    abort ();
  for (;;)
    {
      char *more = realloc (data, size + 65536);
      size_t n;

      if (more == NULL)
        abort ();
      data = more;
      n = fread (data + size, 1, 65536, in);
      size += n;
      if (n == 0)
        break;
    }
  fclose (in);
  write_to (path, O_TRUNC, data, size);
  free (data);
}

ssize_t
read (int     fd,
      void   *data,
      size_t  size)
{
  static ssize_t (*real) (int, void *, size_t);
  static int rewritten;
  off_t at;
  ssize_t n;

  if (real == NULL)
    real = next ("read");
  if (fd < 0 || fd >= MAX_FDS || reading[fd] == NULL ||
      (strcmp (fault (), "read:rewrite") != 0 && strcmp (fault (), "read:grow") != 0))
    return real (fd, data, size);

  at = lseek (fd, 0, SEEK_CUR);
  n = real (fd, data, size);
  if (n > 0 && at == 0)
    {
      int errsv = errno;

      if (strcmp (fault (), "read:grow") == 0)
        write_to (reading[fd], O_APPEND, " ", 1);
      else if (!rewritten++)
        rewrite (reading[fd]);
      errno = errsv;
    }

  return n;
}
