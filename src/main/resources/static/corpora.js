// normgraph explorer: the corpora in the graph (GET /api/v1/corpora). The picker in the bar
// chooses the corpus to browse: search, suggestions and lists keep to it (lineage still crosses
// corpora, as the graph does); the Corpora view lists each with its description, licence,
// counts and example comparisons. The choice is kept in the address (?corpus=).
'use strict';

(() => {
  const { $, el, fill, api, number } = window.normgraph.ui;
  const listeners = [];
  let corpora = [];
  let current = new URLSearchParams(location.search).get('corpus') || '';

  function licences(corpus) {
    if (!corpus.licenses || corpus.licenses.length === 0) return el('span', { class: 'hint' }, 'no licence given');
    return corpus.licenses.map((licence, i) => [i > 0 ? ', ' : '',
      licence.path && /^https?:/.test(licence.path)
        ? el('a', { href: licence.path, rel: 'noopener' }, licence.title || licence.name || licence.path)
        : (licence.title || licence.name || licence.path)]);
  }

  function counts(map, colour) {
    const entries = Object.entries(map || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return el('ul', { class: 'counts' }, entries.map(([name, count]) => el('li', {},
      el('span', { class: colour ? 'swatch' : 'line', style: `background:${colour ? colour(name) : window.normgraph.schema.typeColour(name)}` }),
      ` ${name} `, el('span', { class: 'count' }, number(count)))));
  }

  function card(corpus) {
    const schema = window.normgraph.schema;
    const total = (map) => Object.values(map || {}).reduce((a, b) => a + b, 0);
    return el('article', { class: 'corpus', 'data-corpus': corpus.id },
      el('h3', {}, corpus.name, ' ', el('span', { class: 'id' }, corpus.id)),
      corpus.description ? el('p', {}, corpus.description) : null,
      el('dl', { class: 'facts' },
        el('dt', {}, 'Licence'), el('dd', { class: 'licence' }, licences(corpus)),
        corpus.version ? [el('dt', {}, 'Version'), el('dd', {}, corpus.version)] : null,
        el('dt', {}, 'Imported'), el('dd', {}, [(corpus.importedAt || '').slice(0, 19).replace('T', ' '), corpus.importedFrom ? ` from ${corpus.importedFrom}` : ''])),
      el('div', { class: 'columns' },
        el('div', {}, el('h4', {}, `${number(total(corpus.nodes))} nodes`), counts(corpus.nodes, (label) => schema.labelColour(label))),
        el('div', {}, el('h4', {}, `${number(total(corpus.relationships))} relationships`), counts(corpus.relationships))),
      (corpus.comparisons || []).length ? el('p', {}, 'Example comparisons: ', corpus.comparisons.map((example, i) => [i > 0 ? ' · ' : '',
        el('button', { type: 'button', class: 'linklike', onclick: () => window.normgraph.compare.show(example) }, example.name)])) : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', 'data-browse': corpus.id, onclick: () => choose(corpus.id) },
        current === corpus.id ? 'Browsing this corpus' : 'Browse this corpus')));
  }

  function render() {
    const picker = $('#corpus');
    fill(picker, el('option', { value: '' }, 'All corpora'),
      corpora.map((corpus) => el('option', { value: corpus.id }, corpus.name)));
    picker.value = current;
    fill($('#corpora'), corpora.map(card));
  }

  function choose(id) {
    current = id || '';
    const url = new URL(location.href);
    if (current) url.searchParams.set('corpus', current); else url.searchParams.delete('corpus');
    history.replaceState(null, '', url);
    render();
    listeners.forEach((listener) => listener(current));
  }

  window.normgraph.corpora = {
    async load() {
      corpora = (await api('/api/v1/corpora')).corpora;
      if (current && !corpora.some((corpus) => corpus.id === current)) current = '';
      render();
      $('#corpus').addEventListener('change', (event) => choose(event.target.value));
      return corpora;
    },
    all: () => corpora,
    /** The corpus being browsed, or '' for all. */
    current: () => current,
    name: (id) => (corpora.find((corpus) => corpus.id === id) || {}).name || id,
    choose,
    onChange: (listener) => listeners.push(listener),
    /** The example comparisons of the corpus browsed (of every corpus when browsing all). */
    comparisons: () => corpora.filter((corpus) => !current || corpus.id === current)
      .flatMap((corpus) => (corpus.comparisons || []).map((example) => ({ ...example, corpus: corpus.id }))),
  };
})();
