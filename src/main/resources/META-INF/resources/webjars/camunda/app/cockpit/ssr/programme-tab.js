/*
 * ssr-workflow Cockpit plugin: the "Programme" tab of a process-instance page
 * (plugin point cockpit.processInstance.runtime.tab). On an ssr-programme instance (or a review or risk it called) it
 * shows the twelve-step status, the open oversight reviews, the decision log and the open risks
 * (GET /api/programmes/by-instance/{id}). Registered by scripts/config.js (customScripts 'ssr/programme-tab').
 */
import {apiBase, getJson, el, when, day, money, message, table, cell, STEP_LOOK} from './common.js';

function heading(text) {
  return el('h4', {style: 'margin:14px 0 4px;'}, [text]);
}

function stepsTable(steps) {
  var t = table(['Step', 'Title', 'Status', 'Started', 'Ended', 'Justification / open now / note']);
  steps.forEach(function (step) {
    var look = STEP_LOOK[step.state] || STEP_LOOK.NOT_STARTED;
    var detail = [step.justification, (step.activeTasks || []).join('; '), step.note]
      .filter(function (x) { return x; }).join(' \u2014 ');
    t.body.appendChild(el('tr', {'class': 'ssr-step-row', 'data-step': step.number, 'data-state': step.state}, [
      cell(step.number),
      cell(step.title),
      cell([el('span', {style: 'color:' + look.color + ';font-weight:bold;'}, [look.symbol + ' ' + step.stateLabel])]),
      cell(when(step.startedAt)),
      cell(when(step.endedAt)),
      cell(detail)
    ]));
  });
  return t.table;
}

function reviewsTable(reviews) {
  var t = table(['Review', 'Subject', 'Version', 'Deadline', 'Days overdue', 'Waiting for']);
  reviews.forEach(function (r) {
    t.body.appendChild(el('tr', {'class': 'ssr-review-row'}, [
      cell(r.kind), cell(r.subject), cell(r.version), cell(day(r.dueAt)),
      cell(r.daysOverdue, r.overdue ? 'color:#b71c1c;font-weight:bold;' : ''),
      cell((r.waitingFor || []).join(', '))
    ]));
  });
  return t.table;
}

function decisionsTable(decisions) {
  var t = table(['Decided at', 'Review', 'Subject', 'Version', 'Oversight body', 'Decided by', 'Decision', 'Reasons']);
  decisions.forEach(function (d) {
    t.body.appendChild(el('tr', {'class': 'ssr-decision-row'}, [
      cell(when(d.decidedAt)), cell(d.kind), cell(d.subject), cell(d.version), cell(d.group), cell(d.userId),
      cell(d.decision, d.decision === 'approved' ? 'color:#2e7d32;' : 'color:#b71c1c;'), cell(d.reasons)
    ]));
  });
  return t.table;
}

function risksTable(risks) {
  var t = table(['Risk', 'Title', 'Level', 'Status', 'Owner', 'Reported']);
  risks.forEach(function (r) {
    t.body.appendChild(el('tr', {'class': 'ssr-risk-row'}, [
      cell(r.riskId), cell(r.title), cell(r.level || 'not rated yet'), cell(r.statusLabel), cell(r.owner),
      cell(when(r.reportedAt))
    ]));
  });
  return t.table;
}

function show(container, details) {
  var p = details.programme;
  container.appendChild(el('h3', {style: 'margin-bottom:2px;'}, [
    'Programme ' + (p.code || '') + (p.name ? ' \u2014 ' + p.name : '')]));
  container.appendChild(el('p', {style: 'margin:0 0 6px;'}, [
    [p.country, p.term, p.stateLabel].filter(function (x) { return x; }).join(' \u00B7 ')
      + (p.transformationOnHold ? ' \u00B7 transformation track on hold' : '')
      + (p.plan ? ' \u00B7 financial plan v' + p.plan.version + ', funding gap ' + money(p.plan.fundingGap) : ''),
    ' \u2014 ',
    el('a', {href: apiBase() + '/programmes/' + encodeURIComponent(p.code) + '/report.xlsx', download: true,
      'class': 'ssr-report-link'}, ['Download the programme report (XLSX)'])
  ]));
  container.appendChild(heading('Twelve steps'));
  container.appendChild(stepsTable(p.steps || []));
  var open = p.openReviews || [];
  container.appendChild(heading('Open oversight reviews (' + open.length + ')'));
  container.appendChild(open.length ? reviewsTable(open) : el('p', {}, ['None.']));
  var decisions = details.decisions || [];
  container.appendChild(heading('Decision log (' + decisions.length + ')'));
  container.appendChild(decisions.length ? decisionsTable(decisions)
    : el('p', {}, ['No oversight decision recorded yet.']));
  var risks = (details.risks || []).filter(function (r) { return r.open; });
  container.appendChild(heading('Open risks (' + risks.length + ')'));
  container.appendChild(risks.length ? risksTable(risks) : el('p', {}, ['None.']));
}

export default {
  id: 'ssr-programme-tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 100,
  properties: {
    label: 'Programme'
  },
  render: function (node, context) {
    var processInstanceId = context && context.processInstanceId;
    var status = el('div', {'class': 'ssr-message'});
    var container = el('div', {'class': 'ssr-programme-tab', style: 'padding:6px 0;'}, [status]);
    node.appendChild(container);
    if (!processInstanceId) {
      message(status, 'No process instance on this page.');
      return;
    }
    message(status, 'Loading the programme\u2026');
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
