/* ccbnet-loader-records.c: each kind of record of a dataset, checked and added to the store
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-loader-private.h"
#include "ccbnet-builder-private.h"
#include "ccbnet-entity-private.h"

/* One reader per list of the format (sources, sections, entities, relations): it checks a record
 * against the members its kind may have, resolves every reference through the ids claimed so
 * far, checks what the format requires (entity types at each end of a relation, required
 * qualifiers) and adds the record's rows to the builder. The part-of graph is checked for cycles
 * once every relation is read. */

static const guint64 document_fields = B (F_ID) | B (F_KIND) | B (F_TITLE) | B (F_PUBLISHER) |
                                       B (F_URL) | B (F_LANGUAGE) | B (F_RETRIEVED) | B (F_FILE) |
                                       B (F_NOTE) | B (F_PUBLISHED) | B (F_EDITION);
static const guint64 section_fields = B (F_ID) | B (F_SCOPE) | B (F_HEADING) | B (F_SOURCES);
static const guint64 name_fields = B (F_NAME) | B (F_LANG) | B (F_NOTE) | B (F_SOURCE) |
                                   B (F_START_DATE) | B (F_END_DATE) | B (F_ENDED);
static const guint64 entity_fields = B (F_ID) | B (F_ENTITY_TYPE) | B (F_CLASSIFICATION) |
                                     B (F_NAME) | B (F_NAME_SOURCE) | B (F_SHORT_NAME) |
                                     B (F_OTHER_NAMES) | B (F_SCOPE) | B (F_SECTION) |
                                     B (F_DESCRIPTION) | B (F_CADENCE) | B (F_CADENCE_TEXT) |
                                     B (F_STATUS) | B (F_IS_COLLECTIVE) | B (F_NOTE) | B (F_SOURCES) |
                                     B (F_START_DATE) | B (F_END_DATE) | B (F_ENDED);
static const guint64 organisation_fields = B (F_SECTORS);
static const guint64 platform_fields = B (F_PURPOSES) | B (F_TOPICS) | B (F_CHARACTERISTICS) |
                                       B (F_MEMBER_CATEGORIES) | B (F_TOPICS_NON_EXHAUSTIVE);
static const guint64 legal_fields = B (F_DATE);
static const guint64 post_fields = B (F_ROLE);
static const guint64 relation_fields = B (F_ID) | B (F_KIND) | B (F_SUBJECT) | B (F_OBJECT) |
                                       B (F_ON_BEHALF_OF) | B (F_VIA) | B (F_CONTEXT) |
                                       B (F_CAPACITY) | B (F_LEGAL_BASIS) | B (F_FRAMEWORK) |
                                       B (F_CONDITION) | B (F_CONDITION_TEXT) | B (F_CONDITION_REF) |
                                       B (F_CADENCE) | B (F_CADENCE_TEXT) | B (F_ROLE) | B (F_TOPIC) |
                                       B (F_LEVELS) | B (F_NON_EXHAUSTIVE) | B (F_JOINTLY_WITH) |
                                       B (F_START_DATE) | B (F_END_DATE) | B (F_ENDED) |
                                       B (F_SUPERSEDES) | B (F_NOTE) | B (F_SECTION) | B (F_SOURCES);

/* A record's "start_date", "end_date" and "ended": dates of the format's form, an end not
 * before the start, and "ended" only for an end no source dates. Returns whether it ended at an
 * unknown date. */
static gboolean
read_validity (Loader     *l,
               JsonNode   *fields[N_FIELDS],
               const char *base,
               guint32    *start,
               guint32    *end)
{
  const char *dates[2] = {
    ccbnet_loader_get_string (l, fields, F_START_DATE, base, FALSE),
    ccbnet_loader_get_string (l, fields, F_END_DATE, base, FALSE),
  };
  gboolean ended = ccbnet_loader_get_boolean (l, fields, F_ENDED, base);
  gboolean ok = TRUE;

  for (guint i = 0; i < 2; i++)
    if (dates[i] != NULL && !ccbnet_loader_is_partial_date (dates[i]))
      {
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, i == 0 ? "start_date" : "end_date",
                              _("\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"), dates[i]);
        ok = FALSE;
      }
  if (ok && dates[0] != NULL && dates[1] != NULL &&
      ccbnet_date_key (dates[1], strlen (dates[1]), TRUE) < ccbnet_date_key (dates[0], strlen (dates[0]), FALSE))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "end_date",
                          _("\"%s\" is before the start_date \"%s\", expected a date on or after it"),
                          dates[1], dates[0]);
  if (ended && dates[1] != NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "ended",
                          _("\"ended\" is for an end at a date no source gives, but \"end_date\" gives one; "
                          "expected one of the two"));
  *start = ccbnet_loader_string (l, dates[0]);
  *end = ccbnet_loader_string (l, dates[1]);

  return ended;
}

