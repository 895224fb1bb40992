// normgraph explorer: the comparison of any two instruments (GET /api/v1/comparisons): a row per
// unit of the first and derivation from units of the second, with the derivation's own
// properties as columns, whatever the corpus calls them. The pickers list the nodes whose
// label plays the instrument role (in the corpus browsed); a corpus's example comparisons
// (corpus.yml, e.g. the bundled corpus's Table 1 of the paper) are presets of this view.
'use strict';

(() => {
  const { $, el, fill, api, query, showError } = window.normgraph.ui;

  /** Row fields shown in their own columns, and derivation properties that are provenance or normgraph's own. */
  const NOT_COLUMNS = new Set(['source', 'locator', 'quote', 'corpus', 'validFrom', 'validUntil']);
  const FIRST = ['issue', 'kind', 'deviation'];
  const MAX_INSTRUMENTS = 1000;

  let loadedFor = null;
  /** The latest comparison asked for: an earlier answer arriving after it is dropped. */
  let latest = 0;

  /** Every node of an instrument-role label in the corpus browsed, by name, at most MAX_INSTRUMENTS. */
  async function instruments() {
    const corpus = window.normgraph.corpora.current();
    const found = [];
    for (const label of window.normgraph.schema.labelsWithRole('instrument')) {
      for (let page = 0; found.length < MAX_INSTRUMENTS; page++) {
        const result = await api(`/api/v1/nodes?${query({ label, page, size: 200, corpus })}`);
        found.push(...result.items);
        if ((page + 1) * 200 >= result.total) break;
      }
    }
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }

  async function fillPickers() {
    const corpus = window.normgraph.corpora.current();
    if (loadedFor === corpus) return;
    loadedFor = corpus;
    const options = (await instruments()).map((node) => el('option', { value: node.id }, `${node.name} (${node.id})`));
    for (const id of ['#compare-instrument', '#compare-against']) {
      const picker = $(id);
      const chosen = picker.value;
      fill(picker, el('option', { value: '' }, '— choose an instrument —'), options.map((option) => option.cloneNode(true)));
      if ([...picker.options].some((option) => option.value === chosen)) picker.value = chosen;
    }
    fill($('#compare-presets'), window.normgraph.corpora.comparisons().map((example) => el('button', {
      type: 'button', class: 'preset', 'data-preset': `${example.instrument}/${example.against}`,
      title: example.description || '', onclick: () => show(example),
    }, example.name)));
  }

  /** Columns for the derivations' own properties: issue, kind, deviation first, then the rest by name. */
  function columns(rows) {
    const keys = new Set();
    rows.forEach((row) => Object.keys(row.properties || {}).forEach((key) => { if (!NOT_COLUMNS.has(key)) keys.add(key); }));
    return [...FIRST.filter((key) => keys.has(key)), ...[...keys].filter((key) => !FIRST.includes(key)).sort()];
  }

  const ref = (unit) => unit.name || unit.id;
  const format = (value) => (Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value));

  async function load(instrument, against, example) {
    showError('');
    $('#compare-instrument').value = instrument;
    $('#compare-against').value = against;
    const asked = ++latest;
    try {
      const comparison = await api(`/api/v1/comparisons?${query({ instrument, against })}`);
      if (asked !== latest) return;
      const inTable = example && example.locator
        ? comparison.rows.filter((row) => (row.locator || '').startsWith(example.locator)) : comparison.rows;
      const others = comparison.rows.filter((row) => !inTable.includes(row));
      const keys = columns(comparison.rows);
      const types = new Set(comparison.rows.map((row) => row.type));
      const choose = (id) => window.normgraph.choose(id);
      fill($('#comparison-title'), example ? example.name : `${instrument} against ${against}`);
      fill($('#comparison-note'), example && example.description ? example.description
        : `Each row is a unit of ${instrument} and the units of ${against} it derives from, as recorded in the graph.`);
      fill($('#comparison thead'), el('tr', {}, el('th', {}, 'No.'), el('th', {}, instrument), el('th', {}, against),
        types.size > 1 ? el('th', {}, 'type') : null, keys.map((key) => el('th', {}, key)), el('th', {}, 'Provenance')));
      fill($('#comparison tbody'), inTable.map((row) => el('tr', { 'data-id': row.provision.id, onclick: () => choose(row.provision.id) },
        el('td', {}, row.provision.number || ''),
        el('td', {}, ref(row.provision)),
        el('td', {}, row.counterparts.map(ref).join('; ')),
        types.size > 1 ? el('td', {}, row.type) : null,
        keys.map((key) => el('td', {}, format((row.properties || {})[key]))),
        el('td', {}, `${row.source || ''} · ${row.locator || ''}`))));
      fill($('#comparison-empty'), comparison.rows.length === 0
        ? `No unit of ${instrument} derives from a unit of ${against} in the graph.` : null);
      fill($('#comparison-others'), others.length === 0 ? null : [
        `Also derived from ${against}, outside ${example.locator}: `,
        others.map((row, i) => [i > 0 ? '; ' : '', el('button', { type: 'button', class: 'linklike', onclick: () => choose(row.provision.id) }, ref(row.provision)),
          ` (${row.counterparts.map(ref).join(', ')}; ${row.source || ''} · ${row.locator || ''})`])]);
    } catch (error) {
      showError(`Could not compare ${instrument} with ${against}: ${error.message}`);
    }
  }

  /** Opens the comparison view on an example (or any pair {instrument, against}). */
  async function show(example) {
    window.normgraph.setView('compare');
    await fillPickers();
    await load(example.instrument, example.against, example.name ? example : null);
  }

  window.normgraph.compare = {
    show,
    /** Called when the view opens: fills the pickers and shows the first example if nothing is shown yet. */
    async opened() {
      // Opened before the schema and corpora are read (a click in the first moment): without them
      // the pickers and the examples would stay empty.
      try {
        await window.normgraph.loaded;
      } catch {
        return; // app.js says what failed
      }
      await fillPickers();
      const first = window.normgraph.corpora.comparisons()[0];
      if (first && !$('#comparison tbody').hasChildNodes()) await load(first.instrument, first.against, first);
    },
    init() {
      $('#compare-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const instrument = $('#compare-instrument').value;
        const against = $('#compare-against').value;
        if (!instrument || !against) { showError('Choose two instruments to compare.'); return; }
        const example = window.normgraph.corpora.comparisons().find((e) => e.instrument === instrument && e.against === against);
        load(instrument, against, example || null);
      });
      window.normgraph.corpora.onChange(() => { loadedFor = null; if (!$('#view-compare').hidden) fillPickers(); });
    },
  };
})();
