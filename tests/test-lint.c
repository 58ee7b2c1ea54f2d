/* test-lint.c: the shipped dataset is complete, consistent and traceable
 *
 * Every record cites at least one sentence; every quote stands verbatim in the stored source
 * text, which was read on a known day; every sentence of the page is quoted; ids are unique; every reference resolves within
 * the registry; no entity stands alone. All of it is read through the library's API.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

static CcbnetRegistry *registry;

/* The stored text of a source document, from the project's data directory. */
static char *
document_text (CcbnetDocument *document)
{
  g_autofree char *path = NULL;
  char *text = NULL;

  g_assert_nonnull (ccbnet_document_get_file (document));
  path = g_build_filename (g_getenv ("CCBNET_DATA_DIR"), ccbnet_document_get_file (document), NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  return text;
}

static void
check_citations (GPtrArray  *citations,
                 const char *owner,
                 GHashTable *texts,
                 GHashTable *quoted)
{
  g_assert_cmpuint (citations->len, >=, 1);
  for (guint i = 0; i < citations->len; i++)
    {
      CcbnetCitation *citation = citations->pdata[i];
      CcbnetDocument *document = ccbnet_citation_get_document (citation);
      const char *quote = ccbnet_citation_get_quote (citation);
      const char *text = g_hash_table_lookup (texts, document);

      g_assert_cmpstr (quote, !=, "");
      /* Quotes cite the primary page or a later source the project stores, read on a known
       * day. */
      g_assert_nonnull (ccbnet_document_get_retrieved (document));
      if (text == NULL)
        {
          text = document_text (document);
          g_hash_table_insert (texts, document, (char *) text);
        }
      if (strstr (text, quote) == NULL)
        g_error ("%s quotes “%s”, which is not in %s", owner, quote, ccbnet_document_get_file (document));
      g_hash_table_add (quoted, (char *) quote);
    }
}

/* The sentences of the primary page, as the lint counts them: each line after the first (the
 * site's banner), split after a full stop that a capital follows, trailing spaces trimmed. */
static GPtrArray *
page_sentences (void)
{
  g_autoptr(CcbnetDocument) primary = ccbnet_registry_lookup_document (registry, "seed-000");
  g_autofree char *page = document_text (primary);
  g_auto(GStrv) lines = g_strsplit (page, "\n", -1);
  g_autoptr(GRegex) boundary = g_regex_new ("(?<=[.])\\s+(?=[A-Z])", 0, 0, NULL);
  g_autoptr(GRegex) trailing = g_regex_new ("[\\s\\x{00A0}]+$", 0, 0, NULL);
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_regex_replace_literal (trailing, lines[i], -1, 0, "", 0, NULL);
      g_auto(GStrv) parts = NULL;

      if (*line == '\0')
        continue;
      parts = g_regex_split (boundary, line, 0);
      for (guint j = 0; parts[j] != NULL; j++)
        g_ptr_array_add (sentences, g_strdup (parts[j]));
    }

  return sentences;
}

static void
test_sources (void)
{
  g_autoptr(GHashTable) texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) quoted = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  GListModel *sections = ccbnet_registry_get_sections (registry);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);
      GPtrArray *names = ccbnet_entity_get_other_names (entity);

      check_citations (ccbnet_entity_get_sources (entity), ccbnet_entity_get_id (entity), texts, quoted);
      /* A name not from the page says where it comes from. */
      if (ccbnet_entity_get_name_source (entity) != NULL)
        g_assert_cmpint (ccbnet_document_get_kind (ccbnet_entity_get_name_source (entity)), ==,
                         CCBNET_DOCUMENT_KIND_EXTERNAL);
      for (guint j = 0; j < names->len; j++)
        {
          CcbnetName *name = names->pdata[j];

          if (ccbnet_name_get_source (name) == NULL)
            {
              /* A name without a source is the page's own: it stands on the page, where " ... "
               * marks words left out. */
              g_autoptr(CcbnetDocument) primary = ccbnet_registry_lookup_document (registry, "seed-000");
              g_autofree char *page = document_text (primary);
              g_auto(GStrv) pieces = g_strsplit (ccbnet_name_get_text (name), " ... ", -1);
              const char *at = page;

              for (guint k = 0; pieces[k] != NULL && at != NULL; k++)
                {
                  at = strstr (at, pieces[k]);
                  if (at != NULL)
                    at += strlen (pieces[k]);
                }
              if (at == NULL)
                g_error ("%s: other name “%s” has no source and is not on the page",
                         ccbnet_entity_get_id (entity), ccbnet_name_get_text (name));
            }
          else
            {
              /* A name from a document the project stores stands in its text, as written. */
              CcbnetDocument *source = ccbnet_name_get_source (name);

              g_assert_true (ccbnet_name_is_external (name));
              if (ccbnet_document_get_file (source) != NULL)
                {
                  g_autofree char *text = document_text (source);

                  if (strstr (text, ccbnet_name_get_text (name)) == NULL)
                    g_error ("%s: other name “%s” is not in %s", ccbnet_entity_get_id (entity),
                             ccbnet_name_get_text (name), ccbnet_document_get_file (source));
                }
            }
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);

      check_citations (ccbnet_relation_get_sources (relation), ccbnet_relation_get_id (relation), texts, quoted);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(CcbnetSection) section = g_list_model_get_item (sections, i);
      g_auto(GStrv) languages = ccbnet_section_dup_languages (section);

      check_citations (ccbnet_section_get_sources (section), ccbnet_section_get_id (section), texts, quoted);
      /* Each heading is itself quoted. */
      for (guint j = 0; languages[j] != NULL; j++)
        g_assert_true (g_hash_table_contains (quoted, ccbnet_section_get_heading (section, languages[j])));
    }

  /* Every sentence of the page is quoted by at least one record. */
  {
    g_autoptr(GPtrArray) sentences = page_sentences ();

    for (guint i = 0; i < sentences->len; i++)
      {
        GHashTableIter iter;
        gpointer quote;
        gboolean covered = FALSE;

        g_hash_table_iter_init (&iter, quoted);
        while (!covered && g_hash_table_iter_next (&iter, &quote, NULL))
          covered = strstr (quote, sentences->pdata[i]) != NULL;
        if (!covered)
          g_error ("no record quotes “%s”", (char *) sentences->pdata[i]);
      }
    /* 31 sentences and 10 headings. */
    g_assert_cmpuint (sentences->len, ==, 41);
  }
}

