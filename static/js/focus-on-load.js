/* Where a page answers a form, take the reader there: the error summary at
 * the top of a form with errors (the GOV.UK pattern), or the confirmation
 * where the form was. The element carries data-focus-on-load and
 * tabindex="-1"; focusing it scrolls it into view and makes screen readers
 * read it out. When the address names a fragment (a new post, feedback, the
 * review panel) and the form had no errors, the messages move just above it
 * and the reader stays there. Without JavaScript the fragment scrolls there.
 */
(function () {
  "use strict";
  // The element the address's fragment names ("#post-12" after a reply,
  // "#feedback-3" after feedback, "#review" after a refused decision), if any.
  function fragmentTarget() {
    var id = window.location.hash.slice(1);
    if (!id) {
      return null;
    }
    try {
      return document.getElementById(decodeURIComponent(id));
    } catch (error) {
      return null;
    }
  }
  function focusFirst() {
    var element = document.querySelector(".error-summary[data-focus-on-load]");
    var target = element ? null : fragmentTarget();
    if (target) {
      // The reader was sent to what they just made or were deciding: keep them
      // there. A confirmation of its own inside it (the ambassador request's)
      // is read there; else the page's messages move right above it.
      var own = target.hasAttribute("data-focus-on-load") ? target : target.querySelector("[data-focus-on-load]");
      var messages = document.querySelector(".messages[data-focus-on-load]");
      var parent = target.parentNode;
      if (own) {
        element = own;
      } else if (messages && parent && !/^(UL|OL|DL|TABLE|TBODY|THEAD|TR)$/.test(parent.nodeName)) {
        parent.insertBefore(messages, target);
        element = messages;
      } else {
        if (!target.hasAttribute("tabindex")) {
          target.setAttribute("tabindex", "-1");
        }
        element = target;
      }
    }
    element = element || document.querySelector("[data-focus-on-load]");
    if (!element) {
      return;
    }
    element.focus();
    // A field that takes the focus may show its whole section from the
    // top (the reply box, with the quote and the heading above it).
    var from = element.getAttribute("data-focus-scroll");
    var shown = (from && document.getElementById(from)) || element;
    if (shown.scrollIntoView) {
      shown.scrollIntoView({ block: "start" });
    }
  }
  window.protectFocusFirst = focusFirst; // a page written by one-history-entry.js asks again

  // A fragment a redirect pointed at is carried in a cookie for pages sent
  // with fetch() (one-history-entry.js); a page loaded as usual has it in its
  // address already, so the cookie is only cleared.
  if (document.cookie.indexOf("protect_fragment=") !== -1) {
    document.cookie = "protect_fragment=; Max-Age=0; Path=/; SameSite=Lax";
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
