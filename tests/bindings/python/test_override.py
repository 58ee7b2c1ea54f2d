# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The PyGObject override of libccbnet (bindings/python/gi/overrides/Ccbnet.py).

Covers the registry as a mapping (registry["ccb"], "ccb" in registry, len, iteration), every
query keyword with entities, ids, names, enumeration values and nicks, the errors that name the
keyword, queries passed positionally, the repr() of every model class, identity semantics, and
errors raised as GLib.Error in the library's domain.

meson runs it with /usr/bin/python3, GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing at the build
and PYTHONPATH at bindings/python. By hand, from the top of the source tree:

    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        PYTHONPATH=$PWD/bindings/python \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/bindings/python

When CCBNET_OVERRIDE_DIR is set (the installed-build test sets it), the override must be loaded
from that directory.
"""

import os
import pathlib

import gi
import pytest

gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet, Gio, GLib, GObject  # noqa: E402

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[3]
DOMAIN = "ccbnet-dataset-error-quark"

# Every keyword a query takes, and the property it sets.
KEYWORDS = {pspec.name.replace("-", "_"): pspec.name
            for pspec in GObject.list_properties(Ccbnet.Query)}
ENTITY_KEYWORDS = ("subject", "object", "on_behalf_of", "via", "context")
ENUM_KEYWORDS = {"kind": Ccbnet.RelationKind, "condition": Ccbnet.Condition,
                 "cadence": Ccbnet.Cadence, "scope": Ccbnet.Scope,
                 "entity_type": Ccbnet.EntityType}


@pytest.fixture(scope="module")
def registry():
    return Ccbnet.Registry.get_default()


@pytest.fixture
def small():
    """A registry of its own, holding tests/data/minimal.json."""
    registry = Ccbnet.Registry.new()
    path = SOURCE_ROOT / "tests" / "data" / "minimal.json"
    assert registry.load_from_file(Gio.File.new_for_path(str(path)), None)
    return registry


def ids(items):
    return [item.get_id() for item in items]


def first_relation_with(registry, getter):
    for relation in registry.get_relations():
        if getattr(relation, getter)() not in (None, 0):
            return relation
    pytest.skip(f"no relation of the dataset has {getter}()")


# --- The override is there ---------------------------------------------------------------------


def test_the_override_is_loaded():
    import gi.overrides.Ccbnet as override

    assert Ccbnet.Registry.__module__ == "gi.overrides.Ccbnet"
    expected = os.environ.get("CCBNET_OVERRIDE_DIR")
    if expected:
        assert pathlib.Path(override.__file__).resolve().parent == pathlib.Path(expected).resolve()


def test_the_override_exports_what_it_overrides():
    import gi.overrides.Ccbnet as override

    assert sorted(override.__all__) == sorted(
        ["Registry", "Entity", "Relation", "Query", "Section", "Document", "Name", "Citation",
         "Problem"])
    for name in override.__all__:
        assert getattr(Ccbnet, name) is getattr(override, name)


def test_every_query_property_is_a_keyword():
    import gi.overrides.Ccbnet as override

    assert set(override._QUERY_KEYWORDS) == set(KEYWORDS)
    assert set(KEYWORDS) == {"kind", "include_subkinds", "subject", "object", "on_behalf_of",
                             "via", "context", "condition", "cadence", "scope", "section",
                             "entity_type", "include_parts", "valid_at", "capacity", "legal_basis",
                             "framework", "co_actor", "unconditional"}


# --- The registry as a mapping -----------------------------------------------------------------


def test_getitem_looks_up_by_id(registry):
    ccb = registry["ccb"]
    assert isinstance(ccb, Ccbnet.Organisation)
    assert ccb.get_id() == "ccb"
    assert ccb is registry.lookup("ccb")


def test_getitem_raises_key_error_for_an_unknown_id(registry):
    with pytest.raises(KeyError) as info:
        registry["no-such-entity"]
    assert info.value.args == ("no-such-entity",)


def test_getitem_takes_ids_not_names(registry):
    with pytest.raises(KeyError):
        registry["CCB"]


def test_getitem_rejects_non_strings(registry):
    with pytest.raises(TypeError, match="entity ids are strings"):
        registry[0]


def test_contains_ids_and_entities(registry, small):
    assert "ccb" in registry
    assert "no-such-entity" not in registry
    assert "CCB" not in registry  # names are for find()
    assert registry["ccb"] in registry
    assert small["agency"] in small
    assert small["agency"] not in registry
    assert registry["ccb"] not in small
    assert 42 not in registry
    assert None not in registry


def test_len_counts_entities(registry, small):
    assert len(registry) == registry.get_entities().get_n_items()
    assert len(registry) > 0
    assert len(small) == small.get_entities().get_n_items()


def test_iteration_yields_entities_in_dataset_order(registry):
    entities = list(registry)
    assert ids(entities) == ids(registry.get_entities())
    assert all(isinstance(entity, Ccbnet.Entity) for entity in entities)
    assert [entity.get_id() for entity in registry][:1] == [registry.get_entities()[0].get_id()]


def test_an_empty_registry_is_still_true():
    empty = Ccbnet.Registry.new()
    assert len(empty) == 0
    assert list(empty) == []
    assert bool(empty)
    assert "ccb" not in empty
    with pytest.raises(KeyError):
        empty["ccb"]


# --- Queries with keywords ---------------------------------------------------------------------


def test_the_issue_example(registry):
    relations = registry.query(kind="represents-in", subject="ccb", include_parts=True)
    assert isinstance(relations, Gio.ListModel)
    expected = Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN, subject=registry["ccb"],
                            include_parts=True)
    assert ids(relations) == ids(registry.query(expected))
    assert "r050" in ids(relations)
    assert {r.get_subject().get_id() for r in relations} == {"ccb", "cert-be"}


def test_no_keywords_is_the_empty_query(registry):
    assert ids(registry.query()) == ids(registry.query(Ccbnet.Query()))
    assert ids(registry.query_entities()) == ids(registry.query_entities(Ccbnet.Query()))


@pytest.mark.parametrize("how", ["entity", "id", "name", "short name"])
def test_entity_keywords_take_entities_ids_and_names(registry, how):
    ccb = registry["ccb"]
    value = {"entity": ccb, "id": "ccb", "name": ccb.get_name(),
             "short name": ccb.get_short_name()}[how]
    assert value is not None
    relations = registry.query(subject=value)
    assert ids(relations) == ids(registry.query(Ccbnet.Query(subject=ccb)))
    assert len(relations) > 0


@pytest.mark.parametrize("keyword", ENTITY_KEYWORDS)
def test_every_entity_keyword(registry, keyword):
    relation = first_relation_with(registry, f"get_{keyword}")
    entity = getattr(relation, f"get_{keyword}")()
    by_id = registry.query(**{keyword: entity.get_id()})
    by_entity = registry.query(Ccbnet.Query(**{keyword: entity}))
    assert ids(by_id) == ids(by_entity)
    assert relation.get_id() in ids(by_id)


def test_keywords_take_none_for_any(registry):
    everything = ids(registry.query())
    assert ids(registry.query(subject=None)) == everything
    assert ids(registry.query(section=None)) == everything
    for keyword in ENUM_KEYWORDS:
        assert ids(registry.query(**{keyword: None})) == everything


@pytest.mark.parametrize("keyword", ENTITY_KEYWORDS)
def test_an_unknown_entity_is_a_key_error_naming_the_keyword(registry, keyword):
    with pytest.raises(KeyError, match=f"{keyword}='nobody'"):
        registry.query(**{keyword: "nobody"})


def test_entity_keywords_reject_other_types(registry):
    with pytest.raises(TypeError, match="subject takes a Ccbnet.Entity"):
        registry.query(subject=3)
    with pytest.raises(TypeError, match="object takes a Ccbnet.Entity"):
        registry.query(object=registry.get_sections()[0])


@pytest.mark.parametrize("keyword", sorted(ENUM_KEYWORDS))
def test_enum_keywords_take_values_and_nicks(registry, keyword):
    enum = ENUM_KEYWORDS[keyword]
    for value in enum.__enum_values__.values():
        by_nick = registry.query_entities(**{keyword: value.value_nick})
        by_value = registry.query_entities(**{keyword: value})
        by_int = registry.query_entities(**{keyword: int(value)})
        expected = registry.query_entities(Ccbnet.Query(**{keyword: value}))
        assert ids(by_nick) == ids(by_value) == ids(by_int) == ids(expected)


@pytest.mark.parametrize("keyword", sorted(ENUM_KEYWORDS))
def test_an_unknown_nick_is_a_value_error_listing_the_nicks(registry, keyword):
    enum = ENUM_KEYWORDS[keyword]
    with pytest.raises(ValueError) as info:
        registry.query(**{keyword: "no-such-value"})
    message = str(info.value)
    assert message.startswith(f"{keyword}='no-such-value' is not a {enum.__name__}")
    for value in enum.__enum_values__.values():
        assert value.value_nick in message


def test_enum_keywords_reject_other_types(registry):
    with pytest.raises(TypeError, match="kind takes a Ccbnet.RelationKind"):
        registry.query(kind=Ccbnet.Condition.ON_REQUEST)
    with pytest.raises(TypeError, match="scope takes a Ccbnet.Scope"):
        registry.query(scope=1.5)
    with pytest.raises(TypeError):
        registry.query(kind=999)


def test_kind_with_subkinds(registry):
    relations = registry.query(kind="participates-in", include_subkinds=True, subject="CCB",
                               include_parts=True)
    kinds = {r.get_kind().value_nick for r in relations}
    assert {"represents-in", "point-of-contact-for"} <= kinds
    without = registry.query(kind="participates-in", subject="CCB", include_parts=True)
    assert len(without) < len(relations)


def test_condition_keyword(registry):
    relations = registry.query(condition="pending-establishment")
    assert len(relations) > 0
    assert all(r.get_condition() == Ccbnet.Condition.PENDING_ESTABLISHMENT for r in relations)


def test_cadence_keyword(registry):
    relation = first_relation_with(registry, "get_cadence")
    nick = relation.get_cadence().value_nick
    assert relation.get_id() in ids(registry.query(cadence=nick))


@pytest.mark.parametrize("how", ["section", "id"])
def test_section_keyword_takes_sections_and_ids(registry, how):
    section = registry.get_sections()[1]
    value = section if how == "section" else section.get_id()
    relations = registry.query(section=value)
    assert ids(relations) == ids(registry.query(Ccbnet.Query(section=section)))
    assert all(r.get_section() is section for r in relations)


def test_an_unknown_section_is_a_key_error(registry):
    with pytest.raises(KeyError, match="section='nowhere'"):
        registry.query(section="nowhere")
    with pytest.raises(TypeError, match="section takes a Ccbnet.Section"):
        registry.query(section=registry["ccb"])


def test_scope_and_entity_type_for_entities(registry):
    states = registry.query_entities(entity_type="state")
    assert "belgium" in ids(states)
    assert all(e.get_entity_type() == Ccbnet.EntityType.STATE for e in states)
    european = registry.query_entities(scope="european")
    assert all(e.get_scope() == Ccbnet.Scope.EUROPEAN for e in european)


def test_query_entities_takes_keywords(registry):
    where = registry.query_entities(kind="represents-in", subject="CCB", include_parts=True)
    expected = registry.query_entities(Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN,
                                                    subject=registry["ccb"],
                                                    include_parts=True))
    assert ids(where) == ids(expected)
    assert "nis-cooperation-group" in ids(where)


def test_an_unknown_keyword_is_a_type_error_listing_the_keywords(registry):
    with pytest.raises(TypeError, match="unexpected keyword argument 'subjekt'") as info:
        registry.query(subjekt="ccb")
    assert "on_behalf_of" in str(info.value)
    with pytest.raises(TypeError, match="query_entities"):
        registry.query_entities(nope=1)


def test_a_query_passed_positionally_still_works(registry):
    query = Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN, subject=registry["ccb"])
    assert ids(registry.query(query)) == ids(Ccbnet.Registry.query(registry, query))
    assert ids(registry.query(query=query)) == ids(registry.query(query))
    assert ids(registry.query_entities(query)) == ids(
        Ccbnet.Registry.query_entities(registry, query))


def test_keywords_refine_a_query_without_changing_it(registry):
    query = Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN, subject=registry["ccb"])
    refined = registry.query(query, include_parts=True, on_behalf_of="Belgium")
    assert ids(refined) == ids(registry.query(kind="represents-in", subject="ccb",
                                              include_parts=True, on_behalf_of="belgium"))
    assert query.get_include_parts() is False
    assert query.get_on_behalf_of() is None
    # A keyword can also clear a filter of the query.
    assert ids(registry.query(query, subject=None)) == ids(registry.query(kind="represents-in"))


def test_a_positional_argument_must_be_a_query(registry):
    with pytest.raises(TypeError, match="takes a Ccbnet.Query or keywords"):
        registry.query("represents-in")


def test_results_iterate_index_and_count(registry):
    relations = registry.query(kind="represents-in", subject="ccb")
    listed = list(relations)
    assert len(relations) == len(listed) > 0
    assert relations[0] is listed[0]
    assert relations[-1] is listed[-1]
    assert ids(relations[:2]) == ids(listed[:2])


# --- repr() ------------------------------------------------------------------------------------


def test_entity_repr(registry):
    assert repr(registry["ccb"]) == '<Ccbnet.Organisation ccb "Centre for Cybersecurity Belgium">'
    for entity in registry:
        text = repr(entity)
        assert text.startswith(f"<Ccbnet.{type(entity).__name__} {entity.get_id()} \"")
        assert text.endswith(f'{entity.get_name()}">')


def test_every_entity_class_has_the_repr(small):
    classes = {type(entity).__name__ for entity in small}
    assert {"Organisation", "Platform", "Post", "LegalInstrument", "Thing"} <= classes
    assert repr(small["director"]) == '<Ccbnet.Post director "Director of the TA">'
    assert repr(small["act"]) == '<Ccbnet.LegalInstrument act "Test Act">'


def test_relation_repr(registry):
    assert repr(registry.lookup_relation("r050")) == (
        "<Ccbnet.Relation r050 ccb represents-in nis-cooperation-group on behalf of belgium>")
    for relation in registry.get_relations():
        if relation.get_on_behalf_of() is None:
            assert repr(relation) == (
                f"<Ccbnet.Relation {relation.get_id()} {relation.get_subject().get_id()} "
                f"{relation.get_kind().value_nick} {relation.get_object().get_id()}>")
            break
    else:
        pytest.fail("every relation has an on-behalf-of entity")


def test_section_document_name_citation_repr(small):
    section = small.lookup_section("sec-national")
    assert repr(section) == '<Ccbnet.Section sec-national national "National networks">'
    document = small.lookup_document("page")
    assert repr(document) == '<Ccbnet.Document page primary "A test page">'
    names = small["agency"].get_other_names()
    assert repr(names[0]) == '<Ccbnet.Name "Agence d\'essai" fr from law-text>'
    citation = small["agency"].get_sources()[0]
    assert repr(citation) == '<Ccbnet.Citation page "The TA represents Testland.">'


def test_name_without_source_and_long_citation_repr(registry):
    for entity in registry:
        for name in entity.get_other_names():
            if name.get_source() is None:
                assert repr(name) == f'<Ccbnet.Name "{name.get_text()}" {name.get_language()}>'
                break
    quote = registry.lookup_relation("r053").get_sources()[0]
    text = repr(quote)
    assert len(quote.get_quote()) > 60
    assert text.endswith('…">')
    assert len(text) < len(quote.get_quote())


def test_problem_repr():
    registry = Ccbnet.Registry.new()
    problems = registry.check_bytes(GLib.Bytes.new(b'{"format": "ccbnet/1"}'), "x.json", None)
    assert len(problems) > 0
    assert repr(problems[0]) == f"<Ccbnet.Problem schema {problems[0].to_string()}>"


def test_query_and_registry_repr(registry):
    assert repr(Ccbnet.Query()) == "<Ccbnet.Query>"
    query = Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN, subject=registry["ccb"],
                         include_parts=True)
    assert repr(query) == "<Ccbnet.Query kind=represents-in subject=ccb include_parts=True>"
    assert repr(registry) == (f"<Ccbnet.Registry {len(registry)} entities, "
                              f"{registry.get_relations().get_n_items()} relations>")


# --- Identity ----------------------------------------------------------------------------------


def test_objects_keep_identity_semantics(registry):
    ccb = registry["ccb"]
    assert ccb is registry.find("CCB")
    assert ccb == registry.lookup("ccb")
    assert ccb != registry["belgium"]
    assert hash(ccb) == hash(registry.find("Centre for Cybersecurity Belgium"))
    assert len({ccb, registry["ccb"], registry["belgium"]}) == 2
    relation = registry.lookup_relation("r050")
    assert relation.get_subject() is ccb


# --- Errors ------------------------------------------------------------------------------------


def test_dataset_errors_are_glib_errors_in_the_library_domain():
    registry = Ccbnet.Registry.new()
    with pytest.raises(GLib.Error) as info:
        registry.load_from_bytes(GLib.Bytes.new(b"{"), "broken.json", None)
    error = info.value
    assert error.domain == DOMAIN
    assert error.code == Ccbnet.DatasetError.SYNTAX
    assert error.matches(Ccbnet.dataset_error_quark(), Ccbnet.DatasetError.SYNTAX)
    assert error.matches(Ccbnet.DatasetError.quark(), Ccbnet.DatasetError.SYNTAX)
    assert error.message.startswith("broken.json:1:")


def test_a_missing_file_keeps_the_io_domain(tmp_path):
    registry = Ccbnet.Registry.new()
    with pytest.raises(GLib.Error) as info:
        registry.load_from_file(Gio.File.new_for_path(str(tmp_path / "missing.json")), None)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)


def test_problems_convert_to_errors():
    registry = Ccbnet.Registry.new()
    problems = registry.check_bytes(GLib.Bytes.new(b'{"format": "ccbnet/1"}'), "x.json", None)
    error = problems[0].to_error()
    assert isinstance(error, GLib.Error)
    assert error.domain == DOMAIN
    assert error.code == problems[0].get_code() == Ccbnet.DatasetError.SCHEMA
