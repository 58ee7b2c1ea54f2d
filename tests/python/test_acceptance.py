# SPDX-License-Identifier: LGPL-2.1-or-later
"""The acceptance questions about the CCB networks page, answered through typed queries.

Each test answers one question of the project's acceptance list (its id is in the test's name)
with the library's typed calls only: Registry.find/lookup/query/query_entities/find_path,
Entity.get_parent and typed properties. The expected ids and source sentences are written here;
nothing is read from outside the project at run time.

Run from the top of the source tree, after `ninja -C _build`:

    GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
        /usr/bin/python3 -m pytest -p no:cacheprovider tests/python/test_acceptance.py
"""

from gi.repository import Ccbnet

from conftest import ids

Kind = Ccbnet.RelationKind
EntityType = Ccbnet.EntityType


def ask(registry, **filters):
    """The relations matching a typed query."""
    return list(registry.query(Ccbnet.Query(**filters)))


def ask_entities(registry, **filters):
    """The entities a typed query asks about (the free ends of its relations)."""
    return list(registry.query_entities(Ccbnet.Query(**filters)))


def quotes(record):
    return [citation.get_quote() for citation in record.get_sources()]


def found(registry, text):
    entity = registry.find(text)
    assert entity is not None, f"nothing is known as {text!r}"
    return entity


def test_q01_platform_meeting_monthly(registry):
    # Which platform meets on a monthly basis?
    answer = ask_entities(registry, entity_type=EntityType.BODY, cadence=Ccbnet.Cadence.MONTHLY)
    assert ids(answer) == ["sit"]
    sit = answer[0]
    assert sit.get_classification() == "platform"
    assert sit.get_cadence_text() == "meets on a monthly basis"
    assert ("SIT meets on a monthly basis, with the aim of setting up and monitoring joint IT "
            "initiatives, both public procurement and projects, as well as providing basic "
            "technical input for G-Cloud initiatives.") in quotes(sit)


def test_q03_cyssap_consultation_and_supervision(registry):
    # Via which platform does consultation between the supervisory authorities of Operators of
    # Vital Importance take place, and whom do those authorities supervise?
    authorities = found(registry, "supervisory authorities of Operators of Vital Importance")
    consultation = ask(registry, kind=Kind.PARTICIPATES_IN, subject=authorities,
                       entity_type=EntityType.BODY)
    assert [r.get_object().get_id() for r in consultation] == ["cyssap"]
    assert consultation[0].get_object().get_classification() == "platform"
    supervised = ask_entities(registry, kind=Kind.SUPERVISES, subject=authorities)
    assert ids(supervised) == ["ovi"]
    assert set(ids([consultation[0].get_object()] + supervised)) == {"cyssap", "ovi"}
    assert quotes(consultation[0]) == [
        "Consultation between the supervisory authorities of Operators of Vital Importance "
        "takes place via the Cyber Security Sectoral Authority Platform (CySSAP)."]


def test_q05_csi_dpo_french_expansion(registry):
    # What French expansion does the page give for the CSI/DPO platform?
    platform = found(registry, "CSI/DPO")
    assert platform.get_id() == "csi-dpo-platform"
    expansion = platform.get_name_for_language("fr")
    assert expansion == "les Conseillers en Sécurité de l'Information/Data Protection Officers"
    french = [n for n in platform.get_other_names() if n.get_language() == "fr"]
    assert [n.get_text() for n in french] == [expansion]
    assert french[0].is_external() is False          # the page gives it
    assert quotes(platform) == [
        "The CSI/DPO (les Conseillers en Sécurité de l'Information/Data Protection Officers) "
        "platform brings together the security advisers and data protection officers of each "
        "public service."]


