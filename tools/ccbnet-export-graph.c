/* ccbnet-export-graph.c: the graph formats of `ccbnet export`
 *
 * GraphML and GEXF (through libxml2's xmlTextWriter), node-link JSON (the layout of networkx's
 * node_link_data ()) and a pair of CSV files (nodes and edges). All four carry the same
 * attributes, taken from the records' GObject properties by one rule, so that they cannot
 * drift apart as the model grows:
 *
 * - a node is an entity, an edge a relation, keyed by its id (parallel edges are kept: the
 *   graph is a directed multigraph);
 * - each readable property becomes an attribute named as the property with "_" for "-"
 *   (on-behalf-of → on_behalf_of), except the id and a relation's two ends: strings as they
 *   are, enumerations as their nicks, flags as the list of their nicks, records (entities,
 *   sections, documents) as their ids, string lists as lists, booleans as booleans;
 * - besides: a node's "label" (its name in --lang) and "class"; an edge's "co_actors"; and
 *   for both, the provenance: "sources" (the ids of the documents cited) and "quotes" (the
 *   quoted sentences, in the same order);
 * - an absent value (no string, no record, an empty list) is left out; enumerations and
 *   booleans are always written.
 *
 * Lists are JSON arrays in node-link JSON; GraphML, GEXF and CSV have no list type, so their
 * items are joined with a newline there (ids never hold one, and neither do the page's
 * sentences). XML 1.0 cannot hold most control characters, which the dataset format allows in
 * strings: in GraphML and GEXF each becomes U+FFFD.
 *
 * The CSV files are written by hand: RFC 4180 is one quoting rule, and the C CSV library
 * Debian has (libcsv) has seen no release since 2013. node-link JSON goes through the tool's
 * JSON writer (ccbnet-output.c), which shares its escaping with every other JSON output.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libxml/xmlwriter.h>

#include "ccbnet-export-graph.h"

typedef enum {
  VALUE_STRING,
  VALUE_BOOLEAN,
  VALUE_LIST,
} ValueType;

typedef enum {
  SOURCE_PROPERTY,
  SOURCE_LABEL,
  SOURCE_CLASS,
  SOURCE_CO_ACTORS,
  SOURCE_SOURCES,
  SOURCE_QUOTES,
} AttributeSource;

typedef struct
{
  char            *name;
  ValueType        type;
  AttributeSource  source;
  GParamSpec      *pspec;     /* for SOURCE_PROPERTY */
} Attribute;

/* One value: a string, a boolean ("true" or "false" in @string) or a list; absent when
 * @string and @list are both NULL. */
typedef struct
{
  ValueType  type;
  char      *string;
  GPtrArray *list;
} Value;

static void
value_clear (Value *value)
{
  g_clear_pointer (&value->string, g_free);
  g_clear_pointer (&value->list, g_ptr_array_unref);
}

static gboolean
value_present (const Value *value)
{
  return value->string != NULL || value->list != NULL;
}

/* A list value joined with newlines; a string as it is. */
static char *
value_joined (const Value *value)
{
  GString *text;

  if (value->list == NULL)
    return g_strdup (value->string);
  text = g_string_new (NULL);
  for (guint i = 0; i < value->list->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, value->list->pdata[i]);
    }

  return g_string_free (text, FALSE);
}

static void
attribute_free (gpointer data)
{
  Attribute *attribute = data;

  g_free (attribute->name);
  g_clear_pointer (&attribute->pspec, g_param_spec_unref);
  g_free (attribute);
}

static void
add_attribute (GPtrArray       *attributes,
               const char      *name,
               ValueType        type,
               AttributeSource  source,
               GParamSpec      *pspec)
{
  Attribute *attribute = g_new0 (Attribute, 1);

  attribute->name = g_strdelimit (g_strdup (name), "-", '_');
  attribute->type = type;
  attribute->source = source;
  attribute->pspec = pspec != NULL ? g_param_spec_ref (pspec) : NULL;
  g_ptr_array_add (attributes, attribute);
}

static gboolean
has_attribute (GPtrArray  *attributes,
               const char *name)
{
  g_autofree char *underscored = g_strdelimit (g_strdup (name), "-", '_');

  for (guint i = 0; i < attributes->len; i++)
    if (g_str_equal (((Attribute *) attributes->pdata[i])->name, underscored))
      return TRUE;

  return FALSE;
}

