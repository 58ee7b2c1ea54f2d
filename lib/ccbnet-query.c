/* ccbnet-query.c: a typed query over a registry
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/**
 * CcbnetQuery:
 *
 * A typed question about a [class@Ccbnet.Registry]'s relations or entities.
 *
 * Each property is a filter; a filter left at its default (%NULL, `ANY`, `NONE` or `UNSPECIFIED`)
 * matches everything, and the filters that are set must all match (they are ANDed).
 * [method@Ccbnet.Registry.query] returns the matching relations;
 * [method@Ccbnet.Registry.query_entities] returns entities:
 *
 * - when the query has a relation filter (kind, subject, object, on-behalf-of, via, context,
 *   capacity, legal basis, framework, co-actor, condition or unconditional), the entities at the free end of the matching relations: their objects when only
 *   the subject is set, their subjects when only the object is set, both ends otherwise;
 * - otherwise the entities whose own entity type, scope, section and cadence match.
 *
 * Entities in a query match by id, so a query built with the entities of one registry can be
 * run on another.
 *
 * Where does the CCB, or one of its parts, represent Belgium?
 *
 * ```c
 * g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
 *
 * ccbnet_query_set_kind (query, CCBNET_RELATION_KIND_REPRESENTS_IN);
 * ccbnet_query_set_subject (query, ccb);
 * ccbnet_query_set_on_behalf_of (query, belgium);
 * ccbnet_query_set_include_parts (query, TRUE);
 * relations = ccbnet_registry_query (registry, query);
 * ```
 *
 * A query is a plain object: build it in one thread, then run it from any number.
 *
 * Since: 1.0
 */

struct _CcbnetQuery
{
  GObject parent_instance;

  CcbnetRelationKind kind;
  gboolean include_subkinds;
  CcbnetEntity *subject;
  CcbnetEntity *object;
  CcbnetEntity *on_behalf_of;
  CcbnetEntity *via;
  CcbnetEntity *context;
  CcbnetCondition condition;
  CcbnetCadence cadence;
  CcbnetScope scope;
  CcbnetSection *section;
  CcbnetEntityType entity_type;
  gboolean include_parts;
  char *valid_at;      /* YYYY-MM-DD */
  CcbnetEntity *capacity;
  CcbnetEntity *legal_basis;
  CcbnetEntity *framework;
  CcbnetEntity *co_actor;
  gboolean unconditional;
};

