# SPDX-License-Identifier: LGPL-2.1-or-later
"""The public API of libccbnet, called from Python through GObject introspection.

Covers the shipped registry (lookups, finds, entities, relations, sections, documents, every
query filter, the free-end rules of query_entities, paths) and loading (a small dataset built
here, one bad variant per error code, hostile bytes, atomic failure, items-changed, async and
cancelled loads, CCBNET_DATASET).

Run from the top of the source tree, after `ninja -C _build`:

    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/python/test_registry.py
"""

import copy
import json
import os
import re
import subprocess
import sys
import textwrap

import gi
import pytest
from gi.repository import Ccbnet, Gio, GLib

from conftest import SMALL_DATASET, ids, to_bytes

Kind = Ccbnet.RelationKind
EntityType = Ccbnet.EntityType
Condition = Ccbnet.Condition
Cadence = Ccbnet.Cadence
Scope = Ccbnet.Scope
DatasetError = Ccbnet.DatasetError

DATASET_ERROR_DOMAIN = "ccbnet-dataset-error-quark"



def query(**filters):
    return Ccbnet.Query(**filters)


def run_python(code, **extra_env):
    """Runs `code` in a fresh /usr/bin/python3 (the same interpreter) with the test's GI paths."""
    env = dict(os.environ)
    env.pop("G_DEBUG", None)
    env.update(extra_env)
    prelude = "import gi\ngi.require_version('Ccbnet', '1.0')\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        env=env, capture_output=True, text=True, timeout=120,
    )


# --- The shipped registry ----------------------------------------------------------------------


def test_default_registry_is_one_shared_instance(registry):
    assert Ccbnet.Registry.get_default() is registry


def test_default_registry_holds_the_whole_page(registry):
    assert len(registry.get_entities()) == 90
    assert len(registry.get_relations()) == 97
    assert len(registry.get_sections()) == 5
    primary = [d.get_id() for d in registry.get_documents()
               if d.get_kind() == Ccbnet.DocumentKind.PRIMARY]
    assert primary == ["seed-000"]


def test_listings_are_record_lists_in_dataset_order(registry):
    # The entity and relation listings make their objects as they are read (a Ccbnet.RecordList,
    # since 1.2; a filled Gio.ListStore before). Python iterates, indexes and counts them as
    # any list model.
    entities = registry.get_entities()
    assert isinstance(entities, Ccbnet.RecordList)
    assert isinstance(entities, Gio.ListModel)
    assert entities.get_item_type() == Ccbnet.Entity.__gtype__
    assert entities.props.item_type == Ccbnet.Entity.__gtype__
    assert entities.props.n_items == 90
    assert entities[3] is registry.lookup("ccb")
    assert isinstance(registry.get_relations(), Ccbnet.RecordList)
    assert registry.get_relations().get_item_type() == Ccbnet.Relation.__gtype__
    assert ids(entities)[:4] == ["belgium", "antwerp", "eu", "ccb"]
    # The bodies of the later CCB pages (National Coordination, International Relations) come
    # after those of the primary page.
    assert ids(entities)[-1] == "regulation-2021-887"
    # Page order, not id order: r092 (the Digital Task Force as the other channel of r023) was
    # added after the others and stands beside r023; r093 to r097, from the later CCB pages,
    # come last.
    assert ids(registry.get_relations()) == (
        [f"r{n:03d}" for n in range(1, 24)] + ["r092"] + [f"r{n:03d}" for n in range(24, 92)]
        + [f"r{n:03d}" for n in range(93, 98)])
    assert ids(registry.get_sections()) == [
        "section-national-1", "section-national-2", "section-european",
        "section-international", "section-operational",
    ]


def test_fold_name_is_the_key_find_matches_on(registry):
    key = Ccbnet.fold_name("  Centre pour la Cybers\u00e9curit\u00e9\u00a0Belgique ")
    assert key == "centre pour la cybersecurite belgique"
    assert Ccbnet.fold_name("d\u2019Entreprises") == "d'entreprises"
    assert Ccbnet.fold_name("Stra\u00dfe") == "strasse"
    assert registry.find(key) is registry.lookup("ccb")


def test_every_vocabulary_has_its_nicks():
    assert Ccbnet.status_to_string(Ccbnet.Status.PENDING_ESTABLISHMENT) == "pending-establishment"
    assert Ccbnet.document_kind_to_string(Ccbnet.DocumentKind.PRIMARY) == "primary"
    assert Ccbnet.Problem.code_to_string(Ccbnet.DatasetError.CYCLE) == "cycle"
    assert Ccbnet.sector_to_strv(Ccbnet.Sector.PRIVATE | Ccbnet.Sector.PUBLIC) == ["public", "private"]
    assert Ccbnet.level_to_strv(Ccbnet.Level.EUROPEAN) == ["european"]
    assert Ccbnet.level_to_strv(Ccbnet.Level.NONE) == []


def test_lookup_by_exact_id(registry):
    ccb = registry.lookup("ccb")
    assert isinstance(ccb, Ccbnet.Organisation)
    assert ccb.get_id() == "ccb"
    assert registry.lookup("CCB") is None
    assert registry.lookup("no-such-entity") is None


def test_lookup_relation_section_and_document(registry):
    relation = registry.lookup_relation("r053")
    assert relation.get_id() == "r053"
    assert relation.get_kind() == Kind.REPRESENTS_IN
    assert registry.lookup_relation("r999") is None
    assert registry.lookup_section("section-european").get_scope() == Scope.EUROPEAN
    assert registry.lookup_section("section-nowhere") is None
    assert registry.lookup_document("seed-000").get_kind() == Ccbnet.DocumentKind.PRIMARY
    assert registry.lookup_document("ccb") is None


# --- find and find_all ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("CCB", "ccb"),
    ("ccb", "ccb"),
    ("Centre for Cybersecurity Belgium", "ccb"),
    ("centre pour la cybersecurite belgique", "ccb"),        # French, no accents
    ("CENTRE POUR LA CYBERSÉCURITÉ BELGIQUE", "ccb"),        # French, upper case
    ("Centrum voor Cybersecurity België", "ccb"),            # Dutch, as written
    ("centrum voor cybersecurity belgie", "ccb"),            # Dutch, no diaeresis
    ("cert.be", "cert-be"),
    ("Belgian Computer Emergency Response Team", "cert-be"),
    ("België", "belgium"),
    ("BELGIQUE", "belgium"),
    ("navo", "nato"),
    ("OTAN", "nato"),
    ("Synergy IT", "sit"),
    ("cyber-europe", "cyber-europe"),
    ("public prosecutor’s office in antwerp", "prosecutor-antwerp"),   # curly for straight
    ("Public  prosecutor's   office in Antwerp", "prosecutor-antwerp"),  # runs of spaces
    ("Agence de l’Union europeenne pour la cybersecurite", "enisa"),
    ("les conseillers en securite de l'information/data protection officers",
     "csi-dpo-platform"),
    ("Organisatie voor Veiligheid en Samenwerking in Europa", "osce"),
])
def test_find(registry, text, expected):
    found = registry.find(text)
    assert found is not None, text
    assert found.get_id() == expected


@pytest.mark.parametrize("text", ["", "no such network", "Centre for Cybersecurity"])
def test_find_nothing(registry, text):
    assert registry.find(text) is None
    assert len(registry.find_all(text)) == 0


def test_find_matches_whole_names_only(registry):
    # "QCTR" is the acronym of the report only: the page gives the events no short name. Their
    # name "Quarterly Cyber Threat Report (QCTR) events" and other name "QCTR events" hold it,
    # but find matches a whole name, never a part of one.
    assert ids(registry.find_all("QCTR")) == ["qctr-report"]
    assert ids(registry.find_all("qctr")) == ["qctr-report"]
    assert registry.find("QCTR").get_id() == "qctr-report"
    assert ids(registry.find_all("QCTR events")) == ["qctr-events"]
    # Nor is "ISP" a name of the largest ISPs (the page writes it only in "ISP think tank").
    assert ids(registry.find_all("ISP")) == []


def test_find_all_returns_every_entity_sharing_a_name(dataset):
    # No name of the shipped dataset is shared, so the small dataset is given some: the name of
    # "land", the acronym of "alpha" and "alpha-unit" and an other name of "forum" are all "AA".
    # The best match comes first: by id, then by name, by acronym and by other name, each in
    # dataset order.
    entities = {e["id"]: e for e in dataset["entities"]}
    entities["land"]["name"] = "AA"
    entities["alpha-unit"]["short_name"] = "AA"
    entities["forum"]["other_names"] = [{"name": "aa", "lang": "en", "note": "page wording"}]
    registry = Ccbnet.Registry.new()
    assert registry.load_from_bytes(to_bytes(dataset), "shared.json", None)
    assert ids(registry.find_all("AA")) == ["land", "alpha", "alpha-unit", "forum"]
    assert registry.find("aa").get_id() == "land"


def test_find_all_of_a_unique_name(registry):
    assert ids(registry.find_all("ECSO")) == ["ecso"]


# --- Entities ------------------------------------------------------------------------------------


