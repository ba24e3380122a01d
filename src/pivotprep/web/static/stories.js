/* pivotprep stories: the practice countdown and the story form's mode switch. No dependencies. */
(function () {
  "use strict";

  function clock(seconds) {
    seconds = Math.max(0, Math.ceil(seconds));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  // Practice: a visible countdown that starts on the first keystroke (or after 10 s of
  // reading), turns amber then red, and submits what was typed when time is up.
  var box = document.getElementById("countdown");
  var form = document.getElementById("practice-form");
  if (box && form) {
    var total = parseInt(box.getAttribute("data-seconds"), 10) || 180;
    var face = box.querySelector(".countdown-clock");
    var fill = box.querySelector(".countdown-fill");
    var state = box.querySelector(".countdown-state");
    var answer = document.getElementById("answer");
    var taken = document.getElementById("seconds_taken");
    var started = null, timer = null, submitted = false;

    function elapsed() { return started === null ? 0 : (Date.now() - started) / 1000; }

    function tick() {
      var left = total - elapsed();
      face.textContent = clock(left);
      fill.style.width = Math.max(0, 100 * left / total) + "%";
      box.classList.toggle("warn", left <= 60 && left > 30);
      box.classList.toggle("bad", left <= 30);
      if (left <= 0 && !submitted) {
        state.textContent = "Time is up: submitting your answer.";
        submit();
      }
    }

    function start() {
      if (started !== null) { return; }
      started = Date.now();
      state.textContent = "Running. Submit when you are done.";
      timer = window.setInterval(tick, 250);
      tick();
    }

    function submit() {
      submitted = true;
      if (timer) { window.clearInterval(timer); }
      taken.value = String(Math.min(total, Math.round(elapsed())));
      form.submit();
    }

    answer.addEventListener("input", start);
    window.setTimeout(start, 10000);
    form.addEventListener("submit", function () {
      submitted = true;
      taken.value = String(Math.min(total, Math.round(elapsed())));
    });
  }

  // Story form: show either the free-text box or the four S/T/A/R boxes.
  var modes = document.querySelectorAll('.stories-form input[name="mode"]');
  function showMode() {
    var chosen = document.querySelector('.stories-form input[name="mode"]:checked');
    var fields = chosen && chosen.value === "fields";
    var text = document.querySelector(".stories-form .mode-text");
    var boxes = document.querySelector(".stories-form .mode-fields");
    if (text && boxes) { text.hidden = fields; boxes.hidden = !fields; }
  }
  for (var i = 0; i < modes.length; i++) { modes[i].addEventListener("change", showMode); }
  if (modes.length) { showMode(); }
})();
