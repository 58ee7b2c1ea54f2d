// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The model in words: names in the user's language, the vocabularies as labels, and relations as
// sentences with their qualifiers. The interface's own strings are English; the names of things
// follow the user's languages (GLib.get_language_names()) wherever the dataset has them.

import GLib from 'gi://GLib';
import Ccbnet from 'gi://Ccbnet?version=1.0';

const {Cadence, Condition, EntityType, Level, RelationKind, Scope} = Ccbnet;

// The user's languages, most preferred first, as base tags ("nl_BE.UTF-8" gives "nl"). The C and
// POSIX locales mean the untranslated strings, which for this dataset are English.
export function userLanguages(names = GLib.get_language_names()) {
    const result = [];
    for (const name of names) {
        let base = name.split(/[-_.@]/)[0].toLowerCase();
        if (base === 'c' || base === 'posix')
            base = 'en';
        if (base && !result.includes(base))
            result.push(base);
    }
    if (!result.includes('en'))
        result.push('en');
    return result;
}

function baseOf(tag) {
    return (tag ?? 'en').split(/[-_]/)[0].toLowerCase();
}

// The language of the name entityLabel() picks for the entity: the first of the user's
// languages the entity has a name in. The English name is the entity's own name.
export function labelLanguage(entity, languages = userLanguages()) {
    const names = entity.get_other_names();
    for (const language of languages) {
        if (language === 'en')
            return 'en';
        if (names.some(name => baseOf(name.language) === language))
            return language;
    }
    return 'en';
}

// The entity's name in the user's language. get_name_for_language() takes one language and falls
// back to English without saying so, so the choice among the user's languages is made here.
export function entityLabel(entity, languages = userLanguages()) {
    if (!entity)
        return '';
    const language = labelLanguage(entity, languages);
    return language === 'en' ? entity.name : entity.get_name_for_language(language);
}

// The label with the acronym after it when it adds something: "Centre for Cybersecurity
// Belgium (CCB)", "FIRST".
export function entityLabelLong(entity, languages = userLanguages()) {
    const label = entityLabel(entity, languages);
    const short = entity.shortName;
    if (!short || label === short || label.includes(`(${short})`))
        return label;
    return `${label} (${short})`;
}

export function sectionHeading(section, languages = userLanguages()) {
    if (!section)
        return '';
    const available = section.dup_languages();
    const language = languages.find(l => available.includes(l)) ?? 'en';
    return section.get_heading(language);
}

const LANGUAGE_NAMES = {
    en: 'English',
    nl: 'Dutch',
    fr: 'French',
    de: 'German',
};

export function languageName(tag) {
    return LANGUAGE_NAMES[baseOf(tag)] ?? tag ?? 'English';
}

// Folds text for matching as the library's find() does, with the library's own function: case,
// accents, apostrophes and runs of white space do not count.
export function fold(text) {
    return Ccbnet.fold_name(text ?? '');
}

export const SCOPES = [
    [Scope.NATIONAL, 'National'],
    [Scope.EUROPEAN, 'European'],
    [Scope.INTERNATIONAL, 'International'],
    [Scope.OPERATIONAL, 'Operational'],
];

export const ENTITY_TYPES = [
    [EntityType.ORGANISATION, 'Organisation'],
    [EntityType.BODY, 'Platform or network'],
    [EntityType.ACTOR_GROUP, 'Group of actors'],
    [EntityType.EVENT_SERIES, 'Recurring event'],
    [EntityType.STATE, 'State'],
    [EntityType.AREA, 'Place'],
    [EntityType.SERVICE, 'Service'],
    [EntityType.LEGAL_INSTRUMENT, 'Law'],
    [EntityType.ROLE, 'Legal role'],
    [EntityType.POST, 'Post'],
    [EntityType.PUBLICATION, 'Publication'],
    [EntityType.INITIATIVE, 'Initiative'],
];

// A label for any enumeration value: the table's, else the value's name in the GI namespace
// ("PENDING_ESTABLISHMENT" gives "pending establishment"). GJS 1.74 cannot reach GEnumClass, so
// the nicks themselves are out of reach; the namespace object maps names to values.
function enumLabel(table, enumObject, value) {
    const known = table.find(([v]) => v === value);
    if (known)
        return known[1];
    const name = Object.keys(enumObject).find(key => enumObject[key] === value);
    return name ? name.toLowerCase().replace(/_/g, ' ') : String(value);
}