void
ccbnet_loader_read_document (Loader     *l,
                             JsonNode   *node,
                             guint       index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *language, *retrieved, *published, *edition, *url;
  guint32 claim, position;
  guint32 *row;

  ccbnet_loader_index_path (base, "$", "sources", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("expected a source object, found %s"),
                            ccbnet_loader_node_kind_name (node));
      return;
    }

  ccbnet_loader_read_fields (l, json_node_get_object (node), base, document_fields, N_("a source"), NULL, fields);
  id = ccbnet_loader_get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = ccbnet_loader_claim_id (l, id, CCBNET_LIST_SOURCES, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH);
  row[DOC_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[DOC_KIND] = ccbnet_loader_get_enum (l, fields, F_KIND, base, l->document_kinds, TRUE, 0);
  row[DOC_TITLE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_TITLE, base, TRUE));
  row[DOC_PUBLISHER] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_PUBLISHER, base, TRUE));
  row[DOC_URL] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_URL, base, FALSE));
  language = ccbnet_loader_get_string (l, fields, F_LANGUAGE, base, TRUE);
  if (language != NULL && !ccbnet_loader_is_language_tag (language))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "language",
                          _("\"%s\" is not a language tag, expected a BCP 47 tag such as \"en\""), language);
  row[DOC_LANGUAGE] = ccbnet_loader_string (l, language);
  retrieved = ccbnet_loader_get_string (l, fields, F_RETRIEVED, base, FALSE);
  if (retrieved != NULL && (strlen (retrieved) != 10 || !ccbnet_loader_is_partial_date (retrieved)))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "retrieved",
                          _("\"%s\" is not a date, expected YYYY-MM-DD"), retrieved);
  row[DOC_RETRIEVED] = ccbnet_loader_string (l, retrieved);
  published = ccbnet_loader_get_string (l, fields, F_PUBLISHED, base, FALSE);
  if (published != NULL && !ccbnet_loader_is_partial_date (published))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "published",
                          _("\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"), published);
  row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, position);
  row[DOC_PUBLISHED] = ccbnet_loader_string (l, published);
  edition = ccbnet_loader_get_string (l, fields, F_EDITION, base, FALSE);
  row[DOC_EDITION] = ccbnet_loader_string (l, edition);

  /* The same address read twice is two editions: the day it was read or a label must tell them
   * apart. */
  url = ccbnet_loader_get_string (l, fields, F_URL, base, FALSE);
  if (url != NULL)
    {
      char *key = g_strdup_printf ("%s\n%s\n%s", url, retrieved != NULL ? retrieved : "",
                                   edition != NULL ? edition : "");
      gpointer first;

      if (g_hash_table_lookup_extended (l->editions, key, NULL, &first))
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "url",
                                _("the same address as $.sources[%u], read the same day, expected a "
                                "\"retrieved\" date or an \"edition\" that tells the two apart"),
                                GPOINTER_TO_UINT (first));
          g_free (key);
        }
      else
        g_hash_table_insert (l->editions, key, GUINT_TO_POINTER (index));
    }
  row[DOC_FILE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_FILE, base, FALSE));
  row[DOC_NOTE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_NOTE, base, FALSE));
}

void
ccbnet_loader_read_section (Loader   *l,
                            JsonNode *node,
                            guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id;
  JsonNode *heading;
  guint32 claim, position, first_heading, n_headings = 0, sources, n_sources;
  guint32 *row;

  ccbnet_loader_index_path (base, "$", "sections", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("expected a section object, found %s"),
                            ccbnet_loader_node_kind_name (node));
      return;
    }

  ccbnet_loader_read_fields (l, json_node_get_object (node), base, section_fields, N_("a section"), NULL, fields);
  id = ccbnet_loader_get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = ccbnet_loader_claim_id (l, id, CCBNET_LIST_SECTIONS, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH);
  row[SEC_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[SEC_SCOPE] = ccbnet_loader_get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  first_heading = ccbnet_builder_count (l->b, CCBNET_TABLE_HEADINGS, HEAD_WIDTH);

  heading = fields[F_HEADING];
  if (heading == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("missing member \"heading\""));
  else if (!JSON_NODE_HOLDS_OBJECT (heading))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "heading",
                          _("expected an object of language tags to headings, found %s"), ccbnet_loader_node_kind_name (heading));
  else
    {
      JsonObjectIter iter;
      const char *language;
      JsonNode *text;
      gboolean english = FALSE;
      char path[PATH_SIZE];

      g_snprintf (path, sizeof path, "%s.heading", base);

      json_object_iter_init_ordered (&iter, json_node_get_object (heading));
      while (json_object_iter_next_ordered (&iter, &language, &text))
        {
          if (!ccbnet_loader_is_language_tag (language))
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, language,
                                  _("\"%s\" is not a language tag, expected a BCP 47 tag such as \"nl\""), language);
          else if (!JSON_NODE_HOLDS_VALUE (text) || json_node_get_value_type (text) != G_TYPE_STRING ||
                   *json_node_get_string (text) == '\0')
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, language,
                                  _("expected a non-empty string, found %s"), ccbnet_loader_node_kind_name (text));
          else
            {
              guint32 *heading_row = ccbnet_builder_row (l->b, CCBNET_TABLE_HEADINGS, HEAD_WIDTH);

              heading_row[HEAD_LANGUAGE] = ccbnet_loader_string (l, language);
              heading_row[HEAD_TEXT] = ccbnet_loader_string (l, json_node_get_string (text));
              n_headings++;
              english |= g_str_equal (language, "en");
            }
        }
      if (!english)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                              _("missing the English heading, expected a member \"en\""));
    }

  ccbnet_loader_read_citations (l, fields, base, &sources, &n_sources);

  row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH, position);
  row[SEC_HEADINGS] = first_heading;
  row[SEC_N_HEADINGS] = n_headings;
  row[SEC_SOURCES] = sources;
  row[SEC_N_SOURCES] = n_sources;
}

