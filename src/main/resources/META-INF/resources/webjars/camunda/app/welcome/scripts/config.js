/*
 * ssr-workflow's configuration of the profile page ("My profile", the Camunda docs' "app/welcome/scripts/config.js"),
 * served by WebappBrandingController with the token ${ssr.installation-name} replaced by the installation's name
 * (ssr.installation-name, docs/operations.md). Options not set here keep the defaults.
 */
export default {
  // header and page title: "<installation> Welcome"
  app: {
    vendor: '${ssr.installation-name}',
    name: 'Welcome'
  },
  // the person's language: the browser's first language if it is one of ours (the token becomes e.g. ['en', 'fr', 'pt'],
  // one per i18n/glossary_<lang>.properties), else English. Our translations are app/<app>/locales/fr.json and pt.json;
  // our own words (plugins, embedded forms, glossary) come from i18n/*.properties (docs/languages.md)
  locales: {
    availableLocales: ['${ssr.languages}'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
