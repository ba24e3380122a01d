// Practice page: Run says it is judging; the solution lock counts down. (The editor's
// keys, Tab among them, are editor.js's.)
(function () {
  // Run: judging plus timing against the reference takes a few seconds; say so, and keep
  // a second click from sending the code twice.
  var runForm = document.getElementById("run-form");
  if (runForm) {
    var sent = false;
    runForm.addEventListener("submit", function (event) {
      if (sent) { event.preventDefault(); return; }
      sent = true;
      var note = document.createElement("p");
      note.className = "hint";
      note.setAttribute("role", "status");
      note.textContent = "Judging your code, then timing it against the reference: a few seconds.";
      runForm.appendChild(note);
    });
    // Back to this page from the browser's cache: the form has not been sent from here.
    window.addEventListener("pageshow", function (event) {
      if (!event.persisted) return;
      sent = false;
      var stale = runForm.querySelector("p[role=status]");
      if (stale) stale.remove();
    });
  }
  var lock = document.getElementById("lock");
  if (lock) {
    var left = parseInt(lock.getAttribute("data-seconds"), 10) || 0;
    var tick = function () {
      if (left <= 0) { lock.textContent = "now: reload the page"; return; }
      lock.textContent = Math.floor(left / 60) + " min " + (left % 60) + " s";
      left -= 1;
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
