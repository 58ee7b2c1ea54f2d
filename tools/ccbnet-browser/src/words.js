// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The model in words: names in the user's language, the vocabularies as labels, and relations as
// sentences with their qualifiers. The vocabularies' labels and the relations' sentences are the
// library's, in the library's translations (domain libccbnet-1); the browser's own words are in
// the domain "ccbnet" (i18n.js). Both follow the locale; the names of things follow the user's
// languages (GLib.get_language_names()) wherever the dataset has them.

import GLib from 'gi://GLib';
import Ccbnet from 'gi://Ccbnet?version=1.0';

import {_, C_, N_, format} from './i18n.js';

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

// The languages of the names, by their tags; translated where they are shown.
const LANGUAGE_NAMES = {
    // Translators: the language of a name, beside it in the details' list of names
    en: N_('English'),
    nl: N_('Dutch'),
    fr: N_('French'),
    de: N_('German'),
};

// "Dutch" for "nl-BE"; a tag the browser has no name for as it is.
export function languageName(tag) {
    const name = LANGUAGE_NAMES[baseOf(tag)];
    if (name)
        return _(name);
    return tag ?? _(LANGUAGE_NAMES.en);
}

// Folds text for matching as the library's find() does, with the library's own function: case,
// accents, apostrophes and runs of white space do not count.
export function fold(text) {
    return Ccbnet.fold_name(text ?? '');
}

// The filters' choices, in the order they are offered; their labels are the library's.
export const SCOPES = [
    Scope.NATIONAL,
    Scope.EUROPEAN,
    Scope.INTERNATIONAL,
    Scope.OPERATIONAL,
];

export const ENTITY_TYPES = [
    EntityType.ORGANISATION,
    EntityType.BODY,
    EntityType.ACTOR_GROUP,
    EntityType.EVENT_SERIES,
    EntityType.STATE,
    EntityType.AREA,
    EntityType.SERVICE,
    EntityType.LEGAL_INSTRUMENT,
    EntityType.ROLE,
    EntityType.POST,
    EntityType.PUBLICATION,
    EntityType.INITIATIVE,
];

// A label for any enumeration value: the library's translated label, else the value's name in
// the GI namespace ("PENDING_ESTABLISHMENT" gives "pending establishment") for a value this
// library does not know. GJS 1.74 cannot reach GEnumClass, so the nicks themselves are out of
// reach; the namespace object maps names to values.
function enumLabel(enumObject, value) {
    const label = enumObject.get_label(value);
    if (label)
        return label;
    const name = Object.keys(enumObject).find(key => enumObject[key] === value);
    return name ? name.toLowerCase().replace(/_/g, ' ') : String(value);
}

// "National", "Nationaal"
export function scopeLabel(scope) {
    return enumLabel(Scope, scope);
}

// "Platform or network", "Platform of netwerk"
export function entityTypeLabel(type) {
    return enumLabel(EntityType, type);
}

// "part of", "onderdeel van"
export function kindLabel(kind) {
    return enumLabel(RelationKind, kind);
}

// "national-cybersecurity-authority" → "national cybersecurity authority": the dataset's own
// classification, not a vocabulary of the library's, so not translated.
export function classificationLabel(classification) {
    return (classification ?? '').replace(/-/g, ' ');
}

// Our words, and the page's own wording when the dataset keeps it. The same messages as the
// ccbnet program's (tools/ccbnet-words.c).
function withWording(words, wording) {
    if (words && wording) {
        // Translators: our words for a condition or a cadence, then the page's own
        return format(_('%s (page: “%s”)'), words, wording);
    }
    if (wording) {
        // Translators: the source page's own wording of a condition or a cadence
        return format(_('page: “%s”'), wording);
    }
    return words ?? null;
}

// "every two months", "om de twee maanden": the library's label.
export function cadenceWords(cadence, cadenceText) {
    return withWording(Cadence.get_label(cadence), cadenceText);
}

export function conditionWords(relation, languages = userLanguages()) {
    const ref = relation.conditionRef;
    let words;
    if (relation.condition === Condition.PENDING_ESTABLISHMENT && ref) {
        // Translators: %s is the body whose establishment is awaited
        words = format(_('until %s is formally established'), entityLabel(ref, languages));
    } else {
        // The library's label: "only on request", "until another body is formally established".
        words = Condition.get_label(relation.condition);
    }
    return withWording(words, relation.conditionText);
}

// The language the library's sentence names entities in: null for the user's languages (the
// library chooses among them as entityLabel() does), else the first one asked for.
function sentenceLanguage(languages) {
    const user = userLanguages();
    if (languages.length === user.length && languages.every((language, i) => language === user[i]))
        return null;
    return languages[0] ?? null;
}

// The library's sentence, its verb in the user's language and agreeing with a plural body:
// "Centre for Cybersecurity Belgium represents Belgium in NIS Cooperation Group".
export function relationSentence(relation, languages = userLanguages()) {
    return relation.to_sentence(sentenceLanguage(languages));
}

// Whether relationSentence() already names the principal.
function sentenceNamesPrincipal(relation) {
    return relation.kind === RelationKind.REPRESENTS_IN ||
        relation.kind === RelationKind.POINT_OF_CONTACT_FOR;
}

