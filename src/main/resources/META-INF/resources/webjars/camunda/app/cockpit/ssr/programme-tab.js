/*
 * ssr-workflow Cockpit plugin: the "Programme" tab of a process-instance page
 * (plugin point cockpit.processInstance.runtime.tab). On an ssr-programme instance (or a review or risk it called) it
 * shows the twelve-step status, the open oversight reviews, the programme's decision record with whether its hash
 * chain is intact (the application's append-only record, not the decisionLog variable), the open risks,
 * implementation progress per institution and indicator, and the local platforms per region
 * (GET /api/programmes/by-instance/{id}). Registered by scripts/config.js (customScripts 'ssr/programme-tab').
 */
import {apiBase, getJson, el, when, day, money, message, table, cell, stepName, stepState, STEP_LOOK} from './common.js';
import {t, term, programmeTerm, LANGUAGE} from './i18n.js';

function headers(keys) {
  return keys.map(function (key) { return t('column.' + key); });
}

function heading(text) {
  return el('h4', {style: 'margin:14px 0 4px;'}, [text]);
}

function stepsTable(steps) {
  var list = table(headers(['step', 'title', 'status', 'started', 'ended', 'detail']));
  steps.forEach(function (step) {
    var look = STEP_LOOK[step.state] || STEP_LOOK.NOT_STARTED;
    var detail = [step.justification, (step.activeTasks || []).join('; '), step.note]
      .filter(function (x) { return x; }).join(' \u2014 ');
    list.body.appendChild(el('tr', {'class': 'ssr-step-row', 'data-step': step.number, 'data-state': step.state}, [
      cell(step.number),
      cell(stepName(step)),
      cell([el('span', {style: 'color:' + look.color + ';font-weight:bold;'}, [look.symbol + ' ' + stepState(step)])]),
      cell(when(step.startedAt)),
      cell(when(step.endedAt)),
      cell(detail)
    ]));
  });
  return list.table;
}

function reviewsTable(reviews) {
  var list = table(headers(['review', 'subject', 'version', 'deadline', 'daysOverdue', 'waitingFor']));
  reviews.forEach(function (r) {
    list.body.appendChild(el('tr', {'class': 'ssr-review-row'}, [
      cell(term('review.kind.', r.kind)), cell(r.subject), cell(r.version), cell(day(r.dueAt)),
      cell(r.daysOverdue, r.overdue ? 'color:#b71c1c;font-weight:bold;' : ''),
      cell((r.waitingFor || []).join(', '))
    ]));
  });
  return list.table;
}

var NEGATIVE = ['returned', 'rejected', 'dissent', 'endProgramme', 'holdTransformation'];

function decisionsTable(decisions, chain) {
  var list = table(headers(['no', 'decidedAt', 'kind', 'subject', 'party', 'decidedBy', 'decision', 'reasons']));
  decisions.forEach(function (d) {
    var broken = chain && !chain.intact && chain.brokenAt === d.sequence;
    list.body.appendChild(el('tr', {'class': 'ssr-decision-row', 'data-sequence': d.sequence,
      style: broken ? 'background:#ffebee;' : ''}, [
      cell(d.sequence, broken ? 'color:#b71c1c;font-weight:bold;' : ''), cell(when(d.occurredAt)),
      cell(term('decisionKind.', d.kind)), cell(d.subject), cell(term('role.', d.party)), cell(d.actor),
      cell(term('decision.', d.outcome), NEGATIVE.indexOf(d.outcome) >= 0 ? 'color:#b71c1c;' : ''), cell(d.reason)
    ]));
  });
  return list.table;
}

/** Whether the record's hash chain is intact, or the entry where it breaks. */
function chainStatus(chain) {
  if (!chain) {
    return el('span', {});
  }
  return chain.intact
    ? el('p', {'class': 'ssr-decision-chain', 'data-intact': 'true', style: 'margin:0 0 4px;color:#2e7d32;'},
      ['\u2714 ' + t('tab.chainIntact',
        {hash: chain.headHash ? chain.headHash.substring(0, 12) + '\u2026' : '\u2014'})])
    : el('p', {'class': 'ssr-decision-chain', 'data-intact': 'false',
      style: 'margin:0 0 4px;color:#b71c1c;font-weight:bold;'},
      ['\u2716 ' + t('tab.chainBroken', {entry: chain.brokenAt, problem: chain.problem})]);
}

function risksTable(risks) {
  var list = table(headers(['risk', 'title', 'level', 'status', 'owner', 'reported']));
  risks.forEach(function (r) {
    list.body.appendChild(el('tr', {'class': 'ssr-risk-row'}, [
      cell(r.riskId), cell(r.title), cell(r.level ? term('risk.level.', r.level) : t('risks.notRated')), cell(r.statusLabel), cell(r.owner),
      cell(when(r.reportedAt))
    ]));
  });
  return list.table;
}

function quarters(byQuarter) {
  return Object.keys(byQuarter || {}).sort().map(function (q) { return q + ': ' + byQuarter[q]; }).join(', ');
}

function platformsTable(platforms) {
  var list = table(headers(['region', 'reportsFiled', 'lastMeeting', 'openFollowUps', 'overdueFollowUps',
    'oldestOpenDays', 'answeredFollowUps', 'concernsByQuarter', 'concernsAsRisks']));
  platforms.forEach(function (r) {
    list.body.appendChild(el('tr', {'class': 'ssr-platform-row', 'data-region': r.region}, [
      cell(r.region), cell(r.reportsFiled, r.reportsFiled ? '' : 'color:#b71c1c;'), cell(day(r.lastMeeting)),
      cell(r.openFollowUps), cell(r.overdueFollowUps, r.overdueFollowUps ? 'color:#b71c1c;font-weight:bold;' : ''),
      cell(r.openFollowUps ? r.oldestOpenFollowUpDays : ''), cell(r.answeredFollowUps),
      cell(quarters(r.concernsByQuarter)), cell(r.concernsAsRisks)
    ]));
  });
  return list.table;
}