/* The attributes of the properties of @types, each once, in the order the types list them. */
static void
add_properties (GPtrArray   *attributes,
                const GType *types,
                guint        n_types)
{
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      guint n;
      g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);

      for (guint i = 0; i < n; i++)
        {
          GType type = G_PARAM_SPEC_VALUE_TYPE (specs[i]);
          ValueType value_type;

          if (!(specs[i]->flags & G_PARAM_READABLE) ||
              g_str_equal (specs[i]->name, "id") || g_str_equal (specs[i]->name, "subject") ||
              g_str_equal (specs[i]->name, "object") || has_attribute (attributes, specs[i]->name))
            continue;
          if (type == G_TYPE_BOOLEAN)
            value_type = VALUE_BOOLEAN;
          else if (type == G_TYPE_STRV || G_TYPE_IS_FLAGS (type))
            value_type = VALUE_LIST;
          else if (type == G_TYPE_STRING || G_TYPE_IS_ENUM (type) || g_type_is_a (type, G_TYPE_OBJECT))
            value_type = VALUE_STRING;
          else
            g_error ("export: no rule for the property %s of type %s", specs[i]->name, g_type_name (type));
          add_attribute (attributes, specs[i]->name, value_type, SOURCE_PROPERTY, specs[i]);
        }
    }
}

static GPtrArray *
node_attributes (void)
{
  GPtrArray *attributes = g_ptr_array_new_with_free_func (attribute_free);
  const GType types[] = {
    CCBNET_TYPE_ENTITY, CCBNET_TYPE_ORGANISATION, CCBNET_TYPE_PLATFORM, CCBNET_TYPE_POST,
    CCBNET_TYPE_LEGAL_INSTRUMENT, CCBNET_TYPE_THING,
  };

  add_attribute (attributes, "label", VALUE_STRING, SOURCE_LABEL, NULL);
  add_attribute (attributes, "class", VALUE_STRING, SOURCE_CLASS, NULL);
  add_properties (attributes, types, G_N_ELEMENTS (types));
  add_attribute (attributes, "sources", VALUE_LIST, SOURCE_SOURCES, NULL);
  add_attribute (attributes, "quotes", VALUE_LIST, SOURCE_QUOTES, NULL);

  return attributes;
}

static GPtrArray *
edge_attributes (void)
{
  GPtrArray *attributes = g_ptr_array_new_with_free_func (attribute_free);
  const GType types[] = { CCBNET_TYPE_RELATION };

  add_properties (attributes, types, G_N_ELEMENTS (types));
  add_attribute (attributes, "co_actors", VALUE_LIST, SOURCE_CO_ACTORS, NULL);
  add_attribute (attributes, "sources", VALUE_LIST, SOURCE_SOURCES, NULL);
  add_attribute (attributes, "quotes", VALUE_LIST, SOURCE_QUOTES, NULL);

  return attributes;
}

/* The id of a record the model points to. */
static const char *
record_id (GObject *object)
{
  if (object == NULL)
    return NULL;
  if (CCBNET_IS_ENTITY (object))
    return ccbnet_entity_get_id (CCBNET_ENTITY (object));
  if (CCBNET_IS_SECTION (object))
    return ccbnet_section_get_id (CCBNET_SECTION (object));
  if (CCBNET_IS_DOCUMENT (object))
    return ccbnet_document_get_id (CCBNET_DOCUMENT (object));
  if (CCBNET_IS_RELATION (object))
    return ccbnet_relation_get_id (CCBNET_RELATION (object));
  g_error ("export: no id for a %s", G_OBJECT_TYPE_NAME (object));
}

static void
property_value (GObject    *record,
                GParamSpec *pspec,
                Value      *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (!g_type_is_a (G_OBJECT_TYPE (record), pspec->owner_type))
    return;                             /* a property of another class of entity */
  g_value_init (&gvalue, type);
  g_object_get_property (record, pspec->name, &gvalue);
  if (type == G_TYPE_BOOLEAN)
    value->string = g_strdup (g_value_get_boolean (&gvalue) ? "true" : "false");
  else if (type == G_TYPE_STRING)
    value->string = g_value_dup_string (&gvalue);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *nick = g_enum_get_value (klass, g_value_get_enum (&gvalue));

      value->string = g_strdup (nick != NULL ? nick->value_nick : "");
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      guint flags = g_value_get_flags (&gvalue);

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != 0 && (flags & klass->values[i].value) == klass->values[i].value)
          {
            if (value->list == NULL)
              value->list = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (value->list, g_strdup (klass->values[i].value_nick));
          }
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (&gvalue);

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        {
          if (value->list == NULL)
            value->list = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (value->list, g_strdup (strv[i]));
        }
    }
  else
    value->string = g_strdup (record_id (g_value_get_object (&gvalue)));
}

