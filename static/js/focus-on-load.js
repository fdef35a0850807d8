/* Where a page answers a form, take the reader there: the error summary at
 * the top of a form with errors (the GOV.UK pattern), or the confirmation
 * where the form was. The element carries data-focus-on-load and
 * tabindex="-1"; focusing it scrolls it into view and makes screen readers
 * read it out. Without JavaScript the address's fragment scrolls there.
 */
(function () {
  "use strict";
  function focusFirst() {
    var element =
      document.querySelector(".error-summary[data-focus-on-load]") || document.querySelector("[data-focus-on-load]");
    if (!element) {
      return;
    }
    element.focus();
    if (element.scrollIntoView) {
      element.scrollIntoView({ block: "start" });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusFirst);
  } else {
    focusFirst();
  }

  // A link of the error summary moves to its field: focus the input itself,
  // not only the scroll position, so the reader can type at once.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".error-summary a[href^='#']") : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var label = document.querySelector("label[for='" + field.id + "']");
    (label || field).scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  });
})();
