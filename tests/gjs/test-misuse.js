// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Misuse from GJS, as scripts do it: wrong types and null where an object is expected throw an
// error with a message; bad merge arguments are errors, not criticals; query results held across
// a reload keep their data while the registry's listings follow; a registry dropped while an
// async load runs still finishes it. The suite runs with G_DEBUG=fatal-warnings, so a critical
// from the library would end the process.
//
// A Jasmine spec run with Debian's minijasmine, like test-registry.js (see there).

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

const overrides = GLib.getenv('CCBNET_GJS_OVERRIDES');
if (overrides)
    imports.overrides.searchPath.unshift(overrides);
const {default: Ccbnet} = await import('gi://Ccbnet?version=1.0');

const dataDir = GLib.getenv('CCBNET_DATA_DIR');
const shipped = Gio.File.new_for_path(GLib.build_filenamev([dataDir, 'ccbnet.json']));
const minimal = Gio.File.new_for_path(GLib.build_filenamev([dataDir, '..', 'tests', 'data', 'minimal.json']));

describe('misuse from GJS', function () {
    const registry = Ccbnet.Registry.get_default();

    it('throws with a message for wrong types and null', function () {
        const calls = [
            () => registry.lookup(null),
            () => registry.query('represents-in'),
            () => registry.find_path(null, registry.lookup('ccb'), 3),
            () => registry.diff(null),
            () => Ccbnet.DatasetBuilder.new().add_entity(null),
            () => Ccbnet.DatasetBuilder.new().remove(null),
            () => Ccbnet.DatasetBuilder.new().merge(null, Ccbnet.MergeRule.FAIL, null),
        ];
        for (const call of calls) {
            let thrown = null;
            try {
                call();
            } catch (e) {
                thrown = e;
            }
            expect(thrown).not.toBeNull();
            expect(String(thrown.message).length).toBeGreaterThan(0);
        }
    });

    it('reports bad merge arguments as errors', function () {
        const builder = Ccbnet.DatasetBuilder.new();
        for (const [rule, prefix] of [[Ccbnet.MergeRule.PREFIX, null], [Ccbnet.MergeRule.FAIL, 'x-']]) {
            let thrown = null;
            try {
                builder.merge(registry, rule, prefix);
            } catch (e) {
                thrown = e;
            }
            expect(thrown).not.toBeNull();
            expect(thrown.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.INVALID_ARGUMENT)).toBeTrue();
        }
        expect(builder.n_records).toBe(0);
    });

    it('keeps held results across a reload, while listings follow', function () {
        const own = Ccbnet.Registry.new();
        own.load_from_file(shipped, null);
        const listing = own.get_entities();
        const query = new Ccbnet.Query({kind: Ccbnet.RelationKind.REPRESENTS_IN});
        const results = own.query(query);
        const before = [];
        for (let i = 0; i < results.get_n_items(); i++)
            before.push(results.get_item(i).id);
        own.load_from_file(minimal, null);
        System.gc();
        const after = [];
        for (let i = 0; i < results.get_n_items(); i++)
            after.push(results.get_item(i).id);
        expect(after).toEqual(before);
        expect(before.length).toBeGreaterThan(0);
        expect(listing.get_n_items()).toBe(own.get_n_entities());
        expect(own.lookup('ccb')).toBeNull();
    });

    it('finishes an async load whose registry was dropped', function (done) {
        let own = Ccbnet.Registry.new();
        own.load_from_file_async(shipped, null, (source, result) => {
            expect(source.load_from_file_finish(result)).toBeTrue();
            expect(source.get_n_entities()).toBe(registry.get_n_entities());
            done();
        });
        own = null;
        System.gc();
    });
});
