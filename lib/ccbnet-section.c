/* ccbnet-section.c: a section of the source page
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-section-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetSection:
 *
 * A section of the primary page, with its headings in the page's languages.
 *
 * The CCB page has five sections, each with a Dutch and an English heading; its two national
 * sections share the scope %CCBNET_SCOPE_NATIONAL.
 *
 * ```c
 * g_print ("%s / %s\n", ccbnet_section_get_heading (section, "nl"),
 *          ccbnet_section_get_heading (section, "en"));
 * ```
 *
 * Since: 1.0
 */

struct _CcbnetSection
{
  GObject      parent_instance;
  char        *id;
  CcbnetScope  scope;
  guint        position;
  GHashTable  *headings;  /* language -> heading */
  char       **languages; /* in file order */
  GPtrArray   *sources;   /* CcbnetCitation */
};

G_DEFINE_FINAL_TYPE (CcbnetSection, ccbnet_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCOPE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
ccbnet_section_finalize (GObject *object)
{
  CcbnetSection *self = (CcbnetSection *) object;

  g_free (self->id);
  g_clear_pointer (&self->headings, g_hash_table_unref);
  g_strfreev (self->languages);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (ccbnet_section_parent_class)->finalize (object);
}

static void
ccbnet_section_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CcbnetSection *self = CCBNET_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ccbnet_section_get_id (self));
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, ccbnet_section_get_scope (self));
      break;
    case PROP_POSITION:
      g_value_set_uint (value, ccbnet_section_get_position (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_section_class_init (CcbnetSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_section_finalize;
  object_class->get_property = ccbnet_section_get_property;

  /**
   * CcbnetSection:id:
   *
   * The section's id in the dataset, such as `section-european`.
   *
   * Since: 1.0
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetSection:scope:
   *
   * The page's grouping the section belongs to.
   *
   * Since: 1.0
   */
  props[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, CCBNET_TYPE_SCOPE, CCBNET_SCOPE_ANY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetSection:position:
   *
   * The position of the section on the page, from 0.
   *
   * Since: 1.0
   */
  props[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
ccbnet_section_init (CcbnetSection *self)
{
}

/**
 * ccbnet_section_get_id:
 * @self: a section
 *
 * Gets the section's id.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
ccbnet_section_get_id (CcbnetSection *self)
{
  g_return_val_if_fail (CCBNET_IS_SECTION (self), NULL);

  return self->id;
}

/**
 * ccbnet_section_get_scope:
 * @self: a section
 *
 * Gets the page's grouping the section belongs to.
 *
 * Returns: the scope
 *
 * Since: 1.0
 */
CcbnetScope
ccbnet_section_get_scope (CcbnetSection *self)
{
  g_return_val_if_fail (CCBNET_IS_SECTION (self), CCBNET_SCOPE_ANY);

  return self->scope;
}

/**
 * ccbnet_section_get_position:
 * @self: a section
 *
 * Gets the position of the section on the page.
 *
 * Returns: the position, from 0
 *
 * Since: 1.0
 */
guint
ccbnet_section_get_position (CcbnetSection *self)
{
  g_return_val_if_fail (CCBNET_IS_SECTION (self), 0);

  return self->position;
}

/**
 * ccbnet_section_get_heading:
 * @self: a section
 * @language: (nullable): a BCP 47 language tag such as "nl", or %NULL for English
 *
 * Gets the section's heading in @language, as it stands on the page. A tag with a region
 * ("nl-BE") falls back to its language ("nl"); a language the page has no heading in falls back
 * to English.
 *
 * Returns: the heading
 *
 * Since: 1.0
 */
const char *
ccbnet_section_get_heading (CcbnetSection *self,
                            const char    *language)
{
  const char *heading = NULL;

  g_return_val_if_fail (CCBNET_IS_SECTION (self), NULL);

  if (language != NULL)
    {
      heading = g_hash_table_lookup (self->headings, language);
      if (heading == NULL)
        {
          g_autofree char *base = g_strndup (language, strcspn (language, "-_."));

          heading = g_hash_table_lookup (self->headings, base);
        }
    }

  if (heading == NULL)
    heading = g_hash_table_lookup (self->headings, "en");

  return heading;
}

/**
 * ccbnet_section_dup_languages:
 * @self: a section
 *
 * Gets the languages the section has a heading in, in the dataset's order.
 *
 * Returns: (transfer full) (array zero-terminated=1): language tags
 *
 * Since: 1.0
 */
char **
ccbnet_section_dup_languages (CcbnetSection *self)
{
  g_return_val_if_fail (CCBNET_IS_SECTION (self), NULL);

  return g_strdupv (self->languages);
}

/**
 * ccbnet_section_get_sources:
 * @self: a section
 *
 * Gets the citations of the section's headings.
 *
 * Returns: (transfer none) (element-type CcbnetCitation): the citations
 *
 * Since: 1.0
 */
GPtrArray *
ccbnet_section_get_sources (CcbnetSection *self)
{
  g_return_val_if_fail (CCBNET_IS_SECTION (self), NULL);

  return self->sources;
}

/* The section at @position of the snapshot's table of sections, with its headings and the
 * citations of its headings. */
CcbnetSection *
ccbnet_section_new_from_row (CcbnetSnapshot *snapshot,
                             guint32         position)
{
  const CcbnetStore *store = &snapshot->store;
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_SECTIONS, SEC_WIDTH, position);
  CcbnetSection *self = g_object_new (CCBNET_TYPE_SECTION, NULL);

  self->id = ccbnet_store_dup (store, row[SEC_ID]);
  self->scope = row[SEC_SCOPE];
  self->position = position;
  self->headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->languages = g_new0 (char *, row[SEC_N_HEADINGS] + 1);
  for (guint32 h = 0; h < row[SEC_N_HEADINGS]; h++)
    {
      const guint32 *heading = CCBNET_ROW (store, CCBNET_TABLE_HEADINGS, HEAD_WIDTH, row[SEC_HEADINGS] + h);

      self->languages[h] = ccbnet_store_dup (store, heading[HEAD_LANGUAGE]);
      g_hash_table_insert (self->headings, ccbnet_store_dup (store, heading[HEAD_LANGUAGE]),
                           ccbnet_store_dup (store, heading[HEAD_TEXT]));
    }
  self->sources = ccbnet_snapshot_dup_citations (snapshot, row[SEC_SOURCES], row[SEC_N_SOURCES]);

  return self;
}
