// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Ccbnet.DatasetBuilder from GJS: building a dataset from JSON records, refused records caught
// with e.matches() and the builder left as it was, merging, editing the shipped dataset, and
// saving and loading the result.
//
// A Jasmine spec in an ES module, run with Debian's minijasmine like test-registry.js (see
// there). From the top of the source tree, after `ninja -C _build`:
//
//   GJS_DEBUG_OUTPUT=/dev/null GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
//       CCBNET_GJS_OVERRIDES=$PWD/bindings/gjs/overrides \
//       /usr/libexec/installed-tests/gjs/minijasmine tests/gjs/test-builder.js -m

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';

const overrides = GLib.getenv('CCBNET_GJS_OVERRIDES');
if (overrides)
    imports.overrides.searchPath.unshift(overrides);
const {default: Ccbnet} = await import('gi://Ccbnet?version=1.0');

const {DatasetError, MergeRule, RelationKind} = Ccbnet;

function ids(items) {
    const result = [];
    for (const item of items)
        result.push(item.id);
    return result;
}

function text(bytes) {
    return new TextDecoder().decode(bytes.toArray());
}

const said = [{source: 'notes', quote: 'The agency represents the ministry in the platform.'}];

function entity(id, entityType = 'organisation', members = {}) {
    return JSON.stringify({
        id, entity_type: entityType, classification: 'agency', name: `The ${id}`,
        scope: 'national', section: 'national', sources: said, ...members,
    });
}

function relation(id, kind, subject, object, members = {}) {
    return JSON.stringify({
        id, kind, subject, object, section: 'national', sources: said, ...members,
    });
}

// A source, a section, and the entities given as [id, type].
function network(entities = [['ministry', 'organisation'], ['agency', 'organisation'],
    ['platform', 'body']]) {
    const builder = new Ccbnet.DatasetBuilder({title: 'A small network'});
    builder.add_source(JSON.stringify({
        id: 'notes', kind: 'primary', title: 'Our notes', publisher: 'Us', language: 'en',
    }));
    builder.add_section(JSON.stringify({
        id: 'national', scope: 'national', heading: {en: 'National networks'},
        sources: [{source: 'notes', quote: 'National networks'}],
    }));
    for (const [id, type] of entities)
        builder.add_entity(entity(id, type));
    return builder;
}

// The network with r1: the agency represents the ministry in the platform.
function representation() {
    const builder = network();
    builder.add_relation(relation('r1', 'represents-in', 'agency', 'platform',
        {on_behalf_of: 'ministry'}));
    return builder;
}

function refusal(call) {
    try {
        call();
    } catch (e) {
        return e;
    }
    return null;
}

