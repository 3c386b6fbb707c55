import { act, fireEvent } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';

/**
 * Clicks a chart's "Get the data" link and returns the link and the file it
 * offers, as text without the byte-order mark, split into lines.
 */
export async function downloadCsv(root: ParentNode): Promise<{ link: HTMLAnchorElement; lines: string[] }> {
  let file: Blob | undefined;
  const createObjectURL = (b: Blob) => {
    file = b;
    return 'blob:test';
  };
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL }));
  try {
    const link = root.querySelector('a.dm-download') as HTMLAnchorElement;
    fireEvent.click(link);
    const text = file ? await file.text() : '';
    return {
      link,
      lines: text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    };
  } finally {
    vi.unstubAllGlobals();
  }
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
