/* A visit leaves one history entry.
 *
 * The quick exit replaces the current entry (location.replace), but that
 * removes only the current one: every platform page opened before it would
 * still be in the history, and Back would show it to whoever checks the
 * phone. So, with JavaScript, moving around the site never adds an entry:
 *
 * - a link to another page of the site replaces the current entry;
 * - a form that asks with GET (search) builds its address and replaces;
 * - a form that posts is sent with fetch(); the answer (after redirects, or
 *   the page again with its errors) is written into this document, whose
 *   address is then set with history.replaceState. document.open() adds no
 *   history entry (HTML standard, since 2019).
 *
 * Anything unusual (another site, a new tab, a download, a modified click,
 * a failed request) is left to the browser. The listeners sit on window, so
 * they hear a click or submit last: a page's own script (the feedback that
 * opens under a clause) that handles the event on document or an element
 * and prevents its default keeps it. Without JavaScript the page
 * says how to leave no trace (templates/includes/quick_exit.html).
 */
(function () {
  "use strict";
  var origin = window.location.origin;

  /* Back after a quick exit. Some ways still leave a platform page in the
   * history before the exit (a typed address, a link clicked before this
   * script loaded, a browser that pushes instead of replacing when the
   * neutral site cannot load). quick-exit.js marks this tab as exited; a
   * platform page reached again by Back or Forward leaves at once, replacing
   * its own entry, before anything is painted. Opening the site anew (a
   * link, a typed address, a reload) clears the mark. */
  var EXITED = "protect-quick-exit";

  function storage() {
    try {
      return window.sessionStorage;
    } catch (error) {
      return null;
    }
  }

  function navigationType() {
    var entries = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
    return entries.length ? entries[0].type : "";
  }

  function bounceIfExited(fromHistory) {
    var store = storage();
    if (!store || store.getItem(EXITED) !== "1") {
      return;
    }
    if (!fromHistory) {
      store.removeItem(EXITED);
      return;
    }
    var destination = document.documentElement.getAttribute("data-quick-exit-url") || "about:blank";
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(destination);
  }

  bounceIfExited(navigationType() === "back_forward");
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      bounceIfExited(true);
    }
  });

  function sameSite(url) {
    return url.origin === origin && (url.protocol === "http:" || url.protocol === "https:");
  }

  function isAdmin(url) {
    return /^\/(admin|django-admin)\//.test(url.pathname);
  }

  window.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || link.hasAttribute("download") || link.hasAttribute("data-quick-exit")) {
      return;
    }
    var target = link.getAttribute("target");
    if (target && target !== "_self") {
      return;
    }
    var url = new URL(link.href, window.location.href);
    if (!sameSite(url) || isAdmin(url)) {
      return;
    }
    event.preventDefault();
    window.location.replace(url.href);
  });

  function formMethod(form, submitter) {
    var method = (submitter && submitter.getAttribute("formmethod")) || form.getAttribute("method") || "get";
    return method.toLowerCase();
  }

  function formAction(form, submitter) {
    var action = (submitter && submitter.getAttribute("formaction")) || form.getAttribute("action") || "";
    return new URL(action, window.location.href);
  }

  function formBody(form, submitter) {
    var data;
    try {
      data = new FormData(form, submitter || undefined);
    } catch (error) {
      data = new FormData(form);
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
    }
    var enctype = (form.getAttribute("enctype") || "").toLowerCase();
    return enctype === "multipart/form-data" ? data : new URLSearchParams(data);
  }

  /* The id a redirect's address pointed at, left by the server in a
   * short-lived cookie (consult/middleware.py, NoStoreMiddleware), and cleared. */
  function takeRedirectFragment() {
    var match = document.cookie.match(/(?:^|;\s*)protect_fragment=([^;]*)/);
    if (!match) {
      return "";
    }
    document.cookie = "protect_fragment=; Max-Age=0; Path=/; SameSite=Lax";
    try {
      return decodeURIComponent(match[1]).replace(/^"|"$/g, "");
    } catch (error) {
      return "";
    }
  }

  function show(html, url) {
    document.open();
    document.write(html);
    document.close();
    window.history.replaceState(null, "", url);
    // A written document gets no load-time focus or fragment scroll of its
    // own: take the reader to its error summary or confirmation, else to the
    // form's fragment.
    window.setTimeout(function () {
      if (window.protectFocusFirst) {
        window.protectFocusFirst(); // static/js/focus-on-load.js: the error summary, else the fragment, else the message
        return;
      }
      var element =
        document.querySelector(".error-summary[data-focus-on-load]") ||
        document.querySelector("[data-focus-on-load]") ||
        (window.location.hash && document.getElementById(window.location.hash.slice(1)));
      if (element) {
        element.scrollIntoView({ block: "start" });
        if (element.hasAttribute("tabindex") || element.tabIndex >= 0) {
          element.focus({ preventScroll: true });
        }
      }
    }, 0);
  }

  window.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter || null;
    if (event.defaultPrevented || form.hasAttribute("data-keep-history")) {
      return;
    }
    var target = (submitter && submitter.getAttribute("formtarget")) || form.getAttribute("target");
    if (target && target !== "_self") {
      return;
    }
    var action = formAction(form, submitter);
    if (!sameSite(action) || isAdmin(action)) {
      return;
    }
    var method = formMethod(form, submitter);
    if (method === "get") {
      event.preventDefault();
      action.search = new URLSearchParams(new FormData(form, submitter || undefined)).toString();
      window.location.replace(action.href);
      return;
    }
    if (method !== "post" || !window.fetch) {
      return;
    }
    event.preventDefault();
    if (form.getAttribute("data-sending") === "true") {
      return; // a second click while the first is on its way
    }
    form.setAttribute("data-sending", "true");
    window
      .fetch(action.href, {
        method: "POST",
        body: formBody(form, submitter),
        credentials: "same-origin",
        redirect: "follow",
      })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("text/html") !== 0) {
          // A file or an API answer: let the browser load it as usual.
          window.location.replace(response.url);
          return null;
        }
        return response.text().then(function (html) {
          // fetch() drops fragments: keep the form's own (#request-ambassador)
          // when the answer is the page the form was sent to.
          var url = new URL(response.url);
          var redirected = takeRedirectFragment();
          if (redirected) {
            url.hash = redirected; // the place a redirect pointed at (#post-12), which fetch() drops
          } else if (action.hash && url.pathname === action.pathname) {
            url.hash = action.hash;
          }
          show(html, url.href);
        });
      })
      .catch(function () {
        form.removeAttribute("data-sending");
        form.setAttribute("data-keep-history", "");
        HTMLFormElement.prototype.submit.call(form);
      });
  });
})();
