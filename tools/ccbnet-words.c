/* ccbnet-words.c: the model in words, for people reading a terminal
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "ccbnet-tool.h"

/* The entity's name in the language of --lang (or the locale), else its English name. */
const char *
tool_label (CcbnetEntity *entity)
{
  return ccbnet_entity_get_name_for_language (entity, tool_language ());
}

/* The label with the acronym after it, when there is one that the label does not already
 * contain: "Centre for Cybersecurity Belgium (CCB)", "FIRST", "CSI/DPO platform". */
char *
tool_label_long (CcbnetEntity *entity)
{
  const char *label = tool_label (entity);
  const char *short_name = ccbnet_entity_get_short_name (entity);

  if (short_name == NULL || strstr (label, short_name) != NULL)
    return g_strdup (label);

  return g_strdup_printf ("%s (%s)", label, short_name);
}

const char *
tool_cadence_words (CcbnetCadence cadence)
{
  switch (cadence)
    {
    case CCBNET_CADENCE_MONTHLY:
      return "every month";
    case CCBNET_CADENCE_BIMONTHLY:
      return "every two months";
    case CCBNET_CADENCE_QUARTERLY:
      return "every quarter";
    case CCBNET_CADENCE_AT_LEAST_QUARTERLY:
      return "at least once a quarter";
    case CCBNET_CADENCE_BIENNIAL:
      return "every two years";
    case CCBNET_CADENCE_PERIODIC:
      return "periodically (interval not stated)";
    case CCBNET_CADENCE_REGULAR:
      return "regularly (interval not stated)";
    case CCBNET_CADENCE_UNSPECIFIED:
    default:
      return NULL;
    }
}

/* The relation's condition in words, or NULL for an unconditional relation. */
char *
tool_condition_words (CcbnetRelation *relation)
{
  CcbnetEntity *ref = ccbnet_relation_get_condition_ref (relation);

  switch (ccbnet_relation_get_condition (relation))
    {
    case CCBNET_CONDITION_ON_REQUEST:
      return g_strdup ("only on request");
    case CCBNET_CONDITION_WHERE_APPROPRIATE:
      return g_strdup ("where appropriate");
    case CCBNET_CONDITION_PENDING_ESTABLISHMENT:
      if (ref != NULL)
        return g_strdup_printf ("until %s is formally established", tool_label (ref));
      return g_strdup ("until another body is formally established");
    case CCBNET_CONDITION_CAPABILITY:
      return g_strdup ("a capability: the source says it can, not that it does");
    case CCBNET_CONDITION_NONE:
    default:
      return NULL;
    }
}

/* "words (page: “wording”)", or whichever of the two there is. */
char *
tool_with_wording (const char *words,
                   const char *wording)
{
  if (words == NULL && wording == NULL)
    return NULL;
  if (wording == NULL)
    return g_strdup (words);
  if (words == NULL)
    return g_strdup_printf ("page: “%s”", wording);
  if (g_ascii_strcasecmp (words, wording) == 0)
    return g_strdup (words);

  return g_strdup_printf ("%s (page: “%s”)", words, wording);
}

/* "SUBJECT kind OBJECT", with names in the chosen language. */
char *
tool_relation_sentence (CcbnetRelation *relation)
{
  return g_strdup_printf ("%s %s %s",
                          tool_label (ccbnet_relation_get_subject (relation)),
                          ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)),
                          tool_label (ccbnet_relation_get_object (relation)));
}

static char *
co_actors_text (CcbnetRelation *relation)
{
  GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
  GString *text;

  if (co_actors == NULL || co_actors->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < co_actors->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", tool_label (co_actors->pdata[i]));

  return g_string_free (text, FALSE);
}

static void
add_pair (GPtrArray  *pairs,
          const char *label,
          char       *value)
{
  if (value == NULL)
    return;

  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, value);
}

static void
add_entity (GPtrArray    *pairs,
            const char   *label,
            CcbnetEntity *entity)
{
  if (entity != NULL)
    add_pair (pairs, label, g_strdup (tool_label (entity)));
}

GPtrArray *
tool_relation_qualifiers (CcbnetRelation *relation)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *condition = tool_condition_words (relation);
  CcbnetLevel levels = ccbnet_relation_get_levels (relation);
  const char *date;

  add_entity (pairs, "on behalf of", ccbnet_relation_get_on_behalf_of (relation));
  add_entity (pairs, "via", ccbnet_relation_get_via (relation));
  add_entity (pairs, "context", ccbnet_relation_get_context (relation));
  add_entity (pairs, "capacity", ccbnet_relation_get_capacity (relation));
  add_entity (pairs, "legal basis", ccbnet_relation_get_legal_basis (relation));
  add_entity (pairs, "framework", ccbnet_relation_get_framework (relation));
  add_pair (pairs, "together with", co_actors_text (relation));
  add_pair (pairs, "condition",
            tool_with_wording (condition, ccbnet_relation_get_condition_text (relation)));
  add_pair (pairs, "cadence",
            tool_with_wording (tool_cadence_words (ccbnet_relation_get_cadence (relation)),
                               ccbnet_relation_get_cadence_text (relation)));
  add_pair (pairs, "role", g_strdup (ccbnet_relation_get_role (relation)));
  add_pair (pairs, "topic", g_strdup (ccbnet_relation_get_topic (relation)));
  if (levels != CCBNET_LEVEL_NONE)
    {
      g_auto(GStrv) nicks = ccbnet_level_to_strv (levels);

      add_pair (pairs, "levels", g_strjoinv (", ", nicks));
    }
  if ((date = ccbnet_relation_get_start_date (relation)) != NULL)
    add_pair (pairs, "from", g_strdup (date));
  if ((date = ccbnet_relation_get_end_date (relation)) != NULL)
    add_pair (pairs, "until", g_strdup (date));
  else if (ccbnet_relation_get_ended (relation))
    add_pair (pairs, "ended", g_strdup ("yes, at a date no source gives"));
  if (ccbnet_relation_get_supersedes (relation)[0] != NULL)
    add_pair (pairs, "supersedes", g_strjoinv (", ", (GStrv) ccbnet_relation_get_supersedes (relation)));
  if (ccbnet_relation_get_superseded_by (relation)[0] != NULL)
    add_pair (pairs, "superseded by", g_strjoinv (", ", (GStrv) ccbnet_relation_get_superseded_by (relation)));
  if (ccbnet_relation_get_non_exhaustive (relation))
    add_pair (pairs, "listed as",
              g_strdup ("one example of a longer list (“such as”, “including”)"));

  return pairs;
}

/* Every heading of the section, in the dataset's order: "Europese netwerken / At a European
 * level". */
char *
tool_section_headings (CcbnetSection *section)
{
  g_auto(GStrv) languages = ccbnet_section_dup_languages (section);
  GString *text = g_string_new (NULL);

  for (guint i = 0; languages[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " / " : "",
                            ccbnet_section_get_heading (section, languages[i]));

  return g_string_free (text, FALSE);
}

const char *
tool_section_heading (CcbnetSection *section)
{
  return ccbnet_section_get_heading (section, tool_language ());
}

/* The library class of the entity, which decides its extra properties. */
const char *
tool_entity_class (CcbnetEntity *entity)
{
  if (CCBNET_IS_ORGANISATION (entity))
    return "organisation";
  if (CCBNET_IS_PLATFORM (entity))
    return "platform";
  if (CCBNET_IS_LEGAL_INSTRUMENT (entity))
    return "legal-instrument";
  if (CCBNET_IS_POST (entity))
    return "post";

  return "thing";
}
