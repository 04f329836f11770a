/* The dyad page: the score line and the quad-class bars per direction; clicking a
   period opens the same page with that period's events listed. */
(function () {
  "use strict";
  const dw = window.dyadwatch;
  const data = dw.readJson("dyad-data");
  const periods = data.periods;

  const BETWEEN = data.between;
  const COLORS = {};
  data.directions.forEach((d, i) => { COLORS[d] = ["#1f5fa8", "#c2410c", "#111827", "#7c3aed"][i]; });

  function label(direction) {
    if (direction.includes("->")) return direction.replace("->", " → ");
    if (direction.includes("+")) return direction.replace("+", " + ") + " together";
    return "between (both ways)";
  }

  function openPeriod(index) {
    const url = new URL(data.link, window.location.href);
    url.searchParams.set("period", periods[index]);
    url.hash = "period-events";
    window.location.assign(url.toString());
  }

  const radius = periods.map((p) => (p === data.selected ? 7 : 4));
  const volume = data.normalise ? "per_100_articles" : "events";
  const scoreOptions = dw.periodOptions(openPeriod);
  scoreOptions.scales = {
    y: { suggestedMin: -10, suggestedMax: 10, title: { display: true, text: "mean score" } },
    volume: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 },
              title: { display: true, text: data.normalise ? "events per 100 articles" : "events" } },
  };
  // Lines stop at a period without events (spanGaps false): no line across a gap.
  const lines = data.directions.filter((d) => !d.includes("+")).map((direction) => ({
    type: "line",
    label: label(direction) + " · mean score",
    data: data.series[direction].score_mean,
    borderColor: COLORS[direction],
    backgroundColor: COLORS[direction],
    borderWidth: direction === BETWEEN ? 3 : 1.5,
    borderDash: direction === BETWEEN ? [] : [4, 3],
    pointRadius: radius,
    pointHoverRadius: 8,
    spanGaps: false,
    tension: 0.2,
    yAxisID: "y",
  }));
  const bars = [BETWEEN, data.directions[3]].map((direction) => ({
    type: "bar",
    label: label(direction) + (data.normalise ? " · events per 100 articles" : " · events"),
    data: data.series[direction][volume],
    backgroundColor: COLORS[direction] + "33",
    borderColor: COLORS[direction] + "88",
    borderWidth: 1,
    yAxisID: "volume",
  }));
  new Chart(document.getElementById("score-chart"), {
    data: { labels: periods, datasets: lines.concat(bars) },
    options: scoreOptions,
  });

  const shown = [data.directions[0], data.directions[1], data.directions[3]];
  const peak = Math.max(1, ...shown.flatMap((d) => data.quads.map((q) => data.series[d].quads[q]).reduce(
    (sums, counts) => sums.map((s, i) => s + counts[i]), periods.map(() => 0))));
  document.querySelectorAll("canvas.quad-chart").forEach((canvas) => {
    const series = data.series[canvas.dataset.direction];
    const options = dw.periodOptions(openPeriod);
    options.scales = {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, suggestedMax: peak, ticks: { precision: data.normalise ? 1 : 0 },
           title: { display: true, text: data.normalise ? "events per 100 articles" : "events" } },
    };
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: periods,
        datasets: data.quads.map((quad) => ({
          label: dw.pretty(quad),
          data: series.quads[quad],
          backgroundColor: dw.QUAD_COLORS[quad],
        })),
      },
      options: options,
    });
  });
})();