static void
citations_value (GPtrArray *citations,
                 gboolean   quotes,
                 Value      *value)
{
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    {
      CcbnetCitation *citation = citations->pdata[i];
      const char *text;

      if (quotes)
        text = ccbnet_citation_get_quote (citation);
      else
        text = ccbnet_document_get_id (ccbnet_citation_get_document (citation));
      if (value->list == NULL)
        value->list = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (value->list, g_strdup (text != NULL ? text : ""));
    }
}

/* The value of @attribute for @record, an entity or a relation. */
static void
get_value (GObject         *record,
           const Attribute *attribute,
           Value           *value)
{
  value->type = attribute->type;
  value->string = NULL;
  value->list = NULL;
  switch (attribute->source)
    {
    case SOURCE_PROPERTY:
      property_value (record, attribute->pspec, value);
      break;
    case SOURCE_LABEL:
      value->string = g_strdup (tool_label (CCBNET_ENTITY (record)));
      break;
    case SOURCE_CLASS:
      value->string = g_strdup (tool_entity_class (CCBNET_ENTITY (record)));
      break;
    case SOURCE_CO_ACTORS:
      {
        GPtrArray *actors = ccbnet_relation_get_co_actors (CCBNET_RELATION (record));

        for (guint i = 0; actors != NULL && i < actors->len; i++)
          {
            if (value->list == NULL)
              value->list = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (value->list, g_strdup (ccbnet_entity_get_id (actors->pdata[i])));
          }
      }
      break;
    case SOURCE_SOURCES:
    case SOURCE_QUOTES:
      citations_value (CCBNET_IS_ENTITY (record) ? ccbnet_entity_get_sources (CCBNET_ENTITY (record))
                                                 : ccbnet_relation_get_sources (CCBNET_RELATION (record)),
                       attribute->source == SOURCE_QUOTES, value);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* XML (GraphML, GEXF) */

/* @text with each character XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF) replaced
 * by U+FFFD; @text itself when it has none. */
static char *
xml_safe (const char *text)
{
  GString *safe = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff;

      if (bad && safe == NULL)
        safe = g_string_new_len (text, p - text);
      if (safe != NULL)
        g_string_append_unichar (safe, bad ? 0xfffd : c);
    }

  return safe != NULL ? g_string_free (safe, FALSE) : g_strdup (text);
}

/* The writer's calls return a negative number on failure (only out of memory, writing to
 * memory); the first failure is kept and ends the export. */
typedef struct
{
  xmlTextWriterPtr writer;
  xmlBufferPtr     buffer;
  gboolean         failed;
} Xml;

#define XML_CHECK(xml, call) G_STMT_START { if ((call) < 0) (xml)->failed = TRUE; } G_STMT_END

static void
xml_start (Xml        *xml,
           const char *name)
{
  XML_CHECK (xml, xmlTextWriterStartElement (xml->writer, BAD_CAST name));
}

static void
xml_end (Xml *xml)
{
  XML_CHECK (xml, xmlTextWriterEndElement (xml->writer));
}

static void
xml_attribute (Xml        *xml,
               const char *name,
               const char *value)
{
  g_autofree char *safe = xml_safe (value);

  XML_CHECK (xml, xmlTextWriterWriteAttribute (xml->writer, BAD_CAST name, BAD_CAST safe));
}

static void
xml_text_element (Xml        *xml,
                  const char *name,
                  const char *text)
{
  g_autofree char *safe = xml_safe (text);

  XML_CHECK (xml, xmlTextWriterWriteElement (xml->writer, BAD_CAST name, BAD_CAST safe));
}

static gboolean
xml_begin (Xml *xml)
{
  xml->failed = FALSE;
  xml->buffer = xmlBufferCreate ();
  xml->writer = xml->buffer != NULL ? xmlNewTextWriterMemory (xml->buffer, 0) : NULL;
  if (xml->writer == NULL)
    return FALSE;
  XML_CHECK (xml, xmlTextWriterSetIndent (xml->writer, 1));
  XML_CHECK (xml, xmlTextWriterSetIndentString (xml->writer, BAD_CAST "  "));
  XML_CHECK (xml, xmlTextWriterStartDocument (xml->writer, NULL, "UTF-8", NULL));

  return !xml->failed;
}

/* Ends the document and appends it to @out. */
static gboolean
xml_finish (Xml     *xml,
            GString *out)
{
  if (xml->writer != NULL)
    {
      XML_CHECK (xml, xmlTextWriterEndDocument (xml->writer));
      xmlFreeTextWriter (xml->writer);      /* flushes into the buffer */
    }
  if (xml->buffer != NULL)
    {
      if (!xml->failed)
        g_string_append_len (out, (const char *) xmlBufferContent (xml->buffer),
                             xmlBufferLength (xml->buffer));
      xmlBufferFree (xml->buffer);
    }

  return xml->writer != NULL && !xml->failed;
}

/* Starts an <edge> element with its id, source and target, as GraphML and GEXF both write it. */
static void
xml_edge_start (Xml            *xml,
                CcbnetRelation *relation)
{
  xml_start (xml, "edge");
  xml_attribute (xml, "id", ccbnet_relation_get_id (relation));
  xml_attribute (xml, "source", ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)));
  xml_attribute (xml, "target", ccbnet_entity_get_id (ccbnet_relation_get_object (relation)));
}

