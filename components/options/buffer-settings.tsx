import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { GapSettings } from '@/lib/gaps/gap-settings';
import type { SettingsState } from '@/lib/hooks/use-settings';
import type { Settings } from '@/lib/settings/settings';

/** What counts as a buffer, too long back to back, the free share to keep, and the colours. */
export function BufferSettings({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const gaps = settings.gaps;
  // `update` never rejects: a refused change comes back, with its reason, in the hook's error.
  const set = (patch: Partial<GapSettings>) => void update({ gaps: { ...gaps, ...patch } });
  // Numbers are saved when the field is left, so a number half typed is never refused.
  const [numbers, setNumbers] = useState({
    minBuffer: String(gaps.minBufferMinutes),
    backToBack: String(gaps.backToBackMinutes),
    targetFree: String(Math.round(gaps.targetFreeShare * 100)),
  });
  const number = (key: keyof typeof numbers, label: string, save: (value: number) => void) => (
    <label className="setting-row">
      <span>{label}</span>
      <input
        type="number"
        value={numbers[key]}
        onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })}
        onBlur={() => save(Number(numbers[key]))}
      />
    </label>
  );

  return (
    <fieldset>
      <legend>{t('gapBuffersHeading')}</legend>
      <label className="setting">
        <input
          type="checkbox"
          checked={gaps.lunch === null}
          onChange={(e) => set({ lunch: e.target.checked ? null : { start: '12:30', end: '13:30' } })}
        />
        {t('gapNoLunch')}
      </label>
      {gaps.lunch && (
        <div className="row">
          <label>
            {t('gapLunch')} – {t('gapStart')}
            <input
              type="time"
              value={gaps.lunch.start}
              onChange={(e) => set({ lunch: { ...gaps.lunch!, start: e.target.value } })}
            />
          </label>
          <label>
            {t('gapLunch')} – {t('gapEnd')}
            <input
              type="time"
              value={gaps.lunch.end}
              onChange={(e) => set({ lunch: { ...gaps.lunch!, end: e.target.value } })}
            />
          </label>
        </div>
      )}
      {number('minBuffer', t('gapMinBuffer'), (value) => set({ minBufferMinutes: value }))}
      {number('backToBack', t('gapBackToBack'), (value) => set({ backToBackMinutes: value }))}
      {number('targetFree', t('gapTargetFree'), (value) => set({ targetFreeShare: value / 100 }))}
      <div className="row">
        <label>
          {t('gapColorBuffer')}
          <input
            type="color"
            value={gaps.colors.buffer}
            onChange={(e) => set({ colors: { ...gaps.colors, buffer: e.target.value } })}
          />
        </label>
        <label>
          {t('gapColorShort')}
          <input
            type="color"
            value={gaps.colors.short}
            onChange={(e) => set({ colors: { ...gaps.colors, short: e.target.value } })}
          />
        </label>
      </div>
    </fieldset>
  );
}