function levelsWords(levels) {
    const words = [];
    if (levels & Level.NATIONAL)
        words.push(C_('level', 'national'));
    if (levels & Level.EUROPEAN)
        words.push(C_('level', 'European'));
    if (levels & Level.INTERNATIONAL)
        words.push(C_('level', 'international'));
    // Translators: the levels of a relation's cases: %s is a list such as "national, European"
    return words.length ? format(_('%s cases'), words.join(', ')) : null;
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

    // Translators: the labels of a relation's qualifiers, each above its value when the
    // relation is opened: "On behalf of / Belgium", "Cadence / every two months"
    addEntity(C_('qualifier', 'On behalf of'), relation.onBehalfOf);
    addEntity(C_('qualifier', 'Capacity'), relation.capacity);
    addEntity(C_('qualifier', 'Via'), relation.via);
    addEntity(C_('qualifier', 'Context'), relation.context);
    addEntity(C_('qualifier', 'Legal basis'), relation.legalBasis);
    addEntity(C_('qualifier', 'Framework'), relation.framework);
    for (const coActor of relation.get_co_actors() ?? [])
        addEntity(C_('qualifier', 'Together with'), coActor);
    addText(C_('qualifier', 'Condition'), conditionWords(relation, languages));
    // Translators: the label of the entity whose establishment a condition awaits
    addEntity(C_('qualifier', 'Condition depends on'), relation.conditionRef);
    addText(C_('qualifier', 'Cadence'), cadenceWords(relation.cadence, relation.cadenceText));
    addText(C_('qualifier', 'Role'), relation.role);
    addText(C_('qualifier', 'Topic'), relation.topic);
    addText(C_('qualifier', 'Levels'), levelsWords(relation.levels));
    // Translators: the label of the day a relation starts (YYYY-MM-DD)
    addText(C_('qualifier', 'From'), relation.startDate);
    // Translators: the label of the day a relation ends (YYYY-MM-DD)
    addText(C_('qualifier', 'Until'), relation.endDate);
    if (relation.ended && !relation.endDate) {
        // Translators: the label, then the value, of a relation that has ended on an unknown day
        addText(C_('qualifier', 'Ended'), _('at a date no source gives'));
    }
    // Translators: the label of the ids of the relations this one replaces: "r053, r054"
    addText(C_('qualifier', 'Supersedes'), (relation.supersedes ?? []).join(', '));
    // Translators: the label of the ids of the relations that replace this one
    addText(C_('qualifier', 'Superseded by'), (relation.supersededBy ?? []).join(', '));
    if (relation.nonExhaustive) {
        // Translators: the label, then the value: the page names this relation as one among
        // others ("such as …")
        addText(C_('qualifier', 'Listed as'), _('one example of a longer list (“such as”)'));
    }
    addText(C_('qualifier', 'Note'), relation.note);
    return qualifiers;
}

// The qualifiers in one line, for the row under the sentence: "as Single Point of Contact;
// only on request; every two months".
export function relationSummary(relation, languages = userLanguages()) {
    const parts = [];
    const name = entity => entityLabel(entity, languages);
    if (relation.onBehalfOf && !sentenceNamesPrincipal(relation)) {
        // Translators: the parts of the line under a relation's sentence, joined by "; ": "as
        // Single Point of Contact; only on request; every two months". %s is an entity's name.
        parts.push(format(C_('relation summary', 'on behalf of %s'), name(relation.onBehalfOf)));
    }
    if (relation.capacity) {
        // Translators: in what capacity: %s is a post or a legal role ("Single Point of Contact")
        parts.push(format(C_('relation summary', 'as %s'), name(relation.capacity)));
    }
    if (relation.via) {
        // Translators: through which channel: %s is an entity's name
        parts.push(format(C_('relation summary', 'via %s'), name(relation.via)));
    }
    if (relation.context) {
        // Translators: in which setting: %s is an entity's name (a platform, a meeting)
        parts.push(format(C_('relation summary', 'in %s'), name(relation.context)));
    }
    if (relation.legalBasis) {
        // Translators: on which legal basis: %s is the name of a law
        parts.push(format(C_('relation summary', 'by %s'), name(relation.legalBasis)));
    }
    const coActors = relation.get_co_actors() ?? [];
    if (coActors.length) {
        // Translators: %s is a list of names, joined by ", "
        parts.push(format(C_('relation summary', 'together with %s'), coActors.map(name).join(', ')));
    }
    const condition = conditionWords(relation, languages);
    if (condition)
        parts.push(condition);
    const cadence = cadenceWords(relation.cadence, relation.cadenceText);
    if (cadence)
        parts.push(cadence);
    if (relation.role) {
        // Translators: %s is the dataset's words for the role ("chair", "secretariat")
        parts.push(format(C_('relation summary', 'role: %s'), relation.role));
    }
    if (relation.topic) {
        // Translators: about which subject: %s is the dataset's words for the topic
        parts.push(format(C_('relation summary', 'on %s'), relation.topic));
    }
    if (relation.nonExhaustive) {
        // Translators: the page names this relation as one among others ("such as …")
        parts.push(C_('relation summary', 'one example of several'));
    }
    return parts.join('; ');
}
