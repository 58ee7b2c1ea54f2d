/* test-walks.c: ccbnet_registry_find_paths () and ccbnet_registry_query_neighbourhood ()
 *
 * Both are checked against an oracle written here from the public API alone: a breadth-first
 * search over the registry's relation list (no index), with the linking rule of
 * CcbnetPathFlags. On the shipped dataset, every pair of entities (paths) and every entity at
 * depths 1 to 3 (neighbourhoods) must agree with it, with and without qualifiers and with a
 * query that keeps one kind; and the examples hold: Belgium reaches NATO in four
 * relations, or in one (r078) through qualifiers.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "test-utils.h"

/* The oracle */

typedef struct
{
  GPtrArray  *entities;    /* every entity, in dataset order */
  GPtrArray  *relations;   /* the relations a walk may take */
  GHashTable *index;       /* entity → its position in @entities */
  gboolean    qualifiers;
  GArray    **linked;      /* per relation: the positions of the entities it links */
} Oracle;

static gboolean links (const Oracle *o, CcbnetRelation *relation, CcbnetEntity *entity);

static void
oracle_init (Oracle          *o,
             CcbnetRegistry  *registry,
             CcbnetQuery     *query,
             CcbnetPathFlags  flags)
{
  GListModel *entities = ccbnet_registry_get_entities (registry);
  g_autoptr(GListModel) relations = NULL;

  o->entities = g_ptr_array_new_with_free_func (g_object_unref);
  o->relations = g_ptr_array_new_with_free_func (g_object_unref);
  o->index = g_hash_table_new (NULL, NULL);
  o->qualifiers = (flags & CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS) != 0;
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_ptr_array_add (o->entities, g_list_model_get_item (entities, i));
      g_hash_table_insert (o->index, o->entities->pdata[i], GUINT_TO_POINTER (i));
    }
  if (query != NULL)
    relations = ccbnet_registry_query (registry, query);
  else
    relations = g_object_ref (ccbnet_registry_get_relations (registry));
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    g_ptr_array_add (o->relations, g_list_model_get_item (relations, i));
  o->linked = g_new0 (GArray *, o->relations->len);
  for (guint r = 0; r < o->relations->len; r++)
    {
      o->linked[r] = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint e = 0; e < o->entities->len; e++)
        if (links (o, o->relations->pdata[r], o->entities->pdata[e]))
          g_array_append_val (o->linked[r], e);
    }
}

static void
oracle_clear (Oracle *o)
{
  for (guint r = 0; r < o->relations->len; r++)
    g_array_unref (o->linked[r]);
  g_free (o->linked);
  g_ptr_array_unref (o->entities);
  g_ptr_array_unref (o->relations);
  g_hash_table_unref (o->index);
}

/* Whether @relation links @entity, by the rule of the flags. */
static gboolean
links (const Oracle   *o,
       CcbnetRelation *relation,
       CcbnetEntity   *entity)
{
  return ccbnet_relation_get_subject (relation) == entity ||
         ccbnet_relation_get_object (relation) == entity ||
         (o->qualifiers && (ccbnet_relation_get_on_behalf_of (relation) == entity ||
                            ccbnet_relation_get_via (relation) == entity ||
                            ccbnet_relation_get_context (relation) == entity));
}

#define LINKED(o, r, k) g_array_index ((o)->linked[r], guint, k)

/* The distance of every entity from @start (G_MAXUINT: unreached), by rounds: an entity is at
 * d + 1 when an allowed relation links it to one at d. */
static guint *
oracle_distances (const Oracle *o,
                  CcbnetEntity *start)
{
  guint n = o->entities->len;
  guint *dist = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    dist[i] = G_MAXUINT;
  dist[GPOINTER_TO_UINT (g_hash_table_lookup (o->index, start))] = 0;
  for (guint d = 0; ; d++)
    {
      gboolean grew = FALSE;

      for (guint r = 0; r < o->relations->len; r++)
        {
          gboolean from_d = FALSE;

          for (guint k = 0; k < o->linked[r]->len; k++)
            from_d |= dist[LINKED (o, r, k)] == d;
          if (!from_d)
            continue;
          for (guint k = 0; k < o->linked[r]->len; k++)
            if (dist[LINKED (o, r, k)] == G_MAXUINT)
              {
                dist[LINKED (o, r, k)] = d + 1;
                grew = TRUE;
              }
        }
      if (!grew)
        return dist;
    }
}

