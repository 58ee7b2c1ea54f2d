# SPDX-License-Identifier: LGPL-2.1-or-later
"""Misuse from Python, as scripts do it: each gets an exception with a message, never a crash,
a GLib critical or a hang. (`registry.query(None)` is not misuse: the override reads it as a
query without filters.) The suite runs with G_DEBUG=fatal-warnings, so a critical or a
warning from the library would end the process and fail every test.
"""

import gc
import json
import threading

import pytest
from gi.repository import Ccbnet, Gio, GLib

from conftest import SOURCE_ROOT

SHIPPED = SOURCE_ROOT / "data" / "ccbnet.json"
MINIMAL = SOURCE_ROOT / "tests" / "data" / "minimal.json"


def registry_of(path):
    registry = Ccbnet.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(str(path)), None)
    return registry


@pytest.mark.parametrize("call", [
    lambda r, b: r.lookup(42),
    lambda r, b: r.lookup(None),
    lambda r, b: r.query("represents-in"),
    lambda r, b: r.query(kind="not-a-kind"),
    lambda r, b: r.find_path(None, r.lookup("ccb"), 3),
    lambda r, b: r.diff(None),
    lambda r, b: Ccbnet.Registry.new().load_from_file(None, None),
    lambda r, b: Ccbnet.Query(kind="not-a-kind"),
    lambda r, b: b.add_entity(None),
    lambda r, b: b.add_entity({"id": "x"}),
    lambda r, b: b.remove(None),
    lambda r, b: b.merge(None, Ccbnet.MergeRule.FAIL, None),
], ids=["lookup-int", "lookup-none", "query-str", "query-keyword-bad-kind", "path-none", "diff-none",
        "load-none", "query-bad-kind", "add-none", "add-dict", "remove-none", "merge-none"])
def test_wrong_arguments_raise_with_a_message(call):
    # TypeError from PyGObject for a wrong type or None, ValueError from the override for a
    # keyword value that is not a nick.
    with pytest.raises((TypeError, ValueError)) as raised:
        call(Ccbnet.Registry.get_default(), Ccbnet.DatasetBuilder.new())
    assert str(raised.value)


@pytest.mark.parametrize("rule, prefix, message", [
    (Ccbnet.MergeRule.PREFIX, None, "needs a prefix"),
    (Ccbnet.MergeRule.PREFIX, "", "needs a prefix"),
    (Ccbnet.MergeRule.FAIL, "x-", "prefix goes with the prefix rule"),
])
def test_merge_arguments_are_errors_not_criticals(rule, prefix, message):
    builder = Ccbnet.DatasetBuilder.new()
    with pytest.raises(GLib.Error) as raised:
        builder.merge(Ccbnet.Registry.get_default(), rule, prefix)
    assert raised.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.INVALID_ARGUMENT)
    assert message in raised.value.message
    assert builder.props.n_records == 0


def test_empty_title_removes_it():
    builder = Ccbnet.DatasetBuilder.new()
    builder.props.title = "A title"
    builder.props.title = ""
    assert builder.props.title is None
    assert b'"title"' not in builder.to_json().get_data()


def test_query_changed_while_its_results_are_read():
    registry = Ccbnet.Registry.get_default()
    query = Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN)
    results = registry.query(query)
    expected = [results.get_item(i).props.id for i in range(results.get_n_items())]
    seen = []
    for i in range(results.get_n_items()):
        query.props.kind = Ccbnet.RelationKind.PART_OF if i % 2 else Ccbnet.RelationKind.MEMBER_OF
        seen.append(results.get_item(i).props.id)
    assert expected and seen == expected


def test_results_held_across_a_reload_keep_their_data_and_listings_follow():
    registry = registry_of(SHIPPED)
    listing = registry.get_entities()
    results = registry.query(Ccbnet.Query(kind=Ccbnet.RelationKind.REPRESENTS_IN))
    before = [(r.props.id, r.props.subject.props.id) for r in
              (results.get_item(i) for i in range(results.get_n_items()))]
    registry.load_from_file(Gio.File.new_for_path(str(MINIMAL)), None)
    gc.collect()
    after = [(r.props.id, r.props.subject.props.id) for r in
             (results.get_item(i) for i in range(results.get_n_items()))]
    assert after == before and ("r050", "ccb") in after
    assert listing is registry.get_entities()
    assert listing.get_n_items() == registry.get_n_entities()
    assert registry.lookup("ccb") is None


def test_registry_dropped_while_an_async_load_runs():
    loop = GLib.MainLoop()
    outcome = []

    def done(source, result):
        outcome.append((source.load_from_file_finish(result), source.get_n_entities()))
        loop.quit()

    registry = Ccbnet.Registry.new()
    registry.load_from_file_async(Gio.File.new_for_path(str(SHIPPED)), None, done)
    del registry
    gc.collect()
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    assert outcome == [(True, Ccbnet.Registry.get_default().get_n_entities())]


def test_one_builder_from_two_threads():
    builder = Ccbnet.DatasetBuilder.new()
    builder.add_source(json.dumps({"id": "page", "kind": "primary", "title": "A page",
                                   "publisher": "Us", "language": "en"}))
    builder.add_section(json.dumps({"id": "home", "scope": "national",
                                    "heading": {"en": "Home"},
                                    "sources": [{"source": "page", "quote": "Home"}]}))
    failures = []

    def add(thread):
        try:
            for i in range(150):
                builder.add_entity(json.dumps({
                    "id": f"e{thread}-{i}", "entity_type": "organisation",
                    "classification": "agency", "name": f"Entity {thread} {i}",
                    "scope": "national", "section": "home",
                    "sources": [{"source": "page", "quote": "q"}]}))
                if i % 25 == 0:
                    builder.to_json()
        except Exception as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=add, args=(t,)) for t in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert builder.props.n_records == 302
    assert builder.to_registry().get_n_entities() == 300
