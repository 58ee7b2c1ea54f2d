// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The public API of libccbnet, called from GJS through GObject introspection: listings and query
// results iterated with for…of, camelCase properties, find and lookup, typed queries (with
// include-parts and include-subkinds), paths, names by language, dataset errors caught with
// e.matches(), atomic failed loads and async loads awaited as promises.
//
// A Jasmine spec in an ES module, run with Debian's minijasmine (package gjs-tests), which
// prints TAP and exits 0 even when a spec fails (read the "not ok" lines). From the top of the
// source tree, after `ninja -C _build`:
//
//   GJS_DEBUG_OUTPUT=/dev/null GI_TYPELIB_PATH=$PWD/_build/lib LD_LIBRARY_PATH=$PWD/_build/lib \
//       /usr/libexec/installed-tests/gjs/minijasmine tests/gjs/test-registry.js -m
//
// A spec marked "known library bug" passes as "# SKIP" while the bug is there and fails once it
// is fixed, so that the mark gets removed.
//
// The registry's entity and relation listings iterate with for…of through the library's GJS
// override (bindings/gjs/overrides/Ccbnet.js): CCBNET_GJS_OVERRIDES names its directory (the
// source tree's under meson test, the installed one in the installed-bindings test), which goes
// on imports.overrides.searchPath before Ccbnet is first imported.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';

const overrides = GLib.getenv('CCBNET_GJS_OVERRIDES');
if (overrides)
    imports.overrides.searchPath.unshift(overrides);
const {default: Ccbnet} = await import('gi://Ccbnet?version=1.0');

Gio._promisify(Ccbnet.Registry.prototype, 'load_from_file_async', 'load_from_file_finish');
Gio._promisify(Gio.Subprocess.prototype, 'communicate_utf8_async', 'communicate_utf8_finish');

const {DatasetError, RelationKind} = Ccbnet;

function ids(items) {
    const result = [];
    for (const item of items)
        result.push(item.id);
    return result;
}

function toBytes(data) {
    if (typeof data !== 'string' && !(data instanceof Uint8Array))
        data = JSON.stringify(data);
    if (typeof data === 'string')
        data = new TextEncoder().encode(data);
    return new GLib.Bytes(data);
}

function cite(quote) {
    return [{source: 'doc', quote}];
}

// A small valid dataset; each test takes a fresh copy and breaks one thing.
function smallDataset() {
    return {
        format: 'ccbnet/1',
        sources: [
            {id: 'doc', kind: 'primary', title: 'The page', publisher: 'Us', language: 'en'},
            {id: 'ext', kind: 'external', title: 'Elsewhere', publisher: 'Them', language: 'nl'},
        ],
        sections: [
            {id: 'sec-a', scope: 'national', heading: {en: 'Section A', nl: 'Sectie A'},
                sources: cite('Section A')},
            {id: 'sec-b', scope: 'european', heading: {en: 'Section B'},
                sources: cite('Section B')},
        ],
        entities: [
            {id: 'alpha', entity_type: 'organisation', classification: 'agency',
                name: 'Alpha Agency', short_name: 'AA',
                other_names: [{name: 'Alfa Agentschap', lang: 'nl', source: 'ext'}],
                scope: 'national', section: 'sec-a', sources: cite('Alpha is an agency.')},
            {id: 'alpha-unit', entity_type: 'organisation', classification: 'unit',
                name: 'Alpha Unit', scope: 'national', section: 'sec-a',
                sources: cite('The unit is part of Alpha.')},
            {id: 'land', entity_type: 'state', classification: 'sovereign-state', name: 'Land',
                scope: 'national', section: 'sec-a', sources: cite('Alpha represents Land.')},
            {id: 'forum', entity_type: 'body', classification: 'forum', name: 'The Forum',
                scope: 'european', section: 'sec-b', cadence: 'monthly',
                sources: cite('The Forum meets monthly.')},
        ],
        relations: [
            {id: 'r1', kind: 'unit-of', subject: 'alpha-unit', object: 'alpha', section: 'sec-a',
                sources: cite('The unit is part of Alpha.')},
            {id: 'r2', kind: 'represents-in', subject: 'alpha', object: 'forum',
                on_behalf_of: 'land', section: 'sec-b', sources: cite('Alpha represents Land.')},
        ],
    };
}

function smallRegistry() {
    const registry = new Ccbnet.Registry();
    registry.load_from_bytes(toBytes(smallDataset()), 'small.json', null);
    return registry;
}

