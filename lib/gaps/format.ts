interface DurationFormatter {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'narrow'; minutesDisplay?: 'always' | 'auto' },
) => DurationFormatter;

/** "6h 45m" / "6 h 45 min", in the browser's language (Intl.DurationFormat where it exists). */
export function formatMinutes(minutes: number, language: string): string {
  const rounded = Math.round(minutes);
  const duration = { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
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