export function scopeLabel(scope) {
    return enumLabel(SCOPES, Scope, scope);
}

export function entityTypeLabel(type) {
    return enumLabel(ENTITY_TYPES, EntityType, type);
}

// "national-cybersecurity-authority" → "national cybersecurity authority"
export function classificationLabel(classification) {
    return (classification ?? '').replace(/-/g, ' ');
}

const CADENCES = {
    [Cadence.MONTHLY]: 'every month',
    [Cadence.BIMONTHLY]: 'every two months',
    [Cadence.QUARTERLY]: 'every quarter',
    [Cadence.AT_LEAST_QUARTERLY]: 'at least once a quarter',
    [Cadence.BIENNIAL]: 'every two years',
    [Cadence.PERIODIC]: 'periodically (interval not stated)',
    [Cadence.REGULAR]: 'regularly (interval not stated)',
};

// Our words, and the page's own wording when the dataset keeps it.
function withWording(words, wording) {
    if (words && wording)
        return `${words} (page: “${wording}”)`;
    if (wording)
        return `page: “${wording}”`;
    return words ?? null;
}

export function cadenceWords(cadence, cadenceText) {
    return withWording(CADENCES[cadence] ?? null, cadenceText);
}

export function conditionWords(relation, languages = userLanguages()) {
    let words = null;
    switch (relation.condition) {
    case Condition.ON_REQUEST:
        words = 'only on request';
        break;
    case Condition.WHERE_APPROPRIATE:
        words = 'where appropriate';
        break;
    case Condition.PENDING_ESTABLISHMENT: {
        const ref = relation.conditionRef;
        words = ref
            ? `until ${entityLabel(ref, languages)} is formally established`
            : 'until another body is formally established';
        break;
    }
    case Condition.CAPABILITY:
        words = 'a capability: the page says it can, not that it does';
        break;
    }
    return withWording(words, relation.conditionText);
}

// "subject VERB object", read the way the library's kinds are documented. {s}, {o} and {b} (the
// principal, on-behalf-of) are replaced by names.
const SENTENCES = {
    [RelationKind.PART_OF]: '{s} is part of {o}',
    [RelationKind.UNIT_OF]: '{s} is a unit of {o}',
    [RelationKind.POST_IN]: '{s} is a post in {o}',
    [RelationKind.PARTICIPATES_IN]: '{s} takes part in {o}',
    [RelationKind.MEMBER_OF]: '{s} is a member of {o}',
    [RelationKind.REPRESENTS_IN]: '{s} represents {b} in {o}',
    [RelationKind.POINT_OF_CONTACT_FOR]: '{s} is the point of contact of {b} for {o}',
    [RelationKind.DESIGNATED_AS]: '{s} is designated as {o}',
    [RelationKind.ESTABLISHED_UNDER]: '{s} is established under {o}',
    [RelationKind.APPLIES_TO_JURISDICTION]: '{s} applies to {o}',
    [RelationKind.COORDINATES]: '{s} coordinates {o}',
    [RelationKind.DEVELOPS_POSITIONS_FOR]: '{s} develops the positions of {o}',
    [RelationKind.DEVELOPS]: '{s} develops {o}',
    [RelationKind.ORGANISES]: '{s} organises {o}',
    [RelationKind.OPERATES]: '{s} operates {o}',
    [RelationKind.PUBLISHES]: '{s} publishes {o}',
    [RelationKind.HOSTED_BY]: '{s} is set up at {o}',
    [RelationKind.CONSULTS]: '{s} consults {o}',
    [RelationKind.PROVIDES_EXPERTISE_TO]: '{s} provides expertise to {o}',
    [RelationKind.PROVIDES_INPUT_TO]: '{s} provides input to {o}',
    [RelationKind.INFORMS]: '{s} informs {o}',
    [RelationKind.DISCUSSES]: '{o} is discussed at {s}',
    [RelationKind.RELATED_TO]: '{s} is related to {o}',
    [RelationKind.COUNTERPART_OF]: '{s} is the counterpart of {o}',
    [RelationKind.SUPERVISES]: '{s} supervises {o}',
    [RelationKind.AFFILIATED_WITH]: '{s} is drawn from {o}',
    [RelationKind.LOCATED_IN]: '{s} is located in {o}',
};