describe('The shipped registry', function () {
    const registry = Ccbnet.Registry.get_default();
    const lookup = id => {
        const entity = registry.lookup(id);
        expect(entity).withContext(id).not.toBeNull();
        return entity;
    };

    it('is one shared instance', function () {
        expect(Ccbnet.Registry.get_default()).toBe(registry);
    });

    it('lists its entities, relations and sections with for…of', function () {
        expect(ids(registry.get_entities()).length).toBe(90);
        expect(ids(registry.get_entities()).slice(0, 4))
            .toEqual(['belgium', 'antwerp', 'eu', 'ccb']);
        const relations = ids(registry.get_relations());
        // Page order: r092, the other channel of r023, stands beside it; r093 to r097, from
        // the later CCB pages, come last.
        expect(relations.length).toBe(97);
        expect(relations[0]).toBe('r001');
        expect(relations.slice(22, 25)).toEqual(['r023', 'r092', 'r024']);
        expect(relations[89]).toBe('r089');
        expect(relations[91]).toBe('r091');
        expect(relations.slice(92)).toEqual(['r093', 'r094', 'r095', 'r096', 'r097']);
        const headings = [];
        for (const section of registry.get_sections())
            headings.push(section.get_heading('nl'));
        expect(headings).toEqual(['Nationale samenwerking', 'Nationale netwerken (2)',
            'Europese netwerken', 'Internationale netwerken', 'Operationele netwerken']);
        let primary = 0;
        for (const document of registry.get_documents()) {
            if (document.kind === Ccbnet.DocumentKind.PRIMARY)
                primary++;
        }
        expect(primary).toBe(1);
    });

    it('makes the objects of a listing as they are read, once each', function () {
        const entities = registry.get_entities();
        expect(entities).toBeInstanceOf(Ccbnet.RecordList);
        expect(entities.nItems).toBe(90);
        expect(entities.get_item(3)).toBe(lookup('ccb'));
        expect(entities.get_item(90)).toBeNull();
        expect(registry.get_relations().get_item(53)).toBe(registry.lookup_relation('r053'));
        expect(registry.get_relations().get_item(97)).toBeNull();
        // The override gives the list the iterator GJS gives Gio.ListStore.
        expect(typeof entities[Symbol.iterator]).toBe('function');
        expect([...entities][3]).toBe(lookup('ccb'));
    });

    it('folds names as find() matches them', function () {
        const key = Ccbnet.fold_name('  Centre pour la Cybersécurité\u00a0Belgique ');
        expect(key).toBe('centre pour la cybersecurite belgique');
        expect(Ccbnet.fold_name('d\u2019Entreprises')).toBe("d'entreprises");
        expect(registry.find(key)).toBe(lookup('ccb'));
    });

    it('looks entities up by exact id', function () {
        expect(lookup('ccb')).toBeInstanceOf(Ccbnet.Organisation);
        expect(lookup('sit')).toBeInstanceOf(Ccbnet.Platform);
        expect(lookup('nis-act')).toBeInstanceOf(Ccbnet.LegalInstrument);
        expect(lookup('ccb-director')).toBeInstanceOf(Ccbnet.Post);
        expect(lookup('qctr-report')).toBeInstanceOf(Ccbnet.Thing);
        expect(registry.lookup('CCB')).toBeNull();
        expect(registry.lookup_relation('r083').kind).toBe(RelationKind.UNIT_OF);
        expect(registry.lookup_section('section-european').scope).toBe(Ccbnet.Scope.EUROPEAN);
        expect(registry.lookup_document('seed-000').language).toBe('en');
    });

    it('gives enum nicks and counts through functions', function () {
        expect(Ccbnet.relation_kind_to_string(RelationKind.REPRESENTS_IN)).toBe('represents-in');
        expect(Ccbnet.cadence_to_string(Ccbnet.Cadence.BIENNIAL)).toBe('biennial');
        expect(Ccbnet.condition_to_string(Ccbnet.Condition.WHERE_APPROPRIATE)).toBe('where-appropriate');
        expect(Ccbnet.scope_to_string(Ccbnet.Scope.OPERATIONAL)).toBe('operational');
        expect(Ccbnet.entity_type_to_string(Ccbnet.EntityType.ACTOR_GROUP)).toBe('actor-group');
        expect(registry.get_n_entities()).toBe(90);
        expect(registry.get_n_relations()).toBe(97);
    });

    it('finds entities by name, acronym and other names', function () {
        expect(registry.find('centre pour la cybersecurite belgique').id).toBe('ccb');
        expect(registry.find('Centrum voor Cybersecurity België').id).toBe('ccb');
        expect(registry.find('cert.be').id).toBe('cert-be');
        expect(registry.find('public prosecutor’s office in antwerp').id)
            .toBe('prosecutor-antwerp');
        expect(registry.find('OTAN').id).toBe('nato');
        expect(registry.find('no such network')).toBeNull();
        // QCTR is the report's acronym only; the events are found by their whole other name.
        expect(ids(registry.find_all('QCTR'))).toEqual(['qctr-report']);
        expect(registry.find('QCTR').id).toBe('qctr-report');
        expect(registry.find('qctr events').id).toBe('qctr-events');
        // No name of the shipped dataset is shared: a small one whose name "AA" is Land's name
        // and the acronym of Alpha and of its unit gives them best match first.
        const data = smallDataset();
        data.entities[1].short_name = 'AA';
        data.entities[2].name = 'AA';
        const shared = new Ccbnet.Registry();
        shared.load_from_bytes(toBytes(data), 'shared.json', null);
        expect(ids(shared.find_all('aa'))).toEqual(['land', 'alpha', 'alpha-unit']);
        expect(shared.find('AA').id).toBe('land');
    });

    it('reads entity properties in camelCase', function () {
        const ccb = lookup('ccb');
        expect(ccb.shortName).toBe('CCB');
        expect(ccb.short_name).toBe('CCB');
        expect(ccb.entityType).toBe(Ccbnet.EntityType.ORGANISATION);
        expect(ccb.nameSource.id).toBe('ccb-website-en');
        expect(ccb.nameSource.kind).toBe(Ccbnet.DocumentKind.EXTERNAL);
        expect(ccb.isCollective).toBeFalse();
        expect(ccb.section.id).toBe('section-national-1');
        expect(lookup('sit').cadence).toBe(Ccbnet.Cadence.MONTHLY);
        expect(lookup('sit').cadenceText).toBe('meets on a monthly basis');
        expect(lookup('cyber-security-coalition').topicsNonExhaustive).toBeTrue();
        expect(lookup('gfce').memberCategories).toEqual(
            ['countries', 'international organisations', 'private companies']);
        expect(lookup('ncca').status).toBe(Ccbnet.Status.PENDING_ESTABLISHMENT);
        expect(lookup('nis-act').get_date()).toBe('2019-04-07');
        expect(lookup('ccb-director').get_role()).toBe('Director');
        expect(lookup('coalition-experts').get_sectors()).toBe(
            Ccbnet.Sector.PUBLIC | Ccbnet.Sector.PRIVATE | Ccbnet.Sector.ACADEMIC);
    });

    it('reads relation properties in camelCase', function () {
        const r053 = registry.lookup_relation('r053');
        expect(r053.onBehalfOf.id).toBe('belgium');
        expect(r053.condition).toBe(Ccbnet.Condition.PENDING_ESTABLISHMENT);
        expect(r053.conditionRef.id).toBe('ncca');
        expect(r053.conditionText).toBe(
            'Pending the formal establishment of a National Cybersecurity Certification Authority');
        expect(ids(r053.get_co_actors())).toEqual(['other-government-departments']);
        const r047 = registry.lookup_relation('r047');
        expect(r047.legalBasis.id).toBe('nis-act');
        expect(r047.framework.id).toBe('nis-directive');
        expect(registry.lookup_relation('r050').capacity.id).toBe('role-spoc');
        const r023 = registry.lookup_relation('r023');
        expect(r023.via.id).toBe('dge');
        expect(r023.nonExhaustive).toBeTrue();
        const r029 = registry.lookup_relation('r029');
        expect(r029.via).toBeNull();
        expect(r029.context.id).toBe('isp-think-tank');
        expect(r029.cadenceText).toBe('once every two months');
        expect(registry.lookup_relation('r064').context.id).toBe('hwp-ci');
        expect(registry.lookup_relation('r024').nonExhaustive).toBeTrue();
        expect(registry.lookup_relation('r027').levels).toBe(
            Ccbnet.Level.NATIONAL | Ccbnet.Level.EUROPEAN | Ccbnet.Level.INTERNATIONAL);
        expect(registry.lookup_relation('r001').startDate).toBeNull();
        expect(registry.lookup_relation('r083').get_other_end(lookup('ccb')).id).toBe('cert-be');
    });

    it('gives names by language, falling back to English', function () {
        const ccb = lookup('ccb');
        expect(ccb.get_name_for_language('nl')).toBe('Centrum voor Cybersecurity België');
        expect(ccb.get_name_for_language('fr-BE')).toBe('Centre pour la Cybersécurité Belgique');
        expect(ccb.get_name_for_language('it')).toBe('Centre for Cybersecurity Belgium');
        expect(ccb.get_name_for_language(null)).toBe('Centre for Cybersecurity Belgium');
        expect(lookup('belgium').get_name_for_language('en')).toBe('Belgium');
        const external = ccb.get_other_names().map(n => [n.text, n.is_external()]);
        expect(external[0]).toEqual(['Centrum voor Cybersecurity België', true]);
        expect(external).toContain(['Centre for Cyber Security Belgium', true]);
        expect(external).not.toContain(['CCB/CERT', false]);
        // A name the page itself gives: "CERT", in the page's joint label "CCB/CERT".
        expect(lookup('cert-be').get_other_names().map(n => [n.text, n.is_external()]))
            .toEqual([['CERT', false]]);
    });

    it('cites the page sentence of each fact', function () {
        const [citation] = registry.lookup_relation('r083').get_sources();
        expect(citation.quote).toBe('The Belgian Computer Emergency Response Team (CERT.be) is ' +
            'an operational department of the CCB.');
        expect(citation.document.id).toBe('seed-000');
        expect(registry.lookup_relation('r064').get_sources()[0].quote)
            .toContain('Belgium’s Permanent Representation');
    });

    it('answers parent and parts questions', function () {
        expect(lookup('cert-be').get_parent().id).toBe('ccb');
        expect(lookup('cert-be').parent.id).toBe('ccb');
        expect(lookup('eu').get_parent()).toBeNull();
        expect(ids(lookup('eu').list_parts(false))).toEqual(['enisa', 'council-eu']);
        expect(ids(lookup('eu').list_parts(true))).toEqual(
            ['enisa-adhoc-wgs', 'enisa', 'enisa-management-board', 'hwp-ci', 'council-eu']);
        const touching = [];
        for (const relation of lookup('ccb').list_relations())
            touching.push(relation.subject.id === 'ccb' || relation.object.id === 'ccb');
        expect(touching.length).toBe(29);
        expect(touching.every(x => x)).toBeTrue();
    });

    it('queries relations with include-parts', function () {
        const query = new Ccbnet.Query({kind: RelationKind.REPRESENTS_IN, subject: lookup('ccb')});
        expect(ids(registry.query(query)))
            .toEqual(['r050', 'r051', 'r053', 'r055', 'r075', 'r097']);
        query.includeParts = true;
        const principals = [];
        for (const relation of registry.query(query))
            principals.push(`${relation.subject.id}/${relation.onBehalfOf.id}`);
        // In dataset order: r097, from a later CCB page, comes after CERT.be's four.
        expect(principals).toEqual(['ccb/belgium', 'ccb/belgium', 'ccb/belgium', 'ccb/belgium',
            'ccb/belgium', 'cert-be/ccb', 'cert-be/ccb', 'cert-be/ccb', 'cert-be/ccb',
            'ccb/belgium']);
        expect(ids(registry.query(new Ccbnet.Query({subject: lookup('eu'), includeParts: true}))))
            .toEqual(['r058', 'r062', 'r063', 'r067', 'r068', 'r089']);
    });

    it('queries relations by each kind of filter', function () {
        const q = props => ids(registry.query(new Ccbnet.Query(props)));
        expect(q({kind: RelationKind.MEMBER_OF})).toEqual(['r061', 'r069']);
        // 19 participates-in (r093 to r096 among them), 2 member-of, 1 point-of-contact-for and
        // 17 represents-in (r090, r091 and r097 among them).
        expect(q({kind: RelationKind.PARTICIPATES_IN, includeSubkinds: true}).length).toBe(39);
        expect(q({condition: Ccbnet.Condition.ON_REQUEST})).toEqual(['r076', 'r077']);
        expect(q({onBehalfOf: lookup('ccb')})).toEqual(['r084', 'r085', 'r086', 'r087']);
        expect(q({via: lookup('ews')})).toEqual(['r044', 'r045', 'r046']);
        expect(q({context: lookup('hwp-ci')})).toEqual(['r064']);
        expect(q({object: lookup('ovi')})).toEqual(['r004', 'r039', 'r045']);
        expect(q({kind: RelationKind.PARTICIPATES_IN, cadence: Ccbnet.Cadence.BIMONTHLY}))
            .toEqual(['r030', 'r031']);
        expect(q({kind: RelationKind.REPRESENTS_IN, scope: Ccbnet.Scope.INTERNATIONAL}))
            .toEqual(['r075', 'r078', 'r079']);
        expect(q({section: registry.lookup_section('section-operational')}).length).toBe(8);
        expect(q({subject: lookup('ccb'), entityType: Ccbnet.EntityType.EVENT_SERIES}))
            .toEqual(['r036', 'r088']);
    });

    it('queries relations valid at a day', function () {
        // The CCB and other departments represent Belgium in the ECCG pending the formal
        // establishment of the certification authority (r053, r054); the authority, which
        // started on 2022-07-20, does since (r090, which supersedes them).
        const eccg = lookup('eccg');
        const at = validAt => {
            const query = new Ccbnet.Query({
                kind: RelationKind.REPRESENTS_IN, object: eccg, validAt,
            });
            const relations = [...registry.query(query)];
            return [ids(relations), relations.map(r => r.subject.id).sort()];
        };
        expect(at('2021-06-01')).toEqual([['r053', 'r054'],
            ['ccb', 'other-government-departments']]);
        expect(at('2024-06-01')).toEqual([['r090'], ['ncca']]);
        expect(at(null)).toEqual([['r053', 'r054', 'r090'],
            ['ccb', 'ncca', 'other-government-departments']]);
    });

    it('queries entities at the free end', function () {
        const q = props => ids(registry.query_entities(new Ccbnet.Query(props)));
        expect(q({kind: RelationKind.ORGANISES, subject: lookup('ccb')})).toEqual(['qctr-events']);
        expect(q({kind: RelationKind.ORGANISES, object: lookup('cyber-europe')}))
            .toEqual(['enisa']);
        expect(q({kind: RelationKind.ORGANISES}))
            .toEqual(['ccb', 'qctr-events', 'enisa', 'cyber-europe']);
        expect(q({entityType: Ccbnet.EntityType.LEGAL_INSTRUMENT}))
            .toEqual(['nis-act', 'nis-directive', 'eu-cybersecurity-act', 'eccc-regulation',
                'regulation-2021-887']);
        expect(q({cadence: Ccbnet.Cadence.AT_LEAST_QUARTERLY})).toEqual(['qctr-events']);
        expect(new Ccbnet.Query({cadence: Ccbnet.Cadence.MONTHLY}).has_relation_filter())
            .toBeFalse();
    });

    it('finds the path from the CCB to FIRST through CERT.be', function () {
        const ccb = lookup('ccb');
        const path = registry.find_path(ccb, lookup('first'), 0);
        expect(ids(path)).toEqual(['r083', 'r086']);
        expect(path.get_item(0).get_other_end(ccb).id).toBe('cert-be');
        expect(registry.find_path(ccb, lookup('first'), 1)).toBeNull();
        expect(ids(registry.find_path(ccb, ccb, 0))).toEqual([]);
    });

    it('finds every shortest walk, through qualifiers, as lists of lists', function () {
        const belgium = lookup('belgium'), nato = lookup('nato');
        const walks = registry.find_paths(belgium, nato, null,
            Ccbnet.PathFlags.THROUGH_QUALIFIERS, 0, 5);
        const found = [];
        for (const walk of walks)
            found.push(ids(walk));
        expect(found).toEqual([['belgium', 'r078', 'nato']]);
        const plain = registry.find_paths(belgium, nato, null, Ccbnet.PathFlags.NONE, 0, 1);
        expect(plain.get_item(0).get_n_items()).toBe(9);
        expect(registry.find_paths(belgium, nato, null, Ccbnet.PathFlags.NONE, 3, 1)).toBeNull();
    });

    it('gives the neighbourhood of an entity, nearest first', function () {
        const enisa = lookup('enisa');
        const own = ids(registry.query_neighbourhood(enisa, 1, null, Ccbnet.PathFlags.NONE));
        const two = ids(registry.query_neighbourhood(enisa, 2, null, Ccbnet.PathFlags.NONE));
        expect(own.length).toBeGreaterThan(0);
        expect(two.slice(0, own.length)).toEqual(own);
        expect(two.length).toBeGreaterThan(own.length);
        const belgium = lookup('belgium');
        expect(ids(registry.query_neighbourhood(belgium, 1, null,
            Ccbnet.PathFlags.THROUGH_QUALIFIERS))).toContain('r078');
    });
});

