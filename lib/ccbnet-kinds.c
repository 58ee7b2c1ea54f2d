/* ccbnet-kinds.c: what the vocabularies mean
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/**
 * ccbnet_dataset_error_quark:
 *
 * Gets the quark of the error domain of libccbnet, %CCBNET_DATASET_ERROR, whose codes are
 * [error@Ccbnet.DatasetError]. Bindings know it as `Ccbnet.DatasetError.quark()`.
 *
 * Returns: the error domain's quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (ccbnet-dataset-error-quark, ccbnet_dataset_error)

#define T(x) (1u << CCBNET_ENTITY_TYPE_##x)
#define AGENT (T (ORGANISATION) | T (STATE) | T (ACTOR_GROUP) | T (BODY) | T (POST))
#define ANY_TYPE (0xffffu & ~1u)

/* The entity types each kind of relation may link, subject first. They follow the design's
 * relation table (docs/dataset-format.md) and are loose where the design says "agent". */
static const struct
{
  CcbnetRelationKind parent;
  guint              subjects;
  guint              objects;
} kinds[] = {
  [CCBNET_RELATION_KIND_PART_OF] = { 0,
    T (ORGANISATION) | T (BODY) | T (EVENT_SERIES) | T (ACTOR_GROUP),
    T (ORGANISATION) | T (BODY) | T (ACTOR_GROUP) },
  [CCBNET_RELATION_KIND_UNIT_OF] = { CCBNET_RELATION_KIND_PART_OF,
    T (ORGANISATION), T (ORGANISATION) },
  [CCBNET_RELATION_KIND_POST_IN] = { 0, T (POST), T (ORGANISATION) | T (BODY) },
  [CCBNET_RELATION_KIND_PARTICIPATES_IN] = { 0,
    AGENT, T (BODY) | T (EVENT_SERIES) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_MEMBER_OF] = { CCBNET_RELATION_KIND_PARTICIPATES_IN,
    AGENT, T (BODY) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_REPRESENTS_IN] = { CCBNET_RELATION_KIND_MEMBER_OF,
    AGENT, T (BODY) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR] = { CCBNET_RELATION_KIND_PARTICIPATES_IN,
    AGENT, T (BODY) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_DESIGNATED_AS] = { 0, T (ORGANISATION) | T (BODY), T (ROLE) },
  [CCBNET_RELATION_KIND_ESTABLISHED_UNDER] = { 0,
    T (ORGANISATION) | T (BODY), T (LEGAL_INSTRUMENT) },
  [CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION] = { 0,
    T (LEGAL_INSTRUMENT), T (STATE) | T (ORGANISATION) | T (AREA) },
  [CCBNET_RELATION_KIND_COORDINATES] = { 0,
    T (ORGANISATION) | T (BODY), T (BODY) | T (EVENT_SERIES) | T (INITIATIVE) },
  [CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR] = { 0,
    T (ORGANISATION) | T (BODY), T (STATE) | T (ACTOR_GROUP) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_DEVELOPS] = { 0,
    AGENT, T (INITIATIVE) | T (PUBLICATION) | T (SERVICE) },
  [CCBNET_RELATION_KIND_ORGANISES] = { 0, T (ORGANISATION) | T (BODY), T (EVENT_SERIES) },
  [CCBNET_RELATION_KIND_OPERATES] = { 0, T (ORGANISATION) | T (BODY), T (SERVICE) },
  [CCBNET_RELATION_KIND_PUBLISHES] = { 0, T (ORGANISATION) | T (BODY), T (PUBLICATION) },
  [CCBNET_RELATION_KIND_HOSTED_BY] = { 0,
    T (BODY) | T (EVENT_SERIES) | T (SERVICE), T (ORGANISATION) },
  [CCBNET_RELATION_KIND_CONSULTS] = { 0, AGENT, AGENT },
  [CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO] = { 0, AGENT, AGENT },
  [CCBNET_RELATION_KIND_PROVIDES_INPUT_TO] = { 0,
    AGENT, T (INITIATIVE) | T (BODY) | T (PUBLICATION) },
  [CCBNET_RELATION_KIND_INFORMS] = { 0, AGENT | T (EVENT_SERIES) | T (SERVICE), AGENT },
  [CCBNET_RELATION_KIND_DISCUSSES] = { 0, T (BODY) | T (EVENT_SERIES), ANY_TYPE },
  [CCBNET_RELATION_KIND_RELATED_TO] = { 0, ANY_TYPE, ANY_TYPE },
  [CCBNET_RELATION_KIND_COUNTERPART_OF] = { 0,
    T (ORGANISATION) | T (BODY), T (ORGANISATION) | T (BODY) },
  [CCBNET_RELATION_KIND_SUPERVISES] = { 0,
    T (ORGANISATION) | T (ACTOR_GROUP), T (ORGANISATION) | T (ACTOR_GROUP) },
  [CCBNET_RELATION_KIND_AFFILIATED_WITH] = { 0,
    T (ACTOR_GROUP), T (ACTOR_GROUP) | T (ORGANISATION) },
  [CCBNET_RELATION_KIND_LOCATED_IN] = { 0,
    T (ORGANISATION) | T (ACTOR_GROUP) | T (BODY), T (AREA) | T (STATE) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == CCBNET_RELATION_KIND_LOCATED_IN + 1);

gboolean
ccbnet_relation_kind_allows (CcbnetRelationKind kind,
                             CcbnetEntityType   subject_type,
                             CcbnetEntityType   object_type)
{
  g_assert (kind > CCBNET_RELATION_KIND_ANY && kind < G_N_ELEMENTS (kinds));

  return (kinds[kind].subjects & (1u << subject_type)) != 0 &&
         (kinds[kind].objects & (1u << object_type)) != 0;
}

/**
 * ccbnet_relation_kind_get_parent:
 * @kind: a relation kind
 *
 * Gets the kind that @kind is a sub-kind of: `unit-of` is a `part-of`, `represents-in` a
 * `member-of`, `member-of` and `point-of-contact-for` a `participates-in`.
 *
 * Returns: the parent kind, or %CCBNET_RELATION_KIND_ANY for a kind with no parent
 *
 * Since: 1.0
 */
CcbnetRelationKind
ccbnet_relation_kind_get_parent (CcbnetRelationKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), CCBNET_RELATION_KIND_ANY);

  return kinds[kind].parent;
}

