#!/usr/bin/python3
# bench-python.py: the same loads and queries from Python, through GI and in plain Python
#
# SPDX-FileCopyrightText: 2026 The libccbnet authors
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# bench-python.py REPS DRIVER GENERATOR DIR N...
#
# DRIVER (ccbnet-bench) makes the datasets of N entities in DIR when they are missing.
#
# For each size, four programs do one job in a fresh interpreter each: load the dataset, then
# answer 1000 mixed questions (250 lookups by id, 250 finds by name, 250 queries anchored on a
# subject, 250 on an object), reading the id of every result; then, timed kind by kind, the
# questions of the C benchmark: 250 of each of those four, 250 subject-anchored queries with
# the subject's parts, and 25 paths without a hop limit:
#   plain        json.load and dictionaries built from it (by id, by folded name, by subject,
#                by object, parts by whole), as a Python programmer would write it;
#   gi-json      libccbnet through GObject introspection, loading the JSON;
#   gi-compiled  the same, loading the compiled file;
#   networkx     json.load into a networkx MultiDiGraph (nodes by id, one edge a relation, keyed
#                by its id, with its members as data) and a dictionary by folded name; skipped
#                when networkx is not installed (Debian: python3-networkx).
# Then each program iterates the results of 250 subject- and 250 object-anchored queries reading
# one attribute of each result, the relation's id: through GI as an attribute (relation.id),
# with the getter (relation.get_id()) and with props (relation.props.id); in networkx from
# out_edges/in_edges with data (data["id"]). The figure is microseconds a result.
# Times are medians of REPS runs (one run for 10^5 entities); figures are printed as JSON lines
# prefixed "BENCH " and as a table.

import json
import os
import subprocess
import sys
import time
import unicodedata


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return " ".join(plain.split()).casefold()


KINDS = ("lookup-id", "find-name", "subject-anchored", "object-anchored", "include-parts",
         "find-path")
STRUCTURAL = ("part-of", "unit-of", "post-in")


def per_kind(ask, n_ids):
    """Times each kind of question alone; ask(kind, k) answers one about sampled entity k and
    returns its number of results."""
    figures = {}
    for kind in KINDS:
        n = 25 if kind == "find-path" else 250
        results = 0
        start = time.perf_counter()
        for i in range(n):
            results += ask(kind, i * 4 % n_ids)
        figures[kind] = {"queries": n, "results": results,
                         "seconds_per_query": (time.perf_counter() - start) / n}
    return figures


def path_target(ids, k):
    return ids[(k * 7 + 500) % len(ids)]


def read_sample(path):
    ids, names = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            entity_id, name = line.rstrip("\n").split("\t")
            ids.append(entity_id)
            names.append(name)
    return ids, names


def run_plain(json_path, sample_path):
    ids, names = read_sample(sample_path)
    start = time.perf_counter()
    with open(json_path, "rb") as f:
        data = json.load(f)
    entities = {e["id"]: e for e in data["entities"]}
    by_name = {}
    for e in data["entities"]:
        keys = [e["id"], e["name"]] + ([e["short_name"]] if "short_name" in e else [])
        keys += [n["name"] for n in e.get("other_names", [])]
        for key in keys:
            hits = by_name.setdefault(fold(key), [])
            if not hits or hits[-1] is not e:
                hits.append(e)
    outgoing, incoming, children = {}, {}, {}
    for r in data["relations"]:
        outgoing.setdefault(r["subject"], []).append(r)
        incoming.setdefault(r["object"], []).append(r)
        if r["kind"] in STRUCTURAL:
            children.setdefault(r["object"], []).append(r["subject"])
    loaded = time.perf_counter()
    results = 0
    for i in range(1000):
        kind, k = i % 4, i // 4 * 4 % len(ids)
        if kind == 0:
            results += entities.get(ids[k]) is not None
        elif kind == 1:
            results += len([e["id"] for e in by_name.get(fold(names[k]), [])])
        elif kind == 2:
            results += len([r["id"] for r in outgoing.get(ids[k], [])])
        else:
            results += len([r["id"] for r in incoming.get(ids[k], [])])
    done = time.perf_counter()

    def with_parts(entity_id):
        closure, todo = {entity_id}, [entity_id]
        while todo:
            for part in children.get(todo.pop(), []):
                if part not in closure:
                    closure.add(part)
                    todo.append(part)
        found = [r for e in closure for r in outgoing.get(e, [])]
        return [r["id"] for r in found]

    def path(start_id, goal_id):
        # Breadth-first over relations in both directions; the relations from start to goal.
        if start_id == goal_id:
            return []
        previous = {start_id: None}
        queue = [start_id]
        for current in queue:
            for edges, end in ((outgoing, "object"), (incoming, "subject")):
                for r in edges.get(current, []):
                    nxt = r[end]
                    if nxt in previous:
                        continue
                    previous[nxt] = (current, r)
                    if nxt == goal_id:
                        chain = []
                        while previous[nxt] is not None:
                            nxt, relation = previous[nxt]
                            chain.append(relation["id"])
                        return chain[::-1]
                    queue.append(nxt)
        return None

    def ask(kind, k):
        if kind == "lookup-id":
            return entities.get(ids[k]) is not None
        if kind == "find-name":
            return len([e["id"] for e in by_name.get(fold(names[k]), [])])
        if kind == "subject-anchored":
            return len([r["id"] for r in outgoing.get(ids[k], [])])
        if kind == "object-anchored":
            return len([r["id"] for r in incoming.get(ids[k], [])])
        if kind == "include-parts":
            return len(with_parts(ids[k]))
        found = path(ids[k], path_target(ids, k))
        return len(found) if found is not None else 0

    return loaded - start, done - loaded, results, per_kind(ask, len(ids)), {}


