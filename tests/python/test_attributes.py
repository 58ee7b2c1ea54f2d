# SPDX-License-Identifier: LGPL-2.1-or-later
"""Attribute access for properties (relation.subject.id), added by the override over the getters.

Every attribute must give what the property gives, on every record of the shipped dataset; the
writable ones must set the property; and no attribute may hide a method the class already had.
"""

import pytest
from gi.repository import Ccbnet, GObject


def pyname(pspec):
    return pspec.name.replace("-", "_")


def own_properties(cls):
    return [p for p in GObject.list_properties(cls) if p.owner_type == cls.__gtype__]


def records(registry):
    for entity in registry.get_entities():
        yield entity
        yield from entity.get_other_names()
        yield from entity.get_sources()
    for relation in registry.get_relations():
        yield relation
        yield from relation.get_sources()
    yield from registry.get_sections()
    yield from registry.get_documents()


def same(a, b):
    if isinstance(a, GObject.Object) or isinstance(b, GObject.Object):
        return a is b
    return a == b


def test_every_attribute_is_its_property_on_every_record():
    registry = Ccbnet.Registry.get_default()
    checked = 0
    classes = set()
    for record in records(registry):
        for cls in type(record).__mro__:
            if not (isinstance(cls, type) and issubclass(cls, GObject.Object)) \
                    or cls.__gtype__ == GObject.Object.__gtype__:
                continue
            for pspec in own_properties(cls):
                value = getattr(record, pyname(pspec))
                expected = record.get_property(pspec.name)
                assert same(value, expected), (record, pspec.name, value, expected)
                checked += 1
                classes.add(cls.__gtype__.name)
    # Entities of each subclass, relations, names, citations, sections and documents.
    assert {"CcbnetOrganisation", "CcbnetPlatform", "CcbnetPost", "CcbnetLegalInstrument",
            "CcbnetEntity", "CcbnetRelation", "CcbnetName", "CcbnetCitation", "CcbnetSection",
            "CcbnetDocument"} <= classes
    assert checked > 5000


def test_the_readme_form():
    registry = Ccbnet.Registry.get_default()
    relations = registry.query(kind="represents-in", subject="CCB", include_parts=True)
    assert len(relations) > 0
    for relation in relations:
        assert relation.subject.id == relation.props.subject.props.id
        assert relation.object.name == relation.get_object().get_name()
        assert relation.kind == Ccbnet.RelationKind.REPRESENTS_IN


def test_every_class_has_an_attribute_for_every_property():
    # Classes without records in the shipped dataset too: the query, the registry, problems,
    # changes, the builder, listings.
    for name in dir(Ccbnet):
        cls = getattr(Ccbnet, name)
        if not (isinstance(cls, type) and issubclass(cls, GObject.Object)):
            continue
        for pspec in own_properties(cls):
            assert isinstance(getattr(cls, pyname(pspec)), property), (name, pspec.name)


def test_writable_properties_set():
    query = Ccbnet.Query()
    ccb = Ccbnet.Registry.get_default()["ccb"]
    query.kind = Ccbnet.RelationKind.MEMBER_OF
    query.subject = ccb
    query.include_parts = True
    assert query.props.kind == Ccbnet.RelationKind.MEMBER_OF
    assert query.get_subject() is ccb
    assert query.get_include_parts() is True
    query.subject = None
    assert query.props.subject is None

    builder = Ccbnet.DatasetBuilder.new()
    builder.title = "A title"
    assert builder.get_title() == "A title"

    registry = Ccbnet.Registry.new()
    registry.max_depth = 12
    assert registry.get_max_depth() == 12


def test_read_only_properties_refuse_to_be_set():
    relation = Ccbnet.Registry.get_default().get_relations()[0]
    with pytest.raises(AttributeError):
        relation.subject = None
    with pytest.raises(AttributeError):
        relation.kind = Ccbnet.RelationKind.MEMBER_OF


def test_wrong_type_is_a_type_error():
    query = Ccbnet.Query()
    with pytest.raises(TypeError):
        query.subject = "not an entity object"


def test_methods_are_not_hidden():
    # The registry's query is still the override's method, the relation's getters still work.
    assert callable(Ccbnet.Registry.query)
    assert callable(Ccbnet.Relation.get_subject)
    registry = Ccbnet.Registry.get_default()
    assert len(registry.query(subject="ccb")) > 0
