# SPDX-License-Identifier: LGPL-2.1-or-later
"""The acceptance questions about the CCB networks page, answered through typed queries.

The questions (q01…q39), the typed calls that answer them, the expected ids and the source
sentences are data: tests/acceptance/questions.json, whose format tests/acceptance/README.md
describes. This file interprets each question, one test per question id, with the library's typed
calls only: Registry.find/find_all/query/query_entities/find_path, Ccbnet.Query(**filters) and
GObject properties read by name. tests/test-acceptance.c interprets the same file in C.

Run from the top of the source tree, after `ninja -C _build`:

    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/python/test_acceptance.py
"""

import json
import pathlib

import pytest
from gi.repository import Ccbnet, GObject

QUESTIONS_FILE = pathlib.Path(__file__).resolve().parent.parent / "acceptance" / "questions.json"
QUESTIONS = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))["questions"]

# The keys a step may have: its call (exactly one), what to name its result, what its result must
# be, and checks on each item of its result.
CALLS = ("find", "find_all", "query", "query_entities", "find_path", "filter", "difference",
         "check")
EXPECTATIONS = ("as", "ids", "subjects", "objects", "objects-include", "where")
CHECKS = ("type", "properties", "contains", "quotes", "quotes-include", "name-for-language",
          "other-names", "co-actors", "kind-is-a")


class FormatError(Exception):
    """The question file says something the format does not allow."""


def object_id(item):
    get_id = getattr(item, "get_id", None)
    return get_id() if get_id is not None else type(item).__name__


def ids(items):
    return [object_id(item) for item in items]


def enum_from_nick(gtype, nick):
    for value in gtype.pytype.__enum_values__.values():
        if value.value_nick == nick:
            return value
    raise FormatError(f"{nick!r} is no nick of {gtype.name}")


def flags_from_nicks(gtype, nicks):
    by_nick = {value.first_value_nick: int(value)
               for value in gtype.pytype.__flags_values__.values() if int(value) != 0}
    flags = 0
    for nick in nicks:
        if nick not in by_nick:
            raise FormatError(f"{nick!r} is no nick of {gtype.name}")
        flags |= by_nick[nick]
    return flags


def show(value):
    """A property value as the question file would write it."""
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GObject.GFlags):
        return [flag.first_value_nick for bit, flag in type(value).__flags_values__.items()
                if bit and int(value) & bit == bit]
    if isinstance(value, GObject.Object):
        return object_id(value)
    return value


def is_a(gtype, fundamental):
    return GObject.type_is_a(gtype, fundamental)


def quotes(item):
    if not isinstance(item, (Ccbnet.Entity, Ccbnet.Relation)):
        raise FormatError(f"{type(item).__name__} has no sources")
    return [citation.get_quote() for citation in item.get_sources()]


