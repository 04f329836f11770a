/* Shared by the chart pages: data embedded by the page, colours, common options. */
(function () {
  "use strict";
  const QUAD_COLORS = {
    verbal_cooperation: "#8fd19e",
    material_cooperation: "#2e8b57",
    verbal_conflict: "#f4a259",
    material_conflict: "#c0392b",
  };
  const PALETTE = ["#1f5fa8", "#c2410c", "#7c3aed", "#0f766e", "#b91c1c", "#a16207", "#9ca3af"];

  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#374151";

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function pretty(name) {
    return name.replace(/_/g, " ");
  }

  // Options for a chart where clicking a period (anywhere in its column) calls pick(index).
  function periodOptions(pick) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      onClick: function (_event, elements) {
        if (elements.length) pick(elements[0].index);
      },
      onHover: function (event, elements) {
        event.native.target.style.cursor = elements.length ? "pointer" : "default";
      },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
    };
  }

  window.dyadwatch = { QUAD_COLORS, PALETTE, readJson, pretty, periodOptions };
})();
