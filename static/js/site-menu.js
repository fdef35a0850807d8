/* The header's menu on a narrow screen: folded behind a "Menu" button.
 * Without JavaScript the button stays hidden and the menu stays open.
 * Escape folds an open menu and gives the focus back to the button. */
(function () {
  "use strict";
  var button = document.querySelector(".site-menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!button || !menu) {
    return;
  }
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      menu.removeAttribute("data-folded");
    } else {
      menu.setAttribute("data-folded", "");
    }
  }
  button.hidden = false;
  setOpen(false);
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") {
      return;
    }
    var inside = menu.contains(document.activeElement) || document.activeElement === button;
    setOpen(false);
    if (inside) {
      button.focus();
    }
  });
})();

/* The language list (a <details> in the header, home/templatetags/site_tags.py):
 * on a wider screen it opens as a panel over the page, so Escape and a click
 * elsewhere fold it, as they would any menu; Escape gives the focus back to
 * its summary. */
(function () {
  "use strict";
  var menu = document.querySelector(".language-switcher__menu");
  if (!menu) {
    return;
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      var inside = menu.contains(document.activeElement);
      menu.open = false;
      if (inside) {
        menu.querySelector("summary").focus();
      }
    }
  });
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) {
      menu.open = false;
    }
  });
})();
