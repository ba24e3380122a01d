// Behaviour shared by every page, kept out of the HTML so the Content-Security-Policy
// can forbid inline script: confirm before destructive forms, submit on choice, go back.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener("change", (event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && field.hasAttribute("data-autosubmit") && field.form) {
    field.form.submit();
  }
});
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[data-back]") : null;
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
// A table or a block of code too big for the screen scrolls inside its own box (the page
// never scrolls sideways): while it does, the box takes keyboard focus, so the arrow keys
// can scroll it, and is announced as a named region. Boxes hidden from assistive
// technology (the editor's coloured copy behind its textarea) are left alone.
function scrolls(box) {
  const style = getComputedStyle(box);
  const can = (overflow) => overflow === "auto" || overflow === "scroll";
  return (can(style.overflowX) && box.scrollWidth > box.clientWidth + 1) ||
    (can(style.overflowY) && box.scrollHeight > box.clientHeight + 1);
}
function markScrollingBoxes() {
  for (const box of document.querySelectorAll(".table-scroll, pre")) {
    if (box.closest("[aria-hidden='true']")) {
      continue;
    }
    if (scrolls(box)) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", box.matches("pre") ? "Code, scrollable" : "Table, scrollable");
    } else if (box.hasAttribute("tabindex") && box.getAttribute("role") === "region") {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
    }
  }
}
document.addEventListener("DOMContentLoaded", markScrollingBoxes);
window.addEventListener("resize", markScrollingBoxes);
