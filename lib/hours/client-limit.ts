import type { ClientLimit, HoursSettings } from './hours-settings';

/**
 * The hours settings with one client's limits changed; a client left with no limit at all is
 * dropped. The one place that writes a per-client limit: the Hours section and the client
 * agreement card (its weekly hours cap is this same weekly limit, never stored twice).
 */
export function withClientLimit(hours: HoursSettings, clientId: string, patch: Partial<ClientLimit>): HoursSettings {
  const next = { weekHours: null, monthHours: null, ...hours.byClient[clientId], ...patch };
  const byClient = { ...hours.byClient };
  if (next.weekHours === null && next.monthHours === null) delete byClient[clientId];
  else byClient[clientId] = next;
  return { ...hours, byClient };
}