def test_q07_csi_dpo_meeting_quarterly_and_report(registry):
    # How often is the CSI/DPO platform's specific meeting on cyber issues organised, and to
    # which report is it related?
    platform = found(registry, "CSI/DPO platform")
    meetings = ask_entities(registry, kind=Kind.PART_OF, object=platform,
                            entity_type=EntityType.EVENT_SERIES)
    assert ids(meetings) == ["csi-dpo-cyber-meeting"]
    meeting = meetings[0]
    assert meeting.get_cadence() == Ccbnet.Cadence.QUARTERLY
    assert meeting.get_cadence_text() == "every quarter"
    related = ask(registry, kind=Kind.RELATED_TO, subject=meeting)
    assert [r.get_object().get_id() for r in related] == ["qctr-report"]
    report = related[0].get_object()
    assert report.get_entity_type() == EntityType.PUBLICATION
    assert ids([meeting, report]) == ["csi-dpo-cyber-meeting", "qctr-report"]
    assert quotes(related[0]) == [
        "A specific meeting on cyber issues is organised every quarter, in relation to "
        "CCB/CERT's Quarterly Cyber Threat Report."]


def test_q09_sit_it_managers_kinds_of_service(registry):
    # Which three kinds of federal public service do the IT managers brought together by SIT
    # come from?
    sit = found(registry, "SIT")
    managers = ask_entities(registry, kind=Kind.PARTICIPATES_IN, object=sit)
    assert ids(managers) == ["it-managers-federal"]
    services = ask_entities(registry, kind=Kind.AFFILIATED_WITH, subject=managers[0])
    assert ids(services) == ["federal-public-services"]
    kinds = ask(registry, kind=Kind.PART_OF, object=services[0])
    assert {r.get_subject().get_id() for r in kinds} == {
        "federal-public-services-category", "public-social-security-institutions",
        "public-utility-institutions"}
    assert {r.get_role() for r in kinds} == {"category"}
    for relation in kinds:
        assert quotes(relation) == [
            "SIT (Synergy IT) is the platform for sharing knowledge and consulting between IT "
            "managers from all federal public services (Federal Public Services, Public Social "
            "Security Institutions and Public Utility Institutions)."]


def test_q11_belgian_positions_fps_foreign_affairs_channels(registry):
    # Via which FPS are Belgium's formal positions in international discussions developed, and
    # which of its channels does the page name?
    belgium = found(registry, "Belgium")
    developers = ask(registry, kind=Kind.DEVELOPS_POSITIONS_FOR, object=belgium,
                     entity_type=EntityType.ORGANISATION)
    assert [r.get_subject().get_id() for r in developers] == ["fps-foreign-affairs"]
    fps = developers[0].get_subject()
    assert fps.get_classification() == "federal-public-service"
    channels = ask(registry, kind=Kind.PART_OF, object=fps)
    assert [r.get_subject().get_id() for r in channels] == ["dge", "digital-task-force"]
    assert all(r.get_role() == "channel" and r.get_non_exhaustive() for r in channels)
    assert ids([fps] + [r.get_subject() for r in channels]) == [
        "fps-foreign-affairs", "dge", "digital-task-force"]
    assert quotes(developers[0]) == [
        "Belgium's formal positions in international discussions are developed via the "
        "appropriate channels of the FPS Foreign Affairs, including DGE and the Digital Task "
        "Force."]


def test_q13_iec_assists_federal_and_federated_authorities(registry):
    # Whose administrative positions can the IEC assist in defining and coordinating?
    iec = found(registry, "IEC")
    relations = ask(registry, kind=Kind.DEVELOPS_POSITIONS_FOR, subject=iec)
    assert {r.get_object().get_id() for r in relations} == {
        "federal-authorities", "federated-authorities"}
    for relation in relations:
        assert relation.get_condition() == Ccbnet.Condition.CAPABILITY
        assert relation.get_condition_text() == "can assist"
        assert relation.get_topic() == "administrative positions"
        assert relation.get_levels() == (
            Ccbnet.Level.NATIONAL | Ccbnet.Level.EUROPEAN | Ccbnet.Level.INTERNATIONAL)
        assert quotes(relation) == [
            "The Interministerial Economic Commission (IEC) is an independent, flexible, "
            "technical-administrative coordination mechanism at the Federal Public Service "
            "Economy, SMEs, Self-Employed and Energy that can assist in defining and "
            "coordinating the administrative positions of the federal and federated "
            "authorities in national, European and international cases, including in the area "
            "of cyber security."]


