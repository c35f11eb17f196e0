/*
 * ssr-workflow Cockpit plugin: the "SSR programmes" table on the Cockpit dashboard (plugin point cockpit.dashboard).
 * One row per programme the user may see (GET /api/programmes): the twelve steps, open oversight reviews with days
 * overdue, open risks by level, the latest financial plan version with its funding gap, the phase with the
 * implementation year and the budget execution rate, and the links to the process instance and to the XLSX report.
 * 25 programmes a page (firstResult / maxResults, the total from X-Total-Count), with the previous and next pages.
 * Registered by scripts/config.js (customScripts 'ssr/dashboard').
 */
import {apiBase, getJson, el, day, money, stepBadge, message, table, cell, STEP_LOOK} from './common.js';
import {t, term, programmeTerm} from './i18n.js';

function reviewsCell(programme) {
  var reviews = programme.openReviews || [];
  if (!reviews.length) {
    return cell(t('reviews.none'));
  }
  var overdue = reviews.filter(function (r) { return r.overdue; });
  var text = t('reviews.open', {count: reviews.length});
  if (overdue.length) {
    var most = Math.max.apply(null, overdue.map(function (r) { return r.daysOverdue; }));
    text += ', ' + t('reviews.overdue', {count: overdue.length, days: most});
  }
  var title = reviews.map(function (r) {
    return t('reviews.detail', {kind: term('review.kind.', r.kind), subject: r.subject, version: r.version, due: day(r.dueAt)})
      + (r.overdue ? ', ' + t('reviews.detailOverdue', {days: r.daysOverdue}) : '')
      + (r.waitingFor && r.waitingFor.length ? ', ' + t('reviews.detailWaiting', {groups: r.waitingFor.join(', ')}) : '');
  }).join('\n');
  var span = el('span', {title: title, 'class': overdue.length ? 'ssr-overdue' : null,
    style: overdue.length ? 'color:#b71c1c;font-weight:bold;' : null}, [text]);
  return cell([span]);
}

function risksCell(programme) {
  var levels = programme.openRisksByLevel || {};
  var parts = Object.keys(levels).filter(function (level) { return levels[level] > 0; })
    .map(function (level) { return term('risk.level.', level) + ' ' + levels[level]; });
  var critical = (levels.critical || 0) + (levels.high || 0) > 0;
  return cell([el('span', {style: critical ? 'color:#b71c1c;font-weight:bold;' : null},
    [parts.length ? parts.join(', ') : t('risks.none')])]);
}

function planCell(programme) {
  var plan = programme.plan;
  if (!plan) {
    return cell(t('plan.none'));
  }
  return cell(t('plan.version', {version: plan.version}) + (plan.approved ? ' ' + t('plan.approved') : '') + ', '
    + t('plan.gap', {amount: money(plan.fundingGap)}));
}

/* Preparation, implementation (year N, budget executed x % in year y) or closed. */
function implementationCell(programme) {
  var parts = [t('phase.' + (programme.phase || 'PREPARATION'))];
  if (programme.cycleYear !== null && programme.cycleYear !== undefined) {
    parts.push(t('implementation.year', {year: programme.cycleYear}));
  }
  if (programme.executionRate !== null && programme.executionRate !== undefined) {
    parts.push(t('implementation.rate', {rate: money(Math.round(programme.executionRate * 1000) / 10),
      year: programme.executionYear}));
  } else if (programme.phase === 'IMPLEMENTATION') {
    parts.push(t('implementation.noRate'));
  }
  var td = cell(parts.join(', '));
  td.setAttribute('class', 'ssr-implementation');
  td.setAttribute('data-phase', programme.phase || '');
  return td;
}