def run_networkx(json_path, sample_path):
    import networkx

    ids, names = read_sample(sample_path)
    start = time.perf_counter()
    with open(json_path, "rb") as f:
        data = json.load(f)
    graph = networkx.MultiDiGraph()
    by_name = {}
    for e in data["entities"]:
        graph.add_node(e["id"], **e)
        keys = [e["id"], e["name"]] + ([e["short_name"]] if "short_name" in e else [])
        keys += [n["name"] for n in e.get("other_names", [])]
        for key in keys:
            hits = by_name.setdefault(fold(key), [])
            if not hits or hits[-1] != e["id"]:
                hits.append(e["id"])
    for r in data["relations"]:
        graph.add_edge(r["subject"], r["object"], key=r["id"], **r)
    loaded = time.perf_counter()
    nodes = graph.nodes
    results = 0
    for i in range(1000):
        kind, k = i % 4, i // 4 * 4 % len(ids)
        if kind == 0:
            results += nodes.get(ids[k]) is not None
        elif kind == 1:
            results += len([nodes[e]["id"] for e in by_name.get(fold(names[k]), [])])
        elif kind == 2:
            results += len([d["id"] for _, _, d in graph.out_edges(ids[k], data=True)])
        else:
            results += len([d["id"] for _, _, d in graph.in_edges(ids[k], data=True)])
    done = time.perf_counter()

    undirected = graph.to_undirected(as_view=True)

    def with_parts(entity_id):
        closure, todo = {entity_id}, [entity_id]
        while todo:
            for part, _, d in graph.in_edges(todo.pop(), data=True):
                if d["kind"] in STRUCTURAL and part not in closure:
                    closure.add(part)
                    todo.append(part)
        return [d["id"] for e in closure for _, _, d in graph.out_edges(e, data=True)]

    def ask(kind, k):
        if kind == "lookup-id":
            return nodes.get(ids[k]) is not None
        if kind == "find-name":
            return len([nodes[e]["id"] for e in by_name.get(fold(names[k]), [])])
        if kind == "subject-anchored":
            return len([d["id"] for _, _, d in graph.out_edges(ids[k], data=True)])
        if kind == "object-anchored":
            return len([d["id"] for _, _, d in graph.in_edges(ids[k], data=True)])
        if kind == "include-parts":
            return len(with_parts(ids[k]))
        try:
            return len(networkx.shortest_path(undirected, ids[k], path_target(ids, k))) - 1
        except networkx.NetworkXNoPath:
            return 0

    def per_result():
        n_results = 0
        start = time.perf_counter()
        for i in range(250):
            k = i * 4 % len(ids)
            for _, _, d in graph.out_edges(ids[k], data=True):
                d["id"]
                n_results += 1
            for _, _, d in graph.in_edges(ids[k], data=True):
                d["id"]
                n_results += 1
        return {"networkx": (time.perf_counter() - start) / n_results * 1e6, "results": n_results}

    return loaded - start, done - loaded, results, per_kind(ask, len(ids)), per_result()


