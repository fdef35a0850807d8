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