describe('A dataset builder', function () {
    it('builds a dataset that a registry loads', function () {
        const builder = representation();
        expect(builder.nRecords).toBe(6);
        expect(builder.title).toBe('A small network');
        expect(builder.contains('platform')).toBeTrue();
        expect(builder.dup_record('nothing')).toBeNull();
        expect(JSON.parse(builder.dup_record('r1')).on_behalf_of).toBe('ministry');

        const registry = builder.to_registry();
        expect(registry.dup_title()).toBe('A small network');
        expect(ids(registry.get_entities())).toEqual(['ministry', 'agency', 'platform']);
        expect(registry.lookup('platform')).toBeInstanceOf(Ccbnet.Platform);
        const r1 = registry.lookup_relation('r1');
        expect(r1.subject).toBe(registry.lookup('agency'));
        expect(r1.kind).toBe(RelationKind.REPRESENTS_IN);
        expect(r1.onBehalfOf.id).toBe('ministry');
        expect(r1.get_sources()[0].quote).toBe(said[0].quote);
    });

    it('refuses a relation to an unknown entity, changing nothing', function () {
        const builder = representation();
        const before = text(builder.to_json());
        const error = refusal(() => builder.add_relation(relation('r2', 'represents-in',
            'agency', 'platform', {on_behalf_of: 'minstry'})));
        expect(error).not.toBeNull();
        expect(error instanceof GLib.Error).toBeTrue();
        expect(error.matches(DatasetError, DatasetError.DANGLING_REFERENCE)).toBeTrue();
        expect(error.message).toBe('relation "r2": $.relations[1].on_behalf_of: unknown ' +
            'entity id "minstry", expected the id of an entry of $.entities');
        expect(text(builder.to_json())).toBe(before);
        expect(builder.nRecords).toBe(6);
    });

    const badCalls = [
        ['text that is not JSON', b => b.add_entity('{"id": "x",}'), DatasetError.SYNTAX],
        ['an unknown member', b => b.add_entity(entity('x', 'organisation', {colour: 'red'})),
            DatasetError.SCHEMA],
        ['an unknown entity type', b => b.add_entity(entity('x', 'ship')),
            DatasetError.UNKNOWN_VALUE],
        ['an id in use', b => b.add_entity(entity('agency')), DatasetError.DUPLICATE_ID],
        ['types that do not fit the kind', b => b.add_relation(relation('r2', 'organises',
            'agency', 'platform')), DatasetError.RELATION],
        ['represents-in without on_behalf_of', b => b.add_relation(relation('r2',
            'represents-in', 'agency', 'platform')), DatasetError.MISSING_QUALIFIER],
        ['removing an entity r1 names', b => b.remove('ministry'),
            DatasetError.DANGLING_REFERENCE],
    ];

    for (const [name, call, code] of badCalls) {
        it(`refuses ${name} with its code, changing nothing`, function () {
            const builder = representation();
            const before = text(builder.to_json());
            const error = refusal(() => call(builder));
            expect(error).not.toBeNull();
            expect(error.matches(DatasetError, code)).withContext(String(error)).toBeTrue();
            expect(text(builder.to_json())).toBe(before);
        });
    }

    it('refuses a part-of cycle', function () {
        const builder = network();
        builder.add_relation(relation('r1', 'part-of', 'agency', 'ministry'));
        const error = refusal(() => builder.add_relation(relation('r2', 'part-of', 'ministry',
            'agency')));
        expect(error.matches(DatasetError, DatasetError.CYCLE)).toBeTrue();
        expect(error.message).toContain('form a cycle: ministry → agency → ministry');
    });

    it('merges another dataset by each rule', function () {
        const other = network([['agency', 'organisation'], ['cert', 'organisation']]);
        other.replace(entity('agency', 'organisation', {name: 'Agency of the North'}));
        other.add_relation(relation('r2', 'part-of', 'cert', 'agency'));
        const north = other.to_registry();
        const names = builder => {
            const registry = builder.to_registry();
            return [...registry.get_entities()].map(e => `${e.id}=${e.name}`);
        };

        const failing = representation();
        const before = text(failing.to_json());
        const error = refusal(() => failing.merge(north, MergeRule.FAIL, null));
        expect(error.matches(DatasetError, DatasetError.DUPLICATE_ID)).toBeTrue();
        expect(text(failing.to_json())).toBe(before);

        const first = representation();
        first.merge(north, MergeRule.KEEP_FIRST, null);
        expect(names(first)).toEqual(['ministry=The ministry', 'agency=The agency',
            'platform=The platform', 'cert=The cert']);

        const last = representation();
        last.merge(north, MergeRule.KEEP_LAST, null);
        expect(names(last)).toEqual(['ministry=The ministry', 'agency=Agency of the North',
            'platform=The platform', 'cert=The cert']);

        const prefixed = representation();
        prefixed.merge(north, MergeRule.PREFIX, 'north-');
        expect(names(prefixed)).toEqual(['ministry=The ministry', 'agency=The agency',
            'platform=The platform', 'north-agency=Agency of the North', 'cert=The cert']);
        expect(prefixed.to_registry().lookup_relation('r2').object.id).toBe('north-agency');
    });

    it('starts from the shipped dataset and writes what the registry writes', function () {
        const shipped = Ccbnet.Registry.get_default();
        const builder = Ccbnet.DatasetBuilder.new_from_registry(shipped);
        expect(text(builder.to_json())).toBe(text(shipped.to_json()));
        expect(builder.license).toBe(shipped.dup_license());
        builder.remove('r088');
        expect(builder.to_registry().lookup_relation('r088')).toBeNull();
        expect(shipped.lookup_relation('r088')).not.toBeNull();
    });

    it('saves, and loads into a registry that says so with ::loaded', function () {
        const dir = GLib.dir_make_tmp('ccbnet-gjs-builder-XXXXXX');
        const file = Gio.File.new_for_path(GLib.build_filenamev([dir, 'network.json']));
        const builder = representation();
        try {
            expect(builder.save(file, null)).toBeTrue();
            const [, contents] = file.load_contents(null);
            expect(new TextDecoder().decode(contents)).toBe(text(builder.to_json()));

            const registry = new Ccbnet.Registry();
            const seen = [];
            registry.connect('loaded', () => seen.push(registry.get_n_entities()));
            registry.load_from_file(file, null);
            builder.add_entity(entity('cert'));
            builder.load_into(registry, null);
            expect(seen).toEqual([3, 4]);
            expect(registry.lookup('cert').name).toBe('The cert');
        } finally {
            if (file.query_exists(null))
                file.delete(null);
            Gio.File.new_for_path(dir).delete(null);
        }
    });
});
