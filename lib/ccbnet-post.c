/* ccbnet-post.c: positions within an organisation
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetPost:
 *
 * A position within an organisation, such as the CCB's Director ([enum@Ccbnet.EntityType]
 * `post`). A post can hold memberships ex officio without naming the person in it.
 *
 * Since: 1.0
 */

struct _CcbnetPost
{
  CcbnetEntity parent_instance;
  char        *role;
};

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

void
ccbnet_post_fill_from_row (CcbnetPost     *self,
                           CcbnetSnapshot *snapshot,
                           const guint32  *row)
{
  self->role = ccbnet_store_dup (&snapshot->store, row[ENT_ROLE]);
}
