// Practice page: Tab inserts four spaces in the editor; Run says it is judging; the
// solution lock counts down.
(function () {
  var editor = document.getElementById("code");
  if (editor) {
    editor.addEventListener("keydown", function (event) {
      if (event.key !== "Tab" || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      var start = editor.selectionStart, end = editor.selectionEnd, text = editor.value;
      if (event.shiftKey) {
        var lineStart = text.lastIndexOf("\n", start - 1) + 1;
        if (text.substr(lineStart, 4) === "    ") {
          editor.value = text.slice(0, lineStart) + text.slice(lineStart + 4);
          editor.selectionStart = editor.selectionEnd = Math.max(lineStart, start - 4);
        }
        return;
      }
      editor.value = text.slice(0, start) + "    " + text.slice(end);
      editor.selectionStart = editor.selectionEnd = start + 4;
    });
  }
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
