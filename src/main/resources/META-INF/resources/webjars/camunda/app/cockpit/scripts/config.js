/*
 * ssr-workflow's Cockpit configuration (the Camunda docs' "app/cockpit/scripts/config.js"), served by
 * WebappBrandingController with the token ${ssr.installation-name} replaced by the installation's name (ssr.installation-name,
 * docs/operations.md). Options not set here keep Cockpit's defaults.
 */
export default {
  // header and page title: "<installation> Cockpit"
  app: {
    vendor: '${ssr.installation-name}',
    name: 'Cockpit'
  },
  // the person's language: the browser's first language if it is one of ours (the token becomes e.g. ['en', 'fr', 'pt'],
  // one per i18n/glossary_<lang>.properties), else English. Our translations are app/<app>/locales/fr.json and pt.json;
  // our own words (plugins, embedded forms, glossary) come from i18n/*.properties (docs/languages.md)
  locales: {
    availableLocales: ['${ssr.languages}'],
    fallbackLocale: 'en'
  },
  // the "SSR programmes" dashboard table, the "Programme" tab of a process instance and the "Programmes" tab (term
  // and name of each running programme) of the process definition (app/cockpit/ssr/*.js, see docs/monitoring.md)
  customScripts: [
    'ssr/dashboard',
    'ssr/programme-tab',
    'ssr/programmes-tab'
  ],
  // no "Welcome to Camunda" box pointing at a welcome page this application does not have
  disableWelcomeMessage: true
};
