/* ccbnet-organisation.c: organisations, states and groups of actors
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"

/**
 * CcbnetOrganisation:
 *
 * An organisation, a state, or a group of actors ([enum@Ccbnet.EntityType] `organisation`,
 * `state` or `actor-group`).
 *
 * Since: 1.0
 */

struct _CcbnetOrganisation
{
  CcbnetEntity parent_instance;
  CcbnetSector sectors;
};

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

void
ccbnet_organisation_fill_from_row (CcbnetOrganisation *self,
                                   CcbnetSnapshot     *snapshot,
                                   const guint32      *row)
{
  self->sectors = ENT_SECTORS (row[ENT_BITS]);
}
