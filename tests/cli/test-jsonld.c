/* test-jsonld.c: `ccbnet export --format json-ld` is JSON-LD that linked-data tools can load
 *
 * Parses the export with json-glib and checks: an @context that maps "org" to the W3C
 * Organization Ontology namespace and defines every prefix the document uses; an @graph with
 * one node per entity (and per relation, section and source), each @id once; references that
 * resolve to nodes of the graph; and the ORG terms the mapping promises.
 *
 * The program to run is $CCBNET_TOOL; the source tree is $CCBNET_SOURCE_ROOT.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>
#include <ccbnet/ccbnet.h>

#define ORG_NS "http://www.w3.org/ns/org#"

static char *
run_tool (const char * const *args)
{
  const char *tool = g_getenv ("CCBNET_TOOL");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_nonnull (tool);
  g_strv_builder_add (builder, tool);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  envp = g_environ_unsetenv (envp, "CCBNET_DATASET");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", tool, error->message, err);

  return out;
}

typedef struct
{
  JsonObject *context;
  GHashTable *ids;         /* @id → JsonObject of the node */
  GHashTable *types;       /* every @type value seen */
  GHashTable *properties;  /* every member name seen */
  GPtrArray  *references;  /* every {"@id": …} value inside a node */
} Graph;

static void
graph_clear (Graph *graph)
{
  g_clear_pointer (&graph->ids, g_hash_table_unref);
  g_clear_pointer (&graph->types, g_hash_table_unref);
  g_clear_pointer (&graph->properties, g_hash_table_unref);
  g_clear_pointer (&graph->references, g_ptr_array_unref);
}

/* Checks that a compact IRI "prefix:rest" uses a prefix of the context. */
static void
check_prefix (Graph      *graph,
              const char *iri)
{
  const char *colon = strchr (iri, ':');
  g_autofree char *prefix = NULL;

  g_assert_nonnull (colon);
  prefix = g_strndup (iri, colon - iri);
  if (g_str_equal (prefix, "http") || g_str_equal (prefix, "https") || g_str_equal (prefix, "urn"))
    return;
  if (!json_object_has_member (graph->context, prefix))
    g_test_fail_printf ("\"%s\" uses the prefix \"%s\", which the @context does not define", iri,
                        prefix);
}

static void
collect_references (Graph    *graph,
                    JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_references (graph, json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "@id") && json_object_get_size (object) == 1)
        g_ptr_array_add (graph->references,
                         (gpointer) json_object_get_string_member (object, "@id"));
      for (GList *l = members; l != NULL; l = l->next)
        {
          if (!g_str_has_prefix (l->data, "@"))
            check_prefix (graph, l->data);
          collect_references (graph, json_object_get_member (object, l->data));
        }
    }
}

static void
read_graph (Graph      *graph,
            JsonParser *parser)
{
  JsonNode *root = json_parser_get_root (parser);
  JsonObject *document;
  JsonArray *nodes;

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  document = json_node_get_object (root);
  g_assert_true (json_object_has_member (document, "@context"));
  graph->context = json_object_get_object_member (document, "@context");
  g_assert_nonnull (graph->context);
  g_assert_cmpstr (json_object_get_string_member (graph->context, "org"), ==, ORG_NS);

  /* JSON-LD 1.1 uses a term as a prefix only if its IRI ends with a gen-delim. */
  {
    g_autoptr(GList) members = json_object_get_members (graph->context);

    for (GList *l = members; l != NULL; l = l->next)
      {
        const char *iri = json_object_get_string_member (graph->context, l->data);

        g_assert_nonnull (iri);
        g_assert_nonnull (strchr (":/?#[]@", iri[strlen (iri) - 1]));
      }
  }

  nodes = json_object_get_array_member (document, "@graph");
  g_assert_nonnull (nodes);

  graph->ids = g_hash_table_new (g_str_hash, g_str_equal);
  graph->types = g_hash_table_new (g_str_hash, g_str_equal);
  graph->properties = g_hash_table_new (g_str_hash, g_str_equal);
  graph->references = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *node = json_array_get_object_element (nodes, i);
      JsonNode *type;
      const char *id;
      g_autoptr(GList) members = NULL;

      g_assert_nonnull (node);
      id = json_object_get_string_member (node, "@id");
      g_assert_nonnull (id);
      check_prefix (graph, id);
      if (g_hash_table_contains (graph->ids, id))
        g_test_fail_printf ("the @id %s is given to two nodes", id);
      g_hash_table_insert (graph->ids, (gpointer) id, node);

      type = json_object_get_member (node, "@type");
      g_assert_nonnull (type);
      if (JSON_NODE_HOLDS_ARRAY (type))
        {
          JsonArray *types = json_node_get_array (type);

          for (guint t = 0; t < json_array_get_length (types); t++)
            g_hash_table_add (graph->types, (gpointer) json_array_get_string_element (types, t));
        }
      else
        g_hash_table_add (graph->types, (gpointer) json_node_get_string (type));

      members = json_object_get_members (node);
      for (GList *l = members; l != NULL; l = l->next)
        {
          g_hash_table_add (graph->properties, l->data);
          if (!g_str_has_prefix (l->data, "@"))
            collect_references (graph, json_object_get_member (node, l->data));
        }
    }

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, graph->types);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      check_prefix (graph, key);
  }
}

