/* ccb-represents.vala: where does an organisation represent someone, on what condition, and
 * which sentence says so? The same program as ccb-represents.c, in Vala.
 *
 * Build it against an installed libccbnet with:
 *
 *   valac --pkg ccbnet-1 ccb-represents.vala
 *
 * and run it as `./ccb-represents [NAME [LANGUAGE]]` (default: CCB, English).
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The nick of an enumeration value ("represents-in"). */
static unowned string nick (Type type, int value) {
    var klass = (EnumClass) type.class_ref ();
    return klass.get_value (value).value_nick;
}

int main (string[] args) {
    string name = args.length > 1 ? args[1] : "CCB";
    string language = args.length > 2 ? args[2] : "en";
    unowned Ccbnet.Registry registry = Ccbnet.Registry.get_default ();

    Intl.setlocale (LocaleCategory.ALL, "");

    Ccbnet.Entity? entity = registry.find (name);
    if (entity == null) {
        printerr ("No entity is known as “%s”.\n", name);
        return 2;
    }

    /* Every involvement (membership, representation, point of contact) of the entity or of one
     * of its parts, such as CERT.be for the CCB. */
    var query = new Ccbnet.Query () {
        kind = Ccbnet.RelationKind.PARTICIPATES_IN,
        include_subkinds = true,
        subject = entity,
        include_parts = true
    };
    ListModel relations = registry.query (query);

    print ("%s (%s) acts on someone's behalf in:\n\n",
           entity.get_name_for_language (language), entity.id);

    for (uint i = 0; i < relations.get_n_items (); i++) {
        var relation = (Ccbnet.Relation) relations.get_item (i);
        unowned Ccbnet.Entity? principal = relation.on_behalf_of;

        if (principal == null)
            continue;

        print ("- %s\n", relation.object.get_name_for_language (language));
        print ("  %s on behalf of %s (relation %s)\n",
               nick (typeof (Ccbnet.RelationKind), relation.kind),
               principal.get_name_for_language (language), relation.id);
        if (relation.subject != entity)
            print ("  through: %s\n", relation.subject.get_name_for_language (language));
        if (relation.capacity != null)
            print ("  capacity: %s\n", relation.capacity.get_name_for_language (language));
        if (relation.condition != Ccbnet.Condition.NONE)
            print ("  condition: %s (“%s”)\n",
                   nick (typeof (Ccbnet.Condition), relation.condition), relation.condition_text);
        if (relation.non_exhaustive)
            print ("  one of several the page names (“such as”)\n");
        print ("  source: “%s”\n\n", relation.get_sources ()[0].quote);
    }

    return 0;
}
