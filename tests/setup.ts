import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalogue } from '../src/i18n/i18n';

// The page loads a language's messages before using it (src/main.tsx); tests switch freely between both.
await Promise.all([loadCatalogue('en'), loadCatalogue('ru')]);

// Testing Library unmounts after each test by itself only where the test runner's globals are on (they are not).
afterEach(() => cleanup());

// jsdom's Blob (and so File) lacks text() and arrayBuffer(), which every browser the app targets has: the app
// reads picked files with arrayBuffer(), and component tests read downloaded blobs with text(). Both are
// filled in here through jsdom's FileReader; nothing is replaced where an implementation exists.
if (typeof Blob !== 'undefined' && typeof FileReader !== 'undefined') {
  const read = <T>(blob: Blob, how: 'readAsArrayBuffer' | 'readAsText'): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as T);
      reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
      reader[how](blob);
    });
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Object.defineProperty(Blob.prototype, 'arrayBuffer', {
      configurable: true,
      writable: true,
      value(this: Blob) {
        return read<ArrayBuffer>(this, 'readAsArrayBuffer');
      },
    });
  }
  if (typeof Blob.prototype.text !== 'function') {
    Object.defineProperty(Blob.prototype, 'text', {
      configurable: true,
      writable: true,
      value(this: Blob) {
        return read<string>(this, 'readAsText');
      },
    });
  }
}
