/* Feedback under each clause of a version, without leaving the page.
 *
 * Without JavaScript, a clause's "feedback" link opens the clause's own page,
 * with everyone's feedback and the form. With it, the link becomes a toggle:
 * the same feedback and form (the clause page's ?inline=1 fragment, rendered
 * and escaped by the server) open under the clause, and the form is sent in
 * the background; the answer (thanks, or the form with its errors) replaces
 * the fragment. Anything unexpected falls back to the plain page.
 */
(function () {
  "use strict";
  var FRAGMENT = "data-clause-feedback";

  function inlineUrl(url) {
    var u = new URL(url, window.location.href);
    u.searchParams.set("inline", "1");
    return u.toString();
  }

  function isFragment(text) {
    return text.indexOf(FRAGMENT) !== -1 && text.indexOf("<html") === -1;
  }

  function show(region, html, focusSelector) {
    region.innerHTML = html;
    region.hidden = false;
    var target = region.querySelector(focusSelector) || region.querySelector("h2");
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
  }

  function load(link, region) {
    link.setAttribute("aria-busy", "true");
    return fetch(inlineUrl(link.href), { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok || !isFragment(text)) {
            throw new Error("not a fragment");
          }
          show(region, text, "h2");
          link.setAttribute("aria-expanded", "true");
        });
      })
      .catch(function () {
        window.location.assign(link.href);
      })
      .finally(function () {
        link.removeAttribute("aria-busy");
      });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-inline-feedback]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    var region = document.getElementById(link.getAttribute("data-inline-feedback"));
    if (!region) {
      return;
    }
    event.preventDefault();
    if (!region.hidden) {
      region.hidden = true;
      link.setAttribute("aria-expanded", "false");
      return;
    }
    load(link, region);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-inline-feedback-form]")) {
      return;
    }
    var region = form.closest(".recs-inline-feedback");
    if (!region) {
      return; // the clause page: a plain form
    }
    event.preventDefault();
    var button = form.querySelector("[type=submit]");
    if (button) {
      button.disabled = true;
    }
    fetch(inlineUrl(form.action), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "text/html" },
    })
      .then(function (response) {
        return response.text().then(function (text) {
          if (!isFragment(text)) {
            throw new Error("not a fragment");
          }
          show(region, text, ".messages, .errorlist, [role=alert]");
          // The clause's link counts the feedback again (the server's words).
          var fragment = region.querySelector("[data-link-text]");
          var link = document.querySelector('a[aria-controls="' + region.id + '"]');
          if (fragment && link) {
            link.textContent = fragment.getAttribute("data-link-text");
          }
        });
      })
      .catch(function () {
        // Keep what was typed; say so, and offer the plain page.
        if (button) {
          button.disabled = false;
        }
        var failed = region.querySelector("[data-send-failed]");
        if (failed) {
          failed.hidden = false;
          failed.focus();
        }
      });
  });

  document.querySelectorAll("a[data-inline-feedback]").forEach(function (link) {
    link.setAttribute("aria-controls", link.getAttribute("data-inline-feedback"));
    link.setAttribute("aria-expanded", "false");
  });
})();
