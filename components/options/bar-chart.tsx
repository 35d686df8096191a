import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Chart.js, registered piece by piece (only bars): loaded by the options page alone.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Okabe-Ito: told apart by people with any colour vision.
const COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7'];

interface Props {
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  label: string;
  labels: string[];
  series: Array<{ name: string; values: number[] }>;
}

/** A bar chart of whole counts, drawn once per change of its figures, with no animation. */
export function BarChart({ label, labels, series }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((each, i) => ({ label: each.name, data: each.values, backgroundColor: COLORS[i % 4] })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the figures (`key`) change, not on every render.
  }, [key]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
