interface DurationFormatter {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'narrow'; minutesDisplay?: 'always' | 'auto' },
) => DurationFormatter;

// Languages that put a space between a figure and its unit: French writes "23 h 30 min", while
// Intl.DurationFormat's narrow French drops the space ("23h 30min") and its short style adds a
// word ("23 h et 30 min").
const SPACED_UNITS = new Set(['fr']);

const unit = (value: number, name: 'hour' | 'minute', language: string) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);

/** "6h 45m" / "6 h 45 min", in the browser's language (Intl.DurationFormat where it exists). */
export function formatMinutes(minutes: number, language: string): string {
  const rounded = Math.round(minutes);
  const duration = { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
  if (SPACED_UNITS.has(language.split('-')[0]!.toLowerCase())) {
    const parts = [
      duration.hours > 0 && unit(duration.hours, 'hour', language),
      (duration.minutes > 0 || rounded === 0) && unit(duration.minutes, 'minute', language),
    ];
    // A no-break space: "2 h" and "30 min" stay on one line.
    return parts.filter(Boolean).join('\u00a0');
  }
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // Zero would print as nothing: "0m" says it.
  if (DurationFormat)
    return new DurationFormat(language, { style: 'narrow', minutesDisplay: rounded === 0 ? 'always' : 'auto' }).format(
      duration,
    );
  return `${duration.hours}h ${String(duration.minutes).padStart(2, '0')}`;
}

export const formatPercent = (share: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
