/* ccbnet-thing.c: entities without properties of their own
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"

/**
 * CcbnetThing:
 *
 * An entity without properties of its own: a place, a service, a role, a publication or an
 * initiative ([enum@Ccbnet.EntityType] `area`, `service`, `role`, `publication` or `initiative`).
 *
 * Since: 1.0
 */

struct _CcbnetThing
{
  CcbnetEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (CcbnetThing, ccbnet_thing, CCBNET_TYPE_ENTITY)

static void
ccbnet_thing_class_init (CcbnetThingClass *klass)
{
}

static void
ccbnet_thing_init (CcbnetThing *self)
{
}