static const char *
xml_type (ValueType type)
{
  return type == VALUE_BOOLEAN ? "boolean" : "string";
}

/* GraphML */

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

static void
graphml_keys (Xml        *xml,
              GPtrArray  *attributes,
              const char *domain)
{
  for (guint i = 0; i < attributes->len; i++)
    {
      Attribute *attribute = attributes->pdata[i];
      g_autofree char *id = g_strdup_printf ("%c_%s", domain[0], attribute->name);

      xml_start (xml, "key");
      xml_attribute (xml, "id", id);
      xml_attribute (xml, "for", domain);
      xml_attribute (xml, "attr.name", attribute->name);
      xml_attribute (xml, "attr.type", xml_type (attribute->type));
      xml_end (xml);
    }
}

static void
graphml_data (Xml        *xml,
              GObject    *record,
              GPtrArray  *attributes,
              char        domain)
{
  for (guint i = 0; i < attributes->len; i++)
    {
      Attribute *attribute = attributes->pdata[i];
      g_autofree char *key = g_strdup_printf ("%c_%s", domain, attribute->name);
      g_autofree char *text = NULL;
      Value value;

      get_value (record, attribute, &value);
      if (value_present (&value))
        {
          text = value_joined (&value);
          xml_start (xml, "data");
          xml_attribute (xml, "key", key);
          {
            g_autofree char *safe = xml_safe (text);

            XML_CHECK (xml, xmlTextWriterWriteString (xml->writer, BAD_CAST safe));
          }
          xml_end (xml);
        }
      value_clear (&value);
    }
}

static gboolean
export_graphml (GString        *out,
                CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) nodes = node_attributes ();
  g_autoptr(GPtrArray) edges = edge_attributes ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  g_autofree char *title = ccbnet_registry_dup_title (registry);
  g_autofree char *license = ccbnet_registry_dup_license (registry);
  Xml xml;

  if (!xml_begin (&xml))
    return xml_finish (&xml, out);
  xml_start (&xml, "graphml");
  xml_attribute (&xml, "xmlns", GRAPHML_NS);
  xml_attribute (&xml, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml_attribute (&xml, "xsi:schemaLocation", GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd");
  /* The graph's own attributes. */
  for (guint i = 0; i < 2; i++)
    {
      xml_start (&xml, "key");
      xml_attribute (&xml, "id", i == 0 ? "g_title" : "g_license");
      xml_attribute (&xml, "for", "graph");
      xml_attribute (&xml, "attr.name", i == 0 ? "title" : "license");
      xml_attribute (&xml, "attr.type", "string");
      xml_end (&xml);
    }
  graphml_keys (&xml, nodes, "node");
  graphml_keys (&xml, edges, "edge");

  xml_start (&xml, "graph");
  xml_attribute (&xml, "id", "ccbnet");
  xml_attribute (&xml, "edgedefault", "directed");
  if (title != NULL)
    {
      xml_start (&xml, "data");
      xml_attribute (&xml, "key", "g_title");
      XML_CHECK (&xml, xmlTextWriterWriteString (xml.writer, BAD_CAST title));
      xml_end (&xml);
    }
  if (license != NULL)
    {
      xml_start (&xml, "data");
      xml_attribute (&xml, "key", "g_license");
      XML_CHECK (&xml, xmlTextWriterWriteString (xml.writer, BAD_CAST license));
      xml_end (&xml);
    }
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      xml_start (&xml, "node");
      xml_attribute (&xml, "id", ccbnet_entity_get_id (entity));
      graphml_data (&xml, G_OBJECT (entity), nodes, 'n');
      xml_end (&xml);
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      xml_edge_start (&xml, relation);
      graphml_data (&xml, G_OBJECT (relation), edges, 'e');
      xml_end (&xml);
    }

  return xml_finish (&xml, out);
}

