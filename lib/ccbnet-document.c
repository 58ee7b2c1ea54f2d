/* ccbnet-document.c: source documents, citations and names
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-private.h"

/**
 * CcbnetDocument:
 *
 * A document that a dataset's facts come from.
 *
 * Every entity and every relation cites at least one document with the verbatim sentence that
 * states it ([class@Ccbnet.Citation]). A document of kind %CCBNET_DOCUMENT_KIND_PRIMARY is the page
 * the dataset models; %CCBNET_DOCUMENT_KIND_EXTERNAL documents are consulted only for what the page
 * does not give, such as official names in other languages.
 *
 * ```c
 * CcbnetCitation *citation = g_ptr_array_index (ccbnet_entity_get_sources (entity), 0);
 * CcbnetDocument *document = ccbnet_citation_get_document (citation);
 *
 * g_print ("“%s” (%s)\n", ccbnet_citation_get_quote (citation),
 *          ccbnet_document_get_title (document));
 * ```
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (CcbnetDocument, ccbnet_document, G_TYPE_OBJECT)

enum {
  DOC_PROP_0,
  DOC_PROP_ID,
  DOC_PROP_KIND,
  DOC_PROP_TITLE,
  DOC_PROP_PUBLISHER,
  DOC_PROP_URL,
  DOC_PROP_LANGUAGE,
  DOC_PROP_RETRIEVED,
  DOC_PROP_FILE,
  DOC_PROP_NOTE,
  DOC_N_PROPS
};

static GParamSpec *doc_props[DOC_N_PROPS];

static void
ccbnet_document_finalize (GObject *object)
{
  CcbnetDocument *self = (CcbnetDocument *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->url);
  g_free (self->language);
  g_free (self->retrieved);
  g_free (self->file);
  g_free (self->note);

  G_OBJECT_CLASS (ccbnet_document_parent_class)->finalize (object);
}

static void
ccbnet_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CcbnetDocument *self = CCBNET_DOCUMENT (object);

  switch (prop_id)
    {
    case DOC_PROP_ID:
      g_value_set_string (value, ccbnet_document_get_id (self));
      break;
    case DOC_PROP_KIND:
      g_value_set_enum (value, ccbnet_document_get_kind (self));
      break;
    case DOC_PROP_TITLE:
      g_value_set_string (value, ccbnet_document_get_title (self));
      break;
    case DOC_PROP_PUBLISHER:
      g_value_set_string (value, ccbnet_document_get_publisher (self));
      break;
    case DOC_PROP_URL:
      g_value_set_string (value, ccbnet_document_get_url (self));
      break;
    case DOC_PROP_LANGUAGE:
      g_value_set_string (value, ccbnet_document_get_language (self));
      break;
    case DOC_PROP_RETRIEVED:
      g_value_set_string (value, ccbnet_document_get_retrieved (self));
      break;
    case DOC_PROP_FILE:
      g_value_set_string (value, ccbnet_document_get_file (self));
      break;
    case DOC_PROP_NOTE:
      g_value_set_string (value, ccbnet_document_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ccbnet_document_class_init (CcbnetDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ccbnet_document_finalize;
  object_class->get_property = ccbnet_document_get_property;

  /**
   * CcbnetDocument:id:
   *
   * The document's id in the dataset.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:kind:
   *
   * Whether this is the primary page or an external document.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CCBNET_TYPE_DOCUMENT_KIND, CCBNET_DOCUMENT_KIND_PRIMARY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:title:
   *
   * The document's title.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:publisher:
   *
   * Who published the document.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:url:
   *
   * Where the document is published, if the dataset says.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:language:
   *
   * The language the document is written in, as a BCP 47 tag.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:retrieved:
   *
   * The date (`YYYY-MM-DD`) the document was read for the dataset, if it was.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_RETRIEVED] =
    g_param_spec_string ("retrieved", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:file:
   *
   * Where the dataset's project stores the document's text, relative to its data directory.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:note:
   *
   * An editorial note about the document.
   *
   * Since: 1.0
   */
  doc_props[DOC_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, DOC_N_PROPS, doc_props);
}

static void
ccbnet_document_init (CcbnetDocument *self)
{
}

/**
 * ccbnet_document_get_id:
 * @self: a document
 *
 * Gets the document's id in the dataset.
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_id (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->id;
}

/**
 * ccbnet_document_get_kind:
 * @self: a document
 *
 * Gets whether the document is the primary page or an external source.
 *
 * Returns: the kind of document
 *
 * Since: 1.0
 */
CcbnetDocumentKind
ccbnet_document_get_kind (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), CCBNET_DOCUMENT_KIND_PRIMARY);

  return self->kind;
}

/**
 * ccbnet_document_get_title:
 * @self: a document
 *
 * Gets the document's title.
 *
 * Returns: the title
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_title (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * ccbnet_document_get_publisher:
 * @self: a document
 *
 * Gets who published the document.
 *
 * Returns: the publisher
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_publisher (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->publisher;
}

/**
 * ccbnet_document_get_url:
 * @self: a document
 *
 * Gets where the document is published.
 *
 * Returns: (nullable): the address, or %NULL if the dataset gives none
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_url (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->url;
}

/**
 * ccbnet_document_get_language:
 * @self: a document
 *
 * Gets the language the document is written in.
 *
 * Returns: a BCP 47 language tag, such as "en"
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_language (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->language;
}

/**
 * ccbnet_document_get_retrieved:
 * @self: a document
 *
 * Gets the date the document was read for the dataset.
 *
 * Returns: (nullable): a date as `YYYY-MM-DD`, or %NULL if the document was not read for the
 *   dataset
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_retrieved (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->retrieved;
}

/**
 * ccbnet_document_get_file:
 * @self: a document
 *
 * Gets where the project stores the document's text.
 *
 * Returns: (nullable): a path relative to the dataset's data directory, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_file (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * ccbnet_document_get_note:
 * @self: a document
 *
 * Gets the editorial note about the document.
 *
 * Returns: (nullable): the note, or %NULL
 *
 * Since: 1.0
 */
const char *
ccbnet_document_get_note (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->note;
}

/**
 * CcbnetCitation:
 *
 * A verbatim quote from a [class@Ccbnet.Document].
 *
 * The quote keeps the document's exact characters, down to its apostrophes.
 *
 * Since: 1.0
 */

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

G_DEFINE_FINAL_TYPE (CcbnetName, ccbnet_name, G_TYPE_OBJECT)

enum {
  NAME_PROP_0,
  NAME_PROP_TEXT,
  NAME_PROP_LANGUAGE,
  NAME_PROP_NOTE,
  NAME_PROP_SOURCE,
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

  return self->source != NULL && self->source->kind == CCBNET_DOCUMENT_KIND_EXTERNAL;
}
