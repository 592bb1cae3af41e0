/**
 * The audible cue of a new high or critical alarm: a short WebAudio beep (two for critical), muted by the operator's
 * choice (kept in localStorage). Browsers start audio only after a user gesture; until then the cue is silent.
 */
const STORAGE_KEY = 'parkwatch.alarms.muted';
/** Beep pitch and length: 880 Hz (A5), 180 ms — short, clearly audible over control-room noise. [U] */
const BEEP_HZ = 880;
const BEEP_MS = 180;

export class AlarmCue {
  constructor() {
    this.ctx = null;
    try { this.muted = localStorage.getItem(STORAGE_KEY) === '1'; } catch { this.muted = false; }
    this.lastMs = 0;
  }

  setMuted(muted) {
    this.muted = muted;
    try { localStorage.setItem(STORAGE_KEY, muted ? '1' : '0'); } catch { /* not persisted */ }
  }

  /** Beeps for `priority` unless muted; at most one cue per second in a flood. */
  play(priority) {
    if (this.muted || (priority !== 'critical' && priority !== 'high')) return;
    const now = Date.now();
    if (now - this.lastMs < 1000) return;
    this.lastMs = now;
    try {
      if (!this.ctx) this.ctx = new (window.AudioContext || window.webkitAudioContext)();
      const count = priority === 'critical' ? 2 : 1;
      for (let i = 0; i < count; i++) this._beep(this.ctx.currentTime + i * (BEEP_MS * 1.6) / 1000);
    } catch (e) {
      console.warn('alarm cue:', e.message);
    }
  }

  _beep(at) {
    const osc = this.ctx.createOscillator();
    const gain = this.ctx.createGain();
    osc.frequency.value = BEEP_HZ;
    gain.gain.setValueAtTime(0.2, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + BEEP_MS / 1000);
    osc.connect(gain).connect(this.ctx.destination);
    osc.start(at);
    osc.stop(at + BEEP_MS / 1000);
  }
}