def test_q15_coalition_brings_experts_together_regularly(registry):
    # Which organisation regularly brings together experts in the field from the private,
    # academic and public sectors?
    all_sectors = Ccbnet.Sector.PRIVATE | Ccbnet.Sector.ACADEMIC | Ccbnet.Sector.PUBLIC
    relations = [r for r in ask(registry, kind=Kind.PARTICIPATES_IN,
                                cadence=Ccbnet.Cadence.REGULAR)
                 if isinstance(r.get_subject(), Ccbnet.Organisation)
                 and r.get_subject().get_sectors() == all_sectors]
    assert [r.get_object().get_id() for r in relations] == ["cyber-security-coalition"]
    assert relations[0].get_cadence_text() == "regularly brings together"
    assert quotes(relations[0]) == [
        "The Cyber Security Coalition Belgium regularly brings together experts in the field "
        "from the private, academic and public sectors."]


def test_q17_qctr_events_also_inform_ovi(registry):
    # Besides all participants, whom do the QCTR events inform about the active cyber threats?
    events = [e for e in registry.find_all("QCTR")
              if e.get_entity_type() == EntityType.EVENT_SERIES]
    assert ids(events) == ["qctr-events"]
    participants = set(ids(ask_entities(registry, kind=Kind.PARTICIPATES_IN, object=events[0])))
    assert participants == {"stakeholders", "consultation-platforms"}
    informed = ask(registry, kind=Kind.INFORMS, subject=events[0])
    assert {r.get_topic() for r in informed} == {"the active cyber threats"}
    besides = {r.get_object().get_id() for r in informed} - participants
    assert besides == {"ovi"}
    assert events[0].get_cadence() == Ccbnet.Cadence.AT_LEAST_QUARTERLY
    to_ovi = [r for r in informed if r.get_object().get_id() == "ovi"]
    assert quotes(to_ovi[0]) == [
        "The Quarterly Cyber Threat Report (QCTR) events, organized by the CCB, bring together "
        "different stakeholders and consultation platforms at least once a quarter and inform "
        "all participants as well as the Operators of Vital Importance about the active cyber "
        "threats."]


def test_q19_ccb_informs_via_ews(registry):
    # To whom does the CCB send relevant and analysed threat information via the Early Warning
    # System?
    ccb = found(registry, "CCB")
    ews = found(registry, "Early Warning System")
    relations = ask(registry, kind=Kind.INFORMS, subject=ccb, via=ews)
    assert {r.get_object().get_id() for r in relations} == {
        "national-security-services", "ovi", "ovi-sectoral-authorities"}
    for relation in relations:
        assert relation.get_topic() == "relevant and analysed threat information"
        # The question's source is two sentences: S15 names the EWS, S16 says "this platform".
        assert set(quotes(relation)) == {
            "At the QCTR events, the activities of the CCB’s Early Warning System (EWS) are "
            "also discussed.",
            "Via this platform, the CCB sends relevant and analysed threat information to the "
            "national security services, Operators of Vital Importance and their sectoral "
            "authorities."}


def test_q21_belgian_legal_instrument_and_date(registry):
    # Which legal instrument on the page is Belgian, and what is its date?
    belgium = found(registry, "Belgium")
    relations = ask(registry, kind=Kind.APPLIES_TO_JURISDICTION, object=belgium,
                    entity_type=EntityType.LEGAL_INSTRUMENT)
    assert [r.get_subject().get_id() for r in relations] == ["nis-act"]
    act = relations[0].get_subject()
    assert isinstance(act, Ccbnet.LegalInstrument)
    assert act.get_date() == "2019-04-07"
    assert quotes(relations[0]) == [
        "The Belgian NIS Act of 7 April 2019 designated the CCB as the Single Point of Contact "
        "for cybersecurity under the European NIS Directive."]


SENTENCE_ECCG = (
    "Pending the formal establishment of a National Cybersecurity Certification Authority, the "
    "CCB, together with other relevant government departments, represents Belgium in the "
    "European Cybersecurity Certification Group (ECCG), established under the EU Cybersecurity "
    "Act, and in ENISA's ad hoc working groups in which new certification schemes are "
    "prepared ().")


