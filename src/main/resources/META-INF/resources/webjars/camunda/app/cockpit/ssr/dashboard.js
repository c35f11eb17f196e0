/*
 * ssr-workflow Cockpit plugin: the "SSR programmes" table on the Cockpit dashboard (plugin point cockpit.dashboard).
 * One row per programme the user may see (GET /api/programmes): the twelve steps, open oversight reviews with days
 * overdue, open risks by level, the latest financial plan version with its funding gap, and the links to the process
 * instance and to the XLSX report. Registered by scripts/config.js (customScripts 'ssr/dashboard').
 */
import {apiBase, getJson, el, day, money, stepBadge, message, table, cell, STEP_LOOK} from './common.js';

function reviewsCell(programme) {
  var reviews = programme.openReviews || [];
  if (!reviews.length) {
    return cell('none');
  }
  var overdue = reviews.filter(function (r) { return r.overdue; });
  var text = reviews.length + ' open';
  if (overdue.length) {
    var most = Math.max.apply(null, overdue.map(function (r) { return r.daysOverdue; }));
    text += ', ' + overdue.length + ' overdue (up to ' + most + ' day' + (most === 1 ? '' : 's') + ')';
  }
  var title = reviews.map(function (r) {
    return r.kind + ' "' + r.subject + '" v' + r.version + ', due ' + day(r.dueAt)
      + (r.overdue ? ', ' + r.daysOverdue + ' day(s) overdue' : '')
      + (r.waitingFor && r.waitingFor.length ? ', waiting for ' + r.waitingFor.join(', ') : '');
  }).join('\n');
  var span = el('span', {title: title, 'class': overdue.length ? 'ssr-overdue' : null,
    style: overdue.length ? 'color:#b71c1c;font-weight:bold;' : null}, [text]);
  return cell([span]);
}

function risksCell(programme) {
  var levels = programme.openRisksByLevel || {};
  var parts = Object.keys(levels).filter(function (level) { return levels[level] > 0; })
    .map(function (level) { return level + ' ' + levels[level]; });
  var critical = (levels.critical || 0) + (levels.high || 0) > 0;
  return cell([el('span', {style: critical ? 'color:#b71c1c;font-weight:bold;' : null},
    [parts.length ? parts.join(', ') : 'none'])]);
}

function planCell(programme) {
  var plan = programme.plan;
  if (!plan) {
    return cell('no plan yet');
  }
  return cell('v' + plan.version + (plan.approved ? ' (approved)' : '') + ', gap ' + money(plan.fundingGap));
}

function row(programme) {
  var running = programme.state === 'RUNNING';
  var code = running
    ? el('a', {href: '#/process-instance/' + encodeURIComponent(programme.processInstanceId) + '/runtime',
      title: 'Open the process instance'}, [programme.code || programme.processInstanceId])
    : el('span', {}, [programme.code || programme.processInstanceId]);
  var report = el('a', {href: apiBase() + '/programmes/' + encodeURIComponent(programme.code) + '/report.xlsx',
    download: true, title: 'Steps, oversight decisions, risks, plan and pledges as XLSX'}, ['XLSX']);
  return el('tr', {'class': 'ssr-programme-row', 'data-code': programme.code}, [
    // the programme's own term: the process is named "Security Sector Reform programme" whatever the programme says
    cell([code, el('br'), el('small', {'class': 'ssr-programme-title'},
      [[programme.term, programme.name].filter(function (x) { return x; }).join(': ')])]),
    cell(programme.country),
    cell(programme.stateLabel + (programme.transformationOnHold ? ' (transformation track on hold)' : ''),
      programme.state === 'ENDED_BY_CRITICAL_RISK' ? 'color:#b71c1c;' : ''),
    cell([el('span', {style: 'white-space:nowrap;'}, (programme.steps || []).map(stepBadge))]),
    reviewsCell(programme),
    risksCell(programme),
    planCell(programme),
    cell([report])
  ]);
}

function legend() {
  var items = [['DONE', 'done'], ['ACTIVE', 'active'], ['SKIPPED', 'skipped'], ['NOT_STARTED', 'not started'],
    ['STOPPED', 'stopped']];
  return el('p', {style: 'font-size:12px;color:#616161;margin:4px 0;'}, ['Steps: '].concat(items.map(function (item) {
    var look = STEP_LOOK[item[0]];
    return el('span', {style: 'margin-right:10px;color:' + look.color + ';'}, [look.symbol + ' ' + item[1]]);
  })).concat([' \u2014 hover a step for dates, justification and what is open.']));
}

export default {
  id: 'ssr-programmes-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: function (node) {
    var status = el('div', {'class': 'ssr-message'});
    var container = el('section', {'class': 'ssr-programmes', style: 'margin:10px 0 20px;'}, [
      el('h3', {style: 'margin-bottom:4px;'}, ['SSR programmes']),
      el('p', {style: 'margin:0 0 6px;'}, [
        el('a', {href: apiBase() + '/programmes/report.xlsx', download: true, 'class': 'ssr-portfolio-export'},
          ['Export the portfolio (XLSX)']),
        ' \u2014 one row per programme, for print.'
      ]),
      status
    ]);
    node.appendChild(container);
    message(status, 'Loading the programmes\u2026');
    getJson('/programmes').then(function (result) {
      if (!result.ok) {
        message(status, result.message, 'error');
        return;
      }
      var programmes = result.body || [];
      if (!programmes.length) {
        message(status, 'No programme to show: none has been started, or you take part in none.');
        return;
      }
      message(status, null);
      var t = table(['Programme', 'Country', 'State', 'Twelve steps', 'Oversight reviews', 'Open risks',
        'Financial plan', 'Report']);
      programmes.forEach(function (programme) {
        t.body.appendChild(row(programme));
      });
      container.appendChild(legend());
      container.appendChild(t.table);
    });
  }
};
