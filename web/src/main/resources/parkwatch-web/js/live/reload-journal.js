/**
 * Re-reading a list that socket messages keep current, without losing the messages that arrive while the answer is
 * on its way. The server may answer a read (GET /api/alarms, /api/incidents) before a change that the socket then
 * delivers first (the fetch's body is still on its way); that older list replacing what the page holds took the
 * change away until the next reconnect. A store notes every socket message with {@link ReloadJournal#note} and reads
 * with {@link ReloadJournal#reload}, which hands the answer together with the messages noted meanwhile, in order, to
 * be applied over it; the socket delivers in the server's order, so every item ends in the state of its newest
 * message, or the list's when it had none. Used by the alarm store and the incident lists (operator page, big screen).
 */
export class ReloadJournal {
  constructor() {
    this.reading = 0; // reads under way
    this.received = []; // messages since the oldest read under way began
    this.receivedBefore = 0; // messages dropped from `received` before it, so a read's mark stays valid
  }

  /** A socket message that changed the list (kept only while a read is under way). */
  note(msg) {
    if (this.reading) this.received.push(msg);
  }

  /**
   * Reads with `read()`, then calls `replace(answer, since)` with the messages noted since the read began. Overlapping
   * reads (the page's first and the socket's snapshot) each replay what arrived since they began, so whichever
   * answers last leaves the list current. Rejects as `read` does (and `replace` is not called).
   */
  async reload(read, replace) {
    const mark = this.receivedBefore + this.received.length;
    this.reading++;
    try {
      const answer = await read();
      replace(answer, this.received.slice(mark - this.receivedBefore));
    } finally {
      if (--this.reading === 0) {
        this.receivedBefore += this.received.length;
        this.received = [];
      }
    }
  }
}
