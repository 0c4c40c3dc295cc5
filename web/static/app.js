// stelsel: keyboard shortcuts and drafts for the review workbench. Loaded as a file (no
// inline script: the Content-Security-Policy forbids it). Everything also works without it.
//   j / k  next / previous registration (in the queue: move the selection; on a
//          registration page: go to the next / previous one in the filtered queue)
//   Enter  open the selected registration (queue)
//   d      jump to the decision form
//   1-4    choose the kind of decision (the focus goes to its first field)
//   s      save the decision
//   ?      show the shortcuts
// Single-key shortcuts can be switched off (WCAG 2.1.4); they never act while typing.
// The decision form's entry is kept as a draft in this tab (sessionStorage) until it is
// saved, so an expired login or a refused save never throws typed text away.
(function () {
  "use strict";
  function typing(e) {
    var t = e.target;
    if (!t) return false;
    if (t.tagName === "INPUT") return !/^(radio|checkbox|button|submit)$/.test(t.type);
    return t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName);
  }
  // Only the fields that apply to the chosen kind are shown (and sent).
  function showFields(f) {
    var k = f.querySelector("input[name=soort]:checked");
    var kind = k ? k.value : "";
    Array.prototype.forEach.call(f.querySelectorAll("[data-soorten]"), function (el) {
      var on = kind === "" ? false : el.getAttribute("data-soorten").split(" ").indexOf(kind) >= 0;
      el.hidden = !on;
      Array.prototype.forEach.call(el.querySelectorAll("input, select, textarea"), function (i) { i.disabled = !on; });
    });
  }
  function chooseKind(f, n) {
    var r = f.querySelector("input[name=soort][data-toets='" + n + "']");
    if (!r) return false;
    if (!r.checked) r.click();
    showFields(f);
    var block = f.querySelector("[data-soorten]:not([hidden])");
    var first = block && block.querySelector("input:checked, input, select, textarea");
    (first || r).focus();
    return true;
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr[data-href]")); }
  function select(list, i) {
    list.forEach(function (r) { r.classList.remove("gekozen"); r.removeAttribute("aria-selected"); });
    if (list[i]) {
      list[i].classList.add("gekozen");
      list[i].setAttribute("aria-selected", "true");
      list[i].scrollIntoView({ block: "nearest" });
      var live = document.getElementById("selectie");
      var link = list[i].querySelector("a");
      if (live && link) live.textContent = "Gekozen: registratie " + link.textContent + " (" + (i + 1) + " van " + list.length + ")";
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
  function shortcutsOn() {
    try { return window.localStorage.getItem("stelsel-sneltoetsen") !== "uit"; } catch (e) { return true; }
  }

  // Drafts of the decision form, per registration, in this tab only.
  function draftKey(f) { return "stelsel-concept:" + f.getAttribute("data-concept"); }
  function saveDraft(f) {
    var data = { basis: f.getAttribute("data-basis"), fields: [] };
    Array.prototype.forEach.call(f.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      if (el.type === "checkbox" || el.type === "radio") { if (el.checked) data.fields.push([el.name, el.value]); }
      else if (el.value !== "") data.fields.push([el.name, el.value]);
    });
    try { window.sessionStorage.setItem(draftKey(f), JSON.stringify(data)); } catch (e) { /* storage full or off */ }
  }
  function restoreDraft(f) {
    var raw;
    try { raw = window.sessionStorage.getItem(draftKey(f)); } catch (e) { return; }
    if (!raw || f.querySelector(".foutsamenvatting")) return; // a refused save shows the entry itself
    var data;
    try { data = JSON.parse(raw); } catch (e) { return; }
    var has = function (name, value) { return data.fields.some(function (p) { return p[0] === name && (value === undefined || p[1] === value); }); };
    var changed = false;
    Array.prototype.forEach.call(f.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      if (el.type === "checkbox" || el.type === "radio") {
        var on = has(el.name, el.value);
        if (el.checked !== on) { el.checked = on; changed = true; }
      } else {
        var v = "";
        data.fields.forEach(function (p) { if (p[0] === el.name) v = p[1]; });
        if (el.value !== v) { el.value = v; changed = true; }
      }
    });
    if (changed) {
      var note = document.getElementById("concept-melding");
      if (note) note.hidden = false;
      f.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }
  function clearSavedDraft() {
    var saved = document.getElementById("opgeslagen");
    var n = saved && saved.getAttribute("data-nummer");
    if (n) { try { window.sessionStorage.removeItem("stelsel-concept:" + n); } catch (e) { /* ignore */ } }
  }
  function setUp() {
    clearSavedDraft();
    var f = document.getElementById("beslissing");
    if (f && !f.hasAttribute("data-klaar")) {
      f.setAttribute("data-klaar", "");
      restoreDraft(f);
      showFields(f);
      f.addEventListener("input", function () { saveDraft(f); });
      f.addEventListener("change", function (e) {
        if (e.target && e.target.name === "soort") showFields(f);
        saveDraft(f);
      });
    }
    // After a refused save, the error summary takes the focus (and is read out).
    var summary = document.getElementById("foutmelding");
    if (summary) summary.focus();
    var toggle = document.getElementById("sneltoetsen-aan");
    if (toggle && !toggle.hasAttribute("data-klaar")) {
      toggle.setAttribute("data-klaar", "");
      toggle.checked = shortcutsOn();
      toggle.addEventListener("change", function () {
        try { window.localStorage.setItem("stelsel-sneltoetsen", toggle.checked ? "aan" : "uit"); } catch (e) { /* ignore */ }
      });
    }
  }
  document.addEventListener("DOMContentLoaded", setUp);
  document.addEventListener("htmx:afterSettle", setUp);

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e) || !shortcutsOn()) return;
    var list = rows();
    switch (e.key) {
      case "j":
        if (list.length) { select(list, Math.min(current(list) + 1, list.length - 1)); }
        else if (!go("#volgende")) return;
        break;
      case "k":
        if (list.length) { select(list, Math.max(current(list) - 1, 0)); }
        else if (!go("#vorige")) return;
        break;
      case "Enter":
        var i = current(list);
        if (i >= 0) { window.location.href = list[i].getAttribute("data-href"); } else { return; }
        break;
      case "d":
        var f = document.getElementById("beslissing");
        if (!f) return;
        f.scrollIntoView({ block: "start" });
        var first = f.querySelector("input:checked:not([type=hidden]), input:not([type=hidden]), select, textarea");
        if (first) first.focus();
        break;
      case "1": case "2": case "3": case "4":
        var form = document.getElementById("beslissing");
        if (!form || !chooseKind(form, e.key)) return;
        break;
      case "s":
        var sf = document.getElementById("beslissing");
        if (!sf) return;
        if (sf.requestSubmit) sf.requestSubmit(); else sf.submit();
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
