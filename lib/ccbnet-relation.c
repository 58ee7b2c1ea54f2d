/* ccbnet-relation.c: a typed, qualified relation between two entities
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-relation-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetRelation:
 *
 * A typed relation between two entities, with the qualifiers that say how it holds.
 *
 * A relation reads "subject *kind* object": "the CCB `represents-in` the NIS Cooperation Group".
 * Its qualifiers say on whose behalf ([property@Ccbnet.Relation:on-behalf-of]: Belgium), in what
 * capacity ([property@Ccbnet.Relation:capacity]: Single Point of Contact), under which law
 * ([property@Ccbnet.Relation:legal-basis]), on what condition
 * ([property@Ccbnet.Relation:condition]), how often ([property@Ccbnet.Relation:cadence]) and
 * together with whom ([method@Ccbnet.Relation.get_co_actors]). Every relation cites the sentence it
 * comes from ([method@Ccbnet.Relation.get_sources]).
 *
 * ```c
 * g_print ("%s %s %s on behalf of %s\n",
 *          ccbnet_entity_get_name (ccbnet_relation_get_subject (relation)),
 *          g_enum_get_value (g_type_class_peek (CCBNET_TYPE_RELATION_KIND),
 *                            ccbnet_relation_get_kind (relation))->value_nick,
 *          ccbnet_entity_get_name (ccbnet_relation_get_object (relation)),
 *          ccbnet_entity_get_name (ccbnet_relation_get_on_behalf_of (relation)));
 * ```
 *
 * Relations are created by a [class@Ccbnet.Registry] and never change, so they can be read from
 * any thread.
 *
 * Since: 1.0
 */

struct _CcbnetRelation
{
  GObject            parent_instance;
  char              *id;
  CcbnetRelationKind kind;
  CcbnetEntity      *subject;
  CcbnetEntity      *object;
  CcbnetEntity      *on_behalf_of;
  CcbnetEntity      *via;
  CcbnetEntity      *context;
  CcbnetEntity      *capacity;
  CcbnetEntity      *legal_basis;
  CcbnetEntity      *framework;
  CcbnetCondition    condition;
  char              *condition_text;
  CcbnetEntity      *condition_ref;
  CcbnetCadence      cadence;
  char              *cadence_text;
  char              *role;
  char              *topic;
  CcbnetLevel        levels;
  gboolean           non_exhaustive;
  GPtrArray         *co_actors;     /* CcbnetEntity */
  char              *start_date;
  char              *end_date;
  gboolean           ended;
  GStrv              supersedes;
  GStrv              superseded_by;
  char              *note;
  CcbnetSection     *section;
  GPtrArray         *sources;       /* CcbnetCitation */
};

