# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The graph exports of `ccbnet export`, read by the tools their users read them with.

networkx (Debian's python3-networkx) reads the GraphML, GEXF and node-link JSON files, and
Python's csv module the two CSV files; rdflib (python3-rdflib) reads the JSON-LD, N-Triples and
Turtle files, which must be one graph with the W3C ORG and PROV terms. Every node, every edge and every attribute of each is
compared with what the library's typed API says about the same records, converted by the rule
the exports document (docs/cli.md, "Graph exports"): one attribute per readable property, named
with "_" for "-", enumerations as nicks, flags and string lists as lists, records as ids; a
node's label (its name in --lang) and class; an edge's co-actors; the provenance of both.
GraphML, GEXF and CSV have no list type: there a list's items are joined with newlines.

The `ccbnet` program is the build's (CCBNET_TOOL, set by meson).
"""

import copy
import csv
import io
import json
import os
import subprocess

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic
from gi.repository import Ccbnet, Gio, GObject

from conftest import SMALL_DATASET

TOOL = os.environ.get("CCBNET_TOOL")

pytestmark = pytest.mark.skipif(TOOL is None, reason="CCBNET_TOOL names no ccbnet program")

CLASSES = [(Ccbnet.Organisation, "organisation"), (Ccbnet.Platform, "platform"),
           (Ccbnet.LegalInstrument, "legal-instrument"), (Ccbnet.Post, "post")]


def export(fmt, *args, data=None, lang="en"):
    command = [TOOL]
    if data is not None:
        command += ["--data", str(data)]
    command += ["export", "--format", fmt, "--lang", lang, *args]
    env = dict(os.environ, CCBNET_DATASET="")
    done = subprocess.run(command, capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    return done.stdout


def _convert(value):
    """A property's value as the exports write it: None when absent."""
    if isinstance(value, GObject.GFlags):
        nicks = [flag.first_value_nick for bits, flag in type(value).__flags_values__.items()
                 if bits != 0 and int(value) & bits == bits]
        return nicks or None
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GObject.Object):
        return value.get_property("id")
    if isinstance(value, list):
        return list(value) or None
    return value


def _citations(citations):
    if not citations:
        return {}
    return {"sources": [c.props.document.props.id for c in citations],
            "quotes": [c.props.quote or "" for c in citations]}


def _properties(record):
    found = {}
    for pspec in GObject.list_properties(record):
        if pspec.name in ("id", "subject", "object") or not pspec.flags & GObject.ParamFlags.READABLE:
            continue
        value = _convert(record.get_property(pspec.name))
        if value is not None:
            found[pspec.name.replace("-", "_")] = value
    return found


def expected_node(entity, lang="en"):
    attributes = {"label": entity.get_name_for_language(lang),
                  "class": next((name for cls, name in CLASSES if isinstance(entity, cls)), "thing")}
    attributes.update(_properties(entity))
    attributes.update(_citations(entity.get_sources()))
    return attributes


def expected_edge(relation):
    attributes = _properties(relation)
    actors = [a.props.id for a in relation.get_co_actors() or []]
    if actors:
        attributes["co_actors"] = actors
    attributes.update(_citations(relation.get_sources()))
    return attributes


def flattened(attributes):
    """What a format without lists holds: items joined with newlines."""
    return {k: "\n".join(v) if isinstance(v, list) else v for k, v in attributes.items()}


def as_text(attributes):
    """What CSV holds: text everywhere, booleans as true/false."""
    return {k: ("true" if v else "false") if isinstance(v, bool) else v
            for k, v in flattened(attributes).items()}


def records(registry):
    return list(registry.get_entities()), list(registry.get_relations())


def check_graph(graph, registry, lists=True, gexf=False):
    entities, relations = records(registry)
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == len(entities)
    assert graph.number_of_edges() == len(relations)
    convert = (lambda a: a) if lists else flattened
    for entity in entities:
        assert convert(expected_node(entity)) == graph.nodes[entity.props.id], entity.props.id
    for relation in relations:
        subject, obj = relation.props.subject.props.id, relation.props.object.props.id
        data = dict(graph.edges[subject, obj, relation.props.id])
        if gexf:
            # GEXF's own edge label, and networkx's copy of the edge id.
            assert data.pop("label") == relation.props.kind.value_nick
            assert data.pop("id") == relation.props.id
        assert convert(expected_edge(relation)) == data, relation.props.id


@pytest.fixture(scope="module")
def shipped():
    return Ccbnet.Registry.get_default()


def test_graphml_reads_into_networkx(tmp_path, shipped):
    path = tmp_path / "ccbnet.graphml"
    path.write_bytes(export("graphml"))
    graph = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    check_graph(graph, shipped, lists=False)
    assert graph.graph["title"] == shipped.dup_title()


def test_gexf_reads_into_networkx(tmp_path, shipped):
    path = tmp_path / "ccbnet.gexf"
    path.write_bytes(export("gexf"))
    graph = nx.read_gexf(path)
    check_graph(graph, shipped, lists=False, gexf=True)


