// A search box above a long list of language checkboxes: typing hides the
// languages whose name does not contain the text. Without JavaScript the
// box stays hidden and every language shows.
(function () {
  function setUp(input) {
    var list = document.getElementById(input.dataset.languageFilter);
    if (!list) return;
    input.hidden = false;
    input.addEventListener("input", function () {
      var query = input.value.trim().toLocaleLowerCase();
      list.querySelectorAll("label").forEach(function (label) {
        var item = label.closest("div") || label;
        var matches = !query || label.textContent.toLocaleLowerCase().indexOf(query) !== -1;
        item.hidden = !matches;
      });
    });
  }
  function setUpAll() {
    document.querySelectorAll("input[data-language-filter]").forEach(function (input) {
      if (!input.dataset.ready) {
        input.dataset.ready = "1";
        setUp(input);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll);
  else setUpAll();
})();
