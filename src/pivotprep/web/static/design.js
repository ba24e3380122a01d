/* pivotprep design worksheet: the clock, the active phase, autosave and the diagram
   preview. No dependencies. Without it the page is a plain form with a Save button. */
(function () {
  "use strict";
  var form = document.getElementById("worksheet");
  var clockBox = document.getElementById("clock");
  if (!form || !clockBox) { return; }

  var started = parseInt(clockBox.getAttribute("data-started"), 10) || Date.now();
  var total = parseInt(clockBox.getAttribute("data-total"), 10) || 2700;
  var face = clockBox.querySelector(".clock-face");
  var suggested = document.getElementById("suggested");
  var state = document.getElementById("save-state");
  var active = document.getElementById("active_phase");
  var sections = form.querySelectorAll("section.phase");
  var diagramError = document.getElementById("diagram-error");
  var diagramImg = document.getElementById("diagram-img");
  var dirty = false, saving = false, lastSent = 0;
  var PERIOD = 20000;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function tick() {
    var elapsed = Math.max(0, (Date.now() - started) / 1000);
    face.textContent = Math.floor(elapsed / 60) + ":" + pad(Math.floor(elapsed % 60));
    clockBox.classList.toggle("over", elapsed > total);
    var minute = elapsed / 60;
    for (var i = 0; i < sections.length; i++) {
      var s = sections[i];
      var from = parseFloat(s.getAttribute("data-starts"));
      var len = parseFloat(s.getAttribute("data-minutes"));
      var inside = minute >= from && minute < from + len;
      if (inside || (i === sections.length - 1 && minute >= from + len)) {
        suggested.textContent = s.querySelector("h2 label").textContent;
      }
      s.classList.toggle("late", minute >= from + len && s.getAttribute("data-phase") === active.value);
    }
  }

  function setActive(phase) {
    active.value = phase;
    for (var i = 0; i < sections.length; i++) {
      sections[i].classList.toggle("active", sections[i].getAttribute("data-phase") === phase);
    }
  }

  function showProblems(problems) {
    var names = Object.keys(problems || {});
    if (!names.length) { return; }
    state.textContent = "Not all saved: " + problems[names[0]];
  }

  function refreshDiagram(error, version) {
    if (!diagramError) { return; }
    diagramError.hidden = !error;
    diagramError.textContent = error || "";
    var box = document.getElementById("diagram");
    if (!error && box && box.value.trim() && diagramImg) {
      diagramImg.src = form.getAttribute("data-svg") + "?v=" + version;
      diagramImg.hidden = false;
    }
  }

  function spent(map) {
    for (var phase in map) {
      var el = document.getElementById("spent_" + phase);
      if (el) { el.textContent = map[phase] + " min spent"; }
    }
  }

  function save() {
    if (saving) { return; }
    saving = true;
    var body = new FormData(form);
    var wasDirty = dirty;
    dirty = false;
    lastSent = Date.now();
    fetch(form.getAttribute("data-save"), {
      method: "POST", body: body, headers: { "X-Autosave": "1" }, credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (data) { return [response, data]; });
    }).then(function (pair) {
      var data = pair[1];
      var time = new Date(data.saved_at);
      state.textContent = "Saved at " + pad(time.getHours()) + ":" + pad(time.getMinutes()) + ":" + pad(time.getSeconds());
      showProblems(data.problems);
      if (data.problems && Object.keys(data.problems).length) { dirty = true; }
      refreshDiagram(data.diagram_error, data.saves);
      spent(data.spent || {});
    }).catch(function () {
      dirty = dirty || wasDirty;
      state.textContent = "Not saved (no connection?): your text is still here and will be sent again.";
    }).then(function () { saving = false; });
  }

  form.addEventListener("input", function () { dirty = true; state.textContent = "Editing…"; });
  form.addEventListener("focusin", function (event) {
    var section = event.target.closest ? event.target.closest("section.phase") : null;
    if (section) { setActive(section.getAttribute("data-phase")); }
  });
  form.addEventListener("focusout", function () { if (dirty) { save(); } });
  window.setInterval(function () {
    tick();
    if (dirty || Date.now() - lastSent > PERIOD) { save(); }
  }, PERIOD / 4);
  window.setInterval(tick, 1000);
  window.addEventListener("beforeunload", function () {
    if (dirty && navigator.sendBeacon) { navigator.sendBeacon(form.getAttribute("data-save"), new FormData(form)); }
  });
  setActive(active.value);
  tick();
})();