G_DEFINE_FINAL_TYPE (CcbnetQuery, ccbnet_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_INCLUDE_SUBKINDS,
  PROP_SUBJECT,
  PROP_OBJECT,
  PROP_ON_BEHALF_OF,
  PROP_VIA,
  PROP_CONTEXT,
  PROP_CONDITION,
  PROP_CADENCE,
  PROP_SCOPE,
  PROP_SECTION,
  PROP_ENTITY_TYPE,
  PROP_INCLUDE_PARTS,
  PROP_VALID_AT,
  PROP_CAPACITY,
  PROP_LEGAL_BASIS,
  PROP_FRAMEWORK,
  PROP_CO_ACTOR,
  PROP_UNCONDITIONAL,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
ccbnet_query_finalize (GObject *object)
{
  CcbnetQuery *self = (CcbnetQuery *) object;

  g_clear_object (&self->subject);
  g_clear_object (&self->object);
  g_clear_object (&self->on_behalf_of);
  g_clear_object (&self->via);
  g_clear_object (&self->context);
  g_clear_object (&self->section);
  g_free (self->valid_at);
  g_clear_object (&self->capacity);
  g_clear_object (&self->legal_basis);
  g_clear_object (&self->framework);
  g_clear_object (&self->co_actor);

  G_OBJECT_CLASS (ccbnet_query_parent_class)->finalize (object);
}

static void
ccbnet_query_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CcbnetQuery *self = CCBNET_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, ccbnet_query_get_kind (self));
      break;
    case PROP_INCLUDE_SUBKINDS:
      g_value_set_boolean (value, ccbnet_query_get_include_subkinds (self));
      break;
    case PROP_SUBJECT:
      g_value_set_object (value, ccbnet_query_get_subject (self));
      break;
    case PROP_OBJECT:
      g_value_set_object (value, ccbnet_query_get_object (self));
      break;
    case PROP_ON_BEHALF_OF:
      g_value_set_object (value, ccbnet_query_get_on_behalf_of (self));
      break;
    case PROP_VIA:
      g_value_set_object (value, ccbnet_query_get_via (self));
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, ccbnet_query_get_context (self));
      break;
    case PROP_CONDITION:
      g_value_set_enum (value, ccbnet_query_get_condition (self));
      break;
    case PROP_CADENCE:
      g_value_set_enum (value, ccbnet_query_get_cadence (self));
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, ccbnet_query_get_scope (self));
      break;
    case PROP_SECTION:
      g_value_set_object (value, ccbnet_query_get_section (self));
      break;
    case PROP_ENTITY_TYPE:
      g_value_set_enum (value, ccbnet_query_get_entity_type (self));
      break;
    case PROP_INCLUDE_PARTS:
      g_value_set_boolean (value, ccbnet_query_get_include_parts (self));
      break;
    case PROP_VALID_AT:
      g_value_set_string (value, ccbnet_query_get_valid_at (self));
      break;
    case PROP_CAPACITY:
      g_value_set_object (value, ccbnet_query_get_capacity (self));
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_object (value, ccbnet_query_get_legal_basis (self));
      break;
    case PROP_FRAMEWORK:
      g_value_set_object (value, ccbnet_query_get_framework (self));
      break;
    case PROP_CO_ACTOR:
      g_value_set_object (value, ccbnet_query_get_co_actor (self));
      break;
    case PROP_UNCONDITIONAL:
      g_value_set_boolean (value, ccbnet_query_get_unconditional (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_query_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CcbnetQuery *self = CCBNET_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      ccbnet_query_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_INCLUDE_SUBKINDS:
      ccbnet_query_set_include_subkinds (self, g_value_get_boolean (value));
      break;
    case PROP_SUBJECT:
      ccbnet_query_set_subject (self, g_value_get_object (value));
      break;
    case PROP_OBJECT:
      ccbnet_query_set_object (self, g_value_get_object (value));
      break;
    case PROP_ON_BEHALF_OF:
      ccbnet_query_set_on_behalf_of (self, g_value_get_object (value));
      break;
    case PROP_VIA:
      ccbnet_query_set_via (self, g_value_get_object (value));
      break;
    case PROP_CONTEXT:
      ccbnet_query_set_context (self, g_value_get_object (value));
      break;
    case PROP_CONDITION:
      ccbnet_query_set_condition (self, g_value_get_enum (value));
      break;
    case PROP_CADENCE:
      ccbnet_query_set_cadence (self, g_value_get_enum (value));
      break;
    case PROP_SCOPE:
      ccbnet_query_set_scope (self, g_value_get_enum (value));
      break;
    case PROP_SECTION:
      ccbnet_query_set_section (self, g_value_get_object (value));
      break;
    case PROP_ENTITY_TYPE:
      ccbnet_query_set_entity_type (self, g_value_get_enum (value));
      break;
    case PROP_INCLUDE_PARTS:
      ccbnet_query_set_include_parts (self, g_value_get_boolean (value));
      break;
    case PROP_VALID_AT:
      ccbnet_query_set_valid_at (self, g_value_get_string (value));
      break;
    case PROP_CAPACITY:
      ccbnet_query_set_capacity (self, g_value_get_object (value));
      break;
    case PROP_LEGAL_BASIS:
      ccbnet_query_set_legal_basis (self, g_value_get_object (value));
      break;
    case PROP_FRAMEWORK:
      ccbnet_query_set_framework (self, g_value_get_object (value));
      break;
    case PROP_CO_ACTOR:
      ccbnet_query_set_co_actor (self, g_value_get_object (value));
      break;
    case PROP_UNCONDITIONAL:
      ccbnet_query_set_unconditional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_query_class_init (CcbnetQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_query_finalize;
  object_class->get_property = ccbnet_query_get_property;
  object_class->set_property = ccbnet_query_set_property;

  /**
   * CcbnetQuery:kind:
   *
   * The kind of relation to match; %CCBNET_RELATION_KIND_ANY matches every kind.
   *
   * Since: 1.0
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CCBNET_TYPE_RELATION_KIND, CCBNET_RELATION_KIND_ANY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:include-subkinds:
   *
   * Whether [property@Ccbnet.Query:kind] also matches its sub-kinds, transitively: `participates-
   * in` then also matches `member-of`, `represents-in` and `point-of-contact-for`.
   *
   * Since: 1.0
   */
  props[PROP_INCLUDE_SUBKINDS] =
    g_param_spec_boolean ("include-subkinds", NULL, NULL, FALSE,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:subject:
   *
   * The subject to match, or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:object:
   *
   * The object to match, or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:on-behalf-of:
   *
   * The principal to match ([property@Ccbnet.Relation:on-behalf-of]), or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_ON_BEHALF_OF] =
    g_param_spec_object ("on-behalf-of", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:via:
   *
   * The channel to match ([property@Ccbnet.Relation:via]), or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_VIA] =
    g_param_spec_object ("via", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:context:
   *
   * The context to match ([property@Ccbnet.Relation:context]), or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CCBNET_TYPE_ENTITY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:condition:
   *
   * The condition to match; %CCBNET_CONDITION_NONE matches every condition.
   *
   * Since: 1.0
   */
  props[PROP_CONDITION] =
    g_param_spec_enum ("condition", NULL, NULL, CCBNET_TYPE_CONDITION, CCBNET_CONDITION_NONE,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:cadence:
   *
   * The cadence to match; %CCBNET_CADENCE_UNSPECIFIED matches every cadence.
   * [method@Ccbnet.Registry.query] matches it against relations;
   * [method@Ccbnet.Registry.query_entities] against the relations when the query has a relation
   * filter, otherwise against the entities' own cadence.
   *
   * Since: 1.0
   */
  props[PROP_CADENCE] =
    g_param_spec_enum ("cadence", NULL, NULL, CCBNET_TYPE_CADENCE, CCBNET_CADENCE_UNSPECIFIED,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:scope:
   *
   * The page grouping to match; %CCBNET_SCOPE_ANY matches every scope. Like
   * [property@Ccbnet.Query:cadence], it applies to the relations' sections, or to the entities' own
   * scope when [method@Ccbnet.Registry.query_entities] has no relation filter.
   *
   * Since: 1.0
   */
  props[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, CCBNET_TYPE_SCOPE, CCBNET_SCOPE_ANY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:section:
   *
   * The page section to match, like [property@Ccbnet.Query:scope], or %NULL for any.
   *
   * Since: 1.0
   */
  props[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, CCBNET_TYPE_SECTION,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:entity-type:
   *
   * The type of entity to match: the entities [method@Ccbnet.Registry.query_entities] returns, and
   * for [method@Ccbnet.Registry.query] the same free end of each relation; %CCBNET_ENTITY_TYPE_ANY
   * matches every type.
   *
   * Since: 1.0
   */
  props[PROP_ENTITY_TYPE] =
    g_param_spec_enum ("entity-type", NULL, NULL, CCBNET_TYPE_ENTITY_TYPE, CCBNET_ENTITY_TYPE_ANY,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:include-parts:
   *
   * Whether [property@Ccbnet.Query:subject] and [property@Ccbnet.Query:object] also match their
   * parts, transitively (`part-of`, `unit-of`, `post-in`): asking about the CCB then also finds
   * what CERT.be and the CCB's Director do.
   *
   * Since: 1.0
   */
  props[PROP_INCLUDE_PARTS] =
    g_param_spec_boolean ("include-parts", NULL, NULL, FALSE,
                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:valid-at:
   *
   * The day the answer is about, as an ISO 8601 date `YYYY-MM-DD`: only the relations and
   * entities that may hold on that day match. %NULL (the default) asks about everything the
   * dataset knows, whatever its dates.
   *
   * A record holds from the first day of its start date to the last day of its end date, dates
   * that are partial (`2022`, `2022-07`) standing for their whole year or month; a bound no
   * source gives is no constraint, since unknown is not "never". A relation also needs every
   * entity it reaches (its ends, its qualifiers, its co-actors) to hold, and holds only from the
   * date of its legal basis and framework on, where they have one; on condition
   * %CCBNET_CONDITION_PENDING_ESTABLISHMENT it holds only before the entity it waits for
   * starts; and a relation another one supersedes holds only before the first day the other is
   * known to hold (its own start and those of the entities it reaches or, when no source dates
   * any, the day a source reporting it was published, where it says so, or read). A record that ended at a date no source gives
   * is otherwise kept: it may still have held. The rules are in `docs/dataset-format.md`.
   *
   * Since: 1.2
   */
  props[PROP_VALID_AT] =
    g_param_spec_string ("valid-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

    /**
   * CcbnetQuery:capacity:
   *
   * The role in whose capacity the subject acts ([property@Ccbnet.Relation:capacity]), or %NULL for any.
   *
   * Since: 1.2
   */
  props[PROP_CAPACITY] =
    g_param_spec_object ("capacity", NULL, NULL, CCBNET_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:legal-basis:
   *
   * The legal basis ([property@Ccbnet.Relation:legal-basis]), or %NULL for any.
   *
   * Since: 1.2
   */
  props[PROP_LEGAL_BASIS] =
    g_param_spec_object ("legal-basis", NULL, NULL, CCBNET_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:framework:
   *
   * The framework ([property@Ccbnet.Relation:framework]), or %NULL for any.
   *
   * Since: 1.2
   */
  props[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, CCBNET_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:co-actor:
   *
   * A co-actor: relations that hold together with this entity, among others ([method@Ccbnet.Relation.get_co_actors]), or %NULL for any.
   *
   * Since: 1.2
   */
  props[PROP_CO_ACTOR] =
    g_param_spec_object ("co-actor", NULL, NULL, CCBNET_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetQuery:unconditional:
   *
   * Whether to match only the relations under no condition
   * ([property@Ccbnet.Relation:condition] is %CCBNET_CONDITION_NONE): the relations that hold as
   * they stand, not "on request", "where appropriate", "pending" an establishment or as a
   * capability. %FALSE (the default) matches every condition, as
   * [property@Ccbnet.Query:condition] left at %CCBNET_CONDITION_NONE does; the two filters are
   * ANDed like the others, so setting both matches nothing.
   *
   * Since: 1.2
   */
  props[PROP_UNCONDITIONAL] =
    g_param_spec_boolean ("unconditional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_query_init (CcbnetQuery *self)
{
}

/**
 * ccbnet_query_new:
 *
 * Creates a query that matches everything; set its properties to narrow it.
 *
 * Returns: (transfer full): a new query
 *
 * Since: 1.0
 */
CcbnetQuery *
ccbnet_query_new (void)
{
  return g_object_new (CCBNET_TYPE_QUERY, NULL);
}

/**
 * ccbnet_query_get_kind:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:kind].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
CcbnetRelationKind
ccbnet_query_get_kind (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), CCBNET_RELATION_KIND_ANY);

  return self->kind;
}

/**
 * ccbnet_query_set_kind:
 * @self: a query
 * @kind: the kind of relation to match; %CCBNET_RELATION_KIND_ANY matches every kind
 *
 * Sets [property@Ccbnet.Query:kind].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_kind (CcbnetQuery *self,
                       CcbnetRelationKind kind)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (g_enum_get_value (g_type_class_peek (CCBNET_TYPE_RELATION_KIND), kind) != NULL);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_KIND]);
}

/**
 * ccbnet_query_get_include_subkinds:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:include-subkinds].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
gboolean
ccbnet_query_get_include_subkinds (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), FALSE);

  return self->include_subkinds;
}

/**
 * ccbnet_query_set_include_subkinds:
 * @self: a query
 * @include_subkinds: whether [property@Ccbnet.Query:kind] also matches its sub-kinds, transitively: `participates-in` then also matches `member-of`, `represents-in` and `point-of-contact-for`
 *
 * Sets [property@Ccbnet.Query:include-subkinds].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_include_subkinds (CcbnetQuery *self,
                                   gboolean include_subkinds)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));

  include_subkinds = !!include_subkinds;
  if (self->include_subkinds == include_subkinds)
    return;

  self->include_subkinds = include_subkinds;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_INCLUDE_SUBKINDS]);
}

/**
 * ccbnet_query_get_subject:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:subject].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_query_get_subject (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->subject;
}

/**
 * ccbnet_query_set_subject:
 * @self: a query
 * @subject: (nullable): the subject to match, or %NULL for any
 *
 * Sets [property@Ccbnet.Query:subject].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_subject (CcbnetQuery *self,
                          CcbnetEntity *subject)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (subject == NULL || G_TYPE_CHECK_INSTANCE_TYPE (subject, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SUBJECT]);
}

/**
 * ccbnet_query_get_object:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:object].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_query_get_object (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->object;
}

/**
 * ccbnet_query_set_object:
 * @self: a query
 * @object: (nullable): the object to match, or %NULL for any
 *
 * Sets [property@Ccbnet.Query:object].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_object (CcbnetQuery *self,
                         CcbnetEntity *object)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (object == NULL || G_TYPE_CHECK_INSTANCE_TYPE (object, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->object, object))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_OBJECT]);
}

/**
 * ccbnet_query_get_on_behalf_of:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:on-behalf-of].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_query_get_on_behalf_of (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->on_behalf_of;
}

/**
 * ccbnet_query_set_on_behalf_of:
 * @self: a query
 * @on_behalf_of: (nullable): the principal to match ([property@Ccbnet.Relation:on-behalf-of]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:on-behalf-of].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_on_behalf_of (CcbnetQuery *self,
                               CcbnetEntity *on_behalf_of)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (on_behalf_of == NULL || G_TYPE_CHECK_INSTANCE_TYPE (on_behalf_of, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->on_behalf_of, on_behalf_of))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ON_BEHALF_OF]);
}

/**
 * ccbnet_query_get_via:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:via].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_query_get_via (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->via;
}

/**
 * ccbnet_query_set_via:
 * @self: a query
 * @via: (nullable): the channel to match ([property@Ccbnet.Relation:via]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:via].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_via (CcbnetQuery *self,
                      CcbnetEntity *via)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (via == NULL || G_TYPE_CHECK_INSTANCE_TYPE (via, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->via, via))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VIA]);
}

/**
 * ccbnet_query_get_context:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:context].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_query_get_context (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->context;
}

/**
 * ccbnet_query_set_context:
 * @self: a query
 * @context: (nullable): the context to match ([property@Ccbnet.Relation:context]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:context].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_context (CcbnetQuery *self,
                          CcbnetEntity *context)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (context == NULL || G_TYPE_CHECK_INSTANCE_TYPE (context, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CONTEXT]);
}

/**
 * ccbnet_query_get_condition:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:condition].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
CcbnetCondition
ccbnet_query_get_condition (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), CCBNET_CONDITION_NONE);

  return self->condition;
}

/**
 * ccbnet_query_set_condition:
 * @self: a query
 * @condition: the condition to match; %CCBNET_CONDITION_NONE matches every condition
 *
 * Sets [property@Ccbnet.Query:condition].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_condition (CcbnetQuery *self,
                            CcbnetCondition condition)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (g_enum_get_value (g_type_class_peek (CCBNET_TYPE_CONDITION), condition) != NULL);

  if (self->condition == condition)
    return;

  self->condition = condition;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CONDITION]);
}

/**
 * ccbnet_query_get_cadence:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:cadence].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
CcbnetCadence
ccbnet_query_get_cadence (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), CCBNET_CADENCE_UNSPECIFIED);

  return self->cadence;
}

/**
 * ccbnet_query_set_cadence:
 * @self: a query
 * @cadence: the cadence to match: a relation's cadence when the query has a relation filter, otherwise an entity's; %CCBNET_CADENCE_UNSPECIFIED matches every cadence
 *
 * Sets [property@Ccbnet.Query:cadence].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_cadence (CcbnetQuery *self,
                          CcbnetCadence cadence)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (g_enum_get_value (g_type_class_peek (CCBNET_TYPE_CADENCE), cadence) != NULL);

  if (self->cadence == cadence)
    return;

  self->cadence = cadence;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CADENCE]);
}

/**
 * ccbnet_query_get_scope:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:scope].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
CcbnetScope
ccbnet_query_get_scope (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), CCBNET_SCOPE_ANY);

  return self->scope;
}

/**
 * ccbnet_query_set_scope:
 * @self: a query
 * @scope: the page grouping to match: a relation's section's scope when the query has a relation filter, otherwise an entity's scope; %CCBNET_SCOPE_ANY matches every scope
 *
 * Sets [property@Ccbnet.Query:scope].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_scope (CcbnetQuery *self,
                        CcbnetScope scope)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (g_enum_get_value (g_type_class_peek (CCBNET_TYPE_SCOPE), scope) != NULL);

  if (self->scope == scope)
    return;

  self->scope = scope;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SCOPE]);
}

/**
 * ccbnet_query_get_section:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:section].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.0
 */
CcbnetSection *
ccbnet_query_get_section (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->section;
}

/**
 * ccbnet_query_set_section:
 * @self: a query
 * @section: (nullable): the page section to match, like [property@Ccbnet.Query:scope], or %NULL for any
 *
 * Sets [property@Ccbnet.Query:section].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_section (CcbnetQuery *self,
                          CcbnetSection *section)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (section == NULL || G_TYPE_CHECK_INSTANCE_TYPE (section, CCBNET_TYPE_SECTION));

  if (g_set_object (&self->section, section))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SECTION]);
}

/**
 * ccbnet_query_get_entity_type:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:entity-type].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
CcbnetEntityType
ccbnet_query_get_entity_type (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), CCBNET_ENTITY_TYPE_ANY);

  return self->entity_type;
}

/**
 * ccbnet_query_set_entity_type:
 * @self: a query
 * @entity_type: the type of entity to match: the entities [method@Ccbnet.Registry.query_entities] returns, and for [method@Ccbnet.Registry.query] the same free end of each relation; %CCBNET_ENTITY_TYPE_ANY matches every type
 *
 * Sets [property@Ccbnet.Query:entity-type].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_entity_type (CcbnetQuery *self,
                              CcbnetEntityType entity_type)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (g_enum_get_value (g_type_class_peek (CCBNET_TYPE_ENTITY_TYPE), entity_type) != NULL);

  if (self->entity_type == entity_type)
    return;

  self->entity_type = entity_type;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_ENTITY_TYPE]);
}

/**
 * ccbnet_query_get_include_parts:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:include-parts].
 *
 * Returns:: the filter
 *
 * Since: 1.0
 */
gboolean
ccbnet_query_get_include_parts (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), FALSE);

  return self->include_parts;
}

/**
 * ccbnet_query_set_include_parts:
 * @self: a query
 * @include_parts: whether [property@Ccbnet.Query:subject] and [property@Ccbnet.Query:object] also match their parts, transitively (`part-of`, `unit-of`, `post-in`): asking about the CCB then also finds what CERT.be and the CCB's Director do
 *
 * Sets [property@Ccbnet.Query:include-parts].
 *
 * Since: 1.0
 */
void
ccbnet_query_set_include_parts (CcbnetQuery *self,
                                gboolean include_parts)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));

  include_parts = !!include_parts;
  if (self->include_parts == include_parts)
    return;

  self->include_parts = include_parts;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_INCLUDE_PARTS]);
}

/**
 * ccbnet_query_get_valid_at:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:valid-at].
 *
 * Returns: (nullable): the day as `YYYY-MM-DD`, or %NULL if the query is not about one day
 *
 * Since: 1.2
 */
const char *
ccbnet_query_get_valid_at (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->valid_at;
}

/**
 * ccbnet_query_is_valid_date:
 * @date: a string
 *
 * Checks whether @date is a day as [property@Ccbnet.Query:valid-at] takes it: an ISO 8601
 * calendar date `YYYY-MM-DD` that exists (`2024-02-29` does, `2023-02-29` does not).
 *
 * Returns: %TRUE if @date is such a day
 *
 * Since: 1.2
 */
gboolean
ccbnet_query_is_valid_date (const char *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;
  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

/**
 * ccbnet_query_set_valid_at:
 * @self: a query
 * @date: (nullable): a day as `YYYY-MM-DD` (see [func@Ccbnet.Query.is_valid_date]), or %NULL
 *   to ask about everything the dataset knows
 *
 * Sets [property@Ccbnet.Query:valid-at]. A string that is not such a day is a programming
 * error: check what a user typed with [func@Ccbnet.Query.is_valid_date] first.
 *
 * Since: 1.2
 */
void
ccbnet_query_set_valid_at (CcbnetQuery *self,
                           const char  *date)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (date == NULL || ccbnet_query_is_valid_date (date));

  if (g_strcmp0 (self->valid_at, date) == 0)
    return;

  g_free (self->valid_at);
  self->valid_at = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VALID_AT]);
}

/**
 * ccbnet_query_set_valid_at_date_time:
 * @self: a query
 * @date_time: (nullable): a moment, whose day in its own time zone the query is about, or
 *   %NULL to ask about everything the dataset knows
 *
 * Sets [property@Ccbnet.Query:valid-at] from a #GDateTime, such as
 * g_date_time_new_now_local() for "today".
 *
 * Since: 1.2
 */
void
ccbnet_query_set_valid_at_date_time (CcbnetQuery *self,
                                     GDateTime   *date_time)
{
  g_autofree char *date = NULL;

  g_return_if_fail (CCBNET_IS_QUERY (self));

  if (date_time != NULL)
    date = g_date_time_format (date_time, "%Y-%m-%d");
  ccbnet_query_set_valid_at (self, date);
}

/**
 * ccbnet_query_get_capacity:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:capacity].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.2
 */
CcbnetEntity *
ccbnet_query_get_capacity (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->capacity;
}

/**
 * ccbnet_query_set_capacity:
 * @self: a query
 * @capacity: (nullable): the role in whose capacity the subject acts ([property@Ccbnet.Relation:capacity]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:capacity].
 *
 * Since: 1.2
 */
void
ccbnet_query_set_capacity (CcbnetQuery  *self,
                          CcbnetEntity *capacity)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (capacity == NULL || G_TYPE_CHECK_INSTANCE_TYPE (capacity, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->capacity, capacity))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CAPACITY]);
}

/**
 * ccbnet_query_get_legal_basis:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:legal-basis].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.2
 */
CcbnetEntity *
ccbnet_query_get_legal_basis (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->legal_basis;
}

/**
 * ccbnet_query_set_legal_basis:
 * @self: a query
 * @legal_basis: (nullable): the legal basis ([property@Ccbnet.Relation:legal-basis]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:legal-basis].
 *
 * Since: 1.2
 */
void
ccbnet_query_set_legal_basis (CcbnetQuery  *self,
                             CcbnetEntity *legal_basis)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (legal_basis == NULL || G_TYPE_CHECK_INSTANCE_TYPE (legal_basis, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->legal_basis, legal_basis))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LEGAL_BASIS]);
}

/**
 * ccbnet_query_get_framework:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:framework].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.2
 */
CcbnetEntity *
ccbnet_query_get_framework (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->framework;
}

/**
 * ccbnet_query_set_framework:
 * @self: a query
 * @framework: (nullable): the framework ([property@Ccbnet.Relation:framework]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:framework].
 *
 * Since: 1.2
 */
void
ccbnet_query_set_framework (CcbnetQuery  *self,
                           CcbnetEntity *framework)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (framework == NULL || G_TYPE_CHECK_INSTANCE_TYPE (framework, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->framework, framework))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FRAMEWORK]);
}

