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