class Run:
    """One question being answered: the results its steps named with "as"."""

    def __init__(self, registry, question):
        self.registry = registry
        self.question = question
        self.names = {}

    # References and entities.

    def resolve_reference(self, reference):
        """"$NAME" is the result a step named NAME, "$NAME.PROPERTY…" the objects those items
        hold in an object-valued property."""
        if not reference.startswith("$"):
            raise FormatError(f"{reference!r} is no reference (they start with '$')")
        name, *path = reference[1:].split(".")
        if name not in self.names:
            raise FormatError(f"no earlier step is named {name!r}")
        items = list(self.names[name])
        for prop in path:
            following = []
            for item in items:
                pspec = item.find_property(prop)
                if pspec is None or not is_a(pspec.value_type, GObject.TYPE_OBJECT):
                    raise FormatError(f"{type(item).__name__} {object_id(item)} has no object "
                                      f"property {prop!r}")
                value = item.get_property(prop)
                assert value is not None, f"{object_id(item)} has no {prop}"
                following.append(value)
            items = following
        return items

    def resolve_entity(self, text):
        """An entity given as a reference to a result of exactly one entity, or as a name for
        Registry.find()."""
        if text.startswith("$"):
            items = self.resolve_reference(text)
            assert len(items) == 1 and isinstance(items[0], Ccbnet.Entity), \
                f"{text} must be one entity, not {ids(items)}"
            return items[0]
        entity = self.registry.find(text)
        assert entity is not None, f"nothing is known as {text!r}"
        return entity

    def build_query(self, filters):
        """A Ccbnet.Query with each filter set by its property name."""
        values = {}
        for name, value in filters.items():
            pspec = Ccbnet.Query.find_property(name)
            if pspec is None:
                raise FormatError(f"Ccbnet.Query has no property {name!r}")
            gtype = pspec.value_type
            if is_a(gtype, GObject.TYPE_ENUM):
                value = enum_from_nick(gtype, value)
            elif gtype == GObject.TYPE_BOOLEAN and isinstance(value, bool):
                pass
            elif gtype == GObject.TYPE_STRING and isinstance(value, str):
                pass  # valid-at: a day, YYYY-MM-DD
            elif is_a(gtype, Ccbnet.Entity.__gtype__):
                value = self.resolve_entity(value)
            elif is_a(gtype, Ccbnet.Section.__gtype__):
                section = self.registry.lookup_section(value)
                assert section is not None, f"no section has the id {value!r}"
                value = section
            else:
                raise FormatError(f"the filter {name!r} has a value of the wrong type")
            values[name.replace("-", "_")] = value
        return Ccbnet.Query(**values)

    # Checks on one item: None when the item passes, or what is wrong with it.

    def value_equals(self, actual, expected, gtype):
        if is_a(gtype, GObject.TYPE_ENUM):
            if not isinstance(expected, str):
                raise FormatError("expected an enumeration value as a nick")
            return actual == enum_from_nick(gtype, expected)
        if is_a(gtype, GObject.TYPE_FLAGS):
            if not isinstance(expected, list):
                raise FormatError("expected flags as a list of nicks")
            return int(actual) == flags_from_nicks(gtype, expected)
        if gtype == GObject.TYPE_STRING:
            if expected is not None and not isinstance(expected, str):
                raise FormatError("expected a string or null")
            return actual == expected
        if gtype == GObject.TYPE_BOOLEAN:
            if not isinstance(expected, bool):
                raise FormatError("expected a boolean")
            return bool(actual) == expected
        if gtype == GObject.TYPE_STRV:
            if not isinstance(expected, list):
                raise FormatError("expected a list of strings")
            return list(actual or []) == expected
        if is_a(gtype, GObject.TYPE_OBJECT):
            if expected is None:
                return actual is None
            if not isinstance(expected, str):
                raise FormatError("expected an id, a reference or null")
            if expected.startswith("$"):
                # The very object a step found.
                return actual is not None and actual == self.resolve_entity(expected)
            return actual is not None and object_id(actual) == expected
        raise FormatError(f"cannot compare a property of type {gtype.name}")

    def check_item(self, item, spec):
        target = item
        # In "where": the checks apply to an object the item holds, such as a relation's subject.
        if "at" in spec:
            pspec = item.find_property(spec["at"])
            if pspec is None or not is_a(pspec.value_type, GObject.TYPE_OBJECT):
                raise FormatError(f"{type(item).__name__} has no object property {spec['at']!r}")
            target = item.get_property(spec["at"])
            if target is None:
                return f"{object_id(item)} has no {spec['at']}"

        if "type" in spec:
            try:
                gtype = GObject.type_from_name(spec["type"])
            except RuntimeError:
                raise FormatError(f"no type is called {spec['type']}") from None
            if not target.__gtype__.is_a(gtype):
                return f"{object_id(target)} is a {target.__gtype__.name}, not a {spec['type']}"

        for name, expected in spec.get("properties", {}).items():
            pspec = target.find_property(name)
            if pspec is None:
                return f"{target.__gtype__.name} {object_id(target)} has no property {name!r}"
            actual = target.get_property(name)
            if not self.value_equals(actual, expected, pspec.value_type):
                return f"{name} of {object_id(target)} is {show(actual)!r}, not {expected!r}"

        for name, wanted in spec.get("contains", {}).items():
            pspec = target.find_property(name)
            if pspec is None or pspec.value_type != GObject.TYPE_STRV:
                return f"{target.__gtype__.name} {object_id(target)} has no list property {name!r}"
            have = list(target.get_property(name) or [])
            for want in wanted:
                if want not in have:
                    return f"{name} of {object_id(target)} does not contain {want!r}"

        if "quotes" in spec and quotes(target) != spec["quotes"]:
            return f"{object_id(target)} cites {quotes(target)!r}, not exactly {spec['quotes']!r}"
        for want in spec.get("quotes-include", []):
            if want not in quotes(target):
                return f"{object_id(target)} does not cite {want!r}"

        for language, want in spec.get("name-for-language", {}).items():
            if not isinstance(target, Ccbnet.Entity):
                raise FormatError("name-for-language needs an entity")
            have = target.get_name_for_language(language)
            if have != want:
                return f"the {language} name of {object_id(target)} is {have!r}, not {want!r}"

        for language, wanted in spec.get("other-names", {}).items():
            if not isinstance(target, Ccbnet.Entity):
                raise FormatError("other-names needs an entity")
            names = [n for n in target.get_other_names() if n.get_language() == language]
            if len(names) != len(wanted):
                return (f"{object_id(target)} has {len(names)} other names in {language}, "
                        f"not {len(wanted)}")
            for name, want in zip(names, wanted):
                if name.get_text() != want["text"]:
                    return (f"other name {name.get_text()!r} of {object_id(target)} is not "
                            f"{want['text']!r}")
                if "external" in want and name.is_external() != want["external"]:
                    return (f"other name {name.get_text()!r} of {object_id(target)} is "
                            f"{'' if name.is_external() else 'not '}external")

        if "co-actors" in spec:
            if not isinstance(target, Ccbnet.Relation):
                raise FormatError("co-actors needs a relation")
            have = ids(target.get_co_actors())
            if have != spec["co-actors"]:
                return f"the co-actors of {object_id(target)} are {have}, not {spec['co-actors']}"

        if "kind-is-a" in spec:
            ancestor = enum_from_nick(Ccbnet.RelationKind.__gtype__, spec["kind-is-a"])
            if not isinstance(target, Ccbnet.Relation):
                raise FormatError("kind-is-a needs a relation")
            if not Ccbnet.relation_kind_is_a(target.get_kind(), ancestor):
                return f"the kind of {object_id(target)} is not a kind of {spec['kind-is-a']}"

        return None

    # Steps.

    def call(self, step, name):
        """The result of a step's call, as a list."""
        argument = step[name]
        if name == "find":
            entity = self.registry.find(argument)
            assert entity is not None, f"nothing is known as {argument!r}"
            return [entity]
        if name == "find_all":
            return list(self.registry.find_all(argument))
        if name == "query":
            return list(self.registry.query(self.build_query(argument)))
        if name == "query_entities":
            return list(self.registry.query_entities(self.build_query(argument)))
        if name == "find_path":
            origin = self.resolve_entity(argument["from"])
            destination = self.resolve_entity(argument["to"])
            path = self.registry.find_path(origin, destination, argument.get("max-hops", 0))
            assert path is not None, f"no path from {object_id(origin)} to {object_id(destination)}"
            return list(path)
        if name == "filter":
            where = step["where"]
            unknown = set(where) - set(CHECKS) - {"at"}
            if unknown:
                raise FormatError(f"'where' has unknown checks {sorted(unknown)}")
            return [item for item in self.resolve_reference(argument)
                    if self.check_item(item, where) is None]
        if name == "difference":
            if len(argument) != 2:
                raise FormatError("'difference' takes two references")
            first, second = (self.resolve_reference(reference) for reference in argument)
            return [item for item in first if not any(item == other for other in second)]
        if name == "check":
            return self.resolve_reference(argument)
        raise AssertionError(name)

    def expect_ids(self, step, member, items, end):
        if member not in step:
            return
        if end is None:
            have = ids(items)
        else:
            if not all(isinstance(item, Ccbnet.Relation) for item in items):
                raise FormatError(f"{member!r} needs relations")
            have = ids(item.get_property(end) for item in items)
        if member == "objects-include":
            missing = [i for i in step[member] if i not in have]
            assert not missing, f"the objects {have} do not include {missing}"
        else:
            assert have == step[member], f"the {member} are {have}, not {step[member]}"

    def run_step(self, step):
        unknown = set(step) - set(CALLS) - set(EXPECTATIONS) - set(CHECKS)
        if unknown:
            raise FormatError(f"unknown keys {sorted(unknown)}")
        names = [key for key in step if key in CALLS]
        if len(names) != 1:
            raise FormatError(f"a step makes exactly one call, not {names}")
        name = names[0]
        if "where" in step and name != "filter":
            raise FormatError("only 'filter' takes 'where'")

        result = self.call(step, name)

        self.expect_ids(step, "ids", result, None)
        self.expect_ids(step, "subjects", result, "subject")
        self.expect_ids(step, "objects", result, "object")
        self.expect_ids(step, "objects-include", result, "object")

        # Checks apply to every item, so an empty result would pass them all: it fails instead.
        if any(key in CHECKS for key in step):
            assert result, f"the checks have nothing to check: the {name} found nothing"
            for item in result:
                failure = self.check_item(item, step)
                assert failure is None, failure

        if "as" in step:
            self.names[step["as"]] = result

    def run(self):
        steps = self.question["steps"]
        assert steps, f"{self.question['id']} has no steps"
        for number, step in enumerate(steps, start=1):
            try:
                self.run_step(step)
            except AssertionError as error:
                raise AssertionError(f"{self.question['id']}, step {number}: {error}") from None
            except FormatError as error:
                pytest.fail(f"{QUESTIONS_FILE}: {self.question['id']}, step {number}: {error}")


def test_question_ids_are_unique_and_well_formed():
    question_ids = [question["id"] for question in QUESTIONS]
    assert len(set(question_ids)) == len(question_ids)
    assert all(len(i) == 3 and i[0] == "q" and i[1:].isdigit() for i in question_ids)
    assert all(question.get("question") for question in QUESTIONS)


@pytest.mark.parametrize("question", QUESTIONS, ids=[question["id"] for question in QUESTIONS])
def test_acceptance(registry, question):
    Run(registry, question).run()
