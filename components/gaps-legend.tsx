import { t } from '@/lib/i18n';
import { gapStyle } from '@/lib/gaps/gap-style';
import { formatMinutes } from '@/lib/gaps/format';
import type { GapSettings } from '@/lib/gaps/gap-settings';

/** What Leeway's marks on the grid mean, drawn exactly as on the grid. */
export function GapsLegend({ settings, language }: { settings: GapSettings; language: string }) {
  const minutes = formatMinutes(settings.minBufferMinutes, language);
  return (
    <ul className="legend" aria-label={t('legendHeading')} data-field="gaps-legend">
      <li>
        <span className="swatch" aria-hidden="true" style={gapStyle('buffer', settings.colors)} />
        {t('legendBuffer', minutes)}
      </li>
      <li>
        <span className="swatch" aria-hidden="true" style={gapStyle('short', settings.colors)} />
        {t('legendShort', minutes)}
      </li>
      <li>
        <span className="swatch swatch-event" aria-hidden="true" />
        {t('legendEvent')}
      </li>
    </ul>
  );
}