G_DEFINE_FINAL_TYPE (CcbnetRelation, ccbnet_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_SUBJECT,
  PROP_OBJECT,
  PROP_ON_BEHALF_OF,
  PROP_VIA,
  PROP_CONTEXT,
  PROP_CAPACITY,
  PROP_LEGAL_BASIS,
  PROP_FRAMEWORK,
  PROP_CONDITION,
  PROP_CONDITION_TEXT,
  PROP_CONDITION_REF,
  PROP_CADENCE,
  PROP_CADENCE_TEXT,
  PROP_ROLE,
  PROP_TOPIC,
  PROP_LEVELS,
  PROP_NON_EXHAUSTIVE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_ENDED,
  PROP_SUPERSEDES,
  PROP_SUPERSEDED_BY,
  PROP_NOTE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
ccbnet_relation_finalize (GObject *object)
{
  CcbnetRelation *self = (CcbnetRelation *) object;

  g_free (self->id);
  g_clear_object (&self->subject);
  g_clear_object (&self->object);
  g_clear_object (&self->on_behalf_of);
  g_clear_object (&self->via);
  g_clear_object (&self->context);
  g_clear_object (&self->capacity);
  g_clear_object (&self->legal_basis);
  g_clear_object (&self->framework);
  g_free (self->condition_text);
  g_clear_object (&self->condition_ref);
  g_free (self->cadence_text);
  g_free (self->role);
  g_free (self->topic);
  g_free (self->start_date);
  g_free (self->end_date);
  g_strfreev (self->supersedes);
  g_strfreev (self->superseded_by);
  g_free (self->note);
  g_clear_object (&self->section);
  g_clear_pointer (&self->co_actors, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (ccbnet_relation_parent_class)->finalize (object);
}

static void
ccbnet_relation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CcbnetRelation *self = CCBNET_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ccbnet_relation_get_id (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, ccbnet_relation_get_kind (self));
      break;
    case PROP_SUBJECT:
      g_value_set_object (value, ccbnet_relation_get_subject (self));
      break;
    case PROP_OBJECT:
      g_value_set_object (value, ccbnet_relation_get_object (self));
      break;
    case PROP_ON_BEHALF_OF:
      g_value_set_object (value, ccbnet_relation_get_on_behalf_of (self));
      break;
    case PROP_VIA:
      g_value_set_object (value, ccbnet_relation_get_via (self));
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, ccbnet_relation_get_context (self));
      break;
    case PROP_CAPACITY:
      g_value_set_object (value, ccbnet_relation_get_capacity (self));
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_object (value, ccbnet_relation_get_legal_basis (self));
      break;
    case PROP_FRAMEWORK:
      g_value_set_object (value, ccbnet_relation_get_framework (self));
      break;
    case PROP_CONDITION:
      g_value_set_enum (value, ccbnet_relation_get_condition (self));
      break;
    case PROP_CONDITION_TEXT:
      g_value_set_string (value, ccbnet_relation_get_condition_text (self));
      break;
    case PROP_CONDITION_REF:
      g_value_set_object (value, ccbnet_relation_get_condition_ref (self));
      break;
    case PROP_CADENCE:
      g_value_set_enum (value, ccbnet_relation_get_cadence (self));
      break;
    case PROP_CADENCE_TEXT:
      g_value_set_string (value, ccbnet_relation_get_cadence_text (self));
      break;
    case PROP_ROLE:
      g_value_set_string (value, ccbnet_relation_get_role (self));
      break;
    case PROP_TOPIC:
      g_value_set_string (value, ccbnet_relation_get_topic (self));
      break;
    case PROP_LEVELS:
      g_value_set_flags (value, ccbnet_relation_get_levels (self));
      break;
    case PROP_NON_EXHAUSTIVE:
      g_value_set_boolean (value, ccbnet_relation_get_non_exhaustive (self));
      break;
    case PROP_START_DATE:
      g_value_set_string (value, ccbnet_relation_get_start_date (self));
      break;
    case PROP_END_DATE:
      g_value_set_string (value, ccbnet_relation_get_end_date (self));
      break;
    case PROP_ENDED:
      g_value_set_boolean (value, ccbnet_relation_get_ended (self));
      break;
    case PROP_SUPERSEDES:
      g_value_set_boxed (value, ccbnet_relation_get_supersedes (self));
      break;
    case PROP_SUPERSEDED_BY:
      g_value_set_boxed (value, ccbnet_relation_get_superseded_by (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, ccbnet_relation_get_note (self));
      break;
    case PROP_SECTION:
      g_value_set_object (value, ccbnet_relation_get_section (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_relation_class_init (CcbnetRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_relation_finalize;
  object_class->get_property = ccbnet_relation_get_property;

  /**
   * CcbnetRelation:id:
   *
   * The relation's stable id in the dataset, such as `r053`.
   *
   * Since: 1.0
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:kind:
   *
   * The kind of relation, read as "subject *kind* object".
   *
   * Since: 1.0
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CCBNET_TYPE_RELATION_KIND, CCBNET_RELATION_KIND_ANY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:subject:
   *
   * The actor: for memberships, the agent at the table.
   *
   * Since: 1.0
   */
  props[PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:object:
   *
   * The target: for memberships, the forum.
   *
   * Since: 1.0
   */
  props[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:on-behalf-of:
   *
   * The principal the subject represents (Belgium, or the CCB for CERT.be).
   *
   * Since: 1.0
   */
  props[PROP_ON_BEHALF_OF] =
    g_param_spec_object ("on-behalf-of", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:via:
   *
   * The channel through which the relation is exercised, such as the Early Warning System.
   *
   * Since: 1.0
   */
  props[PROP_VIA] =
    g_param_spec_object ("via", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:context:
   *
   * The forum or setting in which the relation holds.
   *
   * Since: 1.0
   */
  props[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:capacity:
   *
   * The role in whose capacity the subject acts.
   *
   * Since: 1.0
   */
  props[PROP_CAPACITY] =
    g_param_spec_object ("capacity", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:legal-basis:
   *
   * The legal instrument that makes a designation.
   *
   * Since: 1.0
   */
  props[PROP_LEGAL_BASIS] =
    g_param_spec_object ("legal-basis", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:framework:
   *
   * The higher legal framework the designated role exists under.
   *
   * Since: 1.0
   */
  props[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:condition:
   *
   * The condition the relation holds under.
   *
   * Since: 1.0
   */
  props[PROP_CONDITION] =
    g_param_spec_enum ("condition", NULL, NULL, CCBNET_TYPE_CONDITION, CCBNET_CONDITION_NONE,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:condition-text:
   *
   * The source's own words for the condition, such as "If requested".
   *
   * Since: 1.0
   */
  props[PROP_CONDITION_TEXT] =
    g_param_spec_string ("condition-text", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:condition-ref:
   *
   * The entity the condition is about, such as the authority whose establishment is pending.
   *
   * Since: 1.0
   */
  props[PROP_CONDITION_REF] =
    g_param_spec_object ("condition-ref", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:cadence:
   *
   * How often the relation is exercised.
   *
   * Since: 1.0
   */
  props[PROP_CADENCE] =
    g_param_spec_enum ("cadence", NULL, NULL, CCBNET_TYPE_CADENCE, CCBNET_CADENCE_UNSPECIFIED,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:cadence-text:
   *
   * The source's own words for the cadence.
   *
   * Since: 1.0
   */
  props[PROP_CADENCE_TEXT] =
    g_param_spec_string ("cadence-text", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:role:
   *
   * The subject's role in the relation, in words.
   *
   * Since: 1.0
   */
  props[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:topic:
   *
   * What the relation is about.
   *
   * Since: 1.0
   */
  props[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:levels:
   *
   * The geographic levels of the cases the relation concerns.
   *
   * Since: 1.0
   */
  props[PROP_LEVELS] =
    g_param_spec_flags ("levels", NULL, NULL, CCBNET_TYPE_LEVEL, CCBNET_LEVEL_NONE,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:non-exhaustive:
   *
   * Whether the object comes from a "such as" or "including" list.
   *
   * Since: 1.0
   */
  props[PROP_NON_EXHAUSTIVE] =
    g_param_spec_boolean ("non-exhaustive", NULL, NULL, FALSE,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:start-date:
   *
   * When the relation began, as an ISO 8601 date that may be partial.
   *
   * Since: 1.0
   */
  props[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:end-date:
   *
   * When the relation ended, as an ISO 8601 date that may be partial.
   *
   * Since: 1.0
   */
  props[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:ended:
   *
   * Whether the relation no longer holds: it has an [property@Ccbnet.Relation:end-date], or it
   * ended at a date no source gives (`"ended": true` in the dataset). %FALSE means it still
   * holds as far as the dataset knows. Which relations replace it is
   * [property@Ccbnet.Relation:superseded-by].
   *
   * Since: 1.2
   */
  props[PROP_ENDED] =
    g_param_spec_boolean ("ended", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:supersedes:
   *
   * The ids of the relations this one replaces, as a later source reports the change; look
   * them up with [method@Ccbnet.Registry.lookup_relation].
   *
   * Since: 1.2
   */
  props[PROP_SUPERSEDES] =
    g_param_spec_boxed ("supersedes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:superseded-by:
   *
   * The ids of the relations that replace this one: the other side of
   * [property@Ccbnet.Relation:supersedes].
   *
   * Since: 1.2
   */
  props[PROP_SUPERSEDED_BY] =
    g_param_spec_boxed ("superseded-by", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:note:
   *
   * An editorial note on the relation: an interpretation, or the page's wording.
   *
   * Since: 1.0
   */
  props[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetRelation:section:
   *
   * The page section of the sentence the relation comes from.
   *
   * Since: 1.0
   */
  props[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, CCBNET_TYPE_SECTION,
                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_relation_init (CcbnetRelation *self)
{
}

/**
 * ccbnet_relation_get_id:
 * @self: a relation
 *
 * Gets the relation's id.
 *
 * Returns:: the id
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_id (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->id;
}

/**
 * ccbnet_relation_get_kind:
 * @self: a relation
 *
 * Gets the kind of the relation.
 *
 * Returns:: the kind
 *
 * Since: 1.0
 */
CcbnetRelationKind
ccbnet_relation_get_kind (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), CCBNET_RELATION_KIND_ANY);

  return self->kind;
}

/**
 * ccbnet_relation_get_subject:
 * @self: a relation
 *
 * Gets the relation's subject, the actor.
 *
 * Returns: (transfer none): the subject
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_subject (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->subject;
}

/**
 * ccbnet_relation_get_object:
 * @self: a relation
 *
 * Gets the relation's object, the target.
 *
 * Returns: (transfer none): the object
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_object (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->object;
}

/**
 * ccbnet_relation_get_on_behalf_of:
 * @self: a relation
 *
 * Gets the principal the subject acts for. Every `represents-in` and `point-of-contact-for` relation has one.
 *
 * Returns: (transfer none) (nullable): the principal, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_on_behalf_of (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->on_behalf_of;
}

/**
 * ccbnet_relation_get_via:
 * @self: a relation
 *
 * Gets the channel through which the relation is exercised.
 *
 * Returns: (transfer none) (nullable): the channel, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_via (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->via;
}

/**
 * ccbnet_relation_get_context:
 * @self: a relation
 *
 * Gets the forum or setting in which the relation holds.
 *
 * Returns: (transfer none) (nullable): the context, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_context (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->context;
}

/**
 * ccbnet_relation_get_capacity:
 * @self: a relation
 *
 * Gets the role in whose capacity the subject acts ("In this capacity, it represents Belgium").
 *
 * Returns: (transfer none) (nullable): a role entity, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_capacity (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->capacity;
}

/**
 * ccbnet_relation_get_legal_basis:
 * @self: a relation
 *
 * Gets the legal instrument that makes the designation. Every `designated-as` relation has one.
 *
 * Returns: (transfer none) (nullable): a legal instrument, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_legal_basis (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->legal_basis;
}

/**
 * ccbnet_relation_get_framework:
 * @self: a relation
 *
 * Gets the higher legal framework the role exists under ("under the European NIS Directive").
 *
 * Returns: (transfer none) (nullable): a legal instrument, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_framework (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->framework;
}

/**
 * ccbnet_relation_get_condition:
 * @self: a relation
 *
 * Gets the condition the relation holds under.
 *
 * Returns:: the condition, %CCBNET_CONDITION_NONE for an unconditional relation
 *
 * Since: 1.0
 */
CcbnetCondition
ccbnet_relation_get_condition (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), CCBNET_CONDITION_NONE);

  return self->condition;
}

/**
 * ccbnet_relation_get_condition_text:
 * @self: a relation
 *
 * Gets the source's own words for the condition.
 *
 * Returns: (nullable): the wording, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_condition_text (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->condition_text;
}

/**
 * ccbnet_relation_get_condition_ref:
 * @self: a relation
 *
 * Gets the entity the condition is about. Every relation with %CCBNET_CONDITION_PENDING_ESTABLISHMENT has one.
 *
 * Returns: (transfer none) (nullable): the entity, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_condition_ref (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->condition_ref;
}

/**
 * ccbnet_relation_get_cadence:
 * @self: a relation
 *
 * Gets how often the relation is exercised.
 *
 * Returns:: the cadence, %CCBNET_CADENCE_UNSPECIFIED if the source gives none
 *
 * Since: 1.0
 */
CcbnetCadence
ccbnet_relation_get_cadence (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), CCBNET_CADENCE_UNSPECIFIED);

  return self->cadence;
}

/**
 * ccbnet_relation_get_cadence_text:
 * @self: a relation
 *
 * Gets the source's own words for the cadence, such as "once every two months".
 *
 * Returns: (nullable): the wording, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_cadence_text (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->cadence_text;
}

/**
 * ccbnet_relation_get_role:
 * @self: a relation
 *
 * Gets the subject's role in the relation, in words, such as "expert" or "operational Point of Contact".
 *
 * Returns: (nullable): the role, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_role (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->role;
}

/**
 * ccbnet_relation_get_topic:
 * @self: a relation
 *
 * Gets what the relation is about, such as "the active cyber threats".
 *
 * Returns: (nullable): the topic, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_topic (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->topic;
}

/**
 * ccbnet_relation_get_levels:
 * @self: a relation
 *
 * Gets the geographic levels of the cases the relation concerns.
 *
 * Returns:: the levels, %CCBNET_LEVEL_NONE if the source names none
 *
 * Since: 1.0
 */
CcbnetLevel
ccbnet_relation_get_levels (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), CCBNET_LEVEL_NONE);

  return self->levels;
}

/**
 * ccbnet_relation_get_non_exhaustive:
 * @self: a relation
 *
 * Gets whether the object comes from a "such as" or "including" list, so that the source names other objects of the same relation it does not list.
 *
 * Returns:: %TRUE for an example from a longer list
 *
 * Since: 1.0
 */
gboolean
ccbnet_relation_get_non_exhaustive (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), FALSE);

  return self->non_exhaustive;
}

/**
 * ccbnet_relation_get_start_date:
 * @self: a relation
 *
 * Gets when the relation began.
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if unknown
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_start_date (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->start_date;
}

/**
 * ccbnet_relation_get_end_date:
 * @self: a relation
 *
 * Gets when the relation ended.
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if unknown or ongoing
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_end_date (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->end_date;
}

/**
 * ccbnet_relation_get_note:
 * @self: a relation
 *
 * Gets the editorial note on the relation.
 *
 * Returns: (nullable): the note, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_relation_get_note (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->note;
}

/**
 * ccbnet_relation_get_section:
 * @self: a relation
 *
 * Gets the page section of the sentence the relation comes from.
 *
 * Returns: (transfer none): the section
 *
 * Since: 1.0
 */
CcbnetSection *
ccbnet_relation_get_section (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->section;
}

/**
 * ccbnet_relation_get_co_actors:
 * @self: a relation
 *
 * Gets the entities that act together with the subject ("the CCB, together with other relevant
 * government departments, represents Belgium …"). Each co-actor has a relation of its own with
 * the same kind and object.
 *
 * Returns: (transfer none) (element-type CcbnetEntity): the co-actors, possibly none
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_relation_get_co_actors (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->co_actors;
}

/**
 * ccbnet_relation_get_sources:
 * @self: a relation
 *
 * Gets the sentences the relation comes from.
 *
 * Returns: (transfer none) (element-type CcbnetCitation): at least one citation
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_relation_get_sources (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->sources;
}

/**
 * ccbnet_relation_get_other_end:
 * @self: a relation
 * @entity: the subject or the object of @self
 *
 * Gets the entity at the other end of the relation from @entity.
 *
 * Returns: (transfer none) (nullable): the object if @entity is the subject, the subject if it is
 *   the object, %NULL if it is neither
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_relation_get_other_end (CcbnetRelation *self,
                               CcbnetEntity   *entity)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);
  g_return_val_if_fail (CCBNET_IS_ENTITY (entity), NULL);

  if (entity == self->subject)
    return self->object;
  if (entity == self->object)
    return self->subject;

  return NULL;
}

static const char * const no_ids[] = { NULL };

/**
 * ccbnet_relation_get_ended:
 * @self: a relation
 *
 * Gets [property@Ccbnet.Relation:ended].
 *
 * Returns: %TRUE if the relation no longer holds
 *
 * Since: 1.2
 */
gboolean
ccbnet_relation_get_ended (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), FALSE);

  return self->ended || self->end_date != NULL;
}

/**
 * ccbnet_relation_get_supersedes:
 * @self: a relation
 *
 * Gets the ids of the relations this one replaces.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, in the dataset's order; empty
 *   if it replaces none
 *
 * Since: 1.2
 */
const char * const *
ccbnet_relation_get_supersedes (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->supersedes != NULL ? (const char * const *) self->supersedes : no_ids;
}

/**
 * ccbnet_relation_get_superseded_by:
 * @self: a relation
 *
 * Gets the ids of the relations that replace this one.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, in dataset order; empty if
 *   none replaces it
 *
 * Since: 1.2
 */
const char * const *
ccbnet_relation_get_superseded_by (CcbnetRelation *self)
{
  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  return self->superseded_by != NULL ? (const char * const *) self->superseded_by : no_ids;
}

/* The ids of the relations in an index's entries for @position; NULL for none, which is what
 * almost every relation has (the getters then give an empty array). */
static GStrv
relation_ids (const CcbnetStore *store,
              CcbnetTable        starts_table,
              guint32            position)
{
  guint32 n;
  const guint32 *list = ccbnet_store_csr (store, starts_table, position, &n);
  GStrv ids;

  if (n == 0)
    return NULL;
  ids = g_new (char *, n + 1);

  for (guint32 i = 0; i < n; i++)
    ids[i] = ccbnet_store_dup (store, ccbnet_store_relation (store, list[i])[REL_ID]);
  ids[n] = NULL;

  return ids;
}

static CcbnetEntity *
entity_ref_at (CcbnetSnapshot *snapshot,
               guint32         position)
{
  if (position == CCBNET_NONE)
    return NULL;

  return g_object_ref (ccbnet_snapshot_get_entity (snapshot, position));
}

/* The relation at @position of the snapshot's table of relations, holding the entities it
 * names. */
CcbnetRelation *
ccbnet_relation_new_from_row (CcbnetSnapshot *snapshot,
                              guint32         position)
{
  const CcbnetStore *store = &snapshot->store;
  const guint32 *row = ccbnet_store_relation (store, position);
  guint32 bits = row[REL_BITS];
  CcbnetRelation *self = g_object_new (CCBNET_TYPE_RELATION, NULL);

#define EXTRA(field) ccbnet_store_extra (store, row, field)
  self->id = ccbnet_store_dup (store, row[REL_ID]);
  self->kind = REL_KIND (bits);
  self->subject = entity_ref_at (snapshot, row[REL_SUBJECT]);
  self->object = entity_ref_at (snapshot, row[REL_OBJECT]);
  self->on_behalf_of = entity_ref_at (snapshot, EXTRA (EXT_ON_BEHALF_OF));
  self->via = entity_ref_at (snapshot, EXTRA (EXT_VIA));
  self->context = entity_ref_at (snapshot, EXTRA (EXT_CONTEXT));
  self->capacity = entity_ref_at (snapshot, EXTRA (EXT_CAPACITY));
  self->legal_basis = entity_ref_at (snapshot, EXTRA (EXT_LEGAL_BASIS));
  self->framework = entity_ref_at (snapshot, EXTRA (EXT_FRAMEWORK));
  self->condition = REL_CONDITION (bits);
  self->condition_text = ccbnet_store_dup (store, EXTRA (EXT_CONDITION_TEXT));
  self->condition_ref = entity_ref_at (snapshot, EXTRA (EXT_CONDITION_REF));
  self->cadence = REL_CADENCE (bits);
  self->cadence_text = ccbnet_store_dup (store, EXTRA (EXT_CADENCE_TEXT));
  self->role = ccbnet_store_dup (store, EXTRA (EXT_ROLE));
  self->topic = ccbnet_store_dup (store, EXTRA (EXT_TOPIC));
  self->levels = REL_LEVELS (bits);
  self->non_exhaustive = REL_NON_EXHAUSTIVE (bits);
  self->co_actors = g_ptr_array_new_with_free_func (g_object_unref);
  if (row[REL_EXTRA] != CCBNET_NONE)
    {
      const guint32 *extra = CCBNET_ROW (store, CCBNET_TABLE_EXTRAS, EXT_WIDTH, row[REL_EXTRA]);

      for (guint32 i = 0; i < extra[EXT_N_CO_ACTORS]; i++)
        g_ptr_array_add (self->co_actors,
                         entity_ref_at (snapshot, store->tables[CCBNET_TABLE_ENTITY_LISTS][extra[EXT_CO_ACTORS] + i]));
    }
  self->start_date = ccbnet_store_dup (store, EXTRA (EXT_START_DATE));
  self->end_date = ccbnet_store_dup (store, EXTRA (EXT_END_DATE));
  self->ended = REL_ENDED (bits);
  self->supersedes = relation_ids (store, CCBNET_TABLE_SUPERSEDES_STARTS, position);
  self->superseded_by = relation_ids (store, CCBNET_TABLE_SUPERSEDED_BY_STARTS, position);
  self->note = ccbnet_store_dup (store, EXTRA (EXT_NOTE));
#undef EXTRA
  self->section = g_object_ref (ccbnet_snapshot_get_section (snapshot, row[REL_SECTION]));
  self->sources = ccbnet_snapshot_dup_citations (snapshot, row[REL_SOURCES], row[REL_N_SOURCES]);

  return self;
}

/* The entity's name in @language, or, for %NULL, in the first of the user's languages it has a
 * name in (English, the dataset's own language, for the C locale). */
static const char *
name_in (CcbnetEntity *entity,
         const char   *language)
{
  const char * const *languages;

  if (language != NULL)
    return ccbnet_entity_get_name_for_language (entity, language);

  languages = g_get_language_names ();
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *base = g_ascii_strdown (languages[i], strcspn (languages[i], "-_.@"));
      const char *name;

      if (g_str_equal (base, "en") || g_str_equal (base, "c") || g_str_equal (base, "posix"))
        break;
      name = ccbnet_entity_get_name_for_language (entity, base);
      if (name != ccbnet_entity_get_name (entity))
        return name;
    }

  return ccbnet_entity_get_name (entity);
}

/* What a relation of @kind states about its subject (the first %s) and its object (the second):
 * literals, so that msgfmt --check compares each translation's conversions with them. @n is 1
 * for a singular grammatical subject and 2 for a plural one (see
 * [method@Ccbnet.Entity.get_is_collective]: "Intelligence and security services take part in …"). */
static const char *
sentence_format (CcbnetRelationKind kind,
                 gulong             n)
{
  /* Translators: the plural forms of these sentences are for a grammatical subject that is a
   * plural body or a class of actors ("Operators of Vital Importance"), not for a count. */
  switch (kind)
    {
    case CCBNET_RELATION_KIND_PART_OF: return ccbnet_ngettext ("%1$s is part of %2$s", "%1$s are part of %2$s", n);
    case CCBNET_RELATION_KIND_UNIT_OF: return ccbnet_ngettext ("%1$s is a unit of %2$s", "%1$s are units of %2$s", n);
    case CCBNET_RELATION_KIND_POST_IN: return ccbnet_ngettext ("%1$s is a post in %2$s", "%1$s are posts in %2$s", n);
    case CCBNET_RELATION_KIND_PARTICIPATES_IN: return ccbnet_ngettext ("%1$s takes part in %2$s", "%1$s take part in %2$s", n);
    case CCBNET_RELATION_KIND_MEMBER_OF: return ccbnet_ngettext ("%1$s is a member of %2$s", "%1$s are members of %2$s", n);
    case CCBNET_RELATION_KIND_DESIGNATED_AS: return ccbnet_ngettext ("%1$s is designated as %2$s", "%1$s are designated as %2$s", n);
    case CCBNET_RELATION_KIND_ESTABLISHED_UNDER: return ccbnet_ngettext ("%1$s is established under %2$s", "%1$s are established under %2$s", n);
    case CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION: return ccbnet_ngettext ("%1$s applies to %2$s", "%1$s apply to %2$s", n);
    case CCBNET_RELATION_KIND_COORDINATES: return ccbnet_ngettext ("%1$s coordinates %2$s", "%1$s coordinate %2$s", n);
    case CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR: return ccbnet_ngettext ("%1$s develops the positions of %2$s", "%1$s develop the positions of %2$s", n);
    case CCBNET_RELATION_KIND_DEVELOPS: return ccbnet_ngettext ("%1$s develops %2$s", "%1$s develop %2$s", n);
    case CCBNET_RELATION_KIND_ORGANISES: return ccbnet_ngettext ("%1$s organises %2$s", "%1$s organise %2$s", n);
    case CCBNET_RELATION_KIND_OPERATES: return ccbnet_ngettext ("%1$s operates %2$s", "%1$s operate %2$s", n);
    case CCBNET_RELATION_KIND_PUBLISHES: return ccbnet_ngettext ("%1$s publishes %2$s", "%1$s publish %2$s", n);
    case CCBNET_RELATION_KIND_HOSTED_BY: return ccbnet_ngettext ("%1$s is set up at %2$s", "%1$s are set up at %2$s", n);
    case CCBNET_RELATION_KIND_CONSULTS: return ccbnet_ngettext ("%1$s consults %2$s", "%1$s consult %2$s", n);
    case CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO: return ccbnet_ngettext ("%1$s provides expertise to %2$s", "%1$s provide expertise to %2$s", n);
    case CCBNET_RELATION_KIND_PROVIDES_INPUT_TO: return ccbnet_ngettext ("%1$s provides input to %2$s", "%1$s provide input to %2$s", n);
    case CCBNET_RELATION_KIND_INFORMS: return ccbnet_ngettext ("%1$s informs %2$s", "%1$s inform %2$s", n);
    case CCBNET_RELATION_KIND_DISCUSSES: return ccbnet_ngettext ("%2$s is discussed at %1$s", "%2$s are discussed at %1$s", n);
    case CCBNET_RELATION_KIND_RELATED_TO: return ccbnet_ngettext ("%1$s is related to %2$s", "%1$s are related to %2$s", n);
    case CCBNET_RELATION_KIND_COUNTERPART_OF: return ccbnet_ngettext ("%1$s is the counterpart of %2$s", "%1$s are the counterparts of %2$s", n);
    case CCBNET_RELATION_KIND_SUPERVISES: return ccbnet_ngettext ("%1$s supervises %2$s", "%1$s supervise %2$s", n);
    case CCBNET_RELATION_KIND_AFFILIATED_WITH: return ccbnet_ngettext ("%1$s is drawn from %2$s", "%1$s are drawn from %2$s", n);
    case CCBNET_RELATION_KIND_LOCATED_IN: return ccbnet_ngettext ("%1$s is located in %2$s", "%1$s are located in %2$s", n);
    /* The two kinds that always have a principal: formats with three places, below. */
    case CCBNET_RELATION_KIND_REPRESENTS_IN:
    case CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR:
    case CCBNET_RELATION_KIND_ANY:
    default:
      return NULL;
    }
}

/**
 * ccbnet_relation_to_sentence:
 * @self: a relation
 * @language: (nullable): a BCP 47 language tag for the names, such as "nl", or %NULL for the
 *   user's languages
 *
 * Says what @self states, as a sentence in the user's language: "Centre for Cybersecurity
 * Belgium represents Belgium in NIS Cooperation Group"; with `LANGUAGE=nl` and @language "nl",
 * "Centrum voor Cybersecurity België vertegenwoordigt België in …". The words come from the
 * library's translations, chosen by the process's locale as gettext chooses them (`LANGUAGE`,
 * `LC_ALL`, `LC_MESSAGES`, `LANG`); the names are the entities' names in @language
 * ([method@Ccbnet.Entity.get_name_for_language]), or, when @language is %NULL, in the first of
 * the user's languages ([func@GLib.get_language_names]) each entity has a name in, else
 * English. A program that lets its user pick a language sets both: the locale for the words,
 * @language for the names.
 *
 * The sentence names the subject, the object and, for `represents-in` and
 * `point-of-contact-for`, the principal ([method@Ccbnet.Relation.get_on_behalf_of]); the other
 * qualifiers are the relation's properties. Its verb agrees with a plural body or class of
 * actors ([method@Ccbnet.Entity.get_is_collective]). It has no final full stop.
 *
 * Returns: (transfer full): the sentence
 *
 * Since: 1.2
 */
char *
ccbnet_relation_to_sentence (CcbnetRelation *self,
                             const char     *language)
{
  const char *subject, *object, *principal, *format;
  gulong n;
  char *sentence;

  g_return_val_if_fail (CCBNET_IS_RELATION (self), NULL);

  subject = name_in (self->subject, language);
  object = name_in (self->object, language);
  principal = self->on_behalf_of != NULL ? name_in (self->on_behalf_of, language) : NULL;
  /* The grammatical subject: the object for "is discussed at". */
  n = ccbnet_entity_get_is_collective (self->kind == CCBNET_RELATION_KIND_DISCUSSES ? self->object
                                                                                    : self->subject) ? 2 : 1;

  /* Every format below is a literal of this file with the conversions its msgid has, which
   * msgfmt --check holds each translation to. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (self->kind == CCBNET_RELATION_KIND_REPRESENTS_IN && principal != NULL)
    /* Translators: the subject, the object (where it represents), the principal; as the CCB's
     * pages say "represents Belgium in …". The plural form is for a plural body as subject. */
    sentence = g_strdup_printf (ccbnet_ngettext ("%1$s represents %3$s in %2$s",
                                                 "%1$s represent %3$s in %2$s", n),
                                subject, object, principal);
  else if (self->kind == CCBNET_RELATION_KIND_REPRESENTS_IN)
    sentence = g_strdup_printf (ccbnet_ngettext ("%1$s represents its principal in %2$s",
                                                 "%1$s represent their principal in %2$s", n),
                                subject, object);
  else if (self->kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR && principal != NULL)
    /* Translators: the subject, the object, the principal */
    sentence = g_strdup_printf (ccbnet_ngettext ("%1$s is the point of contact of %3$s for %2$s",
                                                 "%1$s are the points of contact of %3$s for %2$s", n),
                                subject, object, principal);
  else if (self->kind == CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR)
    sentence = g_strdup_printf (ccbnet_ngettext ("%1$s is a point of contact for %2$s",
                                                 "%1$s are points of contact for %2$s", n),
                                subject, object);
  else if ((format = sentence_format (self->kind, n)) != NULL)
    sentence = g_strdup_printf (format, subject, object);
  else
    sentence = g_strdup_printf ("%s %s %s", subject, ccbnet_relation_kind_to_string (self->kind), object);
#pragma GCC diagnostic pop

  return sentence;
}
