// SPDX-FileCopyrightText: 2026 The libccbnet authors
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Drives the CCB network browser in process, as a user would, and checks what its window shows:
// the texts of the labels that are on screen and the rows GTK draws as selected, not only what
// the models say. Saves a PNG of the window at each step that matters.
//
//   gjs -m test-browser.js SCENARIO OUTPUT_DIR
//
// SCENARIO is "main" (select the CCB, open a relation, follow it, go back, filter, load a bad
// file then a good one), "language" (run with LANGUAGE=nl: Dutch names, the library's Dutch
// labels and sentences, the browser's own words from its Dutch catalogue) or "open" (a file on
// the command line). Run by test-browser.sh under Xvfb; needs GI_TYPELIB_PATH and
// LD_LIBRARY_PATH on the built library, and CCBNET_LOCALEDIR on the build tree's catalogues.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Gtk from 'gi://Gtk?version=4.0';
import Adw from 'gi://Adw?version=1';
import Ccbnet from 'gi://Ccbnet?version=1.0';
import Gettext from 'gettext';
import System from 'system';

import {BrowserApplication} from '../../tools/ccbnet-browser/src/application.js';
import * as Inspect from '../../tools/ccbnet-browser/src/inspect.js';

// The application runs without its entry point (main.js), so its domain is bound here as
// main.js binds it.
const localedir = GLib.getenv('CCBNET_LOCALEDIR');
if (localedir)
    Gettext.bindtextdomain('ccbnet', localedir);
Gettext.textdomain('ccbnet');

// What the browser should show for one of its own messages: the translation in its catalogue
// (domain "ccbnet"), looked up here; the English message where the catalogue has none.
const tr = english => Gettext.dgettext('ccbnet', english);
const trc = (context, english) => Gettext.dpgettext('ccbnet', context, english);
const trn = (english, plural, n) => Gettext.dngettext('ccbnet', english, plural, n);
const {vprintf} = imports.format;
const fmt = (template, ...args) => vprintf(template, args);

const [scenario = 'main', outputDir = GLib.get_current_dir()] = System.programArgs;
const here = Gio.File.new_for_uri(import.meta.url).get_parent();
const dataDir = here.resolve_relative_path('../data');

let checks = 0;

class CheckFailed extends Error {}