def run_gi(path, sample_path):
    import gi
    gi.require_version("Ccbnet", "1.0")
    from gi.repository import Ccbnet, Gio

    ids, names = read_sample(sample_path)
    start = time.perf_counter()
    registry = Ccbnet.Registry.new()
    registry.set_max_size(2**62)
    registry.load_from_file(Gio.File.new_for_path(path), None)
    loaded = time.perf_counter()
    results = 0
    for i in range(1000):
        kind, k = i % 4, i // 4 * 4 % len(ids)
        if kind == 0:
            results += registry.lookup(ids[k]) is not None
        elif kind == 1:
            found = registry.find_all(names[k])
            results += len([found.get_item(j).get_id() for j in range(found.get_n_items())])
        else:
            entity = registry.lookup(ids[k])
            query = Ccbnet.Query.new()
            if kind == 2:
                query.set_subject(entity)
            else:
                query.set_object(entity)
            found = registry.query(query)
            results += len([found.get_item(j).get_id() for j in range(found.get_n_items())])
    done = time.perf_counter()

    def ids_of(found):
        return [found.get_item(j).get_id() for j in range(found.get_n_items())]

    def ask(kind, k):
        if kind == "lookup-id":
            return registry.lookup(ids[k]) is not None
        if kind == "find-name":
            return len(ids_of(registry.find_all(names[k])))
        entity = registry.lookup(ids[k])
        if kind == "find-path":
            found = registry.find_path(entity, registry.lookup(path_target(ids, k)), 0)
            return len(ids_of(found)) if found is not None else 0
        query = Ccbnet.Query.new()
        if kind == "object-anchored":
            query.set_object(entity)
        else:
            query.set_subject(entity)
        query.set_include_parts(kind == "include-parts")
        return len(ids_of(registry.query(query)))

    def per_result():
        # The queries are made beforehand, so that the three forms time the same work.
        queries = []
        for i in range(250):
            entity = registry.lookup(ids[i * 4 % len(ids)])
            for end in ("subject", "object"):
                query = Ccbnet.Query.new()
                query.set_property(end, entity)
                queries.append(query)
        figures = {}
        for form in ("attribute", "getter", "props"):
            n_results = 0
            start = time.perf_counter()
            if form == "attribute":
                for query in queries:
                    for relation in registry.query(query):
                        relation.id
                        n_results += 1
            elif form == "getter":
                for query in queries:
                    for relation in registry.query(query):
                        relation.get_id()
                        n_results += 1
            else:
                for query in queries:
                    for relation in registry.query(query):
                        relation.props.id
                        n_results += 1
            figures[form] = (time.perf_counter() - start) / n_results * 1e6
        figures["results"] = n_results
        return figures

    return loaded - start, done - loaded, results, per_kind(ask, len(ids)), per_result()


def child(mode, path, sample_path):
    if mode == "plain":
        load, queries, results, kinds, each = run_plain(path, sample_path)
    elif mode == "networkx":
        load, queries, results, kinds, each = run_networkx(path, sample_path)
    else:
        load, queries, results, kinds, each = run_gi(path, sample_path)
    print(json.dumps({"load": load, "queries": queries, "results": results, "kinds": kinds,
                      "per_result": each}))


def measure(mode, path, sample_path):
    process = subprocess.Popen([sys.executable, __file__, "--child", mode, path, sample_path],
                               stdout=subprocess.PIPE)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = status
    if status != 0:
        sys.exit(f"{mode} on {path} failed")
    sample = json.loads(output)
    sample["peak"] = usage.ru_maxrss * 1024
    return sample


