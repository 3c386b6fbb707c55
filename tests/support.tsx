import { act, fireEvent } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';

// Files a chart offers, kept by the address handed out, as a browser keeps blobs (Node's own blob: addresses
// cannot be read back from a test, and jsdom has none).
const files = new Map<string, Blob>();
{
  let next = 0;
  URL.createObjectURL = (file: Blob) => {
    const address = `blob:test/${next++}`;
    files.set(address, file as Blob);
    return address;
  };
  URL.revokeObjectURL = (address: string) => {
    files.delete(address);
  };
}

/**
 * The file a chart's "Get the data" link offers (clicked first, as a reader
 * would, if it has no address yet), as text without the byte-order mark,
 * split into lines; and the link.
 */
export async function downloadCsv(root: ParentNode): Promise<{ link: HTMLAnchorElement; lines: string[] }> {
  const link = root.querySelector('a.dm-download') as HTMLAnchorElement;
  if (!files.has(link.getAttribute('href') ?? '')) fireEvent.click(link);
  const file = files.get(link.getAttribute('href') ?? '');
  const text = file ? await file.text() : '';
  return {
    link,
    lines: text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n'),
  };
}

/** Server-renders `ui`, hydrates it in the page and returns the host and the errors React reported. */
export function hydrate(ui: ReactElement): { host: HTMLElement; errors: ReturnType<typeof vi.fn> } {
  const host = document.createElement('div');
  host.innerHTML = renderToString(ui);
  document.body.append(host);
  const errors = vi.fn();
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors(...args));
  act(() => {
    hydrateRoot(host, ui, { onRecoverableError: (e) => errors(e) });
  });
  consoleError.mockRestore();
  return { host, errors };
}
