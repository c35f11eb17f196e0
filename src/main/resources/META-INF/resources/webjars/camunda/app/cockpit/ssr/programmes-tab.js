/*
 * ssr-workflow Cockpit plugin: the "Programmes" tab of a process-definition page
 * (plugin point cockpit.processDefinition.runtime.tab). The stock instance list shows each programme only by its
 * business key (the code) under the process name "Security Sector Reform programme"; this tab lists the running
 * programmes of this definition version with their own term and name. Registered by scripts/config.js
 * (customScripts 'ssr/programmes-tab').
 */
import {getJson, el, message, table, cell} from './common.js';
import {t, term, programmeTerm} from './i18n.js';

/** The ids of the running instances of a definition, from the webapps' engine API (the Cockpit session). */
function runningInstanceIds(processDefinitionId) {
  var base = document.querySelector('base');
  var appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  var engine = (/\/app\/cockpit\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
  var url = appRoot + '/api/engine/engine/' + encodeURIComponent(engine) + '/process-instance?processDefinitionId='
    + encodeURIComponent(processDefinitionId) + '&firstResult=0&maxResults=2000';
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (instances) { return instances.map(function (i) { return i.id; }); })
    .catch(function () { return []; });
}

export default {
  id: 'ssr-programmes-tab',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  // after Cockpit's own Process Instances (10) and Incidents (9): the stock list stays the tab that opens first
  priority: 8,
  properties: {
    label: t('tab.programmes')
  },
  render: function (node, context) {
    var processDefinitionId = context && context.processDefinitionId;
    var status = el('div', {'class': 'ssr-message'});
    var container = el('div', {'class': 'ssr-programmes-tab', style: 'padding:6px 0;'}, [status]);
    node.appendChild(container);
    if (!processDefinitionId || String(processDefinitionId).split(':')[0] !== 'ssr-programme') {
      message(status, t('list.wrongProcess'));
      return;
    }
    message(status, t('list.loading'));
    var ofThisVersion = getJson('/programmes?processDefinitionId=' + encodeURIComponent(processDefinitionId));
    Promise.all([runningInstanceIds(processDefinitionId), ofThisVersion]).then(function (results) {
      var ids = results[0];
      var programmes = results[1];
      if (!programmes.ok) {
        message(status, programmes.message, 'error');
        return;
      }
      var running = (programmes.body || []).filter(function (p) { return ids.indexOf(p.processInstanceId) >= 0; });
      if (!running.length) {
        message(status, t('list.none'));
        return;
      }
      message(status, null);
      var list = table(['programme', 'term', 'name', 'country', 'state'].map(function (key) {
        return t('column.' + key);
      }));
      running.forEach(function (p) {
        list.body.appendChild(el('tr', {'class': 'ssr-programmes-tab-row', 'data-code': p.code}, [
          cell([el('a', {href: '#/process-instance/' + encodeURIComponent(p.processInstanceId) + '/runtime'},
            [p.code || p.processInstanceId])]),
          cell(programmeTerm(p.term)), cell(p.name), cell(p.country), cell(term('programme.state.', p.state, p.stateLabel))
        ]));
      });
      container.appendChild(list.table);
    });
  }
};
