import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { applyUserLocale, changeLocale, currentLocale, LOCALE_STORAGE_KEY } from './i18n';

const unsavedKey = (id: string) => `${LOCALE_STORAGE_KEY}.user.${id}`;

/** Runs in order: the first tests happen before any choice "during this visit". */
describe('the user’s language, stored on the account', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('applies the account’s language after sign-in, without storing anything', async () => {
    const save = vi.fn(() => Promise.resolve());
    await applyUserLocale({ id: 'u1', locale: 'az' }, save);
    expect(currentLocale()).toBe('az');
    expect(save).not.toHaveBeenCalled();
  });

  it('stores a choice this device could not store before, at the next sign-in', async () => {
    localStorage.setItem(unsavedKey('u2'), 'ru');
    const save = vi.fn(() => Promise.resolve());
    await applyUserLocale({ id: 'u2', locale: 'en' }, save);
    expect(currentLocale()).toBe('ru');
    expect(save).toHaveBeenCalledWith('ru');
    expect(localStorage.getItem(unsavedKey('u2'))).toBeNull();
  });

  it('stores a signed-in user’s choice on the account; keeps it on the device if that fails', async () => {
    const save = vi.fn(() => Promise.resolve());
    await changeLocale('ur', { id: 'u3', locale: 'en' }, save);
    expect(currentLocale()).toBe('ur');
    expect(save).toHaveBeenCalledWith('ur');
    expect(localStorage.getItem(unsavedKey('u3'))).toBeNull();

    const offline = vi.fn(() => Promise.reject(new Error('offline')));
    await changeLocale('az', { id: 'u3', locale: 'ur' }, offline);
    expect(currentLocale()).toBe('az');
    expect(localStorage.getItem(unsavedKey('u3'))).toBe('az');
  });

  it('does not call the API for a visitor, nor when the account already has that language', async () => {
    const save = vi.fn(() => Promise.resolve());
    await changeLocale('ru', null, save);
    await changeLocale('en', { id: 'u4', locale: 'en' }, save);
    expect(save).not.toHaveBeenCalled();
  });

  it('a language picked before signing in wins and is stored on the account', async () => {
    await changeLocale('ur', null);
    const save = vi.fn(() => Promise.resolve());
    await applyUserLocale({ id: 'u5', locale: 'az' }, save);
    expect(currentLocale()).toBe('ur');
    expect(save).toHaveBeenCalledWith('ur');
  });

  it('a language picked before a reload or in another tab still wins at sign-in', async () => {
    // A fresh copy of the module: nothing was chosen "during this visit".
    vi.resetModules();
    const fresh = await import('./i18n');
    const picked = `${LOCALE_STORAGE_KEY}.picked`;
    await fresh.changeLocale('ur', null);
    expect(localStorage.getItem(picked)).toBe('ur');
    vi.resetModules();
    const afterReload = await import('./i18n');
    await i18next.changeLanguage('en');
    const save = vi.fn(() => Promise.resolve());
    await afterReload.applyUserLocale({ id: 'u6', locale: 'en' }, save);
    expect(afterReload.currentLocale()).toBe('ur');
    expect(save).toHaveBeenCalledWith('ur');
    expect(localStorage.getItem(picked)).toBeNull();
  });
});
