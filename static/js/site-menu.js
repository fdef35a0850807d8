/* The header's menu on a narrow screen: folded behind a "Menu" button.
 * Without JavaScript the button stays hidden and the menu stays open. */
(function () {
  "use strict";
  var button = document.querySelector(".site-menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!button || !menu) {
    return;
  }
  button.hidden = false;
  menu.setAttribute("data-folded", "");
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    if (open) {
      menu.setAttribute("data-folded", "");
    } else {
      menu.removeAttribute("data-folded");
    }
  });
})();
