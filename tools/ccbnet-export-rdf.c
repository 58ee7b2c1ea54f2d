/* ccbnet-export-rdf.c: N-Triples and Turtle, from the JSON-LD that `ccbnet export` writes
 *
 * The linked-data mapping is written once, as JSON-LD (ccbnet-cmd-export.c). The two other RDF
 * syntaxes are that document's triples, found by expanding it with the part of the JSON-LD 1.1
 * expansion algorithm the document uses, so that the three serialisations are one graph by
 * construction (tests/python/test_export.py checks it with rdflib):
 *
 * - an @context whose members are prefixes (a term mapped to an IRI), and an @graph of node
 *   objects;
 * - a node object's @id is a compact IRI (prefix:suffix) or an absolute IRI; one without @id is
 *   a blank node; @type is a compact IRI or an array of them;
 * - a value is a string (a plain literal), a boolean (xsd:boolean), an integer (xsd:integer), a
 *   value object ({"@value", "@language"}: a literal with a language tag), a node reference
 *   ({"@id"}), a nested node object, or an array of those.
 *
 * Anything else (a term that is neither a prefix nor an absolute IRI, a number with a fraction,
 * another keyword) is an error here rather than a triple silently lost: it would mean that the
 * JSON-LD writer grew a construct that this expansion does not know yet.
 *
 * The writers are by hand: the grammars of N-Triples and Turtle need only the escapes below,
 * and the one C library Debian has for them (Raptor, libraptor2) would be a dependency for
 * these few lines.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ccbnet-export-rdf.h"
#include "ccbnet-output.h"

#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"

typedef enum {
  TERM_IRI,
  TERM_BLANK,
  TERM_LITERAL,
} TermKind;

typedef struct
{
  TermKind  kind;
  char     *text;          /* the IRI, the blank node's label or the literal's lexical form */
  char     *language;      /* a literal's language tag, or NULL */
  char     *datatype;      /* a literal's datatype IRI, or NULL for xsd:string */
} Term;

typedef struct
{
  Term *subject;
  Term *predicate;
  Term *object;
} Triple;

typedef struct
{
  JsonObject *context;
  GPtrArray  *terms;       /* every term made, freed at the end */
  GArray     *triples;
  guint       n_blank;
} Expansion;

static void
term_free (gpointer data)
{
  Term *term = data;

  g_free (term->text);
  g_free (term->language);
  g_free (term->datatype);
  g_free (term);
}

static Term *
new_term (Expansion  *x,
          TermKind    kind,
          char       *text,
          const char *language,
          const char *datatype)
{
  Term *term = g_new0 (Term, 1);

  term->kind = kind;
  term->text = text;
  term->language = g_strdup (language);
  term->datatype = g_strdup (datatype);
  g_ptr_array_add (x->terms, term);

  return term;
}

/* @value as an absolute IRI: a compact IRI whose prefix the context defines, or an IRI with a
 * scheme of its own; NULL with @error set otherwise. */
static char *
expand_iri (Expansion   *x,
            const char  *value,
            const char  *where,
            GError     **error)
{
  const char *colon = strchr (value, ':');
  g_autofree char *prefix = NULL;

  if (colon == NULL || colon == value)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: \"%s\" is neither a compact IRI nor an absolute IRI"), where, value);
      return NULL;
    }
  prefix = g_strndup (value, colon - value);
  if (!g_str_has_prefix (colon, "://") && json_object_has_member (x->context, prefix))
    {
      const char *base = json_object_get_string_member_with_default (x->context, prefix, NULL);

      if (base == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s: the prefix \"%s\" is not defined as an IRI"), where, prefix);
          return NULL;
        }
      return g_strconcat (base, colon + 1, NULL);
    }

  return g_strdup (value);
}

static void
add_triple (Expansion *x,
            Term      *subject,
            Term      *predicate,
            Term      *object)
{
  Triple triple = { subject, predicate, object };

  g_array_append_val (x->triples, triple);
}

static Term *expand_node (Expansion *x, JsonObject *node, const char *where, GError **error);

