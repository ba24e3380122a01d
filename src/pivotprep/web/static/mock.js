/* pivotprep mock round: a countdown clock from the time left when the page was drawn.
   No dependencies; without it the page shows the time left as drawn. */
(function () {
  "use strict";
  var box = document.getElementById("mock-clock");
  if (!box) { return; }
  var left = parseInt(box.getAttribute("data-remaining"), 10) || 0;
  var face = box.querySelector(".clock-face");
  var loaded = Date.now();
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var now = left - Math.floor((Date.now() - loaded) / 1000);
    var shown = Math.abs(now);
    face.textContent = (now < 0 ? "-" : "") + Math.floor(shown / 60) + ":" + pad(shown % 60);
    box.classList.toggle("over", now < 0);
  }
  tick();
  setInterval(tick, 1000);
}());

/* The recorder: MediaRecorder to a WebM/Opus blob, posted to the server, which answers
   with the transcript and its measures (or an error message). */
(function () {
  "use strict";
  var box = document.getElementById("recorder");
  if (!box || !window.MediaRecorder || !navigator.mediaDevices) { return; }
  var start = document.getElementById("rec-start");
  var stop = document.getElementById("rec-stop");
  var state = document.getElementById("rec-state");
  var result = document.getElementById("rec-result");
  var maxMs = (parseInt(box.getAttribute("data-max"), 10) || 600) * 1000;
  var recorder = null, chunks = [], timer = null;

  function show(data) {
    result.hidden = false;
    document.getElementById("rec-text").textContent = data.text;
    var m = data.measures, list = document.getElementById("rec-measures");
    var items = [
      m.words + " words in " + m.duration.toFixed(1) + " s",
      Math.round(m.words_per_minute) + " words per minute",
      m.fillers + " filler(s), " + m.filler_rate.toFixed(1) + " per 100 words",
      "longest silence " + m.longest_silence.toFixed(1) + " s",
      "talking " + Math.round(m.talking_share * 100) + "% of the time",
      m.questions + " question(s) asked"
    ];
    list.textContent = "";
    items.forEach(function (text) {
      var li = document.createElement("li"); li.textContent = text; list.appendChild(li);
    });
  }

  function done(data) {
    if (data.error) { state.textContent = data.error; return; }
    state.textContent = "Transcribed.";
    show(data);
    if (box.getAttribute("data-round")) { window.location.reload(); }  /* the note is on the timeline */
  }

  /* On a server with a task queue the upload answers {"poll": url} at once: ask that
     address every second until the transcript (or an error) replaces the task's state. */
  function follow(url) {
    setTimeout(function () {
      fetch(url, { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (data.state) {
            state.textContent = data.state === "queued" ? "Waiting for a worker…" : "Transcribing…";
            follow(url);
            return;
          }
          done(data);
        })
        .catch(function () { state.textContent = "The transcript could not be fetched; reload the page."; });
    }, 1000);
  }

  /* The recorder is a POST form: its own fields come first (in server mode, the login's
     CSRF token, added to every form of the page), then the recording. */
  box.addEventListener("submit", function (e) { e.preventDefault(); });
  function upload(blob) {
    var form = new FormData(box);
    form.append("audio", blob, "answer.webm");
    if (box.getAttribute("data-round")) { form.append("round", box.getAttribute("data-round")); }
    state.textContent = "Transcribing…";
    fetch(box.getAttribute("action"), { method: "POST", body: form, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (data.poll) { state.textContent = "Waiting for a worker…"; follow(data.poll); return; }
        done(data);
      })
      .catch(function () { state.textContent = "The upload failed; try again."; });
  }

  start.addEventListener("click", function () {
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = function (e) { if (e.data.size) { chunks.push(e.data); } };
      recorder.onstop = function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        upload(new Blob(chunks, { type: recorder.mimeType || "audio/webm" }));
      };
      recorder.start(1000);
      start.disabled = true; stop.disabled = false;
      state.textContent = "Recording…";
      timer = setTimeout(function () { if (recorder.state === "recording") { stop.click(); } }, maxMs);
    }).catch(function () { state.textContent = "No microphone could be opened."; });
  });
  stop.addEventListener("click", function () {
    clearTimeout(timer);
    if (recorder && recorder.state === "recording") { recorder.stop(); }
    start.disabled = false; stop.disabled = true;
  });
}());
