// ccb-represents.js: where does an organisation represent someone, on what condition, and which
// sentence says so? The same program as ccb-represents.c, in JavaScript (GJS, an ES module).
//
// Run it as `gjs -m ccb-represents.js [NAME [LANGUAGE]]` (default: CCB, English).
//
// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later

import Ccbnet from 'gi://Ccbnet?version=1.0';
import System from 'system';

function main([name = 'CCB', language = 'en']) {
    const registry = Ccbnet.Registry.get_default();
    const entity = registry.find(name);

    if (entity === null) {
        printerr(`No entity is known as “${name}”.`);
        return 2;
    }

    // Every involvement (membership, representation, point of contact) of the entity or of one
    // of its parts, such as CERT.be for the CCB.
    const query = new Ccbnet.Query({
        kind: Ccbnet.RelationKind.PARTICIPATES_IN,
        includeSubkinds: true,
        subject: entity,
        includeParts: true,
    });
    const relations = registry.query(query);

    print(`${entity.get_name_for_language(language)} (${entity.id}) ` +
          "acts on someone's behalf in:\n");

    for (const relation of relations) {
        const principal = relation.onBehalfOf;
        if (principal === null)
            continue;

        print(`- ${relation.object.get_name_for_language(language)}`);
        print(`  ${Ccbnet.relation_kind_to_string(relation.kind)} on behalf of ` +
              `${principal.get_name_for_language(language)} (relation ${relation.id})`);
        if (relation.subject !== entity)
            print(`  through: ${relation.subject.get_name_for_language(language)}`);
        if (relation.capacity !== null)
            print(`  capacity: ${relation.capacity.get_name_for_language(language)}`);
        if (relation.condition !== Ccbnet.Condition.NONE) {
            print(`  condition: ${Ccbnet.condition_to_string(relation.condition)} ` +
                  `(“${relation.conditionText}”)`);
        }
        if (relation.nonExhaustive)
            print('  one of several the page names (“such as”)');
        print(`  source: “${relation.get_sources()[0].quote}”\n`);
    }

    return 0;
}

System.exit(main(System.programArgs));
