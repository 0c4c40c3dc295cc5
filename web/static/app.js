// stelsel: keyboard shortcuts for the review workbench. Loaded as a file (no inline
// script: the Content-Security-Policy forbids it). Everything also works without it.
//   j / k  next / previous registration (in the queue: move the selection; on a
//          registration page: go to the next / previous one in the queue)
//   Enter  open the selected registration (queue)
//   d      jump to the decision form
//   ?      show the shortcuts
(function () {
  "use strict";
  function typing(e) {
    var t = e.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr[data-href]")); }
  function select(list, i) {
    list.forEach(function (r) { r.classList.remove("gekozen"); r.removeAttribute("aria-selected"); });
    if (list[i]) {
      list[i].classList.add("gekozen");
      list[i].setAttribute("aria-selected", "true");
      list[i].scrollIntoView({ block: "nearest" });
    }
  }
  function current(list) {
    for (var i = 0; i < list.length; i++) { if (list[i].classList.contains("gekozen")) return i; }
    return -1;
  }
  function go(sel) {
    var a = document.querySelector(sel);
    if (a && a.getAttribute("href")) { window.location.href = a.getAttribute("href"); return true; }
    return false;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    var list = rows();
    switch (e.key) {
      case "j":
        if (list.length) { select(list, Math.min(current(list) + 1, list.length - 1)); }
        else { go("a[rel=next]"); }
        break;
      case "k":
        if (list.length) { select(list, Math.max(current(list) - 1, 0)); }
        else { go("a[rel=prev]"); }
        break;
      case "Enter":
        var i = current(list);
        if (i >= 0) { window.location.href = list[i].getAttribute("data-href"); } else { return; }
        break;
      case "d":
        var f = document.getElementById("beslissing");
        if (!f) return;
        f.scrollIntoView({ block: "start" });
        var first = f.querySelector("input:not([type=hidden]), select, textarea");
        if (first) first.focus();
        break;
      case "?":
        var h = document.getElementById("sneltoetsen");
        if (h) h.hidden = !h.hidden;
        break;
      default:
        return;
    }
    e.preventDefault();
  });
})();
