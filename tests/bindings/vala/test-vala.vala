/* test-vala.vala: libccbnet from Vala, through the VAPI generated from the GIR.
 *
 * A GTest program (it prints TAP). It needs G_TEST_SRCDIR to point at tests/bindings, for
 * tests/data/minimal.json.
 *
 * SPDX-FileCopyrightText: 2026 The libccbnet authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

static string[] ids (ListModel model) {
    string[] result = {};
    for (uint i = 0; i < model.get_n_items (); i++) {
        var item = model.get_item (i);
        if (item is Ccbnet.Entity)
            result += ((Ccbnet.Entity) item).id;
        else
            result += ((Ccbnet.Relation) item).id;
    }
    return result;
}

static void test_lookup () {
    unowned Ccbnet.Registry registry = Ccbnet.Registry.get_default ();
    Ccbnet.Entity? ccb = registry.find ("CCB");

    assert_nonnull (ccb);
    assert_cmpstr (ccb.id, EQ, "ccb");
    assert_true (ccb is Ccbnet.Organisation);
    assert_true (registry.lookup ("ccb") == ccb);
    assert_null (registry.lookup ("no-such-entity"));
    assert_cmpstr (ccb.get_name_for_language ("nl"), EQ, "Centrum voor Cybersecurity België");
    assert_true (ccb.get_other_names ().length > 0);
    assert_true (registry.get_entities ().get_n_items () > 0);
}

static void test_query () {
    unowned Ccbnet.Registry registry = Ccbnet.Registry.get_default ();
    var query = new Ccbnet.Query () {
        kind = Ccbnet.RelationKind.REPRESENTS_IN,
        subject = registry.lookup ("ccb"),
        include_parts = true
    };
    ListModel relations = registry.query (query);

    /* In dataset order: r097, from a later CCB page, comes after CERT.be's four. */
    assert_cmpstrv (ids (relations), {
        "r050", "r051", "r053", "r055", "r075", "r084", "r085", "r086", "r087", "r097"
    });

    var first = (Ccbnet.Relation) relations.get_item (0);
    assert_cmpstr (first.object.name, EQ, "NIS Cooperation Group");
    assert_cmpstr (first.on_behalf_of.id, EQ, "belgium");
    assert_true (first.kind.is_a (Ccbnet.RelationKind.MEMBER_OF));
    assert_null (first.via);
    assert_true (first.get_sources ()[0].quote.has_prefix ("In this capacity"));

    /* Only the relations on Belgium's behalf, counting points of contact. */
    query.kind = Ccbnet.RelationKind.PARTICIPATES_IN;
    query.include_subkinds = true;
    query.on_behalf_of = registry.find ("Belgium");
    assert_cmpstrv (ids (registry.query (query)), {
        "r050", "r051", "r053", "r055", "r071", "r075", "r097"
    });

    var entities = registry.query_entities (query);
    assert_cmpuint (entities.get_n_items (), EQ, 7);
    assert_cmpstr (((Ccbnet.Entity) entities.get_item (0)).id, EQ, "nis-cooperation-group");
}

static void test_errors () {
    var registry = new Ccbnet.Registry ();

    try {
        registry.load_from_bytes (new Bytes ("{".data), "broken.json");
        assert_not_reached ();
    } catch (Ccbnet.DatasetError.SYNTAX e) {
        assert_true (e.message.has_prefix ("broken.json:1:"));
        assert_true (e.domain == Ccbnet.DatasetError.quark ());
    } catch (Error e) {
        assert_not_reached ();
    }

    var problems = registry.check_bytes (new Bytes ("{\"format\": \"ccbnet/1\"}".data),
                                         "x.json");
    assert_true (problems.length > 0);
    assert_true (problems[0].code == Ccbnet.DatasetError.SCHEMA);
    assert_true (problems[0].to_error () is Ccbnet.DatasetError.SCHEMA);
    assert_cmpuint (registry.get_entities ().get_n_items (), EQ, 0);
}

static void test_async_load () {
    var registry = new Ccbnet.Registry ();
    var loop = new MainLoop ();
    var file = File.new_for_path (Test.build_filename (Test.FileType.DIST, "..", "data",
                                                       "minimal.json"));
    bool loaded = false;

    registry.load_from_file_async.begin (file, null, (obj, result) => {
        try {
            loaded = registry.load_from_file_async.end (result);
        } catch (Error e) {
            error ("%s", e.message);
        }
        loop.quit ();
    });
    loop.run ();

    assert_true (loaded);
    var agency = registry.lookup ("agency");
    assert_nonnull (agency);
    assert_true (registry.lookup ("director") is Ccbnet.Post);
}

int main (string[] args) {
    Test.init (ref args);
    Test.add_func ("/vala/lookup", test_lookup);
    Test.add_func ("/vala/query", test_query);
    Test.add_func ("/vala/errors", test_errors);
    Test.add_func ("/vala/load-async", test_async_load);
    return Test.run ();
}
