/* ccbnet-words.c: the model in words, for people reading a terminal
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "ccbnet-tool.h"
#include "ccbnet-output.h"

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

/* The relation's condition in words, or NULL for an unconditional relation. */
char *
tool_condition_words (CcbnetRelation *relation)
{
  CcbnetEntity *ref = ccbnet_relation_get_condition_ref (relation);
  CcbnetCondition condition = ccbnet_relation_get_condition (relation);

  if (condition == CCBNET_CONDITION_PENDING_ESTABLISHMENT && ref != NULL)
    /* Translators: %s is the body whose establishment is awaited */
    return g_strdup_printf (_("until %s is formally established"), tool_label (ref));

  return g_strdup (ccbnet_condition_get_label (condition));
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
    /* Translators: the source page's own wording of a condition or a cadence */
    return g_strdup_printf (_("page: “%s”"), wording);
  if (g_ascii_strcasecmp (words, wording) == 0)
    return g_strdup (words);

  /* Translators: our words for a condition or a cadence, then the page's own */
  return g_strdup_printf (_("%s (page: “%s”)"), words, wording);
}

/* What the relation states, in the user's words, with names in the chosen language: "Centre
 * for Cybersecurity Belgium represents Belgium in NIS Cooperation Group". */
char *
tool_relation_sentence (CcbnetRelation *relation)
{
  return ccbnet_relation_to_sentence (relation, tool_language ());
}

/* Whether tool_relation_sentence () names the relation's principal already. */
static gboolean
sentence_names_principal (CcbnetRelation *relation)
{
  CcbnetRelationKind kind = ccbnet_relation_get_kind (relation);

  return kind == CCBNET_RELATION_KIND_REPRESENTS_IN || kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR;
}

/* The labels of a relation's qualifiers, in the order they are listed. */
enum {
  Q_ON_BEHALF_OF,
  Q_VIA,
  Q_CONTEXT,
  Q_CAPACITY,
  Q_LEGAL_BASIS,
  Q_FRAMEWORK,
  Q_TOGETHER_WITH,
  Q_CONDITION,
  Q_CADENCE,
  Q_ROLE,
  Q_TOPIC,
  Q_LEVELS,
  Q_FROM,
  Q_UNTIL,
  Q_ENDED,
  Q_SUPERSEDES,
  Q_SUPERSEDED_BY,
  Q_LISTED_AS,
  N_QUALIFIERS
};

static const char * const qualifier_labels[N_QUALIFIERS] = {
  /* Translators: the labels of a relation's qualifiers, printed in a column under the relation:
   * "on behalf of   Belgium", "cadence        every two months" */
  NC_("qualifier", "on behalf of"),
  NC_("qualifier", "via"),
  NC_("qualifier", "context"),
  NC_("qualifier", "capacity"),
  NC_("qualifier", "legal basis"),
  NC_("qualifier", "framework"),
  NC_("qualifier", "together with"),
  NC_("qualifier", "condition"),
  NC_("qualifier", "cadence"),
  NC_("qualifier", "role"),
  NC_("qualifier", "topic"),
  NC_("qualifier", "levels"),
  NC_("qualifier", "from"),
  NC_("qualifier", "until"),
  NC_("qualifier", "ended"),
  NC_("qualifier", "supersedes"),
  NC_("qualifier", "superseded by"),
  NC_("qualifier", "listed as"),
};

static const char *
qualifier (guint which)
{
  return g_dpgettext2 (NULL, "qualifier", qualifier_labels[which]);
}

/* The width of the widest qualifier label in the user's language, so that every block of
 * qualifiers aligns with the others. */
guint
tool_qualifier_width (void)
{
  guint width = 0;

  for (guint i = 0; i < N_QUALIFIERS; i++)
    width = MAX (width, tool_text_width (qualifier (i)));

  return width;
}

/* The levels of a relation's cases in words: "national, European". */
static char *
levels_words (CcbnetLevel levels)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  if (levels & CCBNET_LEVEL_NATIONAL)
    g_strv_builder_add (words, C_("level", "national"));
  if (levels & CCBNET_LEVEL_EUROPEAN)
    g_strv_builder_add (words, C_("level", "European"));
  if (levels & CCBNET_LEVEL_INTERNATIONAL)
    g_strv_builder_add (words, C_("level", "international"));
  list = g_strv_builder_end (words);

  return g_strjoinv (", ", list);
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

  if (!sentence_names_principal (relation))
    add_entity (pairs, qualifier (Q_ON_BEHALF_OF), ccbnet_relation_get_on_behalf_of (relation));
  add_entity (pairs, qualifier (Q_VIA), ccbnet_relation_get_via (relation));
  add_entity (pairs, qualifier (Q_CONTEXT), ccbnet_relation_get_context (relation));
  add_entity (pairs, qualifier (Q_CAPACITY), ccbnet_relation_get_capacity (relation));
  add_entity (pairs, qualifier (Q_LEGAL_BASIS), ccbnet_relation_get_legal_basis (relation));
  add_entity (pairs, qualifier (Q_FRAMEWORK), ccbnet_relation_get_framework (relation));
  add_pair (pairs, qualifier (Q_TOGETHER_WITH), co_actors_text (relation));
  add_pair (pairs, qualifier (Q_CONDITION),
            tool_with_wording (condition, ccbnet_relation_get_condition_text (relation)));
  add_pair (pairs, qualifier (Q_CADENCE),
            tool_with_wording (ccbnet_cadence_get_label (ccbnet_relation_get_cadence (relation)),
                               ccbnet_relation_get_cadence_text (relation)));
  add_pair (pairs, qualifier (Q_ROLE), g_strdup (ccbnet_relation_get_role (relation)));
  add_pair (pairs, qualifier (Q_TOPIC), g_strdup (ccbnet_relation_get_topic (relation)));
  if (levels != CCBNET_LEVEL_NONE)
    add_pair (pairs, qualifier (Q_LEVELS), levels_words (levels));
  if ((date = ccbnet_relation_get_start_date (relation)) != NULL)
    add_pair (pairs, qualifier (Q_FROM), g_strdup (date));
  if ((date = ccbnet_relation_get_end_date (relation)) != NULL)
    add_pair (pairs, qualifier (Q_UNTIL), g_strdup (date));
  else if (ccbnet_relation_get_ended (relation))
    add_pair (pairs, qualifier (Q_ENDED), g_strdup (_("yes, at a date no source gives")));
  if (ccbnet_relation_get_supersedes (relation)[0] != NULL)
    add_pair (pairs, qualifier (Q_SUPERSEDES), g_strjoinv (", ", (GStrv) ccbnet_relation_get_supersedes (relation)));
  if (ccbnet_relation_get_superseded_by (relation)[0] != NULL)
    add_pair (pairs, qualifier (Q_SUPERSEDED_BY), g_strjoinv (", ", (GStrv) ccbnet_relation_get_superseded_by (relation)));
  if (ccbnet_relation_get_non_exhaustive (relation))
    add_pair (pairs, qualifier (Q_LISTED_AS),
              g_strdup (_("one example of a longer list (“such as”, “including”)")));

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

/* The section's heading in the user's language when the page gives one in it ("Europese
 * netwerken" in Dutch, "At a European level" in English), else every heading it has, so that
 * a French or German reader sees the page's own words rather than a guess. */
char *
tool_section_title (CcbnetSection *section)
{
  g_auto(GStrv) languages = ccbnet_section_dup_languages (section);

  if (g_strv_contains ((const char * const *) languages, tool_language ()))
    return g_strdup (ccbnet_section_get_heading (section, tool_language ()));

  return tool_section_headings (section);
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
