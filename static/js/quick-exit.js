/* Quick exit: leave the site at once, without leaving this page in history.
 *
 * The control is a plain link, so it works without JavaScript. With
 * JavaScript, a click or pressing Shift three times within a second hides the
 * page and replaces the current history entry (location.replace), so Back
 * does not return here; the server sends Cache-Control: no-store as well.
 * Shift, not Esc: Esc also stops page loads and closes dialogs, so a person
 * pressing it for those reasons would be thrown off the site, and a page
 * still loading could swallow the key (the reasoning GOV.UK published for
 * its exit-this-page component).
 */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var destination = link.getAttribute("href");

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    try {
      // Read by one-history-entry.js: a platform page reached by Back leaves again.
      window.sessionStorage.setItem("protect-quick-exit", "1");
    } catch (error) {
      // Storage refused (a private window's quota): the exit itself still works.
    }
    window.location.replace(destination);
  }

  link.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      presses = 0;
    }, 1000);
    if (presses >= 3) {
      leave();
    }
  });
})();