def test_entity_properties(entity):
    ccb = entity("ccb")
    assert ccb.get_name() == "Centre for Cybersecurity Belgium"
    assert ccb.get_short_name() == "CCB"
    assert ccb.get_entity_type() == EntityType.ORGANISATION
    assert ccb.get_classification() == "national-cybersecurity-authority"
    assert ccb.get_scope() == Scope.NATIONAL
    assert ccb.get_section().get_id() == "section-national-1"
    assert ccb.get_cadence() == Cadence.UNSPECIFIED
    assert ccb.get_cadence_text() is None
    assert ccb.get_status() == Ccbnet.Status.UNSPECIFIED
    assert ccb.get_is_collective() is False
    assert "never expands" in ccb.get_note()
    assert ccb.get_parent() is None
    # The same values through GObject properties.
    assert ccb.props.id == "ccb"
    assert ccb.props.short_name == "CCB"
    assert ccb.props.entity_type == EntityType.ORGANISATION
    assert ccb.props.section.get_id() == "section-national-1"


def test_entity_name_source(entity):
    ccb = entity("ccb")
    source = ccb.get_name_source()
    assert source.get_id() == "ccb-website-en"
    assert source.get_kind() == Ccbnet.DocumentKind.EXTERNAL
    assert ccb.props.name_source.get_id() == "ccb-website-en"
    assert entity("sit").get_name_source() is None


@pytest.mark.parametrize("entity_id, language, expected", [
    ("ccb", "nl", "Centrum voor Cybersecurity België"),
    ("ccb", "fr", "Centre pour la Cybersécurité Belgique"),
    ("ccb", "fr-BE", "Centre pour la Cybersécurité Belgique"),
    ("ccb", "de", "Zentrum für Cybersicherheit Belgien"),   # the first German name, not "ZCB"
    ("ccb", "it", "Centre for Cybersecurity Belgium"),      # no Italian name: English
    ("ccb", None, "Centre for Cybersecurity Belgium"),
    ("belgium", "en", "Belgium"),                           # not the English variant "Belgian"
    ("belgium", "nl", "België"),
    ("nato", "fr", "OTAN"),
    ("csi-dpo-platform", "fr",
     "les Conseillers en Sécurité de l'Information/Data Protection Officers"),
    ("sit", "nl", "Synergy IT"),                            # no Dutch name: English
])
def test_name_for_language(entity, entity_id, language, expected):
    assert entity(entity_id).get_name_for_language(language) == expected


def test_other_names_mark_external_ones(entity):
    # A name read from the page itself: CERT.be's "CERT", from the page's joint label
    # "CCB/CERT" (which is a name of neither the CCB nor CERT.be).
    page = {n.get_text(): n for n in entity("cert-be").get_other_names()}["CERT"]
    assert page.get_language() == "en"
    assert page.is_external() is False
    assert page.get_source() is None
    assert "CCB/CERT" in page.get_note()
    names = {n.get_text(): n for n in entity("ccb").get_other_names()}
    assert "CCB/CERT" not in names
    # Names from other pages of the CCB, stored beside the dataset.
    dutch = names["Centrum voor Cybersecurity België"]
    assert dutch.get_language() == "nl"
    assert dutch.is_external() is True
    assert dutch.get_source().get_id() == "ccb-organisation-nl"
    assert dutch.get_source().get_kind() == Ccbnet.DocumentKind.EXTERNAL
    assert dutch.get_source().get_file() == "sources/ccb-organisation-nl.txt"
    assert dutch.get_source().get_retrieved() == "2026-12-05"
    assert dutch.props.text == "Centrum voor Cybersecurity België"
    assert names["ZCB"].get_language() == "de"
    english = names["Centre for Cyber Security Belgium"]
    assert english.get_language() == "en"
    assert english.get_source().get_id() == "ccb-organisation-en"
    # The page's own French expansion, then the platform's name on the Dutch, French and German
    # versions of the page.
    assert [(n.get_language(), n.is_external())
            for n in entity("csi-dpo-platform").get_other_names()] == [
        ("fr", False), ("nl", True), ("fr", True), ("de", True)]


def test_entity_citations(entity):
    citations = entity("cert-be").get_sources()
    quotes = [c.get_quote() for c in citations]
    assert quotes[0] == ("The Belgian Computer Emergency Response Team (CERT.be) is an "
                         "operational department of the CCB.")
    assert len(quotes) == 3
    assert all(c.get_document().get_id() == "seed-000" for c in citations)
    assert citations[0].props.document.get_kind() == Ccbnet.DocumentKind.PRIMARY


def test_quotes_keep_the_page_characters(registry):
    # U+2019 where the page has it, the empty "()" and the missing full stop of S27.
    assert "Belgium’s Permanent Representation" in (
        registry.lookup_relation("r064").get_sources()[0].get_quote())
    assert registry.lookup_relation("r053").get_sources()[0].get_quote().endswith(
        "are prepared ().")
    assert registry.lookup_relation("r080").get_sources()[0].get_quote().endswith("(ITU)")


@pytest.mark.parametrize("entity_id, cls", [
    ("ccb", Ccbnet.Organisation),
    ("belgium", Ccbnet.Organisation),
    ("ovi", Ccbnet.Organisation),
    ("sit", Ccbnet.Platform),
    ("cyber-europe", Ccbnet.Platform),
    ("nis-act", Ccbnet.LegalInstrument),
    ("ccb-director", Ccbnet.Post),
    ("qctr-report", Ccbnet.Thing),
    ("ews", Ccbnet.Thing),
    ("antwerp", Ccbnet.Thing),
])
def test_entity_classes(entity, entity_id, cls):
    assert isinstance(entity(entity_id), cls)


def test_platform_properties(entity):
    sit = entity("sit")
    assert sit.get_purposes() == [
        "sharing knowledge and consulting between IT managers from all federal public services",
        "setting up and monitoring joint IT initiatives, both public procurement and projects",
        "providing basic technical input for G-Cloud initiatives",
    ]
    assert sit.get_topics() == []
    assert sit.get_topics_non_exhaustive() is False
    assert sit.get_cadence() == Cadence.MONTHLY
    assert sit.get_cadence_text() == "meets on a monthly basis"
    gfce = entity("gfce")
    assert gfce.get_characteristics() == ["worldwide"]
    assert gfce.get_member_categories() == [
        "countries", "international organisations", "private companies"]
    coalition = entity("cyber-security-coalition")
    assert coalition.get_topics() == ["cloud security", "NIS", "crypto"]
    assert coalition.get_topics_non_exhaustive() is True
    assert coalition.props.topics_non_exhaustive is True


def test_organisation_sectors(entity):
    assert entity("coalition-experts").get_sectors() == (
        Ccbnet.Sector.PUBLIC | Ccbnet.Sector.PRIVATE | Ccbnet.Sector.ACADEMIC)
    assert entity("ccb").get_sectors() == Ccbnet.Sector.NONE


def test_legal_instrument_post_and_status(entity):
    assert entity("nis-act").get_date() == "2019-04-07"
    assert entity("nis-directive").get_date() is None
    assert entity("ccb-director").get_role() == "Director"
    assert entity("ncca").get_status() == Ccbnet.Status.PENDING_ESTABLISHMENT
    assert entity("ovi").get_is_collective() is True
    assert "cybercrime experts" in entity("ren").get_description()
    assert entity("qctr-events").get_cadence() == Cadence.AT_LEAST_QUARTERLY


def test_parent(entity):
    assert entity("cert-be").get_parent().get_id() == "ccb"         # unit-of
    assert entity("ccb-director").get_parent().get_id() == "ccb"    # post-in
    assert entity("hwp-ci").get_parent().get_id() == "council-eu"   # part-of
    assert entity("cert-be").props.parent.get_id() == "ccb"
    assert entity("eu").get_parent() is None


def test_list_parts(entity):
    assert ids(entity("ccb").list_parts(False)) == ["ccb-director", "cert-be"]
    assert ids(entity("eu").list_parts(False)) == ["enisa", "council-eu"]
    assert ids(entity("eu").list_parts(True)) == [
        "enisa-adhoc-wgs", "enisa", "enisa-management-board", "hwp-ci", "council-eu"]
    assert len(entity("antwerp").list_parts(True)) == 0


def test_list_relations(entity):
    ccb = entity("ccb")
    relations = ccb.list_relations()
    assert ids(relations) == [
        "r015", "r029", "r030", "r036", "r043", "r044", "r045", "r046", "r047", "r050", "r051",
        "r053", "r055", "r060", "r064", "r065", "r069", "r071", "r075", "r076", "r077", "r080",
        "r081", "r082", "r083", "r088", "r093", "r095", "r097",
    ]
    for relation in relations:
        assert ccb.get_id() in (relation.get_subject().get_id(), relation.get_object().get_id())


# --- Sections and documents ----------------------------------------------------------------------


@pytest.mark.parametrize("position, section_id, scope, dutch, english", [
    (0, "section-national-1", Scope.NATIONAL, "Nationale samenwerking", "National networks (1)"),
    (1, "section-national-2", Scope.NATIONAL, "Nationale netwerken (2)", "National networks (2)"),
    (2, "section-european", Scope.EUROPEAN, "Europese netwerken", "At a European level"),
    (3, "section-international", Scope.INTERNATIONAL, "Internationale netwerken",
     "On an international level"),
    (4, "section-operational", Scope.OPERATIONAL, "Operationele netwerken",
     "At an operational level"),
])
def test_sections(registry, position, section_id, scope, dutch, english):
    section = registry.get_sections()[position]
    assert section.get_id() == section_id
    assert section.get_position() == position
    assert section.get_scope() == scope
    assert section.get_heading("nl") == dutch
    assert section.get_heading("nl-BE") == dutch
    assert section.get_heading("en") == english
    assert section.get_heading(None) == english
    assert section.get_heading("fr") == english
    assert section.dup_languages() == ["nl", "en"]
    assert [c.get_quote() for c in section.get_sources()] == [dutch, english]


