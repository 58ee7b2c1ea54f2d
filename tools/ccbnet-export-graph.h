/* ccbnet-export-graph.h: the graph formats of `ccbnet export` (ccbnet-export-graph.c)
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

G_BEGIN_DECLS

typedef enum {
  TOOL_GRAPH_GRAPHML,
  TOOL_GRAPH_GEXF,
  TOOL_GRAPH_NODE_LINK,
  TOOL_GRAPH_CSV,
} ToolGraphFormat;

/* Appends @registry's graph in @format to @out; for CSV, the nodes to @out and the edges to
 * @second. FALSE when the XML writer failed (out of memory). */
gboolean tool_export_graph (ToolGraphFormat  format,
                            CcbnetRegistry  *registry,
                            GString         *out,
                            GString         *second);

G_END_DECLS
