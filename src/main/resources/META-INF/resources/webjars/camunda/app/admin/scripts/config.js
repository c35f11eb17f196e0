/*
 * ssr-workflow's Admin configuration (the Camunda docs' "app/admin/scripts/config.js"), served by
 * WebappBrandingController with the token ${ssr.installation-name} replaced by the installation's name (ssr.installation-name,
 * docs/operations.md). Options not set here keep Admin's defaults.
 */
export default {
  // header and page title: "<installation> Admin"
  app: {
    vendor: '${ssr.installation-name}',
    name: 'Admin'
  },
  // the person's language: the browser's first language if it is one of ours (the token becomes e.g. ['en', 'fr', 'pt'],
  // one per i18n/glossary_<lang>.properties), else English. Our translations are app/<app>/locales/fr.json and pt.json;
  // our own words (plugins, embedded forms, glossary) come from i18n/*.properties (docs/languages.md)
  locales: {
    availableLocales: ['${ssr.languages}'],
    fallbackLocale: 'en'
  },
  // no "Welcome to Camunda" box pointing at a welcome page this application does not have
  disableWelcomeMessage: true
};