def _ccb_pending_representations(registry):
    return ask(registry, kind=Kind.REPRESENTS_IN, subject=found(registry, "CCB"),
               on_behalf_of=found(registry, "Belgium"),
               condition=Ccbnet.Condition.PENDING_ESTABLISHMENT)


def test_q23_pending_establishment_of_ncca(registry):
    # Pending the formal establishment of which authority does the CCB represent Belgium in the
    # ECCG and in ENISA's ad hoc working groups?
    relations = _ccb_pending_representations(registry)
    assert [r.get_object().get_id() for r in relations] == ["eccg", "enisa-adhoc-wgs"]
    assert {r.get_condition_ref().get_id() for r in relations} == {"ncca"}
    authority = relations[0].get_condition_ref()
    assert authority.get_status() == Ccbnet.Status.PENDING_ESTABLISHMENT
    for relation in relations:
        assert relation.get_condition() == Ccbnet.Condition.PENDING_ESTABLISHMENT
        assert relation.get_condition_text() == (
            "Pending the formal establishment of a National Cybersecurity Certification "
            "Authority")
        assert quotes(relation) == [SENTENCE_ECCG]


def test_q25_ccb_represents_together_with_other_departments(registry):
    # Together with whom does the CCB represent Belgium in the ECCG and in ENISA's ad hoc
    # working groups?
    relations = _ccb_pending_representations(registry)
    assert [r.get_object().get_id() for r in relations] == ["eccg", "enisa-adhoc-wgs"]
    co_actors = {e.get_id() for r in relations for e in r.get_co_actors()}
    assert co_actors == {"other-government-departments"}
    # Each co-actor holds a relation of its own with the same kind and object.
    departments = relations[0].get_co_actors()[0]
    for relation in relations:
        mirror = ask(registry, kind=Kind.REPRESENTS_IN, subject=departments,
                     object=relation.get_object())
        assert len(mirror) == 1
        assert ids(mirror[0].get_co_actors()) == ["ccb"]
        assert quotes(relation) == [SENTENCE_ECCG]


def test_q27_ccb_expert_for_permanent_representation_in_hwp_ci(registry):
    # In support of which Belgian body does the CCB act as an expert in the HWP-CI?
    hwp = found(registry, "HWP-CI")
    relations = ask(registry, kind=Kind.PROVIDES_EXPERTISE_TO, subject=found(registry, "CCB"),
                    context=hwp)
    assert [r.get_object().get_id() for r in relations] == ["belgian-permrep-eu"]
    assert relations[0].get_role() == "expert"
    assert quotes(relations[0]) == [
        "The CCB acts as an expert in support of Belgium’s Permanent Representation in the "
        "Horizontal Working Party on Cyber Issues (HWP-CI) within the Council of the European "
        "Union, or in other relevant EU forums."]


def test_q29_ccb_member_in_its_own_right(registry):
    # Of which organisation is the CCB itself a member (not on behalf of Belgium)?
    relations = ask(registry, kind=Kind.MEMBER_OF, include_subkinds=False,
                    subject=found(registry, "CCB"))
    assert [r.get_object().get_id() for r in relations] == ["ecso"]
    assert relations[0].get_kind() == Kind.MEMBER_OF
    assert relations[0].get_on_behalf_of() is None
    # With the sub-kinds, the representations of Belgium come in too.
    with_subkinds = ask(registry, kind=Kind.MEMBER_OF, include_subkinds=True,
                        subject=found(registry, "CCB"))
    assert "gfce" in {r.get_object().get_id() for r in with_subkinds}
    assert quotes(relations[0]) == [
        "The CCB is a member of the European Cyber Security Organisation (ECSO), the European "
        "Commission’s private counterpart in the implementation of the contractual "
        "public-private partnership (cPPP) on cyber security."]


