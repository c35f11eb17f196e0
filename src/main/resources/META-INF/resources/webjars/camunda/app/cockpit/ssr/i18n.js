/*
 * ssr-workflow: the language of our Cockpit plugins, the same the webapp chose. Cockpit takes the browser's first
 * language if it is one of config.js's availableLocales, else English; messages.js (served by WebappBrandingController
 * from i18n/glossary*.properties and i18n/cockpit*.properties) holds exactly those languages. docs/languages.md.
 */
import MESSAGES from './messages.js';

function pick() {
  var nav = window.navigator;
  var first = ((Array.isArray(nav.languages) && nav.languages.length ? nav.languages[0] : nav.language) || '')
    .split('-')[0].toLowerCase();
  return Object.prototype.hasOwnProperty.call(MESSAGES, first) ? first : 'en';
}

/** "en", "fr", "pt", …: the language of this page. */
export var LANGUAGE = pick();

/** The text of a key in this page's language, {name} replaced by params.name; English if a text is missing. */
export function t(key, params) {
  var text = (MESSAGES[LANGUAGE] || {})[key];
  if (text === undefined) {
    text = MESSAGES.en[key] !== undefined ? MESSAGES.en[key] : key;
  }
  Object.keys(params || {}).forEach(function (name) {
    text = text.split('{' + name + '}').join(params[name] === null || params[name] === undefined ? '' : String(params[name]));
  });
  return text;
}

/** The glossary's word for a code ("risk.level." + "high"), or the server's label when the glossary has none. */
export function term(prefix, code, fallback) {
  var key = prefix + code;
  return (MESSAGES[LANGUAGE] || {})[key] || MESSAGES.en[key] || fallback || code || '';
}

/** A programme's term ("Security Sector Transformation") in this language, when it is one of the glossary's. */
export function programmeTerm(text) {
  var keys = ['term.ssr', 'term.sst', 'term.ssr.abbreviation'];
  for (var i = 0; i < keys.length; i++) {
    if (MESSAGES.en[keys[i]] === text) {
      return t(keys[i]);
    }
  }
  return text;
}
