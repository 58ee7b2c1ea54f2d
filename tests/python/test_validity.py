# SPDX-License-Identifier: LGPL-2.1-or-later
"""When records hold: Ccbnet.Query's valid_at, and the dates, ended flags and supersession links
of entities and relations (since 1.2).

Covers the shipped dataset (the CCB and other departments represent Belgium in the ECCG pending
the formal establishment of the certification authority, ncca, which started on 2022-07-20 and
represents Belgium there since, r090 superseding r053 and r054; the CCB as Belgium's National
Coordination Centre, r097, which holds only from the date of the regulation it acts under) and a
tiny dataset built here that shows where partial dates begin and end.

Run from the top of the source tree, after `ninja -C _build`:

    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/python/test_validity.py
"""

import pytest
from gi.repository import Ccbnet, GLib

from conftest import ids, to_bytes

Kind = Ccbnet.RelationKind


def subjects(relations):
    return {relation.get_subject().get_id() for relation in relations}


# --- The shipped dataset: the ECCG before and after the authority started ----------------------


def test_eccg_before_the_authority_started(registry, entity):
    relations = registry.query(kind=Kind.REPRESENTS_IN, object=entity("eccg"),
                               valid_at="2021-06-01")
    assert subjects(relations) == {"ccb", "other-government-departments"}
    assert ids(relations) == ["r053", "r054"]


def test_eccg_after_the_authority_started(registry, entity):
    relations = registry.query(kind=Kind.REPRESENTS_IN, object=entity("eccg"),
                               valid_at="2024-06-01")
    assert subjects(relations) == {"ncca"}
    assert ids(relations) == ["r090"]


def test_eccg_on_the_day_the_authority_started(registry, entity):
    # ncca's start_date is 2022-07-20: r090 needs ncca to exist, r053 and r054 wait for it
    # (pending-establishment) and are superseded by r090 from that day on.
    eccg = entity("eccg")
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, object=eccg,
                              valid_at="2022-07-19")) == ["r053", "r054"]
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, object=eccg,
                              valid_at="2022-07-20")) == ["r090"]


def test_eccg_without_a_day_gives_everything_the_dataset_knows(registry, entity):
    relations = registry.query(kind=Kind.REPRESENTS_IN, object=entity("eccg"), valid_at=None)
    assert subjects(relations) == {"ccb", "other-government-departments", "ncca"}
    assert ids(relations) == ["r053", "r054", "r090"]
    # valid_at=None is the default.
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, object=entity("eccg"))) == ids(relations)


def test_enisa_ad_hoc_working_groups_likewise(registry, entity):
    wgs = entity("enisa-adhoc-wgs")
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, object=wgs,
                              valid_at="2021-06-01")) == ["r055", "r056"]
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, object=wgs,
                              valid_at="2024-06-01")) == ["r091"]


def test_query_entities_takes_valid_at(registry, entity):
    eccg = entity("eccg")
    assert ids(registry.query_entities(kind=Kind.REPRESENTS_IN, object=eccg,
                                       valid_at="2021-06-01")) == [
        "ccb", "other-government-departments"]
    assert ids(registry.query_entities(kind=Kind.REPRESENTS_IN, object=eccg,
                                       valid_at="2024-06-01")) == ["ncca"]


def test_nothing_holds_under_a_regulation_before_its_date(registry, entity):
    # r097: the CCB acts as the National Coordination Centre for Belgium in the network of
    # National Coordination Centres "created with European Regulation (EU) 2021/887 of 20 May
    # 2021", its framework. No source dates r097 itself nor the entities it reaches: the date of
    # the regulation is the first day it can hold.
    r097 = registry.lookup_relation("r097")
    assert r097.get_start_date() is None and r097.get_end_date() is None
    assert r097.get_framework().get_id() == "regulation-2021-887"
    assert r097.get_framework().get_date() == "2021-05-20"
    network = entity("ncc-network")
    assert ids(registry.query(object=network, valid_at="2021-05-19")) == []
    assert ids(registry.query(object=network, valid_at="2021-05-20")) == ["r097"]
    assert ids(registry.query(object=network)) == ["r097"]
    # The CCB's other seats are not dated by a regulation, and hold on both days.
    ccb = entity("ccb")
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, subject=ccb, valid_at="2021-05-19")) == [
        "r050", "r051", "r053", "r055", "r075"]
    assert ids(registry.query(kind=Kind.REPRESENTS_IN, subject=ccb, valid_at="2021-05-20")) == [
        "r050", "r051", "r053", "r055", "r075", "r097"]


