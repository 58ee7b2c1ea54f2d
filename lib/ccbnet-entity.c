/* ccbnet-entity.c: organisations, platforms and the other things a dataset names
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/**
 * CcbnetEntity:
 *
 * Something a dataset names: an organisation, a platform, a state, a law, a post, a service.
 *
 * Entities are created by a [class@Ccbnet.Registry] when it loads a dataset and never change
 * afterwards, so they can be read from any thread. The concrete class depends on
 * [property@Ccbnet.Entity:entity-type]:
 *
 * - [class@Ccbnet.Organisation]: organisations, states and groups of actors;
 * - [class@Ccbnet.Platform]: consultation platforms, networks, working groups, forums,
 *   coalitions, think tanks, recurring events and exercises;
 * - [class@Ccbnet.LegalInstrument]: laws, directives and acts;
 * - [class@Ccbnet.Post]: positions within an organisation;
 * - [class@Ccbnet.Thing]: places, services, roles, publications and initiatives.
 *
 * ```c
 * g_autoptr(CcbnetEntity) ccb = ccbnet_registry_find (ccbnet_registry_get_default (), "CCB");
 *
 * g_print ("%s (%s)\n", ccbnet_entity_get_name_for_language (ccb, "nl"),
 *          ccbnet_entity_get_short_name (ccb));
 * ```
 *
 * Graph questions ([method@Ccbnet.Entity.list_parts], [method@Ccbnet.Entity.list_relations])
 * are answered from the dataset the entity was loaded with. Once its registry has loaded other
 * data or has been finalized, the entity keeps its own properties and its parent
 * ([method@Ccbnet.Entity.get_parent], which it holds), but those two calls return empty lists.
 *
 * Since: 1.0
 */

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CcbnetEntity, ccbnet_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NAME_SOURCE,
  PROP_SHORT_NAME,
  PROP_ENTITY_TYPE,
  PROP_CLASSIFICATION,
  PROP_SCOPE,
  PROP_SECTION,
  PROP_DESCRIPTION,
  PROP_CADENCE,
  PROP_CADENCE_TEXT,
  PROP_STATUS,
  PROP_IS_COLLECTIVE,
  PROP_NOTE,
  PROP_PARENT,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

CcbnetEntityPrivate *
ccbnet_entity_get_private (CcbnetEntity *self)
{
  return ccbnet_entity_get_instance_private (self);
}

static void
ccbnet_entity_finalize (GObject *object)
{
  CcbnetEntityPrivate *priv = ccbnet_entity_get_instance_private (CCBNET_ENTITY (object));

  g_free (priv->id);
  g_free (priv->name);
  g_clear_object (&priv->name_source);
  g_free (priv->short_name);
  g_clear_pointer (&priv->other_names, g_ptr_array_unref);
  g_free (priv->classification);
  g_clear_object (&priv->section);
  g_free (priv->description);
  g_free (priv->cadence_text);
  g_free (priv->note);
  g_clear_pointer (&priv->sources, g_ptr_array_unref);
  g_clear_pointer (&priv->handle, ccbnet_handle_unref);

  /* Release the parent chain without recursion: a part-of chain may be as long as the dataset,
   * and dropping its leaf must not finalize one ancestor per stack frame. Where this entity holds
   * the last reference to its parent, it takes the grandparent first. */
  {
    CcbnetEntity *parent = g_steal_pointer (&priv->parent);

    while (parent != NULL)
      {
        CcbnetEntity *next = NULL;

        if (g_atomic_int_get ((gint *) &G_OBJECT (parent)->ref_count) == 1)
          next = g_steal_pointer (&((CcbnetEntityPrivate *) ccbnet_entity_get_instance_private (parent))->parent);
        g_object_unref (parent);
        parent = next;
      }
  }

  G_OBJECT_CLASS (ccbnet_entity_parent_class)->finalize (object);
}

