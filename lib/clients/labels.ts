import type { MessageKey } from '@/lib/i18n';
import type { ClientStatus, Severity, WarningSign } from './client';
import type { Response } from './responses';
import type { Trend } from './status';

/** The catalogue key of each sign, severity, status, trend and response, for every screen. */
export const signLabelKey = (sign: WarningSign) => `sign_${sign.replaceAll('-', '_')}` as MessageKey;
export const severityLabelKey = (severity: Severity) => `severity_${severity}` as MessageKey;
export const statusLabelKey = (status: ClientStatus) => `status_${status}` as MessageKey;
export const trendLabelKey = (trend: Trend) => `trend_${trend}` as MessageKey;
export const responseLabelKey = (response: Response) => `response_${response.replaceAll('-', '_')}` as MessageKey;
export const responseActionKey = (response: Response) =>
  `responseAction_${response.replaceAll('-', '_')}` as MessageKey;