/**
 * ccbnet_query_get_co_actor:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:co-actor].
 *
 * Returns: (transfer none) (nullable): the filter
 *
 * Since: 1.2
 */
CcbnetEntity *
ccbnet_query_get_co_actor (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), NULL);

  return self->co_actor;
}

/**
 * ccbnet_query_set_co_actor:
 * @self: a query
 * @co_actor: (nullable): a co-actor: relations that hold together with this entity, among others ([method@Ccbnet.Relation.get_co_actors]), or %NULL for any
 *
 * Sets [property@Ccbnet.Query:co-actor].
 *
 * Since: 1.2
 */
void
ccbnet_query_set_co_actor (CcbnetQuery  *self,
                          CcbnetEntity *co_actor)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));
  g_return_if_fail (co_actor == NULL || G_TYPE_CHECK_INSTANCE_TYPE (co_actor, CCBNET_TYPE_ENTITY));

  if (g_set_object (&self->co_actor, co_actor))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CO_ACTOR]);
}

/**
 * ccbnet_query_get_unconditional:
 * @self: a query
 *
 * Gets [property@Ccbnet.Query:unconditional].
 *
 * Returns: %TRUE if only relations under no condition match
 *
 * Since: 1.2
 */
gboolean
ccbnet_query_get_unconditional (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), FALSE);

  return self->unconditional;
}