/* Reads an entity's other names into the store and the name index. */
static void
read_other_names (Loader     *l,
                  JsonNode   *fields[N_FIELDS],
                  const char *base,
                  guint32     entity,
                  guint32    *first,
                  guint32    *count)
{
  JsonArray *array = ccbnet_loader_get_array (l, fields, F_OTHER_NAMES, base, FALSE);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  *first = ccbnet_builder_count (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH);
  *count = 0;

  for (guint i = 0; i < n && !STOP (l); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char path[PATH_SIZE];
      JsonNode *nfields[N_FIELDS];
      const char *text, *language, *source_id;
      guint32 *row;

      ccbnet_loader_index_path (path, base, "other_names", i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                                _("expected a name object {\"name\", \"lang\", …}, found %s"), ccbnet_loader_node_kind_name (node));
          continue;
        }
      ccbnet_loader_read_fields (l, json_node_get_object (node), path, name_fields, N_("a name"), NULL, nfields);
      text = ccbnet_loader_get_string (l, nfields, F_NAME, path, TRUE);
      language = ccbnet_loader_get_string (l, nfields, F_LANG, path, FALSE);
      source_id = ccbnet_loader_get_string (l, nfields, F_SOURCE, path, FALSE);
      if (text == NULL)
        continue;
      if (language != NULL && !ccbnet_loader_is_language_tag (language))
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, "lang",
                                _("\"%s\" is not a language tag, expected a BCP 47 tag such as \"fr\""), language);
          continue;
        }

      row = ccbnet_builder_row (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH);
      row[NAME_TEXT] = ccbnet_loader_string (l, text);
      row[NAME_LANGUAGE] = ccbnet_loader_string (l, language != NULL ? language : "en");
      row[NAME_NOTE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, nfields, F_NOTE, path, FALSE));
      {
        guint32 start, end;
        gboolean ended = read_validity (l, nfields, path, &start, &end);

        row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH, *first + *count);
        row[NAME_START_DATE] = start;
        row[NAME_END_DATE] = end;
        row[NAME_ENDED] = ended;
      }
      if (source_id != NULL)
        {
          guint32 document = ccbnet_builder_lookup_id (l->b, source_id, CCBNET_LIST_SOURCES);

          if (document == CCBNET_NONE)
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, "source",
                                  _("unknown source id \"%s\", expected the id of an entry of $.sources"), source_id);
          ccbnet_builder_get_row (l->b, CCBNET_TABLE_NAMES, NAME_WIDTH, *first + *count)[NAME_SOURCE] = document;
        }
      ccbnet_builder_add_name (l->b, text, entity, 3);
      (*count)++;
    }
}

static guint32 *
entity_row (Loader  *l,
            guint32  position)
{
  return ccbnet_builder_get_row (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH, position);
}