def test_supersedes_and_superseded_by(registry):
    r090 = registry.lookup_relation("r090")
    r053 = registry.lookup_relation("r053")
    assert list(r090.get_supersedes()) == ["r053", "r054"]
    assert list(r090.props.supersedes) == ["r053", "r054"]
    assert list(r090.get_superseded_by()) == []
    assert list(r053.get_superseded_by()) == ["r090"]
    assert list(r053.props.superseded_by) == ["r090"]
    assert list(r053.get_supersedes()) == []
    assert list(registry.lookup_relation("r091").get_supersedes()) == ["r055", "r056"]
    assert list(registry.lookup_relation("r056").get_superseded_by()) == ["r091"]


def test_ended(registry):
    for relation_id in ("r053", "r054", "r055", "r056"):
        relation = registry.lookup_relation(relation_id)
        assert relation.get_ended() is True, relation_id
        assert relation.props.ended is True, relation_id
        # Ended at a date no source gives.
        assert relation.get_end_date() is None, relation_id
    assert registry.lookup_relation("r090").get_ended() is False
    assert registry.lookup_relation("r090").props.ended is False
    assert registry.lookup_relation("r050").get_ended() is False


def test_entity_start_date(entity):
    ncca = entity("ncca")
    assert ncca.get_start_date() == "2022-07-20"
    assert ncca.props.start_date == "2022-07-20"
    assert ncca.get_end_date() is None
    assert ncca.get_ended() is False
    assert entity("ccb").get_start_date() is None


def test_valid_at_from_a_date_time(registry, entity):
    eccg = entity("eccg")
    for day, moment in [
        ("2021-06-01", GLib.DateTime.new_utc(2021, 6, 1, 12, 0, 0)),
        ("2024-06-01", GLib.DateTime.new_utc(2024, 6, 1, 23, 59, 59)),
    ]:
        query = Ccbnet.Query(kind=Kind.REPRESENTS_IN, object=eccg)
        query.set_valid_at_date_time(moment)
        assert query.get_valid_at() == day
        assert query.props.valid_at == day
        by_string = registry.query(kind=Kind.REPRESENTS_IN, object=eccg, valid_at=day)
        assert ids(registry.query(query)) == ids(by_string)
    # The day is the one in the moment's own time zone: 23:30 on 2022-07-19 at UTC-05:00 is
    # 04:30 on 2022-07-20 in UTC, and the query is about 2022-07-19.
    query = Ccbnet.Query()
    query.set_valid_at_date_time(
        GLib.DateTime.new(GLib.TimeZone.new_offset(-5 * 3600), 2022, 7, 19, 23, 30, 0))
    assert query.get_valid_at() == "2022-07-19"
    query.set_valid_at_date_time(None)
    assert query.get_valid_at() is None


def test_valid_at_is_a_property():
    query = Ccbnet.Query()
    assert query.get_valid_at() is None
    query.set_valid_at("2024-02-29")
    assert query.props.valid_at == "2024-02-29"
    query.props.valid_at = None
    assert query.get_valid_at() is None
    assert Ccbnet.Query(valid_at="2020-01-31").get_valid_at() == "2020-01-31"


@pytest.mark.parametrize("date, valid", [
    ("2024-02-29", True), ("2023-02-29", False), ("2020-03", False), ("2020", False),
    ("2020-3-01", False), ("2020-13-01", False), ("", False),
])
def test_is_valid_date(date, valid):
    assert Ccbnet.Query.is_valid_date(date) is valid


# --- A tiny dataset: where partial dates begin and end -------------------------------------------


def _cite(quote):
    return [{"source": "page", "quote": quote}]


