/* ccbnet-legal-instrument.c: laws, directives and acts
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-entity-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetLegalInstrument:
 *
 * A law, directive or act ([enum@Ccbnet.EntityType] `legal-instrument`).
 *
 * Since: 1.0
 */

struct _CcbnetLegalInstrument
{
  CcbnetEntity parent_instance;
  char        *date;
};

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

void
ccbnet_legal_instrument_fill_from_row (CcbnetLegalInstrument *self,
                                       CcbnetSnapshot        *snapshot,
                                       const guint32         *row)
{
  self->date = ccbnet_store_dup (&snapshot->store, row[ENT_DATE]);
}
