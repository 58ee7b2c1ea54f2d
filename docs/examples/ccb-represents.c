/* ccb-represents.c: where does an organisation represent someone, on what condition, and which
 * sentence says so?
 *
 * Build it against an installed libccbnet with:
 *
 *   cc ccb-represents.c $(pkg-config --cflags --libs ccbnet-1) -o ccb-represents
 *
 * and run it as `./ccb-represents [NAME [LANGUAGE]]` (default: CCB, English).
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>

#include <ccbnet/ccbnet.h>

static const char *
nick (GType       type,
      int         value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

int
main (int   argc,
      char *argv[])
{
  const char *name = argc > 1 ? argv[1] : "CCB";
  const char *language = argc > 2 ? argv[2] : "en";
  CcbnetRegistry *registry = ccbnet_registry_get_default ();
  g_autoptr(CcbnetEntity) entity = ccbnet_registry_find (registry, name);
  g_autoptr(CcbnetQuery) query = NULL;
  g_autoptr(GListModel) relations = NULL;
  guint n;

  setlocale (LC_ALL, "");

  if (entity == NULL)
    {
      g_printerr ("No entity is known as “%s”.\n", name);
      return 2;
    }

  /* Every involvement (membership, representation, point of contact) of the entity or of one of
   * its parts, such as CERT.be for the CCB. */
  query = ccbnet_query_new ();
  g_object_set (query,
                "kind", CCBNET_RELATION_KIND_PARTICIPATES_IN,
                "include-subkinds", TRUE,
                "subject", entity,
                "include-parts", TRUE,
                NULL);
  relations = ccbnet_registry_query (registry, query);
  n = g_list_model_get_n_items (relations);

  g_print ("%s (%s) acts on someone's behalf in:\n\n",
           ccbnet_entity_get_name_for_language (entity, language),
           ccbnet_entity_get_id (entity));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CcbnetRelation) relation = g_list_model_get_item (relations, i);
      CcbnetEntity *principal = ccbnet_relation_get_on_behalf_of (relation);
      CcbnetEntity *subject = ccbnet_relation_get_subject (relation);
      CcbnetEntity *capacity = ccbnet_relation_get_capacity (relation);
      CcbnetCitation *citation = g_ptr_array_index (ccbnet_relation_get_sources (relation), 0);

      if (principal == NULL)
        continue;

      g_print ("- %s\n",
               ccbnet_entity_get_name_for_language (ccbnet_relation_get_object (relation), language));
      g_print ("  %s on behalf of %s (relation %s)\n",
               nick (CCBNET_TYPE_RELATION_KIND, ccbnet_relation_get_kind (relation)),
               ccbnet_entity_get_name_for_language (principal, language),
               ccbnet_relation_get_id (relation));
      if (subject != entity)
        g_print ("  through: %s\n", ccbnet_entity_get_name_for_language (subject, language));
      if (capacity != NULL)
        g_print ("  capacity: %s\n", ccbnet_entity_get_name_for_language (capacity, language));
      if (ccbnet_relation_get_condition (relation) != CCBNET_CONDITION_NONE)
        g_print ("  condition: %s (“%s”)\n",
                 nick (CCBNET_TYPE_CONDITION, ccbnet_relation_get_condition (relation)),
                 ccbnet_relation_get_condition_text (relation));
      if (ccbnet_relation_get_non_exhaustive (relation))
        g_print ("  one of several the page names (“such as”)\n");
      g_print ("  source: “%s”\n\n", ccbnet_citation_get_quote (citation));
    }

  return 0;
}