describe('Loading a dataset', function () {
    let tmpdir;

    beforeAll(function () {
        tmpdir = GLib.dir_make_tmp('ccbnet-gjs-XXXXXX');
    });

    afterAll(function () {
        const dir = Gio.File.new_for_path(tmpdir);
        const children = dir.enumerate_children('standard::name',
            Gio.FileQueryInfoFlags.NONE, null);
        for (let info = children.next_file(null); info; info = children.next_file(null))
            dir.get_child(info.get_name()).delete(null);
        dir.delete(null);
    });

    function writeFile(name, data) {
        const path = GLib.build_filenamev([tmpdir, name]);
        GLib.file_set_contents(path, typeof data === 'string' ? data : JSON.stringify(data));
        return Gio.File.new_for_path(path);
    }

    it('loads a dataset built here', function () {
        const registry = smallRegistry();
        expect(ids(registry.get_entities())).toEqual(['alpha', 'alpha-unit', 'land', 'forum']);
        expect(registry.find('alfa agentschap').id).toBe('alpha');
        expect(registry.lookup('alpha').get_name_for_language('nl')).toBe('Alfa Agentschap');
        expect(registry.lookup('alpha-unit').parent.id).toBe('alpha');
        expect(registry.lookup_relation('r2').onBehalfOf.id).toBe('land');
    });

    it('reads a compiled file into memory, or maps it with mapFiles', function () {
        const shipped = Ccbnet.Registry.get_default();
        const file = Gio.File.new_for_path(GLib.build_filenamev([tmpdir, 'shipped.ccbnetdb']));
        const expected = ids(shipped.get_entities());

        expect(shipped.write_compiled(file, null)).toBeTrue();
        const read = new Ccbnet.Registry();
        expect(read.mapFiles).toBeFalse();
        expect(read.load_from_file(file, null)).toBeTrue();
        // Truncated in place (no temporary file, no rename): the registry holds its own copy.
        GLib.file_set_contents_full(file.get_path(), '', GLib.FileSetContentsFlags.NONE, 0o644);
        expect(ids(read.get_entities())).toEqual(expected);
        expect(read.lookup('ccb').name).toBe(shipped.lookup('ccb').name);

        expect(shipped.write_compiled(file, null)).toBeTrue();
        const mapped = new Ccbnet.Registry({mapFiles: true});
        expect(mapped.get_map_files()).toBeTrue();
        expect(mapped.load_from_file(file, null)).toBeTrue();
        expect(ids(mapped.get_entities())).toEqual(expected);
    });

    const text = JSON.stringify(smallDataset());
    const secondShortName = text.indexOf('"short_name"') + '"short_name":"AA",'.length + 1;
    const mutated = change => {
        const dataset = smallDataset();
        change(dataset);
        return dataset;
    };
    const badDatasets = [
        ['empty input', '', DatasetError.SYNTAX, /^t\.json:1:1: /],
        ['trailing garbage', `${text}\n  x`, DatasetError.SYNTAX, /^t\.json:2:3: /],
        ['byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
            DatasetError.ENCODING, /^t\.json:1:1: /],
        ['escaped NUL', text.replace('Alpha Agency', 'Alpha\\u0000'), DatasetError.ENCODING,
            new RegExp(`^t\\.json:1:${text.indexOf('Alpha Agency') + 6}: `)],
        ['100000-deep nesting', `${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}`,
            DatasetError.LIMIT, /^t\.json:1:321: /],
        ['duplicate key', text.replace('"short_name":"AA"', '"short_name":"AA","short_name":"AB"'),
            DatasetError.DUPLICATE_KEY,
            new RegExp(`^t\\.json:1:${secondShortName}: `)],
        ['integer of 2**64', text.replace('"Alpha Agency"', '18446744073709551616'),
            DatasetError.NUMBER, /^t\.json:1:\d+: /],
        ['other format', mutated(d => (d.format = 'ccbnet/2')), DatasetError.FORMAT,
            /^t\.json: \$\.format: /],
        ['unknown member', mutated(d => (d.entities[0].colour = 'red')), DatasetError.SCHEMA,
            /^t\.json: \$\.entities\[0\]\.colour: /],
        ['unknown entity type', mutated(d => (d.entities[0].entity_type = 'ship')),
            DatasetError.UNKNOWN_VALUE, /^t\.json: \$\.entities\[0\]\.entity_type: /],
        ['duplicate id', mutated(d => (d.entities[1].id = 'alpha')), DatasetError.DUPLICATE_ID,
            /^t\.json: \$\.entities\[1\]\.id: /],
        ['unknown subject', mutated(d => (d.relations[0].subject = 'nobody')),
            DatasetError.DANGLING_REFERENCE, /^t\.json: \$\.relations\[0\]\.subject: /],
        ['relation to itself', mutated(d => (d.relations[0].subject = 'alpha')),
            DatasetError.RELATION, /^t\.json: \$\.relations\[0\]/],
        ['represents-in without on_behalf_of', mutated(d => delete d.relations[1].on_behalf_of),
            DatasetError.MISSING_QUALIFIER, /^t\.json: \$\.relations\[1\]/],
        ['part-of cycle', mutated(d => d.relations.push({id: 'r3', kind: 'part-of',
            subject: 'alpha', object: 'alpha-unit', section: 'sec-a', sources: cite('Cycle.')})),
        DatasetError.CYCLE, /^t\.json: \$\.relations\[(0|2)\]/],
    ];

    for (const [name, data, code, location] of badDatasets) {
        it(`rejects ${name}, changing nothing`, function () {
            const registry = smallRegistry();
            let changes = 0;
            registry.get_entities().connect('items-changed', () => changes++);
            let error = null;
            try {
                registry.load_from_bytes(toBytes(data), 't.json', null);
            } catch (e) {
                error = e;
            }
            expect(error).not.toBeNull();
            expect(error instanceof GLib.Error).toBeTrue();
            expect(error.matches(DatasetError, code)).withContext(error.message).toBeTrue();
            expect(error.message).toMatch(location);
            expect(ids(registry.get_entities())).toEqual(['alpha', 'alpha-unit', 'land', 'forum']);
            expect(registry.lookup('alpha').name).toBe('Alpha Agency');
            expect(changes).toBe(0);
        });
    }

    it('covers every error code', function () {
        const codes = new Set(badDatasets.map(([, , code]) => code));
        expect(codes.size).toBe(13);
    });

    it('emits items-changed when a load succeeds', function () {
        const registry = smallRegistry();
        const changes = [];
        registry.get_entities().connect('items-changed',
            (model, position, removed, added) => changes.push([position, removed, added]));
        const old = registry.lookup('alpha');
        const dataset = smallDataset();
        dataset.entities.pop();
        dataset.relations.pop();
        registry.load_from_bytes(toBytes(dataset), null, null);
        expect(changes).toEqual([[0, 4, 3]]);
        expect(ids(registry.get_entities())).toEqual(['alpha', 'alpha-unit', 'land']);
        expect(old.name).toBe('Alpha Agency');
    });

    it('emits loaded after a load, once its listings have followed, and never for a failure', function () {
        const registry = smallRegistry();
        const seen = [];
        registry.connect('loaded', () => seen.push(ids(registry.get_entities())));
        const dataset = smallDataset();
        dataset.entities.pop();
        dataset.relations.pop();
        registry.load_from_bytes(toBytes(dataset), null, null);
        expect(seen).toEqual([['alpha', 'alpha-unit', 'land']]);
        expect(() => registry.load_from_bytes(toBytes('{"format": x}'), null, null)).toThrow();
        expect(seen.length).toBe(1);
    });

    it('loads a file asynchronously', async function () {
        const registry = smallRegistry();
        const dataset = smallDataset();
        dataset.entities.push({id: 'beta', entity_type: 'body', classification: 'forum',
            name: 'Beta', scope: 'national', section: 'sec-a', sources: cite('Beta.')});
        const ok = await registry.load_from_file_async(writeFile('more.json', dataset), null);
        expect(ok).toBeTrue();
        expect(registry.lookup('beta').name).toBe('Beta');
        expect(registry.get_entities().get_n_items()).toBe(5);
    });

    it('leaves the registry as it was when an async load is cancelled', async function () {
        const registry = smallRegistry();
        const cancellable = new Gio.Cancellable();
        cancellable.cancel();
        let error = null;
        try {
            await registry.load_from_file_async(writeFile('cancelled.json', {}), cancellable);
        } catch (e) {
            error = e;
        }
        expect(error).not.toBeNull();
        expect(error.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED)).toBeTrue();
        expect(ids(registry.get_entities())).toEqual(['alpha', 'alpha-unit', 'land', 'forum']);
    });

    it('rejects a bad file asynchronously, changing nothing', async function () {
        const registry = smallRegistry();
        let error = null;
        try {
            const file = writeFile('bad.json', '{\n  "format": 1,\n}');
            await registry.load_from_file_async(file, null);
        } catch (e) {
            error = e;
        }
        expect(error).not.toBeNull();
        expect(error.matches(DatasetError, DatasetError.SYNTAX)).toBeTrue();
        expect(error.message).toMatch(/bad\.json:3:1: /);
        expect(registry.get_entities().get_n_items()).toBe(4);
    });

    it('finds no problem in a valid dataset', function () {
        expect(smallRegistry().check_bytes(toBytes(smallDataset()), null, null)).toEqual([]);
    });

    it('check_bytes reports every meaning problem', function () {
        const dataset = smallDataset();
        dataset.entities[3].colour = 'red';
        dataset.relations[0].subject = 'nobody';
        const problems = new Ccbnet.Registry().check_bytes(toBytes(dataset), 'c.json', null);
        expect(problems.map(p => [p.code, p.path, p.to_string()])).toEqual([
            [DatasetError.SCHEMA, '$.entities[3].colour',
                'c.json: $.entities[3].colour: unknown member "colour" in an entity of type ' +
                '"body"'],
            [DatasetError.DANGLING_REFERENCE, '$.relations[0].subject',
                'c.json: $.relations[0].subject: unknown entity id "nobody", expected the id of ' +
                'an entry of $.entities'],
        ]);
        expect(problems[0].line).toBe(0);
        expect(problems[1].get_message()).toContain('unknown entity id');
    });

    it('an entity of replaced data keeps its parent but answers no graph questions', function () {
        const registry = smallRegistry();
        const unit = registry.lookup('alpha-unit');
        expect(unit.get_parent().id).toBe('alpha');
        registry.load_from_bytes(toBytes(smallDataset()), null, null);
        expect(unit.list_relations().get_n_items()).toBe(0);
        expect(unit.get_parent().id).toBe('alpha');
    });
});