/** An institution by its agency's name in the glossary (police: role.agencyPolice), else its id. */
function institutionName(id) {
  return id ? term('role.agency', id.charAt(0).toUpperCase() + id.slice(1), id) : '';
}

function implementationTables(implementation) {
  var owners = table(headers(['institution', 'actions', 'onTrack', 'delayed', 'blocked', 'done', 'notReported',
    'lastReportedYear']));
  (implementation.institutions || []).forEach(function (i) {
    var by = i.byStatus || {};
    owners.body.appendChild(el('tr', {'class': 'ssr-implementation-row', 'data-institution': i.institution}, [
      cell(institutionName(i.institution)), cell(i.actions), cell(by.onTrack || 0),
      cell(by.delayed || 0, by.delayed ? 'color:#b45309;' : ''), cell(by.blocked || 0, by.blocked ? 'color:#b71c1c;font-weight:bold;' : ''),
      cell(by.done || 0), cell(by.notReported || 0), cell(i.lastReportedYear)
    ]));
  });
  var measures = table(headers(['action', 'indicator', 'unit', 'baseline', 'year', 'target', 'value', 'progress']));
  (implementation.indicators || []).forEach(function (i) {
    measures.body.appendChild(el('tr', {'class': 'ssr-indicator-row'}, [
      cell(i.actionId), cell(i.indicator), cell(i.unit), cell(i.baseline), cell(i.year), cell(i.target),
      cell(i.value), cell(i.progress === null || i.progress === undefined ? '' : i.progress + ' %')
    ]));
  });
  return [owners.table, measures.table];
}

/** A language code ("fr") by its name in the reader's language ("français"), the code itself if the browser cannot. */
function languageName(code) {
  try {
    return new Intl.DisplayNames([LANGUAGE], {type: 'language'}).of(code) || code;
  } catch (e) {
    return code;
  }
}

function show(container, details) {
  var p = details.programme;
  container.appendChild(el('h3', {style: 'margin-bottom:2px;'}, [
    t('tab.heading', {code: p.code || ''}) + (p.name ? ' \u2014 ' + p.name : '')]));
  container.appendChild(el('p', {style: 'margin:0 0 6px;'}, [
    [p.country, programmeTerm(p.term), term('programme.state.', p.state, p.stateLabel)].filter(function (x) { return x; })
      .join(' \u00B7 ')
      + (details.setUp && details.setUp.language
        ? ' \u00B7 ' + t('tab.language', {language: languageName(details.setUp.language)}) : '')
      + (p.transformationOnHold ? ' \u00B7 ' + t('tab.onHold') : '')
      + (p.plan ? ' \u00B7 ' + t('tab.plan', {version: p.plan.version, amount: money(p.plan.fundingGap)}) : ''),
    ' \u2014 ',
    el('a', {href: apiBase() + '/programmes/' + encodeURIComponent(p.code) + '/report.xlsx', download: true,
      'class': 'ssr-report-link'}, [t('tab.report')])
  ]));
  container.appendChild(heading(t('tab.steps')));
  container.appendChild(stepsTable(p.steps || []));
  var open = p.openReviews || [];
  container.appendChild(heading(t('tab.openReviews', {count: open.length})));
  container.appendChild(open.length ? reviewsTable(open) : el('p', {}, [t('tab.noneLeft')]));
  var decisions = details.decisions || [];
  container.appendChild(heading(t('tab.decisions', {count: decisions.length})));
  container.appendChild(chainStatus(details.decisionChain));
  container.appendChild(decisions.length ? decisionsTable(decisions, details.decisionChain)
    : el('p', {}, [t('tab.noDecision')]));
  var risks = (details.risks || []).filter(function (r) { return r.open; });
  container.appendChild(heading(t('tab.openRisks', {count: risks.length})));
  container.appendChild(risks.length ? risksTable(risks) : el('p', {}, [t('tab.noneLeft')]));
  var implementation = details.implementation;
  if (implementation) {
    container.appendChild(heading(t('tab.implementation', {year: implementation.cycleYear,
      reportingYear: implementation.reportingYear || '\u2014', baseline: implementation.baselineVersion})));
    implementationTables(implementation).forEach(function (node) { container.appendChild(node); });
  }
  var platforms = details.localPlatforms || [];
  if (platforms.length) {
    container.appendChild(heading(t('tab.localPlatforms', {count: platforms.length})));
    container.appendChild(platformsTable(platforms));
  }
}

export default {
  id: 'ssr-programme-tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 100,
  properties: {
    label: t('tab.programme')
  },
  render: function (node, context) {
    var processInstanceId = context && context.processInstanceId;
    var status = el('div', {'class': 'ssr-message'});
    var container = el('div', {'class': 'ssr-programme-tab', style: 'padding:6px 0;'}, [status]);
    node.appendChild(container);
    if (!processInstanceId) {
      message(status, t('tab.noInstance'));
      return;
    }
    message(status, t('tab.loading'));
    getJson('/programmes/by-instance/' + encodeURIComponent(processInstanceId)).then(function (result) {
      if (!result.ok) {
        message(status, result.message, result.status === 404 ? null : 'error');
        return;
      }
      message(status, null);
      show(container, result.body);
    });
  }
};
