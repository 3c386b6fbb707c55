import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '../src/charts/kit/DataTable';

type Row = { id: string; name: string; year: number };
const rows: Row[] = [
  { id: 'a', name: 'Hafez al-Assad', year: 1971 },
  { id: 'b', name: '<img src=x onerror=alert(1)>', year: 2000 },
];
const columns = [
  { header: 'Name', cell: (r: Row) => r.name },
  { header: 'Year', cell: (r: Row) => r.year },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('gives screen readers a captioned table with row and column headers', () => {
    render(<DataTable caption="Presidents" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'Presidents' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Year']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Hafez al-Assad', '<img src=x onerror=alert(1)>']);
  });

  it('renders labels as text, never as HTML', () => {
    const { container } = render(<DataTable caption="x" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    expect(container.querySelector('img')).toBeNull();
  });

  it('can hide itself visually while staying in the accessibility tree', () => {
    render(<DataTable caption="Hidden" columns={columns} rows={rows} rowKey={(r) => r.id} visuallyHidden />);
    const table = screen.getByRole('table', { name: 'Hidden' });
    // Browsers ignore width and overflow on a table: the wrapper is clipped, the table left alone.
    const wrapper = table.parentElement as HTMLElement;
    expect(wrapper.style.position).toBe('absolute');
    expect(wrapper.style.width).toBe('1px');
    expect(wrapper.style.overflow).toBe('hidden');
    expect(table.getAttribute('style')).toBeNull();
    expect(table).not.toHaveProperty('hidden', true);
  });

  it('lays out right to left for Arabic', () => {
    render(<DataTable caption="رؤساء" columns={columns} rows={rows} rowKey={(r) => r.id} dir="rtl" lang="ar" />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('dir')).toBe('rtl');
    expect(table.getAttribute('lang')).toBe('ar');
  });

  it('renders on the server to the same rows', () => {
    const html = renderToStaticMarkup(<DataTable caption="S" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