static guint
distance_of (const Oracle *o,
             const guint  *dist,
             CcbnetEntity *entity)
{
  return dist[GPOINTER_TO_UINT (g_hash_table_lookup (o->index, entity))];
}

/* Checks that @paths are walks from @from to @to of the oracle's shortest length, each step a
 * relation the oracle allows that links the entities before and after it, all different. */
static void
check_paths (const Oracle *o,
             GListModel   *paths,
             CcbnetEntity *from,
             CcbnetEntity *to,
             const guint  *dist)
{
  guint length = distance_of (o, dist, to);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (length == G_MAXUINT)
    {
      g_assert_null (paths);
      return;
    }
  g_assert_nonnull (paths);
  g_assert_cmpuint (g_list_model_get_n_items (paths), >=, 1);
  for (guint p = 0; p < g_list_model_get_n_items (paths); p++)
    {
      g_autoptr(GListModel) path = g_list_model_get_item (paths, p);
      g_autoptr(GString) key = g_string_new (NULL);
      guint n = g_list_model_get_n_items (path);

      g_assert_cmpuint (n, ==, 2 * length + 1);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (path, i);

          g_string_append_printf (key, "%s ", test_record_id (item));
          if (i % 2 == 0)
            {
              g_assert_true (CCBNET_IS_ENTITY (item));
              /* Each entity is one step further out: a shortest walk. */
              g_assert_cmpuint (distance_of (o, dist, CCBNET_ENTITY (item)), ==, i / 2);
            }
          else
            {
              g_autoptr(CcbnetEntity) before = g_list_model_get_item (path, i - 1);
              g_autoptr(CcbnetEntity) after = g_list_model_get_item (path, i + 1);

              g_assert_true (CCBNET_IS_RELATION (item));
              g_assert_true (g_ptr_array_find (o->relations, item, NULL));
              g_assert_true (links (o, CCBNET_RELATION (item), before));
              g_assert_true (links (o, CCBNET_RELATION (item), after));
            }
        }
      {
        g_autoptr(GObject) first = g_list_model_get_item (path, 0);
        g_autoptr(GObject) last = g_list_model_get_item (path, n - 1);

        g_assert_true (first == G_OBJECT (from));
        g_assert_true (last == G_OBJECT (to));
      }
      g_assert_true (g_hash_table_add (seen, g_string_free (g_steal_pointer (&key), FALSE)));
    }
}

/* The number of shortest walks from the oracle's start to each entity (capped at @cap): a walk
 * reaches an entity at d through a relation linking it to one at d - 1. */
static guint *
oracle_count_walks (const Oracle *o,
                    const guint  *dist,
                    guint         cap)
{
  guint n = o->entities->len;
  guint *count = g_new0 (guint, n);
  guint longest = 0;

  for (guint e = 0; e < n; e++)
    {
      if (dist[e] == 0)
        count[e] = 1;
      if (dist[e] != G_MAXUINT)
        longest = MAX (longest, dist[e]);
    }
  for (guint d = 1; d <= longest; d++)
    for (guint r = 0; r < o->relations->len; r++)
      for (guint k = 0; k < o->linked[r]->len; k++)
        if (dist[LINKED (o, r, k)] == d)
          for (guint j = 0; j < o->linked[r]->len; j++)
            if (dist[LINKED (o, r, j)] == d - 1)
              count[LINKED (o, r, k)] = MIN (count[LINKED (o, r, k)] + count[LINKED (o, r, j)], cap);

  return count;
}