function check(condition, what, detail = '') {
    checks++;
    if (!condition) {
        print(`not ok ${checks} - ${what}${detail ? `\n# ${detail}` : ''}`);
        throw new CheckFailed(what);
    }
    print(`ok ${checks} - ${what}`);
}

function checkEqual(actual, expected, what) {
    check(JSON.stringify(actual) === JSON.stringify(expected), what,
        `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function screenshot(window, name) {
    const path = GLib.build_filenamev([outputDir, name]);
    Inspect.saveScreenshot(window, path);
    print(`# screenshot: ${path}`);
}

// The label the user reads as the details' title (not the placeholder page's).
function detailsTitle(window) {
    const labels = Inspect.findWidgets(window.details,
        w => w instanceof Gtk.Label && w.has_css_class('title-1') && Inspect.isShowing(w) &&
            !w.get_ancestor(Adw.StatusPage.$gtype));
    return labels.length === 1 ? labels[0].label : null;
}

function selectedRows(window) {
    return Inspect.selectedRowsTexts(window.entityList.listView);
}

function relationRow(window, sentence) {
    return Inspect.findWidget(window.details,
        w => w instanceof Adw.ExpanderRow && w.title === sentence && Inspect.isShowing(w));
}

function showingTexts(widget) {
    return Inspect.visibleTexts(widget);
}

// The search entry emits search-changed a moment after the text changes, as when typing.
async function typeSearch(window, text) {
    const entry = window.entityList.searchEntry;
    entry.grab_focus();
    let changed = false;
    const id = entry.connect('search-changed', () => {
        changed = true;
    });
    entry.text = text;
    await Inspect.waitFor(() => changed, `the search for "${text}"`);
    entry.disconnect(id);
    await Inspect.wait(100);
}

// Opens an expander row the way a click on its header does: the header row's "activate" signal,
// which its list box turns into row-activated. (Adw.ActionRow.activate() is another thing: it
// only emits "activated".)
async function openRow(row) {
    const header = Inspect.findWidget(row, w => w instanceof Adw.ActionRow);
    header.emit('activate');
    await Inspect.waitFor(() => row.expanded, 'the relation to open');
    await Inspect.wait(100);
}

function click(button) {
    check(Inspect.isShowing(button) && button.sensitive, `"${button.label ?? button.tooltip_text}" can be clicked`);
    button.emit('clicked');
}

// Scrolls the widget's scrolled window as little as needed for the widget to be seen whole.
async function scrollIntoView(widget) {
    const scrolled = widget.get_ancestor(Gtk.ScrolledWindow.$gtype);
    const [ok, , y] = widget.translate_coordinates(scrolled.child, 0, 0);
    const adjustment = scrolled.vadjustment;
    const bottom = y + widget.get_height() + 24;
    if (ok && bottom > adjustment.value + adjustment.page_size)
        adjustment.value = Math.min(y - 24, bottom - adjustment.page_size);
    await Inspect.wait(150);
}

async function mainScenario(app, window) {
    const registry = Ccbnet.Registry.get_default();
    const list = window.entityList;
    const total = registry.get_entities().get_n_items();

    // The shipped dataset, listed in full.
    checkEqual(list.countLabel.label, `${total} entities`, 'the list counts every entity');
    check(Inspect.isShowing(list.countLabel), 'the count is on screen');
    check(showingTexts(window.details).some(t => t.startsWith(`${total} entities and 97 relations`)),
        'the empty details page summarises the dataset');

    // Select the CCB: search, then Enter picks the library's best match.
    await typeSearch(window, 'CCB');
    check(list.selection.get_n_items() < total, 'the search narrows the list',
        list.countLabel.label);
    list.searchEntry.emit('activate');
    await Inspect.wait(150);
    checkEqual(list.selection.selected_item?.id, 'ccb', 'Enter selects the CCB');
    checkEqual(selectedRows(window), [['Centre for Cybersecurity Belgium', 'CCB · Organisation']],
        'the selected row shows the CCB');
    checkEqual(detailsTitle(window), 'Centre for Cybersecurity Belgium', 'the details show the CCB');
    const ccb = registry.lookup('ccb');
    const texts = showingTexts(window.details);
    // As of today by default: the relations of the CCB that may hold today, which leaves out the
    // representation "pending" the certification authority that later pages say exists.
    const today = GLib.DateTime.new_now_local().format('%Y-%m-%d');
    checkEqual(window.asOfButton.label, `As of ${today}`, 'the details are as of today');
    const validToday = new Set();
    const valid = registry.query(new Ccbnet.Query({valid_at: today}));
    for (let i = 0; i < valid.get_n_items(); i++)
        validToday.add(valid.get_item(i).id);
    const all = ccb.list_relations();
    let ccbToday = 0;
    for (let i = 0; i < all.get_n_items(); i++)
        ccbToday += validToday.has(all.get_item(i).id) ? 1 : 0;
    check(ccbToday < all.get_n_items(), 'some of the CCB\'s relations no longer hold today');
    check(texts.includes(`Relations (${ccbToday})`), 'the details count the CCB\'s relations of today');
    check(relationRow(window, 'Centre for Cybersecurity Belgium represents Belgium in European Cybersecurity Certification Group') === null,
        'the ended representation in the ECCG is not shown today');
    window.asOfButton.popup();
    await Inspect.waitFor(() => Inspect.isShowing(window.allDatesButton), 'the "as of" popover to open');
    click(window.allDatesButton);
    await Inspect.wait(150);
    check(!window.asOfButton.active, 'the popover closes');
    checkEqual(window.asOfButton.label, 'All Dates', 'the button says all dates');
    check(showingTexts(window.details).includes(`Relations (${all.get_n_items()})`),
        'with all dates, every relation of the CCB is counted');
    check(texts.includes('Centrum voor Cybersecurity België') &&
        texts.includes('Zentrum für Cybersicherheit Belgien'), 'the details list the other names');

    // Open the relation "the CCB represents Belgium in the NIS Cooperation Group".
    const sentence = 'Centre for Cybersecurity Belgium represents Belgium in NIS Cooperation Group';
    const row = relationRow(window, sentence);
    check(row !== null, `the relation "${sentence}" is listed`);
    checkEqual(row.subtitle, 'as Single Point of Contact for cybersecurity', 'its summary says in what capacity');
    check(!showingTexts(row).includes('On behalf of'), 'its qualifiers are hidden until it is opened');
    await openRow(row);
    const opened = showingTexts(row);
    const relation = registry.lookup_relation('r050');
    const quote = `“${relation.get_sources()[0].quote}”`;
    for (const text of ['On behalf of', 'Belgium', 'Capacity', 'Single Point of Contact for cybersecurity', quote])
        check(opened.includes(text), `the opened relation shows ${text}`);
    check(quote.includes('In this capacity, it represents Belgium in the NIS Cooperation Group'),
        'the sentence is the page\'s');
    await scrollIntoView(row);
    screenshot(window, 'browser-ccb.png');

    // Follow it to the NIS Cooperation Group. The search "CCB" hides it, so the filters go.
    const go = Inspect.findWidget(row, w => w instanceof Gtk.Button && w.label === 'Go to NIS Cooperation Group');
    check(go !== null, 'the opened relation leads to the NIS Cooperation Group');
    click(go);
    await Inspect.wait(200);
    checkEqual(list.selection.selected_item?.id, 'nis-cooperation-group', 'following selects the other end');
    checkEqual(detailsTitle(window), 'NIS Cooperation Group', 'the details show the NIS Cooperation Group');
    checkEqual(list.searchEntry.text, '', 'the search that hid it is cleared');
    checkEqual(list.countLabel.label, `${total} entities`, 'the whole list is back');
    checkEqual(selectedRows(window).map(r => r[0]), ['NIS Cooperation Group'],
        'the list shows the NIS Cooperation Group selected, scrolled into view');
    check(relationRow(window, sentence) !== null, 'the relation is listed from its other end too');
    check(window.backButton.sensitive, 'Back is possible');
    screenshot(window, 'browser-followed.png');

    // Back to the CCB.
    click(window.backButton);
    await Inspect.wait(150);
    checkEqual(detailsTitle(window), 'Centre for Cybersecurity Belgium', 'Back returns to the CCB');
    checkEqual(selectedRows(window).map(r => r[0]), ['Centre for Cybersecurity Belgium'],
        'Back selects the CCB in the list');

    // The certification authority, as of two days: it represents Belgium in the ECCG only once
    // it exists, and the sentence says which later page it comes from and when it was read.
    const ncca = registry.lookup('ncca');
    window.showEntity(ncca);
    await Inspect.wait(150);
    window.setAsOf('2021-06-01');
    await Inspect.wait(150);
    checkEqual(window.asOfCalendar.get_date().format('%Y-%m-%d'), '2021-06-01', 'the calendar shows the day');
    check(showingTexts(window.details).includes('Relations (0)'), 'as of 2021-06-01 the authority represents no one');
    check(showingTexts(window.details).includes('2 of 2 not shown: they do not hold on 2021-06-01, as far as the dataset knows'),
        'the details say what the day leaves out');
    window.setAsOf('2024-06-01');
    await Inspect.wait(150);
    check(showingTexts(window.details).includes('Relations (2)'), 'as of 2024-06-01 it represents Belgium twice');
    const eccgRow = relationRow(window,
        'National Cybersecurity Certification Authority represents Belgium in European Cybersecurity Certification Group');
    check(eccgRow !== null, 'its seat in the ECCG is listed');
    await openRow(eccgRow);
    const eccgTexts = showingTexts(eccgRow);
    check(eccgTexts.includes('Supersedes') && eccgTexts.includes('r053, r054'), 'the seat says what it supersedes');
    check(eccgTexts.includes('— International Relations (not the page), read 2026-12-05'),
        'the sentence names its later page and the day it was read');
    check(showingTexts(window.details).some(t => t.includes('since 2022-07-20')), 'the facts say since when it exists');
    await scrollIntoView(eccgRow);
    screenshot(window, 'browser-as-of.png');
    window.setAsOf(null);
    window.showEntity(ccb);
    await Inspect.wait(150);

    // Filters: European platforms, counted by the library's own query.
    list.scopeDropDown.selected = 2; // European
    await Inspect.wait(100);
    const european = registry.query_entities(new Ccbnet.Query({scope: Ccbnet.Scope.EUROPEAN})).get_n_items();
    checkEqual(list.countLabel.label, `${european} of ${total} entities`, 'the scope filter keeps the European entities');
    checkEqual(detailsTitle(window), 'Centre for Cybersecurity Belgium', 'filtering the list keeps the details');
    list.typeDropDown.selected = 2; // Platform or network
    await Inspect.wait(100);
    const platforms = registry.query_entities(new Ccbnet.Query({
        scope: Ccbnet.Scope.EUROPEAN, entityType: Ccbnet.EntityType.BODY,
    }));
    checkEqual(list.countLabel.label, `${platforms.get_n_items()} of ${total} entities`,
        'the type filter adds to it');
    const shown = [];
    for (let i = 0; i < list.selection.get_n_items(); i++)
        shown.push(list.selection.get_item(i).id);
    const expected = [];
    for (let i = 0; i < platforms.get_n_items(); i++)
        expected.push(platforms.get_item(i).id);
    checkEqual(shown.sort(), expected.sort(), 'the list holds exactly the query\'s entities');
    list.sectionDropDown.selected = 1; // the first section of the page: national, so nothing
    await Inspect.wait(100);
    check(showingTexts(list).includes('No Matching Entities'), 'an empty result says so');
    list.clearFilters();
    await Inspect.wait(100);
    checkEqual(list.countLabel.label, `${total} entities`, 'clearing the filters lists everything again');
    checkEqual(list.selection.selected_item?.id, 'ccb', 'the CCB, still shown, is selected again');

    // A bad file: the spinner turns while the library loads it in its thread, then the banner
    // gives the loader's located message, and the window keeps what it showed.
    const bad = here.resolve_relative_path('../hostile/dangling-reference-subject.json');
    const badLoad = window.loadFile(bad);
    check(window.spinner.visible && window.spinner.spinning, 'the spinner turns while the file loads');
    check(!window.lookup_action('open').enabled, 'Open waits for the load');
    checkEqual(await badLoad, false, 'the bad file does not load');
    await Inspect.wait(150);
    check(!window.spinner.visible, 'the spinner is gone after the load');
    const bannerTexts = showingTexts(window.errorBanner);
    check(window.errorBanner.child_revealed && bannerTexts.length === 2, 'the error banner is on screen',
        JSON.stringify(bannerTexts));
    check(bannerTexts[0].startsWith('Could not open “dangling-reference-subject.json”'), 'the banner names the file',
        bannerTexts[0]);
    check(bannerTexts[1].includes('dangling-reference-subject.json: $.relations[1].subject: unknown entity id "directorate"'),
        'the banner gives the loader\'s located message', bannerTexts[1]);
    checkEqual(list.countLabel.label, `${total} entities`, 'the previous dataset is still listed');
    checkEqual(detailsTitle(window), 'Centre for Cybersecurity Belgium', 'the CCB is still shown');
    screenshot(window, 'browser-error.png');

    // A good file replaces the content through the registry's models.
    const minimal = dataDir.get_child('minimal.json');
    checkEqual(await window.loadFile(minimal), true, 'a valid file loads');
    // The window follows the registry's ::loaded, which comes before the load's callback: by
    // the time the load returns, the CCB (not in that dataset) is no longer shown.
    checkEqual(window.details.entity, null, 'the details follow the load at once (::loaded)');
    checkEqual(list.countLabel.label, '9 entities', 'the list follows the load at once');
    await Inspect.wait(200);
    check(!window.errorBanner.reveal_child, 'the banner goes once a dataset loads');
    const newTotal = registry.get_entities().get_n_items();
    checkEqual(list.countLabel.label, `${newTotal} entities`, 'the list follows the registry\'s model');
    check(newTotal === 9, 'the new dataset has its 9 entities');
    checkEqual(window.windowTitle.subtitle, 'minimal.json', 'the window names the file');
    checkEqual(detailsTitle(window), null, 'the CCB is not in that dataset, so nothing is selected');
    check(showingTexts(window.details).includes('Select an Entity'), 'the details invite a choice');
    await typeSearch(window, 'TA');
    list.searchEntry.emit('activate');
    await Inspect.wait(150);
    checkEqual(detailsTitle(window), 'Test Agency', 'an entity of the new dataset can be selected');
    const conditional = relationRow(window, 'Test Agency represents Testland in Test Forum');
    check(conditional !== null, 'its relation is listed');
    check(conditional.subtitle.includes(
        'until Future Authority is formally established (page: “Until the Future Authority exists”)'),
    'the condition is in words, with the page\'s wording', conditional.subtitle);
    await openRow(conditional);
    check(showingTexts(conditional).includes('Condition depends on'), 'the condition\'s entity is named');

    // Back to the shipped dataset, from the menu.
    // (The window is a Gio.ActionGroup: its actions are named without the "win." of menus.)
    window.activate_action('open-shipped', null);
    check(window.loading, 'the shipped dataset loads');
    await Inspect.waitFor(() => !window.loading, 'the shipped dataset to load');
    await Inspect.wait(200);
    checkEqual(list.countLabel.label, `${list.selection.get_n_items()} of ${total} entities`,
        'the menu reopens the shipped dataset; the search stays');
    list.clearFilters();
    await Inspect.wait(100);
    checkEqual(list.countLabel.label, `${total} entities`, 'all of it');
    checkEqual(window.windowTitle.subtitle, 'Shipped dataset', 'the window says so');

    // Open asks for a file; cancelling changes nothing.
    window.activate_action('open', null);
    await Inspect.wait(200);
    check(window.chooser?.visible && window.chooser.title === 'Open a Dataset', 'Open shows a file chooser');
    window.chooser.emit('response', Gtk.ResponseType.CANCEL);
    await Inspect.wait(100);
    check(!window.chooser && !window.loading, 'cancelling the chooser loads nothing');

    // About.
    app.activate_action('about', null);
    await Inspect.wait(200);
    const about = Gtk.Window.list_toplevels().find(w => w instanceof Adw.AboutWindow);
    check(about?.visible && about.application_name === 'CCB Network Browser' &&
        about.version === Ccbnet.VERSION_S, 'About names the application and the library version');
    about.close();
}

async function languageScenario(app, window) {
    const registry = Ccbnet.Registry.get_default();
    const list = window.entityList;
    const {EntityType, Scope} = Ccbnet;
    check(GLib.get_language_names()[0] === 'nl', 'the user\'s language is Dutch');
    check(Boolean(localedir) && GLib.file_test(`${localedir}/nl/LC_MESSAGES/libccbnet-1.mo`, GLib.FileTest.EXISTS),
        'the catalogues are the build tree\'s', String(localedir));
    await typeSearch(window, 'Centrum voor Cybersecurity Belgie');
    list.searchEntry.emit('activate');
    await Inspect.wait(150);
    checkEqual(list.selection.selected_item?.id, 'ccb', 'a Dutch name without its accent finds the CCB');
    checkEqual(detailsTitle(window), 'Centrum voor Cybersecurity België', 'the title is the Dutch name');
    checkEqual(selectedRows(window).map(r => r[0]), ['Centrum voor Cybersecurity België'],
        'the list shows the Dutch name');
    const texts = showingTexts(window.details);
    check(texts.includes('Centre for Cybersecurity Belgium · CCB'), 'the English name and acronym follow it');
    check(texts.some(t => t.includes(fmt(tr('section “%s”'), 'Nationale samenwerking'))),
        'the section heading is Dutch');

    // The library's words (domain libccbnet-1): the vocabularies' labels, as the library gives
    // them at run time, and Dutch.
    const organisation = EntityType.get_label(EntityType.ORGANISATION);
    check(organisation !== 'Organisation', 'the library\'s label of a type is Dutch', organisation);
    checkEqual(selectedRows(window).map(r => r[1]), [`CCB · ${organisation}`],
        'the list row gives the type in the library\'s words');
    const national = Scope.get_label(Scope.NATIONAL);
    check(national !== 'National', 'the library\'s label of a scope is Dutch', national);
    const facts = texts.find(t => t.startsWith(`${organisation} · `));
    check(facts?.includes(fmt(tr('%s networks'), national)), 'the facts give the scope in the library\'s words',
        String(facts));
    const scopes = list.scopeDropDown.model;
    checkEqual([scopes.get_string(0), scopes.get_string(1)], [tr('Any scope'), national],
        'the scope filter offers the library\'s labels');
    checkEqual(list.typeDropDown.model.get_string(2), EntityType.get_label(EntityType.BODY),
        'the type filter offers the library\'s labels');
    check(EntityType.get_label(EntityType.BODY) !== 'Platform or network', 'and they are Dutch');

    // A relation's sentence is the library's, its verb Dutch.
    const relation = registry.lookup_relation('r050');
    const sentence = relation.to_sentence(null);
    check(sentence !== 'Centrum voor Cybersecurity België represents België in NIS Cooperation Group',
        'the library\'s sentence is Dutch', sentence);
    const row = relationRow(window, sentence);
    check(row !== null, `the relation is listed as the library says it: "${sentence}"`);
    check(sentence.startsWith('Centrum voor Cybersecurity België ') && sentence.includes('België') &&
        sentence.includes('NIS Cooperation Group'),
    'relations name their entities in Dutch where the dataset has Dutch names');
    const capacity = relation.capacity;
    const capacityNames = [capacity.name, capacity.get_name_for_language('nl')];
    check(capacityNames.some(name => row.subtitle === fmt(trc('relation summary', 'as %s'), name)),
        'its summary says in what capacity, in the browser\'s words', row.subtitle);

    // The browser's own words (domain "ccbnet"): what it shows is the catalogue's translation.
    checkEqual(list.searchEntry.placeholder_text, tr('Search names in any language'),
        'the search entry\'s placeholder is translated');
    checkEqual(window.windowTitle.title, tr('CCB Network Browser'), 'the window\'s title is translated');
    check(showingTexts(window.details).includes(tr('Where the Page Names It')), 'a heading is translated');
    // The CCB's relations that may hold today, which the details show by default.
    const today = GLib.DateTime.new_now_local().format('%Y-%m-%d');
    const validToday = new Set();
    const valid = registry.query(new Ccbnet.Query({valid_at: today}));
    for (let i = 0; i < valid.get_n_items(); i++)
        validToday.add(valid.get_item(i).id);
    const ccbAll = registry.lookup('ccb').list_relations();
    let shownRelations = 0;
    for (let i = 0; i < ccbAll.get_n_items(); i++)
        shownRelations += validToday.has(ccbAll.get_item(i).id) ? 1 : 0;
    check(showingTexts(window.details).includes(
        fmt(trn('Relations (%d)', 'Relations (%d)', shownRelations), shownRelations)),
    'the relations\' heading is translated, with their count');
    await openRow(row);
    const opened = showingTexts(row);
    check(opened.includes(trc('qualifier', 'On behalf of')), 'a qualifier\'s label is translated');
    const go = fmt(tr('Go to %s'), 'NIS Cooperation Group');
    check(Inspect.findWidget(row, w => w instanceof Gtk.Button && w.label === go && Inspect.isShowing(w)) !== null,
        `names without a Dutch form stay as the page has them: "${go}"`);
    await scrollIntoView(row);
    screenshot(window, 'browser-nl.png');

    // The catalogue has the browser's words: they are Dutch, not the English messages. (These
    // need tools/po/nl.po to translate the browser's messages; the checks above hold either way.)
    for (const [english, dutch] of [
        ['Where the Page Names It', tr('Where the Page Names It')],
        ['On behalf of', trc('qualifier', 'On behalf of')],
        ['Go to %s', tr('Go to %s')],
        ['Search names in any language', tr('Search names in any language')],
    ])
        check(dutch !== english, `the catalogue translates "${english}"`, dutch);
}

// Started with a file on the command line (HANDLES_OPEN): the file loads into the window.
async function openScenario(app, window) {
    await Inspect.waitFor(() => !window.loading && window.windowTitle.subtitle === 'minimal.json',
        'the file given on the command line to load');
    await Inspect.wait(150);
    checkEqual(window.entityList.countLabel.label, '9 entities', 'the file named on the command line is listed');
    check(!window.spinner.visible, 'the spinner is gone');
    check(!window.errorBanner.reveal_child, 'no error');
}

const scenarios = {main: mainScenario, language: languageScenario, open: openScenario};
if (!(scenario in scenarios)) {
    printerr(`unknown scenario ${scenario}`);
    System.exit(2);
}

let status = 1;
const app = new BrowserApplication({
    flags: Gio.ApplicationFlags.NON_UNIQUE | Gio.ApplicationFlags.HANDLES_OPEN,
});
app.connect('window-added', async (_app, window) => {
    try {
        // No animations: what the test checks is on screen at once. Slight hinting and a taller
        // window for the screenshots.
        const settings = Gtk.Settings.get_default();
        settings.gtk_enable_animations = false;
        settings.gtk_xft_antialias = 1;
        settings.gtk_xft_hinting = 1;
        settings.gtk_xft_hintstyle = 'hintslight';
        settings.gtk_xft_rgba = 'none';
        window.set_default_size(1200, 930);
        await Inspect.waitFor(() => window.get_mapped(), 'the window to be mapped');
        await Inspect.wait(200);
        await scenarios[scenario](app, window);
        print(`1..${checks}`);
        status = 0;
    } catch (e) {
        if (!(e instanceof CheckFailed))
            print(`not ok ${checks + 1} - ${e.message}`);
        printerr(e.stack);
        try {
            screenshot(window, `browser-${scenario}-failure.png`);
        } catch (e2) {
            printerr(`no screenshot: ${e2.message}`);
        }
    }
    app.quit();
});
const watchdog = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 90, () => {
    printerr('the scenario did not finish in 90 s');
    app.quit();
    return GLib.SOURCE_REMOVE;
});
const files = scenario === 'open' ? [dataDir.get_child('minimal.json').get_path()] : [];
app.run([System.programInvocationName, ...files]);
GLib.source_remove(watchdog);
System.exit(status);
