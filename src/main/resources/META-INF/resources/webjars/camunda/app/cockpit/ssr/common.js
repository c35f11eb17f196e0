/*
 * ssr-workflow: helpers shared by the SSR Cockpit plugins (dashboard.js, programme-tab.js), in the page's language
 * (i18n.js).
 * They read the application's own /api with the Cockpit session (same origin, cookies sent; GETs need no CSRF token).
 * The DOM is built with textContent only: programme names and reasons are user input and never become HTML.
 */

import {t, term, LANGUAGE} from './i18n.js';

/** The application's /api beside the webapps: "/camunda" -> "/api", "/ctx/camunda" -> "/ctx/api". */
export function apiBase() {
  var base = document.querySelector('base');
  var appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/api';
}

/**
 * GET a JSON resource; resolves {ok, status, body, message, total} and never rejects (no console errors). total is
 * the X-Total-Count header of a paged list (a number), else null.
 */
export function getJson(path) {
  return fetch(apiBase() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch (notJson) {
          body = null;
        }
        var total = response.headers.get('X-Total-Count');
        return {ok: response.ok, status: response.status, body: body, message: messageFor(response.status, body),
          total: total === null || total === '' ? null : Number(total)};
      });
    })
    .catch(function () {
      return {ok: false, status: 0, body: null, message: t('error.unreachable')};
    });
}

function messageFor(status, body) {
  if (status >= 200 && status < 300) {
    return null;
  }
  if (status === 401) {
    return t('error.session');
  }
  if (status === 403) {
    return t('error.forbidden');
  }
  var detail = body && body.message ? ': ' + body.message : '.';
  if (status === 404) {
    return body && body.message ? body.message : t('error.notFound');
  }
  return t('error.http', {status: status}) + detail;
}

/** document.createElement with attributes, inline style and children (strings become text nodes). */
export function el(tag, attributes, children) {
  var node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (name) {
    var value = attributes[name];
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'style') {
      node.setAttribute('style', value);
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  (children || []).forEach(function (child) {
    if (child === null || child === undefined) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

/** "2026-03-02T09:00:00Z" -> "2026-03-02 09:00 UTC"; empty for null. */
export function when(iso) {
  if (!iso) {
    return '';
  }
  var text = String(iso);
  return text.length >= 16 ? text.substring(0, 10) + ' ' + text.substring(11, 16) + ' UTC' : text;
}

export function day(iso) {
  return iso ? String(iso).substring(0, 10) : '';
}

export function money(value) {
  if (value === null || value === undefined) {
    return '';
  }
  var number = Number(value);
  return isNaN(number) ? String(value) : number.toLocaleString(LANGUAGE, {maximumFractionDigits: 2});
}

/** How each step state looks: symbol, colour and words. */
export var STEP_LOOK = {
  DONE: {symbol: '\u2713', color: '#2e7d32', background: '#e8f5e9'},
  ACTIVE: {symbol: '\u25CF', color: '#1565c0', background: '#e3f2fd'},
  SKIPPED: {symbol: '\u2013', color: '#616161', background: '#eeeeee'},
  NOT_STARTED: {symbol: '\u00B7', color: '#9e9e9e', background: '#ffffff'},
  STOPPED: {symbol: '\u2715', color: '#c62828', background: '#ffebee'}
};

/** A step's name and state in the glossary's words. */
export function stepName(step) {
  return term('step.', step.number, step.title);
}

export function stepState(step) {
  return term('step.state.', step.state, step.stateLabel);
}

/** The hover text of a step: number, title, state, dates, justification, what is open now. */
export function stepTitle(step) {
  var parts = [t('step.hover', {number: step.number, title: stepName(step), state: stepState(step)})];
  if (step.startedAt) {
    parts.push(t('step.started', {when: when(step.startedAt)}));
  }
  if (step.endedAt) {
    parts.push(t(step.state === 'SKIPPED' ? 'step.scopedOut' : 'step.ended', {when: when(step.endedAt)}));
  }
  if (step.justification) {
    parts.push(t('step.why', {text: step.justification}));
  }
  if (step.activeTasks && step.activeTasks.length) {
    parts.push(t('step.openNow', {text: step.activeTasks.join('; ')}));
  }
  if (step.note) {
    parts.push(step.note);
  }
  return parts.join(' \u2014 ');
}

export function stepBadge(step) {
  var look = STEP_LOOK[step.state] || STEP_LOOK.NOT_STARTED;
  return el('span', {
    'class': 'ssr-step ssr-step-' + String(step.state).toLowerCase(),
    'data-step': step.number,
    'data-state': step.state,
    title: stepTitle(step),
    style: 'display:inline-block;min-width:1.7em;text-align:center;border:1px solid ' + look.color
      + ';color:' + look.color + ';background:' + look.background + ';border-radius:3px;margin:0 1px;'
      + 'font-size:11px;line-height:1.6em;'
  }, [String(step.number) + look.symbol]);
}

export function message(node, text, kind) {
  node.textContent = text || '';
  node.setAttribute('style', text ? 'padding:8px 12px;margin:8px 0;border-radius:3px;'
    + (kind === 'error' ? 'background:#ffebee;color:#b71c1c;border:1px solid #ef9a9a;'
      : 'background:#f5f5f5;color:#424242;border:1px solid #e0e0e0;') : 'display:none;');
}

export function table(headers) {
  var body = el('tbody');
  var t = el('table', {'class': 'cam-table ssr-table', style: 'width:100%;border-collapse:collapse;font-size:13px;'}, [
    el('thead', {}, [el('tr', {}, headers.map(function (h) {
      return el('th', {style: 'text-align:left;padding:4px 6px;border-bottom:2px solid #ccc;white-space:nowrap;'}, [h]);
    }))]),
    body
  ]);
  return {table: t, body: body};
}

export function cell(children, style) {
  return el('td', {style: 'padding:4px 6px;border-bottom:1px solid #eee;vertical-align:top;' + (style || '')},
    Array.isArray(children) ? children : [children === null || children === undefined ? '' : String(children)]);
}