static void
check_all_pairs (CcbnetRegistry  *registry,
                 CcbnetQuery     *query,
                 CcbnetPathFlags  flags)
{
  Oracle o;
  guint checked = 0, linked = 0;

  oracle_init (&o, registry, query, flags);
  for (guint a = 0; a < o.entities->len; a++)
    {
      g_autofree guint *dist = oracle_distances (&o, o.entities->pdata[a]);
      g_autofree guint *walks = oracle_count_walks (&o, dist, 50);

      for (guint b = 0; b < o.entities->len; b++)
        {
          g_autoptr(GListModel) paths = ccbnet_registry_find_paths (registry, o.entities->pdata[a],
                                                                    o.entities->pdata[b], query,
                                                                    flags, 0, 50);

          check_paths (&o, paths, o.entities->pdata[a], o.entities->pdata[b], dist);
          if (paths != NULL)
            {
              g_assert_cmpuint (g_list_model_get_n_items (paths), ==, walks[b]);
              linked++;
            }
          checked++;
        }
    }
  g_test_message ("%u pairs, %u linked", checked, linked);
  g_assert_cmpuint (linked, >, o.entities->len);
  oracle_clear (&o);
}

static void
test_paths_agree_with_oracle (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetQuery) members = ccbnet_query_new ();

  check_all_pairs (registry, NULL, CCBNET_PATH_FLAGS_NONE);
  check_all_pairs (registry, NULL, CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS);
  ccbnet_query_set_kind (members, CCBNET_RELATION_KIND_PARTICIPATES_IN);
  ccbnet_query_set_include_subkinds (members, TRUE);
  check_all_pairs (registry, members, CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS);
}

static void
test_paths_examples (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) belgium = test_entity (registry, "belgium");
  g_autoptr(CcbnetEntity) nato = test_entity (registry, "nato");
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(GListModel) plain = ccbnet_registry_find_paths (registry, belgium, nato, NULL, CCBNET_PATH_FLAGS_NONE, 0, 1);
  g_autoptr(GListModel) through = ccbnet_registry_find_paths (registry, belgium, nato, NULL,
                                                              CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS, 0, 1);
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) short_walk = NULL;
  g_autoptr(GListModel) limited = NULL;
  g_autoptr(GListModel) same = NULL;
  g_autoptr(GListModel) alone = NULL;
  g_autoptr(GListModel) old = ccbnet_registry_find_path (registry, belgium, nato, 0);

  g_assert_nonnull (plain);
  first = g_list_model_get_item (plain, 0);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, 2 * 4 + 1);
  g_assert_cmpuint (g_list_model_get_n_items (old), ==, 4);

  g_assert_nonnull (through);
  short_walk = g_list_model_get_item (through, 0);
  {
    g_autofree char *ids = test_ids (short_walk);

    g_assert_cmpstr (ids, ==, "belgium,r078,nato");
  }

  /* max_hops: no walk of three relations without qualifiers. */
  limited = ccbnet_registry_find_paths (registry, belgium, nato, NULL, CCBNET_PATH_FLAGS_NONE, 3, 1);
  g_assert_null (limited);

  /* The same entity: one walk, of the entity alone. */
  same = ccbnet_registry_find_paths (registry, ccb, ccb, NULL, CCBNET_PATH_FLAGS_NONE, 0, 5);
  g_assert_cmpuint (g_list_model_get_n_items (same), ==, 1);
  alone = g_list_model_get_item (same, 0);
  g_assert_cmpuint (g_list_model_get_n_items (alone), ==, 1);
}

static void
test_paths_max_paths (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) ccb = test_entity (registry, "ccb");
  g_autoptr(CcbnetEntity) enisa = test_entity (registry, "enisa");
  g_autoptr(GListModel) all = ccbnet_registry_find_paths (registry, ccb, enisa, NULL, CCBNET_PATH_FLAGS_NONE, 0, 100);
  g_autoptr(GListModel) one = ccbnet_registry_find_paths (registry, ccb, enisa, NULL, CCBNET_PATH_FLAGS_NONE, 0, 1);

  g_assert_cmpuint (g_list_model_get_n_items (all), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (one), ==, 1);
  {
    g_autoptr(GListModel) a = g_list_model_get_item (all, 0);
    g_autoptr(GListModel) b = g_list_model_get_item (one, 0);
    g_autofree char *ia = test_ids (a);
    g_autofree char *ib = test_ids (b);

    g_assert_cmpstr (ia, ==, ib);
  }
}

