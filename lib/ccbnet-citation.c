/* ccbnet-citation.c: a verbatim quote from a document
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-document-private.h"
#include "ccbnet-snapshot-private.h"

/**
 * CcbnetCitation:
 *
 * A verbatim quote from a [class@Ccbnet.Document].
 *
 * The quote keeps the document's exact characters, down to its apostrophes.
 *
 * Since: 1.0
 */

struct _CcbnetCitation
{
  GObject         parent_instance;
  CcbnetDocument *document;
  char           *quote;
};

G_DEFINE_FINAL_TYPE (CcbnetCitation, ccbnet_citation, G_TYPE_OBJECT)

enum {
  CIT_PROP_0,
  CIT_PROP_DOCUMENT,
  CIT_PROP_QUOTE,
  CIT_N_PROPS
};

static GParamSpec *cit_props[CIT_N_PROPS];

static void
ccbnet_citation_finalize (GObject *object)
{
  CcbnetCitation *self = (CcbnetCitation *) object;

  g_clear_object (&self->document);
  g_free (self->quote);

  G_OBJECT_CLASS (ccbnet_citation_parent_class)->finalize (object);
}

static void
ccbnet_citation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CcbnetCitation *self = CCBNET_CITATION (object);

  switch (prop_id)
    {
    case CIT_PROP_DOCUMENT:
      g_value_set_object (value, ccbnet_citation_get_document (self));
      break;
    case CIT_PROP_QUOTE:
      g_value_set_string (value, ccbnet_citation_get_quote (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_citation_class_init (CcbnetCitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_citation_finalize;
  object_class->get_property = ccbnet_citation_get_property;

  /**
   * CcbnetCitation:document:
   *
   * The document quoted.
   *
   * Since: 1.0
   */
  cit_props[CIT_PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CCBNET_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetCitation:quote:
   *
   * The verbatim sentence.
   *
   * Since: 1.0
   */
  cit_props[CIT_PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, CIT_N_PROPS, cit_props);
}

static void
ccbnet_citation_init (CcbnetCitation *self)
{
}

/**
 * ccbnet_citation_get_document:
 * @self: a citation
 *
 * Gets the document the citation quotes.
 *
 * Returns: (transfer none): the document
 *
 * Since: 1.0
 */
CcbnetDocument *
ccbnet_citation_get_document (CcbnetCitation *self)
{
  g_return_val_if_fail (CCBNET_IS_CITATION (self), NULL);

  return self->document;
}

/**
 * ccbnet_citation_get_quote:
 * @self: a citation
 *
 * Gets the quoted sentence, verbatim.
 *
 * Returns: the quote
 *
 * Since: 1.0
 */
const char *
ccbnet_citation_get_quote (CcbnetCitation *self)
{
  g_return_val_if_fail (CCBNET_IS_CITATION (self), NULL);

  return self->quote;
}

/* The citation at @position of the snapshot's table of citations; its document is the
 * snapshot's. */
CcbnetCitation *
ccbnet_citation_new_from_row (CcbnetSnapshot *snapshot,
                              guint32         position)
{
  const guint32 *row = CCBNET_ROW (&snapshot->store, CCBNET_TABLE_CITATIONS, CIT_WIDTH, position);
  CcbnetCitation *self = g_object_new (CCBNET_TYPE_CITATION, NULL);

  self->document = g_object_ref (ccbnet_snapshot_get_document (snapshot, row[CIT_DOCUMENT]));
  self->quote = ccbnet_store_dup (&snapshot->store, row[CIT_QUOTE]);

  return self;
}
