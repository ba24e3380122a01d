// pivotprep plan: tick a checkbox to save it at once (the Save button stays for no-JS use).
document.querySelectorAll("form.done-form").forEach(function (form) {
  var box = form.querySelector("input[type=checkbox]");
  var button = form.querySelector("button");
  if (button) { button.style.display = "none"; }
  if (box) { box.addEventListener("change", function () { form.submit(); }); }
});