void
ccbnet_loader_read_entity (Loader   *l,
                           JsonNode *node,
                           guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id, *name_source, *name, *short_name, *classification;
  CcbnetEntityType type;
  GType gtype;
  guint64 allowed = entity_fields;
  guint32 claim, position, scope, cadence, status, sectors = 0, first, count, start_date, end_date;
  gboolean is_collective, ended, topics_non_exhaustive = FALSE;
  guint32 *row;

  ccbnet_loader_index_path (base, "$", "entities", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("expected an entity object, found %s"),
                            ccbnet_loader_node_kind_name (node));
      return;
    }

  /* The entity type decides which members are allowed, so read it first. */
  {
    JsonObject *object = json_node_get_object (node);
    JsonNode *type_fields[N_FIELDS] = { NULL, };

    type_fields[F_ENTITY_TYPE] = json_object_get_member (object, "entity_type");
    type = ccbnet_loader_get_enum (l, type_fields, F_ENTITY_TYPE, base, l->entity_types, TRUE,
                                   CCBNET_ENTITY_TYPE_ANY);
    if (type == CCBNET_ENTITY_TYPE_ANY)
      return;
  }

  switch (type)
    {
    case CCBNET_ENTITY_TYPE_ORGANISATION:
    case CCBNET_ENTITY_TYPE_STATE:
    case CCBNET_ENTITY_TYPE_ACTOR_GROUP:
      allowed |= organisation_fields;
      break;
    case CCBNET_ENTITY_TYPE_BODY:
    case CCBNET_ENTITY_TYPE_EVENT_SERIES:
      allowed |= platform_fields;
      break;
    case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT:
      allowed |= legal_fields;
      break;
    case CCBNET_ENTITY_TYPE_POST:
      allowed |= post_fields;
      break;
    case CCBNET_ENTITY_TYPE_ANY:
    case CCBNET_ENTITY_TYPE_AREA:
    case CCBNET_ENTITY_TYPE_SERVICE:
    case CCBNET_ENTITY_TYPE_ROLE:
    case CCBNET_ENTITY_TYPE_PUBLICATION:
    case CCBNET_ENTITY_TYPE_INITIATIVE:
    default:
      break;
    }

  ccbnet_loader_read_fields (l, json_node_get_object (node), base, allowed, NULL,
                             g_enum_get_value (l->entity_types, type)->value_nick, fields);

  id = ccbnet_loader_get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = ccbnet_loader_claim_id (l, id, CCBNET_LIST_ENTITIES, index, base)) == CCBNET_NONE)
    return;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  row[ENT_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[ENT_N_OTHER_NAMES] = row[ENT_N_SOURCES] = row[ENT_N_PURPOSES] = row[ENT_N_TOPICS] = 0;
  row[ENT_N_CHARACTERISTICS] = row[ENT_N_MEMBER_CATEGORIES] = 0;
  classification = ccbnet_loader_get_string (l, fields, F_CLASSIFICATION, base, TRUE);
  if (classification != NULL && !ccbnet_loader_is_slug (classification))
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "classification",
                          _("\"%s\" is not a valid classification, expected lowercase words joined by hyphens"),
                          classification);
  row[ENT_CLASSIFICATION] = ccbnet_loader_string (l, classification);
  name = ccbnet_loader_get_string (l, fields, F_NAME, base, TRUE);
  row[ENT_NAME] = ccbnet_loader_string (l, name);
  short_name = ccbnet_loader_get_string (l, fields, F_SHORT_NAME, base, FALSE);
  row[ENT_SHORT_NAME] = ccbnet_loader_string (l, short_name);
  scope = ccbnet_loader_get_enum (l, fields, F_SCOPE, base, l->scopes, TRUE, CCBNET_SCOPE_ANY);
  row[ENT_DESCRIPTION] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_DESCRIPTION, base, FALSE));
  cadence = ccbnet_loader_get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE, CCBNET_CADENCE_UNSPECIFIED);
  row[ENT_CADENCE_TEXT] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_CADENCE_TEXT, base, FALSE));
  if (row[ENT_CADENCE_TEXT] != CCBNET_NONE && fields[F_CADENCE] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
                          _("a cadence text needs a \"cadence\""));
  status = ccbnet_loader_get_enum (l, fields, F_STATUS, base, l->statuses, FALSE, CCBNET_STATUS_UNSPECIFIED);
  is_collective = ccbnet_loader_get_boolean (l, fields, F_IS_COLLECTIVE, base);
  ended = read_validity (l, fields, base, &start_date, &end_date);
  row = entity_row (l, position);
  row[ENT_START_DATE] = start_date;
  row[ENT_END_DATE] = end_date;
  row[ENT_NOTE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_NOTE, base, FALSE));

  section_id = ccbnet_loader_get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      guint32 section = ccbnet_builder_lookup_id (l->b, section_id, CCBNET_LIST_SECTIONS);

      if (section == CCBNET_NONE)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                              _("unknown section id \"%s\", expected the id of an entry of $.sections"), section_id);
      else
        {
          guint32 section_scope = ccbnet_builder_get_row (l->b, CCBNET_TABLE_SECTIONS, SEC_WIDTH, section)[SEC_SCOPE];

          row[ENT_SECTION] = section;
          if (scope != CCBNET_SCOPE_ANY && section_scope != scope)
            ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "scope",
                                  _("scope \"%s\" differs from the scope \"%s\" of section \"%s\""),
                                  g_enum_get_value (l->scopes, scope)->value_nick,
                                  g_enum_get_value (l->scopes, section_scope)->value_nick, section_id);
        }
    }

  name_source = ccbnet_loader_get_string (l, fields, F_NAME_SOURCE, base, FALSE);
  if (name_source != NULL)
    {
      guint32 document = ccbnet_builder_lookup_id (l->b, name_source, CCBNET_LIST_SOURCES);

      if (document == CCBNET_NONE)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "name_source",
                              _("unknown source id \"%s\", expected the id of an entry of $.sources"), name_source);
      else if (ccbnet_builder_get_row (l->b, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, document)[DOC_KIND] !=
               CCBNET_DOCUMENT_KIND_EXTERNAL)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "name_source",
                              _("source \"%s\" is the primary page, expected an external source"), name_source);
      else
        row[ENT_NAME_SOURCE] = document;
    }

  ccbnet_builder_add_name (l->b, id, position, 0);
  ccbnet_builder_add_name (l->b, name, position, 1);
  ccbnet_builder_add_name (l->b, short_name, position, 2);
  read_other_names (l, fields, base, position, &first, &count);
  entity_row (l, position)[ENT_OTHER_NAMES] = first;
  entity_row (l, position)[ENT_N_OTHER_NAMES] = count;
  ccbnet_loader_read_citations (l, fields, base, &first, &count);
  entity_row (l, position)[ENT_SOURCES] = first;
  entity_row (l, position)[ENT_N_SOURCES] = count;

  gtype = ccbnet_entity_type_get_gtype (type);
  if (gtype == CCBNET_TYPE_ORGANISATION)
    sectors = ccbnet_loader_get_flags (l, fields, F_SECTORS, base, l->sectors);
  else if (gtype == CCBNET_TYPE_PLATFORM)
    {
      static const struct { Field field; guint first; } lists[] = {
        { F_PURPOSES, ENT_PURPOSES },
        { F_TOPICS, ENT_TOPICS },
        { F_TOPICS_NON_EXHAUSTIVE, 0 },
        { F_CHARACTERISTICS, ENT_CHARACTERISTICS },
        { F_MEMBER_CATEGORIES, ENT_MEMBER_CATEGORIES },
      };

      for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
        {
          if (lists[i].field == F_TOPICS_NON_EXHAUSTIVE)
            {
              topics_non_exhaustive = ccbnet_loader_get_boolean (l, fields, F_TOPICS_NON_EXHAUSTIVE, base);
              continue;
            }
          ccbnet_loader_get_string_list (l, fields, lists[i].field, base, &first, &count);
          entity_row (l, position)[lists[i].first] = first;
          entity_row (l, position)[lists[i].first + 1] = count;
        }
    }
  else if (gtype == CCBNET_TYPE_LEGAL_INSTRUMENT)
    {
      const char *date = ccbnet_loader_get_string (l, fields, F_DATE, base, FALSE);

      if (date != NULL && !ccbnet_loader_is_partial_date (date))
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, "date",
                              _("\"%s\" is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"), date);
      else
        entity_row (l, position)[ENT_DATE] = ccbnet_loader_string (l, date);
    }
  else if (gtype == CCBNET_TYPE_POST)
    entity_row (l, position)[ENT_ROLE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_ROLE, base, FALSE));

  entity_row (l, position)[ENT_BITS] = ENT_MAKE_BITS (type, scope, cadence, status, is_collective,
                                                      topics_non_exhaustive, sectors) |
                                       (ended ? ENT_ENDED_BIT : 0);
}

