import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartTheme } from './chart-theme';

/**
 * The dashboard's chart configurations for Chart.js. Only the parts used are registered, so the
 * bundle carries no other chart types. Animation is off: a chart is drawn complete in the first
 * frame, and a redraw on a theme change does not replay it.
 */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  PointElement,
  ScatterController,
  Legend,
  Tooltip,
);

/** One series of a bar chart. */
export interface BarSeries {
  label: string;
  values: number[];
  /** One colour for the series, or one per bar. */
  color: string | string[];
}

/** A point of the return scatter, with the partner it stands for. */
export interface ReturnDatum {
  x: number;
  y: number;
  name: string;
  outlier: boolean;
}

// Paints the theme's background first, so that the exported PNG is not transparent (dark text
// on a transparent image is unreadable in a dark image viewer, and the reverse).
const background = (color: string): Plugin => ({
  id: 'themeBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

// Writes each outlier's name beside its point: outliers are the reason the chart exists.
const outlierLabels = (theme: ChartTheme): Plugin<'scatter'> => ({
  id: 'outlierLabels',
  afterDatasetsDraw: (chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${theme.font}`;
    ctx.fillStyle = theme.text;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      if (meta.hidden) return;
      dataset.data.forEach((raw, at) => {
        const point = meta.data[at];
        if (point === undefined || !isReturnDatum(raw) || !raw.outlier) return;
        ctx.fillText(raw.name, point.x + 8, point.y);
      });
    });
    ctx.restore();
  },
});

function isReturnDatum(value: unknown): value is ReturnDatum {
  return typeof value === 'object' && value !== null && 'name' in value && 'outlier' in value;
}

function axes(theme: ChartTheme, xTitle?: string, yTitle?: string) {
  const axis = (title?: string) => ({
    ticks: { color: theme.muted },
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ...(title === undefined ? {} : { title: { display: true, text: title, color: theme.muted } }),
  });
  return { x: axis(xTitle), y: { ...axis(yTitle), beginAtZero: true } };
}

/** A bar chart of one or more series over the same labels (grouped, never stacked). */
export function barChart(
  labels: string[],
  series: BarSeries[],
  theme: ChartTheme,
  options: { yTitle?: string } = {},
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((entry) => ({
        label: entry.label,
        data: entry.values,
        backgroundColor: entry.color,
        borderColor: entry.color,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: theme.text,
      font: { family: theme.font },
      scales: (() => {
        const scales = axes(theme, undefined, options.yTitle);
        // Without a unit the bars are counts of partners: whole-number ticks only.
        if (options.yTitle !== undefined) return scales;
        return { ...scales, y: { ...scales.y, ticks: { ...scales.y.ticks, precision: 0 } } };
      })(),
      plugins: {
        legend: { display: series.length > 1, labels: { color: theme.text } },
        tooltip: { enabled: true },
      },
    },
    plugins: [background(theme.background)],
  };
}

const OUTLIERS = ' (outliers)';

/** Money invested (x) against revenue (y), sourced and influenced as two series, outliers named. */
export function returnChart(
  sourced: ReturnDatum[],
  influenced: ReturnDatum[],
  theme: ChartTheme,
  currency: string,
): ChartConfiguration<'scatter', ReturnDatum[]> {
  // Each series is two datasets, its usual points and its outliers, each styled by plain values:
  // styles given per point make Chart.js resolve the options of every one of thousands of points.
  const series = (label: string, data: ReturnDatum[], color: string) => [
    {
      label,
      data: data.filter((point) => !point.outlier),
      backgroundColor: color,
      borderColor: color,
      borderWidth: 1,
      pointRadius: 3,
    },
    {
      label: `${label}${OUTLIERS}`,
      data: data.filter((point) => point.outlier),
      backgroundColor: color,
      borderColor: theme.outlier,
      borderWidth: 2,
      pointRadius: 6,
    },
  ];
  return {
    type: 'scatter',
    data: {
      datasets: [
        ...series('Sourced revenue', sourced, theme.sourced),
        ...series('Influenced revenue', influenced, theme.influenced),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: theme.text,
      font: { family: theme.font },
      scales: (() => {
        const scales = axes(theme, `Money invested (${currency})`, `Revenue (${currency})`);
        // Money invested is never negative: keep the axis from straddling zero.
        return { ...scales, x: { ...scales.x, beginAtZero: true } };
      })(),
      plugins: {
        legend: {
          // One legend entry per series; it shows or hides the series' outliers with it.
          labels: { color: theme.text, filter: (item) => !item.text.endsWith(OUTLIERS) },
          onClick: (_event, item, legend) => {
            const index = item.datasetIndex;
            if (index === undefined) return;
            const chart = legend.chart;
            const visible = !chart.isDatasetVisible(index);
            chart.setDatasetVisibility(index, visible);
            chart.setDatasetVisibility(index + 1, visible);
            chart.update();
          },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw;
              return isReturnDatum(raw)
                ? `${raw.name}: ${raw.x.toLocaleString()} invested, ${raw.y.toLocaleString()} revenue`
                : '';
            },
          },
        },
      },
    },
    plugins: [background(theme.background), outlierLabels(theme)],
  };
}