/**
 * ccbnet_query_set_unconditional:
 * @self: a query
 * @unconditional: whether only relations under no condition match
 *
 * Sets [property@Ccbnet.Query:unconditional].
 *
 * Since: 1.2
 */
void
ccbnet_query_set_unconditional (CcbnetQuery *self,
                                gboolean     unconditional)
{
  g_return_if_fail (CCBNET_IS_QUERY (self));

  unconditional = !!unconditional;
  if (self->unconditional == unconditional)
    return;

  self->unconditional = unconditional;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_UNCONDITIONAL]);
}

/**
 * ccbnet_query_has_relation_filter:
 * @self: a query
 *
 * Checks whether the query filters on relations: whether its kind, subject, object,
 * on-behalf-of, via, context, capacity, legal basis, framework, co-actor or condition is set, or
 * it asks for unconditional relations only. This decides what
 * [method@Ccbnet.Registry.query_entities] returns.
 *
 * Returns: %TRUE if a relation filter is set
 *
 * Since: 1.0
 */
gboolean
ccbnet_query_has_relation_filter (CcbnetQuery *self)
{
  g_return_val_if_fail (CCBNET_IS_QUERY (self), FALSE);

  return self->kind != CCBNET_RELATION_KIND_ANY || self->subject != NULL || self->object != NULL ||
         self->on_behalf_of != NULL || self->via != NULL || self->context != NULL ||
         self->capacity != NULL || self->legal_basis != NULL || self->framework != NULL ||
         self->co_actor != NULL || self->condition != CCBNET_CONDITION_NONE || self->unconditional;
}