/* The term of one value of a property. */
static Term *
expand_value (Expansion   *x,
              JsonNode    *value,
              const char  *where,
              GError     **error)
{
  if (JSON_NODE_HOLDS_VALUE (value))
    {
      GType type = json_node_get_value_type (value);

      if (type == G_TYPE_STRING)
        return new_term (x, TERM_LITERAL, json_node_dup_string (value), NULL, NULL);
      if (type == G_TYPE_BOOLEAN)
        return new_term (x, TERM_LITERAL, g_strdup (json_node_get_boolean (value) ? "true" : "false"),
                         NULL, XSD_NS "boolean");
      if (type == G_TYPE_INT64)
        return new_term (x, TERM_LITERAL, g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value)),
                         NULL, XSD_NS "integer");
    }
  else if (JSON_NODE_HOLDS_OBJECT (value))
    {
      JsonObject *object = json_node_get_object (value);

      if (json_object_has_member (object, "@value"))
        {
          const char *text = json_object_get_string_member_with_default (object, "@value", NULL);
          const char *language = json_object_get_string_member_with_default (object, "@language", NULL);

          if (text != NULL && json_object_get_size (object) == (language != NULL ? 2u : 1u))
            return new_term (x, TERM_LITERAL, g_strdup (text), language, NULL);
        }
      else
        return expand_node (x, object, where, error);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%s: a value this expansion does not know"), where);

  return NULL;
}

/* Adds the triples of the node object @node, and returns its subject. */
static Term *
expand_node (Expansion   *x,
             JsonObject  *node,
             const char  *where,
             GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (node);
  JsonNode *id = json_object_get_member (node, "@id");
  Term *subject;

  if (id != NULL)
    {
      char *iri;

      if (json_node_get_value_type (id) != G_TYPE_STRING)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: @id is not a string"), where);
          return NULL;
        }
      iri = expand_iri (x, json_node_get_string (id), where, error);
      if (iri == NULL)
        return NULL;
      subject = new_term (x, TERM_IRI, iri, NULL, NULL);
    }
  else
    subject = new_term (x, TERM_BLANK, g_strdup_printf ("b%u", ++x->n_blank), NULL, NULL);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *member = json_object_get_member (node, key);
      g_autofree char *at = g_strdup_printf ("%s.%s", where, key);
      Term *predicate;
      guint n;

      if (g_str_equal (key, "@id"))
        continue;
      if (g_str_equal (key, "@type"))
        predicate = new_term (x, TERM_IRI, g_strdup (RDF_NS "type"), NULL, NULL);
      else if (key[0] == '@')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: a keyword this expansion does not know"), at);
          return NULL;
        }
      else
        {
          char *iri = expand_iri (x, key, at, error);

          if (iri == NULL)
            return NULL;
          predicate = new_term (x, TERM_IRI, iri, NULL, NULL);
        }

      n = JSON_NODE_HOLDS_ARRAY (member) ? json_array_get_length (json_node_get_array (member)) : 1;
      for (guint i = 0; i < n; i++)
        {
          JsonNode *value = JSON_NODE_HOLDS_ARRAY (member) ?
                            json_array_get_element (json_node_get_array (member), i) : member;
          Term *object;

          if (JSON_NODE_HOLDS_NULL (value))
            continue;
          if (g_str_equal (key, "@type"))
            {
              char *iri;

              if (json_node_get_value_type (value) != G_TYPE_STRING)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: a type that is not a string"), at);
                  return NULL;
                }
              iri = expand_iri (x, json_node_get_string (value), at, error);
              if (iri == NULL)
                return NULL;
              object = new_term (x, TERM_IRI, iri, NULL, NULL);
            }
          else
            {
              JsonObject *reference = JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;

              /* A node reference: {"@id": …} alone. */
              if (reference != NULL && json_object_get_size (reference) == 1 &&
                  json_object_has_member (reference, "@id"))
                {
                  char *iri = expand_iri (x, json_object_get_string_member_with_default (reference, "@id", ""),
                                          at, error);

                  if (iri == NULL)
                    return NULL;
                  object = new_term (x, TERM_IRI, iri, NULL, NULL);
                }
              else if ((object = expand_value (x, value, at, error)) == NULL)
                return NULL;
            }
          add_triple (x, subject, predicate, object);
        }
    }

  return subject;
}

