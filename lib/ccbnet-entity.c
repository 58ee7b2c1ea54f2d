/* ccbnet-entity.c: organisations, platforms and the other things a dataset names
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"
#include "ccbnet-document-private.h"
#include "ccbnet-snapshot-private.h"

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
 * are answered from the dataset the entity was loaded with. Once that dataset is dropped (its
 * registry has loaded other data or has been finalized, and no [class@Ccbnet.RecordList] of it
 * is still held), the entity keeps its own properties and its parent
 * ([method@Ccbnet.Entity.get_parent], which it holds), but those two calls return empty lists.
 *
 * Since: 1.0
 */

typedef struct
{
  char            *id;
  char            *name;
  CcbnetDocument  *name_source;
  char            *short_name;
  GPtrArray       *other_names;     /* CcbnetName */
  CcbnetEntityType entity_type;
  char            *classification;
  CcbnetScope      scope;
  CcbnetSection   *section;
  char            *description;
  CcbnetCadence    cadence;
  char            *cadence_text;
  CcbnetStatus     status;
  gboolean         is_collective;
  char            *note;
  char            *start_date;
  char            *end_date;
  gboolean         ended;
  GPtrArray       *sources;         /* CcbnetCitation */
  CcbnetEntity    *parent;          /* strong; part-of is acyclic */
  guint            position;
  CcbnetHandle    *handle;
} CcbnetEntityPrivate;

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
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_ENDED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

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
  g_free (priv->start_date);
  g_free (priv->end_date);
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
    case PROP_START_DATE:
      g_value_set_string (value, ccbnet_entity_get_start_date (self));
      break;
    case PROP_END_DATE:
      g_value_set_string (value, ccbnet_entity_get_end_date (self));
      break;
    case PROP_ENDED:
      g_value_set_boolean (value, ccbnet_entity_get_ended (self));
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

  /**
   * CcbnetEntity:start-date:
   *
   * Since when the entity exists, as an ISO 8601 date that may be partial (`2022`,
   * `2022-07`, `2022-07-20`), only where a source gives it; %NULL when no source does.
   *
   * Since: 1.2
   */
  props[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:end-date:
   *
   * The last day, month or year the entity existed, where a source gives it.
   *
   * Since: 1.2
   */
  props[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetEntity:ended:
   *
   * Whether the entity has ended, when no source gives the date: with
   * [property@Ccbnet.Entity:end-date] unset, %FALSE means it still exists as far as the dataset
   * knows, %TRUE that it ended at an unknown date.
   *
   * Since: 1.2
   */
  props[PROP_ENDED] =
    g_param_spec_boolean ("ended", NULL, NULL, FALSE,
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

      if (language_matches (ccbnet_name_get_language (name), language, base_len))
        return ccbnet_name_get_text (name);
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
      g_autoptr(GPtrArray) parts = ccbnet_snapshot_parts (snapshot, PRIV (self)->position, recursive);

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
      g_autoptr(GPtrArray) all = ccbnet_snapshot_relations_of (snapshot, priv->position);

      g_list_store_splice (store, 0, 0, all->pdata, all->len);
    }
  ccbnet_handle_unlock (priv->handle);

  return G_LIST_MODEL (store);
}

/* The class of the entities of @type (the loader checks members by it). */
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

/**
 * ccbnet_entity_get_start_date:
 * @self: an entity
 *
 * Gets [property@Ccbnet.Entity:start-date].
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if no source gives it
 *
 * Since: 1.2
 */
const char *
ccbnet_entity_get_start_date (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->start_date;
}

/**
 * ccbnet_entity_get_end_date:
 * @self: an entity
 *
 * Gets [property@Ccbnet.Entity:end-date].
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if the entity has not
 *   ended or no source dates its end
 *
 * Since: 1.2
 */
const char *
ccbnet_entity_get_end_date (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), NULL);

  return PRIV (self)->end_date;
}

/**
 * ccbnet_entity_get_ended:
 * @self: an entity
 *
 * Gets whether the entity has ended: %TRUE when it has an end date, or ended at a date no
 * source gives ([property@Ccbnet.Entity:ended]).
 *
 * Returns: %TRUE if the entity no longer exists
 *
 * Since: 1.2
 */
