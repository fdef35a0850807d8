/* The thread form: the good-practice fields (context, what was done, what
 * worked, …) are shown only when the kind is "Good practice". Without
 * JavaScript they are all shown, and the server asks for them only for a
 * practice thread. A field with an error stays visible whatever the kind.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-practice-fields]");
  var kind = form && form.querySelector("select[name='kind']");
  if (!kind) {
    return;
  }
  var practice = form.getAttribute("data-practice-fields");
  var blocks = [];
  form.querySelectorAll("[name^='practice_']").forEach(function (input) {
    var block = input.closest(".field");
    if (block && blocks.indexOf(block) === -1) {
      blocks.push(block);
    }
  });
  function update() {
    var shown = kind.value === practice;
    blocks.forEach(function (block) {
      block.hidden = !shown && !block.classList.contains("field--error");
    });
  }
  kind.addEventListener("change", update);
  update();
})();
