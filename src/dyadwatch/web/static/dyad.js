/* The dyad page: the score line and the quad-class bars per direction; clicking a
   period opens the same page with that period's events listed. */
(function () {
  "use strict";
  const dw = window.dyadwatch;
  const data = dw.readJson("dyad-data");
  const periods = data.periods;
  const DIRECTION_COLORS = ["#1f5fa8", "#c2410c", "#6b7280"];

  function label(direction) {
    if (direction.includes("->")) return direction.replace("->", " → ");
    if (direction.includes("+")) return direction.replace("+", " + ") + " together";
    return "all";
  }

  function openPeriod(index) {
    const url = new URL(data.link, window.location.href);
    url.searchParams.set("period", periods[index]);
    url.hash = "period-events";
    window.location.assign(url.toString());
  }

  const radius = periods.map((p) => (p === data.selected ? 7 : 4));
  const scoreOptions = dw.periodOptions(openPeriod);
  scoreOptions.scales = {
    y: { suggestedMin: -10, suggestedMax: 10, title: { display: true, text: "mean score" } },
  };
  new Chart(document.getElementById("score-chart"), {
    type: "line",
    data: {
      labels: periods,
      datasets: data.directions.slice(0, 3).map((direction, i) => ({
        label: label(direction),
        data: data.series[direction].score_mean,
        borderColor: DIRECTION_COLORS[i],
        backgroundColor: DIRECTION_COLORS[i],
        pointRadius: radius,
        pointHoverRadius: 8,
        spanGaps: true,
        tension: 0.2,
      })),
    },
    options: scoreOptions,
  });

  const peak = Math.max(1, ...data.directions.slice(0, 3).flatMap((d) => data.series[d].events));
  document.querySelectorAll("canvas.quad-chart").forEach((canvas) => {
    const series = data.series[canvas.dataset.direction];
    const options = dw.periodOptions(openPeriod);
    options.scales = {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, suggestedMax: peak, ticks: { precision: 0 },
           title: { display: true, text: "events" } },
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
