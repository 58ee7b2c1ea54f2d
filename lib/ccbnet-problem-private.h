/* ccbnet-problem-private.h: a problem on its way from where it is found to the caller
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet.h"

G_BEGIN_DECLS

/* What the scanner, the loader and the check of a compiled file know about a problem, in parts.
 * It travels as this struct until the last moment: a CcbnetProblem is made from it
 * (ccbnet_problem_new_from_info()), and a GError or a line of text from that problem, so that
 * nothing ever has to read a location back out of a message. */
typedef struct
{
  CcbnetDatasetError  code;
  const char         *filename;  /* borrowed, as the caller gave it (any bytes), or NULL */
  char               *path;      /* the JSON path of the member at fault, or NULL */
  guint               line;      /* from 1, or 0 when there is a path or no place at all */
  guint               column;    /* in characters, from 1, or 0 */
  char               *message;   /* what is wrong and what was expected, without the place */
} CcbnetProblemInfo;

CcbnetProblem *ccbnet_problem_new           (CcbnetDatasetError       code,
                                             const char              *filename,
                                             const char              *path,
                                             guint                    line,
                                             guint                    column,
                                             const char              *message);
CcbnetProblem *ccbnet_problem_new_from_info (const CcbnetProblemInfo *info);

void ccbnet_problem_info_set   (CcbnetProblemInfo  *info,
                                CcbnetDatasetError  code,
                                guint               line,
                                guint               column,
                                const char         *format,
                                ...) G_GNUC_PRINTF (5, 6);
void ccbnet_problem_info_clear (CcbnetProblemInfo  *info);

G_END_DECLS