static void
add_id (GHashTable *ids,
        const char *id)
{
  if (!g_hash_table_add (ids, g_strdup (id)))
    g_error ("id “%s” is used twice", id);
}

static void
test_ids_unique (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *lists[] = {
    ccbnet_registry_get_documents (registry),
    ccbnet_registry_get_sections (registry),
    ccbnet_registry_get_entities (registry),
    ccbnet_registry_get_relations (registry),
  };
  guint total = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *id = NULL;

        g_object_get (item, "id", &id, NULL);
        add_id (ids, id);
        total++;
      }
  g_assert_cmpuint (g_hash_table_size (ids), ==, total);
}

/* Every entity a relation names is the registry's own, and every entity is named by one. */
static void
test_references (void)
{
  GListModel *entities = ccbnet_registry_get_entities (registry);
  GListModel *relations = ccbnet_registry_get_relations (registry);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      CcbnetEntity *named[] = {
        ccbnet_relation_get_subject (relation),
        ccbnet_relation_get_object (relation),
        ccbnet_relation_get_on_behalf_of (relation),
        ccbnet_relation_get_via (relation),
        ccbnet_relation_get_context (relation),
        ccbnet_relation_get_capacity (relation),
        ccbnet_relation_get_legal_basis (relation),
        ccbnet_relation_get_framework (relation),
        ccbnet_relation_get_condition_ref (relation),
      };
      GPtrArray *co_actors = ccbnet_relation_get_co_actors (relation);
      g_autoptr(CcbnetSection) section = ccbnet_registry_lookup_section (registry,
                                                                        ccbnet_section_get_id (ccbnet_relation_get_section (relation)));

      g_assert_true (section == ccbnet_relation_get_section (relation));
      for (guint j = 0; j < G_N_ELEMENTS (named); j++)
        if (named[j] != NULL)
          {
            g_autoptr(CcbnetEntity) same = ccbnet_registry_lookup (registry, ccbnet_entity_get_id (named[j]));

            g_assert_true (same == named[j]);
            g_hash_table_add (used, named[j]);
          }
      for (guint j = 0; j < co_actors->len; j++)
        g_hash_table_add (used, co_actors->pdata[j]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, i);

      if (!g_hash_table_contains (used, entity))
        g_error ("entity “%s” is in no relation", ccbnet_entity_get_id (entity));
    }
}

/* The extraction's relation-kind counts (docs/dataset-format.md, the design's §4.5). */
static void
test_kind_counts (void)
{
  static const struct { CcbnetRelationKind kind; guint count; } expected[] = {
    { CCBNET_RELATION_KIND_PART_OF, 16 },
    { CCBNET_RELATION_KIND_PARTICIPATES_IN, 19 },   /* 15 on the page, r093-r096 later */
    { CCBNET_RELATION_KIND_REPRESENTS_IN, 17 },   /* 14 on the page, r090, r091 and r097 later */
    { CCBNET_RELATION_KIND_INFORMS, 6 },
    { CCBNET_RELATION_KIND_AFFILIATED_WITH, 4 },
    { CCBNET_RELATION_KIND_PROVIDES_EXPERTISE_TO, 4 },
    { CCBNET_RELATION_KIND_DEVELOPS_POSITIONS_FOR, 4 },  /* r023 and r092: one per channel named */
    { CCBNET_RELATION_KIND_APPLIES_TO_JURISDICTION, 3 },
    { CCBNET_RELATION_KIND_LOCATED_IN, 2 },
    { CCBNET_RELATION_KIND_PUBLISHES, 2 },
    { CCBNET_RELATION_KIND_ORGANISES, 2 },
    { CCBNET_RELATION_KIND_DESIGNATED_AS, 2 },
    { CCBNET_RELATION_KIND_MEMBER_OF, 2 },
    { CCBNET_RELATION_KIND_UNIT_OF, 1 },
    { CCBNET_RELATION_KIND_POINT_OF_CONTACT_FOR, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CcbnetQuery) query = ccbnet_query_new ();
      g_autoptr(GListModel) result = NULL;

      ccbnet_query_set_kind (query, expected[i].kind);
      result = ccbnet_registry_query (registry, query);
      g_assert_cmpuint (g_list_model_get_n_items (result), ==, expected[i].count);
    }
}