def test_documents(registry):
    page = registry.lookup_document("seed-000")
    assert page.get_language() == "en"
    assert page.get_url() == "https://ccb.belgium.be/en/collaboration"
    assert page.get_retrieved() == "2026-11-27"
    assert page.get_file() == "sources/ccb-networks-page.txt"
    assert page.get_publisher().startswith("Centre for Cybersecurity Belgium")
    assert page.get_title()
    assert page.get_note()
    website = registry.lookup_document("ccb-website-en")
    assert website.get_kind() == Ccbnet.DocumentKind.EXTERNAL
    assert website.get_retrieved() is None
    assert website.get_file() is None
    assert website.props.url == "https://ccb.belgium.be/en/organisation"


# --- Relations -----------------------------------------------------------------------------------


def test_relation_ends_and_qualifiers(registry):
    r050 = registry.lookup_relation("r050")
    assert r050.get_kind() == Kind.REPRESENTS_IN
    assert r050.get_subject().get_id() == "ccb"
    assert r050.get_object().get_id() == "nis-cooperation-group"
    assert r050.get_on_behalf_of().get_id() == "belgium"
    assert r050.get_capacity().get_id() == "role-spoc"
    assert r050.get_section().get_id() == "section-european"
    assert r050.get_via() is None and r050.get_context() is None
    assert r050.props.on_behalf_of.get_id() == "belgium"
    assert r050.props.kind == Kind.REPRESENTS_IN


def test_relation_legal_basis_and_framework(registry):
    r047 = registry.lookup_relation("r047")
    assert r047.get_kind() == Kind.DESIGNATED_AS
    assert r047.get_legal_basis().get_id() == "nis-act"
    assert r047.get_framework().get_id() == "nis-directive"
    r082 = registry.lookup_relation("r082")
    assert r082.get_legal_basis().get_id() == "nis-act"
    assert r082.get_framework() is None


def test_relation_via_cadence_and_topic(registry):
    r023 = registry.lookup_relation("r023")
    assert r023.get_kind() == Kind.DEVELOPS_POSITIONS_FOR
    assert r023.get_via().get_id() == "dge"
    assert r023.props.via.get_id() == "dge"
    assert registry.lookup_relation("r092").get_via().get_id() == "digital-task-force"
    assert r023.get_topic() == "Belgium's formal positions in international discussions"
    # The think tank is where the CCB consults the ISPs (a context), not a channel (a via).
    r029 = registry.lookup_relation("r029")
    assert r029.get_kind() == Kind.CONSULTS
    assert r029.get_via() is None
    assert r029.get_context().get_id() == "isp-think-tank"
    assert r029.get_cadence() == Cadence.BIMONTHLY
    assert r029.get_cadence_text() == "once every two months"
    assert r029.get_topic().startswith("concrete measures and projects")


def test_relation_context_role_condition(registry):
    r064 = registry.lookup_relation("r064")
    assert r064.get_context().get_id() == "hwp-ci"
    assert r064.get_role() == "expert"
    assert r064.get_condition() == Condition.NONE
    r076 = registry.lookup_relation("r076")
    assert r076.get_condition() == Condition.ON_REQUEST
    assert r076.get_condition_text() == "If requested"
    assert r076.get_condition_ref() is None


def test_relation_pending_condition_and_co_actors(registry):
    r053 = registry.lookup_relation("r053")
    assert r053.get_condition() == Condition.PENDING_ESTABLISHMENT
    assert r053.get_condition_ref().get_id() == "ncca"
    assert ids(r053.get_co_actors()) == ["other-government-departments"]
    assert ids(registry.lookup_relation("r054").get_co_actors()) == ["ccb"]
    assert registry.lookup_relation("r050").get_co_actors() == []


def test_relation_levels_non_exhaustive_note(registry):
    r027 = registry.lookup_relation("r027")
    assert r027.get_levels() == (
        Ccbnet.Level.NATIONAL | Ccbnet.Level.EUROPEAN | Ccbnet.Level.INTERNATIONAL)
    assert r027.get_condition() == Condition.CAPABILITY
    assert registry.lookup_relation("r001").get_levels() == Ccbnet.Level.NONE
    assert registry.lookup_relation("r024").get_non_exhaustive() is True
    assert registry.lookup_relation("r023").get_non_exhaustive() is True   # "including"
    assert registry.lookup_relation("r001").get_non_exhaustive() is False
    assert "EWS" in registry.lookup_relation("r044").get_note()
    assert registry.lookup_relation("r036").get_note() is None


def test_relation_dates_are_absent_in_the_shipped_dataset(registry):
    for relation in registry.get_relations():
        assert relation.get_start_date() is None
        assert relation.get_end_date() is None


def test_relation_sources_and_other_end(registry, entity):
    r083 = registry.lookup_relation("r083")
    assert [c.get_quote() for c in r083.get_sources()] == [
        "The Belgian Computer Emergency Response Team (CERT.be) is an operational department "
        "of the CCB."]
    assert r083.get_other_end(entity("ccb")).get_id() == "cert-be"
    assert r083.get_other_end(entity("cert-be")).get_id() == "ccb"
    assert r083.get_other_end(entity("eu")) is None


def test_relation_kind_hierarchy():
    assert Ccbnet.relation_kind_is_a(Kind.REPRESENTS_IN, Kind.MEMBER_OF)
    assert Ccbnet.relation_kind_is_a(Kind.REPRESENTS_IN, Kind.PARTICIPATES_IN)
    assert Ccbnet.relation_kind_is_a(Kind.POINT_OF_CONTACT_FOR, Kind.PARTICIPATES_IN)
    assert Ccbnet.relation_kind_is_a(Kind.UNIT_OF, Kind.PART_OF)
    assert Ccbnet.relation_kind_is_a(Kind.ORGANISES, Kind.ANY)
    assert not Ccbnet.relation_kind_is_a(Kind.MEMBER_OF, Kind.REPRESENTS_IN)
    assert not Ccbnet.relation_kind_is_a(Kind.POINT_OF_CONTACT_FOR, Kind.MEMBER_OF)
    assert Ccbnet.relation_kind_get_parent(Kind.REPRESENTS_IN) == Kind.MEMBER_OF
    assert Ccbnet.relation_kind_get_parent(Kind.MEMBER_OF) == Kind.PARTICIPATES_IN
    assert Ccbnet.relation_kind_get_parent(Kind.PARTICIPATES_IN) == Kind.ANY
    assert Kind.REPRESENTS_IN.value_nick == "represents-in"


def test_enum_nicks_by_function():
    # Every kind's nick by function equals its GEnum nick.
    for kind in Kind.__enum_values__.values():
        assert Ccbnet.relation_kind_to_string(kind) == kind.value_nick
    assert Ccbnet.cadence_to_string(Cadence.AT_LEAST_QUARTERLY) == "at-least-quarterly"
    assert Ccbnet.condition_to_string(Ccbnet.Condition.ON_REQUEST) == "on-request"
    assert Ccbnet.scope_to_string(Ccbnet.Scope.EUROPEAN) == "european"
    assert Ccbnet.entity_type_to_string(Ccbnet.EntityType.LEGAL_INSTRUMENT) == "legal-instrument"


def test_counts_without_objects(registry):
    assert registry.get_n_entities() == 90
    assert registry.get_n_relations() == 97
    assert Ccbnet.Registry.new().get_n_entities() == 0


@pytest.mark.parametrize("cadence, months", [
    (Cadence.MONTHLY, 1), (Cadence.BIMONTHLY, 2), (Cadence.QUARTERLY, 3),
    (Cadence.AT_LEAST_QUARTERLY, 3), (Cadence.BIENNIAL, 24), (Cadence.PERIODIC, -1),
    (Cadence.REGULAR, -1), (Cadence.UNSPECIFIED, -1),
])
def test_cadence_nominal_months(cadence, months):
    assert Ccbnet.cadence_get_nominal_months(cadence) == months


# --- Query: each filter --------------------------------------------------------------------------

PART_OF_IDS = ["r001", "r013", "r019", "r020", "r021", "r024", "r025", "r034", "r035", "r052",
               "r058", "r062", "r063", "r067", "r068", "r072"]
PARTICIPATES_IN_IDS = ["r002", "r003", "r005", "r009", "r010", "r017", "r030", "r031", "r033",
                       "r037", "r038", "r073", "r080", "r081", "r088", "r093", "r094", "r095",
                       "r096"]
REPRESENTS_IN_IDS = ["r050", "r051", "r053", "r054", "r055", "r056", "r066", "r075", "r078",
                     "r079", "r084", "r085", "r086", "r087", "r090", "r091", "r097"]


def test_query_property_round_trip(entity, registry):
    q = Ccbnet.Query.new()
    assert q.get_kind() == Kind.ANY
    assert q.get_subject() is None
    assert q.get_include_parts() is False
    q.set_kind(Kind.MEMBER_OF)
    q.set_include_subkinds(True)
    q.set_subject(entity("ccb"))
    q.set_object(entity("ecso"))
    q.set_on_behalf_of(entity("belgium"))
    q.set_via(entity("ews"))
    q.set_context(entity("hwp-ci"))
    q.set_condition(Condition.WHERE_APPROPRIATE)
    q.set_cadence(Cadence.QUARTERLY)
    q.set_scope(Scope.EUROPEAN)
    q.set_section(registry.lookup_section("section-european"))
    q.set_entity_type(EntityType.BODY)
    q.set_include_parts(True)
    assert q.get_kind() == Kind.MEMBER_OF and q.props.kind == Kind.MEMBER_OF
    assert q.get_include_subkinds() is True
    assert q.get_subject().get_id() == "ccb" and q.props.subject.get_id() == "ccb"
    assert q.get_object().get_id() == "ecso"
    assert q.get_on_behalf_of().get_id() == "belgium"
    assert q.get_via().get_id() == "ews"
    assert q.get_context().get_id() == "hwp-ci"
    assert q.get_condition() == Condition.WHERE_APPROPRIATE
    assert q.get_cadence() == Cadence.QUARTERLY
    assert q.get_scope() == Scope.EUROPEAN
    assert q.get_section().get_id() == "section-european"
    assert q.get_entity_type() == EntityType.BODY
    assert q.get_include_parts() is True and q.props.include_parts is True


