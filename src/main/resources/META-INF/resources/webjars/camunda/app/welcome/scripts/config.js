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
  disableWelcomeMessage: true
};
