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
  // no "Welcome to Camunda" box pointing at a welcome page this application does not have
  disableWelcomeMessage: true
};
