// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The selected entity: its names in the user's language and the others, what the page says it
// is, the sentences that name it, and its relations in words. Each relation opens to show its
// qualifiers and the sentence it comes from, and leads to the entity at its other end.

import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import Gtk from 'gi://Gtk?version=4.0';
import Adw from 'gi://Adw?version=1';
import Ccbnet from 'gi://Ccbnet?version=1.0';

import {_, C_, ngettext, format} from './i18n.js';
import * as Words from './words.js';

function label(text, classes = [], props = {}) {
    return new Gtk.Label({
        label: text,
        xalign: 0,
        wrap: true,
        wrap_mode: 2, // WORD_CHAR
        css_classes: classes,
        ...props,
    });
}

const {RelationKind} = Ccbnet;
const KIND_ORDER = [
    RelationKind.PART_OF, RelationKind.UNIT_OF, RelationKind.POST_IN,
    RelationKind.ESTABLISHED_UNDER, RelationKind.DESIGNATED_AS,
    RelationKind.REPRESENTS_IN, RelationKind.POINT_OF_CONTACT_FOR, RelationKind.MEMBER_OF,
    RelationKind.PARTICIPATES_IN, RelationKind.COORDINATES, RelationKind.ORGANISES,
    RelationKind.OPERATES, RelationKind.SUPERVISES,
];

function kindRank(kind) {
    const rank = KIND_ORDER.indexOf(kind);
    return rank < 0 ? KIND_ORDER.length : rank;
}

// Gtk.ListBox.remove_all() is GTK 4.12.
function removeAll(list) {
    for (let row = list.get_first_child(); row; row = list.get_first_child())
        list.remove(row);
}

// Where a name comes from: "from <the title of the document>".
function nameSourceWords(document) {
    // Translators: beside a name: %s is the title of the document the name comes from
    return format(C_('name source', 'from %s'), document.title);
}

// A quoted sentence with its document under it.
function citationWidget(citation) {
    const box = new Gtk.Box({
        orientation: Gtk.Orientation.VERTICAL,
        spacing: 2,
        margin_top: 8,
        margin_bottom: 8,
        margin_start: 12,
        margin_end: 12,
    });
    // Translators: a sentence quoted from a page, in your language's quotation marks
    box.append(label(format(_('“%s”'), citation.quote), ['quote'], {selectable: true}));
    const document = citation.document;
    if (document) {
        // Which page, or later page, the sentence is from, and when it was read: the edition.
        const origin = document.kind === Ccbnet.DocumentKind.PRIMARY
            ? document.title
            // Translators: under a quoted sentence, %s is the title of the later page it is from,
            // which is not the networks page the dataset describes
            : format(_('%s (not the page)'), document.title);
        const source = document.retrieved
            // Translators: under a quoted sentence: %1$s is its page, %2$s the day it was read
            ? format(_('%1$s, read %2$s'), origin, document.retrieved)
            : origin;
        box.append(label(`— ${source}`, ['dim-label', 'caption']));
    }
    return box;
}

