// stelsel: draws the charts of the figures pages with Apache ECharts (committed under
// static/echarts, no CDN). Each chart is a <div class="grafiek" data-grafiek="{...}">
// whose JSON the server wrote; the same numbers are in the table beside it, so the
// page works without JavaScript. Loaded as a file: the Content-Security-Policy forbids
// inline script.
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var kleuren = ["#154273", "#ca005d", "#39870c", "#e17000", "#007bc7", "#673327", "#42145f", "#777c00"];
  function draw(el) {
    var d;
    try { d = JSON.parse(el.getAttribute("data-grafiek")); } catch (e) { return; }
    var marks = (d.markeringen || []).map(function (m) { return { xAxis: m }; });
    var series = (d.reeksen || []).map(function (s, i) {
      var x = { name: s.naam, type: d.soort === "lijn" ? "line" : "bar", data: s.waarden, connectNulls: false };
      if (i === 0 && marks.length) {
        x.markLine = { symbol: "none", label: { formatter: "methodebreuk" }, lineStyle: { type: "dashed", color: "#a00" }, data: marks };
      }
      return x;
    });
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      color: kleuren,
      animation: false,
      aria: { enabled: true },
      title: { text: d.titel, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: series.length > 1 ? { bottom: 0, type: "scroll" } : undefined,
      grid: { left: 48, right: 16, top: 40, bottom: series.length > 1 ? 56 : 72, containLabel: true },
      xAxis: { type: "category", data: d.labels, axisLabel: { interval: 0, rotate: d.labels.length > 6 ? 35 : 0, width: 110, overflow: "truncate" } },
      yAxis: { type: "value", minInterval: 1 },
      series: series
    });
    el.setAttribute("data-getekend", "1");
    window.addEventListener("resize", function () { chart.resize(); });
  }
  function all() { Array.prototype.forEach.call(document.querySelectorAll(".grafiek[data-grafiek]:not([data-getekend])"), draw); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", all); } else { all(); }
  document.addEventListener("htmx:afterSettle", all);
})();