def test_empty_query_matches_everything(registry):
    assert len(registry.query(query())) == 97
    assert len(registry.query_entities(query())) == 90


@pytest.mark.parametrize("filters, expected", [
    ({}, False),
    ({"cadence": Cadence.MONTHLY}, False),
    ({"scope": Scope.NATIONAL}, False),
    ({"entity_type": EntityType.BODY}, False),
    ({"include_parts": True, "include_subkinds": True}, False),
    ({"kind": Kind.ORGANISES}, True),
    ({"condition": Condition.ON_REQUEST}, True),
])
def test_has_relation_filter(filters, expected):
    assert query(**filters).has_relation_filter() is expected


def test_has_relation_filter_with_entities(entity):
    for name in ("subject", "object", "on_behalf_of", "via", "context"):
        assert query(**{name: entity("ccb")}).has_relation_filter() is True, name


def test_query_kind_exact(registry):
    assert ids(registry.query(query(kind=Kind.PART_OF))) == PART_OF_IDS
    assert ids(registry.query(query(kind=Kind.PARTICIPATES_IN))) == PARTICIPATES_IN_IDS
    assert ids(registry.query(query(kind=Kind.MEMBER_OF))) == ["r061", "r069"]


def test_query_include_subkinds(registry):
    assert ids(registry.query(query(kind=Kind.PART_OF, include_subkinds=True))) == (
        PART_OF_IDS + ["r083"])
    member = ids(registry.query(query(kind=Kind.MEMBER_OF, include_subkinds=True)))
    assert member == sorted(["r061", "r069"] + REPRESENTS_IN_IDS)
    participates = registry.query(query(kind=Kind.PARTICIPATES_IN, include_subkinds=True))
    assert ids(participates) == sorted(
        PARTICIPATES_IN_IDS + ["r061", "r069", "r071"] + REPRESENTS_IN_IDS)
    assert {r.get_kind() for r in participates} == {
        Kind.PARTICIPATES_IN, Kind.MEMBER_OF, Kind.REPRESENTS_IN, Kind.POINT_OF_CONTACT_FOR}


def test_query_subject(registry, entity):
    assert ids(registry.query(query(subject=entity("cert-be")))) == [
        "r016", "r083", "r084", "r085", "r086", "r087"]


def test_query_object(registry, entity):
    assert ids(registry.query(query(object=entity("ovi")))) == ["r004", "r039", "r045"]


def test_query_on_behalf_of(registry, entity):
    assert ids(registry.query(query(on_behalf_of=entity("ccb")))) == [
        "r084", "r085", "r086", "r087"]
    assert ids(registry.query(query(on_behalf_of=entity("belgium")))) == [
        "r050", "r051", "r053", "r054", "r055", "r056", "r066", "r071", "r075", "r078", "r079",
        "r090", "r091", "r097"]


def test_query_other_qualifiers_and_unconditional(registry, entity):
    # Keywords of the filters on capacity, legal basis, framework and co-actor, and for relations
    # under no condition, as the page states them.
    spoc = entity("role-spoc")
    assert ids(registry.query(query(capacity=spoc))) == ["r050", "r051"]
    assert ids(registry.query(query(legal_basis=entity("nis-act")))) == ["r047", "r082"]
    assert ids(registry.query(query(framework=entity("regulation-2021-887")))) == ["r097"]
    departments = entity("other-government-departments")
    assert ids(registry.query(query(co_actor=departments))) == ["r053", "r055"]
    # r076 and r077 are "if requested": not unconditional.
    on_request = ids(registry.query(query(condition=Ccbnet.Condition.ON_REQUEST)))
    unconditional = ids(registry.query(query(unconditional=True)))
    assert on_request == ["r076", "r077"]
    assert not set(on_request) & set(unconditional)
    assert len(unconditional) == len(registry.query(query(condition=Ccbnet.Condition.NONE))) - sum(
        1 for r in registry.get_relations() if r.get_condition() != Ccbnet.Condition.NONE)
    assert registry.query(query(unconditional=True, condition=Ccbnet.Condition.ON_REQUEST)) \
        .get_n_items() == 0


def test_query_via(registry, entity):
    assert ids(registry.query(query(via=entity("ews")))) == ["r044", "r045", "r046"]
    assert ids(registry.query(query(via=entity("dge")))) == ["r023"]
    assert ids(registry.query(query(via=entity("digital-task-force")))) == ["r092"]
    assert ids(registry.query(query(via=entity("isp-think-tank")))) == []     # a context


def test_query_context(registry, entity):
    assert ids(registry.query(query(context=entity("hwp-ci")))) == ["r064"]
    assert ids(registry.query(query(context=entity("isp-think-tank")))) == ["r029"]
    assert ids(registry.query(query(context=entity("other-eu-forums")))) == ["r065"]
    assert ids(registry.query(query(context=entity("cppp")))) == ["r070"]


@pytest.mark.parametrize("condition, expected", [
    (Condition.ON_REQUEST, ["r076", "r077"]),
    (Condition.WHERE_APPROPRIATE, ["r080", "r081"]),
    (Condition.PENDING_ESTABLISHMENT, ["r053", "r054", "r055", "r056"]),
    (Condition.CAPABILITY, ["r027", "r028"]),
])
def test_query_condition(registry, condition, expected):
    assert ids(registry.query(query(condition=condition))) == expected


def test_query_relation_cadence(registry):
    # The IT managers take part in SIT, which "meets on a monthly basis".
    assert ids(registry.query(query(kind=Kind.PARTICIPATES_IN, cadence=Cadence.MONTHLY))) == [
        "r017"]
    assert ids(registry.query(query(kind=Kind.PARTICIPATES_IN, cadence=Cadence.BIMONTHLY))) == [
        "r030", "r031"]
    assert ids(registry.query(query(kind=Kind.PARTICIPATES_IN,
                                    cadence=Cadence.AT_LEAST_QUARTERLY))) == ["r037", "r038"]
    assert ids(registry.query(query(kind=Kind.ORGANISES, cadence=Cadence.BIENNIAL))) == ["r089"]


@pytest.mark.parametrize("cadence, expected", [
    (Cadence.MONTHLY, ["sit"]),
    (Cadence.BIMONTHLY, ["isp-think-tank"]),
    (Cadence.QUARTERLY, ["csi-dpo-cyber-meeting", "qctr-report"]),
    (Cadence.AT_LEAST_QUARTERLY, ["qctr-events"]),
    (Cadence.BIENNIAL, ["cyber-europe"]),
    (Cadence.PERIODIC, ["ren"]),
    (Cadence.REGULAR, ["cyber-security-coalition"]),
])
def test_query_entity_cadence(registry, cadence, expected):
    assert ids(registry.query_entities(query(cadence=cadence))) == expected


OPERATIONAL_ENTITIES = ["role-national-csirt", "cert-be", "eu-csirt-network", "egc", "first",
                        "tf-csirt", "cyber-europe"]


def test_query_scope(registry):
    assert ids(registry.query(query(scope=Scope.OPERATIONAL))) == [
        f"r{n:03d}" for n in range(82, 90)]
    assert ids(registry.query_entities(query(scope=Scope.OPERATIONAL))) == OPERATIONAL_ENTITIES
    assert ids(registry.query(query(kind=Kind.REPRESENTS_IN, scope=Scope.INTERNATIONAL))) == [
        "r075", "r078", "r079"]


def test_query_section(registry):
    international = registry.lookup_section("section-international")
    assert ids(registry.query(query(section=international))) == [
        f"r{n:03d}" for n in range(71, 82)]
    national_2 = registry.lookup_section("section-national-2")
    assert set(ids(registry.query_entities(query(section=national_2)))) == {
        "belgium", "fps-foreign-affairs", "dge", "digital-task-force", "iec", "fps-economy",
        "federal-authorities", "federated-authorities", "isp-think-tank", "largest-isps",
        "cyber-security-coalition", "coalition-experts", "coalition-experience-sharing-events",
        "coalition-focus-groups", "qctr-events", "stakeholders", "consultation-platforms", "ews",
        "national-security-services"}
    # The scope is the grouping: both national sections.
    national = ids(registry.query_entities(query(scope=Scope.NATIONAL)))
    assert "belgium" in national and "ccb" in national and "sit" in national
    assert len(national) == 48


def test_query_entity_type(registry, entity):
    assert ids(registry.query_entities(query(entity_type=EntityType.LEGAL_INSTRUMENT))) == [
        "nis-act", "nis-directive", "eu-cybersecurity-act", "eccc-regulation",
        "regulation-2021-887"]
    assert ids(registry.query_entities(query(entity_type=EntityType.STATE))) == ["belgium"]
    # With a relation filter the type applies to the free end.
    assert ids(registry.query(query(subject=entity("ccb"),
                                    entity_type=EntityType.EVENT_SERIES))) == ["r036", "r088"]
    assert ids(registry.query(query(kind=Kind.DESIGNATED_AS, entity_type=EntityType.ROLE))) == [
        "r047", "r082"]


