# SPDX-License-Identifier: LGPL-2.1-or-later
"""Ccbnet.DatasetBuilder from Python: building, refused records, merging, editing the shipped
dataset, and saving.

Every refused call must raise GLib.Error in the Ccbnet.DatasetError domain with the code the
loader would give a file with that record, and leave the builder's JSON byte for byte as it was.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from gi.repository import Ccbnet, Gio, GLib

DatasetError = Ccbnet.DatasetError


def cite(quote):
    return [{"source": "notes", "quote": quote}]


def entity(entity_id, entity_type="organisation", name=None, **members):
    record = {"id": entity_id, "entity_type": entity_type, "classification": "agency",
              "name": name or entity_id.title(), "scope": "national", "section": "national",
              "sources": cite(f"About {entity_id}.")}
    record.update(members)
    return json.dumps(record)


def relation(relation_id, kind, subject, object_, **members):
    record = {"id": relation_id, "kind": kind, "subject": subject, "object": object_,
              "section": "national", "sources": cite(f"{subject} and {object_}.")}
    record.update(members)
    return json.dumps(record)


def network(entities=(("ministry", "organisation"), ("agency", "organisation"),
                      ("platform", "body"))):
    """A builder with a source, a section and the given entities (id, type)."""
    builder = Ccbnet.DatasetBuilder(title="A small network")
    builder.add_source(json.dumps({"id": "notes", "kind": "primary", "title": "Our notes",
                                   "publisher": "Us", "language": "en"}))
    builder.add_section(json.dumps({"id": "national", "scope": "national",
                                    "heading": {"en": "National networks"},
                                    "sources": cite("National networks")}))
    for entity_id, entity_type in entities:
        builder.add_entity(entity(entity_id, entity_type))
    return builder


@pytest.fixture
def builder():
    """Two organisations, a platform, and r1: the agency represents the ministry in it."""
    builder = network()
    builder.add_relation(relation("r1", "represents-in", "agency", "platform",
                                  on_behalf_of="ministry"))
    return builder


def json_of(builder):
    return builder.to_json().get_data()


def test_build(builder):
    assert builder.props.n_records == 6
    assert builder.props.title == "A small network"
    assert builder.props.license is None
    assert builder.contains("platform") and builder.contains("notes")
    assert not builder.contains("nothing")
    assert builder.dup_record("nothing") is None
    # Members given in any order are kept in the canonical one.
    builder.add_relation(json.dumps({"sources": cite("The agency is part of the ministry."),
                                     "section": "national", "object": "ministry",
                                     "subject": "agency", "kind": "part-of", "id": "r2"}))
    assert list(json.loads(builder.dup_record("r2"))) == [
        "id", "kind", "subject", "object", "section", "sources"]

    registry = builder.to_registry()
    assert registry.dup_title() == "A small network"
    assert registry.get_n_entities() == 3 and registry.get_n_relations() == 2
    r1 = registry.lookup_relation("r1")
    assert (r1.props.subject.props.id, r1.props.kind, r1.props.on_behalf_of.props.id) == (
        "agency", Ccbnet.RelationKind.REPRESENTS_IN, "ministry")
    assert isinstance(registry.lookup("platform"), Ccbnet.Platform)
    assert registry.lookup("agency").get_parent() is registry.lookup("ministry")


def test_notifies_n_records(builder):
    seen = []
    builder.connect("notify::n-records", lambda b, pspec: seen.append(b.props.n_records))
    builder.add_entity(entity("cert"))
    builder.remove("cert")
    assert seen == [7, 6]


# (name, method, argument, code). The builder is the fixture's: ministry, agency, platform, r1.
DEEP = '{"a": ' * 70 + "1" + "}" * 70
BAD_CALLS = [
    ("not JSON", "add_entity", '{"id": "x",}', DatasetError.SYNTAX),
    ("not an object", "add_entity", "[1]", DatasetError.SYNTAX),
    ("two values", "add_entity", '{"id": "x"} {}', DatasetError.SYNTAX),
    ("escaped NUL", "add_entity", '{"id": "x\\u0000"}', DatasetError.ENCODING),
    ("too deep", "add_relation", DEEP, DatasetError.LIMIT),
    ("duplicate key", "add_entity", '{"id": "x", "id": "y"}', DatasetError.DUPLICATE_KEY),
    ("integer of 2**64", "add_entity", '{"id": "x", "n": 18446744073709551616}',
     DatasetError.NUMBER),
    ("unknown member", "add_entity", entity("x", colour="red"), DatasetError.SCHEMA),
    ("missing member", "add_source",
     json.dumps({"id": "law", "kind": "external", "title": "A law", "publisher": "A state"}),
     DatasetError.SCHEMA),
    ("heading without en", "add_section",
     json.dumps({"id": "abroad", "scope": "national", "heading": {"nl": "Buitenland"},
                 "sources": cite("Buitenland")}), DatasetError.SCHEMA),
    ("scope not the section's", "add_entity", entity("x", scope="european"),
     DatasetError.SCHEMA),
    ("unknown entity type", "add_entity", entity("x", "ship"), DatasetError.UNKNOWN_VALUE),
    ("duplicate id", "add_entity", entity("agency"), DatasetError.DUPLICATE_ID),
    ("id of another list", "add_relation", relation("national", "member-of", "agency", "platform"),
     DatasetError.DUPLICATE_ID),
    ("unknown principal", "add_relation",
     relation("r2", "represents-in", "agency", "platform", on_behalf_of="minstry"),
     DatasetError.DANGLING_REFERENCE),
    ("unknown section", "add_entity", entity("x", section="abroad"),
     DatasetError.DANGLING_REFERENCE),
    ("unknown source", "add_entity",
     entity("x", sources=[{"source": "elsewhere", "quote": "X."}]),
     DatasetError.DANGLING_REFERENCE),
    ("types that do not fit", "add_relation", relation("r2", "organises", "agency", "platform"),
     DatasetError.RELATION),
    ("relation to itself", "add_relation", relation("r2", "member-of", "agency", "agency"),
     DatasetError.RELATION),
    ("represents-in without principal", "add_relation",
     relation("r2", "represents-in", "agency", "platform"), DatasetError.MISSING_QUALIFIER),
    ("part-of itself", "add_relation", relation("r2", "part-of", "ministry", "ministry"),
     DatasetError.RELATION),
    ("replace an unknown id", "replace", entity("nobody"), DatasetError.DANGLING_REFERENCE),
    ("replace with a type r1 refuses", "replace",
     entity("platform", "legal-instrument"), DatasetError.RELATION),
    ("remove a record r1 names", "remove", "ministry", DatasetError.DANGLING_REFERENCE),
    ("remove a cited source", "remove", "notes", DatasetError.DANGLING_REFERENCE),
    ("remove an unknown id", "remove", "nobody", DatasetError.DANGLING_REFERENCE),
]


@pytest.mark.parametrize("name, method, argument, code", BAD_CALLS,
                         ids=[case[0] for case in BAD_CALLS])
def test_refused_call_changes_nothing(builder, name, method, argument, code):
    before = json_of(builder)
    with pytest.raises(GLib.Error) as raised:
        getattr(builder, method)(argument)
    error = raised.value
    assert error.matches(DatasetError.quark(), code), (error.code, error.message)
    assert error.code == code
    assert json_of(builder) == before
    assert builder.props.n_records == 6


def test_cycle_is_refused_as_the_loader_refuses_it():
    builder = network()
    builder.add_relation(relation("r1", "part-of", "agency", "ministry"))
    before = json_of(builder)
    closing = relation("r2", "part-of", "ministry", "agency")
    with pytest.raises(GLib.Error) as raised:
        builder.add_relation(closing)
    assert raised.value.code == DatasetError.CYCLE
    # The path is where the loader's cycle check finds the loop, here r1's place, as it is for a
    # file that holds both relations; the record named is the one that was refused.
    assert raised.value.message == ('relation "r2": $.relations[0]: part-of, unit-of and post-in '
                                    'relations form a cycle: ministry → agency → ministry')
    assert json_of(builder) == before

    dataset = json.loads(before)
    dataset["relations"].append(json.loads(closing))
    with pytest.raises(GLib.Error) as loaded:
        Ccbnet.Registry.new().load_from_bytes(GLib.Bytes.new(json.dumps(dataset).encode()),
                                              "file.json", None)
    assert loaded.value.message.replace("file.json", 'relation "r2"') == raised.value.message


def test_every_code_a_record_can_get_is_covered():
    # FORMAT is about the file's "format" member, which no single record has.
    codes = {case[3] for case in BAD_CALLS} | {DatasetError.CYCLE}
    assert codes == set(DatasetError.__enum_values__.values()) - {DatasetError.FORMAT}


def test_message_names_the_record_and_its_place(builder):
    with pytest.raises(GLib.Error) as raised:
        builder.add_relation(relation("r2", "represents-in", "agency", "platform",
                                      on_behalf_of="minstry"))
    assert raised.value.message == (
        'relation "r2": $.relations[1].on_behalf_of: unknown entity id "minstry", expected the '
        'id of an entry of $.entities')


# Merging. The builder has ministry, agency and platform; the other dataset has its own
# "agency" (another name), "cert", and r2: cert is part of its agency.
@pytest.fixture
def other():
    builder = network([("agency", "organisation"), ("cert", "organisation")])
    builder.replace(entity("agency", name="Agency of the North"))
    builder.add_relation(relation("r2", "part-of", "cert", "agency"))
    return builder.to_registry()


def merged(builder):
    registry = builder.to_registry()
    return ([(e.props.id, e.props.name) for e in registry.get_entities()],
            [(r.props.id, r.props.subject.props.id, r.props.object.props.id)
             for r in registry.get_relations()])


def test_merge_fail(builder, other):
    before = json_of(builder)
    with pytest.raises(GLib.Error) as raised:
        builder.merge(other, Ccbnet.MergeRule.FAIL, None)
    assert raised.value.matches(DatasetError.quark(), DatasetError.DUPLICATE_ID)
    assert raised.value.message == ('the id "agency" of $.entities[0] is already used by a '
                                    'different record, at $.entities[1] of the dataset being built')
    assert json_of(builder) == before


def test_merge_keep_first(builder, other):
    builder.merge(other, Ccbnet.MergeRule.KEEP_FIRST, None)
    assert merged(builder) == (
        [("ministry", "Ministry"), ("agency", "Agency"), ("platform", "Platform"),
         ("cert", "Cert")],
        [("r1", "agency", "platform"), ("r2", "cert", "agency")])


def test_merge_keep_last(builder, other):
    builder.merge(other, Ccbnet.MergeRule.KEEP_LAST, None)
    assert merged(builder) == (
        [("ministry", "Ministry"), ("agency", "Agency of the North"), ("platform", "Platform"),
         ("cert", "Cert")],
        [("r1", "agency", "platform"), ("r2", "cert", "agency")])


def test_merge_prefix(builder, other):
    builder.merge(other, Ccbnet.MergeRule.PREFIX, "north-")
    assert merged(builder) == (
        [("ministry", "Ministry"), ("agency", "Agency"), ("platform", "Platform"),
         ("north-agency", "Agency of the North"), ("cert", "Cert")],
        [("r1", "agency", "platform"), ("r2", "cert", "north-agency")])
    # The source and the section are the same on both sides, and are kept once.
    assert builder.props.n_records == 2 + 5 + 2


def test_merge_into_itself_changes_nothing(builder):
    before = json_of(builder)
    builder.merge(builder.to_registry(), Ccbnet.MergeRule.FAIL, None)
    assert json_of(builder) == before


# The shipped dataset.
def test_new_from_registry_writes_what_the_registry_writes(registry):
    builder = Ccbnet.DatasetBuilder.new_from_registry(registry)
    assert json_of(builder) == registry.to_json().get_data()
    assert builder.props.title == registry.dup_title()
    assert builder.props.license == registry.dup_license()
    # 34 sources, 5 sections, 90 entities, 97 relations.
    assert builder.props.n_records == 34 + 5 + 90 + 97


def test_edit_the_shipped_dataset(registry, tmp_path):
    builder = Ccbnet.DatasetBuilder.new_from_registry(registry)
    sit = json.loads(builder.dup_record("sit"))
    sit["note"] = "checked against the page"
    builder.replace(json.dumps(sit))
    builder.remove("r088")
    builder.props.title = "The CCB's networks, edited"
    target = tmp_path / "edited.json"
    builder.save(Gio.File.new_for_path(str(target)), None)

    edited = Ccbnet.Registry.new()
    edited.load_from_file(Gio.File.new_for_path(str(target)), None)
    assert edited.lookup("sit").props.note == "checked against the page"
    assert edited.lookup_relation("r088") is None
    assert edited.get_n_relations() == 96
    assert edited.dup_title() == "The CCB's networks, edited"
    assert target.read_bytes() == edited.to_json().get_data()
    # The shipped registry is not touched.
    assert registry.lookup("sit").props.note is None
    assert registry.get_n_relations() == 97


def test_new_from_an_empty_registry_fails():
    with pytest.raises(GLib.Error) as raised:
        Ccbnet.DatasetBuilder.new_from_registry(Ccbnet.Registry.new())
    assert raised.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_INITIALIZED)


# Saving and loading.
def test_save(builder, tmp_path):
    target = tmp_path / "network.json"
    target.write_text("the old content")
    assert builder.save(Gio.File.new_for_path(str(target)), None)
    assert target.read_bytes() == json_of(builder)
    assert [p.name for p in tmp_path.iterdir()] == ["network.json"]
    registry = Ccbnet.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(str(target)), None)
    assert registry.lookup_relation("r1").props.on_behalf_of.props.id == "ministry"


def test_save_into_a_missing_directory(builder, tmp_path):
    target = tmp_path / "missing" / "network.json"
    with pytest.raises(GLib.Error) as raised:
        builder.save(Gio.File.new_for_path(str(target)), None)
    assert raised.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert "the file is left as it was" in raised.value.message
    assert not target.parent.exists()


def test_save_that_fails_halfway_keeps_the_old_file(tmp_path):
    # A limit on the size of files the process may write stands for a full disk.
    target = tmp_path / "dataset.json"
    target.write_text("the old content")
    script = textwrap.dedent("""
        import resource, signal, sys
        import gi
        gi.require_version("Ccbnet", "1.0")
        from gi.repository import Ccbnet, Gio, GLib
        builder = Ccbnet.DatasetBuilder.new_from_registry(Ccbnet.Registry.get_default())
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            builder.save(Gio.File.new_for_path(sys.argv[1]), None)
        except GLib.Error as error:
            print(error.message)
            sys.exit(0)
        sys.exit("saved past the limit")
    """)
    result = subprocess.run([sys.executable, "-c", script, str(target)], env=os.environ,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "cannot write the new content" in result.stdout
    assert target.read_text() == "the old content"
    assert [p.name for p in tmp_path.iterdir()] == ["dataset.json"]


def test_load_into_emits_loaded_once(builder):
    registry = Ccbnet.Registry.new()
    seen = []
    registry.connect("loaded", lambda r: seen.append(r.get_n_entities()))
    assert builder.load_into(registry, None)
    assert seen == [3]
    # The builder stays usable, and a second load replaces the first.
    builder.add_entity(entity("cert"))
    builder.load_into(registry, None)
    assert seen == [3, 4]
    assert registry.lookup("cert") is not None


def test_failed_load_into_emits_nothing(builder):
    registry = builder.to_registry()
    seen = []
    registry.connect("loaded", lambda r: seen.append(True))
    registry.props.max_size = 100
    builder.add_entity(entity("cert"))
    with pytest.raises(GLib.Error) as raised:
        builder.load_into(registry, None)
    assert raised.value.matches(DatasetError.quark(), DatasetError.LIMIT)
    assert seen == []
    assert registry.get_n_entities() == 3