def test_node_link_reads_into_networkx(shipped):
    data = json.loads(export("node-link"))
    assert data["graph"] == {"title": shipped.dup_title(), "license": shipped.dup_license()}
    graph = nx.node_link_graph(data)
    check_graph(graph, shipped, lists=True)


def test_to_networkx_is_the_node_link_export(shipped):
    """The override's graph and the program's node-link file, read by networkx, are equal:
    the same nodes, edges, keys and attributes, built by two implementations of one rule."""
    for lang in ("en", "nl"):
        exported = nx.node_link_graph(json.loads(export("node-link", lang=lang)))
        built = shipped.to_networkx(lang=lang)
        assert built.graph == exported.graph
        assert dict(built.nodes(data=True)) == dict(exported.nodes(data=True))
        assert sorted(built.edges(keys=True, data=True), key=lambda e: e[2]) == \
            sorted(exported.edges(keys=True, data=True), key=lambda e: e[2])
    check_graph(shipped.to_networkx(), shipped, lists=True)
    assert shipped.to_networkx(lang="nl").nodes["ccb"]["label"] == \
        shipped.lookup("ccb").get_name_for_language("nl")


def test_labels_follow_lang(shipped):
    graph = nx.node_link_graph(json.loads(export("node-link", lang="fr")))
    ccb = shipped.lookup("ccb")
    assert graph.nodes["ccb"]["label"] == ccb.get_name_for_language("fr")
    assert graph.nodes["ccb"]["label"] != ccb.get_name_for_language("en")
    assert graph.nodes["ccb"]["name"] == ccb.props.name


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_pair_reads_with_the_csv_module(tmp_path, shipped):
    out = tmp_path / "new" / "csv"                 # made, parents and all
    export("csv", "--output", str(out))
    assert sorted(os.listdir(out)) == ["edges.csv", "nodes.csv"]
    raw = (out / "nodes.csv").read_bytes()
    assert raw.count(b"\r\n") >= len(list(shipped.get_entities())) + 1     # RFC 4180 line ends
    entities, relations = records(shipped)
    nodes, edges = read_csv(out / "nodes.csv"), read_csv(out / "edges.csv")
    assert [n["id"] for n in nodes] == [e.props.id for e in entities]
    assert [e["id"] for e in edges] == [r.props.id for r in relations]
    for entity, row in zip(entities, nodes):
        del row["id"]
        assert as_text(expected_node(entity)) == {k: v for k, v in row.items() if v != ""}
    for relation, row in zip(relations, edges):
        assert row.pop("id") == relation.props.id
        assert row.pop("source") == relation.props.subject.props.id
        assert row.pop("target") == relation.props.object.props.id
        assert as_text(expected_edge(relation)) == {k: v for k, v in row.items() if v != ""}


