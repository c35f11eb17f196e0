/*
 * ssr-workflow's Tasklist configuration (the Camunda docs' "app/tasklist/scripts/config.js"), served by
 * WebappBrandingController with the token ${ssr.installation-name} replaced by the installation's name (ssr.installation-name,
 * docs/operations.md). Options not set here keep Tasklist's defaults.
 */
export default {
  // header and page title: "<installation> Tasklist"
  app: {
    vendor: '${ssr.installation-name}',
    name: 'Tasklist'
  },
  // the person's language: the browser's first language if it is one of ours (the token becomes e.g. ['en', 'fr', 'pt'],
  // one per i18n/glossary_<lang>.properties), else English. Our translations are app/<app>/locales/fr.json and pt.json;
  // our own words (plugins, embedded forms, glossary) come from i18n/*.properties (docs/languages.md)
  locales: {
    availableLocales: ['${ssr.languages}'],
    fallbackLocale: 'en'
  },
  // Tasklist's keyboard shortcuts exist only when configured: the same keys as a stock installation
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  },
  // Camunda Forms with a dynamic list can be completed (app/tasklist/ssr/dynamic-list-validity.js says why)
  customScripts: [
    'ssr/dynamic-list-validity'
  ],
  // no "Welcome to Camunda" box pointing at a welcome page this application does not have
  disableWelcomeMessage: true
};
