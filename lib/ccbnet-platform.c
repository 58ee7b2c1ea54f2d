/* ccbnet-platform.c: consultation platforms, networks and recurring events
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetPlatform:
 *
 * A consultation platform, network, working group, forum, coalition or think tank, or a
 * recurring event or exercise ([enum@Ccbnet.EntityType] `body` or `event-series`).
 *
 * Since: 1.0
 */

struct _CcbnetPlatform
{
  CcbnetEntity parent_instance;
  char       **purposes;
  char       **topics;
  gboolean     topics_non_exhaustive;
  char       **characteristics;
  char       **member_categories;
};

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

void
ccbnet_platform_fill_from_row (CcbnetPlatform *self,
                               CcbnetSnapshot *snapshot,
                               const guint32  *row)
{
  const CcbnetStore *store = &snapshot->store;

  self->purposes = ccbnet_store_dup_strv (store, row[ENT_PURPOSES], row[ENT_N_PURPOSES]);
  self->topics = ccbnet_store_dup_strv (store, row[ENT_TOPICS], row[ENT_N_TOPICS]);
  self->topics_non_exhaustive = ENT_TOPICS_NON_EXHAUSTIVE (row[ENT_BITS]);
  self->characteristics = ccbnet_store_dup_strv (store, row[ENT_CHARACTERISTICS],
                                                 row[ENT_N_CHARACTERISTICS]);
  self->member_categories = ccbnet_store_dup_strv (store, row[ENT_MEMBER_CATEGORIES],
                                                   row[ENT_N_MEMBER_CATEGORIES]);
}
