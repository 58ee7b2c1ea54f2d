/* ccbnet-document.c: the documents a dataset's facts come from
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ccbnet-document-private.h"

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

struct _CcbnetDocument
{
  GObject            parent_instance;
  char              *id;
  CcbnetDocumentKind kind;
  char              *title;
  char              *publisher;
  char              *url;
  char              *language;
  char              *retrieved;
  char              *published;
  char              *edition;
  char              *file;
  char              *note;
};

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
  DOC_PROP_PUBLISHED,
  DOC_PROP_EDITION,
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
  g_free (self->published);
  g_free (self->edition);
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
    case DOC_PROP_PUBLISHED:
      g_value_set_string (value, ccbnet_document_get_published (self));
      break;
    case DOC_PROP_EDITION:
      g_value_set_string (value, ccbnet_document_get_edition (self));
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
   * CcbnetDocument:published:
   *
   * When the document was published, as an ISO 8601 date that may be partial, where the
   * document itself says so; %NULL otherwise (a web page rarely does).
   *
   * Since: 1.2
   */
  doc_props[DOC_PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CcbnetDocument:edition:
   *
   * Which edition of its address the document is, in words, where the dataset cites the same
   * address more than once or the stored copy holds more than one version; %NULL otherwise.
   * Two documents with the same [property@Ccbnet.Document:url] differ in this or in
   * [property@Ccbnet.Document:retrieved].
   *
   * Since: 1.2
   */
  doc_props[DOC_PROP_EDITION] =
    g_param_spec_string ("edition", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

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
 * ccbnet_document_get_published:
 * @self: a document
 *
 * Gets [property@Ccbnet.Document:published].
 *
 * Returns: (nullable): an ISO 8601 date, possibly partial, or %NULL if the document does not say
 *
 * Since: 1.2
 */
const char *
ccbnet_document_get_published (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->published;
}

/**
 * ccbnet_document_get_edition:
 * @self: a document
 *
 * Gets [property@Ccbnet.Document:edition].
 *
 * Returns: (nullable): the edition in words, or %NULL
 *
 * Since: 1.2
 */
const char *
ccbnet_document_get_edition (CcbnetDocument *self)
{
  g_return_val_if_fail (CCBNET_IS_DOCUMENT (self), NULL);

  return self->edition;
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

/* The document at @position of @store's table of documents. */
CcbnetDocument *
ccbnet_document_new_from_row (const CcbnetStore *store,
                              guint32            position)
{
  const guint32 *row = CCBNET_ROW (store, CCBNET_TABLE_DOCUMENTS, DOC_WIDTH, position);
  CcbnetDocument *self = g_object_new (CCBNET_TYPE_DOCUMENT, NULL);

  self->id = ccbnet_store_dup (store, row[DOC_ID]);
  self->kind = row[DOC_KIND];
  self->title = ccbnet_store_dup (store, row[DOC_TITLE]);
  self->publisher = ccbnet_store_dup (store, row[DOC_PUBLISHER]);
  self->url = ccbnet_store_dup (store, row[DOC_URL]);
  self->language = ccbnet_store_dup (store, row[DOC_LANGUAGE]);
  self->retrieved = ccbnet_store_dup (store, row[DOC_RETRIEVED]);
  self->file = ccbnet_store_dup (store, row[DOC_FILE]);
  self->note = ccbnet_store_dup (store, row[DOC_NOTE]);
  self->published = ccbnet_store_dup (store, row[DOC_PUBLISHED]);
  self->edition = ccbnet_store_dup (store, row[DOC_EDITION]);

  return self;
}