def test_query_filters_are_anded(registry, entity):
    assert ids(registry.query(query(kind=Kind.PROVIDES_EXPERTISE_TO, subject=entity("ccb")))) == [
        "r064", "r065", "r076", "r077"]
    assert ids(registry.query(query(kind=Kind.PROVIDES_EXPERTISE_TO, subject=entity("ccb"),
                                    condition=Condition.ON_REQUEST))) == ["r076", "r077"]
    assert ids(registry.query(query(kind=Kind.ORGANISES, condition=Condition.ON_REQUEST))) == []


CCB_REPRESENTS_IN = ["r050", "r051", "r053", "r055", "r075", "r097"]
CERT_BE_REPRESENTS_IN = ["r084", "r085", "r086", "r087"]


def test_query_include_parts_subject(registry, entity):
    q = query(kind=Kind.REPRESENTS_IN, subject=entity("ccb"), include_parts=True)
    # In dataset order: r097, from a later CCB page, comes after CERT.be's relations.
    assert ids(registry.query(q)) == sorted(CCB_REPRESENTS_IN + CERT_BE_REPRESENTS_IN)
    assert ids(registry.query_entities(q)) == [
        "nis-cooperation-group", "nis-cg-sub-working-groups", "eccg", "enisa-adhoc-wgs", "gfce",
        "eu-csirt-network", "egc", "first", "tf-csirt", "ncc-network"]


def test_query_include_parts_is_transitive(registry, entity):
    # eu has enisa and council-eu; they have enisa-adhoc-wgs, enisa-management-board, hwp-ci.
    # (r091's object is enisa-adhoc-wgs; r090's, eccg, is part of nothing.)
    assert ids(registry.query(query(subject=entity("eu"), include_parts=True))) == [
        "r058", "r062", "r063", "r067", "r068", "r089"]
    assert ids(registry.query(query(object=entity("eu"), include_parts=True))) == [
        "r049", "r055", "r056", "r058", "r059", "r061", "r062", "r063", "r066", "r067", "r068",
        "r091"]


def test_query_subject_without_include_parts_excludes_parts(registry, entity):
    q = query(kind=Kind.REPRESENTS_IN, subject=entity("ccb"))
    assert ids(registry.query(q)) == CCB_REPRESENTS_IN


def test_query_object_without_include_parts_excludes_parts(registry, entity):
    assert ids(registry.query(query(object=entity("eu")))) == ["r049", "r059", "r063", "r068"]


def test_query_subject_alone_matches_only_that_subject(registry, entity):
    assert ids(registry.query(query(subject=entity("ccb")))) == [
        "r015", "r029", "r030", "r036", "r043", "r044", "r045", "r046", "r047", "r050", "r051",
        "r053", "r055", "r064", "r065", "r069", "r071", "r075", "r076", "r077", "r080", "r081",
        "r082", "r088", "r093", "r095", "r097"]


def test_query_entity_missing_from_the_registry_matches_nothing(registry, small_registry):
    alpha = small_registry.lookup("alpha")
    assert len(registry.query(query(subject=alpha))) == 0
    assert len(registry.query_entities(query(object=alpha))) == 0


def test_query_entities_match_by_id_across_registries(dataset, small_registry):
    other = Ccbnet.Registry.new()
    other.load_from_bytes(to_bytes(dataset), None, None)
    forum = small_registry.lookup("forum")
    land = small_registry.lookup("land")
    assert ids(other.query(query(object=forum))) == ["r2"]
    assert ids(other.query(query(on_behalf_of=land))) == ["r2"]
    assert other.query(query(object=forum))[0].get_object() is other.lookup("forum")


# --- query_entities: which end -------------------------------------------------------------------


def test_query_entities_subject_only_gives_objects(registry, entity):
    assert ids(registry.query_entities(query(kind=Kind.ORGANISES, subject=entity("ccb")))) == [
        "qctr-events"]


def test_query_entities_object_only_gives_subjects(registry, entity):
    assert ids(registry.query_entities(query(kind=Kind.ORGANISES,
                                             object=entity("cyber-europe")))) == ["enisa"]
    # r004, r039 and r045 have ovi as object; their subjects come in dataset order.
    assert ids(registry.query_entities(query(object=entity("ovi")))) == [
        "ccb", "ovi-sectoral-authorities", "qctr-events"]


def test_query_entities_no_anchor_gives_both_ends(registry):
    assert ids(registry.query_entities(query(kind=Kind.ORGANISES))) == [
        "ccb", "qctr-events", "enisa", "cyber-europe"]
    assert ids(registry.query_entities(query(condition=Condition.ON_REQUEST))) == [
        "ccb", "belgian-rep-nato", "belgian-rep-un"]


def test_query_entities_both_anchors_give_both_ends(registry, entity):
    q = query(subject=entity("qctr-events"), object=entity("ovi"))
    assert ids(registry.query(q)) == ["r039"]
    assert ids(registry.query_entities(q)) == ["ovi", "qctr-events"]


def test_query_entities_lists_each_entity_once(registry):
    q = query(kind=Kind.PROVIDES_EXPERTISE_TO)
    # belgian-permrep-eu is the object of two relations (r064, r065).
    assert ids(registry.query_entities(q)) == [
        "ccb", "belgian-permrep-eu", "belgian-rep-nato", "belgian-rep-un"]


def test_query_entities_without_relation_filter_use_entity_properties(registry):
    assert ids(registry.query_entities(query(entity_type=EntityType.BODY,
                                             scope=Scope.OPERATIONAL))) == [
        "eu-csirt-network", "egc", "first", "tf-csirt"]
    assert ids(registry.query_entities(query(entity_type=EntityType.EVENT_SERIES,
                                             cadence=Cadence.BIENNIAL))) == ["cyber-europe"]
    assert ids(registry.query_entities(query(entity_type=EntityType.BODY,
                                             cadence=Cadence.QUARTERLY))) == []


def test_query_entities_free_end_type(registry, entity):
    assert ids(registry.query_entities(query(kind=Kind.PARTICIPATES_IN, subject=entity("ccb"),
                                             entity_type=EntityType.EVENT_SERIES))) == [
        "cyber-europe"]
    assert ids(registry.query_entities(query(kind=Kind.PARTICIPATES_IN, subject=entity("ccb"),
                                             entity_type=EntityType.ORGANISATION))) == [
        "oecd", "itu"]


# --- find_path -----------------------------------------------------------------------------------


def assert_chain(path, start, end):
    """Checks that the relations of `path` link `start` to `end`, each to the next."""
    here = start
    for relation in path:
        here = relation.get_other_end(here)
        assert here is not None, f"{relation.get_id()} does not touch the previous entity"
    assert here.get_id() == end.get_id()


def test_find_path_through_cert_be(registry, entity):
    ccb, first = entity("ccb"), entity("first")
    path = registry.find_path(ccb, first, 0)
    assert ids(path) == ["r083", "r086"]
    assert path[0].get_other_end(ccb).get_id() == "cert-be"
    assert_chain(path, ccb, first)
    assert ids(registry.find_path(ccb, first, 2)) == ["r083", "r086"]
    assert ids(registry.find_path(first, ccb, 0)) == ["r086", "r083"]


def test_find_path_max_hops(registry, entity):
    assert registry.find_path(entity("ccb"), entity("first"), 1) is None
    cbm = entity("confidence-building-measures")
    assert registry.find_path(entity("ccb"), cbm, 2) is None
    assert ids(registry.find_path(entity("ccb"), cbm, 3)) == ["r071", "r073", "r074"]


def test_find_path_long_chain(registry, entity):
    ccb, antwerp = entity("ccb"), entity("antwerp")
    path = registry.find_path(ccb, antwerp, 0)
    assert len(path) == 9
    assert_chain(path, ccb, antwerp)
    assert registry.find_path(ccb, antwerp, 8) is None


def test_find_paths_through_qualifiers(registry, entity):
    belgium, nato = entity("belgium"), entity("nato")
    plain = registry.find_paths(belgium, nato, None, Ccbnet.PathFlags.NONE, 0, 1)
    walk = list(plain[0])
    assert len(walk) == 9                       # four relations, five entities
    assert walk[0] is belgium and walk[-1] is nato
    assert all(isinstance(x, Ccbnet.Entity) for x in walk[0::2])
    assert all(isinstance(x, Ccbnet.Relation) for x in walk[1::2])
    through = registry.find_paths(belgium, nato, None, Ccbnet.PathFlags.THROUGH_QUALIFIERS, 0, 5)
    assert [[x.props.id for x in w] for w in through] == [["belgium", "r078", "nato"]]
    assert registry.find_paths(belgium, nato, None, Ccbnet.PathFlags.NONE, 3, 1) is None


def test_find_paths_keeps_to_the_query(registry, entity):
    ccb, first = entity("ccb"), entity("first")
    units = query(kind="represents-in")
    assert registry.find_paths(ccb, first, units, Ccbnet.PathFlags.NONE, 0, 1) is None
    both = query(unconditional=True)
    walks = registry.find_paths(ccb, first, both, Ccbnet.PathFlags.NONE, 0, 10)
    assert walks is not None
    for walk in walks:
        for relation in list(walk)[1::2]:
            assert relation in list(registry.query(both))