/**
 * ccbnet_relation_kind_is_a:
 * @kind: a relation kind
 * @ancestor: another relation kind
 *
 * Checks whether @kind is @ancestor or one of its sub-kinds, transitively: `represents-in` is a
 * `member-of` and a `participates-in`. Every kind is a %CCBNET_RELATION_KIND_ANY.
 *
 * Returns: %TRUE if a relation of @kind counts as one of @ancestor
 *
 * Since: 1.0
 */
gboolean
ccbnet_relation_kind_is_a (CcbnetRelationKind kind,
                           CcbnetRelationKind ancestor)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), FALSE);
  g_return_val_if_fail (ancestor < G_N_ELEMENTS (kinds), FALSE);

  if (ancestor == CCBNET_RELATION_KIND_ANY)
    return TRUE;

  for (; kind != CCBNET_RELATION_KIND_ANY; kind = kinds[kind].parent)
    if (kind == ancestor)
      return TRUE;

  return FALSE;
}

/**
 * ccbnet_cadence_get_nominal_months:
 * @cadence: a cadence
 *
 * Gets the nominal interval of @cadence in months, for ordering: 1 for monthly, 2 for every two
 * months, 3 for quarterly and at least quarterly, 24 for every two years.
 *
 * Returns: the interval in months, or -1 when the cadence states none
 *
 * Since: 1.0
 */
int
ccbnet_cadence_get_nominal_months (CcbnetCadence cadence)
{
  switch (cadence)
    {
    case CCBNET_CADENCE_MONTHLY:
      return 1;
    case CCBNET_CADENCE_BIMONTHLY:
      return 2;
    case CCBNET_CADENCE_QUARTERLY:
    case CCBNET_CADENCE_AT_LEAST_QUARTERLY:
      return 3;
    case CCBNET_CADENCE_BIENNIAL:
      return 24;
    case CCBNET_CADENCE_UNSPECIFIED:
    case CCBNET_CADENCE_PERIODIC:
    case CCBNET_CADENCE_REGULAR:
    default:
      return -1;
    }
}

