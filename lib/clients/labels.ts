import type { MessageKey } from '@/lib/i18n';
import type { ClientStatus, Severity, WarningSign } from './client';
import type { Suggestion, Trend } from './status';

/** The catalogue key of each sign, severity, status, trend and suggestion, for every screen. */
export const signLabelKey = (sign: WarningSign) => `sign_${sign.replaceAll('-', '_')}` as MessageKey;
export const severityLabelKey = (severity: Severity) => `severity_${severity}` as MessageKey;
export const statusLabelKey = (status: ClientStatus) => `status_${status}` as MessageKey;
export const trendLabelKey = (trend: Trend) => `trend_${trend}` as MessageKey;
export const suggestionLabelKey = (suggestion: Suggestion) => `suggest_${suggestion}` as MessageKey;
export const suggestionActionKey = (suggestion: Suggestion) => `suggestAction_${suggestion}` as MessageKey;
