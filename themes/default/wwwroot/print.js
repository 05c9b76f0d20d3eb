// The print view's "print now" button. Without scripts it stays hidden: the browser's own print
// command (Ctrl+P, or "Print" / "Save as PDF" in its menu) prints the same page.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
