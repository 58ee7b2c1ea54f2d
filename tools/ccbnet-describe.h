/* ccbnet-describe.h: records as text blocks, table rows and JSON objects
 *
 * The JSON shapes written here are the stable shapes documented in docs/cli.md.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

G_BEGIN_DECLS

void tool_json_entity_ref   (ToolJson       *json,
                             const char     *key,
                             CcbnetEntity   *entity);
void tool_json_entity_brief (ToolJson       *json,
                             const char     *key,
                             CcbnetEntity   *entity);
void tool_json_relation     (ToolJson       *json,
                             const char     *key,
                             CcbnetRelation *relation);
void tool_json_section      (ToolJson       *json,
                             const char     *key,
                             CcbnetSection  *section);
/* The section's own members, into an object the caller has begun. */
void tool_json_section_members (ToolJson      *json,
                                CcbnetSection *section);
void tool_json_document     (ToolJson       *json,
                             const char     *key,
                             CcbnetDocument *document);
void tool_json_citations    (ToolJson       *json,
                             const char     *key,
                             GPtrArray      *citations);

ToolTable *tool_entity_table   (void);
void       tool_entity_row     (ToolTable      *table,
                                CcbnetEntity   *entity);

guint tool_relation_id_width (GListModel     *relations);
void tool_text_relation     (GString        *out,
                             CcbnetRelation *relation,
                             guint           indent,
                             guint           id_width);
void tool_text_relations    (GString        *out,
                             GListModel     *relations,
                             guint           indent);
void tool_text_heading      (GString        *out,
                             const char     *heading);

G_END_DECLS