def test_query_neighbourhood(registry, entity):
    enisa = entity("enisa")
    own = registry.query_neighbourhood(enisa, 1, None, Ccbnet.PathFlags.NONE)
    expected = {r.props.id for r in registry.get_relations()
                if enisa in (r.props.subject, r.props.object)}
    assert set(ids(own)) == expected
    two = ids(registry.query_neighbourhood(enisa, 2, None, Ccbnet.PathFlags.NONE))
    assert two[:len(own)] == ids(own) and len(two) > len(own)
    assert len(registry.query_neighbourhood(enisa, 0, None, Ccbnet.PathFlags.NONE)) == 0
    belgium = entity("belgium")
    through = ids(registry.query_neighbourhood(belgium, 1, None, Ccbnet.PathFlags.THROUGH_QUALIFIERS))
    assert "r078" in through
    assert "r078" not in ids(registry.query_neighbourhood(belgium, 1, None, Ccbnet.PathFlags.NONE))


def test_find_path_to_itself_is_empty(registry, entity):
    path = registry.find_path(entity("ccb"), entity("ccb"), 0)
    assert path is not None
    assert len(path) == 0


def test_find_path_to_an_unknown_entity(registry, entity, small_registry):
    assert registry.find_path(entity("ccb"), small_registry.lookup("alpha"), 0) is None


# --- Loading -------------------------------------------------------------------------------------


def test_load_small_dataset(small_registry):
    reg = small_registry
    assert ids(reg.get_entities()) == ["alpha", "alpha-unit", "land", "forum"]
    assert ids(reg.get_relations()) == ["r1", "r2"]
    assert ids(reg.get_sections()) == ["sec-a", "sec-b"]
    assert ids(reg.get_documents()) == ["doc", "ext"]
    alpha = reg.lookup("alpha")
    assert alpha.get_name_for_language("nl") == "Alfa Agentschap"
    assert alpha.get_name_for_language("en") == "Alpha Agency"
    assert [n.is_external() for n in alpha.get_other_names()] == [True, False]
    assert reg.find("alfa agentschap") is alpha
    assert reg.find("aa") is alpha
    assert reg.lookup("alpha-unit").get_parent() is alpha
    assert reg.lookup_section("sec-b").get_heading("nl") == "Section B"
    r2 = reg.lookup_relation("r2")
    assert r2.get_start_date() == "2019"
    assert r2.get_end_date() == "2020-05-31"
    assert r2.get_on_behalf_of() is reg.lookup("land")
    assert reg.lookup("forum").get_cadence() == Cadence.MONTHLY


def test_registry_limits_properties():
    reg = Ccbnet.Registry.new()
    assert reg.get_max_size() == 128 * 1024 * 1024
    assert reg.get_max_depth() == 64
    reg.set_max_size(1000)
    reg.props.max_depth = 10
    assert reg.props.max_size == 1000
    assert reg.get_max_depth() == 10


def test_compiled_file_read_by_default_or_mapped(tmp_path, registry):
    """A compiled file is read into memory by default, so truncating it in place afterwards
    changes no answer; with map_files it is mapped and answers alike."""
    path = tmp_path / "shipped.ccbnetdb"
    assert registry.write_compiled(Gio.File.new_for_path(str(path)), None)
    expected = [e.props.id for e in registry.get_entities()]

    read = Ccbnet.Registry.new()
    assert read.props.map_files is False
    assert read.load_from_file(Gio.File.new_for_path(str(path)), None)
    os.truncate(path, 0)
    assert [e.props.id for e in read.get_entities()] == expected
    assert read.lookup("ccb").props.name == registry.lookup("ccb").props.name
    assert read.to_json().get_data() == registry.to_json().get_data()

    assert registry.write_compiled(Gio.File.new_for_path(str(path)), None)
    mapped = Ccbnet.Registry.new()
    notified = []
    mapped.connect("notify::map-files", lambda *args: notified.append(True))
    mapped.set_map_files(True)
    mapped.props.map_files = True                # unchanged: no second notification
    assert mapped.get_map_files() and notified == [True]
    assert mapped.load_from_file(Gio.File.new_for_path(str(path)), None)
    assert [e.props.id for e in mapped.get_entities()] == expected


def _text(dataset):
    return json.dumps(dataset, ensure_ascii=False)


def _mutated(change):
    def build(dataset):
        change(dataset)
        return dataset
    return build


def _replaced(old, new):
    """A builder of the dataset's JSON text with its first `old` replaced by `new`."""
    def build(dataset):
        text = _text(dataset)
        assert old in text
        return text.replace(old, new, 1).encode("utf-8")
    return build


def _col(text, needle):
    return text.index(needle) + 1


TEXT = _text(SMALL_DATASET)
SECOND_SHORT_NAME = _col(TEXT, '"short_name": "AA"') + len('"short_name": "AA", ')

