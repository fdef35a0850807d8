/* The "duplicate of item #" box of a decision form, only while the decision
 * it belongs to is chosen.
 *
 * Without JavaScript the box is always there, its hint saying when it
 * counts. With it, the box hides for every other decision, and its field is
 * disabled meanwhile so that a number typed before is not sent with them.
 * The decision the box belongs to comes from the field itself
 * (data-for-decision, set by the form).
 */
(function () {
  "use strict";

  function follow(input) {
    var form = input.form;
    var decision = form && form.querySelector('select[name="decision"]');
    if (!decision) {
      return;
    }
    var box = input.closest(".recs-duplicate-of, .field") || input.parentNode;
    function update() {
      var needed = decision.value === input.getAttribute("data-for-decision");
      box.hidden = !needed;
      input.disabled = !needed;
    }
    decision.addEventListener("change", update);
    update();
  }

  function start() {
    var inputs = document.querySelectorAll("input[data-for-decision]");
    for (var i = 0; i < inputs.length; i++) {
      follow(inputs[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
