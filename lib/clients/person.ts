/** Someone in an email: a client, or whoever a message is from or to. */
export interface Person {
  name: string;
  email: string;
}