export const EntityDetails = GObject.registerClass({
    GTypeName: 'CcbnetBrowserEntityDetails',
    Signals: {
        // The user asked to go to another entity.
        'follow': {param_types: [GObject.TYPE_OBJECT]},
    },
}, class EntityDetails extends Gtk.Box {
    _init(registry) {
        super._init({orientation: Gtk.Orientation.VERTICAL});
        this._registry = registry;
        this._languages = Words.userLanguages();
        this.entity = null;

        this._status = new Adw.StatusPage({
            icon_name: 'org.ccbnet.Browser',
            // Translators: the details' empty state, before an entity is picked in the list
            title: _('Select an Entity'),
            vexpand: true,
        });

        this._content = new Gtk.Box({
            orientation: Gtk.Orientation.VERTICAL,
            spacing: 18,
            margin_top: 24,
            margin_bottom: 24,
            margin_start: 18,
            margin_end: 18,
        });
        const clamp = new Adw.Clamp({maximum_size: 820, tightening_threshold: 600, child: this._content});
        this._scrolled = new Gtk.ScrolledWindow({
            child: clamp,
            vexpand: true,
            hscrollbar_policy: Gtk.PolicyType.NEVER,
        });

        this._stack = new Gtk.Stack({vexpand: true, hexpand: true});
        this._stack.add_named(this._status, 'none');
        this._stack.add_named(this._scrolled, 'entity');
        this.append(this._stack);

        // Structure first, then designations and representation, then the rest, each in dataset
        // order (Gtk.SortListModel's sort is stable).
        this._relationSorter = Gtk.CustomSorter.new((a, b) => {
            const difference = kindRank(a.kind) - kindRank(b.kind);
            return difference === 0 ? 0 : difference < 0 ? -1 : 1;
        });

        this._buildContent();
        this.showEntity(null);
    }

    _buildContent() {
        const header = new Gtk.Box({orientation: Gtk.Orientation.VERTICAL, spacing: 4});
        this._title = label('', ['title-1'], {selectable: true});
        // Translators: the entity's name (the details' title), for screen readers
        this._title.update_property([Gtk.AccessibleProperty.LABEL], [_('Entity name')]);
        this._subtitle = label('', ['title-4', 'dim-label']);
        this._facts = label('', ['dim-label']);
        this._description = label('', []);
        this._note = label('', ['dim-label', 'caption']);
        for (const widget of [this._title, this._subtitle, this._facts, this._description, this._note])
            header.append(widget);

        this._parentButton = new Gtk.Button({halign: Gtk.Align.START, css_classes: ['pill', 'small']});
        this._parentButton.connect('clicked', () => {
            const parent = this.entity?.get_parent();
            if (parent)
                this.emit('follow', parent);
        });
        header.append(this._parentButton);
        this._content.append(header);

        // Translators: a heading of the details; the entity's relations follow
        this._relationsGroup = new Adw.PreferencesGroup({title: _('Relations')});
        this._relationsList = new Gtk.ListBox({
            selection_mode: Gtk.SelectionMode.NONE,
            css_classes: ['boxed-list'],
        });
        this._relationsList.update_property([Gtk.AccessibleProperty.LABEL], [_('Relations')]);
        this._relationsGroup.add(this._relationsList);
        this._content.append(this._relationsGroup);

        this._mentionsGroup = new Adw.PreferencesGroup({
            // Translators: a heading of the details: the relations between other entities that
            // name this one as principal (on behalf of), channel (via) or setting (context)
            title: _('Named in Other Relations'),
            description: _('Relations that name it as principal, channel or setting'),
        });
        this._mentionsList = new Gtk.ListBox({
            selection_mode: Gtk.SelectionMode.NONE,
            css_classes: ['boxed-list'],
        });
        this._mentionsGroup.add(this._mentionsList);
        this._content.append(this._mentionsGroup);

        // Translators: a heading of the details; the entity's names in every language follow
        this._namesGroup = new Adw.PreferencesGroup({title: _('Names')});
        this._namesList = new Gtk.ListBox({
            selection_mode: Gtk.SelectionMode.NONE,
            css_classes: ['boxed-list'],
        });
        this._namesGroup.add(this._namesList);
        this._content.append(this._namesGroup);

        // Translators: a heading of the details; the sentences of the page that name the entity
        this._sourcesGroup = new Adw.PreferencesGroup({title: _('Where the Page Names It')});
        this._sourcesList = new Gtk.ListBox({
            selection_mode: Gtk.SelectionMode.NONE,
            css_classes: ['boxed-list'],
        });
        this._sourcesGroup.add(this._sourcesList);
        this._content.append(this._sourcesGroup);
    }

    setSummary(text) {
        this._status.description = text;
    }

    // The day the relations shown are about (YYYY-MM-DD), or null for all the dataset knows.
    setAsOf(day) {
        this.asOf = day;
        if (this.entity)
            this.showEntity(this.entity);
    }

    // What the day set leaves out of @all to show @shown, in words; null when nothing.
    _hiddenWords(all, shown) {
        const hidden = all.get_n_items() - shown.get_n_items();
        if (!this.asOf || hidden === 0)
            return null;
        return format(ngettext(
            // Translators: under a heading of the details, when a day is chosen: %1$d relations
            // of %2$d are not listed, because they do not hold on that day (%3$s, YYYY-MM-DD)
            '%1$d of %2$d not shown: it does not hold on %3$s, as far as the dataset knows',
            '%1$d of %2$d not shown: they do not hold on %3$s, as far as the dataset knows',
            hidden), hidden, all.get_n_items(), this.asOf);
    }

    // A filter that keeps the relations that may hold on the day set (one query for every list
    // shown), or null for all dates.
    _asOfFilter() {
        if (!this.asOf)
            return null;
        const valid = this._registry.query(new Ccbnet.Query({valid_at: this.asOf}));
        const ids = new Set();
        for (let i = 0; i < valid.get_n_items(); i++)
            ids.add(valid.get_item(i).id);
        return Gtk.CustomFilter.new(relation => ids.has(relation.id));
    }

    showEntity(entity) {
        this.entity = entity;
        if (!entity) {
            this._relationsList.bind_model(null, null);
            this._mentionsList.bind_model(null, null);
            this._stack.visible_child_name = 'none';
            return;
        }
        const languages = this._languages;
        this._title.label = Words.entityLabel(entity, languages);

        const also = [];
        if (this._title.label !== entity.name)
            also.push(entity.name);
        if (entity.shortName && entity.shortName !== this._title.label)
            also.push(entity.shortName);
        this._subtitle.label = also.join(' · ');
        this._subtitle.visible = also.length > 0;

        const facts = [Words.entityTypeLabel(entity.entityType)];
        if (entity.classification)
            facts.push(Words.classificationLabel(entity.classification));
        // Translators: in the facts under the entity's name: %s is the library's label of the
        // page's grouping (scope) the entity is listed in: "National", "European", "International"
        facts.push(format(_('%s networks'), Words.scopeLabel(entity.scope)));
        if (entity.section) {
            // Translators: in the facts under the entity's name: %s is the heading of the page's
            // section that introduces it
            facts.push(format(_('section “%s”'), Words.sectionHeading(entity.section, languages)));
        }
        const cadence = Words.cadenceWords(entity.cadence, entity.cadenceText);
        if (cadence) {
            // Translators: in the facts under the entity's name: %s is how often it meets, as the
            // library says it ("every quarter"), perhaps with the page's own words after it
            facts.push(format(_('meets %s'), cadence));
        }
        if (entity.status === Ccbnet.Status.PENDING_ESTABLISHMENT) {
            facts.push(entity.startDate
                // Translators: in the facts under the entity's name: the page says it is still to
                // be set up, and a later page gives the day it was
                ? _('not yet formally established on the page')
                // Translators: in the facts under the entity's name: still to be set up
                : _('not yet formally established'));
        }
        if (entity.startDate) {
            // Translators: in the facts under the entity's name: %s is a day, YYYY-MM-DD
            facts.push(format(_('since %s'), entity.startDate));
        }
        if (entity.endDate) {
            // Translators: in the facts under the entity's name: %s is a day, YYYY-MM-DD
            facts.push(format(_('until %s'), entity.endDate));
        } else if (entity.ended) {
            // Translators: in the facts under the entity's name: it no longer exists
            facts.push(_('ended at a date no source gives'));
        }
        this._facts.label = facts.join(' · ');

        this._description.label = entity.description ?? '';
        this._description.visible = Boolean(entity.description);
        // Translators: %s is the dataset's note on the entity
        this._note.label = entity.note ? format(_('Note: %s'), entity.note) : '';
        this._note.visible = Boolean(entity.note);

        const parent = entity.get_parent();
        this._parentButton.visible = Boolean(parent);
        if (parent)
            // Translators: a button that leads to the entity this one is part of
            this._parentButton.label = format(_('Part of %s'), Words.entityLabel(parent, languages));

        this._showNames(entity);

        // The entity's own relations, straight from the library's model.
        const filter = this._asOfFilter();
        const asOf = model => filter ? new Gtk.FilterListModel({model, filter}) : model;
        const own = entity.list_relations();
        const relations = new Gtk.SortListModel({
            model: asOf(own),
            sorter: this._relationSorter,
        });
        this._relationsList.bind_model(relations, relation => this._relationRow(relation));
        // Translators: a heading of the details with the number of relations under it
        this._relationsGroup.title = format(ngettext('Relations (%d)', 'Relations (%d)',
            relations.get_n_items()), relations.get_n_items());
        this._relationsGroup.description = this._hiddenWords(own, relations);
        this._relationsGroup.visible = own.get_n_items() > 0;

        // list_relations() leaves out the relations that name the entity only as a qualifier;
        // the queries that can ask for it are the on-behalf-of, via and context filters.
        const naming = this._mentions(entity);
        const mentions = asOf(naming);
        this._mentionsList.bind_model(mentions, relation => this._relationRow(relation));
        // Translators: a heading of the details with the number of relations under it; see
        // "Named in Other Relations"
        this._mentionsGroup.title = format(ngettext('Named in Other Relations (%d)',
            'Named in Other Relations (%d)', mentions.get_n_items()), mentions.get_n_items());
        this._mentionsGroup.description = this._hiddenWords(naming, mentions);
        this._mentionsGroup.visible = naming.get_n_items() > 0;

        removeAll(this._sourcesList);
        for (const citation of entity.get_sources())
            this._sourcesList.append(new Gtk.ListBoxRow({child: citationWidget(citation), activatable: false}));
        this._sourcesGroup.visible = entity.get_sources().length > 0;

        this._stack.visible_child_name = 'entity';
        this._scrolled.vadjustment.value = 0;
    }

    _showNames(entity) {
        removeAll(this._namesList);
        const shown = Words.labelLanguage(entity, this._languages);
        const rows = [{text: entity.name, language: 'en', note: entity.nameSource
            ? nameSourceWords(entity.nameSource)
            // Translators: beside the entity's own name (its English name): as the page writes it
            : _('as on the page'), own: true}];
        for (const name of entity.get_other_names()) {
            const notes = [];
            if (name.ended) {
                notes.push(name.endDate
                    // Translators: beside a name that is no longer used: %s is a day, YYYY-MM-DD
                    ? format(_('former name, until %s'), name.endDate)
                    // Translators: beside a name that is no longer used
                    : _('former name'));
            }
            if (name.note)
                notes.push(name.note);
            if (name.source && name.is_external())
                notes.push(nameSourceWords(name.source));
            rows.push({text: name.text, language: name.language ?? 'en', note: notes.join('; ')});
        }
        let marked = false;
        for (const row of rows) {
            const widget = new Adw.ActionRow({
                title: row.text,
                subtitle: [Words.languageName(row.language), row.note].filter(Boolean).join(' · '),
                use_markup: false,
                title_selectable: true,
            });
            const base = row.language.split(/[-_]/)[0];
            if (!marked && base === shown && (shown !== 'en' || row.own)) {
                // The name the browser shows, in the user's language.
                widget.add_suffix(new Gtk.Image({
                    icon_name: 'emblem-ok-symbolic',
                    // Translators: the tooltip of the mark beside the name the browser shows
                    tooltip_text: _('The name shown, in your language'),
                }));
                marked = true;
            }
            this._namesList.append(widget);
        }
        // Translators: a heading of the details with the number of names under it
        this._namesGroup.title = format(ngettext('Names (%d)', 'Names (%d)', rows.length), rows.length);
    }

    _mentions(entity) {
        const store = new Gio.ListStore({item_type: Ccbnet.Relation.$gtype});
        const seen = new Set();
        for (const property of ['onBehalfOf', 'via', 'context']) {
            const query = new Ccbnet.Query({[property]: entity});
            const found = this._registry.query(query);
            for (let i = 0; i < found.get_n_items(); i++) {
                const relation = found.get_item(i);
                if (seen.has(relation.id) || relation.subject.id === entity.id ||
                    relation.object.id === entity.id)
                    continue;
                seen.add(relation.id);
                store.append(relation);
            }
        }
        return store;
    }

    _goButton(entity, suggested) {
        const button = new Gtk.Button({
            // Translators: a button that leads to an entity: %s is its name
            label: format(_('Go to %s'), Words.entityLabel(entity, this._languages)),
            css_classes: suggested ? ['pill', 'suggested-action'] : ['pill'],
            halign: Gtk.Align.START,
        });
        button.connect('clicked', () => this.emit('follow', entity));
        return button;
    }

    _relationRow(relation) {
        const entity = this.entity;
        const languages = this._languages;
        const row = new Adw.ExpanderRow({
            title: Words.relationSentence(relation, languages),
            subtitle: Words.relationSummary(relation, languages),
            use_markup: false,
        });
        // Built when first opened: the dataset has relations with long quotes.
        let built = false;
        const build = () => {
            if (built)
                return;
            built = true;
            for (const qualifier of Words.relationQualifiers(relation, languages)) {
                const qualifierRow = new Adw.ActionRow({
                    title: qualifier.label,
                    subtitle: qualifier.value,
                    use_markup: false,
                    css_classes: ['property'],
                });
                if (qualifier.entity && qualifier.entity.id !== entity.id) {
                    qualifierRow.activatable = true;
                    // Translators: a button that leads to an entity: %s is its name
                    qualifierRow.tooltip_text = format(_('Go to %s'), qualifier.value);
                    qualifierRow.add_suffix(new Gtk.Image({icon_name: 'go-next-symbolic'}));
                    qualifierRow.connect('activated', () => this.emit('follow', qualifier.entity));
                }
                row.add_row(qualifierRow);
            }
            for (const citation of relation.get_sources())
                row.add_row(new Gtk.ListBoxRow({child: citationWidget(citation), activatable: false}));

            const buttons = new Gtk.Box({
                spacing: 6,
                margin_top: 8,
                margin_bottom: 8,
                margin_start: 12,
                margin_end: 12,
            });
            const other = relation.get_other_end(entity);
            if (other) {
                buttons.append(this._goButton(other, true));
            } else {
                buttons.append(this._goButton(relation.subject, false));
                buttons.append(this._goButton(relation.object, false));
            }
            row.add_row(new Gtk.ListBoxRow({child: buttons, activatable: false}));
        };
        if (row.expanded)
            build();
        row.connect('notify::expanded', () => {
            if (row.expanded)
                build();
        });
        return row;
    }
});
