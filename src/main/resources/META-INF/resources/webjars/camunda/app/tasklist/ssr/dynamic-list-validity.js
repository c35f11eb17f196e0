/*
 * Lets a person complete a Camunda Form with a dynamic list (the transformation strategy's actions, donors' pledges)
 * in Tasklist 7.24.
 *
 * Why: when a field inside a dynamic list changes, the bundled form-js records its (absent) error under the field id
 * and the row index and then deletes only the row entry, leaving `errors = { Field_x: [] }`. Tasklist counts the keys
 * of `errors` on every change (`Object.keys(e.errors).length`) and so keeps "Complete" disabled for good, although
 * the form shows no error. form-js's own full validation (run by Tasklist on Complete) builds its errors afresh and
 * has no such leftovers.
 *
 * What: whenever Tasklist is told a Camunda Form is invalid, look again once form-js has rendered: if the form shows
 * no error message, tell Tasklist it is valid; a form that opens prefilled is looked at once it has rendered. A real error stays visible and keeps Complete disabled, and Complete
 * still runs form-js's full validation before anything is submitted. Loaded as a custom script by
 * app/tasklist/scripts/config.js; it exports no plugin.
 */
const WRAPPED = '__ssrDynamicListValidity';

function showsAnError(form) {
  return form.querySelector('.fjs-form-field-error') !== null;
}

function watch(target) {
  const form = target && target.closest ? target.closest('.fjs-container') : null;
  const angular = window.angular;
  if (!form || !angular) {
    return;
  }
  const controller = angular.element(form).controller('camTasklistForm');
  if (!controller || controller[WRAPPED]) {
    return;
  }
  const notify = controller.notifyFormValidated;
  controller.notifyFormValidated = function (invalid) {
    notify.call(controller, invalid);
    if (invalid) {
      // form-js renders the new errors after it has emitted "changed"
      window.setTimeout(() => {
        if (form.isConnected && !showsAnError(form)) {
          notify.call(controller, false);
        }
      }, 50);
    }
  };
  controller[WRAPPED] = true;
}

// a person focuses or clicks a form field before changing it: that is when the form's controller is wrapped; typing
// counts too (keys sent to a field of a page without focus, as a headless browser does, fire no focusin)
['focusin', 'pointerdown', 'keydown', 'input'].forEach((type) =>
  document.addEventListener(type, (event) => watch(event.target), true));

// a form that opens prefilled (the oversight charter in force, a list the listener filled) was already reported
// invalid while it rendered, before anyone touched it: once it is rendered, wrap it and look again, so Complete is
// enabled when the form shows no error (Complete still runs form-js's full validation)
function checkWhenRendered(container) {
  window.setTimeout(() => {
    const field = container.querySelector('.fjs-form-field');
    const angular = window.angular;
    if (!field || !angular || !container.isConnected) {
      return;
    }
    watch(field);
    const controller = angular.element(container).controller('camTasklistForm');
    if (controller && controller.notifyFormValidated && !showsAnError(container)) {
      controller.notifyFormValidated(false);
    }
  }, 300);
}

new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {
  if (node.nodeType !== 1) {
    return;
  }
  const containers = node.matches('.fjs-container') ? [node] : Array.from(node.querySelectorAll('.fjs-container'));
  containers.forEach(checkWhenRendered);
}))).observe(document.documentElement, {childList: true, subtree: true});

export default [];