static guint32
get_entity_ref (Loader     *l,
                JsonNode   *fields[N_FIELDS],
                Field       f,
                const char *base,
                gboolean    required)
{
  const char *id = ccbnet_loader_get_string (l, fields, f, base, required);
  guint32 entity;

  if (id == NULL)
    return CCBNET_NONE;

  entity = ccbnet_builder_lookup_id (l->b, id, CCBNET_LIST_ENTITIES);
  if (entity == CCBNET_NONE)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, ccbnet_loader_field_names[f],
                          _("unknown entity id \"%s\", expected the id of an entry of $.entities"), id);

  return entity;
}

static CcbnetEntityType
entity_type_of (Loader  *l,
                guint32  entity)
{
  return ENT_TYPE (entity_row (l, entity)[ENT_BITS]);
}

static const char *
type_nick (Loader  *l,
           guint32  entity)
{
  return g_enum_get_value (l->entity_types, entity_type_of (l, entity))->value_nick;
}

/* The id of @entity, for a message. */
static char *
entity_id (Loader  *l,
           guint32  entity)
{
  return ccbnet_builder_dup_string (l->b, entity_row (l, entity)[ENT_ID]);
}

static void
require_type (Loader           *l,
              guint32           entity,
              CcbnetEntityType  type,
              const char       *base,
              const char       *member)
{
  if (entity != CCBNET_NONE && entity_type_of (l, entity) != type)
    {
      g_autofree char *id = entity_id (l, entity);

      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_RELATION, base, member,
                            _("\"%s\" is of type \"%s\", expected an entity of type \"%s\""),
                            id, type_nick (l, entity),
                            g_enum_get_value (l->entity_types, type)->value_nick);
    }
}