/* GEXF 1.2 */

/* The namespace of GEXF 1.2 as Gephi and networkx read it. */
#define GEXF_NS "http://www.gexf.net/1.2draft"

static void
gexf_attributes (Xml        *xml,
                 GPtrArray  *attributes,
                 const char *klass)
{
  xml_start (xml, "attributes");
  xml_attribute (xml, "class", klass);
  xml_attribute (xml, "mode", "static");
  for (guint i = 0; i < attributes->len; i++)
    {
      Attribute *attribute = attributes->pdata[i];

      /* A node's label is GEXF's own. */
      if (attribute->source == SOURCE_LABEL)
        continue;
      xml_start (xml, "attribute");
      xml_attribute (xml, "id", attribute->name);
      xml_attribute (xml, "title", attribute->name);
      xml_attribute (xml, "type", xml_type (attribute->type));
      xml_end (xml);
    }
  xml_end (xml);
}

static void
gexf_values (Xml       *xml,
             GObject   *record,
             GPtrArray *attributes)
{
  gboolean started = FALSE;

  for (guint i = 0; i < attributes->len; i++)
    {
      Attribute *attribute = attributes->pdata[i];
      Value value;

      if (attribute->source == SOURCE_LABEL)
        continue;
      get_value (record, attribute, &value);
      if (value_present (&value))
        {
          g_autofree char *text = value_joined (&value);

          if (!started)
            xml_start (xml, "attvalues");
          started = TRUE;
          xml_start (xml, "attvalue");
          xml_attribute (xml, "for", attribute->name);
          xml_attribute (xml, "value", text);
          xml_end (xml);
        }
      value_clear (&value);
    }
  if (started)
    xml_end (xml);
}

static gboolean
export_gexf (GString        *out,
             CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) nodes = node_attributes ();
  g_autoptr(GPtrArray) edges = edge_attributes ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  g_autofree char *title = ccbnet_registry_dup_title (registry);
  Xml xml;

  if (!xml_begin (&xml))
    return xml_finish (&xml, out);
  xml_start (&xml, "gexf");
  xml_attribute (&xml, "xmlns", GEXF_NS);
  xml_attribute (&xml, "version", "1.2");
  xml_start (&xml, "meta");
  xml_text_element (&xml, "creator", "ccbnet " CCBNET_VERSION_S);
  if (title != NULL)
    xml_text_element (&xml, "description", title);
  xml_end (&xml);
  xml_start (&xml, "graph");
  xml_attribute (&xml, "mode", "static");
  xml_attribute (&xml, "defaultedgetype", "directed");
  gexf_attributes (&xml, nodes, "node");
  gexf_attributes (&xml, edges, "edge");

  xml_start (&xml, "nodes");
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      xml_start (&xml, "node");
      xml_attribute (&xml, "id", ccbnet_entity_get_id (entity));
      xml_attribute (&xml, "label", tool_label (entity));
      gexf_values (&xml, G_OBJECT (entity), nodes);
      xml_end (&xml);
    }
  xml_end (&xml);
  xml_start (&xml, "edges");
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      xml_edge_start (&xml, relation);
      xml_attribute (&xml, "label", ccbnet_relation_kind_to_string (ccbnet_relation_get_kind (relation)));
      gexf_values (&xml, G_OBJECT (relation), edges);
      xml_end (&xml);
    }
  xml_end (&xml);

  return xml_finish (&xml, out);
}

/* node-link JSON */

static void
json_values (ToolJson  *json,
             GObject   *record,
             GPtrArray *attributes)
{
  for (guint i = 0; i < attributes->len; i++)
    {
      Attribute *attribute = attributes->pdata[i];
      Value value;

      get_value (record, attribute, &value);
      if (value.list != NULL)
        {
          g_ptr_array_add (value.list, NULL);
          tool_json_strv (json, attribute->name, (const char * const *) value.list->pdata);
        }
      else if (value.string != NULL && value.type == VALUE_BOOLEAN)
        tool_json_bool (json, attribute->name, g_str_equal (value.string, "true"));
      else if (value.string != NULL)
        tool_json_string (json, attribute->name, value.string);
      value_clear (&value);
    }
}

