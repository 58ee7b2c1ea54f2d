# SPDX-License-Identifier: LGPL-2.1-or-later
"""Shared set-up of the Python test suite of libccbnet.

Run the suite against the uninstalled build (Debian's /usr/bin/python3 has PyGObject; the
python3 of a virtual environment may not):

    ninja -C _build
    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/python

When GI_TYPELIB_PATH is not set, the typelib and library are looked up in the build directory
named by CCBNET_BUILDDIR (default: _build at the top of the source tree), and both variables are
set for the subprocesses some tests start.
"""

import copy
import json
import os
import pathlib

import gi

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[2]

if not os.environ.get("GI_TYPELIB_PATH"):
    _libdir = pathlib.Path(os.environ.get("CCBNET_BUILDDIR", SOURCE_ROOT / "_build")) / "lib"
    gi.require_version("GIRepository", "2.0")
    from gi.repository import GIRepository

    GIRepository.Repository.prepend_search_path(str(_libdir))
    GIRepository.Repository.prepend_library_path(str(_libdir))
    os.environ["GI_TYPELIB_PATH"] = str(_libdir)
    os.environ["LD_LIBRARY_PATH"] = os.pathsep.join(
        p for p in (str(_libdir), os.environ.get("LD_LIBRARY_PATH")) if p
    )

gi.require_version("Ccbnet", "1.0")
from gi.repository import Ccbnet, GLib  # noqa: E402

import pytest  # noqa: E402


def ids(items):
    """The ids of the items of a list model or sequence, in order."""
    return [item.get_id() for item in items]


def to_bytes(dataset):
    """A dataset given as a dict (or already as bytes) as a GLib.Bytes."""
    if isinstance(dataset, dict):
        dataset = json.dumps(dataset, ensure_ascii=False).encode("utf-8")
    return GLib.Bytes.new(dataset)


def _cite(quote):
    return [{"source": "doc", "quote": quote}]


# A small valid dataset: two sections, four entities, two relations. Tests copy it and break
# one thing at a time.
SMALL_DATASET = {
    "format": "ccbnet/1",
    "title": "A small test dataset",
    "sources": [
        {"id": "doc", "kind": "primary", "title": "The page", "publisher": "Us", "language": "en"},
        {"id": "ext", "kind": "external", "title": "Elsewhere", "publisher": "Them",
         "language": "nl"},
    ],
    "sections": [
        {"id": "sec-a", "scope": "national", "heading": {"en": "Section A", "nl": "Sectie A"},
         "sources": _cite("Section A")},
        {"id": "sec-b", "scope": "european", "heading": {"en": "Section B"},
         "sources": _cite("Section B")},
    ],
    "entities": [
        {"id": "alpha", "entity_type": "organisation", "classification": "agency",
         "name": "Alpha Agency", "short_name": "AA",
         "other_names": [{"name": "Alfa Agentschap", "lang": "nl", "note": "official name",
                          "source": "ext"},
                         {"name": "the Agency", "lang": "en", "note": "page wording"}],
         "scope": "national", "section": "sec-a", "sources": _cite("Alpha is an agency.")},
        {"id": "alpha-unit", "entity_type": "organisation", "classification": "unit",
         "name": "Alpha Unit", "scope": "national", "section": "sec-a",
         "sources": _cite("The unit is part of Alpha.")},
        {"id": "land", "entity_type": "state", "classification": "sovereign-state",
         "name": "Land", "scope": "national", "section": "sec-a",
         "sources": _cite("Alpha represents Land.")},
        {"id": "forum", "entity_type": "body", "classification": "forum", "name": "The Forum",
         "scope": "european", "section": "sec-b", "cadence": "monthly",
         "cadence_text": "meets monthly", "sources": _cite("The Forum meets monthly.")},
    ],
    "relations": [
        {"id": "r1", "kind": "unit-of", "subject": "alpha-unit", "object": "alpha",
         "section": "sec-a", "sources": _cite("The unit is part of Alpha.")},
        {"id": "r2", "kind": "represents-in", "subject": "alpha", "object": "forum",
         "on_behalf_of": "land", "start_date": "2019", "end_date": "2020-05-31",
         "section": "sec-b", "sources": _cite("Alpha represents Land.")},
    ],
}


@pytest.fixture
def dataset():
    """A fresh deep copy of the small valid dataset, as a dict."""
    return copy.deepcopy(SMALL_DATASET)


@pytest.fixture
def small_registry(dataset):
    """A new registry holding the small dataset."""
    registry = Ccbnet.Registry.new()
    assert registry.load_from_bytes(to_bytes(dataset), "small.json", None)
    return registry


@pytest.fixture(scope="session")
def registry():
    """The shipped dataset."""
    return Ccbnet.Registry.get_default()


@pytest.fixture(scope="session")
def entity(registry):
    """Looks up an entity of the shipped dataset by id, failing the test if there is none."""

    def lookup(entity_id):
        found = registry.lookup(entity_id)
        assert found is not None, f"no entity {entity_id!r} in the shipped dataset"
        return found

    return lookup