void
ccbnet_loader_read_relation (Loader   *l,
                             JsonNode *node,
                             guint     index)
{
  char base[PATH_SIZE];
  JsonNode *fields[N_FIELDS];
  const char *id, *section_id;
  JsonArray *jointly;
  const char *kind_nick;
  guint32 claim, kind, subject, object, condition, cadence, levels, section = CCBNET_NONE;
  guint32 sources, n_sources, position;
  gboolean non_exhaustive, ended;
  JsonArray *supersedes;
  guint32 extra[EXT_WIDTH];
  gboolean has_extra = FALSE;
  g_autoptr(GArray) co_actors = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 *row;

  ccbnet_loader_index_path (base, "$", "relations", index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, base, NULL, _("expected a relation object, found %s"),
                            ccbnet_loader_node_kind_name (node));
      return;
    }

  ccbnet_loader_read_fields (l, json_node_get_object (node), base, relation_fields, N_("a relation"), NULL, fields);
  id = ccbnet_loader_get_string (l, fields, F_ID, base, TRUE);
  if (id == NULL || (claim = ccbnet_loader_claim_id (l, id, CCBNET_LIST_RELATIONS, index, base)) == CCBNET_NONE)
    return;

  kind = ccbnet_loader_get_enum (l, fields, F_KIND, base, l->kinds, TRUE, CCBNET_RELATION_KIND_ANY);
  subject = get_entity_ref (l, fields, F_SUBJECT, base, TRUE);
  object = get_entity_ref (l, fields, F_OBJECT, base, TRUE);
  extra[EXT_ON_BEHALF_OF] = get_entity_ref (l, fields, F_ON_BEHALF_OF, base, FALSE);
  extra[EXT_VIA] = get_entity_ref (l, fields, F_VIA, base, FALSE);
  extra[EXT_CONTEXT] = get_entity_ref (l, fields, F_CONTEXT, base, FALSE);
  extra[EXT_CAPACITY] = get_entity_ref (l, fields, F_CAPACITY, base, FALSE);
  extra[EXT_LEGAL_BASIS] = get_entity_ref (l, fields, F_LEGAL_BASIS, base, FALSE);
  extra[EXT_FRAMEWORK] = get_entity_ref (l, fields, F_FRAMEWORK, base, FALSE);
  condition = ccbnet_loader_get_enum (l, fields, F_CONDITION, base, l->conditions, FALSE, CCBNET_CONDITION_NONE);
  extra[EXT_CONDITION_TEXT] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_CONDITION_TEXT, base, FALSE));
  extra[EXT_CONDITION_REF] = get_entity_ref (l, fields, F_CONDITION_REF, base, FALSE);
  cadence = ccbnet_loader_get_enum (l, fields, F_CADENCE, base, l->cadences, FALSE, CCBNET_CADENCE_UNSPECIFIED);
  extra[EXT_CADENCE_TEXT] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_CADENCE_TEXT, base, FALSE));
  extra[EXT_ROLE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_ROLE, base, FALSE));
  extra[EXT_TOPIC] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_TOPIC, base, FALSE));
  levels = ccbnet_loader_get_flags (l, fields, F_LEVELS, base, l->levels);
  non_exhaustive = ccbnet_loader_get_boolean (l, fields, F_NON_EXHAUSTIVE, base);
  extra[EXT_NOTE] = ccbnet_loader_string (l, ccbnet_loader_get_string (l, fields, F_NOTE, base, FALSE));

  jointly = ccbnet_loader_get_array (l, fields, F_JOINTLY_WITH, base, FALSE);
  for (guint i = 0; jointly != NULL && i < json_array_get_length (jointly); i++)
    {
      JsonNode *element = json_array_get_element (jointly, i);
      char path[PATH_SIZE];
      guint32 co_actor;

      ccbnet_loader_index_path (path, base, "jointly_with", i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, _("expected an entity id, found %s"),
                                ccbnet_loader_node_kind_name (element));
          continue;
        }
      co_actor = ccbnet_builder_lookup_id (l->b, json_node_get_string (element), CCBNET_LIST_ENTITIES);
      if (co_actor == CCBNET_NONE)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, NULL,
                              _("unknown entity id \"%s\", expected the id of an entry of $.entities"),
                              json_node_get_string (element));
      else
        g_array_append_val (co_actors, co_actor);
    }

  ended = read_validity (l, fields, base, &extra[EXT_START_DATE], &extra[EXT_END_DATE]);
  supersedes = ccbnet_loader_get_array (l, fields, F_SUPERSEDES, base, FALSE);

  section_id = ccbnet_loader_get_string (l, fields, F_SECTION, base, TRUE);
  if (section_id != NULL)
    {
      section = ccbnet_builder_lookup_id (l->b, section_id, CCBNET_LIST_SECTIONS);
      if (section == CCBNET_NONE)
        ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, base, "section",
                              _("unknown section id \"%s\", expected the id of an entry of $.sections"), section_id);
    }
  ccbnet_loader_read_citations (l, fields, base, &sources, &n_sources);

  /* What the kind and the condition require. */
  kind_nick = kind != CCBNET_RELATION_KIND_ANY ? g_enum_get_value (l->kinds, kind)->value_nick : NULL;
  if ((kind == CCBNET_RELATION_KIND_REPRESENTS_IN ||
       kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR) &&
      extra[EXT_ON_BEHALF_OF] == CCBNET_NONE && fields[F_ON_BEHALF_OF] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
                          _("a \"%s\" relation needs \"on_behalf_of\", the principal represented"), kind_nick);
  if (kind == CCBNET_RELATION_KIND_DESIGNATED_AS && fields[F_LEGAL_BASIS] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
                          _("a \"designated-as\" relation needs \"legal_basis\", the instrument that designates"));
  if (condition == CCBNET_CONDITION_PENDING_ESTABLISHMENT && fields[F_CONDITION_REF] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, NULL,
                          _("condition \"pending-establishment\" needs \"condition_ref\", the entity whose "
                          "establishment is pending"));
  if (fields[F_CONDITION_TEXT] != NULL && fields[F_CONDITION] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "condition_text",
                          _("a condition text needs a \"condition\""));
  if (fields[F_CADENCE_TEXT] != NULL && fields[F_CADENCE] == NULL)
    ccbnet_loader_report (l, CCBNET_DATASET_ERROR_MISSING_QUALIFIER, base, "cadence_text",
                          _("a cadence text needs a \"cadence\""));

  require_type (l, extra[EXT_CAPACITY], CCBNET_ENTITY_TYPE_ROLE, base, "capacity");
  require_type (l, extra[EXT_LEGAL_BASIS], CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "legal_basis");
  require_type (l, extra[EXT_FRAMEWORK], CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT, base, "framework");

  if (subject != CCBNET_NONE && object != CCBNET_NONE && kind_nick != NULL)
    {
      if (subject == object && kind != CCBNET_RELATION_KIND_RELATED_TO)
        {
          g_autofree char *subject_id = entity_id (l, subject);

          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_RELATION, base, "object",
                                _("a \"%s\" relation cannot link \"%s\" to itself"), kind_nick, subject_id);
        }
      else if (!ccbnet_relation_kind_allows (kind, entity_type_of (l, subject),
                                             entity_type_of (l, object)))
        {
          g_autofree char *subject_id = entity_id (l, subject);
          g_autofree char *object_id = entity_id (l, object);

          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_RELATION, base, NULL,
                                _("a \"%s\" relation cannot link %s \"%s\" to %s \"%s\""), kind_nick,
                                type_nick (l, subject), subject_id, type_nick (l, object), object_id);
        }
    }

  /* Only complete relations go into the store; the problem is already reported. */
  if (subject == CCBNET_NONE || object == CCBNET_NONE || section == CCBNET_NONE ||
      kind == CCBNET_RELATION_KIND_ANY)
    return;

  extra[EXT_CO_ACTORS] = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITY_LISTS, 1);
  extra[EXT_N_CO_ACTORS] = co_actors->len;
  for (guint i = 0; i < co_actors->len; i++)
    ccbnet_builder_append (l->b, CCBNET_TABLE_ENTITY_LISTS, g_array_index (co_actors, guint32, i));
  for (guint f = 0; f < EXT_CO_ACTORS; f++)
    has_extra |= extra[f] != CCBNET_NONE;
  has_extra |= co_actors->len > 0;

  position = ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  row = ccbnet_builder_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  row[REL_ID] = ccbnet_builder_set_id_position (l->b, claim, position);
  row[REL_BITS] = REL_MAKE_BITS (kind, condition, cadence, levels, non_exhaustive) | (ended ? REL_ENDED_BIT : 0);
  row[REL_SUBJECT] = subject;
  row[REL_OBJECT] = object;
  row[REL_SECTION] = section;
  row[REL_SOURCES] = sources;
  row[REL_N_SOURCES] = n_sources;
  if (has_extra)
    {
      row[REL_EXTRA] = ccbnet_builder_count (l->b, CCBNET_TABLE_EXTRAS, EXT_WIDTH);
      memcpy (ccbnet_builder_row (l->b, CCBNET_TABLE_EXTRAS, EXT_WIDTH), extra, sizeof extra);
    }

  /* The relations a "supersedes" names may come later in the list: they are looked up once
   * every relation is read (ccbnet_loader_finish_relations ()). */
  for (guint i = 0; supersedes != NULL && i < json_array_get_length (supersedes); i++)
    {
      JsonNode *element = json_array_get_element (supersedes, i);
      Succession succession = { position, index, i, NULL };

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          char path[PATH_SIZE];

          ccbnet_loader_index_path (path, base, "supersedes", i);
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL, _("expected a relation id, found %s"),
                                ccbnet_loader_node_kind_name (element));
          continue;
        }
      succession.id = g_strdup (json_node_get_string (element));
      g_array_append_val (l->successions, succession);
    }
}

