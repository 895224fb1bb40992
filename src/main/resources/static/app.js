// normgraph explorer: search, a Cytoscape.js graph of a node's lineage and stances, a side
// panel with properties, quote and provenance, a timeline, Table 1 and exports.
// Plain modern JS; every text from the graph reaches the page through textContent only.
'use strict';

(() => {
  const LABEL_COLOURS = {
    Instrument: '#2563eb', Provision: '#0891b2', Forum: '#7c3aed', Meeting: '#db2777', Decision: '#ea580c',
    Actor: '#16a34a', Source: '#64748b', Assessment: '#ca8a04', Claim: '#dc2626',
  };
  const TYPE_COLOURS = {
    DERIVES_FROM: '#1e3a8a', CROSS_REFERENCES: '#0e7490', PART_OF: '#94a3b8', SUPPORTS: '#16a34a',
    OPPOSES: '#dc2626', FOLLOWS: '#ea580c', CONCERNS: '#a16207',
  };
  const EXPORTABLE_TYPES = ['PART_OF', 'DERIVES_FROM', 'CROSS_REFERENCES', 'SUPPORTS', 'OPPOSES', 'NEGOTIATED_IN',
    'ADOPTED_BY', 'PURSUED_IN', 'HELD_BY', 'TAKEN_AT', 'CONCERNS', 'FOLLOWS', 'MEMBER_OF', 'PARTICIPATED_IN',
    'PROMOTES', 'ESTABLISHED_BY', 'ASSESSES', 'ABOUT', 'CITES'];
  const MAX_STANCE_LOOKUPS = 200;

  const $ = (selector) => document.querySelector(selector);
  // asOf: the date the graph is shown as of (set by the replay, replay.js), or null for all of it.
  const state = { root: null, hiddenTypes: new Set(), timelineLoaded: false, tableLoaded: false, asOf: null };
  // Extension points for the modules loaded after this one (versions.js, replay.js): each gets (node data, panel).
  const hooks = { onSelect: [] };

  /** A path with the current as-of date added to its query, if there is one. */
  function dated(path) {
    if (!state.asOf) return path;
    return `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(state.asOf)}`;
  }

  // ---------- small helpers ----------

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') element.className = value;
      else if (key === 'style') element.style.cssText = value;
      else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** Replaces an element's children, skipping absent ones (replaceChildren would print "null"). */
  function fill(parent, ...children) {
    parent.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  }

  function showError(message) {
    $('#status').textContent = message || '';
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  const primaryLabel = (labels) => (labels || []).find((l) => LABEL_COLOURS[l]) || (labels || [])[0] || 'Node';
  const colourOf = (labels) => LABEL_COLOURS[primaryLabel(labels)] || '#475569';
  const typeColour = (type) => TYPE_COLOURS[type] || '#64748b';

  // ---------- graph ----------

  const cy = cytoscape({
    container: $('#cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(name)', 'font-size': 11, color: '#1f2933',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 130,
        'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        width: 22, height: 22, 'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#facc15', 'font-weight': 700 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
      { selector: 'edge', style: {
        width: 1.6, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#334155', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge:selected', style: { width: 3.5 } },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });

  function nodeElement(node) {
    const { id, labels, name, ...props } = node;
    return { group: 'nodes', data: { id, name: name || id, labels: labels || [], label: primaryLabel(labels), colour: colourOf(labels), props } };
  }

  function edgeElement(relationship) {
    const { id, type, start, end, ...props } = relationship;
    return { group: 'edges', data: { id: id || `${start}|${type}|${end}`, source: start, target: end, type, colour: typeColour(type), props } };
  }

  function stanceElements(row) {
    const actor = { group: 'nodes', data: { id: row.actor.id, name: row.actor.name, labels: ['Actor'], label: 'Actor', colour: LABEL_COLOURS.Actor, props: {}, partial: true } };
    const props = {};
    for (const key of ['date', 'action', 'source', 'locator']) if (row[key]) props[key] = row[key];
    if (row.meeting) props.meeting = row.meeting.id;
    const edge = { group: 'edges', data: {
      id: `${row.actor.id}|${row.stance}|${row.target.id}|${row.source || ''}|${row.locator || ''}`,
      source: row.actor.id, target: row.target.id, type: row.stance, colour: typeColour(row.stance), props } };
    return [actor, edge];
  }

  /** Adds elements that are not there yet; a full node replaces a partial one's data. */
  function addElements(elements) {
    const added = [];
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id);
      if (existing.nonempty()) {
        if (existing.isNode() && existing.data('partial') && !element.data.partial) existing.data(element.data);
        continue;
      }
      if (element.group === 'edges' && (cy.getElementById(element.data.source).empty() || cy.getElementById(element.data.target).empty())) continue;
      added.push(cy.add(element));
    }
    return added;
  }

  function selectedLineageTypes() {
    return [...document.querySelectorAll('input[name="lineage-type"]:checked')].map((input) => input.value);
  }

  async function loadRoot(id) {
    showError('');
    state.root = id;
    setView('graph');
    const direction = $('#direction').value;
    const depth = $('#depth').value;
    let types = selectedLineageTypes();
    if (types.length === 0 || (types.length === 1 && types[0] === 'PART_OF')) {
      types = ['DERIVES_FROM', 'CROSS_REFERENCES', 'PART_OF'];
    }
    const query = new URLSearchParams({ direction, depth, types: types.join(',') });
    try {
      const [node, lineage] = await Promise.all([
        api(dated(`/api/v1/nodes/${encodeURIComponent(id)}`)),
        api(dated(`/api/v1/nodes/${encodeURIComponent(id)}/lineage?${query}`)),
      ]);
      cy.elements().remove();
      addElements([nodeElement(node), ...lineage.nodes.map(nodeElement)]);
      addElements(lineage.relationships.map(edgeElement));
      if ($('#with-stances').checked) await addStances(cy.nodes().map((n) => n.id()).slice(0, MAX_STANCE_LOOKUPS));
      cy.nodes().removeClass('root');
      cy.getElementById(id).addClass('root');
      $('#empty').hidden = true;
      refreshFilters();
      layout();
      history.replaceState(null, '', `#${encodeURIComponent(id)}`);
      document.title = `${node.name} · normgraph explorer`;
      select(cy.getElementById(id));
      updateExportLinks();
      return true;
    } catch (error) {
      showError(`Could not load ${id}: ${error.message}`);
      return false;
    }
  }

  async function addStances(ids) {
    const result = await api(dated(`/explorer/stances?${new URLSearchParams({ ids: ids.join(',') })}`));
    const elements = result.rows.flatMap(stanceElements);
    addElements(elements.filter((e) => e.group === 'nodes'));
    addElements(elements.filter((e) => e.group === 'edges'));
  }

  async function expand(node) {
    try {
      const neighbourhood = await api(dated(`/api/v1/nodes/${encodeURIComponent(node.id())}/neighbourhood`));
      const added = [...addElements(neighbourhood.nodes.map(nodeElement)), ...addElements(neighbourhood.relationships.map(edgeElement))];
      refreshFilters();
      if (added.length > 0) layout();
    } catch (error) {
      showError(`Could not expand ${node.id()}: ${error.message}`);
    }
  }

  /** Rings around the chosen node (centre) by lineage depth; an actor sits just outside what it acted on. */
  function level(node) {
    if (node.id() === state.root) return -1;
    const depth = (node.data('props') || {}).depth;
    if (typeof depth === 'number') return depth;
    const around = node.neighborhood('node').map((n) => (n.data('props') || {}).depth).filter((d) => typeof d === 'number');
    return around.length ? Math.min(...around) + 0.5 : 7;
  }

  function layout() {
    const name = $('#layout').value;
    const root = state.root ? cy.getElementById(state.root) : undefined;
    const common = { padding: 30, animate: false, nodeDimensionsIncludeLabels: true };
    if (name === 'hierarchy') {
      cy.layout({ ...common, name: 'breadthfirst', directed: false, roots: root, spacingFactor: 1.1, avoidOverlap: true }).run();
    } else if (name === 'force') {
      cy.layout({ ...common, name: 'cose', randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }).run();
    } else {
      cy.layout({ ...common, name: 'concentric', concentric: (node) => 10 - level(node), levelWidth: () => 0.5,
        minNodeSpacing: 18, spacingFactor: 0.9, startAngle: -Math.PI / 2, avoidOverlap: true }).run();
    }
  }

  // ---------- legend and type filter ----------

  function refreshFilters() {
    const labels = [...new Set(cy.nodes().map((n) => n.data('label')))].sort();
    $('#legend-labels').replaceChildren(...labels.map((label) => el('span', { class: 'item' },
      el('span', { class: 'swatch', style: `background:${LABEL_COLOURS[label] || '#475569'}` }), label)));
    const types = [...new Set(cy.edges().map((e) => e.data('type')))].sort();
    $('#legend-types').replaceChildren(...types.map((type) => el('label', { class: 'item', title: `Show ${type} relationships` },
      el('input', { type: 'checkbox', 'data-type': type, checked: !state.hiddenTypes.has(type),
        onchange: (event) => { if (event.target.checked) state.hiddenTypes.delete(type); else state.hiddenTypes.add(type); applyTypeFilter(); } }),
      el('span', { class: 'line', style: `background:${typeColour(type)}` }), type)));
    applyTypeFilter();
  }

  function applyTypeFilter() {
    cy.batch(() => {
      cy.edges().forEach((edge) => edge.toggleClass('filtered', state.hiddenTypes.has(edge.data('type'))));
      cy.nodes().forEach((node) => {
        const visibleEdges = node.connectedEdges().filter((edge) => !edge.hasClass('filtered'));
        node.toggleClass('filtered', node.id() !== state.root && node.connectedEdges().nonempty() && visibleEdges.empty());
      });
    });
    updateExportLinks();
  }

  // ---------- side panel ----------

  function provenance(props) {
    if (!props.source && !props.locator) return el('p', { class: 'hint' }, 'No provenance recorded.');
    return el('dl', { class: 'provenance', 'data-testid': 'provenance' },
      el('dt', {}, 'Source'), el('dd', { class: 'prov-source' }, props.source || '—'),
      el('dt', {}, 'Locator'), el('dd', { class: 'prov-locator' }, props.locator || '—'));
  }

  function propertyTable(props, skip) {
    const rows = Object.entries(props).filter(([key]) => !skip.includes(key))
      .map(([key, value]) => el('tr', {}, el('th', {}, key), el('td', {}, Array.isArray(value) ? value.join(' → ') : String(value))));
    return rows.length ? el('table', { class: 'props' }, el('tbody', {}, rows)) : null;
  }

  async function select(element) {
    if (!element || element.empty()) return;
    cy.elements().unselect();
    element.select();
    const panel = $('#details');
    if (element.isEdge()) {
      const data = element.data();
      fill(panel, 
        el('h2', {}, data.type),
        el('p', { class: 'id' }, `${cy.getElementById(data.source).data('name')} → ${cy.getElementById(data.target).data('name')}`),
        provenance(data.props),
        data.props.quote ? el('blockquote', { class: 'quote' }, data.props.quote) : null,
        propertyTable(data.props, ['source', 'locator', 'quote']));
      return;
    }
    let data = element.data();
    if (data.partial) {
      try {
        const node = await api(`/api/v1/nodes/${encodeURIComponent(data.id)}`);
        element.data(nodeElement(node).data);
        data = element.data();
      } catch (ignored) { /* keep what we have */ }
    }
    const props = data.props || {};
    fill(panel, 
      el('h2', {}, data.name),
      el('div', { class: 'labels' }, data.labels.map((label) => el('span', { class: 'badge', style: `background:${LABEL_COLOURS[label] || '#475569'}` }, label))),
      el('p', { class: 'id' }, data.id),
      el('div', { class: 'actions' },
        el('button', { type: 'button', onclick: () => expand(element) }, 'Expand'),
        data.id !== state.root ? el('button', { type: 'button', onclick: () => loadRoot(data.id) }, 'Lineage from here') : null),
      provenance(props),
      props.quote ? el('blockquote', { class: 'quote' }, props.quote) : null,
      props.text && props.text !== props.quote ? el('blockquote', { class: 'quote' }, props.text) : null,
      props.summary ? el('p', {}, props.summary) : null,
      propertyTable(props, ['source', 'locator', 'quote', 'text', 'summary']),
      el('h3', {}, 'Stances on it'),
      el('ul', { class: 'stances', id: 'stance-list' }, el('li', { class: 'hint' }, 'Loading…')));
    try {
      hooks.onSelect.forEach((hook) => hook(data, panel));
      const stances = await api(dated(`/api/v1/nodes/${encodeURIComponent(data.id)}/stances`));
      const list = panel.querySelector('#stance-list');
      if (!list) return;
      fill(list, ...(stances.rows.length === 0 ? [el('li', { class: 'hint' }, 'None recorded.')]
        : stances.rows.map((row) => el('li', {},
          el('span', { class: `stance-${row.polarity}` }, row.stance.toLowerCase().replace(/_/g, ' ')), ' ',
          el('strong', {}, row.actor.name),
          row.action ? ` (${row.action})` : '',
          row.meeting ? ` at ${row.meeting.name}` : '', row.date ? `, ${row.date}` : '',
          el('div', { class: 'hint' }, `${row.source || ''} · ${row.locator || ''}`)))));
    } catch (ignored) { /* the panel keeps its Loading line */ }
  }

  cy.on('tap', 'node, edge', (event) => select(event.target));
  cy.on('dbltap', 'node', (event) => expand(event.target));

  // ---------- search with suggestions ----------

  const input = $('#search-input');
  const list = $('#suggestions');
  let suggestTimer = null;
  let suggestSeq = 0;
  let active = -1;

  function closeSuggestions() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  async function suggest() {
    const q = input.value.trim();
    const seq = ++suggestSeq;
    if (!q) { closeSuggestions(); return; }
    try {
      const result = await api(`/explorer/suggestions?${new URLSearchParams({ q })}`);
      if (seq !== suggestSeq) return;
      list.replaceChildren(...result.suggestions.map((s, i) => el('li', {
        role: 'option', id: `suggestion-${i}`, 'data-id': s.id, 'aria-selected': 'false',
        onmousedown: (event) => { event.preventDefault(); choose(s.id); },
      }, el('span', { class: 'badge', style: `background:${colourOf(s.labels)}` }, primaryLabel(s.labels)), el('span', {}, s.name), el('span', { class: 'id' }, s.id))));
      if (result.suggestions.length === 0) list.append(el('li', { class: 'hint' }, 'Nothing found.'));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } catch (error) {
      showError(`Search failed: ${error.message}`);
    }
  }

  function choose(id) {
    input.value = id;
    closeSuggestions();
    loadRoot(id);
  }

  input.addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
  input.addEventListener('keydown', (event) => {
    const options = [...list.querySelectorAll('li[data-id]')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      options.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', options[active].id);
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 150));
  $('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    const options = [...list.querySelectorAll('li[data-id]')];
    const chosen = options[active] || options[0];
    if (chosen) choose(chosen.dataset.id);
    else if (input.value.trim()) choose(input.value.trim());
  });

  // ---------- controls ----------

  for (const control of ['#direction', '#depth', '#with-stances']) {
    $(control).addEventListener('change', () => { if (state.root) loadRoot(state.root); });
  }
  document.querySelectorAll('input[name="lineage-type"]').forEach((box) => box.addEventListener('change', () => { if (state.root) loadRoot(state.root); }));
  $('#fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('#relayout').addEventListener('click', layout);
  $('#layout').addEventListener('change', layout);
  document.querySelectorAll('[data-root]').forEach((button) => button.addEventListener('click', () => choose(button.dataset.root)));

  // ---------- exports ----------

  function exportUrl(format) {
    const params = new URLSearchParams();
    if ($('#export-scope').value === 'view' && state.root) {
      params.set('root', state.root);
      params.set('depth', $('#depth').value);
      const shown = [...new Set(cy.edges(':visible').map((e) => e.data('type')))].filter((t) => EXPORTABLE_TYPES.includes(t));
      if (shown.length > 0) params.set('types', shown.sort().join(','));
    }
    if (state.asOf) params.set('asOf', state.asOf);
    const query = params.toString();
    return `/api/v1/exports/${format}${query ? `?${query}` : ''}`;
  }

  function updateExportLinks() {
    document.querySelectorAll('.exports a[data-format]').forEach((link) => { link.href = exportUrl(link.dataset.format); });
  }

  $('#export-scope').addEventListener('change', updateExportLinks);
  $('#depth').addEventListener('change', updateExportLinks);
  $('#export-png').addEventListener('click', () => {
    if (cy.elements().empty()) { showError('Nothing to draw yet: choose a node first.'); return; }
    const link = el('a', { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: `normgraph-${state.root || 'graph'}.png` });
    document.body.append(link);
    link.click();
    link.remove();
  });
  updateExportLinks();

  // ---------- views: timeline and Table 1 ----------

  function setView(view) {
    document.querySelectorAll('.views button').forEach((button) => {
      const on = button.dataset.view === view;
      button.classList.toggle('active', on);
      button.setAttribute('aria-pressed', String(on));
    });
    document.querySelectorAll('main > .view').forEach((section) => { section.hidden = section.id !== `view-${view}`; });
    if (view === 'graph') cy.resize();
    if (view === 'timeline' && !state.timelineLoaded) loadTimeline();
    if (view === 'table1' && !state.tableLoaded) loadTable1();
  }

  document.querySelectorAll('.views button').forEach((button) => button.addEventListener('click', () => setView(button.dataset.view)));

  async function loadTimeline() {
    try {
      const timeline = await api('/api/v1/timeline');
      state.timelineLoaded = true;
      const items = [];
      let year = null;
      for (const item of timeline.items) {
        const itemYear = (item.date || '????').slice(0, 4);
        if (itemYear !== year) { year = itemYear; items.push(el('li', { class: 'year' }, year)); }
        items.push(el('li', { class: 'item', style: `--dot:${LABEL_COLOURS[item.kind] || '#94a3b8'}`, 'data-id': item.id },
          el('div', {}, el('span', { class: 'when' }, item.date || 'undated', item.endDate && item.endDate !== item.date ? ` – ${item.endDate}` : ''), ' ',
            el('span', { class: 'badge', style: `background:${LABEL_COLOURS[item.kind] || '#64748b'}` }, item.kind), ' ',
            item.event && item.role !== 'meeting' && item.role !== 'decision' ? `${item.event}: ` : '',
            el('button', { type: 'button', class: 'linklike', onclick: () => choose(item.id) }, item.name)),
          el('div', { class: 'meta' }, [item.forum ? item.forum.name : null, item.place, item.outcome].filter(Boolean).join(' · ')),
          item.summary ? el('div', {}, item.summary) : null,
          el('div', { class: 'meta' }, `${item.source || ''} · ${item.locator || ''}`)));
      }
      $('#timeline').replaceChildren(...items);
    } catch (error) {
      showError(`Could not load the timeline: ${error.message}`);
    }
  }

  async function loadTable1() {
    try {
      const comparison = await api('/api/v1/comparisons?instrument=wco-secure&against=trips');
      state.tableLoaded = true;
      // The paper's Table 1 is the rows located at it; other derivations are listed after it.
      const inTable = comparison.rows.filter((row) => (row.locator || '').startsWith('Table 1'));
      const others = comparison.rows.filter((row) => !inTable.includes(row));
      fill($('#table1-others'), ...(others.length === 0 ? [] : [
        'Also derived from TRIPS, outside Table 1: ',
        ...others.flatMap((row, i) => [i > 0 ? '; ' : '', el('button', { type: 'button', class: 'linklike', onclick: () => choose(row.provision.id) }, row.provision.name),
          ` (${row.counterparts.map((c) => c.name || c.id).join(', ')}; ${row.source || ''} · ${row.locator || ''})`])]));
      $('#table1 tbody').replaceChildren(...inTable.map((row) => el('tr', { 'data-id': row.provision.id, onclick: () => choose(row.provision.id) },
        el('td', {}, row.provision.number || ''),
        el('td', {}, row.provision.name),
        el('td', {}, row.counterparts.map((c) => c.name || c.id).join('; ')),
        el('td', {}, row.issue || ''),
        el('td', {}, row.deviation || ''),
        el('td', {}, `${row.source || ''} · ${row.locator || ''}`))));
    } catch (error) {
      showError(`Could not load Table 1: ${error.message}`);
    }
  }

  // ---------- start ----------

  window.normgraph = { cy, loadRoot, expand, select, setView, exportUrl, state, hooks, api, el, fill, choose, showError,
    nodeElement, stanceElements, addElements, refreshFilters, layout, updateExportLinks, colourOf, primaryLabel };
  const start = decodeURIComponent(location.hash.slice(1));
  if (start) loadRoot(start);
})();
