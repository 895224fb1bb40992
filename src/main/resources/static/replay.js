// normgraph explorer: replay a negotiation. A time slider over the timeline's dates redraws the
// graph as of each date (the chosen node's lineage and stances, or, with none chosen, who stood
// where at the meeting of the day); a step-through of the meetings shows at each one who
// supported or opposed what, what was decided and what changed since the previous step. Works
// on any corpus whose schema dates its meetings (GET /api/v1/timeline). Needs time.css.
'use strict';

(() => {
  const ng = window.normgraph;
  const { el, api, cy } = ng;
  const replay = { active: false, entries: [], dates: [], steps: [], index: -1, step: -1, sequence: 0, drawn: new Set() };

  cy.style()
    .selector('.replay-new').style({ 'border-width': 4, 'border-color': '#f59e0b' })
    .selector('edge.replay-new').style({ width: 3.5 })
    .selector('node.undated').style({ 'border-style': 'dashed', 'border-width': 2, 'border-color': '#94a3b8' })
    .update();

  const toggle = el('button', { type: 'button', id: 'replay-toggle', 'aria-pressed': 'false',
    title: 'Replay the negotiation date by date and meeting by meeting', onclick: () => (replay.active ? stop() : start()) }, 'Replay');
  document.querySelector('nav.views').append(toggle);
  const slider = el('input', { type: 'range', id: 'replay-slider', min: 0, max: 0, value: 0, step: 1, 'aria-label': 'Date to show the graph as of' });
  const dateLabel = el('output', { id: 'replay-date', for: 'replay-slider' });
  const previous = el('button', { type: 'button', id: 'replay-previous', onclick: () => stepBy(-1) }, '◀ Previous meeting');
  const next = el('button', { type: 'button', id: 'replay-next', onclick: () => stepBy(1) }, 'Next meeting ▶');
  const panel = el('div', { id: 'replay-step', class: 'replay-step', 'aria-live': 'polite' });
  const bar = el('section', { id: 'replay', class: 'replay', hidden: true, 'aria-label': 'Replay' },
    el('div', { class: 'replay-controls' }, previous,
      el('label', { class: 'replay-slider' }, 'As of ', dateLabel, slider), next,
      el('button', { type: 'button', id: 'replay-stop', onclick: () => stop() }, 'Stop replay')),
    panel);
  const graphView = document.querySelector('#view-graph');
  graphView.insertBefore(bar, graphView.querySelector('.stage'));

  slider.addEventListener('input', () => { dateLabel.textContent = replay.dates[Number(slider.value)] || ''; });
  slider.addEventListener('change', () => goTo(Number(slider.value)));

  async function start() {
    ng.setView('graph');
    replay.active = true;
    bar.hidden = false;
    toggle.setAttribute('aria-pressed', 'true');
    toggle.classList.add('active');
    try {
      replay.entries = (await api('/api/v1/timeline')).items;
    } catch (error) {
      ng.showError(`Could not load the timeline to replay: ${error.message}`);
      return;
    }
    const dated = replay.entries.filter((entry) => entry.date);
    // a meeting's step shows the graph as of its last day, with what was decided there
    replay.steps = dated.filter((entry) => entry.role === 'meeting').map((entry) => ({ ...entry, at: entry.endDate || entry.date }));
    replay.dates = [...new Set([...dated.map((entry) => entry.date), ...replay.steps.map((step) => step.at)])].sort();
    if (replay.dates.length === 0) {
      ng.fill(panel, el('p', { class: 'hint' }, 'Nothing in the graph is dated: there is nothing to replay.'));
      return;
    }
    slider.max = String(replay.dates.length - 1);
    const first = replay.steps.length ? replay.dates.indexOf(replay.steps[0].at) : 0;
    await goTo(first);
  }

  function stop() {
    replay.active = false;
    replay.sequence += 1;
    bar.hidden = true;
    toggle.setAttribute('aria-pressed', 'false');
    toggle.classList.remove('active');
    ng.state.asOf = null;
    cy.elements().removeClass('replay-new');
    if (ng.state.root) ng.loadRoot(ng.state.root);
    ng.updateExportLinks();
  }

  /** Whether the slider stands on the current step's own date (else it is past it). */
  function atStep() {
    const current = replay.steps[replay.step];
    return !!current && current.at === replay.dates[replay.index];
  }

  /** The previous or next meeting from where the slider stands. */
  function stepBy(direction) {
    const target = direction > 0 ? replay.steps[replay.step + 1] : replay.steps[atStep() ? replay.step - 1 : replay.step];
    if (target) return goTo(replay.dates.indexOf(target.at), replay.steps.indexOf(target));
    return Promise.resolve();
  }

  /** Shows the graph as of dates[index] and the meeting held last by then (or the one asked for). */
  async function goTo(index, stepIndex) {
    const sequence = ++replay.sequence;
    const date = replay.dates[index];
    replay.index = index;
    slider.value = String(index);
    dateLabel.textContent = date;
    ng.state.asOf = date;
    const stepAt = stepIndex !== undefined ? stepIndex
      : replay.steps.reduce((last, s, i) => (s.at <= date ? i : last), -1);
    const previousStep = replay.step;
    replay.step = stepAt;
    const meeting = replay.steps[stepAt];
    previous.disabled = atStep() ? stepAt <= 0 : stepAt < 0;
    next.disabled = stepAt >= replay.steps.length - 1;
    const stances = meeting ? await api(`/api/v1/meetings/${encodeURIComponent(meeting.id)}/stances?asOf=${encodeURIComponent(date)}`)
      .then((result) => result.rows).catch(() => []) : [];
    if (sequence !== replay.sequence) return;
    const change = await redraw(meeting, stances, date);
    if (sequence !== replay.sequence) return;
    const since = previousStep >= 0 && previousStep !== stepAt ? replay.steps[previousStep] : null;
    renderStep(meeting, stances, date, since, change);
    ng.updateExportLinks();
  }

  /** Redraws the graph as of the date; returns what appeared and disappeared since the last drawing. */
  async function redraw(meeting, stances, date) {
    const before = replay.drawn;
    if (ng.state.root) {
      const loaded = await ng.loadRoot(ng.state.root);
      if (!loaded) {
        cy.elements().remove();
        ng.showError(`${ng.state.root} is not part of the graph as of ${date}.`);
      }
    } else {
      await ng.showStances(stances);
    }
    cy.nodes().forEach((n) => n.toggleClass('undated', !!(n.data('props') || {}).undated));
    const now = new Set(cy.elements().map((e) => e.id()));
    const added = [...now].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !now.has(id));
    cy.elements().removeClass('replay-new');
    if (before.size > 0) added.forEach((id) => cy.getElementById(id).addClass('replay-new'));
    replay.drawn = now;
    return { added, removed, first: before.size === 0 };
  }

  function stanceItem(row) {
    return el('li', { 'data-polarity': row.polarity },
      el('strong', {}, row.actor.name), ' ',
      el('span', { class: `stance-${row.polarity}` }, row.stance.toLowerCase().replace(/_/g, ' ')), ' ',
      el('button', { type: 'button', class: 'linklike', onclick: () => ng.choose(row.target.id) }, row.target.name),
      row.action ? el('span', { class: 'hint' }, ` (${row.action})`) : null);
  }

  function entryItem(entry) {
    return el('li', { 'data-id': entry.id },
      el('span', { class: 'when' }, entry.date || 'undated'), ' ',
      el('span', { class: 'badge' }, entry.event || entry.kind), ' ',
      el('button', { type: 'button', class: 'linklike', onclick: () => ng.choose(entry.id) }, entry.name),
      entry.outcome ? el('span', { class: 'hint' }, ` (${entry.outcome})`) : null);
  }

  function renderStep(meeting, stances, date, since, change) {
    const decided = meeting ? replay.entries.filter((e) => e.role === 'decision' && e.meeting && e.meeting.id === meeting.id && e.date && e.date <= date) : [];
    const from = since ? since.at : null;
    const changed = replay.entries.filter((e) => e.date && e.date <= date && (from === null ? false : e.date > from)
      && !(meeting && (e.id === meeting.id || (e.meeting && e.meeting.id === meeting.id))));
    const supporting = stances.filter((row) => row.polarity === 'support');
    const opposing = stances.filter((row) => row.polarity === 'opposition');
    const other = stances.filter((row) => row.polarity !== 'support' && row.polarity !== 'opposition');
    ng.fill(panel,
      meeting ? el('h3', { 'data-id': meeting.id }, `${meeting.name}`, el('span', { class: 'hint' }, ` · ${meeting.date}${meeting.endDate && meeting.endDate !== meeting.date ? ` – ${meeting.endDate}` : ''}${meeting.forum ? ` · ${meeting.forum.name}` : ''}`))
        : el('h3', {}, `Before the first meeting`),
      el('div', { class: 'replay-columns' },
        el('section', { class: 'replay-stances', 'data-testid': 'replay-stances' }, el('h4', {}, 'Who stood where'),
          stances.length === 0 ? el('p', { class: 'hint' }, 'No stances recorded at this meeting.')
            : el('ul', {}, [...supporting, ...opposing, ...other].map(stanceItem))),
        el('section', { class: 'replay-decided', 'data-testid': 'replay-decided' }, el('h4', {}, 'Decided'),
          decided.length === 0 ? el('p', { class: 'hint' }, 'No decision recorded.') : el('ul', {}, decided.map(entryItem))),
        el('section', { class: 'replay-changed', 'data-testid': 'replay-changed' }, el('h4', {}, since ? `Since ${since.name}` : 'Changes'),
          change.first ? null : el('p', { class: 'hint', 'data-testid': 'replay-delta' }, `Graph: ${change.added.length} appeared, ${change.removed.length} gone.`),
          since === null ? el('p', { class: 'hint' }, 'The first step.')
            : changed.length === 0 ? el('p', { class: 'hint' }, 'Nothing else dated in between.') : el('ul', {}, changed.map(entryItem)))));
  }

  window.normgraphReplay = { start, stop, goTo, stepBy, state: replay };
})();
