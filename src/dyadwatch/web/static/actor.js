/* The actor page: events with each main partner per period; clicking a bar opens the
   dyad with that partner at that period. */
(function () {
  "use strict";
  const dw = window.dyadwatch;
  const data = dw.readJson("actor-data");
  const partners = Object.keys(data.series);
  const canvas = document.getElementById("partners-chart");

  const options = dw.periodOptions(function () {});
  options.interaction = { mode: "nearest", intersect: true };
  options.onClick = function (_event, elements) {
    if (!elements.length) return;
    const partner = partners[elements[0].datasetIndex];
    if (partner === "others") return;
    const url = new URL(data.dyad_link + "/" + encodeURIComponent(partner), window.location.href);
    url.searchParams.set("by", data.by);
    url.searchParams.set("period", data.periods[elements[0].index]);
    url.hash = "period-events";
    window.location.assign(url.toString());
  };
  options.scales = {
    x: { stacked: true },
    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
  };
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.periods,
      datasets: partners.map((partner, i) => ({
        label: partner,
        data: data.series[partner],
        backgroundColor: partner === "others" ? "#d1d5db" : dw.PALETTE[i % dw.PALETTE.length],
      })),
    },
    options: options,
  });
})();