function row(programme) {
  var running = programme.state === 'RUNNING';
  var code = running
    ? el('a', {href: '#/process-instance/' + encodeURIComponent(programme.processInstanceId) + '/runtime',
      title: t('dashboard.openInstance')}, [programme.code || programme.processInstanceId])
    : el('span', {}, [programme.code || programme.processInstanceId]);
  var report = el('a', {href: apiBase() + '/programmes/' + encodeURIComponent(programme.code) + '/report.xlsx',
    download: true, title: t('dashboard.reportTitle')}, ['XLSX']);
  return el('tr', {'class': 'ssr-programme-row', 'data-code': programme.code}, [
    // the programme's own term: the process is named "Security Sector Reform programme" whatever the programme says
    cell([code, el('br'), el('small', {'class': 'ssr-programme-title'},
      [[programmeTerm(programme.term), programme.name].filter(function (x) { return x; }).join(': ')])]),
    cell(programme.country),
    cell(term('programme.state.', programme.state, programme.stateLabel)
      + (programme.transformationOnHold ? ' ' + t('dashboard.onHold') : ''),
      programme.state === 'ENDED_BY_CRITICAL_RISK' ? 'color:#b71c1c;' : ''),
    cell([el('span', {style: 'white-space:nowrap;'}, (programme.steps || []).map(stepBadge))]),
    reviewsCell(programme),
    risksCell(programme),
    planCell(programme),
    implementationCell(programme),
    cell([report])
  ]);
}

function legend() {
  var states = ['DONE', 'ACTIVE', 'SKIPPED', 'NOT_STARTED', 'STOPPED'];
  return el('p', {style: 'font-size:12px;color:#616161;margin:4px 0;'}, [t('dashboard.legend') + ' '].concat(states.map(function (state) {
    var look = STEP_LOOK[state];
    return el('span', {style: 'margin-right:10px;color:' + look.color + ';'}, [look.symbol + ' ' + term('step.state.', state)]);
  })).concat([' ' + t('dashboard.legendHint')]));
}

/** Programmes on one page of the dashboard: each row costs its own status, a page the same however many there are. */
var PAGE = 25;

/* "Programmes 26–50 of 200" with the previous and next pages. */
function pager(first, count, total, load) {
  var button = function (label, to, enabled, kind) {
    var b = el('button', {type: 'button', 'class': 'btn btn-default btn-xs ssr-page-' + kind,
      disabled: enabled ? null : 'disabled', style: 'margin-left:6px;'}, [label]);
    b.addEventListener('click', function () { load(to); });
    return b;
  };
  return el('p', {'class': 'ssr-pager', style: 'margin:4px 0;'}, [
    el('span', {'class': 'ssr-page-position'}, [t('dashboard.page', {from: first + 1, to: first + count, total: total})]),
    button(t('dashboard.previous'), Math.max(0, first - PAGE), first > 0, 'previous'),
    button(t('dashboard.next'), first + PAGE, first + count < total, 'next')
  ]);
}

export default {
  id: 'ssr-programmes-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: function (node) {
    var status = el('div', {'class': 'ssr-message'});
    var container = el('section', {'class': 'ssr-programmes', style: 'margin:10px 0 20px;'}, [
      el('h3', {style: 'margin-bottom:4px;'}, [t('dashboard.title')]),
      el('p', {style: 'margin:0 0 6px;'}, [
        el('a', {href: apiBase() + '/programmes/report.xlsx', download: true, 'class': 'ssr-portfolio-export'},
          [t('dashboard.export')]),
        ' ' + t('dashboard.exportHint')
      ]),
      status
    ]);
    node.appendChild(container);
    var shown = el('div', {'class': 'ssr-programmes-page'});
    container.appendChild(shown);
    var load = function (first) {
      message(status, t('list.loading'));
      getJson('/programmes?firstResult=' + first + '&maxResults=' + PAGE).then(function (result) {
        shown.textContent = '';
        if (!result.ok) {
          message(status, result.message, 'error');
          return;
        }
        var programmes = result.body || [];
        if (!programmes.length) {
          // a page past the end (programmes ended or access withdrawn since): back to the first
          if (first > 0) {
            load(0);
            return;
          }
          message(status, t('dashboard.none'));
          return;
        }
        message(status, null);
        var list = table(['column.programme', 'column.country', 'column.state', 'column.steps', 'column.reviews',
          'column.risks', 'column.plan', 'column.implementation', 'column.report'].map(function (key) { return t(key); }));
        programmes.forEach(function (programme) {
          list.body.appendChild(row(programme));
        });
        shown.appendChild(legend());
        var total = result.total === null ? programmes.length : result.total;
        if (total > PAGE || first > 0) {
          shown.appendChild(pager(first, programmes.length, total, load));
        }
        shown.appendChild(list.table);
      });
    };
    load(0);
  }
};