// The library's words: labels and sentences in the process's language (English under the test's
// LANGUAGE=''), names in the language asked for; in another language, from a new process.
describe('Words in the user\'s language', function () {
    const registry = Ccbnet.Registry.get_default();

    it('labels the vocabularies', function () {
        expect(Ccbnet.RelationKind.get_label(RelationKind.MEMBER_OF)).toBe('member of');
        expect(Ccbnet.EntityType.get_label(Ccbnet.EntityType.BODY)).toBe('Platform or network');
        expect(Ccbnet.Scope.get_label(Ccbnet.Scope.OPERATIONAL)).toBe('Operational');
        expect(Ccbnet.RelationKind.get_label(RelationKind.ANY)).toBeNull();
    });

    it('says what a relation states, with names in the language asked for', function () {
        const relation = registry.lookup_relation('r050');
        const {subject, object, onBehalfOf} = relation;
        expect(relation.to_sentence(null))
            .toBe(`${subject.name} represents ${onBehalfOf.name} in ${object.name}`);
        expect(relation.to_sentence('fr'))
            .toContain(subject.get_name_for_language('fr'));
    });

    it('speaks French when the process does', async function () {
        const launcher = new Gio.SubprocessLauncher({
            flags: Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE,
        });
        launcher.setenv('LANGUAGE', 'fr', true);
        launcher.setenv('LC_ALL', 'C.UTF-8', true);
        const program = [
            `imports.gi.versions.Ccbnet = '1.0';`,
            `const {Ccbnet} = imports.gi;`,
            `const r = Ccbnet.Registry.get_default().lookup_relation('r050');`,
            `print(r.to_sentence('fr'));`,
            `print(Ccbnet.RelationKind.get_label(Ccbnet.RelationKind.MEMBER_OF));`,
        ].join('\n');
        const process = launcher.spawnv(['gjs', '-c', program]);
        const [stdout] = await process.communicate_utf8_async(null, null);
        const [sentence, label] = stdout.trim().split('\n');
        const relation = registry.lookup_relation('r050');
        expect(sentence).toContain(relation.onBehalfOf.get_name_for_language('fr'));
        expect(sentence).not.toContain(' represents ');
        expect(label).not.toBe('member of');
    });
});