gboolean
ccbnet_entity_get_ended (CcbnetEntity *self)
{
  g_return_val_if_fail (CCBNET_IS_ENTITY (self), FALSE);

  return PRIV (self)->ended || PRIV (self)->end_date != NULL;
}

/* The entity at @position of the snapshot's table of entities; its parent, if it has one, must
 * be made already (ccbnet_snapshot_get_entity() makes ancestors first). */
CcbnetEntity *
ccbnet_entity_new_from_row (CcbnetSnapshot *snapshot,
                            guint32         position)
{
  const CcbnetStore *store = &snapshot->store;
  const guint32 *row = ccbnet_store_entity (store, position);
  guint32 bits = row[ENT_BITS];
  CcbnetEntity *self = g_object_new (ccbnet_entity_type_get_gtype (ENT_TYPE (bits)), NULL);
  CcbnetEntityPrivate *priv = PRIV (self);

  priv->id = ccbnet_store_dup (store, row[ENT_ID]);
  priv->name = ccbnet_store_dup (store, row[ENT_NAME]);
  if (row[ENT_NAME_SOURCE] != CCBNET_NONE)
    priv->name_source = g_object_ref (ccbnet_snapshot_get_document (snapshot, row[ENT_NAME_SOURCE]));
  priv->short_name = ccbnet_store_dup (store, row[ENT_SHORT_NAME]);
  priv->other_names = g_ptr_array_new_full (row[ENT_N_OTHER_NAMES], g_object_unref);
  for (guint32 i = 0; i < row[ENT_N_OTHER_NAMES]; i++)
    g_ptr_array_add (priv->other_names, ccbnet_name_new_from_row (snapshot, row[ENT_OTHER_NAMES] + i));
  priv->entity_type = ENT_TYPE (bits);
  priv->classification = ccbnet_store_dup (store, row[ENT_CLASSIFICATION]);
  priv->scope = ENT_SCOPE (bits);
  priv->section = g_object_ref (ccbnet_snapshot_get_section (snapshot, row[ENT_SECTION]));
  priv->description = ccbnet_store_dup (store, row[ENT_DESCRIPTION]);
  priv->cadence = ENT_CADENCE (bits);
  priv->cadence_text = ccbnet_store_dup (store, row[ENT_CADENCE_TEXT]);
  priv->status = ENT_STATUS (bits);
  priv->is_collective = ENT_IS_COLLECTIVE (bits);
  priv->note = ccbnet_store_dup (store, row[ENT_NOTE]);
  priv->start_date = ccbnet_store_dup (store, row[ENT_START_DATE]);
  priv->end_date = ccbnet_store_dup (store, row[ENT_END_DATE]);
  priv->ended = ENT_ENDED (bits);
  priv->sources = ccbnet_snapshot_dup_citations (snapshot, row[ENT_SOURCES], row[ENT_N_SOURCES]);
  if (row[ENT_PARENT] != CCBNET_NONE)
    priv->parent = g_object_ref (g_atomic_pointer_get (&snapshot->entity_slots[row[ENT_PARENT]]));
  priv->position = position;
  priv->handle = ccbnet_handle_ref (snapshot->handle);

  if (CCBNET_IS_ORGANISATION (self))
    ccbnet_organisation_fill_from_row (CCBNET_ORGANISATION (self), snapshot, row);
  else if (CCBNET_IS_PLATFORM (self))
    ccbnet_platform_fill_from_row (CCBNET_PLATFORM (self), snapshot, row);
  else if (CCBNET_IS_LEGAL_INSTRUMENT (self))
    ccbnet_legal_instrument_fill_from_row (CCBNET_LEGAL_INSTRUMENT (self), snapshot, row);
  else if (CCBNET_IS_POST (self))
    ccbnet_post_fill_from_row (CCBNET_POST (self), snapshot, row);

  return self;
}

/* The entity's position in the dataset of @handle, or NONE if it comes from another. */
guint32
ccbnet_entity_get_position (CcbnetEntity *self,
                            CcbnetHandle *handle)
{
  CcbnetEntityPrivate *priv = PRIV (self);

  return priv->handle == handle ? priv->position : CCBNET_NONE;
}