static gboolean
export_node_link (GString        *out,
                  CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) nodes = node_attributes ();
  g_autoptr(GPtrArray) edges = edge_attributes ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  g_autofree char *title = ccbnet_registry_dup_title (registry);
  g_autofree char *license = ccbnet_registry_dup_license (registry);
  g_autoptr(ToolJson) json = tool_json_new (out);

  tool_json_begin_object (json, NULL);
  tool_json_bool (json, "directed", TRUE);
  tool_json_bool (json, "multigraph", TRUE);
  tool_json_begin_object (json, "graph");
  if (title != NULL)
    tool_json_string (json, "title", title);
  if (license != NULL)
    tool_json_string (json, "license", license);
  tool_json_end_object (json);
  tool_json_begin_array (json, "nodes");
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "id", ccbnet_entity_get_id (entity));
      json_values (json, G_OBJECT (entity), nodes);
      tool_json_end_object (json);
    }
  tool_json_end_array (json);
  tool_json_begin_array (json, "links");
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      tool_json_begin_object (json, NULL);
      tool_json_string (json, "source", ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)));
      tool_json_string (json, "target", ccbnet_entity_get_id (ccbnet_relation_get_object (relation)));
      tool_json_string (json, "key", ccbnet_relation_get_id (relation));
      json_values (json, G_OBJECT (relation), edges);
      tool_json_end_object (json);
    }
  tool_json_end_array (json);
  tool_json_end_object (json);

  return TRUE;
}

/* CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote, a line end or a space at either end, with its double quotes doubled) */

static void
csv_field (GString    *out,
           const char *text,
           gboolean    first)
{
  gsize len = text != NULL ? strlen (text) : 0;

  if (!first)
    g_string_append_c (out, ',');
  if (len == 0)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL && text[0] != ' ' && text[len - 1] != ' ')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
csv_header (GString     *out,
            const char **first,
            GPtrArray   *attributes)
{
  for (guint i = 0; first[i] != NULL; i++)
    csv_field (out, first[i], i == 0);
  for (guint i = 0; i < attributes->len; i++)
    csv_field (out, ((Attribute *) attributes->pdata[i])->name, FALSE);
  g_string_append (out, "\r\n");
}

static void
csv_values (GString   *out,
            GObject   *record,
            GPtrArray *attributes)
{
  for (guint i = 0; i < attributes->len; i++)
    {
      Value value;
      g_autofree char *text = NULL;

      get_value (record, attributes->pdata[i], &value);
      text = value_joined (&value);
      csv_field (out, text, FALSE);
      value_clear (&value);
    }
  g_string_append (out, "\r\n");
}

static void
export_csv (GString        *nodes_out,
            GString        *edges_out,
            CcbnetRegistry *registry)
{
  g_autoptr(GPtrArray) nodes = node_attributes ();
  g_autoptr(GPtrArray) edges = edge_attributes ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);

  csv_header (nodes_out, (const char *[]) { "id", NULL }, nodes);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      csv_field (nodes_out, ccbnet_entity_get_id (entity), TRUE);
      csv_values (nodes_out, G_OBJECT (entity), nodes);
    }
  csv_header (edges_out, (const char *[]) { "id", "source", "target", NULL }, edges);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      csv_field (edges_out, ccbnet_relation_get_id (relation), TRUE);
      csv_field (edges_out, ccbnet_entity_get_id (ccbnet_relation_get_subject (relation)), FALSE);
      csv_field (edges_out, ccbnet_entity_get_id (ccbnet_relation_get_object (relation)), FALSE);
      csv_values (edges_out, G_OBJECT (relation), edges);
    }
}

gboolean
tool_export_graph (ToolGraphFormat  format,
                   CcbnetRegistry  *registry,
                   GString         *out,
                   GString         *second)
{
  switch (format)
    {
    case TOOL_GRAPH_GRAPHML:
      return export_graphml (out, registry);
    case TOOL_GRAPH_GEXF:
      return export_gexf (out, registry);
    case TOOL_GRAPH_NODE_LINK:
      return export_node_link (out, registry);
    case TOOL_GRAPH_CSV:
      export_csv (out, second, registry);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}