/* Cycles, found by an iterative depth-first search (a deep chain in a hostile file must not
 * exhaust the stack) over @n nodes: @edges[node] holds the edges leaving it (NULL for none),
 * @end gives the node an edge leads to, and @report is called once per edge that closes a
 * cycle, with the nodes of the walk from the one the cycle starts at. */
typedef guint32 (*EdgeEnd) (Loader *l, guint32 edge);
typedef void (*CycleReport) (Loader *l, const guint32 *cycle, guint n_cycle, guint32 edge, gpointer data);

static void
find_cycles (Loader       *l,
             guint         n,
             GArray      **edges,
             EdgeEnd       end,
             CycleReport   report,
             gpointer      data)
{
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1));   /* 0 new, 1 on the walk, 2 done */
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) cursor = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint32 root = 0; root < n && !STOP (l); root++)
    {
      guint zero = 0;

      if (state[root] != 0 || edges[root] == NULL)
        continue;
      g_array_append_val (stack, root);
      g_array_append_val (cursor, zero);
      state[root] = 1;

      while (stack->len > 0)
        {
          guint top = stack->len - 1;
          guint32 at = g_array_index (stack, guint32, top);
          guint *next = &g_array_index (cursor, guint, top);
          guint32 edge, to;

          if (edges[at] == NULL || *next >= edges[at]->len)
            {
              state[at] = 2;
              g_array_set_size (stack, top);
              g_array_set_size (cursor, top);
              continue;
            }

          edge = g_array_index (edges[at], guint32, (*next)++);
          to = end (l, edge);
          if (state[to] == 0)
            {
              g_array_append_val (stack, to);
              g_array_append_val (cursor, zero);
              state[to] = 1;
            }
          else if (state[to] == 1)
            {
              guint start = 0;

              while (g_array_index (stack, guint32, start) != to)
                start++;
              report (l, &g_array_index (stack, guint32, start), stack->len - start, edge, data);
            }
        }
    }
}

static guint32
same_node (Loader  *l,
           guint32  edge)
{
  return edge;
}

static guint32
relation_object (Loader  *l,
                 guint32  relation)
{
  return ccbnet_builder_get_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH, relation)[REL_OBJECT];
}

static char *
relation_id (Loader  *l,
             guint32  relation)
{
  return ccbnet_builder_dup_string (l->b, ccbnet_builder_get_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH, relation)[REL_ID]);
}

/* "a → b → a": the ids of @cycle, then the first again. */
static char *
cycle_text (Loader         *l,
            const guint32  *cycle,
            guint           n_cycle,
            char         *(*id) (Loader *, guint32))
{
  GString *chain = g_string_new (NULL);

  for (guint k = 0; k <= n_cycle; k++)
    {
      g_autofree char *link = id (l, cycle[k < n_cycle ? k : 0]);

      g_string_append_printf (chain, k == 0 ? "%s" : " → %s", link);
    }

  return g_string_free (chain, FALSE);
}

