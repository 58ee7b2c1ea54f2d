/* ccbnet-name.c: one more name of an entity
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-document-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetName:
 *
 * One more name of an entity: a variant the page uses, or an official name in another language.
 *
 * A name that does not come from the primary page has a [property@Ccbnet.Name:source], an
 * external [class@Ccbnet.Document], and [method@Ccbnet.Name.is_external] returns %TRUE.
 *
 * Since: 1.0
 */

struct _CcbnetName
{
  GObject         parent_instance;
  char           *text;
  char           *language;
  char           *note;
  char           *start_date;
  char           *end_date;
  gboolean        ended;
  CcbnetDocument *source;
};

G_DEFINE_FINAL_TYPE (CcbnetName, ccbnet_name, G_TYPE_OBJECT)

enum {
  NAME_PROP_0,
  NAME_PROP_TEXT,
  NAME_PROP_LANGUAGE,
  NAME_PROP_NOTE,
  NAME_PROP_SOURCE,
  NAME_PROP_START_DATE,
  NAME_PROP_END_DATE,
  NAME_PROP_ENDED,
  NAME_N_PROPS
};

static GParamSpec *name_props[NAME_N_PROPS];

static void
ccbnet_name_finalize (GObject *object)
{
  CcbnetName *self = (CcbnetName *) object;

  g_free (self->text);
  g_free (self->language);
  g_free (self->note);
  g_free (self->start_date);
  g_free (self->end_date);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (ccbnet_name_parent_class)->finalize (object);
}

static void
ccbnet_name_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CcbnetName *self = CCBNET_NAME (object);

  switch (prop_id)
    {
    case NAME_PROP_TEXT:
      g_value_set_string (value, ccbnet_name_get_text (self));
      break;
    case NAME_PROP_LANGUAGE:
      g_value_set_string (value, ccbnet_name_get_language (self));
      break;
    case NAME_PROP_NOTE:
      g_value_set_string (value, ccbnet_name_get_note (self));
      break;
    case NAME_PROP_START_DATE:
      g_value_set_string (value, ccbnet_name_get_start_date (self));
      break;
    case NAME_PROP_END_DATE:
      g_value_set_string (value, ccbnet_name_get_end_date (self));
      break;
    case NAME_PROP_ENDED:
      g_value_set_boolean (value, ccbnet_name_get_ended (self));
      break;
    case NAME_PROP_SOURCE:
      g_value_set_object (value, ccbnet_name_get_source (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_name_class_init (CcbnetNameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_name_finalize;
  object_class->get_property = ccbnet_name_get_property;

  /**
   * CcbnetName:text:
   *
   * The name itself.
   *
   * Since: 1.0
   */
  name_props[NAME_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:language:
   *
   * The language of the name, as a BCP 47 tag.
   *
   * Since: 1.0
   */
  name_props[NAME_PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:note:
   *
   * What kind of name it is, or where it is used.
   *
   * Since: 1.0
   */
  name_props[NAME_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:source:
   *
   * The external document the name comes from, when it is not on the primary page.
   *
   * Since: 1.0
   */
  name_props[NAME_PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, CCBNET_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:start-date:
   *
   * Since when the name is used, as an ISO 8601 date that may be partial, where a source gives
   * it.
   *
   * Since: 1.2
   */
  name_props[NAME_PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:end-date:
   *
   * The last day, month or year the name was used, where a source gives it.
   *
   * Since: 1.2
   */
  name_props[NAME_PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetName:ended:
   *
   * Whether the name is a former one: it has an end date, or a later source uses another name
   * without saying when the name changed. An entity renamed by later pages keeps its page's
   * name as [property@Ccbnet.Entity:name], and lists that name among its other names as ended,
   * beside the new one.
   *
   * Since: 1.2
   */
  name_props[NAME_PROP_ENDED] =
    g_param_spec_boolean ("ended", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, NAME_N_PROPS, name_props);
}

static void
ccbnet_name_init (CcbnetName *self)
{
}

/**
 * ccbnet_name_get_text:
 * @self: a name
 *
 * Gets the name itself.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
ccbnet_name_get_text (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->text;
}

/**
 * ccbnet_name_get_language:
 * @self: a name
 *
 * Gets the language of the name.
 *
 * Returns: a BCP 47 language tag, such as "nl"
 *
 * Since: 1.0
 */
const char *
ccbnet_name_get_language (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->language;
}

/**
 * ccbnet_name_get_note:
 * @self: a name
 *
 * Gets the note on the name: what kind of name it is, or where it is used.
 *
 * Returns: (nullable): the note, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_name_get_note (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->note;
}

/**
 * ccbnet_name_get_start_date:
 * @self: a name
 *
 * Gets [property@Ccbnet.Name:start-date].
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if no source gives it
 *
 * Since: 1.2
 */
const char *
ccbnet_name_get_start_date (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->start_date;
}

/**
 * ccbnet_name_get_end_date:
 * @self: a name
 *
 * Gets [property@Ccbnet.Name:end-date].
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if the name is still used
 *   or no source dates its end
 *
 * Since: 1.2
 */
const char *
ccbnet_name_get_end_date (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->end_date;
}

/**
 * ccbnet_name_get_ended:
 * @self: a name
 *
 * Gets [property@Ccbnet.Name:ended].
 *
 * Returns: %TRUE if the name is a former one
 *
 * Since: 1.2
 */
gboolean
ccbnet_name_get_ended (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), FALSE);

  return self->ended || self->end_date != NULL;
}

/**
 * ccbnet_name_get_source:
 * @self: a name
 *
 * Gets the document the name comes from, when it does not come from the primary page.
 *
 * Returns: (transfer none) (nullable): the document, or %NULL for a name on the primary page
 *
 * Since: 1.0
 */
CcbnetDocument *
ccbnet_name_get_source (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), NULL);

  return self->source;
}

/**
 * ccbnet_name_is_external:
 * @self: a name
 *
 * Gets whether the name comes from outside the primary page.
 *
 * Returns: %TRUE if the name is cited from an external document
 *
 * Since: 1.0
 */
gboolean
ccbnet_name_is_external (CcbnetName *self)
{
  g_return_val_if_fail (CCBNET_IS_NAME (self), FALSE);

  return self->source != NULL &&
         ccbnet_document_get_kind (self->source) == CCBNET_DOCUMENT_KIND_EXTERNAL;
}

/* The name at @position of the snapshot's table of other names. */
CcbnetName *
ccbnet_name_new_from_row (CcbnetSnapshot *snapshot,
                          guint32         position)
{
  const CcbnetStore *store = &snapshot->store;
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_NAMES, NAME_WIDTH, position);
  CcbnetName *self = g_object_new (CCBNET_TYPE_NAME, NULL);

  self->text = ccbnet_store_dup (store, row[NAME_TEXT]);
  self->language = ccbnet_store_dup (store, row[NAME_LANGUAGE]);
  self->note = ccbnet_store_dup (store, row[NAME_NOTE]);
  self->start_date = ccbnet_store_dup (store, row[NAME_START_DATE]);
  self->end_date = ccbnet_store_dup (store, row[NAME_END_DATE]);
  self->ended = row[NAME_ENDED] == 1;
  if (row[NAME_SOURCE] != CCBNET_NONE)
    self->source = g_object_ref (ccbnet_snapshot_get_document (snapshot, row[NAME_SOURCE]));

  return self;
}