export function kindLabel(kind) {
    const name = Object.keys(RelationKind).find(key => RelationKind[key] === kind);
    return name ? name.toLowerCase().replace(/_/g, '-') : String(kind);
}

// "Centre for Cybersecurity Belgium represents Belgium in NIS Cooperation Group"
export function relationSentence(relation, languages = userLanguages()) {
    const subject = entityLabel(relation.subject, languages);
    const object = entityLabel(relation.object, languages);
    const principal = relation.onBehalfOf ? entityLabel(relation.onBehalfOf, languages) : null;
    let template = SENTENCES[relation.kind] ?? `{s} ${kindLabel(relation.kind)} {o}`;
    if (!principal)
        template = template.replace(' of {b}', '').replace(' {b}', '');
    return template
        .replace('{s}', subject)
        .replace('{o}', object)
        .replace('{b}', principal ?? '');
}

// Whether relationSentence() already names the principal.
function sentenceNamesPrincipal(relation) {
    return (SENTENCES[relation.kind] ?? '').includes('{b}');
}

function levelsWords(levels) {
    const words = [];
    if (levels & Level.NATIONAL)
        words.push('national');
    if (levels & Level.EUROPEAN)
        words.push('European');
    if (levels & Level.INTERNATIONAL)
        words.push('international');
    return words.length ? `${words.join(', ')} cases` : null;
}

// The relation's qualifiers, each as {label, value, entity}: entity is set when the value names
// an entity the user can go to.
export function relationQualifiers(relation, languages = userLanguages()) {
    const qualifiers = [];
    const addEntity = (label, entity) => {
        if (entity)
            qualifiers.push({label, value: entityLabelLong(entity, languages), entity});
    };
    const addText = (label, value) => {
        if (value)
            qualifiers.push({label, value, entity: null});
    };

    addEntity('On behalf of', relation.onBehalfOf);
    addEntity('Capacity', relation.capacity);
    addEntity('Via', relation.via);
    addEntity('Context', relation.context);
    addEntity('Legal basis', relation.legalBasis);
    addEntity('Framework', relation.framework);
    for (const coActor of relation.get_co_actors() ?? [])
        addEntity('Together with', coActor);
    addText('Condition', conditionWords(relation, languages));
    addEntity('Condition depends on', relation.conditionRef);
    addText('Cadence', cadenceWords(relation.cadence, relation.cadenceText));
    addText('Role', relation.role);
    addText('Topic', relation.topic);
    addText('Levels', levelsWords(relation.levels));
    addText('From', relation.startDate);
    addText('Until', relation.endDate);
    if (relation.ended && !relation.endDate)
        addText('Ended', 'at a date no source gives');
    addText('Supersedes', (relation.supersedes ?? []).join(', '));
    addText('Superseded by', (relation.supersededBy ?? []).join(', '));
    if (relation.nonExhaustive)
        addText('Listed as', 'one example of a longer list (“such as”)');
    addText('Note', relation.note);
    return qualifiers;
}

// The qualifiers in one line, for the row under the sentence: "as Single Point of Contact;
// only on request; every two months".
export function relationSummary(relation, languages = userLanguages()) {
    const parts = [];
    const name = entity => entityLabel(entity, languages);
    if (relation.onBehalfOf && !sentenceNamesPrincipal(relation))
        parts.push(`on behalf of ${name(relation.onBehalfOf)}`);
    if (relation.capacity)
        parts.push(`as ${name(relation.capacity)}`);
    if (relation.via)
        parts.push(`via ${name(relation.via)}`);
    if (relation.context)
        parts.push(`in ${name(relation.context)}`);
    if (relation.legalBasis)
        parts.push(`by ${name(relation.legalBasis)}`);
    const coActors = relation.get_co_actors() ?? [];
    if (coActors.length)
        parts.push(`together with ${coActors.map(name).join(', ')}`);
    const condition = conditionWords(relation, languages);
    if (condition)
        parts.push(condition);
    const cadence = cadenceWords(relation.cadence, relation.cadenceText);
    if (cadence)
        parts.push(cadence);
    if (relation.role)
        parts.push(`role: ${relation.role}`);
    if (relation.topic)
        parts.push(`on ${relation.topic}`);
    if (relation.nonExhaustive)
        parts.push('one example of several');
    return parts.join('; ');
}
