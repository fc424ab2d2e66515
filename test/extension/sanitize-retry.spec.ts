/**
 * The offscreen handshake: a message sent to the offscreen document before its listener is up
 * fails with "Receiving end does not exist"; the background tries again until it answers, and
 * gives up (with the error) only after its last wait. Other errors are not retried.
 */
import { describe, expect, it } from 'vitest';
import { whenListening } from '../../entrypoints/background/sanitize';

describe('whenListening', () => {
  it('retries while nobody listens, then returns the answer', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      if (calls < 4) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'clean';
    };
    expect(await whenListening(send, [1, 1, 1, 1, 1])).toBe('clean');
    expect(calls).toBe(4);
  });

  it('gives up after the last wait with the error', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(whenListening(send, [1, 1])).rejects.toThrow(/Receiving end/);
    expect(calls).toBe(3);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      throw new Error('quota exceeded');
    };
    await expect(whenListening(send, [1, 1, 1])).rejects.toThrow(/quota/);
    expect(calls).toBe(1);
  });
});