def median_of(mode, path, sample_path, reps):
    samples = sorted((measure(mode, path, sample_path) for _ in range(reps)),
                     key=lambda s: s["load"] + s["queries"])
    result = dict(samples[len(samples) // 2])
    result["peak"] = max(s["peak"] for s in samples)
    return result


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return 0

    try:
        import gi
        gi.require_version("Ccbnet", "1.0")
        from gi.repository import Ccbnet  # noqa: F401
    except (ImportError, ValueError) as error:
        print(f"SKIP: PyGObject or the Ccbnet typelib is missing ({error})")
        return 77

    try:
        import networkx  # noqa: F401
        programs = ("plain", "gi-json", "gi-compiled", "networkx")
    except ImportError:
        print("networkx is missing (Debian: python3-networkx): measuring without it")
        programs = ("plain", "gi-json", "gi-compiled")

    reps = int(sys.argv[1])
    driver, generator, directory = sys.argv[2:5]
    prepared = subprocess.run([driver, "prepare", generator, directory] + sys.argv[5:],
                              stdout=subprocess.PIPE, check=True, text=True).stdout
    rows, kind_rows, result_rows = [], [], []
    for line in prepared.splitlines():
        n, json_path, db_path, sample_path = line.split("\t")
        n = int(n)
        r = 1 if n >= 100000 else reps
        figures = {
            "plain": median_of("plain", json_path, sample_path, r),
            "gi-json": median_of("gi-json", json_path, sample_path, r),
            "gi-compiled": median_of("gi-compiled", db_path, sample_path, max(r, 3)),
        }
        if "networkx" in programs:
            figures["networkx"] = median_of("networkx", json_path, sample_path, r)
        if len({f["results"] for f in figures.values()}) != 1:
            sys.exit(f"the programs disagree on {json_path}: "
                     + ", ".join(f"{m} {f['results']}" for m, f in figures.items()))
        for kind in KINDS:
            counts = {m: f["kinds"][kind]["results"] for m, f in figures.items()}
            if len(set(counts.values())) != 1:
                sys.exit(f"the programs disagree on {kind} in {json_path}: {counts}")
            for mode, f in figures.items():
                k = f["kinds"][kind]
                print("BENCH " + json.dumps({
                    "bench": "python-query", "entities": n, "program": mode, "query": kind,
                    "queries": k["queries"], "results": k["results"],
                    "seconds_per_query": round(k["seconds_per_query"], 9)}))
            kind_rows.append((n, kind, k["results"] / k["queries"],
                              [figures[m]["kinds"][kind]["seconds_per_query"] * 1e6
                               if m in figures else float("nan")
                               for m in ("plain", "gi-json", "gi-compiled", "networkx")]))
        each = figures["gi-compiled"]["per_result"]
        if "networkx" in figures:
            nx_each = figures["networkx"]["per_result"]
            if nx_each["results"] != each["results"]:
                sys.exit(f"networkx and libccbnet disagree on the results read in {json_path}")
        else:
            nx_each = {"networkx": float("nan")}
        print("BENCH " + json.dumps({
            "bench": "python-per-result", "entities": n, "results": each["results"],
            "attribute_us": round(each["attribute"], 4), "getter_us": round(each["getter"], 4),
            "props_us": round(each["props"], 4), "networkx_us": round(nx_each["networkx"], 4),
            "attribute_over_networkx": round(each["attribute"] / nx_each["networkx"], 3)}))
        result_rows.append((n, each["results"], each["attribute"], each["getter"], each["props"],
                            nx_each["networkx"]))
        plain_total = figures["plain"]["load"] + figures["plain"]["queries"]
        nx_total = (figures["networkx"]["load"] + figures["networkx"]["queries"]
                    if "networkx" in figures else float("nan"))
        for mode, f in figures.items():
            total = f["load"] + f["queries"]
            print("BENCH " + json.dumps({
                "bench": "python", "entities": n, "program": mode, "runs": r if mode != "gi-compiled" else max(r, 3),
                "load_seconds": round(f["load"], 6), "queries_seconds": round(f["queries"], 6),
                "total_seconds": round(total, 6), "results": f["results"],
                "peak_rss_bytes": f["peak"], "total_over_plain": round(total / plain_total, 4),
                "total_over_networkx": round(total / nx_total, 4)}))
            rows.append((n, mode, f["load"], f["queries"] * 1e3, total, total / plain_total,
                         total / nx_total, f["peak"] / 2**20))

    print(f"\n{'entities':<9}{'program':<13}{'load s':>9}{'1000 q ms':>11}{'total s':>9}"
          f"{'vs plain':>10}{'vs nx':>9}{'peak MB':>9}")
    for n, mode, load, queries, total, ratio, nx_ratio, peak in rows:
        print(f"{n:<9}{mode:<13}{load:>9.3f}{queries:>11.1f}{total:>9.3f}{ratio:>9.3f}x"
              f"{nx_ratio:>8.3f}x{peak:>9.0f}")
    print(f"\nus per question, each kind alone, after the mixed ones\n"
          f"{'entities':<9}{'query':<18}{'results/q':>10}{'plain':>11}{'gi-json':>11}{'gi-compiled':>13}"
          f"{'networkx':>11}")
    for n, kind, per, times in kind_rows:
        print(f"{n:<9}{kind:<18}{per:>10.1f}{times[0]:>11.2f}{times[1]:>11.2f}{times[2]:>13.2f}"
              f"{times[3]:>11.2f}")
    print(f"\nus per result: 500 anchored queries, iterating the results and reading each id\n"
          f"{'entities':<9}{'results':>9}{'attribute':>11}{'getter':>9}{'props':>9}{'networkx':>10}"
          f"{'attr/nx':>9}")
    for n, count, attribute, getter, props, nx in result_rows:
        print(f"{n:<9}{count:>9}{attribute:>11.3f}{getter:>9.3f}{props:>9.3f}{nx:>10.3f}"
              f"{attribute / nx:>8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