/* The nick of @value of the enum @type, or NULL. */
const char *
ccbnet_enum_nick (GType type,
                  int   value)
{
  /* The class of a registered enum lives as long as the program once referenced. */
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *found;

  if (klass == NULL)
    klass = g_type_class_ref (type);
  found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

/**
 * ccbnet_entity_type_to_string:
 * @entity_type: an entity type
 *
 * Gets the nick of @entity_type, the string the dataset format uses (`actor-group`). Bindings
 * without access to GEnum nicks (GJS) use it to print and compare types.
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetEntityType
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_type_to_string (CcbnetEntityType entity_type)
{
  return ccbnet_enum_nick (CCBNET_TYPE_ENTITY_TYPE, entity_type);
}

/**
 * ccbnet_scope_to_string:
 * @scope: a scope
 *
 * Gets the nick of @scope, the string the dataset format uses (`european`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetScope
 *
 * Since: 1.0
 */
const char *
ccbnet_scope_to_string (CcbnetScope scope)
{
  return ccbnet_enum_nick (CCBNET_TYPE_SCOPE, scope);
}

/**
 * ccbnet_relation_kind_to_string:
 * @kind: a relation kind
 *
 * Gets the nick of @kind, the string the dataset format uses (`represents-in`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetRelationKind
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_kind_to_string (CcbnetRelationKind kind)
{
  return ccbnet_enum_nick (CCBNET_TYPE_RELATION_KIND, kind);
}

/**
 * ccbnet_cadence_to_string:
 * @cadence: a cadence
 *
 * Gets the nick of @cadence, the string the dataset format uses (`at-least-quarterly`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetCadence
 *
 * Since: 1.0
 */
const char *
ccbnet_cadence_to_string (CcbnetCadence cadence)
{
  return ccbnet_enum_nick (CCBNET_TYPE_CADENCE, cadence);
}

/**
 * ccbnet_condition_to_string:
 * @condition: a condition
 *
 * Gets the nick of @condition, the string the dataset format uses (`pending-establishment`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetCondition
 *
 * Since: 1.0
 */
const char *
ccbnet_condition_to_string (CcbnetCondition condition)
{
  return ccbnet_enum_nick (CCBNET_TYPE_CONDITION, condition);
}

/**
 * ccbnet_status_to_string:
 * @status: a status
 *
 * Gets the nick of @status, the string the dataset format uses (`pending-establishment`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetStatus
 *
 * Since: 1.2
 */
const char *
ccbnet_status_to_string (CcbnetStatus status)
{
  return ccbnet_enum_nick (CCBNET_TYPE_STATUS, status);
}

/**
 * ccbnet_document_kind_to_string:
 * @kind: a document kind
 *
 * Gets the nick of @kind, the string the dataset format uses (`primary`, `external`).
 *
 * Returns: (nullable): the nick, or %NULL for a value that is not a #CcbnetDocumentKind
 *
 * Since: 1.2
 */
const char *
ccbnet_document_kind_to_string (CcbnetDocumentKind kind)
{
  return ccbnet_enum_nick (CCBNET_TYPE_DOCUMENT_KIND, kind);
}

/* The nicks of the flags of @type set in @value, in the order the type declares them. */
static char **
flags_to_strv (GType type,
               guint value)
{
  GFlagsClass *klass = g_type_class_peek (type);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **strv;

  if (klass == NULL)
    klass = g_type_class_ref (type);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      g_strv_builder_add (builder, klass->values[i].value_nick);
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return strv;
}

/**
 * ccbnet_sector_to_strv:
 * @sectors: sectors
 *
 * Gets the nicks of the sectors set in @sectors, the strings the dataset format uses, in the
 * order of [flags@Ccbnet.Sector]: `public`, `private`, `academic`.
 *
 * Returns: (transfer full) (array zero-terminated=1): the nicks; empty for
 *   %CCBNET_SECTOR_NONE
 *
 * Since: 1.2
 */
char **
ccbnet_sector_to_strv (CcbnetSector sectors)
{
  return flags_to_strv (CCBNET_TYPE_SECTOR, sectors);
}

/**
 * ccbnet_level_to_strv:
 * @levels: levels
 *
 * Gets the nicks of the levels set in @levels, the strings the dataset format uses, in the
 * order of [flags@Ccbnet.Level]: `national`, `european`, `international`.
 *
 * Returns: (transfer full) (array zero-terminated=1): the nicks; empty for %CCBNET_LEVEL_NONE
 *
 * Since: 1.2
 */
char **
ccbnet_level_to_strv (CcbnetLevel levels)
{
  return flags_to_strv (CCBNET_TYPE_LEVEL, levels);
}

/* Labels in the user's language */

/**
 * ccbnet_relation_kind_get_label:
 * @kind: a relation kind
 *
 * Gets a short label for @kind in the user's language, as the process's locale chooses it
 * (gettext's `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`): "represents", "member of". It is
 * for lists and filters; [method@Ccbnet.Relation.to_sentence] says what one relation states.
 * [func@Ccbnet.RelationKind.to_string] gives the nick the dataset format uses, which is never
 * translated.
 *
 * Returns: (nullable): the label, or %NULL for %CCBNET_RELATION_KIND_ANY and values that are
 *   not a #CcbnetRelationKind
 *
 * Since: 1.2
 */
const char *
ccbnet_relation_kind_get_label (CcbnetRelationKind kind)
{
  switch (kind)
    {
    case CCBNET_RELATION_KIND_PART_OF: return C_("relation kind", "part of");
    case CCBNET_RELATION_KIND_UNIT_OF: return C_("relation kind", "unit of");
    case CCBNET_RELATION_KIND_POST_IN: return C_("relation kind", "post in");
    case CCBNET_RELATION_KIND_PARTICIPATES_IN: return C_("relation kind", "takes part in");
    case CCBNET_RELATION_KIND_MEMBER_OF: return C_("relation kind", "member of");
    case CCBNET_RELATION_KIND_REPRESENTS_IN: return C_("relation kind", "represents");
    case CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR: return C_("relation kind", "point of contact for");
    case CCBNET_RELATION_KIND_DESIGNATED_AS: return C_("relation kind", "designated as");
    case CCBNET_RELATION_KIND_ESTABLISHED_UNDER: return C_("relation kind", "established under");
    case CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION: return C_("relation kind", "applies to");
    case CCBNET_RELATION_KIND_COORDINATES: return C_("relation kind", "coordinates");
    case CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR: return C_("relation kind", "develops positions for");
    case CCBNET_RELATION_KIND_DEVELOPS: return C_("relation kind", "develops");
    case CCBNET_RELATION_KIND_ORGANISES: return C_("relation kind", "organises");
    case CCBNET_RELATION_KIND_OPERATES: return C_("relation kind", "operates");
    case CCBNET_RELATION_KIND_PUBLISHES: return C_("relation kind", "publishes");
    case CCBNET_RELATION_KIND_HOSTED_BY: return C_("relation kind", "set up at");
    case CCBNET_RELATION_KIND_CONSULTS: return C_("relation kind", "consults");
    case CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO: return C_("relation kind", "provides expertise to");
    case CCBNET_RELATION_KIND_PROVIDES_INPUT_TO: return C_("relation kind", "provides input to");
    case CCBNET_RELATION_KIND_INFORMS: return C_("relation kind", "informs");
    case CCBNET_RELATION_KIND_DISCUSSES: return C_("relation kind", "discusses");
    case CCBNET_RELATION_KIND_RELATED_TO: return C_("relation kind", "related to");
    case CCBNET_RELATION_KIND_COUNTERPART_OF: return C_("relation kind", "counterpart of");
    case CCBNET_RELATION_KIND_SUPERVISES: return C_("relation kind", "supervises");
    case CCBNET_RELATION_KIND_AFFILIATED_WITH: return C_("relation kind", "drawn from");
    case CCBNET_RELATION_KIND_LOCATED_IN: return C_("relation kind", "located in");
    case CCBNET_RELATION_KIND_ANY:
    default:
      return NULL;
    }
}

/**
 * ccbnet_entity_type_get_label:
 * @entity_type: an entity type
 *
 * Gets a label for @entity_type in the user's language, for headings and filters:
 * "Organisation", "Platform or network". See [func@Ccbnet.RelationKind.get_label] for how the
 * language is chosen.
 *
 * Returns: (nullable): the label, or %NULL for %CCBNET_ENTITY_TYPE_ANY and values that are not
 *   a #CcbnetEntityType
 *
 * Since: 1.2
 */
const char *
ccbnet_entity_type_get_label (CcbnetEntityType entity_type)
{
  switch (entity_type)
    {
    case CCBNET_ENTITY_TYPE_ORGANISATION: return C_("entity type", "Organisation");
    case CCBNET_ENTITY_TYPE_STATE: return C_("entity type", "State");
    case CCBNET_ENTITY_TYPE_AREA: return C_("entity type", "Place");
    case CCBNET_ENTITY_TYPE_BODY: return C_("entity type", "Platform or network");
    case CCBNET_ENTITY_TYPE_ACTOR_GROUP: return C_("entity type", "Group of actors");
    case CCBNET_ENTITY_TYPE_EVENT_SERIES: return C_("entity type", "Recurring event");
    case CCBNET_ENTITY_TYPE_SERVICE: return C_("entity type", "Service");
    case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT: return C_("entity type", "Law");
    case CCBNET_ENTITY_TYPE_ROLE: return C_("entity type", "Legal role");
    case CCBNET_ENTITY_TYPE_POST: return C_("entity type", "Post");
    case CCBNET_ENTITY_TYPE_PUBLICATION: return C_("entity type", "Publication");
    case CCBNET_ENTITY_TYPE_INITIATIVE: return C_("entity type", "Initiative");
    case CCBNET_ENTITY_TYPE_ANY:
    default:
      return NULL;
    }
}

/**
 * ccbnet_scope_get_label:
 * @scope: a scope
 *
 * Gets a label for @scope in the user's language, for headings and filters: "National",
 * "European". The page's own headings, in the languages it has them, are the sections'
 * ([method@Ccbnet.Section.get_heading]). See [func@Ccbnet.RelationKind.get_label] for how the
 * language is chosen.
 *
 * Returns: (nullable): the label, or %NULL for %CCBNET_SCOPE_ANY and values that are not a
 *   #CcbnetScope
 *
 * Since: 1.2
 */
const char *
ccbnet_scope_get_label (CcbnetScope scope)
{
  switch (scope)
    {
    case CCBNET_SCOPE_NATIONAL: return C_("scope", "National");
    case CCBNET_SCOPE_EUROPEAN: return C_("scope", "European");
    case CCBNET_SCOPE_INTERNATIONAL: return C_("scope", "International");
    case CCBNET_SCOPE_OPERATIONAL: return C_("scope", "Operational");
    case CCBNET_SCOPE_ANY:
    default:
      return NULL;
    }
}

/**
 * ccbnet_cadence_get_label:
 * @cadence: a cadence
 *
 * Gets @cadence in words in the user's language: "every two months". A relation or entity may
 * also keep the page's own wording ([method@Ccbnet.Relation.get_cadence_text]). See
 * [func@Ccbnet.RelationKind.get_label] for how the language is chosen.
 *
 * Returns: (nullable): the words, or %NULL for %CCBNET_CADENCE_UNSPECIFIED and values that are
 *   not a #CcbnetCadence
 *
 * Since: 1.2
 */
const char *
ccbnet_cadence_get_label (CcbnetCadence cadence)
{
  switch (cadence)
    {
    case CCBNET_CADENCE_MONTHLY: return C_("cadence", "every month");
    case CCBNET_CADENCE_BIMONTHLY: return C_("cadence", "every two months");
    case CCBNET_CADENCE_QUARTERLY: return C_("cadence", "every quarter");
    case CCBNET_CADENCE_AT_LEAST_QUARTERLY: return C_("cadence", "at least once a quarter");
    case CCBNET_CADENCE_BIENNIAL: return C_("cadence", "every two years");
    case CCBNET_CADENCE_PERIODIC: return C_("cadence", "periodically (interval not stated)");
    case CCBNET_CADENCE_REGULAR: return C_("cadence", "regularly (interval not stated)");
    case CCBNET_CADENCE_UNSPECIFIED:
    default:
      return NULL;
    }
}

/**
 * ccbnet_condition_get_label:
 * @condition: a condition
 *
 * Gets @condition in words in the user's language: "only on request". For
 * %CCBNET_CONDITION_PENDING_ESTABLISHMENT, the body whose establishment is awaited is the
 * relation's [method@Ccbnet.Relation.get_condition_ref]. See
 * [func@Ccbnet.RelationKind.get_label] for how the language is chosen.
 *
 * Returns: (nullable): the words, or %NULL for %CCBNET_CONDITION_NONE and values that are not a
 *   #CcbnetCondition
 *
 * Since: 1.2
 */
const char *
ccbnet_condition_get_label (CcbnetCondition condition)
{
  switch (condition)
    {
    case CCBNET_CONDITION_ON_REQUEST: return C_("condition", "only on request");
    case CCBNET_CONDITION_WHERE_APPROPRIATE: return C_("condition", "where appropriate");
    case CCBNET_CONDITION_PENDING_ESTABLISHMENT: return C_("condition", "until another body is formally established");
    case CCBNET_CONDITION_CAPABILITY: return C_("condition", "a capability: the source says it can, not that it does");
    case CCBNET_CONDITION_NONE:
    default:
      return NULL;
    }
}
