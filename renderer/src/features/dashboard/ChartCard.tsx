import { Chart, type ChartConfiguration } from 'chart.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { ExportSheet } from '../../../../shared/files/export/export-sheet';
import { useHost } from '../../app/workbook-context';
import { useUiActions } from '../../state/ui-selectors';
import type { ReturnDatum } from './chart-configs';
import { saveChartCsv, saveChartPng } from './chart-export';
import { readChartTheme, useThemeVersion, type ChartTheme } from './chart-theme';
import { DataTable } from './DataTable';

interface ChartCardProps {
  title: string;
  /** What the chart shows, in a sentence: the canvas's accessible name. */
  summary: string;
  /** The figures drawn, shown by "Show data" and saved as CSV. */
  sheet: ExportSheet;
  /** The chart for the current theme's colours; memoise it, a new function redraws. */
  build: (
    theme: ChartTheme,
  ) => ChartConfiguration<'bar'> | ChartConfiguration<'scatter', ReturnDatum[]>;
  tall?: boolean;
  /** A sentence under the chart on how to read it. */
  note?: string | undefined;
}

/**
 * One dashboard chart: the canvas (an image to assistive technology, named by its summary), its
 * figures as a table behind "Show data", and saving as PNG or CSV. Redrawn when the theme
 * changes, since a canvas keeps the colours it was drawn with.
 */
export function ChartCard({ title, summary, sheet, build, tall, note }: ChartCardProps) {
  const host = useHost();
  const { showNotice } = useUiActions();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar' | 'scatter', unknown> | null>(null);
  const themeVersion = useThemeVersion();
  const titleId = useId();
  // The table is built when first opened: five tables of up to 200 rows cost the first render.
  const [dataShown, setDataShown] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const config = build(readChartTheme(canvas));
    // Narrowed per type: Chart.js's constructor takes one chart type's configuration at a time.
    const chart: Chart<'bar' | 'scatter', unknown> =
      config.type === 'bar' ? new Chart(canvas, config) : new Chart(canvas, config);
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [build, themeVersion]);

  const save = async (kind: 'PNG' | 'CSV') => {
    const chart = chartRef.current;
    if (kind === 'PNG' && !chart) return;
    try {
      const saved =
        kind === 'PNG' && chart
          ? await saveChartPng(host, chart, sheet)
          : await saveChartCsv(host, sheet);
      if (saved) showNotice(`Saved “${title}” as ${kind}.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showNotice(`“${title}” could not be saved as ${kind}: ${reason}`);
    }
  };

  return (
    <section className="dash-card" aria-labelledby={titleId}>
      <header className="dash-card-header">
        <h3 id={titleId}>{title}</h3>
        <div className="dash-card-actions">
          <button
            type="button"
            aria-label={`Save PNG of ${title}`}
            onClick={() => void save('PNG')}
          >
            Save PNG
          </button>
          <button
            type="button"
            aria-label={`Save CSV of ${title}`}
            onClick={() => void save('CSV')}
          >
            Save CSV
          </button>
        </div>
      </header>
      <div className={tall ? 'dash-chart dash-chart-tall' : 'dash-chart'}>
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      {note === undefined ? null : <p className="muted dash-note">{note}</p>}
      <details
        className="dash-data"
        onToggle={(event) => {
          if (event.currentTarget.open) setDataShown(true);
        }}
      >
        <summary>Show data</summary>
        {dataShown ? <DataTable sheet={sheet} caption={title} /> : null}
      </details>
    </section>
  );
}
