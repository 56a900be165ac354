// The decision service's page. Every text from the ecosystem or the policy reaches the page as
// text (textContent, attributes), never as markup; the one exception is the SVG that Mermaid
// draws from the service's diagram source, in which every name is written as entity codes and
// which Mermaid itself sanitises (securityLevel "strict").
'use strict';

(function () {
  const TOKEN_KEY = 'social-ecosystem-token';
  /** How many of a community's permitted actions count as its best (the advisor's number). */
  const BEST = 3;
  /** Above this many communities the diagram is drawn only when asked: laying it out takes time. */
  const DRAW_ON_REQUEST = 150;
  /** Above this many communities the diagram keeps its size and scrolls instead of shrinking. */
  const SCROLL_ABOVE = 40;
  /** How often the page asks whether the service has loaded another policy or ecosystem. */
  const STATUS_EVERY_MS = 5000;
  /** Characters that change the direction of the text after them; shown, never obeyed. */
  const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

  const state = {
    token: /^[\x21-\x7e]+$/.test(sessionStorage.getItem(TOKEN_KEY) || '')
        ? sessionStorage.getItem(TOKEN_KEY) : '',
    ecosystem: null,
    vocabulary: null,
    selected: null,
    nodes: new Map(),      // community id -> its node element in the diagram
    asks: 0,
    loaded: null,          // what /v1/status said when the page last loaded
  };

  class Unauthorized extends Error {}

  const $ = (id) => document.getElementById(id);

  /** A text from the service as the page shows it: direction controls made visible. */
  function shown(text) {
    return String(text).replace(BIDI_CONTROLS,
        (c) => '[U+' + c.charCodeAt(0).toString(16).toUpperCase() + ']');
  }

  function setText(el, text) {
    el.textContent = shown(text);
    return el;
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) {
      el.textContent = shown(text);
    }
    if (className) {
      el.className = className;
    }
    return el;
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
    return el;
  }

  function verdictBadge(verdict) {
    const badge = element('span', verdict, 'verdict verdict-' + verdict);
    badge.dataset.verdict = verdict;
    return badge;
  }

  async function api(path, options) {
    const headers = { Accept: 'application/json' };
    if (options && options.body) {
      headers['Content-Type'] = 'application/json';
    }
    if (state.token) {
      headers.Authorization = 'Bearer ' + state.token;
    }
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      throw new Unauthorized();
    }
    const body = await response.json();
    if (!response.ok) {
      const error = new Error(body.message || response.statusText);
      error.field = body.field;
      throw error;
    }
    return body;
  }

  function status(text) {
    setText($('status'), text);
  }

  function showTokenForm(message) {
    $('token-form').hidden = false;
    $('forget-token').hidden = !state.token;
    status(message);
    $('token').focus();
  }

  // Loading

  async function load() {
    status('Loading…');
    try {
      const [serviceStatus, assessment, diagram, grid, vocabulary] = await Promise.all([
        api('/v1/status'), api('/v1/assessment'), api('/v1/diagram'), api('/v1/policy/grid'),
        api('/v1/vocabulary')]);
      $('token-form').hidden = true;
      state.loaded = serviceStatus;
      state.ecosystem = assessment.ecosystem;
      state.vocabulary = vocabulary;
      showHeader(serviceStatus);
      showAssessment(assessment);
      showCommunityList();
      fillForm();
      showGrid(grid);
      status(reloadError(serviceStatus));
      if (state.selected) {
        const still = state.ecosystem.communities.some((c) => c.id === state.selected);
        if (still) {
          select(state.selected);
        } else {
          state.selected = null;
          clearCommunity();
        }
      }
      await showDiagram(diagram);
    } catch (error) {
      if (error instanceof Unauthorized) {
        showTokenForm(state.token ? 'That token was refused.' : '');
      } else if (state.token) {
        showTokenForm('The service could not be read: ' + error.message);
      } else {
        status('The service could not be read: ' + error.message);
      }
    }
  }

  function reloadError(serviceStatus) {
    const error = serviceStatus.lastReloadError;
    return error ? 'The service keeps deciding with what it had: ' + error.file + ' '
        + error.message : '';
  }

  /** Loads the page again when the service has loaded another policy or ecosystem. */
  async function watch() {
    if (!state.loaded || document.hidden) {
      return;
    }
    try {
      const now = await api('/v1/status');
      const before = state.loaded;
      if (now.policy.hash !== before.policy.hash
          || now.ecosystem.loadedAt !== before.ecosystem.loadedAt) {
        await load();
      } else {
        state.loaded = now;
        status(reloadError(now));
      }
    } catch (error) {
      if (error instanceof Unauthorized) {
        showTokenForm('The service asks for a token again.');
      }
    }
  }

  function clearCommunity() {
    setText($('community-name'), 'No community selected');
    clear($('community-facts'));
    clear($('community-actions'));
    $('community').dataset.state = 'empty';
  }

  function showHeader(serviceStatus) {
    setText($('organization'), serviceStatus.ecosystem.organization);
    document.title = shown(serviceStatus.ecosystem.organization) + ': social ecosystem';
    setText($('policy-line'), 'Policy ' + serviceStatus.policy.id + ' (hash '
        + serviceStatus.policy.hash.substring(0, 12) + '), '
        + serviceStatus.ecosystem.communities + ' communities');
  }

  // The diagram

  async function showDiagram(diagram) {
    const container = clear($('diagram'));
    state.nodes.clear();
    const communities = diagram.nodes.length;
    if (communities > DRAW_ON_REQUEST) {
      container.dataset.state = 'waiting';
      const button = element('button', 'Draw the diagram (' + communities + ' communities, '
          + diagram.channels.length + ' channels: laying it out takes a while)');
      button.type = 'button';
      button.addEventListener('click', () => draw(diagram));
      container.appendChild(button);
      return;
    }
    await draw(diagram);
  }

  async function draw(diagram) {
    const container = clear($('diagram'));
    container.dataset.state = 'drawing';
    container.appendChild(element('p', 'Drawing the diagram…', 'hint'));
    // Let the browser show that before Mermaid takes the thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const big = diagram.nodes.length > SCROLL_ABOVE;
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'default',
      maxEdges: Math.max(500, 2 * diagram.channels.length),
      maxTextSize: Math.max(50000, 2 * diagram.mermaid.length),
      flowchart: { htmlLabels: true, useMaxWidth: !big },
    });
    let svg;
    try {
      ({ svg } = await window.mermaid.render('ecosystem-svg', diagram.mermaid));
    } catch (error) {
      // Mermaid may leave its own error drawing behind, outside the diagram's box.
      for (const id of ['ecosystem-svg', 'decosystem-svg']) {
        const left = document.getElementById(id);
        if (left) {
          left.remove();
        }
      }
      clear(container).appendChild(element('p',
          'The diagram could not be drawn: ' + (error && error.message ? error.message : error),
          'error'));
      container.dataset.state = 'failed';
      return;
    }
    container.innerHTML = svg;
    container.classList.toggle('scrolls', big);
    const byNode = new Map(diagram.nodes.map((n) => [n.node, n.community]));
    const names = new Map(state.ecosystem.communities.map((c) => [c.id, c.name]));
    for (const node of container.querySelectorAll('g.node')) {
      const match = /(?:^|-)flowchart-(.+)-\d+$/.exec(node.id);
      const community = match ? byNode.get(match[1]) : undefined;
      if (community === undefined) {
        continue;
      }
      node.dataset.community = community;
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', shown(names.get(community) || community));
      node.addEventListener('click', () => select(community));
      node.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select(community);
        }
      });
      state.nodes.set(community, node);
    }
    container.dataset.state = 'drawn';
    if (state.selected) {
      markSelected(state.selected);
    }
  }

  function showCommunityList() {
    const list = clear($('community-list'));
    for (const community of state.ecosystem.communities) {
      const item = element('li');
      const button = element('button', community.name);
      button.type = 'button';
      button.dataset.community = community.id;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => select(community.id));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  function markSelected(id) {
    for (const [community, node] of state.nodes) {
      node.classList.toggle('selected', community === id);
    }
    for (const button of $('community-list').querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.community === id));
    }
  }

  async function select(id) {
    const community = state.ecosystem.communities.find((c) => c.id === id);
    if (!community) {
      return;
    }
    state.selected = id;
    markSelected(id);
    const panel = $('community');
    panel.dataset.state = 'loading';
    panel.dataset.community = id;
    setText($('community-name'), community.name);
    const facts = clear($('community-facts'));
    const fact = (term, value) => {
      facts.appendChild(element('dt', term));
      facts.appendChild(element('dd', value));
    };
    fact('Id', community.id);
    fact('Type', community.type);
    fact('Layer', community.layer);
    fact('Run by', community.steward);
    fact('Platform', community.platform.name + ' (' + community.platform.kind + ')');
    fact('Membership', community.membership);
    fact('Audience', community.audience);
    fact('Topics', community.topics.length ? community.topics.join(', ') : 'none');
    fact('Members', community.memberCount === null ? 'unknown' : community.memberCount);
    fact('Member data held by', community.dataOwnership.holder + ', '
        + community.dataOwnership.visibility
        + (community.dataOwnership.mayExport ? ', may be exported' : ', may not be exported'));
    $('ask-community').value = id;
    const actions = clear($('community-actions'));
    try {
      const answer = await api('/v1/communities/' + encodeURIComponent(id)
          + '/appropriate-actions');
      if (state.selected !== id) {
        return;  // another community was selected meanwhile
      }
      answer.actions.forEach((decision, index) => {
        const item = element('li', null, index < BEST ? 'best' : '');
        item.dataset.action = decision.action.id;
        item.dataset.verdict = decision.verdict;
        item.appendChild(element('span', decision.action.id));
        item.appendChild(document.createTextNode(shown(' ')));
        item.appendChild(verdictBadge(decision.verdict));
        actions.appendChild(item);
      });
      panel.dataset.state = 'done';
    } catch (error) {
      actions.appendChild(element('li', 'Could not be read: ' + error.message, 'error'));
      panel.dataset.state = 'failed';
    }
  }

  // The assessment

  function percent(share) {
    return share === null ? 'n/a' : Math.round(share * 100) + '%';
  }

  function showAssessment(assessment) {
    setText($('summary'), assessment.summary);
    const figures = clear($('figures'));
    const figure = (term, value) => {
      const group = element('div');
      group.appendChild(element('dt', term));
      group.appendChild(element('dd', value));
      figures.appendChild(group);
    };
    for (const [layer, count] of Object.entries(assessment.communitiesPerLayer)) {
      figure(layer + ' communities', count);
    }
    figure('share of communities owned', percent(assessment.ownedCommunityShare));
    figure('share of known members in owned communities', percent(assessment.ownedMemberShare));
    figure('outer communities that lead inward', percent(assessment.outerReachShare));
    const findings = clear($('findings'));
    for (const finding of assessment.findings) {
      const item = element('li');
      item.dataset.code = finding.code;
      item.appendChild(element('span', finding.severity, 'severity severity-' + finding.severity));
      item.appendChild(element('span', finding.code, 'code'));
      item.appendChild(document.createTextNode(shown(' ' + finding.message)));
      if (finding.communities.length) {
        item.appendChild(element('span', ' (' + finding.communities.join(', ') + ')', 'hint'));
      }
      findings.appendChild(item);
    }
    const steps = clear($('next-steps'));
    for (const step of assessment.nextSteps) {
      steps.appendChild(element('li', step));
    }
  }

  // The form

  function options(select, words) {
    clear(select);
    for (const word of words) {
      const option = element('option', word);
      option.value = word;
      select.appendChild(option);
    }
  }

  function fillForm() {
    const keep = $('ask-community').value;
    clear($('ask-community'));
    for (const community of state.ecosystem.communities) {
      const option = element('option', community.name + ' (' + community.id + ')');
      option.value = community.id;
      $('ask-community').appendChild(option);
    }
    if (keep && state.ecosystem.communities.some((c) => c.id === keep)) {
      $('ask-community').value = keep;
    }
    const standard = $('ask-action').value;
    options($('ask-action'), state.vocabulary.standardActions.map((a) => a.id));
    if (standard) {
      $('ask-action').value = standard;
    }
    options($('custom-intent'), state.vocabulary.intents);
    options($('custom-format'), state.vocabulary.formats);
    options($('custom-reach'), state.vocabulary.reaches);
    const recent = clear($('recent'));
    for (const intent of state.vocabulary.intents) {
      const label = element('label', intent + ' ');
      const input = element('input');
      input.type = 'number';
      input.min = '0';
      input.step = '1';
      input.dataset.intent = intent;
      label.appendChild(input);
      recent.appendChild(label);
    }
  }

  function request() {
    const body = { community: $('ask-community').value, counterfactuals: true };
    if ($('kind-custom').checked) {
      body.action = {
        id: $('custom-id').value.trim(),
        intent: $('custom-intent').value,
        format: $('custom-format').value,
        reach: $('custom-reach').value,
      };
    } else {
      body.action = $('ask-action').value;
    }
    const recent = {};
    for (const input of $('recent').querySelectorAll('input')) {
      if (input.value !== '') {
        const count = Number(input.value);
        if (!Number.isInteger(count) || count < 0 || count > 2147483647) {
          throw new Error('recent activity (' + input.dataset.intent + ') must be a whole number'
              + ' from 0 to 2147483647, not ' + input.value);
        }
        recent[input.dataset.intent] = count;
      }
    }
    if (Object.keys(recent).length) {
      body.recentActivity = recent;
    }
    return body;
  }

  function reasonItem(reason) {
    const item = element('li');
    item.dataset.rule = reason.rule;
    item.appendChild(element('span', reason.rule, 'code'));
    item.appendChild(document.createTextNode(shown(' ')));
    item.appendChild(verdictBadge(reason.verdict));
    item.appendChild(document.createTextNode(shown(' ' + reason.rationale)));
    if (reason.detail) {
      item.appendChild(element('span', ' ' + reason.detail, 'hint'));
    }
    if (reason.citation) {
      item.appendChild(element('span', ' (' + reason.citation + ')', 'hint'));
    }
    return item;
  }

  async function ask(event) {
    event.preventDefault();
    const panel = $('decision');
    const seq = ++state.asks;
    panel.dataset.state = 'asking';
    $('decision-error').textContent = '';
    try {
      const body = request();
      const decision = await api('/v1/decide', {
        method: 'POST', body: JSON.stringify(body) });
      if (seq !== state.asks) {
        return;
      }
      const verdict = clear($('decision-verdict'));
      verdict.dataset.verdict = decision.verdict;
      verdict.appendChild(document.createTextNode(decision.action.id + ' in '
          + decision.community.id + ' is '));
      verdict.appendChild(verdictBadge(decision.verdict));
      const reasons = clear($('decision-reasons'));
      decision.reasons.forEach((reason) => reasons.appendChild(reasonItem(reason)));
      const overridden = clear($('decision-overridden'));
      decision.overridden.forEach((reason) => overridden.appendChild(reasonItem(reason)));
      const obligations = clear($('decision-obligations'));
      const typed = decision.typedObligations || [];
      decision.obligations.forEach((text, index) => {
        const item = element('li', text);
        const kind = typed[index] && typed[index].kind;
        if (kind) {
          item.dataset.kind = kind;
          item.appendChild(element('span', ' ' + kind, 'hint'));
        }
        obligations.appendChild(item);
      });
      const alternatives = clear($('decision-alternatives'));
      for (const alternative of decision.alternatives) {
        const item = element('li', alternative.id);
        item.dataset.action = alternative.id;
        alternatives.appendChild(item);
      }
      const counterfactuals = clear($('decision-counterfactuals'));
      const would = decision.wouldChange;
      $('decision-counterfactuals-title').hidden = !would;
      counterfactuals.hidden = !would;
      for (const nearest of (would && would.nearest) || []) {
        const item = element('li');
        item.dataset.verdict = nearest.verdict;
        item.appendChild(verdictBadge(nearest.verdict));
        const changes = nearest.changes.map((c) => c.from === null ? c.attribute + ' +' + c.to
            : c.to === null ? c.attribute + ' −' + c.from : c.attribute + ' ' + c.from + ' → ' + c.to);
        item.appendChild(document.createTextNode(shown(' if ' + changes.join(', ')
            + (nearest.reasons.length ? ' (decided by ' + nearest.reasons.map((r) => r.rule)
                .join(', ') + ')' : ''))));
        counterfactuals.appendChild(item);
      }
      if (would && !would.complete) {
        counterfactuals.appendChild(element('li', 'The search stopped before it covered every'
            + ' situation: other verdicts may be reachable too.', 'hint'));
      }
      panel.dataset.state = 'done';
    } catch (error) {
      if (seq !== state.asks) {
        return;
      }
      clear($('decision-verdict'));
      for (const id of ['decision-reasons', 'decision-overridden', 'decision-obligations',
        'decision-alternatives', 'decision-counterfactuals']) {
        clear($(id));
      }
      setText($('decision-error'), error instanceof Unauthorized
          ? 'The service asks for a token.' : error.message);
      panel.dataset.state = 'failed';
    } finally {
      panel.dataset.seq = String(seq);
    }
  }

  // The grid

  function showGrid(grid) {
    const table = clear($('grid'));
    const head = element('thead');
    const header = element('tr');
    header.appendChild(element('th', 'action'));
    for (const column of grid.types) {
      const th = element('th', column.type);
      th.title = column.layer + ' layer, ' + column.shapes + ' community shapes';
      th.scope = 'col';
      header.appendChild(th);
    }
    head.appendChild(header);
    table.appendChild(head);
    const body = element('tbody');
    for (const row of grid.rows) {
      const tr = element('tr');
      const th = element('th', row.action);
      th.scope = 'row';
      tr.appendChild(th);
      for (const cell of row.cells) {
        const td = element('td');
        td.dataset.action = row.action;
        td.dataset.type = cell.type;
        if (cell.verdict) {
          td.textContent = cell.verdict;
          td.className = 'verdict verdict-' + cell.verdict;
          td.dataset.verdict = cell.verdict;
        } else {
          td.className = 'mixed';
          td.textContent = cell.verdicts.map((v) => v.verdict + ' ×' + v.shapes).join(', ');
          td.dataset.verdict = 'mixed';
        }
        td.title = cell.verdicts.map((v) => v.shapes + ' shapes ' + v.verdict).join('; ');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
  }

  // Start

  document.addEventListener('DOMContentLoaded', () => {
    $('decide-form').addEventListener('submit', ask);
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const token = $('token').value.trim();
      if (!/^[\x21-\x7e]+$/.test(token)) {
        status('A token is made of visible ASCII characters, without spaces.');
        return;
      }
      state.token = token;
      sessionStorage.setItem(TOKEN_KEY, state.token);
      load();
    });
    $('forget-token').addEventListener('click', () => {
      state.token = '';
      sessionStorage.removeItem(TOKEN_KEY);
      $('token').value = '';
      showTokenForm('');
    });
    setInterval(watch, STATUS_EVERY_MS);
    load();
  });
})();