static void
report_part_cycle (Loader        *l,
                   const guint32 *cycle,
                   guint          n_cycle,
                   guint32        relation,
                   gpointer       relation_indexes)
{
  g_autofree char *chain = cycle_text (l, cycle, n_cycle, entity_id);
  char base[PATH_SIZE];

  g_snprintf (base, sizeof base, "$.relations[%u]",
              GPOINTER_TO_UINT (g_ptr_array_index ((GPtrArray *) relation_indexes, relation)));
  ccbnet_loader_report (l, CCBNET_DATASET_ERROR_CYCLE, base, NULL,
                        _("part-of, unit-of and post-in relations form a cycle: %s"), chain);
}

/* The index in $.relations of the relation at @position, which has a "supersedes". */
static guint
at_index (Loader  *l,
          guint32  position)
{
  for (guint i = 0; i < l->successions->len; i++)
    if (g_array_index (l->successions, Succession, i).relation == position)
      return g_array_index (l->successions, Succession, i).index;

  g_return_val_if_reached (0);
}

/* The relation whose "supersedes" closes a cycle is the last of the walk. */
static void
report_succession_cycle (Loader        *l,
                         const guint32 *cycle,
                         guint          n_cycle,
                         guint32        older,
                         gpointer       data)
{
  g_autofree char *chain = cycle_text (l, cycle, n_cycle, relation_id);
  char base[PATH_SIZE];

  g_snprintf (base, sizeof base, "$.relations[%u].supersedes", at_index (l, cycle[n_cycle - 1]));
  ccbnet_loader_report (l, CCBNET_DATASET_ERROR_CYCLE, base, NULL,
                        _("relations supersede each other in a cycle: %s"), chain);
}

/* Resolves the ids of every "supersedes", then checks that no relation supersedes itself, twice
 * the same one, or, through others, one that supersedes it. */
static void
resolve_successions (Loader *l)
{
  guint n_relations = ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  g_autofree GArray **older = NULL;

  if (l->successions->len == 0)
    return;

  older = g_new0 (GArray *, MAX (n_relations, 1));
  for (guint i = 0; i < l->successions->len; i++)
    {
      const Succession *s = &g_array_index (l->successions, Succession, i);
      char base[PATH_SIZE], path[PATH_SIZE];
      guint32 old;

      ccbnet_loader_index_path (base, "$", "relations", s->index);
      ccbnet_loader_index_path (path, base, "supersedes", s->element);
      old = ccbnet_builder_lookup_id (l->b, s->id, CCBNET_LIST_RELATIONS);
      if (old == CCBNET_NONE)
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_DANGLING_REFERENCE, path, NULL,
                                _("unknown relation id \"%s\", expected the id of an entry of $.relations"), s->id);
          continue;
        }
      if (old == s->relation)
        {
          ccbnet_loader_report (l, CCBNET_DATASET_ERROR_RELATION, path, NULL,
                                _("relation \"%s\" cannot supersede itself"), s->id);
          continue;
        }
      if (older[s->relation] == NULL)
        older[s->relation] = g_array_new (FALSE, FALSE, sizeof (guint32));
      else
        {
          gboolean twice = FALSE;

          for (guint k = 0; k < older[s->relation]->len && !twice; k++)
            twice = g_array_index (older[s->relation], guint32, k) == old;
          if (twice)
            {
              ccbnet_loader_report (l, CCBNET_DATASET_ERROR_SCHEMA, path, NULL,
                                    _("relation \"%s\" is named twice, expected each id once"), s->id);
              continue;
            }
        }
      g_array_append_val (older[s->relation], old);
      {
        guint32 *row = ccbnet_builder_row (l->b, CCBNET_TABLE_SUCCESSIONS, SUCC_WIDTH);

        row[SUCC_OLD] = old;
        row[SUCC_NEW] = s->relation;
      }
    }

  find_cycles (l, n_relations, older, same_node, report_succession_cycle, NULL);

  for (guint i = 0; i < n_relations; i++)
    g_clear_pointer (&older[i], g_array_unref);
}

/* Reports part-of, unit-of and post-in cycles, once each, with the relation that closes them. */
static void
check_cycles (Loader     *l,
              GPtrArray  *relation_indexes)
{
  guint n = ccbnet_builder_count (l->b, CCBNET_TABLE_ENTITIES, ENT_WIDTH);
  guint n_relations = ccbnet_builder_count (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH);
  g_autofree GArray **up = g_new0 (GArray *, MAX (n, 1));

  for (guint32 r = 0; r < n_relations; r++)
    {
      const guint32 *row = ccbnet_builder_get_row (l->b, CCBNET_TABLE_RELATIONS, REL_WIDTH, r);
      guint32 from = row[REL_SUBJECT];

      if (!ccbnet_relation_kind_is_structural (REL_KIND (row[REL_BITS])))
        continue;
      if (up[from] == NULL)
        up[from] = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (up[from], r);
    }

  find_cycles (l, n, up, relation_object, report_part_cycle, relation_indexes);

  for (guint i = 0; i < n; i++)
    g_clear_pointer (&up[i], g_array_unref);
}

/* What can be checked only once every relation is read, with @relation_indexes the index in
 * $.relations of each relation kept, for messages: the relations each "supersedes" names, then
 * the cycles of part-of and of supersession. The loader and the dataset builder's checks both
 * end with it. */
void
ccbnet_loader_finish_relations (Loader    *l,
                                GPtrArray *relation_indexes)
{
  if (!STOP (l))
    resolve_successions (l);
  if (!STOP (l))
    check_cycles (l, relation_indexes);
}
