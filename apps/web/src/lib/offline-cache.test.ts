import { beforeEach, describe, expect, it } from 'vitest';

import { clearOfflineCache, offlineCache, offlineQueue } from './offline-cache';
import { REFRESH_TOKEN_KEY, session } from './session';

describe('offline cache', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each user’s values apart', () => {
    offlineCache<string[]>('user-a', 'messages').write('c1', ['hello from a']);
    offlineCache<string[]>('user-b', 'messages').write('c1', ['hello from b']);
    expect(offlineCache<string[]>('user-a', 'messages').read('c1')).toEqual(['hello from a']);
    expect(offlineCache<string[]>('user-b', 'messages').read('c1')).toEqual(['hello from b']);
    expect(offlineCache<string[]>('user-a', 'agenda').read('c1')).toBeNull();
  });

  it('queues items in order, replaces one with the same id and removes acknowledged ones', () => {
    const queue = offlineQueue<{ id: string; body: string }>('user-a', 'outbox');
    queue.add({ id: '1', body: 'first' });
    queue.add({ id: '2', body: 'second' });
    queue.add({ id: '1', body: 'first, edited' });
    expect(queue.all().map((item) => item.body)).toEqual(['second', 'first, edited']);
    queue.remove('2');
    queue.remove('1');
    expect(queue.all()).toEqual([]);
  });

  it('reads a damaged entry as nothing', () => {
    localStorage.setItem('jcc.offline.user-a.messages.c1', '{not json');
    expect(offlineCache('user-a', 'messages').read('c1')).toBeNull();
  });

  it('is emptied for every user at sign-out, and other storage is left alone', () => {
    localStorage.setItem('jcc.locale', 'az');
    offlineCache<string>('user-a', 'messages').write('c1', 'secret');
    offlineQueue<{ id: string }>('user-b', 'outbox').add({ id: 'x' });
    localStorage.setItem(REFRESH_TOKEN_KEY, 'token');
    session.signOut();
    expect(offlineCache<string>('user-a', 'messages').read('c1')).toBeNull();
    expect(offlineQueue('user-b', 'outbox').all()).toEqual([]);
    expect(localStorage.getItem('jcc.locale')).toBe('az');
    clearOfflineCache();
    expect(localStorage.length).toBe(1);
  });
});
