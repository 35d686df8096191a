import type { Client, Flag } from './client-schema';
import type { ClientStatusSummary } from './status';

/** What the sidebar shows of a client, without a click. */
export interface ClientCard {
  client: Client;
  summary: ClientStatusSummary;
  /** The latest flags, newest first. */
  recent: Flag[];
  /** How many flags the client has in all. */
  total: number;
}

/** A client in the options page's ranking. */
export interface ClientRanking {
  client: Client;
  summary: ClientStatusSummary;
  total: number;
}

/** The options page's ranking, and the client records that could not be read (left as they are). */
export interface ClientRankingList {
  ranking: ClientRanking[];
  unreadable: string[];
}