static void
check_neighbourhoods (CcbnetRegistry  *registry,
                      CcbnetQuery     *query,
                      CcbnetPathFlags  flags)
{
  Oracle o;

  oracle_init (&o, registry, query, flags);
  for (guint a = 0; a < o.entities->len; a++)
    {
      g_autofree guint *dist = oracle_distances (&o, o.entities->pdata[a]);

      for (guint depth = 0; depth <= 3; depth++)
        {
          g_autoptr(GListModel) found = ccbnet_registry_query_neighbourhood (registry, o.entities->pdata[a],
                                                                             depth, query, flags);
          g_autoptr(GPtrArray) expected = g_ptr_array_new ();

          /* The oracle: relations linking an entity closer than depth, by distance, then in
           * dataset order. */
          for (guint d = 0; d < depth; d++)
            for (guint r = 0; r < o.relations->len; r++)
              {
                guint nearest = G_MAXUINT;

                for (guint k = 0; k < o.linked[r]->len; k++)
                  nearest = MIN (nearest, dist[LINKED (&o, r, k)]);
                if (nearest == d)
                  g_ptr_array_add (expected, o.relations->pdata[r]);
              }
          g_assert_cmpuint (g_list_model_get_n_items (found), ==, expected->len);
          for (guint i = 0; i < expected->len; i++)
            {
              g_autoptr(CcbnetRelation) relation = g_list_model_get_item (found, i);

              g_assert_cmpstr (ccbnet_relation_get_id (relation), ==,
                               ccbnet_relation_get_id (expected->pdata[i]));
            }
        }
    }
  oracle_clear (&o);
}

static void
test_neighbourhood_agrees_with_oracle (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetQuery) represents = ccbnet_query_new ();

  check_neighbourhoods (registry, NULL, CCBNET_PATH_FLAGS_NONE);
  check_neighbourhoods (registry, NULL, CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS);
  ccbnet_query_set_kind (represents, CCBNET_RELATION_KIND_REPRESENTS_IN);
  check_neighbourhoods (registry, represents, CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS);
}

static void
test_neighbourhood_examples (void)
{
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) belgium = test_entity (registry, "belgium");
  g_autoptr(GListModel) own = ccbnet_registry_query_neighbourhood (registry, belgium, 1, NULL, CCBNET_PATH_FLAGS_NONE);
  g_autoptr(GListModel) through = ccbnet_registry_query_neighbourhood (registry, belgium, 1, NULL,
                                                                       CCBNET_PATH_FLAGS_THROUGH_QUALIFIERS);
  g_autoptr(CcbnetRelation) r078 = ccbnet_registry_lookup_relation (registry, "r078");
  guint position;

  /* Belgium is r078's on-behalf-of: in its neighbourhood through qualifiers only. */
  g_assert_false (g_list_store_find (G_LIST_STORE (own), r078, &position));
  g_assert_true (g_list_store_find (G_LIST_STORE (through), r078, &position));
  g_assert_cmpuint (g_list_model_get_n_items (through), >, g_list_model_get_n_items (own));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/walks/paths/oracle", test_paths_agree_with_oracle);
  g_test_add_func ("/walks/paths/examples", test_paths_examples);
  g_test_add_func ("/walks/paths/max-paths", test_paths_max_paths);
  g_test_add_func ("/walks/neighbourhood/oracle", test_neighbourhood_agrees_with_oracle);
  g_test_add_func ("/walks/neighbourhood/examples", test_neighbourhood_examples);

  return g_test_run ();
}