def test_csv_needs_a_directory(tmp_path):
    command = [TOOL, "export", "--format", "csv"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 64
    assert "name their directory with --output" in done.stderr
    assert done.stdout == ""
    blocker = tmp_path / "file"
    blocker.write_text("keep me")
    done = subprocess.run(command + ["--output", str(blocker)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 74
    assert blocker.read_text() == "keep me"
    assert done.stdout == ""


TRICKY = 'Alpha "A" & <B>, C;\tD \x01 end '


@pytest.fixture
def tricky(tmp_path):
    """The small dataset with a name full of what XML and CSV must escape, a control character
    XML cannot hold, and a quote with commas, double quotes and a newline."""
    dataset = copy.deepcopy(SMALL_DATASET)
    dataset["entities"][0]["name"] = TRICKY
    dataset["relations"][1]["sources"][0]["quote"] = 'He said "yes", then\n"no", twice.'
    path = tmp_path / "tricky.json"
    path.write_text(json.dumps(dataset), encoding="utf-8")
    registry = Ccbnet.Registry.new()
    assert registry.load_from_file(Gio.File.new_for_path(str(path)), None)
    return path, registry


def test_tricky_text_survives_every_format(tmp_path, tricky):
    path, registry = tricky
    xml_name = TRICKY.replace("\x01", "\ufffd")        # XML 1.0 cannot hold U+0001

    graph = nx.node_link_graph(json.loads(export("node-link", data=path)))
    check_graph(graph, registry, lists=True)
    assert graph.nodes["alpha"]["name"] == TRICKY

    (tmp_path / "t.graphml").write_bytes(export("graphml", data=path))
    graph = nx.read_graphml(tmp_path / "t.graphml", force_multigraph=True, edge_key_type=str)
    assert graph.nodes["alpha"]["name"] == xml_name
    assert graph.edges["alpha", "forum", "r2"]["quotes"] == 'He said "yes", then\n"no", twice.'

    (tmp_path / "t.gexf").write_bytes(export("gexf", data=path))
    graph = nx.read_gexf(tmp_path / "t.gexf")
    assert graph.nodes["alpha"]["name"] == xml_name

    export("csv", "--output", str(tmp_path / "csv"), data=path)
    nodes = read_csv(tmp_path / "csv" / "nodes.csv")
    assert nodes[0]["name"] == TRICKY
    edges = read_csv(tmp_path / "csv" / "edges.csv")
    assert edges[1]["quotes"] == 'He said "yes", then\n"no", twice.'


# --- Linked data: JSON-LD, N-Triples and Turtle, read by rdflib ---------------------------------

ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
RDF_FORMATS = (("json-ld", "json-ld"), ("ntriples", "nt"), ("turtle", "turtle"))


def rdf_graphs(*args, data=None):
    graphs = {}
    for fmt, parser in RDF_FORMATS:
        graph = rdflib.Graph()
        graph.parse(data=export(fmt, *args, data=data).decode("utf-8"), format=parser)
        graphs[fmt] = graph
    return graphs


def test_three_rdf_syntaxes_are_one_graph(shipped):
    graphs = rdf_graphs()
    counts = {fmt: len(graph) for fmt, graph in graphs.items()}
    assert len(set(counts.values())) == 1, counts
    assert counts["json-ld"] > 3 * (len(list(shipped.get_entities())) + len(list(shipped.get_relations())))
    assert isomorphic(graphs["json-ld"], graphs["ntriples"])
    assert isomorphic(graphs["json-ld"], graphs["turtle"])


def test_rdf_uses_org_and_prov_terms(shipped):
    graph = rdf_graphs()["turtle"]
    ent = rdflib.Namespace("urn:ccbnet:entity/")
    rel = rdflib.Namespace("urn:ccbnet:relation/")
    src = rdflib.Namespace("urn:ccbnet:source/")
    memberships = 0
    for relation in shipped.get_relations():
        subject, obj = ent[relation.props.subject.props.id], ent[relation.props.object.props.id]
        node = rel[relation.props.id]
        if relation.props.kind.value_nick in ("member-of", "represents-in"):
            assert (subject, ORG.memberOf, obj) in graph, relation.props.id
        if Ccbnet.relation_kind_is_a(relation.props.kind, Ccbnet.RelationKind.MEMBER_OF):
            memberships += 1
            assert (node, rdflib.RDF.type, ORG.Membership) in graph
            assert (node, ORG.member, subject) in graph
            assert (node, ORG.organization, obj) in graph
        documents = {c.props.document.props.id for c in relation.get_sources()}
        assert set(graph.objects(node, PROV.wasDerivedFrom)) == {src[d] for d in documents}
    assert memberships > 0
    for entity in shipped.get_entities():
        documents = {c.props.document.props.id for c in entity.get_sources()}
        assert set(graph.objects(ent[entity.props.id], PROV.wasDerivedFrom)) == \
            {src[d] for d in documents}


def test_rdf_keeps_tricky_text_and_follows_base(tmp_path):
    dataset = copy.deepcopy(SMALL_DATASET)
    quote = 'Back\\slash, "quotes",\ttab and\nnewline \x01.'
    dataset["relations"][1]["sources"][0]["quote"] = quote
    path = tmp_path / "tricky.json"
    path.write_text(json.dumps(dataset), encoding="utf-8")
    graphs = rdf_graphs("--base", "http://example.org/ccbnet/", data=path)
    assert isomorphic(graphs["json-ld"], graphs["ntriples"])
    assert isomorphic(graphs["json-ld"], graphs["turtle"])
    for graph in graphs.values():
        quote_of = rdflib.URIRef("http://example.org/ccbnet/vocab#quote")
        assert quote in {str(o) for o in graph.objects(None, quote_of)}
    subjects = {str(s) for s in graphs["ntriples"].subjects() if isinstance(s, rdflib.URIRef)}
    assert "http://example.org/ccbnet/entity/alpha" in subjects


# --- --fields keeps the JSON shapes' values -----------------------------------------------------

@pytest.mark.parametrize("command, key, fields", [
    (["query", "--kind", "member-of", "--include-subkinds"], "relations",
     ["id", "subject", "on_behalf_of", "levels", "non_exhaustive", "sources"]),
    (["list", "platforms"], "platforms", ["classification", "id", "label", "section"]),
    (["query", "--entities", "--kind", "represents-in"], "entities", ["label", "scope"]),
])
def test_fields_are_the_full_shape_projected(command, key, fields):
    def run(*extra):
        done = subprocess.run([TOOL, *command, "--json", *extra], capture_output=True,
                              env=dict(os.environ, CCBNET_DATASET=""), timeout=60)
        assert done.returncode == 0, done.stderr.decode()
        return json.loads(done.stdout)[key]
    full, projected = run(), run("--fields", ",".join(fields))
    assert len(full) == len(projected) > 0
    for whole, part in zip(full, projected):
        assert list(part) == fields                  # the order asked for
        assert part == {f: whole[f] for f in fields}
