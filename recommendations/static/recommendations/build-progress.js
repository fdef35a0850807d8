// Polls the build's JSON status and updates the progress page in place;
// without JavaScript the page refreshes itself (<meta http-equiv="refresh">).
(function () {
  "use strict";
  var root = document.querySelector("[data-build-status-url]");
  if (!root) { return; }
  var url = root.getAttribute("data-build-status-url");
  var bar = root.querySelector("progress");
  var step = root.querySelector("[data-build-step]");
  var label = root.querySelector("[data-build-label]");
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (bar) { bar.value = data.progress; bar.textContent = data.progress + "%"; }
        if (step) { step.textContent = data.step; }
        if (label) { label.textContent = data.status_label; }
        if (data.finished) { window.location.reload(); } else { window.setTimeout(poll, 1500); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1500);
})();