def test_q31_point_of_contact_for_osce_working_group(registry):
    # For which working group is the CCB Belgium's operational Point of Contact, and within
    # which organisation is that working group?
    relations = ask(registry, kind=Kind.POINT_OF_CONTACT_FOR, subject=found(registry, "CCB"),
                    on_behalf_of=found(registry, "Belgium"))
    assert [r.get_object().get_id() for r in relations] == ["osce-iwg-cyberspace"]
    assert relations[0].get_role() == "operational Point of Contact"
    group = relations[0].get_object()
    assert group.get_parent().get_id() == "osce"
    assert ids([group, group.get_parent()]) == ["osce-iwg-cyberspace", "osce"]
    assert quotes(relations[0]) == [
        "The CCB is Belgium’s operational Point of Contact for the Informal Working Group on "
        "Cyberspace within the Organisation for Security and Cooperation in Europe (OSCE)."]


def test_q33_ccb_represents_belgium_in_worldwide_platform(registry):
    # In which worldwide platform does the CCB represent Belgium as a member?
    relations = [r for r in ask(registry, kind=Kind.REPRESENTS_IN,
                                subject=found(registry, "CCB"),
                                on_behalf_of=found(registry, "Belgium"),
                                entity_type=EntityType.BODY)
                 if "worldwide" in r.get_object().get_characteristics()]
    assert [r.get_object().get_id() for r in relations] == ["gfce"]
    assert relations[0].get_role() == "member"
    assert relations[0].get_object().get_classification() == "platform"
    assert quotes(relations[0]) == [
        "The CCB represents Belgium as a member of the Global Forum for Cyber Expertise (GFCE), "
        "a worldwide platform for countries, international organisations and private companies "
        "to exchange best practices and expertise in cyber capacity building."]


def test_q35_ccb_debates_where_appropriate(registry):
    # Within which organisations does the CCB, where appropriate, participate in the relevant
    # cyber security debates?
    relations = ask(registry, kind=Kind.PARTICIPATES_IN, subject=found(registry, "CCB"),
                    condition=Ccbnet.Condition.WHERE_APPROPRIATE)
    assert [r.get_object().get_id() for r in relations] == ["oecd", "itu"]
    for relation in relations:
        assert relation.get_topic() == "the relevant cyber security debates"
        assert quotes(relation) == [
            "Where appropriate, the CCB also participates in the relevant cyber security "
            "debates within the Organisation for Economic Cooperation and Development (OECD) "
            "and the International Telecommunications Union (ITU)"]


def test_q37_cert_be_is_a_department_of_the_ccb(registry):
    # What is the Belgian Computer Emergency Response Team (CERT.be) in relation to the CCB?
    cert = found(registry, "CERT.be")
    ccb = found(registry, "CCB")
    relations = ask(registry, subject=cert, object=ccb)
    assert ids(relations) == ["r083"]
    assert relations[0].get_kind() == Kind.UNIT_OF
    assert Ccbnet.relation_kind_is_a(relations[0].get_kind(), Kind.PART_OF)
    assert relations[0].get_role() == "operational department"
    assert cert.get_parent() is ccb
    assert ids([relations[0].get_subject(), relations[0].get_object()]) == ["cert-be", "ccb"]
    assert quotes(relations[0]) == [
        "The Belgian Computer Emergency Response Team (CERT.be) is an operational department "
        "of the CCB."]


def test_q39_cyber_europe_biennial_by_enisa(registry):
    # Which international exercise that the CCB participates in is organised every two years,
    # and by whom?
    exercises = ask_entities(registry, kind=Kind.PARTICIPATES_IN, subject=found(registry, "CCB"),
                             entity_type=EntityType.EVENT_SERIES)
    assert ids(exercises) == ["cyber-europe"]
    organisers = ask(registry, kind=Kind.ORGANISES, object=exercises[0],
                     cadence=Ccbnet.Cadence.BIENNIAL)
    assert [r.get_subject().get_id() for r in organisers] == ["enisa"]
    assert organisers[0].get_cadence() == Ccbnet.Cadence.BIENNIAL
    assert organisers[0].get_cadence_text() == "every two years"
    assert exercises[0].get_classification() == "exercise"
    assert ids([exercises[0], organisers[0].get_subject()]) == ["cyber-europe", "enisa"]
    assert quotes(organisers[0]) == [
        "The CCB also participates in international exercises, such as Cyber Europe, which is "
        "organised every two years by ENISA."]