# (name, builder or bytes, code, regular expression the message must start with)
BAD_DATASETS = [
    ("empty", b"", DatasetError.SYNTAX, r"t\.json:1:1: "),
    ("whitespace only", b"  \n  ", DatasetError.SYNTAX, r"t\.json:2:3: "),
    ("single quotes", b"{'a': 1}", DatasetError.SYNTAX, r"t\.json:1:2: "),
    ("trailing garbage", (TEXT + "\n  x").encode(), DatasetError.SYNTAX, r"t\.json:2:3: "),
    ("truncated", TEXT[:-1].encode(), DatasetError.SYNTAX, rf"t\.json:1:{len(TEXT)}: "),
    ("top-level array", b"[" * 100000 + b"]" * 100000, DatasetError.SYNTAX, r"t\.json:1:1: "),
    ("comment", ("/* c */" + TEXT).encode(), DatasetError.SYNTAX, r"t\.json:1:1: "),
    ("leading zero", _replaced('"Alpha Agency"', "01"), DatasetError.SYNTAX,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') - 1}: "),
    ("NaN", _replaced('"Alpha Agency"', "NaN"), DatasetError.SYNTAX,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') - 1}: "),
    ("byte-order mark", b"\xef\xbb\xbf" + TEXT.encode(), DatasetError.ENCODING, r"t\.json:1:1: "),
    ("escaped NUL", _replaced("Alpha Agency", "Alpha\\u0000"), DatasetError.ENCODING,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') + 5}: "),
    ("lone high surrogate", _replaced("Alpha Agency", "Alpha\\ud800"), DatasetError.ENCODING,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') + 5}: "),
    ("lone low surrogate", _replaced("Alpha Agency", "Alpha\\udc00"), DatasetError.ENCODING,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') + 5}: "),
    ("invalid UTF-8", TEXT.encode().replace(b"Alpha Agency", b"Alpha \xff", 1),
     DatasetError.ENCODING, rf"t\.json:1:{_col(TEXT, 'Alpha Agency') + 6}: "),
    ("raw control character", _replaced("Alpha Agency", "Alpha\x01"), DatasetError.ENCODING,
     rf"t\.json:1:{_col(TEXT, 'Alpha Agency') + 5}: "),
    ("100000-deep nesting", b'{"a":' * 100000 + b"1" + b"}" * 100000, DatasetError.LIMIT,
     r"t\.json:1:321: nesting deeper than 64 levels"),
    ("duplicate key", _replaced('"short_name": "AA"', '"short_name": "AA", "short_name": "AB"'),
     DatasetError.DUPLICATE_KEY,
     rf"t\.json:1:{SECOND_SHORT_NAME}: "),
    ("integer of 2**63", _mutated(lambda d: d["entities"][0].update(size=2**63)),
     DatasetError.NUMBER, r"t\.json:1:\d+: .*9223372036854775808"),
    ("integer of 2**64", _mutated(lambda d: d["entities"][0].update(size=2**64)),
     DatasetError.NUMBER, r"t\.json:1:\d+: .*18446744073709551616"),
    ("format of another version", _mutated(lambda d: d.update(format="ccbnet/2")),
     DatasetError.FORMAT, r"t\.json: \$\.format: "),
    ("object without format", b'{"a": 1}', DatasetError.FORMAT, r"t\.json: \$: "),
    ("unknown member", _mutated(lambda d: d["entities"][0].update(colour="red")),
     DatasetError.SCHEMA, r"t\.json: \$\.entities\[0\]\.colour: "),
    ("-2**63 is a number but an unknown member",
     _mutated(lambda d: d["entities"][0].update(size=-2**63)),
     DatasetError.SCHEMA, r"t\.json: \$\.entities\[0\]\.size: "),
    ("wrong JSON type", _mutated(lambda d: d["entities"][3].update(name=5)),
     DatasetError.SCHEMA, r"t\.json: \$\.entities\[3\]\.name: "),
    ("missing member", _mutated(lambda d: d["entities"][2].pop("name")),
     DatasetError.SCHEMA, r't\.json: \$\.entities\[2\]: missing member "name"'),
    ("id that is not a slug", _mutated(lambda d: d["relations"][1].update(id="R 2")),
     DatasetError.SCHEMA, r"t\.json: \$\.relations\[1\]\.id: "),
    ("bad date", _mutated(lambda d: d["relations"][1].update(start_date="2019-13-45")),
     DatasetError.SCHEMA, r"t\.json: \$\.relations\[1\]\.start_date: "),
    ("no citation", _mutated(lambda d: d["entities"][0].update(sources=[])),
     DatasetError.SCHEMA, r"t\.json: \$\.entities\[0\]\.sources: "),
    ("member of another entity type", _mutated(lambda d: d["entities"][3].update(
        sectors=["public"])), DatasetError.SCHEMA, r"t\.json: \$\.entities\[3\]\.sectors: "),
    ("unknown entity type", _mutated(lambda d: d["entities"][0].update(entity_type="ship")),
     DatasetError.UNKNOWN_VALUE, r"t\.json: \$\.entities\[0\]\.entity_type: "),
    ("unknown relation kind", _mutated(lambda d: d["relations"][0].update(kind="likes")),
     DatasetError.UNKNOWN_VALUE, r"t\.json: \$\.relations\[0\]\.kind: "),
    ("unknown level", _mutated(lambda d: d["relations"][1].update(levels=["national", "moon"])),
     DatasetError.UNKNOWN_VALUE, r"t\.json: \$\.relations\[1\]\.levels\[1\]: "),
    ("duplicate entity id", _mutated(lambda d: d["entities"][1].update(id="alpha")),
     DatasetError.DUPLICATE_ID, r"t\.json: \$\.entities\[1\]\.id: "),
    ("relation id equal to an entity id", _mutated(lambda d: d["relations"][0].update(id="forum")),
     DatasetError.DUPLICATE_ID, r"t\.json: \$\.relations\[0\]\.id: "),
    ("unknown subject", _mutated(lambda d: d["relations"][0].update(subject="nobody")),
     DatasetError.DANGLING_REFERENCE, r"t\.json: \$\.relations\[0\]\.subject: "),
    ("unknown principal", _mutated(lambda d: d["relations"][1].update(on_behalf_of="nowhere")),
     DatasetError.DANGLING_REFERENCE, r"t\.json: \$\.relations\[1\]\.on_behalf_of: "),
    ("unknown section", _mutated(lambda d: d["entities"][0].update(section="sec-z")),
     DatasetError.DANGLING_REFERENCE, r"t\.json: \$\.entities\[0\]\.section: "),
    ("unknown cited source", _mutated(lambda d: d["entities"][0]["sources"][0].update(
        source="nope")), DatasetError.DANGLING_REFERENCE,
     r"t\.json: \$\.entities\[0\]\.sources\[0\]\.source: "),
    ("types that do not fit the kind", _mutated(lambda d: d["relations"][0].update(
        subject="forum", object="land")), DatasetError.RELATION, r"t\.json: \$\.relations\[0\]"),
    ("relation to itself", _mutated(lambda d: d["relations"][0].update(subject="alpha")),
     DatasetError.RELATION, r"t\.json: \$\.relations\[0\]"),
    ("represents-in without on_behalf_of", _mutated(lambda d: d["relations"][1].pop(
        "on_behalf_of")), DatasetError.MISSING_QUALIFIER, r"t\.json: \$\.relations\[1\]"),
    ("pending-establishment without condition_ref", _mutated(lambda d: d["relations"][1].update(
        condition="pending-establishment")), DatasetError.MISSING_QUALIFIER,
     r"t\.json: \$\.relations\[1\]"),
    ("part-of cycle", _mutated(lambda d: d["relations"].append({
        "id": "r3", "kind": "part-of", "subject": "alpha", "object": "alpha-unit",
        "section": "sec-a", "sources": [{"source": "doc", "quote": "Alpha is in its unit."}]})),
     DatasetError.CYCLE, r"t\.json: \$\.relations\[(0|2)\]"),
]


@pytest.mark.parametrize("name, bad, code, location", BAD_DATASETS,
                         ids=[case[0] for case in BAD_DATASETS])
def test_bad_dataset(dataset, small_registry, name, bad, code, location):
    bad_bytes = bad if isinstance(bad, bytes) else bad(dataset)
    if isinstance(bad_bytes, dict):
        bad_bytes = json.dumps(bad_bytes, ensure_ascii=False).encode("utf-8")
    before = ids(small_registry.get_entities())
    changes = []
    small_registry.get_entities().connect("items-changed", lambda *args: changes.append(args))

    with pytest.raises(GLib.Error) as info:
        small_registry.load_from_bytes(GLib.Bytes.new(bad_bytes), "t.json", None)

    error = info.value
    assert error.domain == DATASET_ERROR_DOMAIN
    assert error.matches(Ccbnet.dataset_error_quark(), code)
    assert error.code == code, error.message
    assert re.match(location, error.message), error.message
    # A failed load changes nothing.
    assert ids(small_registry.get_entities()) == before
    assert small_registry.lookup("alpha").get_name() == "Alpha Agency"
    assert changes == []


def test_the_error_codes_are_all_covered():
    covered = {case[2] for case in BAD_DATASETS}
    assert covered == {DatasetError(v) for v in range(13)}


def test_error_without_a_filename_says_data():
    reg = Ccbnet.Registry.new()
    with pytest.raises(GLib.Error) as info:
        reg.load_from_bytes(GLib.Bytes.new(b"{}"), None, None)
    assert info.value.message.startswith("<data>: $: ")
    with pytest.raises(GLib.Error) as info:
        reg.load_from_bytes(GLib.Bytes.new(b"{"), None, None)
    assert info.value.message.startswith("<data>:1:2: ")


def test_multi_line_location(dataset):
    text = json.dumps(dataset, indent=2)
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if '"short_name": "AA"' in l)
    lines.insert(line + 1, '      "short_name": "AB",')
    with pytest.raises(GLib.Error) as info:
        Ccbnet.Registry.new().load_from_bytes(GLib.Bytes.new("\n".join(lines).encode()),
                                              "t.json", None)
    assert info.value.code == DatasetError.DUPLICATE_KEY
    assert info.value.message.startswith(f"t.json:{line + 2}:7: ")


def test_size_and_depth_limits(dataset):
    data = to_bytes(dataset)
    reg = Ccbnet.Registry.new()
    reg.set_max_size(100)
    with pytest.raises(GLib.Error) as info:
        reg.load_from_bytes(data, "t.json", None)
    assert info.value.code == DatasetError.LIMIT
    assert "100 bytes" in info.value.message
    reg.set_max_size(data.get_size())
    assert reg.load_from_bytes(data, "t.json", None)

    reg = Ccbnet.Registry.new()
    reg.set_max_depth(4)
    with pytest.raises(GLib.Error) as info:
        reg.load_from_bytes(data, "t.json", None)
    assert info.value.code == DatasetError.LIMIT
    assert re.match(r"t\.json:1:\d+: nesting deeper than 4 levels", info.value.message)
    reg.set_max_depth(5)                     # the format needs 5 levels
    assert reg.load_from_bytes(data, "t.json", None)


def test_valid_surrogate_pair_loads(dataset):
    text = _text(dataset).replace("Alpha Agency", "Alpha \\ud83d\\ude00", 1)
    reg = Ccbnet.Registry.new()
    assert reg.load_from_bytes(GLib.Bytes.new(text.encode()), None, None)
    assert reg.lookup("alpha").get_name() == "Alpha \U0001F600"


def test_reload_emits_items_changed_and_keeps_old_objects_valid(dataset, small_registry):
    entities = small_registry.get_entities()
    relations = small_registry.get_relations()
    old_alpha = small_registry.lookup("alpha")
    entity_changes, relation_changes = [], []
    entities.connect("items-changed", lambda m, pos, removed, added:
                     entity_changes.append((pos, removed, added)))
    relations.connect("items-changed", lambda m, pos, removed, added:
                      relation_changes.append((pos, removed, added)))

    dataset["entities"].append({
        "id": "beta", "entity_type": "body", "classification": "forum", "name": "Beta",
        "scope": "national", "section": "sec-a", "sources": [{"source": "doc", "quote": "B."}]})
    assert small_registry.load_from_bytes(to_bytes(dataset), "t.json", None)

    assert entity_changes == [(0, 4, 5)]
    assert relation_changes == [(0, 2, 2)]
    assert small_registry.get_entities() is entities          # the registry's own model
    assert ids(entities) == ["alpha", "alpha-unit", "land", "forum", "beta"]
    assert old_alpha.get_name() == "Alpha Agency"            # handed out before: still valid
    assert small_registry.lookup("alpha") is not old_alpha


def test_entities_of_replaced_data_answer_no_graph_questions(dataset, small_registry):
    alpha = small_registry.lookup("alpha")
    assert ids(alpha.list_parts(False)) == ["alpha-unit"]
    assert ids(alpha.list_relations()) == ["r1", "r2"]
    small_registry.load_from_bytes(to_bytes(dataset), None, None)
    assert alpha.get_id() == "alpha"
    assert len(alpha.list_parts(False)) == 0
    assert len(alpha.list_relations()) == 0


def test_parent_of_replaced_data_is_kept(dataset, small_registry):
    # An entity holds its parent, so it keeps it after the registry moves on (documented).
    unit = small_registry.lookup("alpha-unit")
    assert unit.get_parent().get_id() == "alpha"
    small_registry.load_from_bytes(to_bytes(dataset), None, None)
    assert unit.get_parent().get_id() == "alpha"
    assert small_registry.lookup("alpha").get_parent() is None


def test_load_from_file(tmp_path, dataset):
    path = tmp_path / "ok.json"
    path.write_text(_text(dataset), encoding="utf-8")
    reg = Ccbnet.Registry.new()
    assert reg.load_from_file(Gio.File.new_for_path(str(path)), None)
    assert ids(reg.get_entities()) == ["alpha", "alpha-unit", "land", "forum"]


def test_load_from_file_errors(tmp_path, small_registry):
    with pytest.raises(GLib.Error) as info:
        small_registry.load_from_file(Gio.File.new_for_path(str(tmp_path / "missing.json")), None)
    assert info.value.domain == "g-io-error-quark"
    assert info.value.code == Gio.IOErrorEnum.NOT_FOUND

    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "ccbnet/1",\n}\n', encoding="utf-8")
    with pytest.raises(GLib.Error) as info:
        small_registry.load_from_file(Gio.File.new_for_path(str(bad)), None)
    assert info.value.domain == DATASET_ERROR_DOMAIN
    assert info.value.code == DatasetError.SYNTAX
    assert re.match(r"\S*bad\.json:3:1: ", info.value.message), info.value.message
    assert len(small_registry.get_entities()) == 4


def test_load_from_bytes_cancelled(dataset, small_registry):
    dataset["entities"].pop()
    dataset["relations"].pop()
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    with pytest.raises(GLib.Error) as info:
        small_registry.load_from_bytes(to_bytes(dataset), None, cancellable)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    assert len(small_registry.get_entities()) == 4


def _load_async(registry, path, cancellable=None):
    """Runs load_from_file_async in a main loop; returns True or the GLib.Error."""
    loop = GLib.MainLoop()
    outcome = []

    def done(source, result):
        try:
            outcome.append(source.load_from_file_finish(result))
        except GLib.Error as error:
            outcome.append(error)
        loop.quit()

    def timeout():
        outcome.append(TimeoutError("load_from_file_async never called back"))
        loop.quit()
        return GLib.SOURCE_REMOVE

    timer = GLib.timeout_add_seconds(20, timeout)
    registry.load_from_file_async(Gio.File.new_for_path(str(path)), cancellable, done)
    loop.run()
    if not isinstance(outcome[0], TimeoutError):
        GLib.source_remove(timer)
    return outcome[0]


def test_load_from_file_async(tmp_path, dataset, small_registry):
    dataset["entities"].append({
        "id": "beta", "entity_type": "body", "classification": "forum", "name": "Beta",
        "scope": "national", "section": "sec-a", "sources": [{"source": "doc", "quote": "B."}]})
    path = tmp_path / "more.json"
    path.write_text(_text(dataset), encoding="utf-8")
    changes = []
    small_registry.get_entities().connect("items-changed", lambda *args: changes.append(args[1:]))

    assert _load_async(small_registry, path) is True
    assert small_registry.lookup("beta").get_name() == "Beta"
    assert changes == [(0, 4, 5)]


def test_load_from_file_async_cancelled(tmp_path, dataset, small_registry):
    dataset["entities"].pop()
    dataset["relations"].pop()
    path = tmp_path / "fewer.json"
    path.write_text(_text(dataset), encoding="utf-8")
    cancellable = Gio.Cancellable()
    cancellable.cancel()

    error = _load_async(small_registry, path, cancellable)
    assert isinstance(error, GLib.Error)
    assert error.domain == "g-io-error-quark"
    assert error.code == Gio.IOErrorEnum.CANCELLED
    assert ids(small_registry.get_entities()) == ["alpha", "alpha-unit", "land", "forum"]


def test_load_from_file_async_bad_content(tmp_path, dataset, small_registry):
    dataset["relations"][0]["subject"] = "nobody"
    path = tmp_path / "dangling.json"
    path.write_text(_text(dataset), encoding="utf-8")

    error = _load_async(small_registry, path)
    assert isinstance(error, GLib.Error)
    assert error.domain == DATASET_ERROR_DOMAIN
    assert error.code == DatasetError.DANGLING_REFERENCE
    assert "$.relations[0].subject" in error.message
    assert len(small_registry.get_entities()) == 4


# --- check_bytes and check_file ------------------------------------------------------------------


def test_check_bytes_of_a_valid_dataset_finds_nothing(dataset, small_registry):
    other = json.loads(_text(dataset))
    other["entities"].pop()
    other["relations"].pop()
    assert list(small_registry.check_bytes(to_bytes(other), "other.json", None)) == []
    assert len(small_registry.get_entities()) == 4          # checking loads nothing


def _problems(problems):
    return [dict(code=int(p.get_code()), message=p.get_message(), path=p.get_path(),
                 line=p.get_line(), column=p.get_column(), filename=p.get_filename(),
                 text=p.to_string(), error=p.to_error().message, prop_code=int(p.props.code))
            for p in problems]


def test_check_bytes_reports_every_meaning_problem(dataset):
    dataset["entities"][2]["entity_type"] = "spaceship"       # UNKNOWN_VALUE
    dataset["entities"][3]["colour"] = "red"                  # SCHEMA
    dataset["relations"][0]["subject"] = "nobody"             # DANGLING_REFERENCE
    dataset["relations"][1].pop("on_behalf_of")              # MISSING_QUALIFIER
    data = json.dumps(dataset, indent=2)
    problems = _problems(Ccbnet.Registry.new().check_bytes(GLib.Bytes.new(data.encode()),
                                                           "c.json", None))

    assert [(p["code"], p["path"]) for p in problems] == [
        (DatasetError.UNKNOWN_VALUE, "$.entities[2].entity_type"),
        (DatasetError.SCHEMA, "$.entities[3].colour"),
        (DatasetError.DANGLING_REFERENCE, "$.relations[0].subject"),
        (DatasetError.MISSING_QUALIFIER, "$.relations[1]"),
    ]
    for p in problems:
        assert p["filename"] == "c.json"
        assert (p["line"], p["column"]) == (0, 0)
        assert p["text"] == f"c.json: {p['path']}: {p['message']}"
        assert p["error"] == p["text"]
        assert p["prop_code"] == p["code"]


def test_check_bytes_stops_at_a_byte_problem():
    problems = _problems(Ccbnet.Registry.new().check_bytes(
        GLib.Bytes.new(b'{\n  "a": 1,\n  "a": 2}'), None, None))
    assert len(problems) == 1
    assert problems[0]["code"] == DatasetError.DUPLICATE_KEY
    assert problems[0]["path"] is None
    assert (problems[0]["line"], problems[0]["column"]) == (3, 3)
    assert problems[0]["filename"] == "<data>"
    assert problems[0]["text"].startswith("<data>:3:3: ")


def test_check_file_of_a_file_too_large(tmp_path, dataset):
    path = tmp_path / "large.json"
    path.write_text(_text(dataset), encoding="utf-8")
    registry = Ccbnet.Registry.new()
    registry.set_max_size(100)
    problems = _problems(registry.check_file(Gio.File.new_for_path(str(path)), None))
    assert [p["code"] for p in problems] == [DatasetError.LIMIT]


def test_check_file_of_a_missing_file_raises(tmp_path):
    with pytest.raises(GLib.Error) as info:
        Ccbnet.Registry.new().check_file(Gio.File.new_for_path(str(tmp_path / "none.json")), None)
    assert info.value.code == Gio.IOErrorEnum.NOT_FOUND


def test_check_file_of_a_valid_file_finds_nothing(tmp_path, dataset):
    path = tmp_path / "ok.json"
    path.write_text(_text(dataset), encoding="utf-8")
    assert list(Ccbnet.Registry.new().check_file(Gio.File.new_for_path(str(path)), None)) == []


# --- CCBNET_DATASET ------------------------------------------------------------------------------

DEFAULT_SCRIPT = """
from gi.repository import Ccbnet
registry = Ccbnet.Registry.get_default()
print(len(registry.get_entities()), registry.lookup("alpha") is not None)
"""


def test_ccbnet_dataset_replaces_the_shipped_dataset(tmp_path, dataset):
    path = tmp_path / "mine.json"
    path.write_text(_text(dataset), encoding="utf-8")
    result = run_python(DEFAULT_SCRIPT, CCBNET_DATASET=str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["4", "True"]


def test_ccbnet_dataset_that_does_not_load_falls_back(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    result = run_python(DEFAULT_SCRIPT, CCBNET_DATASET=str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["90", "False"]
    assert "CCBNET_DATASET" in result.stderr
    assert "broken.json:1:2" in result.stderr


def test_gtk_list_models_follow_a_reload(small_registry, dataset):
    # A GTK 4 filter and sort model bound to the registry's listing follow a load of other data
    # through items-changed, and ::loaded comes once the listing has followed; a failed load
    # changes neither.
    try:
        gi.require_version("Gtk", "4.0")
        from gi.repository import Gtk
    except (ValueError, ImportError):
        pytest.skip("the GTK 4 typelib is not installed")

    organisations = Gtk.FilterListModel(
        model=small_registry.get_entities(),
        filter=Gtk.CustomFilter.new(
            lambda entity: entity.get_entity_type() == Ccbnet.EntityType.ORGANISATION))
    by_id = Gtk.SortListModel(
        model=small_registry.get_entities(),
        sorter=Gtk.CustomSorter.new(
            lambda a, b, _: (a.get_id() > b.get_id()) - (a.get_id() < b.get_id()), None))
    before = ids(by_id)
    seen = []
    small_registry.connect("loaded", lambda registry: seen.append(
        (ids(by_id), organisations.get_n_items())))

    bigger = copy.deepcopy(dataset)
    bigger["entities"].append(dict(bigger["entities"][0], id="omega", name="Omega Office",
                                   short_name="OO", other_names=[]))
    small_registry.load_from_bytes(to_bytes(bigger), "bigger.json", None)
    assert ids(by_id) == sorted(before + ["omega"])
    assert organisations.get_n_items() == len([e for e in small_registry.get_entities()
                                               if e.get_entity_type()
                                               == Ccbnet.EntityType.ORGANISATION])
    assert "omega" in ids(organisations)
    assert seen == [(ids(by_id), organisations.get_n_items())]

    with pytest.raises(GLib.Error):
        small_registry.load_from_bytes(to_bytes({"format": "ccbnet/1", "entities": [{}]}),
                                       "bad.json", None)
    assert "omega" in ids(by_id)
    assert len(seen) == 1