/* One node per record of @registry, with the record's id, and nothing else in the graph. */
static void
check_records (Graph          *graph,
               CcbnetRegistry *registry)
{
  struct {
    const char  *prefix;
    GListModel  *model;
  } listings[] = {
    { "src:", ccbnet_registry_get_documents (registry) },
    { "sec:", ccbnet_registry_get_sections (registry) },
    { "ent:", ccbnet_registry_get_entities (registry) },
    { "rel:", ccbnet_registry_get_relations (registry) },
  };
  guint expected = 0;

  for (guint l = 0; l < G_N_ELEMENTS (listings); l++)
    {
      guint n = g_list_model_get_n_items (listings[l].model);

      expected += n;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (listings[l].model, i);
          g_autofree char *id = NULL;
          g_autofree char *iri = NULL;
          JsonObject *node;

          g_object_get (record, "id", &id, NULL);
          iri = g_strconcat (listings[l].prefix, id, NULL);
          node = g_hash_table_lookup (graph->ids, iri);
          if (node == NULL)
            {
              g_test_fail_printf ("no node for %s", iri);
              continue;
            }
          g_assert_cmpstr (json_object_get_string_member (node, "ccbnet:id"), ==, id);
        }
    }
  g_assert_cmpuint (g_hash_table_size (graph->ids), ==, expected);

  for (guint i = 0; i < graph->references->len; i++)
    {
      const char *reference = graph->references->pdata[i];

      /* Classifications and web pages are not records of the graph. */
      if (g_str_has_prefix (reference, "cls:") || g_str_has_prefix (reference, "http"))
        continue;
      if (!g_hash_table_contains (graph->ids, reference))
        g_test_fail_printf ("the reference %s names no node of the graph", reference);
    }
}

static void
check_export (CcbnetRegistry      *registry,
              const char * const  *args,
              const char * const  *types,
              const char * const  *properties)
{
  g_autofree char *text = run_tool (args);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Graph graph = { NULL, };

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  read_graph (&graph, parser);
  check_records (&graph, registry);
  for (guint i = 0; types[i] != NULL; i++)
    if (!g_hash_table_contains (graph.types, types[i]))
      g_test_fail_printf ("no node is of type %s", types[i]);
  for (guint i = 0; properties[i] != NULL; i++)
    if (!g_hash_table_contains (graph.properties, properties[i]))
      g_test_fail_printf ("no node has %s", properties[i]);

  graph_clear (&graph);
}

static void
test_shipped (void)
{
  const char *args[] = { "export", "--format", "json-ld", NULL };
  const char *types[] = {
    "org:Organization", "org:FormalOrganization", "org:OrganizationalUnit",
    "org:OrganizationalCollaboration", "org:Membership", "org:Post", "org:Role",
    "foaf:Group", "foaf:Document", "schema:Legislation", "ccbnet:Relation", NULL
  };
  const char *properties[] = {
    "org:memberOf", "org:subOrganizationOf", "org:unitOf", "org:postIn", "dct:relation",
    "org:member", "org:organization", "org:role", "org:classification", "org:purpose",
    "skos:prefLabel", "skos:altLabel", "ccbnet:citation", NULL
  };

  check_export (ccbnet_registry_get_default (), args, types, properties);
}

static void
test_minimal (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CCBNET_SOURCE_ROOT"), "tests", "data",
                                            "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CcbnetRegistry) registry = ccbnet_registry_new ();
  g_autoptr(GError) error = NULL;
  const char *args[] = { "export", "--format", "json-ld", "--data", path, NULL };
  const char *types[] = { "org:Organization", "org:Post", "org:Membership", NULL };
  const char *properties[] = { "org:unitOf", "org:postIn", "org:memberOf", NULL };

  ccbnet_registry_load_from_file (registry, file, NULL, &error);
  g_assert_no_error (error);
  check_export (registry, args, types, properties);
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("CCBNET_DATASET");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("CCBNET_TOOL") == NULL || g_getenv ("CCBNET_SOURCE_ROOT") == NULL)
    g_error ("set CCBNET_TOOL and CCBNET_SOURCE_ROOT");

  g_test_add_func ("/cli/export/json-ld/shipped", test_shipped);
  g_test_add_func ("/cli/export/json-ld/minimal", test_minimal);

  return g_test_run ();
}
