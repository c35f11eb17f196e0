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
