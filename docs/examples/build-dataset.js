// build-dataset.js: make a small dataset with Ccbnet.DatasetBuilder, save it, and read it back.
// The same program as build-dataset.c and the README's Python snippet, in JavaScript (GJS, an
// ES module).
//
// Run it as `gjs -m build-dataset.js FILE`: it saves the dataset to FILE, loads FILE into a new
// registry and prints "agency represents-in ministry". On an error it prints the library's
// message and exits with status 1.
//
// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later

import Ccbnet from 'gi://Ccbnet?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

function build() {
    const said = [{source: 'notes', quote: 'The agency represents the ministry in the platform.'}];
    const builder = new Ccbnet.DatasetBuilder({title: 'A small network'});

    // In the order a dataset file lists them: each record names only records added before it.
    builder.add_source(JSON.stringify({
        id: 'notes', kind: 'primary', title: 'Our notes', publisher: 'Us', language: 'en',
    }));
    builder.add_section(JSON.stringify({
        id: 'national', scope: 'national', heading: {en: 'National networks'},
        sources: [{source: 'notes', quote: 'National networks'}],
    }));
    for (const [id, entityType, classification, name] of [
        ['ministry', 'organisation', 'ministry', 'Ministry of Digital Affairs'],
        ['agency', 'organisation', 'agency', 'National Cyber Agency'],
        ['platform', 'body', 'platform', 'Cyber Cooperation Platform'],
    ]) {
        builder.add_entity(JSON.stringify({
            id, entity_type: entityType, classification, name,
            scope: 'national', section: 'national', sources: said,
        }));
    }
    builder.add_relation(JSON.stringify({
        id: 'r1', kind: 'represents-in', subject: 'agency', object: 'platform',
        on_behalf_of: 'ministry', section: 'national', sources: said,
    }));

    return builder;
}

function main(args) {
    if (args.length !== 1) {
        printerr('Usage: gjs -m build-dataset.js FILE');
        return 2;
    }

    try {
        const file = Gio.File.new_for_commandline_arg(args[0]);
        build().save(file, null);

        const registry = new Ccbnet.Registry();
        registry.load_from_file(file, null);
        const relation = registry.lookup_relation('r1');
        print(`${relation.subject.id} ${Ccbnet.relation_kind_to_string(relation.kind)} ` +
              `${relation.onBehalfOf.id}`);
    } catch (e) {
        // The library's errors are GLib.Error, not JavaScript Errors: anything else is a bug.
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(`build-dataset: ${e.message}`);
        return 1;
    }

    return 0;
}

System.exit(main(System.programArgs));
