import { useEffect, useState } from 'react';

/**
 * The colours charts draw with, read from the theme's CSS custom properties (theme.css and
 * dashboard.css), so that canvas drawings follow the light and dark themes like the rest of the
 * screen. A canvas does not restyle itself, so charts redraw when the theme changes.
 */

/** The colours a chart needs. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  sourced: string;
  influenced: string;
  stage: string;
  green: string;
  yellow: string;
  red: string;
  unscored: string;
  outlier: string;
  font: string;
}

/** The current theme's chart colours, read from the element's computed style. */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1b1f24'),
    muted: read('--text-muted', '#555e6b'),
    grid: read('--border', '#d5d9e0'),
    background: read('--bg', '#ffffff'),
    sourced: read('--accent', '#1f5bd6'),
    influenced: read('--chart-influenced', '#a4459a'),
    stage: read('--chart-neutral', '#4a6fa5'),
    green: read('--green', '#17663a'),
    yellow: read('--chart-yellow', '#c99a06'),
    red: read('--red', '#a1241b'),
    unscored: read('--text-muted', '#555e6b'),
    outlier: read('--danger', '#b42318'),
    font: read('--font', 'system-ui, sans-serif'),
  };
}

/**
 * A number that changes whenever the theme may have: the system's colour scheme, or the class,
 * style or data attributes of the root element (where a theme setting would be applied).
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((value) => value + 1);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true });
    return () => {
      scheme.removeEventListener('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}