/* The page's names of an entity: its name, short name and the English other names the page
 * gives (those without a source). */
static GPtrArray *
page_names (CcbnetEntity *entity)
{
  GPtrArray *names = g_ptr_array_new ();
  GPtrArray *others = ccbnet_entity_get_other_names (entity);

  g_ptr_array_add (names, (gpointer) ccbnet_entity_get_name (entity));
  if (ccbnet_entity_get_short_name (entity) != NULL)
    g_ptr_array_add (names, (gpointer) ccbnet_entity_get_short_name (entity));
  for (guint i = 0; i < others->len; i++)
    if (ccbnet_name_get_source (others->pdata[i]) == NULL &&
        g_str_equal (ccbnet_name_get_language (others->pdata[i]), "en"))
      g_ptr_array_add (names, (gpointer) ccbnet_name_get_text (others->pdata[i]));

  return names;
}

/* Where @name stands in @sentence as words of its own (not inside a longer word or a
 * slash-joined label such as "CCB/CERT"), from @from on; -1 if nowhere. */
static gssize
find_words (const char *sentence,
            const char *name,
            gsize       from)
{
  gsize len = strlen (name);

  for (const char *at = strstr (sentence + from, name); at != NULL; at = strstr (at + 1, name))
    {
      gboolean before = at == sentence || !(g_ascii_isalnum (at[-1]) || at[-1] == '/');
      gboolean after = !(g_ascii_isalnum (at[len]) || at[len] == '/');

      if (before && after)
        return at - sentence;
    }

  return -1;
}

/* A record cites every sentence of the page that names it (docs/dataset-format.md, "More
 * citations"), by any of its page names; a name that stands only inside a longer name of
 * another entity ("QCTR" in "QCTR events", "CSIRT" in "EU CSIRT network", "Belgium" in "Cyber
 * Security Coalition Belgium") names that other entity. */
static void
test_every_naming_sentence_cited (void)
{
  g_autoptr(GPtrArray) sentences = page_sentences ();
  GListModel *entities = ccbnet_registry_get_entities (registry);
  guint n = g_list_model_get_n_items (entities);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint missing = 0;

  for (guint e = 0; e < n; e++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, e);

      g_ptr_array_add (all, page_names (entity));
    }

  for (guint e = 0; e < n; e++)
    {
      g_autoptr(CcbnetEntity) entity = g_list_model_get_item (entities, e);
      GPtrArray *sources = ccbnet_entity_get_sources (entity);
      GPtrArray *names = all->pdata[e];

      for (guint s = 0; s < sentences->len; s++)
        {
          const char *sentence = sentences->pdata[s];
          gboolean named = FALSE, cited = FALSE;

          for (guint k = 0; k < names->len && !named; k++)
            for (gssize at = find_words (sentence, names->pdata[k], 0); at >= 0 && !named;
                 at = find_words (sentence, names->pdata[k], at + 1))
              {
                gsize end = at + strlen (names->pdata[k]);
                gboolean inside = FALSE;

                for (guint o = 0; o < n && !inside; o++)
                  {
                    GPtrArray *other = all->pdata[o];

                    for (guint m = 0; o != e && m < other->len && !inside; m++)
                      for (gssize oat = find_words (sentence, other->pdata[m], 0); oat >= 0 && !inside;
                           oat = find_words (sentence, other->pdata[m], oat + 1))
                        inside = strlen (other->pdata[m]) > strlen (names->pdata[k]) &&
                                 (gsize) oat <= (gsize) at && end <= oat + strlen (other->pdata[m]);
                  }
                named = !inside;
              }
          for (guint c = 0; named && c < sources->len && !cited; c++)
            cited = strstr (ccbnet_citation_get_quote (sources->pdata[c]), sentence) != NULL;
          if (named && !cited)
            {
              g_test_message ("%s is named in, but does not cite: “%s”", ccbnet_entity_get_id (entity), sentence);
              missing++;
            }
        }
    }
  g_assert_cmpuint (missing, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  registry = ccbnet_registry_get_default ();

  g_test_add_func ("/lint/sources", test_sources);
  g_test_add_func ("/lint/ids-unique", test_ids_unique);
  g_test_add_func ("/lint/references", test_references);
  g_test_add_func ("/lint/kind-counts", test_kind_counts);
  g_test_add_func ("/lint/every-naming-sentence-cited", test_every_naming_sentence_cited);

  return g_test_run ();
}