static void
ccbnet_entity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CcbnetEntity *self = CCBNET_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ccbnet_entity_get_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ccbnet_entity_get_name (self));
      break;
    case PROP_NAME_SOURCE:
      g_value_set_object (value, ccbnet_entity_get_name_source (self));
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, ccbnet_entity_get_short_name (self));
      break;
    case PROP_ENTITY_TYPE:
      g_value_set_enum (value, ccbnet_entity_get_entity_type (self));
      break;
    case PROP_CLASSIFICATION:
      g_value_set_string (value, ccbnet_entity_get_classification (self));
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, ccbnet_entity_get_scope (self));
      break;
    case PROP_SECTION:
      g_value_set_object (value, ccbnet_entity_get_section (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, ccbnet_entity_get_description (self));
      break;
    case PROP_CADENCE:
      g_value_set_enum (value, ccbnet_entity_get_cadence (self));
      break;
    case PROP_CADENCE_TEXT:
      g_value_set_string (value, ccbnet_entity_get_cadence_text (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, ccbnet_entity_get_status (self));
      break;
    case PROP_IS_COLLECTIVE:
      g_value_set_boolean (value, ccbnet_entity_get_is_collective (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, ccbnet_entity_get_note (self));
      break;
    case PROP_PARENT:
      g_value_set_object (value, ccbnet_entity_get_parent (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_entity_class_init (CcbnetEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_entity_finalize;
  object_class->get_property = ccbnet_entity_get_property;

  /**
   * CcbnetEntity:id:
   *
   * The entity's stable id in the dataset, such as `ccb`.
   *
   * Since: 1.0
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:name:
   *
   * The entity's English name, as on the page where the page gives one.
   *
   * Since: 1.0
   */
  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:name-source:
   *
   * The external document the name comes from, when the page does not give it.
   *
   * Since: 1.0
   */
  props[PROP_NAME_SOURCE] =
    g_param_spec_object ("name-source", NULL, NULL, CCBNET_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:short-name:
   *
   * The entity's acronym, where a source gives one.
   *
   * Since: 1.0
   */
  props[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:entity-type:
   *
   * What kind of thing the entity is.
   *
   * Since: 1.0
   */
  props[PROP_ENTITY_TYPE] =
    g_param_spec_enum ("entity-type", NULL, NULL, CCBNET_TYPE_ENTITY_TYPE, CCBNET_ENTITY_TYPE_ANY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:classification:
   *
   * A finer classification within the entity type, such as `platform`, `eu-agency` or
   * `think-tank`.
   *
   * Since: 1.0
   */
  props[PROP_CLASSIFICATION] =
    g_param_spec_string ("classification", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:scope:
   *
   * The page's grouping (national, European, international, operational) of the section where
   * the entity is introduced.
   *
   * Since: 1.0
   */
  props[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, CCBNET_TYPE_SCOPE, CCBNET_SCOPE_ANY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:section:
   *
   * The page section where the entity is introduced.
   *
   * Since: 1.0
   */
  props[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, CCBNET_TYPE_SECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:description:
   *
   * What the page says the entity is or does.
   *
   * Since: 1.0
   */
  props[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:cadence:
   *
   * How often the entity meets or recurs.
   *
   * Since: 1.0
   */
  props[PROP_CADENCE] =
    g_param_spec_enum ("cadence", NULL, NULL, CCBNET_TYPE_CADENCE, CCBNET_CADENCE_UNSPECIFIED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:cadence-text:
   *
   * The page's own words for the cadence, such as "once every two months".
   *
   * Since: 1.0
   */
  props[PROP_CADENCE_TEXT] =
    g_param_spec_string ("cadence-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:status:
   *
   * Whether the entity is established.
   *
   * Since: 1.0
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CCBNET_TYPE_STATUS, CCBNET_STATUS_UNSPECIFIED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:is-collective:
   *
   * Whether the entity stands for an unnamed class of actors or a plural body.
   *
   * Since: 1.0
   */
  props[PROP_IS_COLLECTIVE] =
    g_param_spec_boolean ("is-collective", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:note:
   *
   * An editorial note: an interpretation, or what the page leaves out.
   *
   * Since: 1.0
   */
  props[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:parent:
   *
   * The entity this one is part, a unit or a post of.
   *
   * Since: 1.0
   */
  props[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL, CCBNET_TYPE_ENTITY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_entity_init (CcbnetEntity *self)
{
}

#define PRIV(self) ((CcbnetEntityPrivate *) ccbnet_entity_get_instance_private (self))

/**
 * ccbnet_entity_get_id:
 * @self: an entity
 *
 * Gets the entity's stable id, such as `ccb`.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_id (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->id;
}

/**
 * ccbnet_entity_get_name:
 * @self: an entity
 *
 * Gets the entity's English name.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_name (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->name;
}

/**
 * ccbnet_entity_get_name_source:
 * @self: an entity
 *
 * Gets the document [property@Ccbnet.Entity:name] comes from, when the primary page does not give
 * the name (the page never expands "CCB", for example).
 *
 * Returns: (transfer none) (nullable): an external document, or %NULL when the name is the page's
 *
 * Since: 1.0
 */
CcbnetDocument *
ccbnet_entity_get_name_source (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->name_source;
}

/**
 * ccbnet_entity_get_short_name:
 * @self: an entity
 *
 * Gets the entity's acronym.
 *
 * Returns: (nullable): the acronym, or %NULL if no source gives one
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_short_name (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->short_name;
}

static gboolean
language_matches (const char *tag,
                  const char *wanted,
                  gsize       wanted_base_len)
{
  return g_ascii_strcasecmp (tag, wanted) == 0 ||
         (strlen (tag) == wanted_base_len && g_ascii_strncasecmp (tag, wanted, wanted_base_len) == 0);
}

/**
 * ccbnet_entity_get_name_for_language:
 * @self: an entity
 * @language: (nullable): a BCP 47 language tag such as "nl" or "fr-BE", or %NULL for English
 *
 * Gets the entity's name in @language: the first of its [method@Ccbnet.Entity.get_other_names]
 * in that language, or its English name when it has none. A tag with a region ("fr-BE") also
 * matches names in its language ("fr").
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_name_for_language (CcbnetEntity *self,
                                     const char   *language)
{
  CcbnetEntityPrivate *priv;
  gsize base_len;

  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  priv = PRIV (self);
  if (language == NULL || *language == '\0')
    return priv->name;

  base_len = strcspn (language, "-_.@");
  if (base_len == 2 && g_ascii_strncasecmp (language, "en", 2) == 0)
    return priv->name;

  for (guint i = 0; i < priv->other_names->len; i++)
    {
      CcbnetName *name = g_ptr_array_index (priv->other_names, i);

      if (language_matches (name->language, language, base_len))
        return name->text;
    }

  return priv->name;
}

/**
 * ccbnet_entity_get_other_names:
 * @self: an entity
 *
 * Gets the entity's other names: the page's variants and the official names in other languages.
 *
 * Returns: (transfer none) (element-type CcbnetName): the names, possibly none
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_entity_get_other_names (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->other_names;
}

/**
 * ccbnet_entity_get_entity_type:
 * @self: an entity
 *
 * Gets what kind of thing the entity is.
 *
 * Returns: the entity type
 *
 * Since: 1.0
 */
CcbnetEntityType
ccbnet_entity_get_entity_type (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), CCBNET_ENTITY_TYPE_ANY);

  return PRIV (self)->entity_type;
}

/**
 * ccbnet_entity_get_classification:
 * @self: an entity
 *
 * Gets the entity's classification within its type.
 *
 * Returns: a classification such as `platform`
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_classification (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->classification;
}

/**
 * ccbnet_entity_get_scope:
 * @self: an entity
 *
 * Gets the page's grouping of the section where the entity is introduced.
 *
 * Returns: the scope
 *
 * Since: 1.0
 */
CcbnetScope
ccbnet_entity_get_scope (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), CCBNET_SCOPE_ANY);

  return PRIV (self)->scope;
}

/**
 * ccbnet_entity_get_section:
 * @self: an entity
 *
 * Gets the page section where the entity is introduced.
 *
 * Returns: (transfer none): the section
 *
 * Since: 1.0
 */
CcbnetSection *
ccbnet_entity_get_section (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->section;
}

/**
 * ccbnet_entity_get_description:
 * @self: an entity
 *
 * Gets what the page says the entity is or does.
 *
 * Returns: (nullable): the description, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_description (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->description;
}

/**
 * ccbnet_entity_get_cadence:
 * @self: an entity
 *
 * Gets how often the entity meets or recurs.
 *
 * Returns: the cadence, %CCBNET_CADENCE_UNSPECIFIED if unknown
 *
 * Since: 1.0
 */
CcbnetCadence
ccbnet_entity_get_cadence (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), CCBNET_CADENCE_UNSPECIFIED);

  return PRIV (self)->cadence;
}

/**
 * ccbnet_entity_get_cadence_text:
 * @self: an entity
 *
 * Gets the page's own words for the entity's cadence.
 *
 * Returns: (nullable): the wording, such as "meets on a monthly basis", or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_cadence_text (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->cadence_text;
}

/**
 * ccbnet_entity_get_status:
 * @self: an entity
 *
 * Gets whether the entity is established.
 *
 * Returns: the status
 *
 * Since: 1.0
 */
CcbnetStatus
ccbnet_entity_get_status (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), CCBNET_STATUS_UNSPECIFIED);

  return PRIV (self)->status;
}

/**
 * ccbnet_entity_get_is_collective:
 * @self: an entity
 *
 * Gets whether the entity stands for an unnamed class of actors or a plural body.
 *
 * Returns: %TRUE for a collective entity
 *
 * Since: 1.0
 */
gboolean
ccbnet_entity_get_is_collective (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), FALSE);

  return PRIV (self)->is_collective;
}

/**
 * ccbnet_entity_get_note:
 * @self: an entity
 *
 * Gets the editorial note on the entity.
 *
 * Returns: (nullable): the note, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_entity_get_note (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->note;
}

/**
 * ccbnet_entity_get_sources:
 * @self: an entity
 *
 * Gets the sentences that introduce or describe the entity.
 *
 * Returns: (transfer none) (element-type CcbnetCitation): at least one citation
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_entity_get_sources (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->sources;
}

/**
 * ccbnet_entity_get_parent:
 * @self: an entity
 *
 * Gets the entity that @self is part of, a unit of, or a post in: the object of its first
 * `part-of`, `unit-of` or `post-in` relation in dataset order.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL
 *
 * Since: 1.0
 */
CcbnetEntity *
ccbnet_entity_get_parent (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->parent;
}

/**
 * ccbnet_entity_list_parts:
 * @self: an entity
 * @recursive: whether to include the parts of the parts, and so on
 *
 * Lists the entities that are part of @self (by `part-of`, `unit-of` or `post-in`), in dataset
 * order. With @recursive, the CCB's parts include CERT.be and the CCB's Director.
 *
 * Returns: (transfer full): a list model of [class@Ccbnet.Entity]; empty when the entity's
 *   registry no longer holds the data it came from
 *
 * Since: 1.0
 */
GListModel *
ccbnet_entity_list_parts (CcbnetEntity *self,
                          gboolean      recursive)
{
  GListStore *store;
  CcbnetSnapshot *snapshot;

  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  store = g_list_store_new (CCBNET_TYPE_ENTITY);
  if (PRIV (self)->handle == NULL)
    return G_LIST_MODEL (store);

  snapshot = ccbnet_handle_lock (PRIV (self)->handle);
  if (snapshot != NULL)
    {
      g_autoptr(GPtrArray) parts = ccbnet_snapshot_parts (snapshot, self, recursive);

      g_list_store_splice (store, 0, 0, parts->pdata, parts->len);
    }
  ccbnet_handle_unlock (PRIV (self)->handle);

  return G_LIST_MODEL (store);
}

/**
 * ccbnet_entity_list_relations:
 * @self: an entity
 *
 * Lists every relation with @self as its subject or its object, in dataset order.
 *
 * Returns: (transfer full): a list model of [class@Ccbnet.Relation]; empty when the entity's
 *   registry no longer holds the data it came from
 *
 * Since: 1.0
 */
GListModel *
ccbnet_entity_list_relations (CcbnetEntity *self)
{
  GListStore *store;
  CcbnetSnapshot *snapshot;
  CcbnetEntityPrivate *priv;

  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  priv = PRIV (self);
  store = g_list_store_new (CCBNET_TYPE_RELATION);
  if (priv->handle == NULL)
    return G_LIST_MODEL (store);

  snapshot = ccbnet_handle_lock (priv->handle);
  if (snapshot != NULL)
    {
      g_autoptr(GPtrArray) all = ccbnet_snapshot_relations_of (snapshot, self);

      g_list_store_splice (store, 0, 0, all->pdata, all->len);
    }
  ccbnet_handle_unlock (priv->handle);

  return G_LIST_MODEL (store);
}

/**
 * CcbnetOrganisation:
 *
 * An organisation, a state, or a group of actors ([enum@Ccbnet.EntityType] `organisation`,
 * `state` or `actor-group`).
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetOrganisation, ccbnet_organisation, CCBNET_TYPE_ENTITY)

enum {
  ORG_PROP_0,
  ORG_PROP_SECTORS,
  ORG_N_PROPS
};

static GParamSpec *org_props[ORG_N_PROPS];

static void
ccbnet_organisation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CcbnetOrganisation *self = CCBNET_ORGANISATION (object);

  switch (prop_id)
    {
    case ORG_PROP_SECTORS:
      g_value_set_flags (value, ccbnet_organisation_get_sectors (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_organisation_class_init (CcbnetOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ccbnet_organisation_get_property;

  /**
   * CcbnetOrganisation:sectors:
   *
   * The sectors the organisation's members come from.
   *
   * Since: 1.0
   */
  org_props[ORG_PROP_SECTORS] =
    g_param_spec_flags ("sectors", NULL, NULL, CCBNET_TYPE_SECTOR, CCBNET_SECTOR_NONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, ORG_N_PROPS, org_props);
}

static void
ccbnet_organisation_init (CcbnetOrganisation *self)
{
}

/**
 * ccbnet_organisation_get_sectors:
 * @self: an organisation
 *
 * Gets the sectors the organisation's members come from, such as the private, academic and
 * public sectors of the Cyber Security Coalition's experts.
 *
 * Returns: the sectors, %CCBNET_SECTOR_NONE when the source names none
 *
 * Since: 1.0
 */
CcbnetSector
ccbnet_organisation_get_sectors (CcbnetOrganisation *self)
{
  g_return_val_if_fail (CCBNET_IS_ORGANISATION (self), CCBNET_SECTOR_NONE);

  return self->sectors;
}

/**
 * CcbnetPlatform:
 *
 * A consultation platform, network, working group, forum, coalition or think tank, or a
 * recurring event or exercise ([enum@Ccbnet.EntityType] `body` or `event-series`).
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetPlatform, ccbnet_platform, CCBNET_TYPE_ENTITY)

enum {
  PLAT_PROP_0,
  PLAT_PROP_PURPOSES,
  PLAT_PROP_TOPICS,
  PLAT_PROP_TOPICS_NON_EXHAUSTIVE,
  PLAT_PROP_CHARACTERISTICS,
  PLAT_PROP_MEMBER_CATEGORIES,
  PLAT_N_PROPS
};

static GParamSpec *plat_props[PLAT_N_PROPS];

static void
ccbnet_platform_finalize (GObject *object)
{
  CcbnetPlatform *self = (CcbnetPlatform *) object;

  g_strfreev (self->purposes);
  g_strfreev (self->topics);
  g_strfreev (self->characteristics);
  g_strfreev (self->member_categories);

  G_OBJECT_CLASS (ccbnet_platform_parent_class)->finalize (object);
}

static void
ccbnet_platform_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CcbnetPlatform *self = CCBNET_PLATFORM (object);

  switch (prop_id)
    {
    case PLAT_PROP_PURPOSES:
      g_value_set_boxed (value, ccbnet_platform_get_purposes (self));
      break;
    case PLAT_PROP_TOPICS:
      g_value_set_boxed (value, ccbnet_platform_get_topics (self));
      break;
    case PLAT_PROP_TOPICS_NON_EXHAUSTIVE:
      g_value_set_boolean (value, ccbnet_platform_get_topics_non_exhaustive (self));
      break;
    case PLAT_PROP_CHARACTERISTICS:
      g_value_set_boxed (value, ccbnet_platform_get_characteristics (self));
      break;
    case PLAT_PROP_MEMBER_CATEGORIES:
      g_value_set_boxed (value, ccbnet_platform_get_member_categories (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_platform_class_init (CcbnetPlatformClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_platform_finalize;
  object_class->get_property = ccbnet_platform_get_property;

  /**
   * CcbnetPlatform:purposes:
   *
   * What the platform is for, in the page's words.
   *
   * Since: 1.0
   */
  plat_props[PLAT_PROP_PURPOSES] =
    g_param_spec_boxed ("purposes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetPlatform:topics:
   *
   * The topics the platform discusses.
   *
   * Since: 1.0
   */
  plat_props[PLAT_PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetPlatform:topics-non-exhaustive:
   *
   * Whether the topics are examples ("such as … etc.") rather than the full list.
   *
   * Since: 1.0
   */
  plat_props[PLAT_PROP_TOPICS_NON_EXHAUSTIVE] =
    g_param_spec_boolean ("topics-non-exhaustive", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetPlatform:characteristics:
   *
   * How the page characterises the platform, such as "worldwide".
   *
   * Since: 1.0
   */
  plat_props[PLAT_PROP_CHARACTERISTICS] =
    g_param_spec_boxed ("characteristics", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetPlatform:member-categories:
   *
   * The kinds of members the platform is for, such as "countries".
   *
   * Since: 1.0
   */
  plat_props[PLAT_PROP_MEMBER_CATEGORIES] =
    g_param_spec_boxed ("member-categories", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PLAT_N_PROPS, plat_props);
}

static void
ccbnet_platform_init (CcbnetPlatform *self)
{
}

static const char * const empty_strv[] = { NULL };

/**
 * ccbnet_platform_get_purposes:
 * @self: a platform
 *
 * Gets what the platform is for, in the page's words.
 *
 * Returns: (transfer none) (array zero-terminated=1): the purposes, possibly none
 *
 * Since: 1.0
 */
const char * const *
ccbnet_platform_get_purposes (CcbnetPlatform *self)
{
  g_return_val_if_fail (CCBNET_IS_PLATFORM (self), NULL);

  return self->purposes != NULL ? (const char * const *) self->purposes : empty_strv;
}

/**
 * ccbnet_platform_get_topics:
 * @self: a platform
 *
 * Gets the topics the platform discusses.
 *
 * Returns: (transfer none) (array zero-terminated=1): the topics, possibly none
 *
 * Since: 1.0
 */
const char * const *
ccbnet_platform_get_topics (CcbnetPlatform *self)
{
  g_return_val_if_fail (CCBNET_IS_PLATFORM (self), NULL);

  return self->topics != NULL ? (const char * const *) self->topics : empty_strv;
}

/**
 * ccbnet_platform_get_topics_non_exhaustive:
 * @self: a platform
 *
 * Gets whether [method@Ccbnet.Platform.get_topics] lists examples rather than every topic.
 *
 * Returns: %TRUE if the topics are examples
 *
 * Since: 1.0
 */
gboolean
ccbnet_platform_get_topics_non_exhaustive (CcbnetPlatform *self)
{
  g_return_val_if_fail (CCBNET_IS_PLATFORM (self), FALSE);

  return self->topics_non_exhaustive;
}

/**
 * ccbnet_platform_get_characteristics:
 * @self: a platform
 *
 * Gets how the page characterises the platform.
 *
 * Returns: (transfer none) (array zero-terminated=1): the characteristics, possibly none
 *
 * Since: 1.0
 */
const char * const *
ccbnet_platform_get_characteristics (CcbnetPlatform *self)
{
  g_return_val_if_fail (CCBNET_IS_PLATFORM (self), NULL);

  return self->characteristics != NULL ? (const char * const *) self->characteristics : empty_strv;
}

/**
 * ccbnet_platform_get_member_categories:
 * @self: a platform
 *
 * Gets the kinds of members the platform is for.
 *
 * Returns: (transfer none) (array zero-terminated=1): the categories, possibly none
 *
 * Since: 1.0
 */
const char * const *
ccbnet_platform_get_member_categories (CcbnetPlatform *self)
{
  g_return_val_if_fail (CCBNET_IS_PLATFORM (self), NULL);

  return self->member_categories != NULL ? (const char * const *) self->member_categories
                                         : empty_strv;
}

/**
 * CcbnetLegalInstrument:
 *
 * A law, directive or act ([enum@Ccbnet.EntityType] `legal-instrument`).
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetLegalInstrument, ccbnet_legal_instrument, CCBNET_TYPE_ENTITY)

enum {
  LEGAL_PROP_0,
  LEGAL_PROP_DATE,
  LEGAL_N_PROPS
};

static GParamSpec *legal_props[LEGAL_N_PROPS];

static void
ccbnet_legal_instrument_finalize (GObject *object)
{
  g_free (CCBNET_LEGAL_INSTRUMENT (object)->date);

  G_OBJECT_CLASS (ccbnet_legal_instrument_parent_class)->finalize (object);
}

static void
ccbnet_legal_instrument_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case LEGAL_PROP_DATE:
      g_value_set_string (value, ccbnet_legal_instrument_get_date (CCBNET_LEGAL_INSTRUMENT (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_legal_instrument_class_init (CcbnetLegalInstrumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_legal_instrument_finalize;
  object_class->get_property = ccbnet_legal_instrument_get_property;

  /**
   * CcbnetLegalInstrument:date:
   *
   * The date of the instrument, as an ISO 8601 date that may be partial (`2019-04-07`, `2019`).
   *
   * Since: 1.0
   */
  legal_props[LEGAL_PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, LEGAL_N_PROPS, legal_props);
}

static void
ccbnet_legal_instrument_init (CcbnetLegalInstrument *self)
{
}

/**
 * ccbnet_legal_instrument_get_date:
 * @self: a legal instrument
 *
 * Gets the date of the instrument.
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if no source gives it
 *
 * Since: 1.0
 */
const char *
ccbnet_legal_instrument_get_date (CcbnetLegalInstrument *self)
{
  g_return_val_if_fail (CCBNET_IS_LEGAL_INSTRUMENT (self), NULL);

  return self->date;
}

/**
 * CcbnetPost:
 *
 * A position within an organisation, such as the CCB's Director ([enum@Ccbnet.EntityType]
 * `post`). A post can hold memberships ex officio without naming the person in it.
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetPost, ccbnet_post, CCBNET_TYPE_ENTITY)

enum {
  POST_PROP_0,
  POST_PROP_ROLE,
  POST_N_PROPS
};

static GParamSpec *post_props[POST_N_PROPS];

static void
ccbnet_post_finalize (GObject *object)
{
  g_free (CCBNET_POST (object)->role);

  G_OBJECT_CLASS (ccbnet_post_parent_class)->finalize (object);
}

static void
ccbnet_post_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case POST_PROP_ROLE:
      g_value_set_string (value, ccbnet_post_get_role (CCBNET_POST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_post_class_init (CcbnetPostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_post_finalize;
  object_class->get_property = ccbnet_post_get_property;

  /**
   * CcbnetPost:role:
   *
   * The title of the post, such as "Director".
   *
   * Since: 1.0
   */
  post_props[POST_PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, POST_N_PROPS, post_props);
}

static void
ccbnet_post_init (CcbnetPost *self)
{
}

/**
 * ccbnet_post_get_role:
 * @self: a post
 *
 * Gets the title of the post.
 *
 * Returns: (nullable): the title, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_post_get_role (CcbnetPost *self)
{
  g_return_val_if_fail (CCBNET_IS_POST (self), NULL);

  return self->role;
}

/**
 * CcbnetThing:
 *
 * An entity without properties of its own: a place, a service, a role, a publication or an
 * initiative ([enum@Ccbnet.EntityType] `area`, `service`, `role`, `publication` or `initiative`).
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetThing, ccbnet_thing, CCBNET_TYPE_ENTITY)

static void
ccbnet_thing_class_init (CcbnetThingClass *klass)
{
}

static void
ccbnet_thing_init (CcbnetThing *self)
{
}

GType
ccbnet_entity_type_get_gtype (CcbnetEntityType type)
{
  switch (type)
    {
    case CCBNET_ENTITY_TYPE_ORGANISATION:
    case CCBNET_ENTITY_TYPE_STATE:
    case CCBNET_ENTITY_TYPE_ACTOR_GROUP:
      return CCBNET_TYPE_ORGANISATION;
    case CCBNET_ENTITY_TYPE_BODY:
    case CCBNET_ENTITY_TYPE_EVENT_SERIES:
      return CCBNET_TYPE_PLATFORM;
    case CCBNET_ENTITY_TYPE_LEGAL_INSTRUMENT:
      return CCBNET_TYPE_LEGAL_INSTRUMENT;
    case CCBNET_ENTITY_TYPE_POST:
      return CCBNET_TYPE_POST;
    case CCBNET_ENTITY_TYPE_AREA:
    case CCBNET_ENTITY_TYPE_SERVICE:
    case CCBNET_ENTITY_TYPE_ROLE:
    case CCBNET_ENTITY_TYPE_PUBLICATION:
    case CCBNET_ENTITY_TYPE_INITIATIVE:
      return CCBNET_TYPE_THING;
    case CCBNET_ENTITY_TYPE_ANY:
    default:
      return G_TYPE_INVALID;
    }
}