# Modeled on tests/data/minimal.json: the agency represents Testland in the forum from March 2020;
# the old office, which existed until the end of 2020, took part in the forum.
TIMED_DATASET = {
    "format": "ccbnet/1",
    "title": "A dataset with dates",
    "sources": [
        {"id": "page", "kind": "primary", "title": "A test page", "publisher": "The tests",
         "language": "en", "retrieved": "2026-11-27"},
    ],
    "sections": [
        {"id": "sec-european", "scope": "european", "heading": {"en": "At a European level"},
         "sources": _cite("At a European level")},
    ],
    "entities": [
        {"id": "agency", "entity_type": "organisation", "classification": "national-authority",
         "name": "Test Agency", "scope": "european", "section": "sec-european",
         "sources": _cite("The agency represents Testland.")},
        {"id": "testland", "entity_type": "state", "classification": "sovereign-state",
         "name": "Testland", "scope": "european", "section": "sec-european",
         "sources": _cite("The agency represents Testland.")},
        {"id": "forum", "entity_type": "body", "classification": "forum", "name": "Test Forum",
         "scope": "european", "section": "sec-european",
         "sources": _cite("The Test Forum meets.")},
        {"id": "old-office", "entity_type": "organisation", "classification": "national-authority",
         "name": "Old Office", "end_date": "2020", "scope": "european", "section": "sec-european",
         "sources": _cite("The Old Office, closed in 2020, took part in the forum.")},
    ],
    "relations": [
        {"id": "r1", "kind": "represents-in", "subject": "agency", "object": "forum",
         "on_behalf_of": "testland", "start_date": "2020-03", "section": "sec-european",
         "sources": _cite("Since March 2020 the agency represents Testland in the forum.")},
        {"id": "r2", "kind": "participates-in", "subject": "old-office", "object": "forum",
         "section": "sec-european",
         "sources": _cite("The Old Office, closed in 2020, took part in the forum.")},
    ],
}


@pytest.fixture
def timed():
    registry = Ccbnet.Registry.new()
    assert registry.load_from_bytes(to_bytes(TIMED_DATASET), "timed.json", None)
    return registry


def test_tiny_dataset_dates_read_back(timed):
    r1 = timed.lookup_relation("r1")
    assert r1.get_start_date() == "2020-03"
    assert r1.get_end_date() is None
    assert r1.get_ended() is False
    old = timed.lookup("old-office")
    assert old.get_end_date() == "2020"
    assert old.get_start_date() is None
    assert old.get_ended() is True


def test_a_start_month_holds_from_its_first_day(timed):
    # "2020-03" starts on 2020-03-01; the day before is 2020-02-29 (2020 is a leap year).
    assert ids(timed.query(kind=Kind.REPRESENTS_IN, valid_at="2020-02-29")) == []
    assert ids(timed.query(kind=Kind.REPRESENTS_IN, valid_at="2020-03-01")) == ["r1"]
    assert ids(timed.query(kind=Kind.REPRESENTS_IN, valid_at="2031-01-01")) == ["r1"]
    assert ids(timed.query(kind=Kind.REPRESENTS_IN)) == ["r1"]


def test_an_end_year_holds_to_its_last_day(timed):
    assert "old-office" in ids(timed.query_entities(valid_at="2020-12-31"))
    assert "old-office" not in ids(timed.query_entities(valid_at="2021-01-01"))
    # No start date: the office held as far back as one asks.
    assert "old-office" in ids(timed.query_entities(valid_at="1900-01-01"))
    assert ids(timed.query_entities(valid_at="2021-01-01")) == ["agency", "testland", "forum"]
    assert ids(timed.query_entities()) == ["agency", "testland", "forum", "old-office"]


def test_the_relations_of_an_ended_entity_are_left_out(timed):
    # r2 has no dates of its own; it holds only while the old office does.
    assert ids(timed.query(subject="old-office", valid_at="2020-12-31")) == ["r2"]
    assert ids(timed.query(subject="old-office", valid_at="2021-01-01")) == []
    assert ids(timed.query(object="forum", valid_at="2020-06-30")) == ["r1", "r2"]
    assert ids(timed.query(object="forum", valid_at="2021-01-01")) == ["r1"]
    assert ids(timed.query(object="forum", valid_at="2020-01-15")) == ["r2"]
    assert ids(timed.query(object="forum")) == ["r1", "r2"]
    # At the free end too: who takes part in the forum.
    assert ids(timed.query_entities(object="forum", include_subkinds=True,
                                    kind=Kind.PARTICIPATES_IN, valid_at="2021-01-01")) == [
        "agency"]
