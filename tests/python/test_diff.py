# SPDX-License-Identifier: LGPL-2.1-or-later
"""Registry.diff from Python: the changes between two datasets, as Ccbnet.Change objects."""

import json

import pytest
from gi.repository import Ccbnet, Gio, GLib

from conftest import to_bytes


def load(dataset):
    registry = Ccbnet.Registry.new()
    assert registry.load_from_bytes(to_bytes(dataset), "diff.json", None)
    return registry


def summary(changes):
    """Each change as (change type nick, list, id, members)."""
    return [(Ccbnet.ChangeType.to_string(c.get_change_type()), c.get_list(), c.get_id(),
             list(c.get_members())) for c in changes]


def test_equal_datasets_have_no_change(small_registry, dataset):
    assert len(small_registry.diff(small_registry)) == 0
    assert len(small_registry.diff(load(dataset))) == 0


def test_edits_are_the_changes(small_registry, dataset):
    dataset["title"] = "Another title"
    dataset["entities"][0]["name"] = "Alpha Authority"
    dataset["relations"][1]["start_date"] = "2020-02"
    del dataset["relations"][0]
    dataset["relations"].append(
        {"id": "r3", "kind": "member-of", "subject": "alpha", "object": "forum",
         "section": "sec-b", "sources": [{"source": "doc", "quote": "Alpha is an agency."}]})

    changes = small_registry.diff(load(dataset))

    assert summary(changes) == [
        ("changed", "dataset", "", ["title"]),
        ("changed", "entities", "alpha", ["name"]),
        ("removed", "relations", "r1", []),
        ("changed", "relations", "r2", ["start_date"]),
        ("added", "relations", "r3", []),
    ]
    assert all(isinstance(c, Ccbnet.Change) for c in changes)

    title, alpha, r1, r2, r3 = changes
    assert json.loads(title.dup_old_value("title")) == "A small test dataset"
    assert json.loads(title.dup_new_value("title")) == "Another title"
    assert alpha.dup_old_value("name") == '"Alpha Agency"'
    assert alpha.dup_new_value("name") == '"Alpha Authority"'
    # The date changed; the relation is the same one.
    assert r2.get_change_type() == Ccbnet.ChangeType.CHANGED
    assert (r2.dup_old_value("start_date"), r2.dup_new_value("start_date")) == ('"2019"', '"2020-02"')
    # Added and removed records come whole, on their one side.
    assert json.loads(r1.dup_old_value(None))["subject"] == "alpha-unit"
    assert r1.dup_new_value(None) is None
    assert r3.dup_old_value(None) is None
    assert json.loads(r3.dup_new_value(None)) == dataset["relations"][-1]


def test_properties(small_registry, dataset):
    dataset["entities"][0]["short_name"] = "AAA"
    dataset["entities"][0]["note"] = "a note"
    (change,) = small_registry.diff(load(dataset))

    assert change.props.change_type == Ccbnet.ChangeType.CHANGED
    assert change.props.list == "entities"
    assert change.props.id == "alpha"
    # In the order of the format: short_name comes before note.
    assert change.props.members == ["short_name", "note"]
    assert change.dup_old_value("note") is None
    assert json.loads(change.dup_new_value("note")) == "a note"


def test_no_dataset_is_an_error(small_registry):
    with pytest.raises(GLib.Error) as raised:
        Ccbnet.Registry.new().diff(small_registry)
    assert raised.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_INITIALIZED)
