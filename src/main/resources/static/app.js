// normgraph explorer: search, a Cytoscape.js graph of a node's lineage and stances, a side
// panel with properties, quote and the provenance each corpus gives, a timeline, the comparison
// of two instruments, the corpora and exports. Labels, types and colours come from the schema
// in force (schema.js); the corpus browsed from corpora.js; grouping from groups.js; the
// comparison view from compare.js. Plain modern JS; every text from the graph reaches the page
// through textContent only.
'use strict';

(() => {
  const ng = window.normgraph;
  const { $, el, fill, showError, api, query, number } = ng.ui;
  const { schema, corpora, groups } = ng;

  const MAX_STANCE_LOOKUPS = 200;
  /** Group parts by instrument automatically once a lineage has more nodes than this. */
  const GROUP_ABOVE = 50;
  const NEIGHBOURS = 100;

  const emptyModel = () => ({ nodes: new Map(), edges: new Map() });
  // asOf: the date the graph is shown as of (set by the replay, replay.js), or null for all of it.
  const state = { root: null, hiddenTypes: new Set(), timelineLoaded: false, model: emptyModel(), expanded: new Set(), cut: null, asOf: null };
  // Extension points for the modules loaded after this one (versions.js, replay.js, reuse.js): onSelect and
  // onSelectEdge get (element data, panel); onModel gets the model once loaded, before it is drawn (may be async).
  const hooks = { onSelect: [], onSelectEdge: [], onModel: [] };

  async function modelLoaded() {
    for (const hook of hooks.onModel) await hook(state.model);
  }

  /** A path with the current as-of date added to its query, if there is one. */
  function dated(path) {
    if (!state.asOf) return path;
    return `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(state.asOf)}`;
  }

  // ---------- graph ----------

  const cy = cytoscape({
    container: $('#cy'),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(name)', 'font-size': 11, color: '#1f2933',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 130,
        'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        'min-zoomed-font-size': 7, width: 22, height: 22, 'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.group', style: { shape: 'round-rectangle', width: 34, height: 26, 'border-width': 2,
        'border-color': 'data(colour)', 'background-opacity': 0.55, 'font-weight': 600 } },
      { selector: 'node.in-group', style: { 'border-width': 2, 'border-color': '#94a3b8', 'border-style': 'dashed' } },
      { selector: 'node.root', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#facc15', 'font-weight': 700 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
      { selector: 'edge', style: {
        width: 1.6, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#334155', 'text-rotation': 'autorotate',
        'min-zoomed-font-size': 6, 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge.merged', style: { width: 2.6 } },
      { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
      { selector: 'edge:selected', style: { width: 3.5 } },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });

  // ---------- the model: what was loaded; what is drawn comes from it (groups.js) ----------

  function addNode(node, partial) {
    const { id, labels, name, depth, within, ...props } = node;
    const known = state.model.nodes.get(id);
    const merged = { id, labels: labels || [], name: name || id, within: within || (known && known.within),
      props: { ...(known ? known.props : {}), ...props, ...(typeof depth === 'number' ? { depth } : {}) },
      partial: known ? known.partial && partial : partial };
    if (known && typeof (known.props || {}).depth === 'number' && typeof depth === 'number') merged.props.depth = Math.min(known.props.depth, depth);
    state.model.nodes.set(id, merged);
  }

  function addEdge(relationship) {
    const { id, type, start, end, ...props } = relationship;
    const key = id || `${start}|${type}|${end}`;
    if (!state.model.edges.has(key)) state.model.edges.set(key, { id: key, type, start, end, props });
  }

  function addStance(row) {
    addNode({ id: row.actor.id, name: row.actor.name, labels: schema.labelsWithRole('actor').slice(0, 1) }, true);
    const props = {};
    for (const key of ['date', 'action', 'source', 'locator']) if (row[key]) props[key] = row[key];
    if (row.meeting) props.meeting = row.meeting.id;
    addEdge({ id: `${row.actor.id}|${row.stance}|${row.target.id}|${row.source || ''}|${row.locator || ''}`,
      type: row.stance, start: row.actor.id, end: row.target.id, ...props });
  }

  function grouping() {
    const mode = $('#grouping').value;
    return mode === 'always' || (mode === 'auto' && state.model.nodes.size > GROUP_ABOVE);
  }

  /** Draws the model: groups, edges, filters, layout; resolves once the canvas has painted. */
  async function render() {
    const started = performance.now();
    const drawn = groups.elements(state.model, { root: state.root, expanded: state.expanded, group: grouping() });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(drawn.nodes);
      cy.add(drawn.edges);
      cy.nodes().removeClass('root');
      if (state.root) cy.getElementById(state.root).addClass('root');
    });
    refreshFilters();
    layout();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { drawnNodes: drawn.nodes.length, drawnEdges: drawn.edges.length, groups: drawn.groups, renderMs: performance.now() - started };
  }

  function selectedLineageTypes() {
    return [...document.querySelectorAll('input[name="lineage-type"]:checked')].map((input) => input.value);
  }

  async function loadRoot(id) {
    showError('');
    state.root = id;
    state.expanded = new Set();
    setView('graph');
    const started = performance.now();
    const parameters = { direction: $('#direction').value, depth: $('#depth').value, limit: $('#limit').value, fields: 'minimal' };
    const types = selectedLineageTypes();
    const containment = schema.typesWithRole('containment');
    if (types.some((type) => !containment.includes(type))) parameters.types = types.join(',');
    if ($('#with-reuse') && $('#with-reuse').checked) parameters.inferred = 'include';
    try {
      const [node, lineage] = await Promise.all([
        api(dated(`/api/v1/nodes/${encodeURIComponent(id)}`)),
        api(dated(`/api/v1/nodes/${encodeURIComponent(id)}/lineage?${query(parameters)}`)),
      ]);
      const loaded = performance.now();
      state.model = emptyModel();
      lineage.nodes.forEach((n) => addNode(n, true));
      addNode({ ...node, depth: 0 }, false);
      lineage.relationships.forEach(addEdge);
      if ($('#with-stances') && $('#with-stances').checked) await addStances([...state.model.nodes.keys()].slice(0, MAX_STANCE_LOOKUPS));
      await modelLoaded();
      state.cut = lineage.truncated ? { shown: lineage.nodes.length, ...lineage.omitted } : null;
      showNotice();
      $('#empty').hidden = true;
      const drawn = await render();
      ng.lastPaint = { root: id, nodes: lineage.nodes.length, relationships: lineage.relationships.length, ...drawn,
        fetchMs: loaded - started, totalMs: performance.now() - started };
      history.replaceState(null, '', `${location.search}#${encodeURIComponent(id)}`);
      document.title = `${node.name} · normgraph explorer`;
      select(cy.getElementById(id));
      updateExportLinks();
      return true;
    } catch (error) {
      showError(`Could not load ${id}: ${error.message}`);
      return false;
    }
  }

  function showNotice() {
    const notice = $('#notice');
    notice.hidden = !state.cut;
    if (!state.cut) return;
    fill(notice, `Showing ${number(state.cut.shown)} nodes of the lineage: ${number(state.cut.nodes)} more nodes and `
      + `${number(state.cut.relationships)} relationships were left out. Raise the limit, or narrow the depth or the relationships followed.`);
  }

  async function addStances(ids) {
    if (ids.length === 0) return;
    const result = await api(dated(`/explorer/stances?${query({ ids: ids.join(',') })}`));
    result.rows.forEach(addStance);
  }

  /** A group opens into its parts; any other node adds its neighbours. */
  async function expand(node) {
    if (node.data('group')) {
      state.expanded.add(node.data('group'));
      await render();
      return;
    }
    try {
      const neighbourhood = await api(dated(`/api/v1/nodes/${encodeURIComponent(node.id())}/neighbourhood?${query({ limit: NEIGHBOURS, fields: 'minimal' })}`));
      const before = state.model.nodes.size + state.model.edges.size;
      neighbourhood.nodes.forEach((n) => { if (!state.model.nodes.has(n.id)) addNode(n, true); });
      neighbourhood.relationships.forEach(addEdge);
      await modelLoaded();
      if (neighbourhood.truncated) showError(`${node.data('name')} has ${number(neighbourhood.omitted.nodes)} more neighbours than the ${NEIGHBOURS} shown.`);
      if (state.model.nodes.size + state.model.edges.size > before) await render();
    } catch (error) {
      showError(`Could not expand ${node.id()}: ${error.message}`);
    }
  }

  async function collapse(within) {
    state.expanded.delete(within);
    await render();
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
    const common = { padding: 30, animate: false, nodeDimensionsIncludeLabels: cy.nodes().length < 300 };
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
    fill($('#legend-labels'), labels.map((label) => el('span', { class: 'item', 'data-label': label, title: (schema.label(label) || {}).description || label },
      el('span', { class: 'swatch', style: `background:${schema.labelColour(label)}` }), label)));
    const types = [...new Set(cy.edges().map((e) => e.data('type')))].sort();
    fill($('#legend-types'), types.map((type) => el('label', { class: 'item', title: (schema.type(type) || {}).description || `Show ${type} relationships` },
      el('input', { type: 'checkbox', 'data-type': type, checked: !state.hiddenTypes.has(type),
        onchange: (event) => { if (event.target.checked) state.hiddenTypes.delete(type); else state.hiddenTypes.add(type); applyTypeFilter(); } }),
      el('span', { class: 'line', style: `background:${schema.typeColour(type)}` }), type)));
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
    syncExportTypes();
  }

  // ---------- side panel ----------

  function provenance(props) {
    if (!props.source && !props.locator) return el('p', { class: 'hint' }, 'No provenance recorded.');
    return el('dl', { class: 'provenance', 'data-testid': 'provenance' },
      el('dt', {}, 'Source'), el('dd', { class: 'prov-source' }, props.source || '—'),
      el('dt', {}, 'Locator'), el('dd', { class: 'prov-locator' }, props.locator || '—'));
  }

  /** Which corpora assert the node, each with the source, locator and quote it gives. */
  function assertions(node) {
    const entries = node.provenance && node.provenance.length ? node.provenance
      : [{ corpus: node.corpus, source: node.source, locator: node.locator }];
    return el('section', { class: 'assertions' },
      el('h3', {}, entries.length > 1 ? `Asserted by ${entries.length} corpora` : 'Asserted by'),
      entries.map((entry) => el('div', { class: 'assertion', 'data-corpus': entry.corpus || '' },
        el('div', { class: 'corpus-name' }, entry.corpus ? corpora.name(entry.corpus) : 'unknown corpus',
          entry.corpus ? el('span', { class: 'id' }, ` ${entry.corpus}`) : null),
        provenance(entry),
        entry.quote ? el('blockquote', { class: 'quote' }, entry.quote) : null)));
  }

  function propertyTable(props, skip) {
    const rows = Object.entries(props).filter(([key]) => !skip.includes(key))
      .map(([key, value]) => el('tr', {}, el('th', {}, key), el('td', {}, Array.isArray(value) ? value.join(' → ') : String(value))));
    return rows.length ? el('table', { class: 'props' }, el('tbody', {}, rows)) : null;
  }

  const nameOf = (id) => (state.model.nodes.get(id) || {}).name || id;
  const stanceWord = (type) => ({ support: 'supports', opposition: 'opposes' }[(schema.type(type) || {}).polarity] || type);

  async function select(element) {
    if (!element || element.empty()) return;
    cy.elements().unselect();
    element.select();
    const panel = $('#details');
    if (element.isEdge()) {
      await selectEdge(panel, element.data());
      return;
    }
    const data = element.data();
    if (data.group) {
      fill(panel, el('h2', {}, data.name), el('p', { class: 'id' }, `Parts of ${data.group}, grouped`),
        el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => expand(element) }, 'Expand the group'),
          el('button', { type: 'button', onclick: () => loadRoot(data.group) }, `Lineage of ${data.group}`)),
        el('ul', { class: 'members' }, data.members.map((id) => el('li', {},
          el('button', { type: 'button', class: 'linklike', onclick: () => loadRoot(id) }, nameOf(id)), el('span', { class: 'id' }, ` ${id}`)))));
      return;
    }
    fill(panel, el('h2', {}, data.name), el('p', { class: 'id' }, data.id), el('p', { class: 'hint' }, 'Loading…'));
    let node;
    try {
      node = await api(`/api/v1/nodes/${encodeURIComponent(data.id)}`);
    } catch (error) {
      fill(panel, el('h2', {}, data.name), el('p', { class: 'id' }, data.id), el('p', { class: 'hint' }, error.message));
      return;
    }
    const { id, labels, name, provenance: _, ...props } = node;
    const texts = schema.textProperties(labels).filter((key) => props[key] && props[key] !== props.quote);
    const lineageProps = {};
    for (const key of ['depth', 'path']) if (data.props[key] !== undefined) lineageProps[key] = data.props[key];
    fill(panel,
      el('h2', {}, name),
      el('div', { class: 'labels' }, labels.map((label) => el('span', { class: 'badge', style: `background:${schema.labelColour(label)}` }, label))),
      el('p', { class: 'id' }, id),
      el('div', { class: 'actions' },
        el('button', { type: 'button', onclick: () => expand(element) }, 'Expand'),
        id !== state.root ? el('button', { type: 'button', onclick: () => loadRoot(id) }, 'Lineage from here') : null,
        data.within && state.expanded.has(data.within) ? el('button', { type: 'button', onclick: () => collapse(data.within) }, `Group ${data.within} again`) : null),
      assertions(node),
      texts.map((key) => el('blockquote', { class: 'quote', 'data-property': key }, props[key])),
      props.summary ? el('p', {}, props.summary) : null,
      propertyTable({ ...props, ...lineageProps }, ['source', 'locator', 'quote', 'summary', 'corpus', 'corpora', ...texts]),
      el('h3', {}, 'Stances on it'),
      el('ul', { class: 'stances', id: 'stance-list' }, el('li', { class: 'hint' }, 'Loading…')));
    try {
      hooks.onSelect.forEach((hook) => hook(data, panel));
      const stances = await api(dated(`/api/v1/nodes/${encodeURIComponent(id)}/stances`));
      const list = panel.querySelector('#stance-list');
      if (!list) return;
      fill(list, stances.rows.length === 0 ? el('li', { class: 'hint' }, 'None recorded.')
        : stances.rows.map((row) => el('li', {},
          el('span', { class: 'stance', style: `color:${schema.typeColour(row.stance)}` }, stanceWord(row.stance)), ' ',
          el('strong', {}, row.actor.name),
          row.action ? ` (${row.action})` : '',
          row.meeting ? ` at ${row.meeting.name}` : '', row.date ? `, ${row.date}` : '',
          el('div', { class: 'hint' }, `${row.source || ''} · ${row.locator || ''}`))));
    } catch (ignored) { /* the panel keeps its Loading line */ }
  }

  async function selectEdge(panel, data) {
    const heading = [el('h2', {}, data.label || data.type), el('p', { class: 'id' }, `${nameOf(data.source)} → ${nameOf(data.target)}`)];
    if (data.members) {
      fill(panel, heading, el('ul', { class: 'members' }, data.members.map((key) => {
        const edge = state.model.edges.get(key);
        return el('li', {}, `${nameOf(edge.start)} → ${nameOf(edge.end)}`);
      })));
      return;
    }
    let props = data.props;
    if (!props.source && !props.locator) {
      try {
        const { id, type, start, end, ...loaded } = await api(`/explorer/relationship?${query({ id: data.id })}`);
        props = loaded;
      } catch (ignored) { /* show what we have */ }
    }
    fill(panel, heading, provenance(props), props.quote ? el('blockquote', { class: 'quote' }, props.quote) : null,
      propertyTable(props, ['source', 'locator', 'quote', 'corpus']));
    hooks.onSelectEdge.forEach((hook) => hook({ ...data, props }, panel));
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
      const result = await api(`/explorer/suggestions?${query({ q, corpus: corpora.current() })}`);
      if (seq !== suggestSeq) return;
      fill(list, result.suggestions.map((s, i) => el('li', {
        role: 'option', id: `suggestion-${i}`, 'data-id': s.id, 'aria-selected': 'false',
        onmousedown: (event) => { event.preventDefault(); choose(s.id); },
      }, el('span', { class: 'badge', style: `background:${schema.colourOf(s.labels)}` }, schema.primaryLabel(s.labels)), el('span', {}, s.name), el('span', { class: 'id' }, s.id))),
      result.suggestions.length === 0 ? el('li', { class: 'hint' }, corpora.current() ? `Nothing found in ${corpora.name(corpora.current())}.` : 'Nothing found.') : null);
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

  /** A few instruments of the corpus browsed to start from. */
  async function startingPoints() {
    const corpus = corpora.current();
    const found = [];
    for (const label of schema.labelsWithRole('instrument')) {
      if (found.length >= 4) break;
      found.push(...(await api(`/api/v1/nodes?${query({ label, size: 4 - found.length, corpus })}`)).items);
    }
    fill($('#examples'), found.length === 0 ? 'Search for any node above.' : ['Search for any node above, or start from ',
      found.map((node, i) => [i > 0 ? (i === found.length - 1 ? ' or ' : ', ') : '',
        el('button', { type: 'button', class: 'linklike', 'data-root': node.id, onclick: () => choose(node.id) }, node.name)]), '.']);
  }

  // ---------- controls ----------

  function reload() { if (state.root) loadRoot(state.root); }

  function bindControls() {
    for (const control of ['#direction', '#depth', '#limit']) $(control).addEventListener('change', reload);
    $('#follow').addEventListener('change', reload);
    $('#grouping').addEventListener('change', () => { if (state.root) render(); });
    $('#fit').addEventListener('click', () => cy.fit(undefined, 30));
    $('#relayout').addEventListener('click', layout);
    $('#layout').addEventListener('change', layout);
  }

  // ---------- exports ----------

  function renderExportTypes() {
    fill($('#export-types'), el('summary', {}, 'Types'), el('p', { class: 'hint' }, 'Those shown are ticked; none ticked exports every type.'),
      schema.types().map((type) => el('label', {}, el('input', { type: 'checkbox', name: 'export-type', value: type.name, onchange: updateExportLinks }), ` ${type.name}`)));
  }

  /** Ticks the types drawn and not hidden, as the default choice of what to export. */
  function syncExportTypes() {
    const shown = new Set(cy.edges().filter((e) => !e.hasClass('filtered')).map((e) => e.data('type')));
    document.querySelectorAll('input[name="export-type"]').forEach((box) => { box.checked = shown.has(box.value); });
    updateExportLinks();
  }

  function exportUrl(format) {
    const params = {};
    if ($('#export-scope').value === 'view' && state.root) {
      params.root = state.root;
      params.depth = $('#depth').value;
      const chosen = [...document.querySelectorAll('input[name="export-type"]:checked')].map((box) => box.value).sort();
      if (chosen.length > 0) params.types = chosen.join(',');
    }
    if (state.asOf) params.asOf = state.asOf;
    const parameters = query(params);
    return `/api/v1/exports/${format}${parameters ? `?${parameters}` : ''}`;
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

  // ---------- views ----------

  function setView(view) {
    document.querySelectorAll('.views button').forEach((button) => {
      const on = button.dataset.view === view;
      button.classList.toggle('active', on);
      button.setAttribute('aria-pressed', String(on));
    });
    document.querySelectorAll('main > .view').forEach((section) => { section.hidden = section.id !== `view-${view}`; });
    if (view === 'graph') cy.resize();
    if (view === 'timeline' && !state.timelineLoaded) loadTimeline();
    if (view === 'compare') ng.compare.opened();
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
        const colour = schema.labelColour(item.kind);
        items.push(el('li', { class: 'item', style: `--dot:${colour}`, 'data-id': item.id },
          el('div', {}, el('span', { class: 'when' }, item.date || 'undated', item.endDate && item.endDate !== item.date ? ` – ${item.endDate}` : ''), ' ',
            el('span', { class: 'badge', style: `background:${colour}` }, item.kind), ' ',
            item.event && item.role !== 'meeting' && item.role !== 'decision' ? `${item.event}: ` : '',
            el('button', { type: 'button', class: 'linklike', onclick: () => choose(item.id) }, item.name)),
          el('div', { class: 'meta' }, [item.forum ? item.forum.name : null, item.place, item.outcome].filter(Boolean).join(' · ')),
          item.summary ? el('div', {}, item.summary) : null,
          el('div', { class: 'meta' }, `${item.source || ''} · ${item.locator || ''}`)));
      }
      fill($('#timeline'), items);
    } catch (error) {
      showError(`Could not load the timeline: ${error.message}`);
    }
  }

  // ---------- start ----------

  /** Draws who stood where: the stance rows alone, no lineage (the replay with no node chosen). */
  async function showStances(rows) {
    state.model = emptyModel();
    rows.forEach((row) => {
      addNode({ id: row.target.id, name: row.target.name, labels: [] }, true);
      addStance(row);
    });
    $('#empty').hidden = rows.length > 0;
    return render();
  }

  Object.assign(ng, { cy, loadRoot, expand, collapse, select, setView, exportUrl, state, choose, render, hooks, dated,
    showStances, updateExportLinks, el, fill, api, showError });

  // The schema and the corpora, read once at start; a view opened before they arrive waits for them.
  ng.loaded = Promise.all([schema.load(), corpora.load()]);

  (async () => {
    try {
      await ng.loaded;
    } catch (error) {
      showError(`Could not read the schema and corpora: ${error.message}`);
      return;
    }
    schema.renderFollow($('#follow'));
    renderExportTypes();
    bindControls();
    ng.compare.init();
    corpora.onChange(() => startingPoints());
    ng.ready = true;
    const start = decodeURIComponent(location.hash.slice(1));
    if (start) loadRoot(start);
    else startingPoints();
    updateExportLinks();
  })();
})();