/* Writing */

/* Appends <@iri>, with the characters IRIREF cannot hold as UCHAR escapes. */
static void
append_iri (GString    *out,
            const char *iri)
{
  g_string_append_c (out, '<');
  for (const char *p = iri; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c <= 0x20 || strchr ("<>\"{}|^`\\", c) != NULL)
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '>');
}

/* Whether @local can be written after a prefix in Turtle as it is: letters, digits, "_" and
 * "-", not starting with "-". */
static gboolean
is_simple_local (const char *local)
{
  if (*local == '\0' || *local == '-')
    return FALSE;
  for (const char *p = local; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

/* The Turtle prefixes: each name of the context with its IRI, and rdf: and xsd:. */
typedef struct
{
  GPtrArray *names;
  GPtrArray *iris;
} Prefixes;

static void
append_term (GString        *out,
             const Term     *term,
             const Prefixes *prefixes)
{
  switch (term->kind)
    {
    case TERM_BLANK:
      g_string_append_printf (out, "_:%s", term->text);
      return;
    case TERM_LITERAL:
      tool_append_json_string (out, term->text);    /* the same escapes */
      if (term->language != NULL)
        g_string_append_printf (out, "@%s", term->language);
      else if (term->datatype != NULL)
        {
          Term datatype = { TERM_IRI, term->datatype, NULL, NULL };

          g_string_append (out, "^^");
          append_term (out, &datatype, prefixes);
        }
      return;
    case TERM_IRI:
    default:
      if (prefixes != NULL)
        {
          /* The longest prefix whose IRI starts this one and leaves a simple local name. */
          guint best = G_MAXUINT;

          for (guint i = 0; i < prefixes->iris->len; i++)
            {
              const char *iri = prefixes->iris->pdata[i];

              if (g_str_has_prefix (term->text, iri) && is_simple_local (term->text + strlen (iri)) &&
                  (best == G_MAXUINT || strlen (iri) > strlen (prefixes->iris->pdata[best])))
                best = i;
            }
          if (best != G_MAXUINT)
            {
              g_string_append_printf (out, "%s:%s", (const char *) prefixes->names->pdata[best],
                                      term->text + strlen (prefixes->iris->pdata[best]));
              return;
            }
        }
      append_iri (out, term->text);
    }
}

/* Drops the triples that repeat an earlier one (the same subject, predicate and object): an
 * RDF graph is a set, and the JSON-LD may state a fact twice (two relations of the same kind
 * between the same two entities give the same org:memberOf). */
static void
drop_repeats (Expansion *x)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint kept = 0;

  for (guint i = 0; i < x->triples->len; i++)
    {
      Triple triple = g_array_index (x->triples, Triple, i);
      GString *key = g_string_new (NULL);

      append_term (key, triple.subject, NULL);
      g_string_append_c (key, ' ');
      append_term (key, triple.predicate, NULL);
      g_string_append_c (key, ' ');
      append_term (key, triple.object, NULL);
      if (g_hash_table_add (seen, g_string_free (key, FALSE)))
        g_array_index (x->triples, Triple, kept++) = triple;
    }
  g_array_set_size (x->triples, kept);
}

static void
write_ntriples (const Expansion *x,
                GString         *out)
{
  for (guint i = 0; i < x->triples->len; i++)
    {
      const Triple *triple = &g_array_index (x->triples, Triple, i);

      append_term (out, triple->subject, NULL);
      g_string_append_c (out, ' ');
      append_term (out, triple->predicate, NULL);
      g_string_append_c (out, ' ');
      append_term (out, triple->object, NULL);
      g_string_append (out, " .\n");
    }
}

static void
write_turtle (const Expansion *x,
              GString         *out)
{
  Prefixes prefixes = { g_ptr_array_new (), g_ptr_array_new () };
  g_autoptr(GList) names = json_object_get_members (x->context);
  /* The triples of each subject, in the order subjects first appear. */
  g_autoptr(GHashTable) by_subject = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_ptr_array_add (prefixes.names, (gpointer) "rdf");
  g_ptr_array_add (prefixes.iris, (gpointer) RDF_NS);
  g_ptr_array_add (prefixes.names, (gpointer) "xsd");
  g_ptr_array_add (prefixes.iris, (gpointer) XSD_NS);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *iri = json_object_get_string_member_with_default (x->context, l->data, NULL);

      if (iri != NULL && !g_str_equal (l->data, "rdf") && !g_str_equal (l->data, "xsd"))
        {
          g_ptr_array_add (prefixes.names, l->data);
          g_ptr_array_add (prefixes.iris, (gpointer) iri);
        }
    }
  for (guint i = 0; i < prefixes.names->len; i++)
    {
      g_string_append_printf (out, "@prefix %s: ", (const char *) prefixes.names->pdata[i]);
      append_iri (out, prefixes.iris->pdata[i]);
      g_string_append (out, " .\n");
    }

  /* Subjects are grouped by their text: an IRI or a blank node's label, which never look alike
   * (a label has no colon). */
  for (guint i = 0; i < x->triples->len; i++)
    {
      const Triple *triple = &g_array_index (x->triples, Triple, i);
      const char *key = g_hash_table_lookup (seen, triple->subject->text);
      GPtrArray *list;

      if (key == NULL)
        {
          g_hash_table_insert (seen, triple->subject->text, triple->subject->text);
          g_hash_table_insert (by_subject, triple->subject->text, g_ptr_array_new ());
          g_ptr_array_add (subjects, triple->subject);
        }
      list = g_hash_table_lookup (by_subject, triple->subject->text);
      g_ptr_array_add (list, (gpointer) triple);
    }
  for (guint s = 0; s < subjects->len; s++)
    {
      const Term *subject = subjects->pdata[s];
      GPtrArray *list = g_hash_table_lookup (by_subject, subject->text);

      g_string_append_c (out, '\n');
      append_term (out, subject, &prefixes);
      for (guint i = 0; i < list->len; i++)
        {
          const Triple *triple = list->pdata[i];

          g_string_append (out, i == 0 ? " " : " ;\n    ");
          if (g_str_equal (triple->predicate->text, RDF_NS "type"))
            g_string_append_c (out, 'a');
          else
            append_term (out, triple->predicate, &prefixes);
          g_string_append_c (out, ' ');
          append_term (out, triple->object, &prefixes);
        }
      g_string_append (out, " .\n");
    }

  g_ptr_array_unref (prefixes.names);
  g_ptr_array_unref (prefixes.iris);
}

gboolean
tool_export_rdf (const GString  *json_ld,
                 gboolean        turtle,
                 GString        *out,
                 GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  Expansion x = { NULL, NULL, NULL, 0 };
  JsonObject *root;
  JsonArray *graph;
  gboolean ok = TRUE;

  if (!json_parser_load_from_data (parser, json_ld->str, json_ld->len, error))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));
  x.context = json_object_get_object_member (root, "@context");
  graph = json_object_get_array_member (root, "@graph");
  x.terms = g_ptr_array_new_with_free_func (term_free);
  x.triples = g_array_new (FALSE, FALSE, sizeof (Triple));

  for (guint i = 0; ok && i < json_array_get_length (graph); i++)
    {
      g_autofree char *where = g_strdup_printf ("$[\"@graph\"][%u]", i);

      ok = expand_node (&x, json_array_get_object_element (graph, i), where, error) != NULL;
    }
  if (ok)
    drop_repeats (&x);
  if (ok && turtle)
    write_turtle (&x, out);
  else if (ok)
    write_ntriples (&x, out);

  g_array_unref (x.triples);
  g_ptr_array_unref (x.terms);

  return ok;
}
